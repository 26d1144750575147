import Foundation
import MLAKit

/// The answers of sample case 01 as `mla set` takes them (`Tests/MLAKitTests/Fixtures`), split
/// into the answers outside lists and, per list, the answers of each item.
struct CaseFixture {
    struct Assignment {
        var path: AnswerPath
        var value: String
    }

    /// The item of a list in the case: its answers, with paths inside the item (`name`).
    typealias Item = [Assignment]

    /// Answers outside any list.
    var single: [Assignment] = []
    /// The case's lists, in the order the case first answers them.
    var lists: [(id: FieldID, items: [Item])] = []

    /// The case folder next to the package's tests, found from this source file.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Tests/MLAKitTests/Fixtures")

    init(folder: URL = Self.folder) throws(BenchError) {
        let file = folder.appending(path: "case-01-answers.txt")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { throw .missingFixture(file.path) }
        for line in text.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "="), let path = AnswerPath(parsing: String(line[..<equals])) else {
                throw .fixture(line: String(line), reason: "not PATH=VALUE")
            }
            var value = String(line[line.index(after: equals)...])
            if value.hasPrefix("@FIXTURES/") {
                let attached = folder.appending(path: String(value.dropFirst("@FIXTURES/".count)))
                guard let contents = try? String(contentsOf: attached, encoding: .utf8) else { throw .missingFixture(attached.path) }
                value = contents
            }
            add(Assignment(path: path, value: value))
        }
    }

    /// The case's summary of facts.
    var facts: String { single.first { $0.path.description == "facts_summary" }?.value ?? "" }

    private mutating func add(_ assignment: Assignment) {
        guard let first = assignment.path.segments.first, let number = first.index else {
            single.append(assignment)
            return
        }
        let inner = Assignment(path: AnswerPath(Array(assignment.path.segments.dropFirst())), value: assignment.value)
        guard let list = lists.firstIndex(where: { $0.id == first.id }) else {
            lists.append((first.id, [[inner]]))
            return
        }
        if number > lists[list].items.count { lists[list].items.append([]) }
        lists[list].items[number - 1].append(inner)
    }
}
