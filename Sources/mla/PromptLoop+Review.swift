import Foundation
import MLAKit

/// Finding one's way: sections announced and summed up, the review table, `:goto`, and the
/// items of a list shown, edited and removed by number.
extension PromptLoop {
    /// A section's title and introduction when the walk enters it, after a summary of what is
    /// still missing in the section it leaves.
    mutating func announceSection(of question: Question, among questions: [Question]) {
        guard question.section.id != lastSection else { return }
        let sections = engine.questionnaire.sections.map(\.id)
        if let last = lastSection, let from = sections.firstIndex(of: last), let to = sections.firstIndex(of: question.section.id), from < to {
            prompt(sectionSummary(last, among: questions) + "\n")
        }
        lastSection = question.section.id
        var lines = ["", bold("== " + text("sections.\(question.section.id).title") + " ==")]
        if let intro = text.optional("sections.\(question.section.id).intro") { lines.append(intro) }
        prompt(lines.joined(separator: "\n") + "\n")
    }

    /// What a section still lacks: its required and expected questions without an answer.
    func sectionSummary(_ section: FieldID, among questions: [Question]) -> String {
        let title = text("sections.\(section).title")
        let open = questions.filter { $0.section.id == section && $0.level != .may && !engine.isAnswered($0, in: draft.answers) }
        guard !open.isEmpty else { return text("session.section_done", ["section": title]) }
        var lines = [text("session.section_missing", ["section": title, "count": String(open.count)])]
        for question in open {
            let label = text("\(engine.questionnaire.textKey(for: question.path.schemaPath)).label")
            lines.append("  - \(label) (\(question.path)) [\(text("levels.\(question.level.rawValue)"))]")
        }
        return lines.joined(separator: "\n")
    }

    // MARK: - Review

    /// `:review`: every question with its status and answer, numbered; then a number or a field
    /// to go to, or Enter to come back.
    mutating func review() throws(MLAError) -> ExitCode? {
        let questions = engine.questions(for: draft.answers)
        // The table is laid out to the terminal's width already: wrapping would break its columns.
        if terminal.isInteractive { terminal.write(reviewTable(questions) + "\n") }
        prompt(text("session.review_jump") + "\n> ")
        forceAsk = true
        switch terminal.readLine() {
        case .end: return finish(ended: true)
        case .interrupted: return interrupted()
        case .input(let line):
            let target = line.trimmingCharacters(in: .whitespaces)
            if target.isEmpty { return nil }
            if let number = Int(target) {
                guard questions.indices.contains(number - 1) else {
                    warn(text("session.no_such_number", ["number": target, "count": String(questions.count)]))
                    return nil
                }
                index = number - 1
            } else {
                goto(target)
            }
        }
        return nil
    }

    /// The review table: every question numbered across the whole request, in columns aligned
    /// throughout, under the title of its section.
    func reviewTable(_ questions: [Question]) -> String {
        let sheet = AnswerSheet(text: text, engine: engine)
        var rows = [["#", text("session.review_columns.question"), text("session.review_columns.status"),
                     text("session.review_columns.field"), text("session.review_columns.answer")]]
        var headings: [Int: String] = [:]
        var section: FieldID?
        for (offset, question) in questions.enumerated() {
            if question.section.id != section {
                section = question.section.id
                headings[rows.count] = "== " + text("sections.\(question.section.id).title") + " =="
            }
            let label = clipped(text("\(engine.questionnaire.textKey(for: question.path.schemaPath)).label"), to: 36)
            var answer = ""
            if question.kind == .addItem || engine.isAnswered(question, in: draft.answers) {
                answer = sheet.display(question, in: draft)
                if case .text(let code)? = draft.answers.value(at: question.path), case .value(let format) = question.field.type, format.catalogue != nil {
                    answer = wording.display(.text(code), question: question)
                }
            }
            rows.append([String(offset + 1), label, status(of: question), question.path.description, answer])
        }
        // The answers take what the other columns leave of the width; the field names (for
        // `:goto`) are shown only where there is room for them as well.
        let widths = (0..<5).map { column in rows.map { TerminalText.width($0[column]) }.max() ?? 0 }
        let withoutField = widths[0] + widths[1] + widths[2] + 2 + 3 * 2
        if terminal.width - withoutField - widths[3] - 2 < 24 {
            for row in rows.indices { rows[row].remove(at: 3) }
        }
        let fixed = rows[0].count == 5 ? withoutField + widths[3] + 2 : withoutField
        for row in rows.indices { rows[row][rows[row].count - 1] = clipped(rows[row][rows[row].count - 1], to: max(12, terminal.width - fixed)) }
        var lines: [String] = []
        for (number, line) in Table.write(rows).split(separator: "\n").enumerated() {
            if let heading = headings[number] { lines.append(heading) }
            lines.append(clipped("  " + line, to: max(terminal.width, 40)))
        }
        return lines.joined(separator: "\n")
    }

    /// `answered`, `missing` (required), `open`, `skipped` or `not needed` (an optional group
    /// not opened).
    func status(of question: Question) -> String {
        if engine.isAnswered(question, in: draft.answers) { return text("session.status.answered") }
        if draft.skipped.contains(question.path.description) { return text("session.status.skipped") }
        switch question.level {
        case .must: return text("session.status.missing")
        case .should: return text("session.status.expected")
        case .may: return text("session.status.open")
        }
    }

    /// `:goto FIELD`: the question at that path, or the first one under it.
    mutating func goto(_ target: String) {
        forceAsk = true
        guard let path = AnswerPath(parsing: target), engine.field(at: path) != nil else {
            warn(text("session.goto_unknown", ["field": TerminalText.neutralised(target)]))
            return
        }
        let questions = engine.questions(for: draft.answers)
        let prefix = path.description
        let found = questions.firstIndex { $0.path == path && $0.kind == .value }
            ?? questions.firstIndex { $0.path == path }
            ?? questions.firstIndex { $0.path.description.hasPrefix(prefix + ".") || $0.path.description.hasPrefix(prefix + "[") }
        guard let found else {
            warn(text("session.goto_not_asked", ["field": prefix]))
            return
        }
        index = found
    }

    // MARK: - Lists

    /// The items of a list so far, one row each: number and the first answers of the item.
    func itemTable(for list: Question) -> String {
        guard case .items(let items)? = draft.answers.value(at: list.path) else { return "" }
        var rows: [[String]] = []
        for (offset, item) in items.enumerated() {
            let summary = summaryValues(item, fields: list.field.fields, under: Self.item(offset + 1, of: list.path))
            rows.append(["\(offset + 1).", clipped(summary.prefix(3).joined(separator: " · "), to: max(30, terminal.width - 8))])
        }
        return Table.write(rows).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
    }

    /// The answers of an item in field order, as shown to the drafter.
    private func summaryValues(_ answers: Answers, fields: [Field], under path: AnswerPath) -> [String] {
        var values: [String] = []
        for field in fields {
            let childPath = path.appending(field.id)
            switch answers[field.id] {
            case .group(let inner)?:
                values += summaryValues(inner, fields: field.fields, under: childPath)
            case .items?, nil:
                continue
            case let value?:
                let shown = wording.display(value, question: Question(kind: .value, path: childPath, field: field, section: engine.questionnaire.sections[0], level: .may))
                if !shown.isEmpty { values.append(shown) }
            }
        }
        return values
    }

    enum ItemChange {
        case edit
        case remove
    }

    /// `:edit N` goes through item N again, then back to the list; `:remove N` removes it.
    mutating func changeItem(_ change: ItemChange, _ argument: String, at question: Question) throws(MLAError) {
        forceAsk = true
        guard question.kind == .addItem, question.itemCount > 0 else {
            warn(text("session.not_a_list_question"))
            return
        }
        guard let number = Int(argument), (1...question.itemCount).contains(number) else {
            warn(text("session.no_such_item", ["number": TerminalText.neutralised(argument), "count": String(question.itemCount)]))
            return
        }
        let item = Self.item(number, of: question.path)
        switch change {
        case .edit:
            revisiting = (item, question.path)
            let questions = engine.questions(for: draft.answers)
            if let first = questions.firstIndex(where: { $0.path.description.hasPrefix(item.description + ".") }) { index = first }
        case .remove:
            draft.answers = try answer { () throws(AnswerError) in try engine.removingItem(at: item, in: draft.answers) }
            try save()
            prompt(text("session.item_removed", ["number": String(number)]) + "\n")
            jump(to: question.path, kind: .addItem)
        }
    }

    /// The path of item `number` of the list at `list`: `persons[2]`.
    static func item(_ number: Int, of list: AnswerPath) -> AnswerPath {
        var path = list
        path.segments[path.segments.count - 1].index = number
        return path
    }

    /// A cell cut to `width` columns with an ellipsis.
    func clipped(_ cell: String, to width: Int) -> String {
        guard TerminalText.width(cell) > width else { return cell }
        var result = ""
        for character in cell {
            if TerminalText.width(result + String(character)) > width - 1 { break }
            result.append(character)
        }
        return result + "…"
    }
}
