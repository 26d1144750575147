// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mla",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "mla", targets: ["mla"]),
    ],
    targets: [
        // The engine: questionnaires, validation, drafts, checks and rendering. No terminal I/O.
        .target(
            name: "MLAKit",
            dependencies: ["MLAData"],
            plugins: ["EmbedPlugin"]
        ),
        // The terminal program: argument handling, the prompt loop, the real terminal.
        .executableTarget(
            name: "mla",
            dependencies: ["MLAKit"]
        ),
        // The benchmark: times the release `mla` on synthetic drafts (`swift run -c release mla-bench`).
        // Depends on `mla` so that building the benchmark builds the program it measures.
        .executableTarget(
            name: "mla-bench",
            dependencies: ["MLAKit", "mla"]
        ),
        // Anchor whose path is the package root, so that adding or removing a file under
        // Templates/ or Locales/ makes SwiftPM re-plan and re-embed the data.
        .target(
            name: "MLAData",
            path: ".",
            exclude: ["Templates", "Locales", "Tests", "README.md",
                      "Sources/MLAKit", "Sources/mla", "Sources/mla-bench", "Sources/EmbedGen", "Sources/EmbedPlugin",
                      // libFuzzer harnesses, built by .ci/fuzz with the MLAKit sources, not by SwiftPM.
                      "Sources/Fuzz"],
            sources: ["Sources/MLAData/Anchor.swift"]
        ),
        // Build tool that turns Templates/ and Locales/ into a Swift source file.
        .executableTarget(name: "EmbedGen"),
        .plugin(
            name: "EmbedPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedGen"],
            path: "Sources/EmbedPlugin"
        ),
        .testTarget(
            name: "MLAKitTests",
            dependencies: ["MLAKit", "mla"],
            exclude: ["Golden", "Fixtures", "Fuzz"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
