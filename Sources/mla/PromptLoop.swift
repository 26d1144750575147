import Foundation
import MLAKit

/// The line-based drafting session: asks the questions that apply, one at a time, and saves the
/// draft after every accepted answer. Works the same on a terminal and with piped input (one
/// answer per line); at the end of input it saves, says what is missing, and returns.
struct PromptLoop {
    let app: App
    let file: String
    let engine: Engine
    var draft: Draft
    /// Ask every question, answered or not (`mla edit`), instead of only the open ones.
    var askAnswered: Bool
    /// Stop after the questions under this path (`mla edit FILE FIELD`).
    var scope: AnswerPath?

    private var text: Localizer { app.text }
    private var console: Console { app.console }
    private var interactive: Bool { console.inputIsTerminal }

    init(app: App, file: String, engine: Engine, draft: Draft, askAnswered: Bool = false, scope: AnswerPath? = nil) {
        self.app = app
        self.file = file
        self.engine = engine
        self.draft = draft
        self.askAnswered = askAnswered
        self.scope = scope
    }

    mutating func run() throws(MLAError) -> ExitCode {
        var index = startIndex()
        var forceAsk = false
        var lastSection: FieldID?
        var pending: Question?
        while true {
            let questions = engine.questions(for: draft.answers)
            guard pending != nil || index < questions.count else { return finish(ended: false) }
            let question = pending ?? questions[index]
            if pending != nil { forceAsk = true }
            pending = nil
            if let scope, !question.path.description.hasPrefix(scope.description) {
                if index > startIndex() || askAnswered { return finish(ended: false) }
                index += 1
                continue
            }
            let done = engine.isAnswered(question, in: draft.answers) || draft.skipped.contains(question.path.description)
            if done && !forceAsk && !askAnswered {
                index += 1
                continue
            }
            forceAsk = false
            if question.section.id != lastSection {
                lastSection = question.section.id
                prompt("\n" + console.bold("== " + text("sections.\(question.section.id).title") + " ==") + "\n")
                if let intro = text.optional("sections.\(question.section.id).intro") { prompt(intro + "\n") }
            }
            prompt(QuestionText(text: text, engine: engine).describe(question, in: draft))
            // The authorities directory may propose the answer (the requested State's addressee): Enter takes it.
            let proposal = app.proposedAnswer(for: question, in: draft)
            if let proposal { prompt(text("profiles.session.proposal", ["value": proposal]) + "\n") }
            guard var input = read(for: question) else { return finish(ended: true) }
            if let proposal, input.trimmingCharacters(in: .whitespaces).isEmpty { input = proposal }
            switch input.trimmingCharacters(in: .whitespaces) {
            case "?", ":help":
                prompt(QuestionText(text: text, engine: engine).help(for: question) + "\n")
            case "<", ":back":
                index = max(0, index - 1)
                forceAsk = true
            case ":quit", ":q":
                return try quit()
            case ":review":
                prompt(AnswerSheet(text: text, engine: engine).write(draft))
            case ":unknown":
                if question.field.acceptsNotKnown {
                    try store(try answer { () throws(AnswerError) in try engine.answeringNotKnown(at: question.path, in: draft.answers) }, after: question, index: &index)
                } else {
                    warn(text("session.not_known_refused"))
                }
            case "", ":skip":
                if question.kind != .value {
                    try decline(question, index: &index)
                } else if engine.isAnswered(question, in: draft.answers) {
                    index += 1
                } else if question.level == .must {
                    warn(text("session.postponed"))
                    index += 1
                } else {
                    draft.skipped.insert(question.path.description)
                    try save()
                    index += 1
                }
            default:
                switch question.kind {
                case .value:
                    if let answers = tryAnswer(input, for: question) {
                        try store(answers, after: question, index: &index)
                    }
                case .addItem, .openGroup:
                    guard let yes = yesNo(input) else {
                        warn(text("session.yes_or_no"))
                        continue
                    }
                    if !yes {
                        try decline(question, index: &index)
                    } else if question.kind == .addItem {
                        let added = try answer { () throws(AnswerError) in try engine.addingItem(to: question.path, in: draft.answers) }
                        draft.answers = added.answers
                        try save()
                        index = engine.questions(for: draft.answers).firstIndex { $0.path.description.hasPrefix(added.item.description + ".") } ?? index + 1
                        forceAsk = true
                    } else {
                        // The group's first question; once answered, the rest follow in place.
                        pending = firstQuestion(in: question)
                        if pending == nil { index += 1 }
                    }
                }
            }
        }
    }

    // MARK: - Steps

    private func startIndex() -> Int {
        let questions = engine.questions(for: draft.answers)
        if let scope {
            return questions.firstIndex { $0.path.description.hasPrefix(scope.description) } ?? questions.count
        }
        if askAnswered { return 0 }
        return questions.firstIndex { !engine.isAnswered($0, in: draft.answers) && !draft.skipped.contains($0.path.description) } ?? questions.count
    }

    private func read(for question: Question) -> String? {
        guard question.field.type == .value(.multiline), question.kind == .value else { return console.readLine() }
        return console.readParagraphs { $0.hasPrefix(":") || $0 == "?" || $0 == "<" }
    }

    private func tryAnswer(_ input: String, for question: Question) -> Answers? {
        // Yes and no are also understood in the interface language ("oui", "нет").
        var input = input
        if question.field.type == .value(.boolean), let answer = yesNo(input) { input = answer ? "yes" : "no" }
        do {
            return try engine.answering(input, at: question.path, in: draft.answers)
        } catch {
            warn(app.presenter.describe(error, path: question.path.description))
            if case .value(let format) = engine.effectiveField(question.field, at: question.path, in: draft.answers).type, case .invalid = error {
                warn(text("session.expected", ["form": app.presenter.form(format)]))
            }
            return nil
        }
    }

    private mutating func store(_ answers: Answers, after question: Question, index: inout Int) throws(MLAError) {
        draft.answers = answers
        draft.skipped.remove(question.path.description)
        try save()
        let questions = engine.questions(for: draft.answers)
        index = (questions.firstIndex { $0.path == question.path && $0.kind == question.kind } ?? index) + 1
    }

    private mutating func decline(_ question: Question, index: inout Int) throws(MLAError) {
        if question.level == .must && !engine.isAnswered(question, in: draft.answers) {
            warn(text("session.postponed"))
        } else {
            draft.skipped.insert(question.path.description)
            try save()
        }
        index += 1
    }

    /// The first value question inside an optional group.
    private func firstQuestion(in group: Question) -> Question? {
        var field = group.field
        var path = group.path
        while let child = field.fields.first {
            path = path.appending(child.id)
            field = child
            if !child.type.isContainer {
                return Question(kind: .value, path: path, field: child, section: group.section, level: child.requirement.otherwise)
            }
        }
        return nil
    }

    private func answer<T>(_ body: () throws(AnswerError) -> T) throws(MLAError) -> T {
        do { return try body() } catch { throw .answer(path: "", error) }
    }

    private func yesNo(_ input: String) -> Bool? {
        func fold(_ word: String) -> String {
            word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
        }
        let typed = fold(input.trimmingCharacters(in: .whitespaces))
        if ["y", "yes", fold(text("session.yes_word"))].contains(typed) { return true }
        if ["n", "no", fold(text("session.no_word"))].contains(typed) { return false }
        return nil
    }

    private func save() throws(MLAError) {
        try app.save(draft, to: file)
    }

    private func quit() throws(MLAError) -> ExitCode {
        try save()
        console.err(text("session.saved", ["file": file]) + "\n")
        return .success
    }

    /// Saves and says what is still missing; `ended` when input ran out.
    private func finish(ended: Bool) -> ExitCode {
        do { try save() } catch {
            let (message, code) = app.presenter.describe(error)
            console.err("mla: \(message)\n")
            return code
        }
        let report = engine.check(draft.answers, acknowledgements: draft.acknowledgements, today: app.today)
        var lines = [text(ended ? "session.end_of_input" : "session.saved", ["file": file])]
        if report.isComplete {
            lines.append(text("session.complete", ["file": file]))
        } else {
            lines.append(text("session.still_missing", ["count": String(report.missing.count + report.invalid.count)]))
            for finding in (report.missing + report.invalid) {
                lines.append("  - \(finding.path)  " + text("\(engine.questionnaire.textKey(for: finding.path.schemaPath)).label"))
            }
            lines.append(text("session.how_to_continue", ["file": file]))
        }
        console.err(lines.joined(separator: "\n") + "\n")
        return .success
    }

    private func prompt(_ message: String) {
        if interactive { console.err(message) }
    }

    private func warn(_ message: String) {
        console.err(message + "\n")
    }
}
