import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// The right to change one draft, held by one process at a time.
///
/// The lock is a file beside the draft, `.NAME.lock` (mode 0600), naming its holder
/// (``LockHolder``). It is made complete under a temporary name and then linked into place, which
/// fails when the name exists, so two processes can never both create it. A lock whose process
/// has gone (killed, crashed, or its id now used by another program) is stale: it is replaced
/// while holding `flock` on it, so of several processes finding the same stale lock exactly one
/// replaces it and the others then find the new holder. Its holder removes it under `flock` too,
/// so a lock seen held and then found without its process is never mistaken for a stale one. A lock made on another machine (a shared
/// folder) cannot be checked and counts as held.
public struct DraftLock: Sendable {
    /// The lock file.
    public let url: URL
    private let device: UInt64
    private let inode: UInt64

    /// `.NAME.lock` beside the draft.
    public static func url(for draft: URL) -> URL {
        let path = draft.relativePath
        let name = ".\(draft.lastPathComponent).lock"
        guard let slash = path.lastIndex(of: "/") else { return URL(fileURLWithPath: name) }
        return URL(fileURLWithPath: String(path[...slash]) + name)
    }

    /// Takes the lock of `draft` for this process, or says who holds it.
    public static func acquire(_ draft: URL, command: String, started: String) throws(LockError) -> DraftLock {
        let lock = url(for: draft)
        let me = LockHolder.current(started: started, command: command)
        AtomicFile.removeStaleTemporaries(of: lock)
        let temporary = AtomicFile.temporaryName(for: lock)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw .cannotLock(draft: draft.relativePath, FileError(errno: errno, path: draft.relativePath, operation: .create)) }
        defer { unlink(temporary) }
        let bytes = Array(me.text.utf8)
        let written = write(fd, bytes, bytes.count)
        let failure = written == bytes.count ? nil : FileError(errno: written < 0 ? errno : ENOSPC, path: draft.relativePath, operation: .write)
        var info = stat()
        fstat(fd, &info)
        close(fd)
        if let failure { throw .cannotLock(draft: draft.relativePath, failure) }
        let mine = DraftLock(url: lock, device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        for _ in 0..<16 {
            if link(temporary, lock.path) == 0 { return mine }
            guard errno == EEXIST else {
                throw .cannotLock(draft: draft.relativePath, FileError(errno: errno, path: draft.relativePath, operation: .create))
            }
            if try replaceIfStale(lock, with: temporary, draft: draft) { return mine }
        }
        throw .cannotLock(draft: draft.relativePath, FileError(path: draft.relativePath, operation: .create, reason: .other("busy")))
    }

    /// The live holder of `draft`'s lock, if any: for commands that read a draft and should not
    /// use one that is being changed.
    public static func holder(of draft: URL) -> LockHolder? {
        guard let data = try? AtomicFile.read(url(for: draft)), let holder = LockHolder(text: String(decoding: data, as: UTF8.self)) else {
            return nil
        }
        return !holder.isLocal || holder.isRunning ? holder : nil
    }

    /// Gives the lock up: removes the lock file if it is still this one. It is removed under
    /// `flock`, like a stale lock is replaced: a process that looked at this lock while it was
    /// held must not find it gone with its holder, and replace a lock made since.
    public func release() {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { break }
        }
        var opened = stat(), current = stat()
        guard fstat(fd, &opened) == 0, lstat(url.path, &current) == 0, UInt64(opened.st_dev) == device, UInt64(opened.st_ino) == inode,
              current.st_dev == opened.st_dev, current.st_ino == opened.st_ino else { return }
        unlink(url.path)
    }

    /// Looks at the existing lock under `flock`: throws if its holder runs, replaces it with
    /// `temporary` and returns true if stale, returns false if it changed meanwhile (try again).
    private static func replaceIfStale(_ lock: URL, with temporary: String, draft: URL) throws(LockError) -> Bool {
        let fd = open(lock.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            if errno == ENOENT { return false }
            throw .cannotLock(draft: draft.relativePath, FileError(errno: errno, path: lock.relativePath, operation: .read))
        }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { break }
        }
        var opened = stat(), current = stat()
        guard fstat(fd, &opened) == 0, lstat(lock.path, &current) == 0, opened.st_dev == current.st_dev, opened.st_ino == current.st_ino else {
            return false
        }
        var data = [UInt8](repeating: 0, count: 4096)
        let count = read(fd, &data, data.count)
        if let holder = LockHolder(text: String(decoding: data.prefix(max(count, 0)), as: UTF8.self)) {
            guard holder.isLocal else { throw .heldOnOtherMachine(draft: draft.relativePath, by: holder, lockFile: lock.relativePath) }
            if holder.isRunning { throw .held(draft: draft.relativePath, by: holder) }
        }
        // Stale, or not a lock this program wrote (no process to name): replace it in one step.
        guard rename(temporary, lock.path) == 0 else {
            throw .cannotLock(draft: draft.relativePath, FileError(errno: errno, path: draft.relativePath, operation: .create))
        }
        return true
    }
}

/// Why a draft cannot be locked.
public enum LockError: Error, Equatable, Sendable {
    /// Another process on this machine holds the lock.
    case held(draft: String, by: LockHolder)
    /// A process on another machine holds it (a shared folder); it cannot be checked from here.
    case heldOnOtherMachine(draft: String, by: LockHolder, lockFile: String)
    /// A command that only reads the draft (`render`) finds it being changed.
    case inUse(draft: String, by: LockHolder)
    /// The lock file cannot be created beside the draft.
    case cannotLock(draft: String, FileError)
}
