import Foundation

/// Reads the values of a hand-written data file, collecting every problem with its place
/// instead of stopping at the first.
struct DataFileReader {
    private(set) var problems: [DataFileProblem] = []

    /// Parses the text, or records why it is not JSON.
    mutating func parse(_ text: String) -> JSONValue? {
        do {
            return try JSONReader.parse(Data(text.utf8))
        } catch {
            report("", .notJSON(line: error.line, column: error.column, detail: error.detail))
            return nil
        }
    }

    mutating func report(_ place: String, _ issue: DataFileIssue) {
        problems.append(DataFileProblem(place: place, issue: issue))
    }

    /// The object at the top or at `place`, checking its keys against those allowed.
    mutating func object(_ value: JSONValue?, at place: String, allowed: [String]) -> [String: JSONValue]? {
        guard let value else { return nil }
        guard let object = value.objectValue else {
            report(place, .wrongKind(expected: "object"))
            return nil
        }
        for key in object.keys.sorted() where !allowed.contains(key) {
            report(join(place, key), .unknownKey)
        }
        return object
    }

    /// Checks the `format` marker and `version` of a file.
    mutating func header(_ object: [String: JSONValue], format: String, version: Int) -> Bool {
        guard object["format"]?.stringValue == format else {
            report("format", .wrongFormat(expected: format))
            return false
        }
        guard case .number(let number)? = object["version"] else {
            report("version", object["version"] == nil ? .missingKey : .wrongKind(expected: "number"))
            return false
        }
        guard number == Double(version) else {
            report("version", .unsupportedVersion(Int(number), supported: version))
            return false
        }
        return true
    }

    mutating func string(_ object: [String: JSONValue], _ key: String, at place: String, required: Bool) -> String? {
        guard let value = object[key] else {
            if required { report(join(place, key), .missingKey) }
            return nil
        }
        guard let string = value.stringValue, !string.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            report(join(place, key), value.stringValue == nil ? .wrongKind(expected: "string") : .missingKey)
            return nil
        }
        return string
    }

    /// A string in a form the program checks (`date`, `email`…), canonical when valid.
    mutating func formatted(_ object: [String: JSONValue], _ key: String, at place: String, required: Bool,
                            as format: ValueFormat, form: String) -> String? {
        guard let string = string(object, key, at: place, required: required) else { return nil }
        return canonical(string, at: join(place, key), as: format, form: form)
    }

    mutating func canonical(_ string: String, at place: String, as format: ValueFormat, form: String) -> String? {
        do {
            return try ValueParser.canonical(string, as: format)
        } catch {
            report(place, .invalid(string, form: form))
            return nil
        }
    }

    /// A web address: the source of a fact.
    mutating func url(_ object: [String: JSONValue], _ key: String, at place: String) -> String? {
        guard let string = string(object, key, at: place, required: true) else { return nil }
        let lower = string.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), URL(string: string)?.host != nil,
              !string.contains(where: \.isWhitespace) else {
            report(join(place, key), .invalid(string, form: "url"))
            return nil
        }
        return string
    }

    mutating func list(_ object: [String: JSONValue], _ key: String, at place: String, required: Bool) -> [JSONValue]? {
        guard let value = object[key] else {
            if required { report(join(place, key), .missingKey) }
            return nil
        }
        guard let array = value.arrayValue else {
            report(join(place, key), .wrongKind(expected: "list"))
            return nil
        }
        return array
    }

    /// Language codes (BCP 47), each checked.
    mutating func languages(_ object: [String: JSONValue], _ key: String, at place: String, required: Bool) -> [String]? {
        guard let array = list(object, key, at: place, required: required) else { return nil }
        var codes: [String] = []
        for (index, item) in array.enumerated() {
            let itemPlace = "\(join(place, key))[\(index + 1)]"
            guard let string = item.stringValue else {
                report(itemPlace, .wrongKind(expected: "string"))
                continue
            }
            if let code = canonical(string, at: itemPlace, as: .language, form: "language") { codes.append(code) }
        }
        return codes
    }

    func join(_ place: String, _ key: String) -> String {
        place.isEmpty ? key : "\(place).\(key)"
    }
}
