import Foundation
import Testing
@testable import MLAKit

/// The version kept at each save (`NAME~`) and `mla undo`.
@Suite struct BackupTests {
    let folder = TestData.temporaryFolder()

    private func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appending(path: name), encoding: .utf8)
    }

    private func updatedAt(_ name: String) throws -> String {
        let draft = try text(name)
        let start = try #require(draft.range(of: "\"updated_at\" : \""))
        return String(draft[start.upperBound...].prefix(20))
    }

    @Test func eachSaveKeepsThePreviousVersionOwnerOnlyAndUndoExchangesThem() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder)
        try Run(["set", "d.mla.json", "offences[2].name=Laundering"], in: folder)
        #expect(try Safety.mode(folder.appending(path: "d.mla.json~")) == 0o600)
        #expect(try text("d.mla.json~").contains("Fraud"))
        #expect(try !text("d.mla.json~").contains("Laundering"))
        let (earlier, later) = (try updatedAt("d.mla.json~"), try updatedAt("d.mla.json"))

        let undo = try Run(["undo", "d.mla.json"], in: folder)
        #expect(undo.status == 0)
        #expect(undo.stderr == """
            Restored d.mla.json to its version saved at \(earlier).
            The version it replaced (saved at \(later)) is kept as d.mla.json~: mla undo d.mla.json again brings it back.

            """)
        #expect(try !text("d.mla.json").contains("Laundering"))
        #expect(try text("d.mla.json~").contains("Laundering"))

        #expect(try Run(["undo", "d.mla.json"], in: folder).status == 0)
        #expect(try text("d.mla.json").contains("Laundering"))
        #expect(try Safety.names(in: folder) == ["d.mla.json", "d.mla.json~"])
    }

    @Test func undoWithoutAnEarlierVersionExits66() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        let undo = try Run(["undo", "d.mla.json"], in: folder)
        #expect(undo.status == 66)
        #expect(undo.stderr == "mla: There is no earlier version of d.mla.json to restore: d.mla.json~ does not exist. It is kept from the second save of a draft on.\n")
    }

    @Test func saveThatChangesNothingKeepsTheEarlierVersion() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder)
        try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder)
        try Run(["resume", "d.mla.json"], in: folder)
        #expect(try !text("d.mla.json~").contains("Fraud"))
    }

    @Test func undoPutsBackADraftSpoiltByHand() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder)
        try "{ not a draft".write(to: folder.appending(path: "d.mla.json"), atomically: false, encoding: .utf8)
        #expect(try Run(["show", "d.mla.json"], in: folder).status == 65)
        let undo = try Run(["undo", "d.mla.json"], in: folder)
        #expect(undo.status == 0)
        #expect(undo.stderr.hasSuffix("\nThe file it replaced, which could not be read as a draft, is kept as d.mla.json~: mla undo d.mla.json again brings it back.\n"))
        #expect(try Run(["show", "d.mla.json"], in: folder).status == 0)
        #expect(try text("d.mla.json~") == "{ not a draft")
    }

    @Test func unreadableEarlierVersionIsRefusedAndNothingChanges() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder)
        try "[]".write(to: folder.appending(path: "d.mla.json~"), atomically: false, encoding: .utf8)
        let before = try text("d.mla.json")
        let undo = try Run(["undo", "d.mla.json"], in: folder)
        #expect(undo.status == 65)
        #expect(undo.stderr.hasPrefix("mla: The draft d.mla.json~ cannot be read: "))
        #expect(try text("d.mla.json") == before)
        #expect(try text("d.mla.json~") == "[]")
    }
}
