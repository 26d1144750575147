/// International bank account numbers (ISO 13616): the length each country gives them and
/// the check that their two check digits match the rest.
///
/// ```swift
/// IBAN.length(of: "PT")                                    // 25
/// IBAN.hasValidCheckDigits("PT50099904170006239187553")   // true
/// IBAN.grouped("PT50099904170006239187553")               // "PT50 0999 0417 0006 2391 8755 3"
/// ```
///
/// Lengths come from the SWIFT IBAN Registry and, marked below, from the national IBAN formats
/// that banks of some countries use although the registry does not list them (Morocco's is one).
/// Territories that use another country's IBAN (French overseas departments with `FR`, Jersey
/// with `GB`) have no entry of their own.
enum IBAN {
    /// Total length in characters, country code and check digits included; nil for a country
    /// without IBANs.
    static func length(of country: String) -> Int? { lengths[country] }

    /// Whether the check digits of `iban` (capitals, no spaces) are between 02 and 98 and the
    /// whole number is 1 modulo 97 once its first four characters are moved to the end (ISO 7064
    /// MOD 97-10).
    static func hasValidCheckDigits(_ iban: String) -> Bool {
        let checkDigits = iban.dropFirst(2).prefix(2)
        return ("02"..."98").contains(checkDigits) && mod97(iban.dropFirst(4) + iban.prefix(4)) == 1
    }

    /// The printed form, in groups of four characters.
    static func grouped(_ iban: String) -> String {
        let compact = Array(iban.filter { !$0.isWhitespace })
        return stride(from: 0, to: compact.count, by: 4)
            .map { String(compact[$0..<min($0 + 4, compact.count)]) }
            .joined(separator: " ")
    }
}

private extension IBAN {
    /// The remainder modulo 97 of the number written by `characters`, letters counting as
    /// two digits (A = 10 … Z = 35), computed digit by digit so that no number overflows.
    static func mod97(_ characters: Substring) -> Int {
        var remainder = 0
        for byte in characters.utf8 {
            if byte.isASCIIDigit {
                remainder = (remainder * 10 + Int(byte - 0x30)) % 97
            } else {
                remainder = (remainder * 100 + Int(byte - 0x41) + 10) % 97
            }
        }
        return remainder
    }

    static let lengths: [String: Int] = [
        // SWIFT IBAN Registry
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28,
        "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
        "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28,
        "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
        "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18,
        "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
        "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21,
        "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
        "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28,
        "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
        "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28,
        "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28,
        "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
        "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24,
        "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
        "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29,
        "VA": 22, "VG": 24, "XK": 20,
        // National formats outside the registry
        "AO": 25, "BF": 28, "BJ": 28, "CF": 27, "CG": 27,
        "CI": 28, "CM": 27, "CV": 25, "DZ": 26, "GA": 27,
        "GQ": 27, "GW": 25, "IR": 26, "KM": 27, "MA": 28,
        "MG": 27, "ML": 28, "MZ": 25, "NE": 28, "SN": 28,
        "TD": 27, "TG": 28,
    ]
}
