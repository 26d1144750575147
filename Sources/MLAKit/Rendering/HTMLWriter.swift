/// Lays a document out as one self-contained, print-ready HTML page.
///
/// Every answer and every template word is escaped; the page sets `lang` and `dir`, carries a
/// print style sheet, no script and no external resource, and a Content-Security-Policy that
/// forbids both.
public struct HTMLWriter: Sendable {
    public init() {}

    public func write(_ document: Document, title: String) -> String {
        // The page is written into one buffer of bytes: pieces joined at every level made a long
        // document cost several times its size.
        var page = Output()
        page.open(language: document.language, rightToLeft: document.rightToLeft, title: title, wide: false)
        for (index, block) in document.blocks.enumerated() {
            if index > 0 { page.raw("\n") }
            page.block(block)
        }
        page.close()
        return page.text
    }

    /// Two renderings of the same request, block by block in parallel columns: the original
    /// and its translation, as they are often sent together.
    public func write(sideBySide first: Document, _ second: Document, title: String) -> String {
        var page = Output()
        page.open(language: first.language, rightToLeft: false, title: title, wide: true)
        for index in 0..<max(first.blocks.count, second.blocks.count) {
            if index > 0 { page.raw("\n") }
            page.raw("<div class=\"pair\">")
            for document in [first, second] {
                page.raw("<div class=\"column\" lang=\"")
                page.escaped(document.language)
                page.raw(document.rightToLeft ? "\" dir=\"rtl\">" : "\" dir=\"ltr\">")
                if index < document.blocks.count { page.block(document.blocks[index]) }
                page.raw("</div>")
            }
            page.raw("</div>")
        }
        page.close()
        return page.text
    }

    static let styleSheet = """
    body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.45; color: #000; background: #fff; margin: 0; }
    main { max-width: 17cm; margin: 2cm auto; padding: 0 1cm; }
    h1 { font-size: 15pt; text-align: center; text-transform: uppercase; margin: 0 0 1.5em; }
    h2 { font-size: 12pt; text-transform: uppercase; margin: 1.6em 0 0.6em; border-bottom: 1px solid #000; page-break-after: avoid; }
    p { margin: 0 0 0.7em; text-align: justify; }
    p.numbered { padding-inline-start: 3em; text-indent: -3em; }
    .num { display: inline-block; min-width: 2.6em; font-weight: bold; }
    ul { margin-block: 0 0.8em; margin-inline: 3em 0; padding-inline-start: 1.2em; }
    table { border-collapse: collapse; margin-block: 0 1em; margin-inline: 3em 0; width: calc(100% - 3em); }
    th, td { text-align: start; vertical-align: top; padding: 0.2em 0.5em; border: 1px solid #999; }
    th { width: 35%; font-weight: normal; background: #f2f2f2; }
    mark { background: #fff3b0; color: #000; font-style: italic; }
    .incomplete { border: 3px solid #b00; color: #b00; font-weight: bold; text-align: center; padding: 0.4em; letter-spacing: 0.1em; }
    main.parallel { max-width: 27cm; }
    .pair { display: grid; grid-template-columns: 1fr 1fr; column-gap: 1.2cm; }
    .pair table { margin-inline-start: 0; width: 100%; }
    @page { size: A4; margin: 2cm; }
    @media print { main { margin: 0; padding: 0; max-width: none; } th { background: none; } }
    """
}

/// HTML being written, as UTF-8 bytes.
private struct Output {
    var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Markup, written as it is.
    mutating func raw(_ markup: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: markup.utf8Start, count: markup.utf8CodeUnitCount))
    }

    mutating func markup(_ markup: String) {
        bytes.append(contentsOf: markup.utf8)
    }

    /// The page up to the start of its body, `wide` for two columns side by side.
    mutating func open(language: String, rightToLeft: Bool, title: String, wide: Bool) {
        raw("<!DOCTYPE html>\n<html lang=\"")
        escaped(language)
        raw(rightToLeft ? "\" dir=\"rtl\">\n" : "\" dir=\"ltr\">\n")
        raw("""
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>
            """)
        escaped(title)
        raw("</title>\n<style>\n")
        markup(HTMLWriter.styleSheet)
        raw(wide ? "\n</style>\n</head>\n<body>\n<main class=\"parallel\">\n" : "\n</style>\n</head>\n<body>\n<main>\n")
    }

    /// The end of the page, after its body.
    mutating func close() {
        raw("\n</main>\n</body>\n</html>\n")
    }

    mutating func block(_ block: Document.Block) {
        switch block {
        case .incompleteMark(let mark):
            raw("<p class=\"incomplete\">")
            escaped(mark)
            raw("</p>")
        case .title(let spans):
            raw("<h1>")
            self.spans(spans)
            raw("</h1>")
        case .heading(let number, let spans):
            raw("<h2><span class=\"num\">")
            escaped(number)
            raw(".</span> ")
            self.spans(spans)
            raw("</h2>")
        case .paragraph(let number, let spans):
            if let number {
                raw("<p class=\"numbered\"><span class=\"num\">")
                escaped(number)
                raw("</span> ")
            } else {
                raw("<p>")
            }
            self.spans(spans)
            raw("</p>")
        case .list(let items):
            raw("<ul>\n")
            for (number, item) in items.enumerated() {
                raw(number == 0 ? "  <li>" : "\n  <li>")
                spans(item)
                raw("</li>")
            }
            raw("\n</ul>")
        case .table(let rows):
            raw("<table>\n")
            for (number, row) in rows.enumerated() {
                raw(number == 0 ? "  <tr><th scope=\"row\">" : "\n  <tr><th scope=\"row\">")
                spans(row.first ?? [])
                raw("</th>")
                for cell in row.dropFirst() {
                    raw("<td>")
                    spans(cell)
                    raw("</td>")
                }
                raw("</tr>")
            }
            raw("\n</table>")
        }
    }

    /// Template words as text; answers isolated as such, each line of them ended by `<br>`;
    /// an answer awaiting translation marked, with its note, in the language it is written in.
    mutating func spans(_ spans: [Document.Span]) {
        for span in spans {
            switch span {
            case .text(let text):
                escaped(text)
            case .answer(let text):
                raw("<bdi class=\"answer\">")
                escaped(text, lineBreaks: true)
                raw("</bdi>")
            case .untranslated(let note, let original, let language):
                raw("<span class=\"untranslated\">")
                if !note.isEmpty {
                    raw("<mark>[")
                    escaped(note)
                    raw("]</mark> ")
                }
                raw("<bdi class=\"answer\" lang=\"")
                escaped(language)
                raw("\">")
                escaped(original, lineBreaks: true)
                raw("</bdi></span>")
            }
        }
    }

    /// Text with the five characters that are special in HTML text and attributes escaped; with
    /// `lineBreaks`, each line feed preceded by `<br>`.
    ///
    /// Works on the UTF-8 bytes: the special characters are ASCII, and the bytes of other
    /// characters never are, so one pass over the bytes is exact.
    mutating func escaped(_ text: String, lineBreaks: Bool = false) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): raw("&amp;")
            case UInt8(ascii: "<"): raw("&lt;")
            case UInt8(ascii: ">"): raw("&gt;")
            case UInt8(ascii: "\""): raw("&quot;")
            case UInt8(ascii: "'"): raw("&#39;")
            case UInt8(ascii: "\n") where lineBreaks: raw("<br>\n")
            default: bytes.append(byte)
            }
        }
    }
}
