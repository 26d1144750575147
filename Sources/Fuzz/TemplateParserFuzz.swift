// libFuzzer harness for the document template parser: `.ci/fuzz template`.
// Not part of the package's targets: `.ci/fuzz` builds it with the MLAKit sources.
import Foundation
@testable import MLAKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplateParser(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTargets.templateParser(Data(bytes: bytes, count: count))
    return 0
}
