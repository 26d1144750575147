import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Loads and saves drafts on disk.
public struct DraftStore: Sendable {
    public let codec: DraftCodec

    public init(codec: DraftCodec) {
        self.codec = codec
    }

    public func load(_ url: URL) throws(DraftStoreError) -> Draft {
        let data = try Self.contents(of: url)
        do {
            return try codec.decode(data)
        } catch {
            throw .draft(path: url.relativePath, error)
        }
    }

    /// The bytes of a draft or record file, refused when there are more than
    /// ``InputLimits/draftBytes``: the size is checked before reading, so that a huge file costs
    /// nothing; a device or a pipe, which has no size, is read only up to one byte past the limit.
    static func contents(of url: URL) throws(DraftStoreError) -> Data {
        let limit = InputLimits.draftBytes
        var info = stat()
        let regular = stat(url.path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
        if regular, info.st_size > limit { throw .draft(path: url.relativePath, .tooLarge(bytes: Int(info.st_size), limit: limit)) }
        let data: Data
        do {
            data = try regular || info.st_mode & S_IFMT == S_IFDIR ? AtomicFile.read(url) : Self.read(url, upTo: limit + 1)
        } catch {
            throw .file(error)
        }
        if data.count > limit { throw .draft(path: url.relativePath, .tooLarge(bytes: data.count, limit: limit)) }
        return data
    }

    /// At most `count` bytes of a file that is not a regular one.
    private static func read(_ url: URL, upTo count: Int) throws(FileError) -> Data {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return try AtomicFile.read(url) }
        defer { try? handle.close() }
        do {
            return try handle.read(upToCount: count) ?? Data()
        } catch {
            throw FileError(path: url.relativePath, operation: .read, reason: .other(error.localizedDescription))
        }
    }

    public func save(_ draft: Draft, to url: URL) throws(DraftStoreError) {
        do {
            try AtomicFile.write(codec.encode(draft), to: url)
        } catch {
            throw .file(error)
        }
    }
}

/// A draft that cannot be loaded or saved.
public enum DraftStoreError: Error, Equatable, Sendable {
    case file(FileError)
    case draft(path: String, DraftError)
}
