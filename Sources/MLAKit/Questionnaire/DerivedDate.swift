/// A date that follows from another answer until the drafter gives one
/// (`"default_days_after": {"field": "de_preservation_confirmed_at", "days": 60}`).
public struct DerivedDate: Equatable, Sendable {
    public var from: SchemaPath
    public var days: Int
}

/// A date that `mla check` lists among the request's deadlines
/// (`"deadline": {"warn_within_days": 14}`), with a warning once fewer days remain.
public struct Deadline: Equatable, Sendable {
    public var warnWithinDays: Int?
    /// In a list item, the sibling whose answer names the deadline in listings (`"named_by": "what"`).
    public var namedBy: FieldID?
    /// Whether the date stops counting once a follow-up request has been sent: a preservation
    /// then lasts until that request is decided (`"ends_with_follow_up": true`).
    public var endsWithFollowUp: Bool = false

    public init(warnWithinDays: Int? = nil, namedBy: FieldID? = nil, endsWithFollowUp: Bool = false) {
        self.warnWithinDays = warnWithinDays
        self.namedBy = namedBy
        self.endsWithFollowUp = endsWithFollowUp
    }
}
