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
    public var field: Field
    public var section: Section
    /// The requirement level that applies to the current answers.
    public var level: Level
    /// The number of items the list has, for `addItem`.
    public var itemCount: Int = 0

    public init(kind: Kind, path: AnswerPath, field: Field, section: Section, level: Level, itemCount: Int = 0) {
        self.kind = kind
        self.path = path
        self.field = field
        self.section = section
        self.level = level
        self.itemCount = itemCount
    }
}
