import Foundation
import Testing
@testable import MLAKit

/// Answers made to harm or mislead, given to the built `mla` through `set`, a value file,
/// standard input and the session: refused at input naming the character and its position,
/// or, for markup, written into documents as text that cannot act.
@Suite struct HostileAnswerTests {
    let folder = TestData.temporaryFolder()

    private func newDraft() throws {
        try Data(HostileDraftTests.draft.utf8).write(to: folder.appending(path: "d.mla.json"))
    }

    private func draftData() throws -> Data {
        try Data(contentsOf: folder.appending(path: "d.mla.json"))
    }

    /// `mla set d.mla.json ARGUMENTS`, expected to be refused with `message` and exit 65,
    /// leaving the draft as it was.
    private func expectRefused(_ arguments: [String], input: String = "", _ message: String) throws {
        let before = try draftData()
        let run = try Run(["set", "d.mla.json"] + arguments, input: input, in: folder)
        #expect(run.status == 65)
        #expect(run.stderr == "mla: \(message)\n")
        #expect(try draftData() == before)
    }

    private func write(_ text: String, to name: String) throws -> String {
        try Data(text.utf8).write(to: folder.appending(path: name))
        return name
    }

    // MARK: - Refused at input

    @Test func terminalEscapeSequenceIsRefusedNamingCharacterAndPosition() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        try expectRefused(["request_reference=REF\u{1B}]0;owned\u{7}-1"],
                          "request_reference: The answer contains an invisible control character (U+001B ESCAPE) at position 4, probably copied along with the text: type the value again or paste it as plain text.")
        // A command-line argument cannot hold NUL: it comes through standard input.
        try expectRefused(["request_reference=-"], input: "A\u{0}B",
                          "request_reference: The answer contains an invisible control character (U+0000 NULL) at position 2, probably copied along with the text: type the value again or paste it as plain text.")
    }

    @Test(arguments: [
        ("\u{202E}", "U+202E RIGHT-TO-LEFT OVERRIDE"), ("\u{202A}", "U+202A LEFT-TO-RIGHT EMBEDDING"),
        ("\u{2067}", "U+2067 RIGHT-TO-LEFT ISOLATE"), ("\u{2069}", "U+2069 POP DIRECTIONAL ISOLATE"),
        ("\u{200F}", "U+200F RIGHT-TO-LEFT MARK"),
    ])
    func directionControlInAnAccountNumberIsRefused(character: String, name: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        try expectRefused(["request_reference=0012 \(character)3456 7890"],
                          "request_reference: The answer contains an invisible direction-control character (\(name)) at position 6, which can make a name or account number display in a different order from the one stored: type the value again without it.")
    }

    @Test func directionControlInAValueFileIsRefusedWithItsLine() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let file = try write("The funds left the account.\r\n\r\nIBAN PT50 \u{202E}0002 0123\n", to: "facts.txt")
        try expectRefused(["facts_summary=@\(file)"],
                          "facts_summary: The answer contains an invisible direction-control character (U+202E RIGHT-TO-LEFT OVERRIDE) on line 3, position 11, which can make a name or account number display in a different order from the one stored: type the value again without it.")
        try expectRefused(["facts_summary=-"], input: "First line\nsecond \u{7}line\n",
                          "facts_summary: The answer contains an invisible control character (U+0007 ALERT) on line 2, position 8, probably copied along with the text: type the value again or paste it as plain text.")
    }

    @Test func answerOfTenMegabytesIsRefusedAndOneMegabyteIsKept() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let tenMegabytes = try write(String(repeating: "x", count: 10 * 1024 * 1024), to: "ten.txt")
        try expectRefused(["facts_summary=@\(tenMegabytes)"],
                          "facts_summary: The answer has 10485760 characters, more than the 2000000 allowed here: shorten it, or put the details in an annex.")
        try expectRefused(["request_reference=" + String(repeating: "R", count: 2_001)],
                          "request_reference: The answer has 2001 characters, more than the 2000 allowed here: shorten it, or put the details in an annex.")
        let paragraph = String(repeating: "The accounts were emptied in March. ", count: 30) + "\n\n"
        let oneMegabyte = try write(String(repeating: paragraph, count: 1024 * 1024 / paragraph.utf8.count + 1), to: "one.txt")
        let run = try Run(["set", "d.mla.json", "facts_summary=@\(oneMegabyte)"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(try draftData().count > 1024 * 1024)
    }

    /// A value file larger than any draft is refused from its size (sparse: no disk, no time).
    @Test func valueFileLargerThanADraftIsRefusedWithoutReadingIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let url = folder.appending(path: "huge.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: Data()))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 1024 * 1024 * 1024)
        try handle.close()
        try expectRefused(["facts_summary=@huge.txt"],
                          "huge.txt is larger than 33554432 bytes, more than any answer can hold: shorten it, or put the details in an annex.")
    }

    @Test func valueFileThatIsNotUTF8IsRefusedNamingTheByte() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        try (Data("Résumé".utf8) + Data([0xE9, 0x74, 0xE9])).write(to: folder.appending(path: "latin1.txt"))
        try expectRefused(["facts_summary=@latin1.txt"],
                          "latin1.txt is not UTF-8 text (byte 8 is not): save it as plain text in UTF-8 and try again.")
    }

    @Test func reasonWithAHiddenCharacterIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let before = try draftData()
        let run = try Run(["acknowledge", "d.mla.json", "facts_summary", "--reason", "Given orally\u{1B}[8m"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr == "mla: The text given with --reason cannot be kept: The answer contains an invisible control character (U+001B ESCAPE) at position 13, probably copied along with the text: type the value again or paste it as plain text.\n")
        #expect(try draftData() == before)
    }

    /// A status note or reference is kept in the draft: taken with a hidden character, it
    /// would make the draft unreadable at its next use.
    @Test func statusNoteOrReferenceWithAHiddenCharacterIsRefused() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let before = try draftData()
        let note = try Run(["status", "d.mla.json", "sent", "--allow-incomplete", "--note", "by fax\u{1B}[2J"], in: folder)
        #expect(note.status == 65)
        #expect(note.stderr == "mla: The text given with --note cannot be kept: The answer contains an invisible control character (U+001B ESCAPE) at position 7, probably copied along with the text: type the value again or paste it as plain text.\n")
        let reference = try Run(["status", "d.mla.json", "sent", "--allow-incomplete", "--ref", "R\u{202E}1"], in: folder)
        #expect(reference.status == 65)
        #expect(reference.stderr.hasPrefix("mla: The text given with --ref cannot be kept: The answer contains an invisible direction-control character (U+202E RIGHT-TO-LEFT OVERRIDE) at position 2,"))
        #expect(try draftData() == before)
    }

    @Test func sessionRefusesAHiddenCharacterAndAsksAgain() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["new", "evidence", "-o", "s.mla.json"], input: "REF\u{202E}-1\nREF-1\n", in: folder)
        #expect(run.stderr.contains("\nrequest_reference: The answer contains an invisible direction-control character (U+202E RIGHT-TO-LEFT OVERRIDE) at position 4, which can make a name or account number display in a different order from the one stored: type the value again without it.\n"))
        #expect(try String(contentsOf: folder.appending(path: "s.mla.json"), encoding: .utf8).contains(#""request_reference" : "REF-1""#))
    }

    @Test func listTakesTenThousandItemsAndNoMore() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let items = Array(repeating: "{}", count: InputLimits.listItems).joined(separator: ", ")
        try HostileDraftTests.draft(replacing: #""request_reference" : "REF-1""#, with: #""offences" : ["# + items + "]")
            .write(to: folder.appending(path: "d.mla.json"))
        #expect(try Run(["set", "d.mla.json", "offences[10000].name=Fraud"], in: folder).status == 0)
        try expectRefused(["offences[10001].name=Fraud"],
                          "offences[10001].name: the list already has 10000 items, the most a list can have: put further items in an annex.")
    }

    // MARK: - Written into documents

    @Test func markupInAnswersIsEscapedInHTMLUnderAPolicyThatForbidsScripts() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let set = try Run(["set", "d.mla.json",
                           "request_reference=<script>alert(1)</script>",
                           "facts_summary=He wrote \"><img src=x onerror=alert(1)> and 'x' onmouseover='alert(2)' & left.",
                           "offences[1].name=</bdi><a href=\"https://example.org\">link</a>"], in: folder)
        #expect(set.status == 0)
        let render = try Run(["render", "d.mla.json", "--format", "html", "--allow-incomplete", "-o", "out.html"], in: folder)
        #expect(render.status == 0)
        let html = try String(contentsOf: folder.appending(path: "out.html"), encoding: .utf8)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("He wrote &quot;&gt;&lt;img src=x onerror=alert(1)&gt; and &#39;x&#39; onmouseover=&#39;alert(2)&#39; &amp; left."))
        #expect(html.contains("&lt;/bdi&gt;&lt;a href=&quot;https://example.org&quot;&gt;link&lt;/a&gt;"))
        for markup in ["<script", "<img", "<a ", "onerror=alert(1)>", "https://example.org\""] {
            #expect(!html.contains(markup), "unescaped \(markup)")
        }
        let head = try #require(html.range(of: "</head>")).lowerBound
        #expect(html[..<head].contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">"#))
    }
}
