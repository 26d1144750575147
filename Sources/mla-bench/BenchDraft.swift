import Foundation

/// One synthetic draft the benchmark measures.
struct BenchDraft {
    /// "1,000 items".
    var name: String
    var items: Int
    /// The least size of the summary of facts, when it is made large.
    var factsBytes: Int?
    var file: URL
    /// The size of the draft file.
    var bytes: Int = 0

    /// The drafts of the issue: growing lists, and a typical request with a 1 MB summary of facts.
    static func standard(in folder: URL) -> [BenchDraft] {
        [
            BenchDraft(name: "10 items", items: 10, file: folder.appending(path: "items-10.mla.json")),
            BenchDraft(name: "1,000 items", items: 1_000, file: folder.appending(path: "items-1000.mla.json")),
            BenchDraft(name: "10,000 items", items: 10_000, file: folder.appending(path: "items-10000.mla.json")),
            BenchDraft(name: "1 MB facts", items: 10, factsBytes: 1_000_000, file: folder.appending(path: "facts-1mb.mla.json")),
        ]
    }

    static let typical = "10 items"
    static let small = "1,000 items"
    static let large = "10,000 items"
}
