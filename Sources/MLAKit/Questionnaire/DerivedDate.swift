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
}
