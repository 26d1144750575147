/// How strongly a request needs an item (spec section 0.1).
public enum Level: String, Comparable, Sendable, CaseIterable {
    case may, should, must

    public static func < (lhs: Level, rhs: Level) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .may: 0
        case .should: 1
        case .must: 2
        }
    }
}

/// A field's requirement: a fixed level, or a level that rises while a condition holds.
public struct Requirement: Equatable, Sendable {
    public var otherwise: Level
    public var mustIf: Condition?
    public var shouldIf: Condition?

    public init(_ level: Level, mustIf: Condition? = nil, shouldIf: Condition? = nil) {
        self.otherwise = level
        self.mustIf = mustIf
        self.shouldIf = shouldIf
    }

    /// The name shown to users and scripts: `must`, `must-if`, `should` or `may`.
    public var name: String {
        if mustIf != nil { return "must-if" }
        if shouldIf != nil { return "should" }
        return otherwise.rawValue
    }

    /// The level that applies to the given answers.
    func level(in context: EvaluationContext) -> Level {
        if let mustIf, mustIf.holds(in: context) { return .must }
        if let shouldIf, shouldIf.holds(in: context) { return max(.should, otherwise) }
        return otherwise
    }
}
