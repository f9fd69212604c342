import BuiltinPlugins
import Foundation
import SenaryoShell

exit(Launcher.main(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment, plugins: builtinPlugins))
