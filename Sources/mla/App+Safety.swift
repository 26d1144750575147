import Foundation
import MLAKit

/// Locks around the commands that change a draft, the check `render` makes, and `undo`.
extension App {
    /// Takes the lock of the draft `file` for `command`; another session or writing command on the
    /// same draft is refused meanwhile, naming this one. Pair with ``unlock(_:)`` in a `defer`.
    func lock(_ file: String, for command: String) throws(MLAError) -> DraftLock {
        let lock: DraftLock
        do {
            lock = try DraftLock.acquire(URL(fileURLWithPath: file), command: "mla \(command) \(file)", started: now)
        } catch {
            throw .lock(error)
        }
        Signals.removeOnSignal(lock.url.path)
        return lock
    }

    func unlock(_ lock: DraftLock) {
        lock.release()
        Signals.removeOnSignal(nil)
    }

    /// Refuses to use a draft that a session or command is changing right now.
    func refuseWhileChanged(_ file: String) throws(MLAError) {
        if let holder = DraftLock.holder(of: URL(fileURLWithPath: file)) {
            throw .lock(.inUse(draft: file, by: holder))
        }
    }

    /// `mla undo FILE`: puts back the version before the last save; the version it replaces is
    /// kept, so a second undo brings it back.
    func undo(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        try usage { () throws(UsageError) in
            try invocation.allow(options: [])
            try invocation.allowArguments(1)
        }
        let file = try argument(invocation, 0, "FILE")
        let lock = try lock(file, for: "undo")
        defer { unlock(lock) }
        let restoration: Restoration
        do {
            restoration = try store.undo(URL(fileURLWithPath: file))
        } catch {
            throw .store(error)
        }
        let backup = DraftStore.backupURL(for: URL(fileURLWithPath: file)).relativePath
        var lines = [text("safety.restored", ["file": file, "time": restoration.restoredVersion])]
        if let replaced = restoration.replacedVersion {
            lines.append(text("safety.replaced_kept", ["file": file, "backup": backup, "time": replaced]))
        } else if restoration.replacedExists {
            lines.append(text("safety.replaced_unreadable_kept", ["file": file, "backup": backup]))
        }
        console.err(lines.joined(separator: "\n") + "\n")
        return .success
    }
}
