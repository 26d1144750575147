extension ValueParser {
    /// An IMEI: 15 digits whose last is the Luhn check digit; spaces and hyphens are dropped.
    static func imei(_ text: String) throws(ValueError) -> String {
        let digits = text.filter { $0 != " " && $0 != "-" }
        guard digits.count == 15, digits.isASCIIDigits else { throw .imeiLength(text) }
        guard luhnIsValid(digits) else { throw .imeiChecksum(text) }
        return digits
    }

    /// An IMSI: 6 to 15 digits (a mobile country code, a network code and a subscriber number).
    static func imsi(_ text: String) throws(ValueError) -> String {
        let digits = text.filter { $0 != " " && $0 != "-" }
        guard (6...15).contains(digits.count), digits.isASCIIDigits else { throw .notAnIMSI(text) }
        return digits
    }

    /// A MAC address: six hexadecimal octets separated by colons or hyphens, or twelve digits in
    /// a row, or three dotted groups of four; stored lowercase with colons.
    static func mac(_ text: String) throws(ValueError) -> String {
        let groups: [Substring]
        if text.contains(":") || text.contains("-") {
            groups = text.split(separator: text.contains(":") ? ":" : "-", omittingEmptySubsequences: false)
            guard groups.count == 6, groups.allSatisfy({ $0.count == 2 }) else { throw .notAMAC(text) }
        } else if text.contains(".") {
            groups = text.split(separator: ".", omittingEmptySubsequences: false)
            guard groups.count == 3, groups.allSatisfy({ $0.count == 4 }) else { throw .notAMAC(text) }
        } else {
            guard text.count == 12 else { throw .notAMAC(text) }
            groups = [Substring(text)]
        }
        let hex = groups.joined()
        guard hex.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { throw .notAMAC(text) }
        let lower = Array(hex.lowercased())
        return stride(from: 0, to: 12, by: 2).map { String(lower[$0...$0 + 1]) }.joined(separator: ":")
    }

    /// The Luhn check over a string of ASCII digits.
    static func luhnIsValid(_ digits: String) -> Bool {
        var sum = 0
        for (offset, character) in digits.reversed().enumerated() {
            guard let digit = character.wholeNumberValue else { return false }
            let weighted = offset.isMultiple(of: 2) ? digit : digit * 2
            sum += weighted > 9 ? weighted - 9 : weighted
        }
        return sum.isMultiple(of: 10)
    }
}
