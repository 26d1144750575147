/// How a draft is tied to the other requests of its case: the draft it was started from with
/// `mla new --from`, and the drafts started from it.
///
/// Files are named relative to the folder of the draft that holds the link, so a case folder
/// can be moved as a whole.
public struct DraftLinks: Equatable, Sendable {
    public var from: DraftLink?
    public var followUps: [DraftLink]

    public init(from: DraftLink? = nil, followUps: [DraftLink] = []) {
        self.from = from
        self.followUps = followUps
    }

    public var isEmpty: Bool { from == nil && followUps.isEmpty }
}

/// One link: the other draft's file and when the link was made (ISO 8601, UTC).
public struct DraftLink: Equatable, Sendable {
    public var file: String
    public var linkedAt: String

    public init(file: String, linkedAt: String) {
        self.file = file
        self.linkedAt = linkedAt
    }
}
