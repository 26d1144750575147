/// The answers that count for the document.
extension Engine {
    /// The answers to questions that apply, without those set aside by a condition that no
    /// longer holds. The draft keeps the others; the document and the checks ignore them.
    ///
    /// Walks the questionnaire and the answers together, as ``questions(for:)`` does, so the
    /// cost grows with the number of answers, not with its square.
    public func relevantAnswers(_ answers: Answers) -> Answers {
        let context = EvaluationContext(root: answers)
        var result: Answers = [:]
        for section in questionnaire.sections where section.askIf?.holds(in: context) ?? true {
            for field in section.fields {
                result[field.id] = relevant(answers[field.id], of: field, at: SchemaPath([field.id]), in: context)
            }
        }
        return result
    }

    /// The part of a field's answer that applies: values of fields whose condition holds, groups
    /// and list items that keep at least one of them, and "not known" for a list.
    private func relevant(_ value: AnswerValue?, of field: Field, at path: SchemaPath, in context: EvaluationContext) -> AnswerValue? {
        guard let value, field.askIf?.holds(in: context) ?? true else { return nil }
        switch field.type {
        case .value, .choice, .multichoice:
            return value
        case .group:
            guard case .group(let inner) = value else { return nil }
            let kept = relevant(inner, of: field.fields, at: path, in: context)
            return kept.isEmpty ? nil : .group(kept)
        case .list:
            if value == .notKnown { return .notKnown }
            guard case .items(let items) = value else { return nil }
            var kept: [Answers] = []
            kept.reserveCapacity(items.count)
            for item in items {
                let answers = relevant(item, of: field.fields, at: path, in: context.entering(path, item: item))
                // An item with nothing that applies ends the list: the items after it are not
                // moved up into its number.
                if answers.isEmpty { break }
                kept.append(answers)
            }
            return kept.isEmpty ? nil : .items(kept)
        }
    }

    private func relevant(_ answers: Answers, of fields: [Field], at path: SchemaPath, in context: EvaluationContext) -> Answers {
        var kept: Answers = [:]
        for field in fields {
            kept[field.id] = relevant(answers[field.id], of: field, at: path.appending(field.id), in: context)
        }
        return kept
    }
}
