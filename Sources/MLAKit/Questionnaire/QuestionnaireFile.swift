/// One decoded questionnaire file: the common part or one assistance type.
struct QuestionnaireFile: Equatable, Sendable {
    var type: TypeID
    var sections: [Section]
    var checks: [Check] = []
}

/// The decoded `composites.json`: reusable groups of fields by name.
struct CompositeFile: Equatable, Sendable {
    var composites: [String: [Field]]
}
