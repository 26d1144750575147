/// Checks a template against the questionnaires: every field it names exists, `{{#each}}` names
/// lists, `is` names real codes, and every term and choice label it needs is in the terms file.
struct TemplateChecker {
    let everything: Questionnaire
    let terms: DocumentTerms
    let file: String

    init(library: QuestionnaireLibrary, terms: DocumentTerms, file: String) {
        self.everything = (try? library.questionnaire(for: library.typeIDs)) ?? Questionnaire(types: [], sections: library.common.sections)
        self.terms = terms
        self.file = file
    }

    func check(_ template: Template) throws(TemplateError) {
        try check(template.nodes, lists: [])
        for key in ["not_known", "yes", "no", "missing", "incomplete_draft", "awaiting_translation"] where terms.term(key) == nil {
            throw TemplateError(file: file.replacingOccurrences(of: "request.txt", with: "terms.json"), line: 0, issue: .unknownTerm(key), text: "")
        }
    }

    private func check(_ nodes: [Template.Node], lists: [SchemaPath]) throws(TemplateError) {
        for node in nodes {
            switch node {
            case .title(let inlines), .heading(let inlines), .paragraph(let inlines, _), .bullet(let inlines):
                try check(inlines, lists: lists)
            case .row(let cells):
                for cell in cells { try check(cell, lists: lists) }
            case .conditional(let test, let then, let otherwise):
                try check(test, lists: lists)
                try check(then, lists: lists)
                try check(otherwise, lists: lists)
            case .each(let path, let body):
                let (schema, field) = try resolve(path, lists: lists)
                guard field.type == .list else { throw error(.notAList(path.description)) }
                try check(body, lists: lists + [schema])
            case .include(let name):
                throw error(.unknownTag("{{> \(name)}}"))
            }
        }
    }

    private func check(_ test: Template.Test, lists: [SchemaPath]) throws(TemplateError) {
        switch test {
        case .answered(let path):
            _ = try resolve(path, lists: lists)
        case .has(let path, let code):
            let (_, field) = try resolve(path, lists: lists)
            let codes = field.type == .value(.boolean) ? ["yes", "no"] : field.choices.map(\.code)
            guard codes.contains(code) else { throw error(.unknownChoice(field: path.description, code: code)) }
        case .not(let inner):
            try check(inner, lists: lists)
        }
    }

    private func check(_ inlines: [Template.Inline], lists: [SchemaPath]) throws(TemplateError) {
        for inline in inlines {
            switch inline {
            case .value(let path):
                let (schema, field) = try resolve(path, lists: lists)
                if field.type == .choice || field.type == .multichoice {
                    let textKey = everything.textKey(for: schema)
                    let key = String(textKey.utf8.firstIndex(of: UInt8(ascii: ".")).map { textKey[textKey.index(after: $0)...] } ?? "")
                    for choice in field.choices where terms.term("choices.\(key).\(choice.code)") == nil {
                        throw error(.unknownTerm("choices.\(key).\(choice.code)"))
                    }
                }
            case .term(let key):
                guard terms.term(key) != nil else { throw error(.unknownTerm(key)) }
            case .zoned(let path, let zone):
                let (_, field) = try resolve(path, lists: lists)
                let (_, zoneField) = try resolve(zone, lists: lists)
                guard field.type == .value(.datetime), zoneField.type == .value(.timezone) else {
                    throw error(.unknownTag("{{\(path) in \(zone)}}"))
                }
                if terms.term("datetime_in_zone") == nil { throw error(.unknownTerm("datetime_in_zone")) }
            case .text, .itemNumber:
                break
            }
        }
    }

    private func resolve(_ path: SchemaPath, lists: [SchemaPath]) throws(TemplateError) -> (SchemaPath, Field) {
        for list in lists.reversed() {
            let full = path.hasPrefix(list) ? path : SchemaPath(list.ids + path.ids)
            if let field = everything.field(at: full) { return (full, field) }
        }
        guard let field = everything.field(at: path) else { throw error(.unknownField(path.description)) }
        return (path, field)
    }

    private func error(_ issue: TemplateError.Issue) -> TemplateError {
        TemplateError(file: file, line: 0, issue: issue, text: "")
    }
}
