/// The statuses that may follow each other, for each direction.
///
/// Outgoing requests:
///
/// | from | to |
/// | --- | --- |
/// | drafting | ready, sent, withdrawn |
/// | ready | drafting, sent, withdrawn |
/// | sent | acknowledged, more information requested, partly executed, executed, refused, withdrawn |
/// | acknowledged | more information requested, partly executed, executed, refused, withdrawn |
/// | more information requested | sent (the information was sent), more information requested, partly executed, executed, refused, withdrawn |
/// | partly executed | more information requested, partly executed, executed, refused, withdrawn |
/// | executed, refused, withdrawn | nothing: they end the request |
///
/// Incoming requests start at `received` and follow the same table from `sent` on, with
/// `acknowledged` (instead of `sent`) after more information was asked for and came in.
extension RequestStatus {
    /// The status a new record starts with.
    public static func initial(for direction: Direction) -> RequestStatus {
        switch direction {
        case .outgoing: .drafting
        case .incoming: .received
        }
    }

    /// The statuses a request of this direction can have, in the order they usually come.
    public static func statuses(for direction: Direction) -> [RequestStatus] {
        allCases.filter { status in
            switch status {
            case .drafting, .ready, .sent: direction == .outgoing
            case .received: direction == .incoming
            case .acknowledged, .moreInformationRequested, .partlyExecuted, .executed, .refused, .withdrawn: true
            }
        }
    }

    /// The statuses that may follow this one.
    public func next(in direction: Direction) -> [RequestStatus] {
        let answered: [RequestStatus] = [.moreInformationRequested, .partlyExecuted, .executed, .refused, .withdrawn]
        switch self {
        case .drafting: return direction == .outgoing ? [.ready, .sent, .withdrawn] : []
        case .ready: return direction == .outgoing ? [.drafting, .sent, .withdrawn] : []
        case .sent, .received: return [.acknowledged] + answered
        case .acknowledged: return answered
        case .moreInformationRequested: return [direction == .outgoing ? .sent : .acknowledged] + answered
        case .partlyExecuted: return answered
        case .executed, .refused, .withdrawn: return []
        }
    }
}
