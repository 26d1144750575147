/// Parsing template text into a ``Template``.
extension Template {
    /// Parses a template; `file` names it in errors.
    public init(parsing text: String, file: String) throws(TemplateError) {
        var parser = Parser(file: file, lines: text.lines)
        self.nodes = try parser.blocks(until: [])
        if let line = parser.peek() {
            throw TemplateError(file: file, line: parser.lineNumber, issue: .unexpectedClose(line.trimmingSpaces), text: line)
        }
    }
}

private struct Parser {
    let file: String
    let lines: [String]
    var position = 0
    var lineNumber: Int { position + 1 }
    /// Blocks open around the current line: each is parsed by a call within the one around it,
    /// so their number is limited rather than left to exhaust the stack.
    var depth = 0

    init(file: String, lines: [String]) {
        self.file = file
        self.lines = lines
    }

    func peek() -> String? { position < lines.count ? lines[position] : nil }

    /// Blocks up to (not including) a line that is one of the closing tags.
    mutating func blocks(until closers: Set<String>) throws(TemplateError) -> [Template.Node] {
        var nodes: [Template.Node] = []
        var paragraph: [String] = []
        var paragraphNumbered = true
        func flush() throws(TemplateError) {
            guard !paragraph.isEmpty else { return }
            nodes.append(.paragraph(try inlines(paragraph.joined(separator: " ")), numbered: paragraphNumbered))
            paragraph = []
        }
        while let raw = peek() {
            let line = raw.trimmingSpaces
            let tag = Self.tagName(line)
            if let tag, closers.contains(tag) {
                try flush()
                return nodes
            }
            position += 1
            if line.hasPrefix("{{!") { continue }
            if line.isEmpty {
                try flush()
                continue
            }
            if tag == ">" {
                try flush()
                let words = Self.tagWords(line)
                guard words.count == 2, words[1].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                    throw TemplateError(file: file, line: position, issue: .unknownTag(line), text: raw)
                }
                nodes.append(.include(words[1]))
                continue
            }
            if let tag, tag.hasPrefix("#") || tag.hasPrefix("/") || tag == "else" {
                try flush()
                nodes.append(try block(line, tag: tag, raw: raw))
                continue
            }
            if line.hasPrefix("## ") {
                try flush()
                nodes.append(.heading(try inlines(String(line.dropFirst(3)))))
            } else if line.hasPrefix("# ") {
                try flush()
                nodes.append(.title(try inlines(String(line.dropFirst(2)))))
            } else if line.hasPrefix("- ") {
                try flush()
                nodes.append(.bullet(try inlines(String(line.dropFirst(2)))))
            } else if line.hasPrefix("|") {
                try flush()
                let cells = line.dropFirst().split(ascii: "|", omittingEmptySubsequences: false).dropLast()
                nodes.append(.row(try cells.map { cell throws(TemplateError) in try inlines(cell.trimmingSpaces) }))
            } else if line.hasPrefix("> ") || line == ">" {
                if !paragraph.isEmpty && paragraphNumbered { try flush() }
                paragraphNumbered = false
                paragraph.append(String(line.dropFirst(1)).trimmingSpaces)
            } else {
                if !paragraph.isEmpty && !paragraphNumbered { try flush() }
                paragraphNumbered = true
                paragraph.append(line)
            }
        }
        try flush()
        // At the end of the text an open block is reported by `close`, with the line that opened it.
        return nodes
    }

    private mutating func block(_ line: String, tag: String, raw: String) throws(TemplateError) -> Template.Node {
        let startLine = position
        guard depth < InputLimits.templateNesting else {
            throw TemplateError(file: file, line: startLine, issue: .nestedTooDeep(limit: InputLimits.templateNesting), text: raw)
        }
        depth += 1
        defer { depth -= 1 }
        let words = Self.tagWords(line)
        switch tag {
        case "#if", "#unless":
            var test = try self.test(Array(words.dropFirst()), raw: raw, line: startLine)
            if tag == "#unless" { test = .not(test) }
            let then = try blocks(until: ["else", "/if", "/unless"])
            var otherwise: [Template.Node] = []
            if Self.tagName(peek()?.trimmingSpaces ?? "") == "else" {
                position += 1
                otherwise = try blocks(until: ["/if", "/unless"])
            }
            try close(tag == "#if" ? "/if" : "/unless", openedAt: startLine, raw: raw)
            return .conditional(test, then: then, otherwise: otherwise)
        case "#each":
            guard words.count == 2 else { throw TemplateError(file: file, line: startLine, issue: .unknownTag(line), text: raw) }
            let body = try blocks(until: ["/each"])
            try close("/each", openedAt: startLine, raw: raw)
            return .each(SchemaPath(words[1]), body)
        default:
            throw TemplateError(file: file, line: startLine, issue: tag.hasPrefix("/") || tag == "else" ? .unexpectedClose(line) : .unknownTag(line), text: raw)
        }
    }

    private mutating func close(_ closer: String, openedAt line: Int, raw: String) throws(TemplateError) {
        guard Self.tagName(peek()?.trimmingSpaces ?? "") == closer else {
            throw TemplateError(file: file, line: line, issue: .unclosedTag(closer), text: raw)
        }
        position += 1
    }

    private func test(_ words: [String], raw: String, line: Int) throws(TemplateError) -> Template.Test {
        switch words.count {
        case 1: return .answered(SchemaPath(words[0]))
        case 3 where words[1] == "is": return .has(SchemaPath(words[0]), words[2])
        default: throw TemplateError(file: file, line: line, issue: .unknownTag(raw.trimmingSpaces), text: raw)
        }
    }

    /// Splits a line's text into literal text and `{{...}}` placeholders.
    private func inlines(_ text: String) throws(TemplateError) -> [Template.Inline] {
        var result: [Template.Inline] = []
        var rest = Substring(text)
        while let open = rest.range(ofASCII: "{{") {
            if open.lowerBound > rest.startIndex { result.append(.text(String(rest[..<open.lowerBound]))) }
            guard let close = rest[open.upperBound...].range(ofASCII: "}}") else {
                throw TemplateError(file: file, line: position, issue: .unterminatedPlaceholder, text: lines[position - 1])
            }
            let words = rest[open.upperBound..<close.lowerBound].split(ascii: " ")
            switch words.count {
            case 1 where words[0] == "@number": result.append(.itemNumber)
            case 1: result.append(.value(SchemaPath(words[0])))
            case 2 where words[0] == "term": result.append(.term(words[1]))
            case 3 where words[1] == "in": result.append(.zoned(SchemaPath(words[0]), zone: SchemaPath(words[2])))
            default:
                throw TemplateError(file: file, line: position, issue: .unknownTag(String(rest[open.lowerBound..<close.upperBound])), text: lines[position - 1])
            }
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { result.append(.text(String(rest))) }
        return result
    }

    /// The tag of a line that consists of a single block tag: `#if`, `/each`, `else`.
    static func tagName(_ line: String) -> String? {
        guard line.hasPrefix("{{"), line.hasSuffix("}}"), line.dropFirst(2).range(ofASCII: "{{") == nil else { return nil }
        return tagWords(line).first
    }

    static func tagWords(_ line: String) -> [String] {
        line.dropFirst(2).dropLast(2).split(ascii: " ")
    }
}

extension String {
    /// Without white space at either end.
    ///
    /// ASCII white space is trimmed byte by byte; where a non-ASCII character is reached the
    /// characters are looked at, since a combining mark may belong to the space before it.
    var trimmingSpaces: String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start != end, bytes[start].isASCIIWhiteSpace { bytes.formIndex(after: &start) }
        while end != start, bytes[bytes.index(before: end)].isASCIIWhiteSpace { bytes.formIndex(before: &end) }
        if start == end { return "" }
        if bytes[start] < 0x80 && bytes[bytes.index(before: end)] < 0x80 { return String(self[start..<end]) }
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }

    /// The lines of a template, split at line feeds; split by characters when a carriage
    /// return makes `\r\n` one character, which ends a line as well (a template saved with
    /// Windows line ends).
    var lines: [String] {
        if utf8.contains(UInt8(ascii: "\r")) {
            return split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        }
        return utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
    }
}

private extension UInt8 {
    /// Tab, line feed, vertical tab, form feed, carriage return and space.
    var isASCIIWhiteSpace: Bool { self == 0x20 || (0x09...0x0D).contains(self) }
}

private extension Substring {
    /// The parts between an ASCII separator, split in the UTF-8 bytes (template syntax is ASCII).
    func split(ascii separator: Unicode.Scalar, omittingEmptySubsequences: Bool = true) -> [String] {
        utf8.split(separator: UInt8(ascii: separator), omittingEmptySubsequences: omittingEmptySubsequences).map { String(Substring($0)) }
    }

    /// The first place of an ASCII marker (`{{`), found in the UTF-8 bytes: a template is read
    /// once per run, and a search by characters made reading it a tenth of `mla render`.
    func range(ofASCII marker: StaticString) -> Range<Index>? {
        let pattern = UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount)
        let bytes = utf8
        var start = bytes.startIndex
        while start != bytes.endIndex {
            if bytes[start] == pattern[0] {
                var index = start
                var matched = 0
                while matched < pattern.count, index != bytes.endIndex, bytes[index] == pattern[matched] {
                    matched += 1
                    bytes.formIndex(after: &index)
                }
                if matched == pattern.count { return start..<index }
            }
            bytes.formIndex(after: &start)
        }
        return nil
    }
}
