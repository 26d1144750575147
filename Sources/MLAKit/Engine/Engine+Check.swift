/// Completeness and consistency checks over a draft's answers.
extension Engine {
    /// Everything missing or wrong in the answers, as of `today` (an ISO date, `2026-11-24`).
    ///
    /// Missing MUST items (and MUST-IF items whose condition holds) block rendering; missing
    /// SHOULD items are warnings, which stay listed with the drafter's reason once acknowledged.
    public func check(_ answers: Answers, acknowledgements: [String: Acknowledgement] = [:], today: String) -> CheckReport {
        var report = CheckReport(missing: [], invalid: [], warnings: [])
        for question in questions(for: answers) {
            let value = answers.value(at: question.path)
            if let problem = gap(in: question, value: value) {
                let finding = Finding(path: question.path, field: question.field, section: question.section,
                                      level: question.level, problem: problem,
                                      acknowledgement: acknowledgements[question.path.description])
                switch question.level {
                case .must: report.missing.append(finding)
                case .should: report.warnings.append(finding)
                case .may: break
                }
            }
            if question.kind == .value, let value, let problem = inconsistency(of: question, value: value, in: answers, today: today) {
                report.invalid.append(Finding(path: question.path, field: question.field, section: question.section,
                                              level: .must, problem: problem, acknowledgement: nil))
            }
        }
        return report
    }

    private func gap(in question: Question, value: AnswerValue?) -> Finding.Problem? {
        switch question.kind {
        case .value, .openGroup:
            return value.map { $0.isEmpty } ?? true ? .missing : nil
        case .addItem:
            if value == .notKnown { return nil }
            let need = question.field.minItems ?? (question.level == .may ? 0 : 1)
            guard question.itemCount < need else { return nil }
            return question.itemCount == 0 ? .missing : .tooFewItems(have: question.itemCount, need: need)
        }
    }

    private func inconsistency(of question: Question, value: AnswerValue, in answers: Answers, today: String) -> Finding.Problem? {
        guard case .text(let text) = value else { return nil }
        for bound in question.field.bounds {
            switch bound {
            case .notAfterToday:
                if text.prefix(10) > today.prefix(10) { return .inFuture(date: text, today: today) }
            case .after(let other):
                let otherPath = AnswerPath(other.ids.map { AnswerPath.Segment($0) })
                guard case .text(let otherText)? = answers.value(at: otherPath) else { continue }
                if !ValueOrder.isAfter(text, otherText) { return .notAfter(value: text, other: otherPath, otherValue: otherText) }
            }
        }
        return nil
    }
}

/// Compares stored dates and datetimes as points in time.
enum ValueOrder {
    /// Whether `value` is later than `other`; a date counts from its start, in UTC.
    static func isAfter(_ value: String, _ other: String) -> Bool {
        guard let first = instant(value), let second = instant(other) else { return true }
        return first > second
    }

    /// A stored date (its first instant, in UTC) or datetime as a point in time.
    static func instant(_ text: String) -> Timestamp.Instant? {
        if case .valid(let date) = CalendarDate.reading(text) {
            return Timestamp.Instant(seconds: date.daysSinceEpoch * 86_400, nanoseconds: 0)
        }
        return try? Timestamp(iso: text).instant
    }
}
