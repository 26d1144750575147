public enum ValueFormat: String, Sendable, CaseIterable, Codable {
    case text, multiline, integer, boolean, date, datetime, daterange
    case datetimeRange = "datetime_range"
    case duration, timezone, country, language, money, email, phone, url, ip, port, iban, bic
}
public enum ValueParser {
    public static func grouped(iban: String) -> String { iban }
    public static func canonical(_ input: String, as format: ValueFormat) throws(ValueError) -> String { input }
}
public enum ValueError: Error, Equatable, Sendable {
    case empty
    case notAnInteger(String)
    case dateFormat(String)
    public var key: String { "x" }
    public var arguments: [String: String] { [:] }
}
