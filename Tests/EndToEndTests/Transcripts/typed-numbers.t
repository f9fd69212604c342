> load SampleData/goc-idaresi-2021
loaded goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu
  46 goals · 58 indicators · 16 budget lines · 66 series values
> scenario new sayilar
scenario sayilar of goc-idaresi-2021 — now in use
> target PP16 = 75.000
error: CHANGE: "75.000" could be 75 (a decimal point) or 75000 (a thousands point): write 75 or 75000, or declare how numbers are typed with `settings numbers tr` or `settings numbers plain`
> settings numbers
numbers dataset (plain: goc-idaresi-2021's number_format)
> settings numbers tr
numbers tr
> target PP16 = 75.000
goc-idaresi-2021 › sayilar: target of PP16 = 75000 (no figure changes)
> target PP16 +%10
goc-idaresi-2021 › sayilar: target of PP16 +10%
 section    key        name                                  measure               before   after      Δ     Δ%  status                  → after                 flip
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      target                75.000  82.500  7.500  10,00
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      rate                   62,46   56,78  -5,68  -9,09  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 goal       P1         GÖÇ YÖNETİMİ                          performance (capped)   83,59   83,33  -0,26  -0,31  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3     GÖÇMENLERE YÖNELİK HİZMETLER          performance (capped)   83,59   83,33  -0,26  -0,31  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3.O1  Ulusal ve uluslararası mevzuat çerç…  performance (capped)   83,59   83,33  -0,26  -0,31  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
5 figures moved
> target PP16 % 10
goc-idaresi-2021 › sayilar: target of PP16 +10%
 section    key        name                                  measure               before   after      Δ     Δ%  status                  → after                 flip
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      target                82.500  90.750  8.250  10,00
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      rate                   56,78   51,62  -5,16  -9,09  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 goal       P1         GÖÇ YÖNETİMİ                          performance (capped)   83,33   83,09  -0,23  -0,28  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3     GÖÇMENLERE YÖNELİK HİZMETLER          performance (capped)   83,33   83,09  -0,23  -0,28  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3.O1  Ulusal ve uluslararası mevzuat çerç…  performance (capped)   83,33   83,09  -0,23  -0,28  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
5 figures moved
> target PP16 10%
goc-idaresi-2021 › sayilar: target of PP16 +10%
 section    key        name                                  measure               before   after      Δ     Δ%  status                  → after                 flip
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      target                90.750  99.825  9.075  10,00
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      rate                   51,62   46,93  -4,69  -9,09  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 goal       P1         GÖÇ YÖNETİMİ                          performance (capped)   83,09   82,88  -0,21  -0,26  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3     GÖÇMENLERE YÖNELİK HİZMETLER          performance (capped)   83,09   82,88  -0,21  -0,26  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3.O1  Ulusal ve uluslararası mevzuat çerç…  performance (capped)   83,09   82,88  -0,21  -0,26  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
5 figures moved
> target PP16 -%5
goc-idaresi-2021 › sayilar: target of PP16 -5%
 section    key        name                                  measure               before      after          Δ     Δ%  status                  → after                 flip
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      target                99.825  94.833,75  -4.991,25  -5,00
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      rate                   46,93      49,40       2,47   5,26  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 goal       P1         GÖÇ YÖNETİMİ                          performance (capped)   82,88      82,99       0,11   0,14  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3     GÖÇMENLERE YÖNELİK HİZMETLER          performance (capped)   82,88      82,99       0,11   0,14  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3.O1  Ulusal ve uluslararası mevzuat çerç…  performance (capped)   82,88      82,99       0,11   0,14  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
5 figures moved
> actual PP16 +1.000
goc-idaresi-2021 › sayilar: actual of PP16 +1000
 section    key        name                                  measure               before   after      Δ    Δ%  status                  → after                 flip
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      actual                46.845  47.845  1.000  2,13
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      rate                   49,40   50,45   1,05  2,13  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 goal       P1         GÖÇ YÖNETİMİ                          performance (capped)   82,99   83,04   0,05  0,06  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3     GÖÇMENLERE YÖNELİK HİZMETLER          performance (capped)   82,99   83,04   0,05  0,06  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3.O1  Ulusal ve uluslararası mevzuat çerç…  performance (capped)   82,99   83,04   0,05  0,06  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
5 figures moved
> target PP16 = 60 000
error: CHANGE: "60 000" is one number written with spaces: numbers are written 1234567.89 or, the Turkish way, 1.234.567,89, without spaces
  usage: target [CODE...] CHANGE... [--goal CODE] [--prefix CODE] [--all] [--year YEAR] [--flips]
> target PP16 = 1,234,567.89
error: CHANGE: "1,234,567.89" is not a number (numbers are written 1234567.89 or, the Turkish way, 1.234.567,89, without spaces)
> ceiling 2021 6 500 000 000
error: "6 500 000 000" is one number written with spaces: numbers are written 1234567.89 or, the Turkish way, 1.234.567,89, without spaces
  usage: ceiling YEAR [AMOUNT] [--hold CODE] [--classification KIND] [--flips]
  ceiling 2021 6 500 000 000
                 ^^^
> grow 2021 2022 %45 --round 1.000
goc-idaresi-2021 › sayilar: grow economic initial of 2021 to 2022 by 45%, rounded to 1000
 section  key     name                           measure         before          after             Δ     Δ%
 budget   2022 1  Personel Giderleri             initial  1.132.970.000  1.067.320.000   -65.650.000  -5,79
 budget   2022 2  SGK Devlet Primi Giderleri     initial    207.447.000    200.104.000    -7.343.000  -3,54
 budget   2022 3  Mal ve Hizmet Alımı Giderleri  initial    209.560.000    204.960.000    -4.600.000  -2,20
 budget   2022 5  Cari Transferler               initial  2.856.420.000  2.738.225.000  -118.195.000  -4,14
 budget   2022 6  Sermaye Giderleri              initial     64.000.000    115.497.000    51.497.000  80,46
 budget   2022 7  Sermaye Transferleri           initial     23.600.000
 total    2022    Toplam Ekonomik                initial  4.493.997.000  4.326.106.000  -167.891.000  -3,74
7 figures moved
> ceiling 2022 6.500.000.000
goc-idaresi-2021 › sayilar: ceiling 6500000000 for 2022 economic (no figure changes)
2022: 4326106000 is within the ceiling of 6500000000 (2173894000 to spare)
> scenario show
scenario sayilar
  name        sayilar
  dataset     goc-idaresi-2021
  operations  8
 n  operation
 1  target of PP16 = 75000
 2  target of PP16 +10%
 3  target of PP16 +10%
 4  target of PP16 +10%
 5  target of PP16 -5%
 6  actual of PP16 +1000
 7  grow economic initial of 2021 to 2022 by 45%, rounded to 1000
 8  ceiling 6500000000 for 2022 economic
> settings numbers plain
numbers plain
> ceiling 2022 6.500
error: AMOUNT: "6.500" could be 6.5 (a decimal point) or 6500 (a thousands point): write 6.5 or 6500, or declare how numbers are typed with `settings numbers tr` or `settings numbers plain`
> grow 2021 2022 45 --round 1,000
error: --round: "1,000" could be 1 (a decimal comma) or 1000 (a thousands comma): write 1 or 1000, or declare how numbers are typed with `settings numbers tr` or `settings numbers plain`
  grow 2021 2022 45 --round 1,000
                            ^^^^^
> settings numbers dataset
numbers dataset (plain: goc-idaresi-2021's number_format)
> settings numbers
numbers dataset (plain: goc-idaresi-2021's number_format)
[exit 1]
