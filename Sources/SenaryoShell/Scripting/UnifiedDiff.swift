/// A unified diff of two line lists (`--- expected` / `+++ actual`), with three lines of context.
enum UnifiedDiff {
    enum Edit {
        /// A line both sides have (equal, or the expected one matches the actual one).
        case same(expected: String, actual: String)
        case removed(String)
        case added(String)
    }

    /// The shortest edit script from `expected` to `actual`, with the line numbers on each side.
    /// Lines are aligned first, with `equal` deciding which lines correspond (a transcript's
    /// `(re)` line corresponds to the line it matches), so that a missing line early on does
    /// not turn every later line into a difference.
    static func edits(expected: [String], actual: [String],
                      equal: (String, String) -> Bool = { $0 == $1 }) -> [(edit: Edit, oldLine: Int, newLine: Int)] {
        // Longest common subsequence table, from the end (transcripts are small).
        let n = expected.count, m = actual.count
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = equal(expected[i], actual[j]) ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [(edit: Edit, oldLine: Int, newLine: Int)] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, equal(expected[i], actual[j]), lcs[i][j] == lcs[i + 1][j + 1] + 1 {
                edits.append((.same(expected: expected[i], actual: actual[j]), i, j)); i += 1; j += 1
            } else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] {
                edits.append((.removed(expected[i]), i, j)); i += 1
            } else {
                edits.append((.added(actual[j]), i, j)); j += 1
            }
        }
        return edits
    }

    static func make(expected: [String], actual: [String], equal: (String, String) -> Bool = { $0 == $1 },
                     context: Int = 3) -> String {
        let edits = edits(expected: expected, actual: actual, equal: equal)
        let changed = edits.indices.filter { if case .same = edits[$0].edit { return false } else { return true } }
        guard !changed.isEmpty else { return "" }
        var lines = ["--- expected", "+++ actual"]
        var start = 0
        while start < changed.count {
            var end = start
            while end + 1 < changed.count, changed[end + 1] - changed[end] <= 2 * context { end += 1 }
            let from = max(0, changed[start] - context), to = min(edits.count - 1, changed[end] + context)
            let hunk = edits[from...to]
            let oldCount = hunk.filter { if case .added = $0.edit { return false } else { return true } }.count
            let newCount = hunk.filter { if case .removed = $0.edit { return false } else { return true } }.count
            lines.append("@@ -\(hunk.first!.oldLine + 1),\(oldCount) +\(hunk.first!.newLine + 1),\(newCount) @@")
            for entry in hunk {
                switch entry.edit {
                case .same(let text, _): lines.append(" " + text)
                case .removed(let text): lines.append("-" + text)
                case .added(let text): lines.append("+" + text)
                }
            }
            start = end + 1
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
