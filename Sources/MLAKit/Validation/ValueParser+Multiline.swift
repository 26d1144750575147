extension ValueParser {
    /// Paragraphs of text, normalised so that the same words always store the same way.
    ///
    /// - Line breaks (CRLF, CR, NEL, U+2028, U+2029) become LF.
    /// - Trailing white space on each line is removed, as are blank lines at the start and end.
    /// - Two or more blank lines in a row become one blank line, the paragraph break.
    /// - LF and TAB are the only control characters kept; others, and the bidirectional override
    ///   characters, are refused.
    ///
    /// Indentation at the start of a line is kept.
    static func multiline(_ input: String) throws(ValueError) -> String {
        var lines: [String] = []
        var blankRun = 0
        for rawLine in normalisedLines(input) {
            for scalar in rawLine where scalar != "\t" {
                try refuseInvisibleControl(scalar)
            }
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
