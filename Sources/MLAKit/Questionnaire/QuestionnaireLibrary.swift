import Foundation
import Synchronization

/// All questionnaires available to `mla`: the common part, and each assistance type's.
///
/// An office's own questionnaires (read from a templates folder) are loaded and checked as a
/// whole, every problem of every file reported at once with its place, so the office sees all
/// its mistakes in one run. The built-in questionnaires are checked the same way by the test
/// suite; at run time they are read as needed, only the types a draft uses, so that a command
/// pays for the questionnaires it works with and not for the others.
public struct QuestionnaireLibrary: Sendable {
    public let common: Section.List
    /// The assistance types that have a questionnaire, in the order the common questionnaire
    /// offers their codes (evidence first), then any others by name.
    public let typeIDs: [TypeID]
    private let source: DataSource
    private let composites: [String: [Field]]
    private let cache: SectionCache

    static let folder = "Templates/questionnaires"

    /// Loads every questionnaire when `verified` (the default), checks each file and the
    /// references between them, and throws every problem found; otherwise reads only the common
    /// part now and each type's questionnaire when it is first needed, trusting the data.
    public init(source: DataSource, verified: Bool = true) throws(DefinitionError) {
        self.source = source
        var problems: [DefinitionProblem] = []
        let names = source.paths(in: Self.folder).filter { $0.hasSuffix(".json") }.map { String($0.dropFirst(Self.folder.count + 1)) }
        var composites: [String: [Field]] = [:]
        if names.contains(Self.compositesFile) {
            var decoder = DefinitionDecoder(file: Self.compositesFile)
            if let json = Self.json(of: Self.compositesFile, in: source, problems: &problems) {
                composites = decoder.composites(json)?.composites ?? [:]
            }
            problems += decoder.problems
        }
        self.composites = composites
        let typeNames = names.filter { $0 != Self.compositesFile && $0 != Self.commonFile }
        var files: [QuestionnaireFile] = []
        for name in [Self.commonFile] + (verified ? typeNames : []) where names.contains(name) {
            if let file = Self.file(name, in: source, composites: composites, problems: &problems) { files.append(file) }
        }
        let common = files.first { $0.type == .common }
        if common == nil {
            problems.append(DefinitionProblem(file: Self.commonFile, place: "(file)", issue: .missingKey(Self.commonFile)))
        }
        self.common = Section.List(common?.sections ?? [], checks: common?.checks ?? [])
        let loaded = Dictionary(files.filter { $0.type != .common }.map { ($0.type, Section.List($0.sections, checks: $0.checks)) },
                                uniquingKeysWith: { first, _ in first })
        self.cache = SectionCache(loaded)
        let available = verified ? Array(loaded.keys) : typeNames.map { TypeID(String($0.dropLast(".json".count))) }
        let offered = self.common.sections.flatMap(\.fields).flatMap(\.choices).compactMap(\.type)
        func rank(_ type: TypeID) -> Int { offered.firstIndex(of: type) ?? offered.count }
        self.typeIDs = available.sorted { (rank($0), $0.rawValue) < (rank($1), $1.rawValue) }
        if verified { problems += ReferenceChecker(library: self).problems }
        guard problems.isEmpty else { throw DefinitionError(problems: problems) }
    }

    /// The sections and checks of one assistance type, read on first use.
    public func sections(of type: TypeID) throws(DefinitionError) -> Section.List {
        if let list = cache.lists.withLock({ $0[type] }) { return list }
        let name = "\(type.rawValue).json"
        var problems: [DefinitionProblem] = []
        guard typeIDs.contains(type), let file = Self.file(name, in: source, composites: composites, problems: &problems), problems.isEmpty else {
            throw DefinitionError(problems: problems.isEmpty ? [DefinitionProblem(file: name, place: "(file)", issue: .unknownType(type.rawValue))] : problems)
        }
        guard file.type == type else {
            throw DefinitionError(problems: [DefinitionProblem(file: name, place: "type", issue: .unknownType(file.type.rawValue))])
        }
        let list = Section.List(file.sections, checks: file.checks)
        cache.lists.withLock { $0[type] = list }
        return list
    }

    /// The questionnaire for a request combining the given types: the common part, then each type's.
    public func questionnaire(for requested: [TypeID]) throws(DefinitionError) -> Questionnaire {
        var sections = common.sections
        var checks = common.checks
        for type in requested {
            let list = try self.sections(of: type)
            sections += list.sections
            checks += list.checks
        }
        return Questionnaire(types: requested, sections: sections, checks: checks)
    }

    private static let commonFile = "common.json"
    private static let compositesFile = "composites.json"

    private static func json(of name: String, in source: DataSource, problems: inout [DefinitionProblem]) -> JSONValue? {
        do {
            return try JSONReader.parse(Data(try source.text("\(folder)/\(name)").utf8))
        } catch let error as JSONReader.SyntaxError {
            problems.append(DefinitionProblem(file: name, place: "line \(error.line), column \(error.column)", issue: .notJSON(error.detail)))
        } catch {
            problems.append(DefinitionProblem(file: name, place: "(file)", issue: .notJSON("unreadable")))
        }
        return nil
    }

    /// One questionnaire file, decoded and with its composites resolved.
    private static func file(_ name: String, in source: DataSource, composites: [String: [Field]], problems: inout [DefinitionProblem]) -> QuestionnaireFile? {
        guard let json = json(of: name, in: source, problems: &problems) else { return nil }
        var decoder = DefinitionDecoder(file: name)
        let decoded = decoder.questionnaire(json)
        problems += decoder.problems
        guard var file = decoded else { return nil }
        var resolver = CompositeResolver(composites: composites)
        file.sections = file.sections.enumerated().map { index, section in
            resolver.resolve(section, file: "\(file.type.rawValue).json", place: "sections[\(index)]")
        }
        problems += resolver.problems
        return file
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

/// The assistance types' questionnaires read so far, shared by the copies of a library.
private final class SectionCache: Sendable {
    let lists: Mutex<[TypeID: Section.List]>
    init(_ lists: [TypeID: Section.List]) { self.lists = Mutex(lists) }
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
