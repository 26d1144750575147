// libFuzzer harness for the draft decoder and the JSON parser: `.ci/fuzz draft`.
// Not part of the package's targets: `.ci/fuzz` builds it with the MLAKit sources.
import Foundation
@testable import MLAKit

private let codec: DraftCodec = {
    do { return DraftCodec(library: try QuestionnaireLibrary(source: DataSource())) } catch { fatalError("the built-in questionnaires do not load: \(error)") }
}()

/// Loads the questionnaires before the first input, so that what lives for the whole run is
/// not taken for memory leaked by an input.
@_cdecl("LLVMFuzzerInitialize")
public func initializeDraftDecoderFuzz(_ argc: UnsafeMutableRawPointer, _ argv: UnsafeMutableRawPointer) -> CInt {
    withExtendedLifetime(codec) {}
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDraftDecoder(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTargets.draftDecoder(Data(bytes: bytes, count: count), codec: codec)
    return 0
}
