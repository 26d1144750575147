import Foundation

extension ValueParser {
    /// Exactly `YYYY-MM-DD`, a day that exists.
    static func date(_ text: String) throws(ValueError) -> String {
        switch CalendarDate.reading(text) {
        case .valid(let date): date.iso
        case .malformed: throw .notADate(text)
        case .impossible: throw .noSuchDate(text)
        }
    }

    /// An instant with seconds and a UTC offset; see ``Timestamp``.
    static func datetime(_ text: String) throws(ValueError) -> String {
        try Timestamp(iso: text).iso
    }

    /// `start/end`, two dates with the start not after the end.
    static func daterange(_ text: String) throws(ValueError) -> String {
        let (startText, endText) = try rangeEnds(text)
        let start = try date(startText)
        let end = try date(endText)
        guard start <= end else { throw .rangeOrder(start: start, end: end) }
        return start + "/" + end
    }

    /// `start/end`, two date-times with the start strictly before the end as instants.
    static func datetimeRange(_ text: String) throws(ValueError) -> String {
        let (startText, endText) = try rangeEnds(text)
        let start = try Timestamp(iso: startText)
        let end = try Timestamp(iso: endText)
        guard start.instant < end.instant else { throw .rangeOrder(start: start.iso, end: end.iso) }
        return start.iso + "/" + end.iso
    }

    /// A positive ISO 8601 duration, uppercase, without zero components: `p0y60d` → `P60D`.
    ///
    /// Components are whole numbers in the order `Y M W D`, then after `T` the order `H M S`.
    static func duration(_ text: String) throws(ValueError) -> String {
        let upper = text.uppercased()
        guard upper.first == "P", upper.count > 1 else { throw .notADuration(text) }
        let parts = upper.dropFirst().split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let datePart = parts[0]
        let hasTime = parts.count == 2
        if hasTime && parts[1].isEmpty { throw .durationWithoutTimeComponent(text) }
        guard let dateComponents = durationComponents(datePart, designators: "YMWD"),
              let timeComponents = hasTime ? durationComponents(parts[1], designators: "HMS") : ""
        else { throw .notADuration(text) }
        guard !dateComponents.isEmpty || !timeComponents.isEmpty else { throw .zeroDuration(text) }
        return "P" + dateComponents + (timeComponents.isEmpty ? "" : "T" + timeComponents)
    }

    /// An IANA time-zone name Foundation lists, in its listed spelling; `utc` → `UTC`.
    ///
    /// Abbreviations such as `CET` or `EST` and fixed offsets such as `UTC+1` are refused: they
    /// do not follow a place's daylight-saving changes, and several name more than one zone.
    static func timezone(_ text: String) throws(ValueError) -> String {
        let name = text.replacing(ascii: " ", with: "_")
        if name.caseInsensitiveCompare("UTC") == .orderedSame { return "UTC" }
        if let listed = timeZonesByLowercasedName[name.lowercased()] {
            return listed
        }
        let upper = name.uppercased()
        let isOffset = ["UTC+", "UTC-", "GMT+", "GMT-", "ETC/GMT", "+", "-"].contains { upper.hasPrefix($0) }
        guard isOffset || TimeZone(abbreviation: upper) != nil || TimeZone(identifier: upper) != nil else {
            throw .unknownTimeZone(text)
        }
        throw .timeZoneNotAName(text)
    }
}

private extension ValueParser {
    /// The two trimmed sides of one `/`.
    static func rangeEnds(_ text: String) throws(ValueError) -> (String, String) {
        let sides = text.split(separator: "/", omittingEmptySubsequences: false)
        guard sides.count == 2 else { throw .notARange(text) }
        let start = sides[0].trimmingWhiteSpace
        let end = sides[1].trimmingWhiteSpace
        guard !start.isEmpty, !end.isEmpty else { throw .notARange(text) }
        return (start, end)
    }

    /// `1Y0M60D` with designators `YMWD` → `1Y60D`; nil when a designator is missing, repeated,
    /// out of order or has no digits. Empty input gives empty output.
    static func durationComponents(_ text: Substring, designators: String) -> String? {
        var remaining = Substring(designators)
        var result = ""
        var digits = ""
        for character in text {
            if character.isASCII && character.isNumber {
                digits.append(character)
                continue
            }
            guard !digits.isEmpty, let position = remaining.firstIndex(of: character) else { return nil }
            remaining = remaining[remaining.index(after: position)...]
            let number = digits.withoutLeadingZeros
            if number != "0" { result += number + String(character) }
            digits = ""
        }
        return digits.isEmpty ? result : nil
    }

    /// Foundation's time-zone names by their lowercase spelling, the first listed for each:
    /// looked up once rather than compared one by one for every answer.
    static let timeZonesByLowercasedName: [String: String] = Dictionary(
        TimeZone.knownTimeZoneIdentifiers.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
}
