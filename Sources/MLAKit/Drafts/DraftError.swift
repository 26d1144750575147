/// Why a draft file cannot be read as a draft. The file is never overwritten in these cases.
public enum DraftError: Error, Equatable, Sendable {
    case notJSON(line: Int, column: Int, detail: String)
    case notADraft
    case unsupportedVersion(Int)
    case missingKey(place: String)
    case wrongKind(place: String, expected: String, found: String)
    case unknownType(String)
    case unknownField(place: String)
    case invalidValue(place: String, ValueError)
    case unknownChoice(place: String, code: String)
    case notKnownRefused(place: String)
    /// A file read as an incoming request (`*.incoming.json`) that is not one.
    case notAnIncomingRecord
}
