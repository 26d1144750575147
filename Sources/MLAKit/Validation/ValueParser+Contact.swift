import Foundation

extension ValueParser {
    /// `local@domain.tld` with no spaces and one `@`; the domain is lowercased, the local part
    /// (which the receiving server may treat as case-sensitive) kept as typed.
    static func email(_ text: String) throws(ValueError) -> String {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].isEmailLocalPart else { throw .notAnEmail(text) }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy(\.isDomainLabel),
              let topLevel = labels.last, topLevel.count >= 2, !topLevel.allSatisfy(\.isNumber)
        else { throw .notAnEmail(text) }
        return parts[0] + "@" + parts[1].lowercased()
    }

    /// An E.164 number, `+` and 8 to 15 digits: `+351 21 345 6789` → `+351213456789`.
    ///
    /// Spaces, dashes, dots, slashes and parentheses are dropped, a leading `00` is read as `+`,
    /// and a national trunk prefix written `(0)` after the country code is left out.
    static func phone(_ text: String) throws(ValueError) -> String {
        let written = text.replacing(ascii: "(0)", with: "")
        let punctuation: Set<Character> = [" ", "-", ".", "/", "(", ")", "\u{A0}"]
        guard written.allSatisfy({ $0.isASCII && $0.isNumber || $0 == "+" || punctuation.contains($0) }),
              written.filter({ $0 == "+" }).count <= 1
        else { throw .notAPhoneNumber(text) }
        var digits = written.filter { $0.isASCII && $0.isNumber }
        if let plus = written.firstIndex(of: "+") {
            guard !written[..<plus].contains(where: \.isNumber) else { throw .notAPhoneNumber(text) }
        } else if digits.hasPrefix("00") {
            digits.removeFirst(2)
        } else {
            throw .phoneWithoutCountryCode(text)
        }
        guard digits.first != "0" else { throw .notAPhoneNumber(text) }
        guard (8...15).contains(digits.count) else { throw .phoneLength(value: text, digits: digits.count) }
        return "+" + digits
    }
}

private extension Substring {
    /// Letters (of any script), digits and ``!#$%&'*+-/=?^_`{|}~`` and dots, but no dot at either
    /// end or two in a row; at most 64 bytes.
    var isEmailLocalPart: Bool {
        let symbols = "!#$%&'*+-/=?^_`{|}~."
        return !isEmpty && utf8.count <= 64 && first != "." && last != "." && !contains("..")
            && allSatisfy { $0.isLetter || $0.isNumber || symbols.contains($0) }
    }

    /// 1 to 63 letters (of any script), digits and hyphens, not starting or ending with a hyphen.
    var isDomainLabel: Bool {
        !isEmpty && utf8.count <= 63 && first != "-" && last != "-"
            && allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }
}
