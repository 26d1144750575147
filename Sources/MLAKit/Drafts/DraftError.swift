/// Why a draft file cannot be read as a draft. The file is never overwritten in these cases.
public enum DraftError: Error, Equatable, Sendable {
    case notJSON(line: Int, column: Int, offset: Int, issue: JSONSyntaxIssue)
    /// Larger than ``InputLimits/draftBytes``; found from the file's size, before reading it.
    case tooLarge(bytes: Int, limit: Int)
    case notADraft
    case unsupportedVersion(Int)
    /// A `schema_version` that is no version number at all (`1.5`, `0`, `-2`), as written.
    case invalidVersion(String)
    case missingKey(place: String)
    case wrongKind(place: String, expected: String, found: String)
    case unknownType(String)
    case unknownField(place: String)
    case invalidValue(place: String, ValueError)
    case unknownChoice(place: String, code: String)
    case notKnownRefused(place: String)
    /// A list with more than ``InputLimits/listItems`` items.
    case tooManyItems(place: String, count: Int, limit: Int)
    /// A text outside the answers (a reason, a status note…) that holds a hidden character.
    case invalidText(place: String, ValueError)
    /// A key that holds a hidden character, in the object at `parent` (nil: the top level).
    case invalidKey(parent: String?, ValueError)
    /// A file read as an incoming request (`*.incoming.json`) that is not one.
    case notAnIncomingRecord
}
