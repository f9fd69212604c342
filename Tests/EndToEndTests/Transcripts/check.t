> load Tests/EndToEndTests/Fixtures/inconsistent
loaded tutarsiz-2024 — Deneme Başkanlığı, 2024 Yılı Faaliyet Raporu (each kind of inconsistency once)
  3 goals · 7 indicators · 7 budget lines · 3 series values
> check
tutarsiz-2024: 10 disagreements (8 errors, 1 warning, 1 note)
 severity  table           key                        column               stated        derived          message
 error     indicators.csv  PG3 2024                   actual               420           400              the quarters give 400 by sum, the stated year-end is 420 (difference 20)
 error     indicators.csv  PG4 2024                   reported_rate_pct    80            75               performance (C−A)/(B−A) gives 75
 error     indicators.csv  PP1 2024                   reported_status      Hedef Aşıldı  Hedefe Ulaşıldı  the derived rate 100 gives Hedefe Ulaşıldı
 note      indicators.csv  PP3 2024                   reported_rate_pct    96.66         96.6667          realisation C/B 96.6667 truncated, not rounded
 warning   indicators.csv  H1.2 2024                  weight_pct           80            100              the weights of H1.2's indicators total 80, not 100; its roll-up normalises them
 error     budget.csv      2024 economic 03           spent                600           610              its 2 sub-lines add up to 610 (difference -10)
 error     budget.csv      2024 economic 03           reported_change_pct  25            20               change of initial from 2023 gives 20
 error     budget.csv      2024 economic 06           revised              281           280              initial + added − deducted = 280 (difference 1)
 error     budget.csv      2024 economic 06           cancelled            80            81               revised − spent = 81
 error     series.csv      budget.total.revised 2024  value                2180          2181             the economic lines of 2024 add up to 2181 (difference -1)
error: check found 8 errors (--warn-only to report without failing)
> check --severity error --format csv
dataset,severity,table,key,column,stated,derived,message
tutarsiz-2024,error,indicators.csv,PG3 2024,actual,420,400,"the quarters give 400 by sum, the stated year-end is 420 (difference 20)"
tutarsiz-2024,error,indicators.csv,PG4 2024,reported_rate_pct,80,75,performance (C−A)/(B−A) gives 75
tutarsiz-2024,error,indicators.csv,PP1 2024,reported_status,Hedef Aşıldı,Hedefe Ulaşıldı,the derived rate 100 gives Hedefe Ulaşıldı
tutarsiz-2024,error,budget.csv,2024 economic 03,spent,600,610,its 2 sub-lines add up to 610 (difference -10)
tutarsiz-2024,error,budget.csv,2024 economic 03,reported_change_pct,25,20,change of initial from 2023 gives 20
tutarsiz-2024,error,budget.csv,2024 economic 06,revised,281,280,initial + added − deducted = 280 (difference 1)
tutarsiz-2024,error,budget.csv,2024 economic 06,cancelled,80,81,revised − spent = 81
tutarsiz-2024,error,series.csv,budget.total.revised 2024,value,2180,2181,the economic lines of 2024 add up to 2181 (difference -1)
tutarsiz-2024: 10 disagreements (8 errors, 1 warning, 1 note)
error: check found 8 errors (--warn-only to report without failing)
> check --warn-only --severity note --format json
[
  {"dataset": "tutarsiz-2024", "severity": "error", "table": "indicators.csv", "key": "PG3 2024", "column": "actual", "stated": "420", "derived": "400", "message": "the quarters give 400 by sum, the stated year-end is 420 (difference 20)"},
  {"dataset": "tutarsiz-2024", "severity": "error", "table": "indicators.csv", "key": "PG4 2024", "column": "reported_rate_pct", "stated": "80", "derived": "75", "message": "performance (C−A)/(B−A) gives 75"},
  {"dataset": "tutarsiz-2024", "severity": "error", "table": "indicators.csv", "key": "PP1 2024", "column": "reported_status", "stated": "Hedef Aşıldı", "derived": "Hedefe Ulaşıldı", "message": "the derived rate 100 gives Hedefe Ulaşıldı"},
  {"dataset": "tutarsiz-2024", "severity": "note", "table": "indicators.csv", "key": "PP3 2024", "column": "reported_rate_pct", "stated": "96.66", "derived": "96.6667", "message": "realisation C/B 96.6667 truncated, not rounded"},
  {"dataset": "tutarsiz-2024", "severity": "warning", "table": "indicators.csv", "key": "H1.2 2024", "column": "weight_pct", "stated": "80", "derived": "100", "message": "the weights of H1.2's indicators total 80, not 100; its roll-up normalises them"},
  {"dataset": "tutarsiz-2024", "severity": "error", "table": "budget.csv", "key": "2024 economic 03", "column": "spent", "stated": "600", "derived": "610", "message": "its 2 sub-lines add up to 610 (difference -10)"},
  {"dataset": "tutarsiz-2024", "severity": "error", "table": "budget.csv", "key": "2024 economic 03", "column": "reported_change_pct", "stated": "25", "derived": "20", "message": "change of initial from 2023 gives 20"},
  {"dataset": "tutarsiz-2024", "severity": "error", "table": "budget.csv", "key": "2024 economic 06", "column": "revised", "stated": "281", "derived": "280", "message": "initial + added − deducted = 280 (difference 1)"},
  {"dataset": "tutarsiz-2024", "severity": "error", "table": "budget.csv", "key": "2024 economic 06", "column": "cancelled", "stated": "80", "derived": "81", "message": "revised − spent = 81"},
  {"dataset": "tutarsiz-2024", "severity": "error", "table": "series.csv", "key": "budget.total.revised 2024", "column": "value", "stated": "2180", "derived": "2181", "message": "the economic lines of 2024 add up to 2181 (difference -1)"}
]
tutarsiz-2024: 10 disagreements (8 errors, 1 warning, 1 note)
> load SampleData/goc-idaresi-2021
loaded goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu
  46 goals · 58 indicators · 16 budget lines · 66 series values
> check goc-idaresi-2021 --warn-only
goc-idaresi-2021: 45 disagreements (13 errors, 22 warnings, 10 notes)
 severity  table           key                        column                    stated                  derived                 message
 error     indicators.csv  PP3 2021                   actual                    1466802                 1466140                 the quarters give 1466140 by sum, the stated year-end is 1466802 (difference 662)
 error     indicators.csv  PP4 2021                   reported_rate_pct         80                      70.7965                 realisation C/B gives 70.7965
 error     indicators.csv  PP4 2021                   reported_status           Hedefe Kısmen Ulaşıldı  Hedefe Ulaşılamadı      the derived rate 70.7965 gives Hedefe Ulaşılamadı
 note      indicators.csv  PP5 2021                   reported_rate_pct         166                     166.6667                realisation C/B 166.6667 truncated, not rounded
 note      indicators.csv  PP7 2021                   reported_rate_pct         133.7                   133.75                  realisation C/B 133.75 truncated, not rounded
 warning   indicators.csv  PP12 2021                  reported_status           Hedefe kısmen Ulaşıldı  Hedefe Ulaşılamadı      status follows the printed rate 80; the exact rate 79.8825 gives Hedefe Ulaşılamadı
 warning   indicators.csv  PP13 2021                  reported_rate_pct         0                       93.75                   stated value matches performance (C−A)/(B−A) limited to 0..100 (0), not the realisation
                                                                                                                                C/B this row's status uses (93.75)
 warning   indicators.csv  PP13 2021                  reported_status           Hedefe ulaşılamadı      Hedefe Kısmen Ulaşıldı  status follows the printed rate 0; the exact rate 93.75 gives Hedefe Kısmen Ulaşıldı
 warning   indicators.csv  PP15 2021                  reported_rate_pct         0                       50                      stated value matches performance (C−A)/(B−A) limited to 0..100 (0), not the realisation
                                                                                                                                C/B this row's status uses (50)
 error     indicators.csv  PP17 2021                  reported_rate_pct         58.54                   107.0375                realisation C/B gives 107.0375
 note      indicators.csv  PP18 2021                  reported_rate_pct         124.5                   124.595                 realisation C/B 124.595 truncated, not rounded
 error     indicators.csv  PP19 2021                  reported_rate_pct         205.5                   163.7037                realisation C/B gives 163.7037
 error     indicators.csv  PP22 2021                  actual                    4024862                 4024782                 the quarters give 4024782 by sum, the stated year-end is 4024862 (difference 80)
 note      indicators.csv  PP22 2021                  reported_rate_pct         160.9                   160.9945                realisation C/B 160.9945 truncated, not rounded
 warning   indicators.csv  PG1.2.3 2021               reported_rate_pct         57.15                   57.1429                 performance (C−A)/(B−A) is 57.1429: off by one in the last printed digit
 note      indicators.csv  PG2.3.1 2021               reported_rate_pct         66                      66.6667                 performance (C−A)/(B−A) 66.6667 truncated, not rounded
 warning   indicators.csv  PG5.2.3 2021               reported_rate_pct         60                      58.5162                 stated value matches realisation C/B (60.4018), not the performance (C−A)/(B−A) this row's
                                                                                                                                status uses (58.5162)
 error     indicators.csv  PG6.2.4 2021               reported_rate_pct         97                      55                      performance (C−A)/(B−A) gives 55
 warning   indicators.csv  PG6.3.1 2021               reported_rate_pct         50                      40                      stated value matches realisation C/B (50), not the performance (C−A)/(B−A) this row's
                                                                                                                                status uses (40)
 warning   indicators.csv  PG6.3.2 2021               reported_rate_pct         92                      66.6667                 stated value matches realisation C/B (92.3077), not the performance (C−A)/(B−A) this row's
                                                                                                                                status uses (66.6667)
 warning   indicators.csv  PG6.4.3 2021               reported_rate_pct         144                     100                     stated value matches realisation C/B (143.7379), not the performance (C−A)/(B−A) this
                                                                                                                                row's status uses (100)
 warning   indicators.csv  H1.2 2021                  weight_pct                70                      100                     the weights of H1.2's indicators total 70, not 100; its roll-up normalises them
 warning   indicators.csv  H2.2 2021                  weight_pct                10                      100                     the weights of H2.2's indicators total 10, not 100; its roll-up normalises them
 warning   indicators.csv  H2.3 2021                  weight_pct                40                      100                     the weights of H2.3's indicators total 40, not 100; its roll-up normalises them
 warning   indicators.csv  H3.1 2021                  weight_pct                60                      100                     the weights of H3.1's indicators total 60, not 100; its roll-up normalises them
 warning   indicators.csv  H4.1 2021                  weight_pct                20                      100                     the weights of H4.1's indicators total 20, not 100; its roll-up normalises them
 warning   indicators.csv  H4.3 2021                  weight_pct                30                      100                     the weights of H4.3's indicators total 30, not 100; its roll-up normalises them
 warning   indicators.csv  H5.1 2021                  weight_pct                85                      100                     the weights of H5.1's indicators total 85, not 100; its roll-up normalises them
 warning   indicators.csv  H5.4 2021                  weight_pct                20                      100                     the weights of H5.4's indicators total 20, not 100; its roll-up normalises them
 warning   indicators.csv  H6.1 2021                  weight_pct                10                      100                     the weights of H6.1's indicators total 10, not 100; its roll-up normalises them
 warning   indicators.csv  H6.2 2021                  weight_pct                45                      100                     the weights of H6.2's indicators total 45, not 100; its roll-up normalises them
 warning   indicators.csv  H6.4 2021                  weight_pct                70                      100                     the weights of H6.4's indicators total 70, not 100; its roll-up normalises them
 warning   goals.csv       H1.3 2021                  reported_performance_pct  33.34                   33.3333                 matches the roll-up of the report's stated indicator rates (33.334), not of the derived
                                                                                                                                rates (33.3333)
 warning   goals.csv       H6.3 2021                  reported_performance_pct  88.5                    74.3333                 matches the roll-up of the report's stated indicator rates (88.5), not of the derived
                                                                                                                                rates (74.3333)
 note      budget.csv      2021 economic 5            reported_rate_pct         99.98                   99.9897                 spent / revised 99.9897 truncated, not rounded
 error     budget.csv      2021 economic 6            revised                   99489489                99489490                initial + added − deducted = 99489490 (difference -1)
 error     budget.csv      2022 economic 2            reported_change_pct       33.4                    50.3206                 change of initial from 2021 gives 50.3206
 note      budget.csv      2022 economic 3            reported_change_pct       48.2                    48.254                  change of initial from 2021 48.254 truncated, not rounded
 note      budget.csv      2022 economic 5            reported_change_pct       51.2                    51.2589                 change of initial from 2021 51.2589 truncated, not rounded
 note      budget.csv      2022 economic 6            reported_change_pct       -19.6                   -19.6515                change of initial from 2021 -19.6515 truncated, not rounded
 error     series.csv      budget.total.initial 2022  value                     4517597000              4493997000              the economic lines of 2022 add up to 4493997000 (difference 23600000)
 error     series.csv      budget.total.revised 2021  value                     4127115490              4127115489              the economic lines of 2021 add up to 4127115489 (difference 1)
 error     series.csv      budget.total.spent 2021    value                     4105475418              4105475417.12           the economic lines of 2021 add up to 4105475417.12 (difference 0.88)
 note      series.csv      budget.total.rate 2021     value                     99.47                   99.4757                 spent / revised of the economic lines of 2021 99.4757 truncated, not rounded
 error     series.csv      budget.total.change 2022   value                     51.4                    50.6272                 change of initial of the economic lines of 2022 gives 50.6272
> indicators --status not-reached --dataset goc-idaresi-2021
 code     goal       name                                                    A        B       C  rate %  status              stated %  stated status
 PP4      P1.SP3.O1  Başkanlığa bağlı geri gönderme merkezlerinin to…   20.000   22.600  16.000   70,80  Hedefe Ulaşılamadı        80  Hedefe Kısmen Ulaşıldı
 PP6      P1.SP3.O1  Gerçekleştirilen hizmet içi eğitim sayısı              15       17       6   35,29  Hedefe Ulaşılamadı        35  Hedefe Ulaşılamadı
 PP10     P1.SP3.O1  Gönüllü ve güvenli geri dönüş programından yara…       80       80   22,82   28,53  Hedefe Ulaşılamadı     28,52  Hedefe Ulaşılamadı
 PP12     P1.SP3.O1  Görüş verilen çalışma izni/vizesi sayısı           40.178   40.000  31.953   79,88  Hedefe Ulaşılamadı        80  Hedefe kısmen Ulaşıldı
 PP14     P1.SP3.O1  Personel sayısının artış oranı                         27        5    3,51   70,20  Hedefe Ulaşılamadı        70  Hedefe ulaşılamadı
 PP15     P1.SP3.O1  Sığınma Evi sayısı                                      3        4       2   50,00  Hedefe Ulaşılamadı         0  Hedefe Ulaşılamadı
 PP16     P1.SP3.O1  Sınır Dışı edilen yabancı sayısı                  103.858   75.000  46.845   62,46  Hedefe Ulaşılamadı     62,46  Hedefe Ulaşılamadı
 PP21     P1.SP3.O1  Uluslararası Kurum ve Kuruluşlar tarafından mal…        9       20      11   55,00  Hedefe Ulaşılamadı        55  Hedefe Ulaşılamadı
 PG1.2.3  H1.2       Düzenlenen eğitim sayısı (adet)                         6       27      18   57,14  Hedefe Ulaşılamadı     57,15
 PG1.3.1  H1.3       İskân Kanunu kapsamında sonuçlandırılan ortalam…               181       0    0,00  Hedefe Ulaşılamadı         0
 PG1.3.3  H1.3       Düzenlenen eğitim sayısı (adet)                         3       12       9   66,67  Hedefe Ulaşılamadı     66,67
 PG1.3.4  H1.3       Oluşturulan/ güncellenen mevzuat sayısı (adet)                   3       2   66,67  Hedefe Ulaşılamadı     66,67
 PG2.2.2  H2.2       Oluşturulan / Değiştirilen mevzuat sayısı (adet)                 1       0    0,00  Hedefe Ulaşılamadı         0
 PG2.3.1  H2.3       İşbirliği yapılan paydaş sayısı (adet)                           6       4   66,67  Hedefe Ulaşılamadı        66
 PG2.3.3  H2.3       Oluşturulan / değiştirilen mevzuat sayısı (adet)                 2       1   50,00  Hedefe Ulaşılamadı        50
 PG5.2.3  H5.2       Çocuklara dağıtılan uyum materyali sayısı (adet)    5.000  110.000  66.442   58,52  Hedefe Ulaşılamadı        60
 PG6.2.4  H6.2       Kazanılan dava sayısının toplam dava sayısına o…       52       72      63   55,00  Hedefe Ulaşılamadı        97
 PG6.3.1  H6.3       Stratejik yönetim konusunda verilen eğitim sayı…        1        6       3   40,00  Hedefe Ulaşılamadı        50
 PG6.3.2  H6.3       “İç Kontrol Eylem Planı”ndaki eylemlerin gerçek…       50       65      60   66,67  Hedefe Ulaşılamadı        92
19 of 58 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 80/100
> goals --dataset goc-idaresi-2021 --level objective
 code  level      title                                                                   related  perf %  status                  stated %
 H1.1  objective  Etkin Ülkeye Giriş ve Vize Sistemi
 H1.2  objective  İkamet izni işlemlerini daha hızlı ve etkin bir şekilde gerçekleştirm…            93,88  Hedefe Kısmen Ulaşıldı     94,43
 H1.3  objective  İskâna dair işlemlerin etkinliğinin arttırılmasını sağlamak                       33,33  Hedefe Ulaşılamadı         33,34
 H2.1  objective  Düzensiz göçle mücadele edilebilmesi ve sınır dışı etme mekanizmasını…           100,00  Hedefe Ulaşıldı              100
 H2.2  objective  Geri kabul kapsamında yürütülen tüm iş ve işlemleri uluslararası huku…             0,00  Hedefe Ulaşılamadı            90
 H2.3  objective  Ulusal ve uluslararası hukuk çerçevesinde düzensiz göçmenlerin gönüll…            62,50  Hedefe Ulaşılamadı            85
 H3.1  objective  Ülkemizden bireysel olarak koruma talep eden uluslararası koruma kaps…           100,00  Hedefe Ulaşıldı              100
 H3.2  objective  Etkin ve Hızlı Geçici Koruma
 H4.1  objective  İnsan ticaretine ilişkin kapsamlı ve mağdur odaklı bir yaklaşım geliş…           100,00  Hedefe Ulaşıldı             89,5
 H4.2  objective  İnsan ticaretiyle mücadele ve mağdurların korunması alanında yasal ve…           100,00  Hedefe Ulaşıldı              100
 H4.3  objective  Yerel yönetimlerle ve sivil toplum kuruluşlarıyla (STK) işbirliği içe…           100,00  Hedefe Ulaşıldı            64,65
 H5.1  objective  Müstakil bir uyum eğitim programının oluşturulmasını, yabancıların uy…           100,00  Hedefe Ulaşıldı              100
 H5.2  objective  Başta çocuklar olmak üzere ülkemizde yasal olarak bulunan tüm yabancı…            89,63  Hedefe Kısmen Ulaşıldı        90
 H5.3  objective  Uyum konusunda ilgili tüm paydaşlar ile koordinasyonu sağlayarak etki…           100,00  Hedefe Ulaşıldı              100
 H5.4  objective  Başkanlığımızın görev alanına giren konular hakkında kamuoyunu düzenl…           100,00  Hedefe Ulaşıldı             92,5
 H6.1  objective  Kurum misyonuna yönelik beşeri ve fiziki kaynakların yapısını ve nite…           100,00  Hedefe Ulaşıldı              100
 H6.2  objective  Genel Müdürlük ve taşra teşkilatının fiziki, teknolojik, hukuki ve de…            90,00  Hedefe Kısmen Ulaşıldı      95,7
 H6.3  objective  Stratejik yönetim anlayışına dayanan yönetim ve organizasyon yapısını…            74,33  Hedefe Ulaşılamadı          88,5
 H6.4  objective  Kurumun vizyonuna yönelik mali kaynaklarını çeşitlendirmek, faaliyetl…           100,00  Hedefe Ulaşıldı              100
19 of 46 goals · indicator rates capped at 100 in roll-ups
> budget --dataset goc-idaresi-2021
 year  code  name                                    initial             added        deducted           revised             spent      remaining  real %  share %  spent share %      Δ%  stated %  stated Δ%
 2020  1     Personel Giderleri               517.524.000,00                                                                                                 20,61
 2020  2     SGK Devlet Primi Giderleri       101.624.000,00                                                                                                  4,05
 2020  3     Mal ve Hizmet Alımı Giderleri    128.566.000,00                                                                                                  5,12
 2020  5     Cari Transferler               1.716.439.000,00                                                                                                 68,35
 2020  6     Sermaye Giderleri                 47.018.000,00                                                                                                  1,87
 2021  1     Personel Giderleri               736.083.000,00    357.631.000,00  264.131.000,00    829.583.000,00    827.605.175,00   1.977.825,00   99,76    20,10          20,16   42,23     99,76      42,23
 2021  2     SGK Devlet Primi Giderleri       138.003.000,00     29.156.000,00    2.365.000,00    164.794.000,00    164.089.326,00     704.674,00   99,57     3,99           4,00   35,80     99,57       35,8
 2021  3     Mal ve Hizmet Alımı Giderleri    141.352.000,00    191.332.500,00   18.258.500,00    314.426.000,00    309.779.558,12   4.646.441,88   98,52     7,62           7,55    9,95     98,52        9,9
 2021  5     Cari Transferler               1.888.431.000,00    833.500.000,00    3.108.000,00  2.718.823.000,00  2.718.543.245,00     279.755,00   99,99    65,88          66,22   10,02     99,98         10
 2021  6     Sermaye Giderleri                 79.653.000,00     48.061.380,00   28.224.890,00     99.489.489,00     85.458.113,00  14.031.376,00   85,90     2,41           2,08   69,41      85,9       69,4
 2022  1     Personel Giderleri             1.132.970.000,00                                                                                                 25,21                  53,92                 53,9
 2022  2     SGK Devlet Primi Giderleri       207.447.000,00                                                                                                  4,62                  50,32                 33,4
 2022  3     Mal ve Hizmet Alımı Giderleri    209.560.000,00                                                                                                  4,66                  48,25                 48,2
 2022  5     Cari Transferler               2.856.420.000,00                                                                                                 63,56                  51,26                 51,2
 2022  6     Sermaye Giderleri                 64.000.000,00                                                                                                  1,42                 -19,65                -19,6
 2022  7     Sermaye Transferleri              23.600.000,00                                                                                                  0,53
 ────  ────  ─────────────────────────────  ────────────────  ────────────────  ──────────────  ────────────────  ────────────────  ─────────────  ──────  ───────  ─────────────  ──────  ────────  ─────────
 2020        Toplam 2020 Ekonomik           2.511.171.000,00                                                                                                100,00
 2021        Toplam 2021 Ekonomik           2.983.522.000,00  1.459.680.880,00  316.087.390,00  4.127.115.489,00  4.105.475.417,12  21.640.071,88   99,48   100,00         100,00   18,81
 2022        Toplam 2022 Ekonomik           4.493.997.000,00                                                                                                100,00                  50,63
TRY · Δ% on initial against the previous year
> series budget.total --dataset goc-idaresi-2021
 series                 name                           unit  year  period          value     Δ%   Δ pp  stated Δ%
 budget.total.initial   Toplam KBÖ (2020)              TL    2020          2.511.171.000
 budget.total.initial   Toplam KBÖ (2021)              TL    2021          2.983.522.000  18,81
 budget.total.initial   Toplam KBÖ 2022                TL    2022          4.517.597.000  51,42
 budget.total.added     Toplam Eklenen Ödenek          TL    2021          1.459.680.880
 budget.total.deducted  Toplam Düşülen Ödenek          TL    2021            316.087.390
 budget.total.revised   Toplam Ödenek                  TL    2019          2.935.799.766
 budget.total.revised   Toplam Ödenek                  TL    2020          3.566.465.728  21,48
 budget.total.revised   Toplam Ödenek                  TL    2021          4.127.115.490  15,72
 budget.total.spent     Harcama                        TL    2019          2.882.344.218
 budget.total.spent     Harcama                        TL    2020          3.535.675.760  22,67
 budget.total.spent     Harcama                        TL    2021          4.105.475.418  16,12
 budget.total.rate      Bütçe harcama oranı            %     2019                   98,1
 budget.total.rate      Bütçe harcama oranı            %     2020                   99,1          1,00
 budget.total.rate      Bütçe harcama oranı            %     2021                  99,47          0,37
 budget.total.change    Toplam KBÖ artışı (2021/2020)  %     2021                   18,8
 budget.total.change    Toplam KBÖ artışı (2022/2021)  %     2022                   51,4         32,60
16 of 66 series values
> settings
 setting           value            values                        meaning
 bands             80 100           PARTIAL REACHED               status bands: below PARTIAL not reached, from PARTIAL partially, at R…
 basis             auto             auto|performance|realisation  which formula an indicator's rate and status come from
 decimals          2                N                             decimals tables show for percentages (values stay exact)
 language          tr               tr|en                         language of status labels
 normalise         on               on|off                        divide an objective's roll-up by its weights' total when they do not …
 missing-baseline  zero             zero|undefined                a missing baseline (A) in (C−A)/(B−A): 0, as plan evaluation tables d…
 rollup            capped           capped|uncapped               an indicator's rate above 100 counts as 100 in roll-ups (capped, the …
 numbers           dataset (plain)  tr|plain|dataset              how typed numbers are read: tr (75.000 is 75 000, 12,5 is 12.5), plai…
 change-basis      initial          initial|revised|spent|...     the budget amount year-on-year changes compare
 pager             on               on|off                        long output at the terminal goes through $PAGER (default less -FRSX);…
 sql-timeout       30               SECONDS                       how long an `sql` query may run before it is stopped (Ctrl-C stops it…
> settings bands 70 100
bands 70 100
> settings language en
language en
> indicators PP4 --dataset goc-idaresi-2021
 code  goal       name                                                   A       B       C  rate %  status             stated %  stated status
 PP4   P1.SP3.O1  Başkanlığa bağlı geri gönderme merkezlerinin to…  20,000  22,600  16,000   70.80  partially reached        80  Hedefe Kısmen Ulaşıldı
1 of 58 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 70/100
> settings basis performance
basis performance
> check goc-idaresi-2021 --severity error --warn-only
goc-idaresi-2021: 58 disagreements (14 errors, 38 warnings, 6 notes)
 severity  table           key                        column               stated                  derived        message
 error     indicators.csv  PP3 2021                   actual               1466802                 1466140        the quarters give 1466140 by sum, the stated year-end is 1466802 (difference 662)
 error     indicators.csv  PP4 2021                   reported_rate_pct    80                      0              performance (C−A)/(B−A) gives 0
 error     indicators.csv  PP4 2021                   reported_status      Hedefe Kısmen Ulaşıldı  not reached    the derived rate -153.8462 gives not reached
 error     indicators.csv  PP14 2021                  reported_status      Hedefe ulaşılamadı      exceeded       the derived rate 106.7727 gives exceeded
 error     indicators.csv  PP17 2021                  reported_rate_pct    58.54                   100            performance (C−A)/(B−A) gives 100
 error     indicators.csv  PP19 2021                  reported_rate_pct    205.5                   100            performance (C−A)/(B−A) gives 100
 error     indicators.csv  PP22 2021                  actual               4024862                 4024782        the quarters give 4024782 by sum, the stated year-end is 4024862 (difference 80)
 error     indicators.csv  PG6.2.4 2021               reported_rate_pct    97                      55             performance (C−A)/(B−A) gives 55
 error     budget.csv      2021 economic 6            revised              99489489                99489490       initial + added − deducted = 99489490 (difference -1)
 error     budget.csv      2022 economic 2            reported_change_pct  33.4                    50.3206        change of initial from 2021 gives 50.3206
 error     series.csv      budget.total.initial 2022  value                4517597000              4493997000     the economic lines of 2022 add up to 4493997000 (difference 23600000)
 error     series.csv      budget.total.revised 2021  value                4127115490              4127115489     the economic lines of 2021 add up to 4127115489 (difference 1)
 error     series.csv      budget.total.spent 2021    value                4105475418              4105475417.12  the economic lines of 2021 add up to 4105475417.12 (difference 0.88)
 error     series.csv      budget.total.change 2022   value                51.4                    50.6272        change of initial of the economic lines of 2022 gives 50.6272
> settings bands 100 80
error: bands: expects two numbers, PARTIAL ≤ REACHED (e.g. 80 100)
> settings reset
settings reset to the defaults
[exit 1]
