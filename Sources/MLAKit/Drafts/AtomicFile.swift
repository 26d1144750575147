import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Writes files so that a crash at any moment leaves either the old or the new content, never
/// a mix, and so that only the owner can read them.
///
/// The data goes to a new temporary file in the same folder (created exclusively, mode 0600,
/// never following a link), is flushed to disk, renamed over the target, and the folder is
/// flushed so the rename itself survives a power loss.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws(FileError) {
        // A device or pipe (`-o /dev/stdout`) is written in place: renaming over it would replace
        // the device with a file.
        var info = stat()
        if stat(url.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG, info.st_mode & S_IFMT != S_IFDIR {
            try writeInPlace(data, to: url)
            return
        }
        let folder = url.deletingLastPathComponent().path
        let temporary = "\(folder)/.\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw FileError(errno: errno, path: url.relativePath, operation: .create) }
        var failure: FileError?
        if fchmod(fd, 0o600) != 0 { failure = FileError(errno: errno, path: url.relativePath, operation: .write) }
        if failure == nil { failure = writeAll(data, to: fd, path: url.relativePath) }
        if failure == nil, fsync(fd) != 0 { failure = FileError(errno: errno, path: url.relativePath, operation: .write) }
        if close(fd) != 0, failure == nil { failure = FileError(errno: errno, path: url.relativePath, operation: .write) }
        if failure == nil, rename(temporary, url.path) != 0 { failure = FileError(errno: errno, path: url.relativePath, operation: .create) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
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
        case notFound, permissionDenied, isDirectory, noSpace, readOnly, other(String)
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
        case EROFS: .readOnly
        default: .other(String(cString: strerror(code)))
        }
        self.init(path: path, operation: operation, reason: reason)
    }
}
