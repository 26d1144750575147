import Foundation

/// Writes a check report for people (grouped, with the legal reason of each item) and for
/// scripts (`mla check --json`).
public struct FindingDescriber: Sendable {
    let text: Localizer
    let questionnaire: Questionnaire
    let presenter: Presenter

    public init(text: Localizer, questionnaire: Questionnaire, presenter: Presenter) {
        self.text = text
        self.questionnaire = questionnaire
        self.presenter = presenter
    }

    /// The report as text: blocking items first, then inconsistencies, then warnings.
    public func text(_ report: CheckReport) -> String {
        var lines: [String] = []
        let groups: [(String, [Finding])] = [("check.missing", report.missing), ("check.invalid", report.invalid),
                                             ("check.warnings", report.warnings), ("check.notes", report.notes)]
        for (key, findings) in groups where !findings.isEmpty {
            lines.append(text(key, ["count": String(findings.count)]))
            for finding in findings {
                lines.append("  \(finding.path)  \(label(finding))")
                lines.append("      \(requirementLine(finding))")
                lines.append("      \(message(finding))")
                if let acknowledgement = finding.acknowledgement {
                    lines.append("      " + text("check.acknowledged", ["reason": acknowledgement.reason]))
                }
            }
            lines.append("")
        }
        if !report.deadlines.isEmpty {
            lines.append(text("check.deadlines", ["count": String(report.deadlines.count)]))
            for date in report.deadlines {
                lines.append("  \(date.date)  \(label(date.path)) · \(date.path)")
                if let from = date.derivedFrom {
                    lines.append("      " + text("check.derived_date", ["field": label(from)]))
                }
            }
            lines.append("")
        }
        lines.append(report.isComplete
            ? text(report.warnings.isEmpty ? "check.complete" : "check.complete_with_warnings", ["count": String(report.warnings.count)])
            : text("check.incomplete", ["missing": String(report.missing.count), "invalid": String(report.invalid.count)]))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON: `{"complete", "missing", "invalid", "warnings"}`.
    public func json(_ report: CheckReport) -> String {
        func entries(_ findings: [Finding]) -> JSONValue {
            .array(findings.map { finding in
                var entry: [String: JSONValue] = [
                    "path": .string(finding.path.description),
                    "label": .string(label(finding)),
                    "requirement": .string(finding.field.requirement.name),
                    "level": .string(finding.level.rawValue),
                    "legal_basis": .array(citations(for: finding).map { .string($0.text) }),
                    "message": .string(message(finding)),
                ]
                if let rule = rule(of: finding) { entry["rule"] = .string(rule) }
                if case .rule(let check) = finding.problem { entry["check"] = .string(check.id) }
                if let acknowledgement = finding.acknowledgement { entry["acknowledged"] = .string(acknowledgement.reason) }
                return .object(entry)
            })
        }
        let object: JSONValue = .object([
            "complete": .bool(report.isComplete),
            "missing": entries(report.missing),
            "invalid": entries(report.invalid),
            "warnings": entries(report.warnings),
            "notes": entries(report.notes),
            "deadlines": .array(report.deadlines.map { date in
                var entry: [String: JSONValue] = [
                    "path": .string(date.path.description),
                    "label": .string(label(date.path)),
                    "date": .string(date.date),
                ]
                if let from = date.derivedFrom { entry["derived_from"] = .string(from.description) }
                return .object(entry)
            }),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(object)) ?? Data(), as: UTF8.self) + "\n"
    }

    private func label(_ finding: Finding) -> String {
        label(finding.path)
    }

    private func label(_ path: AnswerPath) -> String {
        text("\(questionnaire.textKey(for: path.schemaPath)).label")
    }

    /// The spec's rule id behind a finding: the check's, or the field's.
    private func rule(of finding: Finding) -> String? {
        if case .rule(let check) = finding.problem { return check.rule }
        if case .languageNotAccepted = finding.problem { return "C9" }
        return finding.field.rule
    }

    /// "MUST · UNTOC 18(15)(c); ETS 30 art. 14(2) · rule C2"
    private func requirementLine(_ finding: Finding) -> String {
        var parts: [String] = []
        if case .rule(let check) = finding.problem, check.outcome == .note {
            parts.append(text("check.note"))
        } else {
            parts.append(text("levels.\(finding.level.rawValue)"))
        }
        let citations = citations(for: finding)
        if !citations.isEmpty { parts.append(citations.map(\.text).joined(separator: "; ")) }
        if let rule = rule(of: finding), rule != "tool rule" { parts.append(text("check.rule", ["rule": rule])) }
        return parts.joined(separator: " · ")
    }

    /// A check's citations; else a field's own, or those of the nearest group or list it belongs to.
    private func citations(for finding: Finding) -> [Citation] {
        if case .rule(let check) = finding.problem { return check.legalBasis }
        // Rule C9: the request must be in a language the requested State accepts.
        if case .languageNotAccepted = finding.problem { return [Citation("UNTOC 18(14)"), Citation("ETS 30 art. 16")] }
        if !finding.field.legalBasis.isEmpty { return finding.field.legalBasis }
        var ids = finding.path.schemaPath.ids
        while ids.count > 1 {
            ids.removeLast()
            if let field = questionnaire.field(at: SchemaPath(ids)), !field.legalBasis.isEmpty { return field.legalBasis }
        }
        return []
    }

    /// What is wrong, in plain words, with the reason the item is needed.
    private func message(_ finding: Finding) -> String {
        let help = text.optional("\(questionnaire.textKey(for: finding.path.schemaPath)).help") ?? ""
        switch finding.problem {
        case .missing:
            return help
        case .tooFewItems(let have, let need):
            return text("check.too_few_items", ["have": String(have), "need": String(need)]) + " " + help
        case .inFuture(let date, let today):
            return text("check.in_future", ["date": date, "today": today])
        case .notAfter(let value, let other, let otherValue):
            return text("check.not_after", ["value": value, "other": label(other), "other_value": otherValue])
        case .inPast(let date, let today):
            return text("check.in_past", ["date": date, "today": today])
        case .tooSoonAfter(let value, let other, let otherValue, let days):
            return text("check.too_soon_after", ["value": value, "other": label(other), "other_value": otherValue, "days": String(days)])
        case .reservedAddress(let value, let range):
            return text("check.reserved_address.\(range)", ["value": value])
        case .deadlineNear(let date, let daysLeft):
            return daysLeft < 0
                ? text("check.deadline_passed", ["date": date, "days": String(-daysLeft)])
                : text("check.deadline_near", ["date": date, "days": String(daysLeft)])
        case .rule(let check):
            return text("checks.\(check.id)")
        case .untranslated(let words, let source, let target):
            let names = Locale(identifier: text.language)
            return text("check.untranslated", ["words": String(words), "from": names.localizedString(forIdentifier: source) ?? source,
                                               "into": names.localizedString(forIdentifier: target) ?? target, "language": target])
        case .wrongForm(let error, let format):
            return presenter.describe(error) + " " + text("session.expected", ["form": presenter.form(format)])
        case .instrumentNotBinding(let instrument, let state, let source, let checked):
            return text("profiles.check.not_binding", ["state": countryName(state), "instrument": text("profiles.instruments.\(instrument.rawValue)"),
                                                       "source": source, "checked": checked])
        case .languageNotAccepted(let language, let state, let accepted, let source, let checked):
            return text("profiles.check.language_not_accepted", ["state": countryName(state), "language": languageName(language),
                                                                 "accepted": accepted.map(languageName).joined(separator: ", "),
                                                                 "source": source, "checked": checked])
        }
    }

    private func countryName(_ code: String) -> String {
        Locale(identifier: text.language).localizedString(forRegionCode: code) ?? code
    }

    private func languageName(_ code: String) -> String {
        Locale(identifier: text.language).localizedString(forIdentifier: code) ?? code
    }
}
