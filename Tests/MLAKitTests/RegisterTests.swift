import Foundation
import Testing
@testable import MLAKit

/// The case register: statuses and their order, incoming records, the register of a folder
/// (`mla list`, `mla deadlines`, `--csv`) and requests started from earlier ones.
@Suite struct RegisterTests {
    let presenter = Presenter(localizer: TestData.english)

    // MARK: - Status transitions

    static let outgoing: [(RequestStatus, [RequestStatus])] = [
        (.drafting, [.ready, .sent, .withdrawn]),
        (.ready, [.drafting, .sent, .withdrawn]),
        (.sent, [.acknowledged, .moreInformationRequested, .partlyExecuted, .executed, .refused, .withdrawn]),
        (.acknowledged, [.moreInformationRequested, .partlyExecuted, .executed, .refused, .withdrawn]),
        (.moreInformationRequested, [.sent, .moreInformationRequested, .partlyExecuted, .executed, .refused, .withdrawn]),
        (.partlyExecuted, [.moreInformationRequested, .partlyExecuted, .executed, .refused, .withdrawn]),
        (.executed, []), (.refused, []), (.withdrawn, []),
    ]

    @Test(arguments: Self.outgoing)
    func outgoingStatusIsFollowedOnlyByTheStatusesOfTheTable(from: RequestStatus, allowed: [RequestStatus]) {
        #expect(from.next(in: .outgoing) == allowed)
    }

    static let incoming: [(RequestStatus, [RequestStatus])] = [
        (.received, [.acknowledged, .moreInformationRequested, .partlyExecuted, .executed, .refused, .withdrawn]),
        (.moreInformationRequested, [.acknowledged, .moreInformationRequested, .partlyExecuted, .executed, .refused, .withdrawn]),
        (.drafting, []), (.sent, [.acknowledged, .moreInformationRequested, .partlyExecuted, .executed, .refused, .withdrawn]),
    ]

    @Test(arguments: Self.incoming)
    func incomingStatusIsFollowedOnlyByTheStatusesOfTheTable(from: RequestStatus, allowed: [RequestStatus]) {
        #expect(from.next(in: .incoming) == allowed)
    }

    @Test func incomingRequestsHaveNoDraftingStatuses() throws {
        #expect(RequestStatus.statuses(for: .incoming) == [.received, .acknowledged, .moreInformationRequested, .partlyExecuted, .executed, .refused, .withdrawn])
        #expect(throws: RegisterError.unknownStatus("sent", direction: .incoming)) {
            try StatusChange.status(named: "sent", direction: .incoming)
        }
        #expect(try StatusChange.status(named: "partly-executed", direction: .outgoing) == .partlyExecuted)
        #expect(presenter.describe(.register(.unknownStatus("sent", direction: .incoming))).message
            == "“sent” is not a status of a request received. Statuses: received, acknowledged, more_information_requested, partly_executed, executed, refused, withdrawn.")
    }

    private let sent = [StatusEntry(status: .drafting, date: "2026-11-09T08:00:00Z"), StatusEntry(status: .sent, date: "2026-11-10")]

    @Test func statusIsAddedWithItsDateAndTheReferencesOfBothSides() throws {
        let history = try StatusChange(status: .acknowledged, date: "2026-11-12", note: " by e-mail ", ourReference: "2026-K-0917", theirReference: "BKA-1")
            .applied(to: sent, direction: .outgoing, file: "d.mla.json", today: "2026-11-24")
        #expect(history.last == StatusEntry(status: .acknowledged, date: "2026-11-12", note: "by e-mail", ourReference: "2026-K-0917", theirReference: "BKA-1"))
        let today = try StatusChange(status: .executed).applied(to: history, direction: .outgoing, file: "d.mla.json", today: "2026-11-24")
        #expect(today.last == StatusEntry(status: .executed, date: "2026-11-24"))
    }

    @Test func statusThatCannotFollowIsRefusedWithWhatCan() throws {
        let executed = sent + [StatusEntry(status: .executed, date: "2026-11-20")]
        let final = RegisterError.transitionRefused(file: "d.mla.json", from: .executed, to: .drafting, allowed: [])
        #expect(throws: final) {
            try StatusChange(status: .drafting).applied(to: executed, direction: .outgoing, file: "d.mla.json", today: "2026-11-24")
        }
        #expect(presenter.describe(.register(final)) == ("d.mla.json is “executed”, which ends the request: it cannot become “drafting”. To follow it up, start a new request from it: mla new --from d.mla.json", .dataError))
        let early = RegisterError.transitionRefused(file: "d.mla.json", from: .drafting, to: .executed, allowed: [.ready, .sent, .withdrawn])
        #expect(throws: early) {
            try StatusChange(status: .executed).applied(to: [StatusEntry(status: .drafting, date: "2026-11-09T08:00:00Z")], direction: .outgoing, file: "d.mla.json", today: "2026-11-24")
        }
        #expect(presenter.describe(.register(early)).message == "d.mla.json is “drafting”: it cannot become “executed”. From “drafting” it can become: ready (ready), sent (sent), withdrawn (withdrawn).")
    }

    @Test func statusDateMustBeADayNotInTheFutureNorBeforeTheCurrentStatus() throws {
        #expect(throws: RegisterError.dateInFuture(option: "--date", date: "2026-11-25", today: "2026-11-24")) {
            try StatusChange(status: .acknowledged, date: "2026-11-25").applied(to: sent, direction: .outgoing, file: "d.mla.json", today: "2026-11-24")
        }
        #expect(throws: RegisterError.dateBeforeCurrent(date: "2026-11-09", current: .sent, currentDate: "2026-11-10")) {
            try StatusChange(status: .acknowledged, date: "2026-11-09").applied(to: sent, direction: .outgoing, file: "d.mla.json", today: "2026-11-24")
        }
        #expect(throws: RegisterError.invalidDate(option: "--date", .notADate("10/11/2026"))) {
            try StatusChange(status: .acknowledged, date: "10/11/2026").applied(to: sent, direction: .outgoing, file: "d.mla.json", today: "2026-11-24")
        }
        // A request may be recorded after the fact: the day the draft was created does not bound it.
        let created = [StatusEntry(status: .drafting, date: "2026-11-24T08:00:00Z")]
        #expect(try StatusChange(status: .sent, date: "2026-11-02").applied(to: created, direction: .outgoing, file: "d.mla.json", today: "2026-11-24").last?.day == "2026-11-02")
        #expect(presenter.describe(.register(.dateBeforeCurrent(date: "2026-11-09", current: .sent, currentDate: "2026-11-10"))).message
            == "The date 2026-11-09 is earlier than the current status “sent”, recorded on 2026-11-10: give a date on or after it.")
        #expect(presenter.describe(.register(.dateInFuture(option: "--date", date: "2026-11-25", today: "2026-11-24"))).message
            == "--date 2026-11-25 is later than today (2026-11-24): the register records what has already happened.")
    }

    @Test func caseDataAndDeadlineNamesAreCheckedWhenTheQuestionnaireLoads() {
        let broken = """
        {"format": "mla-questionnaire", "version": 1, "type": "common", "sections": [
          {"id": "s", "fields": [
            {"id": "a", "type": "text", "requirement": "may", "case_data": "yes"},
            {"id": "l", "type": "list", "requirement": "may", "fields": [
              {"id": "d", "type": "date", "requirement": "may", "deadline": {"named_by": "who", "ends_soon": true}}
            ]}
          ]}
        ]}
        """
        #expect(throws: DefinitionError(problems: [
            DefinitionProblem(file: "common.json", place: "sections[0].fields[0].case_data", issue: .wrongKind(expected: "true or false", found: "a string")),
            DefinitionProblem(file: "common.json", place: "sections[0].fields[1].fields[0].deadline.ends_soon", issue: .unexpectedKey("ends_soon")),
            DefinitionProblem(file: "common.json", place: "sections[0].fields[1].fields[0].deadline.named_by", issue: .unknownReference("who")),
        ])) {
            try QuestionnaireLibrary(source: DataSource(files: ["Templates/questionnaires/common.json": broken]))
        }
    }

    // MARK: - Incoming records

    @Test func incomingRecordIsCheckedAsTypedAndReadBackAsWritten() throws {
        let record = try IncomingRecord.typed(state: "fr", reference: " PNF-2026-118 ", received: "2026-11-18", measures: "bank_records, take_statement",
                                              deadline: "2026-12-15", note: nil, ourReference: "CA-IN-2026-77",
                                              measureCodes: TestData.library.measureCodes, today: "2026-11-24", now: "2026-11-24T09:00:00Z")
        #expect(record.requestingState == "FR")
        #expect(record.reference == "PNF-2026-118")
        #expect(record.measures == ["take_statement", "bank_records"])
        #expect(record.statusHistory == [StatusEntry(status: .received, date: "2026-11-18", ourReference: "CA-IN-2026-77", theirReference: "PNF-2026-118")])
        let codec = IncomingCodec(measureCodes: TestData.library.measureCodes)
        let data = codec.encode(record)
        #expect(String(decoding: data, as: UTF8.self) == """
            {
              "created_at" : "2026-11-24T09:00:00Z",
              "deadline" : "2026-12-15",
              "format" : "mla-incoming",
              "measures" : [
                "take_statement",
                "bank_records"
              ],
              "received" : "2026-11-18",
              "reference" : "PNF-2026-118",
              "requesting_state" : "FR",
              "schema_version" : 1,
              "status_history" : [
                {
                  "date" : "2026-11-18",
                  "our_reference" : "CA-IN-2026-77",
                  "status" : "received",
                  "their_reference" : "PNF-2026-118"
                }
              ],
              "updated_at" : "2026-11-24T09:00:00Z"
            }

            """)
        #expect(try codec.decode(data) == record)
    }

    @Test(arguments: [
        ("{\"format\": \"mla-draft\", \"schema_version\": 1}", DraftError.notAnIncomingRecord),
        ("{\"format\": \"mla-incoming\", \"schema_version\": 2}", DraftError.unsupportedVersion(2)),
        ("{\"format\": \"mla-incoming\", \"schema_version\": 1, \"requesting_state\": \"FR\", \"reference\": \"R\", \"received\": \"2026-11-18\", \"measures\": [\"spying\"]}",
         DraftError.unknownChoice(place: "measures[0]", code: "spying")),
        ("{\"format\": \"mla-incoming\", \"schema_version\": 1, \"requesting_state\": \"FR\", \"reference\": \"R\", \"received\": \"2026-11-18\", \"measures\": [], \"created_at\": \"x\", \"updated_at\": \"x\", \"status_history\": [{\"status\": \"lost\", \"date\": \"2026-11-18\"}]}",
         DraftError.unknownChoice(place: "status_history[0].status", code: "lost")),
    ])
    func incomingRecordThatCannotBeReadSaysWhere(json: String, error: DraftError) {
        #expect(throws: error) { try IncomingCodec(measureCodes: TestData.library.measureCodes).decode(Data(json.utf8)) }
    }

    @Test func incomingRecordRefusesUnknownMeasuresAndStates() {
        let codes = TestData.library.measureCodes
        #expect(throws: RegisterError.unknownMeasure("spying", known: codes)) {
            try IncomingRecord.typed(state: "FR", reference: "R", received: nil, measures: "spying", deadline: nil, note: nil, ourReference: nil,
                                     measureCodes: codes, today: "2026-11-24", now: "2026-11-24T09:00:00Z")
        }
        #expect(throws: RegisterError.invalidState("XX", .unknownCountry("XX"))) {
            try IncomingRecord.typed(state: "XX", reference: "R", received: nil, measures: nil, deadline: nil, note: nil, ourReference: nil,
                                     measureCodes: codes, today: "2026-11-24", now: "2026-11-24T09:00:00Z")
        }
    }

    // MARK: - The register of a folder

    /// A case folder on 2026-12-01: a preservation executed and its follow-up ready to send, a
    /// transfer of proceedings acknowledged, a videoconference being drafted, two incoming
    /// requests (one refused), and a file that is not a draft.
    private func sampleFolder() throws -> URL {
        let folder = TestData.temporaryFolder()
        let store = DraftStore(codec: DraftCodec(library: TestData.library))
        func draft(_ fixture: String, _ types: [String], extra: [String: String] = [:], history: [StatusEntry]) throws -> Draft {
            let engine = try TestData.engine(types)
            var draft = Draft(types: types.map(TypeID.init), documentLanguage: "en", interfaceLanguage: "en", now: history[0].date)
            draft.answers = try TestData.answers(engine, fixture: fixture)
            for (path, value) in extra.sorted(by: { $0.key < $1.key }) {
                draft.answers = try engine.answering(value, at: AnswerPath(parsing: path)!, in: draft.answers)
            }
            draft.statusHistory = history
            draft.updatedAt = history.last!.date
            return draft
        }
        var preservation = try draft("case-02-preservation-answers.txt", ["data-preservation"], extra: [
            "de_data_preserved": "yes", "de_preservation_confirmed_at": "2026-11-11T08:15:00Z", "de_preservation_ref": "BKA SO43-247-2026-1109",
        ], history: [StatusEntry(status: .drafting, date: "2026-11-09T22:10:00Z"),
                     StatusEntry(status: .sent, date: "2026-11-10", note: "through the 24/7 network", ourReference: "2026-K-0917"),
                     StatusEntry(status: .executed, date: "2026-11-11", theirReference: "BKA SO43-247-2026-1109")])
        preservation.links.followUps = [DraftLink(file: "case-02-formal.mla.json", linkedAt: "2026-11-12T09:00:00Z")]
        try store.save(preservation, to: folder.appending(path: "case-02-preservation.mla.json"))
        var formal = try draft("case-02-formal-answers.txt", ["data-preservation", "evidence"], extra: [
            "tracked_deadlines[1].what": "Report to the Chiba District Court", "tracked_deadlines[1].date": "2026-11-28",
        ], history: [StatusEntry(status: .drafting, date: "2026-11-12T09:00:00Z"), StatusEntry(status: .ready, date: "2026-11-20")])
        formal.links.from = DraftLink(file: "case-02-preservation.mla.json", linkedAt: "2026-11-12T09:00:00Z")
        try store.save(formal, to: folder.appending(path: "case-02-formal.mla.json"))
        try store.save(try draft("case-03-tp-answers.txt", ["transfer-of-proceedings"], extra: [
            "custody_time_limits[1].person": "Martín Ezequiel Olivera Brum", "custody_time_limits[1].until": "2026-12-04",
        ], history: [StatusEntry(status: .drafting, date: "2026-11-16T10:00:00Z"),
                     StatusEntry(status: .sent, date: "2026-11-20", ourReference: "RUC 2510047731-1"),
                     StatusEntry(status: .acknowledged, date: "2026-11-27", theirReference: "AC-UY 2026/1187")]),
                       to: folder.appending(path: "case-03-tp.mla.json"))
        try store.save(try draft("case-03-vc-answers.txt", ["videoconference"], history: [StatusEntry(status: .drafting, date: "2026-11-23T15:00:00Z")]),
                       to: folder.appending(path: "case-03-vc.mla.json"))
        var french = IncomingRecord(requestingState: "FR", reference: "PNF-2026-118", received: "2026-11-18", measures: ["take_statement", "bank_records"],
                                    deadline: "2026-12-15", note: nil, ourReference: nil, now: "2026-11-18T10:00:00Z")
        french.statusHistory.append(StatusEntry(status: .acknowledged, date: "2026-11-19", ourReference: "CA-IN-2026-77"))
        try store.saveIncoming(french, to: folder.appending(path: "fr-pnf-2026-118.incoming.json"))
        var moroccan = IncomingRecord(requestingState: "MA", reference: "BNPJ/2026/552", received: "2026-10-02", measures: ["search_seizure"],
                                      deadline: "2026-11-30", note: "by diplomatic channel", ourReference: nil, now: "2026-10-02T10:00:00Z")
        moroccan.statusHistory.append(StatusEntry(status: .refused, date: "2026-11-25", note: "dual criminality not met, \"fiscal\" offence"))
        try store.saveIncoming(moroccan, to: folder.appending(path: "ma-bnpj-2026-552.incoming.json"))
        try Data("{".utf8).write(to: folder.appending(path: "notes.mla.json"))
        return folder
    }

    private func sampleRegister() throws -> [RegisterEntry] {
        let folder = try sampleFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try Register(store: DraftStore(codec: DraftCodec(library: TestData.library))).read(folder: folder, today: "2026-12-01")
    }

    @Test func listShowsBothDirectionsWithStatusDaysDeadlineAndCompleteness() throws {
        try compare(RegisterWriter(text: TestData.english).table(try sampleRegister()), with: "register-list.en.txt")
    }

    @Test func listAsCSVQuotesAsRFC4180AndStartsWithAByteOrderMark() throws {
        let csv = RegisterWriter(text: TestData.english).csv(try sampleRegister())
        #expect(csv.hasPrefix("\u{FEFF}DIR,FILE,STATE,"))
        #expect(csv.hasSuffix("\r\n"))
        try compare(csv, with: "register-list.en.csv")
    }

    @Test func deadlinesAreSortedOverdueFirstThenSoonest() throws {
        let entries = try sampleRegister()
        try compare(RegisterWriter(text: TestData.english).deadlines(entries), with: "register-deadlines.en.txt")
        let dates = RegisterWriter.sorted(entries).map(\.1.date)
        #expect(dates == dates.sorted())
    }

    @Test func preservationStopsRunningOutOnceItsFollowUpIsSent() throws {
        let folder = try sampleFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = DraftStore(codec: DraftCodec(library: TestData.library))
        let register = Register(store: store)
        func preservationDeadlines() throws -> [String] {
            try register.read(folder: folder, today: "2026-12-01").filter { $0.file.hasPrefix("case-02") }.flatMap { entry in
                entry.deadlines.compactMap { deadline -> String? in
                    guard case .answer(let path, _, _) = deadline.subject, path.description == "de_preservation_expiry" else { return nil }
                    return "\(entry.file) \(deadline.date)"
                }
            }
        }
        #expect(try preservationDeadlines() == ["case-02-formal.mla.json 2027-01-10", "case-02-preservation.mla.json 2027-01-10"])
        let url = folder.appending(path: "case-02-formal.mla.json")
        var formal = try store.load(url)
        formal.statusHistory.append(StatusEntry(status: .sent, date: "2026-11-21"))
        try store.save(formal, to: url)
        #expect(try preservationDeadlines() == [])
    }

    @Test func checkStopsRemindingOfThePreservationsEndOnceItsFollowUpIsSent() throws {
        let folder = try sampleFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = DraftStore(codec: DraftCodec(library: TestData.library))
        let register = Register(store: store)
        let url = folder.appending(path: "case-02-preservation.mla.json")
        let preservation = try store.load(url)
        let report = try TestData.engine(["data-preservation"]).check(preservation.answers, today: "2027-01-01")
        let reminder = report.warnings.filter { $0.path.description == "de_preservation_expiry" }.map(\.problem)
        #expect(reminder == [.deadlineNear(date: "2027-01-10", daysLeft: 9)])
        #expect(register.followUpSent(for: preservation, at: url) == false)
        let formalURL = folder.appending(path: "case-02-formal.mla.json")
        var formal = try store.load(formalURL)
        formal.statusHistory.append(StatusEntry(status: .sent, date: "2026-11-21"))
        try store.save(formal, to: formalURL)
        #expect(register.followUpSent(for: preservation, at: url))
        #expect(register.followUpSent(for: formal, at: formalURL))
        #expect(report.sparingFollowUpReminders().warnings.filter { $0.path.description == "de_preservation_expiry" } == [])
        #expect(report.sparingFollowUpReminders().deadlines == report.deadlines)
    }

    @Test(arguments: [("plain", "plain"), ("a,b", "\"a,b\""), ("say \"no\"", "\"say \"\"no\"\"\""), ("two\nlines", "\"two\nlines\""),
                      ("=SUM(A1)", "'=SUM(A1)"), ("-3", "-3"), ("@home", "'@home"), ("+1 opinion", "'+1 opinion")])
    func csvCellIsQuotedOrDefusedAsASpreadsheetNeeds(value: String, cell: String) {
        #expect(CSV.cell(value) == cell)
    }

    private func compare(_ output: String, with name: String) throws {
        let url = TestData.golden.appending(path: name)
        if ProcessInfo.processInfo.environment["MLA_RECORD_GOLDEN"] != nil {
            try Data(output.utf8).write(to: url)
            Issue.record("Recorded \(name); run again without MLA_RECORD_GOLDEN to compare.")
            return
        }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(output == expected, "register output differs from Golden/\(name)")
    }
}
