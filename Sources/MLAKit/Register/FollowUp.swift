import Foundation

/// Starting a request from an earlier draft of the same case (`mla new --from`).
///
/// The answers of fields marked `"case_data": true` in the questionnaires (the requesting
/// authority, the facts, the offences, the persons, the contacts, and for some types the
/// assets, the suspect or the preserved data) are copied; what belongs to one request (its
/// date, requested State, legal basis, measures, urgency) is not. The earlier draft is added
/// to the related earlier requests, and a request following a preservation is marked as its
/// follow-up (rule DE4: it quotes the preservation's reference).
public struct FollowUp: Sendable {
    public let library: QuestionnaireLibrary

    public init(library: QuestionnaireLibrary) {
        self.library = library
    }

    /// What the new draft received from the earlier one.
    public struct Summary: Equatable, Sendable {
        /// The top-level fields copied, in questionnaire order.
        public var copied: [FieldID] = []
        /// The item added to `previous_requests`.
        public var earlierRequest: Answers = [:]
        /// The code set for `request_status`, if any.
        public var requestStatus: String?
    }

    /// Whether the draft asks for the expedited preservation of stored data.
    public static func isPreservation(_ draft: Draft) -> Bool {
        guard case .codes(let measures)? = draft.answers["de_measure"] else { return false }
        return measures.contains("preservation")
    }

    /// The new draft for `types`, and what it took from `source`.
    ///
    /// - Parameters:
    ///   - sourceLink: how the new draft names the source (a path relative to its own folder).
    ///   - kind: the words for the earlier request's kind in the source's answer language, given
    ///     whether it was a preservation and the State it went to.
    public func draft(from source: Draft, sourceLink: String, types: [TypeID], documentLanguage: String, now: String,
                      kind: (_ preservation: Bool, _ state: String?) -> String) throws(DefinitionError) -> (Draft, Summary) {
        let questionnaire = try library.questionnaire(for: types)
        var draft = Draft(types: types, documentLanguage: documentLanguage, interfaceLanguage: source.interfaceLanguage, now: now)
        var summary = Summary()
        for field in questionnaire.sections.flatMap(\.fields) {
            guard let value = source.answers[field.id], let copy = Self.caseData(of: value, field: field) else { continue }
            draft.answers[field.id] = copy
            summary.copied.append(field.id)
        }
        let preservation = Self.isPreservation(source)
        if questionnaire.field("previous_requests") != nil {
            var earlier: Answers = [:]
            if let date = source.statusHistory.first(where: { $0.status == .sent })?.day ?? Self.text(source.answers["request_date"]) {
                earlier["date"] = .text(date)
            }
            if let reference = Self.reference(of: source, preservation: preservation) { earlier["reference"] = .text(reference) }
            earlier["type"] = .text(kind(preservation, Self.text(source.answers["requested_state"])))
            var items: [Answers] = []
            if case .items(let existing)? = draft.answers["previous_requests"] { items = existing }
            draft.answers["previous_requests"] = .items(items + [earlier])
            summary.earlierRequest = earlier
            if !summary.copied.contains("previous_requests") { summary.copied.append("previous_requests") }
        }
        if preservation, let status = questionnaire.field("request_status")?.field,
           status.choices.contains(where: { $0.code == "follow_up_preservation" }) {
            draft.answers["request_status"] = .text("follow_up_preservation")
            summary.requestStatus = "follow_up_preservation"
        }
        // Translations made for the copied answers still fit them.
        for (language, texts) in source.translations {
            for (path, translation) in texts {
                guard let answerPath = AnswerPath(parsing: path), draft.answers.value(at: answerPath) == .text(translation.source) else { continue }
                draft.translations[language, default: [:]][path] = translation
            }
        }
        draft.links.from = DraftLink(file: sourceLink, linkedAt: now)
        return (draft, summary)
    }

    /// The part of an answer that is case data: the whole answer of a marked field, or the
    /// marked fields inside a group.
    private static func caseData(of value: AnswerValue, field: Field) -> AnswerValue? {
        if field.caseData { return value }
        guard case .group = field.type, case .group(let answers) = value else { return nil }
        var kept: Answers = [:]
        for child in field.fields {
            if let answer = answers[child.id], let copy = caseData(of: answer, field: child) { kept[child.id] = copy }
        }
        return kept.isEmpty ? nil : .group(kept)
    }

    /// The reference a follow-up quotes: the preservation's reference for a preservation (DE4),
    /// else the reference the other State gave, else the source's own.
    private static func reference(of source: Draft, preservation: Bool) -> String? {
        if preservation, let reference = text(source.answers["de_preservation_ref"]) { return reference }
        return source.statusHistory.compactMap(\.theirReference).last ?? text(source.answers["request_reference"])
    }

    private static func text(_ value: AnswerValue?) -> String? {
        if case .text(let text)? = value, !text.isEmpty { return text }
        return nil
    }
}

extension DraftLink {
    /// The path of `target` as seen from `folder`: a bare file name when it lies in that folder.
    public static func relativePath(of target: URL, from folder: URL) -> String {
        let to = target.standardizedFileURL.pathComponents
        let from = folder.standardizedFileURL.pathComponents
        var common = 0
        while common < min(to.count - 1, from.count), to[common] == from[common] { common += 1 }
        return (Array(repeating: "..", count: from.count - common) + to[common...]).joined(separator: "/")
    }
}
