/// One budget of the issue, with what was measured against it.
struct Budget {
    var name: String
    /// "27.4 ms ≤ 36.6 ms (1.12× the floor)".
    var figures: String
    var passed: Bool

    static let floorFactor = 1.5
    static let largeRenderSeconds = 0.200
    static let largeRenderKilobytes = 64 * 1024
    static let growthRatio = 11.0
    static let saveSeconds = 0.010

    /// The verdicts for a run's results.
    static func verdicts(for results: BenchResults) -> [Budget] {
        var budgets: [Budget] = []
        let floor = results.floor.timing.median
        for job in [Job.check, .renderText, .renderHTML] {
            guard let measured = results.process(job, BenchDraft.typical) else { continue }
            let median = measured.timing.median
            budgets.append(Budget(name: "\(job.label), typical request (\(BenchDraft.typical)), within \(Report.ratio(floorFactor)) of mla --version",
                                  figures: "\(Report.ms(median)) vs limit \(Report.ms(floor * floorFactor)) (\(Report.ratio(median / floor)) the floor of \(Report.ms(floor)))",
                                  passed: median <= floor * floorFactor))
        }
        for job in [Job.renderText, .renderHTML] {
            guard let measured = results.process(job, BenchDraft.large) else { continue }
            budgets.append(Budget(name: "\(job.label), \(BenchDraft.large), under \(Report.ms(largeRenderSeconds))",
                                  figures: Report.ms(measured.timing.median),
                                  passed: measured.timing.median < largeRenderSeconds))
            let peak = measured.peakKilobytes ?? 0
            budgets.append(Budget(name: "\(job.label), \(BenchDraft.large), peak memory under \(Report.mb(largeRenderKilobytes))",
                                  figures: Report.mb(peak),
                                  passed: peak < largeRenderKilobytes))
        }
        for job in Job.perDraft {
            guard let growth = Growth(job: job, results: results) else { continue }
            budgets.append(Budget(name: "\(job.label), growth from \(BenchDraft.small) to \(BenchDraft.large) at most \(Report.ratio(growthRatio))",
                                  figures: "\(Report.ratio(growth.aboveFloor)) above the floor (\(Report.ratio(growth.whole)) whole process)",
                                  passed: growth.aboveFloor <= growthRatio))
        }
        if let save = results.step(InProcessBench.steps[3], BenchDraft.typical) {
            budgets.append(Budget(name: "saving an answer, typical request, including the flush to disk, under \(Report.ms(saveSeconds))",
                                  figures: "\(Report.ms(save.timing.median)) median, \(Report.ms(save.timing.maximum)) slowest (\(results.fileSystem))",
                                  passed: save.timing.median < saveSeconds))
        }
        return budgets
    }
}

/// How a job's time grows from the small to the large draft.
struct Growth {
    /// The ratio of the medians of the whole processes.
    var whole: Double
    /// The ratio of the medians less the floor: the growth of the work itself.
    var aboveFloor: Double
    var small: Double
    var large: Double

    init?(job: Job, results: BenchResults) {
        guard let small = results.process(job, BenchDraft.small)?.timing.median,
              let large = results.process(job, BenchDraft.large)?.timing.median else { return nil }
        let floor = results.floor.timing.median
        self.small = small
        self.large = large
        whole = large / small
        aboveFloor = max(large - floor, 0) / max(small - floor, 0.000_1)
    }
}
