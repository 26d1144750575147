/// Lays a document out as plain text: wrapped lines, numbered paragraphs with a hanging indent,
/// headings underlined, tables as aligned label–value lines. Text stays in logical order.
public struct TextWriter: Sendable {
    public var width: Int

    public init(width: Int = 78) {
        self.width = width
    }

    public func write(_ document: Document) -> String {
        var output = Lines()
        for block in document.blocks {
            if !output.isEmpty { output.line("") }
            switch block {
            case .incompleteMark(let mark):
                let banner = "*** \(mark) ***"
                output.line(String(repeating: " ", count: max(0, (width - banner.displayWidth) / 2)) + banner)
            case .title(let spans):
                for wrapped in wrap(text(spans).uppercased(), width: width) {
                    output.line(String(repeating: " ", count: max(0, (width - wrapped.displayWidth) / 2)) + wrapped)
                }
            case .heading(let number, let spans):
                let heading = "\(number). \(text(spans).uppercased())"
                for wrapped in wrap(heading, width: width) { output.line(wrapped) }
                output.line(String(repeating: "-", count: min(width, heading.displayWidth)))
            case .paragraph(let number, let spans):
                let indentWidth = max((number?.count ?? 0) + 2, 5)
                let indent = String(repeating: " ", count: indentWidth)
                let first = number.map { $0 + String(repeating: " ", count: indentWidth - $0.count) } ?? indent
                wrap(text(spans), width: width - indentWidth, first: first, then: indent, trimmingRight: true, into: &output)
            case .list(let items):
                for item in items {
                    wrap(text(item), width: width - 7, first: "     - ", then: "       ", trimmingRight: false, into: &output)
                }
            case .table(let rows):
                let labelWidth = min(28, rows.map { text($0.first ?? []).displayWidth }.max() ?? 0)
                let continuation = String(repeating: " ", count: 5 + labelWidth) + "  "
                for row in rows {
                    let label = text(row.first ?? [])
                    let value = row.dropFirst().map(text).joined(separator: "  ")
                    let labelColumns = label.displayWidth
                    let padded = labelColumns > labelWidth ? label : label + String(repeating: " ", count: labelWidth - labelColumns)
                    wrap(value, width: width - 5 - labelWidth - 2, first: "     " + padded + "  ", then: continuation, trimmingRight: true, into: &output)
                }
            }
        }
        return output.text
    }

    private func text(_ spans: [Document.Span]) -> String {
        spans.count == 1 ? spans[0].string : spans.map(\.string).joined()
    }
}

extension TextWriter {
    /// The document being written, as UTF-8 bytes, one line after another: lines built as
    /// strings and joined at the end made a long document cost several times its size.
    struct Lines {
        private var bytes: [UInt8] = []

        var isEmpty: Bool { bytes.isEmpty }

        /// The text, ending in a line feed even when it has no line.
        var text: String { bytes.isEmpty ? "\n" : String(decoding: bytes, as: UTF8.self) }

        mutating func line(_ text: String) {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\n"))
        }

        /// `prefix` and `text` as one line; with `trimmingRight`, without the spaces it ends in.
        /// Only for text in which a space is a character of its own (see `standsAlone`).
        mutating func line(_ prefix: String, _ text: some Collection<UInt8>, trimmingRight: Bool) {
            let start = bytes.count
            bytes.append(contentsOf: prefix.utf8)
            bytes.append(contentsOf: text)
            if trimmingRight {
                while bytes.count > start, bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
            }
            bytes.append(UInt8(ascii: "\n"))
        }
    }
}

extension String {
    /// Columns the text takes in a terminal or a monospaced page: two for East Asian wide and
    /// full-width characters, none for combining marks, one otherwise.
    var displayWidth: Int {
        // ASCII, one column a code point, is measured by its bytes: looking up the category of
        // each character made measuring labels and headings a good part of laying out a long
        // document.
        if utf8.allSatisfy({ $0 < 0x80 }) { return utf8.count }
        return unicodeScalars.reduce(0) { $0 + $1.displayWidth }
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
        // Below the combining marks, no character is wide or of no width.
        case 0..<0x0300: return 1
        case 0x0300...0x036F, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFE00...0xFE0F: return 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return properties.generalCategory == .nonspacingMark ? 0 : 1
        }
    }
}
