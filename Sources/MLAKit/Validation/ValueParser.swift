/// Checks typed values against their ``ValueFormat`` and returns the canonical stored form.
///
/// Every format first passes the checks of plain text: surrounding white space is trimmed, and
/// empty values, control characters and bidirectional controls are refused, the refusal saying
/// which character and where. The
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
    static let lineLimit = InputLimits.lineCharacters
    /// The most characters of a `multiline` value.
    static let multilineLimit = InputLimits.multilineCharacters

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

    /// One line of text: trimmed, not empty, no line breaks, control or bidirectional control
    /// characters, at most ``lineLimit`` characters. The first check of every one-line format.
    static func line(_ input: String) throws(ValueError) -> String {
        let text = input.trimmingWhiteSpace
        guard !text.isEmpty else { throw .empty }
        let scalars = text.unicodeScalars
        if let index = scalars.firstIndex(where: { $0.isLineBreak || $0.isHiddenControl }) {
            if scalars[index].isLineBreak { throw .lineBreak }
            // The position is told in the answer as given, white space in front included.
            let raw = input.unicodeScalars
            let start = raw.firstIndex { !$0.properties.isWhitespace } ?? raw.startIndex
            let found = raw.index(start, offsetBy: scalars.distance(from: scalars.startIndex, to: index))
            throw hiddenCharacter(at: found, in: input)
        }
        // No more bytes than the limit means no more characters; only longer text is counted.
        guard text.utf8.count <= lineLimit || text.count <= lineLimit else { throw .tooLong(limit: lineLimit, length: text.count) }
        return text
    }

    /// The refusal of the control or bidirectional control character at `index` of `text`,
    /// with its line and column there.
    static func hiddenCharacter(at index: String.UnicodeScalarView.Index, in text: String) -> ValueError {
        let scalar = text.unicodeScalars[index]
        let position = TextPosition(of: index, in: text)
        return scalar.isBidiControl ? .bidiControl(scalar, at: position) : .controlCharacter(scalar, at: position)
    }

    /// The refusal of the first control or bidirectional control character of `text` other
    /// than line feed and tab (which text of several lines keeps), or nil if it has none.
    public static func hiddenCharacterInText(_ text: String) -> ValueError? {
        // Most text has none: the bytes are looked at first, the characters only on a hit.
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xD8 || $0 == 0xE2 }) else { return nil }
        let scalars = text.unicodeScalars
        guard let index = scalars.firstIndex(where: { $0.isHiddenControl && $0 != "\n" && $0 != "\t" }) else { return nil }
        return hiddenCharacter(at: index, in: text)
    }
}

extension Unicode.Scalar {
    /// A control character (C0, DEL, C1) or a bidirectional control: refused in every answer,
    /// as invisible and, for the latter, able to make text display in another order than stored.
    var isHiddenControl: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: true
        default: isBidiControl
        }
    }

    /// The bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and
    /// the direction marks (U+200E, U+200F, U+061C): one of these between the groups of an
    /// account number can show them in another order.
    var isBidiControl: Bool {
        switch value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}
