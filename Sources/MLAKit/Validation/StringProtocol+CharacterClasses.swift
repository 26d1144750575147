/// Character classes for reading typed values.
///
/// ASCII classes are for the syntax of codes, numbers and addresses: `Character.isNumber` and
/// `isLetter` accept any script ("٣", "é"), which codes such as `2026-11-24` or `PT50…` must not,
/// so these tests look at bytes.
extension StringProtocol {
    /// Non-empty and only `0`–`9`.
    var isASCIIDigits: Bool { !isEmpty && utf8.allSatisfy(\.isASCIIDigit) }

    /// Non-empty and only `A`–`Z`, `a`–`z`.
    var isASCIILetters: Bool { !isEmpty && utf8.allSatisfy(\.isASCIILetter) }

    /// Non-empty and only ASCII letters and digits.
    var isASCIIAlphanumerics: Bool {
        !isEmpty && utf8.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit }
    }

    /// Non-empty and only `0`–`9`, `A`–`F`, `a`–`f`.
    var isASCIIHexDigits: Bool { !isEmpty && utf8.allSatisfy(\.isASCIIHexDigit) }

    /// The value of a non-empty string of ASCII digits, or nil when it is not one or exceeds `Int`.
    var asciiDigitsValue: Int? { isASCIIDigits ? Int(self, radix: 10) : nil }

    /// The digits without leading zeros, keeping a single `0`: `"0060"` → `"60"`.
    var withoutLeadingZeros: Substring {
        let trimmed = drop { $0 == "0" }
        return trimmed.isEmpty ? "0" : Substring(trimmed)
    }
}

extension UInt8 {
    var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
    var isASCIIHexDigit: Bool {
        isASCIIDigit || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}

extension String {
    /// The text with every occurrence of an ASCII string replaced, found in the UTF-8 bytes
    /// (Foundation's `replacingOccurrences` costs a conversion for every value checked).
    func replacing(ascii target: StaticString, with replacement: StaticString) -> String {
        let pattern = UnsafeBufferPointer(start: target.utf8Start, count: target.utf8CodeUnitCount)
        let bytes = Array(utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if index + pattern.count <= bytes.count, bytes[index..<index + pattern.count].elementsEqual(pattern) {
                result.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                index += pattern.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}

extension StringProtocol {
    /// Without the white space and line breaks at either end (Unicode `White_Space`).
    var trimmingWhiteSpace: String {
        let scalars = unicodeScalars
        // Most text, and every stored answer, has nothing to trim.
        if let first = scalars.first, let last = scalars.last, !first.isWhiteSpace, !last.isWhiteSpace {
            return String(self)
        }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// Unicode `White_Space`, answered without the property tables for ASCII.
    var isWhiteSpace: Bool {
        isASCII ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }

    /// LF, VT, FF, CR, NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR.
    var isLineBreak: Bool {
        switch value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
