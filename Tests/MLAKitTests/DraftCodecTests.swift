import Foundation
import Testing
@testable import MLAKit

@Suite struct DraftCodecTests {
    let codec = DraftCodec(library: TestData.library)

    private func sampleDraft() throws -> Draft {
        var draft = Draft(types: [TypeID("evidence")], documentLanguage: "en", interfaceLanguage: "en", now: "2026-11-24T09:00:00Z")
        draft.answers = try TestData.case01Answers(TestData.evidenceEngine())
        draft.skipped = ["ev_bank_accounts"]
        draft.acknowledgements = ["requested_central_authority.address": Acknowledgement(reason: "Given in the cover letter", date: "2026-11-24T09:05:00Z")]
        return draft
    }

    @Test func roundTripsADraftByteForByte() throws {
        let draft = try sampleDraft()
        let data = codec.encode(draft)
        let decoded = try codec.decode(data)
        #expect(decoded == draft)
        #expect(codec.encode(decoded) == data)
    }

    @Test func writesKeysInStableOrderWithAFormatMarker() throws {
        let text = String(decoding: codec.encode(try sampleDraft()), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"acknowledgements\" : {"))
        #expect(text.contains("\"format\" : \"mla-draft\""))
        #expect(text.contains("\"schema_version\" : 1"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test func truncatedDraftIsReportedWithItsPosition() throws {
        let data = codec.encode(try sampleDraft())
        #expect(throws: DraftError.notJSON(line: 5, column: 9, offset: 120, issue: .unexpectedEnd)) {
            try codec.decode(data.prefix(120))
        }
    }

    @Test func unknownSchemaVersionIsRefused() {
        let data = Data(#"{"format": "mla-draft", "schema_version": 9}"#.utf8)
        #expect(throws: DraftError.unsupportedVersion(9)) { try codec.decode(data) }
    }

    @Test func fileThatIsNotADraftIsRefused() {
        #expect(throws: DraftError.notADraft) { try codec.decode(Data(#"{"hello": 1}"#.utf8)) }
    }

    @Test func invalidValueIsReportedWithItsPlace() throws {
        var text = String(decoding: codec.encode(try sampleDraft()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"request_date\" : \"2026-11-20\"", with: "\"request_date\" : \"20/11/2026\"")
        #expect(throws: DraftError.invalidValue(place: "request_date", .notADate("20/11/2026"))) {
            try codec.decode(Data(text.utf8))
        }
    }

    @Test func unknownChoiceInAListItemIsReportedWithItsPlace() throws {
        var text = String(decoding: codec.encode(try sampleDraft()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"role\" : \"accused\"", with: "\"role\" : \"mastermind\"")
        #expect(throws: DraftError.unknownChoice(place: "persons[1].role", code: "mastermind")) {
            try codec.decode(Data(text.utf8))
        }
    }

    @Test func savedDraftIsReadableByItsOwnerOnly() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appending(path: "case.mla.json")
        let store = DraftStore(codec: codec)
        try store.save(try sampleDraft(), to: url)
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["case.mla.json"])
        #expect(try store.load(url) == sampleDraft())
    }
}
