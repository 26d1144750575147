import Foundation

extension IncomingRecord {
    /// A record from values as typed on the command line, each checked: the State as an
    /// ISO 3166 code, the dates as real days (receipt not after `today`), the measures as codes
    /// of `assistance_types` separated by commas.
    public static func typed(state: String, reference: String, received: String?, measures: String?, deadline: String?,
                             note: String?, ourReference: String?, measureCodes: [String], today: String, now: String) throws(RegisterError) -> IncomingRecord {
        let country: String
        do throws(ValueError) {
            country = try ValueParser.canonical(state, as: .country)
        } catch {
            throw .invalidState(state, error)
        }
        let day = try StatusChange.day(received ?? today, option: "--received", today: today)
        var due: String?
        if let deadline {
            do throws(ValueError) {
                due = try ValueParser.canonical(deadline, as: .date)
            } catch {
                throw .invalidDate(option: "--deadline", error)
            }
        }
        let codes = (measures ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for code in codes where !measureCodes.contains(code) { throw .unknownMeasure(code, known: measureCodes) }
        return IncomingRecord(requestingState: country, reference: reference.trimmingCharacters(in: .whitespaces), received: day,
                              measures: measureCodes.filter(codes.contains), deadline: due,
                              note: note.flatMap(nonEmpty), ourReference: ourReference.flatMap(nonEmpty), now: now)
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
