import MLAKit
import Testing

/// Email addresses, telephone numbers, URLs and IP addresses.
@Suite struct ValueParserNetworkTests {
    // MARK: Email

    @Test(arguments: [
        ("desk@example.org", "desk@example.org"), ("Desk.Officer@Example.ORG", "Desk.Officer@example.org"),
        ("mla+pt@mail.justice.example", "mla+pt@mail.justice.example"), ("joão@tribunal.pt", "joão@tribunal.pt"),
        (" o'brien@example.ie ", "o'brien@example.ie"),
    ])
    func canonicalisesEmailAddresses(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .email) == expected)
    }

    @Test(arguments: [
        "desk.example.org", "desk@@example.org", "a@b@example.org", "desk@example", "desk @example.org",
        "@example.org", "desk@", "desk@.org", "desk@example..org", ".desk@example.org", "desk.@example.org",
        "de..sk@example.org", "desk@-example.org", "desk@example.1", "desk@example.o", "<desk@example.org>",
    ])
    func rejectsMalformedEmailAddress(input: String) {
        #expect(throws: ValueError.notAnEmail(input)) { try ValueParser.canonical(input, as: .email) }
    }

    // MARK: Phone

    @Test(arguments: [
        ("+351 21 345 6789", "+351213456789"), ("+351-21-345-6789", "+351213456789"),
        ("+351.213.456.789", "+351213456789"), ("+1 (202) 555-0143", "+12025550143"),
        ("00351213456789", "+351213456789"), ("+44 (0)20 7946 0000", "+442079460000"),
        ("+49 30/1234567", "+49301234567"), ("(+351) 213 456 789", "+351213456789"),
        ("+12345678", "+12345678"), ("+123456789012345", "+123456789012345"),
    ])
    func canonicalisesPhoneNumbersToE164(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .phone) == expected)
    }

    @Test(arguments: ["213 456 789", "021 345 6789", "(21) 345-6789"])
    func rejectsPhoneNumberWithoutCountryCode(input: String) {
        #expect(throws: ValueError.phoneWithoutCountryCode(input)) { try ValueParser.canonical(input, as: .phone) }
    }

    @Test(arguments: [("+1234567", 7), ("+1234567890123456", 16), ("0035121", 5)])
    func rejectsPhoneNumberWithWrongDigitCount(input: String, digits: Int) {
        #expect(throws: ValueError.phoneLength(value: input, digits: digits)) {
            try ValueParser.canonical(input, as: .phone)
        }
    }

    @Test(arguments: [
        "+351 21 345 6789 ext. 12", "tel: +351213456789", "+0351 213 456 789", "++351213456789",
        "351+213456789", "+351 21 345 6789 #2",
    ])
    func rejectsMalformedPhoneNumber(input: String) {
        #expect(throws: ValueError.notAPhoneNumber(input)) { try ValueParser.canonical(input, as: .phone) }
    }

    // MARK: URL

    @Test(arguments: [
        "https://example.org/path?q=1&r=2#frag", "http://abcdefghijklmnop.onion/login",
        "ftp://files.example.org:2121/pub/", "sftp://user@203.0.113.58:22/home", "https://[2001:db8::1]:8443/x",
        "HTTPS://Example.org/A?B=C", "https://user:pass@example.org/", "https://münchen.example/straße",
        "ftps://example.org", "https://example.org?q=%20a",
    ])
    func keepsURLsAsTyped(input: String) throws {
        #expect(try ValueParser.canonical(input, as: .url) == input)
    }

    @Test func trimsURL() throws {
        #expect(try ValueParser.canonical("  https://example.org/x \n", as: .url) == "https://example.org/x")
    }

    @Test(arguments: ["www.example.org/login", "example.org", "example.org:8080/x", "//example.org/x"])
    func rejectsURLWithoutScheme(input: String) {
        #expect(throws: ValueError.urlWithoutScheme(input)) { try ValueParser.canonical(input, as: .url) }
    }

    @Test(arguments: [
        ("mailto:desk@example.org", "mailto"), ("file:///etc/hosts", "file"), ("hxxps://evil.example/x", "hxxps"),
        ("javascript:alert(1)", "javascript"), ("ssh://host.example", "ssh"),
    ])
    func rejectsURLWithUnsupportedScheme(input: String, scheme: String) {
        #expect(throws: ValueError.unsupportedURLScheme(value: input, scheme: scheme)) {
            try ValueParser.canonical(input, as: .url)
        }
    }

    @Test(arguments: ["https:///path", "http://:80/", "https://user@/x", "https://"])
    func rejectsURLWithoutHost(input: String) {
        #expect(throws: ValueError.urlWithoutHost(input)) { try ValueParser.canonical(input, as: .url) }
    }

    @Test(arguments: [
        "https://exa mple.org", "https://example.org:99999/", "https://example.org:port/", "https://exa<mple.org/",
        "1http://example.org", "https://[2001:db8::1/x", "https://[2001:db8::1]x/",
    ])
    func rejectsMalformedURL(input: String) {
        #expect(throws: ValueError.notAURL(input)) { try ValueParser.canonical(input, as: .url) }
    }

    // MARK: IP address

    /// The addresses of sample case 02 are already canonical.
    @Test(arguments: [
        "2001:db8:7c10:2a::58", "[2001:db8:51a0::25]:443", "192.0.2.20:443", "203.0.113.58", "192.0.2.21",
        "198.51.100.23:50123", "0.0.0.0", "255.255.255.255", "::", "::1", "1::", "fe80::1:0:0:0",
        "::ffff:192.0.2.1", "2001:db8:0:1:1:1:1:1",
    ])
    func keepsCanonicalIPAddresses(input: String) throws {
        #expect(try ValueParser.canonical(input, as: .ip) == input)
    }

    @Test(arguments: [
        ("2001:DB8::1", "2001:db8::1"),
        ("2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"),
        ("2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"),
        ("2001:db8:0:1:0:0:0:1", "2001:db8:0:1::1"),
        ("2001:db8::1:1:1:1:1", "2001:db8:0:1:1:1:1:1"),
        ("2001:db8:1:1:1:0:0:0", "2001:db8:1:1:1::"),
        ("0:0:0:0:0:0:0:0", "::"),
        ("0:0:0:0:0:0:0:1", "::1"),
        ("::FFFF:C000:0201", "::ffff:192.0.2.1"),
        ("0:0:0:0:0:ffff:192.0.2.1", "::ffff:192.0.2.1"),
        ("64:ff9b::192.0.2.33", "64:ff9b::c000:221"),
        ("::192.0.2.33", "::c000:221"),
        ("[2001:db8::1]", "2001:db8::1"),
        ("[2001:DB8:0:0:0:0:0:1]:0443", "[2001:db8::1]:443"),
        ("198.51.100.23:080", "198.51.100.23:80"),
        ("2001:db8:51a0::25:443", "2001:db8:51a0::25:443"),
    ])
    func canonicalisesIPAddressesPerRFC5952(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .ip) == expected)
    }

    @Test(arguments: [
        "198.51.100", "198.51.100.23.1", "198.51.100.x", "2001:db8:::1", "2001:db8::1::2",
        "2001:db8:0:0:0:0:0:0:abcd", "12345::1", "2001:db8::g", "fe80::1%eth0", "[192.0.2.1]:80",
        "[2001:db8::1]443", "[2001:db8::1]:", "192.0.2.1:", "host.example:80", ":80", "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8::", "1.2.3.4::", "::1.2.3.4.5", "[2001:db8::1", "1.2.3.1234", "2001:db8:::443",
    ])
    func rejectsMalformedIPAddress(input: String) {
        #expect(throws: ValueError.notAnIPAddress(input)) { try ValueParser.canonical(input, as: .ip) }
    }

    @Test(arguments: ["192.000.2.1", "198.51.100.023", "::ffff:192.0.2.01", "010.0.0.1:80"])
    func rejectsIPv4WithLeadingZeros(input: String) {
        #expect(throws: ValueError.ipLeadingZeros(input)) { try ValueParser.canonical(input, as: .ip) }
    }

    @Test(arguments: ["256.1.1.1", "192.0.2.300:80", "::ffff:192.0.2.256"])
    func rejectsIPv4PartAbove255(input: String) {
        #expect(throws: ValueError.ipOctetOutOfRange(input)) { try ValueParser.canonical(input, as: .ip) }
    }

    @Test(arguments: ["2001:db8::1:50123", "2001:db8:0:0:0:0:0:0:443", "2001:db8:51a0::25:65535"])
    func rejectsIPv6PortWithoutBrackets(input: String) {
        #expect(throws: ValueError.ipv6PortWithoutBrackets(input)) { try ValueParser.canonical(input, as: .ip) }
    }

    @Test(arguments: [
        ("198.51.100.23:http", ValueError.notAPort("http")),
        ("198.51.100.23:70000", .portOutOfRange("70000")),
        ("[2001:db8::1]:99999", .portOutOfRange("99999")),
        ("[2001:db8::1]:-1", .notAPort("-1")),
    ])
    func rejectsIPAddressWithBadPort(input: String, error: ValueError) {
        #expect(throws: error) { try ValueParser.canonical(input, as: .ip) }
    }
}
