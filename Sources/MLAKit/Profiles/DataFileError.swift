/// A data file people write by hand (a State profile, the authorities directory, the table of
/// provisions) that cannot be used, with every problem found and where it is.
public struct DataFileError: Error, Equatable, Sendable {
    /// The file as the user knows it: a path on disk, or the built-in path.
    public var file: String
    public var problems: [DataFileProblem]

    public init(file: String, problems: [DataFileProblem]) {
        self.file = file
        self.problems = problems
    }
}

/// One problem in a data file: the place (`instruments.untoc.checked`) and what is wrong.
public struct DataFileProblem: Equatable, Sendable {
    public var place: String
    public var issue: DataFileIssue

    public init(place: String, issue: DataFileIssue) {
        self.place = place
        self.issue = issue
    }
}

public enum DataFileIssue: Equatable, Sendable {
    case notJSON(line: Int, column: Int, detail: String)
    /// The `format` marker is not the one this kind of file carries.
    case wrongFormat(expected: String)
    case unsupportedVersion(Int, supported: Int)
    case missingKey
    /// A value of the wrong JSON kind: `string`, `list`, `object`, `boolean`.
    case wrongKind(expected: String)
    case unknownKey
    /// A code that is not one of those known (an instrument, a channel).
    case unknownCode(String, known: [String])
    /// A value not in the expected form: `date`, `url`, `language`, `country`, `email`, `phone`, `time_zone`.
    case invalid(String, form: String)
    /// A profile whose `state` is not the one its file name says.
    case stateMismatch(state: String, expected: String)
}

/// The authorities directory that the user named (or the default one) does not exist or
/// cannot be read.
public enum DirectoryFileError: Error, Equatable, Sendable {
    case notFound(path: String)
    case unreadable(path: String)
    case invalid(DataFileError)
}
