import Foundation

/// The fixed words of one document language that are not in the template itself: choice labels
/// (`choices.proceedings_stage.investigation`), "not known", yes and no, and named terms.
public struct DocumentTerms: Sendable {
    public let language: String
    private let strings: [String: String]

    public init(language: String, source: DataSource) throws(TemplateError) {
        let path = "Templates/\(language)/terms.json"
        let text: String
        do {
            text = try source.text(path)
        } catch {
            throw TemplateError(file: path, line: 0, issue: .unknownTerm("(file)"), text: "")
        }
        let json: JSONValue
        do {
            json = try JSONReader.parse(Data(text.utf8))
        } catch {
            throw TemplateError(file: path, line: error.line, issue: .unknownTerm(error.detail), text: "")
        }
        self.language = language
        self.strings = json.flattenedStrings
    }

    public func term(_ key: String) -> String? { strings[key] }

    public var keys: Set<String> { Set(strings.keys) }
}
