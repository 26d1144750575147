/// A request for assistance received from another State, kept in the case register beside the
/// drafts (`*.incoming.json`) so that both directions are followed in one place.
public struct IncomingRecord: Equatable, Sendable {
    public static let format = "mla-incoming"
    public static let schemaVersion = 1
    /// The file name ending that `mla list` and `mla deadlines` look for.
    public static let fileSuffix = ".incoming.json"

    /// The State that sent the request (ISO 3166 alpha-2).
    public var requestingState: String
    /// The requesting State's reference.
    public var reference: String
    /// The day the request arrived (`2026-11-24`).
    public var received: String
    /// What is asked for, by the codes of `assistance_types` (`take_statement`, `electronic_data`).
    public var measures: [String]
    /// The date by which the requesting State asks for execution, if it gave one.
    public var deadline: String?
    public var statusHistory: [StatusEntry]
    /// ISO 8601 timestamps in UTC, whole seconds.
    public var createdAt: String
    public var updatedAt: String

    public init(requestingState: String, reference: String, received: String, measures: [String], deadline: String?,
                note: String?, ourReference: String?, now: String) {
        self.requestingState = requestingState
        self.reference = reference
        self.received = received
        self.measures = measures
        self.deadline = deadline
        self.statusHistory = [StatusEntry(status: .received, date: received, note: note, ourReference: ourReference, theirReference: reference)]
        self.createdAt = now
        self.updatedAt = now
    }
}
