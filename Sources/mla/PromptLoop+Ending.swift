import Foundation
import MLAKit

/// The opening screen, the final review with the offer to fix and to render, and leaving:
/// `:quit`, the end of input, and an interruption.
extension PromptLoop {
    /// What the request covers, how long it takes, how to get help; or, on resuming, where the
    /// draft stands.
    func showOpening() {
        guard terminal.isInteractive else { return }
        let questions = engine.questions(for: draft.answers)
        let answered = questions.filter { engine.isAnswered($0, in: draft.answers) }.count
        let required = questions.filter { $0.level == .must }.count
        var lines = [""]
        switch greeting {
        case .none:
            return
        case .new:
            lines.append(bold(text("session.opening_title")))
            lines.append(text("session.opening_covers"))
            for type in draft.types {
                lines.append("  - " + text("types.\(type.rawValue).name") + ": " + text("types.\(type.rawValue).summary"))
            }
            // Half a minute a question, rounded up to five minutes; long narratives take longer.
            let minutes = max(5, (questions.count + 9) / 10 * 5)
            lines.append(text("session.opening_length", ["questions": String(questions.count), "required": String(required),
                                                         "minutes": String(minutes)]))
        case .resume:
            lines.append(bold(text("session.resuming", ["file": file])))
            lines.append(text("session.resume_state", ["answered": String(answered), "total": String(questions.count)]))
        }
        lines.append(text("session.opening_saving", ["file": file]))
        lines.append(text("session.opening_help"))
        lines.append(text("session.commands"))
        prompt(lines.joined(separator: "\n") + "\n")
    }

    /// After the last question: the final review; then fixing the gaps, or rendering. Nil to go
    /// on asking (the drafter chose to fix something).
    mutating func endOfQuestions() throws(MLAError) -> ExitCode? {
        if scope != nil { return finish(ended: false) }
        if let last = lastSection { prompt(sectionSummary(last, among: engine.questions(for: draft.answers)) + "\n") }
        lastSection = nil
        try save()
        let report = app.report(for: draft, engine: engine)
        let describer = FindingDescriber(text: text, questionnaire: engine.questionnaire, presenter: app.presenter)
        prompt("\n" + bold("== " + text("session.final_review") + " ==") + "\n" + describer.text(report))
        guard terminal.isInteractive else { return finish(ended: false) }
        if !report.isComplete {
            switch askYesNo(text("session.fix_now"), default: true) {
            case .input(true):
                let questions = engine.questions(for: draft.answers)
                for finding in report.missing + report.invalid {
                    let path = finding.path.description
                    if let found = questions.firstIndex(where: { $0.path == finding.path || $0.path.description.hasPrefix(path + ".") }) {
                        index = found
                        forceAsk = true
                        return nil
                    }
                }
                return finish(ended: false)
            case .input(false): return finish(ended: false)
            case .end: return finish(ended: true)
            case .interrupted: return interrupted()
            }
        }
        switch askYesNo(text("session.render_now"), default: true) {
        case .input(true):
            if let code = try offerRendering() { return code }
            try save()
            warn(text("session.saved", ["file": file]))
            return .success
        case .input(false): return finish(ended: false)
        case .end: return finish(ended: true)
        case .interrupted: return interrupted()
        }
    }

    /// Asks the format, the document language and the file, then renders; an exit code when
    /// the session ends instead.
    private mutating func offerRendering() throws(MLAError) -> ExitCode? {
        let format: String
        switch ask(text("session.render_format"), default: "html", accepted: ["text", "html"]) {
        case .input(let value): format = value
        case .end: return finish(ended: true)
        case .interrupted: return interrupted()
        }
        let language: String
        let languages = app.documentLanguages
        prompt(text("session.render_languages", ["languages": languages.map { code in
            "\(code) (\(Locale(identifier: text.language).localizedString(forLanguageCode: code) ?? code))"
        }.joined(separator: ", ")]) + "\n")
        switch ask(text("session.render_language"), default: draft.documentLanguage, accepted: languages) {
        case .input(let value): language = value
        case .end: return finish(ended: true)
        case .interrupted: return interrupted()
        }
        let base = file.hasSuffix(".mla.json") ? String(file.dropLast(".mla.json".count)) : file
        let proposed = base + (format == "html" ? ".html" : ".txt")
        let output: String
        switch ask(text("session.render_file"), default: proposed, accepted: nil) {
        case .input(let value): output = value
        case .end: return finish(ended: true)
        case .interrupted: return interrupted()
        }
        if FileManager.default.fileExists(atPath: output) {
            switch askYesNo(text("session.render_replace", ["file": output]), default: false) {
            case .input(true): break
            case .input(false): return finish(ended: false)
            case .end: return finish(ended: true)
            case .interrupted: return interrupted()
            }
        }
        let document = try app.renderer(for: language).document(for: draft.answers, engine: engine, incompleteMark: false,
                                                                translation: app.translation(of: draft, into: language))
        let title = document.blocks.lazy.compactMap { block -> String? in
            if case .title(let spans) = block { return spans.map(\.string).joined() }
            return nil
        }.first ?? "mla"
        let written = format == "html" ? HTMLWriter().write(document, title: title) : TextWriter().write(document)
        do {
            try AtomicFile.write(Data(written.utf8), to: URL(fileURLWithPath: output))
        } catch {
            throw .output(error)
        }
        prompt(text("messages.rendered", ["file": output]) + "\n")
        return nil
    }

    /// A yes-or-no question with the answer Enter gives.
    mutating func askYesNo(_ question: String, default yes: Bool) -> TerminalInput<Bool> {
        while true {
            prompt(question + (yes ? " [Y/n] " : " [y/N] "))
            switch terminal.readLine() {
            case .end: return .end
            case .interrupted: return .interrupted
            case .input(let line):
                if line.trimmingCharacters(in: .whitespaces).isEmpty { return .input(yes) }
                if let answer = yesNo(line) { return .input(answer) }
                warn(text("session.yes_or_no"))
            }
        }
    }

    /// A question with a default taken by Enter, and the answers it accepts (nil: any).
    private func ask(_ question: String, default value: String, accepted: [String]?) -> TerminalInput<String> {
        while true {
            prompt(question + " [\(value)] ")
            switch terminal.readLine() {
            case .end: return .end
            case .interrupted: return .interrupted
            case .input(let line):
                let typed = line.trimmingCharacters(in: .whitespaces)
                if typed.isEmpty { return .input(value) }
                if let accepted, !accepted.contains(typed.lowercased()) {
                    warn(text("session.one_of", ["values": accepted.joined(separator: ", ")]))
                    continue
                }
                return .input(accepted == nil ? typed : typed.lowercased())
            }
        }
    }

    // MARK: - Leaving

    func quit() throws(MLAError) -> ExitCode {
        try save()
        warn(text("session.saved", ["file": file]) + "\n" + text("session.resume_later", ["file": file]))
        return .success
    }

    /// Ctrl-C, a closed terminal, `kill`: the draft is saved (every answer already was) and the
    /// session ends with 130.
    func interrupted() -> ExitCode {
        do { try save() } catch {
            let (message, _) = app.presenter.describe(error)
            terminal.write("\nmla: \(message)\n")
            return .interrupted
        }
        terminal.write("\n" + text("session.interrupted", ["file": file]) + "\n")
        return .interrupted
    }

    /// Saves and says what is still missing; `ended` when input ran out (Ctrl-D, end of a pipe).
    func finish(ended: Bool) -> ExitCode {
        do { try save() } catch {
            let (message, code) = app.presenter.describe(error)
            terminal.write("mla: \(message)\n")
            return code
        }
        let report = engine.check(draft.answers, acknowledgements: draft.acknowledgements, today: app.today)
        let leaving = ended && !terminal.isInteractive ? "session.end_of_input" : "session.saved"
        var lines = [text(leaving, ["file": file])]
        if report.isComplete {
            lines.append(text("session.complete", ["file": file]))
        } else {
            lines.append(text("session.still_missing", ["count": String(report.missing.count + report.invalid.count)]))
            for finding in (report.missing + report.invalid) {
                lines.append("  - \(finding.path)  " + text("\(engine.questionnaire.textKey(for: finding.path.schemaPath)).label"))
            }
            lines.append(text("session.how_to_continue", ["file": file]))
        }
        if ended && terminal.isInteractive { terminal.write("\n") }
        terminal.write(lines.joined(separator: "\n") + "\n")
        return .success
    }
}
