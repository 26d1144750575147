/// Wrapping text at spaces, and inside runs without spaces (Chinese) between characters, to a
/// width counted in columns (see `displayWidth`); a line break in an answer starts a new line,
/// and closing punctuation never starts a line.
extension TextWriter {
    /// The wrapped lines of `text`.
    func wrap(_ text: String, width: Int) -> [String] {
        let width = max(width, 20)
        var lines: [String] = []
        if text.isMadeOfCharactersThatStandAlone {
            var text = text
            text.withUTF8 { bytes in wrapCodePoints(bytes, width: width) { lines.append(String(decoding: $0, as: UTF8.self)) } }
        } else {
            for source in text.split(separator: "\n", omittingEmptySubsequences: false) {
                wrapCharacters(source, width: width, into: &lines)
            }
        }
        return lines
    }

    /// `text` wrapped into `output`, the first line after `first` and the others after `then`.
    func wrap(_ text: String, width: Int, first: String, then: String, trimmingRight: Bool, into output: inout Lines) {
        let width = max(width, 20)
        var count = 0
        if text.isMadeOfCharactersThatStandAlone && first.isMadeOfCharactersThatStandAlone {
            var text = text
            text.withUTF8 { bytes in
                wrapCodePoints(bytes, width: width) { line in
                    output.line(count == 0 ? first : then, line, trimmingRight: trimmingRight)
                    count += 1
                }
            }
            return
        }
        var lines: [String] = []
        for source in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapCharacters(source, width: width, into: &lines)
        }
        for line in lines {
            let whole = (count == 0 ? first : then) + line
            output.line(trimmingRight ? whole.trimmedRight : whole)
            count += 1
        }
    }

    /// Text in which every code point is a character of its own one column wide (see
    /// `standsAlone`), wrapped in one pass over its bytes: a line feed is a character, a space
    /// byte is a space, and the width of a line is the number of bytes that start a code point.
    /// Finding character boundaries instead made the layout of a long document most of the
    /// time of `mla render`. The lines are those of `wrapCharacters`.
    private func wrapCodePoints(_ bytes: UnsafeBufferPointer<UInt8>, width: Int, _ emit: (ArraySlice<UInt8>) -> Void) {
        var line: [UInt8] = []
        line.reserveCapacity(4 * width)
        var length = 0
        var index = 0
        while true {
            if index == bytes.count || bytes[index] == UInt8(ascii: "\n") {
                emit(line[...])
                line.removeAll(keepingCapacity: true)
                length = 0
                if index == bytes.count { return }
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
            if length > 0, length + 1 + wordLength <= width {
                line.append(UInt8(ascii: " "))
                length += 1
            } else if length > 0 {
                emit(line[...])
                line.removeAll(keepingCapacity: true)
                length = 0
            }
            line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
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
                emit(line[..<cut])
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

private extension String {
    /// Whether every code point of the text is a character of its own (see `standsAlone`);
    /// ASCII text, the most common, is told by its bytes alone.
    var isMadeOfCharactersThatStandAlone: Bool {
        if utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) { return true }
        return unicodeScalars.allSatisfy(\.standsAlone)
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
