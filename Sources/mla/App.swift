import Foundation
import MLAKit

/// The program: what every command needs (data, strings, clock, console), and the dispatch.
struct App {
    let console: Console
    let source: DataSource
    let library: QuestionnaireLibrary
    let text: Localizer
    let presenter: Presenter
    let store: DraftStore
    let environment: [String: String]
    /// The options of this run's command line (`--authorities` reaches the session through them).
    var options: [String: String] = [:]
    /// The time of this run, ISO 8601 in UTC, and its date.
    let now: String
    var today: String { String(now.prefix(10)) }

    static let version = "0.1.0"

    static func run(arguments: [String], environment: [String: String], console: Console) -> ExitCode {
        let invocation: Invocation
        let fallback = Presenter(localizer: (try? Localizer(language: "en", source: DataSource())) ?? Localizer(language: "en", strings: [:]))
        do {
            invocation = try Invocation(arguments.isEmpty ? ["help"] : arguments)
        } catch {
            return fail(.usage(error), presenter: fallback, console: console)
        }
        if invocation.command == "version" && !invocation.flags.contains("--help") {
            console.out("mla \(Self.version)\n")
            return .success
        }
        let templates = invocation.options["--templates"] ?? environment["MLA_TEMPLATES"]
        let source = DataSource(overrideDirectory: templates.map { URL(fileURLWithPath: $0) })
        let language = invocation.options["--ui"] ?? Self.interfaceLanguage(from: environment, available: Localizer.languages(in: source))
        let text: Localizer
        do {
            text = try Localizer(language: language, source: source)
        } catch {
            return fail(.locale(error), presenter: fallback, console: console)
        }
        let presenter = Presenter(localizer: text)
        let library: QuestionnaireLibrary
        do {
            // The built-in questionnaires are checked by the test suite; an office's own are
            // checked at every start, so that their mistakes show before any draft is touched.
            library = try QuestionnaireLibrary(source: source, verified: source.overrideDirectory != nil)
        } catch {
            return fail(.definition(error), presenter: presenter, console: console)
        }
        var app = App(console: console, source: source, library: library, text: text, presenter: presenter,
                      store: DraftStore(codec: DraftCodec(library: library)), environment: environment,
                      now: Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)).formatted(.iso8601))
        app.options = invocation.options
        do {
            return try app.dispatch(invocation)
        } catch {
            return fail(error, presenter: presenter, console: console)
        }
    }

    private static func fail(_ error: MLAError, presenter: Presenter, console: Console) -> ExitCode {
        let (message, code) = presenter.describe(error)
        console.err("mla: \(message)\n")
        return code
    }

    /// The interface language from the locale environment (LC_ALL, LC_MESSAGES, LANG), if shipped.
    static func interfaceLanguage(from environment: [String: String], available: [String]) -> String {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            let code = languageCode(of: value)
            return available.contains(code) ? code : "en"
        }
        return "en"
    }

    func dispatch(_ invocation: Invocation) throws(MLAError) -> ExitCode {
        if invocation.flags.contains("--help") && invocation.command != "help" {
            console.out(help(for: invocation.command))
            return .success
        }
        switch invocation.command {
        case "new": return try new(invocation)
        case "resume": return try resume(invocation)
        case "edit": return try edit(invocation)
        case "set": return try set(invocation)
        case "unset": return try unset(invocation)
        case "acknowledge": return try acknowledge(invocation)
        case "check": return try check(invocation)
        case "render": return try render(invocation)
        case "translate": return try translate(invocation)
        case "language": return try language(invocation)
        case "show": return try show(invocation)
        case "list": return try list(invocation)
        case "deadlines": return try deadlines(invocation)
        case "status": return try status(invocation)
        case "incoming": return try incoming(invocation)
        case "types": return try types(invocation)
        case "languages": return try languages(invocation)
        case "fields": return try fields(invocation)
        case "glossary": return try glossary(invocation)
        case "legal-basis": return try legalBasis(invocation)
        case "authorities": return try authorities(invocation)
        case "help": return try helpCommand(invocation)
        case "version":
            console.out("mla \(Self.version)\n")
            return .success
        default: throw .usage(.unknownCommand(invocation.command))
        }
    }

    // MARK: - Shared steps

    func usage(_ body: () throws(UsageError) -> Void) throws(MLAError) {
        do { try body() } catch { throw .usage(error) }
    }

    func load(_ path: String) throws(MLAError) -> Draft {
        do {
            return try store.load(URL(fileURLWithPath: path))
        } catch {
            throw .store(error)
        }
    }

    func save(_ draft: Draft, to path: String) throws(MLAError) {
        var draft = draft
        draft.updatedAt = now
        do {
            try store.save(draft, to: URL(fileURLWithPath: path))
        } catch {
            throw .store(error)
        }
    }

    func engine(for draft: Draft) throws(MLAError) -> Engine {
        do {
            return Engine(questionnaire: try library.questionnaire(for: draft.types))
        } catch {
            throw .definition(error)
        }
    }

    /// The label of a field in the interface language.
    func label(_ path: SchemaPath, in questionnaire: Questionnaire) -> String {
        text("\(questionnaire.textKey(for: path)).label")
    }
}
