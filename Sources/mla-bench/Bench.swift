import Foundation
import MLAKit

/// Runs the whole benchmark: makes the drafts, times the `mla` commands as processes and the
/// engine's steps in process, runs the Jinja2 reference, and gathers the figures.
struct Bench {
    let options: BenchOptions
    /// Where progress goes (standard error), so that the report alone is on standard output.
    let progress: (String) -> Void

    func run() throws(BenchError) -> BenchResults {
        guard FileManager.default.isExecutableFile(atPath: options.program) else { throw .missingProgram(options.program) }
        let folder = try makeFolder()
        defer { if !options.keep { try? FileManager.default.removeItem(at: folder) } }
        let launcher = try Launcher(folder: folder.path)

        progress("making drafts in \(folder.path)")
        let synthetic = try SyntheticDrafts(fixture: try CaseFixture())
        var drafts = BenchDraft.standard(in: folder)
        for index in drafts.indices {
            try synthetic.save(try synthetic.draft(items: drafts[index].items, factsBytes: drafts[index].factsBytes), to: drafts[index].file)
            drafts[index].bytes = (try? FileManager.default.attributesOfItem(atPath: drafts[index].file.path)[.size] as? Int) ?? 0
        }
        let (version, launcherPeak) = try versionText(folder: folder, launcher: launcher)
        var results = BenchResults(program: options.program, version: version, runs: options.runs,
                                   folder: folder.path, fileSystem: Self.fileSystem(of: folder.path), drafts: drafts)
        results.launcherPeakKilobytes = launcherPeak

        // One untimed run of everything first: it checks each command does its work, and warms
        // the page cache and the dynamic loader for all alike.
        progress("checking every command once")
        results.floor = Measurement(label: Job.version.label)
        try verify(.version, file: nil, folder: folder, launcher: launcher)
        for draft in drafts {
            for job in Job.perDraft {
                try verify(job, file: draft.file.path, folder: folder, launcher: launcher)
                results.processes.append(Measurement(label: job.label, draft: draft.name))
            }
        }
        // Timed runs, interleaved so that a change in the machine's load touches every figure alike.
        for run in 1...options.runs {
            progress("process run \(run) of \(options.runs)")
            results.floor.add(try launcher.run(ChildProcess(executable: options.program, arguments: Job.version.arguments(file: ""))))
            var index = 0
            for draft in drafts {
                for job in Job.perDraft {
                    let child = ChildProcess(executable: options.program, arguments: job.arguments(file: draft.file.path), input: job.input)
                    results.processes[index].add(try launcher.run(child))
                    index += 1
                }
            }
        }

        progress("timing the engine in process")
        let inProcess = try InProcessBench(drafts: synthetic, runs: options.runs)
        results.inProcess += try inProcess.measureStartUp()
        for draft in drafts {
            results.inProcess += try inProcess.measure(draft)
        }

        do {
            results.reference = try reference(drafts: drafts, folder: folder, inProcess: inProcess, launcher: launcher)
        } catch {
            results.reference = .failed(error.message)
        }
        return results
    }

    // MARK: - Steps

    private func makeFolder() throws(BenchError) -> URL {
        let folder = options.folder.appending(path: "mla-bench-\(getpid())")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .file("cannot make the folder \(folder.path): \(error.localizedDescription)")
        }
        return folder
    }

    /// What `mla --version` prints, and the peak memory of a launcher.
    private func versionText(folder: URL, launcher: Launcher) throws(BenchError) -> (String, Int) {
        let out = folder.appending(path: "version.out").path
        let child = ChildProcess(executable: options.program, arguments: ["--version"], stdout: out, stderr: folder.appending(path: "version.err").path)
        let result = try launcher.run(child)
        let text = ((try? String(contentsOfFile: out, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return (text, result.launcherPeakKilobytes)
    }

    /// Runs a command once with its output kept, and fails on an unexpected status or an empty document.
    private func verify(_ job: Job, file: String?, folder: URL, launcher: Launcher) throws(BenchError) {
        let out = folder.appending(path: "verify.out").path
        let err = folder.appending(path: "verify.err").path
        let arguments = job.arguments(file: file ?? "")
        let result = try launcher.run(ChildProcess(executable: options.program, arguments: arguments, input: job.input, stdout: out, stderr: err))
        let stderr = (try? String(contentsOfFile: err, encoding: .utf8)) ?? ""
        let command = "mla " + arguments.joined(separator: " ")
        guard job.acceptedStatuses.contains(result.status) else {
            throw .unexpectedStatus(command: command, status: result.status, stderr: stderr)
        }
        if job == .renderText || job == .renderHTML {
            let size = (try? FileManager.default.attributesOfItem(atPath: out)[.size] as? Int) ?? 0
            guard size > 1_000 else { throw .unexpectedStatus(command: command + " (printed \(size) bytes)", status: result.status, stderr: stderr) }
        }
    }

    private func reference(drafts: [BenchDraft], folder: URL, inProcess: InProcessBench, launcher: Launcher) throws(BenchError) -> BenchResults.Reference {
        let jinjaFolder = folder.appending(path: "jinja")
        try? FileManager.default.createDirectory(at: jinjaFolder, withIntermediateDirectories: true)
        guard let jinja = JinjaReference(folder: jinjaFolder) else { return .skipped }
        progress("rendering with \(jinja.version)")
        try jinja.prepare()
        var rows: [BenchResults.ReferenceRow] = []
        for draft in drafts {
            let document = try jinja.document(for: draft, launcher: launcher)
            let ours = inProcess.renderText(try inProcess.load(draft.file))
            var row = BenchResults.ReferenceRow(draft: draft.name, process: Measurement(label: "python3 + Jinja2", draft: draft.name),
                                                 documentBytes: document.utf8.count, identical: document == ours)
            for _ in 1...options.runs {
                row.process.add(try launcher.run(jinja.process(for: draft)))
            }
            row.inProcessSeconds = try jinja.inProcessMedian(for: draft, runs: options.runs, launcher: launcher)
            rows.append(row)
        }
        return .measured(version: jinja.version, rows: rows)
    }

    /// The kind of file system at a path (`ext4`, `tmpfs`), since it decides what a flush costs:
    /// the type of the longest mount point in `/proc/mounts` that holds the path.
    static func fileSystem(of path: String) -> String {
        guard let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else { return "unknown file system" }
        var best: (point: String, type: String) = ("", "unknown file system")
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count > 2 else { continue }
            let point = String(fields[1])
            let inside = path == point || path.hasPrefix(point == "/" ? "/" : point + "/")
            if inside && point.count > best.point.count { best = (point, String(fields[2])) }
        }
        return best.type
    }
}
