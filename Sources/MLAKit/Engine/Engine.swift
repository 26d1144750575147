/// The questionnaire engine: given the definitions and the answers, it says which questions
/// apply, which comes next, how a typed answer is stored, and what is still missing.
///
/// It does no I/O and keeps no state: every call takes the answers and returns a result.
public struct Engine: Sendable {
    public let questionnaire: Questionnaire
    /// The fields of each section, as the questions share them.
    let places: [[FieldPlace]]

    public init(questionnaire: Questionnaire) {
        self.questionnaire = questionnaire
        self.places = questionnaire.sections.map { section in section.fields.map { FieldPlace(field: $0, section: section) } }
    }

    /// The questions that apply to these answers, in order. Fields whose `ask_if` does not hold
    /// are left out (their answers, if any, are kept but set aside).
    public func questions(for answers: Answers) -> [Question] {
        var questions: [Question] = []
        forEachQuestion(in: answers) { site, _, path in questions.append(site.question(at: path())) }
        return questions
    }

    /// Each question that applies, in order, with the answer stored at its path (for `addItem`,
    /// the list; for `openGroup`, the group) and a way to write the path out.
    ///
    /// The answer is the one the walk holds, not looked up again, and the path is made only when
    /// asked for: most questions are only looked at, and paths for all of them were most of the
    /// cost of a check.
    func forEachQuestion(in answers: Answers, _ body: (QuestionSite, AnswerValue?, () -> AnswerPath) -> Void) {
        let context = EvaluationContext(root: answers)
        let root = AnswerPath([])
        for (section, places) in zip(questionnaire.sections, places) where section.askIf?.holds(in: context) ?? true {
            for place in places {
                collect(place, under: root, value: answers[place.field.id], context: context, parentLevel: .must, body)
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

    /// The questions of a field, and of the fields inside it, given to `body` with their answers.
    private func collect(_ place: FieldPlace, under parent: AnswerPath, value: AnswerValue?, context: EvaluationContext,
                         parentLevel: Level, _ body: (QuestionSite, AnswerValue?, () -> AnswerPath) -> Void) {
        guard place.field.askIf?.holds(in: context) ?? true else { return }
        let level = min(place.field.requirement.level(in: context), parentLevel == .may ? .must : parentLevel)
        switch place.field.type {
        case .value, .choice, .multichoice:
            body(QuestionSite(kind: .value, place: place, level: level), value) { parent.appending(place.field.id) }
        case .group:
            let path = parent.appending(place.field.id)
            let present = value.map { !$0.isEmpty } ?? false
            if level == .may && !present {
                body(QuestionSite(kind: .openGroup, place: place, level: level), value) { path }
                return
            }
            var inner: Answers = [:]
            if case .group(let answers)? = value { inner = answers }
            for child in place.children {
                collect(child, under: path, value: inner[child.field.id], context: context, parentLevel: level, body)
            }
        case .list:
            let path = parent.appending(place.field.id)
            var items: [Answers] = []
            if case .items(let existing)? = value { items = existing }
            let listPath = path.schemaPath
            for (offset, item) in items.enumerated() {
                let itemContext = context.entering(listPath, item: item)
                let itemPath = path.item(offset + 1)
                for child in place.children {
                    collect(child, under: itemPath, value: item[child.field.id], context: itemContext, parentLevel: .must, body)
                }
            }
            body(QuestionSite(kind: .addItem, place: place, level: level, itemCount: items.count), value) { path }
        }
    }
}

/// A question as the walk over the answers meets it: all but its path, which is written out
/// only for the questions that need it.
struct QuestionSite {
    var kind: Question.Kind
    var place: FieldPlace
    var level: Level
    var itemCount = 0

    var field: Field {
        _read { yield place.field }
    }

    func question(at path: AnswerPath) -> Question {
        Question(kind: kind, path: path, place: place, level: level, itemCount: itemCount)
    }
}
