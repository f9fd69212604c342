> load SampleData/goc-idaresi-2021
loaded goc-idaresi-2021 — Göç İdaresi Başkanlığı, 2021 Yılı Faaliyet Raporu
  46 goals · 58 indicators · 16 budget lines · 66 series values
> indicators PX
no indicator of goc-idaresi-2021 has a code starting with PX
> indicators PP1
PP1 is taken as a prefix: PP1, PP10–PP19
 code  goal       name                                                      A          B          C  rate %  status                  stated %  stated status
 PP1   P1.SP3.O1  Aktif ikamet izni sayısı                          1.101.030  1.300.000  1.244.799   95,75  Hedefe Kısmen Ulaşıldı      95,8  Hedefe Kısmen Ulaşıldı
 PP10  P1.SP3.O1  Gönüllü ve güvenli geri dönüş programından yara…         80         80      22,82   28,53  Hedefe Ulaşılamadı         28,52  Hedefe Ulaşılamadı
 PP11  P1.SP3.O1  Gönüllü ve güvenli geri dönüşlerdeki artış               27         10         10  100,00  Hedefe Ulaşıldı              100  Hedefe Ulaşıldı
 PP12  P1.SP3.O1  Görüş verilen çalışma izni/vizesi sayısı             40.178     40.000     31.953   79,88  Hedefe Ulaşılamadı            80  Hedefe kısmen Ulaşıldı
 PP13  P1.SP3.O1  Kurulan Göç Danışma Merkezi sayısı                       15         16         15   93,75  Hedefe Kısmen Ulaşıldı         0  Hedefe ulaşılamadı
 PP14  P1.SP3.O1  Personel sayısının artış oranı                           27          5       3,51   70,20  Hedefe Ulaşılamadı            70  Hedefe ulaşılamadı
 PP15  P1.SP3.O1  Sığınma Evi sayısı                                        3          4          2   50,00  Hedefe Ulaşılamadı             0  Hedefe Ulaşılamadı
 PP16  P1.SP3.O1  Sınır Dışı edilen yabancı sayısı                    103.858     75.000     46.845   62,46  Hedefe Ulaşılamadı         62,46  Hedefe Ulaşılamadı
 PP17  P1.SP3.O1  Sonuçlandırılan ön izne tabi vize sayısı            177.192    200.000    214.075  107,04  Hedef Aşıldı               58,54  Hedef aşıldı
 PP18  P1.SP3.O1  Sonuçlandırılan uluslararası koruma başvuru say…     21.500     40.000     49.838  124,60  Hedef Aşıldı               124,5  Hedef Aşıldı
 PP19  P1.SP3.O1  Tanımlanan insan ticareti mağduru sayısı                215        270        442  163,70  Hedef Aşıldı               205,5  Hedef Aşıldı
11 of 58 indicators · rate: performance for weighted (strategic-plan) rows, realisation for monitoring rows · bands 80/100
> help indicatrs
error: unknown command indicatrs (did you mean indicators?)
  `help` lists the commands
> .mode csv
error: unknown command .mode: Senaryo is not sqlite3
  `format table|csv|json|markdown` sets the output format (`--format` for one command)
> .read review.senaryo
error: unknown command .read: Senaryo is not sqlite3
  `source FILE` runs a script
> .output sonuc.csv
error: unknown command .output: Senaryo is not sqlite3
  `export FILE "COMMAND"` writes a command's output to a file (.csv, .json, .md, .xlsx, .txt)
> .once sonuc.csv
error: unknown command .once: Senaryo is not sqlite3
  `export FILE "COMMAND"` writes a command's output to a file (.csv, .json, .md, .xlsx, .txt)
> .tables
error: unknown command .tables: Senaryo is not sqlite3
  `datasets` lists the datasets; `sql "SELECT name FROM sqlite_master WHERE type = 'table'"` lists the workspace's tables
> \q
error: unknown command \q: Senaryo is not sqlite3
  `quit` (or Ctrl-D) leaves
> datasets --json
error: unknown option --json for datasets (did you mean --format json?)
  usage: datasets [--verbose]
  datasets --json
           ^^^^^^
> datasets -json
error: unknown option -json (did you mean --format json?)
  usage: datasets [--verbose]
  datasets -json
           ^^^^^
> scenario new Hedef
error: NAME: "Hedef" is not a scenario name (lowercase letters — ç ğ ı ö ş ü too — digits and -; not "baseline")
> scenario new hedef-artış
scenario hedef-artış of goc-idaresi-2021 — now in use
> sweep growth 50..30 step 5 show total
error: growth: the range 50..30 runs backwards: write it from the smaller value, 30..50
[exit 1]
