> indicators
error: no dataset selected
  choose one with `use ID` or pass --dataset ID (`datasets` lists them)
> use nothing-here
error: no dataset nothing-here in this workspace
  `datasets` lists the loaded ones
> load SampleData/no-such-folder
error: dataset not loaded, 1 error:
  SampleData/no-such-folder: no such file or folder
> load Tests/EndToEndTests/Fixtures/broken-tr
error: dataset not loaded, 3 errors:
  goals.csv:2:2: parent: "A9" is not a code in goals.csv
  indicators.csv:3:4: target: "1234.5" is not a number (expected Turkish format, e.g. 1.234.567,89, -19,6 or %94,43)
  indicators.csv:4:1: code: "PG1" appears twice for year 2021 (first on line 2)
> datasets
no datasets loaded (try `load SampleData/goc-idaresi-2021`)
> load SampleData/goc-idaresi-2021
loaded goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu
  46 goals · 58 indicators · 16 budget lines · 66 series values
> load SampleData/goc-idaresi-2021
error: dataset goc-idaresi-2021 is already loaded (use --replace to replace it)
> indicatros
error: unknown command indicatros (did you mean indicators?)
  `help` lists the commands
> indicators --yaer 2021
error: unknown option --yaer for indicators (did you mean --year?)
  usage: indicators [CODE] [--goal CODE] [--search TEXT] [--year YEAR] [--status STATUS] [--quarters] [--dataset ID] [--scenario NAME]
  indicators --yaer 2021
             ^^^^^^
> indicators --year twenty
error: --year: "twenty" is not a year (expected e.g. 2021)
  indicators --year twenty
                    ^^^^^^
> budget --classification economc
error: --classification: "economc" is not one of economic, institutional, functional, project (did you mean economic?)
  budget --classification economc
                          ^^^^^^^
> show ZZ9
error: no goal, indicator or budget line ZZ9 in goc-idaresi-2021
  did you mean PP9?
> goals H9.9
error: no goal H9.9 in goc-idaresi-2021
  did you mean H1.1?
> unload goc-idaresi-202
error: no dataset goc-idaresi-202 in this workspace
  did you mean goc-idaresi-2021?
> help nonsense
error: unknown command nonsense
  `help` lists the commands
> goals "unterminated
error: unterminated " quote
  goals "unterminated
        ^^^^^^^^^^^^^
[exit 1]
