import Foundation
import Testing

/// The built `mla` stopped by a signal while it waits for an answer: it saves and leaves with 130.
@Suite struct SignalTests {
    let folder = TestData.temporaryFolder()

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func signalWhileWaitingForAnAnswerSavesAndExits130(_ signal: Int32) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = Run.binary
        process.arguments = ["new", "evidence", "-o", "d.mla.json"]
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C", "NO_COLOR": "1"]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("REF-SIG\n".utf8))
        // The answer is saved once the draft holds it; the input stays open, so mla waits.
        let draft = folder.appending(path: "d.mla.json")
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline, (try? String(contentsOf: draft, encoding: .utf8))?.contains("REF-SIG") != true {
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(process.processIdentifier, signal)
        let stop = Date().addingTimeInterval(15)
        while process.isRunning && Date() < stop { Thread.sleep(forTimeInterval: 0.02) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("mla did not stop on signal \(signal)")
        }
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 130)
        #expect(String(decoding: message, as: UTF8.self).hasSuffix("\nInterrupted. Every answer given is saved in d.mla.json. Continue with: mla resume d.mla.json\n"))
        #expect(try String(contentsOf: draft, encoding: .utf8).contains("\"request_reference\" : \"REF-SIG\""))
        try? input.fileHandleForWriting.close()
    }

    /// Started under `nohup` (SIGHUP ignored), a session keeps going when the terminal closes.
    @Test func aSignalIgnoredAtStartStaysIgnored() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' HUP; exec \"$0\" new evidence -o d.mla.json", Run.binary.path]
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C", "NO_COLOR": "1"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("REF-HUP\n".utf8))
        let draft = folder.appending(path: "d.mla.json")
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline, (try? String(contentsOf: draft, encoding: .utf8))?.contains("REF-HUP") != true {
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(process.processIdentifier, SIGHUP)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(process.isRunning, "mla stopped on a SIGHUP it was started with ignored")
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }
}
