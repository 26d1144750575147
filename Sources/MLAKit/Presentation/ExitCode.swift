/// The program's exit statuses (BSD sysexits), as DESIGN.md fixes them.
public enum ExitCode: Int32, Sendable {
    case success = 0
    /// `check` found missing or invalid information.
    case checkFailed = 1
    case usage = 64
    /// A draft or data file that cannot be read as one, or an invalid value.
    case dataError = 65
    case noInput = 66
    case cannotCreate = 73
    case ioError = 74
    case interrupted = 130
}
