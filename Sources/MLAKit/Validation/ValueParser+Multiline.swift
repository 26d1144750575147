extension ValueParser {
    /// Paragraphs of text, normalised so that the same words always store the same way.
    ///
    /// - Line breaks (CRLF, CR, NEL, U+2028, U+2029) become LF.
    /// - Trailing white space on each line is removed, as are blank lines at the start and end.
    /// - Two or more blank lines in a row become one blank line, the paragraph break.
    /// - LF and TAB are the only control characters kept; others, and the bidirectional
    ///   controls, are refused with their line and column in the text as given.
    /// - Text of more than four bytes for each character allowed is refused before it is
    ///   normalised, so that a huge paste costs no more than counting its characters.
    ///
    /// Indentation at the start of a line is kept.
    static func multiline(_ input: String) throws(ValueError) -> String {
        // A stored answer is read back on every load; when it is already in this form, one
        // pass tells so, without building it again line by line.
        if isNormalisedMultiline(input) && input.utf8.count <= multilineLimit { return input }
        if input.utf8.count > 4 * multilineLimit { throw .tooLong(limit: multilineLimit, length: input.count) }
        let scalars = input.unicodeScalars
        if let index = scalars.firstIndex(where: { $0.isHiddenControl && !isKeptInMultiline($0) }) {
            throw hiddenCharacter(at: index, in: input)
        }
        var lines: [String] = []
        var blankRun = 0
        for rawLine in normalisedLines(input) {
            let trimmed = String(String.UnicodeScalarView(rawLine)).trimmingTrailingWhiteSpace
            if trimmed.isEmpty {
                blankRun += 1
                continue
            }
            if blankRun > 0 && !lines.isEmpty { lines.append("") }
            blankRun = 0
            lines.append(trimmed)
        }
        let text = lines.joined(separator: "\n")
        guard !text.isEmpty else { throw .empty }
        guard text.count <= multilineLimit else {
            throw .tooLong(limit: multilineLimit, length: text.count)
        }
        return text
    }
}

private extension ValueParser {
    /// TAB, and the line breaks that become LF.
    static func isKeptInMultiline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\t", "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}": true
        default: false
        }
    }

    /// Whether `text` is what ``multiline(_:)`` would make of it: lines joined by LF, each
    /// either empty (a paragraph break, never the first or last, never two in a row) or ending
    /// in a character that is not white space; no other line break, and no control or
    /// bidirectional override character but TAB.
    static func isNormalisedMultiline(_ text: String) -> Bool {
        var lineLength = 0
        var last: Unicode.Scalar = "\n"
        var previousLineEmpty = true
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if lineLength == 0 {
                    if previousLineEmpty { return false }
                } else if last.isWhiteSpace {
                    return false
                }
                previousLineEmpty = lineLength == 0
                lineLength = 0
                continue
            }
            switch scalar.value {
            case 0x09: break
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return false
            default: break
            }
            lineLength += 1
            last = scalar
        }
        return lineLength > 0 && !last.isWhiteSpace
    }

    /// The lines of `input`, split at every kind of line break, each without its break.
    static func normalisedLines(_ input: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        var afterCarriageReturn = false
        for scalar in input.unicodeScalars {
            defer { afterCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\n" where afterCarriageReturn:
                continue
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                lines.append([])
            default:
                lines[lines.count - 1].append(scalar)
            }
        }
        return lines
    }
}

private extension String {
    /// Without the white space (spaces, tabs, no-break spaces) at the end.
    var trimmingTrailingWhiteSpace: String {
        let scalars = unicodeScalars
        guard let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[...last])
    }
}
