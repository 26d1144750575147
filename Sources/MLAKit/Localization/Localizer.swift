import Foundation
import Synchronization

/// The strings of one interface language, looked up by dotted key (`fields.facts_summary.label`),
/// with `{name}` placeholders filled in.
///
/// A key missing from an office's own locale file falls back to English, then to the key itself,
/// so a gap shows up as a visible key rather than as empty text. Tests check that every key of
/// the built-in languages exists in all of them.
public struct Localizer: Sendable {
    public let language: String
    private let table: StringTable
    private let fallback: [String: String]

    /// The strings of a language. An office's own locale file is read and checked now, and a
    /// broken one throws; the built-in languages (checked by the test suite) are read at the
    /// first lookup, so a command that shows no message does not pay for reading them.
    public init(language: String, source: DataSource) throws(LocaleError) {
        self.language = language
        let path = Self.path(of: language)
        guard let text = try? source.text(path) else { throw .unknownLanguage(language) }
        if source.overrideDirectory == nil {
            self.table = StringTable(loading: { (try? Self.strings(of: text, path: path)) ?? [:] })
            self.fallback = [:]
        } else {
            self.table = StringTable(try Self.strings(of: text, path: path))
            // An office's own locale file may lack keys; they fall back to English.
            let english = language == "en" ? nil : try? source.text(Self.path(of: "en"))
            self.fallback = english.flatMap { try? Self.strings(of: $0, path: Self.path(of: "en")) } ?? [:]
        }
    }

    public init(language: String, strings: [String: String]) {
        self.language = language
        self.table = StringTable(strings)
        self.fallback = [:]
    }

    /// The interface languages shipped or provided, by code.
    public static func languages(in source: DataSource) -> [String] {
        source.paths(in: "Locales").filter { $0.hasSuffix(".json") }.map { String($0.dropFirst("Locales/".count).dropLast(".json".count)) }
    }

    /// The string for a key, with placeholders replaced.
    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        guard let template = table.strings[key] ?? fallback[key] else { return key }
        return Self.fill(template, arguments)
    }

    /// The string for a key, or nil if no language has it.
    public func optional(_ key: String, _ arguments: [String: String] = [:]) -> String? {
        (table.strings[key] ?? fallback[key]).map { Self.fill($0, arguments) }
    }

    /// Every key of this language.
    public var keys: Set<String> { Set(table.strings.keys) }

    /// The placeholders used in the string of a key.
    public func placeholders(of key: String) -> Set<String> {
        guard let template = table.strings[key] else { return [] }
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

    private static func path(of language: String) -> String { "Locales/\(language).json" }

    private static func strings(of text: String, path: String) throws(LocaleError) -> [String: String] {
        do {
            return try JSONReader.parse(Data(text.utf8)).flattenedStrings
        } catch {
            throw .notJSON(path: path, line: error.line, column: error.column, detail: error.detail)
        }
    }
}

/// The strings of a language, read when first asked for and then kept.
private final class StringTable: Sendable {
    private let state: Mutex<(strings: [String: String]?, load: (@Sendable () -> [String: String])?)>

    init(_ strings: [String: String]) { state = Mutex((strings, nil)) }
    init(loading load: @escaping @Sendable () -> [String: String]) { state = Mutex((nil, load)) }

    var strings: [String: String] {
        state.withLock { state in
            if let strings = state.strings { return strings }
            let strings = state.load?() ?? [:]
            state = (strings, nil)
            return strings
        }
    }
}

/// An interface language that cannot be used.
public enum LocaleError: Error, Equatable, Sendable {
    case unknownLanguage(String)
    case notJSON(path: String, line: Int, column: Int, detail: String)
}
