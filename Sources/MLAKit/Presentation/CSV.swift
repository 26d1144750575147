import Foundation

/// Comma-separated values as RFC 4180 defines them, for spreadsheets.
///
/// Lines end in CRLF; a cell holding a comma, a quote or a line break is quoted, with its
/// quotes doubled. The text starts with a UTF-8 byte order mark, which is how spreadsheet
/// programs (Excel in particular) recognise UTF-8 instead of reading accented, Arabic or
/// Chinese text in a legacy code page. A text cell that a spreadsheet would take for a formula
/// (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`;
/// numbers such as `-3` are left as they are.
public enum CSV {
    public static let byteOrderMark = "\u{FEFF}"

    public static func write(_ rows: [[String]]) -> String {
        byteOrderMark + rows.map { $0.map(cell).joined(separator: ",") + "\r\n" }.joined()
    }

    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Int(value) == nil {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
