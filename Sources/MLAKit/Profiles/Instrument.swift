/// The multilateral instruments a State profile records, by the codes profiles use.
///
/// Where the questionnaire's `legal_basis` offers the instrument, the code is the same.
public enum Instrument: String, CaseIterable, Sendable, Comparable {
    case untoc
    case uncac
    case drugs1988 = "drugs_1988"
    case budapest
    case ets30
    case ets99
    case ets182
    case interAmerican1992 = "inter_american_1992"
    /// The UN Convention against Cybercrime (2024); recorded only once it is in force.
    case uncc2024 = "uncc_2024"

    public static func < (lhs: Instrument, rhs: Instrument) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
