import Foundation
import Testing
@testable import MLAKit

/// The document languages: every template keeps the English structure, and every sample request
/// renders in every language.
@Suite struct LanguageTests {
    static let languages = ["ar", "en", "es", "fr", "ru", "zh"].filter { (try? TestData.source.text("Templates/\($0)/request.txt")) != nil }
    static let parts = ["request", "evidence", "evidence-other", "asset-recovery", "data-preservation", "videoconference", "transfer-of-proceedings"]

    /// The blocks, tests, loops, parts and answers of a template, without its wording.
    private func skeleton(_ nodes: [Template.Node]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .title(let inlines): ["title " + values(inlines)]
            case .heading(let inlines): ["heading " + values(inlines)]
            case .paragraph(let inlines, let numbered): ["paragraph \(numbered) " + values(inlines)]
            case .bullet(let inlines): ["bullet " + values(inlines)]
            case .row(let cells): ["row \(cells.count) " + cells.map(values).joined(separator: " | ")]
            case .conditional(let test, let then, let otherwise): ["if \(test)"] + skeleton(then) + ["else"] + skeleton(otherwise) + ["/if"]
            case .each(let path, let body): ["each \(path)"] + skeleton(body) + ["/each"]
            case .include(let name): ["include \(name)"]
            }
        }
    }

    private func values(_ inlines: [Template.Inline]) -> String {
        inlines.compactMap { inline -> String? in
            switch inline {
            case .value(let path): "\(path)"
            case .zoned(let path, let zone): "\(path) in \(zone)"
            case .itemNumber: "@number"
            case .text, .term: nil
            }
        }.sorted().joined(separator: ",")
    }

    @Test(arguments: Self.languages.filter { $0 != "en" })
    func everyTemplateKeepsTheEnglishStructure(language: String) throws {
        for part in Self.parts {
            let english = try Template(parsing: TestData.source.text("Templates/en/\(part).txt"), file: part)
            let other = try Template(parsing: TestData.source.text("Templates/\(language)/\(part).txt"), file: part)
            #expect(skeleton(other.nodes) == skeleton(english.nodes), "\(language)/\(part).txt")
        }
    }

    @Test(arguments: Self.languages)
    func everySampleRequestRendersInEveryLanguage(language: String) throws {
        let renderer = try RequestRenderer(language: language, source: TestData.source, library: TestData.library)
        let missing = try #require(try DocumentTerms(language: language, source: TestData.source).term("missing"))
        for sample in SampleRequest.all {
            let engine = try TestData.engine(sample.types)
            let answers = try TestData.answers(engine, fixture: sample.fixture)
            let document = renderer.document(for: answers, engine: engine, incompleteMark: false,
                                             translation: language == "en" ? nil : DocumentTranslation(sourceLanguage: "en", texts: [:]))
            let html = HTMLWriter().write(document, title: "t")
            #expect(html.contains("<html lang=\"\(language)\" dir=\"\(language == "ar" ? "rtl" : "ltr")\">"))
            #expect(!TextWriter().write(document).contains(missing), "\(language): \(sample.golden) shows a missing value")
        }
    }
}

@Suite struct RightToLeftTests {
    @Test func anArabicDocumentIsRightToLeftWithLatinFragmentsIsolated() throws {
        let sample = SampleRequest.all[1]
        let engine = try TestData.engine(sample.types)
        let renderer = try RequestRenderer(language: "ar", source: TestData.source, library: TestData.library)
        let document = renderer.document(for: try TestData.answers(engine, fixture: sample.fixture), engine: engine, incompleteMark: false)
        #expect(document.rightToLeft)
        let html = HTMLWriter().write(document, title: "طلب")
        #expect(html.contains("<html lang=\"ar\" dir=\"rtl\">"))
        // The IBAN of the frozen account stays one left-to-right unit inside the Arabic text.
        #expect(html.contains("<bdi class=\"answer\">MA64 9990 2800 0041 7386 2500 1967</bdi>"))
        // Text output keeps the logical order: the IBAN is written as typed, not reversed.
        #expect(TextWriter().write(document).contains("MA64 9990 2800 0041 7386 2500 1967"))
    }
}

/// The interface language, from the environment or --ui, through the built `mla`.
@Suite struct InterfaceLanguageTests {
    let folder = TestData.temporaryFolder()

    @Test func theLanguagesAreListedByTheirOwnNames() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["languages"], in: folder)
        for name in ["العربية", "中文", "English", "español", "français", "русский"] {
            #expect(run.stdout.contains(name), "\(name)")
        }
    }

    @Test func theLocaleEnvironmentChoosesFrenchAndUIChoosesArabic() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let french = try Run(["help"], in: folder, environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.stdout.contains(try #require(Localizer(language: "fr", source: TestData.source).optional("help.commands.new")).prefix(20)))
        let arabic = try Run(["--ui", "ar", "types"], in: folder)
        let types = try Localizer(language: "ar", source: TestData.source)
        #expect(arabic.stdout.contains(types("types.asset-recovery.name")))
    }

    @Test func aFrenchSessionSpeaksFrenchAndAFrenchDraftIsMarkedInAnEnglishDocument() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let french = try Localizer(language: "fr", source: TestData.source)
        let session = try Run(["new", "evidence", "-o", "d.mla.json"], input: "REF-1\n", in: folder, environment: ["LANG": "fr_FR.UTF-8"])
        #expect(session.status == 0)
        #expect(session.stderr.contains(french("session.end_of_input", ["file": "d.mla.json"])), "\(session.stderr)")
        #expect(session.stderr.contains(french("fields.facts_summary.label")))
        try Run(["set", "d.mla.json", "subject_matter=Trafic de résine de cannabis dissimulée dans des conteneurs."], in: folder)
        let render = try Run(["render", "d.mla.json", "--lang", "en", "--allow-incomplete"], in: folder)
        #expect(render.stdout.contains("[Translation pending; original in French] Trafic de résine"))
        try Run(["translate", "d.mla.json", "--lang", "en"], input: "Trafficking in cannabis resin.\n.\n", in: folder)
        let translated = try Run(["render", "d.mla.json", "--lang", "en", "--allow-incomplete"], in: folder)
        #expect(translated.stdout.contains("Trafficking in cannabis resin."))
        #expect(!translated.stdout.contains("original in French"))
    }
}
