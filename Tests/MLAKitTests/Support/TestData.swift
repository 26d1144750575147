import Foundation
@testable import MLAKit

/// Shared, read-only test inputs: the shipped data and the sample case fixtures.
enum TestData {
    static let source = DataSource()
    static let library: QuestionnaireLibrary = {
        do { return try QuestionnaireLibrary(source: source) } catch { fatalError("shipped questionnaires do not load: \(error)") }
    }()
    static let english: Localizer = {
        do { return try Localizer(language: "en", source: source) } catch { fatalError("English strings do not load: \(error)") }
    }()

    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = testsFolder.appending(path: "Fixtures")
    static let golden = testsFolder.appending(path: "Golden")

    static func engine(_ types: [String]) throws -> Engine {
        Engine(questionnaire: try library.questionnaire(for: types.map(TypeID.init)))
    }

    static func evidenceEngine() -> Engine {
        do { return Engine(questionnaire: try library.questionnaire(for: [TypeID("evidence")])) } catch { fatalError("\(error)") }
    }

    /// The `set` arguments of a fixture file, with `@FIXTURES` pointing at the fixtures folder.
    static func assignments(_ name: String) -> [String] {
        let text = (try? String(contentsOf: fixtures.appending(path: name), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { $0.replacingOccurrences(of: "FIXTURES", with: fixtures.path) }
    }

    /// The answers of sample case 01, typed in as `mla set` would store them.
    static func case01Answers(_ engine: Engine) throws -> Answers {
        try answers(engine, fixture: "case-01-answers.txt")
    }

    /// The answers of a fixture file, typed in as `mla set` would store them.
    static func answers(_ engine: Engine, fixture: String) throws -> Answers {
        var answers: Answers = [:]
        for assignment in assignments(fixture) {
            let equals = assignment.firstIndex(of: "=")!
            let path = AnswerPath(parsing: String(assignment[..<equals]))!
            var value = String(assignment[assignment.index(after: equals)...])
            if value.hasPrefix("@") { value = try String(contentsOfFile: String(value.dropFirst()), encoding: .utf8) }
            answers = value == ":unknown" ? try engine.answeringNotKnown(at: path, in: answers) : try engine.answering(value, at: path, in: answers)
        }
        return answers
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "mla-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
