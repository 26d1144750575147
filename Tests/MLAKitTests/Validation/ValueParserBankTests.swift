import MLAKit
import Testing

/// IBANs and BICs.
@Suite struct ValueParserBankTests {
    /// The accounts of sample case 01, with valid check digits and made-up bank codes.
    static let sampleIBANs = ["PT50 0999 0417 0006 2391 8755 3", "MA64 9990 2800 0041 7386 2500 1967"]

    // MARK: IBAN

    @Test(arguments: [
        ("PT50 0999 0417 0006 2391 8755 3", "PT50099904170006239187553"),
        ("MA64 9990 2800 0041 7386 2500 1967", "MA64999028000041738625001967"),
        ("pt50099904170006239187553", "PT50099904170006239187553"),
        ("IBAN PT50 0999 0417 0006 2391 8755 3", "PT50099904170006239187553"),
        ("iban: MA64 9990 2800 0041 7386 2500 1967", "MA64999028000041738625001967"),
        ("DE89 3704 0044 0532 0130 00", "DE89370400440532013000"),
        ("GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"),
        ("FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606"),
        ("NL91ABNA0417164300", "NL91ABNA0417164300"),
        ("BE68539007547034", "BE68539007547034"),
        ("CH9300762011623852957", "CH9300762011623852957"),
        ("ES9121000418450200051332", "ES9121000418450200051332"),
        ("IT60X0542811101000000123456", "IT60X0542811101000000123456"),
        ("NO9386011117947", "NO9386011117947"),
        ("DE97370400440532013050", "DE97370400440532013050"),
    ])
    func canonicalisesValidIBANs(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .iban) == expected)
    }

    @Test(arguments: sampleIBANs)
    func rejectsEverySingleDigitChangeInSampleIBAN(sample: String) throws {
        let iban = Array(try ValueParser.canonical(sample, as: .iban))
        for position in 2..<iban.count {
            for digit in "0123456789" where digit != iban[position] {
                var changed = iban
                changed[position] = digit
                let typo = String(changed)
                #expect(throws: ValueError.ibanChecksum(typo)) { try ValueParser.canonical(typo, as: .iban) }
            }
        }
    }

    @Test(arguments: [
        ("PT50 0999 0417 0006 2391 8755 4", "PT50099904170006239187554"),
        ("PT50 0999 0417 0006 2391 8753 5", "PT50099904170006239187535"),
        ("MA64 9990 2800 0041 7386 2500 1976", "MA64999028000041738625001976"),
        ("DE00370400440532013050", "DE00370400440532013050"),
        ("GB82 WEST 1234 5698 7654 33", "GB82WEST12345698765433"),
    ])
    func rejectsIBANWithWrongCheckDigits(input: String, iban: String) {
        #expect(throws: ValueError.ibanChecksum(iban)) { try ValueParser.canonical(input, as: .iban) }
    }

    @Test(arguments: [
        ("PT50 0999 0417 0006 2391 8755", "PT5009990417000623918755", "PT", 25, 24),
        ("DE89 3704 0044 0532 0130 000", "DE893704004405320130000", "DE", 22, 23),
        ("MA64 9990 2800 0041 7386 2500 196", "MA6499902800004173862500196", "MA", 28, 27),
    ])
    func rejectsIBANOfWrongLengthForItsCountry(
        input: String, iban: String, country: String, expected: Int, actual: Int
    ) {
        let error = ValueError.ibanLength(value: iban, country: country, expected: expected, actual: actual)
        #expect(throws: error) { try ValueParser.canonical(input, as: .iban) }
    }

    @Test(arguments: [
        ("US12 3456 7890 1234", "US12345678901234", "US"), ("jp12345678901234", "JP12345678901234", "JP"),
    ])
    func rejectsIBANOfCountryWithoutIBANs(input: String, iban: String, country: String) {
        #expect(throws: ValueError.ibanCountry(value: iban, country: country)) {
            try ValueParser.canonical(input, as: .iban)
        }
    }

    @Test(arguments: [
        "0999 0417 0006 2391 8755 3", "PTXX 0999 0417 0006 2391 8755 3", "PT50-0999-0417-0006-2391-8755-3",
        "PT5", "PT50 0999 0417 0006 2391 8755 3!", "P150 0999 0417 0006 2391 8755 3",
    ])
    func rejectsMalformedIBAN(input: String) {
        #expect(throws: ValueError.notAnIBAN(input)) { try ValueParser.canonical(input, as: .iban) }
    }

    @Test(arguments: [
        ("PT50099904170006239187553", "PT50 0999 0417 0006 2391 8755 3"),
        ("MA64999028000041738625001967", "MA64 9990 2800 0041 7386 2500 1967"),
        ("NO9386011117947", "NO93 8601 1117 947"),
        ("DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
        ("", ""),
    ])
    func groupsIBANInFours(iban: String, expected: String) {
        #expect(ValueParser.grouped(iban: iban) == expected)
    }

    // MARK: BIC

    @Test(arguments: [
        ("BCOMPTPL", "BCOMPTPL"), ("bcomptplxxx", "BCOMPTPLXXX"), ("DEUTDEFF500", "DEUTDEFF500"),
        ("BCOM PT PL", "BCOMPTPL"), ("BMCEMAMC", "BMCEMAMC"), ("AAAAXK22", "AAAAXK22"),
    ])
    func canonicalisesBICs(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .bic) == expected)
    }

    @Test(arguments: ["BCOMPTP", "BCOMPTPL12", "BCOMPTPL1234", "BCOM"])
    func rejectsBICOfWrongLength(input: String) {
        #expect(throws: ValueError.bicLength(input)) { try ValueParser.canonical(input, as: .bic) }
    }

    @Test(arguments: ["BC0MPTPL", "BCOMP1PL", "BCOMPTP-", "BCOMPTPLXX_"])
    func rejectsMalformedBIC(input: String) {
        #expect(throws: ValueError.notABIC(input)) { try ValueParser.canonical(input, as: .bic) }
    }

    @Test(arguments: [("BCOMZZPL", "ZZ"), ("bcomukpl", "UK"), ("BCOMEUPLXXX", "EU")])
    func rejectsBICWithUnknownCountry(input: String, country: String) {
        #expect(throws: ValueError.bicCountry(value: input.uppercased(), country: country)) {
            try ValueParser.canonical(input, as: .bic)
        }
    }
}
