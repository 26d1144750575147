import Foundation

/// A parsed JSON document, kept as data so that files people write can be checked field by field
/// with exact paths in the messages.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    var objectValue: [String: JSONValue]? {
        if case .object(let object) = self { return object }
        return nil
    }

    var arrayValue: [JSONValue]? {
        if case .array(let array) = self { return array }
        return nil
    }

    var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The string leaves of nested objects, keyed by their dotted path (`fields.x.label`);
    /// an array of strings becomes one string of lines.
    var flattenedStrings: [String: String] {
        var strings: [String: String] = [:]
        func walk(_ value: JSONValue, _ prefix: String) {
            switch value {
            case .object(let object):
                for (key, inner) in object { walk(inner, prefix.isEmpty ? key : "\(prefix).\(key)") }
            case .string(let string):
                strings[prefix] = string
            case .array(let array):
                strings[prefix] = array.compactMap(\.stringValue).joined(separator: "\n")
            case .null, .bool, .number:
                break
            }
        }
        walk(self, "")
        return strings
    }

    /// The JSON type name used in messages ("a string", "an object").
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let bool): try container.encode(bool)
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 {
                try container.encode(Int(number))
            } else {
                try container.encode(number)
            }
        case .string(let string): try container.encode(string)
        case .array(let array): try container.encode(array)
        case .object(let object): try container.encode(object)
        }
    }
}
