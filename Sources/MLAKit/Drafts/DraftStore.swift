import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Loads and saves drafts on disk.
///
/// Each save keeps the version it replaces as `NAME~` beside the draft (`case.mla.json~`), so the
/// last save can be undone; undoing exchanges the two files, so undoing again redoes.
public struct DraftStore: Sendable {
    public let codec: DraftCodec

    public init(codec: DraftCodec) {
        self.codec = codec
    }

    /// Where the version before the last save of `draft` is kept: `NAME~` in the same folder.
    public static func backupURL(for draft: URL) -> URL {
        URL(fileURLWithPath: draft.relativePath + "~")
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

    /// Saves `draft`, keeping the version it replaces as `NAME~`. A save that would change nothing
    /// but the time of the last change is skipped, so that `NAME~` stays a version that differs.
    public func save(_ draft: Draft, to url: URL) throws(DraftStoreError) {
        let data = codec.encode(draft)
        if let current = try? AtomicFile.read(url), Self.withoutUpdateTime(current) == Self.withoutUpdateTime(data) { return }
        do {
            try AtomicFile.write(data, to: url, keepingPreviousAs: Self.backupURL(for: url))
        } catch {
            throw .file(error)
        }
    }

    /// Puts the version before the last save back in place, and keeps the version it replaces as
    /// the new `NAME~`. The earlier version must read as a draft; the current one need not (undo
    /// is also the way back from a draft spoilt by hand).
    public func undo(_ url: URL) throws(DraftStoreError) -> Restoration {
        let backup = Self.backupURL(for: url)
        let restored: Draft
        do {
            restored = try load(backup)
        } catch .file(let file) where file.reason == .notFound {
            throw .noEarlierVersion(path: url.relativePath, backup: backup.relativePath)
        }
        let replaced = try? load(url)
        do {
            try AtomicFile.exchange(url, backup)
        } catch {
            throw .file(error)
        }
        return Restoration(restoredVersion: restored.updatedAt, replacedVersion: replaced?.updatedAt,
                           replacedExists: replaced != nil || FileManager.default.fileExists(atPath: backup.path))
    }
}

/// What `undo` did: the time of the version put back, and of the one set aside as `NAME~`.
public struct Restoration: Equatable, Sendable {
    /// `updated_at` of the version now in place.
    public var restoredVersion: String
    /// `updated_at` of the version now kept as `NAME~`; nil when it does not read as a draft.
    public var replacedVersion: String?
    /// Whether a file was replaced at all (the draft itself may have been deleted).
    public var replacedExists: Bool
}

/// A draft that cannot be loaded or saved.
public enum DraftStoreError: Error, Equatable, Sendable {
    case file(FileError)
    case draft(path: String, DraftError)
    /// `undo` with no earlier version kept.
    case noEarlierVersion(path: String, backup: String)
}

private extension DraftStore {
    /// The draft file with the value of `updated_at` left out. The writer puts the key exactly so,
    /// and inside a string value its quotes would be escaped, so the first match is the key.
    static func withoutUpdateTime(_ data: Data) -> Data {
        let key = Data(#""updated_at" : ""#.utf8)
        guard let start = data.range(of: key), let end = data[start.upperBound...].firstIndex(of: UInt8(ascii: "\"")) else { return data }
        var stripped = data
        stripped.removeSubrange(start.upperBound..<end)
        return stripped
    }
}
