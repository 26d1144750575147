import Foundation
import MLAKit

/// The engine's steps timed inside this process, without starting a program: where the time of
/// a command goes, and the cost of saving one accepted answer.
struct InProcessBench {
    let engine: Engine
    let store: DraftStore
    let renderer: RequestRenderer
    let runs: Int
    /// The date the checks count from; the drafts' own creation date, so results do not drift.
    let today = String(SyntheticDrafts.created.prefix(10))

    static let steps = ["load (read, decode, validate)", "check", "render text (document + layout)",
                        "answer + save (incl. fsync)", "  of which encode"]

    init(drafts: SyntheticDrafts, runs: Int) throws(BenchError) {
        engine = drafts.engine
        store = drafts.store
        do {
            renderer = try RequestRenderer(language: "en", source: DataSource(), library: drafts.store.codec.library)
        } catch {
            throw .file("the English template does not load: \(error)")
        }
        self.runs = runs
    }

    /// One measurement per step for the draft in `file`.
    func measure(_ draft: BenchDraft) throws(BenchError) -> [Measurement] {
        var results = Self.steps.map { Measurement(label: $0, draft: draft.name) }
        var loaded = try load(draft.file)
        let scratch = draft.file.deletingPathExtension().appendingPathExtension("saved.json")
        let path = AnswerPath(FieldID("request_reference"))
        for run in 0...runs {
            let timed = run > 0
            let loadTime = try time { () throws(BenchError) in loaded = try load(draft.file) }
            let checkTime = time { _ = engine.check(loaded.answers, acknowledgements: loaded.acknowledgements, today: today) }
            let renderTime = time { _ = renderText(loaded) }
            let saveTime = try time { () throws(BenchError) in
                var changed = loaded
                do {
                    changed.answers = try engine.answering("BENCH/2026/\(run)", at: path, in: loaded.answers)
                    try store.save(changed, to: scratch)
                } catch {
                    throw .file("cannot answer and save \(scratch.path): \(error)")
                }
            }
            let encodeTime = time { _ = store.codec.encode(loaded) }
            if timed {
                for (index, seconds) in [loadTime, checkTime, renderTime, saveTime, encodeTime].enumerated() {
                    results[index].timing.add(seconds)
                }
            }
        }
        try? FileManager.default.removeItem(at: scratch)
        return results
    }

    /// What a command reads before it can work on any draft, each read afresh: the questionnaires
    /// of an evidence request, the English interface strings, the English document template.
    /// Inside one process Foundation's own caches are warm, so a new process pays somewhat more.
    func measureStartUp() throws(BenchError) -> [Measurement] {
        let source = DataSource()
        var results = Self.startUpSteps.map { Measurement(label: $0, draft: "any") }
        for run in 0...runs {
            let times = try [
                time { () throws(BenchError) in
                    do { _ = try QuestionnaireLibrary(source: source, verified: false).questionnaire(for: [TypeID("evidence")]) } catch {
                        throw .file("the questionnaires do not load: \(error)")
                    }
                },
                time { () throws(BenchError) in
                    do { _ = try Localizer(language: "en", source: source)("help.general") } catch {
                        throw .file("the English strings do not load: \(error)")
                    }
                },
                time { () throws(BenchError) in
                    do { _ = try RequestRenderer(language: "en", source: source, library: store.codec.library, verified: false) } catch {
                        throw .file("the English template does not load: \(error)")
                    }
                },
            ]
            if run > 0 {
                for (index, seconds) in times.enumerated() { results[index].timing.add(seconds) }
            }
        }
        return results
    }

    static let startUpSteps = ["start-up: questionnaires (common + evidence)", "start-up: interface strings (en)",
                               "start-up: document template (en)"]

    /// The document as text, for comparison with the reference.
    func renderText(_ draft: Draft) -> String {
        TextWriter().write(renderer.document(for: draft.answers, engine: engine, incompleteMark: false))
    }

    func load(_ url: URL) throws(BenchError) -> Draft {
        do {
            return try store.load(url)
        } catch {
            throw .file("cannot load \(url.path): \(error)")
        }
    }

    private func time(_ body: () throws(BenchError) -> Void) throws(BenchError) -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = start.duration(to: .now)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private func time(_ body: () -> Void) -> Double {
        let start = ContinuousClock.now
        body()
        let elapsed = start.duration(to: .now)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
