/// Reading a State profile (`Templates/profiles/PT.json`, format `mla-profile`, version 1),
/// checked as a whole: every problem is reported with its place.
extension StateProfile {
    public static let format = "mla-profile"
    public static let version = 1
    /// The channels a profile may name: the codes of the questionnaire's `transmission_channel`.
    public static let channelCodes = ["central_authority", "diplomatic", "direct_judicial", "interpol_urgent", "network_24_7",
                                      "expedited_electronic", "oral_urgent"]

    /// Reads the profile of `state` from `text`; `file` is how messages name the file.
    public static func decode(_ text: String, state expected: String, file: String) throws(DataFileError) -> StateProfile {
        var reader = DataFileReader()
        let profile = reader.parse(text).flatMap { read($0, expected: expected, reader: &reader) }
        guard let profile, reader.problems.isEmpty else { throw DataFileError(file: file, problems: reader.problems) }
        return profile
    }

    private static func read(_ value: JSONValue, expected: String, reader: inout DataFileReader) -> StateProfile? {
        guard let top = reader.object(value, at: "", allowed: ["format", "version", "state", "instruments", "languages", "channels", "requirements"]),
              reader.header(top, format: format, version: version) else { return nil }
        var profile = StateProfile(state: expected)
        if let state = reader.string(top, "state", at: "", required: true), state != expected {
            reader.report("state", .stateMismatch(state: state, expected: expected))
        }
        if let instruments = reader.object(top["instruments"], at: "instruments", allowed: Instrument.allCases.map(\.rawValue)) {
            for (code, entry) in instruments.sorted(by: { $0.key < $1.key }) {
                guard let instrument = Instrument(rawValue: code) else {
                    reader.report("instruments", .unknownCode(code, known: Instrument.allCases.map(\.rawValue)))
                    continue
                }
                let place = "instruments.\(code)"
                guard let fact = reader.object(entry, at: place, allowed: ["party", "in_force", "source", "checked"]) else { continue }
                var party: Bool?
                switch fact["party"] {
                case .bool(let value)?: party = value
                case nil: reader.report("\(place).party", .missingKey)
                default: reader.report("\(place).party", .wrongKind(expected: "boolean"))
                }
                let inForce = reader.formatted(fact, "in_force", at: place, required: false, as: .date, form: "date")
                let source = reader.url(fact, "source", at: place)
                let checked = reader.formatted(fact, "checked", at: place, required: true, as: .date, form: "date")
                if let party, let source, let checked {
                    profile.instruments[instrument] = InstrumentFact(party: party, inForce: inForce, source: source, checked: checked)
                }
            }
        }
        if let languages = reader.object(top["languages"], at: "languages", allowed: ["accepted", "source", "checked", "note"]) {
            let accepted = reader.languages(languages, "accepted", at: "languages", required: true)
            let source = reader.url(languages, "source", at: "languages")
            let checked = reader.formatted(languages, "checked", at: "languages", required: true, as: .date, form: "date")
            let note = reader.string(languages, "note", at: "languages", required: false)
            if let accepted, let source, let checked {
                profile.languages = Sourced(value: accepted, source: source, checked: checked, note: note)
            }
        }
        for (index, item) in (reader.list(top, "channels", at: "", required: false) ?? []).enumerated() {
            let place = "channels[\(index + 1)]"
            guard let channel = reader.object(item, at: place, allowed: ["channel", "source", "checked", "note"]) else { continue }
            var code = reader.string(channel, "channel", at: place, required: true)
            if let given = code, !channelCodes.contains(given) {
                reader.report("\(place).channel", .unknownCode(given, known: channelCodes))
                code = nil
            }
            let source = reader.url(channel, "source", at: place)
            let checked = reader.formatted(channel, "checked", at: place, required: true, as: .date, form: "date")
            let note = reader.string(channel, "note", at: place, required: false)
            if let code, let source, let checked {
                profile.channels.append(Sourced(value: code, source: source, checked: checked, note: note))
            }
        }
        for (index, item) in (reader.list(top, "requirements", at: "", required: false) ?? []).enumerated() {
            let place = "requirements[\(index + 1)]"
            guard let requirement = reader.object(item, at: place, allowed: ["text", "source", "checked"]) else { continue }
            var texts: [String: String] = [:]
            if let byLanguage = reader.object(requirement["text"], at: "\(place).text", allowed: ["ar", "en", "es", "fr", "ru", "zh"]) {
                for (language, value) in byLanguage {
                    if let text = value.stringValue { texts[language] = text } else { reader.report("\(place).text.\(language)", .wrongKind(expected: "string")) }
                }
                if texts["en"] == nil { reader.report("\(place).text.en", .missingKey) }
            } else if requirement["text"] == nil {
                reader.report("\(place).text", .missingKey)
            }
            let source = reader.url(requirement, "source", at: place)
            let checked = reader.formatted(requirement, "checked", at: place, required: true, as: .date, form: "date")
            if texts["en"] != nil, let source, let checked {
                profile.requirements.append(Sourced(value: texts, source: source, checked: checked))
            }
        }
        return profile
    }
}
