/// A document template, parsed once into a tree of blocks.
///
/// The template language is line based (see the header of `Templates/en/request.txt`):
/// `#` title, `##` heading, plain lines numbered paragraphs, `>` unnumbered paragraphs,
/// `-` list items, `| a | b |` table rows, and `{{#if}}`, `{{#each}}` blocks and `{{> part}}`
/// inclusions on lines of their own.
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
        /// `{{> name}}`: the blocks of the part `Templates/<lang>/name.txt`, until resolved.
        case include(String)
    }

    public enum Inline: Equatable, Sendable {
        case text(String)
        /// An answer, formatted for the document language.
        case value(SchemaPath)
        /// A fixed term of the document language (`{{term urgent}}`).
        case term(String)
        /// The number of the current item inside `{{#each}}`.
        case itemNumber
        /// A date and time shown in the time zone another answer names (`{{slot in vc_time_zones.requested}}`).
        case zoned(SchemaPath, zone: SchemaPath)
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

extension Template {
    /// The template with every `{{> name}}` replaced by the blocks of that part, parts inside
    /// parts included. `load` parses a part by name; a part that includes itself is an error.
    func resolvingIncludes(file: String, _ load: (String) throws(TemplateError) -> Template) throws(TemplateError) -> Template {
        var template = self
        template.nodes = try Self.resolve(nodes, file: file, chain: [], load)
        return template
    }

    private static func resolve(_ nodes: [Node], file: String, chain: [String],
                                _ load: (String) throws(TemplateError) -> Template) throws(TemplateError) -> [Node] {
        var result: [Node] = []
        for node in nodes {
            switch node {
            case .include(let name):
                guard !chain.contains(name) else {
                    throw TemplateError(file: file, line: 0, issue: .includeCycle((chain + [name]).joined(separator: " > ")), text: "")
                }
                result += try resolve(load(name).nodes, file: file, chain: chain + [name], load)
            case .conditional(let test, let then, let otherwise):
                result.append(.conditional(test, then: try resolve(then, file: file, chain: chain, load),
                                           otherwise: try resolve(otherwise, file: file, chain: chain, load)))
            case .each(let path, let body):
                result.append(.each(path, try resolve(body, file: file, chain: chain, load)))
            case .title, .heading, .paragraph, .bullet, .row:
                result.append(node)
            }
        }
        return result
    }
}
