/// One line of the case register: a draft or an incoming request, as `mla list` shows it.
public struct RegisterEntry: Equatable, Sendable {
    /// The file name, relative to the folder listed.
    public var file: String
    public var direction: Direction
    /// Why the file could not be read, when it could not; the other properties are then empty.
    public var problem: DraftStoreError?
    /// The other State: the requested State of a draft, the requesting State of an incoming request.
    public var state: String?
    public var types: [TypeID] = []
    /// The document language of a draft.
    public var language: String?
    public var status: RequestStatus?
    public var statusDate: String?
    /// Days from sending (or receipt) to today, or to the day the request ended.
    public var daysSinceSent: Int?
    /// The dates still to watch, earliest first; none once the request has ended.
    public var deadlines: [RegisterDeadline] = []
    /// For a draft: how many required items are missing or inconsistent.
    public var missing: Int?
    public var ourReference: String?
    public var theirReference: String?

    public init(file: String, direction: Direction, problem: DraftStoreError? = nil) {
        self.file = file
        self.direction = direction
        self.problem = problem
    }

    /// The earliest date to watch.
    public var nextDeadline: RegisterDeadline? { deadlines.first }
}

/// A date to watch in the register, with the days left until it (negative once passed).
public struct RegisterDeadline: Equatable, Sendable {
    public enum Subject: Equatable, Sendable {
        /// A date answer of a draft: its path, the text key of its field, and the answer that
        /// names it in a list (a custody time limit's person).
        case answer(path: AnswerPath, textKey: String, name: String?)
        /// The date by which an incoming request asks for execution.
        case executionRequested
    }

    public var subject: Subject
    /// `YYYY-MM-DD`.
    public var date: String
    public var daysLeft: Int
}
