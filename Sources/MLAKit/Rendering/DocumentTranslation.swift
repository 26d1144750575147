/// What a document written in another language than the drafter's uses for free-text answers:
/// the drafter's language and the translations made so far (``Draft/translations``).
public struct DocumentTranslation: Equatable, Sendable {
    /// The language the answers were typed in.
    public var sourceLanguage: String
    /// Translations into the document language, by answer path.
    public var texts: [String: Translation]

    public init(sourceLanguage: String, texts: [String: Translation]) {
        self.sourceLanguage = sourceLanguage
        self.texts = texts
    }
}
