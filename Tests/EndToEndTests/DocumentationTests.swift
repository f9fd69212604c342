import Foundation
import Testing

/// The README's command reference is generated from the commands' declarations; this fails
/// when someone changes a command and forgets to regenerate it.
@Suite("Documentation")
struct DocumentationTests {
    @Test func readmeCommandReferenceIsUpToDate() throws {
        let result = try SenaryoBinary.run(["--command-reference"])
        #expect(result.status == 0)
        let readme = try String(contentsOf: SenaryoBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.hasSuffix(result.stdout),
                "README.md's command reference is stale: regenerate it with scripts/update-readme-reference")
    }

    @Test func helpListsEveryCommandWithItsSummary() throws {
        let result = try SenaryoBinary.run(["--workspace", ":memory:", "-c", "help"])
        for command in ["load", "unload", "datasets", "use", "goals", "indicators", "budget", "series", "show", "check",
                        "settings", "format", "help", "quit"] {
            #expect(result.stdout.contains("  \(command) "), "help does not list \(command)")
        }
    }
}
