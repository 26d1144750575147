import Foundation
import Testing
@testable import MLAKit
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// One process at a time changes a draft: sessions and writing commands take its lock.
@Suite struct LockTests {
    let folder = TestData.temporaryFolder()
    var lock: URL { folder.appending(path: ".d.mla.json.lock") }

    private func newDraft() throws {
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
    }

    private func lockText() throws -> String {
        try String(contentsOf: lock, encoding: .utf8)
    }

    private func writeLock(pid: Int32, start: String, host: String) throws {
        try Data("mla-lock 1\npid \(pid)\nprocess-start \(start)\nhost \(host)\nstarted 2026-11-24T09:30:00Z\ncommand mla resume d.mla.json\n".utf8).write(to: lock)
    }

    @Test func secondSessionAndWritersAreRefusedNamingTheFirstAndRenderWaits() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let session = try OpenSession(["resume", "d.mla.json"], in: folder)
        try #require(Safety.waitFor(lock))
        #expect(try Safety.mode(lock) == 0o600)
        let started = try #require(try lockText().split(separator: "\n").first { $0.hasPrefix("started ") }?.dropFirst(8))
        let before = try Data(contentsOf: folder.appending(path: "d.mla.json"))

        let refused = "mla: d.mla.json is in use by another mla command: process \(session.pid), started \(started) (mla resume d.mla.json). Wait until it ends (a session ends with :quit, which saves), then try again.\n"
        for arguments in [["resume", "d.mla.json"], ["edit", "d.mla.json"], ["set", "d.mla.json", "offences[1].name=Fraud"],
                          ["unset", "d.mla.json", "offences"], ["undo", "d.mla.json"], ["language", "d.mla.json", "--lang", "fr"],
                          ["status", "d.mla.json", "withdrawn"]] {
            let run = try Run(arguments, in: folder)
            #expect(run.status == 73, "\(arguments)")
            #expect(run.stderr == refused, "\(arguments)")
        }
        let render = try Run(["render", "d.mla.json", "--allow-incomplete"], in: folder)
        #expect(render.status == 73)
        #expect(render.stderr == "mla: d.mla.json is being changed by another mla command: process \(session.pid), started \(started) (mla resume d.mla.json). Render it once that command has ended (a session ends with :quit, which saves), so that the request holds the final answers.\n")
        #expect(try Run(["show", "d.mla.json"], in: folder).status == 0)
        // A follow-up may start from it; only the link back to the follow-up waits.
        let followUp = try Run(["new", "--from", "d.mla.json", "-o", "e.mla.json"], input: ":quit\n", in: folder)
        #expect(followUp.status == 0)
        #expect(followUp.stderr.contains("The link to the new draft could not be recorded in d.mla.json: d.mla.json is in use by another mla command: process \(session.pid)"))
        #expect(try Data(contentsOf: folder.appending(path: "d.mla.json")) == before)

        try session.finish()
        #expect(!FileManager.default.fileExists(atPath: lock.path))
        #expect(try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder).status == 0)
        #expect(try Run(["render", "d.mla.json", "--allow-incomplete"], in: folder).status == 0)
    }

    @Test func staleLockOfAKilledSessionIsTakenOver() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let session = try OpenSession(["resume", "d.mla.json"], in: folder)
        try #require(Safety.waitFor(lock))
        session.signal(SIGKILL)
        #expect(FileManager.default.fileExists(atPath: lock.path))
        #expect(try Run(["render", "d.mla.json", "--allow-incomplete"], in: folder).status == 0)
        #expect(try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder).status == 0)
        #expect(try Safety.names(in: folder) == ["d.mla.json", "d.mla.json~"])
    }

    @Test func lockOfALiveProcessIsRespectedAndOfAReusedProcessIDIsTakenOver() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        // This test process, with its real start time: alive.
        try writeLock(pid: getpid(), start: try Safety.ownStartTime(), host: Safety.hostName())
        let refused = try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder)
        #expect(refused.status == 73)
        #expect(refused.stderr == "mla: d.mla.json is in use by another mla command: process \(getpid()), started 2026-11-24T09:30:00Z (mla resume d.mla.json). Wait until it ends (a session ends with :quit, which saves), then try again.\n")
        // The same id with another start time: the session that wrote it is gone.
        try writeLock(pid: getpid(), start: "1", host: Safety.hostName())
        #expect(try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder).status == 0)
        #expect(!FileManager.default.fileExists(atPath: lock.path))
    }

    @Test func lockFromAnotherComputerIsRespectedAndNamesTheLockFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        try writeLock(pid: try Safety.endedProcessID(), start: "1", host: "registry-pc-7")
        let run = try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder)
        #expect(run.status == 73)
        #expect(run.stderr.hasPrefix("mla: d.mla.json is in use by an mla command on another computer, registry-pc-7: process "))
        #expect(run.stderr.hasSuffix("Only if it can no longer end (that computer stopped during the session), delete .d.mla.json.lock and try again.\n"))
    }

    @Test func concurrentWritersTakingOverAStaleLockLoseNoUpdate() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        try writeLock(pid: try Safety.endedProcessID(), start: "1", host: Safety.hostName())
        let fields = ["request_reference", "request_status", "previous_requests", "requesting_state",
                      "requesting_authority.name", "requesting_authority.address", "requested_state", "facts_summary"]
        let writers = try fields.map { field in
            let process = Process()
            process.executableURL = Run.binary
            process.arguments = ["acknowledge", "d.mla.json", field, "--reason", "reason-\(field)"]
            process.currentDirectoryURL = folder
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C", "NO_COLOR": "1"]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            return (field, process, errors)
        }
        var saved = 0
        for (field, process, errors) in writers {
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let draft = try String(contentsOf: folder.appending(path: "d.mla.json"), encoding: .utf8)
            if process.terminationStatus == 0 {
                saved += 1
                #expect(draft.contains("reason-\(field)"), "\(field) acknowledged but lost")
            } else {
                #expect(process.terminationStatus == 73)
                #expect(message.hasPrefix("mla: d.mla.json is in use by another mla command: process "), "\(message)")
            }
        }
        #expect(saved >= 1)
        #expect(try Safety.names(in: folder) == ["d.mla.json", "d.mla.json~"])
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func lockIsRemovedWhenASessionIsStoppedBySignal(_ number: Int32) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try newDraft()
        let session = try OpenSession(["resume", "d.mla.json"], in: folder)
        try #require(Safety.waitFor(lock))
        session.signal(number)
        #expect(!FileManager.default.fileExists(atPath: lock.path))
        #expect(try Run(["show", "d.mla.json"], in: folder).status == 0)
    }
}
