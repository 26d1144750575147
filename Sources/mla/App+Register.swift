import Foundation
import MLAKit

/// `list`, `deadlines`, `status` and `incoming`: the case register of a folder.
extension App {
    func list(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: [], flags: ["--csv"])
            try invocation.allowArguments(1)
        }
        let folder = invocation.arguments.first ?? "."
        let entries = try registerEntries(in: folder)
        if entries.isEmpty {
            console.err(text("register.no_records", ["folder": folder]) + "\n")
            return .success
        }
        let writer = RegisterWriter(text: text)
        console.out(invocation.flags.contains("--csv") ? writer.csv(entries) : writer.table(entries))
        return .success
    }

    func deadlines(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: [], flags: ["--csv"])
            try invocation.allowArguments(1)
        }
        let folder = invocation.arguments.first ?? "."
        let entries = try registerEntries(in: folder)
        guard entries.contains(where: { !$0.deadlines.isEmpty }) else {
            console.err(text("register.no_deadlines", ["folder": folder]) + "\n")
            return .success
        }
        let writer = RegisterWriter(text: text)
        console.out(invocation.flags.contains("--csv") ? writer.deadlinesCSV(entries) : writer.deadlines(entries))
        return .success
    }

    /// `mla status FILE` shows the history; `mla status FILE STATUS [--date D] [--ref R]
    /// [--our-ref R] [--note N] [--allow-incomplete]` records a new status.
    func status(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: ["--date", "--ref", "--our-ref", "--note"], flags: ["--allow-incomplete"])
            try invocation.allowArguments(2)
        }
        let file = try argument(invocation, 0, "FILE")
        let url = URL(fileURLWithPath: file)
        let writer = RegisterWriter(text: text)
        if store.holdsIncomingRecord(url) == true {
            var record = try loadIncoming(file)
            guard invocation.arguments.count == 2 else {
                console.out(writer.history(record.statusHistory, direction: .incoming, file: file))
                return .success
            }
            let change = try change(from: invocation, direction: .incoming)
            let lock = try lock(file, for: "status")
            defer { unlock(lock) }
            record = try loadIncoming(file)
            record.statusHistory = try register { () throws(RegisterError) in
                try change.applied(to: record.statusHistory, direction: .incoming, file: file, today: today)
            }
            try saveIncoming(record, to: file)
            reportStatus(record.statusHistory, file: file)
            return .success
        }
        var draft = try load(file)
        guard invocation.arguments.count == 2 else {
            console.out(writer.history(draft.statusHistory, direction: .outgoing, file: file, links: draft.links))
            return .success
        }
        let change = try change(from: invocation, direction: .outgoing)
        let lock = try lock(file, for: "status")
        defer { unlock(lock) }
        draft = try load(file)
        let history = try register { () throws(RegisterError) in
            try change.applied(to: draft.statusHistory, direction: .outgoing, file: file, today: today)
        }
        if [.ready, .sent].contains(change.status), !invocation.flags.contains("--allow-incomplete") {
            let report = try engine(for: draft).check(draft.answers, acknowledgements: draft.acknowledgements, today: today)
            if !report.isComplete {
                throw .register(.incomplete(file: file, status: change.status, missing: report.missing.count + report.invalid.count))
            }
        }
        draft.statusHistory = history
        try save(draft, to: file)
        reportStatus(history, file: file)
        return .success
    }

    /// `mla incoming new FILE --state XX --ref R [--received D] [--measures CODES] [--deadline D]
    /// [--our-ref R] [--note N]` and `mla incoming show FILE`.
    func incoming(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        let action = try argument(invocation, 0, "new|show")
        switch action {
        case "new":
            try usage { () throws(UsageError) in
                try invocation.allow(options: ["--state", "--ref", "--received", "--measures", "--deadline", "--our-ref", "--note"])
                try invocation.allowArguments(2)
            }
            let file = try argument(invocation, 1, "FILE")
            guard file.hasSuffix(IncomingRecord.fileSuffix) else { throw .register(.notAnIncomingFileName(file)) }
            guard !FileManager.default.fileExists(atPath: file) else { throw .draftExists(file) }
            let record = try newIncoming(invocation)
            try saveIncoming(record, to: file)
            console.err(text("register.incoming_created", ["file": file, "state": record.requestingState, "reference": record.reference,
                                                           "date": record.received]) + "\n")
            return .success
        case "show":
            try usage { () throws(UsageError) in
                try invocation.allow(options: [])
                try invocation.allowArguments(2)
            }
            let file = try argument(invocation, 1, "FILE")
            console.out(RegisterWriter(text: text).incoming(try loadIncoming(file), file: file))
            return .success
        default:
            throw .usage(.unknownCommand("incoming \(action)"))
        }
    }

    // MARK: - Steps

    private func registerEntries(in folder: String) throws(MLAError) -> [RegisterEntry] {
        do {
            return try Register(store: store).read(folder: URL(fileURLWithPath: folder), today: today)
        } catch {
            throw .output(error)
        }
    }

    private func change(from invocation: Invocation, direction: Direction) throws(MLAError) -> StatusChange {
        try refuseHiddenCharacters(in: invocation, options: ["--note", "--ref", "--our-ref"])
        return try register { () throws(RegisterError) in
            StatusChange(status: try StatusChange.status(named: invocation.arguments[1], direction: direction),
                         date: invocation.options["--date"], note: invocation.options["--note"],
                         ourReference: invocation.options["--our-ref"], theirReference: invocation.options["--ref"])
        }
    }

    private func reportStatus(_ history: [StatusEntry], file: String) {
        guard let last = history.last else { return }
        console.err(text("register.status_recorded", ["file": file, "status": presenter.status(last.status), "date": last.day]) + "\n")
    }

    private func newIncoming(_ invocation: Invocation) throws(MLAError) -> IncomingRecord {
        try refuseHiddenCharacters(in: invocation, options: ["--note", "--ref", "--our-ref"])
        guard let state = invocation.options["--state"] else { throw .usage(.missingArgument(command: "incoming new", argument: "--state XX")) }
        guard let reference = invocation.options["--ref"], !reference.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .usage(.missingArgument(command: "incoming new", argument: "--ref REFERENCE"))
        }
        return try register { () throws(RegisterError) in
            try IncomingRecord.typed(state: state, reference: reference, received: invocation.options["--received"],
                                     measures: invocation.options["--measures"], deadline: invocation.options["--deadline"],
                                     note: invocation.options["--note"], ourReference: invocation.options["--our-ref"],
                                     measureCodes: library.measureCodes, today: today, now: now)
        }
    }

    private func register<T>(_ body: () throws(RegisterError) -> T) throws(MLAError) -> T {
        do { return try body() } catch { throw .register(error) }
    }

    func loadIncoming(_ path: String) throws(MLAError) -> IncomingRecord {
        do {
            return try store.loadIncoming(URL(fileURLWithPath: path))
        } catch {
            throw .store(error)
        }
    }

    func saveIncoming(_ record: IncomingRecord, to path: String) throws(MLAError) {
        var record = record
        record.updatedAt = now
        do {
            try store.saveIncoming(record, to: URL(fileURLWithPath: path))
        } catch {
            throw .store(error)
        }
    }
}
