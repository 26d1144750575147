/// The words and exit codes for what the case register refuses.
extension Presenter {
    func describe(_ error: RegisterError) -> (message: String, exit: ExitCode) {
        switch error {
        case .unknownStatus(let name, let direction):
            return (text("register.errors.unknown_status", ["status": name, "direction": text("register.direction_of.\(direction.rawValue)"),
                                                            "known": RequestStatus.statuses(for: direction).map(\.rawValue).joined(separator: ", ")]), .usage)
        case .transitionRefused(let file, let from, let to, let allowed):
            if allowed.isEmpty {
                return (text("register.errors.status_final", ["file": file, "from": status(from), "to": status(to)]), .dataError)
            }
            return (text("register.errors.transition_refused", ["file": file, "from": status(from), "to": status(to),
                                                                "allowed": allowed.map { "\(status($0)) (\($0.rawValue))" }.joined(separator: ", ")]), .dataError)
        case .invalidDate(let option, let value):
            return (text("register.errors.invalid_date", ["option": option, "problem": describe(value)]), .dataError)
        case .dateInFuture(let option, let date, let today):
            return (text("register.errors.date_in_future", ["option": option, "date": date, "today": today]), .dataError)
        case .dateBeforeCurrent(let date, let current, let currentDate):
            return (text("register.errors.date_before_current", ["date": date, "current": status(current), "current_date": currentDate]), .dataError)
        case .incomplete(let file, let to, let missing):
            return (text("register.errors.incomplete", ["file": file, "status": status(to), "count": String(missing)]), .checkFailed)
        case .notAnIncomingFileName(let file):
            return (text("register.errors.not_an_incoming_file_name", ["file": file]), .usage)
        case .unknownMeasure(let measure, let known):
            return (text("register.errors.unknown_measure", ["measure": measure, "known": known.joined(separator: ", ")]), .dataError)
        case .invalidState(let state, let value):
            return (text("register.errors.invalid_state", ["state": state, "problem": describe(value)]), .dataError)
        case .sameFile(let file):
            return (text("register.errors.same_file", ["file": file]), .usage)
        }
    }

    /// A status in the interface language.
    public func status(_ status: RequestStatus) -> String {
        text("statuses.\(status.rawValue)")
    }
}
