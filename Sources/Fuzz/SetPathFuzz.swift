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

/// Loads the questionnaires before the first input, so that what lives for the whole run is
/// not taken for memory leaked by an input.
@_cdecl("LLVMFuzzerInitialize")
public func initializeSetPathFuzz(_ argc: UnsafeMutableRawPointer, _ argv: UnsafeMutableRawPointer) -> CInt {
    withExtendedLifetime(engine) {}
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSetPath(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTargets.setAssignment(Data(bytes: bytes, count: count), engine: engine)
    return 0
}
