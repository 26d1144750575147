import Foundation
import Testing
@testable import MLAKit

/// Rendered requests compared with files under Golden/. Run with MLA_RECORD_GOLDEN=1 to write new
/// baselines; a recording run fails so that a baseline is never accepted silently.
@Suite struct GoldenTests {
    private func document() throws -> Document {
        let engine = TestData.evidenceEngine()
        let renderer = try RequestRenderer(language: "en", source: TestData.source, library: TestData.library)
        return renderer.document(for: try TestData.case01Answers(engine), engine: engine, incompleteMark: false)
    }

    @Test func sampleCase01RendersAsText() throws {
        try compare(TextWriter().write(document()), with: "case-01-evidence.en.txt")
    }

    @Test func sampleCase01RendersAsHTML() throws {
        try compare(HTMLWriter().write(document(), title: "Request for mutual legal assistance in criminal matters"), with: "case-01-evidence.en.html")
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
