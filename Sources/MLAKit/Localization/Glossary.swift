import Foundation

/// The fixed legal terms of the requests in the six UN languages (`Templates/glossary.json`),
/// each with the provision its wording follows and its mark: `[official]` once checked against
/// the authentic text, `[proposed]` until then.
public struct Glossary: Sendable {
    public struct Entry: Equatable, Sendable {
        public var id: String
        /// The group of the terminology table (`core`, `proceeds`).
        public var group: String
        /// The provisions the wording follows.
        public var source: String
        /// The wording by language code, with its mark.
        public var terms: [String: String]
    }

    public let entries: [Entry]
    static let path = "Templates/glossary.json"
    /// The languages of the glossary, in the order they are shown.
    public static let languages = ["en", "fr", "es", "ru", "ar", "zh"]

    public init(source: DataSource) throws(ResourceError) {
        let text = try source.text(Self.path)
        guard let json = try? JSONReader.parse(Data(text.utf8)), case .array(let list)? = json.objectValue?["entries"] else {
            throw .unreadable(path: Self.path)
        }
        var entries: [Entry] = []
        for item in list {
            guard let object = item.objectValue, let id = object["id"]?.stringValue, let group = object["group"]?.stringValue,
                  let source = object["where"]?.stringValue, let terms = object["terms"]?.objectValue else {
                throw .unreadable(path: Self.path)
            }
            entries.append(Entry(id: id, group: group, source: source, terms: terms.compactMapValues(\.stringValue)))
        }
        self.entries = entries
    }

    /// The entries whose id or wording in any language contains `query`, ignoring case and accents.
    public func matching(_ query: String) -> [Entry] {
        let options: String.CompareOptions = [.caseInsensitive, .diacriticInsensitive]
        let spaced = query.replacingOccurrences(of: "_", with: " ")
        return entries.filter { entry in
            entry.id.replacingOccurrences(of: "_", with: " ").range(of: spaced, options: options) != nil
                || entry.terms.values.contains { $0.range(of: query, options: options) != nil }
        }
    }
}
