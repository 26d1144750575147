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
                lines.append(String(repeating: " ", count: max(0, (width - banner.count) / 2)) + banner)
            case .title(let spans):
                for line in wrap(text(spans).uppercased(), width: width) {
                    lines.append(String(repeating: " ", count: max(0, (width - line.count) / 2)) + line)
                }
            case .heading(let number, let spans):
                let heading = "\(number). \(text(spans).uppercased())"
                lines += wrap(heading, width: width)
                lines.append(String(repeating: "-", count: min(width, heading.count)))
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
                let labelWidth = min(28, rows.map { text($0.first ?? []).count }.max() ?? 0)
                for row in rows {
                    let label = text(row.first ?? [])
                    let value = row.dropFirst().map(text).joined(separator: "  ")
                    let padded = label.count > labelWidth ? label : label + String(repeating: " ", count: labelWidth - label.count)
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

    /// Wraps text at spaces; a line break in an answer starts a new line.
    private func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 20)
        var lines: [String] = []
        for source in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in source.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
                while line.count > width {
                    lines.append(String(line.prefix(width)))
                    line = String(line.dropFirst(width))
                }
            }
            lines.append(line)
        }
        return lines
    }
}

extension String {
    var trimmedRight: String {
        var text = Substring(self)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
