import Foundation
import Testing
@testable import MLAKit

/// The five assistance types, alone and combined, through the built `mla`.
@Suite struct AssistanceTypeTests {
    @Test func typesAreListedInOrderWithAOneLineDescription() throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Run(["types"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) }
                == ["evidence", "asset-recovery", "data-preservation", "videoconference", "transfer-of-proceedings"])
        #expect(run.stdout.contains("asset-recovery           Asset recovery                    Tracing, freezing, confiscating and returning proceeds of crime and other property.\n"))
    }

    @Test(arguments: [
        ("asset-recovery", ["  ar_measure  Measures requested\n      required · UNTOC 13(1)–(2); UNCAC 55(1)–(2)\n"]),
        ("data-preservation", ["  de_measure  Measures requested\n      required · Budapest 29–34\n",
                               "  de_identifiers  Identifiers\n      required · Budapest 29(2)(c); Europol CGN material\n",
                               "  de_link_to_offence  Link between the data and the offence\n      required · Budapest 29(2)(c); UNTOC 18(15)(f)\n"]),
        ("videoconference", ["  vc_capacity  Capacity\n      required · UNTOC 18(18); EIO art. 24(1)\n",
                             "  vc_rights_notice  Rights to be explained\n      required · EU 2000 art. 10(5)(e); ETS 182 art. 9(5)(e); EIO art. 24(3)(b)\n"]),
        ("transfer-of-proceedings", ["  tp_grounds  Grounds for the transfer\n      required · ETS 73 art. 8(1)(a)–(h); ETS 73 art. 11(a) · rule TP4\n",
                                     "  tp_dual_criminality  "]),
    ])
    func aNewDraftListsTheMustItemsOfItsType(type: String, expected: [String]) throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", type, "-o", "d.mla.json"], in: folder)
        let check = try Run(["check", "d.mla.json"], in: folder)
        #expect(check.status == 1)
        for text in expected {
            #expect(check.stdout.contains(text), "\(type): \(text)")
        }
    }

    @Test(arguments: [SampleRequest.all[1], SampleRequest.all[4]])
    func combinedRequestsCheckAndRenderAsOneDocument(_ sample: SampleRequest) throws {
        let folder = TestData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new"] + sample.types + ["-o", "d.mla.json"], in: folder)
        let set = try Run(["set", "d.mla.json"] + TestData.assignments(sample.fixture), in: folder)
        #expect(set.status == 0, "\(set.stderr)")
        let check = try Run(["check", "d.mla.json"], in: folder)
        #expect(check.status == 0, "\(check.stdout)")
        let text = try Run(["render", "d.mla.json"], in: folder)
        #expect(text.status == 0)
        #expect(text.stdout == (try String(contentsOf: TestData.golden.appending(path: sample.golden + ".txt"), encoding: .utf8)))
        let html = try Run(["render", "d.mla.json", "--format", "html"], in: folder)
        #expect(html.status == 0)
        #expect(html.stdout.components(separatedBy: "<h1>").count == 2, "one document, one title")
    }

    @Test func anUndertakingRefusedOrAnOrderNotFinalBlocksTheRequest() throws {
        let preservation = try TestData.engine(["data-preservation"])
        var answers = try TestData.answers(preservation, fixture: "case-02-preservation-answers.txt")
        answers = try preservation.answering("no", at: AnswerPath("de_mla_undertaking"), in: answers)
        #expect(preservation.check(answers, today: "2026-11-24").invalid.map(\.path.description) == ["de_mla_undertaking"])

        let recovery = try TestData.engine(["asset-recovery"])
        var enforce = try TestData.answers(recovery, fixture: "ar-enforce-answers.txt")
        enforce = try recovery.answering("no", at: AnswerPath(parsing: "ar_order_final.is_final")!, in: enforce)
        let blocked = recovery.check(enforce, today: "2026-11-24")
        #expect(blocked.invalid.map(\.path.description) == ["ar_order_final.is_final"])
        guard case .rule(let check)? = blocked.invalid.first?.problem else { Issue.record("no AR2 finding"); return }
        #expect(check.rule == "AR2" && check.legalBasis.map(\.text).contains("UNCAC 55(3)(b)"))
    }

    @Test func aSuspectHeardByVideoOnTheUNConventionsAloneIsBlocked() throws {
        let engine = try TestData.engine(["videoconference"])
        var answers = try TestData.answers(engine, fixture: "case-03-vc-answers.txt")
        answers = try engine.answering("suspect", at: AnswerPath("vc_capacity"), in: answers)
        answers = try engine.answering("untoc", at: AnswerPath("legal_basis"), in: answers)
        let report = engine.check(answers, today: "2026-11-24")
        let rules = (report.invalid + report.warnings).compactMap { finding -> String? in
            if case .rule(let check) = finding.problem { return check.rule } else { return nil }
        }
        #expect(rules.filter { $0 == "VC1" }.count >= 2, "a block and a warning: \(rules)")
        #expect(report.missing.map(\.path.description).contains("vc_accused_basis"))
    }

    @Test func aLimitationPeriodEndingBeforeTheRequestBlocksTheTransfer() throws {
        let engine = try TestData.engine(["transfer-of-proceedings"])
        var answers = try TestData.answers(engine, fixture: "case-03-tp-answers.txt")
        answers = try engine.answering("2026-01-31", at: AnswerPath(parsing: "tp_limitation_expiry.expiry")!, in: answers)
        let report = engine.check(answers, today: "2026-11-24")
        #expect(report.invalid.map(\.path.description) == ["tp_limitation_expiry.expiry"])
        #expect(report.warnings.contains { if case .deadlineNear(_, let days) = $0.problem { days < 0 } else { false } })
    }
}
