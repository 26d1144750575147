/// One step of the questionnaire for the current answers.
public struct Question: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// Asks for the value of a field.
        case value
        /// Asks whether to add an item to a list ("Add another offence?").
        case addItem
        /// Asks whether to fill an optional group ("Give a second contact?").
        case openGroup
    }

    public var kind: Kind
    /// The answer's path; for `addItem`, the list's path.
    public var path: AnswerPath
    // Read in place (`_read`), not copied: a field is large, and the checks read several of
    // its properties for every question.
    public var field: Field {
        _read { yield place.field }
        set { place = FieldPlace(field: newValue, section: place.section) }
    }
    public var section: Section {
        _read { yield place.section }
        set { place = FieldPlace(field: place.field, section: newValue) }
    }
    /// The requirement level that applies to the current answers.
    public var level: Level
    /// The number of items the list has, for `addItem`.
    public var itemCount: Int = 0
    /// The field and its section, shared by every question that asks that field (one per item
    /// of a list), so that a question is small and cheap to copy.
    private var place: FieldPlace

    public init(kind: Kind, path: AnswerPath, field: Field, section: Section, level: Level, itemCount: Int = 0) {
        self.init(kind: kind, path: path, place: FieldPlace(field: field, section: section), level: level, itemCount: itemCount)
    }

    init(kind: Kind, path: AnswerPath, place: FieldPlace, level: Level, itemCount: Int = 0) {
        self.kind = kind
        self.path = path
        self.place = place
        self.level = level
        self.itemCount = itemCount
    }

    public static func == (lhs: Question, rhs: Question) -> Bool {
        lhs.kind == rhs.kind && lhs.path == rhs.path && lhs.level == rhs.level && lhs.itemCount == rhs.itemCount
            && (lhs.place === rhs.place || (lhs.place.field == rhs.place.field && lhs.place.section == rhs.place.section))
    }
}

/// A field of the questionnaire with its section, and the same for the fields inside it: made
/// once per engine and shared by the questions that ask them.
final class FieldPlace: Sendable {
    let field: Field
    let section: Section
    let children: [FieldPlace]

    init(field: Field, section: Section) {
        self.field = field
        self.section = section
        self.children = field.fields.map { FieldPlace(field: $0, section: section) }
    }
}
