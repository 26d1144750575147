import Foundation

/// Filling a template from a draft's answers.
extension Template {
    /// The document for these answers. Only answers to questions that apply are used; answers
    /// set aside by a condition that no longer holds do not appear.
    func render(_ answers: Answers, questionnaire: Questionnaire, terms: DocumentTerms, incompleteMark: String?,
                translation: DocumentTranslation? = nil) -> Document {
        var renderer = Renderer(questionnaire: questionnaire, formatter: ValueFormatter(terms: terms), terms: terms, translation: translation)
        if let incompleteMark { renderer.blocks.append(.incompleteMark(incompleteMark)) }
        renderer.render(nodes, scope: Scope(root: answers))
        renderer.flushGroups()
        let rtl = Locale.Language(identifier: terms.language).characterDirection == .rightToLeft
        return Document(language: terms.language, rightToLeft: rtl, blocks: renderer.blocks)
    }
}

/// The answers visible at a point of the template: the root, and the items of `{{#each}}` blocks.
struct Scope {
    var root: Answers
    var items: [(list: SchemaPath, number: Int, answers: Answers)] = []

    /// The answer a template path names, and the field's full schema path.
    func lookup(_ path: SchemaPath) -> (value: AnswerValue?, schema: SchemaPath) {
        for item in items.reversed() {
            let prefixed = path.hasPrefix(item.list) && path.ids.count > item.list.ids.count
            let relative = prefixed ? Array(path.ids.dropFirst(item.list.ids.count)) : path.ids
            if prefixed || item.answers[relative[0]] != nil {
                return (Self.value(in: item.answers, at: relative), SchemaPath(item.list.ids + relative))
            }
        }
        return (Self.value(in: root, at: path.ids), path)
    }

    /// The answer path of a full schema path at this point: `offences[2].name` inside the
    /// second item of `{{#each offences}}`.
    func answerPath(for schema: SchemaPath) -> AnswerPath {
        AnswerPath(schema.ids.indices.map { index in
            let prefix = SchemaPath(Array(schema.ids[...index]))
            return AnswerPath.Segment(schema.ids[index], index: items.last { $0.list == prefix }?.number)
        })
    }

    private static func value(in answers: Answers, at ids: [FieldID]) -> AnswerValue? {
        guard let first = ids.first, let value = answers[first] else { return nil }
        if ids.count == 1 { return value }
        guard case .group(let inner) = value else { return nil }
        return Self.value(in: inner, at: Array(ids.dropFirst()))
    }
}

/// A field the template names and the key of its terms, shared by reference: a field is large
/// to copy for every value written.
private final class FieldTerms {
    let field: Field
    let termKey: String

    init(field: Field, termKey: String) {
        self.field = field
        self.termKey = termKey
    }
}

private struct Renderer {
    let questionnaire: Questionnaire
    let formatter: ValueFormatter
    let terms: DocumentTerms
    let translation: DocumentTranslation?
    var blocks: [Document.Block] = []
    var headingNumber = 0
    var paragraphNumber = 0

    /// List items and table rows gathered until a block of another kind ends them, so that rows
    /// inside `{{#if}}` blocks still form one table.
    var pendingList: [[Document.Span]] = []
    var pendingTable: [[[Document.Span]]] = []

    /// The field at each schema path the template names, and the key of its terms, found once:
    /// looking them up in the questionnaire for every value made long lists slow to render.
    var fields: [SchemaPath: FieldTerms] = [:]

    mutating func flushGroups() {
        if !pendingList.isEmpty { blocks.append(.list(pendingList)); pendingList = [] }
        if !pendingTable.isEmpty { blocks.append(.table(pendingTable)); pendingTable = [] }
    }

    mutating func render(_ nodes: [Template.Node], scope: Scope) {
        for node in nodes {
            switch node {
            case .bullet(let inlines):
                if !pendingTable.isEmpty { flushGroups() }
                pendingList.append(spans(inlines, scope: scope))
            case .row(let cells):
                if !pendingList.isEmpty { flushGroups() }
                var row: [[Document.Span]] = []
                for cell in cells { row.append(spans(cell, scope: scope, blankIfMissing: true)) }
                // A row whose answers are all empty is left out.
                let hasAnswers = row.contains { $0.contains { if case .answer = $0 { true } else { false } } }
                let answered = row.contains { $0.contains { if case .answer(let text) = $0 { !text.isEmpty } else { false } } }
                if !hasAnswers || answered { pendingTable.append(row) }
            case .title(let inlines):
                flushGroups()
                blocks.append(.title(spans(inlines, scope: scope)))
            case .heading(let inlines):
                flushGroups()
                headingNumber += 1
                paragraphNumber = 0
                blocks.append(.heading(number: "\(headingNumber)", spans(inlines, scope: scope)))
            case .paragraph(let inlines, let numbered):
                flushGroups()
                for paragraph in paragraphs(inlines, scope: scope) {
                    var number: String?
                    if numbered {
                        paragraphNumber += 1
                        number = headingNumber > 0 ? "\(headingNumber).\(paragraphNumber)" : "\(paragraphNumber)"
                    }
                    blocks.append(.paragraph(number: number, paragraph))
                }
            case .conditional(let test, let then, let otherwise):
                render(holds(test, scope: scope) ? then : otherwise, scope: scope)
            case .each(let path, let body):
                let (value, schema) = scope.lookup(path)
                guard case .items(let items)? = value else { continue }
                for (offset, item) in items.enumerated() {
                    var inner = scope
                    inner.items.append((schema, offset + 1, item))
                    render(body, scope: inner)
                }
            case .include:
                // Parts are resolved when the template is loaded.
                break
            }
        }
    }

    /// A paragraph made only of one multiline answer becomes one paragraph per paragraph of the answer.
    private mutating func paragraphs(_ inlines: [Template.Inline], scope: Scope) -> [[Document.Span]] {
        let spans = spans(inlines, scope: scope)
        if spans.count == 1, case .answer(let text) = spans[0] {
            let parts = text.paragraphs
            if parts.count > 1 { return parts.map { [.answer($0)] } }
        }
        // An untranslated answer keeps its paragraphs too, so that two languages side by side
        // stay aligned; the note stands before the first.
        if spans.count == 1, case .untranslated(let note, let text, let language) = spans[0] {
            let parts = text.paragraphs
            if parts.count > 1 {
                return parts.enumerated().map { index, piece in
                    [.untranslated(note: index == 0 ? note : "", original: piece, language: language)]
                }
            }
        }
        return [spans]
    }

    private mutating func spans(_ inlines: [Template.Inline], scope: Scope, blankIfMissing: Bool = false) -> [Document.Span] {
        var spans: [Document.Span] = []
        spans.reserveCapacity(inlines.count)
        for inline in inlines {
            switch inline {
            case .text(let text): spans.append(.text(text))
            case .term(let key): spans.append(.text(terms.term(key) ?? key))
            case .itemNumber: spans.append(.text(String(scope.items.last?.number ?? 0)))
            case .value(let path):
                spans.append(untranslated(path, scope: scope)
                    ?? .answer(formatted(path, scope: scope) ?? (blankIfMissing ? "" : terms.term("missing") ?? "[…]")))
            case .zoned(let path, let zonePath):
                spans.append(.answer(zoned(path, zone: zonePath, scope: scope)
                    ?? formatted(path, scope: scope) ?? (blankIfMissing ? "" : terms.term("missing") ?? "[…]")))
            }
        }
        return spans
    }

    /// A free-text answer in the drafter's language that has no current translation into the
    /// document language; nil when the answer needs none or has one.
    private mutating func untranslated(_ path: SchemaPath, scope: Scope) -> Document.Span? {
        guard let translation, case (.text(let text)?, let schema) = scope.lookup(path),
              field(at: schema)?.field.isTranslatable == true,
              translation.texts[scope.answerPath(for: schema).description]?.source != text else { return nil }
        let language = formatter.languageName(translation.sourceLanguage)
        return .untranslated(note: Localizer.fill(terms.term("awaiting_translation") ?? "{language}", ["language": language]),
                             original: text, language: translation.sourceLanguage)
    }

    /// An answer in the words of the document language, or nil when there is none.
    private mutating func formatted(_ path: SchemaPath, scope: Scope) -> String? {
        let (value, schema) = scope.lookup(path)
        if let translation, case .text(let text)? = value,
           let translated = translation.texts[scope.answerPath(for: schema).description], translated.source == text {
            return translated.text
        }
        guard let value, let found = field(at: schema) else { return nil }
        return formatter.format(value, type: found.field.type, termKey: found.termKey)
    }

    /// The field at a schema path and the key of its terms (`persons.role`, without the
    /// `fields.` of its strings).
    private mutating func field(at schema: SchemaPath) -> FieldTerms? {
        if let known = fields[schema] { return known }
        guard let field = questionnaire.field(at: schema) else { return nil }
        let textKey = questionnaire.textKey(for: schema)
        let found = FieldTerms(field: field, termKey: String(textKey.utf8.firstIndex(of: UInt8(ascii: ".")).map { textKey[textKey.index(after: $0)...] } ?? ""))
        fields[schema] = found
        return found
    }

    /// A datetime answer in the time zone named by another answer, or nil when either is missing.
    private func zoned(_ path: SchemaPath, zone zonePath: SchemaPath, scope: Scope) -> String? {
        guard case .text(let text)? = scope.lookup(path).value,
              case .text(let zone)? = scope.lookup(zonePath).value else { return nil }
        return formatter.datetime(text, inZone: zone)
    }

    private func holds(_ test: Template.Test, scope: Scope) -> Bool {
        switch test {
        case .answered(let path):
            guard let value = scope.lookup(path).value else { return false }
            return !value.isEmpty
        case .has(let path, let code):
            return scope.lookup(path).value?.conditionCodes.contains(code) ?? false
        case .not(let inner):
            return !holds(inner, scope: scope)
        }
    }
}

private extension String {
    /// The text split at each blank line (`\n\n`). A line feed is always a character of its
    /// own, so the bytes are split; with a carriage return, which joins a following line feed
    /// into one character, the characters are.
    var paragraphs: [String] {
        if utf8.contains(UInt8(ascii: "\r")) {
            return split(separator: "\n\n", omittingEmptySubsequences: false).map(String.init)
        }
        var parts: [String] = []
        let bytes = utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == UInt8(ascii: "\n"), next != bytes.endIndex, bytes[next] == UInt8(ascii: "\n") {
                parts.append(String(self[start..<index]))
                start = bytes.index(after: next)
                index = start
            } else {
                index = next
            }
        }
        parts.append(String(self[start..<bytes.endIndex]))
        return parts
    }
}
