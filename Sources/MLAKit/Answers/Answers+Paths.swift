/// Reading and writing answers at a path.
extension Dictionary where Key == FieldID, Value == AnswerValue {
    /// The answer at a path, or nil when there is none.
    public func value(at path: AnswerPath) -> AnswerValue? {
        var answers = self
        for (offset, segment) in path.segments.enumerated() {
            guard let value = answers[segment.id] else { return nil }
            let isLast = offset == path.segments.count - 1
            if let index = segment.index {
                guard case .items(let items) = value, items.indices.contains(index - 1) else { return nil }
                if isLast { return .group(items[index - 1]) }
                answers = items[index - 1]
            } else {
                if isLast { return value }
                guard case .group(let inner) = value else { return nil }
                answers = inner
            }
        }
        return nil
    }

    /// These answers with `value` stored at `path`; a nil value removes the answer.
    /// An item number one past the end of a list appends an item.
    public func setting(_ value: AnswerValue?, at path: AnswerPath) throws(PathError) -> Answers {
        guard let first = path.segments.first else { throw .empty }
        var copy = self
        let rest = AnswerPath(Array(path.segments.dropFirst()))
        if let index = first.index {
            var items: [Answers]
            switch self[first.id] {
            case .items(let existing)?: items = existing
            case nil, .notKnown?: items = []
            case .some: throw .notAList(first.id.rawValue)
            }
            guard index >= 1, index <= items.count + 1 else { throw .noSuchItem(path: path.description, count: items.count) }
            if index == items.count + 1 {
                guard value != nil else { throw .noSuchItem(path: path.description, count: items.count) }
                guard items.count < InputLimits.listItems else { throw .tooManyItems(path: path.description, limit: InputLimits.listItems) }
                items.append([:])
            }
            if rest.segments.isEmpty {
                guard let value else {
                    items.remove(at: index - 1)
                    copy[first.id] = items.isEmpty ? nil : .items(items)
                    return copy
                }
                guard case .group(let item) = value else { throw .notAList(first.id.rawValue) }
                items[index - 1] = item
            } else {
                items[index - 1] = try items[index - 1].setting(value, at: rest)
            }
            copy[first.id] = .items(items)
            return copy
        }
        if rest.segments.isEmpty {
            copy[first.id] = value
            return copy
        }
        var inner: Answers
        switch self[first.id] {
        case .group(let existing)?: inner = existing
        case nil, .notKnown?: inner = [:]
        case .some: throw .notAGroup(first.id.rawValue)
        }
        let updated = try inner.setting(value, at: rest)
        copy[first.id] = updated.isEmpty ? nil : .group(updated)
        return copy
    }
}

/// A path that does not fit the answers it is applied to.
public enum PathError: Error, Equatable, Sendable {
    case empty
    case notAList(String)
    case notAGroup(String)
    case noSuchItem(path: String, count: Int)
    /// A new item for a list that already has ``InputLimits/listItems``.
    case tooManyItems(path: String, limit: Int)
}
