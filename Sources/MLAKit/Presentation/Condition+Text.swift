/// Conditions written out for people and scripts (`mla fields`).
extension Condition {
    public var text: String {
        switch self {
        case .answered(let path): "\(path) is answered"
        case .isIn(let path, let values):
            values.count == 1 ? "\(path) is \(values.sorted()[0])" : "\(path) is one of \(values.sorted().joined(separator: ", "))"
        case .only(let path, let values): "\(path) is exactly \(values.sorted().joined(separator: ", "))"
        case .notKnown(let path): "\(path) is not known"
        case .differ(let first, let second): "\(first) differs from \(second)"
        case .ipv4WithoutPort(let path): "\(path) is an IPv4 address without a port"
        case .ipWithoutPort(let path): "\(path) is an IP address without a port"
        case .all(let parts): parts.map { $0.nestedText }.joined(separator: " and ")
        case .any(let parts): parts.map { $0.nestedText }.joined(separator: " or ")
        case .not(let part): "not \(part.nestedText)"
        }
    }

    private var nestedText: String {
        switch self {
        case .all, .any: "(\(text))"
        case .answered, .isIn, .only, .notKnown, .ipv4WithoutPort, .ipWithoutPort, .differ, .not: text
        }
    }
}
