> load Tests/EndToEndTests/Fixtures/tr-format
loaded ornek-belediye-2023 — Örnek Büyükşehir Belediyesi, 2023 Yılı Performans Programı
  2 goals · 2 indicators · 4 budget lines · 0 series values
> budget
 code    name                                       initial       added       revised         spent   remaining  real %  share %  spent share %
 03      Mal ve Hizmet Alım Giderleri          1.234.567,89  100.000,00  1.334.567,89  1.200.000,50  134.567,39   89,92   100,00         100,00
   03.2  Tüketime Yönelik Mal ve Malzeme Alı…    734.567,89                734.567,89    700.000,00   34.567,89   95,29    55,04          58,33
   03.5  Hizmet Alımları                         500.000,00  100.000,00    600.000,00    500.000,50   99.999,50   83,33    44,96          41,67
 06      Sermaye Giderleri                           -19,60                                                                 0,00
 ──────  ────────────────────────────────────  ────────────  ──────────  ────────────  ────────────  ──────────  ──────  ───────  ─────────────
         Toplam                                1.234.548,29  100.000,00  1.334.567,89  1.200.000,50  134.567,39   89,92   100,00         100,00
TRY · Δ% on initial against the previous year
> budget --format csv
kind,year,classification,code,parent,depth,name,initial,added,deducted,revised,spent,cancelled,remaining,rolled_up,realisation_pct,share_pct,spent_share_pct,change_pct,reported_rate_pct,reported_change_pct,real
line,2023,economic,03,,0,Mal ve Hizmet Alım Giderleri,1234567.89,100000.00,,1334567.89,1200000.5,,134567.39,,89.916781978022864014808568,100,100,,,,
line,2023,economic,03.2,03,1,Tüketime Yönelik Mal ve Malzeme Alımları,734567.89,,,734567.89,700000,,34567.89,,95.294119104498292186444469,55.041627743643674807731213,58.33330902778790508837288,,,,
line,2023,economic,03.5,03,1,Hizmet Alımları,500000,100000,,600000,500000.5,,99999.5,,83.333416666666666666666667,44.958372256356325192268787,41.66669097221209491162712,,,,
line,2023,economic,06,,0,Sermaye Giderleri,-19.6,,,,,,,,,-0.001587625219585375635651,,,,,
total,2023,economic,,,,Toplam,1234548.29,100000.00,,1334567.89,1200000.5,,134567.39,,89.916781978022864014808568,100,100,,,,
> indicators --format json
[
  {"code": "PG1", "goal": "İ1.1", "year": 2023, "name": "Dikilen ağaç sayısı", "unit": "adet", "direction": "increase", "aggregation": "sum", "weight_pct": 60, "baseline": 12500, "baseline_year": null, "target": 20000, "q1": 3000, "q2": 4500, "q3": 6000, "q4": 5250, "actual": 18750, "year_end": 18750, "year_end_from_quarters": "no", "quarter_difference": 0, "performance_pct": 83.333333333333333333333333, "realisation_pct": 93.75, "basis": "performance", "forecast": "no", "rate_pct": 83.333333333333333333333333, "status": "Hedefe Kısmen Ulaşıldı", "reported_rate_pct": 93.75, "reported_status": "Hedefe Kısmen Ulaşıldı", "responsible": null, "source": null},
  {"code": "PG2", "goal": "İ1.1", "year": 2023, "name": "Şikayet yanıt süresi", "unit": "gün", "direction": "decrease", "aggregation": "mean", "weight_pct": 40, "baseline": 12.5, "baseline_year": null, "target": 10, "q1": 11, "q2": 10.5, "q3": 9.75, "q4": 9.25, "actual": 10.125, "year_end": 10.125, "year_end_from_quarters": "no", "quarter_difference": 0.000, "performance_pct": 95, "realisation_pct": 98.765432098765432098765432, "basis": "performance", "forecast": "no", "rate_pct": 95, "status": "Hedefe Kısmen Ulaşıldı", "reported_rate_pct": 98.77, "reported_status": "Hedefe Kısmen Ulaşıldı", "responsible": null, "source": null}
]
> indicators --search ŞİKAYET
 code  goal  name                     A   B       C  rate %  status                  stated %  stated status
 PG2   İ1.1  Şikayet yanıt süresi  12,5  10  10,125   95,00  Hedefe Kısmen Ulaşıldı     98,77  Hedefe Kısmen Ulaşıldı
1 of 2 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 80/100
> goals
 code    level      title                     related  perf %  status                  stated %
 İ1      aim        İklim değişikliğine uyum            88,00  Hedefe Kısmen Ulaşıldı
   İ1.1  objective  Yeşil alan; ağaçlandırma            88,00  Hedefe Kısmen Ulaşıldı
2 of 2 goals · indicator rates capped at 100 in roll-ups
> show İ1 --format json
{
  "code": "İ1",
  "level": "aim",
  "level_tr": "Amaç",
  "title": "İklim değişikliğine uyum",
  "parent": null,
  "responsible": null,
  "related": null,
  "reported_performance_pct": null,
  "children": "İ1.1",
  "indicators": null,
  "birim": "Çevre"
}
