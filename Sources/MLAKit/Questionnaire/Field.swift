/// One question of a questionnaire, or a group or list of them.
public struct Field: Equatable, Sendable {
    public var id: FieldID
    public var type: FieldType
    public var requirement: Requirement
    /// While this does not hold, the field is not asked, checked or rendered; an answer is kept.
    public var askIf: Condition?
    /// The provisions that ground the requirement, exactly as the spec cites them.
    public var legalBasis: [Citation]
    /// The spec's rule id (`C4`, `EV2`), if any.
    public var rule: String?
    /// Whether "not known" is an acceptable answer (rule C10).
    public var acceptsNotKnown: Bool
    public var choices: [Choice]
    /// The fields of a group, or of each item of a list.
    public var fields: [Field]
    /// The composite the fields come from (`person`), which also names their strings.
    public var composite: String?
    public var minItems: Int?
    /// Limits in time relative to today or to another answer.
    public var bounds: [Bound] = []
    /// For a text field whose form depends on a sibling choice (an identifier's `kind`): the
    /// format each code of that choice calls for.
    public var formatBy: FormatSelector?
    /// The date the field takes while it has no answer, counted from another answer.
    public var derived: DerivedDate?
    /// Whether the date is a deadline to show in `mla check` and to warn about as it nears.
    public var deadline: Deadline?
    /// Whether the answer is prose to translate when the document language differs from the
    /// drafter's (`"translate": true`); by default multiline answers are, one-line ones are not.
    public var translate: Bool?
    /// Whether the answer belongs to the case rather than to one request (the facts, the
    /// offences, the persons), so that `mla new --from` copies it into the next request.
    public var caseData: Bool = false

    /// Whether a text answer to this field needs translating into the document language.
    public var isTranslatable: Bool {
        switch type {
        case .value(.multiline): translate ?? true
        case .value(.text): translate ?? false
        default: false
        }
    }

    /// The field with the given id among this field's children.
    public func child(_ id: FieldID) -> Field? {
        fields.first { $0.id == id }
    }
}

/// One code of a choice or multichoice field.
public struct Choice: Equatable, Sendable {
    public var code: String
    /// The assistance type the code belongs to, for codes offered only with that type.
    public var type: TypeID?
}

/// A provision cited as the source of a rule, as the spec gives it (`UNTOC 18(15)(c)`).
public struct Citation: Equatable, Sendable, CustomStringConvertible {
    public var text: String

    public init(_ text: String) { self.text = text }

    /// Whether the spec marks the citation as not yet checked against a primary text.
    public var isToVerify: Bool { text.hasSuffix("[to verify]") }

    public var description: String { text }
}

/// A titled part of a questionnaire.
public struct Section: Equatable, Sendable {
    public var id: FieldID
    public var type: TypeID
    public var askIf: Condition?
    public var fields: [Field]
}
