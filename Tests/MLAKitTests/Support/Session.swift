import Foundation
import Testing
@testable import MLAKit
@testable import mla

/// A drafting session run through a ``ScriptedTerminal`` on a draft in a temporary folder, with
/// the clock fixed at 2026-11-24.
struct Session {
    /// A folder of fixed length, so that transcripts naming the draft wrap the same everywhere.
    let folder: URL = {
        let url = URL(fileURLWithPath: "/tmp").appending(path: "mla-session-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()
    var file: String { folder.appending(path: "d.mla.json").path }

    func app(language: String = "en", environment: [String: String] = [:]) throws -> App {
        let text = try Localizer(language: language, source: TestData.source)
        return App(console: Console(environment: [:]), source: TestData.source, library: TestData.library, text: text,
                   presenter: Presenter(localizer: text), store: DraftStore(codec: DraftCodec(library: TestData.library)),
                   environment: environment, now: "2026-11-24T09:30:00Z")
    }

    /// A new draft of these types, saved, with answers from `mla set`-style assignments; with
    /// `leavingOpen`, every other open question but those is marked as left by the drafter.
    @discardableResult
    func create(_ types: [String], answers assignments: [String] = [], leavingOpen: [String]? = nil) throws -> Draft {
        var draft = Draft(types: types.map(TypeID.init), documentLanguage: "en", interfaceLanguage: "en", now: "2026-11-24T09:00:00Z")
        let engine = try TestData.engine(types)
        for assignment in assignments {
            let equals = try #require(assignment.firstIndex(of: "="))
            let path = try #require(AnswerPath(parsing: String(assignment[..<equals])))
            let value = String(assignment[assignment.index(after: equals)...])
            draft.answers = value == ":unknown" ? try engine.answeringNotKnown(at: path, in: draft.answers)
                : try engine.answering(value, at: path, in: draft.answers)
        }
        if let leavingOpen {
            for question in engine.questions(for: draft.answers) where !engine.isAnswered(question, in: draft.answers)
                && !leavingOpen.contains(question.path.description) {
                draft.skipped.insert(question.path.description)
            }
        }
        try app().save(draft, to: file)
        return draft
    }

    /// Runs the session on the saved draft and returns its exit code, terminal and saved draft.
    func run(_ steps: [ScriptedTerminal.Step], greeting: PromptLoop.Greeting = .none, interactive: Bool = true, keys: Bool = false,
             language: String = "en", environment: [String: String] = [:], askAnswered: Bool = false,
             editor: ((String) -> String?)? = nil) throws -> (code: ExitCode, terminal: ScriptedTerminal, draft: Draft) {
        let app = try app(language: language, environment: environment)
        let draft = try app.load(file)
        let terminal = ScriptedTerminal(steps, interactive: interactive, keys: keys)
        if let editor { terminal.editor = editor }
        var loop = PromptLoop(app: app, file: file, engine: try app.engine(for: draft), draft: draft, terminal: terminal,
                              askAnswered: askAnswered, greeting: greeting)
        let code = try loop.run()
        return (code, terminal, try app.load(file))
    }

    /// The transcript with the temporary folder written as `<folder>`.
    func transcript(_ terminal: ScriptedTerminal) -> String {
        terminal.transcript.replacingOccurrences(of: folder.path, with: "<folder>")
    }

    /// Compares a transcript with `Golden/session/NAME.txt`; MLA_RECORD_GOLDEN=1 writes it instead
    /// and fails, so that a new baseline is never accepted silently.
    func compare(_ terminal: ScriptedTerminal, with name: String) throws {
        let output = transcript(terminal)
        let url = TestData.golden.appending(path: "session").appending(path: name + ".txt")
        if ProcessInfo.processInfo.environment["MLA_RECORD_GOLDEN"] != nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try output.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded session/\(name).txt; run again without MLA_RECORD_GOLDEN to compare.")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "transcript differs from Golden/session/\(name).txt")
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
