import Foundation
import Testing
@testable import MLAKit
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Modes, temporary files, planted links, a read-only folder and a full disk.
@Suite struct FileSafetyTests {
    let folder = TestData.temporaryFolder()

    private func draft() throws -> Data {
        try Data(contentsOf: folder.appending(path: "d.mla.json"))
    }

    @Test func draftsBackupsAndOutputsAreOwnerOnlyAndNoTemporaryFileIsLeft() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let previous = umask(0o022)
        defer { umask(previous) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder)
        try Run(["render", "d.mla.json", "--allow-incomplete", "-o", "out.txt"], in: folder)
        for name in ["d.mla.json", "d.mla.json~", "out.txt"] {
            #expect(try Safety.mode(folder.appending(path: name)) == 0o600, "\(name)")
        }
        #expect(try Safety.names(in: folder) == ["d.mla.json", "d.mla.json~", "out.txt"])
    }

    @Test func temporaryFilesOfEndedProcessesAreRemovedByTheNextSaveAndLiveOnesKept() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        let ended = try Safety.endedProcessID()
        let stale = [".d.mla.json.tmp-\(ended)-17", ".d.mla.json~.tmp-\(ended)-18", "..d.mla.json.lock.tmp-\(ended)-19"]
        let live = ".d.mla.json.tmp-\(getpid())-20"
        for name in stale + [live] {
            try Data("partial".utf8).write(to: folder.appending(path: name))
        }
        #expect(try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder).status == 0)
        #expect(try Safety.names(in: folder) == [live, "d.mla.json", "d.mla.json~"].sorted())
    }

    @Test func writingNeverFollowsALinkPlantedAtTheTemporaryName() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appending(path: "victim.txt")
        try Data("victim".utf8).write(to: victim)
        let target = folder.appending(path: "d.mla.json")
        try Data("old".utf8).write(to: target)
        let planted = [folder.appending(path: ".planted-1").path, folder.appending(path: ".planted-2").path]
        for path in planted { try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: victim.path) }
        var names = planted
        try AtomicFile.write(Data("new".utf8), to: target, keepingPreviousAs: URL(fileURLWithPath: target.path + "~")) { url in
            names.isEmpty ? AtomicFile.temporaryName(for: url) : names.removeFirst()
        }
        #expect(try String(contentsOf: victim, encoding: .utf8) == "victim")
        #expect(try String(contentsOf: target, encoding: .utf8) == "new")
        #expect(try String(contentsOf: URL(fileURLWithPath: target.path + "~"), encoding: .utf8) == "old")
        #expect(try Safety.mode(target) == 0o600)
    }

    @Test func readOnlyFolderExits73AndLeavesTheDraftIntact() throws {
        defer {
            setReadOnly(false)
            try? FileManager.default.removeItem(at: folder)
        }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        let before = try draft()
        try #require(setReadOnly(true), "cannot make \(folder.path) read-only")
        let set = try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder)
        #expect(set.status == 73)
        #expect(set.stderr == "mla: d.mla.json cannot be saved: no file can be created in its folder (permission denied). Nothing has been changed. Work in a folder you can write to, for example by copying the draft there.\n")
        let render = try Run(["render", "d.mla.json", "--allow-incomplete", "-o", "out.txt"], in: folder)
        #expect(render.status == 73)
        #expect(render.stderr == "mla: Cannot create out.txt: permission denied.\n")
        #expect(try draft() == before)
        #expect(try Safety.names(in: folder) == ["d.mla.json"])
    }

    @Test func fullDiskExits74AndLeavesTheDraftIntact() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        try Run(["set", "d.mla.json", "offences[1].name=Fraud"], in: folder)
        let before = try draft()
        try Data(String(repeating: "The facts. ", count: 1000).utf8).write(to: folder.appending(path: "facts.txt"))
        // A file-size limit of 4 KiB: writing past it fails with EFBIG, as on a full disk.
        let set = try Safety.runInShell("ulimit -f 4", ["set", "d.mla.json", "facts_summary=@facts.txt"], in: folder)
        #expect(set.status == 74)
        #expect(set.stderr == "mla: Cannot write d.mla.json: the file would exceed the largest size allowed here (file size limit). The previous version of the file, if any, is intact.\n")
        #expect(try draft() == before)
        #expect(try Safety.names(in: folder) == ["d.mla.json", "d.mla.json~", "facts.txt"])
    }

    @Test func renderingToAFullDeviceExits74AndToNullSucceeds() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Run(["new", "evidence", "-o", "d.mla.json"], in: folder)
        let full = try Run(["render", "d.mla.json", "--allow-incomplete", "-o", "/dev/full"], in: folder)
        #expect(full.status == 74)
        #expect(full.stderr == "mla: Cannot write /dev/full: the disk is full. The previous version of the file, if any, is intact.\n")
        let null = try Run(["render", "d.mla.json", "--allow-incomplete", "-o", "/dev/null"], in: folder)
        #expect(null.status == 0)
        #expect(FileManager.default.fileExists(atPath: "/dev/null"))
    }

    /// A folder no file can be created in: by its mode, or for root (whom modes do not stop) by
    /// the immutable attribute.
    @discardableResult
    private func setReadOnly(_ readOnly: Bool) -> Bool {
        if geteuid() != 0 { return chmod(folder.path, readOnly ? 0o555 : 0o755) == 0 }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [readOnly ? "+i" : "-i", folder.path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
