import Foundation

/// Reads and writes incoming records: a small versioned JSON object with keys in a stable order.
///
/// ```json
/// {"format": "mla-incoming", "schema_version": 1, "requesting_state": "FR",
///  "reference": "PNF-2026-118", "received": "2026-11-18", "measures": ["take_statement"],
///  "deadline": "2027-01-15", "status_history": [ … ], "created_at": …, "updated_at": …}
/// ```
public struct IncomingCodec: Sendable {
    /// The codes a measure may take (those of `assistance_types`).
    public let measureCodes: [String]

    public init(measureCodes: [String]) {
        self.measureCodes = measureCodes
    }

    public func encode(_ record: IncomingRecord) -> Data {
        var object: [String: JSONValue] = [
            "format": .string(IncomingRecord.format),
            "schema_version": .number(Double(IncomingRecord.schemaVersion)),
            "requesting_state": .string(record.requestingState),
            "reference": .string(record.reference),
            "received": .string(record.received),
            "measures": .array(record.measures.map(JSONValue.string)),
            "status_history": .array(record.statusHistory.map(\.json)),
            "created_at": .string(record.createdAt),
            "updated_at": .string(record.updatedAt),
        ]
        if let deadline = record.deadline { object["deadline"] = .string(deadline) }
        return JSONWriter.write(.object(object)) + Data("\n".utf8)
    }

    public func decode(_ data: Data) throws(DraftError) -> IncomingRecord {
        let json: JSONValue
        do {
            json = try JSONReader.parse(data)
        } catch {
            throw .notJSON(line: error.line, column: error.column, offset: error.offset, issue: error.issue)
        }
        guard let root = json.objectValue, root["format"] == .string(IncomingRecord.format) else { throw .notAnIncomingRecord }
        try DraftCodec.checkVersion(root["schema_version"], supported: IncomingRecord.schemaVersion)
        if DraftCodec.mayHoldHiddenCharacters(data) { try DraftCodec.refuseHiddenCharacters(in: root) }
        var measures: [String] = []
        for (index, value) in try JSONFields.array(root["measures"], at: "measures").enumerated() {
            let code = try JSONFields.string(value, at: "measures[\(index)]")
            guard measureCodes.contains(code) else { throw .unknownChoice(place: "measures[\(index)]", code: code) }
            measures.append(code)
        }
        var record = IncomingRecord(requestingState: try JSONFields.value(root["requesting_state"], as: .country, at: "requesting_state"),
                                    reference: try JSONFields.string(root["reference"], at: "reference"),
                                    received: try JSONFields.value(root["received"], as: .date, at: "received"),
                                    measures: measures,
                                    deadline: try root["deadline"].map { value throws(DraftError) in try JSONFields.value(value, as: .date, at: "deadline") },
                                    note: nil, ourReference: nil,
                                    now: try JSONFields.string(root["created_at"], at: "created_at"))
        record.statusHistory = try StatusEntry.history(root["status_history"], at: "status_history")
        record.updatedAt = try JSONFields.string(root["updated_at"], at: "updated_at")
        return record
    }
}
