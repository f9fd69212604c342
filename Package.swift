// swift-tools-version: 6.1
import PackageDescription

/// The plugin targets under Plugins/ that ship with Senaryo.
let builtinPlugins = ["BrowsePlugin", "ChartsPlugin", "AuditPlugin", "TargetsPlugin", "BudgetGrowthPlugin", "ForecastPlugin",
                      "GoalSeekPlugin", "SweepPlugin", "SimulatePlugin", "ComparePlugin"]

let package = Package(
    name: "Senaryo",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "senaryo", targets: ["senaryo"]),
        // What plugin authors link against: the command model and the engine.
        .library(name: "SenaryoKit", targets: ["SenaryoKit"]),
        .library(name: "SenaryoEngine", targets: ["SenaryoEngine"]),
        // For authors of external plugins in Swift: the protocol, server side.
        .library(name: "SenaryoPluginKit", targets: ["SenaryoPluginKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
    ],
    targets: [
        // libedit through its readline-compatible API (see Sources/CEditLine/shim.h).
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The engine: data model, exact decimals, Turkish text. No I/O, no terminal.
        .target(name: "SenaryoEngine"),
        // The report dataset format (`senaryo-dataset/1`): reading and validating a folder or a workbook.
        .target(
            name: "SenaryoDataset",
            dependencies: ["SenaryoEngine", .product(name: "Yams", package: "Yams"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation"), .product(name: "XMLCoder", package: "XMLCoder")]
        ),
        // The workspace: one SQLite file. All SQL lives here.
        .target(
            name: "SenaryoStore",
            dependencies: ["SenaryoEngine", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        // The external plugin wire protocol (newline-delimited JSON): its schema and nothing else.
        .target(name: "SenaryoPluginProtocol"),
        // The server side of the protocol, so that a Swift plugin is a few lines.
        .target(name: "SenaryoPluginKit", dependencies: ["SenaryoPluginProtocol"]),
        // The command and plugin API: command specs, argument parsing, output tables.
        .target(name: "SenaryoKit", dependencies: ["SenaryoEngine"]),
        // The interactive shell: dispatcher, core commands, rendering, line editing.
        .target(
            name: "SenaryoShell",
            dependencies: ["SenaryoKit", "SenaryoStore", "SenaryoDataset", "SenaryoEngine", "SenaryoPluginProtocol", "CEditLine",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Built-in plugins: each registers its commands through SenaryoKit, as a third party would.
        .target(name: "BrowsePlugin", dependencies: ["SenaryoKit", "SenaryoEngine"], path: "Plugins/Browse"),
        .target(name: "AuditPlugin", dependencies: ["SenaryoKit", "SenaryoEngine"], path: "Plugins/Audit"),
        .target(name: "TargetsPlugin", dependencies: ["SenaryoKit", "SenaryoEngine"], path: "Plugins/Targets"),
        .target(name: "BudgetGrowthPlugin", dependencies: ["SenaryoKit", "SenaryoEngine"], path: "Plugins/BudgetGrowth"),
        .target(name: "ForecastPlugin", dependencies: ["SenaryoKit", "SenaryoEngine"], path: "Plugins/Forecast"),
        .target(name: "GoalSeekPlugin", dependencies: ["SenaryoKit", "SenaryoEngine"], path: "Plugins/GoalSeek"),
        .target(name: "SweepPlugin", dependencies: ["SenaryoKit", "SenaryoEngine"], path: "Plugins/Sweep"),
        .target(name: "SimulatePlugin", dependencies: ["SenaryoKit", "SenaryoEngine"], path: "Plugins/Simulate"),
        .target(name: "ComparePlugin", dependencies: ["SenaryoKit", "SenaryoEngine"], path: "Plugins/Compare"),
        .target(name: "ChartsPlugin", dependencies: ["SenaryoKit", "SenaryoEngine"], path: "Plugins/Charts"),
        // The built-in plugins, in the order `help` lists them: one list for the program and the tests.
        .target(name: "BuiltinPlugins", dependencies: builtinPlugins.map { .target(name: $0) } + ["SenaryoKit"],
                path: "Plugins/Builtin"),
        // Release builds link Swift's runtime and Foundation statically: resolving a dozen shared
        // libraries at every start took half of `senaryo -c quit` (21 → 9 ms for `--version`).
        .executableTarget(name: "senaryo", dependencies: ["SenaryoShell", "SenaryoKit", "BuiltinPlugins"],
                          linkerSettings: [.unsafeFlags(["-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections",
                                                         // FoundationXML (XMLCoder reads workbooks) and its libxml2.
                                                         "-l_CFXMLInterface", "-lxml2"],
                                                        .when(configuration: .release))]),
        // An external plugin written in Swift with SenaryoPluginKit (see docs/plugin-guide.md).
        .executableTarget(name: "senaryo-merhaba", dependencies: ["SenaryoPluginKit"], path: "Plugins/examples/Merhaba"),

        .testTarget(name: "SenaryoEngineTests", dependencies: ["SenaryoEngine"]),
        .testTarget(
            name: "SenaryoDatasetTests",
            dependencies: ["SenaryoDataset", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Broken")]
        ),
        .testTarget(name: "SenaryoStoreTests", dependencies: ["SenaryoStore", "SenaryoDataset"]),
        .testTarget(name: "PluginProtocolTests", dependencies: ["SenaryoPluginProtocol", "SenaryoPluginKit"], resources: [.copy("Golden")]),
        .testTarget(name: "SenaryoShellTests", dependencies: ["SenaryoShell", "SenaryoKit", "BuiltinPlugins", "ChartsPlugin"]),
        .testTarget(
            name: "EndToEndTests",
            // ZIPFoundation inflates the PNG files the chart tests render with rsvg-convert.
            dependencies: ["senaryo", "senaryo-merhaba", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Transcripts", "Fixtures"]
        ),
    ]
)
