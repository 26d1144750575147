/// The largest input `mla` accepts, in one place so that the checks, the messages and the
/// README agree. Each limit is far above what a request needs and low enough that a hostile
/// or mistaken input is refused in bounded time and memory, with a message, never a crash.
public enum InputLimits {
    /// Characters of a one-line answer (names, references, identifiers).
    public static let lineCharacters = 2_000
    /// Characters of a multi-line answer, such as the summary of facts (1 MB of text is about
    /// a million characters).
    public static let multilineCharacters = 2_000_000
    /// Items in one list (offences, persons, accounts…).
    public static let listItems = 10_000
    /// Bytes of a draft file, checked from its size before it is read: a draft of 10,000 list
    /// items and a 1 MB summary of facts takes a few megabytes.
    public static let draftBytes = 32 * 1024 * 1024
    /// Levels of objects and arrays within each other in a JSON file; a draft needs fewer than ten.
    public static let jsonDepth = 512
    /// Levels of blocks (`{{#if}}`, `{{#each}}`) within each other in a document template; the
    /// built-in templates use four.
    public static let templateNesting = 64
}
