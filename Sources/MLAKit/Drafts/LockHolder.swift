import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The process that holds a draft's lock: who it is, when it started and what it runs.
///
/// Written into the lock file as lines of `key value`:
///
///     mla-lock 1
///     pid 48213
///     process-start 1034771
///     host office-pc
///     started 2026-11-24T10:02:11Z
///     command mla resume case.mla.json
///
/// `process-start` is the process's start time in clock ticks after boot (field 22 of
/// `/proc/PID/stat`): a process id reused by another program after a crash has another one.
public struct LockHolder: Equatable, Sendable {
    public var pid: Int32
    public var processStart: UInt64
    public var host: String
    /// ISO 8601 time at which the holder took the lock.
    public var started: String
    /// The command, without its values (`mla set case.mla.json`): answers stay out of the lock file.
    public var command: String

    public init(pid: Int32, processStart: UInt64, host: String, started: String, command: String) {
        self.pid = pid
        self.processStart = processStart
        self.host = host
        self.started = started
        self.command = command
    }

    /// This process, as it would hold a lock.
    static func current(started: String, command: String) -> LockHolder {
        LockHolder(pid: getpid(), processStart: ProcessTable.startTime(of: getpid()) ?? 0, host: ProcessTable.hostName,
                   started: started, command: command)
    }

    var text: String {
        let line = { (value: String) in String(value.map { $0.isNewline ? " " : $0 }) }
        return "mla-lock 1\npid \(pid)\nprocess-start \(processStart)\nhost \(line(host))\nstarted \(line(started))\ncommand \(line(command))\n"
    }

    init?(text: String) {
        var values: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            values[String(line[..<space])] = String(line[line.index(after: space)...])
        }
        guard values["mla-lock"] == "1", let pid = values["pid"].flatMap({ Int32($0) }), pid > 0,
              let start = values["process-start"].flatMap({ UInt64($0) }) else { return nil }
        self.init(pid: pid, processStart: start, host: values["host"] ?? "", started: values["started"] ?? "",
                  command: values["command"] ?? "")
    }

    /// Whether the holder runs on this machine, where its process can be looked up.
    var isLocal: Bool { host == ProcessTable.hostName }

    /// Whether the holding process still runs: the same id with the same start time, and not a
    /// zombie waiting for its parent.
    var isRunning: Bool {
        guard processStart != 0, ProcessTable.startTime(of: getpid()) != nil else {
            return kill(pid, 0) == 0 || errno == EPERM
        }
        return ProcessTable.startTime(of: pid) == processStart
    }
}

/// What Linux says about processes, from `/proc`.
enum ProcessTable {
    /// Start time of a running process in clock ticks after boot, or nil when there is none
    /// (or only a zombie).
    static func startTime(of pid: Int32) -> UInt64? {
        guard let data = try? AtomicFile.read(URL(fileURLWithPath: "/proc/\(pid)/stat")) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        // The command name in parentheses may hold spaces and parentheses: count after the last ')'.
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        guard fields.count > 19, fields[0] != "Z", fields[0] != "X" else { return nil }
        return UInt64(fields[19])
    }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
