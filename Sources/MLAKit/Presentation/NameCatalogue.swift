import Foundation

/// Countries, languages or currencies by name, for finding a code by typing the start of a name:
/// `alem` or `ger` finds Germany (`DE`) with a Spanish interface, `Герм` with a Russian one.
///
/// Names come from Foundation's `Locale` (CLDR data), in the interface language and in English,
/// so a drafter can type either. Only codes the value parsers accept are offered.
public struct NameCatalogue: Sendable {
    /// What the catalogue names.
    public enum Kind: Sendable {
        case country
        case language
        case currency
    }

    /// One code with its name in the interface language.
    public struct Entry: Equatable, Sendable {
        public var code: String
        public var name: String
    }

    private struct Item: Sendable {
        var entry: Entry
        /// Folded words of the names in both languages, and the folded code.
        var words: [String]
        var names: [String]
        var code: String
    }

    private let items: [Item]

    public init(_ kind: Kind, interfaceLanguage: String) {
        let local = Locale(identifier: interfaceLanguage)
        let english = Locale(identifier: "en")
        let codes: [String]
        switch kind {
        case .country: codes = ValueParser.countryCodes.sorted()
        case .language: codes = Locale.LanguageCode.isoLanguageCodes.map(\.identifier).filter { $0.utf8.count == 2 }.sorted()
        case .currency: codes = Locale.Currency.isoCurrencies.map(\.identifier).sorted()
        }
        func name(_ code: String, in locale: Locale) -> String? {
            switch kind {
            case .country: locale.localizedString(forRegionCode: code)
            case .language: locale.localizedString(forLanguageCode: code)
            case .currency: locale.localizedString(forCurrencyCode: code)
            }
        }
        items = codes.compactMap { code in
            guard let localName = name(code, in: local) ?? name(code, in: english), localName != code else { return nil }
            let names = Array(Set([localName, name(code, in: english) ?? localName].map(Self.fold)))
            let words = names.flatMap { $0.split(whereSeparator: { " -'’(),.".contains($0) }).map(String.init) }
            return Item(entry: Entry(code: code, name: localName), words: words, names: names, code: Self.fold(code))
        }
    }

    /// The entries whose code is the typed text, whose name starts with it, or one of whose
    /// name's words does; in that order, then alphabetically. Letter case and accents are ignored.
    public func matches(_ typed: String, limit: Int = 8) -> [Entry] {
        let key = Self.fold(typed.trimmingCharacters(in: .whitespaces))
        guard !key.isEmpty else { return [] }
        var ranked: [(rank: Int, entry: Entry)] = []
        for item in items {
            if item.code == key {
                ranked.append((0, item.entry))
            } else if item.names.contains(where: { $0.hasPrefix(key) }) {
                ranked.append((1, item.entry))
            } else if item.words.contains(where: { $0.hasPrefix(key) }) {
                ranked.append((2, item.entry))
            }
        }
        ranked.sort { $0.rank != $1.rank ? $0.rank < $1.rank : $0.entry.name.localizedStandardCompare($1.entry.name) == .orderedAscending }
        return Array(ranked.prefix(limit).map(\.entry))
    }

    /// The one entry the typed text names: its code, a name typed in full, or the only match of
    /// three letters or more (a single letter finding one country is more likely a slip).
    public func entry(for typed: String) -> Entry? {
        let key = Self.fold(typed.trimmingCharacters(in: .whitespaces))
        if let exact = items.first(where: { $0.code == key || $0.names.contains(key) }) { return exact.entry }
        guard key.count >= 3 else { return nil }
        let found = matches(typed, limit: 2)
        return found.count == 1 ? found[0] : nil
    }

    /// The name of a code in the interface language.
    public func name(of code: String) -> String? {
        items.first { $0.entry.code == code }?.entry.name
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }
}
