/// The value formats of answers that are typed as one piece of text and stored in a canonical,
/// language-neutral form.
///
/// The raw value is the type name that `mla fields --json` shows. ``ValueParser/canonical(_:as:)``
/// checks a typed value against its format and returns the stored form:
///
/// ```swift
/// try ValueParser.canonical(" pt50 0999 0417 0006 2391 8755 3", as: .iban)  // "PT50099904170006239187553"
/// try ValueParser.canonical("2024-03-05 14:22:07+01:00", as: .datetime)     // "2024-03-05T14:22:07+01:00"
/// try ValueParser.canonical("2001:DB8:0:0:0:0:0:1", as: .ip)                // "2001:db8::1"
/// ```
public enum ValueFormat: String, Sendable, CaseIterable, Codable {
    /// One line of text, trimmed, at most 2,000 characters.
    case text
    /// Paragraphs separated by line feeds, at most 2,000,000 characters.
    case multiline
    /// A whole number in the range of `Int`, written without leading zeros: `-12`.
    case integer
    /// `yes` or `no`.
    case boolean
    /// An ISO 8601 calendar date: `2026-11-24`.
    case date
    /// An ISO 8601 date and time with seconds and a UTC offset: `2024-03-05T14:22:07+01:00`.
    case datetime
    /// Two dates, start not after end: `2026-03-09/2026-09-29`.
    case daterange
    /// Two date-times, start before end: `2026-11-07T19:03:51Z/2026-11-07T21:17:40Z`.
    case datetimeRange = "datetime_range"
    /// A positive ISO 8601 duration: `P60D`, `PT12H`.
    case duration
    /// An IANA time-zone name: `Europe/Vienna`.
    case timezone
    /// An ISO 3166-1 alpha-2 country code: `PT`.
    case country
    /// A BCP 47 language tag: `pt-BR`.
    case language
    /// A positive amount and an ISO 4217 currency code: `186400.00 EUR`.
    case money
    /// An email address: `desk@example.org`.
    case email
    /// An E.164 telephone number: `+351213456789`.
    case phone
    /// An absolute URL with scheme and host: `https://example.org/path?q=1`.
    case url
    /// An IPv4 or IPv6 address with an optional port: `198.51.100.23:50123`, `[2001:db8::1]:443`.
    case ip
    /// A TCP or UDP port number, 0 to 65535.
    case port
    /// An ISO 13616 IBAN without spaces: `PT50099904170006239187553`.
    case iban
    /// An ISO 9362 business identifier code of 8 or 11 characters: `BCOMPTPL`.
    case bic
    /// A 15-digit IMEI with a valid Luhn check digit: `490154203237518`.
    case imei
    /// An IMSI of 6 to 15 digits: `208011234567890`.
    case imsi
    /// A MAC address of six octets, stored lowercase with colons: `00:1a:2b:3c:4d:5e`.
    case mac
}
