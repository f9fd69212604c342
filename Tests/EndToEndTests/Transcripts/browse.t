> load SampleData/goc-idaresi-2021
loaded goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu
  46 goals · 58 indicators · 16 budget lines · 66 series values
> load SampleData/iletisim-sp-2020-2024
loaded iletisim-sp-2020-2024 — T.C. Cumhurbaşkanlığı İletişim Başkanlığı, 2020-2024 Dönemi İletişim Başkanlığı Stratejik Planı
  19 goals · 0 indicators · 0 budget lines · 0 series values
> datasets
    id                     kind             year  institution                       title                                     goals  indicators  budget  series
 *  goc-idaresi-2021       activity-report  2021  Göç İdaresi Başkanlığı            2021 Yılı Faaliyet Raporu                    46          58      16      66
    iletisim-sp-2020-2024  strategic-plan         T.C. Cumhurbaşkanlığı İletişim …  2020-2024 Dönemi İletişim Başkanlığı St…     19           0       0       0
> use goc-idaresi-2021
using goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu, 2021
> goals A2
 code    level      title                                                                   related  perf %  status              stated %
 A2      aim        Düzensiz göçte temel insan hak ve özgürlüklerine saygılı, uluslararas…            54,17  Hedefe Ulaşılamadı
   H2.1  objective  Düzensiz göçle mücadele edilebilmesi ve sınır dışı etme mekanizmasını…           100,00  Hedefe Ulaşıldı          100
   H2.2  objective  Geri kabul kapsamında yürütülen tüm iş ve işlemleri uluslararası huku…             0,00  Hedefe Ulaşılamadı        90
   H2.3  objective  Ulusal ve uluslararası hukuk çerçevesinde düzensiz göçmenlerin gönüll…            62,50  Hedefe Ulaşılamadı        85
4 of 46 goals · indicator rates capped at 100 in roll-ups
> goals --level aim --format csv
code,parent,depth,level,title,responsible,related,performance_pct,status,method,rollup,weight_total,reported_performance_pct,other_rollup_pct,band_changers
A1,,0,aim,Yabancıların düzenli göç kapsamındaki iş ve işlemlerinin hızlı ve etkin bir şekilde yürütülmesini sağlamak,,,63.605442176870748299319728,Hedefe Ulaşılamadı,children-mean,capped,,,,
A2,,0,aim,"Düzensiz göçte temel insan hak ve özgürlüklerine saygılı, uluslararası standartlara uygun, en iyi örneklerle ve güncel gelişmelerle göç yönetimine ilişkin tüm unsurların sürekli gözden geçirildiği, proaktif bir göç yönetimi oluşturmak",,,54.166666666666666666666667,Hedefe Ulaşılamadı,children-mean,capped,,,,
A3,,0,aim,Ülkemizden gerek bireysel gerekse kitlesel olarak koruma talep eden yabancıların tüm iş ve işlemlerini uluslararası temel insan haklarını güvence altına alarak etkin bir şekilde gerçekleştirmek,,,100,Hedefe Ulaşıldı,children-mean,capped,,,,
A4,,0,aim,İnsan ticaretiyle mücadele ve mağdurların korunması alanında uluslararası hukuk perspektifiyle mağdur odaklı etkin bir koruma ve mücadele sistemi geliştirmek,,,100,Hedefe Ulaşıldı,children-mean,capped,,,,
A5,,0,aim,Ülkemizdeki yabancıların toplumla olan karşılıklı uyumlarını desteklemek,,,97.407261904761904761904762,Hedefe Kısmen Ulaşıldı,children-mean,capped,,,,
A6,,0,aim,"Kaynakları ekonomik ve verimli kullanan, yönetim ve organizasyon yapısını sürekli iyileştiren etkin bir kurumsal yapı oluşturmak",,,91.083333333333333333333334,Hedefe Kısmen Ulaşıldı,children-mean,capped,,,,
> indicators --goal H1.2
 code     goal  name                                                      A          B          C  rate %  status              stated %  stated status
 PG1.2.2  H1.2  e-İkamet başvuru sayısı (adet)                    1.050.000  5.050.000  5.735.944  100,00  Hedef Aşıldı             100
 PG1.2.3  H1.2  Düzenlenen eğitim sayısı (adet)                           6         27         18   57,14  Hedefe Ulaşılamadı     57,15
 PG1.2.4  H1.2  Teknik alt yapı ve entegrasyon sisteminin tamam…         70         85         85  100,00  Hedefe Ulaşıldı          100
 PG1.2.5  H1.2  Oluşturulan/ güncellenen mevzuat sayısı (adet)           12         42         42  100,00  Hedefe Ulaşıldı          100
4 of 58 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 80/100
> indicators PP1 --quarters
PP1 is taken as a prefix: PP1, PP10–PP19
 code  goal       name                                                      A          B       Q1         Q2         Q3         Q4          C  rate %  status                  stated %  stated status
 PP1   P1.SP3.O1  Aktif ikamet izni sayısı                          1.101.030  1.300.000  946.429  1.076.639  1.148.444  1.244.799  1.244.799   95,75  Hedefe Kısmen Ulaşıldı      95,8  Hedefe Kısmen Ulaşıldı
 PP10  P1.SP3.O1  Gönüllü ve güvenli geri dönüş programından yara…         80         80        5          5          5       7,82      22,82   28,53  Hedefe Ulaşılamadı         28,52  Hedefe Ulaşılamadı
 PP11  P1.SP3.O1  Gönüllü ve güvenli geri dönüşlerdeki artış               27         10     0,92          3       3,60       2,48         10  100,00  Hedefe Ulaşıldı              100  Hedefe Ulaşıldı
 PP12  P1.SP3.O1  Görüş verilen çalışma izni/vizesi sayısı             40.178     40.000    6.172     11.782      8.792      5.207     31.953   79,88  Hedefe Ulaşılamadı            80  Hedefe kısmen Ulaşıldı
 PP13  P1.SP3.O1  Kurulan Göç Danışma Merkezi sayısı                       15         16       15         15         15         15         15   93,75  Hedefe Kısmen Ulaşıldı         0  Hedefe ulaşılamadı
 PP14  P1.SP3.O1  Personel sayısının artış oranı                           27          5     0,05       0,13       1,04       2,29       3,51   70,20  Hedefe Ulaşılamadı            70  Hedefe ulaşılamadı
 PP15  P1.SP3.O1  Sığınma Evi sayısı                                        3          4        3          3          3          2          2   50,00  Hedefe Ulaşılamadı             0  Hedefe Ulaşılamadı
 PP16  P1.SP3.O1  Sınır Dışı edilen yabancı sayısı                    103.858     75.000   10.343     11.297     12.941     12.264     46.845   62,46  Hedefe Ulaşılamadı         62,46  Hedefe Ulaşılamadı
 PP17  P1.SP3.O1  Sonuçlandırılan ön izne tabi vize sayısı            177.192    200.000   40.222     53.025     63.329     57.499    214.075  107,04  Hedef Aşıldı               58,54  Hedef aşıldı
 PP18  P1.SP3.O1  Sonuçlandırılan uluslararası koruma başvuru say…     21.500     40.000   10.764     11.011     12.319     15.744     49.838  124,60  Hedef Aşıldı               124,5  Hedef Aşıldı
 PP19  P1.SP3.O1  Tanımlanan insan ticareti mağduru sayısı                215        270       77        115         99        151        442  163,70  Hedef Aşıldı               205,5  Hedef Aşıldı
11 of 58 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 80/100
> indicators --search "SINIR DIŞI"
 code  goal       name                                    A       B       C  rate %  status              stated %  stated status
 PP16  P1.SP3.O1  Sınır Dışı edilen yabancı sayısı  103.858  75.000  46.845   62,46  Hedefe Ulaşılamadı     62,46  Hedefe Ulaşılamadı
1 of 58 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 80/100
> budget 2021
 code  name                                    initial             added        deducted           revised             spent      remaining  real %  share %  spent share %     Δ%  stated %  stated Δ%
 1     Personel Giderleri               736.083.000,00    357.631.000,00  264.131.000,00    829.583.000,00    827.605.175,00   1.977.825,00   99,76    20,10          20,16  42,23     99,76      42,23
 2     SGK Devlet Primi Giderleri       138.003.000,00     29.156.000,00    2.365.000,00    164.794.000,00    164.089.326,00     704.674,00   99,57     3,99           4,00  35,80     99,57       35,8
 3     Mal ve Hizmet Alımı Giderleri    141.352.000,00    191.332.500,00   18.258.500,00    314.426.000,00    309.779.558,12   4.646.441,88   98,52     7,62           7,55   9,95     98,52        9,9
 5     Cari Transferler               1.888.431.000,00    833.500.000,00    3.108.000,00  2.718.823.000,00  2.718.543.245,00     279.755,00   99,99    65,88          66,22  10,02     99,98         10
 6     Sermaye Giderleri                 79.653.000,00     48.061.380,00   28.224.890,00     99.489.489,00     85.458.113,00  14.031.376,00   85,90     2,41           2,08  69,41      85,9       69,4
 ────  ─────────────────────────────  ────────────────  ────────────────  ──────────────  ────────────────  ────────────────  ─────────────  ──────  ───────  ─────────────  ─────  ────────  ─────────
       Toplam                         2.983.522.000,00  1.459.680.880,00  316.087.390,00  4.127.115.489,00  4.105.475.417,12  21.640.071,88   99,48   100,00         100,00  18,81
TRY · Δ% on initial against the previous year
> budget --format json 2022
[
  {"kind": "line", "year": 2022, "classification": "economic", "code": "1", "parent": null, "depth": 0, "name": "Personel Giderleri", "initial": 1132970000, "added": null, "deducted": null, "revised": null, "spent": null, "cancelled": null, "remaining": null, "rolled_up": "", "realisation_pct": null, "share_pct": 25.210742241260953222710207, "spent_share_pct": null, "change_pct": 53.918783615434672448623321, "reported_rate_pct": null, "reported_change_pct": 53.9, "real": null},
  {"kind": "line", "year": 2022, "classification": "economic", "code": "2", "parent": null, "depth": 0, "name": "SGK Devlet Primi Giderleri", "initial": 207447000, "added": null, "deducted": null, "revised": null, "spent": null, "cancelled": null, "remaining": null, "rolled_up": "", "realisation_pct": null, "share_pct": 4.616091198992789714812894, "spent_share_pct": null, "change_pct": 50.32064520336514423599487, "reported_rate_pct": null, "reported_change_pct": 33.4, "real": null},
  {"kind": "line", "year": 2022, "classification": "economic", "code": "3", "parent": null, "depth": 0, "name": "Mal ve Hizmet Alımı Giderleri", "initial": 209560000, "added": null, "deducted": null, "revised": null, "spent": null, "cancelled": null, "remaining": null, "rolled_up": "", "realisation_pct": null, "share_pct": 4.663109476931114996293945, "spent_share_pct": null, "change_pct": 48.254004188126096553285415, "reported_rate_pct": null, "reported_change_pct": 48.2, "real": null},
  {"kind": "line", "year": 2022, "classification": "economic", "code": "5", "parent": null, "depth": 0, "name": "Cari Transferler", "initial": 2856420000, "added": null, "deducted": null, "revised": null, "spent": null, "cancelled": null, "remaining": null, "rolled_up": "", "realisation_pct": null, "share_pct": 63.560790093985376492240649, "spent_share_pct": null, "change_pct": 51.258902231535068000895982, "reported_rate_pct": null, "reported_change_pct": 51.2, "real": null},
  {"kind": "line", "year": 2022, "classification": "economic", "code": "6", "parent": null, "depth": 0, "name": "Sermaye Giderleri", "initial": 64000000, "added": null, "deducted": null, "revised": null, "spent": null, "cancelled": null, "remaining": null, "rolled_up": "", "realisation_pct": null, "share_pct": 1.424122000971518227537758, "spent_share_pct": null, "change_pct": -19.651488330634125519440573, "reported_rate_pct": null, "reported_change_pct": -19.6, "real": null},
  {"kind": "line", "year": 2022, "classification": "economic", "code": "7", "parent": null, "depth": 0, "name": "Sermaye Transferleri", "initial": 23600000, "added": null, "deducted": null, "revised": null, "spent": null, "cancelled": null, "remaining": null, "rolled_up": "", "realisation_pct": null, "share_pct": 0.525144987858247346404548, "spent_share_pct": null, "change_pct": null, "reported_rate_pct": null, "reported_change_pct": null, "real": null},
  {"kind": "total", "year": 2022, "classification": "economic", "code": null, "parent": null, "depth": null, "name": "Toplam", "initial": 4493997000, "added": null, "deducted": null, "revised": null, "spent": null, "cancelled": null, "remaining": null, "rolled_up": null, "realisation_pct": null, "share_pct": 100, "spent_share_pct": null, "change_pct": 50.627245249071399507025589, "reported_rate_pct": null, "reported_change_pct": null, "real": null}
]
> budget 2020 --classification economic
 code  name                                    initial  share %
 1     Personel Giderleri               517.524.000,00    20,61
 2     SGK Devlet Primi Giderleri       101.624.000,00     4,05
 3     Mal ve Hizmet Alımı Giderleri    128.566.000,00     5,12
 5     Cari Transferler               1.716.439.000,00    68,35
 6     Sermaye Giderleri                 47.018.000,00     1,87
 ────  ─────────────────────────────  ────────────────  ───────
       Toplam                         2.511.171.000,00   100,00
TRY · Δ% on initial against the previous year
> series budget.total.revised
 series                name           unit  year  period          value     Δ%  stated Δ%
 budget.total.revised  Toplam Ödenek  TL    2019          2.935.799.766
 budget.total.revised  Toplam Ödenek  TL    2020          3.566.465.728  21,48
 budget.total.revised  Toplam Ödenek  TL    2021          4.127.115.490  15,72
3 of 66 series values
> show H1.2
goal H1.2
  code                  H1.2
  level                 objective
  düzey                 Hedef
  title                 İkamet izni işlemlerini daha hızlı ve etkin bir şekilde gerçekleştirmek
  parent                A1 — Yabancıların düzenli göç kapsamındaki iş ve işlemlerinin hızlı ve etkin bir şekilde yürütülmesini sağlamak
  responsible           Yabancılar Genel Müdürlüğü
  stated performance %  94,43
  indicators            PG1.2.2, PG1.2.3, PG1.2.4, PG1.2.5
> show PP16 --format json
{
  "code": "PP16",
  "year": 2021,
  "name": "Sınır Dışı edilen yabancı sayısı",
  "goal": "P1.SP3.O1",
  "unit": "Sayı",
  "direction": "increase",
  "aggregation": "sum",
  "weight_pct": null,
  "baseline": 103858,
  "baseline_year": 2019,
  "target": 75000,
  "q1": 10343,
  "q2": 11297,
  "q3": 12941,
  "q4": 12264,
  "actual": 46845,
  "reported_rate_pct": 62.46,
  "reported_status": "Hedefe Ulaşılamadı",
  "responsible": null,
  "source": "Tablo 9"
}
{
  "rate_pct": 62.46,
  "status": "Hedefe Ulaşılamadı (below 80)",
  "formula": "realisation C / B × 100",
  "basis": "a monitoring row with no weight in its objective (activity-report; settings basis auto)",
  "baseline": 103858,
  "target": 75000,
  "year_end": 46845,
  "year_end_source": "the stated actual (the quarters give the same by sum)",
  "performance_pct": 100
}
> show 6 --year 2021
budget line 6 (2021, economic)
  year              2021
  classification    economic
  code              6
  name              Sermaye Giderleri
  initial (KBÖ)     79.653.000
  added             48.061.380
  deducted          28.224.890
  revised (stated)  99.489.489
  spent             85.458.113
  stated rate %     85,9
  stated change %   69,4
  currency          TRY
> goals --dataset iletisim-sp-2020-2024 --search kurumsal
 code  level  title                              related  perf %  status  stated %
 A6    aim    Kurumsal kapasiteyi güçlendirmek.
1 of 19 goals · indicator rates capped at 100 in roll-ups
> format markdown
> indicators --goal H2.1
| code | goal | name | A | B | C | rate % | status | stated % | stated status |
| --- | --- | --- | --- | ---: | ---: | ---: | --- | ---: | --- |
| PG2.1.1 | H2.1 | İşbirliğini artırıcı etkinlik sayısı (adet) |  | 4 | 40 | 100,00 | Hedef Aşıldı | 100 |  |
| PG2.1.2 | H2.1 | Elektronik olarak veri entegrasyonu yapılan kurum sayısı (adet) |  | 5 | 5 | 100,00 | Hedefe Ulaşıldı | 100 |  |
| PG2.1.3 | H2.1 | Oluşturulan/ değiştirilen mevzuat sayısı (adet) |  | 4 | 6 | 100,00 | Hedef Aşıldı | 100 |  |

3 of 58 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 80/100
> sql "SELECT year, count(*) AS lines FROM budget_line WHERE dataset_id = 'goc-idaresi-2021' GROUP BY year"
| year | lines |
| ---: | ---: |
| 2020 | 5 |
| 2021 | 5 |
| 2022 | 6 |

3 rows
> sql "SELECT code, spent FROM budget_line WHERE year = 2021 AND code IN ('3', '5')" --format csv
code,spent
3,309779558.12
5,2718543245
> sql "UPDATE dataset SET title = 'x'"
error: sql: SQLite error 8: sql is read-only: only SELECT, WITH and read-only PRAGMA statements run
> sql "SELECT nope FROM dataset"
error: sql: SQLite error 1: no such column: nope - while executing `SELECT nope FROM dataset`
> format table
> chart budget 2021 --amount spent
goc-idaresi-2021: 2021 Ekonomik — spent (TRY)
1 Personel Giderleri            │█████████████▍                               827.605.175 (%20,1)
2 SGK Devlet Primi Giderleri    │██▋                                          164.089.326 (%4,0)
3 Mal ve Hizmet Alımı Giderleri │█████                                        309.779.558 (%7,6)
5 Cari Transferler              │████████████████████████████████████████████ 2.718.543.245 (%65,9)
6 Sermaye Giderleri             │█▍                                           85.458.113 (%2,4)
> chart indicators --prefix PP1
goc-idaresi-2021: indicator rates (%)
PP1 Aktif ikamet izni sayısı         │██████████████████▋┊             95,75 Hedefe Kısmen Ulaşıldı
PP10 Gönüllü ve güvenli geri dönüş … │█████▌         ┊   ┊             28,53 Hedefe Ulaşılamadı
PP11 Gönüllü ve güvenli geri dönüşl… │███████████████████▌             100,00 Hedefe Ulaşıldı
PP12 Görüş verilen çalışma izni/viz… │███████████████▌   ┊             79,88 Hedefe Ulaşılamadı
PP13 Kurulan Göç Danışma Merkezi sa… │██████████████████▎┊             93,75 Hedefe Kısmen Ulaşıldı
PP14 Personel sayısının artış oranı  │█████████████▋ ┊   ┊             70,20 Hedefe Ulaşılamadı
PP15 Sığınma Evi sayısı              │█████████▊     ┊   ┊             50,00 Hedefe Ulaşılamadı
PP16 Sınır Dışı edilen yabancı sayı… │████████████▏  ┊   ┊             62,46 Hedefe Ulaşılamadı
PP17 Sonuçlandırılan ön izne tabi v… │████████████████████▉            107,04 Hedef Aşıldı
PP18 Sonuçlandırılan uluslararası k… │████████████████████████▎        124,60 Hedef Aşıldı
PP19 Tanımlanan insan ticareti mağd… │████████████████████████████████ 163,70 Hedef Aşıldı
                                      ┊ at 80, 100
> chart indicators --prefix PP2 --max 150
goc-idaresi-2021: indicator rates (%)
PP2 Dil, meslek, hobi gibi uyuma yö… │███████████████▌┊        97,22 Hedefe Kısmen Ulaşıldı
PP20 Tespit edilen özel ihtiyaç sah… │███████████████████████» 244,54 Hedef Aşıldı (bar cut at 150)
PP21 Uluslararası Kurum ve Kuruluşl… │████████▊   ┊   ┊        55,00 Hedefe Ulaşılamadı
PP22 Yabancılar İletişim Merkezi (Y… │███████████████████████» 160,99 Hedef Aşıldı (bar cut at 150)
                                      ┊ at 80, 100
> chart series budget.total.revised --format json
[
  {"label": "2019", "value": 2935799766, "note": "2.935.799.766"},
  {"label": "2020", "value": 3566465728, "note": "3.566.465.728"},
  {"label": "2021", "value": 4127115490, "note": "4.127.115.490"}
]
> chart budget 1999
error: no economic budget lines for 1999 in goc-idaresi-2021
[exit 1]
