import SenaryoEngine

/// The page `report` writes: one self-contained HTML document (styles inline, charts as inline
/// SVG, no fonts, scripts or images from elsewhere — its Content-Security-Policy forbids any
/// request), with a print stylesheet for clean A4 pages.
struct HTMLReport {
    /// One part of the page: a heading and its HTML.
    struct Section {
        var id: String
        var title: String
        var body: String
    }

    var language: FigureSettings.Language
    var title: String
    var subtitle: String
    /// Headline numbers shown as tiles at the top: label and value.
    var keyFigures: [(label: String, value: String)]
    var sections: [Section]

    var html: String {
        let lang = language == .turkish ? "tr" : "en"
        var page = """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Senaryo \(Launcher.version)">
            <title>\(HTMLTable.escape(title))</title>
            <style>\(Self.styles)</style>
            </head>
            <body>
            <header><h1>\(HTMLTable.escape(title))</h1><p class="subtitle">\(HTMLTable.escape(subtitle))</p></header>

            """
        if !keyFigures.isEmpty {
            page += "<section id=\"key-figures\" class=\"tiles\">"
                + keyFigures.map { "<div class=\"tile\"><span class=\"value\">\(HTMLTable.escape($0.value))</span><span class=\"label\">\(HTMLTable.escape($0.label))</span></div>" }.joined()
                + "</section>\n"
        }
        page += "<nav><ol>" + sections.map { "<li><a href=\"#\($0.id)\">\(HTMLTable.escape($0.title))</a></li>" }.joined() + "</ol></nav>\n"
        for section in sections {
            page += "<section id=\"\(section.id)\"><h2>\(HTMLTable.escape(section.title))</h2>\n\(section.body)\n</section>\n"
        }
        page += "<footer>Senaryo \(Launcher.version)</footer>\n</body>\n</html>\n"
        return page
    }

    /// Colours of the status bands match the terminal's: red, amber, green, blue.
    static let styles = """
        :root { --ink: #1d2733; --muted: #5b6775; --rule: #d5dbe1; --head: #eef2f6; \
        --not-reached: #fbe4e4; --partial: #fdf1d8; --reached: #e2f4e6; --exceeded: #e1ecfb; }
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: var(--ink); margin: 2rem auto; \
        max-width: 1200px; padding: 0 1rem; font-size: 14px; line-height: 1.4; }
        h1 { font-size: 1.6rem; margin: 0; } h2 { font-size: 1.2rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; margin-top: 2rem; }
        .subtitle, .note, footer { color: var(--muted); } footer { margin-top: 3rem; font-size: .8rem; }
        nav ol { columns: 2; padding-left: 1.2rem; } nav a { color: var(--ink); }
        .tiles { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1.5rem 0; }
        .tile { border: 1px solid var(--rule); border-radius: 6px; padding: .6rem .9rem; min-width: 10rem; }
        .tile .value { display: block; font-size: 1.3rem; font-weight: bold; } .tile .label { color: var(--muted); font-size: .85rem; }
        table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: 12.5px; }
        caption { text-align: left; font-weight: bold; padding: .3rem 0; }
        th, td { border-bottom: 1px solid var(--rule); padding: .25rem .45rem; text-align: left; vertical-align: top; }
        th { background: var(--head); } td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tfoot td { font-weight: bold; border-top: 2px solid var(--ink); }
        td.depth-1 { padding-left: 1.2rem; } td.depth-2 { padding-left: 2rem; } td.depth-3 { padding-left: 2.8rem; } \
        td.depth-4, td.depth-5, td.depth-6 { padding-left: 3.6rem; }
        tr.band-not-reached td { background: var(--not-reached); } tr.band-partially-reached td { background: var(--partial); }
        tr.band-reached td { background: var(--reached); } tr.band-exceeded td { background: var(--exceeded); }
        figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
        @media print {
          @page { size: A4; margin: 14mm 12mm; }
          body { margin: 0; max-width: none; font-size: 10.5px; } nav { display: none; }
          table { font-size: 9.5px; } thead { display: table-header-group; } tr, figure, .tile { break-inside: avoid; }
          h2 { break-after: avoid; } section + section > h2 { margin-top: 1.2rem; }
          tr.band-not-reached td, tr.band-partially-reached td, tr.band-reached td, tr.band-exceeded td { \
        -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
