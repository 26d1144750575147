import Foundation

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
        let data: Data
        do {
            data = try AtomicFile.read(url)
        } catch {
            throw .file(error)
        }
        do {
            return try codec.decode(data)
        } catch {
            throw .draft(path: url.relativePath, error)
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
