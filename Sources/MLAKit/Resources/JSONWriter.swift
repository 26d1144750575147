import Foundation

/// Writes a ``JSONValue`` as indented JSON with its keys in order, byte for byte as Foundation's
/// `JSONEncoder` does with `.sortedKeys`, `.prettyPrinted` and `.withoutEscapingSlashes`, which
/// wrote every draft before: a draft read and saved again stays the same file.
///
/// `JSONEncoder` reaches the tree only through `Encodable`, one container per value; saving a
/// large draft after each answer spent most of its time there.
enum JSONWriter {
    static func write(_ value: JSONValue) -> Data {
        var bytes: [UInt8] = []
        write(value, indent: 0, into: &bytes)
        return Data(bytes)
    }

    private static func write(_ value: JSONValue, indent: Int, into bytes: inout [UInt8]) {
        switch value {
        case .null:
            bytes += "null".utf8
        case .bool(let bool):
            bytes += (bool ? "true" : "false").utf8
        case .number(let number):
            // Whole numbers as integers, as JSONValue encodes them.
            if number.rounded() == number, abs(number) < 1e15 {
                bytes += String(Int(number)).utf8
            } else {
                bytes += number.description.utf8
            }
        case .string(let string):
            writeString(string, into: &bytes)
        case .array(let array):
            bytes.append(UInt8(ascii: "["))
            bytes.append(UInt8(ascii: "\n"))
            for (index, element) in array.enumerated() {
                if index > 0 { bytes += ",\n".utf8 }
                bytes += repeatElement(UInt8(ascii: " "), count: indent + 2)
                write(element, indent: indent + 2, into: &bytes)
            }
            close(UInt8(ascii: "]"), indent: indent, into: &bytes)
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            bytes.append(UInt8(ascii: "\n"))
            let keys = object.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { bytes += ",\n".utf8 }
                bytes += repeatElement(UInt8(ascii: " "), count: indent + 2)
                writeString(key, into: &bytes)
                bytes += " : ".utf8
                write(object[key] ?? .null, indent: indent + 2, into: &bytes)
            }
            close(UInt8(ascii: "}"), indent: indent, into: &bytes)
        }
    }

    /// The closing bracket on a line of its own; an empty array or object keeps an empty line.
    private static func close(_ bracket: UInt8, indent: Int, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\n"))
        bytes += repeatElement(UInt8(ascii: " "), count: indent)
        bytes.append(bracket)
    }

    /// A string in quotes: the quote and the backslash escaped, control characters as `\b`,
    /// `\t`, `\n`, `\f`, `\r` or `\u00XX`, everything else (slashes too) as it is.
    private static func writeString(_ string: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most answers need no escape: copied in one go rather than byte by byte.
        guard string.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            bytes += string.utf8
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += "\\\"".utf8
            case UInt8(ascii: "\\"): bytes += "\\\\".utf8
            case 0x08: bytes += "\\b".utf8
            case 0x09: bytes += "\\t".utf8
            case 0x0A: bytes += "\\n".utf8
            case 0x0C: bytes += "\\f".utf8
            case 0x0D: bytes += "\\r".utf8
            case 0x00...0x1F:
                let hex = Array("0123456789abcdef".utf8)
                bytes += "\\u00".utf8
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
