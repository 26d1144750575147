/// A document template, parsed once into a tree of blocks.
///
/// The template language is line based (see the header of `Templates/en/request.txt`):
/// `#` title, `##` heading, plain lines numbered paragraphs, `>` unnumbered paragraphs,
/// `-` list items, `| a | b |` table rows, and `{{#if}}`, `{{#each}}` blocks on lines of their own.
public struct Template: Equatable, Sendable {
    public var nodes: [Node]

    public indirect enum Node: Equatable, Sendable {
        case title([Inline])
        case heading([Inline])
        case paragraph([Inline], numbered: Bool)
        case bullet([Inline])
        case row([[Inline]])
        case conditional(Test, then: [Node], otherwise: [Node])
        case each(SchemaPath, [Node])
    }

    public enum Inline: Equatable, Sendable {
        case text(String)
        /// An answer, formatted for the document language.
        case value(SchemaPath)
        /// A fixed term of the document language (`{{term urgent}}`).
        case term(String)
        /// The number of the current item inside `{{#each}}`.
        case itemNumber
    }

    /// The test of a `{{#if}}` block.
    public indirect enum Test: Equatable, Sendable {
        /// `{{#if path}}`: the field applies and has an answer.
        case answered(SchemaPath)
        /// `{{#if path is code}}`: the choice is the code, the multichoice holds it, or the boolean is yes/no.
        case has(SchemaPath, String)
        case not(Test)
    }
}
