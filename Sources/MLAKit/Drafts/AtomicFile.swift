import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Writes files so that a crash at any moment leaves either the old or the new content, never
/// a mix, and so that only the owner can read them.
///
/// The data goes to a new temporary file in the same folder (random name, created exclusively,
/// mode 0600, never following a link), is flushed to disk, renamed over the target, and the
/// folder is flushed so the rename itself survives a power loss. With `backup`, the content the
/// target held until then is kept under that name (a hard link to the old file, or a copy where
/// the file system has no links): the backup is always a complete earlier version.
///
/// Temporary files left by a process that was killed (`.NAME.tmp-PID-RANDOM`) are removed by
/// the next write of the same file once that process is gone.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL, keepingPreviousAs backup: URL? = nil) throws(FileError) {
        try write(data, to: url, keepingPreviousAs: backup, temporaryName: temporaryName)
    }

    /// The same, with the temporary names given by `temporaryName` (tests plant links at them).
    static func write(_ data: Data, to url: URL, keepingPreviousAs backup: URL?, temporaryName: (URL) -> String) throws(FileError) {
        // A device or pipe (`-o /dev/stdout`) is written in place: renaming over it would replace
        // the device with a file.
        var info = stat()
        if stat(url.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR {
            try writeInPlace(data, to: url)
            return
        }
        removeStaleTemporaries(of: url)
        if let backup { removeStaleTemporaries(of: backup) }
        let (temporary, fd) = try createTemporary(for: url, named: temporaryName)
        var failure: FileError?
        if fchmod(fd, 0o600) != 0 { failure = FileError(errno: errno, path: url.relativePath, operation: .write) }
        if failure == nil { failure = writeAll(data, to: fd, path: url.relativePath) }
        if failure == nil, fsync(fd) != 0 { failure = FileError(errno: errno, path: url.relativePath, operation: .write) }
        if close(fd) != 0, failure == nil { failure = FileError(errno: errno, path: url.relativePath, operation: .write) }
        var previous: String?
        if failure == nil, let backup {
            do { previous = try keepPrevious(of: url, for: backup, named: temporaryName) } catch { failure = error }
        }
        if failure == nil, rename(temporary, url.path) != 0 { failure = FileError(errno: errno, path: url.relativePath, operation: .create) }
        if let failure {
            unlink(temporary)
            if let previous { unlink(previous) }
            throw failure
        }
        if let previous, let backup, rename(previous, backup.path) != 0 { unlink(previous) }
        syncFolder(of: url)
    }

    /// Puts `first` where `second` was and `second` where `first` was, in one step where the
    /// file system allows it (Linux `renameat2` with `RENAME_EXCHANGE`). When `first` does not
    /// exist, `second` simply becomes `first`.
    public static func exchange(_ first: URL, _ second: URL) throws(FileError) {
        if access(first.path, F_OK) != 0 {
            guard rename(second.path, first.path) == 0 else { throw FileError(errno: errno, path: first.relativePath, operation: .create) }
            syncFolder(of: first)
            return
        }
        if let renameat2 = exchangingRename, renameat2(AT_FDCWD, first.path, AT_FDCWD, second.path, 2 /* RENAME_EXCHANGE */) == 0 {
            syncFolder(of: first)
            return
        }
        // Without an exchanging rename: keep `first` under a temporary link, move `second` over it,
        // then give the link the name `second`. `first` is a complete file at every moment.
        guard let link = try linkToTemporary(first, for: second, named: temporaryName) else {
            throw FileError(path: first.relativePath, operation: .read, reason: .notFound)
        }
        guard rename(second.path, first.path) == 0 else {
            let failure = FileError(errno: errno, path: first.relativePath, operation: .create)
            unlink(link)
            throw failure
        }
        if rename(link, second.path) != 0 { unlink(link) }
        syncFolder(of: first)
    }

    /// Removes the temporary files of `url` whose writing process no longer exists.
    public static func removeStaleTemporaries(of url: URL) {
        let folder = url.deletingLastPathComponent().path
        let prefix = ".\(url.lastPathComponent).tmp-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let parts = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 2, let pid = pid_t(parts[0]), pid > 0, UInt32(parts[1]) != nil else { continue }
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                unlink("\(folder)/\(name)")
            }
        }
    }

    /// `.NAME.tmp-PID-RANDOM` beside `url`.
    static func temporaryName(for url: URL) -> String {
        "\(url.deletingLastPathComponent().path)/.\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// A new temporary file for `url`, open for writing. A name already taken (even by a planted
    /// link) is never opened: another random name is tried.
    private static func createTemporary(for url: URL, named name: (URL) -> String) throws(FileError) -> (String, Int32) {
        var attempts = 0
        while true {
            let temporary = name(url)
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
            if fd >= 0 { return (temporary, fd) }
            attempts += 1
            guard errno == EEXIST, attempts < 16 else { throw FileError(errno: errno, path: url.relativePath, operation: .create) }
        }
    }

    /// A temporary name for `backup` holding what `url` holds now, or nil when `url` does not exist.
    private static func keepPrevious(of url: URL, for backup: URL, named name: (URL) -> String) throws(FileError) -> String? {
        do {
            guard let link = try linkToTemporary(url, for: backup, named: name) else { return nil }
            chmod(link, 0o600)
            return link
        } catch {
            // No hard links here (some network and removable file systems): copy instead.
        }
        let data = try read(url)
        let (copy, fd) = try createTemporary(for: backup, named: name)
        var failure = writeAll(data, to: fd, path: backup.relativePath)
        if failure == nil, fsync(fd) != 0 { failure = FileError(errno: errno, path: backup.relativePath, operation: .write) }
        close(fd)
        if let failure {
            unlink(copy)
            throw failure
        }
        return copy
    }

    /// A new hard link to `source` under a temporary name of `target`, or nil when `source` does
    /// not exist. `link` never replaces an existing name, planted link or not.
    private static func linkToTemporary(_ source: URL, for target: URL, named name: (URL) -> String) throws(FileError) -> String? {
        for _ in 0..<16 {
            let temporary = name(target)
            if Glibc.link(source.path, temporary) == 0 { return temporary }
            if errno == ENOENT, access(source.path, F_OK) != 0 { return nil }
            if errno != EEXIST { break }
        }
        throw FileError(errno: errno, path: target.relativePath, operation: .create)
    }

    private static func syncFolder(of url: URL) {
        let folderFD = open(url.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }

    /// Linux `renameat2`, looked up at run time: the C library declares it only for GNU sources.
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static var exchangingRename: RenameAt2? {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }

    private static func writeInPlace(_ data: Data, to url: URL) throws(FileError) {
        let fd = open(url.path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(errno: errno, path: url.relativePath, operation: .write) }
        let failure = writeAll(data, to: fd, path: url.relativePath)
        close(fd)
        if let failure { throw failure }
    }

    private static func writeAll(_ data: Data, to fd: Int32, path: String) -> FileError? {
        data.withUnsafeBytes { buffer -> FileError? in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return FileError(errno: errno, path: path, operation: .write)
                }
                offset += written
            }
            return nil
        }
    }

    /// The contents of a file.
    public static func read(_ url: URL) throws(FileError) -> Data {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileError(errno: errno, path: url.relativePath, operation: .read) }
        defer { close(fd) }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = Glibc.read(fd, &buffer, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(errno: errno, path: url.relativePath, operation: .read)
            }
            if count == 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }
}

/// A file that could not be read or written, with the system's reason.
public struct FileError: Error, Equatable, Sendable {
    public enum Operation: Equatable, Sendable { case read, create, write }
    public enum Reason: Equatable, Sendable {
        case notFound, permissionDenied, isDirectory, noSpace, tooLarge, readOnly, other(String)
    }

    public var path: String
    public var operation: Operation
    public var reason: Reason

    public init(path: String, operation: Operation, reason: Reason) {
        self.path = path
        self.operation = operation
        self.reason = reason
    }

    init(errno code: Int32, path: String, operation: Operation) {
        let reason: Reason = switch code {
        case ENOENT, ENOTDIR: .notFound
        case EACCES, EPERM: .permissionDenied
        case EISDIR: .isDirectory
        case ENOSPC, EDQUOT: .noSpace
        case EFBIG: .tooLarge
        case EROFS: .readOnly
        default: .other(String(cString: strerror(code)))
        }
        self.init(path: path, operation: operation, reason: reason)
    }
}
