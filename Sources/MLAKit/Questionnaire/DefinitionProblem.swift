/// Something wrong in a questionnaire or composites file, with the place it was found
/// (`evidence.json: sections[2].fields[0].ask_if`).
public struct DefinitionProblem: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var place: String
    public var issue: DefinitionIssue

    public var description: String { "\(file): \(place): \(issue)" }
}

/// What is wrong at a place in a questionnaire file.
public enum DefinitionIssue: Equatable, Sendable {
    case notJSON(String)
    case missingKey(String)
    case wrongKind(expected: String, found: String)
    case wrongFormat(expected: String, found: String)
    case unsupportedVersion(Int)
    case unknownFieldType(String)
    case unknownLevel(String)
    case unknownCondition(String)
    case notSnakeCase(String)
    case duplicateID(String)
    case unknownReference(String)
    case unknownChoice(field: String, code: String)
    case missingLegalBasis
    case unknownComposite(String)
    case missingChoices
    case missingFields
    case unexpectedKey(String)
    case unknownType(String)

    /// The key of the message under `definition_errors` in the locales.
    public var key: String {
        switch self {
        case .notJSON: "not_json"
        case .missingKey: "missing_key"
        case .wrongKind: "wrong_kind"
        case .wrongFormat: "wrong_format"
        case .unsupportedVersion: "unsupported_version"
        case .unknownFieldType: "unknown_field_type"
        case .unknownLevel: "unknown_level"
        case .unknownCondition: "unknown_condition"
        case .notSnakeCase: "not_snake_case"
        case .duplicateID: "duplicate_id"
        case .unknownReference: "unknown_reference"
        case .unknownChoice: "unknown_choice"
        case .missingLegalBasis: "missing_legal_basis"
        case .unknownComposite: "unknown_composite"
        case .missingChoices: "missing_choices"
        case .missingFields: "missing_fields"
        case .unexpectedKey: "unexpected_key"
        case .unknownType: "unknown_type"
        }
    }

    /// The values for the message's placeholders.
    public var arguments: [String: String] {
        switch self {
        case .notJSON(let detail): ["detail": detail]
        case .missingKey(let key), .unexpectedKey(let key): ["key": key]
        case .wrongKind(let expected, let found), .wrongFormat(let expected, let found):
            ["expected": expected, "found": found]
        case .unsupportedVersion(let version): ["version": String(version)]
        case .unknownFieldType(let name), .unknownLevel(let name), .unknownCondition(let name),
             .notSnakeCase(let name), .duplicateID(let name), .unknownReference(let name),
             .unknownComposite(let name), .unknownType(let name):
            ["name": name]
        case .unknownChoice(let field, let code): ["field": field, "code": code]
        case .missingLegalBasis, .missingChoices, .missingFields: [:]
        }
    }
}
