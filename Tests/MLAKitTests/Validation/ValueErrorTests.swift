import MLAKit
import Testing

/// The message key and placeholders each refusal hands to the localizer.
@Suite struct ValueErrorTests {
    /// One example of every case, with the key and arguments its message is looked up with.
    static let examples: [(ValueError, String, [String: String])] = [
        (.empty, "empty", [:]),
        (.tooLong(limit: 2_000, length: 2_001), "too_long", ["limit": "2000", "length": "2001"]),
        (.lineBreak, "line_break", [:]),
        (.controlCharacter("\u{7}", at: TextPosition(line: 1, column: 4)), "control_character",
         ["character": "U+0007 ALERT", "line": "1", "column": "4"]),
        (.bidiControl("\u{202E}", at: TextPosition(line: 1, column: 9)), "bidi_control",
         ["character": "U+202E RIGHT-TO-LEFT OVERRIDE", "line": "1", "column": "9"]),
        (.notAnInteger("4.5"), "not_an_integer", ["value": "4.5"]),
        (.integerOutOfRange("9223372036854775808"), "integer_out_of_range",
         ["value": "9223372036854775808", "min": "-9223372036854775808", "max": "9223372036854775807"]),
        (.notABoolean("maybe"), "not_a_boolean", ["value": "maybe"]),
        (.notAPort("http"), "not_a_port", ["value": "http"]),
        (.portOutOfRange("70000"), "port_out_of_range", ["value": "70000"]),
        (.notADate("24/11/2026"), "not_a_date", ["value": "24/11/2026"]),
        (.noSuchDate("2026-02-30"), "no_such_date", ["value": "2026-02-30"]),
        (.notADatetime("2024-03-05"), "not_a_datetime", ["value": "2024-03-05"]),
        (.datetimeWithoutSeconds("2024-03-05T14:22Z"), "datetime_without_seconds", ["value": "2024-03-05T14:22Z"]),
        (.naiveDatetime("2024-03-05T14:22:07"), "naive_datetime", ["value": "2024-03-05T14:22:07"]),
        (.noSuchTime("2024-03-05T24:00:00Z"), "no_such_time", ["value": "2024-03-05T24:00:00Z"]),
        (.invalidOffset("+15:00"), "invalid_offset", ["offset": "+15:00"]),
        (.notARange("2026-03-09"), "not_a_range", ["value": "2026-03-09"]),
        (.rangeOrder(start: "2026-09-29", end: "2026-03-09"), "range_order",
         ["start": "2026-09-29", "end": "2026-03-09"]),
        (.notADuration("60 days"), "not_a_duration", ["value": "60 days"]),
        (.durationWithoutTimeComponent("P1DT"), "duration_without_time_component", ["value": "P1DT"]),
        (.zeroDuration("P0D"), "zero_duration", ["value": "P0D"]),
        (.unknownTimeZone("Vienna"), "unknown_timezone", ["value": "Vienna"]),
        (.timeZoneNotAName("CET"), "timezone_not_a_name", ["value": "CET"]),
        (.unknownCountry("UK"), "unknown_country", ["value": "UK"]),
        (.notALanguageTag("english"), "not_a_language_tag", ["value": "english"]),
        (.unknownLanguage("xq"), "unknown_language", ["code": "xq"]),
        (.notMoney("a lot"), "not_money", ["value": "a lot"]),
        (.moneyWithoutCurrency("186400"), "money_without_currency", ["value": "186400"]),
        (.moneySeparators(value: "186,400 EUR", suggestion: "186400.00 EUR"), "money_separators",
         ["value": "186,400 EUR", "suggestion": "186400.00 EUR"]),
        (.moneyDecimals(value: "10.123 EUR", currency: "EUR", limit: 2), "money_decimals",
         ["value": "10.123 EUR", "currency": "EUR", "limit": "2"]),
        (.moneyNotPositive("0 EUR"), "money_not_positive", ["value": "0 EUR"]),
        (.unknownCurrency("EURO"), "unknown_currency", ["code": "EURO"]),
        (.notAnEmail("desk.example.org"), "not_an_email", ["value": "desk.example.org"]),
        (.notAPhoneNumber("tel: 1"), "not_a_phone", ["value": "tel: 1"]),
        (.phoneWithoutCountryCode("213 456 789"), "phone_without_country_code", ["value": "213 456 789"]),
        (.phoneLength(value: "+1234567", digits: 7), "phone_length", ["value": "+1234567", "digits": "7"]),
        (.notAURL("https://exa mple.org"), "not_a_url", ["value": "https://exa mple.org"]),
        (.urlWithoutScheme("example.org"), "url_without_scheme", ["value": "example.org"]),
        (.unsupportedURLScheme(value: "file:///etc/hosts", scheme: "file"), "url_scheme",
         ["value": "file:///etc/hosts", "scheme": "file"]),
        (.urlWithoutHost("https:///path"), "url_without_host", ["value": "https:///path"]),
        (.notAnIPAddress("198.51.100"), "not_an_ip", ["value": "198.51.100"]),
        (.ipLeadingZeros("192.000.2.1"), "ip_leading_zeros", ["value": "192.000.2.1"]),
        (.ipOctetOutOfRange("256.1.1.1"), "ip_octet_range", ["value": "256.1.1.1"]),
        (.ipv6PortWithoutBrackets("2001:db8::1:50123"), "ipv6_port_brackets", ["value": "2001:db8::1:50123"]),
        (.notAnIBAN("PT5"), "not_an_iban", ["value": "PT5"]),
        (.ibanCountry(value: "US1234567890123", country: "US"), "iban_country",
         ["value": "US12 3456 7890 123", "country": "US"]),
        (.ibanLength(value: "PT5009990417000623918755", country: "PT", expected: 25, actual: 24), "iban_length",
         ["value": "PT50 0999 0417 0006 2391 8755", "country": "PT", "expected": "25", "actual": "24"]),
        (.ibanChecksum("PT50099904170006239187554"), "iban_checksum", ["value": "PT50 0999 0417 0006 2391 8755 4"]),
        (.bicLength("BCOMPTP"), "bic_length", ["value": "BCOMPTP"]),
        (.notABIC("BC0MPTPL"), "not_a_bic", ["value": "BC0MPTPL"]),
        (.bicCountry(value: "BCOMZZPL", country: "ZZ"), "bic_country", ["value": "BCOMZZPL", "country": "ZZ"]),
    ]

    @Test(arguments: examples)
    func namesMessageKeyAndPlaceholders(error: ValueError, key: String, arguments: [String: String]) {
        #expect(error.key == key)
        #expect(error.arguments == arguments)
    }

    @Test func givesEveryCaseItsOwnKey() {
        let keys = Self.examples.map(\.0.key)
        #expect(Set(keys).count == keys.count)
    }

    @Test(arguments: [
        ("\u{0}", "U+0000 NULL"), ("\u{1B}", "U+001B ESCAPE"), ("\u{1F}", "U+001F INFORMATION SEPARATOR ONE"),
        ("\u{7F}", "U+007F DELETE"), ("\u{85}", "U+0085"), ("\u{2069}", "U+2069 POP DIRECTIONAL ISOLATE"),
        ("\u{200F}", "U+200F RIGHT-TO-LEFT MARK"), ("\u{10FFFF}", "U+10FFFF"),
    ] as [(Unicode.Scalar, String)])
    func namesInvisibleCharactersByCodePointAndName(scalar: Unicode.Scalar, name: String) {
        #expect(ValueError.controlCharacter(scalar, at: TextPosition(line: 1, column: 1)).arguments["character"] == name)
    }

    @Test func givesTheLineOfACharacterBeyondTheFirstLine() {
        let error = ValueError.bidiControl("\u{202E}", at: TextPosition(line: 3, column: 11))
        #expect(error.key == "bidi_control_in_line")
        #expect(error.arguments == ["character": "U+202E RIGHT-TO-LEFT OVERRIDE", "line": "3", "column": "11"])
        #expect(ValueError.controlCharacter("\u{1B}", at: TextPosition(line: 2, column: 1)).key == "control_character_in_line")
    }
}
