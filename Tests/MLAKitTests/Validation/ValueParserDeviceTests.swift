import Testing
@testable import MLAKit

@Suite struct ValueParserDeviceTests {
    @Test(arguments: [
        ("490154203237518", "490154203237518"),
        ("49-015420-323751-8", "490154203237518"),
        ("35 209900 176148 1", "352099001761481"),
    ])
    func acceptsIMEI(input: String, stored: String) throws {
        #expect(try ValueParser.canonical(input, as: .imei) == stored)
    }

    @Test(arguments: [
        ("490154203237517", ValueError.imeiChecksum("490154203237517")),
        ("49015420323751", ValueError.imeiLength("49015420323751")),
        ("4901542032375180", ValueError.imeiLength("4901542032375180")),
        ("49015420323751A", ValueError.imeiLength("49015420323751A")),
    ])
    func rejectsIMEI(input: String, error: ValueError) {
        #expect(throws: error) { try ValueParser.canonical(input, as: .imei) }
    }

    @Test func acceptsAndRejectsIMSI() throws {
        #expect(try ValueParser.canonical("208 01 1234567890", as: .imsi) == "208011234567890")
        #expect(throws: ValueError.notAnIMSI("20801")) { try ValueParser.canonical("20801", as: .imsi) }
        #expect(throws: ValueError.notAnIMSI("2080112345678901")) { try ValueParser.canonical("2080112345678901", as: .imsi) }
    }

    @Test(arguments: [
        ("00:1A:2B:3C:4D:5E", "00:1a:2b:3c:4d:5e"),
        ("00-1a-2b-3c-4d-5e", "00:1a:2b:3c:4d:5e"),
        ("001a.2b3c.4d5e", "00:1a:2b:3c:4d:5e"),
        ("001A2B3C4D5E", "00:1a:2b:3c:4d:5e"),
    ])
    func acceptsMAC(input: String, stored: String) throws {
        #expect(try ValueParser.canonical(input, as: .mac) == stored)
    }

    @Test(arguments: ["00:1a:2b:3c:4d", "00:1a:2b:3c:4d:5g", "00:1a:2b:3c:4d:5e:6f", "0:1a:2b:3c:4d:5e0"])
    func rejectsMAC(input: String) {
        #expect(throws: ValueError.notAMAC(input)) { try ValueParser.canonical(input, as: .mac) }
    }
}
