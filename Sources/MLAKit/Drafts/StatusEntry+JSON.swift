/// The stored form of status histories, shared by drafts and incoming records:
/// `{"status": "sent", "date": "2026-11-24", "our_reference": …, "their_reference": …, "note": …}`.
extension StatusEntry {
    var json: JSONValue {
        var fields: [String: JSONValue] = ["status": .string(status.rawValue), "date": .string(date)]
        if let note { fields["note"] = .string(note) }
        if let ourReference { fields["our_reference"] = .string(ourReference) }
        if let theirReference { fields["their_reference"] = .string(theirReference) }
        return .object(fields)
    }

    static func history(_ json: JSONValue?, at place: String) throws(DraftError) -> [StatusEntry] {
        var history: [StatusEntry] = []
        for (index, value) in try JSONFields.array(json, at: place).enumerated() {
            history.append(try entry(value, at: "\(place)[\(index)]"))
        }
        return history
    }

    private static func entry(_ json: JSONValue, at place: String) throws(DraftError) -> StatusEntry {
        let entry = try JSONFields.object(json, at: place)
        let code = try JSONFields.string(entry["status"], at: "\(place).status")
        guard let status = RequestStatus(rawValue: code) else { throw .unknownChoice(place: "\(place).status", code: code) }
        return StatusEntry(status: status,
                           date: try JSONFields.string(entry["date"], at: "\(place).date"),
                           note: try JSONFields.optionalString(entry["note"], at: "\(place).note"),
                           ourReference: try JSONFields.optionalString(entry["our_reference"], at: "\(place).our_reference"),
                           theirReference: try JSONFields.optionalString(entry["their_reference"], at: "\(place).their_reference"))
    }
}

/// The stored form of a draft's links: `{"from": {"file": …, "linked_at": …}, "follow_ups": [ … ]}`.
extension DraftLinks {
    var json: JSONValue {
        var fields: [String: JSONValue] = [:]
        if let from { fields["from"] = from.json }
        if !followUps.isEmpty { fields["follow_ups"] = .array(followUps.map(\.json)) }
        return .object(fields)
    }

    static func read(_ json: JSONValue?, at place: String) throws(DraftError) -> DraftLinks {
        guard let json else { return DraftLinks() }
        let object = try JSONFields.object(json, at: place)
        var links = DraftLinks()
        if let from = object["from"] { links.from = try DraftLink.read(from, at: "\(place).from") }
        if let followUps = object["follow_ups"] {
            for (index, value) in try JSONFields.array(followUps, at: "\(place).follow_ups").enumerated() {
                links.followUps.append(try DraftLink.read(value, at: "\(place).follow_ups[\(index)]"))
            }
        }
        return links
    }
}

extension DraftLink {
    var json: JSONValue { .object(["file": .string(file), "linked_at": .string(linkedAt)]) }

    static func read(_ json: JSONValue, at place: String) throws(DraftError) -> DraftLink {
        let object = try JSONFields.object(json, at: place)
        return DraftLink(file: try JSONFields.string(object["file"], at: "\(place).file"),
                         linkedAt: try JSONFields.string(object["linked_at"], at: "\(place).linked_at"))
    }
}
