/// What kind of answer a field takes.
///
/// Single values are typed as text and checked by ``ValueParser``; choices are codes from the
/// field's list; lists and groups hold further fields.
public enum FieldType: Equatable, Sendable {
    case value(ValueFormat)
    case choice
    case multichoice
    case list
    case group

    /// The type name used in questionnaires and shown by `mla fields`.
    public var name: String {
        switch self {
        case .value(let format): format.rawValue
        case .choice: "choice"
        case .multichoice: "multichoice"
        case .list: "list"
        case .group: "group"
        }
    }

    init?(name: String) {
        switch name {
        case "choice": self = .choice
        case "multichoice": self = .multichoice
        case "list": self = .list
        case "group": self = .group
        default:
            guard let format = ValueFormat(rawValue: name) else { return nil }
            self = .value(format)
        }
    }

    /// Whether the field holds other fields rather than a value.
    public var isContainer: Bool {
        switch self {
        case .list, .group: true
        case .value, .choice, .multichoice: false
        }
    }
}
