import Foundation

/// Writes the case register for people (`mla list`, `mla deadlines`: aligned columns) and for
/// spreadsheets (`--csv`).
public struct RegisterWriter: Sendable {
    let text: Localizer

    public init(text: Localizer) {
        self.text = text
    }

    // MARK: - mla list

    /// DIR, FILE, STATE, TYPES, LANG, STATUS, DAYS SENT, NEXT DEADLINE, MISSING.
    public func table(_ entries: [RegisterEntry]) -> String {
        let header = ["direction", "file", "state", "types", "language", "status", "since_sent", "next_deadline", "missing"].map { text("list.\($0)") }
        return Table.write([header] + entries.map { entry in
            // Last, so that the message does not widen a column.
            guard entry.problem == nil else { return [direction(entry), entry.file, "", "", "", "", "", "", text("list.unreadable")] }
            return [direction(entry), entry.file, entry.state ?? "", types(entry), entry.language ?? "", status(entry),
                    entry.daysSinceSent.map(String.init) ?? "", entry.nextDeadline.map(deadlineCell) ?? "", missing(entry)]
        })
    }

    /// The same columns, with the date of the status, the days left before the next deadline
    /// and the references of both sides; numbers as plain numbers.
    public func csv(_ entries: [RegisterEntry]) -> String {
        let header = ["direction", "file", "state", "types", "language", "status", "status_date", "since_sent", "next_deadline", "days_left",
                      "missing", "our_reference", "their_reference"].map { text("list.\($0)") }
        return CSV.write([header] + entries.map { entry in
            guard entry.problem == nil else { return [direction(entry), entry.file, "", "", "", text("list.unreadable")] + Array(repeating: "", count: 7) }
            return [direction(entry), entry.file, entry.state ?? "", types(entry), entry.language ?? "", status(entry), entry.statusDate ?? "",
                    entry.daysSinceSent.map(String.init) ?? "", entry.nextDeadline?.date ?? "", entry.nextDeadline.map { String($0.daysLeft) } ?? "",
                    entry.missing.map(String.init) ?? "", entry.ourReference ?? "", entry.theirReference ?? ""]
        })
    }

    // MARK: - mla deadlines

    /// Every date to watch, most urgent first: overdue, then soonest.
    public func deadlines(_ entries: [RegisterEntry]) -> String {
        let header = ["direction", "file", "state", "what", "date", "days_left"].map { text("register.deadlines.\($0)") }
        return Table.write([header] + Self.sorted(entries).map { entry, deadline in
            [direction(entry), entry.file, entry.state ?? "", what(deadline), deadline.date, daysLeft(deadline.daysLeft)]
        })
    }

    public func deadlinesCSV(_ entries: [RegisterEntry]) -> String {
        let header = ["direction", "file", "state", "what", "date", "days_left"].map { text("register.deadlines.\($0)") }
        return CSV.write([header] + Self.sorted(entries).map { entry, deadline in
            [direction(entry), entry.file, entry.state ?? "", what(deadline), deadline.date, String(deadline.daysLeft)]
        })
    }

    /// The deadlines of all entries by date, then file, then place in the file.
    public static func sorted(_ entries: [RegisterEntry]) -> [(RegisterEntry, RegisterDeadline)] {
        entries.flatMap { entry in entry.deadlines.enumerated().map { (entry, $0.element, $0.offset) } }
            .sorted { ($0.1.date, $0.0.file, $0.2) < ($1.1.date, $1.0.file, $1.2) }
            .map { ($0.0, $0.1) }
    }

    // MARK: - Cells

    /// What falls due: the field's label, with the answer that names it or its item number.
    public func what(_ deadline: RegisterDeadline) -> String {
        switch deadline.subject {
        case .executionRequested:
            return text("register.execution_requested")
        case .answer(let path, let textKey, let name):
            let label = text("\(textKey).label")
            if let name { return text("register.named_date", ["label": label, "name": name]) }
            if let index = path.segments.compactMap(\.index).last { return text("register.numbered_date", ["label": label, "number": String(index)]) }
            return label
        }
    }

    public func daysLeft(_ days: Int) -> String {
        if days == 0 { return text("register.due_today") }
        return days < 0 ? text("register.overdue", ["days": String(-days)]) : String(days)
    }

    func direction(_ entry: RegisterEntry) -> String {
        text("register.direction.\(entry.direction.rawValue)")
    }

    private func types(_ entry: RegisterEntry) -> String {
        entry.types.map(\.rawValue).joined(separator: "+")
    }

    private func status(_ entry: RegisterEntry) -> String {
        entry.status.map { text("statuses.\($0.rawValue)") } ?? ""
    }

    private func deadlineCell(_ deadline: RegisterDeadline) -> String {
        deadline.daysLeft < 0 ? text("register.overdue_date", ["date": deadline.date]) : deadline.date
    }

    private func missing(_ entry: RegisterEntry) -> String {
        guard let missing = entry.missing else { return "" }
        return missing == 0 ? text("list.complete") : String(missing)
    }
}

// MARK: - Status histories

extension RegisterWriter {
    /// `mla status FILE`: the current status, every entry, the links and what may come next.
    public func history(_ history: [StatusEntry], direction: Direction, file: String, links: DraftLinks = DraftLinks()) -> String {
        let current = history.last?.status ?? RequestStatus.initial(for: direction)
        var lines = [text("register.history.title", ["file": file, "status": text("statuses.\(current.rawValue)"),
                                                     "date": history.last?.day ?? ""]), ""]
        let header = ["date", "status", "our_reference", "their_reference", "note"].map { text("register.history.\($0)") }
        lines.append(Table.write([header] + history.map { entry in
            [entry.day, text("statuses.\(entry.status.rawValue)"), entry.ourReference ?? "", entry.theirReference ?? "",
             (entry.note ?? "").replacingOccurrences(of: "\n", with: " ")]
        }).trimmingCharacters(in: .newlines))
        lines.append("")
        if let from = links.from { lines.append(text("register.started_from", ["file": from.file])) }
        for followUp in links.followUps { lines.append(text("register.followed_up_by", ["file": followUp.file])) }
        let next = current.next(in: direction)
        if next.isEmpty {
            lines.append(text(direction == .outgoing ? "register.ended" : "register.ended_incoming", ["file": file]))
        } else {
            lines.append(text("register.next", ["statuses": next.map(statusWithCode).joined(separator: ", "), "file": file]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A status's label, with the code to type after it when the two differ.
    func statusWithCode(_ status: RequestStatus) -> String {
        let label = text("statuses.\(status.rawValue)")
        return label == status.rawValue ? label : "\(label) (\(status.rawValue))"
    }

    /// `mla incoming show FILE`: the record, then its history.
    public func incoming(_ record: IncomingRecord, file: String) -> String {
        let names = Locale(identifier: text.language)
        var lines = [text("register.incoming.title", ["state": record.requestingState,
                                                      "state_name": names.localizedString(forRegionCode: record.requestingState) ?? record.requestingState]),
                     text("register.incoming.reference", ["reference": record.reference]),
                     text("register.incoming.received", ["date": record.received])]
        if !record.measures.isEmpty {
            lines.append(text("register.incoming.measures", ["measures": record.measures.map { text("fields.assistance_types.choices.\($0)") }.joined(separator: "; ")]))
        }
        if let deadline = record.deadline { lines.append(text("register.incoming.deadline", ["date": deadline])) }
        return lines.joined(separator: "\n") + "\n\n" + history(record.statusHistory, direction: .incoming, file: file)
    }
}
