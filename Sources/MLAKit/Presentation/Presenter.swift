/// The one place where errors become words: a message for the user, and the exit code.
public struct Presenter: Sendable {
    public let text: Localizer

    public init(localizer: Localizer) {
        self.text = localizer
    }

    /// The message lines and exit code for an error.
    public func describe(_ error: MLAError) -> (message: String, exit: ExitCode) {
        switch error {
        case .usage(let usage):
            return (describe(usage) + "\n" + text("errors.usage_hint"), .usage)
        case .store(.file(let file)):
            return describe(file)
        case .store(.noEarlierVersion(let path, let backup)):
            return (text("safety.no_earlier_version", ["file": path, "backup": backup]), .noInput)
        case .store(.draft(let path, let draft)):
            return (text("errors.draft_unreadable", ["file": path, "problem": describe(draft)]) + "\n" + text("errors.draft_left_unchanged"), .dataError)
        case .definition(let definition):
            let lines = definition.problems.map { "  \($0.file): \($0.place): " + text("definition_errors.\($0.issue.key)", $0.issue.arguments) }
            return (([text("errors.definitions_invalid", ["count": String(definition.problems.count)])] + lines).joined(separator: "\n"), .dataError)
        case .template(let template):
            let place = template.line > 0 ? "\(template.file):\(template.line)" : template.file
            return (text("errors.template_invalid", ["place": place, "problem": describe(template.issue)]) + (template.text.isEmpty ? "" : "\n  \(template.text)"), .dataError)
        case .locale(.unknownLanguage(let language)):
            return (text("errors.unknown_interface_language", ["language": language]), .usage)
        case .locale(.notJSON(let path, let line, let column, let detail)):
            return (text("errors.locale_invalid", ["file": "\(path):\(line):\(column)", "detail": detail]), .dataError)
        case .resource(.missing(let path)), .resource(.unreadable(let path)):
            return (text("errors.data_missing", ["file": path]), .dataError)
        case .answer(let path, let answer):
            return (describe(answer, path: path), .dataError)
        case .unknownPath(let path):
            return (text("errors.unknown_path", ["path": path]), .usage)
        case .incomplete(let missing):
            return (text("errors.render_incomplete", ["count": String(missing.count)]) + "\n" + missing.map { "  - \($0)" }.joined(separator: "\n"), .checkFailed)
        case .draftExists(let path):
            return (text("errors.draft_exists", ["file": path]), .cannotCreate)
        case .output(let file):
            return describe(file)
        case .input(.valueTooLarge(let source, let limit)):
            return (text("input.value_too_large", ["file": source, "limit": String(limit)]), .dataError)
        case .input(.valueNotUTF8(let source, let offset)):
            return (text("input.value_not_utf8", ["file": source, "offset": String(offset)]), .dataError)
        case .input(.invalidOptionText(let option, let value)):
            return (text("input.invalid_option_text", ["option": option, "problem": describe(value)]), .dataError)
        case .dataFile(let data):
            return (describe(data), .dataError)
        case .directory(.notFound(let path)):
            return (text("profiles.errors.no_directory", ["file": path]), .noInput)
        case .directory(.unreadable(let path)):
            return (text("errors.cannot_read", ["file": path, "reason": text("file_errors.permission_denied")]), .ioError)
        case .directory(.invalid(let data)):
            return (describe(data), .dataError)
        case .stateNotAnswered(let field):
            return (text("profiles.errors.state_not_answered", ["field": field]), .checkFailed)
        case .noAuthority(let country, let file):
            return (text("profiles.errors.no_authority", ["country": country, "file": file]), .dataError)
        case .register(let register):
            return describe(register)
        case .lock(let lock):
            return describe(lock)
        }
    }

    /// A data file's problems, one per line, with what to do.
    private func describe(_ error: DataFileError) -> String {
        let lines = error.problems.map { problem in
            "  " + (problem.place.isEmpty ? "" : "\(problem.place): ") + describe(problem.issue)
        }
        return ([text("profiles.errors.invalid", ["file": error.file, "count": String(error.problems.count)])] + lines
                + [text("profiles.errors.fix_hint")]).joined(separator: "\n")
    }

    private func describe(_ issue: DataFileIssue) -> String {
        switch issue {
        case .notJSON(let line, let column, let detail):
            return text("profiles.issues.not_json", ["line": String(line), "column": String(column), "detail": detail])
        case .wrongFormat(let expected):
            return text("profiles.issues.wrong_format", ["expected": expected])
        case .unsupportedVersion(let version, let supported):
            return text("profiles.issues.unsupported_version", ["version": String(version), "supported": String(supported)])
        case .missingKey:
            return text("profiles.issues.missing_key")
        case .wrongKind(let expected):
            return text("profiles.issues.wrong_kind", ["expected": text("profiles.kinds.\(expected)")])
        case .unknownKey:
            return text("profiles.issues.unknown_key")
        case .unknownCode(let code, let known):
            return text("profiles.issues.unknown_code", ["value": code, "known": known.joined(separator: ", ")])
        case .invalid(let value, let form):
            return text("profiles.issues.invalid", ["value": value, "form": text("profiles.forms.\(form)")])
        case .stateMismatch(let state, let expected):
            return text("profiles.issues.state_mismatch", ["state": state, "expected": expected])
        }
    }

    /// The words for a refused answer: what is wrong and the expected form.
    public func describe(_ error: AnswerError, path: String) -> String {
        switch error {
        case .invalid(let value):
            return text("errors.invalid_value", ["path": path, "problem": describe(value)])
        case .unknownChoice(let given, let offered):
            return text("errors.unknown_choice", ["path": path, "value": given, "codes": offered.joined(separator: ", ")])
        case .unknownField(let field):
            return text("errors.unknown_path", ["path": field])
        case .notAValueField(let field):
            return text("errors.not_a_value_field", ["path": field])
        case .notKnownRefused:
            return text("errors.not_known_refused", ["path": path])
        case .path(let pathError):
            switch pathError {
            case .empty: return text("errors.unknown_path", ["path": path])
            case .notAList(let id): return text("errors.not_a_list", ["path": id])
            case .notAGroup(let id): return text("errors.not_a_group", ["path": id])
            case .noSuchItem(let item, let count): return text("errors.no_such_item", ["path": item, "count": String(count), "next": String(count + 1)])
            case .tooManyItems(let item, let limit): return text("input.too_many_items", ["path": item, "limit": String(limit)])
            }
        }
    }

    /// A value refusal followed by the expected form.
    public func describe(_ error: ValueError) -> String {
        text("value_errors.\(error.key)", error.arguments)
    }

    /// The expected form of a value type, with an example.
    public func form(_ format: ValueFormat) -> String {
        text("forms.\(format.rawValue)")
    }

    private func describe(_ usage: UsageError) -> String {
        switch usage {
        case .noCommand: text("errors.no_command")
        case .unknownCommand(let command): text("errors.unknown_command", ["command": command])
        case .missingArgument(let command, let argument): text("errors.missing_argument", ["command": command, "argument": argument])
        case .unexpectedArgument(let command, let argument): text("errors.unexpected_argument", ["command": command, "argument": argument])
        case .unknownOption(let command, let option): text("errors.unknown_option", ["command": command, "option": option])
        case .optionNeedsValue(let option): text("errors.option_needs_value", ["option": option])
        case .unknownType(let type, let known): text("errors.unknown_type", ["type": type, "known": known.joined(separator: ", ")])
        case .unknownFormat(let format): text("errors.unknown_format", ["format": format])
        case .sideBySideNeedsHTML: text("errors.side_by_side_needs_html")
        case .unknownDocumentLanguage(let language, let known): text("errors.unknown_document_language", ["language": language, "known": known.joined(separator: ", ")])
        case .badAssignment(let argument): text("errors.bad_assignment", ["argument": argument])
        case .notATerminalAnswer(let argument): text("errors.stdin_value_unavailable", ["argument": argument])
        case .unknownCountry(let country): text("profiles.errors.unknown_country", ["country": country])
        }
    }

    private func describe(_ draft: DraftError) -> String {
        switch draft {
        case .notJSON(let line, let column, let offset, let issue):
            text("draft_errors.not_json", ["line": String(line), "column": String(column), "offset": String(offset),
                                           "detail": text("input.json.\(issue.key)", issue.arguments)])
        case .tooLarge(let bytes, let limit): text("input.draft_too_large", ["size": String(bytes), "limit": String(limit)])
        case .notADraft: text("draft_errors.not_a_draft")
        case .unsupportedVersion(let version): text("draft_errors.unsupported_version", ["version": String(version), "supported": String(Draft.schemaVersion)])
        case .invalidVersion(let version): text("input.draft_invalid_version", ["version": version, "supported": String(Draft.schemaVersion)])
        case .missingKey(let place): text("draft_errors.missing_key", ["place": place])
        case .wrongKind(let place, let expected, let found): text("draft_errors.wrong_kind", ["place": place, "expected": expected, "found": found])
        case .unknownType(let type): text("draft_errors.unknown_type", ["type": type])
        case .unknownField(let place): text("draft_errors.unknown_field", ["place": place])
        case .invalidValue(let place, let value): text("draft_errors.invalid_value", ["place": place, "problem": describe(value)])
        case .unknownChoice(let place, let code): text("draft_errors.unknown_choice", ["place": place, "code": code])
        case .notKnownRefused(let place): text("draft_errors.not_known_refused", ["place": place])
        case .tooManyItems(let place, let count, let limit): text("input.draft_too_many_items", ["place": place, "count": String(count), "limit": String(limit)])
        case .invalidText(let place, let value): text("input.draft_invalid_text", ["place": place, "problem": describe(value)])
        case .invalidKey(let parent?, let value): text("input.draft_invalid_key", ["place": parent, "problem": describe(value)])
        case .invalidKey(nil, let value): text("input.draft_invalid_top_key", ["problem": describe(value)])
        case .notAnIncomingRecord: text("register.errors.not_an_incoming_record")
        }
    }

    private func describe(_ issue: TemplateError.Issue) -> String {
        switch issue {
        case .unknownField(let name): text("template_errors.unknown_field", ["name": name])
        case .unknownTerm(let name): text("template_errors.unknown_term", ["name": name])
        case .unknownTag(let tag): text("template_errors.unknown_tag", ["tag": tag])
        case .unclosedTag(let tag): text("template_errors.unclosed_tag", ["tag": tag])
        case .unexpectedClose(let tag): text("template_errors.unexpected_close", ["tag": tag])
        case .unterminatedPlaceholder: text("template_errors.unterminated_placeholder")
        case .notAList(let name): text("template_errors.not_a_list", ["name": name])
        case .unknownChoice(let field, let code): text("template_errors.unknown_choice", ["field": field, "code": code])
        case .missingPart(let name): text("template_errors.missing_part", ["name": name])
        case .includeCycle(let chain): text("template_errors.include_cycle", ["chain": chain])
        case .nestedTooDeep(let limit): text("input.template_too_deep", ["limit": String(limit)])
        }
    }

    private func describe(_ file: FileError) -> (message: String, exit: ExitCode) {
        let reason = reason(file.reason)
        switch file.operation {
        case .read:
            return (text("errors.cannot_read", ["file": file.path, "reason": reason]), file.reason == .notFound ? .noInput : .ioError)
        case .create:
            return (text("errors.cannot_create", ["file": file.path, "reason": reason]), file.reason.isFullDisk ? .ioError : .cannotCreate)
        case .write:
            return (text("errors.cannot_write", ["file": file.path, "reason": reason]), .ioError)
        }
    }

    /// A draft held by another process, or that cannot be locked: 73, or 74 when the disk is full.
    private func describe(_ lock: LockError) -> (message: String, exit: ExitCode) {
        switch lock {
        case .held(let draft, let holder):
            return (text("safety.locked", holderArguments(draft, holder)), .cannotCreate)
        case .heldOnOtherMachine(let draft, let holder, let lockFile):
            return (text("safety.locked_elsewhere", holderArguments(draft, holder).merging(["lock": lockFile]) { $1 }), .cannotCreate)
        case .inUse(let draft, let holder):
            return (text("safety.in_use", holderArguments(draft, holder)), .cannotCreate)
        case .cannotLock(let draft, let file):
            return (text("safety.cannot_lock", ["file": draft, "reason": reason(file.reason)]), file.reason.isFullDisk ? .ioError : .cannotCreate)
        }
    }

    private func reason(_ reason: FileError.Reason) -> String {
        switch reason {
        case .notFound: text("file_errors.not_found")
        case .permissionDenied: text("file_errors.permission_denied")
        case .isDirectory: text("file_errors.is_directory")
        case .noSpace: text("file_errors.no_space")
        case .tooLarge: text("file_errors.too_large")
        case .readOnly: text("file_errors.read_only")
        case .other(let detail): detail
        }
    }

    private func holderArguments(_ draft: String, _ holder: LockHolder) -> [String: String] {
        ["file": draft, "pid": String(holder.pid), "started": holder.started, "command": holder.command, "host": holder.host]
    }
}

private extension FileError.Reason {
    /// A full disk or a file-size limit: reported as an I/O error (74), not as a place where
    /// nothing can be created (73).
    var isFullDisk: Bool { self == .noSpace || self == .tooLarge }
}
