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
        var strings: [String: String] = [:]
        Self.flatten(json, prefix: "", into: &strings)
        self.language = language
        self.strings = strings
    }

    public func term(_ key: String) -> String? { strings[key] }

    public var keys: Set<String> { Set(strings.keys) }

    private static func flatten(_ json: JSONValue, prefix: String, into strings: inout [String: String]) {
        switch json {
        case .object(let object):
            for (key, value) in object { flatten(value, prefix: prefix.isEmpty ? key : "\(prefix).\(key)", into: &strings) }
        case .string(let string):
            strings[prefix] = string
        case .null, .bool, .number, .array:
            break
        }
    }
}
