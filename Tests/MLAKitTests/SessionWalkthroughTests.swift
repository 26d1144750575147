import Foundation
import Testing
@testable import MLAKit
@testable import mla

/// A sample request drafted from the first question to the rendered document in one session, by
/// a drafter who types each answer of the sample when the session asks for it.
@Suite struct SessionWalkthroughTests {
    @Test(arguments: [SampleRequest.all[0], SampleRequest.all[4], SampleRequest.all[6]])
    func sampleIsDraftedFromStartToRenderedRequestInOneSession(_ sample: SampleRequest) throws {
        let session = Session()
        defer { session.remove() }
        try session.create(sample.types)
        let engine = try TestData.engine(sample.types)
        let target = try TestData.answers(engine, fixture: sample.fixture)
        let typed = try Self.lines(giving: target, engine: engine)
        let run = try session.run(typed.map { .line($0) } + [.line("y"), .line("text"), .line(""), .line("")], greeting: .new)
        #expect(run.code == .success)
        #expect(run.draft.answers == target)
        for key in Set(target.keys).union(run.draft.answers.keys) where target[key] != run.draft.answers[key] {
            Issue.record("\(key): \(String(describing: run.draft.answers[key])) instead of \(String(describing: target[key]))")
        }
        let transcript = run.terminal.transcript
        #expect(!transcript.contains("Please answer y (yes) or n (no)."))
        #expect(!transcript.contains("Left for now."))
        #expect(transcript.contains("Complete: nothing required is missing"))
        #expect(transcript.contains("Render the request now? [Y/n] y\n"))
        let rendered = try String(contentsOf: session.folder.appending(path: "d.txt"), encoding: .utf8)
        #expect(rendered == TextWriter().write(try sample.document()))
    }

    /// What the drafter types, question after question, for the session to store `target`:
    /// each answer in the form it is typed, `y` and `n` to add list items and open groups, and
    /// `:skip` where the sample has no answer.
    static func lines(giving target: Answers, engine: Engine) throws -> [String] {
        var answers: Answers = [:]
        var lines: [String] = []
        var index = 0
        var lastAsked: AnswerPath?
        while true {
            let questions = engine.questions(for: answers)
            guard index < questions.count else { return lines }
            let question = questions[index]
            let endsItems = question.kind == .addItem && lastAsked.map { $0.description.hasPrefix(question.path.description + "[") } == true
            if engine.isAnswered(question, in: answers) && !endsItems {
                index += 1
                continue
            }
            lastAsked = question.path
            switch question.kind {
            case .value:
                guard let value = target.value(at: question.path) else {
                    lines.append(":skip")
                    index += 1
                    continue
                }
                lines += typedForm(of: value, multiline: engine.effectiveField(question.field, at: question.path, in: answers).type == .value(.multiline))
                answers = try answers.setting(value, at: question.path)
                index = try #require(engine.questions(for: answers).firstIndex { $0.path == question.path && $0.kind == .value }) + 1
            case .addItem:
                var wanted = 0
                if case .items(let items)? = target.value(at: question.path) { wanted = items.count }
                if wanted > question.itemCount {
                    lines.append("y")
                    let added = try engine.addingItem(to: question.path, in: answers)
                    answers = added.answers
                    index = try #require(engine.questions(for: answers).firstIndex { $0.path.description.hasPrefix(added.item.description + ".") })
                } else {
                    lines.append("n")
                    index += 1
                }
            case .openGroup:
                guard let group = target.value(at: question.path), !group.isEmpty else {
                    lines.append("n")
                    index += 1
                    continue
                }
                // The session asks the group's first question in place.
                var path = question.path
                var field = question.field
                while let child = field.fields.first, child.type.isContainer || path == question.path {
                    path = path.appending(child.id)
                    field = child
                    if !child.type.isContainer { break }
                }
                let value = try #require(target.value(at: path), "the sample opens \(question.path) without its first answer")
                lines.append("y")
                lines += typedForm(of: value, multiline: field.type == .value(.multiline))
                answers = try answers.setting(value, at: path)
                index = try #require(engine.questions(for: answers).firstIndex { $0.path == path }) + 1
            }
        }
    }

    /// An answer as typed: a long answer's lines end with a lone full stop.
    private static func typedForm(of value: AnswerValue, multiline: Bool) -> [String] {
        switch value {
        case .text(let text): text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) + (multiline ? ["."] : [])
        case .boolean(let yes): [yes ? "yes" : "no"]
        case .integer(let number): [String(number)]
        case .codes(let codes): [codes.joined(separator: ",")]
        case .notKnown: [":unknown"]
        case .group, .items: []
        }
    }
}
