import Foundation
import Testing
@testable import MLAKit

@Suite struct JSONReaderTests {
    private func parse(_ text: String) throws(JSONReader.SyntaxError) -> JSONValue {
        try JSONReader.parse(Data(text.utf8))
    }

    // MARK: - Valid JSON

    @Test(arguments: [
        ("null", JSONValue.null),
        ("true", .bool(true)),
        (" false ", .bool(false)),
        ("0", .number(0)),
        ("-12.5e2", .number(-1250)),
        ("1E-2", .number(0.01)),
        (#""plain""#, .string("plain")),
        (#""é – 中""#, .string("é – 中")),
        (#""a\"b\\c\/d\b\f\n\r\t""#, .string("a\"b\\c/d\u{8}\u{C}\n\r\t")),
        (#""\u00e9\u2013\uD83D\uDE00""#, .string("é–😀")),
        ("[]", .array([])),
        ("{}", .object([:])),
        (#"[1, "two", [true], {"k": null}]"#, .array([.number(1), .string("two"), .array([.bool(true)]), .object(["k": .null])])),
        ("\u{FEFF}{\n\t\"a\" : {\"b\": [ ]}\r\n}", .object(["a": .object(["b": .array([])])])),
    ])
    func readsValidJSON(text: String, expected: JSONValue) throws {
        #expect(try parse(text) == expected)
    }

    @Test func refusesAKeyGivenTwiceInOneObject() {
        #expect(throws: JSONReader.SyntaxError(line: 2, column: 3, offset: 11, issue: .duplicateKey("a"))) {
            try parse("{\"a\": 1,\n  \"a\": 2}")
        }
        #expect(throws: Never.self) { try parse(#"{"a": {"a": 1}, "b": {"a": 2}}"#) }
    }

    // MARK: - Invalid JSON

    @Test(arguments: [
        "", "   ", "nul", "tru", "01", "1.", ".5", "-", "1e", "+1", "[1,]", "[1 2]", "{\"a\" 1}", "{\"a\":1,}", "{a:1}",
        "\"open", "\"tab\there\"", "\"\\x\"", "\"\\u12\"", "\"\\uDE00\"", "\"\\uD83D\"", "[1] 2", "[", "{", "NaN", "1e999",
    ])
    func refusesInvalidJSON(text: String) {
        #expect(throws: JSONReader.SyntaxError.self) { try parse(text) }
    }

    /// Each fault is named, at the byte where the text stops being JSON.
    @Test(arguments: [
        ("", 0, JSONSyntaxIssue.unexpectedEnd), ("[1, ", 4, .unexpectedEnd), ("tru", 3, .unexpectedEnd),
        ("[1 2]", 3, .unexpectedCharacter("2")), ("{a:1}", 1, .unexpectedCharacter("a")), ("[1,]", 3, .unexpectedCharacter("]")),
        ("nul!", 3, .unexpectedCharacter("!")), ("[é]", 1, .unexpectedCharacter("é")),
        ("\"tab\there\"", 4, .controlCharacterInString("\t")), (#"["\x"]"#, 2, .invalidEscape), (#""\u12""#, 1, .invalidEscape),
        (#""\uDE00""#, 1, .loneSurrogate), (#"["\uD83Dx"]"#, 2, .loneSurrogate), ("01", 0, .invalidNumber), ("[-]", 1, .invalidNumber),
        ("1.", 0, .invalidNumber), ("1e999", 0, .numberTooLarge), ("[1] 2", 4, .trailingText),
    ] as [(String, Int, JSONSyntaxIssue)])
    func namesTheFaultAndItsByte(text: String, offset: Int, issue: JSONSyntaxIssue) {
        #expect(throws: JSONReader.SyntaxError(line: 1, column: text.utf8.prefix(offset).count { $0 & 0xC0 != 0x80 } + 1, offset: offset, issue: issue)) {
            try parse(text)
        }
    }

    @Test func refusesNestingTooDeepToFollow() {
        let deep = String(repeating: "[", count: JSONParser.depthLimit + 1) + String(repeating: "]", count: JSONParser.depthLimit + 1)
        #expect(throws: JSONReader.SyntaxError.self) { try parse(deep) }
        let allowed = String(repeating: "[", count: JSONParser.depthLimit) + String(repeating: "]", count: JSONParser.depthLimit)
        #expect(throws: Never.self) { try parse(allowed) }
    }

    @Test func refusesTextThatIsNotUTF8() {
        #expect(throws: JSONReader.SyntaxError(line: 1, column: 2, offset: 1, issue: .notUTF8([0xFF]))) {
            try JSONReader.parse(Data([0x22, 0xFF, 0x22]))
        }
    }
}
