/// The timings of one job on one draft (or of the floor), with the peak memory of its runs.
struct Measurement {
    var label: String
    /// The draft's name, or nil for measurements without a draft (the floor).
    var draft: String?
    var timing = Timing()
    /// The highest `ru_maxrss` of the runs, in kilobytes; nil for in-process measurements.
    var peakKilobytes: Int?

    mutating func add(_ result: ProcessResult) {
        timing.add(result.seconds)
        peakKilobytes = max(peakKilobytes ?? 0, result.peakKilobytes)
    }
}
