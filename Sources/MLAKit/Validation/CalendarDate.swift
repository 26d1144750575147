/// A day of the proleptic Gregorian calendar, written in ISO 8601 as `YYYY-MM-DD`.
///
/// ```swift
/// CalendarDate.reading("2026-11-24")   // .valid(CalendarDate(year: 2026, month: 11, day: 24))
/// CalendarDate.reading("2026-02-30")   // .impossible
/// CalendarDate.reading("24/11/2026")   // .malformed
/// ```
struct CalendarDate: Hashable, Comparable, Sendable {
    let year: Int
    let month: Int
    let day: Int

    /// What a piece of text turned out to be.
    enum Reading: Equatable, Sendable {
        case valid(CalendarDate)
        /// Not four, two and two ASCII digits separated by hyphens.
        case malformed
        /// Well formed, but no such day: month 13, 30 February, year 0000.
        case impossible
    }

    /// A day of years 0001 to 9999, or nil when there is no such day.
    init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads exactly `YYYY-MM-DD`.
    static func reading(_ text: some StringProtocol) -> Reading {
        // `YYYY-MM-DD` is ten ASCII bytes: read them directly, as this runs for every date
        // stored, checked and written.
        guard text.utf8.count == 10 else { return .malformed }
        var year = 0, month = 0, day = 0
        for (index, byte) in text.utf8.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return .malformed }
                continue
            }
            guard byte.isASCIIDigit else { return .malformed }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch index {
            case ..<4: year = year * 10 + digit
            case ..<7: month = month * 10 + digit
            default: day = day * 10 + digit
            }
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else { return .impossible }
        return .valid(date)
    }

    /// `2026-11-24`.
    var iso: String {
        year.zeroPadded(to: 4) + "-" + month.zeroPadded(to: 2) + "-" + day.zeroPadded(to: 2)
    }

    /// Days since 1970-01-01, negative before it (Howard Hinnant's `days_from_civil`).
    var daysSinceEpoch: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day so many days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    init?(daysSinceEpoch days: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// The local date of a stored date or datetime (its first ten characters), if valid.
    static func of(_ stored: String) -> CalendarDate? {
        if case .valid(let date) = reading(stored.prefix(10)) { return date }
        return nil
    }

    /// The day `days` days later (earlier when negative).
    func adding(days: Int) -> CalendarDate? {
        CalendarDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension Int {
    /// The decimal digits with zeros in front up to `width`: `7.zeroPadded(to: 2)` is `"07"`.
    func zeroPadded(to width: Int) -> String {
        let digits = String(self)
        return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
    }
}

private extension CalendarDate {
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}
