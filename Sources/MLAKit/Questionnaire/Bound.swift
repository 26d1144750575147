/// A limit in time on a date or datetime answer, checked by `mla check`.
public enum Bound: Equatable, Sendable {
    /// Not later than the day of the check (`"not_after": "today"`).
    case notAfterToday
    /// Not earlier than the day of the check (`"not_before": "today"`).
    case notBeforeToday
    /// Later than another answer (`"after": "request_date"`).
    case after(SchemaPath)
    /// At least so many days after another answer
    /// (`"at_least_days_after": {"field": "de_preservation_confirmed_at", "days": 60}`).
    case atLeastDaysAfter(SchemaPath, days: Int)
}
