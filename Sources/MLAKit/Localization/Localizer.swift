import Foundation

/// The strings of one interface language, looked up by dotted key (`fields.facts_summary.label`),
/// with `{name}` placeholders filled in.
///
/// A key missing from the language falls back to English, then to the key itself, so a gap shows
/// up as a visible key rather than as empty text. Tests check that every key exists everywhere.
public struct Localizer: Sendable {
    public let language: String
    private let strings: [String: String]
    private let fallback: [String: String]

    public init(language: String, source: DataSource) throws(LocaleError) {
        self.language = language
        self.strings = try Self.strings(language, source: source)
        self.fallback = language == "en" ? [:] : (try? Self.strings("en", source: source)) ?? [:]
    }

    public init(language: String, strings: [String: String]) {
        self.language = language
        self.strings = strings
        self.fallback = [:]
    }

    /// The interface languages shipped or provided, by code.
    public static func languages(in source: DataSource) -> [String] {
        source.paths(in: "Locales").filter { $0.hasSuffix(".json") }.map { String($0.dropFirst("Locales/".count).dropLast(".json".count)) }
    }

    /// The string for a key, with placeholders replaced.
    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        guard let template = strings[key] ?? fallback[key] else { return key }
        return Self.fill(template, arguments)
    }

    /// The string for a key, or nil if no language has it.
    public func optional(_ key: String, _ arguments: [String: String] = [:]) -> String? {
        (strings[key] ?? fallback[key]).map { Self.fill($0, arguments) }
    }

    /// Every key of this language.
    public var keys: Set<String> { Set(strings.keys) }

    /// The placeholders used in the string of a key.
    public func placeholders(of key: String) -> Set<String> {
        guard let template = strings[key] else { return [] }
        var names: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            // Only `{name}` is a placeholder; literal braces (`{{`) in a message are text.
            if !name.isEmpty, name.allSatisfy({ $0 == "_" || ($0.isASCII && $0.isLowercase) }) { names.insert(String(name)) }
            rest = rest[rest.index(after: open)...]
        }
        return names
    }

    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            result += arguments[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    private static func strings(_ language: String, source: DataSource) throws(LocaleError) -> [String: String] {
        let path = "Locales/\(language).json"
        let text: String
        do {
            text = try source.text(path)
        } catch {
            throw .unknownLanguage(language)
        }
        let json: JSONValue
        do {
            json = try JSONReader.parse(Data(text.utf8))
        } catch {
            throw .notJSON(path: path, line: error.line, column: error.column, detail: error.detail)
        }
        return json.flattenedStrings
    }
}

/// An interface language that cannot be used.
public enum LocaleError: Error, Equatable, Sendable {
    case unknownLanguage(String)
    case notJSON(path: String, line: Int, column: Int, detail: String)
}
