import Foundation
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Why the benchmark could not run. Budgets that fail are not errors: they are reported.
enum BenchError: Error {
    case usage(String)
    case missingProgram(String)
    case missingFixture(String)
    case fixture(line: String, reason: String)
    case cannotRun(String, errno: Int32)
    case system(call: String, errno: Int32)
    case unexpectedStatus(command: String, status: Int32, stderr: String)
    case file(String)

    /// The message for the terminal, saying what to do next.
    var message: String {
        switch self {
        case .usage(let text):
            return "\(text)\n\(BenchOptions.usage)"
        case .missingProgram(let path):
            return "no mla program at \(path): build it first with `swift build -c release`, or name it with --mla PATH"
        case .missingFixture(let path):
            return "cannot read the sample case at \(path): run the benchmark from a checkout of the package"
        case .fixture(let line, let reason):
            return "the sample case does not load (\(line)): \(reason)"
        case .cannotRun(let program, let code):
            return "cannot start \(program): \(String(cString: strerror(code)))"
        case .system(let call, let code):
            return "\(call) failed: \(String(cString: strerror(code)))"
        case .unexpectedStatus(let command, let status, let stderr):
            let detail = stderr.split(separator: "\n").prefix(5).joined(separator: "\n  ")
            return "`\(command)` exited with status \(status):\n  \(detail)"
        case .file(let text):
            return text
        }
    }
}
