import Foundation
import Testing
@testable import MLAKit

/// `mla status`, `mla incoming`, `mla list`, `mla deadlines` and `mla new --from`, run as a
/// user would run them on a case folder.
@Suite struct RegisterEndToEndTests {
    let folder = TestData.temporaryFolder()
    let store = DraftStore(codec: DraftCodec(library: TestData.library))

    /// Today in UTC, as `mla` counts it, and the days around it.
    private func day(_ offset: Int = 0) -> String {
        String(Date(timeIntervalSinceNow: Double(offset) * 86_400).formatted(.iso8601).prefix(10))
    }

    private func draft(_ name: String) throws -> Draft {
        try store.load(folder.appending(path: name))
    }

    // MARK: - mla status

    @Test func statusRecordsAllowedStatusesAndRefusesOthersLeavingTheDraftUnchanged() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        let before = try Data(contentsOf: folder.appending(path: "d.mla.json"))
        let executed = try Run(["status", "d.mla.json", "executed"], in: folder)
        #expect(executed.status == 65)
        #expect(executed.stderr == "mla: d.mla.json is “drafting”: it cannot become “executed”. From “drafting” it can become: ready (ready), sent (sent), withdrawn (withdrawn).\n")
        let sent = try Run(["status", "d.mla.json", "sent"], in: folder)
        #expect(sent.status == 1)
        #expect(sent.stderr.hasPrefix("mla: d.mla.json still lacks "))
        #expect(sent.stderr.hasSuffix(" required item(s), so it cannot be marked “sent”. mla check d.mla.json lists them; add --allow-incomplete to record the status anyway.\n"))
        let unknown = try Run(["status", "d.mla.json", "lost"], in: folder)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.hasPrefix("mla: “lost” is not a status of a request you send. Statuses: drafting, ready, sent, acknowledged, "))
        let future = try Run(["status", "d.mla.json", "withdrawn", "--date", day(1)], in: folder)
        #expect(future.status == 65)
        #expect(future.stderr == "mla: --date \(day(1)) is later than today (\(day())): the register records what has already happened.\n")
        #expect(try Data(contentsOf: folder.appending(path: "d.mla.json")) == before)

        let ready = try Run(["status", "d.mla.json", "sent", "--allow-incomplete", "--our-ref", "MLA-7", "--note", "by courier"], in: folder)
        #expect(ready.status == 0)
        #expect(ready.stderr == "d.mla.json: status “sent” recorded on \(day()).\n")
        try Run(["status", "d.mla.json", "executed", "--ref", "THEIRS-9"], in: folder)
        #expect(try draft("d.mla.json").statusHistory.dropFirst() == [
            StatusEntry(status: .sent, date: day(), note: "by courier", ourReference: "MLA-7"),
            StatusEntry(status: .executed, date: day(), theirReference: "THEIRS-9"),
        ])
        let reopened = try Run(["status", "d.mla.json", "drafting"], in: folder)
        #expect(reopened.status == 65)
        #expect(reopened.stderr == "mla: d.mla.json is “executed”, which ends the request: it cannot become “drafting”. To follow it up, start a new request from it: mla new --from d.mla.json\n")
        let history = try Run(["status", "d.mla.json"], in: folder)
        #expect(history.stdout == """
            d.mla.json: executed since \(day())

            DATE        STATUS    OUR REFERENCE  THEIR REFERENCE  NOTE
            \(day())  drafting
            \(day())  sent      MLA-7                           by courier
            \(day())  executed                 THEIRS-9

            This status ends the request. To follow it up, start a new request from it: mla new --from d.mla.json

            """)
    }

    // MARK: - mla incoming

    @Test func incomingRequestIsRecordedShownAndFollowed() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try Run(["incoming", "new", "fr.incoming.json", "--state", "fr", "--ref", "PNF-2026-118", "--received", day(-6),
                               "--measures", "bank_records,take_statement", "--deadline", day(21)], in: folder)
        #expect(created.status == 0)
        #expect(created.stderr == "Incoming request recorded in fr.incoming.json: from FR, reference PNF-2026-118, received on \(day(-6)).\n")
        let mode = try FileManager.default.attributesOfItem(atPath: folder.appending(path: "fr.incoming.json").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try Run(["status", "fr.incoming.json", "acknowledged", "--our-ref", "CA-IN-77", "--date", day(-5)], in: folder).status == 0)
        let show = try Run(["incoming", "show", "fr.incoming.json"], in: folder)
        #expect(show.stdout == """
            Incoming request from France (FR)
            Reference of the requesting State: PNF-2026-118
            Received on: \(day(-6))
            Assistance requested: Taking a statement or testimony; Bank records
            Execution requested by: \(day(21))

            fr.incoming.json: acknowledged since \(day(-5))

            DATE        STATUS        OUR REFERENCE  THEIR REFERENCE  NOTE
            \(day(-6))  received                     PNF-2026-118
            \(day(-5))  acknowledged  CA-IN-77

            Next possible status: more information requested (more_information_requested), partly executed (partly_executed), executed, refused, withdrawn. Record it with: mla status fr.incoming.json STATUS

            """)
        let sent = try Run(["status", "fr.incoming.json", "sent"], in: folder)
        #expect(sent.status == 64)
        let name = try Run(["incoming", "new", "fr.json", "--state", "FR", "--ref", "X"], in: folder)
        #expect(name.status == 64)
        #expect(name.stderr == "mla: fr.json: the name of an incoming request record must end in .incoming.json, so that mla list and mla deadlines find it.\n")
        #expect(try Run(["incoming", "new", "fr.incoming.json", "--state", "FR", "--ref", "X"], in: folder).status == 73)
        let noState = try Run(["incoming", "new", "x.incoming.json", "--ref", "X"], in: folder)
        #expect(noState.status == 64)
        let draftAsIncoming = try Run(["incoming", "show", "x.incoming.json"], in: folder)
        #expect(draftAsIncoming.status == 66)
    }

    // MARK: - mla list and mla deadlines

    /// Three incoming requests and a draft with a date of its own, around today.
    private func folderOfDeadlines() throws {
        for (file, state, reference, deadline) in [("a.incoming.json", "FR", "A-1", day(10)), ("b.incoming.json", "DE", "B-2", day(-2)),
                                                   ("c.incoming.json", "ES", "C-3", day())] {
            try Run(["incoming", "new", file, "--state", state, "--ref", reference, "--received", day(-5), "--measures", "search_seizure",
                     "--deadline", deadline], in: folder)
        }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        try Run(["set", "d.mla.json", "requested_state=PT", "tracked_deadlines[1].what=Hearing at home", "tracked_deadlines[1].date=\(day(3))"], in: folder)
    }

    @Test func deadlinesOfAFolderAreListedOverdueFirstThenSoonest() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try folderOfDeadlines()
        let run = try Run(["deadlines"], in: folder)
        #expect(run.status == 0)
        #expect(run.stdout == Table.write([
            ["DIR", "FILE", "STATE", "WHAT", "DATE", "DAYS LEFT"],
            ["in", "b.incoming.json", "DE", "Execution requested by the requesting State", day(-2), "2 overdue"],
            ["in", "c.incoming.json", "ES", "Execution requested by the requesting State", day(), "today"],
            ["out", "d.mla.json", "PT", "Deadline: Hearing at home", day(3), "3"],
            ["in", "a.incoming.json", "FR", "Execution requested by the requesting State", day(10), "10"],
        ]))
        // An executed request has nothing left to watch.
        try Run(["status", "b.incoming.json", "executed"], in: folder)
        #expect(try Run(["deadlines"], in: folder).stdout.contains("b.incoming.json") == false)
    }

    @Test func listShowsDraftsAndIncomingRequestsAndExportsThemAsCSV() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try folderOfDeadlines()
        let list = try Run(["list"], in: folder)
        #expect(list.stdout.hasPrefix("DIR  FILE             STATE  TYPES     LANG  STATUS    DAYS SINCE SENT  NEXT DEADLINE"))
        let csv = try Run(["list", "--csv"], in: folder)
        #expect(csv.status == 0)
        #expect(csv.stdout == "\u{FEFF}DIR,FILE,STATE,TYPES,LANG,STATUS,STATUS DATE,DAYS SINCE SENT,NEXT DEADLINE,DAYS LEFT,MISSING,OUR REFERENCE,THEIR REFERENCE\r\n"
            + "in,a.incoming.json,FR,evidence,,received,\(day(-5)),5,\(day(10)),10,,,A-1\r\n"
            + "in,b.incoming.json,DE,evidence,,received,\(day(-5)),5,\(day(-2)),-2,,,B-2\r\n"
            + "in,c.incoming.json,ES,evidence,,received,\(day(-5)),5,\(day()),0,,,C-3\r\n"
            + "out,d.mla.json,PT,evidence,en,drafting,\(day()),,\(day(3)),3,\(try draftMissing()),,\r\n")
        let empty = try Run(["list", "nowhere"], in: folder)
        #expect(empty.status == 66)
    }

    /// The required items still missing in d.mla.json, as `mla list` counts them.
    private func draftMissing() throws -> Int {
        let draft = try draft("d.mla.json")
        let report = try TestData.engine(["evidence"]).check(draft.answers, today: day())
        return report.missing.count + report.invalid.count
    }

    // MARK: - mla new --from

    @Test func followUpOfAPreservationTakesTheCaseDataQuotesThePreservationAndLinksBothDrafts() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "data-preservation", "-o", "pres.mla.json"], in: folder)
        try Run(["set", "pres.mla.json"] + TestData.assignments("case-02-preservation-answers.txt"), in: folder)
        try Run(["set", "pres.mla.json", "de_data_preserved=yes", "de_preservation_confirmed_at=2026-11-11T08:15:00Z",
                 "de_preservation_ref=BKA SO43-247-2026-1109"], in: folder)
        #expect(try Run(["status", "pres.mla.json", "sent", "--date", "2026-11-10"], in: folder).status == 0)

        let run = try Run(["new", "--from", "pres.mla.json", "data-preservation", "evidence", "-o", "formal.mla.json"], in: folder)
        #expect(run.status == 0)
        #expect(run.stderr.hasPrefix("New draft formal.mla.json for: Electronic data, Evidence. It is saved after every answer.\n"
            + "Case data copied from pres.mla.json (23 field(s)): Your reference, Requesting State, Requesting authority, "))
        #expect(run.stderr.contains("Added to the related earlier requests: 2026-11-10, BKA SO43-247-2026-1109.\n"
            + "Status of the request set to “Follow-up to an earlier preservation request”.\n"
            + "pres.mla.json now records formal.mla.json as its follow-up.\n"))
        let source = try draft("pres.mla.json"), followUp = try draft("formal.mla.json")
        for id in ["request_reference", "requesting_state", "requesting_authority", "conducting_authority_differs", "proceedings_stage",
                   "subject_matter", "facts_summary", "offences", "persons", "other_intended_uses", "confidentiality_required",
                   "confidentiality_reasons", "contact_person", "backup_contact", "de_provider", "de_identifiers", "de_link_to_offence",
                   "de_non_disclosure", "de_preservation_confirmed_at", "de_preservation_ref"] {
            #expect(followUp.answers[FieldID(id)] != nil && followUp.answers[FieldID(id)] == source.answers[FieldID(id)], "\(id) copied")
        }
        for id in ["request_date", "requested_state", "requested_central_authority", "legal_basis", "assistance_types", "assistance_description",
                   "purpose_relevance", "dual_criminality_note", "transmission_channel", "urgency", "urgency_reasons", "annexes",
                   "de_measure", "de_data_categories", "de_data_details", "de_time_window", "de_requested_state_time_zone", "de_data_preserved",
                   "de_custodian_location", "de_necessity", "de_mla_undertaking"] {
            #expect(followUp.answers[FieldID(id)] == nil, "\(id) belongs to the earlier request")
        }
        #expect(followUp.answers["signatory"] == .group(["name": .text("Haruka Morinaga"),
                                                          "title": .text("Prosecutor, Chiba District Public Prosecutors Office")]))
        #expect(followUp.answers["request_status"] == .text("follow_up_preservation"))
        #expect(followUp.answers["previous_requests"] == .items([[
            "date": .text("2026-11-10"), "reference": .text("BKA SO43-247-2026-1109"),
            "type": .text("Request for expedited preservation of stored electronic data (requested State: Germany)"),
        ]]))
        #expect(followUp.links.from?.file == "pres.mla.json")
        #expect(source.links.followUps.map(\.file) == ["formal.mla.json"])
        #expect(try Run(["status", "formal.mla.json"], in: folder).stdout.contains("\nStarted from pres.mla.json (mla new --from).\n"))
        #expect(try Run(["status", "pres.mla.json"], in: folder).stdout.contains("\nFollowed up by formal.mla.json.\n"))

        // Without types, the earlier draft's are kept; the earlier draft cannot be overwritten.
        #expect(try Run(["new", "--from", "pres.mla.json", "-o", "other.mla.json"], in: folder).status == 0)
        #expect(try draft("other.mla.json").types == [TypeID("data-preservation")])
        let same = try Run(["new", "--from", "pres.mla.json", "-o", "./pres.mla.json"], in: folder)
        #expect(same.status == 64)
        #expect(same.stderr.hasPrefix("mla: ./pres.mla.json is the draft to start from: give the new draft another name with -o.\n"))
        #expect(try Run(["new", "--from", "missing.mla.json", "-o", "x.mla.json"], in: folder).status == 66)
    }

    @Test func followUpInAnotherFolderLinksByRelativePaths() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appending(path: "uy"), withIntermediateDirectories: true)
        try Run(["new", "transfer-of-proceedings", "-o", "tp.mla.json"], in: folder)
        try Run(["set", "tp.mla.json"] + TestData.assignments("case-03-tp-answers.txt"), in: folder)
        #expect(try Run(["new", "--from", "tp.mla.json", "videoconference", "-o", "uy/vc.mla.json"], in: folder).status == 0)
        #expect(try draft("uy/vc.mla.json").links.from?.file == "../tp.mla.json")
        #expect(try draft("tp.mla.json").links.followUps.map(\.file) == ["uy/vc.mla.json"])
        // Not a preservation: the earlier request is quoted by its own reference, and the status is left to the drafter.
        let vc = try draft("uy/vc.mla.json")
        #expect(vc.answers["request_status"] == nil)
        #expect(vc.answers["previous_requests"] == .items([[
            "date": .text("2026-11-20"), "reference": .text("RUC 2510047731-1"),
            "type": .text("Request for mutual legal assistance (requested State: Uruguay)"),
        ]]))
        #expect(vc.answers["tp_suspect"] == nil)
    }
}
