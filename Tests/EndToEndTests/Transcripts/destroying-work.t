> load SampleData/goc-idaresi-2021 --replace
loaded goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu
  46 goals · 58 indicators · 16 budget lines · 66 series values
> scenario new artis
scenario artis of goc-idaresi-2021 — now in use
> target PP16 +10%
goc-idaresi-2021 › artis: target of PP16 +10%
 section    key        name                                  measure               before   after      Δ     Δ%  status                  → after                 flip
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      target                75.000  82.500  7.500  10,00
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      rate                   62,46   56,78  -5,68  -9,09  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 goal       P1         GÖÇ YÖNETİMİ                          performance (capped)   83,59   83,33  -0,26  -0,31  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3     GÖÇMENLERE YÖNELİK HİZMETLER          performance (capped)   83,59   83,33  -0,26  -0,31  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3.O1  Ulusal ve uluslararası mevzuat çerç…  performance (capped)   83,59   83,33  -0,26  -0,31  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
5 figures moved
> scenario new yuksek --base artis
scenario yuksek of goc-idaresi-2021, based on artis — now in use
> actual PP16 -5%
goc-idaresi-2021 › yuksek: actual of PP16 -5%
 section    key        name                                  measure               before      after          Δ     Δ%  status                  → after                 flip
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      actual                46.845  44.502,75  -2.342,25  -5,00
 indicator  PP16       Sınır Dışı edilen yabancı sayısı      rate                   56,78      53,94      -2,84  -5,00  Hedefe Ulaşılamadı      Hedefe Ulaşılamadı
 goal       P1         GÖÇ YÖNETİMİ                          performance (capped)   83,33      83,20      -0,13  -0,15  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3     GÖÇMENLERE YÖNELİK HİZMETLER          performance (capped)   83,33      83,20      -0,13  -0,15  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
 goal       P1.SP3.O1  Ulusal ve uluslararası mevzuat çerç…  performance (capped)   83,33      83,20      -0,13  -0,15  Hedefe Kısmen Ulaşıldı  Hedefe Kısmen Ulaşıldı
5 figures moved
> unload goc-idaresi-2021
error: goc-idaresi-2021 has 2 scenarios with 2 operations; unloading it drops them
  pass --force to unload it anyway
> scenario list
    name    dataset           base   operations  note
    artis   goc-idaresi-2021                  1
 *  yuksek  goc-idaresi-2021  artis           1
> unload goc-idaresi-2021 --force
unloaded goc-idaresi-2021, dropping its 2 scenarios with 2 operations
> scenario list
no scenarios (start one with `scenario new NAME`)
> datasets
no datasets loaded (try `load SampleData/goc-idaresi-2021`)
[exit 1]
