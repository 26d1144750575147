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
        return questionnaire.sections.flatMap { section -> [Question] in
            guard section.askIf?.holds(in: context) ?? true else { return [] }
            return section.fields.flatMap { field in
                questions(for: field, at: AnswerPath(field.id), in: answers, section: section, context: context, parentLevel: .must)
            }
        }
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

    private func questions(for field: Field, at path: AnswerPath, in answers: Answers, section: Section, context: EvaluationContext, parentLevel: Level) -> [Question] {
        guard field.askIf?.holds(in: context) ?? true else { return [] }
        let level = min(field.requirement.level(in: context), parentLevel == .may ? .must : parentLevel)
        let question = Question(kind: .value, path: path, field: field, section: section, level: level)
        switch field.type {
        case .value, .choice, .multichoice:
            return [question]
        case .group:
            let present = answers.value(at: path).map { !$0.isEmpty } ?? false
            if level == .may && !present {
                return [Question(kind: .openGroup, path: path, field: field, section: section, level: level)]
            }
            return field.fields.flatMap { child in
                questions(for: child, at: path.appending(child.id), in: answers, section: section, context: context, parentLevel: level)
            }
        case .list:
            var items: [Answers] = []
            if case .items(let existing)? = answers.value(at: path) { items = existing }
            let listPath = path.schemaPath
            let itemQuestions = items.enumerated().flatMap { offset, item in
                let itemContext = context.entering(listPath, item: item)
                return field.fields.flatMap { child in
                    questions(for: child, at: path.item(offset + 1).appending(child.id), in: answers, section: section, context: itemContext, parentLevel: .must)
                }
            }
            return itemQuestions + [Question(kind: .addItem, path: path, field: field, section: section, level: level, itemCount: items.count)]
        }
    }
}
