/// Turns a draft into a request document in a document language.
///
/// The template is parsed, and checked against the questionnaires when asked, when the renderer
/// is made, so a template that names an unknown field fails before any document is written.
public struct RequestRenderer: Sendable {
    public let language: String
    let template: Template
    let terms: DocumentTerms

    /// With `verified`, the template is checked against every questionnaire (the built-in
    /// templates are checked so by the test suite; an office's own at every use).
    public init(language: String, source: DataSource, library: QuestionnaireLibrary, verified: Bool = true) throws(TemplateError) {
        let path = "Templates/\(language)/request.txt"
        let text: String
        do {
            text = try source.text(path)
        } catch {
            throw TemplateError(file: path, line: 0, issue: .unknownTag("(no template for this language)"), text: "")
        }
        self.language = language
        self.template = try Template(parsing: text, file: path).resolvingIncludes(file: path) { name throws(TemplateError) in
            let partPath = "Templates/\(language)/\(name).txt"
            guard let partText = try? source.text(partPath) else {
                throw TemplateError(file: path, line: 0, issue: .missingPart(name), text: "")
            }
            return try Template(parsing: partText, file: partPath)
        }
        self.terms = try DocumentTerms(language: language, source: source)
        if verified { try TemplateChecker(library: library, terms: terms, file: path).check(template) }
    }

    /// The document for a draft's answers, marked as incomplete when `incompleteMark` is given.
    /// With a translation (the drafter wrote in another language), free-text answers appear as
    /// translated, or marked as awaiting translation.
    public func document(for answers: Answers, engine: Engine, incompleteMark: Bool, translation: DocumentTranslation? = nil) -> Document {
        template.render(engine.relevantAnswers(engine.completingDerivedDates(answers)), questionnaire: engine.questionnaire, terms: terms,
                        incompleteMark: incompleteMark ? terms.term("incomplete_draft") ?? "INCOMPLETE DRAFT" : nil,
                        translation: translation)
    }
}
