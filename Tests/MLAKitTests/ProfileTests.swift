import Foundation
import Testing
@testable import MLAKit

/// State profiles, the legal-basis helper, the warnings they feed to `mla check`, and the
/// office's authorities directory.
@Suite struct ProfileTests {
    let folder = TestData.temporaryFolder()

    private static let etsChart = "https://inview.nl/document/idaa248848de9e66aa3532a444d3210467"
    private static let budapestChart = "https://inview.nl/document/ida9135c0f2679103f04a4f8f7d99c2d8c"

    private func write(_ text: String, to path: String) throws {
        let url = folder.appending(path: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// A draft of a fixture's types and answers, written by the binary.
    private func draft(_ types: [String], fixture: String, lang: String = "en", name: String = "d.mla.json") throws {
        try Run(["new"] + types + ["--lang", lang, "-o", name], in: folder)
        let set = try Run(["set", name] + TestData.assignments(fixture), in: folder)
        #expect(set.status == 0, "\(set.stderr)")
    }

    private static let directory = """
        {
          "format": "mla-authorities",
          "version": 1,
          "authorities": [
            {
              "country": "MA",
              "name": "Ministry of Justice, Directorate of Criminal Affairs and Pardons",
              "address": "Place Mamounia\\nRabat",
              "email": "entraide@example.org",
              "phone": "+212 537 00 00 00",
              "languages": ["ar", "fr"],
              "hours": "08:30–16:30",
              "time_zone": "Africa/Casablanca",
              "notes": "Send a copy by e-mail ahead of the original."
            },
            {"country": "DE", "name": "Federal Office of Justice", "languages": ["de"]}
          ]
        }
        """

    // MARK: - Loading and validation

    @Test func shippedProfilesAndProvisionsAreValid() throws {
        let profiles = ProfileLibrary(source: TestData.source)
        #expect(profiles.states == ["CL", "DE", "IT", "JP", "MA", "ME", "PT", "UY"])
        for state in profiles.states {
            let profile = try #require(try profiles.profile(for: state))
            #expect(profile.state == state)
            #expect(!profile.instruments.isEmpty)
            // The UN Convention against Cybercrime is not in force: no profile records it.
            #expect(profile.instruments[.uncc2024] == nil)
        }
        let provisions = try Provisions.decode(try TestData.source.text(Provisions.path), file: Provisions.path)
        #expect(provisions.instruments[.untoc]?.measures["take_statement"] == ["UNTOC 18(3)(a)"])
        #expect(try profiles.profile(for: "ZZ") == nil)
    }

    @Test func brokenProfileReportsEveryProblemWithItsPlace() {
        let text = """
            {"format": "mla-profile", "version": 1, "state": "MA",
             "instruments": {"ets31": {"party": true, "source": "https://example.org", "checked": "2026-11-24"},
                             "untoc": {"party": "yes", "checked": "2026-13-01"}},
             "languages": {"accepted": ["fr", "??"], "source": "treaty office", "checked": "2026-11-24"}}
            """
        #expect(throws: DataFileError(file: "MA.json", problems: [
            DataFileProblem(place: "instruments.ets31", issue: .unknownKey),
            DataFileProblem(place: "instruments", issue: .unknownCode("ets31", known: Instrument.allCases.map(\.rawValue))),
            DataFileProblem(place: "instruments.untoc.party", issue: .wrongKind(expected: "boolean")),
            DataFileProblem(place: "instruments.untoc.source", issue: .missingKey),
            DataFileProblem(place: "instruments.untoc.checked", issue: .invalid("2026-13-01", form: "date")),
            DataFileProblem(place: "languages.accepted[2]", issue: .invalid("??", form: "language")),
            DataFileProblem(place: "languages.source", issue: .invalid("treaty office", form: "url")),
        ])) {
            try StateProfile.decode(text, state: "MA", file: "MA.json")
        }
    }

    @Test func profileInTheUsersFolderReplacesTheBuiltInOne() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("""
            {"format": "mla-profile", "version": 1, "state": "MA",
             "languages": {"accepted": ["ar", "fr"], "source": "https://example.org/ma", "checked": "2026-11-20"}}
            """, to: "Templates/profiles/MA.json")
        let profile = try #require(try ProfileLibrary(source: DataSource(overrideDirectory: folder)).profile(for: "MA"))
        #expect(profile.languages == Sourced(value: ["ar", "fr"], source: "https://example.org/ma", checked: "2026-11-20"))
        #expect(profile.instruments.isEmpty)
        #expect(profile.accepts(language: "fr") == true)
        #expect(profile.accepts(language: "en") == false)
    }

    @Test func brokenUserProfileStopsCheckWithExit65NamingFileAndKey() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try draft(["evidence"], fixture: "case-01-answers.txt")
        try write(#"{"format": "mla-profile", "version": 1, "state": "PT", "instruments": {"ets30": {"party": true, "checked": "2026-11-24"}}}"#,
                  to: "office/Templates/profiles/MA.json")
        let run = try Run(["check", "d.mla.json", "--templates", "office"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr == """
            mla: \(folder.path)/office/Templates/profiles/MA.json cannot be used (2 problem(s)):
              state: names the State PT, but the file is named for MA
              instruments.ets30.source: required, but missing or empty
            Correct the file, or remove it so that the built-in data are used again.

            """)
    }

    // MARK: - Legal-basis helper

    @Test func legalBasisListsInstrumentsBindingBothStatesWithProvisionsPerMeasure() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try draft(["data-preservation", "evidence"], fixture: "case-02-formal-answers.txt")
        let run = try Run(["legal-basis", "d.mla.json"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == """
            Legal basis for a request from Japan to Germany, from the State profiles:

            Binding both States:
              Budapest Convention on Cybercrime (ETS 185, 2001) [budapest]
                Japan: party, in force since 2012-11-01 (\(Self.budapestChart), checked 2026-11-24)
                Germany: party, in force since 2009-07-01 (\(Self.budapestChart), checked 2026-11-24)
                Every measure: Budapest 25
                Access to stored data (search, seizure or disclosure): Budapest 31

            Not binding both States:
              European Convention on Mutual Assistance in Criminal Matters (ETS 30, 1959) [ets30]
                Japan: not a party (\(Self.etsChart), checked 2026-11-24)
                Germany: party, in force since 1977-01-01 (\(Self.etsChart), checked 2026-11-24)

            Not known from the profiles:
              UNTOC: UN Convention against Transnational Organized Crime (2000) [untoc]
                Japan: the profile does not say
                Germany: party, in force since 2006-07-14 (https://inview.nl/document/id1b4283030303295dc2772c449aeda6ef, checked 2026-11-24)

            Suggested legal basis: budapest (mla legal-basis FILE --apply adds them).
            Languages Germany accepts for requests: the profile does not say.

            """)
    }

    @Test func legalBasisForSampleCase03CitesTheTransferArticleAndSaysWhatTheProfilesDoNotKnow() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try draft(["transfer-of-proceedings"], fixture: "case-03-tp-answers.txt")
        let run = try Run(["legal-basis", "d.mla.json"], in: folder)
        #expect(run.stdout == """
            Legal basis for a request from Chile to Uruguay, from the State profiles:

            Binding both States:
              UNTOC: UN Convention against Transnational Organized Crime (2000) [untoc]
                Chile: party, in force since 2004-12-29 (https://inview.nl/document/id1b4283030303295dc2772c449aeda6ef, checked 2026-11-24)
                Uruguay: party (https://unis.unvienna.org/unis/en/pressrels/2005/uniscp510.html, checked 2026-11-24)
                Transfer of criminal proceedings: UNTOC 21

            Not known from the profiles:
              Budapest Convention on Cybercrime (ETS 185, 2001) [budapest]
                Chile: party, in force since 2017-08-01 (\(Self.budapestChart), checked 2026-11-24)
                Uruguay: the profile does not say
              European Convention on Mutual Assistance in Criminal Matters (ETS 30, 1959) [ets30]
                Chile: party, in force since 2011-08-28 (\(Self.etsChart), checked 2026-11-24)
                Uruguay: the profile does not say

            Suggested legal basis: untoc (mla legal-basis FILE --apply adds them).
            Languages Uruguay accepts for requests: the profile does not say.

            """)
    }

    @Test func applyAddsTheInstrumentsBindingBothStatesToTheLegalBasis() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try draft(["data-preservation", "evidence"], fixture: "case-02-formal-answers.txt")
        try Run(["unset", "d.mla.json", "legal_basis"], in: folder)
        let apply = try Run(["legal-basis", "d.mla.json", "--apply"], in: folder)
        #expect(apply.status == 0)
        #expect(apply.stderr == "Legal basis set to: budapest.\n")
        let show = try Run(["legal-basis", "d.mla.json", "--apply"], in: folder)
        #expect(show.stderr == "Nothing to add: the legal basis already names every instrument that binds both States.\n")
        let draft = try String(contentsOf: folder.appending(path: "d.mla.json"), encoding: .utf8)
        #expect(draft.contains("\"legal_basis\" : [\n      \"budapest\"\n    ]"))
    }

    @Test func legalBasisNeedsBothStates() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        let run = try Run(["legal-basis", "d.mla.json"], in: folder)
        #expect(run.status == 1)
        #expect(run.stderr == "mla: The draft does not say requesting_state yet. Answer it first (mla set FILE requesting_state=CODE).\n")
    }

    // MARK: - Check warnings

    @Test func checkWarnsWhenAnInstrumentDoesNotBindTheRequestedState() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try draft(["evidence"], fixture: "case-01-answers.txt")
        try Run(["set", "d.mla.json", "legal_basis=ets30,drugs_1988"], in: folder)
        let check = try Run(["check", "d.mla.json"], in: folder)
        #expect(check.stdout.contains("""
              legal_basis  Legal basis
                  expected · UNTOC 18(6)–(7); Budapest 27(1); tool rule
                  Morocco is not a party to European Convention on Mutual Assistance in Criminal Matters (ETS 30, 1959), according to \(Self.etsChart) (checked 2026-11-24). Choose an instrument that binds both States, or rely on another basis.

            """))
        #expect(check.status == 0)
    }

    @Test func checkWarnsWhenTheDocumentLanguageIsNotAcceptedAndIsSilentWhenTheProfileDoesNotSay() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try draft(["evidence"], fixture: "case-01-answers.txt")
        let silent = try Run(["check", "d.mla.json"], in: folder)
        #expect(!silent.stdout.contains("rule C9"))
        try write("""
            {"format": "mla-profile", "version": 1, "state": "MA",
             "languages": {"accepted": ["ar", "fr"], "source": "https://example.org/ma", "checked": "2026-11-20"}}
            """, to: "office/Templates/profiles/MA.json")
        let check = try Run(["check", "d.mla.json", "--templates", "office"], in: folder)
        #expect(check.stdout.contains("""
              requested_state  Requested State
                  expected · UNTOC 18(14); ETS 30 art. 16 · rule C9
                  Morocco does not list English among the languages it accepts for requests (accepted: Arabic, French; https://example.org/ma, checked 2026-11-20). Render the request in an accepted language, or attach a translation.

            """))
        try Run(["language", "d.mla.json", "--lang", "fr"], in: folder)
        let french = try Run(["check", "d.mla.json", "--templates", "office"], in: folder)
        #expect(!french.stdout.contains("rule C9"))
    }

    // MARK: - Authorities directory

    @Test func authoritiesListsTheDirectoryByCountryCodeOrName() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(Self.directory, to: "authorities.json")
        let all = try Run(["authorities", "--authorities", "authorities.json"], in: folder)
        #expect(all.status == 0)
        #expect(all.stdout == """
            Germany (DE)
              Federal Office of Justice
                Languages: German

            Morocco (MA)
              Ministry of Justice, Directorate of Criminal Affairs and Pardons
                Address:   Place Mamounia
                           Rabat
                E-mail:    entraide@example.org
                Phone:     +212537000000
                Languages: Arabic, French
                Hours:     08:30–16:30 (Africa/Casablanca)
                Notes:     Send a copy by e-mail ahead of the original.

            """)
        let french = try Run(["authorities", "Allemagne", "--ui", "fr"], in: folder, environment: ["MLA_AUTHORITIES": "authorities.json"])
        #expect(french.stdout == "Allemagne (DE)\n  Federal Office of Justice\n    Langues: allemand\n")
        let byDefault = try Run(["authorities", "de"], in: folder, environment: ["XDG_CONFIG_HOME": folder.path, "HOME": "/nonexistent"])
        #expect(byDefault.status == 66)
        #expect(byDefault.stderr.hasPrefix("mla: There is no authorities directory at \(folder.path)/mla/authorities.json."))
        let unknown = try Run(["authorities", "Atlantis", "--authorities", "authorities.json"], in: folder)
        #expect(unknown.status == 64)
    }

    @Test func brokenDirectoryExits65NamingFileAndProblem() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(#"{"format": "mla-authorities", "version": 1, "authorities": [{"country": "XX1", "name": "A", "phone": "12"}]}"#, to: "a.json")
        let run = try Run(["authorities", "--authorities", "a.json"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr == """
            mla: a.json cannot be used (2 problem(s)):
              authorities[1].country: "XX1" is not a country code (ISO 3166 alpha-2) such as MA
              authorities[1].phone: "12" is not a telephone number in international form, such as +212537000000
            Correct the file, or remove it so that the built-in data are used again.

            """)
    }

    @Test func fillMakesTheRequestedStatesAuthorityTheAddressee() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(Self.directory, to: "authorities.json")
        try draft(["evidence"], fixture: "case-01-answers.txt")
        try Run(["unset", "d.mla.json", "requested_central_authority"], in: folder)
        let fill = try Run(["authorities", "--fill", "d.mla.json", "--authorities", "authorities.json"], in: folder)
        #expect(fill.status == 0)
        #expect(fill.stderr == "Addressee set to Ministry of Justice, Directorate of Criminal Affairs and Pardons in d.mla.json.\n")
        let draft = try String(contentsOf: folder.appending(path: "d.mla.json"), encoding: .utf8)
        #expect(draft.contains("""
            "requested_central_authority" : {
                  "address" : "Place Mamounia\\nRabat",
                  "country" : "MA",
                  "name" : "Ministry of Justice, Directorate of Criminal Affairs and Pardons"
                }
            """))
        try Run(["set", "d.mla.json", "requested_state=CL"], in: folder)
        let none = try Run(["authorities", "--fill", "d.mla.json", "--authorities", "authorities.json"], in: folder)
        #expect(none.status == 65)
        #expect(none.stderr.hasPrefix("mla: The authorities directory authorities.json has no authority of Chile (CL)."))
    }

    @Test func sessionOffersTheDirectorysAuthorityAndEnterAcceptsIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try write(Self.directory, to: "authorities.json")
        try draft(["evidence"], fixture: "case-01-answers.txt")
        try Run(["unset", "d.mla.json", "requested_central_authority"], in: folder)
        let edit = try Run(["--authorities", "authorities.json", "edit", "d.mla.json", "requested_central_authority"], input: "\n\n\n\n", in: folder)
        #expect(edit.status == 0)
        let draft = try String(contentsOf: folder.appending(path: "d.mla.json"), encoding: .utf8)
        #expect(draft.contains("\"name\" : \"Ministry of Justice, Directorate of Criminal Affairs and Pardons\""))
        #expect(draft.contains("\"address\" : \"Place Mamounia\\nRabat\""))
    }
}
