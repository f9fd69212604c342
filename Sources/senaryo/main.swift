import AuditPlugin
import BrowsePlugin
import Foundation
import SenaryoKit
import SenaryoShell

// The built-in plugins. Each lives in its own target under Plugins/.
let builtinPlugins: [any Plugin] = [BrowsePlugin(), AuditPlugin()]

exit(Launcher.main(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment, plugins: builtinPlugins))
