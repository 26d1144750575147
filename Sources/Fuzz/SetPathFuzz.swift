// libFuzzer harness for `mla set` arguments (the answer path parser, then answering):
// `.ci/fuzz path`. Not part of the package's targets: `.ci/fuzz` builds it with the MLAKit sources.
import Foundation
@testable import MLAKit

private let engine: Engine = {
    do {
        let library = try QuestionnaireLibrary(source: DataSource())
        return Engine(questionnaire: try library.questionnaire(for: library.typeIDs))
    } catch {
        fatalError("the built-in questionnaires do not load: \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSetPath(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTargets.setAssignment(Data(bytes: bytes, count: count), engine: engine)
    return 0
}
