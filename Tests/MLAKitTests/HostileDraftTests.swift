import Foundation
import Testing
@testable import MLAKit

/// Draft files damaged or made to harm, read by the built `mla`: each is refused with exit 65
/// and a message naming the file, what is wrong and where (line, column and byte, or the
/// entry), and the file is left as it was.
@Suite struct HostileDraftTests {
    let folder = TestData.temporaryFolder()

    /// A small draft, byte for byte as `mla` writes one, so that positions in it are fixed.
    static let draft = """
        {
          "acknowledgements" : {

          },
          "answers" : {
            "request_reference" : "REF-1"
          },
          "created_at" : "2026-11-20T09:00:00Z",
          "document_language" : "en",
          "format" : "mla-draft",
          "interface_language" : "en",
          "schema_version" : 1,
          "status_history" : [
            {
              "date" : "2026-11-20T09:00:00Z",
              "status" : "drafting"
            }
          ],
          "types" : [
            "evidence"
          ],
          "updated_at" : "2026-11-20T09:00:00Z"
        }

        """

    static let unchanged = "The file has been left unchanged. Correct it in a text editor, or restore an earlier copy.\n"

    /// The draft with `target` replaced, as bytes.
    static func draft(replacing target: String, with replacement: [UInt8]) -> Data {
        let range = draft.range(of: target)!
        return Data(draft[..<range.lowerBound].utf8) + Data(replacement) + Data(draft[range.upperBound...].utf8)
    }

    static func draft(replacing target: String, with replacement: String) -> Data {
        draft(replacing: target, with: Array(replacement.utf8))
    }

    /// `mla check` on `data` saved as d.mla.json: the exit status and standard error, after
    /// checking that the file was not touched.
    private func check(_ data: Data) throws -> (status: Int32, stderr: String) {
        let url = folder.appending(path: "d.mla.json")
        try data.write(to: url)
        let run = try Run(["check", "d.mla.json"], in: folder)
        #expect(try Data(contentsOf: url) == data)
        return (run.status, run.stderr)
    }

    private func expectRefusal(_ data: Data, _ problem: String) throws {
        let (status, stderr) = try check(data)
        #expect(status == 65)
        #expect(stderr == "mla: The draft d.mla.json cannot be read: \(problem)\n" + Self.unchanged)
    }

    @Test func theUntouchedDraftIsRead() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try check(Data(Self.draft.utf8)).status == 1)
    }

    @Test func truncatedDraftNamesTheEndOfTheText() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try expectRefusal(Data(Self.draft.utf8.prefix(100)),
                          "it is not valid JSON (line 8, column 13, byte 100: the text ends in the middle of a value); the file may be truncated or damaged")
    }

    @Test func invalidUTF8NamesTheByte() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try expectRefusal(Self.draft(replacing: "REF-1", with: [0x52, 0x45, 0xC3, 0x28]),
                          "it is not valid JSON (line 6, column 30, byte 78: bytes that are not UTF-8 text (0xC3)); the file may be truncated or damaged")
    }

    @Test func valueOfTheWrongTypeNamesTheField() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try expectRefusal(Self.draft(replacing: #""REF-1""#, with: "[1, 2]"),
                          #""request_reference" should be a string, but it is an array"#)
        try expectRefusal(Self.draft(replacing: #""evidence""#, with: "true"), #""types[0]" should be a string, but it is a boolean"#)
    }

    @Test(arguments: [
        ("7", "it was written in draft format version 7, but this program reads version 1; use a newer mla"),
        ("1.5", #"its "schema_version" is 1.5, which is not a draft format version (a whole number such as 1)"#),
        ("1e300", #"its "schema_version" is 1e+300, which is not a draft format version (a whole number such as 1)"#),
        ("-1", #"its "schema_version" is -1, which is not a draft format version (a whole number such as 1)"#),
        (#""1""#, #""schema_version" should be a whole number, but it is a string"#),
    ])
    func unknownSchemaVersionIsRefused(version: String, problem: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try expectRefusal(Self.draft(replacing: #""schema_version" : 1"#, with: #""schema_version" : "# + version), problem)
    }

    @Test func keyGivenTwiceIsRefusedAtItsSecondPlace() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try expectRefusal(Self.draft(replacing: #""request_reference" : "REF-1""#, with: "\"request_reference\" : \"REF-1\",\n    \"request_reference\" : \"REF-2\""),
                          #"it is not valid JSON (line 7, column 5, byte 88: the key "request_reference" appears twice in the same object); the file may be truncated or damaged"#)
    }

    @Test func deepNestingIsRefusedAtTheLimitWithoutFollowingIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let depth = 100_000
        try expectRefusal(Self.draft(replacing: #""REF-1""#, with: String(repeating: "[", count: depth) + String(repeating: "]", count: depth)),
                          "it is not valid JSON (line 6, column 537, byte 585: objects and arrays nested more than 512 levels deep); the file may be truncated or damaged")
        try expectRefusal(Data(String(repeating: #"{"a":"#, count: depth).utf8),
                          "it is not valid JSON (line 1, column 2561, byte 2560: objects and arrays nested more than 512 levels deep); the file may be truncated or damaged")
    }

    /// 100 MB, made as a sparse file so that the test costs no disk and no time: refused from
    /// its size, without reading it.
    @Test func draftOfAHundredMegabytesIsRefusedFromItsSize() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appending(path: "d.mla.json")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data(Self.draft.utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        let run = try Run(["set", "d.mla.json", "request_reference=REF-2"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr == "mla: The draft d.mla.json cannot be read: the file has 104857600 bytes, more than the 33554432 a draft can have, so it was not read: check that this is the right file\n" + Self.unchanged)
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        #expect(attributes[.size] as? Int == 100 * 1024 * 1024)
    }

    @Test func listOfMoreItemsThanAllowedIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Array(repeating: "{}", count: InputLimits.listItems + 1).joined(separator: ", ")
        try expectRefusal(Self.draft(replacing: #""request_reference" : "REF-1""#, with: #""offences" : ["# + items + "]"),
                          #"the list "offences" has 10001 items, more than the 10000 a list can have"#)
    }

    // MARK: - Hidden characters in a draft edited by hand

    @Test func hiddenCharacterInAnAnswerNamesTheFieldAndThePosition() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try expectRefusal(Self.draft(replacing: "REF-1", with: "REF-\u{202E}1"),
                          #"the answer at "request_reference" is not valid: The answer contains an invisible direction-control character (U+202E RIGHT-TO-LEFT OVERRIDE) at position 5, which can make a name or account number display in a different order from the one stored: type the value again without it."#)
        try expectRefusal(Self.draft(replacing: "REF-1", with: #"REF\u001b[31m-1"#),
                          #"the answer at "request_reference" is not valid: The answer contains an invisible control character (U+001B ESCAPE) at position 4, probably copied along with the text: type the value again or paste it as plain text."#)
        try expectRefusal(Self.draft(replacing: "REF-1", with: #"REF\u0000"#),
                          #"the answer at "request_reference" is not valid: The answer contains an invisible control character (U+0000 NULL) at position 4, probably copied along with the text: type the value again or paste it as plain text."#)
    }

    @Test func hiddenCharacterInAListItemNamesTheItem() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try expectRefusal(Self.draft(replacing: #""request_reference" : "REF-1""#, with: #""offences" : [{"name": "Fraud"}, {"name": "Money\u2066 laundering"}]"#),
                          #"the answer at "offences[2].name" is not valid: The answer contains an invisible direction-control character (U+2066 LEFT-TO-RIGHT ISOLATE) at position 6, which can make a name or account number display in a different order from the one stored: type the value again without it."#)
    }

    @Test func hiddenCharacterOutsideTheAnswersNamesTheEntry() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try expectRefusal(Self.draft(replacing: #""status" : "drafting""#, with: "\"status\" : \"drafting\",\n      \"note\" : \"sent\\r\\nby fax\\u0007\""),
                          #"the text at "status_history[0].note" is not valid: The answer contains an invisible control character (U+000D CARRIAGE RETURN) at position 5, probably copied along with the text: type the value again or paste it as plain text."#)
        try expectRefusal(Self.draft(replacing: #""request_reference""#, with: #""request\u001b]0;x\u0007_reference""#),
                          #"a key in "answers" is not valid: The answer contains an invisible control character (U+001B ESCAPE) at position 8, probably copied along with the text: type the value again or paste it as plain text."#)
    }
}
