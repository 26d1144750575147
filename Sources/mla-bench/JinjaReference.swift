import Foundation
import MLAKit

/// The side-by-side reference: the same request rendered by Jinja2 from Python, the template
/// engine that comparable document-assembly tools use, from the same draft file.
///
/// The Python side gets the same words: the English terms, and country and language names
/// from the same CLDR data `mla` uses, exported as JSON next to the template and driver.
struct JinjaReference {
    /// "jinja2 3.1.6, Python 3.12.3".
    let version: String
    /// The interpreter itself (`sys.executable`), not a shim found on `PATH`.
    let python: String
    let folder: URL

    var script: String { folder.appending(path: "render.py").path }
    var names: String { folder.appending(path: "names.json").path }
    var template: String { folder.appending(path: "request.txt.j2").path }

    /// The reference, or nil when python3 or its jinja2 package is not installed.
    init?(folder: URL) {
        let out = folder.appending(path: "probe.out").path
        let probe = ChildProcess(executable: "python3",
                                 arguments: ["-c", "import sys, jinja2; print(sys.executable); print('jinja2', jinja2.__version__ + ', Python', sys.version.split()[0])"],
                                 stdout: out, stderr: folder.appending(path: "probe.err").path, searchPath: true)
        guard let result = try? probe.spawnAndWait(), result.status == 0,
              let lines = try? String(contentsOfFile: out, encoding: .utf8).split(separator: "\n"), lines.count == 2 else { return nil }
        python = String(lines[0])
        version = String(lines[1])
        self.folder = folder
    }

    /// Writes the template, the driver and the names.
    func prepare() throws(BenchError) {
        let source = DataSource()
        let locale = Locale(identifier: "en_GB")
        var countries: [String: String] = [:]
        for region in Locale.Region.isoRegions {
            countries[region.identifier] = locale.localizedString(forRegionCode: region.identifier)
        }
        var languages: [String: String] = [:]
        for code in Locale.LanguageCode.isoLanguageCodes {
            languages[code.identifier] = locale.localizedString(forIdentifier: code.identifier)
        }
        do {
            let terms = try JSONSerialization.jsonObject(with: Data(try source.text("Templates/en/terms.json").utf8))
            let names = try JSONSerialization.data(withJSONObject: ["terms": terms, "countries": countries, "languages": languages], options: [.sortedKeys])
            try names.write(to: URL(fileURLWithPath: self.names))
            try Data(JinjaTemplate.request.utf8).write(to: URL(fileURLWithPath: template))
            try Data(JinjaTemplate.script.utf8).write(to: URL(fileURLWithPath: script))
        } catch {
            throw .file("cannot write the Jinja2 reference into \(folder.path): \(error)")
        }
    }

    /// Renders a draft once, checking that it works, and returns the document.
    func document(for draft: BenchDraft, launcher: Launcher) throws(BenchError) -> String {
        let out = folder.appending(path: "document.txt").path
        let err = folder.appending(path: "document.err").path
        var child = process(for: draft)
        child.stdout = out
        child.stderr = err
        let result = try launcher.run(child)
        guard result.status == 0 else {
            throw .unexpectedStatus(command: "python3 render.py … \(draft.file.lastPathComponent)", status: result.status,
                                    stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
        }
        return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    }

    /// The whole process: start Python, import Jinja2, compile the template, render, lay out.
    func process(for draft: BenchDraft) -> ChildProcess {
        ChildProcess(executable: python, arguments: [script, names, template, draft.file.path])
    }

    /// The median time of one render inside Python (template filled and laid out), in seconds.
    func inProcessMedian(for draft: BenchDraft, runs: Int, launcher: Launcher) throws(BenchError) -> Double {
        let out = folder.appending(path: "timing.out").path
        let err = folder.appending(path: "timing.err").path
        let child = ChildProcess(executable: python, arguments: [script, names, template, draft.file.path, String(runs)],
                                 stdout: out, stderr: err)
        let result = try launcher.run(child)
        guard result.status == 0, let text = try? String(contentsOfFile: out, encoding: .utf8),
              let milliseconds = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw .unexpectedStatus(command: "python3 render.py … \(runs)", status: result.status,
                                    stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
        }
        return milliseconds / 1000
    }
}
