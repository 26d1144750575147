import Foundation
import Testing
@testable import MLAKit
@testable import mla

/// The drafting session through a scripted terminal: golden transcripts of what the drafter
/// sees, and the draft it leaves.
@Suite struct SessionTests {
    let session = Session()

    // MARK: - Golden transcripts

    @Test func openingScreenSaysWhatTheRequestCoversAndHowToGetHelp() throws {
        defer { session.remove() }
        try session.create(["evidence"])
        let run = try session.run([.line("MLA-FX-01"), .end], greeting: .new)
        #expect(run.code == .success)
        try session.compare(run.terminal, with: "opening")
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "request_reference")!) == .text("MLA-FX-01"))
    }

    @Test func helpGivesTheReasonTheSourceAndWhatHappensIfLeftOut() throws {
        defer { session.remove() }
        try session.create(["evidence"], answers: ["request_reference=REF-1"])
        let run = try session.run([.line("?"), .line(""), .end])
        try session.compare(run.terminal, with: "help")
        // Enter took the proposed date, today's.
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "request_date")!) == .text("2026-11-24"))
    }

    @Test func goingBackShowsTheAnswerAndNeverErasesLaterOnes() throws {
        defer { session.remove() }
        try session.create(["evidence"])
        let run = try session.run([.line("REF-1"), .line("2026-11-20"), .line("<"), .line("<"), .line("REF-2"), .line(""), .end])
        try session.compare(run.terminal, with: "back")
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "request_reference")!) == .text("REF-2"))
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "request_date")!) == .text("2026-11-20"))
    }

    @Test func reviewListsEveryQuestionWithItsStatusAndJumps() throws {
        defer { session.remove() }
        try session.create(["evidence"], answers: ["request_reference=REF-1", "request_date=2026-11-20"])
        let run = try session.run([.line(":review"), .line("requesting_state"), .line("ger"), .end])
        try session.compare(run.terminal, with: "review")
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "requesting_state")!) == .text("DE"))
    }

    @Test func listItemsAreEnteredOneByOneShownAsATableEditedAndRemovedByNumber() throws {
        defer { session.remove() }
        try session.create(["evidence"], answers: ["request_reference=REF-1", "request_date=2026-11-20", "request_status=new"])
        let run = try session.run([
            .line("y"), .line("2026-10-08"), .line("PJ-2214"), .line("Police message"),
            .line("y"), .line("2026-10-20"), .line("PJ-2301"), .line("Letter"),
            .line(":remove 1"),
            .line(":edit 1"), .line(""), .line("PJ-2301-B"), .line(""),
            .line("n"), .end,
        ])
        try session.compare(run.terminal, with: "list-entry")
        guard case .items(let items)? = run.draft.answers.value(at: AnswerPath(parsing: "previous_requests")!) else {
            Issue.record("no list")
            return
        }
        #expect(items.count == 1)
        #expect(items.first?["reference"] == .text("PJ-2301-B"))
        #expect(items.first?["date"] == .text("2026-10-20"))
    }

    @Test func invalidAnswerIsRefusedWithTheExpectedFormAndAskedAgain() throws {
        defer { session.remove() }
        try session.create(["evidence"], answers: ["request_reference=REF-1"])
        let run = try session.run([.line("20/11/2026"), .line("2026-11-20"), .end])
        try session.compare(run.terminal, with: "validation-error")
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "request_date")!) == .text("2026-11-20"))
    }

    @Test func finalReviewShowsBlockingGapsOffersToFixThemThenToRender() throws {
        defer { session.remove() }
        let answers = TestData.assignments("case-01-answers.txt").filter { !$0.hasPrefix("requesting_state=") }
        try session.create(["evidence"], answers: answers.map { $0.hasPrefix("facts_summary=@") ? "facts_summary=Facts." : $0 }, leavingOpen: ["requesting_state"])
        let run = try session.run([
            .line(""),           // requesting_state postponed
            .line("y"),          // fix now
            .line("portugal"),   // requesting_state by its name
            .line("y"), .line("html"), .line(""), .line(""),
        ], greeting: .resume)
        try session.compare(run.terminal, with: "final-review")
        #expect(run.code == .success)
        let page = try String(contentsOf: session.folder.appending(path: "d.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"))
        let mode = try FileManager.default.attributesOfItem(atPath: session.folder.appending(path: "d.html").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    // MARK: - Keys

    @Test func choiceMenuMovesWithArrowsAndConfirmsWithEnter() throws {
        defer { session.remove() }
        try session.create(["evidence"], answers: ["request_reference=REF-1", "request_date=2026-11-20"])
        let run = try session.run([.keys([.down, .down, .up, .enter]), .end], keys: true)
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "request_status")!) == .text("supplementary"))
        #expect(run.terminal.transcript.contains("\n> Supplementary request, adding to an earlier request (supplementary)\n"))
        #expect(run.terminal.rawModeEntered == run.terminal.rawModeLeft)
    }

    @Test func multichoiceMenuMarksWithSpace() throws {
        defer { session.remove() }
        try session.create(["evidence"], answers: ["request_reference=REF-1", "request_date=2026-11-20", "request_status=new"])
        let engine = try TestData.engine(["evidence"])
        let codes = engine.offeredChoices(for: try #require(engine.field(at: AnswerPath(parsing: "legal_basis")!))).map(\.code)
        let run = try session.run([.line(":goto legal_basis"), .keys([.character(" "), .down, .down, .character(" "), .enter]), .end], keys: true)
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "legal_basis")!) == .codes([codes[0], codes[2]]))
    }

    @Test(arguments: [("en", "ger"), ("es", "alem"), ("fr", "allem"), ("ru", "герм")])
    func countryIsFoundByTypingTheStartOfItsName(language: String, typed: String) throws {
        defer { session.remove() }
        try session.create(["evidence"], answers: ["request_reference=REF-1", "request_date=2026-11-20", "request_status=new"])
        let keys = typed.map { Key.character($0) } + [.enter]
        let run = try session.run([.line("n"), .keys(keys), .end], keys: true, language: language)
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "requesting_state")!) == .text("DE"))
    }

    @Test func pipedNameOfACountryIsLookedUpAndSeveralMatchesAreListed() throws {
        defer { session.remove() }
        try session.create(["evidence"], answers: ["request_reference=REF-1", "request_date=2026-11-20", "request_status=new"])
        let run = try session.run([.line("n"), .line("guin"), .line("Equatorial Guinea"), .end], interactive: false)
        #expect(run.terminal.transcript.hasPrefix("Several names match: Guinea (GN), Guinea-Bissau (GW), Equatorial Guinea (GQ), Papua New Guinea (PG)."))
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "requesting_state")!) == .text("GQ"))
    }

    // MARK: - Safety

    @Test func interruptSavesAndExits130() throws {
        defer { session.remove() }
        try session.create(["evidence"])
        let run = try session.run([.line("REF-1"), .line("2026-11-20"), .interrupt])
        #expect(run.code == .interrupted)
        #expect(run.terminal.transcript.hasSuffix("^C\nInterrupted. Every answer given is saved in \(session.file). Continue with: mla resume \(session.file)\n"))
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "request_date")!) == .text("2026-11-20"))
    }

    @Test func interruptInAMenuRestoresTheTerminalMode() throws {
        defer { session.remove() }
        try session.create(["evidence"], answers: ["request_reference=REF-1", "request_date=2026-11-20"])
        let run = try session.run([.keys([.down]), .interrupt], keys: true)
        #expect(run.code == .interrupted)
        #expect(run.terminal.rawModeEntered == 1 && run.terminal.rawModeLeft == 1)
    }

    @Test func endOfInputAtAPromptSavesAndLeaves() throws {
        defer { session.remove() }
        try session.create(["evidence"])
        let run = try session.run([.line("REF-1"), .end])
        #expect(run.code == .success)
        #expect(run.terminal.transcript.contains("\nDraft saved to \(session.file).\nStill missing ("))
    }

    @Test func resumingContinuesAtTheFirstOpenQuestion() throws {
        defer { session.remove() }
        try session.create(["evidence"], answers: ["request_reference=REF-1", "request_date=2026-11-20", "request_status=new"])
        let run = try session.run([.end], greeting: .resume)
        #expect(run.terminal.transcript.contains("3 of 52 questions answered; continuing at the first open one."))
        #expect(run.terminal.transcript.contains("About this request · question 4 of 52 · 7%\nRelated earlier requests: add a first earlier request? [y/N]\n> "))
    }

    @Test func pipedInputShowsNoPromptsButTheSameCommandsWork() throws {
        defer { session.remove() }
        try session.create(["evidence"])
        let run = try session.run([.line("REF-1"), .line(":goto request_reference"), .line("REF-2"), .line(":quit")], interactive: false)
        #expect(run.terminal.transcript == "Draft saved to \(session.file).\nContinue later with: mla resume \(session.file)\n")
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "request_reference")!) == .text("REF-2"))
    }

    @Test func typedEscapeSequencesAreNeverShownBackRaw() throws {
        defer { session.remove() }
        try session.create(["evidence"])
        let run = try session.run([.line("REF\u{1B}]0;owned\u{7}\u{202E}1"), .end])
        let shown = try #require(run.terminal.transcript.components(separatedBy: "\u{202E}1\n").last)
        #expect(shown.hasPrefix("request_reference: "))
        #expect(!shown.contains("\u{1B}") && !shown.contains("\u{202E}") && !shown.contains("\u{7}"))
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "request_reference")!) == nil)
    }

    @Test func answerSheetShowsControlCharactersAsCodePoints() throws {
        let engine = try TestData.engine(["evidence"])
        let path = try #require(AnswerPath(parsing: "request_reference"))
        let shown = AnswerSheet(text: TestData.english, engine: engine).display(.text("REF\u{1B}[2J\u{202E}1\nX"), field: try #require(engine.field(at: path)), path: path)
        #expect(shown == "REF\\u{1B}[2J\\u{202E}1 ⏎ X")
    }

    // MARK: - Editor

    @Test func editorOpensAPrivateTemporaryFileWithTheCurrentAnswerAndRemovesIt() throws {
        defer { session.remove() }
        try session.create(["evidence"], answers: TestData.assignments("case-01-answers.txt").prefix { !$0.hasPrefix("facts_summary=") }.map { $0 })
        var seen = ""
        let run = try session.run([.line(":goto facts_summary"), .line(":editor"), .end], environment: ["EDITOR": "true", "TMPDIR": session.folder.path]) { text in
            seen = text
            return "The facts as written in the editor.\n"
        }
        #expect(seen == "")
        let edited = try #require(run.terminal.editedFiles.first)
        #expect(edited.mode == 0o600)
        #expect(!FileManager.default.fileExists(atPath: edited.path))
        #expect(!FileManager.default.fileExists(atPath: URL(fileURLWithPath: edited.path).deletingLastPathComponent().path))
        #expect(run.draft.answers.value(at: AnswerPath(parsing: "facts_summary")!) == .text("The facts as written in the editor."))
    }

    @Test func editorWithoutVisualOrEditorSaysHowToSetOne() throws {
        defer { session.remove() }
        try session.create(["evidence"], answers: TestData.assignments("case-01-answers.txt").prefix { !$0.hasPrefix("facts_summary=") }.map { $0 })
        let run = try session.run([.line(":goto facts_summary"), .line(":editor"), .end])
        #expect(run.terminal.transcript.contains("No editor is set. Set VISUAL or EDITOR (for example: export EDITOR=nano), or type the answer here.\n"))
        #expect(run.terminal.editedFiles.isEmpty)
    }
}
