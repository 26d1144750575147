import Foundation

/// Loads and saves drafts on disk.
public struct DraftStore: Sendable {
    public let codec: DraftCodec

    public init(codec: DraftCodec) {
        self.codec = codec
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
