/// Turns the JSON of questionnaire and composite files into definitions, collecting every
/// problem with its place instead of stopping at the first.
struct DefinitionDecoder {
    let file: String
    private(set) var problems: [DefinitionProblem] = []

    init(file: String) { self.file = file }

    static let questionnaireFormat = "mla-questionnaire"
    static let compositeFormat = "mla-composites"
    static let supportedVersion = 1

    mutating func questionnaire(_ json: JSONValue) -> QuestionnaireFile? {
        guard let root = header(json, format: Self.questionnaireFormat) else { return nil }
        guard let type = string(root["type"], at: "type") else { return nil }
        for key in root.keys.sorted() where !["format", "version", "type", "sections", "checks"].contains(key) {
            report(key, .unexpectedKey(key))
        }
        let sections = array(root["sections"], at: "sections").enumerated().compactMap { index, value in
            section(value, type: TypeID(type), at: "sections[\(index)]")
        }
        let checks = root["checks"].map { json in
            array(json, at: "checks").enumerated().compactMap { index, value in
                check(value, type: TypeID(type), position: index)
            }
        } ?? []
        return QuestionnaireFile(type: TypeID(type), sections: sections, checks: checks)
    }

    mutating func composites(_ json: JSONValue) -> CompositeFile? {
        guard let root = header(json, format: Self.compositeFormat) else { return nil }
        guard let object = object(root["composites"], at: "composites") else { return nil }
        var composites: [String: [Field]] = [:]
        for (name, value) in object.sorted(by: { $0.key < $1.key }) {
            composites[name] = fields(value, at: "composites.\(name)")
        }
        return CompositeFile(composites: composites)
    }

    // MARK: - Parts

    private mutating func header(_ json: JSONValue, format: String) -> [String: JSONValue]? {
        guard let root = object(json, at: "(top)") else { return nil }
        guard let found = string(root["format"], at: "format") else { return nil }
        guard found == format else {
            report("format", .wrongFormat(expected: format, found: found))
            return nil
        }
        guard case .number(let version)? = root["version"] else {
            report("version", .missingKey("version"))
            return nil
        }
        guard Int(version) == Self.supportedVersion else {
            report("version", .unsupportedVersion(Int(version)))
            return nil
        }
        return root
    }

    private mutating func section(_ json: JSONValue, type: TypeID, at place: String) -> Section? {
        guard let object = object(json, at: place), let id = string(object["id"], at: "\(place).id") else { return nil }
        checkID(id, at: "\(place).id")
        let askIf = object["ask_if"].flatMap { condition($0, at: "\(place).ask_if") }
        return Section(id: FieldID(id), type: type, askIf: askIf, fields: fields(object["fields"], at: "\(place).fields"))
    }

    private mutating func fields(_ json: JSONValue?, at place: String) -> [Field] {
        let fields = array(json, at: place).enumerated().compactMap { index, value in
            field(value, at: "\(place)[\(index)]")
        }
        var seen: Set<FieldID> = []
        for (index, field) in fields.enumerated() where !seen.insert(field.id).inserted {
            report("\(place)[\(index)].id", .duplicateID(field.id.rawValue))
        }
        for (index, field) in fields.enumerated() {
            if let name = field.deadline?.namedBy, !fields.contains(where: { $0.id == name }) {
                report("\(place)[\(index)].deadline.named_by", .unknownReference(name.rawValue))
            }
        }
        return fields
    }

    private static let fieldKeys: Set<String> = [
        "id", "type", "requirement", "ask_if", "legal_basis", "rule", "not_known", "choices", "fields",
        "composite", "min_items", "not_after", "not_before", "after", "at_least_days_after", "format_by",
        "default_days_after", "deadline", "translate", "case_data",
    ]

    private mutating func field(_ json: JSONValue, at place: String) -> Field? {
        guard let object = object(json, at: place), let id = string(object["id"], at: "\(place).id") else { return nil }
        checkID(id, at: "\(place).id")
        for key in object.keys.sorted() where !Self.fieldKeys.contains(key) {
            report("\(place).\(key)", .unexpectedKey(key))
        }
        guard let typeName = string(object["type"], at: "\(place).type") else { return nil }
        // An unknown type is reported; the field is kept so that later places keep their numbers.
        let type = FieldType(name: typeName) ?? .value(.text)
        if FieldType(name: typeName) == nil { report("\(place).type", .unknownFieldType(typeName)) }
        var field = Field(
            id: FieldID(id), type: type,
            requirement: requirement(object["requirement"], at: "\(place).requirement"),
            askIf: object["ask_if"].flatMap { condition($0, at: "\(place).ask_if") },
            legalBasis: object["legal_basis"].map { citations($0, at: "\(place).legal_basis") } ?? [],
            rule: object["rule"].flatMap { string($0, at: "\(place).rule") },
            acceptsNotKnown: object["not_known"] == .bool(true),
            choices: [], fields: [], composite: nil,
            minItems: object["min_items"].flatMap { value in
                if case .number(let number) = value { return Int(number) }
                report("\(place).min_items", .wrongKind(expected: "a number", found: value.kindName))
                return nil
            }
        )
        if let notAfter = object["not_after"] {
            if notAfter == .string("today") { field.bounds.append(.notAfterToday) } else {
                report("\(place).not_after", .wrongKind(expected: "\"today\"", found: notAfter.kindName))
            }
        }
        if let notBefore = object["not_before"] {
            if notBefore == .string("today") { field.bounds.append(.notBeforeToday) } else {
                report("\(place).not_before", .wrongKind(expected: "\"today\"", found: notBefore.kindName))
            }
        }
        if let after = object["after"].flatMap({ string($0, at: "\(place).after") }) {
            field.bounds.append(.after(SchemaPath(after)))
        }
        if let json = object["at_least_days_after"], let (path, days) = daysAfter(json, at: "\(place).at_least_days_after") {
            field.bounds.append(.atLeastDaysAfter(path, days: days))
        }
        if let json = object["default_days_after"], let (path, days) = daysAfter(json, at: "\(place).default_days_after") {
            field.derived = DerivedDate(from: path, days: days)
        }
        if let json = object["deadline"], let deadline = self.object(json, at: "\(place).deadline") {
            for key in deadline.keys.sorted() where !["warn_within_days", "named_by", "ends_with_follow_up"].contains(key) {
                report("\(place).deadline.\(key)", .unexpectedKey(key))
            }
            field.deadline = Deadline(warnWithinDays: deadline["warn_within_days"].flatMap { number($0, at: "\(place).deadline.warn_within_days") },
                                      namedBy: deadline["named_by"].flatMap { string($0, at: "\(place).deadline.named_by") }.map { FieldID($0) },
                                      endsWithFollowUp: deadline["ends_with_follow_up"].map { flag($0, at: "\(place).deadline.ends_with_follow_up") } ?? false)
        }
        if let json = object["case_data"] {
            field.caseData = flag(json, at: "\(place).case_data")
        }
        if let json = object["translate"] {
            if case .bool(let translate) = json { field.translate = translate } else {
                report("\(place).translate", .wrongKind(expected: "true or false", found: json.kindName))
            }
        }
        if let json = object["format_by"] {
            field.formatBy = formatSelector(json, at: "\(place).format_by")
        }
        switch type {
        case .choice, .multichoice:
            field.choices = choices(object["choices"], at: "\(place).choices")
        case .list, .group:
            if let composite = object["composite"] {
                field.composite = string(composite, at: "\(place).composite")
            } else if object["fields"] == nil {
                report(place, .missingFields)
            } else {
                field.fields = fields(object["fields"], at: "\(place).fields")
            }
        case .value:
            break
        }
        return field
    }

    private mutating func daysAfter(_ json: JSONValue, at place: String) -> (SchemaPath, Int)? {
        guard let object = object(json, at: place),
              let field = string(object["field"], at: "\(place).field"),
              let days = number(object["days"], at: "\(place).days") else { return nil }
        return (SchemaPath(field), days)
    }

    private mutating func formatSelector(_ json: JSONValue, at place: String) -> FormatSelector? {
        guard let object = object(json, at: place),
              let field = string(object["field"], at: "\(place).field"),
              let formats = self.object(object["formats"], at: "\(place).formats") else { return nil }
        var selected: [String: ValueFormat] = [:]
        for (code, value) in formats.sorted(by: { $0.key < $1.key }) {
            guard let name = string(value, at: "\(place).formats.\(code)") else { continue }
            guard let format = ValueFormat(rawValue: name) else {
                report("\(place).formats.\(code)", .unknownFieldType(name))
                continue
            }
            selected[code] = format
        }
        return FormatSelector(field: FieldID(field), formats: selected)
    }

    private static let checkKeys: Set<String> = ["id", "rule", "level", "when", "field", "legal_basis"]

    private mutating func check(_ json: JSONValue, type: TypeID, position: Int) -> Check? {
        let place = "checks[\(position)]"
        guard let object = object(json, at: place), let id = string(object["id"], at: "\(place).id") else { return nil }
        checkID(id, at: "\(place).id")
        for key in object.keys.sorted() where !Self.checkKeys.contains(key) {
            report("\(place).\(key)", .unexpectedKey(key))
        }
        guard let levelName = string(object["level"], at: "\(place).level") else { return nil }
        guard let outcome = Check.Outcome(rawValue: levelName) else {
            report("\(place).level", .unknownLevel(levelName))
            return nil
        }
        guard let whenJSON = object["when"] else {
            report("\(place).when", .missingKey("when"))
            return nil
        }
        guard let when = condition(whenJSON, at: "\(place).when"),
              let field = string(object["field"], at: "\(place).field") else { return nil }
        let legalBasis = object["legal_basis"].map { citations($0, at: "\(place).legal_basis") } ?? []
        if legalBasis.isEmpty && outcome != .note { report("\(place).legal_basis", .missingKey("legal_basis")) }
        return Check(id: id, rule: object["rule"].flatMap { string($0, at: "\(place).rule") }, outcome: outcome,
                     when: when, field: SchemaPath(field), legalBasis: legalBasis, type: type, position: position)
    }

    private mutating func requirement(_ json: JSONValue?, at place: String) -> Requirement {
        switch json {
        case .string(let name)?:
            guard let level = Level(rawValue: name) else {
                report(place, .unknownLevel(name))
                return Requirement(.may)
            }
            return Requirement(level)
        case .object(let object)?:
            var otherwise = Level.may
            if let name = object["otherwise"].flatMap({ string($0, at: "\(place).otherwise") }) {
                if let level = Level(rawValue: name) { otherwise = level } else { report("\(place).otherwise", .unknownLevel(name)) }
            }
            for key in object.keys.sorted() where !["must_if", "should_if", "otherwise"].contains(key) {
                report("\(place).\(key)", .unexpectedKey(key))
            }
            return Requirement(
                otherwise,
                mustIf: object["must_if"].flatMap { condition($0, at: "\(place).must_if") },
                shouldIf: object["should_if"].flatMap { condition($0, at: "\(place).should_if") }
            )
        case nil:
            report(place, .missingKey("requirement"))
            return Requirement(.may)
        case let other?:
            report(place, .wrongKind(expected: "a string or an object", found: other.kindName))
            return Requirement(.may)
        }
    }

    mutating func condition(_ json: JSONValue, at place: String) -> Condition? {
        guard let object = object(json, at: place) else { return nil }
        guard object.count == 1, let (key, value) = object.first else {
            report(place, .unknownCondition(object.keys.sorted().joined(separator: ", ")))
            return nil
        }
        switch key {
        case "answered":
            return string(value, at: "\(place).answered").map { .answered(SchemaPath($0)) }
        case "differ":
            let paths = array(value, at: "\(place).differ").enumerated().compactMap { index, item in
                string(item, at: "\(place).differ[\(index)]")
            }
            guard paths.count == 2 else {
                report("\(place).differ", .wrongKind(expected: "two field paths", found: "\(paths.count)"))
                return nil
            }
            return .differ(SchemaPath(paths[0]), SchemaPath(paths[1]))
        case "not_known":
            return string(value, at: "\(place).not_known").map { .notKnown(SchemaPath($0)) }
        case "ipv4_without_port":
            return string(value, at: "\(place).ipv4_without_port").map { .ipv4WithoutPort(SchemaPath($0)) }
        case "ip_without_port":
            return string(value, at: "\(place).ip_without_port").map { .ipWithoutPort(SchemaPath($0)) }
        case "in", "only":
            guard let operands = self.object(value, at: "\(place).\(key)"),
                  let field = string(operands["field"], at: "\(place).\(key).field") else { return nil }
            let values = Set(array(operands["values"], at: "\(place).\(key).values").enumerated().compactMap { index, value in
                string(value, at: "\(place).\(key).values[\(index)]")
            })
            return key == "in" ? .isIn(SchemaPath(field), values) : .only(SchemaPath(field), values)
        case "all", "any":
            let parts = array(value, at: "\(place).\(key)").enumerated().compactMap { index, value in
                condition(value, at: "\(place).\(key)[\(index)]")
            }
            return key == "all" ? .all(parts) : .any(parts)
        case "not":
            return condition(value, at: "\(place).not").map { .not($0) }
        default:
            report(place, .unknownCondition(key))
            return nil
        }
    }

    private mutating func choices(_ json: JSONValue?, at place: String) -> [Choice] {
        let choices: [Choice] = array(json, at: place).enumerated().compactMap { index, value in
            guard let object = object(value, at: "\(place)[\(index)]"),
                  let code = string(object["code"], at: "\(place)[\(index)].code") else { return nil }
            checkID(code, at: "\(place)[\(index)].code")
            return Choice(code: code, type: object["type"].flatMap { string($0, at: "\(place)[\(index)].type") }.map(TypeID.init))
        }
        if choices.isEmpty { report(place, .missingChoices) }
        return choices
    }

    private mutating func citations(_ json: JSONValue, at place: String) -> [Citation] {
        array(json, at: place).enumerated().compactMap { index, value in
            string(value, at: "\(place)[\(index)]").map(Citation.init)
        }
    }

    // MARK: - Primitives

    private mutating func object(_ json: JSONValue?, at place: String) -> [String: JSONValue]? {
        guard let json else {
            report(place, .missingKey(Self.lastKey(of: place)))
            return nil
        }
        guard let object = json.objectValue else {
            report(place, .wrongKind(expected: "an object", found: json.kindName))
            return nil
        }
        return object
    }

    private mutating func array(_ json: JSONValue?, at place: String) -> [JSONValue] {
        guard let json else {
            report(place, .missingKey(Self.lastKey(of: place)))
            return []
        }
        guard let array = json.arrayValue else {
            report(place, .wrongKind(expected: "an array", found: json.kindName))
            return []
        }
        return array
    }

    private mutating func number(_ json: JSONValue?, at place: String) -> Int? {
        guard let json else {
            report(place, .missingKey(Self.lastKey(of: place)))
            return nil
        }
        guard case .number(let number) = json, number >= 0, number == number.rounded() else {
            report(place, .wrongKind(expected: "a whole number", found: json.kindName))
            return nil
        }
        return Int(number)
    }

    /// `true` or `false`; anything else is reported and read as false.
    private mutating func flag(_ json: JSONValue, at place: String) -> Bool {
        guard case .bool(let value) = json else {
            report(place, .wrongKind(expected: "true or false", found: json.kindName))
            return false
        }
        return value
    }

    private mutating func string(_ json: JSONValue?, at place: String) -> String? {
        guard let json else {
            report(place, .missingKey(Self.lastKey(of: place)))
            return nil
        }
        guard let string = json.stringValue else {
            report(place, .wrongKind(expected: "a string", found: json.kindName))
            return nil
        }
        return string
    }

    private mutating func checkID(_ id: String, at place: String) {
        if !FieldID(id).isSnakeCase { report(place, .notSnakeCase(id)) }
    }

    mutating func report(_ place: String, _ issue: DefinitionIssue) {
        problems.append(DefinitionProblem(file: file, place: place, issue: issue))
    }

    private static func lastKey(of place: String) -> String {
        String(place.split(separator: ".").last ?? Substring(place))
    }
}
