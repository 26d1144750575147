import Foundation

/// The fields of a questionnaire as `mla fields` lists them. Groups are flattened into dotted
/// ids (`requesting_authority.name`); lists keep their item fields under `fields`.
public struct FieldCatalogue: Sendable {
    let questionnaire: Questionnaire

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    public func json() -> String {
        let all = questionnaire.sections.flatMap { section in
            section.fields.flatMap { self.entries(for: $0, id: $0.id.rawValue, section: section, inherited: []) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(JSONValue.array(all))) ?? Data(), as: UTF8.self) + "\n"
    }

    public func text(labels: Localizer) -> String {
        var rows: [[String]] = []
        for (path, field) in questionnaire.allFields where field.type != .group {
            rows.append([path.description, field.type.name, field.requirement.name, labels("\(questionnaire.textKey(for: path)).label")])
        }
        return Table.write(rows)
    }

    private func entries(for field: Field, id: String, section: Section, inherited: [Citation]) -> [JSONValue] {
        let citations = field.legalBasis.isEmpty ? inherited : field.legalBasis
        if field.type == .group {
            return field.fields.flatMap { entries(for: $0, id: "\(id).\($0.id)", section: section, inherited: citations) }
        }
        var entry: [String: JSONValue] = [
            "id": .string(id),
            "type": .string(field.type.name),
            "requirement": .string(field.requirement.name),
            "legal_basis": .array(citations.map { .string($0.text) }),
            "section": .string(section.id.rawValue),
        ]
        let conditions = [field.requirement.mustIf.map { "required if \($0.text)" },
                          field.requirement.shouldIf.map { "expected if \($0.text)" },
                          field.askIf.map { "asked if \($0.text)" },
                          section.askIf.map { "asked if \($0.text)" }].compactMap { $0 }
        if !conditions.isEmpty { entry["condition"] = .string(conditions.joined(separator: "; ")) }
        if let rule = field.rule { entry["rule"] = .string(rule) }
        if field.acceptsNotKnown { entry["not_known"] = .bool(true) }
        if !field.choices.isEmpty { entry["choices"] = .array(field.choices.map { .string($0.code) }) }
        if field.type == .list {
            entry["fields"] = .array(field.fields.flatMap { entries(for: $0, id: $0.id.rawValue, section: section, inherited: citations) })
        }
        return [.object(entry)]
    }
}
