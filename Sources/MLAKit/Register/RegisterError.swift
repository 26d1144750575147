/// Why a status cannot be recorded or an incoming request cannot be registered.
public enum RegisterError: Error, Equatable, Sendable {
    /// A status name that is not one of the direction's statuses.
    case unknownStatus(String, direction: Direction)
    /// A status that cannot follow the current one.
    case transitionRefused(file: String, from: RequestStatus, to: RequestStatus, allowed: [RequestStatus])
    /// A date that is not `YYYY-MM-DD`, or no such day.
    case invalidDate(option: String, ValueError)
    /// A date after today: the register records what has happened.
    case dateInFuture(option: String, date: String, today: String)
    /// A status dated before the status it follows.
    case dateBeforeCurrent(date: String, current: RequestStatus, currentDate: String)
    /// `ready` or `sent` for a draft that still lacks required information.
    case incomplete(file: String, status: RequestStatus, missing: Int)
    /// `incoming new` with a file name that `mla list` would not find.
    case notAnIncomingFileName(String)
    /// A measure code that `assistance_types` does not offer.
    case unknownMeasure(String, known: [String])
    /// A State that is not an ISO 3166 alpha-2 code.
    case invalidState(String, ValueError)
    /// `new --from` with a source draft that is itself the output.
    case sameFile(String)
}
