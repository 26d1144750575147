/// The free-text answers a document in another language needs translated.
extension Engine {
    /// The answers to translate: prose answers (``Field/isTranslatable``) to the questions that
    /// apply, in document order.
    public func translatableAnswers(_ answers: Answers) -> [(path: AnswerPath, field: Field, text: String)] {
        translatableQuestions(answers).map { ($0.question.path, $0.question.field, $0.text) }
    }

    /// The translatable answers that have no translation, or one made before the answer changed.
    public func untranslatedAnswers(_ answers: Answers, translations: [String: Translation]) -> [(path: AnswerPath, field: Field, text: String)] {
        translatableAnswers(answers).filter { translations[$0.path.description]?.source != $0.text }
    }

    /// Warnings for each answer still to translate, with its number of words.
    public func translationFindings(_ answers: Answers, translations: [String: Translation], from source: String, into target: String) -> [Finding] {
        translatableQuestions(answers).compactMap { question, text in
            guard translations[question.path.description]?.source != text else { return nil }
            return Finding(path: question.path, field: question.field, section: question.section, level: .should,
                           problem: .untranslated(words: text.split(whereSeparator: \.isWhitespace).count, from: source, into: target),
                           acknowledgement: nil)
        }
    }

    /// The value questions whose prose answers need translating, with the answers, in one walk.
    private func translatableQuestions(_ answers: Answers) -> [(question: Question, text: String)] {
        questions(for: answers).compactMap { question in
            guard question.kind == .value, question.field.isTranslatable,
                  case .text(let text)? = answers.value(at: question.path) else { return nil }
            return (question, text)
        }
    }
}
