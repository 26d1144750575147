import Foundation

/// Runs the built `mla` binary as a user would, with piped standard input.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    static var binary: URL {
        let products = Bundle.main.bundleURL
        for candidate in [products.appending(path: "mla"), products.deletingLastPathComponent().appending(path: "mla")]
        where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        return products.appending(path: "mla")
    }

    @discardableResult
    init(_ arguments: [String], input: String = "", in folder: URL, environment: [String: String] = [:], executable: URL = binary) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C", "NO_COLOR": "1"].merging(environment) { $1 }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        self.stdout = String(decoding: out, as: UTF8.self)
        self.stderr = String(decoding: err, as: UTF8.self)
    }
}
