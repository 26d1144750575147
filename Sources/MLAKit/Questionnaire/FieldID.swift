/// The stable snake_case id of a field, as used in questionnaires, drafts, paths and locales.
public struct FieldID: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: FieldID, rhs: FieldID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Whether the id is lowercase snake_case: letters, digits and single underscores, starting with a letter.
    var isSnakeCase: Bool {
        guard let first = rawValue.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return rawValue.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
            && !rawValue.contains("__") && !rawValue.hasSuffix("_")
    }
}

/// The id of an assistance type (`evidence`, `asset-recovery`, ...), or `common` for the shared part.
public struct TypeID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    public static let common = TypeID("common")

    public static func < (lhs: TypeID, rhs: TypeID) -> Bool { lhs.rawValue < rhs.rawValue }
}
