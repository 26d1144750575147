/// A request being drafted: its assistance types, languages, answers and history.
///
/// Saved as one human-readable JSON file (`*.mla.json`) with stable key order.
public struct Draft: Equatable, Sendable {
    public static let format = "mla-draft"
    public static let schemaVersion = 1

    public var types: [TypeID]
    /// The language the request is written in (BCP 47).
    public var documentLanguage: String
    /// The language of the questions and messages (BCP 47).
    public var interfaceLanguage: String
    public var answers: Answers
    /// Paths of optional questions the drafter chose to leave, so resuming passes them.
    public var skipped: Set<String>
    /// Reasons for leaving out SHOULD items, by path.
    public var acknowledgements: [String: Acknowledgement]
    public var statusHistory: [StatusEntry]
    /// ISO 8601 timestamps in UTC, whole seconds.
    public var createdAt: String
    public var updatedAt: String

    public init(types: [TypeID], documentLanguage: String, interfaceLanguage: String, now: String) {
        self.types = types
        self.documentLanguage = documentLanguage
        self.interfaceLanguage = interfaceLanguage
        self.answers = [:]
        self.skipped = []
        self.acknowledgements = [:]
        self.statusHistory = [StatusEntry(status: "drafting", date: now)]
        self.createdAt = now
        self.updatedAt = now
    }
}

/// One entry of a draft's status history.
public struct StatusEntry: Equatable, Sendable {
    public var status: String
    public var date: String
    public var note: String?

    public init(status: String, date: String, note: String? = nil) {
        self.status = status
        self.date = date
        self.note = note
    }
}
