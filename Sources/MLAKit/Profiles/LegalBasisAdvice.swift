/// What the profiles say about the instruments that could ground a request between two States,
/// and the provisions of each that apply to the measures requested.
public struct LegalBasisAdvice: Equatable, Sendable {
    public enum Standing: Equatable, Sendable {
        /// Both States are party, by their profiles.
        case bindsBoth
        /// At least one State is not party, by its profile.
        case notBinding
        /// Neither profile says the instrument does not bind, and at least one does not say.
        case notKnown
    }

    public struct Entry: Equatable, Sendable {
        public var instrument: Instrument
        public var standing: Standing
        public var requesting: InstrumentFact?
        public var requested: InstrumentFact?
        /// The `legal_basis` choice code, if the questionnaire offers the instrument.
        public var choice: String?
        public var general: [String]
        /// The measures requested with the provisions that apply to each, in the order asked.
        public var provisions: [(measure: String, citations: [String])]
        /// UNTOC only: no offence reaches the serious-crime threshold or is a Convention offence.
        public var outsideUNTOCScope: Bool

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.instrument == rhs.instrument && lhs.standing == rhs.standing && lhs.requesting == rhs.requesting
                && lhs.requested == rhs.requested && lhs.choice == rhs.choice && lhs.general == rhs.general
                && lhs.provisions.map(\.measure) == rhs.provisions.map(\.measure)
                && lhs.provisions.map(\.citations) == rhs.provisions.map(\.citations) && lhs.outsideUNTOCScope == rhs.outsideUNTOCScope
        }
    }

    public var requestingState: String
    public var requestedState: String
    public var entries: [Entry]

    /// The `legal_basis` codes of the instruments that bind both States.
    public var suggestedChoices: [String] {
        entries.filter { $0.standing == .bindsBoth }.compactMap(\.choice)
    }
}

extension Engine {
    /// The advice for the draft's States and measures, from their profiles (either may be nil).
    public func legalBasisAdvice(_ answers: Answers, requesting: StateProfile?, requested: StateProfile?,
                                 provisions: Provisions) -> LegalBasisAdvice? {
        guard case .text(let from)? = answers.value(at: AnswerPath(FieldID("requesting_state"))),
              case .text(let to)? = answers.value(at: AnswerPath(FieldID("requested_state"))) else { return nil }
        var measures: [String] = []
        for field in ["assistance_types", "de_measure", "ar_measure"] {
            if case .codes(let codes)? = answers.value(at: AnswerPath(FieldID(field))) { measures += codes }
        }
        let entries = Instrument.allCases.compactMap { instrument -> LegalBasisAdvice.Entry? in
            let mine = requesting?.instruments[instrument]
            let theirs = requested?.instruments[instrument]
            guard mine != nil || theirs != nil else { return nil }
            let standing: LegalBasisAdvice.Standing =
                mine?.party == false || theirs?.party == false ? .notBinding
                : mine?.party == true && theirs?.party == true ? .bindsBoth : .notKnown
            let entry = provisions.instruments[instrument]
            let applicable = measures.compactMap { measure in
                entry?.measures[measure].map { (measure: measure, citations: $0) }
            }
            return LegalBasisAdvice.Entry(instrument: instrument, standing: standing, requesting: mine, requested: theirs,
                                          choice: entry?.choice, general: entry?.general ?? [], provisions: applicable,
                                          outsideUNTOCScope: instrument == .untoc && !reachesUNTOCScope(answers))
        }
        return LegalBasisAdvice(requestingState: from, requestedState: to, entries: entries)
    }

    /// Whether some offence is punishable by at least four years or is a Convention offence
    /// (UNTOC 2(b), 3(1)); true when no offence is given yet.
    private func reachesUNTOCScope(_ answers: Answers) -> Bool {
        guard case .items(let offences)? = answers.value(at: AnswerPath(FieldID("offences"))), !offences.isEmpty else { return true }
        return offences.contains { offence in
            if case .integer(let years)? = offence.value(at: AnswerPath(FieldID("max_penalty_years"))), years >= 4 { return true }
            if case .text(let category)? = offence.value(at: AnswerPath(FieldID("untoc_offence_category"))), category != "none" { return true }
            return false
        }
    }
}
