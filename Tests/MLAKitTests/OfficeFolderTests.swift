import Foundation
import Testing

/// An office's own folder of templates and locales (`--templates DIR`): checked when used, since
/// the test suite only vouches for the built-in data.
@Suite struct OfficeFolderTests {
    let folder = TestData.temporaryFolder()

    private func write(_ text: String, to path: String) throws {
        let url = folder.appending(path: "office/\(path)")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    private func builtIn(_ path: String) throws -> String {
        try String(contentsOf: TestData.testsFolder.deletingLastPathComponent().deletingLastPathComponent().appending(path: path), encoding: .utf8)
    }

    @Test func anOfficeQuestionnaireNamingAnUnknownFieldIsRefusedBeforeAnyCommandRuns() throws {
        let questionnaire = try builtIn("Templates/questionnaires/videoconference.json")
        try write(questionnaire.replacingOccurrences(of: "\"field\": \"vc_person_at_risk\"", with: "\"field\": \"vc_person_at_rsk\""),
                  to: "Templates/questionnaires/videoconference.json")
        let run = try Run(["--templates", "office", "types"], in: folder)
        #expect(run.status == 65)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            mla: The questionnaires contain 1 problem(s):
              videoconference.json: sections[3].fields[1].requirement.must_if: the condition names "vc_person_at_rsk", which is not a field

            """)
    }

    @Test func anOfficeLocaleLackingStringsFallsBackToEnglishForThem() throws {
        let french = try builtIn("Locales/fr.json")
        let without = french.replacingOccurrences(of: "\"help\": {", with: "\"help_removed\": {")
        try #require(without != french)
        try write(without, to: "Locales/fr.json")
        let run = try Run(["--templates", "office", "--ui", "fr", "help"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("mla 0.1.0 — draft requests for mutual legal assistance in criminal matters\n"))
    }
}
