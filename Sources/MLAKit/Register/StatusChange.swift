import Foundation

/// A status to record (`mla status FILE STATUS --date D --ref R --our-ref R --note N`), checked
/// against the history it extends.
public struct StatusChange: Equatable, Sendable {
    public var status: RequestStatus
    /// `YYYY-MM-DD`; nil for today.
    public var date: String?
    public var note: String?
    public var ourReference: String?
    public var theirReference: String?

    public init(status: RequestStatus, date: String? = nil, note: String? = nil, ourReference: String? = nil, theirReference: String? = nil) {
        self.status = status
        self.date = date
        self.note = note
        self.ourReference = ourReference
        self.theirReference = theirReference
    }

    /// Reads a status name as typed: its code (`partly_executed`), with hyphens or spaces allowed
    /// for underscores.
    public static func status(named name: String, direction: Direction) throws(RegisterError) -> RequestStatus {
        let code = name.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        guard let status = RequestStatus(rawValue: code), RequestStatus.statuses(for: direction).contains(status) else {
            throw .unknownStatus(name, direction: direction)
        }
        return status
    }

    /// The history with this change added, or why it cannot be.
    ///
    /// The status must be allowed to follow the current one (see ``RequestStatus/next(in:)``),
    /// and its date must be a real day, not after `today` and not before the current status.
    public func applied(to history: [StatusEntry], direction: Direction, file: String, today: String) throws(RegisterError) -> [StatusEntry] {
        let day = try Self.day(date ?? today, option: "--date", today: today)
        let current = history.last?.status ?? RequestStatus.initial(for: direction)
        let allowed = current.next(in: direction)
        guard allowed.contains(status) else {
            throw .transitionRefused(file: file, from: current, to: status, allowed: allowed)
        }
        // A draft's creation does not bound the dates: a request may be recorded after the fact.
        if let last = history.last, history.count > 1 || last.status != .drafting, let lastDay = CalendarDate.of(last.day), let newDay = CalendarDate.of(day), newDay < lastDay {
            throw .dateBeforeCurrent(date: day, current: last.status, currentDate: last.day)
        }
        return history + [StatusEntry(status: status, date: day, note: note.flatMap(Self.nonEmpty),
                                      ourReference: ourReference.flatMap(Self.nonEmpty), theirReference: theirReference.flatMap(Self.nonEmpty))]
    }

    /// A date given for the register: a real day, not after today.
    public static func day(_ text: String, option: String, today: String) throws(RegisterError) -> String {
        let day: String
        do {
            day = try ValueParser.canonical(text, as: .date)
        } catch {
            throw .invalidDate(option: option, error)
        }
        if let date = CalendarDate.of(day), let now = CalendarDate.of(today), now < date {
            throw .dateInFuture(option: option, date: day, today: today)
        }
        return day
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
