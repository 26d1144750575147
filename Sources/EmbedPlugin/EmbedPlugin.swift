import Foundation
import PackagePlugin

/// Embeds every file of the package's Templates/ and Locales/ folders into the target
/// as a generated Swift source, so that `mla` finds its data wherever it runs.
@main
struct EmbedPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["Templates", "Locales"].map { root.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding Templates and Locales",
                executable: try context.tool(named: "EmbedGen").url,
                arguments: [output.path(percentEncoded: false)] + folders.map { $0.path(percentEncoded: false) },
                inputFiles: folders + folders.flatMap(Self.files(under:)),
                outputFiles: [output]
            ),
        ]
    }

    private static func files(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }
    }
}
