/// Where an answer lives in a draft: `facts_summary`, `requesting_authority.name`,
/// `offences[2].name` (list items count from 1).
public struct AnswerPath: Hashable, Sendable, CustomStringConvertible {
    public struct Segment: Hashable, Sendable {
        public var id: FieldID
        /// The 1-based item number, for a segment naming a list item.
        public var index: Int?

        public init(_ id: FieldID, index: Int? = nil) {
            self.id = id
            self.index = index
        }
    }

    public var segments: [Segment]

    public init(_ segments: [Segment]) { self.segments = segments }

    public init(_ id: FieldID) { self.segments = [Segment(id)] }

    /// The path of a field outside any list item (`request_date`, `ar_order_final.is_final`).
    public init(schema path: SchemaPath) { self.segments = path.ids.map { Segment($0) } }

    /// Parses the path syntax; nil if it is not one.
    public init?(parsing text: String) {
        var segments: [Segment] = []
        for part in text.split(separator: ".", omittingEmptySubsequences: false) {
            var name = Substring(part)
            var index: Int?
            if name.hasSuffix("]"), let open = name.firstIndex(of: "[") {
                guard let number = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]), number >= 1 else { return nil }
                index = number
                name = name[..<open]
            }
            let id = FieldID(String(name))
            guard id.isSnakeCase else { return nil }
            segments.append(Segment(id, index: index))
        }
        guard !segments.isEmpty else { return nil }
        self.segments = segments
    }

    public var description: String {
        segments.map { segment in
            segment.index.map { "\(segment.id)[\($0)]" } ?? segment.id.rawValue
        }.joined(separator: ".")
    }

    /// The same path without item numbers: the field's place in the questionnaire.
    public var schemaPath: SchemaPath { SchemaPath(segments.map(\.id)) }

    public func appending(_ id: FieldID, index: Int? = nil) -> AnswerPath {
        AnswerPath(segments + [Segment(id, index: index)])
    }

    /// The path with the last segment's item number set.
    func item(_ index: Int) -> AnswerPath {
        var copy = self
        copy.segments[copy.segments.count - 1].index = index
        return copy
    }
}
