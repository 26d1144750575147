import Foundation
import MLAKit

/// Drafts of sample case 01 grown to a given number of list items, built with the engine's own
/// answering and saved with the draft store, exactly as `mla set` would store them.
///
/// The items are spread in turn over the case's lists (previous requests, offences, persons,
/// witnesses, questions, record types, annexes); each new item copies an item of the case, its
/// free text numbered so that no two items read the same.
struct SyntheticDrafts {
    let engine: Engine
    let store: DraftStore
    let fixture: CaseFixture

    /// The moment every synthetic draft says it was made.
    static let created = "2026-11-20T09:00:00Z"

    init(fixture: CaseFixture) throws(BenchError) {
        let library: QuestionnaireLibrary
        let questionnaire: Questionnaire
        do {
            library = try QuestionnaireLibrary(source: DataSource())
            questionnaire = try library.questionnaire(for: [TypeID("evidence")])
        } catch {
            throw .file("the built-in questionnaires do not load: \(error)")
        }
        self.engine = Engine(questionnaire: questionnaire)
        self.store = DraftStore(codec: DraftCodec(library: library))
        self.fixture = fixture
    }

    /// A draft with `items` list items in all, and a summary of facts of at least `factsBytes`
    /// bytes when given (the case's summary repeated, paragraph by paragraph).
    func draft(items: Int, factsBytes: Int? = nil) throws(BenchError) -> Draft {
        var answers: Answers = [:]
        for assignment in fixture.single {
            var value = assignment.value
            if assignment.path.description == "facts_summary", let factsBytes { value = Self.facts(repeating: value, toAtLeast: factsBytes) }
            answers = try answering(value, at: assignment.path, in: answers)
        }
        let lists = fixture.lists
        for (offset, list) in lists.enumerated() {
            let count = items / lists.count + (offset < items % lists.count ? 1 : 0)
            var built: [Answers] = []
            built.reserveCapacity(count)
            for number in 0..<count {
                built.append(try item(number, of: list.id, copying: list.items[number % list.items.count], varied: number >= list.items.count))
            }
            do {
                answers = try answers.setting(built.isEmpty ? nil : .items(built), at: AnswerPath(list.id))
            } catch {
                throw .fixture(line: list.id.rawValue, reason: "\(error)")
            }
        }
        var draft = Draft(types: [TypeID("evidence")], documentLanguage: "en", interfaceLanguage: "en", now: Self.created)
        draft.answers = answers
        return draft
    }

    func save(_ draft: Draft, to url: URL) throws(BenchError) {
        do {
            try store.save(draft, to: url)
        } catch {
            throw .file("cannot write \(url.path): \(error)")
        }
    }

    /// One list item, answered in a scratch draft as item 1 of its list.
    private func item(_ number: Int, of list: FieldID, copying source: CaseFixture.Item, varied: Bool) throws(BenchError) -> Answers {
        var scratch: Answers = [:]
        for assignment in source {
            let path = AnswerPath([AnswerPath.Segment(list, index: 1)] + assignment.path.segments)
            var value = assignment.value
            if varied, let field = engine.field(at: path), field.type == .value(.text) || field.type == .value(.multiline) {
                value += " (\(number + 1))"
            }
            scratch = try answering(value, at: path, in: scratch)
        }
        guard case .items(let items)? = scratch[list], let item = items.first else { return [:] }
        return item
    }

    private func answering(_ value: String, at path: AnswerPath, in answers: Answers) throws(BenchError) -> Answers {
        do {
            return value == ":unknown" ? try engine.answeringNotKnown(at: path, in: answers) : try engine.answering(value, at: path, in: answers)
        } catch {
            throw .fixture(line: "\(path)=\(value.prefix(60))", reason: "\(error)")
        }
    }

    /// The text repeated, one blank line between copies, until it is at least `bytes` long.
    static func facts(repeating text: String, toAtLeast bytes: Int) -> String {
        let paragraph = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var copies: [String] = []
        var size = 0
        while size < bytes {
            copies.append(paragraph)
            size += paragraph.utf8.count + 2
        }
        return copies.joined(separator: "\n\n")
    }
}
