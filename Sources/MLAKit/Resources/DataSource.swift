import Foundation

/// Where `mla` reads its questionnaires, templates and locales: the copies built into the
/// program, overlaid by an office's own folder when one is given.
///
/// A file at `OVERRIDE/Templates/en/request.txt` replaces the built-in `Templates/en/request.txt`.
public struct DataSource: Sendable {
    private let embedded: [String: String]
    public let overrideDirectory: URL?

    /// The built-in data, overlaid by `overrideDirectory` if given.
    public init(overrideDirectory: URL? = nil) {
        self.init(files: EmbeddedData.files, overrideDirectory: overrideDirectory)
    }

    /// Data from the given files only (for tests).
    public init(files: [String: String], overrideDirectory: URL? = nil) {
        self.embedded = files
        self.overrideDirectory = overrideDirectory
    }

    /// The text of a data file by its path from the package root (`Locales/en.json`).
    public func text(_ path: String) throws(ResourceError) -> String {
        if let overrideDirectory {
            let url = overrideDirectory.appending(path: path)
            if FileManager.default.fileExists(atPath: url.path) {
                do {
                    return try String(contentsOf: url, encoding: .utf8)
                } catch {
                    throw .unreadable(path: url.path)
                }
            }
        }
        guard let text = embedded[path] else { throw .missing(path: path) }
        return text
    }

    /// The paths of the data files in a folder (`Templates/questionnaires`), sorted.
    public func paths(in folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var paths = Set(embedded.keys.filter { $0.hasPrefix(prefix) })
        if let overrideDirectory, let names = try? FileManager.default.contentsOfDirectory(atPath: overrideDirectory.appending(path: folder).path) {
            paths.formUnion(names.filter { !$0.hasPrefix(".") }.map { prefix + $0 })
        }
        return paths.filter { !$0.dropFirst(prefix.count).contains("/") }.sorted()
    }
}

/// A data file that cannot be found or read.
public enum ResourceError: Error, Equatable, Sendable {
    case missing(path: String)
    case unreadable(path: String)
}
