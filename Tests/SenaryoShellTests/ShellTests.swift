import BuiltinPlugins
import Foundation
import SenaryoKit
import SenaryoShell
import SenaryoStore
import Testing

final class CapturingSink: OutputSink {
    var output = "", errors = ""
    func write(_ text: String) { output += text }
    func writeError(_ text: String) { errors += text }
}

private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func makeShell(format: OutputFormat = .table) throws -> (Shell, CapturingSink) {
    let sink = CapturingSink()
    let shell = Shell(workspace: try Workspace(path: Workspace.inMemoryPath), plugins: builtinPlugins, sink: sink, format: format)
    return (shell, sink)
}

@Suite("Shell")
struct ShellTests {
    @Test func loadSelectsTheDatasetAndBrowsingWorks() throws {
        let (shell, sink) = try makeShell()
        #expect(shell.execute("load \(packageRoot.path)/SampleData/goc-idaresi-2021"))
        #expect(shell.currentDatasetID == "goc-idaresi-2021")
        #expect(shell.prompt == "senaryo[goc-idaresi-2021]> ")
        #expect(shell.execute("indicators --search \"SINIR DIŞI\""))
        #expect(sink.output.contains("PP16"))
        #expect(sink.errors.isEmpty)
    }

    @Test func failedCommandsReturnFalseAndExplain() throws {
        let (shell, sink) = try makeShell()
        #expect(!shell.execute("goals"))
        #expect(sink.errors.contains("no dataset selected"))
        #expect(!shell.execute("lod x"))
        #expect(sink.errors.contains("did you mean load?"))
    }

    @Test func formatCommandAndPerCommandFormat() throws {
        let (shell, sink) = try makeShell()
        #expect(shell.execute("load \(packageRoot.path)/SampleData/goc-idaresi-2021"))
        sink.output = ""
        #expect(shell.execute("budget 2021 --format csv"))
        #expect(sink.output.hasPrefix("kind,year,classification,code,"))
        #expect(sink.output.hasSuffix("total,2021,economic,,,,Toplam,2983522000,1459680880,316087390,4127115489,4105475417.12,,21640071.88,,99.475661101859706160502842,100,100,18.809989443172129655845819,,,\n"))
        #expect(sink.output.contains(",309779558.12,"))
        #expect(shell.format == .table)
        #expect(shell.execute("format json"))
        sink.output = ""
        #expect(shell.execute("datasets"))
        #expect(sink.output.hasPrefix("[\n  {\"current\": \"*\", \"id\": \"goc-idaresi-2021\""))
    }

    @Test func commentsAndBlankLinesAreIgnored() throws {
        let (shell, sink) = try makeShell()
        #expect(shell.execute("   "))
        #expect(shell.execute("# a comment"))
        #expect(sink.output.isEmpty && sink.errors.isEmpty)
    }

    @Test func everyCommandHasHelpAndExamplesThatParse() throws {
        let (shell, _) = try makeShell()
        for command in shell.registry.commands {
            let spec = command.spec
            #expect(!spec.summary.isEmpty, "\(spec.name) has no summary")
            #expect(!spec.examples.isEmpty, "\(spec.name) has no example")
            for example in spec.examples {
                let tokens = try Tokenizer.split(example.command)
                #expect(tokens.first?.text == spec.name, "example of \(spec.name) runs another command: \(example.command)")
                _ = try ParsedArguments(spec: spec, tokens: Array(tokens.dropFirst()))
            }
        }
    }
}

@Suite("Completion")
struct CompletionTests {
    @Test func completesCommandsOptionsIdsAndCodes() throws {
        let (shell, _) = try makeShell()
        #expect(shell.execute("load \(packageRoot.path)/SampleData/goc-idaresi-2021"))
        let completer = Completer(shell: shell)
        #expect(completer.candidates(forLineBefore: "ind") == ["indicators"])
        #expect(completer.candidates(forLineBefore: "indicators --go") == ["--goal"])
        #expect(completer.candidates(forLineBefore: "use g") == ["goc-idaresi-2021"])
        #expect(completer.candidates(forLineBefore: "indicators --goal H1.") == ["H1.1", "H1.2", "H1.3"])
        #expect(completer.candidates(forLineBefore: "budget --classification e") == ["economic"])
        #expect(completer.candidates(forLineBefore: "show PG6.4.") == ["PG6.4.2", "PG6.4.3"])
        #expect(completer.candidates(forLineBefore: "help qu") == ["quit"])
        #expect(completer.candidates(forLineBefore: "load \(packageRoot.path)/SampleDat") == ["\(packageRoot.path)/SampleData/"])
    }

    @Test func completesSettingValuesHoldCodesSweepParametersAndYears() throws {
        let (shell, _) = try makeShell()
        #expect(shell.execute("load \(packageRoot.path)/SampleData/goc-idaresi-2021"))
        let completer = Completer(shell: shell)
        #expect(completer.candidates(forLineBefore: "settings basis ") == ["auto", "performance", "realisation"])
        #expect(completer.candidates(forLineBefore: "settings numbers ") == ["tr", "plain", "dataset"])
        #expect(completer.candidates(forLineBefore: "settings change-basis s") == ["spent"])
        #expect(completer.candidates(forLineBefore: "grow 2022 2023 45 --hold ca") == ["capital"])
        #expect(completer.candidates(forLineBefore: "grow 2022 2023 45 --hold ") == ["1", "2", "3", "5", "6", "7", "capital", "current"])
        #expect(completer.candidates(forLineBefore: "grow 20") == ["2020", "2021", "2022", "2023"])
        #expect(completer.candidates(forLineBefore: "indicators --year 2") == ["2020", "2021", "2022", "2023"])
        #expect(shell.execute("scenario new b"))
        #expect(shell.execute("grow 2022 2023 45"))
        #expect(shell.execute("inflation 2023=45"))
        #expect(completer.candidates(forLineBefore: "sweep ") == ["growth", "inflation", "show"])
        #expect(completer.candidates(forLineBefore: "sweep growth 30..50 show to") == ["total", "total.real"])
    }
}

@Suite("Arguments")
struct ArgumentTests {
    let spec = CommandSpec(name: "t", group: "g", summary: "s",
                           arguments: [ArgumentSpec("code", help: "c", isOptional: true)],
                           options: [OptionSpec("year", short: "y", valueName: "YEAR", help: "y"), OptionSpec("all", help: "a")])

    @Test func tokenizerHandlesQuotesAndEscapes() throws {
        #expect(try Tokenizer.split(#"show "Sınır Dışı" 'a b' c\ d"#).map(\.text) == ["show", "Sınır Dışı", "a b", "c d"])
        #expect(throws: UsageError.self) { try Tokenizer.split("show \"open") }
        #expect(Tokenizer.quote("a b") == "\"a b\"")
        #expect(Tokenizer.quote("plain") == "plain")
    }

    @Test func trailingCommentsAndSeparatePercentSigns() throws {
        // A comment starts at a word-initial # outside quotes; its apostrophes are its own.
        #expect(try Tokenizer.split("goals A1   # the tree, with each node's performance").map(\.text) == ["goals", "A1"])
        #expect(try Tokenizer.split(##"indicators --search "#1 önce" PP#2 # plan's"##).map(\.text) == ["indicators", "--search", "#1 önce", "PP#2"])
        #expect(Tokenizer.strippingComment("export a.senaryo \"scenario export\"   # it's the script") == "export a.senaryo \"scenario export\"")
        #expect(Tokenizer.strippingComment(#"set x 'a # b'"#) == #"set x 'a # b'"#)
        #expect(try Tokenizer.split("target PP16 % 10").map(\.text) == ["target", "PP16", "%10"])
        #expect(try Tokenizer.split("target PP16 +% 10 -% 5").map(\.text) == ["target", "PP16", "+%10", "-%5"])
    }

    @Test func changesAndNumbersFollowTheConvention() throws {
        for text in ["%10", "+%10", "10%", "+10%", "% 10"] {
            #expect(try ValueSyntax.change(text, .plain) == .byPercent(10), "\(text)")
        }
        #expect(try ValueSyntax.change("-%5", .plain) == .byPercent(-5))
        #expect(try ValueSyntax.change("= 75.000", .tr) == .to(75000))
        #expect(try ValueSyntax.change("+1.000", .tr) == .by(1000))
        #expect(try ValueSyntax.change("-500", .plain) == .by(-500))
        #expect(try ValueSyntax.change("55000", .plain) == .to(55000))
        #expect(try ValueSyntax.number("%45", .plain, argument: "RATE") == 45)
        do {
            _ = try ValueSyntax.change("=75.000", .plain)
            Issue.record("75.000 was guessed under plain")
        } catch {
            #expect(error.description == "CHANGE: \"75.000\" could be 75 (a decimal point) or 75000 (a thousands point): write 75 or 75000, or declare how numbers are typed with `settings numbers tr` or `settings numbers plain`")
        }
        do {
            _ = try ValueSyntax.number("1,234,567.89", .tr, argument: "AMOUNT")
            Issue.record("English grouping was accepted")
        } catch {
            #expect(error.description == "AMOUNT: \"1,234,567.89\" is not a number (numbers are written 1234567.89 or, the Turkish way, 1.234.567,89, without spaces)")
        }
        #expect(ValueSyntax.spacedNumber(endingAt: ["PP16", "60", "000"]) == "60 000")
        #expect(ValueSyntax.spacedNumber(endingAt: ["6", "500", "000", "000"]) == "6 500 000 000")
        #expect(ValueSyntax.spacedNumber(endingAt: ["PP16", "PP17", "100"]) == nil)
        #expect(throws: UsageError.self) { try ValueSyntax.range("50..30", .plain, argument: "growth") }
    }

    @Test func keptLinesWriteNumbersBothConventionsReadAlike() throws {
        let target = CommandSpec(name: "target", group: "g", summary: "s",
                                 arguments: [ArgumentSpec("items", help: "i", isRepeating: true, completion: .indicatorCode)],
                                 options: [OptionSpec("round", valueName: "STEP", help: "r"),
                                           OptionSpec("hold", valueName: "CODE", help: "h", completion: .combined([.budgetCode, .choices(["capital"])]))])
        #expect(PortableNumbers.line("target PP16 = 75.000", spec: target, convention: .tr) == "target PP16 = 75000")
        #expect(PortableNumbers.line("target PP16 +%1,234 --round 1.000", spec: target, convention: .tr) == "target PP16 +%1.2340 --round 1000")
        #expect(PortableNumbers.line("target PP16 +10% --hold 10.100 --round 12,5", spec: target, convention: .tr) == "target PP16 +10% --hold 10.100 --round 12,5")
        #expect(PortableNumbers.line("target PP16 = 75.000", spec: target, convention: .plain) == "target PP16 = 75.000")
    }

    @Test func parsesOptionsFlagsAndPositionals() throws {
        let parsed = try ParsedArguments(spec: spec, tokens: Tokenizer.split("H1 --year=2021 --all"))
        #expect(parsed.string("code") == "H1")
        #expect(try parsed.year("year") == 2021)
        #expect(parsed.flag("all"))
        let short = try ParsedArguments(spec: spec, tokens: Tokenizer.split("-y 2020 -- --all"))
        #expect(try short.year("year") == 2020)
        #expect(short.string("code") == "--all")
        let negative = try ParsedArguments(spec: spec, tokens: Tokenizer.split("-19,6"))
        #expect(try negative.decimal("code", numbers: .plain)?.description == "-19.6")
    }

    @Test func errorsNameTheArgument() throws {
        #expect(throws: UsageError.self) { try ParsedArguments(spec: spec, tokens: Tokenizer.split("--yaer 2021")) }
        do {
            _ = try ParsedArguments(spec: spec, tokens: Tokenizer.split("--year"))
            Issue.record("expected an error")
        } catch {
            #expect(error.argument == "--year")
        }
        let parsed = try ParsedArguments(spec: spec, tokens: Tokenizer.split("--year 21"))
        do {
            _ = try parsed.year("year")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("--year"))
        }
        #expect(throws: UsageError.self) { try ParsedArguments(spec: spec, tokens: Tokenizer.split("a b")) }
    }
}
