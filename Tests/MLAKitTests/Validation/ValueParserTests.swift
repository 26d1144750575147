import MLAKit
import Testing

/// Checks shared by every format, and the plain formats: text, multiline, integer, boolean, port.
@Suite struct ValueParserTests {
    // MARK: Every format

    @Test(arguments: ValueFormat.allCases)
    func rejectsBlankInputInEveryFormat(format: ValueFormat) {
        #expect(throws: ValueError.empty) { try ValueParser.canonical(" \t\n ", as: format) }
    }

    @Test(arguments: ValueFormat.allCases)
    func rejectsBidiOverrideInEveryFormat(format: ValueFormat) {
        #expect(throws: ValueError.bidiControl("\u{202E}", at: TextPosition(line: 1, column: 5))) {
            try ValueParser.canonical("PT50\u{202E}0999", as: format)
        }
    }

    @Test(arguments: ValueFormat.allCases.filter { $0 != .multiline })
    func rejectsLineBreakInEveryOneLineFormat(format: ValueFormat) {
        #expect(throws: ValueError.lineBreak) { try ValueParser.canonical("2026-11-24\n10:00", as: format) }
    }

    // MARK: Text

    @Test(arguments: [
        ("  Nabil Ezzahraoui  ", "Nabil Ezzahraoui"),
        ("\tBanque Atlantique du Souss\r\n", "Banque Atlantique du Souss"),
        ("\u{A0}Agadir\u{A0}", "Agadir"),
        ("São Paulo – Agadir", "São Paulo – Agadir"),
        ("مصرف المغرب", "مصرف المغرب"),
        (String(repeating: "a", count: 2_000), String(repeating: "a", count: 2_000)),
    ])
    func trimsText(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .text) == expected)
    }

    @Test(arguments: ["first line\nsecond line", "a\r\nb", "a\rb", "a\u{2028}b", "a\u{85}b", "a\u{B}b"])
    func rejectsTextWithLineBreak(input: String) {
        #expect(throws: ValueError.lineBreak) { try ValueParser.canonical(input, as: .text) }
    }

    /// The position is counted in the answer as given, white space in front included, in
    /// characters as a reader sees them ("é" written as e and an accent counts once).
    @Test(arguments: [
        ("a\u{7}b", "\u{7}", 2), ("a\tb", "\t", 2), ("a\u{0}b", "\u{0}", 2), ("a\u{7F}b", "\u{7F}", 2),
        ("a\u{9B}b", "\u{9B}", 2), ("\u{1B}[31mred", "\u{1B}", 1), ("  e\u{301}t\u{E9}\u{1B}", "\u{1B}", 6),
    ] as [(String, Unicode.Scalar, Int)])
    func rejectsTextWithControlCharacter(input: String, scalar: Unicode.Scalar, column: Int) {
        #expect(throws: ValueError.controlCharacter(scalar, at: TextPosition(line: 1, column: column))) {
            try ValueParser.canonical(input, as: .text)
        }
    }

    @Test(arguments: [
        ("account \u{202E}4321", "\u{202E}", 9), ("\u{202A}x", "\u{202A}", 1), ("x\u{2066}y\u{2069}", "\u{2066}", 2),
        ("x\u{2069}", "\u{2069}", 2), ("x\u{202D}y", "\u{202D}", 2),
        ("PT50 \u{200F}0002", "\u{200F}", 6), ("1234\u{200E}", "\u{200E}", 5), ("\u{61C}42", "\u{61C}", 1),
    ] as [(String, Unicode.Scalar, Int)])
    func rejectsTextWithBidiControl(input: String, scalar: Unicode.Scalar, column: Int) {
        #expect(throws: ValueError.bidiControl(scalar, at: TextPosition(line: 1, column: column))) {
            try ValueParser.canonical(input, as: .text)
        }
    }

    @Test func countsLinesBeforeTheAnswerInTheControlCharacterPosition() {
        #expect(throws: ValueError.controlCharacter("\u{7}", at: TextPosition(line: 3, column: 3))) {
            try ValueParser.canonical("\n\r\nab\u{7}", as: .text)
        }
    }

    @Test func rejectsTextLongerThanTwoThousandCharacters() {
        #expect(throws: ValueError.tooLong(limit: 2_000, length: 2_001)) {
            try ValueParser.canonical(String(repeating: "é", count: 2_001), as: .text)
        }
    }

    // MARK: Multiline

    @Test(arguments: [
        ("Line one\r\nLine two\rLine three", "Line one\nLine two\nLine three"),
        ("\n\n  First paragraph.   \n\n\n\nSecond paragraph.\n\n", "  First paragraph.\n\nSecond paragraph."),
        ("a\n\nb", "a\n\nb"),
        ("a\n\n\nb", "a\n\nb"),
        ("a\n \t \nb", "a\n\nb"),
        ("Item\tAmount\n1\t41200", "Item\tAmount\n1\t41200"),
        ("a\u{2028}b\u{2029}c\u{85}d", "a\nb\nc\nd"),
        ("a\r\r\nb", "a\n\nb"),
        (String(repeating: "a", count: 2_000_000), String(repeating: "a", count: 2_000_000)),
    ])
    func normalisesMultilineText(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .multiline) == expected)
    }

    @Test(arguments: [
        ("a\u{0}b", ValueError.controlCharacter("\u{0}", at: TextPosition(line: 1, column: 2))),
        ("page one\u{C}page two", .controlCharacter("\u{C}", at: TextPosition(line: 1, column: 9))),
        ("\u{1B}[31mred", .controlCharacter("\u{1B}", at: TextPosition(line: 1, column: 1))),
        ("a\u{9F}", .controlCharacter("\u{9F}", at: TextPosition(line: 1, column: 2))),
        ("x\u{202D}y", .bidiControl("\u{202D}", at: TextPosition(line: 1, column: 2))),
        ("First line.\r\n\r\nAccount 12\u{202E}34", .bidiControl("\u{202E}", at: TextPosition(line: 3, column: 11))),
        ("a\u{2028}b\u{85}c\rd\u{0}", .controlCharacter("\u{0}", at: TextPosition(line: 4, column: 2))),
        (String(repeating: "x", count: 10 * 1024 * 1024), .tooLong(limit: 2_000_000, length: 10_485_760)),
        ("\n \n\t\n", .empty),
        (String(repeating: "ab\n", count: 700_000), .tooLong(limit: 2_000_000, length: 2_099_999)),
    ])
    func rejectsMultilineText(input: String, error: ValueError) {
        #expect(throws: error) { try ValueParser.canonical(input, as: .multiline) }
    }

    // MARK: Integer

    @Test(arguments: [
        ("42", "42"), (" -17 ", "-17"), ("+5", "5"), ("007", "7"), ("-0", "0"), ("0", "0"),
        ("9223372036854775807", "9223372036854775807"), ("-9223372036854775808", "-9223372036854775808"),
    ])
    func canonicalisesIntegers(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .integer) == expected)
    }

    @Test(arguments: ["4.5", "1,000", "1 000", "12a", "--3", "+", "-", "٣", "0x1F", "1e3"])
    func rejectsIntegerWithOtherCharacters(input: String) {
        #expect(throws: ValueError.notAnInteger(input)) { try ValueParser.canonical(input, as: .integer) }
    }

    @Test(arguments: ["9223372036854775808", "-9223372036854775809", "99999999999999999999"])
    func rejectsIntegerOutsideIntRange(input: String) {
        #expect(throws: ValueError.integerOutOfRange(input)) { try ValueParser.canonical(input, as: .integer) }
    }

    // MARK: Boolean

    @Test(arguments: [
        ("yes", "yes"), ("YES", "yes"), (" y ", "yes"), ("true", "yes"), ("True", "yes"),
        ("no", "no"), ("N", "no"), ("false", "no"), ("FALSE", "no"),
    ])
    func canonicalisesBooleans(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .boolean) == expected)
    }

    @Test(arguments: ["maybe", "1", "0", "oui", "yess", "t"])
    func rejectsOtherWordsAsBoolean(input: String) {
        #expect(throws: ValueError.notABoolean(input)) { try ValueParser.canonical(input, as: .boolean) }
    }

    // MARK: Port

    @Test(arguments: [("443", "443"), ("0", "0"), ("65535", "65535"), (" 0080 ", "80"), ("0000000443", "443")])
    func canonicalisesPorts(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .port) == expected)
    }

    @Test(arguments: ["-1", "http", "44.3", "1e3", "+80"])
    func rejectsPortThatIsNotANumber(input: String) {
        #expect(throws: ValueError.notAPort(input)) { try ValueParser.canonical(input, as: .port) }
    }

    @Test(arguments: ["65536", "100000", "000065536", "99999999999999999999999"])
    func rejectsPortAbove65535(input: String) {
        #expect(throws: ValueError.portOutOfRange(input)) { try ValueParser.canonical(input, as: .port) }
    }
}
