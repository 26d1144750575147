import Foundation

/// The command line of `mla-bench`.
struct BenchOptions {
    /// Timed runs of every measurement (after one untimed run that checks the result).
    var runs = 11
    /// The `mla` program to measure; by default the one built next to the benchmark.
    var program: String
    /// The folder to make the drafts in; by default the system's temporary folder.
    var folder: URL = FileManager.default.temporaryDirectory
    /// Keep the drafts and outputs instead of removing them at the end.
    var keep = false

    init(arguments: [String], benchmarkPath: String) throws(BenchError) {
        program = URL(fileURLWithPath: benchmarkPath).deletingLastPathComponent().appending(path: "mla").path
        var rest = arguments[...]
        while let word = rest.popFirst() {
            switch word {
            case "--runs":
                guard let text = rest.popFirst(), let number = Int(text), number >= 3 else { throw .usage("--runs takes a number of at least 3") }
                runs = number
            case "--mla":
                guard let path = rest.popFirst() else { throw .usage("--mla takes the path of an mla program") }
                program = path
            case "--dir":
                guard let path = rest.popFirst() else { throw .usage("--dir takes a folder") }
                folder = URL(fileURLWithPath: path)
            case "--keep":
                keep = true
            case "--help", "-h":
                throw .usage("Times the release mla on synthetic drafts and prints figures and budget verdicts.")
            default:
                throw .usage("unknown argument \(word)")
            }
        }
    }
}
