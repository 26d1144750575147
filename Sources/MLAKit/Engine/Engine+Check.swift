/// Completeness and consistency checks over a draft's answers.
extension Engine {
    /// Everything missing or wrong in the answers, as of `today` (an ISO date, `2026-11-24`).
    ///
    /// Missing MUST items (and MUST-IF items whose condition holds) block rendering; missing
    /// SHOULD items are warnings, which stay listed with the drafter's reason once acknowledged.
    /// The questionnaire's checks across fields add their own findings and notes, and dates
    /// marked as deadlines are listed with a warning as they near.
    public func check(_ answers: Answers, acknowledgements: [String: Acknowledgement] = [:], today: String) -> CheckReport {
        var report = CheckReport(missing: [], invalid: [], warnings: [])
        let completed = completingDerivedDates(answers)
        let today = CalendarDate.of(today)
        func record(_ question: Question, _ problem: Finding.Problem, as level: Level) {
            guard level != .may else { return }
            let finding = Finding(path: question.path, field: question.field, section: question.section, level: level,
                                  problem: problem, acknowledgement: acknowledgements[question.path.description])
            switch level {
            case .must: report.missing.append(finding)
            case .should: report.warnings.append(finding)
            case .may: break
            }
        }
        // The questions the checks across fields are about, gathered on the same walk: making
        // every question of the draft again, with its path, to find them cost more than the
        // rest of the check.
        let checked = placesAsked(by: questionnaire.checks)
        var checkedQuestions: [Question] = []
        forEachQuestion(in: answers) { site, stored, path in
            if !checked.isEmpty, checked.contains(ObjectIdentifier(site.place)) { checkedQuestions.append(site.question(at: path())) }
            // Only a derived date differs between the answers and the completed answers.
            let value = site.field.derived == nil ? stored : completed.value(at: path())
            if site.level != .may, let problem = gap(in: site, value: value) { record(site.question(at: path()), problem, as: site.level) }
            guard site.kind == .value, case .text(let text)? = value else { return }
            // The checks below concern fields of some kinds only; the others need no question.
            guard site.field.formatBy != nil || !site.field.bounds.isEmpty || site.field.type == .value(.ip) || site.field.deadline != nil else { return }
            let question = site.question(at: path())
            if let problem = wrongForm(of: question, value: text, in: answers) ?? inconsistency(of: question, value: text, in: completed, today: today) {
                report.invalid.append(Finding(path: question.path, field: question.field, section: question.section,
                                              level: .must, problem: problem, acknowledgement: nil))
            }
            if let range = reservedRange(of: question, value: text, in: answers) {
                record(question, .reservedAddress(value: text, range: range.rawValue), as: .should)
            }
            if let deadline = question.field.deadline, let date = CalendarDate.of(text) {
                let derivedFrom = stored == nil ? question.field.derived.map { AnswerPath(schema: $0.from) } : nil
                report.deadlines.append(KeyDate(path: question.path, field: question.field, section: question.section,
                                                date: date.iso, derivedFrom: derivedFrom))
                if let today, let window = deadline.warnWithinDays, date.daysSinceEpoch - today.daysSinceEpoch <= window {
                    record(question, .deadlineNear(date: date.iso, daysLeft: date.daysSinceEpoch - today.daysSinceEpoch), as: .should)
                }
            }
        }
        if !questionnaire.checks.isEmpty {
            for (check, question) in firedChecks(answers: answers, questions: checkedQuestions) {
                let finding = Finding(path: question.path, field: question.field, section: question.section,
                                      level: check.outcome == .must ? .must : .should, problem: .rule(check),
                                      acknowledgement: check.outcome == .should ? acknowledgements[question.path.description] : nil)
                switch check.outcome {
                case .must: report.invalid.append(finding)
                case .should: report.warnings.append(finding)
                case .note: report.notes.append(finding)
                }
            }
        }
        report.deadlines.sort { $0.date < $1.date }
        return report
    }

    /// These answers with the dates that follow from other answers (a preservation's expiry from
    /// its confirmation) filled in where the drafter gave none.
    public func completingDerivedDates(_ answers: Answers) -> Answers {
        guard questionnaire.sections.contains(where: { $0.fields.contains(where: \.hasDerivedDate) }) else { return answers }
        return completingDerivedDates(answers, questions: questions(for: answers))
    }

    private func completingDerivedDates(_ answers: Answers, questions: [Question]) -> Answers {
        var result = answers
        for question in questions where question.kind == .value {
            guard let derived = question.field.derived, answers.value(at: question.path) == nil,
                  case .text(let from)? = answers.value(at: AnswerPath(schema: derived.from)),
                  let date = CalendarDate.of(from)?.adding(days: derived.days),
                  let updated = try? result.setting(.text(date.iso), at: question.path) else { continue }
            result = updated
        }
        return result
    }

    private func gap(in question: QuestionSite, value: AnswerValue?) -> Finding.Problem? {
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

    private func inconsistency(of question: Question, value text: String, in answers: Answers, today: CalendarDate?) -> Finding.Problem? {
        for bound in question.field.bounds {
            switch bound {
            case .notAfterToday:
                if let today, let date = CalendarDate.of(text), today < date { return .inFuture(date: text, today: today.iso) }
            case .notBeforeToday:
                if let today, let date = CalendarDate.of(text), date < today { return .inPast(date: text, today: today.iso) }
            case .after(let other):
                let otherPath = AnswerPath(schema: other)
                guard case .text(let otherText)? = answers.value(at: otherPath) else { continue }
                if !ValueOrder.isAfter(text, otherText) { return .notAfter(value: text, other: otherPath, otherValue: otherText) }
            case .atLeastDaysAfter(let other, let days):
                let otherPath = AnswerPath(schema: other)
                guard case .text(let otherText)? = answers.value(at: otherPath),
                      let date = CalendarDate.of(text), let start = CalendarDate.of(otherText) else { continue }
                if date.daysSinceEpoch - start.daysSinceEpoch < days {
                    return .tooSoonAfter(value: text, other: otherPath, otherValue: otherText, days: days)
                }
            }
        }
        return nil
    }

    /// For a field whose format follows a sibling choice: the value's error under that format.
    private func wrongForm(of question: Question, value: String, in answers: Answers) -> Finding.Problem? {
        guard question.field.formatBy != nil,
              case .value(let format) = effectiveField(question.field, at: question.path, in: answers).type else { return nil }
        do {
            _ = try ValueParser.canonical(value, as: format)
            return nil
        } catch {
            return .wrongForm(error, format: format)
        }
    }

    /// The special range of an IP address answer, for fields of type `ip` and identifiers of kind `ip`.
    private func reservedRange(of question: Question, value: String, in answers: Answers) -> IPAddress.ReservedRange? {
        guard question.field.type == .value(.ip) || question.field.formatBy != nil,
              effectiveField(question.field, at: question.path, in: answers).type == .value(.ip) else { return nil }
        return IPAddress.stored(value)?.address.reservedRange
    }

    /// The fields (as the questions share them) at the schema paths that checks are about,
    /// found by following each path down from the sections' fields.
    private func placesAsked(by checks: [Check]) -> Set<ObjectIdentifier> {
        var found: Set<ObjectIdentifier> = []
        for check in checks {
            guard let first = check.field.ids.first else { continue }
            var matches = places.joined().filter { $0.field.id == first }
            for id in check.field.ids.dropFirst() {
                matches = matches.flatMap { $0.children.filter { $0.field.id == id } }
            }
            for place in matches { found.insert(ObjectIdentifier(place)) }
        }
        return found
    }

    /// Each check whose condition holds, with the question it is about, among `questions` (in
    /// the order they are asked; those of fields that no check is about may be left out). A
    /// check about a field inside a list is evaluated item by item.
    private func firedChecks(answers: Answers, questions: [Question]) -> [(Check, Question)] {
        questionnaire.checks.flatMap { check -> [(Check, Question)] in
            var seen: Set<AnswerPath> = []
            return questions.compactMap { question in
                guard question.path.schemaPath == check.field, seen.insert(question.path).inserted,
                      check.when.holds(in: context(at: question.path, in: answers)) else { return nil }
                return (check, question)
            }
        }
    }

    /// The evaluation context inside every list item that a path passes through.
    func context(at path: AnswerPath, in answers: Answers) -> EvaluationContext {
        var context = EvaluationContext(root: answers)
        var prefix = AnswerPath([])
        for segment in path.segments {
            let list = prefix.appending(segment.id)
            if let index = segment.index, case .items(let items)? = answers.value(at: list), items.indices.contains(index - 1) {
                context = context.entering(list.schemaPath, item: items[index - 1])
            }
            prefix = prefix.appending(segment.id, index: segment.index)
        }
        return context
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

private extension Field {
    /// Whether this field, or one inside it, takes a date derived from another answer.
    var hasDerivedDate: Bool { derived != nil || fields.contains(where: \.hasDerivedDate) }
}
