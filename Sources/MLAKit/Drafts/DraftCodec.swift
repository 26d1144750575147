import Foundation

/// Reads and writes the draft file format.
///
/// The header (`format`, `schema_version`) is read first; the answers are then checked against
/// the questionnaire of the draft's types exactly as typed answers are, so a draft edited by hand
/// cannot carry a value the program would refuse.
public struct DraftCodec: Sendable {
    public let library: QuestionnaireLibrary

    public init(library: QuestionnaireLibrary) {
        self.library = library
    }

    // MARK: - Writing

    public func encode(_ draft: Draft) -> Data {
        var object: [String: JSONValue] = [
            "format": .string(Draft.format),
            "schema_version": .number(Double(Draft.schemaVersion)),
            "types": .array(draft.types.map { .string($0.rawValue) }),
            "document_language": .string(draft.documentLanguage),
            "interface_language": .string(draft.interfaceLanguage),
            "answers": .object(Self.json(draft.answers)),
            "skipped": .array(draft.skipped.sorted().map(JSONValue.string)),
            "acknowledgements": .object(draft.acknowledgements.mapValues { .object(["reason": .string($0.reason), "date": .string($0.date)]) }),
            "status_history": .array(draft.statusHistory.map(\.json)),
            "created_at": .string(draft.createdAt),
            "updated_at": .string(draft.updatedAt),
        ]
        if draft.skipped.isEmpty { object["skipped"] = nil }
        if !draft.links.isEmpty { object["links"] = draft.links.json }
        if !draft.translations.isEmpty {
            object["translations"] = .object(draft.translations.mapValues { texts in
                .object(texts.mapValues { .object(["source": .string($0.source), "text": .string($0.text)]) })
            })
        }
        return JSONWriter.write(.object(object)) + Data("\n".utf8)
    }

    static func json(_ answers: Answers) -> [String: JSONValue] {
        Dictionary(uniqueKeysWithValues: answers.map { ($0.key.rawValue, json($0.value)) })
    }

    static func json(_ value: AnswerValue) -> JSONValue {
        switch value {
        case .text(let text): .string(text)
        case .integer(let number): .number(Double(number))
        case .boolean(let bool): .bool(bool)
        case .codes(let codes): .array(codes.map(JSONValue.string))
        case .group(let answers): .object(json(answers))
        case .items(let items): .array(items.map { .object(json($0)) })
        case .notKnown: .object(["not_known": .bool(true)])
        }
    }

    // MARK: - Reading

    public func decode(_ data: Data) throws(DraftError) -> Draft {
        let json: JSONValue
        do {
            json = try JSONReader.parse(data)
        } catch {
            throw .notJSON(line: error.line, column: error.column, offset: error.offset, issue: error.issue)
        }
        guard let root = json.objectValue, root["format"] == .string(Draft.format) else { throw .notADraft }
        try Self.checkVersion(root["schema_version"], supported: Draft.schemaVersion)
        if Self.mayHoldHiddenCharacters(data) { try Self.refuseHiddenCharacters(in: root) }
        return try body(root)
    }

    /// Refuses a `schema_version` that is missing, not a whole number from 1, or not `supported`.
    static func checkVersion(_ json: JSONValue?, supported: Int) throws(DraftError) {
        guard let json else { throw .missingKey(place: "schema_version") }
        guard case .number(let version) = json else { throw .wrongKind(place: "schema_version", expected: "a whole number", found: json.kindName) }
        guard version.rounded() == version, version >= 1, version <= 1e9 else {
            throw .invalidVersion(version.rounded() == version && abs(version) < 1e15 ? String(Int(version)) : String(version))
        }
        guard Int(version) == supported else { throw .unsupportedVersion(Int(version)) }
    }

    // MARK: - Hidden characters

    // A draft edited by hand is refused, naming the entry, when any of its texts or keys holds a
    // control character other than line feed and tab, or a bidirectional control: the draft is
    // not silently cleaned, since the practitioner must see that the file was changed, and a
    // character taken out of an account number or a name could change what it says.

    /// Whether the bytes of a draft hold anything that could be a hidden character: DEL, a C1
    /// control, a direction mark or control, or an escape that could write one (`\u`, `\b`,
    /// `\f`, `\r`). Drafts written by `mla` never do, so they are not walked through.
    static func mayHoldHiddenCharacters(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                guard byte >= 0x5C, index < bytes.count else { continue }
                let next = bytes[index]
                switch byte {
                case 0x7F: return true
                case UInt8(ascii: "\\"):
                    if next == UInt8(ascii: "u") || next == UInt8(ascii: "b") || next == UInt8(ascii: "f") || next == UInt8(ascii: "r") { return true }
                    index += 1
                case 0xC2: if (0x80...0x9F).contains(next) { return true }
                case 0xD8: if next == 0x9C { return true }
                case 0xE2:
                    guard index + 1 < bytes.count else { continue }
                    let last = bytes[index + 1]
                    if next == 0x80, last == 0x8E || last == 0x8F || (0xAA...0xAE).contains(last) { return true }
                    if next == 0x81, (0xA6...0xA9).contains(last) { return true }
                default: break
                }
            }
            return bytes.last == 0x7F
        }
    }

    /// Refuses the first hidden character in the draft's keys and texts, in the order of the keys.
    static func refuseHiddenCharacters(in root: [String: JSONValue]) throws(DraftError) {
        for (key, value) in root.sorted(by: { $0.key < $1.key }) {
            if let error = ValueParser.hiddenCharacterInText(key) { throw .invalidKey(parent: nil, error) }
            if key == "answers" {
                try refuseHiddenCharacters(in: value, at: "", answers: true)
            } else {
                try refuseHiddenCharacters(in: value, at: key, answers: false)
            }
        }
    }

    private static func refuseHiddenCharacters(in json: JSONValue, at place: String, answers: Bool) throws(DraftError) {
        switch json {
        case .string(let text):
            if let error = ValueParser.hiddenCharacterInText(text) {
                throw answers ? .invalidValue(place: place, error) : .invalidText(place: place, error)
            }
        case .object(let object):
            for (key, value) in object.sorted(by: { $0.key < $1.key }) {
                if let error = ValueParser.hiddenCharacterInText(key) { throw .invalidKey(parent: place.isEmpty ? "answers" : place, error) }
                try refuseHiddenCharacters(in: value, at: place.isEmpty ? key : "\(place).\(key)", answers: answers)
            }
        case .array(let array):
            for (index, value) in array.enumerated() {
                // Answer list items count from 1, as in `mla set`; other arrays from 0.
                let number = answers && value.objectValue != nil ? index + 1 : index
                try refuseHiddenCharacters(in: value, at: "\(place)[\(number)]", answers: answers)
            }
        case .null, .bool, .number:
            break
        }
    }

    private func body(_ root: [String: JSONValue]) throws(DraftError) -> Draft {
        let types = try strings(root["types"], at: "types").map(TypeID.init)
        let questionnaire: Questionnaire
        do {
            questionnaire = try library.questionnaire(for: types)
        } catch {
            throw .unknownType(types.map(\.rawValue).filter { !library.typeIDs.contains(TypeID($0)) }.joined(separator: ", "))
        }
        var draft = Draft(types: types,
                          documentLanguage: try string(root["document_language"], at: "document_language"),
                          interfaceLanguage: try string(root["interface_language"], at: "interface_language"),
                          now: try string(root["created_at"], at: "created_at"))
        draft.updatedAt = try string(root["updated_at"], at: "updated_at")
        let fields = questionnaire.sections.flatMap(\.fields)
        draft.answers = try answers(try object(root["answers"], at: "answers"), fields: fields, at: "answers")
        draft.skipped = Set(try root["skipped"].map { value throws(DraftError) in try strings(value, at: "skipped") } ?? [])
        draft.acknowledgements = [:]
        for (path, value) in try object(root["acknowledgements"] ?? .object([:]), at: "acknowledgements") {
            let entry = try object(value, at: "acknowledgements.\(path)")
            draft.acknowledgements[path] = Acknowledgement(reason: try string(entry["reason"], at: "acknowledgements.\(path).reason"),
                                                           date: try string(entry["date"], at: "acknowledgements.\(path).date"))
        }
        for (language, value) in try object(root["translations"] ?? .object([:]), at: "translations") {
            for (path, entry) in try object(value, at: "translations.\(language)") {
                let place = "translations.\(language).\(path)"
                guard AnswerPath(parsing: path) != nil else { throw .unknownField(place: place) }
                let fields = try object(entry, at: place)
                let translation = Translation(source: try string(fields["source"], at: "\(place).source"),
                                              text: try string(fields["text"], at: "\(place).text"))
                do {
                    _ = try ValueParser.canonical(translation.text, as: .multiline)
                } catch {
                    throw .invalidValue(place: "\(place).text", error)
                }
                draft.translations[language, default: [:]][path] = translation
            }
        }
        draft.statusHistory = try StatusEntry.history(root["status_history"], at: "status_history")
        draft.links = try DraftLinks.read(root["links"], at: "links")
        return draft
    }

    // The place of an answer (`answers.offences[2].name`) is only put into words for a message:
    // writing it for every answer was a good part of reading a large draft.

    private func answers(_ object: [String: JSONValue], fields: [Field], at place: @autoclosure () -> String) throws(DraftError) -> Answers {
        // The keys are read in whatever order the object holds them, which is quick. Only when
        // one is wrong is the object read again in key order, so that the problem reported is
        // always the first one a reader of the file would meet.
        do {
            return try answers(object.lazy.map { ($0.key, $0.value) }, count: object.count, fields: fields, at: place())
        } catch {
            return try answers(object.sorted(by: { $0.key < $1.key }).lazy.map { ($0.key, $0.value) }, count: object.count, fields: fields, at: place())
        }
    }

    private func answers(_ entries: some Sequence<(String, JSONValue)>, count: Int, fields: [Field], at place: @autoclosure () -> String) throws(DraftError) -> Answers {
        var answers: Answers = [:]
        answers.reserveCapacity(count)
        for (key, json) in entries {
            guard let index = fields.firstIndex(where: { $0.id.rawValue == key }) else { throw .unknownField(place: Self.place(key, in: place())) }
            answers[fields[index].id] = try value(json, for: fields[index], at: Self.place(key, in: place()))
        }
        return answers
    }

    private static func place(_ key: String, in parent: String) -> String {
        parent == "answers" ? key : "\(parent).\(key)"
    }

    private func value(_ json: JSONValue, for field: Field, at place: @autoclosure () -> String) throws(DraftError) -> AnswerValue {
        if case .object(let object) = json, object.count == 1, object["not_known"] == .bool(true) {
            guard field.acceptsNotKnown else { throw .notKnownRefused(place: place()) }
            return .notKnown
        }
        switch field.type {
        case .value(.boolean):
            guard case .bool(let bool) = json else { throw .wrongKind(place: place(), expected: "true or false", found: json.kindName) }
            return .boolean(bool)
        case .value(.integer):
            guard case .number(let number) = json, number.rounded() == number, abs(number) < 1e15 else {
                throw .wrongKind(place: place(), expected: "a whole number", found: json.kindName)
            }
            return .integer(Int(number))
        case .value(let format):
            let text = try string(json, at: place())
            do {
                return .text(try ValueParser.canonical(text, as: format))
            } catch {
                throw .invalidValue(place: place(), error)
            }
        case .choice:
            let code = try string(json, at: place())
            guard field.choices.contains(where: { $0.code == code }) else { throw .unknownChoice(place: place(), code: code) }
            return .text(code)
        case .multichoice:
            let codes = try strings(json, at: place())
            for code in codes where !field.choices.contains(where: { $0.code == code }) {
                throw .unknownChoice(place: place(), code: code)
            }
            return .codes(codes)
        case .group:
            return .group(try answers(try object(json, at: place()), fields: field.fields, at: place()))
        case .list:
            let list = try array(json, at: place())
            guard list.count <= InputLimits.listItems else { throw .tooManyItems(place: place(), count: list.count, limit: InputLimits.listItems) }
            var items: [Answers] = []
            items.reserveCapacity(list.count)
            for (index, item) in list.enumerated() {
                guard case .object(let object) = item else { throw .wrongKind(place: "\(place())[\(index + 1)]", expected: "an object", found: item.kindName) }
                items.append(try answers(object, fields: field.fields, at: "\(place())[\(index + 1)]"))
            }
            return .items(items)
        }
    }

    // MARK: - Primitives

    private func object(_ json: JSONValue?, at place: @autoclosure () -> String) throws(DraftError) -> [String: JSONValue] {
        guard let json else { throw .missingKey(place: place()) }
        guard let object = json.objectValue else { throw .wrongKind(place: place(), expected: "an object", found: json.kindName) }
        return object
    }

    private func array(_ json: JSONValue?, at place: @autoclosure () -> String) throws(DraftError) -> [JSONValue] {
        guard let json else { throw .missingKey(place: place()) }
        guard let array = json.arrayValue else { throw .wrongKind(place: place(), expected: "an array", found: json.kindName) }
        return array
    }

    private func string(_ json: JSONValue?, at place: @autoclosure () -> String) throws(DraftError) -> String {
        guard let json else { throw .missingKey(place: place()) }
        guard let string = json.stringValue else { throw .wrongKind(place: place(), expected: "a string", found: json.kindName) }
        return string
    }

    private func strings(_ json: JSONValue?, at place: @autoclosure () -> String) throws(DraftError) -> [String] {
        var result: [String] = []
        for (index, value) in try array(json, at: place()).enumerated() {
            result.append(try string(value, at: "\(place())[\(index)]"))
        }
        return result
    }
}
