/// Checks what a single file cannot: that conditions name existing fields and codes, that
/// required fields cite their legal basis, and that choice types exist.
struct ReferenceChecker {
    private(set) var problems: [DefinitionProblem] = []

    init(library: QuestionnaireLibrary) {
        let everything = Questionnaire(
            types: library.typeIDs,
            sections: library.common.sections + library.typeIDs.flatMap { (try? library.sections(of: $0))?.sections ?? [] }
        )
        for type in [TypeID.common] + library.typeIDs {
            let sections = type == .common ? library.common.sections : (try? library.sections(of: type))?.sections ?? []
            let file = "\(type.rawValue).json"
            for (sectionIndex, section) in sections.enumerated() {
                let place = "sections[\(sectionIndex)]"
                if let askIf = section.askIf { check(askIf, in: everything, file: file, place: "\(place).ask_if") }
                for (index, field) in section.fields.enumerated() {
                    check(field, in: everything, types: Set(library.typeIDs), file: file, place: "\(place).fields[\(index)]", topLevel: true)
                }
            }
            let checks = type == .common ? library.common.checks : (try? library.sections(of: type))?.checks ?? []
            for rule in checks {
                let place = "checks[\(rule.position)]"
                if !checkIDs.insert(rule.id).inserted {
                    problems.append(DefinitionProblem(file: file, place: "\(place).id", issue: .duplicateID(rule.id)))
                }
                check(rule.when, in: everything, file: file, place: "\(place).when")
                _ = resolve(rule.field, in: everything, file: file, place: "\(place).field")
            }
        }
    }

    private var checkIDs: Set<String> = []

    private mutating func check(_ field: Field, in questionnaire: Questionnaire, types: Set<TypeID>, file: String, place: String, topLevel: Bool) {
        for (name, condition) in [("ask_if", field.askIf), ("requirement.must_if", field.requirement.mustIf), ("requirement.should_if", field.requirement.shouldIf)] {
            if let condition { check(condition, in: questionnaire, file: file, place: "\(place).\(name)") }
        }
        if topLevel, field.requirement.name != Level.may.rawValue, field.legalBasis.isEmpty {
            problems.append(DefinitionProblem(file: file, place: place, issue: .missingLegalBasis))
        }
        var dateReferences: [(String, SchemaPath)] = field.bounds.compactMap { bound in
            switch bound {
            case .after(let path): ("after", path)
            case .atLeastDaysAfter(let path, _): ("at_least_days_after.field", path)
            case .notAfterToday, .notBeforeToday: nil
            }
        }
        if let derived = field.derived { dateReferences.append(("default_days_after.field", derived.from)) }
        for (name, path) in dateReferences {
            _ = resolve(path, in: questionnaire, file: file, place: "\(place).\(name)")
        }
        if let selector = field.formatBy {
            _ = resolve(SchemaPath([selector.field]), in: questionnaire, file: file, place: "\(place).format_by.field")
        }
        for (index, choice) in field.choices.enumerated() {
            if let type = choice.type, !types.contains(type) {
                problems.append(DefinitionProblem(file: file, place: "\(place).choices[\(index)].type", issue: .unknownType(type.rawValue)))
            }
        }
        for (index, child) in field.fields.enumerated() {
            check(child, in: questionnaire, types: types, file: file, place: "\(place).fields[\(index)]", topLevel: false)
        }
    }

    private mutating func check(_ condition: Condition, in questionnaire: Questionnaire, file: String, place: String) {
        switch condition {
        case .answered(let path), .notKnown(let path), .ipv4WithoutPort(let path), .ipWithoutPort(let path):
            _ = resolve(path, in: questionnaire, file: file, place: place)
        case .differ(let first, let second):
            _ = resolve(first, in: questionnaire, file: file, place: place)
            _ = resolve(second, in: questionnaire, file: file, place: place)
        case .isIn(let path, let values), .only(let path, let values):
            guard let field = resolve(path, in: questionnaire, file: file, place: place) else { return }
            let codes: Set<String>
            switch field.type {
            case .choice, .multichoice: codes = Set(field.choices.map(\.code))
            case .value(.boolean): codes = ["yes", "no"]
            case .value, .list, .group: return
            }
            for value in values.sorted() where !codes.contains(value) {
                problems.append(DefinitionProblem(file: file, place: place, issue: .unknownChoice(field: path.description, code: value)))
            }
        case .all(let parts), .any(let parts):
            for (index, part) in parts.enumerated() { check(part, in: questionnaire, file: file, place: "\(place)[\(index)]") }
        case .not(let part):
            check(part, in: questionnaire, file: file, place: "\(place).not")
        }
    }

    private mutating func resolve(_ path: SchemaPath, in questionnaire: Questionnaire, file: String, place: String) -> Field? {
        if let field = questionnaire.field(at: path) { return field }
        // A condition inside a list item may name a sibling field of the same item.
        if let sibling = questionnaire.allFields.first(where: { $0.path.ids.count > 1 && $0.path.ids.last == path.ids.first && path.ids.count == 1 }) {
            return sibling.field
        }
        problems.append(DefinitionProblem(file: file, place: place, issue: .unknownReference(path.description)))
        return nil
    }
}
