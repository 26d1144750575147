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
            throw .notJSON(line: error.line, column: error.column, detail: error.detail)
        }
        guard let root = json.objectValue, root["format"] == .string(Draft.format) else { throw .notADraft }
        guard case .number(let version)? = root["schema_version"] else { throw .missingKey(place: "schema_version") }
        guard Int(version) == Draft.schemaVersion else { throw .unsupportedVersion(Int(version)) }
        return try body(root)
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
