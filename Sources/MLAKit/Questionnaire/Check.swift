/// A rule across answers that a single field's requirement cannot say: when its condition holds,
/// `mla check` reports the finding at its level, with its own message and legal basis.
public struct Check: Equatable, Sendable {
    /// Unique snake_case id; the message is `checks.<id>` in the locales.
    public var id: String
    /// The spec's rule id (`AR2`), if any.
    public var rule: String?
    public var outcome: Outcome
    /// The check fires while this holds.
    public var when: Condition
    /// The field the finding is about, where `mla check` shows it.
    public var field: SchemaPath
    public var legalBasis: [Citation]
    /// The assistance type whose questionnaire holds the check.
    public var type: TypeID
    /// Its index in the file's `checks`, for messages about the definition.
    public var position: Int

    /// What a check that fires does to the request.
    public enum Outcome: String, Equatable, Sendable {
        /// Blocks rendering, like a missing MUST item.
        case must
        /// A warning, like a missing SHOULD item.
        case should
        /// Information for the drafter; never blocks or warns.
        case note
    }
}
