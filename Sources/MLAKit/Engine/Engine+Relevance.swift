/// The answers that count for the document.
extension Engine {
    /// The answers to questions that apply, without those set aside by a condition that no
    /// longer holds. The draft keeps the others; the document and the checks ignore them.
    public func relevantAnswers(_ answers: Answers) -> Answers {
        let questions = questions(for: answers)
        var result: Answers = [:]
        for question in questions where question.kind == .value {
            guard let value = answers.value(at: question.path) else { continue }
            // Paths come in document order, so an item number never skips ahead.
            if let updated = try? result.setting(value, at: question.path) { result = updated }
        }
        for question in questions where question.kind == .addItem && answers.value(at: question.path) == .notKnown {
            if let updated = try? result.setting(.notKnown, at: question.path) { result = updated }
        }
        return result
    }
}
