import Foundation
import MLAKit

/// `legal-basis` and `authorities`: what the State profiles and the office's directory of
/// authorities say about a request, and the answers they propose.
extension App {
    /// `mla legal-basis FILE [--apply]`: the instruments that bind both States, with the
    /// provisions for each measure requested; `--apply` adds them to the legal basis.
    func legalBasis(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: [], flags: ["--apply"])
            try invocation.allowArguments(1)
        }
        let file = try argument(invocation, 0, "FILE")
        var draft = try load(file)
        let engine = try engine(for: draft)
        let (advice, requesting, requested) = try legalBasisAdvice(for: draft, engine: engine)
        console.out(describe(advice, requesting: requesting, requested: requested))
        guard invocation.flags.contains("--apply") else { return .success }
        let path = AnswerPath(FieldID("legal_basis"))
        var codes: [String] = []
        if case .codes(let given)? = draft.answers.value(at: path) { codes = given }
        let added = advice.suggestedChoices.filter { !codes.contains($0) }
        guard !added.isEmpty else {
            console.err(text("profiles.legal_basis.nothing_to_apply") + "\n")
            return .success
        }
        do {
            draft.answers = try engine.answering((codes + added).joined(separator: ","), at: path, in: draft.answers)
        } catch {
            throw .answer(path: path.description, error)
        }
        try save(draft, to: file)
        guard case .codes(let stored)? = draft.answers.value(at: path) else { return .success }
        console.err(text("profiles.legal_basis.applied", ["codes": stored.joined(separator: ", ")]) + "\n")
        return .success
    }

    /// `mla authorities [COUNTRY]` lists the directory; `--fill FILE` makes the requested
    /// State's first authority the addressee of the draft.
    func authorities(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: ["--fill"])
            try invocation.allowArguments(invocation.options["--fill"] == nil ? 1 : 0)
        }
        let path = directoryPath(invocation)
        guard let directory = try authorityDirectory(at: path, required: true) else { return .success }
        if let file = invocation.options["--fill"] {
            return try fill(file, from: directory, path: path)
        }
        var country: String?
        if let given = invocation.arguments.first {
            guard let code = countryCode(given) else { throw .usage(.unknownCountry(given)) }
            country = code
        }
        let entries = country.map(directory.authorities(of:)) ?? directory.authorities
        guard !entries.isEmpty else {
            console.err(text("profiles.authorities.none", ["country": country.map(countryName) ?? "", "file": path]) + "\n")
            return .success
        }
        console.out(describe(entries))
        return .success
    }

    /// The instruments that bind both States of the draft by their profiles, as `legal_basis`
    /// codes, for the session to offer at that question (nothing for any other question, or
    /// when a profile is missing or broken).
    func suggestedLegalBasis(for question: Question, in draft: Draft, engine: Engine) -> [String] {
        guard question.path.schemaPath == SchemaPath("legal_basis") else { return [] }
        return (try? legalBasisAdvice(for: draft, engine: engine))?.advice.suggestedChoices ?? []
    }

    /// The requested State's first authority in the office's directory, if the draft names the
    /// State and the directory lists one: the session offers it as the addressee.
    func directoryAuthority(for question: Question, in draft: Draft) -> AuthorityDirectory.Authority? {
        guard question.path.description.hasPrefix("requested_central_authority."),
              case .text(let state)? = draft.answers.value(at: AnswerPath(FieldID("requested_state"))),
              let directory = try? authorityDirectory(at: directoryPath(nil), required: false) else { return nil }
        return directory.authorities(of: state).first
    }

    /// The findings of the requesting and requested States' profiles (read only now, and only
    /// those two), for `mla check`.
    func profileFindings(for draft: Draft, engine: Engine) throws(MLAError) -> [Finding] {
        let profiles = ProfileLibrary(source: source)
        var found: [String: StateProfile] = [:]
        for field in ["requesting_state", "requested_state"] {
            if case .text(let state)? = draft.answers.value(at: AnswerPath(FieldID(field))), let profile = try profile(state, in: profiles) {
                found[field] = profile
            }
        }
        return engine.profileFindings(draft.answers, documentLanguage: draft.documentLanguage,
                                      requesting: found["requesting_state"], requested: found["requested_state"])
    }

    // MARK: - Steps

    private func fill(_ file: String, from directory: AuthorityDirectory, path: String) throws(MLAError) -> ExitCode {
        var draft = try load(file)
        let engine = try engine(for: draft)
        guard case .text(let state)? = draft.answers.value(at: AnswerPath(FieldID("requested_state"))) else { throw .stateNotAnswered(field: "requested_state") }
        guard let authority = directory.authorities(of: state).first else { throw .noAuthority(country: "\(countryName(state)) (\(state))", file: path) }
        for (id, value) in authority.addresseeAnswers {
            let target = AnswerPath([AnswerPath.Segment(FieldID("requested_central_authority")), AnswerPath.Segment(FieldID(id))])
            do {
                draft.answers = try engine.answering(value, at: target, in: draft.answers)
            } catch {
                throw .answer(path: target.description, error)
            }
        }
        try save(draft, to: file)
        console.err(text("profiles.authorities.filled", ["name": authority.name, "file": file]) + "\n")
        return .success
    }

    /// The advice of the two States' profiles for the draft, with the profiles; a draft that does
    /// not name both States yet is refused, naming the missing one.
    private func legalBasisAdvice(for draft: Draft, engine: Engine) throws(MLAError)
        -> (advice: LegalBasisAdvice, requesting: StateProfile?, requested: StateProfile?) {
        guard case .text(let from)? = draft.answers.value(at: AnswerPath(FieldID("requesting_state"))) else { throw .stateNotAnswered(field: "requesting_state") }
        guard case .text(let to)? = draft.answers.value(at: AnswerPath(FieldID("requested_state"))) else { throw .stateNotAnswered(field: "requested_state") }
        let profiles = ProfileLibrary(source: source)
        let requesting = try profile(from, in: profiles)
        let requested = try profile(to, in: profiles)
        guard let advice = engine.legalBasisAdvice(draft.answers, requesting: requesting, requested: requested, provisions: try provisions()) else {
            throw .stateNotAnswered(field: "requested_state")
        }
        return (advice, requesting, requested)
    }

    private func profile(_ state: String, in profiles: ProfileLibrary) throws(MLAError) -> StateProfile? {
        do {
            return try profiles.profile(for: state)
        } catch {
            throw .dataFile(error)
        }
    }

    private func provisions() throws(MLAError) -> Provisions {
        let text: String
        do {
            text = try source.text(Provisions.path)
        } catch {
            throw .resource(error)
        }
        do {
            return try Provisions.decode(text, file: Provisions.path)
        } catch {
            throw .dataFile(error)
        }
    }

    /// `--authorities FILE`, else `MLA_AUTHORITIES`, else `$XDG_CONFIG_HOME/mla/authorities.json`
    /// (by default `~/.config/mla/authorities.json`).
    func directoryPath(_ invocation: Invocation?) -> String {
        if let given = invocation?.options["--authorities"] ?? options["--authorities"] ?? environment["MLA_AUTHORITIES"], !given.isEmpty { return given }
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/mla/authorities.json" }
        return (environment["HOME"] ?? "~") + "/.config/mla/authorities.json"
    }

    func authorityDirectory(at path: String, required: Bool) throws(MLAError) -> AuthorityDirectory? {
        guard FileManager.default.fileExists(atPath: path) else {
            if required { throw .directory(.notFound(path: path)) }
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw .directory(.unreadable(path: path)) }
        do {
            return try AuthorityDirectory.decode(String(decoding: data, as: UTF8.self), file: path)
        } catch {
            throw .directory(.invalid(error))
        }
    }

    /// A country by its ISO code or by its name in the interface language.
    func countryCode(_ given: String) -> String? {
        let trimmed = given.trimmingCharacters(in: .whitespaces)
        let regions = Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 && $0.allSatisfy(\.isLetter) }
        if trimmed.count == 2, regions.contains(trimmed.uppercased()) { return trimmed.uppercased() }
        let folded = fold(trimmed)
        for language in [text.language, "en"] {
            let locale = Locale(identifier: language)
            if let match = regions.first(where: { locale.localizedString(forRegionCode: $0).map(fold) == folded }) { return match }
        }
        return nil
    }

    func countryName(_ code: String) -> String {
        Locale(identifier: text.language).localizedString(forRegionCode: code) ?? code
    }

    private func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    private func describe(_ entries: [AuthorityDirectory.Authority]) -> String {
        var lines: [String] = []
        var country = ""
        for entry in entries.sorted(by: { $0.country < $1.country }) {
            if entry.country != country {
                if !lines.isEmpty { lines.append("") }
                country = entry.country
                lines.append("\(countryName(country)) (\(country))")
            }
            lines.append("  " + entry.name)
            var rows: [(String, String)] = []
            if let address = entry.address { rows.append(("address", address)) }
            if let email = entry.email { rows.append(("email", email)) }
            if let phone = entry.phone { rows.append(("phone", phone)) }
            if !entry.languages.isEmpty { rows.append(("languages", entry.languages.map(languageName).joined(separator: ", "))) }
            if let hours = entry.hours ?? entry.timeZone.map({ _ in "" }) {
                rows.append(("hours", [hours, entry.timeZone.map { "(\($0))" }].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")))
            }
            if let notes = entry.notes { rows.append(("notes", notes)) }
            let labels = rows.map { text("profiles.authorities.\($0.0)") }
            let width = labels.map(\.count).max() ?? 0
            for ((_, value), label) in zip(rows, labels) {
                let indent = String(repeating: " ", count: width + 6)
                let body = value.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent)
                lines.append("    " + label + ":" + String(repeating: " ", count: width - label.count + 1) + body)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func describe(_ advice: LegalBasisAdvice, requesting: StateProfile?, requested: StateProfile?) -> String {
        let from = countryName(advice.requestingState)
        let to = countryName(advice.requestedState)
        var lines = [text("profiles.legal_basis.title", ["from": from, "to": to]), ""]
        func factLine(_ state: String, _ profile: StateProfile?, _ fact: InstrumentFact?) -> String {
            let name = countryName(state)
            guard profile != nil else { return "    " + text("profiles.legal_basis.no_profile", ["state": name]) }
            guard let fact else { return "    " + text("profiles.legal_basis.not_said", ["state": name]) }
            let key = !fact.party ? "not_party" : fact.inForce == nil ? "party" : "party_since"
            return "    " + text("profiles.legal_basis.\(key)", ["state": name, "date": fact.inForce ?? "", "source": fact.source, "checked": fact.checked])
        }
        for (standing, key) in [(LegalBasisAdvice.Standing.bindsBoth, "binding"), (.notBinding, "not_binding"), (.notKnown, "not_known")] {
            let entries = advice.entries.filter { $0.standing == standing }
            guard !entries.isEmpty else { continue }
            lines.append(text("profiles.legal_basis.\(key)"))
            for entry in entries {
                lines.append("  " + text("profiles.instruments.\(entry.instrument.rawValue)") + " [\(entry.instrument.rawValue)]")
                lines.append(factLine(advice.requestingState, requesting, entry.requesting))
                lines.append(factLine(advice.requestedState, requested, entry.requested))
                guard standing == .bindsBoth else { continue }
                if !entry.general.isEmpty {
                    lines.append("    " + text("profiles.legal_basis.general", ["citations": entry.general.joined(separator: "; ")]))
                }
                for (measure, citations) in entry.provisions {
                    lines.append("    " + text("profiles.legal_basis.measure", ["measure": measureLabel(measure), "citations": citations.joined(separator: "; ")]))
                }
                if entry.general.isEmpty && entry.provisions.isEmpty {
                    lines.append("    " + text("profiles.legal_basis.no_provisions"))
                }
                if entry.outsideUNTOCScope { lines.append("    " + text("profiles.legal_basis.untoc_scope")) }
                if entry.choice == nil { lines.append("    " + text("profiles.legal_basis.not_a_choice")) }
            }
            lines.append("")
        }
        if advice.entries.isEmpty { lines += [text("profiles.legal_basis.nothing_known"), ""] }
        let suggested = advice.suggestedChoices
        lines.append(suggested.isEmpty ? text("profiles.legal_basis.no_suggestion")
                                       : text("profiles.legal_basis.suggested", ["codes": suggested.joined(separator: ", ")]))
        if let languages = requested?.languages {
            lines.append(text("profiles.legal_basis.languages", ["state": to, "languages": languages.value.map(languageName).joined(separator: ", "),
                                                                  "source": languages.source, "checked": languages.checked]))
        } else {
            lines.append(text("profiles.legal_basis.languages_not_said", ["state": to]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func measureLabel(_ code: String) -> String {
        for field in ["assistance_types", "de_measure", "ar_measure"] {
            if let label = text.optional("fields.\(field).choices.\(code)") { return label }
        }
        return code
    }
}
