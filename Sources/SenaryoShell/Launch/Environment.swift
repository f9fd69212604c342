import Foundation

/// Where Senaryo keeps its files, following the XDG base directory specification.
struct SenaryoPaths {
    let environment: [String: String]

    private var home: String { environment["HOME"] ?? NSHomeDirectory() }

    private func base(_ variable: String, _ fallback: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return (home as NSString).appendingPathComponent(fallback)
    }

    /// `$SENARYO_WORKSPACE`, else `$XDG_DATA_HOME/senaryo/workspace.sqlite`.
    var defaultWorkspace: String {
        if let explicit = environment["SENARYO_WORKSPACE"], !explicit.isEmpty { return explicit }
        return (base("XDG_DATA_HOME", ".local/share") as NSString).appendingPathComponent("senaryo/workspace.sqlite")
    }

    /// `$XDG_CONFIG_HOME/senaryo/init.senaryo`: run at interactive start-up.
    var initScript: String {
        (base("XDG_CONFIG_HOME", ".config") as NSString).appendingPathComponent("senaryo/init.senaryo")
    }

    /// `$XDG_STATE_HOME/senaryo/history`.
    var history: String {
        (base("XDG_STATE_HOME", ".local/state") as NSString).appendingPathComponent("senaryo/history")
    }
}
