/// A strict JSON parser over UTF-8 bytes (RFC 8259), building ``JSONValue`` trees directly.
///
/// Foundation's `JSONDecoder` reaches a ``JSONValue`` only through `Decodable`, trying each kind
/// of value in turn and building an error for each miss; on a large draft that was most of the
/// time taken to read it. This parser does one pass. It says only whether the text is valid
/// JSON: ``JSONReader`` finds the line, column and wording of a syntax error.
struct JSONParser {
    /// Nesting deeper than this is refused rather than followed.
    static let depthLimit = 512

    struct Invalid: Error {}

    /// The value of a whole JSON text, white space allowed around it; nil if it is not valid JSON.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> JSONValue? {
        // Valid UTF-8 as a whole means valid in every string, which all begin and end at an
        // ASCII quote: checked once here, the strings are then taken without a check of their own.
        guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
        var parser = JSONParser(bytes: bytes)
        do {
            if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
            let value = try parser.value(depth: 0)
            parser.skipWhiteSpace()
            return parser.position == bytes.count ? value : nil
        } catch {
            return nil
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: - Values

    private mutating func value(depth: Int) throws(Invalid) -> JSONValue {
        skipWhiteSpace()
        guard position < bytes.count, depth < Self.depthLimit else { throw Invalid() }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object(try object(depth: depth + 1))
        case UInt8(ascii: "["): return .array(try array(depth: depth + 1))
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        default: return .number(try number())
        }
    }

    private mutating func object(depth: Int) throws(Invalid) -> [String: JSONValue] {
        position += 1
        var object: [String: JSONValue] = [:]
        skipWhiteSpace()
        if try consume(UInt8(ascii: "}")) { return object }
        repeat {
            skipWhiteSpace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { throw Invalid() }
            let key = try string()
            skipWhiteSpace()
            guard try consume(UInt8(ascii: ":")) else { throw Invalid() }
            object[key] = try value(depth: depth)
            skipWhiteSpace()
        } while try consume(UInt8(ascii: ","))
        guard try consume(UInt8(ascii: "}")) else { throw Invalid() }
        return object
    }

    private mutating func array(depth: Int) throws(Invalid) -> [JSONValue] {
        position += 1
        var array: [JSONValue] = []
        skipWhiteSpace()
        if try consume(UInt8(ascii: "]")) { return array }
        repeat {
            array.append(try value(depth: depth))
            skipWhiteSpace()
        } while try consume(UInt8(ascii: ","))
        guard try consume(UInt8(ascii: "]")) else { throw Invalid() }
        return array
    }

    /// A string from its opening quote; text without escapes is taken in one piece.
    private mutating func string() throws(Invalid) -> String {
        position += 1
        var start = position
        var decoded: [UInt8] = []
        var escaped = false
        while true {
            guard position < bytes.count else { throw Invalid() }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw Invalid() }
            if byte != UInt8(ascii: "\\") {
                position += 1
                continue
            }
            escaped = true
            decoded += bytes[start..<position]
            position += 1
            guard position < bytes.count else { throw Invalid() }
            let letter = bytes[position]
            position += 1
            switch letter {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(letter)
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"): decoded += try unicodeEscape()
            default: throw Invalid()
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
    private mutating func unicodeEscape() throws(Invalid) -> [UInt8] {
        var value = try hexQuad()
        if (0xD800...0xDBFF).contains(value) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else { throw Invalid() }
            position += 2
            let low = try hexQuad()
            guard (0xDC00...0xDFFF).contains(low) else { throw Invalid() }
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else { throw Invalid() }
        return Array(String(Character(scalar)).utf8)
    }

    private mutating func hexQuad() throws(Invalid) -> UInt32 {
        guard position + 4 <= bytes.count else { throw Invalid() }
        var value: UInt32 = 0
        for byte in bytes[position..<position + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Invalid()
            }
            value = value << 4 | UInt32(digit)
        }
        position += 4
        return value
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func number() throws(Invalid) -> Double {
        let start = position
        _ = try consume(UInt8(ascii: "-"))
        guard position < bytes.count, bytes[position].isASCIIDigit else { throw Invalid() }
        if bytes[position] == UInt8(ascii: "0") { position += 1 } else { skipDigits() }
        if try consume(UInt8(ascii: ".")) {
            guard position < bytes.count, bytes[position].isASCIIDigit else { throw Invalid() }
            skipDigits()
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if try !consume(UInt8(ascii: "+")) { _ = try consume(UInt8(ascii: "-")) }
            guard position < bytes.count, bytes[position].isASCIIDigit else { throw Invalid() }
            skipDigits()
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else { throw Invalid() }
        return number
    }

    // MARK: - Primitives

    private mutating func literal(_ word: StaticString) throws(Invalid) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              bytes[position..<position + count].elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: count)) else { throw Invalid() }
        position += count
    }

    /// Steps over `byte` if it comes next.
    private mutating func consume(_ byte: UInt8) throws(Invalid) -> Bool {
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
