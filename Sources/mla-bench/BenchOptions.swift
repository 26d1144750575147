import Foundation

/// The command line of `mla-bench`.
struct BenchOptions {
    /// Timed runs of every measurement (after one untimed run that checks the result).
    var runs = 15
    /// The `mla` program to measure; by default the one built next to the benchmark.
    var program: String
    /// The folder to make the drafts in; by default the system's temporary folder.
    var folder: URL = FileManager.default.temporaryDirectory
    /// Keep the drafts and outputs instead of removing them at the end.
    var keep = false
    /// Print the usage and do nothing else.
    var help = false

    static let usage = """
        usage: swift run -c release mla-bench [--runs N] [--mla PATH] [--dir FOLDER] [--keep]

        Times the release mla on synthetic drafts (sample case 01 grown to 10, 1,000 and 10,000
        list items, and with a 1 MB summary of facts) and prints the figures and the budgets.
          --runs N      timed runs of each figure, at least 3 (default 15)
          --mla PATH    the mla program to time (default: the one built next to mla-bench)
          --dir FOLDER  where to make the drafts (default: the system's temporary folder)
          --keep        keep the drafts and the Jinja2 reference files

        """

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
                help = true
            default:
                throw .usage("unknown argument \(word)")
            }
        }
    }
}
