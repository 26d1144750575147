import Testing
@testable import MLAKit

@Suite struct CheckTests {
    let engine = TestData.evidenceEngine()

    private func finding(_ path: String, in findings: [Finding]) -> Finding? {
        findings.first { $0.path.description == path }
    }

    @Test func newDraftIsMissingEveryMustItemWithItsProvision() throws {
        let report = engine.check([:], today: "2026-11-24")
        #expect(!report.isComplete)
        let facts = try #require(finding("facts_summary", in: report.missing))
        #expect(facts.field.legalBasis.map(\.text).contains("UNTOC 18(15)(c)"))
        let missing = Set(report.missing.map(\.path.description))
        for path in ["request_date", "requesting_state", "requested_state", "legal_basis", "assistance_types",
                     "assistance_description", "subject_matter", "facts_summary", "offences", "purpose_relevance"] {
            #expect(missing.contains(path), "\(path) should be reported missing")
        }
    }

    @Test func serviceOnlyRequestDoesNotNeedAFactsSummary() throws {
        let answers = try engine.answering("service_of_documents", at: AnswerPath("assistance_types"), in: [:])
        let report = engine.check(answers, today: "2026-11-24")
        #expect(finding("facts_summary", in: report.missing) == nil)
        #expect(finding("ev_service_documents", in: report.missing) != nil)
    }

    @Test func suspectToBeHeardRequiresACaution() throws {
        var answers = try engine.answering("take_statement", at: AnswerPath("assistance_types"), in: [:])
        answers = try engine.answering("witness", at: AnswerPath(parsing: "ev_witnesses[1].capacity")!, in: answers)
        #expect(finding("ev_caution_text", in: engine.check(answers, today: "2026-11-24").missing) == nil)
        answers = try engine.answering("suspect", at: AnswerPath(parsing: "ev_witnesses[1].capacity")!, in: answers)
        #expect(finding("ev_caution_text", in: engine.check(answers, today: "2026-11-24").missing) != nil)
    }

    @Test func coerciveMeasureRequiresDualCriminalityNote() throws {
        let plain = try engine.answering("take_statement", at: AnswerPath("assistance_types"), in: [:])
        #expect(finding("dual_criminality_note", in: engine.check(plain, today: "2026-11-24").warnings)?.level == .should)
        let coercive = try engine.answering("search_seizure", at: AnswerPath("assistance_types"), in: [:])
        #expect(finding("dual_criminality_note", in: engine.check(coercive, today: "2026-11-24").missing)?.field.rule == "C3")
    }

    @Test func urgencyOtherThanNormalRequiresReasons() throws {
        let urgent = try engine.answering("urgent", at: AnswerPath("urgency"), in: [:])
        #expect(finding("urgency_reasons", in: engine.check(urgent, today: "2026-11-24").missing) != nil)
        let normal = try engine.answering("normal", at: AnswerPath("urgency"), in: [:])
        #expect(finding("urgency_reasons", in: engine.check(normal, today: "2026-11-24").missing) == nil)
    }

    @Test func requestDateInTheFutureIsInconsistent() throws {
        let answers = try engine.answering("2026-12-01", at: AnswerPath("request_date"), in: [:])
        let invalid = try #require(finding("request_date", in: engine.check(answers, today: "2026-11-24").invalid))
        #expect(invalid.problem == .inFuture(date: "2026-12-01", today: "2026-11-24"))
    }

    @Test func notKnownSatisfiesAPersonAttribute() throws {
        var answers = try engine.answering("natural_person", at: AnswerPath(parsing: "persons[1].kind")!, in: [:])
        answers = try engine.answeringNotKnown(at: AnswerPath(parsing: "persons[1].person.family_name")!, in: answers)
        #expect(finding("persons[1].person.family_name", in: engine.check(answers, today: "2026-11-24").missing) == nil)
        #expect(finding("persons[1].person.given_names", in: engine.check(answers, today: "2026-11-24").missing) != nil)
    }

    @Test func acknowledgedWarningKeepsItsReason() {
        let reason = Acknowledgement(reason: "Reference assigned on transmission", date: "2026-11-24T10:00:00Z")
        let report = engine.check([:], acknowledgements: ["request_reference": reason], today: "2026-11-24")
        #expect(finding("request_reference", in: report.warnings)?.acknowledgement == reason)
    }

    @Test func sampleCase01IsComplete() throws {
        let report = engine.check(try TestData.case01Answers(engine), today: "2026-11-24")
        #expect(report.missing.map(\.path.description) == [])
        #expect(report.invalid.map(\.path.description) == [])
        #expect(report.warnings.map(\.path.description) == ["requested_central_authority.address", "ev_bank_accounts"])
    }
}
