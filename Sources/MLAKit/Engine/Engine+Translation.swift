/// The free-text answers a document in another language needs translated.
extension Engine {
    /// The answers to translate: prose answers (``Field/isTranslatable``) to the questions that
    /// apply, in document order.
    public func translatableAnswers(_ answers: Answers) -> [(path: AnswerPath, field: Field, text: String)] {
        questions(for: answers).compactMap { question in
            guard question.kind == .value, question.field.isTranslatable,
                  case .text(let text)? = answers.value(at: question.path) else { return nil }
            return (question.path, question.field, text)
        }
    }

    /// The translatable answers that have no translation, or one made before the answer changed.
    public func untranslatedAnswers(_ answers: Answers, translations: [String: Translation]) -> [(path: AnswerPath, field: Field, text: String)] {
        translatableAnswers(answers).filter { translations[$0.path.description]?.source != $0.text }
    }

    /// Warnings for each answer still to translate, with its number of words.
    public func translationFindings(_ answers: Answers, translations: [String: Translation], from source: String, into target: String) -> [Finding] {
        untranslatedAnswers(answers, translations: translations).compactMap { entry in
            guard let question = questions(for: answers).first(where: { $0.path == entry.path && $0.kind == .value }) else { return nil }
            return Finding(path: entry.path, field: entry.field, section: question.section, level: .should,
                           problem: .untranslated(words: entry.text.split(whereSeparator: \.isWhitespace).count, from: source, into: target),
                           acknowledgement: nil)
        }
    }
}
