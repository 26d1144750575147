/// The questionnaire engine: given the definitions and the answers, it says which questions
/// apply, which comes next, how a typed answer is stored, and what is still missing.
///
/// It does no I/O and keeps no state: every call takes the answers and returns a result.
public struct Engine: Sendable {
    public let questionnaire: Questionnaire

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
    }

    /// The questions that apply to these answers, in order. Fields whose `ask_if` does not hold
    /// are left out (their answers, if any, are kept but set aside).
    public func questions(for answers: Answers) -> [Question] {
        let context = EvaluationContext(root: answers)
        var questions: [Question] = []
        for section in questionnaire.sections where section.askIf?.holds(in: context) ?? true {
            for field in section.fields {
                collect(field, at: AnswerPath(field.id), in: answers, section: section, context: context, parentLevel: .must, into: &questions)
            }
        }
        return questions
    }

    /// The first question that has no answer and was not skipped, or nil when every question has one.
    public func firstOpenQuestion(in answers: Answers, skipped: Set<String> = []) -> Question? {
        questions(for: answers).first { !isAnswered($0, in: answers) && !skipped.contains($0.path.description) }
    }

    /// Whether a question has been dealt with.
    public func isAnswered(_ question: Question, in answers: Answers) -> Bool {
        let value = answers.value(at: question.path)
        switch question.kind {
        case .value:
            return value.map { !$0.isEmpty } ?? false
        case .addItem:
            return question.itemCount > 0 || value == .notKnown
        case .openGroup:
            return value.map { !$0.isEmpty } ?? false
        }
    }

    // MARK: - Walking the fields

    /// Appends the questions of a field, and of the fields inside it, to `questions`.
    private func collect(_ field: Field, at path: AnswerPath, in answers: Answers, section: Section, context: EvaluationContext,
                         parentLevel: Level, into questions: inout [Question]) {
        guard field.askIf?.holds(in: context) ?? true else { return }
        let level = min(field.requirement.level(in: context), parentLevel == .may ? .must : parentLevel)
        switch field.type {
        case .value, .choice, .multichoice:
            questions.append(Question(kind: .value, path: path, field: field, section: section, level: level))
        case .group:
            let present = answers.value(at: path).map { !$0.isEmpty } ?? false
            if level == .may && !present {
                questions.append(Question(kind: .openGroup, path: path, field: field, section: section, level: level))
                return
            }
            for child in field.fields {
                collect(child, at: path.appending(child.id), in: answers, section: section, context: context, parentLevel: level, into: &questions)
            }
        case .list:
            var items: [Answers] = []
            if case .items(let existing)? = answers.value(at: path) { items = existing }
            let listPath = path.schemaPath
            for (offset, item) in items.enumerated() {
                let itemContext = context.entering(listPath, item: item)
                let itemPath = path.item(offset + 1)
                for child in field.fields {
                    collect(child, at: itemPath.appending(child.id), in: answers, section: section, context: itemContext, parentLevel: .must, into: &questions)
                }
            }
            questions.append(Question(kind: .addItem, path: path, field: field, section: section, level: level, itemCount: items.count))
        }
    }
}
