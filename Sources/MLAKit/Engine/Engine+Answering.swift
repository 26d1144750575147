import Foundation

/// Turning typed text into stored answers.
extension Engine {
    /// The codes of a choice field that this request offers: codes tied to an assistance type
    /// are offered only when the request includes that type.
    public func offeredChoices(for field: Field) -> [Choice] {
        field.choices.filter { choice in
            choice.type.map { questionnaire.types.contains($0) } ?? true
        }
    }

    /// Checks a typed answer for a field and returns its stored form.
    ///
    /// Choices are given by code or by their number in ``offeredChoices(for:)``; a multichoice
    /// takes several, separated by commas.
    public func value(from input: String, for field: Field) throws(AnswerError) -> AnswerValue {
        switch field.type {
        case .value(.boolean):
            return .boolean(try parse(input, as: .boolean) == "yes")
        case .value(.integer):
            let text = try parse(input, as: .integer)
            guard let number = Int(text) else { throw .invalid(.notAnInteger(input)) }
            return .integer(number)
        case .value(let format):
            return .text(try parse(input, as: format))
        case .choice:
            return .text(try code(from: input.trimmingCharacters(in: .whitespaces), for: field))
        case .multichoice:
            let parts = input.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !parts.isEmpty else { throw .invalid(.empty) }
            var codes: [String] = []
            for part in parts {
                let code = try code(from: part, for: field)
                if !codes.contains(code) { codes.append(code) }
            }
            let order = field.choices.map(\.code)
            return .codes(codes.sorted { order.firstIndex(of: $0) ?? 0 < order.firstIndex(of: $1) ?? 0 })
        case .list, .group:
            throw .notAValueField(field.id.rawValue)
        }
    }

    /// These answers with a typed answer stored at a question's path.
    public func answering(_ input: String, at path: AnswerPath, in answers: Answers) throws(AnswerError) -> Answers {
        guard let field = field(at: path) else { throw .unknownField(path.description) }
        return try storing(value(from: input, for: effectiveField(field, at: path, in: answers)), at: path, in: answers)
    }

    /// These answers with "not known" stored at a path, for fields that accept it.
    public func answeringNotKnown(at path: AnswerPath, in answers: Answers) throws(AnswerError) -> Answers {
        guard let field = field(at: path) else { throw .unknownField(path.description) }
        guard field.acceptsNotKnown else { throw .notKnownRefused(path.description) }
        return try storing(.notKnown, at: path, in: answers)
    }

    /// These answers with a new, empty item at the end of a list, and the new item's path.
    public func addingItem(to path: AnswerPath, in answers: Answers) throws(AnswerError) -> (answers: Answers, item: AnswerPath) {
        guard let field = field(at: path), field.type == .list else { throw .unknownField(path.description) }
        var items: [Answers] = []
        if case .items(let existing)? = answers.value(at: path) { items = existing }
        guard items.count < InputLimits.listItems else { throw .path(.tooManyItems(path: path.item(items.count + 1).description, limit: InputLimits.listItems)) }
        return (try storing(.items(items + [[:]]), at: path, in: answers), path.item(items.count + 1))
    }

    /// These answers with the item at `path` removed from its list.
    public func removingItem(at path: AnswerPath, in answers: Answers) throws(AnswerError) -> Answers {
        guard field(at: path)?.type == .list, path.segments.last?.index != nil else { throw .unknownField(path.description) }
        return try storing(nil, at: path, in: answers)
    }

    /// These answers without the answer at `path`.
    public func removingAnswer(at path: AnswerPath, in answers: Answers) throws(AnswerError) -> Answers {
        guard field(at: path) != nil else { throw .unknownField(path.description) }
        if answers.value(at: path) == nil, path.segments.last?.index == nil { return answers }
        return try storing(nil, at: path, in: answers)
    }

    /// The field as it is asked at `path`: a field whose format depends on a sibling choice
    /// (`de_identifiers[1].value` on `kind`) takes the format of the code chosen there.
    public func effectiveField(_ field: Field, at path: AnswerPath, in answers: Answers) -> Field {
        guard let selector = field.formatBy, !path.segments.isEmpty else { return field }
        var sibling = path
        sibling.segments[sibling.segments.count - 1] = AnswerPath.Segment(selector.field)
        guard case .text(let code)? = answers.value(at: sibling), let format = selector.formats[code] else { return field }
        var effective = field
        effective.type = .value(format)
        return effective
    }

    /// The field an answer path leads to, checking that item numbers sit on lists.
    public func field(at path: AnswerPath) -> Field? {
        guard let first = path.segments.first, var field = questionnaire.field(first.id)?.field else { return nil }
        guard first.index == nil || field.type == .list else { return nil }
        for segment in path.segments.dropFirst() {
            guard field.type.isContainer, let child = field.child(segment.id) else { return nil }
            guard segment.index == nil || child.type == .list else { return nil }
            field = child
        }
        return field
    }

    // MARK: - Helpers

    private func parse(_ input: String, as format: ValueFormat) throws(AnswerError) -> String {
        do {
            return try ValueParser.canonical(input, as: format)
        } catch {
            throw .invalid(error)
        }
    }

    private func code(from input: String, for field: Field) throws(AnswerError) -> String {
        let offered = offeredChoices(for: field)
        if let number = Int(input), offered.indices.contains(number - 1) { return offered[number - 1].code }
        if let choice = offered.first(where: { $0.code == input.lowercased() }) { return choice.code }
        throw .unknownChoice(input, offered: offered.map(\.code))
    }

    private func storing(_ value: AnswerValue?, at path: AnswerPath, in answers: Answers) throws(AnswerError) -> Answers {
        do {
            return try answers.setting(value, at: path)
        } catch {
            throw .path(error)
        }
    }
}

/// Why a typed answer was not stored.
public enum AnswerError: Error, Equatable, Sendable {
    case invalid(ValueError)
    case unknownChoice(String, offered: [String])
    case unknownField(String)
    case notAValueField(String)
    case notKnownRefused(String)
    case path(PathError)
}
