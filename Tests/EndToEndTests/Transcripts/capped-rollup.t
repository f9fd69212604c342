> load Tests/EndToEndTests/Fixtures/capped-rollup
loaded sinirli-toplama-2024 — Deneme Başkanlığı, 2024 Yılı Faaliyet Raporu (indicators far above target in roll-ups)
  4 goals · 9 indicators · 0 budget lines · 0 series values
> indicators
 code  goal  name                             A      B     C  rate %  status              stated %  stated status
 KG1   H1.1  Sonuçlanan başvuru sayısı           1.000   220   22,00  Hedefe Ulaşılamadı
 KG2   H1.1  Elektronik başvuru sayısı           1.000   290   29,00  Hedefe Ulaşılamadı
 KG3   H1.1  Bilgilendirme toplantısı sayısı        10  85,6  856,00  Hedef Aşıldı
 KG4   H1.2  Yanıtlanan şikayet sayısı             100    40   40,00  Hedefe Ulaşılamadı
 KG5   H1.2  Çözülen şikayet sayısı                100    45   45,00  Hedefe Ulaşılamadı
 KG6   H1.2  Anket sayısı                          100   110  110,00  Hedef Aşıldı
 KG7   H1.3  Denetlenen işyeri sayısı              100    70   70,00  Hedefe Ulaşılamadı
 KG8   H1.3  Denetim raporu sayısı                 100   105  105,00  Hedef Aşıldı
 KG9   H1.3  Eğitim verilen denetçi sayısı          10    30  300,00  Hedef Aşıldı
9 of 9 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 80/100
> goals
 code    level      title                        related  perf %  status                  stated %  uncapped %  changes band
 A1      aim        Hizmet kalitesini artırmak             67,33  Hedefe Ulaşılamadı
   H1.1  objective  Başvuruları hızlandırmak               50,33  Hedefe Ulaşılamadı                    302,33  KG3
   H1.2  objective  Şikayetleri azaltmak                   61,67  Hedefe Ulaşılamadı                     65,00
   H1.3  objective  Denetimleri yaygınlaştırmak            90,00  Hedefe Kısmen Ulaşıldı                158,33  KG9
4 of 4 goals · indicator rates capped at 100 in roll-ups · changes band: indicators above 100 that would change their objective's band if not capped
> goals --format json
[
  {"code": "A1", "parent": null, "depth": 0, "level": "aim", "title": "Hizmet kalitesini artırmak", "responsible": null, "related": null, "performance_pct": 67.333333333333333333333333, "status": "Hedefe Ulaşılamadı", "method": "children-mean", "rollup": "capped", "weight_total": null, "reported_performance_pct": null, "other_rollup_pct": null, "band_changers": "", "note": "mean of its objectives"},
  {"code": "H1.1", "parent": "A1", "depth": 1, "level": "objective", "title": "Başvuruları hızlandırmak", "responsible": null, "related": null, "performance_pct": 50.333333333333333333333333, "status": "Hedefe Ulaşılamadı", "method": "mean", "rollup": "capped", "weight_total": null, "reported_performance_pct": null, "other_rollup_pct": 302.333333333333333333333333, "band_changers": "KG3", "note": "22, 29, 856: capped 50.33 not reached; uncapped 302.33 exceeded (KG3 changes the band)"},
  {"code": "H1.2", "parent": "A1", "depth": 1, "level": "objective", "title": "Şikayetleri azaltmak", "responsible": null, "related": null, "performance_pct": 61.666666666666666666666667, "status": "Hedefe Ulaşılamadı", "method": "mean", "rollup": "capped", "weight_total": null, "reported_performance_pct": null, "other_rollup_pct": 65, "band_changers": "", "note": "40, 45, 110: capped 61.67, uncapped 65, both not reached (no mark)"},
  {"code": "H1.3", "parent": "A1", "depth": 1, "level": "objective", "title": "Denetimleri yaygınlaştırmak", "responsible": null, "related": null, "performance_pct": 90, "status": "Hedefe Kısmen Ulaşıldı", "method": "mean", "rollup": "capped", "weight_total": null, "reported_performance_pct": null, "other_rollup_pct": 158.333333333333333333333333, "band_changers": "KG9", "note": "70, 105, 300: capped 90 partially; uncapped 158.33 exceeded; only KG9 alone changes the band (KG8 alone: 91.67)"}
]
> settings rollup
rollup capped
> settings rollup uncapped
rollup uncapped
> goals
 code    level      title                        related  perf %  status              stated %  capped %  changes band
 A1      aim        Hizmet kalitesini artırmak            175,22  Hedef Aşıldı
   H1.1  objective  Başvuruları hızlandırmak              302,33  Hedef Aşıldı                     50,33  KG3
   H1.2  objective  Şikayetleri azaltmak                   65,00  Hedefe Ulaşılamadı               61,67
   H1.3  objective  Denetimleri yaygınlaştırmak           158,33  Hedef Aşıldı                     90,00  KG9
4 of 4 goals · indicator rates not capped in roll-ups · changes band: indicators above 100 that would change their objective's band if capped at 100
> goals --format csv
code,parent,depth,level,title,responsible,related,performance_pct,status,method,rollup,weight_total,reported_performance_pct,other_rollup_pct,band_changers,note
A1,,0,aim,Hizmet kalitesini artırmak,,,175.222222222222222222222222,Hedef Aşıldı,children-mean,uncapped,,,,,mean of its objectives
H1.1,A1,1,objective,Başvuruları hızlandırmak,,,302.333333333333333333333333,Hedef Aşıldı,mean,uncapped,,,50.333333333333333333333333,KG3,"22, 29, 856: capped 50.33 not reached; uncapped 302.33 exceeded (KG3 changes the band)"
H1.2,A1,1,objective,Şikayetleri azaltmak,,,65,Hedefe Ulaşılamadı,mean,uncapped,,,61.666666666666666666666667,,"40, 45, 110: capped 61.67, uncapped 65, both not reached (no mark)"
H1.3,A1,1,objective,Denetimleri yaygınlaştırmak,,,158.333333333333333333333333,Hedef Aşıldı,mean,uncapped,,,90,KG9,"70, 105, 300: capped 90 partially; uncapped 158.33 exceeded; only KG9 alone changes the band (KG8 alone: 91.67)"
> settings rollup sometimes
error: rollup: expects one of capped, uncapped
> settings reset
settings reset to the defaults
> goals H1.1 --format markdown
| code | level | title | related | perf % | status | stated % | uncapped % | changes band |
| --- | --- | --- | --- | ---: | --- | --- | ---: | --- |
| H1.1 | objective | Başvuruları hızlandırmak |  | 50,33 | Hedefe Ulaşılamadı |  | 302,33 | KG3 |

1 of 4 goals · indicator rates capped at 100 in roll-ups · changes band: indicators above 100 that would change their objective's band if not capped
[exit 1]
