@preconcurrency import Glibc
import Foundation

/// A long answer written in the drafter's own editor (`$VISUAL`, `$EDITOR`).
///
/// The answer is personal data, so the file lives in a folder of its own that only the user can
/// open (mode 0700), is created readable by the user alone (0600), and is removed with its
/// folder afterwards, whatever the editor left there (swap or backup files).
struct ExternalEditor {
    enum Problem: Error, Equatable {
        case cannotCreate
        case editorFailed
        case cannotRead
    }

    let terminal: any Terminal
    /// Where the private folder is made (`$TMPDIR`, or /tmp).
    let temporaryDirectory: String

    /// The text as the editor left it.
    func edit(_ text: String, command: String) -> Result<String, Problem> {
        var template = Array((temporaryDirectory + "/mla-XXXXXX").utf8CString)
        guard let folder = template.withUnsafeMutableBufferPointer({ buffer in
            buffer.baseAddress.flatMap { mkdtemp($0) }.map { String(cString: $0) }
        }) else {
            return .failure(.cannotCreate)
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/answer.txt"
        let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return .failure(.cannotCreate) }
        var content = text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
        let written = content.withUTF8 { bytes in write(descriptor, bytes.baseAddress, bytes.count) }
        close(descriptor)
        guard written == content.utf8.count else { return .failure(.cannotCreate) }
        guard terminal.runEditor(command, file: file) else { return .failure(.editorFailed) }
        guard let data = FileManager.default.contents(atPath: file) else { return .failure(.cannotRead) }
        return .success(String(decoding: data, as: UTF8.self))
    }
}
