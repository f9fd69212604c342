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
        #expect(terminal.waitFor("bands 80/100", after: mark))
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
        var environment = SenaryoBinary.environment(home: home)
        environment["TERM"] = "vt100"
        let terminal = try PseudoTerminal(executable: SenaryoBinary.executable, arguments: ["--workspace", ":memory:"],
                                          environment: environment, directory: SenaryoBinary.packageRoot)
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

