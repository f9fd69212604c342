import SenaryoKit

/// Every command the shell knows, by name and alias: the shell's own and the plugins'.
public struct CommandRegistry: Sendable {
    public private(set) var commands: [any ShellCommand] = []
    public private(set) var plugins: [any Plugin] = []
    private var byName: [String: Int] = [:]

    public init() {}

    /// Adds a command; a later command with a taken name is refused (first wins) and reported.
    @discardableResult
    public mutating func register(_ command: any ShellCommand) -> Bool {
        let names = [command.spec.name] + command.spec.aliases
        guard names.allSatisfy({ byName[$0] == nil }) else { return false }
        for name in names { byName[name] = commands.count }
        commands.append(command)
        return true
    }

    /// Adds every command of `plugin`. Returns the names that clashed with existing commands.
    @discardableResult
    public mutating func register(_ plugin: any Plugin) -> [String] {
        plugins.append(plugin)
        var clashes: [String] = []
        for command in plugin.commands where !register(PluginCommand(command: command, plugin: plugin.name)) {
            clashes.append(command.spec.name)
        }
        return clashes
    }

    /// Removes every command a plugin provided (for `plugin remove` and `plugin reload`).
    public mutating func removeCommands(ofPlugin plugin: String) {
        commands.removeAll { $0.pluginName == plugin }
        byName = [:]
        for (index, command) in commands.enumerated() {
            for name in [command.spec.name] + command.spec.aliases { byName[name] = index }
        }
    }

    public func command(named name: String) -> (any ShellCommand)? {
        byName[name].map { commands[$0] }
    }

    /// Every name and alias, for completion and suggestions.
    public var names: [String] {
        byName.keys.sorted()
    }

    /// Commands grouped for `help`, groups in first-registered order.
    public var groups: [(name: String, commands: [any ShellCommand])] {
        var order: [String] = []
        var members: [String: [any ShellCommand]] = [:]
        for command in commands {
            let group = command.spec.group
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(command)
        }
        return order.map { ($0, members[$0]!) }
    }
}
