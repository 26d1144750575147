/// Where the strings of a field live in the locales.
extension Questionnaire {
    /// The key prefix of a field's strings: `fields.offences.name`, or for a field that comes
    /// from a composite, `composites.person.family_name`.
    public func textKey(for path: SchemaPath) -> String {
        guard let first = path.ids.first, var field = field(first)?.field else { return "fields.\(path)" }
        var compositeStart: (name: String, index: Int)?
        for (index, id) in path.ids.enumerated().dropFirst() {
            if let composite = field.composite { compositeStart = (composite, index) }
            guard let child = field.child(id) else { break }
            field = child
        }
        if let (name, index) = compositeStart {
            return "composites.\(name)." + path.ids[index...].map(\.rawValue).joined(separator: ".")
        }
        return "fields.\(path)"
    }
}
