import Foundation
import MLAKit

Signals.install()
let environment = ProcessInfo.processInfo.environment
let console = Console(environment: environment)
let status = App.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: environment, console: console)
exit(status.rawValue)
