import Foundation
import MLAKit

/// `new`, `resume` and `edit`: the drafting session.
extension App {
    func new(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        if invocation.options["--from"] != nil { return try newFrom(invocation) }
        try usage { () throws(UsageError) in try invocation.allow(options: ["--lang", "-o"]) }
        let language = invocation.options["--lang"] ?? "en"
        guard documentLanguages.contains(language) else {
            throw .usage(.unknownDocumentLanguage(language, known: documentLanguages))
        }
        var names = invocation.arguments
        if names.isEmpty {
            names = try askForTypes()
        }
        let types = try requestedTypes(names)
        let file = invocation.options["-o"] ?? defaultDraftName()
        guard !FileManager.default.fileExists(atPath: file) else { throw .draftExists(file) }
        let draft = Draft(types: types, documentLanguage: language, interfaceLanguage: text.language, now: now)
        try save(draft, to: file)
        console.err(text("session.created", ["file": file, "types": types.map { text("types.\($0.rawValue).name") }.joined(separator: ", ")]) + "\n")
        if console.inputIsTerminal { console.err(text("session.commands") + "\n") }
        var loop = PromptLoop(app: self, file: file, engine: try engine(for: draft), draft: draft)
        return try loop.run()
    }

    func resume(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: [])
            try invocation.allowArguments(1)
        }
        let file = try argument(invocation, 0, "FILE")
        let draft = try load(file)
        if console.inputIsTerminal { console.err(text("session.resuming", ["file": file]) + "\n" + text("session.commands") + "\n") }
        var loop = PromptLoop(app: self, file: file, engine: try engine(for: draft), draft: draft)
        return try loop.run()
    }

    /// `mla edit FILE [FIELD]`: goes through every question (Enter keeps an answer), or only
    /// through the questions of one field.
    func edit(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: [])
            try invocation.allowArguments(2)
        }
        let file = try argument(invocation, 0, "FILE")
        let draft = try load(file)
        let engine = try engine(for: draft)
        var scope: AnswerPath?
        if invocation.arguments.count == 2 {
            guard let path = AnswerPath(parsing: invocation.arguments[1]), engine.field(at: path) != nil else {
                throw .unknownPath(invocation.arguments[1])
            }
            scope = path
        }
        var loop = PromptLoop(app: self, file: file, engine: engine, draft: draft, askAnswered: true, scope: scope)
        return try loop.run()
    }

    /// Asks which assistance types the request covers, when `new` was given none.
    private func askForTypes() throws(MLAError) -> [String] {
        let ids = library.typeIDs
        if console.inputIsTerminal {
            var lines = [text("session.choose_types")]
            for (index, id) in ids.enumerated() {
                lines.append("  \(index + 1). \(id.rawValue) — \(text("types.\(id.rawValue).name")): \(text("types.\(id.rawValue).summary"))")
            }
            console.err(lines.joined(separator: "\n") + "\n> ")
        }
        guard let line = console.readLine(), !line.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .usage(.missingArgument(command: "new", argument: "TYPE"))
        }
        return line.split(separator: ",").flatMap { $0.split(separator: " ") }.map { part in
            let word = String(part)
            if let number = Int(word), ids.indices.contains(number - 1) { return ids[number - 1].rawValue }
            return word
        }
    }

    /// The assistance types named on the command line (`evidence asset-recovery` or `evidence,asset-recovery`).
    func requestedTypes(_ names: [String]) throws(MLAError) -> [TypeID] {
        var types: [TypeID] = []
        for name in names.flatMap({ $0.split(separator: ",").map(String.init) }) {
            let type = TypeID(name.trimmingCharacters(in: .whitespaces))
            guard library.typeIDs.contains(type) else { throw .usage(.unknownType(name, known: library.typeIDs.map(\.rawValue))) }
            if !types.contains(type) { types.append(type) }
        }
        return types
    }

    /// `request-2026-11-24.mla.json`, or `-2`, `-3` … when taken.
    func defaultDraftName() -> String {
        let base = "request-\(today)"
        var name = "\(base).mla.json"
        var number = 2
        while FileManager.default.fileExists(atPath: name) {
            name = "\(base)-\(number).mla.json"
            number += 1
        }
        return name
    }
}
