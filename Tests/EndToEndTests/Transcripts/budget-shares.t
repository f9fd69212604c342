> load Tests/EndToEndTests/Fixtures/spending-shares
loaded harcama-paylari-2024 — Deneme Başkanlığı, 2024 Yılı Faaliyet Raporu (distribution of appropriations and of spending)
  0 goals · 0 indicators · 3 budget lines · 0 series values
> budget
 code  name                           initial   revised   spent  remaining  real %  share %  spent share %
 01    Personel Giderleri              550,00    600,00  590,00      10,00   98,33    60,00          73,75
 03    Mal ve Hizmet Alım Giderleri    350,00    300,00  150,00     150,00   50,00    30,00          18,75
 06    Sermaye Giderleri               100,00    100,00   60,00      40,00   60,00    10,00           7,50
 ────  ────────────────────────────  ────────  ────────  ──────  ─────────  ──────  ───────  ─────────────
       Toplam                        1.000,00  1.000,00  800,00     200,00   80,00   100,00         100,00
TRY · Δ% on initial against the previous year
> budget --format csv
kind,year,classification,code,parent,depth,name,initial,added,deducted,revised,spent,cancelled,remaining,rolled_up,realisation_pct,share_pct,spent_share_pct,change_pct,reported_rate_pct,reported_change_pct,real
line,2024,economic,01,,0,Personel Giderleri,550,,,600,590,,10,,98.333333333333333333333333,60,73.75,,,,
line,2024,economic,03,,0,Mal ve Hizmet Alım Giderleri,350,,,300,150,,150,,50,30,18.75,,,,
line,2024,economic,06,,0,Sermaye Giderleri,100,,,100,60,,40,,60,10,7.5,,,,
total,2024,economic,,,,Toplam,1000,,,1000,800,,200,,80,100,100,,,,
> budget --format json
[
  {"kind": "line", "year": 2024, "classification": "economic", "code": "01", "parent": null, "depth": 0, "name": "Personel Giderleri", "initial": 550, "added": null, "deducted": null, "revised": 600, "spent": 590, "cancelled": null, "remaining": 10, "rolled_up": "", "realisation_pct": 98.333333333333333333333333, "share_pct": 60, "spent_share_pct": 73.75, "change_pct": null, "reported_rate_pct": null, "reported_change_pct": null, "real": null},
  {"kind": "line", "year": 2024, "classification": "economic", "code": "03", "parent": null, "depth": 0, "name": "Mal ve Hizmet Alım Giderleri", "initial": 350, "added": null, "deducted": null, "revised": 300, "spent": 150, "cancelled": null, "remaining": 150, "rolled_up": "", "realisation_pct": 50, "share_pct": 30, "spent_share_pct": 18.75, "change_pct": null, "reported_rate_pct": null, "reported_change_pct": null, "real": null},
  {"kind": "line", "year": 2024, "classification": "economic", "code": "06", "parent": null, "depth": 0, "name": "Sermaye Giderleri", "initial": 100, "added": null, "deducted": null, "revised": 100, "spent": 60, "cancelled": null, "remaining": 40, "rolled_up": "", "realisation_pct": 60, "share_pct": 10, "spent_share_pct": 7.5, "change_pct": null, "reported_rate_pct": null, "reported_change_pct": null, "real": null},
  {"kind": "total", "year": 2024, "classification": "economic", "code": null, "parent": null, "depth": null, "name": "Toplam", "initial": 1000, "added": null, "deducted": null, "revised": 1000, "spent": 800, "cancelled": null, "remaining": 200, "rolled_up": null, "realisation_pct": 80, "share_pct": 100, "spent_share_pct": 100, "change_pct": null, "reported_rate_pct": null, "reported_change_pct": null, "real": null}
]
> budget --format markdown
| code | name | initial | revised | spent | remaining | real % | share % | spent share % |
| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| 01 | Personel Giderleri | 550,00 | 600,00 | 590,00 | 10,00 | 98,33 | 60,00 | 73,75 |
| 03 | Mal ve Hizmet Alım Giderleri | 350,00 | 300,00 | 150,00 | 150,00 | 50,00 | 30,00 | 18,75 |
| 06 | Sermaye Giderleri | 100,00 | 100,00 | 60,00 | 40,00 | 60,00 | 10,00 | 7,50 |
|  | **Toplam** | **1.000,00** | **1.000,00** | **800,00** | **200,00** | **80,00** | **100,00** | **100,00** |

TRY · Δ% on initial against the previous year
