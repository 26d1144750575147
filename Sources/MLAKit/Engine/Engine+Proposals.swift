/// An answer the session offers for a question, taken with Enter: the value as it would be typed,
/// and where it comes from, so the drafter can see why it is offered.
public struct ProposedAnswer: Equatable, Sendable {
    public enum Source: Equatable, Sendable {
        /// The date of the session.
        case today
        /// Another answer of the draft (the requesting State for the authority's country).
        case answer(AnswerPath)
        /// The office's authorities directory (the requested State's authority).
        case authorityDirectory
        /// The profiles of the two States: the instruments that bind both.
        case stateProfiles
    }

    /// The value in the form the question accepts (`2026-11-24`, `PT`, a choice code).
    public var value: String
    public var source: Source

    public init(value: String, source: Source) {
        self.value = value
        self.source = source
    }
}

extension Engine {
    /// The answer to offer for an unanswered question, if a sensible one exists.
    ///
    /// This is the one place that decides proposals: every source of suggestions (today's date,
    /// the requested State's authority in the office's directory, the instruments that bind both
    /// States by their profiles, other answers of the draft) is
    /// consulted here, in order, and the first that has a value wins.
    public func proposedAnswer(for question: Question, in answers: Answers, today: String,
                               authority: AuthorityDirectory.Authority? = nil, legalBasis: [String] = []) -> ProposedAnswer? {
        guard question.kind == .value, answers.value(at: question.path) == nil else { return nil }
        let schema = question.path.schemaPath
        if schema == Self.legalBasis, !legalBasis.isEmpty {
            return ProposedAnswer(value: legalBasis.joined(separator: ","), source: .stateProfiles)
        }
        if let authority, let value = Self.addressee(schema, from: authority) {
            return ProposedAnswer(value: value, source: .authorityDirectory)
        }
        if Self.datedToday.contains(schema) {
            return ProposedAnswer(value: today, source: .today)
        }
        if let origin = Self.copiedAnswers[schema], case .text(let value)? = answers.value(at: origin) {
            return ProposedAnswer(value: value, source: .answer(origin))
        }
        return nil
    }

    /// The addressee's answer that the directory's authority of the requested State gives.
    private static func addressee(_ schema: SchemaPath, from authority: AuthorityDirectory.Authority) -> String? {
        authority.addresseeAnswers.first { "requested_central_authority.\($0.field)" == schema.description }?.value
    }

    /// The instruments the request rests on.
    static let legalBasis = SchemaPath("legal_basis")

    /// Dates that are normally the day the request is written.
    private static let datedToday: Set<SchemaPath> = [SchemaPath("request_date")]

    /// Answers that are normally the same as an earlier one: the authorities' countries.
    private static let copiedAnswers: [SchemaPath: AnswerPath] = [
        SchemaPath("requesting_authority.country"): AnswerPath(FieldID("requesting_state")),
        SchemaPath("conducting_authority.country"): AnswerPath(FieldID("requesting_state")),
        SchemaPath("requested_central_authority.country"): AnswerPath(FieldID("requested_state")),
    ]
}
