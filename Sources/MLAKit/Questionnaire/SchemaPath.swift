/// The path of a field in a questionnaire, without list indexes: `offences.name`.
///
/// It names the field's strings in the locales and the fields conditions read.
public struct SchemaPath: Hashable, Sendable, CustomStringConvertible {
    public var ids: [FieldID]

    public init(_ ids: [FieldID]) { self.ids = ids }

    public init(_ text: String) {
        // Split in the bytes: the dot is ASCII, and so are field ids.
        self.ids = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map { FieldID(String(Substring($0))) }
    }

    public var description: String { ids.map(\.rawValue).joined(separator: ".") }

    public func appending(_ id: FieldID) -> SchemaPath { SchemaPath(ids + [id]) }

    public var last: FieldID { ids[ids.count - 1] }

    func hasPrefix(_ other: SchemaPath) -> Bool { ids.starts(with: other.ids) }
}
