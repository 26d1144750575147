/// Every failure the program reports, as data. ``Presenter`` turns it into words and an exit code.
public enum MLAError: Error, Equatable, Sendable {
    case usage(UsageError)
    case store(DraftStoreError)
    case definition(DefinitionError)
    case template(TemplateError)
    case locale(LocaleError)
    case resource(ResourceError)
    /// A value given for a path was refused.
    case answer(path: String, AnswerError)
    /// A path that names no field of the draft's questionnaire.
    case unknownPath(String)
    /// `render` of a draft that lacks MUST information.
    case incomplete(missing: [String])
    /// `new -o` naming a file that already exists.
    case draftExists(String)
    case output(FileError)
    /// A value file, standard input or reason that cannot be used.
    case input(InputError)
    /// A State profile, the table of provisions or the authorities directory that cannot be used.
    case dataFile(DataFileError)
    /// The authorities directory that cannot be found or read.
    case directory(DirectoryFileError)
    /// `legal-basis` or `authorities --fill` on a draft that does not name the State(s) yet.
    case stateNotAnswered(field: String)
    /// `authorities --fill` for a State the directory has no authority of.
    case noAuthority(country: String, file: String)
    /// A status or incoming request the case register refuses.
    case register(RegisterError)
    /// The draft is locked by another process, or cannot be locked.
    case lock(LockError)
}

/// A command line that does not fit the commands.
public enum UsageError: Error, Equatable, Sendable {
    case noCommand
    case unknownCommand(String)
    case missingArgument(command: String, argument: String)
    case unexpectedArgument(command: String, argument: String)
    case unknownOption(command: String, option: String)
    case optionNeedsValue(String)
    case unknownType(String, known: [String])
    case unknownFormat(String)
    /// `--side-by-side` asked for with a format other than HTML.
    case sideBySideNeedsHTML
    case unknownDocumentLanguage(String, known: [String])
    case badAssignment(String)
    case notATerminalAnswer(String)
    /// A country given by a code or name that is not known.
    case unknownCountry(String)
}
