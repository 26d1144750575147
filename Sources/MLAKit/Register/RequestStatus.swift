/// Where a request stands in the case register, from drafting to its end.
///
/// A request the drafter sends starts at `drafting`; a request received from another State
/// starts at `received`. `executed`, `refused` and `withdrawn` end a request.
public enum RequestStatus: String, CaseIterable, Equatable, Sendable {
    case drafting
    case ready
    case sent
    case received
    case acknowledged
    case moreInformationRequested = "more_information_requested"
    case partlyExecuted = "partly_executed"
    case executed
    case refused
    case withdrawn

    /// Whether no status can follow this one.
    public var isFinal: Bool {
        switch self {
        case .executed, .refused, .withdrawn: true
        case .drafting, .ready, .sent, .received, .acknowledged, .moreInformationRequested, .partlyExecuted: false
        }
    }

    /// Whether the request has left the requesting State: it is with the other State, or done.
    public var isSentOrLater: Bool {
        switch self {
        case .sent, .received, .acknowledged, .moreInformationRequested, .partlyExecuted, .executed, .refused: true
        case .drafting, .ready, .withdrawn: false
        }
    }
}

/// Which way a request goes: sent by the drafter's State, or received from another State.
public enum Direction: String, CaseIterable, Equatable, Sendable {
    case outgoing
    case incoming
}
