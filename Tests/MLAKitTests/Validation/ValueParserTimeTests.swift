import MLAKit
import Testing

/// Dates, date-times, ranges, durations and time zones.
@Suite struct ValueParserTimeTests {
    // MARK: Date

    @Test(arguments: [
        ("2026-11-24", "2026-11-24"), ("2024-02-29", "2024-02-29"), ("2000-02-29", "2000-02-29"),
        ("0001-01-01", "0001-01-01"), ("9999-12-31", "9999-12-31"), (" 2026-03-09 ", "2026-03-09"),
    ])
    func acceptsCalendarDates(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .date) == expected)
    }

    @Test(arguments: [
        "24/11/2026", "2026-1-5", "2026-11-24T10:00:00Z", "20261124", "2026/11/24", "26-11-24",
        "2026-11-2４", "2026-11-24-", "November 24, 2026",
    ])
    func rejectsDateNotWrittenYearMonthDay(input: String) {
        #expect(throws: ValueError.notADate(input)) { try ValueParser.canonical(input, as: .date) }
    }

    @Test(arguments: [
        "2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2100-02-29", "1900-02-29",
        "0000-01-01", "2026-11-00",
    ])
    func rejectsDateThatDoesNotExist(input: String) {
        #expect(throws: ValueError.noSuchDate(input)) { try ValueParser.canonical(input, as: .date) }
    }

    // MARK: Datetime

    @Test(arguments: [
        ("2024-03-05T14:22:07+01:00", "2024-03-05T14:22:07+01:00"),
        ("2024-03-05T14:22:07Z", "2024-03-05T14:22:07Z"),
        ("2024-03-05t14:22:07z", "2024-03-05T14:22:07Z"),
        ("2024-03-05 14:22:07+01:00", "2024-03-05T14:22:07+01:00"),
        ("2024-03-05T14:22:07.123Z", "2024-03-05T14:22:07.123Z"),
        ("2024-03-05T14:22:07.000-03:00", "2024-03-05T14:22:07.000-03:00"),
        ("2024-03-05T14:22:07+0100", "2024-03-05T14:22:07+01:00"),
        ("2024-03-05T14:22:07 +05:30", "2024-03-05T14:22:07+05:30"),
        ("2026-11-07T16:42:09-00:00", "2026-11-07T16:42:09-00:00"),
        ("2026-11-07T16:42:09+00:00", "2026-11-07T16:42:09+00:00"),
        ("2024-03-05T23:59:59+14:00", "2024-03-05T23:59:59+14:00"),
        ("2024-03-05T00:00:00-14:00", "2024-03-05T00:00:00-14:00"),
        ("2024-02-29T12:00:00.123456789Z", "2024-02-29T12:00:00.123456789Z"),
    ])
    func canonicalisesDatetimes(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .datetime) == expected)
    }

    @Test(arguments: ["2024-03-05T14:22:07", "2024-03-05 14:22:07", "2024-03-05T14:22:07.5"])
    func rejectsDatetimeWithoutOffset(input: String) {
        #expect(throws: ValueError.naiveDatetime(input)) { try ValueParser.canonical(input, as: .datetime) }
    }

    @Test(arguments: ["2024-03-05T14:22+01:00", "2024-03-05T14:22Z", "2024-03-05 14:22"])
    func rejectsDatetimeWithoutSeconds(input: String) {
        #expect(throws: ValueError.datetimeWithoutSeconds(input)) {
            try ValueParser.canonical(input, as: .datetime)
        }
    }

    @Test(arguments: [
        ("2024-03-05T14:22:07+15:00", "+15:00"), ("2024-03-05T14:22:07-14:30", "-14:30"),
        ("2024-03-05T14:22:07+01:60", "+01:60"), ("2024-03-05T14:22:07 CET", "CET"),
        ("2024-03-05T14:22:07+1", "+1"), ("2024-03-05T14:22:07+01:00:00", "+01:00:00"),
        ("2024-03-05T14:22:07+0:100", "+0:100"),
    ])
    func rejectsDatetimeWithInvalidOffset(input: String, offset: String) {
        #expect(throws: ValueError.invalidOffset(offset)) { try ValueParser.canonical(input, as: .datetime) }
    }

    @Test(arguments: ["2024-03-05T24:00:00Z", "2024-03-05T12:60:00Z", "2024-03-05T12:00:60Z"])
    func rejectsDatetimeWithImpossibleTime(input: String) {
        #expect(throws: ValueError.noSuchTime(input)) { try ValueParser.canonical(input, as: .datetime) }
    }

    @Test func rejectsDatetimeOnImpossibleDate() {
        #expect(throws: ValueError.noSuchDate("2026-02-30T10:00:00Z")) {
            try ValueParser.canonical("2026-02-30T10:00:00Z", as: .datetime)
        }
    }

    @Test(arguments: [
        "2024-03-05", "05/03/2024 14:22:07", "2024-03-05T14h22", "2024-03-05T14:22:07.Z",
        "2024-03-05T14:22:07.1234567890Z", "2024-03-05X14:22:07Z", "2024-03-05T14:22x",
        "2024-03-05T1:22:07Z", "2024-03-05T14:22:07Ζ",
    ])
    func rejectsMalformedDatetime(input: String) {
        #expect(throws: ValueError.notADatetime(input)) { try ValueParser.canonical(input, as: .datetime) }
    }

    // MARK: Date range

    @Test(arguments: [
        ("2026-03-09/2026-09-29", "2026-03-09/2026-09-29"),
        ("2026-03-09 / 2026-09-29", "2026-03-09/2026-09-29"),
        ("2026-03-09/2026-03-09", "2026-03-09/2026-03-09"),
    ])
    func canonicalisesDateRanges(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .daterange) == expected)
    }

    @Test(arguments: [
        ("2026-09-29/2026-03-09", ValueError.rangeOrder(start: "2026-09-29", end: "2026-03-09")),
        ("2026-03-09", .notARange("2026-03-09")),
        ("2026-03-09 to 2026-09-29", .notARange("2026-03-09 to 2026-09-29")),
        ("2026-03-09/2026-04-01/2026-05-01", .notARange("2026-03-09/2026-04-01/2026-05-01")),
        ("2026-03-09/", .notARange("2026-03-09/")),
        ("/2026-03-09", .notARange("/2026-03-09")),
        ("2026-03-09/2026-02-30", .noSuchDate("2026-02-30")),
        ("2026-03-09/29.09.2026", .notADate("29.09.2026")),
    ])
    func rejectsDateRange(input: String, error: ValueError) {
        #expect(throws: error) { try ValueParser.canonical(input, as: .daterange) }
    }

    // MARK: Datetime range

    @Test(arguments: [
        ("2026-11-07T19:03:51Z/2026-11-07T21:17:40Z", "2026-11-07T19:03:51Z/2026-11-07T21:17:40Z"),
        ("2026-11-07 19:03:51z / 2026-11-07 21:17:40z", "2026-11-07T19:03:51Z/2026-11-07T21:17:40Z"),
        ("2026-11-08T01:42:09+09:00/2026-11-07T16:42:10Z", "2026-11-08T01:42:09+09:00/2026-11-07T16:42:10Z"),
        ("2026-11-07T19:03:51.1Z/2026-11-07T19:03:51.2Z", "2026-11-07T19:03:51.1Z/2026-11-07T19:03:51.2Z"),
        ("2026-12-31T23:00:00-02:00/2027-01-01T02:00:01+01:00", "2026-12-31T23:00:00-02:00/2027-01-01T02:00:01+01:00"),
    ])
    func canonicalisesDatetimeRanges(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .datetimeRange) == expected)
    }

    @Test(arguments: [
        ("2026-11-07T21:17:40Z/2026-11-07T19:03:51Z", "2026-11-07T21:17:40Z", "2026-11-07T19:03:51Z"),
        ("2026-11-08T01:42:09+09:00/2026-11-07T16:42:09Z", "2026-11-08T01:42:09+09:00", "2026-11-07T16:42:09Z"),
        ("2026-11-07T19:03:51Z/2026-11-07T19:03:51Z", "2026-11-07T19:03:51Z", "2026-11-07T19:03:51Z"),
        ("2026-11-07T19:03:51.5Z/2026-11-07T19:03:51.25Z", "2026-11-07T19:03:51.5Z", "2026-11-07T19:03:51.25Z"),
        ("2026-12-31T23:00:00-02:00/2027-01-01T02:00:00+01:00",
         "2026-12-31T23:00:00-02:00", "2027-01-01T02:00:00+01:00"),
    ])
    func rejectsDatetimeRangeWhoseEndIsNotAfterItsStart(input: String, start: String, end: String) {
        #expect(throws: ValueError.rangeOrder(start: start, end: end)) {
            try ValueParser.canonical(input, as: .datetimeRange)
        }
    }

    @Test(arguments: [
        ("2026-11-07T19:03:51/2026-11-07T21:17:40Z", ValueError.naiveDatetime("2026-11-07T19:03:51")),
        ("2026-11-07/2026-11-08", .notADatetime("2026-11-07")),
        ("2026-11-07T19:03:51Z", .notARange("2026-11-07T19:03:51Z")),
    ])
    func rejectsDatetimeRangeWithBadEnds(input: String, error: ValueError) {
        #expect(throws: error) { try ValueParser.canonical(input, as: .datetimeRange) }
    }

    // MARK: Duration

    @Test(arguments: [
        ("P60D", "P60D"), ("pt12h", "PT12H"), ("P1Y2M", "P1Y2M"), ("P2W", "P2W"),
        ("P1Y2M3W4DT5H6M7S", "P1Y2M3W4DT5H6M7S"), ("P060D", "P60D"), ("P0Y60D", "P60D"),
        ("P1DT0H", "P1D"), ("PT90M", "PT90M"), (" p3m ", "P3M"), ("P0DT1S", "PT1S"),
    ])
    func canonicalisesDurations(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .duration) == expected)
    }

    @Test(arguments: ["60 days", "P", "60D", "P1.5D", "P-1D", "P1H", "P1D2Y", "P1D1D", "PT1D", "P1", "PD", "P1DT1H1H"])
    func rejectsMalformedDuration(input: String) {
        #expect(throws: ValueError.notADuration(input)) { try ValueParser.canonical(input, as: .duration) }
    }

    @Test(arguments: ["PT", "P1DT", "pt"])
    func rejectsDurationWithEmptyTimePart(input: String) {
        #expect(throws: ValueError.durationWithoutTimeComponent(input)) {
            try ValueParser.canonical(input, as: .duration)
        }
    }

    @Test(arguments: ["P0D", "PT0S", "P0Y0M0DT0H0M0S", "P000W"])
    func rejectsZeroDuration(input: String) {
        #expect(throws: ValueError.zeroDuration(input)) { try ValueParser.canonical(input, as: .duration) }
    }

    // MARK: Time zone

    @Test(arguments: [
        ("Europe/Vienna", "Europe/Vienna"), ("europe/vienna", "Europe/Vienna"),
        ("America/Santiago", "America/Santiago"), ("Asia/Tokyo", "Asia/Tokyo"), ("UTC", "UTC"),
        ("utc", "UTC"), ("America/New York", "America/New_York"), ("Africa/Casablanca", "Africa/Casablanca"),
    ])
    func canonicalisesTimeZoneNames(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .timezone) == expected)
    }

    @Test(arguments: ["CET", "EST", "cest", "JST", "UTC+1", "GMT-03:00", "+01:00", "Etc/GMT+1"])
    func rejectsTimeZoneAbbreviationOrOffset(input: String) {
        #expect(throws: ValueError.timeZoneNotAName(input)) { try ValueParser.canonical(input, as: .timezone) }
    }

    @Test(arguments: ["Europe/Atlantis", "Vienna", "Mars/Olympus_Mons"])
    func rejectsUnknownTimeZone(input: String) {
        #expect(throws: ValueError.unknownTimeZone(input)) { try ValueParser.canonical(input, as: .timezone) }
    }
}
