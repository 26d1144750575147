import Foundation

/// The printed report: the drafts, the figures, the growth, the reference and the budgets.
struct Report {
    let results: BenchResults
    let budgets: [Budget]

    func text() -> String {
        var out: [String] = []
        out.append("mla-bench: \(results.version) (\(results.program))")
        out.append("\(results.runs) timed runs of each figure after one untimed run; drafts in \(results.folder) (\(results.fileSystem)); \(ProcessInfo.processInfo.activeProcessorCount) processors")
        out.append("")
        out.append("Drafts: sample case 01, its list items copied and spread over its 7 lists; \(BenchDraft.typical) is the typical request")
        out.append(Self.table(results.drafts.map { draft in
            [draft.name, Self.kb(draft.bytes) + " file", draft.factsBytes.map { "summary of facts of \(Self.count($0)) bytes or more" } ?? ""]
        }, right: [1]))

        out.append("Whole processes: wall time in ms and peak resident memory (ru_maxrss; the launcher that starts them peaks at \(Self.mb(results.launcherPeakKilobytes)))")
        var rows = [["command", "draft", "median", "min–max", "interquartile", "peak", "runs"]]
        for measurement in [results.floor] + results.processes {
            rows.append(Self.row(measurement))
        }
        out.append(Self.table(rows, right: [2, 3, 4, 5, 6]))

        out.append("Inside one process: the engine's steps in ms (the draft already read for check and render)")
        rows = [["step", "draft", "median", "min–max", "interquartile", "", "runs"]]
        for measurement in results.inProcess { rows.append(Self.row(measurement)) }
        out.append(Self.table(rows, right: [2, 3, 4, 6]))

        out.append("Growth from \(BenchDraft.small) to \(BenchDraft.large) (medians; above the floor = less mla --version; linear is 10×)")
        rows = [["command", BenchDraft.small, BenchDraft.large, "whole process", "above the floor"]]
        for job in Job.perDraft {
            guard let growth = Growth(job: job, results: results) else { continue }
            rows.append([job.label, Self.ms(growth.small), Self.ms(growth.large), Self.ratio(growth.whole), Self.ratio(growth.aboveFloor)])
        }
        for step in InProcessBench.steps {
            guard let small = results.step(step, BenchDraft.small)?.timing.median,
                  let large = results.step(step, BenchDraft.large)?.timing.median else { continue }
            rows.append(["in process: " + step.trimmingCharacters(in: .whitespaces), Self.ms(small), Self.ms(large), Self.ratio(large / small), ""])
        }
        out.append(Self.table(rows, right: [1, 2, 3, 4]))

        out += reference()
        out.append("Budgets (floor: mla --version, median \(Self.ms(results.floor.timing.median)))")
        for budget in budgets {
            out.append("  \(budget.passed ? "PASS" : "FAIL")  \(budget.name): \(budget.figures)")
        }
        out.append("\(budgets.filter(\.passed).count) of \(budgets.count) budgets met.")
        return out.joined(separator: "\n") + "\n"
    }

    private func reference() -> [String] {
        switch results.reference {
        case .skipped:
            return ["Jinja2 reference: skipped, python3 with the jinja2 package was not found (`pip install jinja2` to include it).", ""]
        case .failed(let reason):
            return ["Jinja2 reference: failed, so left out: \(reason)", ""]
        case .measured(let version, let rows):
            var table = [["draft", "Jinja2 process", "mla render text", "mla / Jinja2", "Jinja2 in process", "mla in process", "mla / Jinja2", "same text"]]
            for row in rows {
                guard let ours = results.process(.renderText, row.draft)?.timing.median,
                      let inside = results.step(InProcessBench.steps[2], row.draft)?.timing.median else { continue }
                let theirs = row.process.timing.median
                table.append([row.draft, Self.ms(theirs), Self.ms(ours), Self.ratio(ours / theirs),
                              Self.ms(row.inProcessSeconds), Self.ms(inside), Self.ratio(inside / row.inProcessSeconds),
                              row.identical ? "identical, \(Self.kb(row.documentBytes))" : "differs"])
            }
            return ["Jinja2 reference (\(version)): the same draft file rendered as text by an equivalent template, medians in ms",
                    "(process: start, load the templates, read the draft, render, write; in process: fill the template and lay it out;",
                    "same text: whether the Jinja2 document is byte for byte mla's)",
                    Self.table(table, right: [1, 2, 3, 4, 5, 6])]
        }
    }

    // MARK: - Formatting

    private static func row(_ measurement: Measurement) -> [String] {
        let timing = measurement.timing
        let (q1, q3) = timing.interquartile
        return [measurement.label, measurement.draft ?? "—", ms(timing.median),
                "\(number(timing.minimum))–\(number(timing.maximum))", "\(number(q1))–\(number(q3))",
                measurement.peakKilobytes.map(mb) ?? "", String(timing.runs)]
    }

    static func ms(_ seconds: Double) -> String { "\(number(seconds)) ms" }

    /// Milliseconds with three significant figures or at least one decimal.
    static func number(_ seconds: Double) -> String {
        let milliseconds = seconds * 1000
        return String(format: milliseconds < 10 ? "%.2f" : milliseconds < 1000 ? "%.1f" : "%.0f", milliseconds)
    }

    static func mb(_ kilobytes: Int) -> String { String(format: "%.1f MB", Double(kilobytes) / 1024) }

    static func kb(_ bytes: Int) -> String {
        bytes < 1_000_000 ? String(format: "%.1f KB", Double(bytes) / 1000) : String(format: "%.2f MB", Double(bytes) / 1_000_000)
    }

    static func ratio(_ value: Double) -> String { String(format: "%.2f×", value) }

    static func count(_ value: Int) -> String { value.formatted(.number.locale(Locale(identifier: "en_US"))) }

    /// Columns padded to their widest cell, numbers right-aligned, then a blank line.
    static func table(_ rows: [[String]], right: Set<Int>) -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        let lines = rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return right.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
        }
        return lines.map { "  " + $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n") + "\n"
    }
}
