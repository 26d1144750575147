import Foundation
import MLAKit

/// `set`, `unset` and `acknowledge`: changing answers without a session.
extension App {
    /// `mla set FILE PATH=VALUE ...`: every value is checked exactly as a typed one; if any fails,
    /// nothing is saved.
    func set(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in try invocation.allow(options: []) }
        let file = try argument(invocation, 0, "FILE")
        let lock = try lock(file, for: "set")
        defer { unlock(lock) }
        var draft = try load(file)
        let engine = try engine(for: draft)
        let assignments = Array(invocation.arguments.dropFirst())
        guard !assignments.isEmpty else { throw .usage(.missingArgument(command: "set", argument: "FIELD=VALUE")) }
        var answers = draft.answers
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), let path = AnswerPath(parsing: String(assignment[..<equals])) else {
                throw .usage(.badAssignment(assignment))
            }
            guard engine.field(at: path) != nil else { throw .unknownPath(path.description) }
            let value = try self.value(of: String(assignment[assignment.index(after: equals)...]), for: assignment)
            do {
                answers = value.lowercased() == ":unknown" || value.lowercased() == "not known"
                    ? try engine.answeringNotKnown(at: path, in: answers)
                    : try engine.answering(value, at: path, in: answers)
            } catch {
                throw .answer(path: path.description, error)
            }
            draft.skipped.remove(path.description)
        }
        draft.answers = answers
        try save(draft, to: file)
        return .success
    }

    /// `mla unset FILE PATH ...`: removes answers, or whole list items (`offences[2]`).
    func unset(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in try invocation.allow(options: []) }
        let file = try argument(invocation, 0, "FILE")
        let lock = try lock(file, for: "unset")
        defer { unlock(lock) }
        var draft = try load(file)
        let engine = try engine(for: draft)
        let paths = Array(invocation.arguments.dropFirst())
        guard !paths.isEmpty else { throw .usage(.missingArgument(command: "unset", argument: "FIELD")) }
        for text in paths {
            guard let path = AnswerPath(parsing: text), engine.field(at: path) != nil else { throw .unknownPath(text) }
            do {
                draft.answers = path.segments.last?.index != nil
                    ? try engine.removingItem(at: path, in: draft.answers)
                    : try engine.removingAnswer(at: path, in: draft.answers)
            } catch {
                throw .answer(path: text, error)
            }
        }
        try save(draft, to: file)
        return .success
    }

    /// `mla acknowledge FILE PATH --reason TEXT`: keeps the reason for leaving out a SHOULD item.
    func acknowledge(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: ["--reason"])
            try invocation.allowArguments(2)
        }
        let file = try argument(invocation, 0, "FILE")
        let pathText = try argument(invocation, 1, "FIELD")
        guard let reason = invocation.options["--reason"]?.trimmingCharacters(in: .whitespacesAndNewlines), !reason.isEmpty else {
            throw .usage(.missingArgument(command: "acknowledge", argument: "--reason"))
        }
        do {
            _ = try ValueParser.canonical(reason, as: .multiline)
        } catch {
            throw .input(.invalidOptionText(option: "--reason", error))
        }
        let lock = try lock(file, for: "acknowledge")
        defer { unlock(lock) }
        var draft = try load(file)
        let engine = try engine(for: draft)
        guard let path = AnswerPath(parsing: pathText), engine.field(at: path) != nil else { throw .unknownPath(pathText) }
        draft.acknowledgements[path.description] = Acknowledgement(reason: reason, date: now)
        try save(draft, to: file)
        return .success
    }

    /// Refuses the text of options that are kept in a draft (`--note`, `--ref`…) when it holds
    /// a control or direction-control character: the draft would then be refused when next
    /// read, and such a character can make a reference display in another order.
    func refuseHiddenCharacters(in invocation: Invocation, options: [String]) throws(MLAError) {
        for option in options {
            if let text = invocation.options[option], let error = ValueParser.hiddenCharacterInText(text) {
                throw .input(.invalidOptionText(option: option, error))
            }
        }
    }

    /// The positional argument at `index`.
    func argument(_ invocation: Invocation, _ index: Int, _ name: String) throws(MLAError) -> String {
        do { return try invocation.argument(index, named: name) } catch { throw .usage(error) }
    }

    /// A value as given to `set`: literal, `@file`, or `-` for standard input. A file or input
    /// is read only up to ``InputLimits/draftBytes`` (what could not be saved in a draft) and
    /// must be UTF-8 text; the value is then checked like any other.
    private func value(of raw: String, for assignment: String) throws(MLAError) -> String {
        let limit = InputLimits.draftBytes
        let data: Data
        let source: String
        if raw == "-" {
            source = "-"
            do {
                data = try FileHandle.standardInput.read(upToCount: limit + 1) ?? Data()
            } catch {
                throw .output(FileError(path: source, operation: .read, reason: .other(error.localizedDescription)))
            }
        } else if raw.hasPrefix("@") {
            source = String(raw.dropFirst())
            let url = URL(fileURLWithPath: source)
            var info = stat()
            if stat(source, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > limit {
                throw .input(.valueTooLarge(source: source, limit: limit))
            }
            do {
                if let handle = FileHandle(forReadingAtPath: source) {
                    defer { try? handle.close() }
                    data = try handle.read(upToCount: limit + 1) ?? Data()
                } else {
                    data = try AtomicFile.read(url)
                }
            } catch let error as FileError {
                throw .output(error)
            } catch {
                throw .output(FileError(path: source, operation: .read, reason: .other(error.localizedDescription)))
            }
        } else {
            return raw
        }
        guard data.count <= limit else { throw .input(.valueTooLarge(source: source, limit: limit)) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .input(.valueNotUTF8(source: source, offset: Unicode.UTF8.firstInvalidSequence(in: data)?.offset ?? data.count))
        }
        return text
    }
}
