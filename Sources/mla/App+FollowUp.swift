import Foundation
import MLAKit

/// `mla new --from OTHER.mla.json [TYPE ...] [--lang DOC_LANG] [-o FILE]`: a request that reuses
/// the case data of an earlier draft, linked with it both ways.
extension App {
    func newFrom(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in try invocation.allow(options: ["--from", "--lang", "-o"]) }
        let sourceFile = invocation.options["--from"] ?? ""
        var source = try load(sourceFile)
        let types = invocation.arguments.isEmpty ? source.types : try requestedTypes(invocation.arguments)
        let language = invocation.options["--lang"] ?? source.documentLanguage
        guard documentLanguages.contains(language) else {
            throw .usage(.unknownDocumentLanguage(language, known: documentLanguages))
        }
        let file = invocation.options["-o"] ?? defaultDraftName()
        let sourceURL = URL(fileURLWithPath: sourceFile), fileURL = URL(fileURLWithPath: file)
        guard sourceURL.standardizedFileURL != fileURL.standardizedFileURL else { throw .register(.sameFile(file)) }
        guard !FileManager.default.fileExists(atPath: file) else { throw .draftExists(file) }
        // The earlier request is described in the language its answers are written in.
        let answerText = (try? Localizer(language: source.interfaceLanguage, source: self.source)) ?? text
        let (draft, summary): (Draft, FollowUp.Summary)
        do {
            (draft, summary) = try FollowUp(library: library).draft(
                from: source, sourceLink: DraftLink.relativePath(of: sourceURL, from: fileURL.deletingLastPathComponent()),
                types: types, documentLanguage: language, now: now) { preservation, state in
                    let kind = preservation ? "preservation" : "request"
                    guard let state else { return answerText("register.earlier.\(kind)") }
                    let name = Locale(identifier: answerText.language).localizedString(forRegionCode: state) ?? state
                    return answerText("register.earlier.\(kind)_to", ["state": name])
                }
        } catch {
            throw .definition(error)
        }
        try save(draft, to: file)
        console.err(text("session.created", ["file": file, "types": types.map { text("types.\($0.rawValue).name") }.joined(separator: ", ")]) + "\n")
        let engine = try engine(for: draft)
        let copied = summary.copied.map { label(SchemaPath([$0]), in: engine.questionnaire) }
        console.err(text("register.from_copied", ["source": sourceFile, "count": String(copied.count), "fields": copied.joined(separator: ", ")]) + "\n")
        if !summary.earlierRequest.isEmpty {
            let item = ["date", "reference"].compactMap { key -> String? in
                if case .text(let value)? = summary.earlierRequest[FieldID(key)] { return value }
                return nil
            }
            console.err(text("register.from_earlier", ["request": item.joined(separator: ", ")]) + "\n")
        }
        if let status = summary.requestStatus {
            console.err(text("register.from_status", ["status": text("fields.request_status.choices.\(status)")]) + "\n")
        }
        // The earlier draft learns of its follow-up; the new draft is kept even if it cannot.
        source.links.followUps.append(DraftLink(file: DraftLink.relativePath(of: fileURL, from: sourceURL.deletingLastPathComponent()), linkedAt: now))
        do {
            try save(source, to: sourceFile)
            console.err(text("register.from_linked", ["source": sourceFile, "file": file]) + "\n")
        } catch {
            console.err(text("register.from_link_failed", ["source": sourceFile, "problem": presenter.describe(error).message]) + "\n")
        }
        if console.inputIsTerminal { console.err(text("session.commands") + "\n") }
        var loop = PromptLoop(app: self, file: file, engine: engine, draft: draft)
        return try loop.run()
    }
}
