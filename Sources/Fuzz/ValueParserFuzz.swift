// libFuzzer harness for the value parsers (date-time, IP, IBAN, money and the others):
// `.ci/fuzz value`. Not part of the package's targets: `.ci/fuzz` builds it with the MLAKit sources.
import Foundation
@testable import MLAKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValueParser(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    FuzzTargets.valueParser(Data(bytes: bytes, count: count))
    return 0
}
