> load Tests/EndToEndTests/Fixtures/unseen-consistent
loaded tutarli-2024 — Örnek Kalkınma Ajansı, 2024 Yılı Faaliyet Raporu (consistent but for de-duplicated year-end counts and a project classification)
  3 goals · 5 indicators · 8 budget lines · 8 series values
> check
tutarli-2024: no errors or warnings (2 notes)
 severity  table           key       column  stated  derived  message
 note      indicators.csv  PP2 2024  actual  3900             no aggregation declared, and no rule gives the stated year-end (tried sum 5050, last 1400,
                                                              mean 1262.5); likely a count of distinct people or units, those counted in more than one
                                                              quarter removed from the year-end
 note      indicators.csv  PP3 2024  actual  160              no aggregation declared, and no rule gives the stated year-end (tried sum 195, last 50,
                                                              mean 48.75); likely a count of distinct people or units, those counted in more than one
                                                              quarter removed from the year-end
> check --severity warning
tutarli-2024: no errors or warnings (2 notes)
> budget 2024
 year  classification  code     name                               initial      added   deducted       revised       spent  cancelled  remaining  real %  share %  spent share %     Δ%  stated %  stated Δ%
 2024  economic        01       Personel Giderleri              600.000,00  50.000,00  10.000,00    640.000,00  630.500,00   9.500,00   9.500,00   98,52    60,95          64,30  20,00     98,52         20
 2024  economic        03       Mal ve Hizmet Alım Giderleri    250.000,00       0,00  30.000,00    220.000,00  200.000,00  20.000,00  20.000,00   90,91    20,95          20,40  25,00     90,91         25
 2024  economic        06       Sermaye Giderleri               150.000,00  40.000,00       0,00    190.000,00  150.000,00  40.000,00  40.000,00   78,95    18,10          15,30  25,00     78,95         25
 2024  project         2024K01  Ajans hizmet binası             100.000,00                          120.000,00  100.000,00             20.000,00   83,33    70,59          71,43            83,33
 2024  project         2024K02  Bilgi sistemleri altyapısı       40.000,00                           50.000,00   40.000,00             10.000,00   80,00    29,41          28,57               80
 ────  ──────────────  ───────  ────────────────────────────  ────────────  ─────────  ─────────  ────────────  ──────────  ─────────  ─────────  ──────  ───────  ─────────────  ─────  ────────  ─────────
 2024  economic                 Toplam 2024 Ekonomik          1.000.000,00  90.000,00  40.000,00  1.050.000,00  980.500,00  69.500,00  69.500,00   93,38   100,00         100,00  21,95
 2024  project                  Toplam 2024 Proje               140.000,00                          170.000,00  140.000,00             30.000,00   82,35   100,00         100,00
TRY · Δ% on initial against the previous year
> indicators --quarters
 code  goal  name                                  A      B     Q1     Q2     Q3     Q4      C  rate %  status                  stated %  stated status
 PG1   H1.1  Eğitim verilen girişimci sayısı     100    200                                180   80,00  Hedefe Kısmen Ulaşıldı        80  Hedefe Kısmen Ulaşıldı
 PG2   H1.1  Açılan danışmanlık ofisi sayısı      10     20                                 20  100,00  Hedefe Ulaşıldı              100  Hedefe Ulaşıldı
 PP1   H1.2  Destek başvurusu sayısı                    500    100    110    120    130    460   92,00  Hedefe Kısmen Ulaşıldı        92  Hedefe Kısmen Ulaşıldı
 PP2   H1.2  Danışmanlık verilen kişi sayısı          4.000  1.200  1.350  1.100  1.400  3.900   97,50  Hedefe Kısmen Ulaşıldı      97,5  Hedefe Kısmen Ulaşıldı
 PP3   H1.2  Programlara katılan işletme sayısı         150     45     52     48     50    160  106,67  Hedef Aşıldı              106,67  Hedef Aşıldı
5 of 5 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 80/100
> goals
 code    level      title                                       related  perf %  status                  stated %
 A1      aim        Bölgede girişimciliği güçlendirmek                    92,25  Hedefe Kısmen Ulaşıldı
   H1.1  objective  Girişimcilere danışmanlık ve eğitim vermek            88,00  Hedefe Kısmen Ulaşıldı        88
   H1.2  objective  Destek programlarına katılımı artırmak                96,50  Hedefe Kısmen Ulaşıldı
3 of 3 goals · indicator rates capped at 100 in roll-ups
