/// Lays a document out as plain text: wrapped lines, numbered paragraphs with a hanging indent,
/// headings underlined, tables as aligned label–value lines. Text stays in logical order.
public struct TextWriter: Sendable {
    public var width: Int

    public init(width: Int = 78) {
        self.width = width
    }

    public func write(_ document: Document) -> String {
        var lines: [String] = []
        for block in document.blocks {
            if !lines.isEmpty { lines.append("") }
            switch block {
            case .incompleteMark(let mark):
                let banner = "*** \(mark) ***"
                lines.append(String(repeating: " ", count: max(0, (width - banner.displayWidth) / 2)) + banner)
            case .title(let spans):
                for line in wrap(text(spans).uppercased(), width: width) {
                    lines.append(String(repeating: " ", count: max(0, (width - line.displayWidth) / 2)) + line)
                }
            case .heading(let number, let spans):
                let heading = "\(number). \(text(spans).uppercased())"
                lines += wrap(heading, width: width)
                lines.append(String(repeating: "-", count: min(width, heading.displayWidth)))
            case .paragraph(let number, let spans):
                let indent = String(repeating: " ", count: max((number?.count ?? 0) + 2, 5))
                let body = wrap(text(spans), width: width - indent.count)
                for (index, line) in body.enumerated() {
                    if index == 0, let number {
                        lines.append((number + String(repeating: " ", count: indent.count - number.count) + line).trimmedRight)
                    } else {
                        lines.append((indent + line).trimmedRight)
                    }
                }
            case .list(let items):
                for item in items {
                    for (index, line) in wrap(text(item), width: width - 7).enumerated() {
                        lines.append((index == 0 ? "     - " : "       ") + line)
                    }
                }
            case .table(let rows):
                let labelWidth = min(28, rows.map { text($0.first ?? []).displayWidth }.max() ?? 0)
                for row in rows {
                    let label = text(row.first ?? [])
                    let value = row.dropFirst().map(text).joined(separator: "  ")
                    let padded = label.displayWidth > labelWidth ? label : label + String(repeating: " ", count: labelWidth - label.displayWidth)
                    let valueWidth = width - 5 - labelWidth - 2
                    for (index, line) in wrap(value, width: valueWidth).enumerated() {
                        lines.append(((index == 0 ? "     " + padded : String(repeating: " ", count: 5 + labelWidth)) + "  " + line).trimmedRight)
                    }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func text(_ spans: [Document.Span]) -> String {
        spans.map(\.string).joined()
    }

    /// Wraps text at spaces, and inside runs without spaces (Chinese) between characters, by
    /// display width; a line break in an answer starts a new line. Closing punctuation never
    /// starts a line.
    private func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 20)
        var lines: [String] = []
        for source in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in source.split(separator: " ") {
                let word = String(word)
                if line.isEmpty {
                    line = word
                } else if line.displayWidth + 1 + word.displayWidth <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = word
                }
                while line.displayWidth > width {
                    let (head, tail) = line.splitting(atWidth: width)
                    lines.append(head)
                    line = tail
                }
            }
            lines.append(line)
        }
        return lines
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
