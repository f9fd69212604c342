> load Tests/EndToEndTests/Fixtures/budget-totals
loaded butce-toplamlari-2024 — Deneme Başkanlığı, 2024 Yılı Faaliyet Raporu (totals per year and classification)
  0 goals · 0 indicators · 7 budget lines · 0 series values
> budget
 year  classification  code         name                          initial  revised   spent  remaining  real %  share %  spent share %     Δ%
 2023  economic        01           Personel Giderleri             400,00   420,00  410,00      10,00   97,62    80,77          83,67
 2023  economic        03           Mal ve Hizmet Alım Giderleri   100,00   100,00   80,00      20,00   80,00    19,23          16,33
 2024  economic        01           Personel Giderleri             500,00   520,00  515,00       5,00   99,04    80,00          82,40  25,00
 2024  economic        03           Mal ve Hizmet Alım Giderleri   150,00   130,00  110,00      20,00   84,62    20,00          17,60  50,00
 2024  economic          03.1       Tüketim Malları                 90,00    80,00   70,00      10,00   87,50    12,31          11,20
 2024  economic          03.2       Hizmet Alımları                 60,00    50,00   40,00      10,00   80,00     7,69           6,40
 2024  institutional   40.01.00.02  Strateji Geliştirme Dairesi    650,00   650,00  625,00      25,00   96,15   100,00         100,00
 ────  ──────────────  ───────────  ────────────────────────────  ───────  ───────  ──────  ─────────  ──────  ───────  ─────────────  ─────
 2023  economic                     Toplam 2023 Ekonomik           500,00   520,00  490,00      30,00   94,23   100,00         100,00
 2024  economic                     Toplam 2024 Ekonomik           650,00   650,00  625,00      25,00   96,15   100,00         100,00  30,00
 2024  institutional                Toplam 2024 Kurumsal           650,00   650,00  625,00      25,00   96,15   100,00         100,00
TRY · Δ% on initial against the previous year
> budget --format csv
kind,year,classification,code,parent,depth,name,initial,added,deducted,revised,spent,cancelled,remaining,rolled_up,realisation_pct,share_pct,spent_share_pct,change_pct,reported_rate_pct,reported_change_pct,real
line,2023,economic,01,,0,Personel Giderleri,400,,,420,410,,10,,97.619047619047619047619048,80.769230769230769230769231,83.673469387755102040816327,,,,
line,2023,economic,03,,0,Mal ve Hizmet Alım Giderleri,100,,,100,80,,20,,80,19.230769230769230769230769,16.326530612244897959183673,,,,
line,2024,economic,01,,0,Personel Giderleri,500,,,520,515,,5,,99.038461538461538461538462,80,82.4,25,,,
line,2024,economic,03,,0,Mal ve Hizmet Alım Giderleri,150,,,130,110,,20,,84.615384615384615384615385,20,17.6,50,,,
line,2024,economic,03.1,03,1,Tüketim Malları,90,,,80,70,,10,,87.5,12.307692307692307692307692,11.2,,,,
line,2024,economic,03.2,03,1,Hizmet Alımları,60,,,50,40,,10,,80,7.692307692307692307692308,6.4,,,,
line,2024,institutional,40.01.00.02,,0,Strateji Geliştirme Dairesi,650,,,650,625,,25,,96.153846153846153846153846,100,100,,,,
total,2023,economic,,,,Toplam 2023 Ekonomik,500,,,520,490,,30,,94.230769230769230769230769,100,100,,,,
total,2024,economic,,,,Toplam 2024 Ekonomik,650,,,650,625,,25,,96.153846153846153846153846,100,100,30,,,
total,2024,institutional,,,,Toplam 2024 Kurumsal,650,,,650,625,,25,,96.153846153846153846153846,100,100,,,,
> budget 2024 --classification economic --format json
[
  {"kind": "line", "year": 2024, "classification": "economic", "code": "01", "parent": null, "depth": 0, "name": "Personel Giderleri", "initial": 500, "added": null, "deducted": null, "revised": 520, "spent": 515, "cancelled": null, "remaining": 5, "rolled_up": "", "realisation_pct": 99.038461538461538461538462, "share_pct": 80, "spent_share_pct": 82.4, "change_pct": 25, "reported_rate_pct": null, "reported_change_pct": null, "real": null},
  {"kind": "line", "year": 2024, "classification": "economic", "code": "03", "parent": null, "depth": 0, "name": "Mal ve Hizmet Alım Giderleri", "initial": 150, "added": null, "deducted": null, "revised": 130, "spent": 110, "cancelled": null, "remaining": 20, "rolled_up": "", "realisation_pct": 84.615384615384615384615385, "share_pct": 20, "spent_share_pct": 17.6, "change_pct": 50, "reported_rate_pct": null, "reported_change_pct": null, "real": null},
  {"kind": "line", "year": 2024, "classification": "economic", "code": "03.1", "parent": "03", "depth": 1, "name": "Tüketim Malları", "initial": 90, "added": null, "deducted": null, "revised": 80, "spent": 70, "cancelled": null, "remaining": 10, "rolled_up": "", "realisation_pct": 87.5, "share_pct": 12.307692307692307692307692, "spent_share_pct": 11.2, "change_pct": null, "reported_rate_pct": null, "reported_change_pct": null, "real": null},
  {"kind": "line", "year": 2024, "classification": "economic", "code": "03.2", "parent": "03", "depth": 1, "name": "Hizmet Alımları", "initial": 60, "added": null, "deducted": null, "revised": 50, "spent": 40, "cancelled": null, "remaining": 10, "rolled_up": "", "realisation_pct": 80, "share_pct": 7.692307692307692307692308, "spent_share_pct": 6.4, "change_pct": null, "reported_rate_pct": null, "reported_change_pct": null, "real": null},
  {"kind": "total", "year": 2024, "classification": "economic", "code": null, "parent": null, "depth": null, "name": "Toplam", "initial": 650, "added": null, "deducted": null, "revised": 650, "spent": 625, "cancelled": null, "remaining": 25, "rolled_up": null, "realisation_pct": 96.153846153846153846153846, "share_pct": 100, "spent_share_pct": 100, "change_pct": 30, "reported_rate_pct": null, "reported_change_pct": null, "real": null}
]
> assert "budget 2024 --classification economic" total spent = 625
