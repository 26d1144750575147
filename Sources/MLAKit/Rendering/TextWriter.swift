/// Lays a document out as plain text: wrapped lines, numbered paragraphs with a hanging indent,
/// headings underlined, tables as aligned label–value lines. Text stays in logical order.
public struct TextWriter: Sendable {
    public var width: Int

    public init(width: Int = 78) {
        self.width = width
    }

    public func write(_ document: Document) -> String {
        // The document is built in one string; a line at a time into an array, joined at the
        // end, made a long document cost twice.
        var output = ""
        var started = false
        func line(_ text: String) {
            output += text
            output += "\n"
            started = true
        }
        for block in document.blocks {
            if started { line("") }
            switch block {
            case .incompleteMark(let mark):
                let banner = "*** \(mark) ***"
                line(String(repeating: " ", count: max(0, (width - banner.displayWidth) / 2)) + banner)
            case .title(let spans):
                for wrapped in wrap(text(spans).uppercased(), width: width) {
                    line(String(repeating: " ", count: max(0, (width - wrapped.displayWidth) / 2)) + wrapped)
                }
            case .heading(let number, let spans):
                let heading = "\(number). \(text(spans).uppercased())"
                for wrapped in wrap(heading, width: width) { line(wrapped) }
                line(String(repeating: "-", count: min(width, heading.displayWidth)))
            case .paragraph(let number, let spans):
                let indent = String(repeating: " ", count: max((number?.count ?? 0) + 2, 5))
                let body = wrap(text(spans), width: width - indent.count)
                for (index, wrapped) in body.enumerated() {
                    if index == 0, let number {
                        line((number + String(repeating: " ", count: indent.count - number.count) + wrapped).trimmedRight)
                    } else {
                        line((indent + wrapped).trimmedRight)
                    }
                }
            case .list(let items):
                for item in items {
                    for (index, wrapped) in wrap(text(item), width: width - 7).enumerated() {
                        line((index == 0 ? "     - " : "       ") + wrapped)
                    }
                }
            case .table(let rows):
                let labelWidth = min(28, rows.map { text($0.first ?? []).displayWidth }.max() ?? 0)
                for row in rows {
                    let label = text(row.first ?? [])
                    let value = row.dropFirst().map(text).joined(separator: "  ")
                    let padded = label.displayWidth > labelWidth ? label : label + String(repeating: " ", count: labelWidth - label.displayWidth)
                    let valueWidth = width - 5 - labelWidth - 2
                    for (index, wrapped) in wrap(value, width: valueWidth).enumerated() {
                        line(((index == 0 ? "     " + padded : String(repeating: " ", count: 5 + labelWidth)) + "  " + wrapped).trimmedRight)
                    }
                }
            }
        }
        return started ? output : "\n"
    }

    private func text(_ spans: [Document.Span]) -> String {
        spans.count == 1 ? spans[0].string : spans.map(\.string).joined()
    }

    /// Wraps text at spaces, and inside runs without spaces (Chinese) between characters, by
    /// display width; a line break in an answer starts a new line. Closing punctuation never
    /// starts a line.
    private func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 20)
        if text.unicodeScalars.allSatisfy(\.standsAlone) {
            var text = text
            return text.withUTF8 { bytes in wrapCodePoints(bytes, width: width) }
        }
        var lines: [String] = []
        for source in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapCharacters(source, width: width, into: &lines)
        }
        return lines
    }

    /// Text in which every code point is a character of its own one column wide (see
    /// `standsAlone`), wrapped in one pass over its bytes: a line feed is a character, a space
    /// byte is a space, and the width of a line is the number of bytes that start a code point.
    /// Finding character boundaries instead made the layout of a long document most of the
    /// time of `mla render`. The lines are those of `wrapCharacters`.
    private func wrapCodePoints(_ bytes: UnsafeBufferPointer<UInt8>, width: Int) -> [String] {
        var lines: [String] = []
        var line: [UInt8] = []
        line.reserveCapacity(4 * width)
        var length = 0
        var index = 0
        while true {
            if index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                lines.append(String(decoding: line, as: UTF8.self))
                line.removeAll(keepingCapacity: true)
                length = 0
                if index == bytes.count { return lines }
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: " ") {
                index += 1
                continue
            }
            let start = index
            var wordLength = 0
            while index < bytes.count, bytes[index] != UInt8(ascii: " "), bytes[index] != UInt8(ascii: "\n") {
                if !bytes[index].isUTF8Continuation { wordLength += 1 }
                index += 1
            }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
            if length > 0, length + 1 + wordLength <= width {
                line.append(UInt8(ascii: " "))
                length += 1
            } else if length > 0 {
                lines.append(String(decoding: line, as: UTF8.self))
                line.removeAll(keepingCapacity: true)
                length = 0
            }
            line.append(contentsOf: word)
            length += wordLength
            while length > width {
                var cut = 0
                var counted = 0
                while counted < width || (cut < line.count && line[cut].isUTF8Continuation) {
                    if !line[cut].isUTF8Continuation { counted += 1 }
                    cut += 1
                }
                // As in `splitting(atWidth:)`: no line starts with closing punctuation.
                while counted > 1, line[cut].isClosingPunctuation {
                    cut -= 1
                    while line[cut].isUTF8Continuation { cut -= 1 }
                    counted -= 1
                }
                lines.append(String(decoding: line[..<cut], as: UTF8.self))
                line.removeFirst(cut)
                length -= counted
            }
        }
    }

    private func wrapCharacters(_ source: Substring, width: Int, into lines: inout [String]) {
        // The display width of `line`, kept as words are added: measuring the line again for
        // every word made long paragraphs cost the square of their length.
        var line = ""
        var lineWidth = 0
        for word in source.split(separator: " ") {
            let word = String(word)
            let wordWidth = word.displayWidth
            if line.isEmpty {
                line = word
                lineWidth = wordWidth
            } else if lineWidth + 1 + wordWidth <= width {
                line += " "
                line += word
                lineWidth += 1 + wordWidth
            } else {
                lines.append(line)
                line = word
                lineWidth = wordWidth
            }
            while lineWidth > width {
                let (head, tail) = line.splitting(atWidth: width)
                lines.append(head)
                line = tail
                lineWidth -= head.displayWidth
            }
        }
        lines.append(line)
    }
}

extension String {
    /// Columns the text takes in a terminal or a monospaced page: two for East Asian wide and
    /// full-width characters, none for combining marks, one otherwise.
    var displayWidth: Int {
        unicodeScalars.reduce(0) { $0 + $1.displayWidth }
    }

    /// The longest head that fits `width` columns and the rest, moving closing punctuation
    /// (。，、）」) back onto the head so that no line starts with it.
    func splitting(atWidth width: Int) -> (String, String) {
        var used = 0
        var index = startIndex
        while index < endIndex {
            let next = self[index].unicodeScalars.reduce(0) { $0 + $1.displayWidth }
            if used + next > width { break }
            used += next
            index = self.index(after: index)
        }
        if index == startIndex { index = self.index(after: startIndex) }
        while index < endIndex, "。，、；：？！）」』》〉】,.;:?!)".contains(self[index]), index > self.index(after: startIndex) {
            index = self.index(before: index)
        }
        return (String(self[..<index]), String(self[index...]))
    }

    var trimmedRight: String {
        guard utf8.last == UInt8(ascii: " ") else { return self }
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}

extension Unicode.Scalar {
    /// East Asian Wide and Fullwidth characters take two columns; combining marks none.
    var displayWidth: Int {
        switch value {
        case 0x0300...0x036F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return properties.generalCategory == .nonspacingMark ? 0 : 1
        }
    }
}

private extension Unicode.Scalar {
    /// Whether this code point is a character by itself wherever it stands, one column wide,
    /// so that text made only of such code points is as wide as its count of code points:
    /// everything below U+0300, where the combining marks begin, but the carriage return
    /// (which joins a line feed); and general punctuation and currency signs (dashes, quotes,
    /// the euro), but the characters of no width (the zero-width space, joiner and non-joiner,
    /// the direction marks, embeddings and isolates, the word joiner).
    var standsAlone: Bool {
        switch value {
        case 0x0D, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069: false
        case 0...0x2FF, 0x2000...0x20CF: true
        default: false
        }
    }
}

private extension UInt8 {
    var isUTF8Continuation: Bool { self & 0xC0 == 0x80 }

    /// The closing punctuation of `splitting(atWidth:)` that is ASCII.
    var isClosingPunctuation: Bool {
        switch self {
        case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"),
             UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ")"): true
        default: false
        }
    }
}
