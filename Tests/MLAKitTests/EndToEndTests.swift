import Foundation
import Testing
@testable import MLAKit

/// The built `mla` binary, run with piped input: stdout, stderr, exit codes and the saved draft.
@Suite struct EndToEndTests {
    let folder = TestData.temporaryFolder()

    @discardableResult
    private func newDraft(_ name: String = "d.mla.json", input: String = "") throws -> Run {
        try Run(["new", "evidence", "-o", name], input: input, in: folder)
    }

    @discardableResult
    private func fillCase01(_ name: String = "d.mla.json") throws -> Run {
        try Run(["set", name] + TestData.assignments("case-01-answers.txt"), in: folder)
    }

    private func draftText(_ name: String = "d.mla.json") throws -> String {
        try String(contentsOf: folder.appending(path: name), encoding: .utf8)
    }

    // MARK: - Drafting

    @Test func newDraftIsCreatedOwnerOnlyAndCheckNamesMissingItemsWithProvisions() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try newDraft().status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appending(path: "d.mla.json").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let check = try Run(["check", "d.mla.json"], in: folder)
        #expect(check.status == 1)
        #expect(check.stdout.contains("  facts_summary  Summary of the facts\n      required · UNTOC 18(15)(c); ETS 30 art. 14(2) · rule C2\n"))
        #expect(check.stdout.contains("  requesting_state  Requesting State\n      required · UNTOC 18(15)(a)\n"))
        #expect(check.stdout.hasSuffix("The request cannot be rendered as final until they are fixed.\n"))
    }

    @Test func checkAsJSONListsMissingItemsWithLegalBasis() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let check = try Run(["check", "d.mla.json", "--json"], in: folder)
        #expect(check.status == 1)
        let report = try JSONDecoder().decode(JSONValue.self, from: Data(check.stdout.utf8))
        guard case .object(let object) = report, case .array(let missing)? = object["missing"] else {
            Issue.record("not a report: \(check.stdout)")
            return
        }
        #expect(object["complete"] == .bool(false))
        let facts = missing.first { $0.objectValue?["path"] == .string("facts_summary") }?.objectValue
        #expect(facts?["requirement"] == .string("must-if"))
        #expect(facts?["legal_basis"] == .array([.string("UNTOC 18(15)(c)"), .string("ETS 30 art. 14(2)")]))
        #expect(facts?["message"]?.stringValue?.isEmpty == false)
    }

    @Test func pipedAnswersAreSavedAndEndOfInputSaysWhatIsMissing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try newDraft(input: "MLA-FX-01\n2026-11-20\n1\nno\n")
        #expect(run.status == 0)
        #expect(run.stderr.contains("End of input: draft saved to d.mla.json.\nStill missing ("))
        #expect(run.stderr.contains("  - facts_summary  Summary of the facts\n"))
        let draft = try draftText()
        #expect(draft.contains("\"request_reference\" : \"MLA-FX-01\""))
        #expect(draft.contains("\"request_date\" : \"2026-11-20\""))
        #expect(draft.contains("\"request_status\" : \"new\""))
    }

    @Test func invalidPipedAnswerIsRefusedAndAskedAgain() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try newDraft(input: "REF\n20/11/2026\n2026-11-20\n")
        #expect(run.stderr.contains("request_date: "))
        #expect(run.stderr.contains("Expected: "))
        #expect(try draftText().contains("\"request_date\" : \"2026-11-20\""))
    }

    @Test func resumeContinuesAtTheFirstOpenQuestion() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft(input: "REF-1\n")
        _ = try Run(["resume", "d.mla.json"], input: "2026-11-20\n", in: folder)
        let draft = try draftText()
        #expect(draft.contains("\"request_reference\" : \"REF-1\""))
        #expect(draft.contains("\"request_date\" : \"2026-11-20\""))
    }

    // MARK: - set and unset

    @Test func filledDraftChecksCleanAndRendersAsTextAndHTML() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        #expect(try fillCase01().status == 0)
        #expect(try Run(["check", "d.mla.json"], in: folder).status == 0)
        let text = try Run(["render", "d.mla.json", "--format", "text"], in: folder)
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("           REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS\n"))
        let html = try Run(["render", "d.mla.json", "--format", "html", "-o", "out.html"], in: folder)
        #expect(html.status == 0)
        let page = try String(contentsOf: folder.appending(path: "out.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"))
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appending(path: "out.html").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func scriptInAnAnswerIsEscapedInHTML() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        try fillCase01()
        #expect(try Run(["set", "d.mla.json", "subject_matter=<script>alert(1)</script>"], in: folder).status == 0)
        let html = try Run(["render", "d.mla.json", "--format", "html"], in: folder)
        #expect(html.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.stdout.contains("<script>"))
    }

    @Test func invalidValueExits65AndLeavesTheDraftUnchanged() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let before = try draftText()
        let run = try Run(["set", "d.mla.json", "request_reference=R-1", "request_date=24.11.2026"], in: folder)
        #expect(run.status == 65)
        #expect(run.stderr.hasPrefix("mla: request_date: "))
        #expect(try draftText() == before)
    }

    @Test func unknownFieldExits64() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let run = try Run(["set", "d.mla.json", "suspect_name=X"], in: folder)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("mla: \"suspect_name\" is not a field of this draft."))
    }

    @Test func unsetRemovesAListItem() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        _ = try Run(["set", "d.mla.json", "offences[1].name=Fraud", "offences[2].name=Laundering"], in: folder)
        #expect(try Run(["unset", "d.mla.json", "offences[1]"], in: folder).status == 0)
        let draft = try draftText()
        #expect(!draft.contains("Fraud"))
        #expect(draft.contains("Laundering"))
    }

    // MARK: - Refusals

    @Test func renderRefusesAnIncompleteDraftUnlessAllowed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let refused = try Run(["render", "d.mla.json"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("cannot be rendered as final"))
        #expect(refused.stdout.isEmpty)
        let allowed = try Run(["render", "d.mla.json", "--allow-incomplete"], in: folder)
        #expect(allowed.status == 0)
        #expect(allowed.stdout.contains("*** INCOMPLETE DRAFT — NOT FOR TRANSMISSION ***"))
    }

    @Test func truncatedDraftExits65AndIsNotOverwritten() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        try fillCase01()
        let url = folder.appending(path: "d.mla.json")
        let truncated = try Data(contentsOf: url).prefix(300)
        try truncated.write(to: url)
        for command in [["check", "d.mla.json"], ["set", "d.mla.json", "request_reference=X"], ["resume", "d.mla.json"]] {
            let run = try Run(command, input: "X\n", in: folder)
            #expect(run.status == 65)
            #expect(run.stderr.hasPrefix("mla: The draft d.mla.json cannot be read: it is not valid JSON (line "))
            #expect(run.stderr.contains("The file has been left unchanged."))
        }
        #expect(try Data(contentsOf: url) == truncated)
    }

    @Test func missingDraftExits66() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["check", "nowhere.mla.json"], in: folder)
        #expect(run.status == 66)
        #expect(run.stderr == "mla: Cannot read nowhere.mla.json: no such file or folder.\n")
    }

    @Test func newRefusesToOverwriteAnExistingDraft() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let run = try newDraft()
        #expect(run.status == 73)
        #expect(run.stderr.contains("d.mla.json already exists."))
    }

    @Test func unknownCommandExits64WithAHint() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["draft"], in: folder)
        #expect(run.status == 64)
        #expect(run.stderr == "mla: There is no command \"draft\".\nSee mla help for the commands and their options.\n")
    }

    @Test func fieldsAsJSONDescribeEachField() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["fields", "evidence", "--json"], in: folder)
        #expect(run.status == 0)
        let fields = try JSONDecoder().decode(JSONValue.self, from: Data(run.stdout.utf8)).arrayValue ?? []
        let witnesses = fields.first { $0.objectValue?["id"] == .string("ev_witnesses") }?.objectValue
        #expect(witnesses?["type"] == .string("list"))
        #expect(witnesses?["section"] == .string("ev_statements"))
        #expect(witnesses?["fields"]?.arrayValue?.isEmpty == false)
        let name = fields.first { $0.objectValue?["id"] == .string("requesting_authority.name") }?.objectValue
        #expect(name?["type"] == .string("text"))
        #expect(name?["requirement"] == .string("must"))
    }
}
