/// The formats a text field takes according to the answer of a sibling choice field
/// (`"format_by": {"field": "kind", "formats": {"ip": "ip", "imei": "imei"}}`).
/// Codes without a format leave the field plain text.
public struct FormatSelector: Equatable, Sendable {
    public var field: FieldID
    public var formats: [String: ValueFormat]
}
