> source Tests/EndToEndTests/Fixtures/scripts/review.senaryo
loaded goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu
  46 goals · 58 indicators · 16 budget lines · 66 series values
using goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu, 2021
 code  goal       name                                                    A       B       C  rate %  status              stated %  stated status
 PP4   P1.SP3.O1  Başkanlığa bağlı geri gönderme merkezlerinin to…   20.000  22.600  16.000   70,80  Hedefe Ulaşılamadı        80  Hedefe Kısmen Ulaşıldı
 PP6   P1.SP3.O1  Gerçekleştirilen hizmet içi eğitim sayısı              15      17       6   35,29  Hedefe Ulaşılamadı        35  Hedefe Ulaşılamadı
 PP10  P1.SP3.O1  Gönüllü ve güvenli geri dönüş programından yara…       80      80   22,82   28,53  Hedefe Ulaşılamadı     28,52  Hedefe Ulaşılamadı
 PP12  P1.SP3.O1  Görüş verilen çalışma izni/vizesi sayısı           40.178  40.000  31.953   79,88  Hedefe Ulaşılamadı        80  Hedefe kısmen Ulaşıldı
 PP14  P1.SP3.O1  Personel sayısının artış oranı                         27       5    3,51   70,20  Hedefe Ulaşılamadı        70  Hedefe ulaşılamadı
 PP15  P1.SP3.O1  Sığınma Evi sayısı                                      3       4       2   50,00  Hedefe Ulaşılamadı         0  Hedefe Ulaşılamadı
 PP16  P1.SP3.O1  Sınır Dışı edilen yabancı sayısı                  103.858  75.000  46.845   62,46  Hedefe Ulaşılamadı     62,46  Hedefe Ulaşılamadı
 PP21  P1.SP3.O1  Uluslararası Kurum ve Kuruluşlar tarafından mal…        9      20      11   55,00  Hedefe Ulaşılamadı        55  Hedefe Ulaşılamadı
8 of 58 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 80/100
> set
 name     value
 dataset  goc-idaresi-2021
 year     2021
> set year 2022
> budget $year --format csv
kind,year,classification,code,parent,depth,name,initial,added,deducted,revised,spent,cancelled,remaining,rolled_up,realisation_pct,share_pct,spent_share_pct,change_pct,reported_rate_pct,reported_change_pct,real
line,2022,economic,1,,0,Personel Giderleri,1132970000,,,,,,,,,25.210742241260953222710207,,53.918783615434672448623321,,53.9,
line,2022,economic,2,,0,SGK Devlet Primi Giderleri,207447000,,,,,,,,,4.616091198992789714812894,,50.32064520336514423599487,,33.4,
line,2022,economic,3,,0,Mal ve Hizmet Alımı Giderleri,209560000,,,,,,,,,4.663109476931114996293945,,48.254004188126096553285415,,48.2,
line,2022,economic,5,,0,Cari Transferler,2856420000,,,,,,,,,63.560790093985376492240649,,51.258902231535068000895982,,51.2,
line,2022,economic,6,,0,Sermaye Giderleri,64000000,,,,,,,,,1.424122000971518227537758,,-19.651488330634125519440573,,-19.6,
line,2022,economic,7,,0,Sermaye Transferleri,23600000,,,,,,,,,0.525144987858247346404548,,,,,
total,2022,economic,,,,Toplam,4493997000,,,,,,,,,100,,50.627245249071399507025589,,,
> echo $undefined
error: variable $undefined is not set (set it with `set undefined VALUE`, `--set undefined=VALUE`, or give a default: ${undefined:-VALUE})
> budget ${missing:-2020}
 code  name                                    initial  share %
 1     Personel Giderleri               517.524.000,00    20,61
 2     SGK Devlet Primi Giderleri       101.624.000,00     4,05
 3     Mal ve Hizmet Alımı Giderleri    128.566.000,00     5,12
 5     Cari Transferler               1.716.439.000,00    68,35
 6     Sermaye Giderleri                 47.018.000,00     1,87
 ────  ─────────────────────────────  ────────────────  ───────
       Toplam                         2.511.171.000,00   100,00
TRY · Δ% on initial against the previous year
> set 9lives 1
error: NAME: "9lives" is not a variable name (letters, digits and _, not starting with a digit)
> assert "indicators PP16" rate_pct = 62.46
> assert "indicators PP16" status = "Hedefe Ulaşılamadı"
> assert "indicators PP16" rate_pct > 70 --message "sınır dışı hedefi tutmadı"
error: sınır dışı hedefi tutmadı
  assertion failed: `indicators PP16` rate_pct is 62.46, expected > 70
> assert "indicators --goal H1.2" PG1.2.3 rate_pct = 57.14 --tolerance 0.01
> assert "indicators --goal H1.2" PG9 rate_pct = 1
error: `indicators --goal H1.2` has no row PG9
> assert "show PP16" target = 75000
> assert "budget 2021" total spent >= 4105475417.12
> assert "indicators" rate_pct = 1
error: `indicators` gives 58 rows: name the ROW to check
> source Tests/EndToEndTests/Fixtures/scripts/cycle-a.senaryo
    id                kind             year  institution             title                      goals  indicators  budget  series
 *  goc-idaresi-2021  activity-report  2021  Göç İdaresi Başkanlığı  2021 Yılı Faaliyet Raporu     46          58      16      66
cycle-b.senaryo:2: error: cycle-a.senaryo sources itself (cycle-a.senaryo → cycle-b.senaryo → cycle-a.senaryo)
error: cycle-b.senaryo did not complete
error: Tests/EndToEndTests/Fixtures/scripts/cycle-a.senaryo did not complete
> record .build/transcript-record.senaryo --changes-only --force
recording to .build/transcript-record.senaryo (changes only)
> settings bands 75 100
bands 75 100
> indicators PP4
 code  goal       name                                                   A       B       C  rate %  status              stated %  stated status
 PP4   P1.SP3.O1  Başkanlığa bağlı geri gönderme merkezlerinin to…  20.000  22.600  16.000   70,80  Hedefe Ulaşılamadı        80  Hedefe Kısmen Ulaşıldı
1 of 58 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 75/100
> record stop
stopped recording to .build/transcript-record.senaryo
> history
  n  command
  1  set year 2021 --default
  2  set dataset goc-idaresi-2021 --default
  3  load /.*/SampleData/goc-idaresi-2021 --replace (re)
  4  use goc-idaresi-2021
  5  indicators PP --status not-reached     --year 2021
  6  assert "indicators PP --status not-reached --year 2021" rows = 8
  7  assert "budget 2021" total revised = 4127115489
  8  set
  9  set year 2022
 10  budget 2022 --format csv
 11  budget 2020
 12  assert "indicators PP16" rate_pct = 62.46
 13  assert "indicators PP16" status = "Hedefe Ulaşılamadı"
 14  assert "indicators --goal H1.2" PG1.2.3 rate_pct = 57.14 --tolerance 0.01
 15  assert "show PP16" target = 75000
 16  assert "budget 2021" total spent >= 4105475417.12
 17  datasets
 18  settings bands 75 100
 19  indicators PP4
> history save .build/transcript-history.senaryo --changes-only --force
saved 7 commands to .build/transcript-history.senaryo
[exit 1]
