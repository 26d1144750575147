/// Text made safe and tidy for a terminal: answers shown back to the drafter, and wrapping to the
/// terminal's width.
///
/// An answer is whatever was typed or pasted, or set by a script: it may hold an escape sequence
/// that would move the cursor, recolour or retitle the terminal, or a bidirectional control that
/// would make the line read in another order than it is stored. Wherever an answer is shown in
/// the terminal (`mla show`, `:review`, the current answer at a question, error messages quoting
/// it), it goes through ``neutralised(_:)`` first:
///
/// ```swift
/// TerminalText.neutralised("Rui\u{1B}[2J")     // prints  Rui\u{1B}[2J  (the escape as text: nothing is cleared)
/// TerminalText.neutralised("line 1\nline 2")    // prints  line 1 ⏎ line 2
/// ```
///
/// The form chosen: a line feed becomes ` ⏎ ` (an answer is shown on one line); every other C0
/// control (tab and carriage return included), DEL, every C1 control, the bidirectional
/// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the line and paragraph
/// separators (U+2028, U+2029) become their code point written as Swift does, `\u{1B}`, so the
/// drafter sees exactly which character is there. Everything else is left as typed.
public enum TerminalText {
    /// The text with every character that could act on the terminal made visible, on one line.
    public static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isActive) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                result += " ⏎ "
            } else if isActive(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a character can move the cursor, change the terminal's state or reorder the line.
    static func isActive(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The text wrapped at spaces to `width` columns (Chinese characters count two), each line of
    /// it separately; a wrapped line continues under the first word after its leading spaces,
    /// list markers (`- `, `1. `) included.
    public static func wrapped(_ text: String, width: Int) -> String {
        guard width >= 20 else { return text }
        var output: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(line)
            guard line.displayWidth > width, !line.contains("\u{1B}") else {
                output.append(line)
                continue
            }
            let indent = continuationIndent(of: line)
            let body = String(line.dropFirst(indent))
            let lines = TextWriter().wrap(body, width: width - indent)
            let lead = String(line.prefix(indent))
            let pad = String(repeating: " ", count: indent)
            for (index, wrappedLine) in lines.enumerated() {
                output.append((index == 0 ? lead : pad) + wrappedLine)
            }
        }
        return output.joined(separator: "\n")
    }

    /// The number of columns a text takes in a terminal.
    public static func width(_ text: String) -> Int {
        text.displayWidth
    }
}

private extension TerminalText {
    /// Leading spaces, and a list marker after them, under which continuation lines align.
    static func continuationIndent(of line: String) -> Int {
        let spaces = line.prefix { $0 == " " }.count
        let rest = line.dropFirst(spaces)
        if rest.hasPrefix("- ") || rest.hasPrefix("· ") { return spaces + 2 }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }.count
        if digits > 0, rest.dropFirst(digits).hasPrefix(". ") { return spaces + digits + 2 }
        return min(spaces, 40)
    }
}
