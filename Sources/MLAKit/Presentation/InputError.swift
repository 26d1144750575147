/// Input given on the command line that cannot be taken as an answer or a reason.
public enum InputError: Error, Equatable, Sendable {
    /// `FIELD=@file` or `FIELD=-` with more bytes than ``InputLimits/draftBytes``; `source` is
    /// the file's path, or `-` for standard input.
    case valueTooLarge(source: String, limit: Int)
    /// `FIELD=@file` or `FIELD=-` that is not UTF-8 text: the offset of the first byte that is not.
    case valueNotUTF8(source: String, offset: Int)
    /// The text of an option kept in a draft (`--reason`, `--note`, `--ref`…) that would be
    /// refused as an answer; `option` as typed.
    case invalidOptionText(option: String, ValueError)
}
