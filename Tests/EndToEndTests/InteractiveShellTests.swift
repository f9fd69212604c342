import Foundation
import Testing

/// Drives the real shell on a pseudo-terminal: what a planner types, what libedit does with it.
@Suite("Interactive shell", .serialized)
struct InteractiveShellTests {
    @Test func tabCompletionHistoryRecallAndPersistence() throws {
        let home = SenaryoBinary.temporaryDirectory()
        let workspace = home.appendingPathComponent("workspace.sqlite").path
        let setup = try SenaryoBinary.run(["--workspace", workspace, "-c", "load SampleData/goc-idaresi-2021"], home: home)
        #expect(setup.status == 0, "\(setup.output)")
        var environment = SenaryoBinary.environment(home: home)
        environment["TERM"] = "vt100"

        do {
            let terminal = try PseudoTerminal(executable: SenaryoBinary.executable, arguments: ["--workspace", workspace],
                                              environment: environment, directory: SenaryoBinary.packageRoot)
            #expect(terminal.waitFor("senaryo[goc-idaresi-2021]> "), "no prompt:\n\(terminal.transcript)")

            // Tab completes a command name: "datas" alone is no command, so the table proves it.
            var mark = terminal.mark
            terminal.type("datas\t")
            #expect(terminal.waitFor("ets ", after: mark), "command not completed:\n\(terminal.transcript)")
            terminal.type("\r")
            #expect(terminal.waitFor("activity-report", after: mark), "datasets did not run:\n\(terminal.transcript)")

            // ...and a goal code after --goal (unique prefix H6.4 → "H6.4 ").
            mark = terminal.mark
            terminal.type("indicators --goal H6.\t")
            terminal.type("4\r")
            #expect(terminal.waitFor("PG6.4.3", after: mark), "indicators --goal H6.4 did not run:\n\(terminal.transcript)")

            // Up arrow recalls the previous line.
            mark = terminal.mark
            terminal.type("\u{1B}[A\r")
            #expect(terminal.waitFor("2 of 58 indicators", after: mark), "history recall failed:\n\(terminal.transcript)")

            // Turkish input survives line editing.
            mark = terminal.mark
            terminal.type("indicators --search \"SINIR DIŞI\"\r")
            #expect(terminal.waitFor("PP16", after: mark), "Turkish search failed:\n\(terminal.transcript)")

            _ = terminal.waitFor("> ", after: terminal.mark, timeout: 2)
            #expect(terminal.typeUntilExit("quit\r") == 0)
        }

        // History persists across runs: a new shell recalls the last command with the up arrow.
        // libedit's own file format writes spaces as \040.
        let history = try String(contentsOf: home.appendingPathComponent("state/senaryo/history"), encoding: .utf8)
        #expect(history.contains(#"indicators\040--goal\040H6.4"#))
        let terminal = try PseudoTerminal(executable: SenaryoBinary.executable, arguments: ["--workspace", workspace],
                                          environment: environment, directory: SenaryoBinary.packageRoot)
        #expect(terminal.waitFor("> "))
        let mark = terminal.mark
        terminal.type("\u{1B}[A\u{1B}[A\r")
        #expect(terminal.waitFor("PP16", after: mark), "history not recalled after restart:\n\(terminal.transcript)")
        // Type Ctrl-D only at the next prompt: libedit flushes input typed while it is not reading.
        #expect(terminal.waitFor("80/100", after: mark))
        let promptMark = terminal.mark
        _ = terminal.waitFor("> ", after: promptMark, timeout: 2)
        #expect(terminal.typeUntilExit("\u{4}") == 0, "Ctrl-D did not end the shell:\n\(terminal.transcript.debugDescription)")
    }

    @Test func ctrlCCancelsTheLineAndTheShellGoesOn() throws {
        let home = SenaryoBinary.temporaryDirectory()
        // The init script runs at interactive start-up.
        let config = home.appendingPathComponent("config/senaryo")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "set greeting merhaba\n".write(to: config.appendingPathComponent("init.senaryo"), atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal.senaryo(["--workspace", ":memory:"], home: home)
        #expect(terminal.waitFor("senaryo> "))
        terminal.type("this line is abandoned\u{3}")
        let mark = terminal.mark
        terminal.type("datasets\r")
        #expect(terminal.waitFor("no datasets loaded", after: mark), "shell did not survive Ctrl-C:\n\(terminal.transcript)")
        #expect(!terminal.transcript.contains("unknown command this"))
        let initMark = terminal.mark
        terminal.type("set greeting\r")
        #expect(terminal.waitFor("greeting=merhaba", after: initMark), "init script did not run:\n\(terminal.transcript)")
        _ = terminal.waitFor("> ", after: terminal.mark, timeout: 2)
        #expect(terminal.typeUntilExit("quit\r") == 0)
    }

    /// The README's "A first session" block, exactly as the README shows it (prompts, comments
    /// with apostrophes and all), pasted at once into the shell: every command runs, none fails.
    @Test func theReadmeFirstSessionPastesWithoutAnError() throws {
        let readme = try String(contentsOf: SenaryoBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## A first session").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```").dropFirst().first)
        let lines = block.split(separator: "\n").map(String.init)
        #expect(lines.count >= 10 && lines.allSatisfy { $0.hasPrefix("senaryo") }, "\(lines)")

        let home = SenaryoBinary.temporaryDirectory()
        let workspace = home.appendingPathComponent("workspace.sqlite").path
        let root = SenaryoBinary.packageRoot.path
        let setup = try SenaryoBinary.run(["--workspace", workspace, "-c", "load \(root)/SampleData/goc-idaresi-2021",
                                           "-c", "load \(root)/SampleData/iletisim-sp-2020-2024"], home: home)
        #expect(setup.status == 0, "\(setup.output)")
        // In a scratch folder: the session writes izleme.svg and butce-2023.senaryo.
        let terminal = try PseudoTerminal.senaryo(["--workspace", workspace], home: home, directory: home)
        #expect(terminal.waitFor("senaryo> "), "no prompt:\n\(terminal.transcript)")
        terminal.type(lines.joined(separator: "\r") + "\r")
        #expect(terminal.waitFor("wrote butce-2023.senaryo", timeout: 180), "the session did not reach its end:\n\(terminal.transcript)")
        #expect(!terminal.transcript.contains("error:"), "\(terminal.transcript)")
        let exported = try String(contentsOf: home.appendingPathComponent("butce-2023.senaryo"), encoding: .utf8)
        #expect(exported.contains("grow 2022 2023 45 --rate capital=10 --hold 1 --round 1000"), "\(exported)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("izleme.svg").path))
        _ = terminal.waitFor("> ", after: terminal.mark, timeout: 2)
        #expect(terminal.typeUntilExit("quit\r") == 0)
    }

    /// A trailing backslash continues a line at the prompt, as in scripts; Ctrl-C drops the whole line.
    @Test func aTrailingBackslashContinuesTheLine() throws {
        let terminal = try PseudoTerminal.senaryo(["--workspace", ":memory:"], home: SenaryoBinary.temporaryDirectory(),
                                                  controllingTerminal: true)
        #expect(terminal.waitFor("senaryo> "))
        var mark = terminal.mark
        terminal.type("load \\\r")
        #expect(terminal.waitFor("…> ", after: mark), "no continuation prompt:\n\(terminal.transcript)")
        terminal.type("SampleData/iletisim-sp-2020-2024   # the strategic plan\r")
        #expect(terminal.waitFor("19 goals", after: mark), "the continued line did not run:\n\(terminal.transcript)")
        mark = terminal.mark
        terminal.type("unload \\\r")
        #expect(terminal.waitFor("…> ", after: mark))
        // Keys typed while libedit switches the terminal's mode can be lost: type until echoed.
        let continued = terminal.mark
        for _ in 0..<5 where !terminal.waitFor("abandoned", after: continued, timeout: 0.01) {
            terminal.type("abandoned")
            _ = terminal.waitFor("abandoned", after: continued, timeout: 2)
        }
        let typed = terminal.mark
        terminal.type("\u{3}")
        #expect(terminal.waitFor("senaryo[iletisim-sp-2020-2024]> ", after: typed), "Ctrl-C did not drop the line:\n\(terminal.transcript)")
        terminal.type("datasets\r")
        #expect(terminal.waitFor("iletisim-sp-2020-2024", after: mark), "\(terminal.transcript)")
        #expect(!terminal.transcript.contains("error:"), "\(terminal.transcript)")
        _ = terminal.waitFor("> ", after: terminal.mark, timeout: 2)
        #expect(terminal.typeUntilExit("quit\r") == 0)
    }

    /// Ctrl-C at a yes/no question answers no and the prompt comes back (it used to spin in
    /// readLine, ignoring all input); unloading a dataset with scenarios asks first.
    @Test func ctrlCAtAQuestionAnswersNoAndUnloadAsksBeforeDroppingScenarios() throws {
        let terminal = try PseudoTerminal.senaryo(["--workspace", ":memory:"], home: SenaryoBinary.temporaryDirectory(),
                                                  controllingTerminal: true)
        #expect(terminal.waitFor("senaryo> "))
        var mark = terminal.mark
        terminal.type("load SampleData/iletisim-sp-2020-2024\r")
        #expect(terminal.waitFor("19 goals", after: mark))
        mark = terminal.mark
        terminal.type("load SampleData/iletisim-sp-2020-2024\r")
        #expect(terminal.waitFor("replace it? [y/N] ", after: mark), "\(terminal.transcript)")
        terminal.answer("\u{3}")
        #expect(terminal.waitFor("kept the loaded iletisim-sp-2020-2024; nothing changed", after: mark), "\(terminal.transcript)")
        mark = terminal.mark
        terminal.type("scenario new deneme\r")
        #expect(terminal.waitFor("now in use", after: mark), "the shell did not come back after Ctrl-C:\n\(terminal.transcript)")
        mark = terminal.mark
        terminal.type("unload iletisim-sp-2020-2024\r")
        #expect(terminal.waitFor("iletisim-sp-2020-2024 has 1 scenario with 0 operations; unload it and drop them? [y/N] ", after: mark),
                "\(terminal.transcript)")
        terminal.answer("e\r")
        #expect(terminal.waitFor("unloaded iletisim-sp-2020-2024, dropping its 1 scenario with 0 operations", after: mark), "\(terminal.transcript)")
        mark = terminal.mark
        terminal.type("datasets\r")
        #expect(terminal.waitFor("no datasets loaded", after: mark))
        #expect(terminal.typeUntilExit("quit\r") == 0)
    }

    @Test func colourOnATerminalAndAskingBeforeReplacing() throws {
        let home = SenaryoBinary.temporaryDirectory()
        var environment = SenaryoBinary.environment(home: home)
        environment["NO_COLOR"] = nil
        environment["TERM"] = "xterm"
        let terminal = try PseudoTerminal(executable: SenaryoBinary.executable, arguments: ["--workspace", ":memory:"],
                                          environment: environment, directory: SenaryoBinary.packageRoot)
        #expect(terminal.waitFor("\u{1B}[1;36m"), "a coloured prompt on a terminal:\n\(terminal.transcript.debugDescription)")
        var mark = terminal.mark
        terminal.type("load SampleData/iletisim-sp-2020-2024\r")
        #expect(terminal.waitFor("19 goals", after: mark))
        // Loading the same id again asks; "e" (evet) replaces.
        mark = terminal.mark
        terminal.type("load SampleData/iletisim-sp-2020-2024\r")
        #expect(terminal.waitFor("already loaded; replace it? [y/N]", after: mark), "\(terminal.transcript.debugDescription)")
        terminal.type("e\r")
        #expect(terminal.waitFor("replaced iletisim-sp-2020-2024", after: mark))
        mark = terminal.mark
        terminal.type("goals A1\r")
        #expect(terminal.waitFor("\u{1B}[1m code", after: mark), "bold table header:\n\(terminal.transcript.debugDescription)")
        #expect(terminal.typeUntilExit("quit\r") == 0)

        environment["NO_COLOR"] = "1"
        let plain = try PseudoTerminal(executable: SenaryoBinary.executable, arguments: ["--workspace", ":memory:"],
                                       environment: environment, directory: SenaryoBinary.packageRoot)
        #expect(plain.waitFor("senaryo> "))
        #expect(!plain.transcript.contains("\u{1B}[1;36m"), "NO_COLOR: no colour")
        #expect(plain.typeUntilExit("quit\r") == 0)
    }

    @Test func ctrlCStopsARunawaySQLQuery() throws {
        let home = SenaryoBinary.temporaryDirectory()
        var environment = SenaryoBinary.environment(home: home)
        environment["TERM"] = "vt100"
        let terminal = try PseudoTerminal(executable: SenaryoBinary.executable, arguments: ["--workspace", ":memory:", "--no-init"],
                                          environment: environment, directory: SenaryoBinary.packageRoot)
        #expect(terminal.waitFor("senaryo> "))
        var mark = terminal.mark
        terminal.type("sql \"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c\"\r")
        // Once the query runs (a Ctrl-C before it starts is the line's, not the query's).
        #expect(terminal.waitFor("FROM c\"\r\n", after: mark))
        Thread.sleep(forTimeInterval: 1.5)
        terminal.interrupt()
        #expect(terminal.waitFor("error: sql: interrupted", after: mark, timeout: 10), "Ctrl-C was ignored:\n\(terminal.transcript)")
        mark = terminal.mark
        terminal.type("datasets\r")
        #expect(terminal.waitFor("no datasets loaded", after: mark))
        _ = terminal.waitFor("> ", after: terminal.mark, timeout: 2)
        #expect(terminal.typeUntilExit("quit\r") == 0)
    }
}

