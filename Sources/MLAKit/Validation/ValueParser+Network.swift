import Foundation

extension ValueParser {
    /// An absolute URL with a scheme ValueParser accepts and a host, kept exactly as typed.
    static func url(_ text: String) throws(ValueError) -> String {
        guard !text.contains(where: \.isWhitespace) else { throw .notAURL(text) }
        guard let separator = text.range(of: "://") else {
            if let colon = text.firstIndex(of: ":"), text[..<colon].isURLScheme, !text[..<colon].contains(".") {
                throw .unsupportedURLScheme(value: text, scheme: String(text[..<colon]))
            }
            throw .urlWithoutScheme(text)
        }
        let scheme = text[..<separator.lowerBound]
        guard scheme.isURLScheme else { throw .notAURL(text) }
        guard urlSchemes.contains(scheme.lowercased()) else {
            throw .unsupportedURLScheme(value: text, scheme: String(scheme))
        }
        let rest = text[separator.upperBound...]
        let authority = rest.prefix { !"/?#".contains($0) }
        let userEnd = authority.lastIndex(of: "@").map(authority.index(after:))
        let hostAndPort = authority[(userEnd ?? authority.startIndex)...]
        let host: Substring
        let port: Substring?
        if hostAndPort.first == "[" {
            guard let close = hostAndPort.firstIndex(of: "]") else { throw .notAURL(text) }
            host = hostAndPort[...close]
            let after = hostAndPort[hostAndPort.index(after: close)...]
            guard after.isEmpty || after.first == ":" else { throw .notAURL(text) }
            port = after.isEmpty ? nil : after.dropFirst()
        } else if let colon = hostAndPort.lastIndex(of: ":") {
            host = hostAndPort[..<colon]
            port = hostAndPort[hostAndPort.index(after: colon)...]
        } else {
            host = hostAndPort
            port = nil
        }
        guard !host.isEmpty else { throw .urlWithoutHost(text) }
        guard host.first == "[" || host.allSatisfy({ $0.isLetter || $0.isNumber || "-._".contains($0) })
        else { throw .notAURL(text) }
        if let port {
            guard let number = port.asciiDigitsValue, number <= 65_535 else { throw .notAURL(text) }
        }
        return text
    }

    /// An IPv4 or IPv6 address with an optional port: `198.51.100.23:50123`, `[2001:db8::1]:443`.
    ///
    /// IPv6 is written as RFC 5952 asks (`2001:DB8:0:0::1` → `2001:db8::1`); with a port it must
    /// be in brackets. Brackets around an IPv6 address without a port are dropped.
    static func ip(_ text: String) throws(ValueError) -> String {
        if text.first == "[" {
            guard let close = text.firstIndex(of: "]") else { throw .notAnIPAddress(text) }
            let inside = text[text.index(after: text.startIndex)..<close]
            guard inside.contains(":") else { throw .notAnIPAddress(text) }
            let address = try IPAddress(inside, value: text).text
            let after = text[text.index(after: close)...]
            if after.isEmpty { return address }
            guard after.first == ":", after.count > 1 else { throw .notAnIPAddress(text) }
            return "[" + address + "]:" + String(try portNumber(after.dropFirst()))
        }
        switch text.filter({ $0 == ":" }).count {
        case 0:
            return try IPAddress(Substring(text), value: text).text
        case 1:
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts[0].contains("."), !parts[1].isEmpty else { throw .notAnIPAddress(text) }
            return try IPAddress(parts[0], value: text).text + ":" + String(try portNumber(parts[1]))
        default:
            return try ipv6WithoutBrackets(text)
        }
    }

    /// A port number from 0 to 65535, without leading zeros.
    static func port(_ text: String) throws(ValueError) -> String {
        String(try portNumber(text))
    }

    /// The value of a port number typed alone or after an IP address.
    static func portNumber(_ text: some StringProtocol) throws(ValueError) -> Int {
        guard text.isASCIIDigits else { throw .notAPort(String(text)) }
        let digits = text.withoutLeadingZeros
        guard digits.count <= 5, let value = Int(digits), value <= 65_535 else {
            throw .portOutOfRange(String(text))
        }
        return value
    }
}

private extension ValueParser {
    /// The schemes of addresses that lead to a host: web and file transfer.
    static let urlSchemes: Set = ["http", "https", "ftp", "ftps", "sftp"]

    /// An IPv6 address alone; refused with a hint when it is one followed by `:port`.
    static func ipv6WithoutBrackets(_ text: String) throws(ValueError) -> String {
        do {
            return try IPAddress(Substring(text), value: text).text
        } catch {
            if let colon = text.lastIndex(of: ":"), text[text.index(after: colon)...].isASCIIDigits,
               text[..<colon].last != ":", (try? IPAddress(text[..<colon], value: text)) != nil {
                throw .ipv6PortWithoutBrackets(text)
            }
            throw error
        }
    }
}

private extension Substring {
    /// A letter, then letters, digits, `+`, `-` or `.` (RFC 3986 `scheme`).
    var isURLScheme: Bool {
        guard let first = utf8.first, first.isASCIILetter else { return false }
        return utf8.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit || "+-.".utf8.contains($0) }
    }
}
