import Foundation

/// Reads JSON text into a ``JSONValue``, reporting a syntax error with its line, column and
/// byte offset.
enum JSONReader {
    struct SyntaxError: Error, Equatable, Sendable {
        var line: Int
        /// Characters from the start of the line, counting from 1.
        var column: Int
        /// Bytes from the start of the text, counting from 0.
        var offset: Int
        var issue: JSONSyntaxIssue

        /// The problem in English, for files that come with the program or an office's templates.
        var detail: String { issue.englishDetail }
    }

    static func parse(_ data: Data) throws(SyntaxError) -> JSONValue {
        let result = data.withUnsafeBytes { raw -> Result<JSONValue, JSONParser.Failure> in
            do throws(JSONParser.Failure) {
                return .success(try JSONParser.parse(raw.bindMemory(to: UInt8.self)))
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let value):
            return value
        case .failure(let failure):
            let (line, column) = position(of: failure.offset, in: data)
            throw SyntaxError(line: line, column: column, offset: failure.offset, issue: failure.issue)
        }
    }

    /// The line and column of a byte offset: lines end at LF, and a column is one more than the
    /// characters before it on its line (bytes that continue a UTF-8 sequence are not counted,
    /// nor a byte order mark, which editors do not show).
    static func position(of offset: Int, in data: Data) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        let start = data.starts(with: [0xEF, 0xBB, 0xBF]) ? min(3, offset) : 0
        for byte in data.prefix(offset).dropFirst(start) {
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
