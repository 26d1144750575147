import Foundation

extension ValueParser {
    /// A whole number with an optional sign: `" +007 "` → `"7"`, `"-0"` → `"0"`.
    static func integer(_ text: String) throws(ValueError) -> String {
        let digits = text.first == "+" || text.first == "-" ? text.dropFirst() : Substring(text)
        guard digits.isASCIIDigits else { throw .notAnInteger(text) }
        guard let value = Int(text, radix: 10) else { throw .integerOutOfRange(text) }
        return String(value)
    }

    /// `yes`, `y`, `true` → `yes`; `no`, `n`, `false` → `no`, in any letter case.
    static func boolean(_ text: String) throws(ValueError) -> String {
        switch text.lowercased() {
        case "yes", "y", "true": "yes"
        case "no", "n", "false": "no"
        default: throw .notABoolean(text)
        }
    }

    /// An amount above zero and an ISO 4217 currency code, as `186400.00 EUR`.
    ///
    /// The code may come before or after the amount (`EUR 186400`, `186400eur`). The amount is
    /// written with a point before its decimals and no thousands separators; it gets two decimals,
    /// or three for currencies divided into thousandths (`12.500 KWD`). An amount written
    /// `186,400` or `186.400,00` is refused with the form it probably means.
    static func money(_ text: String) throws(ValueError) -> String {
        let (amountText, currencyText) = try moneyParts(text)
        let currency = currencyText.uppercased()
        guard currency.utf8.count == 3, currencyCodes.contains(currency) else {
            throw .unknownCurrency(currencyText)
        }
        let places = decimalPlaces(of: currency)
        var amount = Substring(amountText)
        let negative = amount.first == "-"
        if amount.first == "-" || amount.first == "+" { amount = amount.dropFirst() }

        let pieces = amount.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count <= 2, pieces.allSatisfy(\.isASCIIDigits) else {
            guard let guess = amountGuess(amount) else { throw .notMoney(text) }
            let suggestion = formatted(guess.whole, guess.fraction, places: places) + " " + currency
            throw .moneySeparators(value: text, suggestion: suggestion)
        }
        let fraction = pieces.count == 2 ? pieces[1] : ""
        guard fraction.count <= places else {
            throw .moneyDecimals(value: text, currency: currency, limit: places)
        }
        let isZero = (pieces[0] + fraction).allSatisfy { $0 == "0" }
        guard !negative, !isZero else { throw .moneyNotPositive(text) }
        return formatted(pieces[0], fraction, places: places) + " " + currency
    }
}

private extension ValueParser {
    /// ISO 4217 codes Foundation knows, without XXX (no currency) and XTS (testing).
    static let currencyCodes = Set(Locale.Currency.isoCurrencies.map(\.identifier))
        .subtracting(["XXX", "XTS"])

    /// Currencies whose minor unit is a thousandth (and CLF, UYW, counted in ten-thousandths,
    /// capped at three). Foundation on Linux does not report minor units.
    static let thousandthCurrencies: Set = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND", "CLF", "UYW"]

    static func decimalPlaces(of currency: String) -> Int {
        thousandthCurrencies.contains(currency) ? 3 : 2
    }

    /// Splits `186400 EUR`, `EUR 186400` or `186400EUR` into amount and currency letters.
    static func moneyParts(_ text: String) throws(ValueError) -> (amount: String, currency: String) {
        let leading = text.prefix { $0.isASCII && $0.isLetter }
        let trailing = text.reversed().prefix { $0.isASCII && $0.isLetter }
        let currency: String
        let amount: String
        if !trailing.isEmpty && trailing.count < text.count {
            currency = String(trailing.reversed())
            amount = String(text.dropLast(trailing.count))
        } else if !leading.isEmpty && leading.count < text.count {
            currency = String(leading)
            amount = String(text.dropFirst(leading.count))
        } else if text.contains(where: { $0.isASCII && $0.isNumber }) {
            throw .moneyWithoutCurrency(text)
        } else {
            throw .notMoney(text)
        }
        let trimmed = amount.trimmingWhiteSpace
        guard trimmed.contains(where: { $0.isASCII && $0.isNumber }) else { throw .notMoney(text) }
        return (trimmed, currency)
    }

    /// `186,400` → (`186400`, ``); `186.400,5` → (`186400`, `5`): the last `,` or `.` is the
    /// decimal mark when fewer or more than three digits follow it; every other `,`, `.`, `'`
    /// and space groups thousands. Nil when anything else is in the amount.
    static func amountGuess(_ amount: Substring) -> (whole: Substring, fraction: Substring)? {
        let groupSeparators: Set<Character> = [",", ".", "'", "’", " ", "\u{A0}", "\u{202F}", "\u{2009}"]
        guard amount.allSatisfy({ $0.isASCII && $0.isNumber || groupSeparators.contains($0) }),
              amount.first?.isNumber == true, amount.last?.isNumber == true
        else { return nil }
        var whole = amount
        var fraction: Substring = ""
        if let mark = amount.lastIndex(where: { $0 == "," || $0 == "." }),
           amount[amount.index(after: mark)...].count != 3 {
            whole = amount[..<mark]
            fraction = amount[amount.index(after: mark)...]
        }
        guard fraction.allSatisfy(\.isNumber) else { return nil }
        return (Substring(whole.filter(\.isNumber)), fraction)
    }

    /// `0186400`, `5`, places 2 → `186400.50`.
    static func formatted(_ whole: Substring, _ fraction: Substring, places: Int) -> String {
        whole.withoutLeadingZeros + "." + fraction + String(repeating: "0", count: max(0, places - fraction.count))
    }
}
