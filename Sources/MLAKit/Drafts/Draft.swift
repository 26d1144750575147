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
    /// Translations of free-text answers, by language and then by answer path.
    public var translations: [String: [String: Translation]]
    public var statusHistory: [StatusEntry]
    /// The draft this one was started from, and the drafts started from this one (`mla new --from`).
    public var links: DraftLinks
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
        self.translations = [:]
        self.statusHistory = [StatusEntry(status: .drafting, date: now)]
        self.links = DraftLinks()
        self.createdAt = now
        self.updatedAt = now
    }
}

/// One entry of a request's status history (`mla status`).
public struct StatusEntry: Equatable, Sendable {
    public var status: RequestStatus
    /// The day the status took effect (`2026-11-24`); the first entry of a draft holds the
    /// moment it was created (`2026-11-24T09:00:00Z`).
    public var date: String
    public var note: String?
    /// The reference of the drafter's own office quoted at this step.
    public var ourReference: String?
    /// The reference the other State gave at this step (an acknowledgement's file number).
    public var theirReference: String?

    public init(status: RequestStatus, date: String, note: String? = nil, ourReference: String? = nil, theirReference: String? = nil) {
        self.status = status
        self.date = date
        self.note = note
        self.ourReference = ourReference
        self.theirReference = theirReference
    }

    /// The day of the entry, `YYYY-MM-DD`.
    public var day: String { String(date.prefix(10)) }
}

/// A translation of one free-text answer, kept with the text it translates so that a
/// translation made before the answer changed is recognised as out of date.
public struct Translation: Equatable, Sendable {
    /// The answer as it was when translated.
    public var source: String
    public var text: String

    public init(source: String, text: String) {
        self.source = source
        self.text = text
    }
}
