/// An IPv4 or IPv6 address, read from its RFC 4291 text forms and written as RFC 5952 asks.
///
/// ```swift
/// try IPAddress("2001:0DB8:0:0:0:0:0:0001", value: typed).text   // "2001:db8::1"
/// try IPAddress("::FFFF:C000:0201", value: typed).text           // "::ffff:192.0.2.1"
/// try IPAddress("198.51.100.023", value: typed)                  // throws ValueError.ipLeadingZeros(typed)
/// ```
///
/// Errors carry `value`, the whole answer as typed, so that a message shows what the user wrote.
enum IPAddress: Equatable, Sendable {
    /// Four octets, written as a dotted quad without leading zeros.
    case v4([UInt8])
    /// Eight 16-bit groups.
    case v6([UInt16])

    /// An IPv6 address when `text` has a colon, else an IPv4 address.
    init(_ text: Substring, value: String) throws(ValueError) {
        self = text.contains(":")
            ? .v6(try Self.groups(text, value: value))
            : .v4(try Self.octets(text, value: value))
    }

    /// RFC 5952: lowercase hexadecimal without leading zeros, the longest run of two or more zero
    /// groups (the first on ties) written `::`, and IPv4-mapped addresses as `::ffff:a.b.c.d`.
    var text: String {
        switch self {
        case .v4(let octets):
            return octets.map(String.init).joined(separator: ".")
        case .v6(let groups) where groups.prefix(5).allSatisfy({ $0 == 0 }) && groups[5] == 0xFFFF:
            let mapped = groups.suffix(2).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
            return "::ffff:" + IPAddress.v4(mapped).text
        case .v6(let groups):
            let hex = groups.map { String($0, radix: 16) }
            guard let run = Self.longestZeroRun(groups) else { return hex.joined(separator: ":") }
            return hex[..<run.lowerBound].joined(separator: ":") + "::"
                + hex[run.upperBound...].joined(separator: ":")
        }
    }
}

private extension IPAddress {
    /// `198.51.100.23` → four octets, each 0 to 255 without leading zeros.
    static func octets(_ text: Substring, value: String) throws(ValueError) -> [UInt8] {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts.allSatisfy({ $0.isASCIIDigits && $0.count <= 3 }) else {
            throw .notAnIPAddress(value)
        }
        var octets: [UInt8] = []
        for part in parts {
            guard part.count == 1 || part.first != "0" else { throw .ipLeadingZeros(value) }
            guard let octet = UInt8(part) else { throw .ipOctetOutOfRange(value) }
            octets.append(octet)
        }
        return octets
    }

    /// The eight groups of an IPv6 text form: full (`2001:db8:0:0:0:0:0:1`), compressed
    /// (`2001:db8::1`), or with a trailing IPv4 address (`::ffff:192.0.2.1`).
    static func groups(_ text: Substring, value: String) throws(ValueError) -> [UInt16] {
        let halves = text.split(separator: "::", omittingEmptySubsequences: false)
        guard halves.count <= 2 else { throw .notAnIPAddress(value) }
        let head = try pieces(halves[0], value: value, mayEndInIPv4: halves.count == 1)
        guard halves.count == 2 else {
            guard head.count == 8 else { throw .notAnIPAddress(value) }
            return head
        }
        let tail = try pieces(halves[1], value: value, mayEndInIPv4: true)
        guard head.count + tail.count <= 7 else { throw .notAnIPAddress(value) }
        return head + Array(repeating: 0, count: 8 - head.count - tail.count) + tail
    }

    /// The groups of one side of `::`, or of a whole uncompressed address.
    static func pieces(_ text: Substring, value: String, mayEndInIPv4: Bool) throws(ValueError) -> [UInt16] {
        guard !text.isEmpty else { return [] }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        var groups: [UInt16] = []
        for (index, part) in parts.enumerated() {
            if mayEndInIPv4 && index == parts.count - 1 && part.contains(".") {
                let octets = try octets(part, value: value)
                groups += [UInt16(octets[0]) << 8 | UInt16(octets[1]), UInt16(octets[2]) << 8 | UInt16(octets[3])]
            } else if part.count <= 4, part.isASCIIHexDigits, let group = UInt16(part, radix: 16) {
                groups.append(group)
            } else {
                throw .notAnIPAddress(value)
            }
        }
        return groups
    }

    /// The first longest run of at least two zero groups.
    static func longestZeroRun(_ groups: [UInt16]) -> Range<Int>? {
        var best: Range<Int>?
        var start: Int?
        for index in 0...groups.count {
            if index < groups.count && groups[index] == 0 {
                start = start ?? index
            } else if let runStart = start {
                if index - runStart >= 2 && index - runStart > (best?.count ?? 0) { best = runStart..<index }
                start = nil
            }
        }
        return best
    }
}

/// A stored `ip` answer: the address and the port typed with it, if any.
struct StoredIPAddress: Equatable, Sendable {
    var address: IPAddress
    var port: Int?

    /// Whether outside providers cannot resolve the address to a subscriber.
    var isIPv4WithoutPort: Bool {
        if case .v4 = address { return port == nil }
        return false
    }
}

extension IPAddress {
    /// Reads an answer stored by ``ValueParser/ip(_:)``: `198.51.100.23`, `198.51.100.23:50123`,
    /// `2001:db8::1` or `[2001:db8::1]:443`. Nil for anything else.
    static func stored(_ text: String) -> StoredIPAddress? {
        let canonical: String
        do { canonical = try ValueParser.ip(text) } catch { return nil }
        if canonical.first == "[", let close = canonical.firstIndex(of: "]") {
            let inside = canonical[canonical.index(after: canonical.startIndex)..<close]
            guard let address = try? IPAddress(inside, value: text) else { return nil }
            return StoredIPAddress(address: address, port: Int(canonical[canonical.index(close, offsetBy: 2)...]))
        }
        if !canonical.contains("."), let address = try? IPAddress(Substring(canonical), value: text) {
            return StoredIPAddress(address: address, port: nil)
        }
        let parts = canonical.split(separator: ":")
        if parts.count == 2, let address = try? IPAddress(parts[0], value: text) {
            return StoredIPAddress(address: address, port: Int(parts[1]))
        }
        guard let address = try? IPAddress(Substring(canonical), value: text) else { return nil }
        return StoredIPAddress(address: address, port: nil)
    }

    /// The special-purpose range the address belongs to, whose addresses an outside provider
    /// cannot attribute to a subscriber; nil for a global address.
    var reservedRange: ReservedRange? {
        switch self {
        case .v4(let o):
            switch (o[0], o[1], o[2]) {
            case (10, _, _), (172, 16...31, _), (192, 168, _): return .privateUse
            case (100, 64...127, _): return .sharedCGN
            case (127, _, _): return .loopback
            case (169, 254, _): return .linkLocal
            case (192, 0, 2), (198, 51, 100), (203, 0, 113): return .documentation
            default: return nil
            }
        case .v6(let g):
            if g.prefix(5).allSatisfy({ $0 == 0 }) && g[5] == 0xFFFF {
                return IPAddress.v4(g.suffix(2).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }).reservedRange
            }
            if g.dropLast().allSatisfy({ $0 == 0 }) && g[7] == 1 { return .loopback }
            if g[0] & 0xFE00 == 0xFC00 { return .privateUse }
            if g[0] & 0xFFC0 == 0xFE80 { return .linkLocal }
            if g[0] == 0x2001 && g[1] == 0x0DB8 { return .documentation }
            return nil
        }
    }

    /// Address ranges that outside providers cannot resolve (RFC 1918, RFC 6598, RFC 5737,
    /// RFC 3849, RFC 4193, RFC 3927, RFC 4291).
    enum ReservedRange: String, Sendable {
        case privateUse = "private"
        case sharedCGN = "shared_cgn"
        case loopback
        case linkLocal = "link_local"
        case documentation
    }
}
