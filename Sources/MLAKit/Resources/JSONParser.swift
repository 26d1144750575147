/// A strict JSON parser over UTF-8 bytes (RFC 8259), building ``JSONValue`` trees directly.
///
/// Foundation's `JSONDecoder` reaches a ``JSONValue`` only through `Decodable`, trying each kind
/// of value in turn and building an error for each miss; on a large draft that was most of the
/// time taken to read it. This parser does one pass. A text that is not valid JSON is refused
/// at the byte where the problem is, with what is wrong there; ``JSONReader`` turns the byte
/// offset into a line and column.
///
/// It is stricter than JSON requires in one way: a key given twice in one object is refused,
/// since a reader cannot tell which of the two values was meant. It follows nesting only to
/// ``depthLimit`` levels, so that a hostile file cannot exhaust the stack.
struct JSONParser {
    /// Nesting deeper than this is refused rather than followed.
    static let depthLimit = InputLimits.jsonDepth

    /// Where the text stops being valid JSON, and why.
    struct Failure: Error, Equatable {
        /// Bytes from the start of the text (a byte order mark included).
        var offset: Int
        var issue: JSONSyntaxIssue
    }

    /// The value of a whole JSON text, white space allowed around it.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> JSONValue {
        // Valid UTF-8 as a whole means valid in every string, which all begin and end at an
        // ASCII quote: checked once here, the strings are then taken without a check of their own.
        guard String(validating: bytes, as: UTF8.self) != nil else { throw invalidUTF8(in: bytes) }
        var parser = JSONParser(bytes: bytes)
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
        let value = try parser.value(depth: 0)
        parser.skipWhiteSpace()
        guard parser.position == bytes.count else { throw Failure(offset: parser.position, issue: .trailingText) }
        return value
    }

    /// The first byte that does not belong to a UTF-8 sequence.
    private static func invalidUTF8(in bytes: UnsafeBufferPointer<UInt8>) -> Failure {
        guard let (offset, length) = Unicode.UTF8.firstInvalidSequence(in: bytes) else {
            return Failure(offset: bytes.count, issue: .unexpectedEnd)
        }
        return Failure(offset: offset, issue: .notUTF8(Array(bytes[offset..<offset + length])))
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: - Values

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        skipWhiteSpace()
        guard position < bytes.count else { throw failure(.unexpectedEnd) }
        guard depth < Self.depthLimit else { throw failure(.tooDeep(limit: Self.depthLimit)) }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object(try object(depth: depth + 1))
        case UInt8(ascii: "["): return .array(try array(depth: depth + 1))
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw unexpected()
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> [String: JSONValue] {
        position += 1
        var object: [String: JSONValue] = [:]
        skipWhiteSpace()
        if consume(UInt8(ascii: "}")) { return object }
        repeat {
            skipWhiteSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw unexpected() }
            let keyStart = position
            let key = try string()
            skipWhiteSpace()
            guard consume(UInt8(ascii: ":")) else { throw unexpected() }
            guard object.updateValue(try value(depth: depth), forKey: key) == nil else {
                throw Failure(offset: keyStart, issue: .duplicateKey(key))
            }
            skipWhiteSpace()
        } while consume(UInt8(ascii: ","))
        guard consume(UInt8(ascii: "}")) else { throw unexpected() }
        return object
    }

    private mutating func array(depth: Int) throws(Failure) -> [JSONValue] {
        position += 1
        var array: [JSONValue] = []
        skipWhiteSpace()
        if consume(UInt8(ascii: "]")) { return array }
        repeat {
            array.append(try value(depth: depth))
            skipWhiteSpace()
        } while consume(UInt8(ascii: ","))
        guard consume(UInt8(ascii: "]")) else { throw unexpected() }
        return array
    }

    /// A string from its opening quote; text without escapes is taken in one piece.
    private mutating func string() throws(Failure) -> String {
        position += 1
        var start = position
        var decoded: [UInt8] = []
        var escaped = false
        while true {
            guard position < bytes.count else { throw failure(.unexpectedEnd) }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw failure(.controlCharacterInString(Unicode.Scalar(byte))) }
            if byte != UInt8(ascii: "\\") {
                position += 1
                continue
            }
            escaped = true
            decoded += bytes[start..<position]
            let escapeStart = position
            position += 1
            guard position < bytes.count else { throw failure(.unexpectedEnd) }
            let letter = bytes[position]
            position += 1
            switch letter {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"): decoded += try unicodeEscape(from: escapeStart)
            default: throw Failure(offset: escapeStart, issue: .invalidEscape)
            }
            start = position
        }
        let text: String
        if escaped {
            decoded += bytes[start..<position]
            text = String(decoding: decoded, as: UTF8.self)
        } else {
            text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        }
        position += 1
        return text
    }

    /// The UTF-8 bytes of `\uXXXX`, or of a surrogate pair `\uD83D\uDE00`, after the `u`.
    private mutating func unicodeEscape(from start: Int) throws(Failure) -> [UInt8] {
        var value = try hexQuad(from: start)
        if (0xD800...0xDBFF).contains(value) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                throw Failure(offset: start, issue: .loneSurrogate)
            }
            position += 2
            let low = try hexQuad(from: position - 2)
            guard (0xDC00...0xDFFF).contains(low) else { throw Failure(offset: start, issue: .loneSurrogate) }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw Failure(offset: start, issue: .loneSurrogate) }
        return Array(String(Character(scalar)).utf8)
    }

    /// The four hexadecimal digits of a `\\u` escape starting at `start`.
    private mutating func hexQuad(from start: Int) throws(Failure) -> UInt32 {
        guard position + 4 <= bytes.count else { throw Failure(offset: start, issue: .invalidEscape) }
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Failure(offset: start, issue: .invalidEscape)
            }
            value = value << 4 | UInt32(digit)
        }
        position += 4
        return value
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func number() throws(Failure) -> Double {
        let start = position
        _ = consume(UInt8(ascii: "-"))
        guard position < bytes.count, bytes[position].isASCIIDigit else { throw Failure(offset: start, issue: .invalidNumber) }
        if bytes[position] == UInt8(ascii: "0") { position += 1 } else { skipDigits() }
        if consume(UInt8(ascii: ".")) {
            guard position < bytes.count, bytes[position].isASCIIDigit else { throw Failure(offset: start, issue: .invalidNumber) }
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard position < bytes.count, bytes[position].isASCIIDigit else { throw Failure(offset: start, issue: .invalidNumber) }
            skipDigits()
        }
        if position < bytes.count, bytes[position].isASCIIDigit { throw Failure(offset: start, issue: .invalidNumber) }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else { throw Failure(offset: start, issue: .numberTooLarge) }
        return number
    }

    // MARK: - Primitives

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for letter in letters {
            guard position < bytes.count else { throw failure(.unexpectedEnd) }
            guard bytes[position] == letter else { throw unexpected() }
            position += 1
        }
    }

    /// The failure `issue` at the current position.
    private func failure(_ issue: JSONSyntaxIssue) -> Failure {
        Failure(offset: position, issue: issue)
    }

    /// The failure for whatever comes at the current position where something else was needed:
    /// the end of the text, or the character found there.
    private func unexpected() -> Failure {
        guard position < bytes.count else { return failure(.unexpectedEnd) }
        // The text is valid UTF-8, so the character is read whole from its first byte.
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = UnsafeBufferPointer(rebasing: bytes[position...]).makeIterator()
        guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else { return failure(.notUTF8([bytes[position]])) }
        return failure(.unexpectedCharacter(Unicode.UTF8.decode(encoded)))
    }

    /// Steps over `byte` if it comes next.
    private mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private mutating func skipDigits() {
        while position < bytes.count, bytes[position].isASCIIDigit { position += 1 }
    }

    private mutating func skipWhiteSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }
}
