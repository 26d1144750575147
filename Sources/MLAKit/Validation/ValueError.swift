/// Why a typed value was refused.
///
/// Each case names one specific mistake and carries the text needed to explain it. The error is
/// turned into words elsewhere, through ``key`` (the message under `value_errors` in
/// `Locales/<lang>.json`) and ``arguments`` (its placeholders). Tests compare exact values:
///
/// ```swift
/// #expect(throws: ValueError.naiveDatetime("2024-03-05T14:22:07")) {
///     try ValueParser.canonical("2024-03-05T14:22:07", as: .datetime)
/// }
/// ```
///
/// A `String` payload is the offending value as typed (trimmed) unless the case says otherwise.
public enum ValueError: Error, Equatable, Sendable {
    // MARK: Any format

    /// Nothing but white space was typed.
    case empty
    /// The value has more characters than the format allows.
    case tooLong(limit: Int, length: Int)
    /// A one-line value contains a line break.
    case lineBreak
    /// The value contains an invisible control character (C0, DEL or C1), at a position in
    /// the value as given.
    case controlCharacter(Unicode.Scalar, at: TextPosition)
    /// The value contains a bidirectional embedding, override or isolate character
    /// (U+202A–U+202E, U+2066–U+2069) or a direction mark (U+200E, U+200F, U+061C), which can
    /// make a name or number read differently.
    case bidiControl(Unicode.Scalar, at: TextPosition)

    // MARK: Numbers and yes/no

    case notAnInteger(String)
    case integerOutOfRange(String)
    case notABoolean(String)
    case notAPort(String)
    /// The payload is the port number as typed.
    case portOutOfRange(String)

    // MARK: Dates, times and durations

    case notADate(String)
    /// Well formed but not a day of the calendar, such as `2026-02-30`; also used for datetimes.
    case noSuchDate(String)
    case notADatetime(String)
    case datetimeWithoutSeconds(String)
    /// A date-time without `Z` or a UTC offset.
    case naiveDatetime(String)
    /// Hours, minutes or seconds out of range, such as `24:00:00`.
    case noSuchTime(String)
    /// The payload is the offset as typed, such as `+15:00` or `CET`.
    case invalidOffset(String)
    /// Not exactly one `/` between start and end.
    case notARange(String)
    /// The end of a range is before its start (or, for date-times, not after it).
    case rangeOrder(start: String, end: String)
    case notADuration(String)
    /// A `T` in a duration with no hours, minutes or seconds after it, such as `P1DT`.
    case durationWithoutTimeComponent(String)
    case zeroDuration(String)
    case unknownTimeZone(String)
    /// An abbreviation (`CET`) or a fixed offset (`UTC+1`) where a place's time-zone name is needed.
    case timeZoneNotAName(String)

    // MARK: Countries and languages

    case unknownCountry(String)
    case notALanguageTag(String)
    /// The payload is the language subtag, such as `xq` in `xq-PT`.
    case unknownLanguage(String)

    // MARK: Money

    case notMoney(String)
    case moneyWithoutCurrency(String)
    /// The amount uses thousands separators or a decimal comma; `suggestion` is the likely intended form.
    case moneySeparators(value: String, suggestion: String)
    /// More decimals than the currency has.
    case moneyDecimals(value: String, currency: String, limit: Int)
    case moneyNotPositive(String)
    /// The payload is the currency code as typed.
    case unknownCurrency(String)

    // MARK: Contact details and addresses

    case notAnEmail(String)
    case notAPhoneNumber(String)
    case phoneWithoutCountryCode(String)
    /// E.164 numbers have 8 to 15 digits; `digits` is how many were typed.
    case phoneLength(value: String, digits: Int)
    case notAURL(String)
    case urlWithoutScheme(String)
    case unsupportedURLScheme(value: String, scheme: String)
    case urlWithoutHost(String)
    case notAnIPAddress(String)
    /// An IPv4 part written with a leading zero, such as `192.000.2.1`, which some tools read as octal.
    case ipLeadingZeros(String)
    /// An IPv4 part above 255.
    case ipOctetOutOfRange(String)
    /// An IPv6 address followed by `:port` without brackets, such as `2001:db8::1:50123`, which
    /// must be written `[2001:db8::1]:50123`.
    case ipv6PortWithoutBrackets(String)

    // MARK: Device identifiers

    /// Not 15 digits (spaces and hyphens allowed between them).
    case imeiLength(String)
    /// The fifteenth digit does not match the Luhn check.
    case imeiChecksum(String)
    case notAnIMSI(String)
    case notAMAC(String)

    // MARK: Bank identifiers

    case notAnIBAN(String)
    /// The first two letters are not a country that uses IBANs.
    case ibanCountry(value: String, country: String)
    case ibanLength(value: String, country: String, expected: Int, actual: Int)
    /// The payload is the IBAN without spaces.
    case ibanChecksum(String)
    case bicLength(String)
    case notABIC(String)
    case bicCountry(value: String, country: String)
}
