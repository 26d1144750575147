#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// A fresh, small copy of the benchmark that spawns one measured child and reports its time,
/// peak memory and status on standard output, so the child's `ru_maxrss` is its own (see
/// ``ChildProcess``). Started as `mla-bench --launch INPUT STDOUT STDERR SEARCH -- PROGRAM ARGS…`.
///
/// The launcher's own peak, reported too, is the least peak it can measure.
struct Launcher {
    static let flag = "--launch"

    /// This program's own file, which the launchers run.
    let program: String
    /// Where a launcher writes its report.
    let reportPath: String

    init(folder: String) throws(BenchError) {
        program = try Self.ownPath()
        reportPath = folder + "/launch-report"
    }

    /// The launcher's side: runs the child described by `arguments` (after the flag).
    static func main(_ arguments: [String]) -> Int32 {
        guard arguments.count >= 6, arguments[4] == "--", let input = ChildProcess.Input(rawValue: arguments[0]) else {
            print("error bad launcher arguments")
            return 64
        }
        let child = ChildProcess(executable: arguments[5], arguments: Array(arguments.dropFirst(6)), input: input,
                                 stdout: arguments[1], stderr: arguments[2], searchPath: arguments[3] == "search")
        do {
            let ownPeak = peakOfThisProcess()
            let result = try child.spawnAndWait()
            print("result \(result.seconds) \(result.peakKilobytes) \(result.status) \(ownPeak)")
            return 0
        } catch {
            print("error \(error.message)")
            return 70
        }
    }

    /// The benchmark's side: runs `child` through a launcher and reads its report.
    func run(_ child: ChildProcess) throws(BenchError) -> ProcessResult {
        let report = reportPath
        let launcher = ChildProcess(executable: program,
                                    arguments: [Self.flag, child.input.rawValue, child.stdout, child.stderr, child.searchPath ? "search" : "path", "--",
                                                child.executable] + child.arguments,
                                    stdout: report)
        let outcome = try launcher.spawnAndWait()
        defer { unlink(report) }
        let words = (Self.readFile(report) ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        guard outcome.status == 0, words.count == 5, words[0] == "result",
              let seconds = Double(words[1]), let peak = Int(words[2]), let status = Int32(words[3]), let own = Int(words[4]) else {
            if words.first == "error" { throw .file(words.dropFirst().joined(separator: " ")) }
            throw .file("the launcher of \(child.executable) failed (status \(outcome.status))")
        }
        return ProcessResult(seconds: seconds, peakKilobytes: peak, status: status, launcherPeakKilobytes: own)
    }

    /// This program's own file, from `/proc/self/exe`.
    static func ownPath() throws(BenchError) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { throw .system(call: "readlink /proc/self/exe", errno: errno) }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `VmHWM` of `/proc/self/status`, in kilobytes.
    private static func peakOfThisProcess() -> Int {
        guard let status = readFile("/proc/self/status") else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ")[1]) ?? 0
        }
        return 0
    }

    private static func readFile(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
