import Foundation
import MLAKit

/// `check`, `render` and `show`: what a draft contains and produces.
extension App {
    func check(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: [], flags: ["--json"])
            try invocation.allowArguments(1)
        }
        let file = try argument(invocation, 0, "FILE")
        let draft = try load(file)
        let engine = try engine(for: draft)
        var report = report(for: draft, engine: engine)
        report.warnings += try profileFindings(for: draft, engine: engine)
        if Register(store: store).followUpSent(for: draft, at: URL(fileURLWithPath: file)) { report = report.sparingFollowUpReminders() }
        let describer = FindingDescriber(text: text, questionnaire: engine.questionnaire, presenter: presenter)
        if invocation.flags.contains("--json") {
            console.out(describer.json(report))
        } else {
            console.out(describer.text(report))
        }
        return report.isComplete ? .success : .checkFailed
    }

    func render(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: ["--format", "--lang", "-o", "--side-by-side"], flags: ["--allow-incomplete"])
            try invocation.allowArguments(1)
        }
        let draft = try load(try argument(invocation, 0, "FILE"))
        let format = invocation.options["--format"] ?? "text"
        guard ["text", "html"].contains(format) else { throw .usage(.unknownFormat(format)) }
        let engine = try engine(for: draft)
        let report = engine.check(draft.answers, acknowledgements: draft.acknowledgements, today: today)
        let second = invocation.options["--side-by-side"]
        if second != nil && format != "html" { throw .usage(.sideBySideNeedsHTML) }
        let allowIncomplete = invocation.flags.contains("--allow-incomplete")
        if !report.isComplete && !allowIncomplete {
            throw .incomplete(missing: (report.missing + report.invalid).map { "\($0.path) (\(label($0.path.schemaPath, in: engine.questionnaire)))" })
        }
        let language = invocation.options["--lang"] ?? draft.documentLanguage
        let document = try renderer(for: language).document(for: draft.answers, engine: engine, incompleteMark: !report.isComplete,
                                                            translation: translation(of: draft, into: language))
        let output: String
        if let second {
            let other = try renderer(for: second).document(for: draft.answers, engine: engine, incompleteMark: !report.isComplete,
                                                          translation: translation(of: draft, into: second))
            output = HTMLWriter().write(sideBySide: document, other, title: documentTitle(document))
        } else {
            output = format == "html" ? HTMLWriter().write(document, title: documentTitle(document)) : TextWriter().write(document)
        }
        if let path = invocation.options["-o"] {
            do {
                try AtomicFile.write(Data(output.utf8), to: URL(fileURLWithPath: path))
            } catch {
                throw .output(error)
            }
            console.err(text("messages.rendered", ["file": path]) + "\n")
        } else {
            console.out(output)
        }
        return .success
    }

    func renderer(for language: String) throws(MLAError) -> RequestRenderer {
        guard documentLanguages.contains(language) else {
            throw .usage(.unknownDocumentLanguage(language, known: documentLanguages))
        }
        do {
            return try RequestRenderer(language: language, source: source, library: library, verified: source.overrideDirectory != nil)
        } catch {
            throw .template(error)
        }
    }

    /// The document languages that have a request template.
    var documentLanguages: [String] {
        ["ar", "en", "es", "fr", "ru", "zh"].filter { (try? source.text("Templates/\($0)/request.txt")) != nil }
    }

    private func documentTitle(_ document: Document) -> String {
        for block in document.blocks {
            if case .title(let spans) = block { return spans.map(\.string).joined() }
        }
        return "mla"
    }

    func show(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: [])
            try invocation.allowArguments(1)
        }
        let draft = try load(try argument(invocation, 0, "FILE"))
        let engine = try engine(for: draft)
        console.out(AnswerSheet(text: text, engine: engine).write(draft))
        return .success
    }
}
