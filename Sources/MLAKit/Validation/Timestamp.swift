/// An instant written in ISO 8601 with seconds and a UTC offset: `2024-03-05T14:22:07+01:00`.
///
/// Reading is lenient where the meaning is unchanged: `t`, `z` and a space for `T` are accepted,
/// as are a space before the offset and an offset written `+0100`. Fractional seconds are kept
/// as typed. A time without an offset is refused: it names no instant.
///
/// ```swift
/// try Timestamp(iso: "2024-03-05 14:22:07.250z").iso   // "2024-03-05T14:22:07.250Z"
/// try Timestamp(iso: "2024-03-05T14:22:07")            // throws ValueError.naiveDatetime
/// ```
struct Timestamp: Equatable, Sendable {
    let date: CalendarDate
    let hour: Int
    let minute: Int
    let second: Int
    /// The digits after the decimal point of the seconds, as typed; empty when there are none.
    let fraction: String
    /// Minutes east of UTC; nil for `Z`.
    let offsetMinutes: Int?
    /// `Z` or the offset as `±HH:MM`, keeping the sign typed (`-00:00` is not `+00:00`).
    let offsetText: String

    /// Reads `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; errors carry `text` as the value.
    init(iso text: String) throws(ValueError) {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { throw .notADatetime(text) }
        let bytes = Array(text.utf8)
        switch CalendarDate.reading(text.prefix(10)) {
        case .valid(let date): self.date = date
        case .malformed: throw .notADatetime(text)
        case .impossible: throw .noSuchDate(text)
        }
        guard bytes.count > 10, [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[10]),
              let hour = bytes.number(at: 11, digits: 2), bytes.byte(at: 13) == UInt8(ascii: ":"),
              let minute = bytes.number(at: 14, digits: 2)
        else { throw .notADatetime(text) }
        guard bytes.byte(at: 16) == UInt8(ascii: ":") else {
            if let next = bytes.byte(at: 16), !"Zz+- ".utf8.contains(next) { throw .notADatetime(text) }
            throw .datetimeWithoutSeconds(text)
        }
        guard let second = bytes.number(at: 17, digits: 2) else { throw .notADatetime(text) }
        guard hour <= 23, minute <= 59, second <= 59 else { throw .noSuchTime(text) }
        self.hour = hour
        self.minute = minute
        self.second = second

        var rest = text.dropFirst(19)
        if rest.first == "." {
            let digits = rest.dropFirst().prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count) else { throw .notADatetime(text) }
            fraction = String(digits)
            rest = rest.dropFirst(1 + digits.count)
        } else {
            fraction = ""
        }
        if rest.first == " " { rest = rest.dropFirst() }
        guard !rest.isEmpty else { throw .naiveDatetime(text) }
        (offsetMinutes, offsetText) = try Self.offset(rest)
    }

    /// `2024-03-05T14:22:07.250+01:00`, `2024-03-05T14:22:07Z`.
    var iso: String {
        let seconds = fraction.isEmpty ? "" : "." + fraction
        return date.iso + "T" + hour.zeroPadded(to: 2) + ":" + minute.zeroPadded(to: 2) + ":"
            + second.zeroPadded(to: 2) + seconds + offsetText
    }

    /// Whole seconds since 1970-01-01T00:00:00Z and nanoseconds, ordered as instants.
    var instant: Instant {
        let local = date.daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second
        let padded = fraction + String(repeating: "0", count: 9 - fraction.count)
        return Instant(seconds: local - (offsetMinutes ?? 0) * 60, nanoseconds: Int(padded) ?? 0)
    }

    struct Instant: Comparable, Sendable {
        let seconds: Int
        let nanoseconds: Int

        static func < (lhs: Instant, rhs: Instant) -> Bool {
            (lhs.seconds, lhs.nanoseconds) < (rhs.seconds, rhs.nanoseconds)
        }
    }
}

private extension Timestamp {
    /// `Z` → nil; `+01:00`, `+0100`, `-05:30` → signed minutes up to ±14:00, and the canonical text.
    static func offset(_ text: Substring) throws(ValueError) -> (minutes: Int?, text: String) {
        if text == "Z" || text == "z" { return (nil, "Z") }
        let sign = text.first
        let digits = text.dropFirst().filter { $0 != ":" }
        let colonPlacedRight = text.count == 5 || (text.count == 6 && text.dropFirst(3).first == ":")
        guard sign == "+" || sign == "-", colonPlacedRight, digits.count == 4,
              let hours = digits.prefix(2).asciiDigitsValue,
              let minutes = digits.suffix(2).asciiDigitsValue,
              minutes <= 59, hours * 60 + minutes <= 14 * 60
        else { throw .invalidOffset(String(text)) }
        let minutesEast = (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
        let written = (sign == "-" ? "-" : "+") + hours.zeroPadded(to: 2) + ":" + minutes.zeroPadded(to: 2)
        return (minutesEast, written)
    }
}

private extension Array where Element == UInt8 {
    func byte(at index: Int) -> UInt8? { indices.contains(index) ? self[index] : nil }

    /// The value of `digits` ASCII digits starting at `index`, or nil.
    func number(at index: Int, digits: Int) -> Int? {
        guard index >= 0, index + digits <= count else { return nil }
        var value = 0
        for byte in self[index..<(index + digits)] {
            guard byte.isASCIIDigit else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
