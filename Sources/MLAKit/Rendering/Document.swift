/// A rendered request, independent of output format: what the text and HTML writers lay out.
public struct Document: Equatable, Sendable {
    /// The document language (BCP 47) and its writing direction.
    public var language: String
    public var rightToLeft: Bool
    public var blocks: [Block]

    public enum Block: Equatable, Sendable {
        case title([Span])
        /// A numbered heading: "2", "Requesting authority".
        case heading(number: String, [Span])
        /// A paragraph with its number ("2.3"), or nil for an unnumbered one.
        case paragraph(number: String?, [Span])
        case list([[Span]])
        case table([[[Span]]])
        /// The visible mark of a draft rendered before it is complete.
        case incompleteMark(String)
    }

    /// A run of text: fixed wording of the template, or an answer typed by the drafter.
    public enum Span: Equatable, Sendable {
        case text(String)
        case answer(String)
        /// A free-text answer still in the drafter's language, with the visible note, in the
        /// document language, that it awaits translation.
        case untranslated(note: String, original: String, language: String)

        public var string: String {
            switch self {
            case .text(let text), .answer(let text): text
            case .untranslated(let note, let original, _): note.isEmpty ? original : "[\(note)] \(original)"
            }
        }
    }
}
