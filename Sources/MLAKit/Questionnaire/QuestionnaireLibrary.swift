import Foundation

/// All questionnaires available to `mla`, loaded and checked as a whole.
///
/// Loading reports every problem of every file at once, each with its place, so an office that
/// edits its own questionnaires sees all its mistakes in one run.
public struct QuestionnaireLibrary: Sendable {
    public let common: Section.List
    /// The assistance types in the order they are offered, with their sections.
    public let types: [TypeID: Section.List]

    static let folder = "Templates/questionnaires"

    public init(source: DataSource) throws(DefinitionError) {
        var problems: [DefinitionProblem] = []
        var composites: [String: [Field]] = [:]
        var files: [QuestionnaireFile] = []
        for path in source.paths(in: Self.folder) where path.hasSuffix(".json") {
            let name = String(path.dropFirst(Self.folder.count + 1))
            var decoder = DefinitionDecoder(file: name)
            let json: JSONValue
            do {
                json = try JSONReader.parse(Data(try source.text(path).utf8))
            } catch let error as JSONReader.SyntaxError {
                problems.append(DefinitionProblem(file: name, place: "line \(error.line), column \(error.column)", issue: .notJSON(error.detail)))
                continue
            } catch {
                problems.append(DefinitionProblem(file: name, place: "(file)", issue: .notJSON("unreadable")))
                continue
            }
            if name == "composites.json" {
                composites = decoder.composites(json)?.composites ?? [:]
            } else if let file = decoder.questionnaire(json) {
                files.append(file)
            }
            problems += decoder.problems
        }
        var resolver = CompositeResolver(composites: composites)
        files = files.map { file in
            var file = file
            file.sections = file.sections.enumerated().map { index, section in
                resolver.resolve(section, file: "\(file.type.rawValue).json", place: "sections[\(index)]")
            }
            return file
        }
        problems += resolver.problems
        let common = files.first { $0.type == .common }
        if common == nil {
            problems.append(DefinitionProblem(file: "common.json", place: "(file)", issue: .missingKey("common.json")))
        }
        self.common = Section.List(common?.sections ?? [], checks: common?.checks ?? [])
        self.types = Dictionary(files.filter { $0.type != .common }.map { ($0.type, Section.List($0.sections, checks: $0.checks)) }, uniquingKeysWith: { first, _ in first })
        problems += ReferenceChecker(library: self).problems
        guard problems.isEmpty else { throw DefinitionError(problems: problems) }
    }

    /// The assistance types that have a questionnaire, in the order the common questionnaire
    /// offers their codes (evidence first), then any others by name.
    public var typeIDs: [TypeID] {
        let offered = common.sections.flatMap(\.fields).flatMap(\.choices).compactMap(\.type)
        func rank(_ type: TypeID) -> Int { offered.firstIndex(of: type) ?? offered.count }
        return types.keys.sorted { (rank($0), $0.rawValue) < (rank($1), $1.rawValue) }
    }

    /// The questionnaire for a request combining the given types: the common part, then each type's.
    public func questionnaire(for requested: [TypeID]) throws(DefinitionError) -> Questionnaire {
        var sections = common.sections
        var checks = common.checks
        for type in requested {
            guard let list = types[type] else {
                throw DefinitionError(problems: [DefinitionProblem(file: "\(type.rawValue).json", place: "(file)", issue: .unknownType(type.rawValue))])
            }
            sections += list.sections
            checks += list.checks
        }
        return Questionnaire(types: requested, sections: sections, checks: checks)
    }
}

extension Section {
    /// The sections of one questionnaire file, and its checks across fields.
    public struct List: Sendable {
        public var sections: [Section]
        public var checks: [Check]
        init(_ sections: [Section], checks: [Check]) {
            self.sections = sections
            self.checks = checks
        }
    }
}

/// Every problem found while loading the questionnaires.
public struct DefinitionError: Error, Equatable, Sendable {
    public var problems: [DefinitionProblem]
}

/// Replaces `composite` references by the composite's fields.
private struct CompositeResolver {
    let composites: [String: [Field]]
    var problems: [DefinitionProblem] = []

    mutating func resolve(_ section: Section, file: String, place: String) -> Section {
        var section = section
        section.fields = section.fields.enumerated().map { index, field in
            resolve(field, file: file, place: "\(place).fields[\(index)]")
        }
        return section
    }

    mutating func resolve(_ field: Field, file: String, place: String) -> Field {
        var field = field
        if let name = field.composite {
            if let fields = composites[name] {
                field.fields = fields
            } else {
                problems.append(DefinitionProblem(file: file, place: "\(place).composite", issue: .unknownComposite(name)))
            }
        }
        field.fields = field.fields.enumerated().map { index, child in
            resolve(child, file: file, place: "\(place).fields[\(index)]")
        }
        return field
    }
}
