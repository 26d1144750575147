/// Reads stored dates (`2026-11-24`) and datetimes (`2026-11-12T22:41:09+01:00`) as seconds
/// since 1970-01-01T00:00:00Z, without a calendar object, so comparisons need no clock or locale.
enum InstantParser {
    static func seconds(_ text: String) -> Int? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 10, let year = number(scalars, 0, 4), let month = number(scalars, 5, 2),
              let day = number(scalars, 8, 2) else { return nil }
        let days = daysFromCivil(year: year, month: month, day: day)
        guard scalars.count > 10 else { return days * 86_400 }
        guard scalars.count >= 20, let hour = number(scalars, 11, 2), let minute = number(scalars, 14, 2),
              let second = number(scalars, 17, 2) else { return nil }
        var rest = scalars[19...]
        if rest.first == UInt8(ascii: ".") { rest = rest.dropFirst().drop { (48...57).contains($0) } }
        var offset = 0
        if rest.first != UInt8(ascii: "Z") {
            let sign = rest.first == UInt8(ascii: "-") ? -1 : 1
            let digits = Array(rest.dropFirst())
            guard digits.count == 5, let hours = number(digits, 0, 2), let minutes = number(digits, 3, 2) else { return nil }
            offset = sign * (hours * 3_600 + minutes * 60)
        }
        return days * 86_400 + hour * 3_600 + minute * 60 + second - offset
    }

    /// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func number(_ scalars: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= scalars.count else { return nil }
        var value = 0
        for byte in scalars[start..<start + length] {
            guard (48...57).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}
