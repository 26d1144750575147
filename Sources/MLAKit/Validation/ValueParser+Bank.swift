extension ValueParser {
    /// An IBAN in capitals without spaces, its length right for its country and its check digits
    /// verified (ISO 7064 mod 97-10): `pt50 0999 0417 …` → `PT50099904170006239187553`.
    /// A leading `IBAN` or `IBAN:`, as printed on statements, is dropped.
    static func iban(_ text: String) throws(ValueError) -> String {
        var body = Substring(text)
        if body.prefix(4).uppercased() == "IBAN" {
            body = body.dropFirst(4)
            if body.first == ":" { body = body.dropFirst() }
        }
        let iban = body.filter { !$0.isWhitespace }.uppercased()
        guard iban.count >= 5, iban.isASCIIAlphanumerics, iban.prefix(2).isASCIILetters,
              iban.dropFirst(2).prefix(2).isASCIIDigits
        else { throw .notAnIBAN(text) }
        let country = String(iban.prefix(2))
        guard let length = IBAN.length(of: country) else {
            throw .ibanCountry(value: iban, country: country)
        }
        guard iban.count == length else {
            throw .ibanLength(value: iban, country: country, expected: length, actual: iban.count)
        }
        guard IBAN.hasValidCheckDigits(iban) else { throw .ibanChecksum(iban) }
        return iban
    }

    /// The printed form of an IBAN, in groups of four: `PT50 0999 0417 0006 2391 8755 3`.
    public static func grouped(iban: String) -> String { IBAN.grouped(iban) }

    /// An ISO 9362 business identifier code in capitals: 4 letters for the institution, 2 for the
    /// country, 2 letters or digits for the location and optionally 3 for the branch.
    /// Spaces are dropped: `bcom pt pl` → `BCOMPTPL`.
    static func bic(_ text: String) throws(ValueError) -> String {
        let bic = text.filter { !$0.isWhitespace }.uppercased()
        guard bic.count == 8 || bic.count == 11 else { throw .bicLength(text) }
        guard bic.isASCIIAlphanumerics, bic.prefix(6).isASCIILetters else { throw .notABIC(text) }
        let country = String(bic.dropFirst(4).prefix(2))
        guard countryCodes.contains(country) else { throw .bicCountry(value: bic, country: country) }
        return bic
    }
}
