import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// An `mla` session left running with its standard input open, to hold a draft's lock.
final class OpenSession {
    let process = Process()
    private let input = Pipe()

    init(_ arguments: [String], in folder: URL) throws {
        process.executableURL = Run.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C", "NO_COLOR": "1"]
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    var pid: Int32 { process.processIdentifier }

    /// Ends the session with `:quit`, which saves and leaves.
    func finish() throws {
        input.fileHandleForWriting.write(Data(":quit\n".utf8))
        try input.fileHandleForWriting.close()
        waitForExit()
    }

    func signal(_ number: Int32) {
        kill(pid, number)
        waitForExit()
    }

    /// Waits for the end of the process; one that has not ended after 20 s is killed, so a
    /// failing test fails instead of hanging.
    private func waitForExit() {
        for _ in 0..<2000 where process.isRunning { usleep(10_000) }
        if process.isRunning { kill(pid, SIGKILL) }
        process.waitUntilExit()
    }
}

enum Safety {
    /// Waits (up to 20 s, polling) until `path` exists; false if it never does.
    static func waitFor(_ path: URL) -> Bool {
        for _ in 0..<2000 {
            if FileManager.default.fileExists(atPath: path.path) { return true }
            usleep(10_000)
        }
        return false
    }

    static func mode(_ url: URL) throws -> Int? {
        try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    }

    /// The names in `folder`, hidden ones included, sorted.
    static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// The id of a process that has ended (and been reaped).
    static func endedProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// This process's start time in clock ticks after boot, as a lock file records it.
    static func ownStartTime() throws -> String {
        let stat = try String(contentsOfFile: "/proc/self/stat", encoding: .utf8)
        let fields = stat[stat.index(after: stat.lastIndex(of: ")")!)...].split(separator: " ")
        return String(fields[19])
    }

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        gethostname(&buffer, 255)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Runs `mla` through bash, after `setup` (for example `ulimit -f 4`).
    static func runInShell(_ setup: String, _ arguments: [String], in folder: URL) throws -> Run {
        try Run(["-c", "\(setup); exec \"$@\"", "bash", Run.binary.path] + arguments, in: folder, executable: URL(fileURLWithPath: "/bin/bash"))
    }
}
