/// The questions of one request: the common part and the parts of its assistance types, in order.
public struct Questionnaire: Equatable, Sendable {
    public var types: [TypeID]
    public var sections: [Section]
    /// The rules across fields of the common part and of each type.
    public var checks: [Check]

    public init(types: [TypeID], sections: [Section], checks: [Check] = []) {
        self.types = types
        self.sections = sections
        self.checks = checks
    }

    /// The top-level field with this id, and its section.
    public func field(_ id: FieldID) -> (field: Field, section: Section)? {
        for section in sections {
            if let field = section.fields.first(where: { $0.id == id }) { return (field, section) }
        }
        return nil
    }

    /// The field at a schema path (`offences.name`).
    public func field(at path: SchemaPath) -> Field? {
        guard let first = path.ids.first, var field = field(first)?.field else { return nil }
        for id in path.ids.dropFirst() {
            guard let child = field.child(id) else { return nil }
            field = child
        }
        return field
    }

    /// The section a top-level field belongs to.
    public func section(of id: FieldID) -> Section? { field(id)?.section }

    /// Every field, depth first, with its schema path.
    public var allFields: [(path: SchemaPath, field: Field)] {
        sections.flatMap { section in
            section.fields.flatMap { Self.flatten($0, at: SchemaPath([$0.id])) }
        }
    }

    private static func flatten(_ field: Field, at path: SchemaPath) -> [(path: SchemaPath, field: Field)] {
        [(path, field)] + field.fields.flatMap { flatten($0, at: path.appending($0.id)) }
    }
}
