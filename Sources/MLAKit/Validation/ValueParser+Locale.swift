import Foundation

extension ValueParser {
    /// An ISO 3166-1 alpha-2 code in uppercase: `pt` → `PT`. An English country name typed in
    /// full, in any letter case, gives its code: `Morocco` → `MA`.
    static func country(_ text: String) throws(ValueError) -> String {
        let code = text.uppercased()
        if code.utf8.count == 2, countryCodes.contains(code) { return code }
        if let named = countryCodesByEnglishName[text.lowercased()] { return named }
        throw .unknownCountry(text)
    }

    /// A BCP 47 language tag in canonical letter case: `PT-br` → `pt-BR`, `zh-hant-tw` → `zh-Hant-TW`.
    ///
    /// The language must be an ISO 639 code Foundation knows and a region a known country or
    /// UN M.49 area (`es-419`). `pt_BR` is read as `pt-BR`. Extended language subtags and the
    /// grandfathered tags of RFC 5646 are not accepted.
    static func language(_ text: String) throws(ValueError) -> String {
        let subtags = text.replacing(ascii: "_", with: "-")
            .split(separator: "-", omittingEmptySubsequences: false).map { $0.lowercased() }
        guard subtags.allSatisfy(\.isASCIIAlphanumerics), let primary = subtags.first,
              (2...3).contains(primary.count), primary.isASCIILetters
        else { throw .notALanguageTag(text) }
        guard languageCodes.contains(primary) else { throw .unknownLanguage(primary) }

        var canonical = [primary]
        var stage = TagStage.script
        for subtag in subtags.dropFirst() {
            guard let step = stage.reading(subtag) else { throw .notALanguageTag(text) }
            if stage == .script || stage == .region, step.stage == .variants, subtag.isRegion,
               !regionCodes.contains(step.subtag) {
                throw .unknownCountry(step.subtag)
            }
            canonical.append(step.subtag)
            stage = step.stage
        }
        guard stage != .extensionValue, stage != .privateUseStart else { throw .notALanguageTag(text) }
        return canonical.joined(separator: "-")
    }
}

extension ValueParser {
    /// Foundation's two-letter regions without the groupings and reservations that are no country:
    /// European Union, Eurozone, Outlying Oceania, United Nations, and the exceptionally reserved
    /// AC, CP, CQ, DG, EA, IC, TA (parts of other countries). Kosovo (XK) stays: the IBAN and BIC
    /// systems use it.
    static let countryCodes: Set<String> = {
        let notCountries: Set = ["EU", "EZ", "QO", "UN", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"]
        return regionCodes.filter { $0.utf8.count == 2 && !notCountries.contains($0) }
    }()
}

private extension ValueParser {
    /// Where a language tag has got to, in the order RFC 5646 puts subtags.
    enum TagStage {
        /// After the language: a script, region, variant or singleton may come.
        case script
        /// After the script: a region, variant or singleton may come.
        case region
        /// After the region or a variant: more variants or a singleton may come.
        case variants
        /// After an extension singleton such as `u`: its first value must come.
        case extensionValue
        /// After an extension value: more values or another singleton may come.
        case extensions
        /// After `x`: at least one private-use subtag must come.
        case privateUseStart
        /// Inside the private-use part: anything of 1 to 8 characters.
        case privateUse

        /// The stage after `subtag` and the subtag in canonical letter case, or nil when it
        /// cannot come here. Subtags arrive in lowercase.
        func reading(_ subtag: String) -> (stage: TagStage, subtag: String)? {
            switch self {
            case .privateUseStart, .privateUse:
                return subtag.count <= 8 ? (.privateUse, subtag) : nil
            case .extensionValue:
                return (2...8).contains(subtag.count) ? (.extensions, subtag) : nil
            case .script where subtag.count == 4 && subtag.isASCIILetters:
                return (.region, subtag.prefix(1).uppercased() + subtag.dropFirst())
            case .script where subtag.isRegion, .region where subtag.isRegion:
                return (.variants, subtag.uppercased())
            case .script where subtag.isVariant, .region where subtag.isVariant,
                 .variants where subtag.isVariant:
                return (.variants, subtag)
            case .extensions where (2...8).contains(subtag.count):
                return (.extensions, subtag)
            case .script, .region, .variants, .extensions:
                guard subtag.count == 1 else { return nil }
                return (subtag == "x" ? .privateUseStart : .extensionValue, subtag)
            }
        }
    }

    /// Foundation's regions: two-letter codes and UN M.49 areas such as `419`.
    static let regionCodes = Set(Locale.Region.isoRegions.map(\.identifier))

    static let languageCodes = Set(Locale.LanguageCode.isoLanguageCodes.map(\.identifier))

    static let countryCodesByEnglishName: [String: String] = {
        let english = Locale(identifier: "en")
        var codes: [String: String] = [:]
        for code in countryCodes {
            if let name = english.localizedString(forRegionCode: code) { codes[name.lowercased()] = code }
        }
        return codes
    }()
}

private extension String {
    /// Two letters (`BR`) or three digits (`419`).
    var isRegion: Bool { count == 2 && isASCIILetters || count == 3 && isASCIIDigits }

    /// Five to eight characters, or four starting with a digit (`1996`, `valencia`).
    var isVariant: Bool { (5...8).contains(count) || count == 4 && utf8.first?.isASCIIDigit == true }
}
