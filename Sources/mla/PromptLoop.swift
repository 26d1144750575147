import Foundation
import MLAKit

/// The drafting session: asks the questions that apply, one at a time, and saves the draft after
/// every accepted answer.
///
/// On a terminal it shows where the drafter stands, offers menus and type-ahead, and ends with a
/// review and an offer to render. With piped input it reads one answer a line, with the same
/// `:` commands, and at the end of input saves, says what is missing, and returns. Everything it
/// reads and writes goes through a ``Terminal``, so tests drive it with a scripted one.
struct PromptLoop {
    /// What to show before the first question.
    enum Greeting {
        case none
        /// A request just created.
        case new
        /// A draft taken up again.
        case resume
    }

    let app: App
    let file: String
    let engine: Engine
    let terminal: any Terminal
    var draft: Draft
    /// Ask every question, answered or not (`mla edit`), instead of only the open ones.
    var askAnswered: Bool
    /// Stop after the questions under this path (`mla edit FILE FIELD`).
    var scope: AnswerPath?
    var greeting: Greeting

    /// The position in the questions that apply to the answers now.
    var index = 0
    /// Ask the question at `index` even when it has an answer (after `<`, `?`, `:goto`).
    var forceAsk = false
    /// A question not in the list yet: the first of an optional group just opened.
    var pending: Question?
    /// The section of the last question asked, to announce a new one and sum up the last.
    var lastSection: FieldID?
    /// The path of the last question asked.
    var lastAsked: AnswerPath?
    /// An item gone through again from its list's table (`:edit 2`), and the list to return to.
    var revisiting: (item: AnswerPath, list: AnswerPath)?

    var text: Localizer { app.text }
    var wording: QuestionText { QuestionText(text: text, engine: engine) }

    init(app: App, file: String, engine: Engine, draft: Draft, terminal: any Terminal, askAnswered: Bool = false,
         scope: AnswerPath? = nil, greeting: Greeting = .none) {
        self.app = app
        self.file = file
        self.engine = engine
        self.terminal = terminal
        self.draft = draft
        self.askAnswered = askAnswered
        self.scope = scope
        self.greeting = greeting
    }

    mutating func run() throws(MLAError) -> ExitCode {
        index = startIndex()
        showOpening()
        while true {
            let questions = engine.questions(for: draft.answers)
            guard pending != nil || index < questions.count else {
                if let code = try endOfQuestions() { return code }
                continue
            }
            let question = pending ?? questions[index]
            if pending != nil { forceAsk = true }
            pending = nil
            if let scope, !question.path.description.hasPrefix(scope.description) {
                if index > startIndex() || askAnswered { return finish(ended: false) }
                index += 1
                continue
            }
            if let revisit = revisiting, !question.path.description.hasPrefix(revisit.item.description + ".") {
                revisiting = nil
                jump(to: revisit.list, kind: .addItem)
                continue
            }
            let done = engine.isAnswered(question, in: draft.answers) || draft.skipped.contains(question.path.description)
            // Right after the items of a list, ask whether to add another.
            let endsItems = question.kind == .addItem && lastAsked.map { $0.description.hasPrefix(question.path.description + "[") } == true
            if done && !forceAsk && !askAnswered && revisiting == nil && !endsItems {
                index += 1
                continue
            }
            forceAsk = false
            lastAsked = question.path
            announceSection(of: question, among: questions)
            let proposal = engine.proposedAnswer(for: question, in: draft.answers, today: app.today,
                                                 authority: app.directoryAuthority(for: question, in: draft),
                                                 legalBasis: app.suggestedLegalBasis(for: question, in: draft, engine: engine))
            let position = (questions.firstIndex { $0.path == question.path && $0.kind == question.kind } ?? index) + 1
            var screen = ["", dim(wording.progress(question, number: position, of: questions.count))]
            if question.kind == .addItem && question.itemCount > 0 { screen.append(itemTable(for: question)) }
            screen.append(wording.describe(question, in: draft, proposal: proposal, menu: showsMenu(for: question)))
            prompt(screen.joined(separator: "\n") + "\n")
            switch read(question, proposal: proposal) {
            case .end: return finish(ended: true)
            case .interrupted: return interrupted()
            case .input(let line):
                if let code = try respond(to: line, at: question, proposal: proposal) { return code }
            }
        }
    }

    // MARK: - Responding

    /// Acts on one line typed at a question; an exit code when the session ends.
    private mutating func respond(to line: String, at question: Question, proposal: ProposedAnswer?) throws(MLAError) -> ExitCode? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let command = trimmed.hasPrefix(":") ? String(trimmed.prefix { $0 != " " }) : trimmed
        let argument = trimmed.hasPrefix(":") ? trimmed.dropFirst(command.count).trimmingCharacters(in: .whitespaces) : ""
        switch command {
        case "?", ":help":
            prompt(wording.help(for: question) + "\n")
            forceAsk = true
        case "<", ":back":
            index = max(0, index - 1)
            forceAsk = true
        case ":quit", ":q":
            return try quit()
        case ":review":
            return try review()
        case ":goto":
            goto(argument)
        case ":unknown":
            if question.kind != .openGroup && question.field.acceptsNotKnown {
                try store(try answer { () throws(AnswerError) in try engine.answeringNotKnown(at: question.path, in: draft.answers) }, after: question)
            } else {
                warn(text("session.not_known_refused"))
                forceAsk = true
            }
        case ":skip":
            try skip(question)
        case ":editor":
            return try editInEditor(question)
        case ":edit", ":remove":
            try changeItem(command == ":edit" ? .edit : .remove, argument, at: question)
        case "":
            if question.kind == .value, !engine.isAnswered(question, in: draft.answers), let proposal {
                if let answers = tryAnswer(proposal.value, for: question) { try store(answers, after: question) }
            } else {
                try skip(question)
            }
        default:
            if trimmed.hasPrefix(":") {
                warn(text("session.unknown_command", ["command": TerminalText.neutralised(command)]) + "\n" + text("session.commands"))
                forceAsk = true
                return nil
            }
            switch question.kind {
            case .value:
                if let answers = tryAnswer(line, for: question) {
                    try store(answers, after: question)
                } else {
                    forceAsk = true
                }
            case .addItem, .openGroup:
                try respondYesNo(line, at: question)
            }
        }
        return nil
    }

    private mutating func respondYesNo(_ line: String, at question: Question) throws(MLAError) {
        guard let yes = yesNo(line) else {
            warn(text("session.yes_or_no"))
            forceAsk = true
            return
        }
        if !yes {
            try decline(question)
        } else if question.kind == .addItem {
            let added = try answer { () throws(AnswerError) in try engine.addingItem(to: question.path, in: draft.answers) }
            draft.answers = added.answers
            try save()
            index = engine.questions(for: draft.answers).firstIndex { $0.path.description.hasPrefix(added.item.description + ".") } ?? index + 1
            forceAsk = true
        } else {
            // The group's first question; once answered, the rest follow in place.
            pending = firstQuestion(in: question)
            if pending == nil { index += 1 }
        }
    }

    /// Enter or `:skip`: keeps an answer, leaves an optional question, postpones a required one.
    private mutating func skip(_ question: Question) throws(MLAError) {
        if question.kind != .value {
            try decline(question)
        } else if engine.isAnswered(question, in: draft.answers) {
            index += 1
        } else if question.level == .must {
            warn(text("session.postponed"))
            index += 1
        } else {
            draft.skipped.insert(question.path.description)
            try save()
            index += 1
        }
    }

    private mutating func decline(_ question: Question) throws(MLAError) {
        if question.level == .must && !engine.isAnswered(question, in: draft.answers) {
            warn(text("session.postponed"))
        } else {
            draft.skipped.insert(question.path.description)
            try save()
        }
        index += 1
    }

    // MARK: - Answers

    /// The answers with `input` stored, or nil after saying why it was refused. A country,
    /// language or currency may be given by the start of its name.
    mutating func tryAnswer(_ input: String, for question: Question) -> Answers? {
        // Yes and no are also understood in the interface language ("oui", "нет").
        var input = input
        if question.field.type == .value(.boolean), let answer = yesNo(input) { input = answer ? "yes" : "no" }
        let field = engine.effectiveField(question.field, at: question.path, in: draft.answers)
        do {
            return try engine.answering(input, at: question.path, in: draft.answers)
        } catch {
            if case .invalid = error, case .value(let format) = field.type, let kind = format.catalogue {
                switch lookUp(input, kind) {
                case .found(let typed, let entry):
                    if let answers = try? engine.answering(typed, at: question.path, in: draft.answers) {
                        prompt("  → \(entry.name) (\(entry.code))\n")
                        return answers
                    }
                case .several(let entries):
                    warn(text("session.several_match", ["names": entries.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")]))
                    return nil
                case .none:
                    break
                }
            }
            warn(TerminalText.neutralised(app.presenter.describe(error, path: question.path.description)))
            if case .value(let format) = field.type, case .invalid = error {
                warn(text("session.expected", ["form": app.presenter.form(format)]))
            }
            return nil
        }
    }

    mutating func store(_ answers: Answers, after question: Question) throws(MLAError) {
        draft.answers = answers
        draft.skipped.remove(question.path.description)
        try save()
        let questions = engine.questions(for: draft.answers)
        index = (questions.firstIndex { $0.path == question.path && $0.kind == question.kind } ?? index) + 1
    }

    /// Moves to the question at `path` (of `kind`, if given) and asks it even if answered.
    mutating func jump(to path: AnswerPath, kind: Question.Kind? = nil) {
        let questions = engine.questions(for: draft.answers)
        if let found = questions.firstIndex(where: { $0.path == path && (kind == nil || $0.kind == kind) }) {
            index = found
            forceAsk = true
        }
    }

    func answer<T>(_ body: () throws(AnswerError) -> T) throws(MLAError) -> T {
        do { return try body() } catch { throw .answer(path: "", error) }
    }

    func yesNo(_ input: String) -> Bool? {
        func fold(_ word: String) -> String {
            word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "en"))
        }
        let typed = fold(input.trimmingCharacters(in: .whitespaces))
        if ["y", "yes", fold(text("session.yes_word"))].contains(typed) { return true }
        if ["n", "no", fold(text("session.no_word"))].contains(typed) { return false }
        return nil
    }

    func save() throws(MLAError) {
        try app.save(draft, to: file)
    }

    // MARK: - Output

    /// Text for a person at the terminal, wrapped to its width; nothing when input is piped.
    func prompt(_ message: String) {
        if terminal.isInteractive { terminal.write(TerminalText.wrapped(message, width: terminal.width)) }
    }

    /// A refusal or a warning, shown whether or not input is piped.
    func warn(_ message: String) {
        terminal.write(TerminalText.wrapped(message, width: terminal.width) + "\n")
    }

    func bold(_ text: String) -> String {
        terminal.useColour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    func dim(_ text: String) -> String {
        terminal.useColour ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }

    // MARK: - Helpers

    private func startIndex() -> Int {
        let questions = engine.questions(for: draft.answers)
        if let scope {
            return questions.firstIndex { $0.path.description.hasPrefix(scope.description) } ?? questions.count
        }
        if askAnswered { return 0 }
        return questions.firstIndex { !engine.isAnswered($0, in: draft.answers) && !draft.skipped.contains($0.path.description) } ?? questions.count
    }

    /// The first value question inside an optional group.
    private func firstQuestion(in group: Question) -> Question? {
        var field = group.field
        var path = group.path
        while let child = field.fields.first {
            path = path.appending(child.id)
            field = child
            if !child.type.isContainer {
                return Question(kind: .value, path: path, field: child, section: group.section, level: child.requirement.otherwise)
            }
        }
        return nil
    }
}
