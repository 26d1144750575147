/// A problem in a document template, with its file and line.
public struct TemplateError: Error, Equatable, Sendable {
    public var file: String
    public var line: Int
    public var issue: Issue
    /// The text of the offending line.
    public var text: String

    public enum Issue: Equatable, Sendable {
        case unknownField(String)
        case unknownTerm(String)
        case unknownTag(String)
        case unclosedTag(String)
        case unexpectedClose(String)
        case unterminatedPlaceholder
        case notAList(String)
        case unknownChoice(field: String, code: String)
        /// `{{> name}}` names a part that does not exist in this language.
        case missingPart(String)
        /// Parts that include each other, in the order found (`a > b > a`).
        case includeCycle(String)
        /// Blocks (`{{#if}}`, `{{#each}}`) within each other more deeply than the limit.
        case nestedTooDeep(limit: Int)
    }
}
