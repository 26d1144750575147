import Foundation

/// Reads JSON text into a ``JSONValue``, reporting a syntax error with its line and column.
enum JSONReader {
    struct SyntaxError: Error, Equatable, Sendable {
        var line: Int
        var column: Int
        var detail: String
    }

    static func parse(_ data: Data) throws(SyntaxError) -> JSONValue {
        let value = data.withUnsafeBytes { raw in JSONParser.parse(raw.bindMemory(to: UInt8.self)) }
        guard let value else { throw syntaxError(in: data) }
        return value
    }

    /// Re-reads invalid JSON with JSONSerialization, which says where the problem is and in
    /// the words the messages have always used.
    private static func syntaxError(in data: Data) -> SyntaxError {
        guard String(data: data, encoding: .utf8) != nil else {
            return SyntaxError(line: 1, column: 1, detail: "not UTF-8 text")
        }
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return SyntaxError(line: 1, column: 1, detail: "unexpected structure")
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "invalid JSON"
            let offset = Self.offset(in: detail) ?? data.count
            let (line, column) = position(of: offset, in: data)
            return SyntaxError(line: line, column: column, detail: Self.cleaned(detail))
        }
    }

    private static func offset(in detail: String) -> Int? {
        guard let range = detail.range(of: "character ") else { return nil }
        return Int(detail[range.upperBound...].prefix { $0.isNumber })
    }

    private static func cleaned(_ detail: String) -> String {
        let sentence = detail.components(separatedBy: " around ").first ?? detail
        return sentence.hasSuffix(".") ? String(sentence.dropLast()) : sentence
    }

    private static func position(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
