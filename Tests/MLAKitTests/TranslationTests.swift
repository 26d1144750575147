import Foundation
import Testing
@testable import MLAKit

/// Free-text answers written in the drafter's language, in a document of another language.
@Suite struct TranslationTests {
    let engine = TestData.evidenceEngine()

    private func rendered(_ answers: Answers, translation: DocumentTranslation?) throws -> String {
        let renderer = try RequestRenderer(language: "en", source: TestData.source, library: TestData.library)
        return TextWriter(width: 200).write(renderer.document(for: answers, engine: engine, incompleteMark: false, translation: translation))
    }

    @Test func onlyProseAnswersNeedTranslating() throws {
        let answers = try TestData.case01Answers(engine)
        let paths = engine.translatableAnswers(answers).map(\.path.description)
        #expect(paths.contains("facts_summary"))
        #expect(paths.contains("subject_matter"))
        #expect(!paths.contains("requesting_authority.name"))
        #expect(!paths.contains("request_reference"))
    }

    @Test func anUntranslatedAnswerIsMarkedAndATranslationReplacesIt() throws {
        var answers = try engine.answering("Tráfico de cocaína pelo porto de Sines.", at: AnswerPath("subject_matter"), in: [:])
        answers = try engine.answering("2026-11-20", at: AnswerPath("request_date"), in: answers)
        let pending = try rendered(answers, translation: DocumentTranslation(sourceLanguage: "pt", texts: [:]))
        #expect(pending.contains("[Translation pending; original in Portuguese] Tráfico de cocaína pelo porto de Sines."))

        let translated = DocumentTranslation(sourceLanguage: "pt", texts: [
            "subject_matter": Translation(source: "Tráfico de cocaína pelo porto de Sines.", text: "Cocaine trafficking through the port of Sines."),
        ])
        let done = try rendered(answers, translation: translated)
        #expect(done.contains("Cocaine trafficking through the port of Sines."))
        #expect(!done.contains("Translation pending"))

        // The answer changed after it was translated: the old translation no longer counts.
        let changed = try engine.answering("Tráfico de cocaína e branqueamento.", at: AnswerPath("subject_matter"), in: answers)
        #expect(try rendered(changed, translation: translated).contains("[Translation pending; original in Portuguese] Tráfico de cocaína e branqueamento."))
        let findings = engine.translationFindings(changed, translations: translated.texts, from: "pt", into: "en")
        #expect(findings.map(\.problem) == [.untranslated(words: 5, from: "pt", into: "en")])
    }

    @Test func translationsAreKeptInTheDraftBesideTheAnswers() throws {
        var draft = Draft(types: [TypeID("evidence")], documentLanguage: "en", interfaceLanguage: "pt", now: "2026-11-24T10:00:00Z")
        draft.answers = try engine.answering("Burla informática.", at: AnswerPath("subject_matter"), in: [:])
        draft.translations["en"] = ["subject_matter": Translation(source: "Burla informática.", text: "Computer fraud.")]
        let codec = DraftCodec(library: TestData.library)
        let data = codec.encode(draft)
        #expect(String(decoding: data, as: UTF8.self).contains("\"translations\" : {\n    \"en\" : {\n      \"subject_matter\" : {\n        \"source\" : \"Burla informática.\",\n        \"text\" : \"Computer fraud.\""))
        #expect(try codec.decode(data) == draft)
    }

    @Test func translateWalksTheAnswersAndRenderUsesTheTranslations() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        try Run(["set", "d.mla.json"] + TestData.assignments("case-01-answers.txt"), in: folder)
        let language = try Run(["language", "d.mla.json", "--answers", "pt"], in: folder)
        #expect(language.stdout == "Document language: en · interface language: pt\n")

        let check = try Run(["check", "d.mla.json"], in: folder)
        #expect(check.status == 0)
        #expect(check.stdout.contains("  subject_matter  Subject and nature of the case\n      expected · "))
        #expect(check.stdout.contains("Written in Portuguese, but the request is in English: "))

        let translate = try Run(["translate", "d.mla.json"], input: "", in: folder)
        #expect(translate.stderr.contains("need a translation into English"))
        let count = engine.translatableAnswers(try TestData.case01Answers(engine)).count
        let input = ["Liaison.", "."] + Array(repeating: "", count: count - 1)
        try Run(["translate", "d.mla.json"], input: input.joined(separator: "\n") + "\n", in: folder)
        let render = try Run(["render", "d.mla.json"], in: folder)
        #expect(render.status == 0)
        #expect(render.stdout.contains("Liaison."))
        #expect(render.stdout.contains("[Translation pending; original in Portuguese]"))

        let html = try Run(["render", "d.mla.json", "--side-by-side", "en"], in: folder)
        #expect(html.status == 64)
        #expect(html.stderr == "mla: --side-by-side lays two languages out in columns, which only HTML can do: add --format html.\nSee mla help for the commands and their options.\n")
    }
}

@Suite struct GlossaryTests {
    @Test func everyEntryHasAllSixLanguagesWithTheirMark() throws {
        let glossary = try Glossary(source: TestData.source)
        #expect(glossary.entries.count > 80)
        for entry in glossary.entries {
            #expect(Set(entry.terms.keys) == Set(Glossary.languages), "\(entry.id)")
            for (language, term) in entry.terms {
                #expect(term.contains("[official]") || term.contains("[proposed]"), "\(entry.id) \(language)")
            }
            #expect(TestData.english.optional("glossary.groups.\(entry.group)") != nil, "\(entry.group)")
        }
    }

    @Test func aTermIsFoundInAnyLanguageAndShownWithItsSource() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["glossary", "autorite centrale", "--lang", "fr"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("central_authority  · UNTOC 18(13); UNCAC 46(13)\n  en  central authority [official]\n  fr  autorité centrale [official]\n\n"))
        let none = try Run(["glossary", "habeas"], in: folder)
        #expect(none.status == 1)
        #expect(none.stderr == "No glossary term matches \"habeas\". mla glossary lists them all.\n")
    }
}

@Suite struct OutputFileTests {
    @Test func renderingToADeviceWritesThroughItInsteadOfReplacingIt() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        let run = try Run(["render", "d.mla.json", "--allow-incomplete", "-o", "/dev/null"], in: folder)
        #expect(run.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(attributes[.type] as? FileAttributeType == .typeCharacterSpecial)
    }

    @Test func optionsForEveryCommandMayComeBeforeIt() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["--ui", "en", "types"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("evidence "))
    }
}
