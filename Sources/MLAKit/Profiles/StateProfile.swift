/// What is known about a State as a requested (or requesting) State: the instruments it is
/// party to, the languages and channels it accepts, and its special requirements. Every fact
/// carries its public source and the date it was checked; a fact not known is left out.
public struct StateProfile: Equatable, Sendable {
    /// ISO 3166 alpha-2 code.
    public var state: String
    public var instruments: [Instrument: InstrumentFact]
    public var languages: Sourced<[String]>?
    public var channels: [Sourced<String>]
    /// Special requirements, in English and where given in other languages (by language code).
    public var requirements: [Sourced<[String: String]>]

    public init(state: String, instruments: [Instrument: InstrumentFact] = [:], languages: Sourced<[String]>? = nil,
                channels: [Sourced<String>] = [], requirements: [Sourced<[String: String]>] = []) {
        self.state = state
        self.instruments = instruments
        self.languages = languages
        self.channels = channels
        self.requirements = requirements
    }

    /// Whether the State accepts requests in `language` (`fr`, `pt-BR` counts as `pt`), or nil
    /// when the profile does not say.
    public func accepts(language: String) -> Bool? {
        guard let languages else { return nil }
        let base = language.split(separator: "-").first.map(String.init) ?? language
        return languages.value.contains { $0 == language || $0 == base || $0.split(separator: "-").first.map(String.init) == base }
    }
}

/// A fact with where it comes from and when that was checked.
public struct Sourced<Value: Equatable & Sendable>: Equatable, Sendable {
    public var value: Value
    /// The public record the fact was checked against (a URL).
    public var source: String
    /// `YYYY-MM-DD`.
    public var checked: String
    public var note: String?

    public init(value: Value, source: String, checked: String, note: String? = nil) {
        self.value = value
        self.source = source
        self.checked = checked
        self.note = note
    }
}

/// Whether a State is party to an instrument, from when, and the record that says so.
public struct InstrumentFact: Equatable, Sendable {
    public var party: Bool
    /// The date the instrument entered into force for the State, when the record gives it.
    public var inForce: String?
    public var source: String
    public var checked: String

    public init(party: Bool, inForce: String? = nil, source: String, checked: String) {
        self.party = party
        self.inForce = inForce
        self.source = source
        self.checked = checked
    }
}
