import Foundation
import Testing
@testable import MLAKit

@Suite struct JSONWriterTests {
    /// What drafts were written with before: the writer must give the same bytes.
    private func encoded(_ value: JSONValue) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    @Test(arguments: [
        JSONValue.object([:]),
        .array([]),
        .object(["b": .number(1), "a": .array([]), "c": .object([:]), "a_b": .number(2), "aB": .number(3), "a1": .number(4),
                 "a10": .number(5), "é": .string("x"), "Z": .null]),
        .array([.array([]), .object([:]), .null, .bool(true), .bool(false), .number(-3), .number(1.5), .number(0.1), .number(1e20)]),
        .object(["s": .string("q\"b\\s/\u{7F}\u{2028}é😀\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1B}\u{1F} ")]),
        .object(["deep": .object(["list": .array([.object(["k": .string("v"), "n": .number(12)]), .object([:])])])]),
    ])
    func writesWhatJSONEncoderWrote(value: JSONValue) throws {
        #expect(JSONWriter.write(value) == (try encoded(value)))
    }

    @Test func writesADraftAsBefore() throws {
        var draft = Draft(types: [TypeID("evidence")], documentLanguage: "en", interfaceLanguage: "en", now: "2026-11-24T09:00:00Z")
        draft.answers = try TestData.case01Answers(TestData.evidenceEngine())
        draft.skipped = ["ev_bank_accounts"]
        draft.acknowledgements = ["ev_witnesses": Acknowledgement(reason: "Not needed / \"yet\"", date: "2026-11-24")]
        draft.translations = ["fr": ["summary_of_facts": Translation(source: "Les faits\n\nsuite", text: "The facts\n\nfurther"),
                                     "offences[2].description": Translation(source: "Fraude", text: "Fraud")]]
        draft.statusHistory = [StatusEntry(status: .sent, date: "2026-11-25", note: "by post", theirReference: "BKA-1"), StatusEntry(status: .drafting, date: "2026-11-24")]
        draft.links = DraftLinks(from: DraftLink(file: "../pres.mla.json", linkedAt: "2026-11-24T09:00:00Z"), followUps: [DraftLink(file: "f.mla.json", linkedAt: "2026-11-25T09:00:00Z")])
        let codec = DraftCodec(library: TestData.library)
        let tree = try JSONReader.parse(codec.encode(draft))
        #expect(codec.encode(draft) == (try encoded(tree)) + Data("\n".utf8))
    }
}
