import Foundation
import Testing
@testable import MLAKit

@Suite struct TemplateTests {
    private func source(template: String, parts: [String: String] = [:]) -> DataSource {
        var files = [String: String]()
        for (name, text) in parts { files["Templates/en/\(name).txt"] = text }
        for path in ["Templates/questionnaires/common.json", "Templates/questionnaires/composites.json",
                     "Templates/questionnaires/evidence.json", "Templates/en/terms.json", "Locales/en.json"] {
            files[path] = try? TestData.source.text(path)
        }
        files["Templates/en/request.txt"] = template
        return DataSource(files: files)
    }

    @Test func parsesBlocksIntoATree() throws {
        let template = try Template(parsing: "# Title\n\n## Part\n\nText {{facts_summary}}\nmore.\n\n> Closing\n- item\n| A | {{request_date}} |\n{{#if urgency is urgent}}\nFast.\n{{else}}\nSlow.\n{{/if}}\n", file: "t")
        #expect(template.nodes == [
            .title([.text("Title")]),
            .heading([.text("Part")]),
            .paragraph([.text("Text "), .value(SchemaPath("facts_summary")), .text(" more.")], numbered: true),
            .paragraph([.text("Closing")], numbered: false),
            .bullet([.text("item")]),
            .row([[.text("A")], [.value(SchemaPath("request_date"))]]),
            .conditional(.has(SchemaPath("urgency"), "urgent"), then: [.paragraph([.text("Fast.")], numbered: true)],
                         otherwise: [.paragraph([.text("Slow.")], numbered: true)]),
        ])
    }

    @Test func unknownFieldIsAnErrorWhenTheTemplateLoads() {
        #expect(throws: TemplateError(file: "Templates/en/request.txt", line: 0, issue: .unknownField("facts_sumary"), text: "")) {
            try RequestRenderer(language: "en", source: source(template: "# Request\n\n{{facts_sumary}}\n"), library: TestData.library)
        }
    }

    @Test func aPartIsIncludedWhereItIsNamed() throws {
        let renderer = try RequestRenderer(language: "en", source: source(template: "# Request\n\n{{> closing}}\n", parts: ["closing": "> Done on {{request_date}}.\n"]),
                                           library: TestData.library)
        let engine = TestData.evidenceEngine()
        let answers = try engine.answering("2026-11-20", at: AnswerPath("request_date"), in: [:])
        let document = renderer.document(for: answers, engine: engine, incompleteMark: false)
        #expect(TextWriter(width: 78).write(document) == String(repeating: " ", count: 35) + "REQUEST\n\n     Done on 20 November 2026.\n")
    }

    @Test func aMissingOrSelfIncludingPartIsAnError() {
        #expect(throws: TemplateError(file: "Templates/en/request.txt", line: 0, issue: .missingPart("annexes"), text: "")) {
            try RequestRenderer(language: "en", source: source(template: "{{> annexes}}\n"), library: TestData.library)
        }
        #expect(throws: TemplateError(file: "Templates/en/request.txt", line: 0, issue: .includeCycle("a > b > a"), text: "")) {
            try RequestRenderer(language: "en", source: source(template: "{{> a}}\n", parts: ["a": "{{> b}}\n", "b": "{{> a}}\n"]), library: TestData.library)
        }
    }

    @Test func unclosedBlockIsReportedWithItsLine() {
        #expect(throws: TemplateError(file: "t", line: 2, issue: .unclosedTag("/if"), text: "{{#if urgency}}")) {
            try Template(parsing: "# Request\n{{#if urgency}}\nUrgent.\n", file: "t")
        }
    }

    /// Blocks are parsed each within the one around it: their depth is limited, so that a
    /// template cannot exhaust the stack.
    @Test func blocksNestedBeyondTheLimitAreAnError() {
        let depth = InputLimits.templateNesting + 1
        let text = String(repeating: "{{#if urgency}}\n", count: depth) + "Urgent.\n" + String(repeating: "{{/if}}\n", count: depth)
        #expect(throws: TemplateError(file: "t", line: depth, issue: .nestedTooDeep(limit: 64), text: "{{#if urgency}}")) {
            try Template(parsing: text, file: "t")
        }
    }

    @Test func templateWithWindowsLineEndsIsReadLineByLine() throws {
        let template = try Template(parsing: "# Request\r\n{{#if urgency}}\r\nUrgent.\r\n{{/if}}\r\n", file: "t")
        #expect(template == (try Template(parsing: "# Request\n{{#if urgency}}\nUrgent.\n{{/if}}\n", file: "t")))
    }

    @Test func unknownChoiceCodeInATestIsAnError() {
        #expect(throws: TemplateError(file: "Templates/en/request.txt", line: 0, issue: .unknownChoice(field: "urgency", code: "panic"), text: "")) {
            try RequestRenderer(language: "en", source: source(template: "{{#if urgency is panic}}\nNow.\n{{/if}}\n"), library: TestData.library)
        }
    }

    @Test func answersAreEscapedInHTML() throws {
        let engine = TestData.evidenceEngine()
        let answers = try engine.answering("<script>alert(1)</script> & \"quotes\"", at: AnswerPath("subject_matter"), in: [:])
        let renderer = try RequestRenderer(language: "en", source: source(template: "# Request\n\n{{subject_matter}}\n"), library: TestData.library)
        let html = HTMLWriter().write(renderer.document(for: answers, engine: engine, incompleteMark: false), title: "Request")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"))
        #expect(!html.contains("<script"))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none';"))
        #expect(html.contains("<html lang=\"en\" dir=\"ltr\">"))
    }

    @Test func incompleteDraftIsVisiblyMarked() throws {
        let engine = TestData.evidenceEngine()
        let renderer = try RequestRenderer(language: "en", source: TestData.source, library: TestData.library)
        let text = TextWriter().write(renderer.document(for: [:], engine: engine, incompleteMark: true))
        #expect(text.hasPrefix("               *** INCOMPLETE DRAFT — NOT FOR TRANSMISSION ***\n"))
    }

    @Test func setAsideAnswersDoNotAppear() throws {
        let engine = TestData.evidenceEngine()
        var answers = try TestData.case01Answers(engine)
        answers = try engine.answering("The investigating judge", at: AnswerPath(parsing: "conducting_authority.name")!, in: answers)
        let renderer = try RequestRenderer(language: "en", source: TestData.source, library: TestData.library)
        let text = TextWriter().write(renderer.document(for: answers, engine: engine, incompleteMark: false))
        #expect(!text.contains("The investigating judge"))
    }

    @Test func datesAndDatetimesAreWrittenOutInTheirOwnOffset() throws {
        let formatter = ValueFormatter(terms: try DocumentTerms(language: "en", source: TestData.source))
        #expect(formatter.date("2026-11-20") == "20 November 2026")
        #expect(formatter.datetime("2026-11-07T16:42:09Z") == "7 November 2026, 16:42:09 UTC")
        #expect(formatter.datetime("2026-11-08T01:42:09+09:00") == "8 November 2026, 01:42:09 UTC+09:00")
        #expect(formatter.datetime("2027-03-09T10:00:00-03:00") == "9 March 2027, 10:00:00 UTC-03:00")
    }
}

@Suite struct TextLayoutTests {
    @Test func chineseTextIsWrappedByDisplayWidthAndNoLineStartsWithClosingPunctuation() {
        let document = Document(language: "zh", rightToLeft: false, blocks: [
            .paragraph(number: "1.1", [.text(String(repeating: "请求国主管机关请求协助。", count: 8))]),
        ])
        let lines = TextWriter(width: 40).write(document).split(separator: "\n").map(String.init)
        #expect(lines.count > 2)
        for line in lines {
            #expect(line.displayWidth <= 40, "\(line)")
            #expect(!line.trimmingCharacters(in: .whitespaces).hasPrefix("。"), "\(line)")
        }
        #expect("中文abc".displayWidth == 7)
    }
}
