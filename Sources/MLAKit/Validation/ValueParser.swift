/// Checks typed values against their ``ValueFormat`` and returns the canonical stored form.
///
/// Every format first passes the checks of plain text: surrounding white space is trimmed, and
/// empty values, control characters and bidirectional override characters are refused. The
/// stored form is language-neutral (`2026-11-24`, `186400.00 EUR`, `PT`), so a draft reads the
/// same whatever language the questions were asked in.
///
/// ```swift
/// try ValueParser.canonical("  y ", as: .boolean)              // "yes"
/// try ValueParser.canonical("186400 eur", as: .money)          // "186400.00 EUR"
/// try ValueParser.canonical("2026-02-30", as: .date)           // throws ValueError.noSuchDate
/// ```
public enum ValueParser {
    /// The most characters of a one-line value.
    static let lineLimit = 2_000
    /// The most characters of a `multiline` value.
    static let multilineLimit = 2_000_000

    /// Checks `input` as typed by a user (or given to `mla set`) and returns its canonical stored form.
    public static func canonical(_ input: String, as format: ValueFormat) throws(ValueError) -> String {
        switch format {
        case .text: try line(input)
        case .multiline: try multiline(input)
        case .integer: try integer(line(input))
        case .boolean: try boolean(line(input))
        case .date: try date(line(input))
        case .datetime: try datetime(line(input))
        case .daterange: try daterange(line(input))
        case .datetimeRange: try datetimeRange(line(input))
        case .duration: try duration(line(input))
        case .timezone: try timezone(line(input))
        case .country: try country(line(input))
        case .language: try language(line(input))
        case .money: try money(line(input))
        case .email: try email(line(input))
        case .phone: try phone(line(input))
        case .url: try url(line(input))
        case .ip: try ip(line(input))
        case .port: try port(line(input))
        case .iban: try iban(line(input))
        case .bic: try bic(line(input))
        case .imei: try imei(line(input))
        case .imsi: try imsi(line(input))
        case .mac: try mac(line(input))
        }
    }

    /// One line of text: trimmed, not empty, no line breaks, control or bidirectional override
    /// characters, at most ``lineLimit`` characters. The first check of every one-line format.
    static func line(_ input: String) throws(ValueError) -> String {
        let text = input.trimmingWhiteSpace
        guard !text.isEmpty else { throw .empty }
        for scalar in text.unicodeScalars {
            if scalar.isLineBreak { throw .lineBreak }
            try refuseInvisibleControl(scalar)
        }
        // No more bytes than the limit means no more characters; only longer text is counted.
        guard text.utf8.count <= lineLimit || text.count <= lineLimit else { throw .tooLong(limit: lineLimit, length: text.count) }
        return text
    }

    /// Refuses control characters (C0, DEL, C1) and the bidirectional embedding, override and
    /// isolate characters U+202A–U+202E and U+2066–U+2069.
    static func refuseInvisibleControl(_ scalar: Unicode.Scalar) throws(ValueError) {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: throw .controlCharacter(scalar)
        case 0x202A...0x202E, 0x2066...0x2069: throw .bidiControl(scalar)
        default: return
        }
    }
}
