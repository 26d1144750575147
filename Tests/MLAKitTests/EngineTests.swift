import Testing
@testable import MLAKit

@Suite struct EngineTests {
    let engine = TestData.evidenceEngine()

    // MARK: - Next question

    @Test func startsWithTheFirstCommonQuestion() {
        #expect(engine.firstOpenQuestion(in: [:])?.path.description == "request_reference")
    }

    @Test func resumesDraftAtFirstUnansweredQuestion() throws {
        var answers = try engine.answering("REF-1", at: AnswerPath("request_reference"), in: [:])
        answers = try engine.answering("2026-11-20", at: AnswerPath("request_date"), in: answers)
        #expect(engine.firstOpenQuestion(in: answers)?.path.description == "request_status")
    }

    @Test func skippedOptionalQuestionIsPassedOnResume() throws {
        let answers = try engine.answering("REF-1", at: AnswerPath("request_reference"), in: [:])
        let next = engine.firstOpenQuestion(in: answers, skipped: ["request_date", "request_status"])
        #expect(next?.path.description == "previous_requests")
        #expect(next?.kind == .addItem)
    }

    @Test func answeringAnEarlierQuestionAgainKeepsLaterAnswers() throws {
        var answers = try engine.answering("REF-1", at: AnswerPath("request_reference"), in: [:])
        answers = try engine.answering("2026-11-20", at: AnswerPath("request_date"), in: answers)
        answers = try engine.answering("REF-2", at: AnswerPath("request_reference"), in: answers)
        #expect(answers[FieldID("request_date")] == .text("2026-11-20"))
        #expect(answers[FieldID("request_reference")] == .text("REF-2"))
    }

    // MARK: - Conditions

    @Test func setsAsideAnswersWhoseConditionStopsHolding() throws {
        var answers = try engine.answering("yes", at: AnswerPath("conducting_authority_differs"), in: [:])
        answers = try engine.answering("Judge of instruction no. 3", at: AnswerPath(parsing: "conducting_authority.name")!, in: answers)
        #expect(engine.questions(for: answers).contains { $0.path.description == "conducting_authority.name" })
        answers = try engine.answering("no", at: AnswerPath("conducting_authority_differs"), in: answers)
        #expect(!engine.questions(for: answers).contains { $0.path.description == "conducting_authority.name" })
        #expect(answers.value(at: AnswerPath(parsing: "conducting_authority.name")!) == .text("Judge of instruction no. 3"))
        #expect(engine.relevantAnswers(answers)[FieldID("conducting_authority")] == nil)
    }

    @Test func measureSectionsAreAskedOnlyWhenTheMeasureIsChosen() throws {
        let answers = try engine.answering("search_seizure", at: AnswerPath("assistance_types"), in: [:])
        let paths = engine.questions(for: answers).map(\.path.description)
        #expect(paths.contains("ev_search_grounds"))
        #expect(!paths.contains("ev_records_period"))
    }

    @Test func conditionInsideAListItemReadsThatItem() throws {
        var answers = try engine.answering("natural_person", at: AnswerPath(parsing: "persons[1].kind")!, in: [:])
        answers = try engine.answering("legal_person", at: AnswerPath(parsing: "persons[2].kind")!, in: answers)
        let paths = Set(engine.questions(for: answers).map(\.path.description))
        #expect(paths.contains("persons[1].person.family_name"))
        #expect(!paths.contains("persons[1].organisation.name"))
        #expect(paths.contains("persons[2].organisation.name"))
        #expect(!paths.contains("persons[2].person.family_name"))
    }

    @Test func offeredChoicesFollowTheRequestsTypes() throws {
        let field = try #require(engine.questionnaire.field(FieldID("assistance_types"))?.field)
        let codes = engine.offeredChoices(for: field).map(\.code)
        #expect(codes.contains("take_statement"))
        #expect(!codes.contains("asset_recovery"))
        #expect(throws: AnswerError.unknownChoice("asset_recovery", offered: codes)) {
            try engine.value(from: "asset_recovery", for: field)
        }
    }

    @Test func choicesAreTakenByNumberOrCode() throws {
        let field = try #require(engine.questionnaire.field(FieldID("urgency"))?.field)
        #expect(try engine.value(from: "2", for: field) == .text("urgent"))
        #expect(try engine.value(from: "very_urgent", for: field) == .text("very_urgent"))
    }

    @Test func multichoiceKeepsQuestionnaireOrderAndDropsRepeats() throws {
        let field = try #require(engine.questionnaire.field(FieldID("assistance_types"))?.field)
        #expect(try engine.value(from: "search_seizure, take_statement,take_statement", for: field) == .codes(["take_statement", "search_seizure"]))
    }

    @Test func notKnownIsRefusedWhereTheFieldDoesNotAcceptIt() {
        #expect(throws: AnswerError.notKnownRefused("facts_summary")) {
            try engine.answeringNotKnown(at: AnswerPath("facts_summary"), in: [:])
        }
    }

    // MARK: - Lists

    @Test func setPastTheEndOfAListAppendsAndFurtherIsRefused() throws {
        var answers = try engine.answering("Fraud", at: AnswerPath(parsing: "offences[1].name")!, in: [:])
        answers = try engine.answering("Money laundering", at: AnswerPath(parsing: "offences[2].name")!, in: answers)
        #expect(throws: AnswerError.path(.noSuchItem(path: "offences[4].name", count: 2))) {
            try engine.answering("Bribery", at: AnswerPath(parsing: "offences[4].name")!, in: answers)
        }
        let removed = try engine.removingItem(at: AnswerPath(parsing: "offences[1]")!, in: answers)
        #expect(removed.value(at: AnswerPath(parsing: "offences[1].name")!) == .text("Money laundering"))
    }
}
