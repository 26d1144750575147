extension Unicode.UTF8 {
    /// The first run of bytes in `bytes` that is not UTF-8: its offset and length, or nil when
    /// all of them are.
    public static func firstInvalidSequence(in bytes: some Collection<UInt8>) -> (offset: Int, length: Int)? {
        var parser = ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error(let length): return (offset, length)
            case .emptyInput: return nil
            }
        }
    }
}
