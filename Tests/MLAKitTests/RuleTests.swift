import Testing
@testable import MLAKit

/// Checks across fields, identifiers checked by their kind, and dates counted from other answers,
/// on a small questionnaire written for the purpose.
@Suite struct RuleTests {
    static let common = """
    {"format": "mla-questionnaire", "version": 1, "type": "common", "sections": [
      {"id": "request", "fields": [
        {"id": "request_date", "type": "date", "requirement": "must", "legal_basis": ["UNTOC 18(14)"]},
        {"id": "legal_basis", "type": "multichoice", "requirement": "must", "legal_basis": ["UNTOC 18(6)"],
         "choices": [{"code": "untoc"}, {"code": "uncac"}]}
      ]}
    ]}
    """
    static let sample = """
    {"format": "mla-questionnaire", "version": 1, "type": "sample", "sections": [
      {"id": "sample", "fields": [
        {"id": "order_final", "type": "boolean", "requirement": "should", "legal_basis": ["UNCAC 55(3)(b)"]},
        {"id": "confirmed_at", "type": "datetime", "requirement": "should", "legal_basis": ["Budapest 29(7)"]},
        {"id": "expiry", "type": "date", "requirement": "should", "legal_basis": ["Budapest 29(7)"],
         "default_days_after": {"field": "confirmed_at", "days": 60},
         "at_least_days_after": {"field": "confirmed_at", "days": 60},
         "deadline": {"warn_within_days": 14}},
        {"id": "slot", "type": "datetime", "requirement": "may", "not_before": "today"},
        {"id": "identifiers", "type": "list", "requirement": "must", "legal_basis": ["Budapest 29(2)(c)"], "fields": [
          {"id": "kind", "type": "choice", "requirement": "must", "choices": [{"code": "ip"}, {"code": "imei"}, {"code": "username"}]},
          {"id": "value", "type": "text", "requirement": "must",
           "format_by": {"field": "kind", "formats": {"ip": "ip", "imei": "imei"}}},
          {"id": "port", "type": "port", "not_known": true,
           "requirement": {"must_if": {"ipv4_without_port": "identifiers.value"}, "otherwise": "may"}}
        ]}
      ]}
    ],
    "checks": [
      {"id": "not_final_uncac", "rule": "AR2", "level": "must", "field": "order_final", "legal_basis": ["UNCAC 55(3)(b)"],
       "when": {"all": [{"in": {"field": "order_final", "values": ["no"]}}, {"in": {"field": "legal_basis", "values": ["uncac"]}}]}},
      {"id": "not_final", "rule": "AR2", "level": "should", "field": "order_final", "legal_basis": ["UNTOC 13(3)(b)"],
       "when": {"all": [{"in": {"field": "order_final", "values": ["no"]}}, {"not": {"in": {"field": "legal_basis", "values": ["uncac"]}}}]}},
      {"id": "port_unknown", "level": "should", "field": "identifiers.port", "legal_basis": ["Europol CGN material"],
       "when": {"not_known": "identifiers.port"}},
      {"id": "reminder", "level": "note", "field": "request_date", "when": {"answered": "request_date"}}
    ]}
    """

    let engine: Engine

    init() throws {
        let source = DataSource(files: ["Templates/questionnaires/common.json": Self.common,
                                        "Templates/questionnaires/sample.json": Self.sample])
        let library = try QuestionnaireLibrary(source: source)
        engine = Engine(questionnaire: try library.questionnaire(for: [TypeID("sample")]))
    }

    private func set(_ pairs: [(String, String)], on answers: Answers = [:]) throws -> Answers {
        var answers = answers
        for (path, value) in pairs {
            let path = try #require(AnswerPath(parsing: path))
            answers = value == ":unknown" ? try engine.answeringNotKnown(at: path, in: answers) : try engine.answering(value, at: path, in: answers)
        }
        return answers
    }

    @Test func aCheckBlocksOrWarnsAccordingToTheConditionThatHolds() throws {
        let notFinal = try set([("order_final", "no"), ("legal_basis", "uncac")])
        let blocking = engine.check(notFinal, today: "2026-11-24")
        #expect(blocking.invalid.map(\.path.description) == ["order_final"])
        guard case .rule(let check) = blocking.invalid.first?.problem else { Issue.record("no rule finding"); return }
        #expect(check.id == "not_final_uncac" && check.rule == "AR2")
        #expect(!blocking.warnings.contains { $0.problem != .missing })

        let untoc = try set([("legal_basis", "untoc")], on: notFinal)
        let warned = engine.check(untoc, today: "2026-11-24")
        #expect(warned.invalid.isEmpty)
        #expect(warned.warnings.contains { if case .rule(let check) = $0.problem { check.id == "not_final" } else { false } })

        let final = try set([("order_final", "yes")], on: notFinal)
        #expect(engine.check(final, today: "2026-11-24").invalid.isEmpty)
    }

    @Test func aNoteInformsWithoutBlocking() throws {
        let report = engine.check(try set([("request_date", "2026-11-20")]), today: "2026-11-24")
        #expect(report.notes.map(\.path.description) == ["request_date"])
    }

    @Test func aCheckInsideAListIsEvaluatedItemByItem() throws {
        let answers = try set([
            ("identifiers[1].kind", "ip"), ("identifiers[1].value", "203.0.113.7:50123"),
            ("identifiers[2].kind", "ip"), ("identifiers[2].value", "203.0.113.8"), ("identifiers[2].port", ":unknown"),
        ])
        let report = engine.check(answers, today: "2026-11-24")
        let portWarnings = report.warnings.filter { if case .rule = $0.problem { true } else { false } }
        #expect(portWarnings.map(\.path.description) == ["identifiers[2].port"])
    }

    @Test func anIPv4AddressWithoutPortNeedsThePort() throws {
        let without = try set([("identifiers[1].kind", "ip"), ("identifiers[1].value", "192.0.2.44")])
        #expect(engine.check(without, today: "2026-11-24").missing.map(\.path.description).contains("identifiers[1].port"))
        let with = try set([("identifiers[1].value", "192.0.2.44:443")], on: without)
        #expect(!engine.check(with, today: "2026-11-24").missing.map(\.path.description).contains("identifiers[1].port"))
        let ipv6 = try set([("identifiers[1].value", "2001:db8::1")], on: without)
        #expect(!engine.check(ipv6, today: "2026-11-24").missing.map(\.path.description).contains("identifiers[1].port"))
    }

    @Test func anIdentifierIsCheckedAsItsKindAsks() throws {
        let ip = try set([("identifiers[1].kind", "ip")])
        #expect(throws: AnswerError.invalid(.ipOctetOutOfRange("198.51.100.300"))) {
            try engine.answering("198.51.100.300", at: AnswerPath(parsing: "identifiers[1].value")!, in: ip)
        }
        let imei = try set([("identifiers[1].kind", "imei")])
        #expect(throws: AnswerError.invalid(.imeiChecksum("490154203237517"))) {
            try engine.answering("490154203237517", at: AnswerPath(parsing: "identifiers[1].value")!, in: imei)
        }
        let stored = try set([("identifiers[1].value", "49-015420-323751-8")], on: imei)
        #expect(stored.value(at: AnswerPath(parsing: "identifiers[1].value")!) == .text("490154203237518"))
        let username = try set([("identifiers[1].kind", "username"), ("identifiers[1].value", "night owl 77")])
        #expect(username.value(at: AnswerPath(parsing: "identifiers[1].value")!) == .text("night owl 77"))
    }

    @Test func anIdentifierWhoseKindChangesAfterwardsIsRechecked() throws {
        let answers = try set([("identifiers[1].kind", "username"), ("identifiers[1].value", "198.51.100.7:8080x"),
                               ("identifiers[1].kind", "ip")])
        #expect(engine.check(answers, today: "2026-11-24").invalid.map(\.problem) == [.wrongForm(.notAPort("8080x"), format: .ip)])
    }

    @Test func addressesNoProviderCanResolveAreWarnedAbout() throws {
        let answers = try set([("identifiers[1].kind", "ip"), ("identifiers[1].value", "10.1.2.3:443"),
                               ("identifiers[2].kind", "ip"), ("identifiers[2].value", "100.64.0.9:50000"),
                               ("identifiers[3].kind", "ip"), ("identifiers[3].value", "[2001:db8::5]:443"),
                               ("identifiers[4].kind", "ip"), ("identifiers[4].value", "8.8.8.8:53")])
        let ranges = engine.check(answers, today: "2026-11-24").warnings.compactMap { finding -> String? in
            if case .reservedAddress(_, let range) = finding.problem { return "\(finding.path) \(range)" }
            return nil
        }
        #expect(ranges == ["identifiers[1].value private", "identifiers[2].value shared_cgn", "identifiers[3].value documentation"])
    }

    @Test func anExpiryIsCountedFromTheConfirmationAndListedAsADeadline() throws {
        let answers = try set([("confirmed_at", "2026-11-11T09:30:00+09:00")])
        let report = engine.check(answers, today: "2026-11-24")
        #expect(report.deadlines.map(\.date) == ["2027-01-10"])
        #expect(report.deadlines.first?.derivedFrom?.description == "confirmed_at")
        #expect(!report.warnings.contains { $0.path.description == "expiry" })
        #expect(engine.completingDerivedDates(answers).value(at: AnswerPath("expiry")) == .text("2027-01-10"))

        let nearing = engine.check(answers, today: "2026-12-30")
        #expect(nearing.warnings.contains { $0.problem == .deadlineNear(date: "2027-01-10", daysLeft: 11) })
    }

    @Test func anExpiryGivenTooEarlyIsInconsistent() throws {
        let answers = try set([("confirmed_at", "2026-11-11T09:30:00+09:00"), ("expiry", "2026-12-31")])
        let report = engine.check(answers, today: "2026-11-24")
        #expect(report.invalid.map(\.problem) == [.tooSoonAfter(value: "2026-12-31", other: AnswerPath("confirmed_at"),
                                                                otherValue: "2026-11-11T09:30:00+09:00", days: 60)])
        #expect(report.deadlines.map(\.date) == ["2026-12-31"])
        #expect(report.deadlines.first?.derivedFrom == nil)
    }

    @Test func aSlotInThePastIsInconsistent() throws {
        let answers = try set([("slot", "2026-11-23T10:00:00Z")])
        #expect(engine.check(answers, today: "2026-11-24").invalid.map(\.problem) == [.inPast(date: "2026-11-23T10:00:00Z", today: "2026-11-24")])
    }

    @Test func checksAreValidatedWhenLoaded() {
        let broken = """
        {"format": "mla-questionnaire", "version": 1, "type": "sample", "sections": [
          {"id": "s", "fields": [{"id": "a", "type": "boolean", "requirement": "may"}]}
        ], "checks": [
          {"id": "one", "level": "must", "field": "a", "when": {"answered": "a"}},
          {"id": "two", "level": "sometimes", "field": "a", "when": {"answered": "a"}, "legal_basis": ["x"]},
          {"id": "three", "level": "note", "field": "nowhere", "when": {"answered": "elsewhere"}},
          {"id": "three", "level": "note", "field": "a"}
        ]}
        """
        let source = DataSource(files: ["Templates/questionnaires/common.json": Self.common,
                                        "Templates/questionnaires/sample.json": broken])
        #expect(throws: DefinitionError(problems: [
            DefinitionProblem(file: "sample.json", place: "checks[0].legal_basis", issue: .missingKey("legal_basis")),
            DefinitionProblem(file: "sample.json", place: "checks[1].level", issue: .unknownLevel("sometimes")),
            DefinitionProblem(file: "sample.json", place: "checks[3].when", issue: .missingKey("when")),
            DefinitionProblem(file: "sample.json", place: "checks[2].when", issue: .unknownReference("elsewhere")),
            DefinitionProblem(file: "sample.json", place: "checks[2].field", issue: .unknownReference("nowhere")),
        ])) {
            try QuestionnaireLibrary(source: source)
        }
    }
}
