import Foundation

/// Incoming records are loaded and saved like drafts: read whole, written atomically, mode 0600.
extension DraftStore {
    public var incomingCodec: IncomingCodec {
        IncomingCodec(measureCodes: codec.library.measureCodes)
    }

    public func loadIncoming(_ url: URL) throws(DraftStoreError) -> IncomingRecord {
        let data = try Self.contents(of: url)
        do {
            return try incomingCodec.decode(data)
        } catch {
            throw .draft(path: url.relativePath, error)
        }
    }

    public func saveIncoming(_ record: IncomingRecord, to url: URL) throws(DraftStoreError) {
        do {
            try AtomicFile.write(incomingCodec.encode(record), to: url)
        } catch {
            throw .file(error)
        }
    }

    /// Whether the file holds an incoming record rather than a draft, judged by its format marker;
    /// nil when it cannot be read at all (the caller's load then reports why).
    public func holdsIncomingRecord(_ url: URL) -> Bool? {
        guard let data = try? Self.contents(of: url), let json = try? JSONReader.parse(data) else { return nil }
        return json.objectValue?["format"] == .string(IncomingRecord.format)
    }
}

extension QuestionnaireLibrary {
    /// The codes of the measures a request can ask for (`assistance_types`), in questionnaire order.
    public var measureCodes: [String] {
        common.sections.flatMap(\.fields).first { $0.id == "assistance_types" }?.choices.map(\.code) ?? []
    }

    /// The assistance types that the given measure codes belong to, in the order of `typeIDs`.
    public func types(ofMeasures codes: [String]) -> [TypeID] {
        let choices = common.sections.flatMap(\.fields).first { $0.id == "assistance_types" }?.choices ?? []
        let types = Set(codes.compactMap { code in choices.first { $0.code == code }?.type })
        return typeIDs.filter(types.contains)
    }
}
