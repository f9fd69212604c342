> load Tests/EndToEndTests/Fixtures/partial-classification
loaded kismi-siniflandirma-2024 — Deneme Başkanlığı, 2024 Yılı Faaliyet Raporu (a project classification beside three whole ones)
  0 goals · 0 indicators · 12 budget lines · 5 series values
> check
kismi-siniflandirma-2024: no errors or warnings (3 notes)
 severity  table       key           column   stated  derived  message
 note      budget.csv  2023 project  initial  120     100      the project lines add up to 120, more than the capital line 06 (100): projects are mostly
                                                               capital spending, unless the report counts other lines in them
 note      budget.csv  2023 project  revised  140     100      the project lines add up to 140, more than the capital line 06 (100): projects are mostly
                                                               capital spending, unless the report counts other lines in them
 note      budget.csv  2023 project  spent    130     90       the project lines add up to 130, more than the capital line 06 (90): projects are mostly
                                                               capital spending, unless the report counts other lines in them
> budget 2024 --classification project
 code    name                   initial  revised   spent  remaining  real %  share %  spent share %    Δ%
 2024P1  Hizmet binası onarımı    90,00   110,00   70,00      40,00   63,64    73,33          66,67
 2024P2  Araç alımı               30,00    40,00   35,00       5,00   87,50    26,67          33,33
 ──────  ─────────────────────  ───────  ───────  ──────  ─────────  ──────  ───────  ─────────────  ────
         Toplam                  120,00   150,00  105,00      45,00   70,00   100,00         100,00  0,00
TRY · Δ% on initial against the previous year
> check --severity warning
kismi-siniflandirma-2024: no errors or warnings (3 notes)
