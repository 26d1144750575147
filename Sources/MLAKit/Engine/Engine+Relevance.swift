/// The answers that count for the document.
extension Engine {
    /// The answers to questions that apply, without those set aside by a condition that no
    /// longer holds. The draft keeps the others; the document and the checks ignore them.
    ///
    /// Walks the questionnaire and the answers together, as ``questions(for:)`` does, so the
    /// cost grows with the number of answers, not with its square; groups and list items that
    /// apply whole are shared with the draft rather than copied.
    public func relevantAnswers(_ answers: Answers) -> Answers {
        let context = EvaluationContext(root: answers)
        var result: Answers = [:]
        for (section, places) in zip(questionnaire.sections, places) where section.askIf?.holds(in: context) ?? true {
            for place in places {
                let id = place.field.id
                guard let value = answers[id] else { continue }
                switch relevant(value, of: place, under: nil, in: context) {
                case .whole: result[id] = value
                case .part(let kept): result[id] = kept
                case .nothing: break
                }
            }
        }
        return result
    }

    /// The part of a field's answer that applies: values of fields whose condition holds, groups
    /// and list items that keep at least one of them, and "not known" for a list.
    private func relevant(_ value: AnswerValue, of place: FieldPlace, under parent: SchemaPath?, in context: EvaluationContext) -> Relevant<AnswerValue> {
        guard place.field.askIf?.holds(in: context) ?? true else { return .nothing }
        switch place.field.type {
        case .value, .choice, .multichoice:
            return .whole
        case .group:
            guard case .group(let inner) = value else { return .nothing }
            let path = parent?.appending(place.field.id) ?? SchemaPath([place.field.id])
            switch relevant(inner, of: place.children, at: path, in: context) {
            case .whole: return .whole
            case .part(let kept): return .part(.group(kept))
            case .nothing: return .nothing
            }
        case .list:
            if value == .notKnown { return .whole }
            guard case .items(let items) = value else { return .nothing }
            let path = parent?.appending(place.field.id) ?? SchemaPath([place.field.id])
            // Nil while every item so far applies whole.
            var kept: [Answers]?
            for (offset, item) in items.enumerated() {
                switch relevant(item, of: place.children, at: path, in: context.entering(path, item: item)) {
                case .whole:
                    kept?.append(item)
                    continue
                case .part(let answers):
                    if kept == nil { kept = Array(items[..<offset]) }
                    kept?.append(answers)
                    continue
                case .nothing:
                    // An item with nothing that applies ends the list: the items after it are
                    // not moved up into its number.
                    if kept == nil { kept = Array(items[..<offset]) }
                }
                break
            }
            guard let kept else { return .whole }
            return kept.isEmpty ? .nothing : .part(.items(kept))
        }
    }

    /// The answers of a group or list item that apply.
    private func relevant(_ answers: Answers, of places: [FieldPlace], at path: SchemaPath, in context: EvaluationContext) -> Relevant<Answers> {
        // Nil while every answer so far applies whole.
        var kept: Answers?
        var known = 0
        for place in places {
            guard let value = answers[place.field.id] else { continue }
            known += 1
            switch relevant(value, of: place, under: path, in: context) {
            case .whole:
                continue
            case .part(let part):
                if kept == nil { kept = answers }
                kept?[place.field.id] = part
            case .nothing:
                if kept == nil { kept = answers }
                kept?[place.field.id] = nil
            }
        }
        if known < answers.count {
            // Answers under ids that are no field here do not apply.
            kept = (kept ?? answers).filter { entry in places.contains { $0.field.id == entry.key } }
        }
        guard let kept else { return answers.isEmpty ? .nothing : .whole }
        return kept.isEmpty ? .nothing : .part(kept)
    }
}

/// What applies of an answer: all of it, a part, or nothing.
private enum Relevant<Value> {
    case whole
    case part(Value)
    case nothing
}
