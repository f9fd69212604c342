> load SampleData/goc-idaresi-2021
loaded goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu
  46 goals · 58 indicators · 16 budget lines · 66 series values
> target PP16 +10%
error: no scenario in use
  what-if changes go to a scenario: start one with `scenario new NAME`
> scenario new tablo7 --note "2021 KBÖ grown by the rates Tablo 7 prints for 2022"
scenario tablo7 of goc-idaresi-2021 — now in use
> grow 2021 2022 0 --rate 1=53.9 --rate 2=33.4 --rate 3=48.2 --rate 5=51.2 --rate 6=-19.6
goc-idaresi-2021 › tablo7: grow economic initial of 2021 to 2022 by 0%, 1 by 53.9%, 2 by 33.4%, 3 by 48.2%, 5 by 51.2%, 6 by -19.6%, rounded to 0.01
 section  key     name                           measure         before          after            Δ      Δ%
 budget   2022 1  Personel Giderleri             initial  1.132.970.000  1.132.831.737     -138.263   -0,01
 budget   2022 2  SGK Devlet Primi Giderleri     initial    207.447.000    184.096.002  -23.350.998  -11,26
 budget   2022 3  Mal ve Hizmet Alımı Giderleri  initial    209.560.000    209.483.664      -76.336   -0,04
 budget   2022 5  Cari Transferler               initial  2.856.420.000  2.855.307.672   -1.112.328   -0,04
 budget   2022 6  Sermaye Giderleri              initial     64.000.000     64.041.012       41.012    0,06
 budget   2022 7  Sermaye Transferleri           initial     23.600.000
 total    2022    Toplam Ekonomik                initial  4.493.997.000  4.445.760.087  -48.236.913   -1,07
7 figures moved
> compare baseline tablo7 --section budget --section total --changed
 section  key     name                           measure       baseline         tablo7            Δ      Δ%
 budget   2022 1  Personel Giderleri             initial  1.132.970.000  1.132.831.737     -138.263   -0,01
 budget   2022 2  SGK Devlet Primi Giderleri     initial    207.447.000    184.096.002  -23.350.998  -11,26
 budget   2022 3  Mal ve Hizmet Alımı Giderleri  initial    209.560.000    209.483.664      -76.336   -0,04
 budget   2022 5  Cari Transferler               initial  2.856.420.000  2.855.307.672   -1.112.328   -0,04
 budget   2022 6  Sermaye Giderleri              initial     64.000.000     64.041.012       41.012    0,06
 budget   2022 7  Sermaye Transferleri           initial     23.600.000
 total    2022    Toplam Ekonomik                initial  4.493.997.000  4.445.760.087  -48.236.913   -1,07
goc-idaresi-2021: 7 rows
> scenario new hedef --note "monitoring targets 10 % up"
scenario hedef of goc-idaresi-2021 — now in use
> target --prefix PP +10%
goc-idaresi-2021 › hedef: target of codes PP* +10%
 section    key        name                                  measure                  before      after        Δ     Δ%  status                  → after                 flip
 indicator  PP1        Aktif ikamet izni sayısı              target                1.300.000  1.430.000  130.000  10,00
 indicator  PP1        Aktif ikamet izni sayısı              rate                      95,75      87,05    -8,70  -9,09  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 indicator  PP2        Dil, meslek, hobi gibi uyuma yöneli…  target                  150.000    165.000   15.000  10,00
 indicator  PP2        Dil, meslek, hobi gibi uyuma yöneli…  rate                      97,22      88,38    -8,84  -9,09  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 indicator  PP3        Geçici koruma kapsamında kayıtları …  target                  700.000    770.000   70.000  10,00
 indicator  PP3        Geçici koruma kapsamında kayıtları …  rate                     209,54     190,49   -19,05  -9,09  Hedef Aşıldı            Hedef Aşıldı
 indicator  PP4        Başkanlığa bağlı geri gönderme merk…  target                   22.600     24.860    2.260  10,00
 indicator  PP4        Başkanlığa bağlı geri gönderme merk…  rate                      70,80      64,36    -6,44  -9,09  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 indicator  PP5        Başkanlığın merkez ve taşra teşkila…  target                        6        6,6      0,6  10,00
 indicator  PP5        Başkanlığın merkez ve taşra teşkila…  rate                     166,67     151,52   -15,15  -9,09  Hedef Aşıldı            Hedef Aşıldı
 indicator  PP6        Gerçekleştirilen hizmet içi eğitim …  target                       17       18,7      1,7  10,00
 indicator  PP6        Gerçekleştirilen hizmet içi eğitim …  rate                      35,29      32,09    -3,21  -9,09  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 indicator  PP7        Gerçekleştirilen muhtemel insan tic…  target                    6.000      6.600      600  10,00
 indicator  PP7        Gerçekleştirilen muhtemel insan tic…  rate                     133,75     121,59   -12,16  -9,09  Hedef Aşıldı            Hedef Aşıldı
 indicator  PP8        Geri kabul başvurularının yanıtlanm…  target                       95      104,5      9,5  10,00
 indicator  PP8        Geri kabul başvurularının yanıtlanm…  rate                     100,00      90,91    -9,09  -9,09  Hedefe Ulaşıldı         Hedefe Kısmen Ulaşıldı  ✱
 indicator  PP9        Göç Kurulu’nun gerçekleştirdiği top…  target                        1        1,1      0,1  10,00
 indicator  PP9        Göç Kurulu’nun gerçekleştirdiği top…  rate                     100,00      90,91    -9,09  -9,09  Hedefe Ulaşıldı         Hedefe Kısmen Ulaşıldı  ✱
 indicator  PP10       Gönüllü ve güvenli geri dönüş progr…  target                       80         88        8  10,00
 indicator  PP10       Gönüllü ve güvenli geri dönüş progr…  rate                      28,53      25,93    -2,59  -9,09  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 indicator  PP11       Gönüllü ve güvenli geri dönüşlerdek…  target                       10         11        1  10,00
 indicator  PP11       Gönüllü ve güvenli geri dönüşlerdek…  rate                     100,00      90,91    -9,09  -9,09  Hedefe Ulaşıldı         Hedefe Kısmen Ulaşıldı  ✱
 indicator  PP12       Görüş verilen çalışma izni/vizesi s…  target                   40.000     44.000    4.000  10,00
 indicator  PP12       Görüş verilen çalışma izni/vizesi s…  rate                      79,88      72,62    -7,26  -9,09  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 indicator  PP13       Kurulan Göç Danışma Merkezi sayısı    target                       16       17,6      1,6  10,00
 indicator  PP13       Kurulan Göç Danışma Merkezi sayısı    rate                      93,75      85,23    -8,52  -9,09  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 indicator  PP14       Personel sayısının artış oranı        target                        5        5,5      0,5  10,00
 indicator  PP14       Personel sayısının artış oranı        rate                      70,20      63,82    -6,38  -9,09  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 indicator  PP15       Sığınma Evi sayısı                    target                        4        4,4      0,4  10,00
 indicator  PP15       Sığınma Evi sayısı                    rate                      50,00      45,45    -4,55  -9,09  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      target                   75.000     82.500    7.500  10,00
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      rate                      62,46      56,78    -5,68  -9,09  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 indicator  PP17       Sonuçlandırılan ön izne tabi vize s…  target                  200.000    220.000   20.000  10,00
 indicator  PP17       Sonuçlandırılan ön izne tabi vize s…  rate                     107,04      97,31    -9,73  -9,09  Hedef Aşıldı            Hedefe Kısmen Ulaşıldı  ✱
 indicator  PP18       Sonuçlandırılan uluslararası koruma…  target                   40.000     44.000    4.000  10,00
 indicator  PP18       Sonuçlandırılan uluslararası koruma…  rate                     124,60     113,27   -11,33  -9,09  Hedef Aşıldı            Hedef Aşıldı
 indicator  PP19       Tanımlanan insan ticareti mağduru s…  target                      270        297       27  10,00
 indicator  PP19       Tanımlanan insan ticareti mağduru s…  rate                     163,70     148,82   -14,88  -9,09  Hedef Aşıldı            Hedef Aşıldı
 indicator  PP20       Tespit edilen özel ihtiyaç sahibi s…  target                   60.000     66.000    6.000  10,00
 indicator  PP20       Tespit edilen özel ihtiyaç sahibi s…  rate                     244,54     222,31   -22,23  -9,09  Hedef Aşıldı            Hedef Aşıldı
 indicator  PP21       Uluslararası Kurum ve Kuruluşlar ta…  target                       20         22        2  10,00
 indicator  PP21       Uluslararası Kurum ve Kuruluşlar ta…  rate                      55,00      50,00    -5,00  -9,09  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 indicator  PP22       Yabancılar İletişim Merkezi (YİMER …  target                2.500.000  2.750.000  250.000  10,00
 indicator  PP22       Yabancılar İletişim Merkezi (YİMER …  rate                     160,99     146,36   -14,64  -9,09  Hedef Aşıldı            Hedef Aşıldı
 goal       P1         GÖÇ YÖNETİMİ                          performance (capped)      83,59      79,17    -4,42  -5,28  Hedefe Kısmen Ulaşıldı  Hedefe Ulaşılamadı      ✱
 goal       P1.SP3     GÖÇMENLERE YÖNELİK HİZMETLER          performance (capped)      83,59      79,17    -4,42  -5,28  Hedefe Kısmen Ulaşıldı  Hedefe Ulaşılamadı      ✱
 goal       P1.SP3.O1  Ulusal ve uluslararası mevzuat çerç…  performance (capped)      83,59      79,17    -4,42  -5,28  Hedefe Kısmen Ulaşıldı  Hedefe Ulaşılamadı      ✱
47 figures moved, 7 status flips (✱)
> target PP99 = 5
error: no indicator PP99 in goc-idaresi-2021
> target PP16
error: CHANGE: the last word must be the change (=X or X to set, +P% or -P% (or %P) to change by a percentage, +X or -X to add)
  usage: target [CODE...] CHANGE... [--goal CODE] [--prefix CODE] [--all] [--year YEAR] [--flips]
> actual PP4 = 18080
goc-idaresi-2021 › hedef: actual of PP4 = 18080
 section    key        name                                  measure               before   after      Δ     Δ%  status              → after             flip
 indicator  PP4        Başkanlığa bağlı geri gönderme merk…  actual                16.000  18.080  2.080  13,00
 indicator  PP4        Başkanlığa bağlı geri gönderme merk…  rate                   64,36   72,73   8,37  13,00  Hedefe Ulaşılamadı  Hedefe Ulaşılamadı
 goal       P1         GÖÇ YÖNETİMİ                          performance (capped)   79,17   79,55   0,38   0,48  Hedefe Ulaşılamadı  Hedefe Ulaşılamadı
 goal       P1.SP3     GÖÇMENLERE YÖNELİK HİZMETLER          performance (capped)   79,17   79,55   0,38   0,48  Hedefe Ulaşılamadı  Hedefe Ulaşılamadı
 goal       P1.SP3.O1  Ulusal ve uluslararası mevzuat çerç…  performance (capped)   79,17   79,55   0,38   0,48  Hedefe Ulaşılamadı  Hedefe Ulaşılamadı
5 figures moved
> weight PG1.2.3 20
goc-idaresi-2021 › hedef: weight of PG1.2.3 = 20
 section  key   name                                  measure               before  after      Δ     Δ%  status                  → after                 flip
 goal     A1    Yabancıların düzenli göç kapsamında…  performance (capped)   63,61  61,31  -2,30  -3,61  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 goal     H1.2  İkamet izni işlemlerini daha hızlı …  performance (capped)   93,88  89,29  -4,59  -4,89  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
2 figures moved
the weights of H1.2 now total 80, not 100: its roll-up normalises them
> indicators PP4 --format csv
code,goal,year,name,unit,direction,aggregation,weight_pct,baseline,baseline_year,target,q1,q2,q3,q4,actual,year_end,year_end_from_quarters,quarter_difference,performance_pct,realisation_pct,basis,forecast,rate_pct,status,reported_rate_pct,reported_status,responsible,source
PP4,P1.SP3.O1,2021,Başkanlığa bağlı geri gönderme merkezlerinin toplam kapasitesi,Sayı,increase,last,,20000,2019,24860,16108,16108,15908,16000,18080,18080,no,2080,0,72.727272727272727272727273,realisation,no,72.727272727272727272727273,Hedefe Ulaşılamadı,80,Hedefe Kısmen Ulaşıldı,,Tablo 9
> goalseek target PP16 --band partially-reached --format json
{
  "indicator": "PP16",
  "band": "partially-reached",
  "value": 58556.25,
  "exact": 58556.25,
  "method": "B = C × 100 / 80",
  "current": 82500
}
> goalseek actual PP4 --band reached --apply
actual of PP4 for Hedefe Ulaşıldı
  indicator  PP4
  band       reached
  actual     24.860,00
  exact      24.860
  method     C = B × 100 / 100
  now        18.080
goc-idaresi-2021 › hedef: actual of PP4 in 2021 = 24860
 section    key        name                                  measure               before   after      Δ     Δ%  status              → after                 flip
 indicator  PP4        Başkanlığa bağlı geri gönderme merk…  actual                18.080  24.860  6.780  37,50
 indicator  PP4        Başkanlığa bağlı geri gönderme merk…  rate                   72,73  100,00  27,27  37,50  Hedefe Ulaşılamadı  Hedefe Ulaşıldı         ✱
 goal       P1         GÖÇ YÖNETİMİ                          performance (capped)   79,55   80,79   1,24   1,56  Hedefe Ulaşılamadı  Hedefe Kısmen Ulaşıldı  ✱
 goal       P1.SP3     GÖÇMENLERE YÖNELİK HİZMETLER          performance (capped)   79,55   80,79   1,24   1,56  Hedefe Ulaşılamadı  Hedefe Kısmen Ulaşıldı  ✱
 goal       P1.SP3.O1  Ulusal ve uluslararası mevzuat çerç…  performance (capped)   79,55   80,79   1,24   1,56  Hedefe Ulaşılamadı  Hedefe Kısmen Ulaşıldı  ✱
5 figures moved, 4 status flips (✱)
> forecast PP7 --quarters 2 --method linear
goc-idaresi-2021 › hedef: forecast PP7 by linear trend from Q1–Q2
 section    key  name                                  measure  before   after      Δ     Δ%  status        → after       flip
 indicator  PP7  Gerçekleştirilen muhtemel insan tic…  actual    8.025   7.408   -617  -7,69
 indicator  PP7  Gerçekleştirilen muhtemel insan tic…  rate     121,59  112,24  -9,35  -7,69  Hedef Aşıldı  Hedef Aşıldı
2 figures moved
> scenario show
scenario hedef
  name        hedef
  dataset     goc-idaresi-2021
  note        monitoring targets 10 % up
  operations  5
 n  operation
 1  target of codes PP* +10%
 2  actual of PP4 = 18080
 3  weight of PG1.2.3 = 20
 4  actual of PP4 in 2021 = 24860
 5  forecast PP7 by linear trend from Q1–Q2
> scenario undo
undid: forecast PP7 by linear trend from Q1–Q2
> scenario new hedef-yuksek --base hedef
scenario hedef-yuksek of goc-idaresi-2021, based on hedef — now in use
> target PP16 +5%
goc-idaresi-2021 › hedef-yuksek: target of PP16 +5%
 section    key        name                                  measure               before   after      Δ     Δ%  status                  → after                 flip
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      target                82.500  86.625  4.125   5,00
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      rate                   56,78   54,08  -2,70  -4,76  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 goal       P1         GÖÇ YÖNETİMİ                          performance (capped)   80,79   80,67  -0,12  -0,15  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3     GÖÇMENLERE YÖNELİK HİZMETLER          performance (capped)   80,79   80,67  -0,12  -0,15  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3.O1  Ulusal ve uluslararası mevzuat çerç…  performance (capped)   80,79   80,67  -0,12  -0,15  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
5 figures moved
> compare baseline hedef hedef-yuksek --section indicator --changed --format csv
section,key,name,measure,baseline,hedef,hedef_delta,hedef_delta_pct,hedef_yuksek,hedef_yuksek_delta,hedef_yuksek_delta_pct,status_baseline,status_hedef,status_hedef_yuksek,flip
indicator,PP1,Aktif ikamet izni sayısı,target,1300000,1430000,130000,10,1430000,130000,10,,,,
indicator,PP1,Aktif ikamet izni sayısı,rate,95.753769230769230769230769,87.048881118881118881118881,-8.704888111888111888111888,-9.09090909091,87.048881118881118881118881,-8.704888111888111888111888,-9.09090909091,Hedefe Kısmen Ulaşıldı,Hedefe Kısmen Ulaşıldı,Hedefe Kısmen Ulaşıldı,
indicator,PP2,"Dil, meslek, hobi gibi uyuma yönelik kurslardan faydalanan yabancı sayısı",target,150000,165000,15000,10,165000,15000,10,,,,
indicator,PP2,"Dil, meslek, hobi gibi uyuma yönelik kurslardan faydalanan yabancı sayısı",rate,97.223333333333333333333333,88.384848484848484848484848,-8.838484848484848484848485,-9.09090909091,88.384848484848484848484848,-8.838484848484848484848485,-9.09090909091,Hedefe Kısmen Ulaşıldı,Hedefe Kısmen Ulaşıldı,Hedefe Kısmen Ulaşıldı,
indicator,PP3,Geçici koruma kapsamında kayıtları güncellenen yabancı sayısı,target,700000,770000,70000,10,770000,70000,10,,,,
indicator,PP3,Geçici koruma kapsamında kayıtları güncellenen yabancı sayısı,rate,209.543142857142857142857143,190.493766233766233766233766,-19.049376623376623376623377,-9.0909090909,190.493766233766233766233766,-19.049376623376623376623377,-9.0909090909,Hedef Aşıldı,Hedef Aşıldı,Hedef Aşıldı,
indicator,PP4,Başkanlığa bağlı geri gönderme merkezlerinin toplam kapasitesi,target,22600,24860,2260,10,24860,2260,10,,,,
indicator,PP4,Başkanlığa bağlı geri gönderme merkezlerinin toplam kapasitesi,actual,16000,24860,8860,55.375,24860,8860,55.375,,,,
indicator,PP4,Başkanlığa bağlı geri gönderme merkezlerinin toplam kapasitesi,rate,70.796460176991150442477876,100,29.203539823008849557522124,41.25,100,29.203539823008849557522124,41.25,Hedefe Ulaşılamadı,Hedefe Ulaşıldı,Hedefe Ulaşıldı,✱
indicator,PP5,Başkanlığın merkez ve taşra teşkilatındaki teknolojik kaynaklarının artış oranı,target,6,6.6,0.6,10,6.6,0.6,10,,,,
indicator,PP5,Başkanlığın merkez ve taşra teşkilatındaki teknolojik kaynaklarının artış oranı,rate,166.666666666666666666666667,151.515151515151515151515152,-15.151515151515151515151515,-9.09090909091,151.515151515151515151515152,-15.151515151515151515151515,-9.09090909091,Hedef Aşıldı,Hedef Aşıldı,Hedef Aşıldı,
indicator,PP6,Gerçekleştirilen hizmet içi eğitim sayısı,target,17,18.7,1.7,10,18.7,1.7,10,,,,
indicator,PP6,Gerçekleştirilen hizmet içi eğitim sayısı,rate,35.294117647058823529411765,32.08556149732620320855615,-3.208556149732620320855615,-9.09090909091,32.08556149732620320855615,-3.208556149732620320855615,-9.09090909091,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,
indicator,PP7,Gerçekleştirilen muhtemel insan ticareti mağduru mülakat sayısı,target,6000,6600,600,10,6600,600,10,,,,
indicator,PP7,Gerçekleştirilen muhtemel insan ticareti mağduru mülakat sayısı,rate,133.75,121.590909090909090909090909,-12.159090909090909090909091,-9.090909090909090909090909,121.590909090909090909090909,-12.159090909090909090909091,-9.090909090909090909090909,Hedef Aşıldı,Hedef Aşıldı,Hedef Aşıldı,
indicator,PP8,Geri kabul başvurularının yanıtlanma oranı,target,95,104.5,9.5,10,104.5,9.5,10,,,,
indicator,PP8,Geri kabul başvurularının yanıtlanma oranı,rate,100,90.909090909090909090909091,-9.090909090909090909090909,-9.090909090909090909090909,90.909090909090909090909091,-9.090909090909090909090909,-9.090909090909090909090909,Hedefe Ulaşıldı,Hedefe Kısmen Ulaşıldı,Hedefe Kısmen Ulaşıldı,✱
indicator,PP9,Göç Kurulu’nun gerçekleştirdiği toplantı sayısı,target,1,1.1,0.1,10,1.1,0.1,10,,,,
indicator,PP9,Göç Kurulu’nun gerçekleştirdiği toplantı sayısı,rate,100,90.909090909090909090909091,-9.090909090909090909090909,-9.090909090909090909090909,90.909090909090909090909091,-9.090909090909090909090909,-9.090909090909090909090909,Hedefe Ulaşıldı,Hedefe Kısmen Ulaşıldı,Hedefe Kısmen Ulaşıldı,✱
indicator,PP10,"Gönüllü ve güvenli geri dönüş programından yararlanan mağdurların, tanımlanan mağdurlara oranı",target,80,88,8,10,88,8,10,,,,
indicator,PP10,"Gönüllü ve güvenli geri dönüş programından yararlanan mağdurların, tanımlanan mağdurlara oranı",rate,28.525,25.931818181818181818181818,-2.593181818181818181818182,-9.09090909090909090909091,25.931818181818181818181818,-2.593181818181818181818182,-9.09090909090909090909091,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,
indicator,PP11,Gönüllü ve güvenli geri dönüşlerdeki artış,target,10,11,1,10,11,1,10,,,,
indicator,PP11,Gönüllü ve güvenli geri dönüşlerdeki artış,rate,100,90.909090909090909090909091,-9.090909090909090909090909,-9.090909090909090909090909,90.909090909090909090909091,-9.090909090909090909090909,-9.090909090909090909090909,Hedefe Ulaşıldı,Hedefe Kısmen Ulaşıldı,Hedefe Kısmen Ulaşıldı,✱
indicator,PP12,Görüş verilen çalışma izni/vizesi sayısı,target,40000,44000,4000,10,44000,4000,10,,,,
indicator,PP12,Görüş verilen çalışma izni/vizesi sayısı,rate,79.8825,72.620454545454545454545455,-7.262045454545454545454545,-9.090909090909090909090909,72.620454545454545454545455,-7.262045454545454545454545,-9.090909090909090909090909,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,
indicator,PP13,Kurulan Göç Danışma Merkezi sayısı,target,16,17.6,1.6,10,17.6,1.6,10,,,,
indicator,PP13,Kurulan Göç Danışma Merkezi sayısı,rate,93.75,85.227272727272727272727273,-8.522727272727272727272727,-9.090909090909090909090909,85.227272727272727272727273,-8.522727272727272727272727,-9.090909090909090909090909,Hedefe Kısmen Ulaşıldı,Hedefe Kısmen Ulaşıldı,Hedefe Kısmen Ulaşıldı,
indicator,PP14,Personel sayısının artış oranı,target,5,5.5,0.5,10,5.5,0.5,10,,,,
indicator,PP14,Personel sayısının artış oranı,rate,70.2,63.818181818181818181818182,-6.381818181818181818181818,-9.090909090909090909090909,63.818181818181818181818182,-6.381818181818181818181818,-9.090909090909090909090909,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,
indicator,PP15,Sığınma Evi sayısı,target,4,4.4,0.4,10,4.4,0.4,10,,,,
indicator,PP15,Sığınma Evi sayısı,rate,50,45.454545454545454545454545,-4.545454545454545454545455,-9.09090909090909090909091,45.454545454545454545454545,-4.545454545454545454545455,-9.09090909090909090909091,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,
indicator,PP16,Sınır Dışı edilen yabancı sayısı,target,75000,82500,7500,10,86625,11625,15.5,,,,
indicator,PP16,Sınır Dışı edilen yabancı sayısı,rate,62.46,56.781818181818181818181818,-5.678181818181818181818182,-9.090909090909090909090909,54.077922077922077922077922,-8.382077922077922077922078,-13.419913419913419913419914,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,
indicator,PP17,Sonuçlandırılan ön izne tabi vize sayısı,target,200000,220000,20000,10,220000,20000,10,,,,
indicator,PP17,Sonuçlandırılan ön izne tabi vize sayısı,rate,107.0375,97.306818181818181818181818,-9.730681818181818181818182,-9.090909090909090909090909,97.306818181818181818181818,-9.730681818181818181818182,-9.090909090909090909090909,Hedef Aşıldı,Hedefe Kısmen Ulaşıldı,Hedefe Kısmen Ulaşıldı,✱
indicator,PP18,Sonuçlandırılan uluslararası koruma başvuru sayısı,target,40000,44000,4000,10,44000,4000,10,,,,
indicator,PP18,Sonuçlandırılan uluslararası koruma başvuru sayısı,rate,124.595,113.268181818181818181818182,-11.326818181818181818181818,-9.090909090909090909090909,113.268181818181818181818182,-11.326818181818181818181818,-9.090909090909090909090909,Hedef Aşıldı,Hedef Aşıldı,Hedef Aşıldı,
indicator,PP19,Tanımlanan insan ticareti mağduru sayısı,target,270,297,27,10,297,27,10,,,,
indicator,PP19,Tanımlanan insan ticareti mağduru sayısı,rate,163.703703703703703703703704,148.821548821548821548821549,-14.882154882154882154882155,-9.09090909091,148.821548821548821548821549,-14.882154882154882154882155,-9.09090909091,Hedef Aşıldı,Hedef Aşıldı,Hedef Aşıldı,
indicator,PP20,Tespit edilen özel ihtiyaç sahibi sayısı,target,60000,66000,6000,10,66000,6000,10,,,,
indicator,PP20,Tespit edilen özel ihtiyaç sahibi sayısı,rate,244.541666666666666666666667,222.310606060606060606060606,-22.231060606060606060606061,-9.0909090909,222.310606060606060606060606,-22.231060606060606060606061,-9.0909090909,Hedef Aşıldı,Hedef Aşıldı,Hedef Aşıldı,
indicator,PP21,Uluslararası Kurum ve Kuruluşlar tarafından mali destek sağlanan ve tamamlanan proje sayısı,target,20,22,2,10,22,2,10,,,,
indicator,PP21,Uluslararası Kurum ve Kuruluşlar tarafından mali destek sağlanan ve tamamlanan proje sayısı,rate,55,50,-5,-9.090909090909090909090909,50,-5,-9.090909090909090909090909,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,Hedefe Ulaşılamadı,
indicator,PP22,Yabancılar İletişim Merkezi (YİMER 157)’ne gelen çağrı sayısı,target,2500000,2750000,250000,10,2750000,250000,10,,,,
indicator,PP22,Yabancılar İletişim Merkezi (YİMER 157)’ne gelen çağrı sayısı,rate,160.99448,146.358618181818181818181818,-14.635861818181818181818182,-9.090909090909090909090909,146.358618181818181818181818,-14.635861818181818181818182,-9.090909090909090909090909,Hedef Aşıldı,Hedef Aşıldı,Hedef Aşıldı,
> scenario list
    name          dataset           base   operations  note
    hedef         goc-idaresi-2021                  4  monitoring targets 10 % up
 *  hedef-yuksek  goc-idaresi-2021  hedef           1
    tablo7        goc-idaresi-2021                  1  2021 KBÖ grown by the rates Tablo 7 prints for 20…
> scenario drop hedef
error: scenarios hedef-yuksek build on hedef: drop them first
> scenario rename hedef-yuksek yuksek
renamed hedef-yuksek to yuksek
> scenario export yuksek
# scenario yuksek of goc-idaresi-2021, exported by senaryo 0.1.0
# replay: senaryo [--workspace FILE] THIS-FILE (loads goc-idaresi-2021 from its folder unless the workspace holds it)
load /.*/SampleData/goc-idaresi-2021 --unless-loaded goc-idaresi-2021 --quiet (re)
use goc-idaresi-2021
scenario new hedef --replace --note "monitoring targets 10 % up"
target --prefix PP +10%
actual PP4 = 18080
weight PG1.2.3 20
goalseek actual PP4 --band reached --apply
scenario new yuksek --replace --base hedef
target PP16 +5%
> scenario copy yuksek yuksek-2
copied yuksek to yuksek-2
> scenario use baseline
using the baseline of goc-idaresi-2021
> indicators PP16
 code  goal       name                                    A       B       C  rate %  status              stated %  stated status
 PP16  P1.SP3.O1  Sınır Dışı edilen yabancı sayısı  103.858  75.000  46.845   62,46  Hedefe Ulaşılamadı     62,46  Hedefe Ulaşılamadı
1 of 58 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 80/100
> indicators PP16 --scenario yuksek-2
 code  goal       name                                    A       B       C  rate %  status              stated %  stated status
 PP16  P1.SP3.O1  Sınır Dışı edilen yabancı sayısı  103.858  86.625  46.845   54,08  Hedefe Ulaşılamadı     62,46  Hedefe Ulaşılamadı
scenario yuksek-2 · 1 of 58 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 80/100
> sweep target 0..10 step 5 show indicator:PP16
error: no operation of this scenario has a parameter target (add one first, e.g. `grow ...`)
> scenario use yuksek-2
using scenario yuksek-2 of goc-idaresi-2021
> sweep target -20..10 step 10 show indicator:PP16 goal:P1.SP3.O1 below80
 target  indicator:PP16  goal:P1.SP3.O1  below80
    -20           70,98           81,44       18
    -10           63,09           81,08       18
      0           56,78           80,79       18
     10           51,62           80,56       18
goc-idaresi-2021 › yuksek-2: 4 runs · goal: indicator rates capped at 100 in roll-ups
> simulate 200 --seed 42 vary target uniform -40 10 show indicator:PP16
 output          runs    P10    P50    P90   mean  P(Hedefe Ulaşılamadı)  P(Hedefe Kısmen Ulaşıldı)  P(Hedefe Ulaşıldı)  P(Hedef Aşıldı)
 indicator:PP16   200  54,30  66,28  87,80  68,66                   75,5                       24,5                 0,0              0,0
goc-idaresi-2021 › yuksek-2: 200 runs, seed 42; target uniform -40.0..10.0
> simulate 200 --seed 42 vary target uniform -40 10 show indicator:PP16
 output          runs    P10    P50    P90   mean  P(Hedefe Ulaşılamadı)  P(Hedefe Kısmen Ulaşıldı)  P(Hedefe Ulaşıldı)  P(Hedef Aşıldı)
 indicator:PP16   200  54,30  66,28  87,80  68,66                   75,5                       24,5                 0,0              0,0
goc-idaresi-2021 › yuksek-2: 200 runs, seed 42; target uniform -40.0..10.0
> goalseek growth
error: no operation of this scenario has a parameter growth (it has: actual, target, weight)
> scenario new butce --dataset goc-idaresi-2021
scenario butce of goc-idaresi-2021 — now in use
> grow 2022 2024 10 --hold 1
goc-idaresi-2021 › butce: grow economic initial of 2022 to 2024 by 10% a year (compound), holding 1, rounded to 0.01
 section  key     name                           measure  before          after  Δ  Δ%
 budget   2023 1  Personel Giderleri             initial          1.132.970.000
 budget   2023 2  SGK Devlet Primi Giderleri     initial            228.191.700
 budget   2023 3  Mal ve Hizmet Alımı Giderleri  initial            230.516.000
 budget   2023 5  Cari Transferler               initial          3.142.062.000
 budget   2023 6  Sermaye Giderleri              initial             70.400.000
 budget   2023 7  Sermaye Transferleri           initial             25.960.000
 budget   2024 1  Personel Giderleri             initial          1.132.970.000
 budget   2024 2  SGK Devlet Primi Giderleri     initial            251.010.870
 budget   2024 3  Mal ve Hizmet Alımı Giderleri  initial            253.567.600
 budget   2024 5  Cari Transferler               initial          3.456.268.200
 budget   2024 6  Sermaye Giderleri              initial             77.440.000
 budget   2024 7  Sermaye Transferleri           initial             28.556.000
 total    2023    Toplam Ekonomik                initial          4.830.099.700
 total    2024    Toplam Ekonomik                initial          5.199.812.670
14 figures moved
> budget 2024
 code  name                                    initial  share %     Δ%
 1     Personel Giderleri             1.132.970.000,00    21,79   0,00
 2     SGK Devlet Primi Giderleri       251.010.870,00     4,83  10,00
 3     Mal ve Hizmet Alımı Giderleri    253.567.600,00     4,88  10,00
 5     Cari Transferler               3.456.268.200,00    66,47  10,00
 6     Sermaye Giderleri                 77.440.000,00     1,49  10,00
 7     Sermaye Transferleri              28.556.000,00     0,55  10,00
 ────  ─────────────────────────────  ────────────────  ───────  ─────
       Toplam                         5.199.812.670,00   100,00   7,65
scenario butce · TRY · Δ% on initial against the previous year
> transfer 1000000 --from 5 --to 3 --year 2024
goc-idaresi-2021 › butce: transfer 1000000 from 5 to 3 (2024 economic)
 section  key     name                           measure         before          after           Δ     Δ%
 budget   2024 3  Mal ve Hizmet Alımı Giderleri  initial    253.567.600    254.567.600   1.000.000   0,39
 budget   2024 5  Cari Transferler               initial  3.456.268.200  3.455.268.200  -1.000.000  -0,03
2 figures moved
> scale 2024 6000000000 --hold 1 --round 1000
goc-idaresi-2021 › butce: scale 2024 economic to 6000000000 holding 1, rounded to 1000
 section  key     name                           measure         before          after            Δ     Δ%
 budget   2024 2  SGK Devlet Primi Giderleri     initial    251.010.870    300.399.000   49.388.130  19,68
 budget   2024 3  Mal ve Hizmet Alımı Giderleri  initial    254.567.600    304.656.000   50.088.400  19,68
 budget   2024 5  Cari Transferler               initial  3.455.268.200  4.135.123.000  679.854.800  19,68
 budget   2024 6  Sermaye Giderleri              initial     77.440.000     92.677.000   15.237.000  19,68
 budget   2024 7  Sermaye Transferleri           initial     28.556.000     34.175.000    5.619.000  19,68
 total    2024    Toplam Ekonomik                initial  5.199.812.670  6.000.000.000  800.187.330  15,39
6 figures moved
> ceiling 2024 5900000000 --hold 1
goc-idaresi-2021 › butce: ceiling 5900000000 for 2024 economic (no figure changes)
2024: 6000000000 is over the ceiling of 5900000000 by 100000000
 code  name                                    initial    excess share    within ceiling
 1     Personel Giderleri             1.132.970.000,00                                    held
 2     SGK Devlet Primi Giderleri       300.399.000,00    6.172.121,40    294.226.878,60
 3     Mal ve Hizmet Alımı Giderleri    304.656.000,00    6.259.587,47    298.396.412,53
 5     Cari Transferler               4.135.123.000,00   84.961.937,77  4.050.161.062,23
 6     Sermaye Giderleri                 92.677.000,00    1.904.179,76     90.772.820,24
 7     Sermaye Transferleri              34.175.000,00      702.173,60     33.472.826,40
 ────  ─────────────────────────────  ────────────────  ──────────────  ────────────────  ────
       Toplam                         6.000.000.000,00  100.000.000,00  5.900.000.000,00
the excess shared in proportion to each line's initial, held lines excluded
> goalseek growth
error: operation 2 (transfer 1000000 from 5 to 3 (2024 economic)): line 5 has less than 1000000 to give
> inflation 2023=45 2024=30
goc-idaresi-2021 › butce: inflation 2023: 45%, 2024: 30%
 section  key   name             measure  before             after  Δ  Δ%
 total    2022  Toplam Ekonomik  real             4.493.997.000,00
 total    2023  Toplam Ekonomik  real             3.331.103.241,38
 total    2024  Toplam Ekonomik  real             3.183.023.872,68
3 figures moved
> budget 2024 --real --format csv
kind,year,classification,code,parent,depth,name,initial,added,deducted,revised,spent,cancelled,remaining,rolled_up,realisation_pct,share_pct,spent_share_pct,change_pct,reported_rate_pct,reported_change_pct,real
line,2024,economic,1,,0,Personel Giderleri,1132970000,,,,,,,,,18.882833333333333333333333,,0,,,601045092.84
line,2024,economic,2,,0,SGK Devlet Primi Giderleri,300399000,,,,,,,,,5.00665,,31.643263098526370591042531,,,159362864.72
line,2024,economic,3,,0,Mal ve Hizmet Alımı Giderleri,304656000,,,,,,,,,5.0776,,32.162626455430425653750716,,,161621220.16
line,2024,economic,5,,0,Cari Transferler,4135123000,,,,,,,,,68.918716666666666666666667,,31.605391618624966662020037,,,2193699204.24
line,2024,economic,6,,0,Sermaye Giderleri,92677000,,,,,,,,,1.544616666666666666666667,,31.643465909090909090909091,,,49165517.24
line,2024,economic,7,,0,Sermaye Transferleri,34175000,,,,,,,,,0.569583333333333333333333,,31.64483821263482280431433,,,18129973.47
total,2024,economic,,,,Toplam,6000000000,,,,,,,,,100,,24.221038335916751366436598,,,3183023872.68
2024: 100000000 over the ceiling of 5900000000 (see `ceiling 2024` for the excess by line)
> scenario unknown
error: ACTION: "unknown" is not a scenario action; expected new, list, show, use, copy, rename, drop, undo, export
  usage: scenario ACTION [NAME...] [--base SCENARIO] [--note TEXT] [--replace] [--dataset ID]
> scenario use baseline
using the baseline of goc-idaresi-2021
> sweep actual:PP16 40000..80000 step 20000 show indicator:PP16 goal:P1.SP3.O1
 actual:PP16  indicator:PP16  goal:P1.SP3.O1
      40.000           53,33           83,17
      60.000           80,00           84,38
      80.000          106,67           85,29
goc-idaresi-2021: 3 runs · goal: indicator rates capped at 100 in roll-ups
> simulate 100 --seed 3 vary actual:PP16 triangular 40000 55000 70000 show indicator:PP16
 output          runs    P10    P50    P90   mean  P(Hedefe Ulaşılamadı)  P(Hedefe Kısmen Ulaşıldı)  P(Hedefe Ulaşıldı)  P(Hedef Aşıldı)
 indicator:PP16   100  63,73  73,49  83,89  73,53                   79,0                       21,0                 0,0              0,0
goc-idaresi-2021: 100 runs, seed 3; actual:PP16 triangular 40000.0/55000.0/70000.0
[exit 1]
