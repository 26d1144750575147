/// What makes a text invalid JSON at the place ``JSONParser`` stopped.
public enum JSONSyntaxIssue: Equatable, Sendable {
    /// Bytes that are not UTF-8 text (the bytes of the broken sequence).
    case notUTF8([UInt8])
    /// The text ends in the middle of a value: typically a file cut short.
    case unexpectedEnd
    /// A character where none of its kind can stand.
    case unexpectedCharacter(Unicode.Scalar)
    /// A tab, line break or other control character inside a string, where JSON needs `\t`, `\n`…
    case controlCharacterInString(Unicode.Scalar)
    /// A backslash followed by something other than `" \ / b f n r t` or `u` and four hex digits.
    case invalidEscape
    /// A `\u` escape of half a surrogate pair without its other half.
    case loneSurrogate
    /// A number not written as JSON writes numbers (leading zero, no digits after the point…).
    case invalidNumber
    /// A number beyond the range of a double.
    case numberTooLarge
    /// Objects and arrays nested more deeply than the limit.
    case tooDeep(limit: Int)
    /// A key given a second time in the same object.
    case duplicateKey(String)
    /// More text after the end of the value.
    case trailingText
}

extension JSONSyntaxIssue {
    /// Key under `input.json` in `Locales/<lang>.json`.
    public var key: String {
        switch self {
        case .notUTF8: "not_utf8"
        case .unexpectedEnd: "unexpected_end"
        case .unexpectedCharacter: "unexpected_character"
        case .controlCharacterInString: "control_in_string"
        case .invalidEscape: "invalid_escape"
        case .loneSurrogate: "lone_surrogate"
        case .invalidNumber: "invalid_number"
        case .numberTooLarge: "number_too_large"
        case .tooDeep: "too_deep"
        case .duplicateKey: "duplicate_key"
        case .trailingText: "trailing_text"
        }
    }

    /// Placeholder values for the message.
    public var arguments: [String: String] {
        switch self {
        case .notUTF8(let bytes): ["bytes": bytes.map { "0x" + String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined(separator: " ")]
        case .unexpectedCharacter(let scalar): ["character": scalar.shownInMessage]
        case .controlCharacterInString(let scalar): ["character": scalar.codePointName]
        case .tooDeep(let limit): ["limit": String(limit)]
        case .duplicateKey(let key): ["key": key]
        case .unexpectedEnd, .invalidEscape, .loneSurrogate, .invalidNumber, .numberTooLarge, .trailingText: [:]
        }
    }

    /// The words used when no interface language is at hand (questionnaires, interface strings
    /// and document terms that come with the program or from an office's own templates).
    var englishDetail: String {
        switch self {
        case .notUTF8(let bytes): "not UTF-8 text (\(JSONSyntaxIssue.notUTF8(bytes).arguments["bytes"] ?? ""))"
        case .unexpectedEnd: "unexpected end of the text"
        case .unexpectedCharacter(let scalar): "unexpected character \(scalar.shownInMessage)"
        case .controlCharacterInString(let scalar): "control character \(scalar.codePointName) inside a string"
        case .invalidEscape: "invalid escape sequence"
        case .loneSurrogate: "half a surrogate pair"
        case .invalidNumber: "invalid number"
        case .numberTooLarge: "number too large"
        case .tooDeep(let limit): "nested more than \(limit) levels deep"
        case .duplicateKey(let key): "duplicate key \"\(key)\""
        case .trailingText: "text after the end of the value"
        }
    }
}
