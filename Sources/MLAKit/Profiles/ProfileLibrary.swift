import Foundation

/// The State profiles: the built-in ones in `Templates/profiles/`, each replaced by the file of
/// the same name in the user's own folder. Each is read only when asked for.
public struct ProfileLibrary: Sendable {
    public static let folder = "Templates/profiles"
    let source: DataSource

    public init(source: DataSource) {
        self.source = source
    }

    /// The profile of a State (`PT`), or nil when there is none.
    public func profile(for state: String) throws(DataFileError) -> StateProfile? {
        let state = state.uppercased()
        guard state.count == 2, state.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        let path = "\(Self.folder)/\(state).json"
        let text: String
        do {
            text = try source.text(path)
        } catch {
            switch error {
            case .missing: return nil
            case .unreadable(let file): throw DataFileError(file: file, problems: [DataFileProblem(place: "", issue: .notJSON(line: 1, column: 1, detail: "unreadable"))])
            }
        }
        return try StateProfile.decode(text, state: state, file: displayPath(path))
    }

    /// The States that have a profile, by code.
    public var states: [String] {
        source.paths(in: Self.folder).compactMap { path in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            guard name.hasSuffix(".json") else { return nil }
            let code = String(name.dropLast(5))
            return code.count == 2 && code == code.uppercased() ? code : nil
        }
    }

    /// A file of the user's folder by its path on disk; a built-in one by its package path.
    func displayPath(_ path: String) -> String {
        if let directory = source.overrideDirectory {
            let url = directory.appending(path: path)
            if FileManager.default.fileExists(atPath: url.path) { return url.path }
        }
        return path
    }
}
