/// The answers of a draft, section by section, as `mla show` and `:review` print them.
///
/// Answers are shown in stored form (codes shown by their label), with control characters made
/// visible so that nothing typed can move the cursor or recolour the terminal.
public struct AnswerSheet: Sendable {
    let text: Localizer
    let engine: Engine

    public init(text: Localizer, engine: Engine) {
        self.text = text
        self.engine = engine
    }

    public func write(_ draft: Draft) -> String {
        var lines = [
            text("show.types", ["types": draft.types.map { text("types.\($0.rawValue).name") }.joined(separator: ", ")]),
            text("show.languages", ["document": draft.documentLanguage, "interface": draft.interfaceLanguage]),
            text("show.status", ["status": draft.statusHistory.last.map { text.optional("statuses.\($0.status.rawValue)") ?? $0.status.rawValue } ?? "",
                                 "date": draft.updatedAt]),
        ]
        var section: FieldID?
        for question in engine.questions(for: draft.answers) {
            if question.section.id != section {
                section = question.section.id
                lines.append("")
                lines.append("== " + text("sections.\(question.section.id).title") + " ==")
            }
            let label = text("\(engine.questionnaire.textKey(for: question.path.schemaPath)).label")
            lines.append("  \(question.path)  \(label): " + display(question, in: draft))
        }
        let relevant = engine.relevantAnswers(draft.answers)
        let setAside = draft.answers.keys.filter { relevant[$0] == nil }.sorted()
        if !setAside.isEmpty {
            lines.append("")
            lines.append(text("show.set_aside", ["fields": setAside.map(\.rawValue).joined(separator: ", ")]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One answer in the interface language, or the state of an unanswered question.
    public func display(_ question: Question, in draft: Draft) -> String {
        let value = draft.answers.value(at: question.path)
        switch question.kind {
        case .addItem:
            if value == .notKnown { return text("show.not_known") }
            return text("show.items", ["count": String(question.itemCount)])
        case .openGroup:
            return text("show.not_given")
        case .value:
            guard let value else {
                return draft.skipped.contains(question.path.description) ? text("show.skipped") : text("show.unanswered")
            }
            return display(value, field: question.field, path: question.path)
        }
    }

    public func display(_ value: AnswerValue, field: Field, path: AnswerPath) -> String {
        let key = engine.questionnaire.textKey(for: path.schemaPath)
        switch value {
        case .notKnown: return text("show.not_known")
        case .boolean(let bool): return text(bool ? "show.yes" : "show.no")
        case .integer(let number): return String(number)
        case .codes(let codes): return codes.map { text("\(key).choices.\($0)") }.joined(separator: ", ")
        case .text(let string):
            if field.type == .choice { return text("\(key).choices.\(string)") }
            return Self.visible(string)
        case .group, .items: return ""
        }
    }

    /// Text with control characters shown as `^X` or `\u{...}`, one line.
    static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: result += " ⏎ "
            case 0x00..<0x20: result += "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
            case 0x7F: result += "^?"
            case 0x80..<0xA0, 0x202A...0x202E, 0x2066...0x2069: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
