/// The shell's own commands, in the order `help` lists them.
enum CoreCommands {
    static let all: [any ShellCommand] = [
        LoadCommand(), UnloadCommand(), DatasetsCommand(), UseCommand(), SQLCommand(), ExportCommand(), ReportCommand(),
        FormatCommand(), SettingsCommand(),
        ScenarioCommand(), PluginManagementCommand(),
        SetCommand(), SourceCommand(), AssertCommand(), RecordCommand(), HistoryCommand(),
        HelpCommand(), QuitCommand(),
    ]
}
