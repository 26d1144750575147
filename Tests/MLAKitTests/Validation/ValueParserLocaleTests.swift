import MLAKit
import Testing

/// Countries, languages and money.
@Suite struct ValueParserLocaleTests {
    // MARK: Country

    @Test(arguments: [
        ("PT", "PT"), ("ma", "MA"), ("De", "DE"), ("XK", "XK"), (" jp ", "JP"),
        ("Morocco", "MA"), ("japan", "JP"), ("United States", "US"), ("PORTUGAL", "PT"),
    ])
    func canonicalisesCountries(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .country) == expected)
    }

    @Test(arguments: ["UK", "EU", "ZZ", "XX", "POR", "Atlantis", "P", "UN", "IC", "001", "Portugal."])
    func rejectsUnknownCountry(input: String) {
        #expect(throws: ValueError.unknownCountry(input)) { try ValueParser.canonical(input, as: .country) }
    }

    // MARK: Language

    @Test(arguments: [
        ("en", "en"), ("FR", "fr"), ("pt-br", "pt-BR"), ("PT_BR", "pt-BR"), ("zh-hans", "zh-Hans"),
        ("zh-Hant-TW", "zh-Hant-TW"), ("ZH-HANT-tw", "zh-Hant-TW"), ("es-419", "es-419"),
        ("sr-latn-rs", "sr-Latn-RS"), ("de-CH-1996", "de-CH-1996"), ("ca-ES-VALENCIA", "ca-ES-valencia"),
        ("en-US-x-twain", "en-US-x-twain"), ("fil", "fil"), ("en-u-ca-gregory", "en-u-ca-gregory"),
        ("ar", "ar"), ("ja-JP", "ja-JP"),
    ])
    func canonicalisesLanguageTags(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .language) == expected)
    }

    @Test(arguments: [
        "english", "e", "en-", "en--US", "pt-BRA", "en-x", "en-u", "zh-TW-Hant", "fr fr", "i-klingon",
        "123", "en-US-toolongvariant", "en-Latn-Hant", "en-u-x",
    ])
    func rejectsMalformedLanguageTag(input: String) {
        #expect(throws: ValueError.notALanguageTag(input)) { try ValueParser.canonical(input, as: .language) }
    }

    @Test(arguments: [("xq", "xq"), ("QQ-PT", "qq"), ("zz-Latn", "zz")])
    func rejectsUnknownLanguage(input: String, code: String) {
        #expect(throws: ValueError.unknownLanguage(code)) { try ValueParser.canonical(input, as: .language) }
    }

    @Test(arguments: [("pt-ZZ", "ZZ"), ("en-xy", "XY"), ("es-999", "999")])
    func rejectsLanguageTagWithUnknownRegion(input: String, region: String) {
        #expect(throws: ValueError.unknownCountry(region)) { try ValueParser.canonical(input, as: .language) }
    }

    // MARK: Money

    @Test(arguments: [
        ("186400 EUR", "186400.00 EUR"), ("186400.00 EUR", "186400.00 EUR"), ("EUR 186400", "186400.00 EUR"),
        ("41200.5 eur", "41200.50 EUR"), ("1186450.00 USD", "1186450.00 USD"), ("186400EUR", "186400.00 EUR"),
        ("0.01 EUR", "0.01 EUR"), ("00150 JPY", "150.00 JPY"), ("12.5 KWD", "12.500 KWD"),
        ("12.125 BHD", "12.125 BHD"), ("+25 CHF", "25.00 CHF"), ("usd  15000", "15000.00 USD"),
    ])
    func canonicalisesMoney(input: String, expected: String) throws {
        #expect(try ValueParser.canonical(input, as: .money) == expected)
    }

    @Test(arguments: [
        ("186,400 EUR", "186400.00 EUR"), ("186.400,00 EUR", "186400.00 EUR"),
        ("186 400,00 EUR", "186400.00 EUR"), ("EUR 41,200.50", "41200.50 EUR"), ("1,5 EUR", "1.50 EUR"),
        ("1'000'000 CHF", "1000000.00 CHF"), ("1.000.000 EUR", "1000000.00 EUR"),
        ("1\u{202F}000,5 KWD", "1000.500 KWD"),
    ])
    func rejectsMoneyWithThousandsSeparatorsShowingExpectedForm(input: String, suggestion: String) {
        #expect(throws: ValueError.moneySeparators(value: input, suggestion: suggestion)) {
            try ValueParser.canonical(input, as: .money)
        }
    }

    @Test(arguments: [
        ("10.123 EUR", "EUR", 2), ("0.001 USD", "USD", 2), ("1.2345 KWD", "KWD", 3),
    ])
    func rejectsMoneyWithMoreDecimalsThanItsCurrency(input: String, currency: String, limit: Int) {
        #expect(throws: ValueError.moneyDecimals(value: input, currency: currency, limit: limit)) {
            try ValueParser.canonical(input, as: .money)
        }
    }

    @Test(arguments: ["0 EUR", "0.00 USD", "-5 EUR", "EUR -100", "000 JPY"])
    func rejectsMoneyThatIsNotPositive(input: String) {
        #expect(throws: ValueError.moneyNotPositive(input)) { try ValueParser.canonical(input, as: .money) }
    }

    @Test(arguments: [("100 EURO", "EURO"), ("100 XYZ", "XYZ"), ("100 euros", "euros"), ("XXX 100", "XXX")])
    func rejectsMoneyWithUnknownCurrency(input: String, code: String) {
        #expect(throws: ValueError.unknownCurrency(code)) { try ValueParser.canonical(input, as: .money) }
    }

    @Test(arguments: ["186400", "€186400", "186400 €", "$100", "41200.50"])
    func rejectsMoneyWithoutCurrency(input: String) {
        #expect(throws: ValueError.moneyWithoutCurrency(input)) { try ValueParser.canonical(input, as: .money) }
    }

    @Test(arguments: ["EUR", "a lot", "EUR 1e5", "EUR .", "100. EUR", ".5 EUR", "EUR 100 USD"])
    func rejectsMalformedMoney(input: String) {
        #expect(throws: ValueError.notMoney(input)) { try ValueParser.canonical(input, as: .money) }
    }
}
