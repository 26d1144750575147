/// A rule over the answers that decides whether a field is asked or how strongly it is required.
///
/// Conditions are data, written in questionnaires as one-key JSON objects:
/// `{"in": {"field": "urgency", "values": ["urgent"]}}`, `{"not": {"answered": "x"}}`.
public indirect enum Condition: Equatable, Sendable {
    /// The field has an answer other than "not known".
    case answered(SchemaPath)
    /// The answer (any selected code, any list item's answer) is one of the values.
    case isIn(SchemaPath, Set<String>)
    /// A multichoice answer holds exactly these codes.
    case only(SchemaPath, Set<String>)
    /// The drafter answered "not known" (rule C10).
    case notKnown(SchemaPath)
    /// The answer is an IPv4 address typed without a port (`198.51.100.23`).
    case ipv4WithoutPort(SchemaPath)
    /// The answer is an IPv4 or IPv6 address typed without a port.
    case ipWithoutPort(SchemaPath)
    /// Both fields are answered, with different answers (the hearing's language and the person's).
    case differ(SchemaPath, SchemaPath)
    case all([Condition])
    case any([Condition])
    case not(Condition)

    /// Every field path the condition reads.
    var references: [SchemaPath] {
        switch self {
        case .answered(let path), .isIn(let path, _), .only(let path, _), .notKnown(let path), .ipv4WithoutPort(let path),
             .ipWithoutPort(let path): [path]
        case .differ(let first, let second): [first, second]
        case .all(let conditions), .any(let conditions): conditions.flatMap(\.references)
        case .not(let condition): condition.references
        }
    }
}
