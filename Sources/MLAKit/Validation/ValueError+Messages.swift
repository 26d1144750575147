extension ValueError {
    /// Key under `value_errors` in `Locales/<lang>.json`, for example `"iban_checksum"`.
    public var key: String {
        switch self {
        case .empty: "empty"
        case .tooLong: "too_long"
        case .lineBreak: "line_break"
        case .controlCharacter(_, let position): position.line == 1 ? "control_character" : "control_character_in_line"
        case .bidiControl(_, let position): position.line == 1 ? "bidi_control" : "bidi_control_in_line"
        case .notAnInteger: "not_an_integer"
        case .integerOutOfRange: "integer_out_of_range"
        case .notABoolean: "not_a_boolean"
        case .notAPort: "not_a_port"
        case .portOutOfRange: "port_out_of_range"
        case .notADate: "not_a_date"
        case .noSuchDate: "no_such_date"
        case .notADatetime: "not_a_datetime"
        case .datetimeWithoutSeconds: "datetime_without_seconds"
        case .naiveDatetime: "naive_datetime"
        case .noSuchTime: "no_such_time"
        case .invalidOffset: "invalid_offset"
        case .notARange: "not_a_range"
        case .rangeOrder: "range_order"
        case .notADuration: "not_a_duration"
        case .durationWithoutTimeComponent: "duration_without_time_component"
        case .zeroDuration: "zero_duration"
        case .unknownTimeZone: "unknown_timezone"
        case .timeZoneNotAName: "timezone_not_a_name"
        case .unknownCountry: "unknown_country"
        case .notALanguageTag: "not_a_language_tag"
        case .unknownLanguage: "unknown_language"
        case .notMoney: "not_money"
        case .moneyWithoutCurrency: "money_without_currency"
        case .moneySeparators: "money_separators"
        case .moneyDecimals: "money_decimals"
        case .moneyNotPositive: "money_not_positive"
        case .unknownCurrency: "unknown_currency"
        case .notAnEmail: "not_an_email"
        case .notAPhoneNumber: "not_a_phone"
        case .phoneWithoutCountryCode: "phone_without_country_code"
        case .phoneLength: "phone_length"
        case .imeiLength: "imei_length"
        case .imeiChecksum: "imei_checksum"
        case .notAnIMSI: "not_an_imsi"
        case .notAMAC: "not_a_mac"
        case .notAURL: "not_a_url"
        case .urlWithoutScheme: "url_without_scheme"
        case .unsupportedURLScheme: "url_scheme"
        case .urlWithoutHost: "url_without_host"
        case .notAnIPAddress: "not_an_ip"
        case .ipLeadingZeros: "ip_leading_zeros"
        case .ipOctetOutOfRange: "ip_octet_range"
        case .ipv6PortWithoutBrackets: "ipv6_port_brackets"
        case .notAnIBAN: "not_an_iban"
        case .ibanCountry: "iban_country"
        case .ibanLength: "iban_length"
        case .ibanChecksum: "iban_checksum"
        case .bicLength: "bic_length"
        case .notABIC: "not_a_bic"
        case .bicCountry: "bic_country"
        }
    }

    /// Placeholder values for the message, for example `["value": "DE00 1234"]`.
    ///
    /// IBANs are shown in groups of four, as printed on bank documents; control characters by
    /// code point and name (`U+0007 BELL`), since they are invisible.
    public var arguments: [String: String] {
        switch self {
        case .empty, .lineBreak:
            [:]
        case .tooLong(let limit, let length):
            ["limit": String(limit), "length": String(length)]
        case .controlCharacter(let scalar, let position), .bidiControl(let scalar, let position):
            ["character": scalar.described, "line": String(position.line), "column": String(position.column)]
        case .integerOutOfRange(let value):
            ["value": value, "min": String(Int.min), "max": String(Int.max)]
        case .invalidOffset(let offset):
            ["offset": offset]
        case .rangeOrder(let start, let end):
            ["start": start, "end": end]
        case .unknownLanguage(let code):
            ["code": code]
        case .unknownCurrency(let code):
            ["code": code]
        case .moneySeparators(let value, let suggestion):
            ["value": value, "suggestion": suggestion]
        case .moneyDecimals(let value, let currency, let limit):
            ["value": value, "currency": currency, "limit": String(limit)]
        case .phoneLength(let value, let digits):
            ["value": value, "digits": String(digits)]
        case .unsupportedURLScheme(let value, let scheme):
            ["value": value, "scheme": scheme]
        case .ibanCountry(let value, let country):
            ["value": ValueParser.grouped(iban: value), "country": country]
        case .ibanLength(let value, let country, let expected, let actual):
            ["value": ValueParser.grouped(iban: value), "country": country,
             "expected": String(expected), "actual": String(actual)]
        case .ibanChecksum(let value):
            ["value": ValueParser.grouped(iban: value)]
        case .bicCountry(let value, let country):
            ["value": value, "country": country]
        case .notAnInteger(let value), .notABoolean(let value), .notAPort(let value),
             .portOutOfRange(let value), .notADate(let value), .noSuchDate(let value),
             .notADatetime(let value), .datetimeWithoutSeconds(let value),
             .naiveDatetime(let value), .noSuchTime(let value), .notARange(let value),
             .notADuration(let value), .durationWithoutTimeComponent(let value),
             .zeroDuration(let value), .unknownTimeZone(let value), .timeZoneNotAName(let value),
             .unknownCountry(let value), .notALanguageTag(let value), .notMoney(let value),
             .moneyWithoutCurrency(let value), .moneyNotPositive(let value),
             .notAnEmail(let value), .notAPhoneNumber(let value),
             .phoneWithoutCountryCode(let value), .notAURL(let value),
             .urlWithoutScheme(let value), .urlWithoutHost(let value),
             .notAnIPAddress(let value), .ipLeadingZeros(let value),
             .ipOctetOutOfRange(let value), .ipv6PortWithoutBrackets(let value),
             .notAnIBAN(let value), .bicLength(let value), .notABIC(let value),
             .imeiLength(let value), .imeiChecksum(let value), .notAnIMSI(let value), .notAMAC(let value):
            ["value": value]
        }
    }
}
