import Foundation
import Testing
@testable import MLAKit

@Suite struct DefinitionTests {
    @Test func shippedQuestionnairesLoad() {
        #expect(TestData.library.typeIDs.map(\.rawValue) == ["evidence", "asset-recovery", "data-preservation", "videoconference", "transfer-of-proceedings"])
        #expect(!TestData.library.common.sections.isEmpty)
    }

    @Test func everyRequiredFieldCitesItsLegalBasis() throws {
        let questionnaire = try TestData.library.questionnaire(for: [TypeID("evidence")])
        for section in questionnaire.sections {
            for field in section.fields where field.requirement.name != "may" {
                #expect(!field.legalBasis.isEmpty, "\(field.id) has no legal basis")
            }
        }
    }

    @Test func reportsEveryProblemWithItsPlace() {
        let broken = """
        {"format": "mla-questionnaire", "version": 1, "type": "common", "sections": [
          {"id": "s", "fields": [
            {"id": "Bad-Id", "type": "text", "requirement": "must", "legal_basis": ["x"]},
            {"id": "a", "type": "wordprocessor", "requirement": "may"},
            {"id": "b", "type": "text", "requirement": "sometimes"},
            {"id": "c", "type": "text", "requirement": "must"},
            {"id": "d", "type": "choice", "requirement": "may", "choices": [{"code": "x"}], "ask_if": {"in": {"field": "nowhere", "values": ["y"]}}},
            {"id": "e", "type": "text", "requirement": "may", "ask_if": {"in": {"field": "d", "values": ["z"]}}}
          ]}
        ]}
        """
        let source = DataSource(files: ["Templates/questionnaires/common.json": broken])
        #expect(throws: DefinitionError(problems: [
            DefinitionProblem(file: "common.json", place: "sections[0].fields[0].id", issue: .notSnakeCase("Bad-Id")),
            DefinitionProblem(file: "common.json", place: "sections[0].fields[1].type", issue: .unknownFieldType("wordprocessor")),
            DefinitionProblem(file: "common.json", place: "sections[0].fields[2].requirement", issue: .unknownLevel("sometimes")),
            DefinitionProblem(file: "common.json", place: "sections[0].fields[3]", issue: .missingLegalBasis),
            DefinitionProblem(file: "common.json", place: "sections[0].fields[4].ask_if", issue: .unknownReference("nowhere")),
            DefinitionProblem(file: "common.json", place: "sections[0].fields[5].ask_if", issue: .unknownChoice(field: "d", code: "z")),
        ])) {
            try QuestionnaireLibrary(source: source)
        }
    }

    @Test func reportsASyntaxErrorWithLineAndColumn() {
        let source = DataSource(files: ["Templates/questionnaires/common.json": "{\n  \"format\": \"mla-questionnaire\",\n  \"version\": 1,,\n}"])
        #expect(throws: DefinitionError(problems: [
            DefinitionProblem(file: "common.json", place: "line 3, column 16", issue: .notJSON(#"unexpected character ",""#)),
            DefinitionProblem(file: "common.json", place: "(file)", issue: .missingKey("common.json")),
        ])) {
            try QuestionnaireLibrary(source: source)
        }
    }

    @Test func anOfficeFolderOverridesAShippedFile() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appending(path: "Templates/en"), withIntermediateDirectories: true)
        try "# Office letterhead\n".write(to: folder.appending(path: "Templates/en/request.txt"), atomically: true, encoding: .utf8)
        let source = DataSource(overrideDirectory: folder)
        #expect(try source.text("Templates/en/request.txt") == "# Office letterhead\n")
        #expect(try source.text("Locales/en.json") == TestData.source.text("Locales/en.json"))
    }
}
