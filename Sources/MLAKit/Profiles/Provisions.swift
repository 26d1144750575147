/// The provisions of each instrument that apply to each measure a request may ask for, as the
/// legal requirements cite them (`Templates/legal-basis.json`, format `mla-provisions`).
public struct Provisions: Equatable, Sendable {
    public static let path = "Templates/legal-basis.json"
    public static let format = "mla-provisions"
    public static let version = 1

    public struct Entry: Equatable, Sendable {
        /// The `legal_basis` choice that stands for the instrument, if the questionnaire offers one.
        public var choice: String?
        /// Provisions that apply whatever is requested.
        public var general: [String]
        /// Provisions by measure code (an `assistance_types`, `de_measure` or `ar_measure` code).
        public var measures: [String: [String]]
    }

    public var instruments: [Instrument: Entry]

    public init(instruments: [Instrument: Entry]) {
        self.instruments = instruments
    }

    public static func decode(_ text: String, file: String) throws(DataFileError) -> Provisions {
        var reader = DataFileReader()
        var result = Provisions(instruments: [:])
        if let top = reader.parse(text).flatMap({ reader.object($0, at: "", allowed: ["format", "version", "instruments"]) }),
           reader.header(top, format: format, version: version),
           let instruments = reader.object(top["instruments"], at: "instruments", allowed: Instrument.allCases.map(\.rawValue)) {
            for (code, value) in instruments.sorted(by: { $0.key < $1.key }) {
                guard let instrument = Instrument(rawValue: code) else {
                    reader.report("instruments", .unknownCode(code, known: Instrument.allCases.map(\.rawValue)))
                    continue
                }
                let place = "instruments.\(code)"
                guard let entry = reader.object(value, at: place, allowed: ["choice", "general", "measures"]) else { continue }
                let choice = reader.string(entry, "choice", at: place, required: false)
                let general = strings(reader.list(entry, "general", at: place, required: false) ?? [], at: "\(place).general", reader: &reader)
                var measures: [String: [String]] = [:]
                for (measure, citations) in reader.object(entry["measures"], at: "\(place).measures", allowed: Array((entry["measures"]?.objectValue ?? [:]).keys)) ?? [:] {
                    guard let array = citations.arrayValue else {
                        reader.report("\(place).measures.\(measure)", .wrongKind(expected: "list"))
                        continue
                    }
                    measures[measure] = strings(array, at: "\(place).measures.\(measure)", reader: &reader)
                }
                result.instruments[instrument] = Entry(choice: choice, general: general, measures: measures)
            }
        }
        guard reader.problems.isEmpty else { throw DataFileError(file: file, problems: reader.problems) }
        return result
    }

    private static func strings(_ array: [JSONValue], at place: String, reader: inout DataFileReader) -> [String] {
        array.enumerated().compactMap { index, item in
            if let string = item.stringValue { return string }
            reader.report("\(place)[\(index + 1)]", .wrongKind(expected: "string"))
            return nil
        }
    }
}
