// A whole external plugin in Swift: SenaryoPluginKit speaks the protocol.
//   swift build --product senaryo-merhaba && senaryo -c "plugin add .build/debug/senaryo-merhaba"
import SenaryoPluginKit

PluginServer(name: "merhaba", version: "1.0.0", commands: [
    PluginCommand(CommandSignature(
        name: "merhaba", summary: "Greet the dataset in use and count its indicators below 80 %",
        arguments: [ArgumentSignature(name: "name", help: "who to greet", optional: true)],
        examples: [ExampleSignature(command: "merhaba", explanation: "greet"), ExampleSignature(command: "merhaba Ayşe", explanation: "greet Ayşe")],
        needs: ["indicators"])) { request in
        let who = request.value("name") ?? "planlamacı"
        guard let dataset = request.context.dataset else { return .message("Merhaba \(who)! (no dataset in use)") }
        let below = request.table("indicators").filter { $0["status"] == "not-reached" }.count
        return RunResult(output: [
            .message("Merhaba \(who): \(dataset.institution), \(dataset.title)."),
            OutputItem(type: "table", columns: [ColumnSignature(key: "dataset"), ColumnSignature(key: "not_reached", type: "integer")],
                       rows: [[dataset.id, String(below)]]),
        ])
    },
]).run()
