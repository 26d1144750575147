/// Reading the parts of a small persisted JSON object, each failure naming its place
/// (`status_history[2].date`).
enum JSONFields {
    static func object(_ json: JSONValue?, at place: @autoclosure () -> String) throws(DraftError) -> [String: JSONValue] {
        guard let json else { throw .missingKey(place: place()) }
        guard let object = json.objectValue else { throw .wrongKind(place: place(), expected: "an object", found: json.kindName) }
        return object
    }

    static func array(_ json: JSONValue?, at place: @autoclosure () -> String) throws(DraftError) -> [JSONValue] {
        guard let json else { throw .missingKey(place: place()) }
        guard let array = json.arrayValue else { throw .wrongKind(place: place(), expected: "an array", found: json.kindName) }
        return array
    }

    static func string(_ json: JSONValue?, at place: @autoclosure () -> String) throws(DraftError) -> String {
        guard let json else { throw .missingKey(place: place()) }
        guard let string = json.stringValue else { throw .wrongKind(place: place(), expected: "a string", found: json.kindName) }
        return string
    }

    /// A string that may be left out.
    static func optionalString(_ json: JSONValue?, at place: @autoclosure () -> String) throws(DraftError) -> String? {
        guard let json else { return nil }
        return try string(json, at: place())
    }

    /// A stored value in its canonical form (a date, a country code).
    static func value(_ json: JSONValue?, as format: ValueFormat, at place: @autoclosure () -> String) throws(DraftError) -> String {
        let text = try string(json, at: place())
        do {
            return try ValueParser.canonical(text, as: format)
        } catch {
            throw .invalidValue(place: place(), error)
        }
    }
}
