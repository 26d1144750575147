import Foundation
import Testing
@testable import MLAKit
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `mla set` killed with SIGKILL at random moments loses nothing acknowledged (the full run of
/// 1,000 kills is `.ci/kill-test`).
@Suite struct KillTests {
    let folder = TestData.temporaryFolder()

    @Test func draftSurvivesThirtyKillsDuringSaves() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        var kills = 0, acknowledged = 0, next = 1, duration: useconds_t = 80_000
        while kills < 30 {
            let process = Process()
            process.executableURL = Run.binary
            process.arguments = ["set", "d.mla.json", "offences[\(next)].name=Item-\(next)"]
            process.currentDirectoryURL = folder
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C", "NO_COLOR": "1"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = Date()
            try process.run()
            usleep(useconds_t.random(in: 0...(duration * 5 / 4)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .exit {
                try #require(process.terminationStatus == 0)
                duration = useconds_t(Date().timeIntervalSince(start) * 1_000_000)
                acknowledged = next
                next += 1
                #expect(try Safety.names(in: folder) == ["d.mla.json", "d.mla.json~"])
                continue
            }
            kills += 1
            let show = try Run(["show", "d.mla.json"], in: folder)
            try #require(show.status == 0, "after kill \(kills): \(show.stderr)")
            let items = show.stdout.split(separator: "\n").compactMap { line in
                line.contains("].name  ") ? line.split(separator: "Item-").last.flatMap { Int($0) } : nil
            }
            #expect(items == (0..<items.count).map { $0 + 1 })
            #expect(items.count >= acknowledged)
            #expect(items.count == next - 1 || items.count == next)
            next = items.count + 1
        }
    }
}
