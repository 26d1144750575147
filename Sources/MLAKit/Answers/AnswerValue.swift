/// A stored answer, in language-neutral form: codes, ISO dates, canonical values.
///
/// Not `indirect`: groups and lists hold their answers in a dictionary or an array, which are
/// references already, so no case needs a box of its own (a box per answer made large drafts
/// slow to read and to walk).
public enum AnswerValue: Equatable, Sendable {
    /// The canonical text of a value (see ``ValueParser``), or a choice code.
    case text(String)
    case integer(Int)
    case boolean(Bool)
    /// The codes of a multichoice answer, in questionnaire order.
    case codes([String])
    case group(Answers)
    case items([Answers])
    /// The drafter answered "not known" (rule C10).
    case notKnown

    /// Whether this counts as an answer for completeness: "not known" does, an empty group does not.
    var isEmpty: Bool {
        switch self {
        case .text(let text): text.isEmpty
        case .codes(let codes): codes.isEmpty
        case .group(let answers): answers.isEmpty
        case .items(let items): items.isEmpty
        case .integer, .boolean, .notKnown: false
        }
    }

    /// The codes this answer stands for in a condition: a choice's code, each selected code,
    /// `yes`/`no` for a boolean, the digits of an integer.
    var conditionCodes: [String] {
        switch self {
        case .text(let text): [text]
        case .codes(let codes): codes
        case .boolean(let bool): [bool ? "yes" : "no"]
        case .integer(let value): [String(value)]
        case .group, .items, .notKnown: []
        }
    }
}

/// Answers keyed by field id: the whole draft, a group, or one list item.
public typealias Answers = [FieldID: AnswerValue]
