import MLAKit

/// How a question is put to the drafter: label, level, hint, expected form, choices, current answer.
struct QuestionText {
    let text: Localizer
    let engine: Engine

    func describe(_ question: Question, in draft: Draft) -> String {
        let key = engine.questionnaire.textKey(for: question.path.schemaPath)
        let label = text("\(key).label")
        var lines: [String] = []
        switch question.kind {
        case .addItem:
            let item = text.optional("\(key).item") ?? label
            let prompt = question.itemCount == 0 ? "session.add_first" : "session.add_another"
            lines.append(text(prompt, ["item": item, "list": label, "count": String(question.itemCount)]))
            if question.field.acceptsNotKnown && question.itemCount == 0 { lines.append("  " + text("session.not_known_allowed")) }
            return lines.joined(separator: "\n") + "\n> "
        case .openGroup:
            return text("session.open_group", ["group": label]) + "\n> "
        case .value:
            break
        }
        var heading = "\(label) [\(text("levels.\(question.level.rawValue)"))]"
        if let item = question.path.segments.last(where: { $0.index != nil }) ?? question.path.segments.first(where: { $0.index != nil }), let number = item.index {
            heading += "  (\(text("\(engine.questionnaire.textKey(for: SchemaPath([item.id]))).item")) \(number))"
        }
        lines.append(heading)
        if let hint = text.optional("\(key).hint") { lines.append("  " + hint) }
        switch engine.effectiveField(question.field, at: question.path, in: draft.answers).type {
        case .value(.multiline):
            lines.append("  " + text("session.multiline"))
        case .value(let format) where format != .text:
            lines.append("  " + text("session.expected", ["form": text("forms.\(format.rawValue)")]))
        case .choice, .multichoice:
            for (index, choice) in engine.offeredChoices(for: question.field).enumerated() {
                lines.append("    \(index + 1). \(text("\(key).choices.\(choice.code)"))  (\(choice.code))")
            }
            if question.field.type == .multichoice { lines.append("  " + text("session.several")) }
        case .value, .list, .group:
            break
        }
        if question.field.acceptsNotKnown { lines.append("  " + text("session.not_known_allowed")) }
        if let value = draft.answers.value(at: question.path) {
            lines.append("  " + text("session.current", ["value": AnswerSheet(text: text, engine: engine).display(value, field: question.field, path: question.path)]))
        }
        return lines.joined(separator: "\n") + "\n> "
    }

    /// The `?` screen: why the question is asked and its legal source.
    func help(for question: Question) -> String {
        let key = engine.questionnaire.textKey(for: question.path.schemaPath)
        var lines: [String] = []
        if let help = text.optional("\(key).help") { lines.append(help) }
        var ids = question.path.schemaPath.ids
        var citations = question.field.legalBasis
        while citations.isEmpty && ids.count > 1 {
            ids.removeLast()
            citations = engine.questionnaire.field(at: SchemaPath(ids))?.legalBasis ?? []
        }
        if !citations.isEmpty {
            lines.append(text("session.legal_basis", ["citations": citations.map(\.text).joined(separator: "; ")]))
        }
        lines.append(text("session.level_explained.\(question.level.rawValue)"))
        lines.append(text("session.commands"))
        return lines.joined(separator: "\n")
    }
}
