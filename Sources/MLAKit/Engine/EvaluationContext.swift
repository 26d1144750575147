/// The answers a condition is evaluated against, and the list items it is evaluated inside.
///
/// Inside an item of `persons`, a reference to `persons.kind` (or to the sibling `kind`) reads
/// that item's answer; outside, it reads every item's.
struct EvaluationContext {
    var root: Answers
    /// The list items being walked, outermost first: the list's schema path and the item.
    var items: [(list: SchemaPath, answers: Answers)] = []

    func entering(_ list: SchemaPath, item: Answers) -> EvaluationContext {
        var copy = self
        copy.items.append((list, item))
        return copy
    }

    /// Every answer the reference reaches.
    func values(at path: SchemaPath) -> [AnswerValue] {
        for scope in items.reversed() {
            if path.hasPrefix(scope.list), path.ids.count > scope.list.ids.count {
                return Self.values(in: scope.answers, at: Array(path.ids.dropFirst(scope.list.ids.count)))
            }
            if path.ids.count == 1, let value = scope.answers[path.ids[0]] {
                return [value]
            }
        }
        return Self.values(in: root, at: path.ids)
    }

    private static func values(in answers: Answers, at ids: [FieldID]) -> [AnswerValue] {
        guard let first = ids.first, let value = answers[first] else { return [] }
        let rest = Array(ids.dropFirst())
        if rest.isEmpty { return [value] }
        switch value {
        case .group(let inner): return values(in: inner, at: rest)
        case .items(let items): return items.flatMap { values(in: $0, at: rest) }
        case .text, .integer, .boolean, .codes, .notKnown: return []
        }
    }
}

extension Condition {
    func holds(in context: EvaluationContext) -> Bool {
        switch self {
        case .answered(let path):
            return context.values(at: path).contains { !$0.isEmpty && $0 != .notKnown }
        case .isIn(let path, let values):
            return context.values(at: path).contains { !values.isDisjoint(with: $0.conditionCodes) }
        case .only(let path, let values):
            return context.values(at: path).contains { Set($0.conditionCodes) == values }
        case .differ(let first, let second):
            let firsts = context.values(at: first).filter { !$0.isEmpty && $0 != .notKnown }
            let seconds = context.values(at: second).filter { !$0.isEmpty && $0 != .notKnown }
            return firsts.contains { value in !seconds.isEmpty && !seconds.contains(value) }
        case .notKnown(let path):
            return context.values(at: path).contains { $0 == .notKnown }
        case .ipv4WithoutPort(let path):
            return context.values(at: path).contains { value in
                guard case .text(let text) = value else { return false }
                return IPAddress.stored(text)?.isIPv4WithoutPort ?? false
            }
        case .ipWithoutPort(let path):
            return context.values(at: path).contains { value in
                guard case .text(let text) = value, let address = IPAddress.stored(text) else { return false }
                return address.port == nil
            }
        case .all(let conditions):
            return conditions.allSatisfy { $0.holds(in: context) }
        case .any(let conditions):
            return conditions.contains { $0.holds(in: context) }
        case .not(let condition):
            return !condition.holds(in: context)
        }
    }
}
