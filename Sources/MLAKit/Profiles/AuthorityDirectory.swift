/// An office's own directory of the competent authorities of other States (`authorities.json`,
/// format `mla-authorities`, version 1): who to address, how to reach them, when.
public struct AuthorityDirectory: Equatable, Sendable {
    public static let format = "mla-authorities"
    public static let version = 1

    public struct Authority: Equatable, Sendable {
        /// ISO 3166 alpha-2 code of the authority's State.
        public var country: String
        public var name: String
        public var address: String?
        public var email: String?
        /// E.164.
        public var phone: String?
        /// BCP 47 codes of the languages the authority works in.
        public var languages: [String]
        public var hours: String?
        /// IANA name.
        public var timeZone: String?
        public var notes: String?

        /// What the authority gives as the addressee of a request: the fields of
        /// `requested_central_authority` it answers, with their values.
        public var addresseeAnswers: [(field: String, value: String)] {
            [("name", name), ("address", address), ("country", country)].compactMap { field, value in value.map { (field, $0) } }
        }
    }

    public var authorities: [Authority]

    /// The authorities of a State, in the order of the file: the first is the one proposed as
    /// the addressee of a request.
    public func authorities(of country: String) -> [Authority] {
        authorities.filter { $0.country == country.uppercased() }
    }

    public static func decode(_ text: String, file: String) throws(DataFileError) -> AuthorityDirectory {
        var reader = DataFileReader()
        var directory = AuthorityDirectory(authorities: [])
        if let top = reader.parse(text).flatMap({ reader.object($0, at: "", allowed: ["format", "version", "authorities"]) }),
           reader.header(top, format: format, version: version) {
            for (index, item) in (reader.list(top, "authorities", at: "", required: true) ?? []).enumerated() {
                let place = "authorities[\(index + 1)]"
                guard let entry = reader.object(item, at: place, allowed: ["country", "name", "address", "email", "phone", "languages",
                                                                           "hours", "time_zone", "notes"]) else { continue }
                let country = reader.formatted(entry, "country", at: place, required: true, as: .country, form: "country")
                let name = reader.string(entry, "name", at: place, required: true)
                let authority = Authority(
                    country: country ?? "", name: name ?? "",
                    address: reader.string(entry, "address", at: place, required: false),
                    email: reader.formatted(entry, "email", at: place, required: false, as: .email, form: "email"),
                    phone: reader.formatted(entry, "phone", at: place, required: false, as: .phone, form: "phone"),
                    languages: reader.languages(entry, "languages", at: place, required: false) ?? [],
                    hours: reader.string(entry, "hours", at: place, required: false),
                    timeZone: reader.formatted(entry, "time_zone", at: place, required: false, as: .timezone, form: "time_zone"),
                    notes: reader.string(entry, "notes", at: place, required: false))
                if country != nil, name != nil { directory.authorities.append(authority) }
            }
        }
        guard reader.problems.isEmpty else { throw DataFileError(file: file, problems: reader.problems) }
        return directory
    }
}
