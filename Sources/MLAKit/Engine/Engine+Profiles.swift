/// Findings from the requested and requesting States' profiles: an instrument chosen as legal
/// basis that a State is not party to, and a document language the requested State does not
/// accept (rule C9). A fact the profile does not record gives no finding.
extension Engine {
    public func profileFindings(_ answers: Answers, documentLanguage: String, requesting: StateProfile?,
                                requested: StateProfile?) -> [Finding] {
        guard requesting != nil || requested != nil else { return [] }
        let questions = questions(for: answers)
        func question(_ id: String) -> Question? {
            questions.first { $0.kind == .value && $0.path == AnswerPath(FieldID(id)) }
        }
        var findings: [Finding] = []
        if let basis = question("legal_basis"), case .codes(let codes)? = answers.value(at: basis.path) {
            for code in codes {
                guard let instrument = Instrument(rawValue: code) else { continue }
                for profile in [requested, requesting].compactMap({ $0 }) {
                    guard let fact = profile.instruments[instrument], !fact.party else { continue }
                    findings.append(Finding(path: basis.path, field: basis.field, section: basis.section, level: .should,
                                            problem: .instrumentNotBinding(instrument: instrument, state: profile.state,
                                                                           source: fact.source, checked: fact.checked),
                                            acknowledgement: nil))
                }
            }
        }
        if let requested, let languages = requested.languages, requested.accepts(language: documentLanguage) == false,
           let state = question("requested_state") {
            findings.append(Finding(path: state.path, field: state.field, section: state.section, level: .should,
                                    problem: .languageNotAccepted(language: documentLanguage, state: requested.state,
                                                                  accepted: languages.value, source: languages.source,
                                                                  checked: languages.checked),
                                    acknowledgement: nil))
        }
        return findings
    }
}
