import Foundation
import MLAKit

/// Reading an answer: a line, several lines, a menu, a name typed ahead, or an external editor.
extension PromptLoop {
    /// Whether the question's choices are offered as a menu moved with the arrow keys.
    func showsMenu(for question: Question) -> Bool {
        guard terminal.readsKeys, question.kind == .value else { return false }
        return question.field.type == .choice || question.field.type == .multichoice
    }

    /// The drafter's answer to a question, by the means that suits its type.
    func read(_ question: Question, proposal: ProposedAnswer?) -> TerminalInput<String> {
        let field = engine.effectiveField(question.field, at: question.path, in: draft.answers)
        if showsMenu(for: question) { return readMenu(question, proposal: proposal) }
        if terminal.readsKeys, question.kind == .value, case .value(let format) = field.type, let kind = format.catalogue {
            return readTypeAhead(NameCatalogue(kind, interfaceLanguage: text.language), afterAmount: kind == .currency)
        }
        prompt("> ")
        if question.kind == .value, field.type == .value(.multiline) { return readParagraphs() }
        return terminal.readLine()
    }

    /// A long answer: lines up to one holding only "."; a first line that is empty or a command
    /// (`:quit`, `?`, `:editor`) is taken alone.
    func readParagraphs() -> TerminalInput<String> {
        let first = terminal.readLine()
        guard case .input(let line) = first else { return first }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.hasPrefix(":") || trimmed == "?" || trimmed == "<" { return first }
        var lines = [line]
        reading: while true {
            switch terminal.readLine() {
            case .input("."): break reading
            case .input(let next): lines.append(next)
            case .end: break reading
            case .interrupted: return .interrupted
            }
        }
        return .input(lines.joined(separator: "\n"))
    }

    /// A choice or multichoice as a menu; the answer comes back as codes, as if typed.
    func readMenu(_ question: Question, proposal: ProposedAnswer?) -> TerminalInput<String> {
        let key = engine.questionnaire.textKey(for: question.path.schemaPath)
        let choices = engine.offeredChoices(for: question.field)
        let labels = choices.map { "\(text("\(key).choices.\($0.code)")) (\($0.code))" }
        var current: [String] = []
        switch draft.answers.value(at: question.path) {
        case .text(let code)?: current = [code]
        case .codes(let codes)?: current = codes
        default: current = proposal.map { [$0.value] } ?? []
        }
        let rows = current.compactMap { code in choices.firstIndex { $0.code == code } }
        let multiple = question.field.type == .multichoice
        var menu = ChoiceMenu(labels: labels, multiple: multiple, selected: rows.first ?? 0,
                              marked: multiple && draft.answers.value(at: question.path) != nil ? Set(rows) : [])
        let hint = text(multiple ? "session.menu_keys_several" : "session.menu_keys")
        let outcome: TerminalInput<ChoiceMenu.Outcome> = terminal.withRawMode {
            while true {
                terminal.drawLive(menu.render(hint: hint, colour: terminal.useColour), cursorOnFirstLine: false)
                switch terminal.readKey() {
                case .end, .input(.endOfInput): return .end
                case .interrupted: return .interrupted
                case .input(let key):
                    if let outcome = menu.press(key) { return .input(outcome) }
                }
            }
        }
        switch outcome {
        case .input(.chosen(let chosen)):
            terminal.drawLive("> " + chosen.map { labels[$0] }.joined(separator: ", "), cursorOnFirstLine: false)
            terminal.endLive()
            return .input(chosen.map { choices[$0].code }.joined(separator: ","))
        case .input(.command(":")):
            // A command line: typed after a colon, in the terminal's normal mode.
            terminal.drawLive(">", cursorOnFirstLine: false)
            terminal.endLive()
            prompt(":")
            let line = terminal.readLine()
            guard case .input(let command) = line else { return line }
            return .input(":" + command)
        case .input(.command(let command)):
            terminal.drawLive("> " + command, cursorOnFirstLine: false)
            terminal.endLive()
            return .input(command)
        case .end, .interrupted:
            terminal.endLive()
            return outcome == .end ? .end : .interrupted
        }
    }

    /// A line typed with suggestions of names under it.
    func readTypeAhead(_ catalogue: NameCatalogue, afterAmount: Bool) -> TerminalInput<String> {
        var field = TypeAhead(catalogue: catalogue, afterAmount: afterAmount)
        let outcome: TerminalInput<TypeAhead.Outcome> = terminal.withRawMode {
            while true {
                terminal.drawLive(field.render(colour: terminal.useColour), cursorOnFirstLine: true)
                switch terminal.readKey() {
                case .end: return .end
                case .interrupted: return .interrupted
                case .input(let key):
                    if let outcome = field.press(key) { return .input(outcome) }
                }
            }
        }
        switch outcome {
        case .input(.line(let line)):
            let entry = afterAmount ? nil : catalogue.entry(for: line)
            terminal.drawLive("> " + (entry.map { "\($0.name) (\($0.code))" } ?? line), cursorOnFirstLine: false)
            terminal.endLive()
            return .input(line)
        case .input(.end), .end:
            terminal.endLive()
            return .end
        case .interrupted:
            terminal.endLive()
            return .interrupted
        }
    }

    /// What a name typed instead of a code finds.
    enum LookUp {
        /// The input with the name replaced by the code, and the entry found.
        case found(String, NameCatalogue.Entry)
        case several([NameCatalogue.Entry])
        case none
    }

    /// A country or language by name (`alem`, `Germany`), or the currency of an amount by name
    /// (`186400 euros`).
    func lookUp(_ input: String, _ kind: NameCatalogue.Kind) -> LookUp {
        let catalogue = NameCatalogue(kind, interfaceLanguage: text.language)
        var amount = ""
        var name = input.trimmingCharacters(in: .whitespaces)
        if kind == .currency {
            guard let space = name.firstIndex(of: " ") else { return .none }
            amount = String(name[..<space]) + " "
            name = name[space...].trimmingCharacters(in: .whitespaces)
        }
        guard !name.isEmpty else { return .none }
        if let entry = catalogue.entry(for: name) { return .found(amount + entry.code, entry) }
        let found = catalogue.matches(name)
        return found.isEmpty ? .none : .several(found)
    }

    // MARK: - External editor

    /// `:editor`: the answer written in `$VISUAL` or `$EDITOR`, on a private temporary file
    /// holding the current answer, removed afterwards.
    mutating func editInEditor(_ question: Question) throws(MLAError) -> ExitCode? {
        forceAsk = true
        let field = engine.effectiveField(question.field, at: question.path, in: draft.answers)
        guard question.kind == .value, field.type == .value(.multiline) || field.type == .value(.text) else {
            warn(text("session.editor_not_here"))
            return nil
        }
        guard let command = [app.environment["VISUAL"], app.environment["EDITOR"]].compactMap({ $0 }).first(where: { !$0.isEmpty }) else {
            warn(text("session.editor_unset"))
            return nil
        }
        var current = ""
        if case .text(let value)? = draft.answers.value(at: question.path) { current = value }
        let temporary = app.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        switch ExternalEditor(terminal: terminal, temporaryDirectory: temporary).edit(current, command: command) {
        case .failure:
            warn(text("session.editor_failed", ["editor": TerminalText.neutralised(command)]))
        case .success(let written):
            if SignalTrap.caught != nil { return interrupted() }
            let answer = written.trimmingCharacters(in: .whitespacesAndNewlines)
            if answer.isEmpty || answer == current.trimmingCharacters(in: .whitespacesAndNewlines) {
                prompt(text("session.editor_unchanged") + "\n")
            } else if let answers = tryAnswer(answer, for: question) {
                try store(answers, after: question)
                forceAsk = false
            }
        }
        return nil
    }
}
