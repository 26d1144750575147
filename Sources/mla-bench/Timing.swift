/// Repeated measurements of one thing, in seconds, summarised by median and spread.
struct Timing {
    private(set) var samples: [Double] = []

    mutating func add(_ seconds: Double) { samples.append(seconds) }

    var runs: Int { samples.count }
    var median: Double { quantile(0.5) }
    var minimum: Double { samples.min() ?? 0 }
    var maximum: Double { samples.max() ?? 0 }
    /// The first and third quartiles.
    var interquartile: (Double, Double) { (quantile(0.25), quantile(0.75)) }

    /// Linear interpolation between the closest ranks.
    func quantile(_ q: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let position = q * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - Double(lower))
    }
}
