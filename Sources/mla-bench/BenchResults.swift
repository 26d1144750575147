/// Everything one benchmark run measured.
struct BenchResults {
    var program: String
    var version: String
    var runs: Int
    var folder: String
    var fileSystem: String
    var drafts: [BenchDraft]
    /// The peak memory of the launcher that starts each measured process: the least it can measure.
    var launcherPeakKilobytes = 0
    /// `mla --version`.
    var floor = Measurement(label: Job.version.label)
    /// Every job on every draft, as whole processes.
    var processes: [Measurement] = []
    /// The engine's steps inside this process.
    var inProcess: [Measurement] = []
    var reference: Reference = .skipped

    enum Reference {
        /// python3 or its jinja2 package is not installed.
        case skipped
        /// The reference could not render a draft; the rest of the report stands.
        case failed(String)
        case measured(version: String, rows: [ReferenceRow])
    }

    struct ReferenceRow {
        var draft: String
        /// `python3 render.py …` as a whole process.
        var process: Measurement
        /// One render inside Python, median.
        var inProcessSeconds: Double = 0
        var documentBytes: Int
        /// Whether the Jinja2 text is byte for byte the text of `mla render --format text`.
        var identical: Bool
    }

    /// The process measurement of a job on a draft.
    func process(_ job: Job, _ draft: String) -> Measurement? {
        processes.first { $0.label == job.label && $0.draft == draft }
    }

    /// The in-process measurement of a step on a draft.
    func step(_ label: String, _ draft: String) -> Measurement? {
        inProcess.first { $0.label == label && $0.draft == draft }
    }
}
