import MLAKit

/// How a question is put to the drafter: where it stands, label, level, hint, expected form,
/// choices, the current or proposed answer; and the `?` screen.
struct QuestionText {
    let text: Localizer
    let engine: Engine

    /// `Persons concerned · question 12 of 40 · 30%`.
    func progress(_ question: Question, number: Int, of total: Int) -> String {
        let percent = total == 0 ? 100 : number * 100 / total
        return text("session.progress", ["section": text("sections.\(question.section.id).title"), "number": String(number),
                                         "total": String(total), "percent": String(percent)])
    }

    /// The question's lines, without the prompt. Choices are listed unless `menu` shows them.
    func describe(_ question: Question, in draft: Draft, proposal: ProposedAnswer?, menu: Bool = false) -> String {
        let key = engine.questionnaire.textKey(for: question.path.schemaPath)
        let label = text("\(key).label")
        var lines: [String] = []
        switch question.kind {
        case .addItem:
            let item = text.optional("\(key).item") ?? label
            let prompt = question.itemCount == 0 ? "session.add_first" : "session.add_another"
            lines.append(text(prompt, ["item": item, "list": label, "count": String(question.itemCount)]))
            if question.itemCount > 0 { lines.append("  " + text("session.list_commands")) }
            if question.field.acceptsNotKnown && question.itemCount == 0 { lines.append("  " + text("session.not_known_allowed")) }
            return lines.joined(separator: "\n")
        case .openGroup:
            return text("session.open_group", ["group": label])
        case .value:
            break
        }
        var heading = "\(label) [\(text("levels.\(question.level.rawValue)"))]"
        if let item = question.path.segments.last(where: { $0.index != nil }) ?? question.path.segments.first(where: { $0.index != nil }), let number = item.index {
            heading += "  (\(text("\(engine.questionnaire.textKey(for: SchemaPath([item.id]))).item")) \(number))"
        }
        lines.append(heading)
        if let hint = text.optional("\(key).hint") { lines.append("  " + hint) }
        let field = engine.effectiveField(question.field, at: question.path, in: draft.answers)
        switch field.type {
        case .value(.multiline):
            lines.append("  " + text("session.multiline"))
        case .value(let format) where format != .text:
            lines.append("  " + text("session.expected", ["form": text("forms.\(format.rawValue)")]))
            if let kind = format.catalogue {
                let example = NameCatalogue(kind, interfaceLanguage: text.language).matches(kind.example.query).first
                lines.append("  " + text("session.type_ahead", ["typed": kind.example.typed, "name": example?.name ?? kind.example.code,
                                                                 "code": example?.code ?? kind.example.code]))
            }
        case .choice, .multichoice:
            if !menu {
                for (index, choice) in engine.offeredChoices(for: question.field).enumerated() {
                    lines.append("    \(index + 1). \(text("\(key).choices.\(choice.code)"))  (\(choice.code))")
                }
            }
            if question.field.type == .multichoice { lines.append("  " + text(menu ? "session.several_menu" : "session.several")) }
        case .value, .list, .group:
            break
        }
        if question.field.acceptsNotKnown { lines.append("  " + text("session.not_known_allowed")) }
        if let value = draft.answers.value(at: question.path) {
            lines.append("  " + text("session.current", ["value": display(value, question: question)]))
        } else if let proposal {
            lines.append("  " + text("session.proposed", ["value": display(.text(proposal.value), question: question),
                                                           "source": source(of: proposal)]))
        }
        return lines.joined(separator: "\n")
    }

    /// An answer as the drafter reads it: choices by label, countries by name with their code,
    /// control characters made visible.
    func display(_ value: AnswerValue, question: Question) -> String {
        if case .text(let code) = value, case .value(let format) = question.field.type, let kind = format.catalogue, kind != .currency,
           let name = NameCatalogue(kind, interfaceLanguage: text.language).name(of: code) {
            return "\(name) (\(code))"
        }
        return AnswerSheet(text: text, engine: engine).display(value, field: question.field, path: question.path)
    }

    /// The `?` screen: what the question is for, why it is required and where that is written,
    /// and what happens if it is left out.
    func help(for question: Question) -> String {
        let key = engine.questionnaire.textKey(for: question.path.schemaPath)
        var lines: [String] = [text("session.help_title", ["label": text("\(key).label")])]
        if let help = text.optional("\(key).help") { lines.append(help) }
        var ids = question.path.schemaPath.ids
        var field = question.field
        while field.legalBasis.isEmpty && ids.count > 1 {
            ids.removeLast()
            guard let parent = engine.questionnaire.field(at: SchemaPath(ids)) else { break }
            field = parent
        }
        if !field.legalBasis.isEmpty {
            var citations = field.legalBasis.map(\.text).joined(separator: "; ")
            if let rule = field.rule { citations += " · " + text("session.rule", ["rule": rule]) }
            lines.append(text("session.legal_basis", ["citations": citations]))
        }
        lines.append(text("session.if_left_out", ["consequence": text("session.level_explained.\(question.level.rawValue)")]))
        lines.append(text("session.commands"))
        return lines.joined(separator: "\n")
    }

    /// Where a proposed answer comes from, in words.
    func source(of proposal: ProposedAnswer) -> String {
        switch proposal.source {
        case .today:
            return text("session.source_today")
        case .answer(let path):
            return text("session.source_answer", ["field": text("\(engine.questionnaire.textKey(for: path.schemaPath)).label")])
        case .authorityDirectory:
            return text("session.source_directory")
        case .stateProfiles:
            return text("session.source_profiles")
        }
    }
}

extension ValueFormat {
    /// The names a code of this format can be found by, for type-ahead.
    var catalogue: NameCatalogue.Kind? {
        switch self {
        case .country: .country
        case .language: .language
        case .money: .currency
        default: nil
        }
    }
}

extension NameCatalogue.Kind {
    /// What to type to find what, as the hint shows it: `ger` finds Germany.
    var example: (typed: String, query: String, code: String) {
        switch self {
        case .country: ("ger", "ger", "DE")
        case .language: ("port", "port", "pt")
        case .currency: ("100 euro", "euro", "EUR")
        }
    }
}
