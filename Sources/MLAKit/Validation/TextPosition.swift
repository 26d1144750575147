/// A place in a text as a reader finds it: the line, and the character in that line, both
/// counted from 1. Lines end at LF, CR, CRLF, NEL, U+2028 and U+2029; characters are what a
/// reader sees as one (a letter and its accents count once).
public struct TextPosition: Equatable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position of the scalar at `index` in `text`.
    init(of index: String.UnicodeScalarView.Index, in text: String) {
        let scalars = text.unicodeScalars
        var line = 1
        var lineStart = scalars.startIndex
        var current = scalars.startIndex
        var previous: Unicode.Scalar?
        while current < index {
            let scalar = scalars[current]
            current = scalars.index(after: current)
            switch scalar {
            case "\n" where previous == "\r":
                lineStart = current
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                line += 1
                lineStart = current
            default:
                break
            }
            previous = scalar
        }
        self.init(line: line, column: String(String.UnicodeScalarView(scalars[lineStart..<index])).count + 1)
    }
}
