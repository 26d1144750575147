extension Unicode.Scalar {
    /// `U+0007`: at least four uppercase hexadecimal digits.
    var codePointName: String {
        "U+" + String(value, radix: 16, uppercase: true).leftPadded(to: 4)
    }

    /// A visible, printable character as itself in quotes (`"x"`); any other by its code point,
    /// and its Unicode name when it has one (`U+202E RIGHT-TO-LEFT OVERRIDE`), so that nothing
    /// invisible or able to steer a terminal reaches a message.
    var shownInMessage: String {
        if (0x21...0x7E).contains(value) { return "\"\(Character(self))\"" }
        return described
    }

    /// `U+001B ESCAPE`, `U+202E RIGHT-TO-LEFT OVERRIDE`: the code point and its Unicode name,
    /// or for a control character the name Unicode gives it as an alias.
    var described: String {
        guard let name = properties.name ?? controlName ?? properties.nameAlias else { return codePointName }
        return "\(codePointName) \(name)"
    }

    /// The names of the C0 controls and DEL (Unicode NameAliases.txt, type "control").
    private var controlName: String? {
        let names = ["NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION",
                     "ENQUIRY", "ACKNOWLEDGE", "ALERT", "BACKSPACE", "CHARACTER TABULATION", "LINE FEED",
                     "LINE TABULATION", "FORM FEED", "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN",
                     "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO", "DEVICE CONTROL THREE",
                     "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE", "SYNCHRONOUS IDLE",
                     "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM", "SUBSTITUTE", "ESCAPE",
                     "INFORMATION SEPARATOR FOUR", "INFORMATION SEPARATOR THREE",
                     "INFORMATION SEPARATOR TWO", "INFORMATION SEPARATOR ONE"]
        if value < 0x20 { return names[Int(value)] }
        return value == 0x7F ? "DELETE" : nil
    }
}

extension String {
    /// The text with zeros in front up to `width` characters: `"7"` → `"0007"`.
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
