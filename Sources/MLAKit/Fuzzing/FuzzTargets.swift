import Foundation

/// What the fuzzing harnesses (`Sources/Fuzz`, built by `.ci/fuzz`) run for each input, kept in
/// the engine so that the regular tests run the seed corpora and crash reproducers through
/// exactly the same code.
///
/// Each target takes any bytes and must return, without crashing, hanging or exhausting memory,
/// whether the input was accepted; for the inputs it accepts it checks with `precondition` what
/// must hold for all of them, so that a broken property is reported by the fuzzer as a crash,
/// with the input that broke it.
enum FuzzTargets {
    /// The draft decoder, and the JSON parser beneath it. Valid JSON is written back and must
    /// read the same; a draft that is accepted is written back and must read the same and be
    /// written the same.
    @discardableResult
    static func draftDecoder(_ data: Data, codec: DraftCodec) -> Bool {
        if let json = try? JSONReader.parse(data) {
            precondition((try? JSONReader.parse(JSONWriter.write(json))) == json, "JSON written back reads differently")
        }
        guard let draft = try? codec.decode(data) else { return false }
        let written = codec.encode(draft)
        let reread = try? codec.decode(written)
        precondition(reread == draft, "a draft written back reads differently")
        precondition(reread.map(codec.encode) == written, "a draft is not written the same twice")
        return true
    }

    /// The document template parser, on text read as UTF-8 with any invalid byte replaced.
    @discardableResult
    static func templateParser(_ data: Data) -> Bool {
        (try? Template(parsing: String(decoding: data, as: UTF8.self), file: "fuzz.txt")) != nil
    }

    /// The value parsers: the first byte picks the format (the date-time, IP address, IBAN and
    /// money formats twice as often as the others), the rest is the typed value. A value that
    /// is accepted is stored in a form that must be accepted again unchanged.
    @discardableResult
    static func valueParser(_ data: Data) -> Bool {
        guard let first = data.first else { return false }
        let formats = ValueFormat.allCases + [.datetime, .datetimeRange, .ip, .iban, .money]
        let format = formats[Int(first) % formats.count]
        guard let stored = try? ValueParser.canonical(String(decoding: data.dropFirst(), as: UTF8.self), as: format) else { return false }
        precondition((try? ValueParser.canonical(stored, as: format)) == stored, "the stored form of a \(format) value is not taken back unchanged")
        return true
    }

    /// The `set` argument `PATH=VALUE`: the path parser, whose accepted paths must read back
    /// the same from their description, then answering through `engine` in empty answers.
    @discardableResult
    static func setAssignment(_ data: Data, engine: Engine) -> Bool {
        let text = String(decoding: data, as: UTF8.self)
        let equals = text.firstIndex(of: "=") ?? text.endIndex
        guard let path = AnswerPath(parsing: String(text[..<equals])) else { return false }
        precondition(AnswerPath(parsing: path.description) == path, "a path does not read back from its description")
        guard engine.field(at: path) != nil else { return false }
        let value = equals < text.endIndex ? String(text[text.index(after: equals)...]) : ""
        guard let answers = try? engine.answering(value, at: path, in: [:]) else { return false }
        precondition(answers.value(at: path) != nil, "an accepted answer is not found at its path")
        return true
    }
}
