/// What `mla check` finds: information missing or wrong, and warnings, each with its legal source.
public struct CheckReport: Equatable, Sendable {
    public var missing: [Finding]
    public var invalid: [Finding]
    public var warnings: [Finding]
    /// Information from the checks across fields (reminders of time limits, practice notes).
    public var notes: [Finding] = []
    /// The dates marked as deadlines, earliest first.
    public var deadlines: [KeyDate] = []

    /// Whether the request may be rendered as final: nothing required is missing or wrong.
    public var isComplete: Bool { missing.isEmpty && invalid.isEmpty }
}

/// One finding of a check, about the answer at a path.
public struct Finding: Equatable, Sendable {
    public var path: AnswerPath
    public var field: Field
    public var section: Section
    /// The level that makes this a finding: `must` for missing, `should` for warnings.
    public var level: Level
    public var problem: Problem
    /// The reason the drafter gave for leaving a SHOULD item out, if any.
    public var acknowledgement: Acknowledgement?

    public enum Problem: Equatable, Sendable {
        /// No answer where one is required or expected.
        case missing
        /// A list with fewer items than it needs.
        case tooFewItems(have: Int, need: Int)
        /// A date later than the date of the check.
        case inFuture(date: String, today: String)
        /// A point in time not after another answer it must follow.
        case notAfter(value: String, other: AnswerPath, otherValue: String)
        /// A date earlier than the date of the check, where only a future date makes sense.
        case inPast(date: String, today: String)
        /// A date fewer than `days` days after another answer.
        case tooSoonAfter(value: String, other: AnswerPath, otherValue: String, days: Int)
        /// An IP address in a range an outside provider cannot resolve (`private`, `documentation`).
        case reservedAddress(value: String, range: String)
        /// A deadline that falls within its warning window (negative days: already passed).
        case deadlineNear(date: String, daysLeft: Int)
        /// A check across fields that fired.
        case rule(Check)
        /// A stored value that does not fit the form its field now asks for (an identifier
        /// whose kind was changed after its value was given).
        case wrongForm(ValueError, format: ValueFormat)
        /// A free-text answer written in the drafter's language (`from`) that the document
        /// language (`into`) still needs translated.
        case untranslated(words: Int, from: String, into: String)
        /// An instrument chosen as legal basis that a State is not party to, by its profile.
        case instrumentNotBinding(instrument: Instrument, state: String, source: String, checked: String)
        /// A document language the requested State does not accept, by its profile (rule C9).
        case languageNotAccepted(language: String, state: String, accepted: [String], source: String, checked: String)
    }
}

/// The drafter's reason for leaving out an item the request should contain (spec 8: a SHOULD
/// override stores the field, the reason and a timestamp).
public struct Acknowledgement: Equatable, Sendable {
    public var reason: String
    public var date: String

    public init(reason: String, date: String) {
        self.reason = reason
        self.date = date
    }
}

/// A date the drafter must keep an eye on, as `mla check` lists it.
public struct KeyDate: Equatable, Sendable {
    public var path: AnswerPath
    public var field: Field
    public var section: Section
    /// `YYYY-MM-DD`.
    public var date: String
    /// The answer the date was counted from, when the drafter gave no date of their own.
    public var derivedFrom: AnswerPath?
}
