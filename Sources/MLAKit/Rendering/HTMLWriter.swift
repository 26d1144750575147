/// Lays a document out as one self-contained, print-ready HTML page.
///
/// Every answer and every template word is escaped; the page sets `lang` and `dir`, carries a
/// print style sheet, no script and no external resource, and a Content-Security-Policy that
/// forbids both.
public struct HTMLWriter: Sendable {
    public init() {}

    public func write(_ document: Document, title: String) -> String {
        page(language: document.language, rightToLeft: document.rightToLeft, title: title,
             body: document.blocks.map(html).joined(separator: "\n"))
    }

    /// Two renderings of the same request, block by block in parallel columns: the original
    /// and its translation, as they are often sent together.
    public func write(sideBySide first: Document, _ second: Document, title: String) -> String {
        func column(_ document: Document, _ index: Int) -> String {
            let content = index < document.blocks.count ? html(document.blocks[index]) : ""
            return "<div class=\"column\" lang=\"\(escape(document.language))\" dir=\"\(document.rightToLeft ? "rtl" : "ltr")\">\(content)</div>"
        }
        let rows = (0..<max(first.blocks.count, second.blocks.count)).map { index in
            "<div class=\"pair\">\(column(first, index))\(column(second, index))</div>"
        }
        return page(language: first.language, rightToLeft: false, title: title, body: rows.joined(separator: "\n"), wide: true)
    }

    private func html(_ block: Document.Block) -> String {
        switch block {
        case .incompleteMark(let mark):
            return "<p class=\"incomplete\">\(escape(mark))</p>"
        case .title(let spans):
            return "<h1>\(html(spans))</h1>"
        case .heading(let number, let spans):
            return "<h2><span class=\"num\">\(escape(number)).</span> \(html(spans))</h2>"
        case .paragraph(let number, let spans):
            if let number {
                return "<p class=\"numbered\"><span class=\"num\">\(escape(number))</span> \(html(spans))</p>"
            }
            return "<p>\(html(spans))</p>"
        case .list(let items):
            return "<ul>\n" + items.map { "  <li>\(html($0))</li>" }.joined(separator: "\n") + "\n</ul>"
        case .table(let rows):
            let rendered = rows.map { row in
                let label = "<th scope=\"row\">\(html(row.first ?? []))</th>"
                let cells = row.dropFirst().map { "<td>\(html($0))</td>" }.joined()
                return "  <tr>\(label)\(cells)</tr>"
            }
            return "<table>\n" + rendered.joined(separator: "\n") + "\n</table>"
        }
    }

    private func page(language: String, rightToLeft: Bool, title: String, body: String, wide: Bool = false) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escape(language))" dir="\(rightToLeft ? "rtl" : "ltr")">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        \(Self.styleSheet)
        </style>
        </head>
        <body>
        <main\(wide ? " class=\"parallel\"" : "")>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    private func html(_ spans: [Document.Span]) -> String {
        spans.map { span in
            switch span {
            case .text(let text): escape(text)
            case .answer(let text):
                "<bdi class=\"answer\">\(escape(text, lineBreaks: true))</bdi>"
            case .untranslated(let note, let original, let language):
                "<span class=\"untranslated\">\(note.isEmpty ? "" : "<mark>[\(escape(note))]</mark> ")<bdi class=\"answer\" lang=\"\(escape(language))\">\(escape(original, lineBreaks: true))</bdi></span>"
            }
        }.joined()
    }

    /// Escapes the five characters that are special in HTML text and attributes, and with
    /// `lineBreaks` ends each line of an answer with `<br>`.
    ///
    /// Works on the UTF-8 bytes: the special characters are ASCII, and the bytes of other
    /// characters never are, so one pass over the bytes is exact.
    func escape(_ text: String, lineBreaks: Bool = false) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;".utf8
            case UInt8(ascii: "<"): result += "&lt;".utf8
            case UInt8(ascii: ">"): result += "&gt;".utf8
            case UInt8(ascii: "\""): result += "&quot;".utf8
            case UInt8(ascii: "'"): result += "&#39;".utf8
            case UInt8(ascii: "\n") where lineBreaks: result += "<br>\n".utf8
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
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
