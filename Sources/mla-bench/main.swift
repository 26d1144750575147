import Foundation

if CommandLine.arguments.count > 1 && CommandLine.arguments[1] == Launcher.flag {
    exit(Launcher.main(Array(CommandLine.arguments.dropFirst(2))))
}

// `swift run -c release mla-bench [--runs N] [--mla PATH] [--dir FOLDER] [--keep]`
// Prints the report on standard output and progress on standard error. Exits 0 when the report
// is printed, whatever the budgets say; 64 for a bad command line, 70 when it cannot run.
do {
    let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()), benchmarkPath: try Launcher.ownPath())
    if options.help {
        print(BenchOptions.usage, terminator: "")
        exit(0)
    }
    let bench = Bench(options: options) { FileHandle.standardError.write(Data("mla-bench: \($0)\n".utf8)) }
    let results = try bench.run()
    print(Report(results: results, budgets: Budget.verdicts(for: results)).text(), terminator: "")
} catch {
    FileHandle.standardError.write(Data("mla-bench: \(error.message)\n".utf8))
    if case .usage = error { exit(64) }
    exit(70)
}
