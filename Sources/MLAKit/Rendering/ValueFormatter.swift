import Foundation

/// Writes stored answers in the words and conventions of a document language: dates spelled
/// out, countries and languages by name (from Foundation's CLDR data), choices by their terms.
struct ValueFormatter {
    let terms: DocumentTerms
    let locale: Locale

    /// The style of dates, made once rather than for every date written.
    private let dateStyleInUTC: Date.FormatStyle

    init(terms: DocumentTerms) {
        self.terms = terms
        let locale = Locale(identifier: terms.term("locale") ?? terms.language)
        self.locale = locale
        self.dateStyleInUTC = Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: Calendar(identifier: .gregorian), timeZone: .gmt)
    }

    /// An answer to a field of type `type` in the words of the document language.
    func format(_ value: AnswerValue, type: FieldType, termKey: String) -> String {
        switch value {
        case .notKnown:
            return terms.term("not_known") ?? "—"
        case .boolean(let bool):
            return terms.term(bool ? "yes" : "no") ?? (bool ? "yes" : "no")
        case .integer(let number):
            return number.formatted(.number.locale(locale))
        case .codes(let codes):
            return list(codes.map { choice($0, termKey: termKey) })
        case .text(let text):
            switch type {
            case .choice: return choice(text, termKey: termKey)
            case .value(let format): return self.format(text, as: format)
            case .multichoice, .list, .group: return text
            }
        case .group, .items:
            return ""
        }
    }

    private func format(_ text: String, as format: ValueFormat) -> String {
        switch format {
        case .date: return date(text)
        case .datetime: return datetime(text)
        case .daterange, .datetimeRange:
            let parts = text.split(separator: "/").map(String.init)
            guard parts.count == 2 else { return text }
            let formatted = parts.map { format == .daterange ? date($0) : datetime($0) }
            return range(formatted[0], formatted[1])
        case .country: return locale.localizedString(forRegionCode: text) ?? text
        case .language: return locale.localizedString(forIdentifier: text) ?? text
        case .money: return money(text)
        case .duration: return duration(text)
        case .iban: return ValueParser.grouped(iban: text)
        case .text, .multiline, .integer, .boolean, .timezone, .email, .phone, .url, .ip, .port, .bic, .imei, .imsi, .mac:
            return text
        }
    }

    /// A language's name in the document language.
    func languageName(_ code: String) -> String {
        locale.localizedString(forIdentifier: code) ?? code
    }

    private func choice(_ code: String, termKey: String) -> String {
        terms.term("choices.\(termKey).\(code)") ?? code
    }

    func date(_ text: String) -> String {
        guard case .valid(let day) = CalendarDate.reading(text) else { return text }
        return Date(timeIntervalSince1970: TimeInterval(day.daysSinceEpoch * 86_400)).formatted(dateStyleInUTC)
    }

    /// A datetime in the offset it was given in, with that offset spelled out.
    func datetime(_ text: String) -> String {
        guard let stamp = try? Timestamp(iso: text) else { return text }
        let offsetSeconds = (stamp.offsetMinutes ?? 0) * 60
        let zone = TimeZone(secondsFromGMT: offsetSeconds) ?? .gmt
        let date = Date(timeIntervalSince1970: TimeInterval(stamp.instant.seconds))
        let day = date.formatted(dateStyle(in: zone))
        let time = date.formatted(Date.VerbatimFormatStyle(format: "\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits):\(second: .twoDigits)", timeZone: zone, calendar: Calendar(identifier: .gregorian)))
        let label = offsetSeconds == 0 ? "UTC" : "UTC\(stamp.offsetText)"
        return Localizer.fill(terms.term("datetime") ?? "{date}, {time} {offset}", ["date": day, "time": time, "offset": label])
    }

    /// A datetime as the clock of an IANA time zone shows it, with the zone and its offset then.
    func datetime(_ text: String, inZone identifier: String) -> String? {
        guard let stamp = try? Timestamp(iso: text), let zone = TimeZone(identifier: identifier) else { return nil }
        let date = Date(timeIntervalSince1970: TimeInterval(stamp.instant.seconds))
        let day = date.formatted(dateStyle(in: zone))
        let time = date.formatted(Date.VerbatimFormatStyle(format: "\(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits)", timeZone: zone, calendar: Calendar(identifier: .gregorian)))
        let seconds = zone.secondsFromGMT(for: date)
        let sign = seconds < 0 ? "-" : "+"
        let offset = seconds == 0 ? "UTC" : "UTC\(sign)\(abs(seconds) / 3600 < 10 ? "0" : "")\(abs(seconds) / 3600):\(abs(seconds) % 3600 / 60 < 10 ? "0" : "")\(abs(seconds) % 3600 / 60)"
        return Localizer.fill(terms.term("datetime_in_zone") ?? "{date}, {time} ({zone}, {offset})",
                              ["date": day, "time": time, "zone": identifier, "offset": offset])
    }

    private func dateStyle(in zone: TimeZone) -> Date.FormatStyle {
        Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: Calendar(identifier: .gregorian), timeZone: zone)
    }

    /// A stored ISO 8601 duration in words: `P1DT12H` → "1 day and 12 hours".
    func duration(_ text: String) -> String {
        let units: [Character: String] = ["Y": "year", "W": "week", "D": "day", "H": "hour", "S": "second"]
        var parts: [String] = []
        var digits = ""
        var inTime = false
        for character in text.dropFirst() {
            if character == "T" { inTime = true; continue }
            if character.isNumber { digits.append(character); continue }
            guard let number = Int(digits) else { return text }
            let unit = character == "M" ? (inTime ? "minute" : "month") : units[character]
            guard let unit, let form = terms.term("duration.\(unit)\(number == 1 ? "" : "s")") else { return text }
            parts.append(Localizer.fill(form, ["n": number.formatted(.number.locale(locale))]))
            digits = ""
        }
        return parts.isEmpty ? text : list(parts)
    }

    private func money(_ text: String) -> String {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let amount = Decimal(string: String(parts[0])) else { return text }
        let number = amount.formatted(.number.precision(.fractionLength(2)).locale(locale))
        return Localizer.fill(terms.term("money") ?? "{currency} {amount}", ["currency": String(parts[1]), "amount": number])
    }

    private func range(_ start: String, _ end: String) -> String {
        Localizer.fill(terms.term("range") ?? "{start} – {end}", ["start": start, "end": end])
    }

    /// Joins items as the language does ("a, b and c"; 甲、乙和丙), with the separators of the
    /// terms file (`list_separator`, `list_last_separator`).
    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let separator = terms.term("list_separator") ?? ", "
        let last = terms.term("list_last_separator") ?? " and "
        return items.dropLast().joined(separator: separator) + last + items[items.count - 1]
    }
}
