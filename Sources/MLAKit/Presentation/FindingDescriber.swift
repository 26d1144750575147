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
        let groups: [(String, [Finding])] = [("check.missing", report.missing), ("check.invalid", report.invalid), ("check.warnings", report.warnings)]
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
                    "legal_basis": .array(finding.field.legalBasis.map { .string($0.text) }),
                    "message": .string(message(finding)),
                ]
                if let rule = finding.field.rule { entry["rule"] = .string(rule) }
                if let acknowledgement = finding.acknowledgement { entry["acknowledged"] = .string(acknowledgement.reason) }
                return .object(entry)
            })
        }
        let object: JSONValue = .object([
            "complete": .bool(report.isComplete),
            "missing": entries(report.missing),
            "invalid": entries(report.invalid),
            "warnings": entries(report.warnings),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(object)) ?? Data(), as: UTF8.self) + "\n"
    }

    private func label(_ finding: Finding) -> String {
        text("\(questionnaire.textKey(for: finding.path.schemaPath)).label")
    }

    /// "MUST · UNTOC 18(15)(c); ETS 30 art. 14(2) · rule C2"
    private func requirementLine(_ finding: Finding) -> String {
        var parts = [text("levels.\(finding.level.rawValue)")]
        let citations = citations(for: finding)
        if !citations.isEmpty { parts.append(citations.map(\.text).joined(separator: "; ")) }
        if let rule = finding.field.rule, rule != "tool rule" { parts.append(text("check.rule", ["rule": rule])) }
        return parts.joined(separator: " · ")
    }

    /// A field's own citations, or those of the nearest group or list it belongs to.
    private func citations(for finding: Finding) -> [Citation] {
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
            return text("check.not_after", ["value": value, "other": text("\(questionnaire.textKey(for: other.schemaPath)).label"), "other_value": otherValue])
        }
    }
}
