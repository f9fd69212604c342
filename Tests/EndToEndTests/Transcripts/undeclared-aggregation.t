> load Tests/EndToEndTests/Fixtures/undeclared-aggregation
loaded toplama-kurali-2024 — Deneme Başkanlığı, 2024 Yılı Faaliyet Raporu (year-ends of indicators that declare no aggregation)
  0 goals · 6 indicators · 0 budget lines · 0 series values
> check --warn-only
toplama-kurali-2024: 6 disagreements (1 error, 5 notes)
 severity  table           key       column       stated  derived  message
 note      indicators.csv  BA1 2024  aggregation          sum      no aggregation declared; the stated year-end 100 is the sum of the quarters: declare `sum`
                                                                   to have it checked
 note      indicators.csv  BA2 2024  aggregation          last     no aggregation declared; the stated year-end 80 is the last quarter: declare `last` to
                                                                   have it checked
 note      indicators.csv  BA3 2024  aggregation          mean     no aggregation declared; the stated year-end 13 is the mean of the quarters: declare
                                                                   `mean` to have it checked
 note      indicators.csv  BA4 2024  actual       410              no aggregation declared, and no rule gives the stated year-end (tried sum 560, last 160,
                                                                   mean 140); likely a count of distinct people or units, those counted in more than one
                                                                   quarter removed from the year-end
 note      indicators.csv  BA5 2024  actual       90               no aggregation declared, and no rule gives the stated year-end (tried sum 40, last 10,
                                                                   mean 10); it is outside what the quarters can give (from the largest quarter 10 to their
                                                                   sum 40): check the year-end and the quarters
 error     indicators.csv  BA6 2024  actual       90      100      the quarters give 100 by sum, the stated year-end is 90 (difference -10)
> check --warn-only --format csv
dataset,severity,table,key,column,stated,derived,message
toplama-kurali-2024,note,indicators.csv,BA1 2024,aggregation,,sum,no aggregation declared; the stated year-end 100 is the sum of the quarters: declare `sum` to have it checked
toplama-kurali-2024,note,indicators.csv,BA2 2024,aggregation,,last,no aggregation declared; the stated year-end 80 is the last quarter: declare `last` to have it checked
toplama-kurali-2024,note,indicators.csv,BA3 2024,aggregation,,mean,no aggregation declared; the stated year-end 13 is the mean of the quarters: declare `mean` to have it checked
toplama-kurali-2024,note,indicators.csv,BA4 2024,actual,410,,"no aggregation declared, and no rule gives the stated year-end (tried sum 560, last 160, mean 140); likely a count of distinct people or units, those counted in more than one quarter removed from the year-end"
toplama-kurali-2024,note,indicators.csv,BA5 2024,actual,90,,"no aggregation declared, and no rule gives the stated year-end (tried sum 40, last 10, mean 10); it is outside what the quarters can give (from the largest quarter 10 to their sum 40): check the year-end and the quarters"
toplama-kurali-2024,error,indicators.csv,BA6 2024,actual,90,100,"the quarters give 100 by sum, the stated year-end is 90 (difference -10)"
toplama-kurali-2024: 6 disagreements (1 error, 5 notes)
> show BA4
indicator BA4 (2024)
  code           BA4
  year           2024
  name           Danışmanlık verilen kişi sayısı
  unit           kişi
  direction      increase
  aggregation    last (not declared)
  target (B)     450
  Q1             120
  Q2             150
  Q3             130
  Q4             160
  actual (C)     410
  note           none (sum 560, last 160, mean 140): distinct people counted once, a note
derived for BA4 (2024)
  rate %         91,11
  status         Hedefe Kısmen Ulaşıldı (from 80 to below 100)
  formula        realisation C / B × 100
  because        a monitoring row with no weight in its objective (activity-report; settings basis auto)
  A (baseline)   missing, taken as 0 (settings missing-baseline)
  B (target)     450
  C (year-end)   410
  C from         the stated actual; the quarters give 160 by last (no aggregation declared), a difference of 250
  performance %  91,11
> indicators --quarters --format csv
code,goal,year,name,unit,direction,aggregation,weight_pct,baseline,baseline_year,target,q1,q2,q3,q4,actual,year_end,year_end_from_quarters,quarter_difference,performance_pct,realisation_pct,basis,forecast,rate_pct,status,reported_rate_pct,reported_status,responsible,source,note
BA1,,2024,Düzenlenen etkinlik sayısı,adet,increase,,,,,100,10,20,30,40,100,100,no,60,100,100,realisation,no,100,Hedefe Ulaşıldı,,,,,the sum of the quarters: a note naming it
BA2,,2024,Hizmet binası sayısı,adet,increase,,,,,80,50,60,70,80,80,80,no,0,100,100,realisation,no,100,Hedefe Ulaşıldı,,,,,the last quarter: a note naming it
BA3,,2024,Ortalama bekleme süresi (gün),gün,increase,,,,,13,10,12,14,16,13,13,no,-3,100,100,realisation,no,100,Hedefe Ulaşıldı,,,,,the mean of the quarters: a note naming it
BA4,,2024,Danışmanlık verilen kişi sayısı,kişi,increase,,,,,450,120,150,130,160,410,410,no,250,91.111111111111111111111111,91.111111111111111111111111,realisation,no,91.111111111111111111111111,Hedefe Kısmen Ulaşıldı,,,,,"none (sum 560, last 160, mean 140): distinct people counted once, a note"
BA5,,2024,Denetlenen işyeri sayısı,adet,increase,,,,,90,10,10,10,10,90,90,no,80,100,100,realisation,no,100,Hedefe Ulaşıldı,,,,,"none, and above the sum (40): a note asking to check"
BA6,,2024,Yanıtlanan başvuru sayısı,adet,increase,sum,,,,90,10,20,30,40,90,90,no,-10,100,100,realisation,no,100,Hedefe Ulaşıldı,,,,,declared sum gives 100: an error as before
