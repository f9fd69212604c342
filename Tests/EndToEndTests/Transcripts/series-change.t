> load Tests/EndToEndTests/Fixtures/series-change
loaded seri-degisim-2024 — Deneme Başkanlığı, 2024 Yılı Faaliyet Raporu (stated year-on-year changes of series)
  0 goals · 0 indicators · 0 budget lines · 13 series values
> series
 series        name              unit  year  period  value     Δ%  Δ pp  stated Δ%
 staff.total   Toplam personel   kişi  2023            400
 staff.total   Toplam personel   kişi  2024            555  38,75             38,8
 visits        Ziyaretçi sayısı  kişi  2023            300
 visits        Ziyaretçi sayısı  kişi  2024            347  15,67            15,66
 cases         Sonuçlanan dosya  adet  2023            700
 cases         Sonuçlanan dosya  adet  2024            800  14,29            14,30
 satisfaction  Memnuniyet oranı  %     2023           80,5
 satisfaction  Memnuniyet oranı  %     2024           84,2         3,70        3,7
 applications  Başvuru sayısı    adet  2023          1.000
 applications  Başvuru sayısı    adet  2024          1.250  25,00              125
 permits       Verilen izin      adet  2023            500
 permits       Verilen izin      adet  2024            540   8,00               12
 complaints    Şikayet sayısı    adet  2024             90                       5
13 of 13 series values
> check
seri-degisim-2024: 6 disagreements (1 error, 4 warnings, 1 note)
 severity  table       key                column               stated  derived  message
 note      series.csv  visits 2024        reported_change_pct  15.66   15.6667  the change from 2023 15.6667 truncated, not rounded
 warning   series.csv  cases 2024         reported_change_pct  14.30   14.2857  the change from 2023 is 14.2857: off by one in the last printed digit
 warning   series.csv  satisfaction 2024  reported_change_pct  3.7     4.5963   stated value matches the difference in percentage points (3.7), not the change from 2023
                                                                                (4.5963)
 warning   series.csv  applications 2024  reported_change_pct  125     25       stated value matches this year as a percentage of 2023 (125), not the change from 2023
                                                                                (25)
 error     series.csv  permits 2024       reported_change_pct  12      8        the change from 2023 gives 8
 warning   series.csv  complaints 2024    reported_change_pct  5                stated, but the change from 2023 is undefined: no value for 2023
error: check found 1 error (--warn-only to report without failing)
[exit 1]
