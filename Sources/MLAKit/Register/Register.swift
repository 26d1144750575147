import Foundation

/// The case register: every draft (`*.mla.json`) and incoming request (`*.incoming.json`) of a
/// folder, with status, time since sending, deadlines and completeness.
public struct Register: Sendable {
    let store: DraftStore

    public init(store: DraftStore) {
        self.store = store
    }

    private var library: QuestionnaireLibrary { store.codec.library }

    /// The entries of a folder, sorted by file name. Files that cannot be read are listed with
    /// their problem rather than left out.
    public func read(folder: URL, today: String) throws(FileError) -> [RegisterEntry] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { !$0.hasPrefix(".") && ($0.hasSuffix(".mla.json") || $0.hasSuffix(IncomingRecord.fileSuffix)) }
                .sorted()
        } catch {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
            throw FileError(path: folder.relativePath, operation: .read, reason: !exists ? .notFound : isFolder.boolValue ? .permissionDenied : .other("not a folder"))
        }
        var drafts: [String: Draft] = [:]
        var entries: [RegisterEntry] = []
        for name in names {
            let url = folder.appending(path: name)
            if name.hasSuffix(IncomingRecord.fileSuffix) {
                do {
                    entries.append(entry(for: try store.loadIncoming(url), file: name, today: today))
                } catch {
                    entries.append(RegisterEntry(file: name, direction: .incoming, problem: error))
                }
            } else {
                do {
                    drafts[name] = try store.load(url)
                } catch {
                    entries.append(RegisterEntry(file: name, direction: .outgoing, problem: error))
                }
            }
        }
        // A preservation stops running out once a request that follows it up has been sent.
        var followedUp: Set<String> = []
        for (name, draft) in drafts where draft.currentStatus.isSentOrLater {
            if let from = draft.links.from, let source = Self.sibling(from.file, of: name) { followedUp.insert(source) }
        }
        for (name, draft) in drafts {
            entries.append(entry(for: draft, file: name, today: today, followUpSent: followedUp.contains(name)))
        }
        return entries.sorted { $0.file < $1.file }
    }

    /// The entry of one draft. Once a request has ended, its dates are no longer watched, except
    /// those marked `ends_with_follow_up` (the end of a preservation) of an executed request:
    /// they count until a request following it up has been sent (`followUpSent`, or the draft
    /// is itself that follow-up), after which the data stay preserved (Budapest 29(7)).
    public func entry(for draft: Draft, file: String, today: String, followUpSent: Bool = false) -> RegisterEntry {
        var entry = RegisterEntry(file: file, direction: .outgoing)
        entry.types = draft.types
        entry.language = draft.documentLanguage
        if case .text(let state)? = draft.answers["requested_state"] { entry.state = state }
        entry.status = draft.currentStatus
        entry.statusDate = draft.statusHistory.last?.day
        entry.daysSinceSent = Self.daysSince(draft.statusHistory.first { $0.status == .sent }?.day, history: draft.statusHistory, today: today)
        if case .text(let reference)? = draft.answers["request_reference"] { entry.ourReference = reference }
        entry.ourReference = draft.statusHistory.compactMap(\.ourReference).last ?? entry.ourReference
        entry.theirReference = draft.statusHistory.compactMap(\.theirReference).last
        guard let questionnaire = try? library.questionnaire(for: draft.types) else { return entry }
        let engine = Engine(questionnaire: questionnaire)
        let report = engine.check(draft.answers, acknowledgements: draft.acknowledgements, today: today)
        entry.missing = report.missing.count + report.invalid.count
        guard let now = CalendarDate.of(today) else { return entry }
        // A sent follow-up of a preservation keeps the data preserved until it is decided.
        let preservationContinues = followUpSent || (draft.isFollowUp && draft.currentStatus.isSentOrLater)
        entry.deadlines = report.deadlines.compactMap { key in
            guard let date = CalendarDate.of(key.date) else { return nil }
            let endsWithFollowUp = key.field.deadline?.endsWithFollowUp == true
            if preservationContinues, endsWithFollowUp { return nil }
            // A request that has ended has nothing left to watch, except the end of the
            // preservation it achieved, which runs until a follow-up request is sent.
            if draft.currentStatus.isFinal, !(endsWithFollowUp && draft.currentStatus == .executed) { return nil }
            var name: String?
            if let sibling = key.field.deadline?.namedBy, key.path.segments.count > 1 {
                var path = key.path
                path.segments[path.segments.count - 1] = AnswerPath.Segment(sibling)
                if case .text(let text)? = draft.answers.value(at: path) { name = text }
            }
            return RegisterDeadline(subject: .answer(path: key.path, textKey: questionnaire.textKey(for: key.path.schemaPath), name: name),
                                    date: date.iso, daysLeft: date.daysSinceEpoch - now.daysSinceEpoch)
        }
        return entry
    }

    /// The entry of one incoming request.
    public func entry(for record: IncomingRecord, file: String, today: String) -> RegisterEntry {
        var entry = RegisterEntry(file: file, direction: .incoming)
        entry.state = record.requestingState
        entry.types = library.types(ofMeasures: record.measures)
        entry.status = record.statusHistory.last?.status ?? .received
        entry.statusDate = record.statusHistory.last?.day
        entry.daysSinceSent = Self.daysSince(record.received, history: record.statusHistory, today: today)
        entry.ourReference = record.statusHistory.compactMap(\.ourReference).last
        entry.theirReference = record.statusHistory.compactMap(\.theirReference).last ?? record.reference
        if let deadline = record.deadline, let date = CalendarDate.of(deadline), let now = CalendarDate.of(today),
           !(entry.status?.isFinal ?? false) {
            entry.deadlines = [RegisterDeadline(subject: .executionRequested, date: date.iso, daysLeft: date.daysSinceEpoch - now.daysSinceEpoch)]
        }
        return entry
    }

    /// Days from `start` to today, or to the day of the status that ended the request.
    static func daysSince(_ start: String?, history: [StatusEntry], today: String) -> Int? {
        guard let start, let first = CalendarDate.of(start) else { return nil }
        let end = history.last.flatMap { $0.status.isFinal ? CalendarDate.of($0.day) : nil } ?? CalendarDate.of(today)
        return end.map { $0.daysSinceEpoch - first.daysSinceEpoch }
    }

    /// The name of a linked file within the listed folder, when the link points into it.
    static func sibling(_ link: String, of file: String) -> String? {
        let parts = link.split(separator: "/")
        return parts.count == 1 ? String(parts[0]) : nil
    }
}

extension Draft {
    /// The status the draft stands at.
    public var currentStatus: RequestStatus { statusHistory.last?.status ?? .drafting }

    /// Whether the draft follows up an earlier request: started from one with `mla new --from`,
    /// or marked as the follow-up to a preservation.
    var isFollowUp: Bool {
        links.from != nil || answers["request_status"] == .text("follow_up_preservation")
    }
}

extension Register {
    /// Whether a request following this draft up has been sent (one of its linked follow-ups,
    /// read from disk, or the draft itself being that follow-up): a preservation then lasts
    /// until the follow-up is decided, and its end needs no reminder (rule DE3).
    public func followUpSent(for draft: Draft, at url: URL) -> Bool {
        if draft.isFollowUp && draft.currentStatus.isSentOrLater { return true }
        let folder = url.deletingLastPathComponent()
        return draft.links.followUps.contains { link in
            (try? store.load(folder.appending(path: link.file)))?.currentStatus.isSentOrLater == true
        }
    }
}

extension CheckReport {
    /// The report without the reminders of dates that stop counting once a follow-up is sent.
    public func sparingFollowUpReminders() -> CheckReport {
        var report = self
        report.warnings.removeAll { finding in
            guard case .deadlineNear = finding.problem else { return false }
            return finding.field.deadline?.endsWithFollowUp == true
        }
        return report
    }
}
