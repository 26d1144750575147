import Foundation
import Testing
@testable import MLAKit

/// The fuzzing seed corpora and crash reproducers (`Tests/MLAKitTests/Fuzz/HARNESS/`), run
/// through the same entry points as the libFuzzer harnesses (`.ci/fuzz`). A file named
/// `accepted-…` must be accepted and one named `refused-…` refused; the targets' own checks
/// (round trips, stored forms taken back unchanged) hold for every file, or the run crashes.
@Suite struct FuzzCorpusTests {
    static let folder = TestData.testsFolder.appending(path: "Fuzz")

    static func seeds(_ harness: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appending(path: harness).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    private func run(_ harness: String, _ name: String, _ target: (Data) -> Bool) throws {
        let data = try Data(contentsOf: Self.folder.appending(path: harness).appending(path: name))
        let accepted = target(data)
        if name.hasPrefix("accepted-") { #expect(accepted, "\(harness)/\(name) should be accepted") }
        if name.hasPrefix("refused-") { #expect(!accepted, "\(harness)/\(name) should be refused") }
    }

    @Test func everyHarnessHasSeeds() {
        for harness in ["draft", "template", "value", "path"] {
            #expect(Self.seeds(harness).contains { $0.hasPrefix("accepted-") }, "\(harness)")
            #expect(Self.seeds(harness).contains { $0.hasPrefix("refused-") }, "\(harness)")
        }
    }

    @Test(arguments: seeds("draft"))
    func draftDecoder(seed: String) throws {
        let codec = DraftCodec(library: TestData.library)
        try run("draft", seed) { FuzzTargets.draftDecoder($0, codec: codec) }
    }

    @Test(arguments: seeds("template"))
    func templateParser(seed: String) throws {
        try run("template", seed) { FuzzTargets.templateParser($0) }
    }

    @Test(arguments: seeds("value"))
    func valueParser(seed: String) throws {
        try run("value", seed) { FuzzTargets.valueParser($0) }
    }

    @Test(arguments: seeds("path"))
    func setAssignment(seed: String) throws {
        let engine = Engine(questionnaire: try TestData.library.questionnaire(for: TestData.library.typeIDs))
        try run("path", seed) { FuzzTargets.setAssignment($0, engine: engine) }
    }
}
