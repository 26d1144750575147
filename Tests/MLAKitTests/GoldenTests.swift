import Foundation
import Testing
@testable import MLAKit

/// A complete fictional request: its fixture of `mla set` lines, its types, and its golden name.
struct SampleRequest: CustomTestStringConvertible, Sendable {
    var fixture: String
    var types: [String]
    var golden: String

    var testDescription: String { golden }

    static let all = [
        SampleRequest(fixture: "case-01-answers.txt", types: ["evidence"], golden: "case-01-evidence.en"),
        SampleRequest(fixture: "case-01-ar-answers.txt", types: ["evidence", "asset-recovery"], golden: "case-01-evidence-asset-recovery.en"),
        SampleRequest(fixture: "ar-enforce-answers.txt", types: ["asset-recovery"], golden: "ar-enforce-asset-recovery.en"),
        SampleRequest(fixture: "case-02-preservation-answers.txt", types: ["data-preservation"], golden: "case-02-preservation.en"),
        SampleRequest(fixture: "case-02-formal-answers.txt", types: ["data-preservation", "evidence"], golden: "case-02-data-preservation-evidence.en"),
        SampleRequest(fixture: "case-03-vc-answers.txt", types: ["videoconference"], golden: "case-03-videoconference.en"),
        SampleRequest(fixture: "case-03-tp-answers.txt", types: ["transfer-of-proceedings"], golden: "case-03-transfer-of-proceedings.en"),
        SampleRequest(fixture: "other-forms-answers.txt", types: ["evidence"], golden: "other-forms-evidence.en"),
    ]

    func document() throws -> Document {
        let engine = try TestData.engine(types)
        let renderer = try RequestRenderer(language: "en", source: TestData.source, library: TestData.library)
        return renderer.document(for: try TestData.answers(engine, fixture: fixture), engine: engine, incompleteMark: false)
    }
}

/// Rendered requests compared with files under Golden/. Run with MLA_RECORD_GOLDEN=1 to write new
/// baselines; a recording run fails so that a baseline is never accepted silently.
@Suite struct GoldenTests {
    @Test(arguments: SampleRequest.all)
    func sampleRequestIsCompleteAndRendersAsText(_ sample: SampleRequest) throws {
        let engine = try TestData.engine(sample.types)
        let report = engine.check(try TestData.answers(engine, fixture: sample.fixture), today: "2026-11-24")
        #expect(report.missing.map(\.path.description) == [])
        #expect(report.invalid.map(\.path.description) == [])
        try compare(TextWriter().write(sample.document()), with: sample.golden + ".txt")
    }

    @Test(arguments: [SampleRequest.all[0], SampleRequest.all[4], SampleRequest.all[5]])
    func sampleRequestRendersAsHTML(_ sample: SampleRequest) throws {
        try compare(HTMLWriter().write(sample.document(), title: "Request for mutual legal assistance in criminal matters"), with: sample.golden + ".html")
    }

    /// One request of each type (evidence with asset recovery, electronic data with evidence,
    /// videoconference, transfer of proceedings, and the other forms under evidence) in each
    /// language other than English, its English answers marked as awaiting translation.
    static let translatedSamples: [(SampleRequest, String)] = ["ar", "es", "fr", "ru", "zh"].flatMap { language in
        [SampleRequest.all[1], SampleRequest.all[4], SampleRequest.all[5], SampleRequest.all[6], SampleRequest.all[7]].map { ($0, language) }
    }

    @Test(arguments: Self.translatedSamples)
    func sampleRequestRendersInAnotherLanguage(_ sample: SampleRequest, language: String) throws {
        let engine = try TestData.engine(sample.types)
        let renderer = try RequestRenderer(language: language, source: TestData.source, library: TestData.library)
        let document = renderer.document(for: try TestData.answers(engine, fixture: sample.fixture), engine: engine, incompleteMark: false,
                                         translation: DocumentTranslation(sourceLanguage: "en", texts: [:]))
        let name = sample.golden.replacingOccurrences(of: ".en", with: ".\(language)")
        try compare(TextWriter().write(document), with: name + ".txt")
        if sample.golden == SampleRequest.all[1].golden {
            try compare(HTMLWriter().write(document, title: "mla"), with: name + ".html")
        }
    }

    private func compare(_ output: String, with name: String) throws {
        let url = TestData.golden.appending(path: name)
        if ProcessInfo.processInfo.environment["MLA_RECORD_GOLDEN"] != nil {
            try output.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded \(name); run again without MLA_RECORD_GOLDEN to compare.")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "rendering differs from Golden/\(name)")
    }
}
