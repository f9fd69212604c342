> load Tests/EndToEndTests/Fixtures/tr-format
loaded ornek-belediye-2023 — Örnek Büyükşehir Belediyesi, 2023 Yılı Performans Programı
  2 goals · 2 indicators · 4 budget lines · 0 series values
> budget
 code    name                                         initial      added     revised       spent  stated %  stated Δ%
 03      Mal ve Hizmet Alım Giderleri              1234567.89  100000.00  1334567.89  1200000.50
   03.2  Tüketime Yönelik Mal ve Malzeme Alımları   734567.89              734567.89   700000.00
   03.5  Hizmet Alımları                            500000.00  100000.00   600000.00   500000.50
 06      Sermaye Giderleri                             -19.60
 ──────  ────────────────────────────────────────  ──────────  ─────────  ──────────  ──────────  ────────  ─────────
         Toplam                                    1234548.29  100000.00  1334567.89  1200000.50
> budget --format csv
year,classification,code,parent,depth,name,initial,added,deducted,revised,spent,cancelled,revised_is_derived,reported_rate_pct,reported_change_pct
2023,economic,03,,0,Mal ve Hizmet Alım Giderleri,1234567.89,100000.00,,1334567.89,1200000.5,,yes,,
2023,economic,03.2,03,1,Tüketime Yönelik Mal ve Malzeme Alımları,734567.89,,,734567.89,700000,,no,,
2023,economic,03.5,03,1,Hizmet Alımları,500000,100000,,600000,500000.5,,yes,,
2023,economic,06,,0,Sermaye Giderleri,-19.6,,,,,,no,,
> indicators --format json
[
  {"code": "PG1", "goal": "İ1.1", "year": 2023, "name": "Dikilen ağaç sayısı", "unit": "adet", "direction": "increase", "aggregation": "sum", "weight_pct": 60, "baseline": 12500, "baseline_year": null, "target": 20000, "q1": 3000, "q2": 4500, "q3": 6000, "q4": 5250, "actual": 18750, "reported_rate_pct": 93.75, "reported_status": "Hedefe Kısmen Ulaşıldı", "responsible": null, "source": null},
  {"code": "PG2", "goal": "İ1.1", "year": 2023, "name": "Şikayet yanıt süresi", "unit": "gün", "direction": "decrease", "aggregation": "mean", "weight_pct": 40, "baseline": 12.5, "baseline_year": null, "target": 10, "q1": 11, "q2": 10.5, "q3": 9.75, "q4": 9.25, "actual": 10.125, "reported_rate_pct": 98.77, "reported_status": "Hedefe Kısmen Ulaşıldı", "responsible": null, "source": null}
]
> indicators --search ŞİKAYET
 code  goal  name                     A   B       C  stated %  stated status
 PG2   İ1.1  Şikayet yanıt süresi  12.5  10  10.125     98.77  Hedefe Kısmen Ulaşıldı
1 of 2 indicators
> goals
 code    level      title                     related  stated %
 İ1      aim        İklim değişikliğine uyum
   İ1.1  objective  Yeşil alan; ağaçlandırma
2 of 2 goals
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
