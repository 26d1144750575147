/// One `mla` command the benchmark times as a whole process.
enum Job: CaseIterable {
    /// `mla --version`: starting the program and loading its built-in data, the floor.
    case version
    case check
    case renderText
    case renderHTML
    /// `mla resume FILE` with input that has already ended: load, walk to the first open
    /// question, save and report.
    case resume
    /// `mla set FILE FIELD=VALUE`: load, check the value, save (with the flush to disk).
    case set

    /// The jobs run on every draft.
    static let perDraft: [Job] = [.check, .renderText, .renderHTML, .resume, .set]

    var label: String {
        switch self {
        case .version: "mla --version"
        case .check: "check"
        case .renderText: "render --format text"
        case .renderHTML: "render --format html"
        case .resume: "resume (input ended)"
        case .set: "set (answer, save)"
        }
    }

    func arguments(file: String) -> [String] {
        switch self {
        case .version: ["--version"]
        case .check: ["check", file]
        // The drafts are complete when made; a date that has since passed must not turn the
        // render into a refusal, so the same work is done either way.
        case .renderText: ["render", file, "--format", "text", "--allow-incomplete"]
        case .renderHTML: ["render", file, "--format", "html", "--allow-incomplete"]
        case .resume: ["resume", file]
        case .set: ["set", file, "request_reference=BENCH/2026/1"]
        }
    }

    var input: ChildProcess.Input { self == .resume ? .closedPipe : .null }

    /// `check` reports an incomplete draft with status 1; that is a result, not a failure.
    var acceptedStatuses: Set<Int32> { self == .check ? [0, 1] : [0] }
}
