# DRAFT: machine-drafted, not yet checked by a native speaker.
# dropin — Albanian (Shqip). Translated from en-GB, the source locale: this file has exactly the same message ids.

## Ekranet
screen-today = Sot
screen-people = Persona
screen-settings = Cilësimet

## Tastet (etiketat në fund, ndihma dhe menytë e veprimeve)
key-new-visit = Vizitë e re
key-mark-seen = Në bisedë
key-mark-done = Mbaroi
key-mark-left = Iku pa bisedë
key-mark-waiting = Sërish në pritje
key-open-person = Hap personin
key-new-person = Person i ri
key-new-visit-for-person = Vizitë e re për këtë person
key-edit-person = Ndrysho personin
key-search = Kërko
key-back = Prapa
key-save = Ruaj
key-cancel = Mbyll
key-next-field = Fusha tjetër
key-prev-field = Fusha e mëparshme
key-choose = Zgjidh
key-toggle = Shëno / ndrysho
key-up = Lart
key-down = Poshtë
key-left = Majtas
key-right = Djathtas
key-page-up = Faqja lart
key-page-down = Faqja poshtë
key-home = E para
key-end = E fundit
key-menu = Veprime
key-go-today = Te Sot
key-go-people = Te Personat
key-go-settings = Te Cilësimet
key-help = Ndihmë
key-language = Gjuha
key-quit = Dil

## Sot
today-counts = Në pritje: { $waiting } · Në bisedë: { $seen } · Mbaruar: { $done } · Ikën: { $left }
today-empty = Ende askush në radhë. Shtypni Ctrl+N për të shënuar një vizitë.
col-ref = Kodi
col-name = Emri
col-arrived = Erdhi
col-waiting = Pret
col-needs = Nevojat
col-state = Gjendja
col-born = Lindur
col-last-visit = Vizita e fundit
col-date = Data
col-language = Gjuha
col-interpreting = Përkthimi
anonymous-walk-in = Vizitor anonim

## Gjendjet e vizitës
state-waiting = në pritje
state-being-seen = në bisedë
state-done = mbaruar
state-left = iku pa bisedë

## Fushat e nevojave (Home Office Indicators of Integration)
domain-work = Punë
domain-education = Arsim
domain-housing = Strehim
domain-health = Shëndet dhe kujdes social
domain-leisure = Kohë e lirë
domain-social-bonds = Lidhje brenda komunitetit
domain-social-bridges = Ura me komunitete të tjera
domain-social-links = Lidhje me institucionet
domain-language = Gjuhë dhe komunikim
domain-culture = Kulturë
domain-digital = Aftësi digjitale
domain-safety = Siguri
domain-stability = Stabilitet
domain-rights = Të drejta dhe përgjegjësi
domain-work-short = Punë
domain-education-short = Arsim
domain-housing-short = Strehim
domain-health-short = Shëndet
domain-leisure-short = Kohë e lirë
domain-social-bonds-short = Komunitet
domain-social-bridges-short = Ura
domain-social-links-short = Institucione
domain-language-short = Gjuhë
domain-culture-short = Kulturë
domain-digital-short = Digjitale
domain-safety-short = Siguri
domain-stability-short = Stabilitet
domain-rights-short = Të drejta

## Përkthimi
interpreting-none = Asnjë
interpreting-volunteer = Vullnetar
interpreting-phone = Telefon
interpreting-professional = Profesionist i rezervuar
interpreting-family = Familjar ose mik
poor-practice = praktikë e dobët: herën tjetër rezervoni një përkthyes

## Persona
people-search-label = Kërko emrin ose kodin:
people-hint = Shkruani disa shkronja të emrit, ose një kod.
people-none = Nuk u gjet askush. Shtypni Ctrl+N për të shtuar një person të ri.
person-no-visits = Ende asnjë vizitë.

## Formularët
form-new-visit = Vizitë e re
form-new-person = Person i ri
form-edit-person = Ndrysho personin
field-visit-person = Personi
field-visit-needs = Nevojat
field-visit-language = Gjuha e përdorur
field-visit-interpreting = Përkthimi
field-visit-notes = Shënim
field-name = Emri
field-year-of-birth = Viti i lindjes
field-gender = Gjinia
field-gender-other = Me fjalët e tyre
field-country = Vendi i origjinës
field-first-language = Gjuha e parë
field-other-languages = Gjuhë të tjera
field-english-level = Anglisht
field-needs-interpreter = Ka nevojë për përkthyes
field-interpreter-gender = Gjinia e përkthyesit
field-immigration-status = Statusi i imigrimit
field-phone = Telefon
field-notes = Shënime
field-consent = Pëlqimi
consent-keep-record = Jep pëlqimin që të mbajmë të dhëna për të
consent-given-on = Dha pëlqimin për të dhënat më { $date }
consent-withdrawn-on = Tërhoqi pëlqimin më { $date }
picker-new-person = Person i ri “{ $name }”
picker-last-visit = erdhi për herë të fundit më { $date }
needs-filter = Shkruani për të filtruar:
needs-no-match = Asnjë nevojë nuk përputhet me atë që shkruat.
hint-language-pick = ↑ ↓ pastaj Enter për të zgjedhur
prefilled-last-visit = si në vizitën e fundit
value-none = —
value-not-recorded = nuk është shënuar
value-yes = po
value-no = jo

## Vlerat
gender-woman = Grua
gender-man = Burrë
gender-non-binary = Jobinar
gender-another-way = Ndryshe
gender-prefer-not = Preferoj të mos e them
pref-woman = Përkthyese grua
pref-man = Përkthyes burrë
pref-none = Pa preferencë
status-asylum-seeker = Azilkërkues
status-refugee = Refugjat (me leje qëndrimi)
status-refused = Azilkërkues i refuzuar
status-nrpf = Pa të drejtë për fonde publike (NRPF)
status-other = Status tjetër
status-settled = Britanik ose me qëndrim të përhershëm
status-unknown = I panjohur
status-prefer-not = Preferoj të mos e them
english-none = Aspak
english-basic = Fillestar
english-intermediate = Mesatar
english-fluent = Rrjedhshëm

## Gabime pranë fushave
error-empty = Kjo nuk mund të jetë bosh.
error-too-long = Shumë e gjatë: jo më shumë se { $max } shenja.
error-year-range = Shkruani një vit nga { $min } deri në { $max }.
error-not-a-year = Shkruani vitin me katër shifra, p.sh. 1990.
error-phone = Përdorni vetëm shifra, hapësira, +, - dhe kllapa (të paktën 6 shifra).
error-consent = Pa pëlqim për të mbajtur të dhëna, shënoni një vizitor anonim.
error-person-missing = Zgjidhni një person, një person të ri ose një vizitor anonim.
error-auto-lock = Shkruani një numër minutash nga 1 deri në 60.
role-volunteer = Vullnetar
role-coordinator = Koordinator
error-password-short = Të paktën 10 shenja, ju lutem (disa fjalë bashkë mbahen mend lehtë).
error-password-long = Është shumë i gjatë: jo më shumë se 200 shenja.
error-password-mismatch = Dy fjalëkalimet nuk janë njësoj.
error-time-zone = dropin nuk e njeh këtë zonë kohore. Përdorni një emër si Europe/London.

## Rreshti i gjendjes
status-visit-saved = Vizita u ruajt për { $name }.
status-person-saved = { $name } u ruajt.
status-settings-saved = Cilësimet u ruajtën.
status-fix-errors = Nuk u ruajt: ju lutem korrigjoni fushat e shënuara.
status-cannot-move = Një vizitë që është “{ $from }” nuk mund të shënohet “{ $to }”.
status-close-form-first = Ruani ose mbyllni formularin më parë (Ctrl+S ose Esc).

## Konfirmime
confirm-title = Ju lutem kontrolloni
confirm-quit-unsaved = Një formular ka ndryshime të paruajtura. Të dilet gjithsesi?
confirm-quit = Dil pa ruajtur
confirm-keep-editing = Vazhdo redaktimin
confirm-discard = Të mbyllet ky formular dhe të humbasë ajo që shkruat?
confirm-discard-yes = Mbyll dhe humb ndryshimet
confirm-duplicate = Ky mund të jetë dikush që është shënuar tashmë:
confirm-save-anyway = Ruaj si person të ri
confirm-go-back = Kthehu

## Dritaret
help-title = Tastet
help-more = ↑ ↓ për më shumë
menu-title = Veprime
language-title = Gjuha
language-draft = paraprak

## Cilësimet
field-centre-name = Emri i qendrës
field-time-zone = Zona kohore
field-language = Gjuha në këtë kompjuter
field-rtl-visual = Rendit tekstin nga e djathta në të majtë (çaktivizojeni nëse e bën terminali)
field-native-digits = Numrat me shifrat e gjuhës sime
settings-digits-none = (kjo gjuhë shkruan 0–9)
field-shaping = Bashko shkronjat arabe
shaping-auto = Automatike
shaping-on = Aktive
shaping-off = Joaktive (i bashkon terminali)
shaping-now-on = po bashkohen tani
shaping-now-off = nuk po bashkohen tani
settings-screen-reader = Përdorni lexues ekrani? Çaktivizoni të dyja: “Rendit tekstin nga e djathta në të majtë” dhe “Bashko shkronjat arabe”: lexuesi i ekranit e lexon ekranin nga e majta në të djathtë, kështu që teksti që dropin e rendit nga e djathta në të majtë do të lexohej së prapthi.
language-console-cannot = Ky ekran (konsola e Linux-it) nuk mund të vizatojë shkronja arabe ose etiopike. Për të përdorur atë gjuhë, hapni dropin në një dritare terminali në desktop.
language-console-note = nuk mund të shfaqet këtu
field-auto-lock = Kyç ekranin pas kaq minutash pa veprim (1–60)
settings-hint = Tab kalon nga një fushë te tjetra, Space ndryshon zgjedhjen, Ctrl+S ruan.

## Mesazhe në gjithë ekranin
too-small = Ju lutem zmadhoni dritaren: dropin ka nevojë për të paktën { $width } kolona dhe { $height } rreshta (tani { $current_width }×{ $current_height }).

## Gabime të ruajtjes
crash-message = dropin ndaloi për shkak të një defekti në program. Gjithçka e ruajtur më parë është e sigurt. Ju lutem nisni sërish programin dhe njoftoni koordinatorin tuaj.
store-already-open = dropin është tashmë i hapur në këtë kompjuter. Mbylleni më parë, ose përdorni të njëjtin veprim brenda programit.
store-newer-schema = Këto të dhëna janë shkruar nga një version më i ri i dropin. Nuk u ndryshua asgjë. Për t'i hapur, instaloni atë version më të ri (ose një më të ri), ose rikthoni një kopje rezervë të bërë nga ky version: dropin restore FILE --volunteer NAME --force (të dhënat këtu zhvendosen mënjanë, nuk fshihen).
store-corrupt = Të dhënat janë të dëmtuara dhe nuk lexohen. Nuk u ndryshua asgjë. Rikthoni kopjen rezervë më të fundit: dropin restore FILE --volunteer NAME --force (të dhënat e dëmtuara zhvendosen mënjanë, nuk fshihen).
store-lost-writes = Të dhënat janë më të vjetra se ruajtja e fundit: mungojnë ruajtjet nga { $first } deri në { $last }. Nuk u ndryshua asgjë. Rikthoni kopjen rezervë më të fundit: dropin restore FILE --volunteer NAME --force (të dhënat këtu zhvendosen mënjanë, nuk fshihen), pastaj futni sërish çfarë u ruajt pas saj.
store-lost-write = Të dhënat janë më të vjetra se ruajtja e fundit: mungon ruajtja { $last }. Nuk u ndryshua asgjë. Rikthoni kopjen rezervë më të fundit: dropin restore FILE --volunteer NAME --force (të dhënat këtu zhvendosen mënjanë, nuk fshihen), pastaj futni sërish çfarë u ruajt pas saj.
store-latest-backup = Kopja rezervë më e fundit është { $file }
store-read-only = dropin nuk mund të shkruajë në dosjen e vet të të dhënave. Çfarë u ruajt më parë është e sigurt. Bëjeni dosjen sërish të shkrueshme (ose rifusni diskun), pastaj provoni sërish.
store-disk-full = Disku është plot: ndryshimi i fundit nuk u ruajt. Çfarë u ruajt më parë është e sigurt. Lironi pak hapësirë, pastaj ruani sërish.
store-io = Të dhënat nuk mund të lexoheshin ose të shkruheshin. Nuk u ruajt asgjë.
store-not-found = Ky regjistrim nuk është më aty.
store-bad-transition = Ky ndryshim nuk është i mundur për këtë vizitë.
store-consent-required = Të dhënat mund të mbahen vetëm me pëlqimin e personit.
store-backup-damaged = Ky skedar i kopjes rezervë është i dëmtuar ose është ndryshuar: nuk mund të përdoret. Nuk u ndryshua asgjë.
store-not-empty = Kjo dosje ka tashmë të dhëna. Zgjidhni një dosje bosh, ose përdorni --force për të zhvendosur më parë të dhënat aktuale mënjanë.
store-not-allowed = Këtë mund ta bëjë vetëm një koordinator.
store-not-signed-in = Ju lutem hyni më parë.
store-wrong-password = Fjalëkalimi nuk është i saktë. Kontrolloni emrin dhe provoni sërish.
store-sign-in-wait = Shumë fjalëkalime të gabuara. Ju lutem prisni { $seconds } sekonda, pastaj provoni sërish.
store-rotation-unfinished = Një ndryshim i çelësit të të dhënave u ndërpre. Hyni në dropin për ta përfunduar, pastaj provoni sërish.
crypto-undecryptable = Një regjistrim nuk mund të hapej: është i dëmtuar ose është ndryshuar jashtë dropin. Rikthoni kopjen rezervë më të fundit.
crypto-truncated = Një regjistrim është i prerë: është i dëmtuar. Rikthoni kopjen rezervë më të fundit.
crypto-unknown-version = Një regjistrim është shkruar nga një dropin më i ri. Ju lutem përdorni versionin më të ri.
crypto-too-long = Një regjistrim është shumë i madh për t’u mbrojtur. Nuk u ruajt asgjë.
crypto-kdf = Fjalëkalimi nuk mund të kontrollohej në këtë kompjuter (mungon memorja?).
crypto-bad-recovery-key = Ky nuk është një çelës rikuperimi: kontrolloni çdo grup shkronjash dhe shifrash.
crypto-random = Ky kompjuter nuk arriti të krijojë një çelës të rastësishëm të sigurt.

## Konfigurimi, hyrja, kyçja
key-lock = Kyç ekranin
setup-title = Mirë se vini në dropin
setup-intro = Së pari, emri i qendrës dhe koordinatori i parë, i cili do të shtojë vullnetarët e tjerë.
setup-your-name = Emri juaj
field-password = Fjalëkalimi
field-password-again = Fjalëkalimi sërish
setup-hint = Të paktën 10 shenja: disa fjalë që do t’i mbani mend. Tab kalon më tej, Ctrl+S përfundon.
recovery-title = Çelësi juaj i rikuperimit
recovery-intro = Nëse ndonjëherë harrohen të gjitha fjalëkalimet, ky çelës është e vetmja rrugë për t’u kthyer te të dhënat. Shfaqet vetëm tani.
recovery-keep = Shkruajeni ose printojeni, dhe mbajeni të mbyllur larg këtij kompjuteri.
recovery-continue = Shtypni Enter kur ta keni shkruar në vend të sigurt.
signin-title = Hyrje
lock-title = I kyçur — hyni për të vazhduar
signin-name = Emri juaj
signin-hint-name = Shkruani ose zgjidhni emrin tuaj, pastaj Enter.
signin-hint-password = Shkruani fjalëkalimin, pastaj Enter. Esc zgjedh një emër tjetër.
signin-welcome = Keni hyrë si { $name }.
status-draft-lost = Formulari juaj i paruajtur nga para kyçjes nuk mund të rikthehej; ju lutem filloni sërish.
signin-demo = Demo: { $coordinator } (koordinator) dhe { $volunteer } (vullnetar) përdorin të dy fjalëkalimin { $password }

## Hyrja me çelësin e rikuperimit
key-use-recovery-key = Përdor çelësin e rikuperimit
recovery-signin-title = Hyrje me çelësin e rikuperimit
recovery-signin-intro = Për rastin kur janë harruar fjalëkalimet e të gjithë koordinatorëve: shkruani çelësin e rikuperimit që u shkrua kur u konfigurua dropin. Një vullnetar që ka harruar vetëm fjalëkalimin e vet mund t’i kërkojë një koordinatori ta rivendosë.
field-recovery-key = Çelësi i rikuperimit
recovery-signin-hint = Hapësirat dhe vizat nuk kanë rëndësi. Enter ju fut brenda, Esc kthehet prapa.
recovery-wrong-key = Ky çelës nuk i hap të dhënat e kësaj qendre. Krahasojeni me kopjen e shkruar, grup pas grupi.
recovery-password-title = Zgjidhni një fjalëkalim të ri
recovery-password-intro = Çelësi i rikuperimit i hapi të dhënat dhe keni hyrë si { $name }. Zgjidhni një fjalëkalim të ri për veten para se të vazhdoni: tani e tutje do të hyni me të.
recovery-password-hint = Të paktën 10 shenja: disa fjalë që do t’i mbani mend. Tab kalon më tej, Enter ose Ctrl+S ruan. Esc del pa fjalëkalim të ri.
status-recovered = Fjalëkalimi u vendos. Rivendosni fjalëkalimet e vullnetarëve të tjerë te Cilësimet → Vullnetarët (F8).

## dropin check
check-person-unreadable = Të dhënat e një personi nuk mund të hapen: { $about }
check-visits-unreadable = Vizitat e një dite nuk mund të hapen: { $about }
check-visit-unlisted = Një vizitë nuk është në faqen e personit të saj: { $about }
check-visit-missing = Faqja e një personi tregon një vizitë që nuk ekziston: { $about }
check-card-wrong = Kërkimi i personave ka një emër ose telefon të vjetër për { $about }
check-card-missing = Kërkimi i personave nuk e gjen { $about }
check-cards-unreadable = Një bllok i të dhënave të kërkimit të personave nuk mund të hapet: { $about }
check-audit-broken = Regjistri i kontrollit është ndryshuar: { $about }
check-all-well = Çdo regjistrim hapet dhe përputhet; regjistri i kontrollit është i paprekur.

## Vullnetarët
key-new-volunteer = Vullnetar i ri
key-change-password = Fjalëkalimi im
key-reset-password = Rivendos fjalëkalimin
key-deactivate = Çaktivizo
field-role = Roli
form-new-volunteer = Vullnetar i ri
form-reset-password = Fjalëkalim i ri
form-own-password = Ndrysho fjalëkalimin tim
volunteer-reset-for = Një fjalëkalim i ri për { $name }
volunteer-inactive = i çaktivizuar
settings-volunteers = Vullnetarët (Ctrl+O mbi një emër: rivendos fjalëkalimin, çaktivizo)
status-volunteer-added = Vullnetari u shtua.
status-password-reset = Fjalëkalimi u vendos. Tregojani personalisht, jo me shkrim.
status-password-changed = Fjalëkalimi juaj u ndryshua.
status-volunteer-deactivated = Vullnetari u çaktivizua: fjalëkalimi i tij/saj nuk hap më asgjë.
confirm-deactivate = Të çaktivizohet { $name }? Fjalëkalimi i tij/saj nuk do të hapë më asgjë.
confirm-deactivate-yes = Çaktivizo
key-rotate-key = Ndrysho çelësin e të dhënave
confirm-rotate-key = Të ndryshohet tani çelësi i të dhënave?
confirm-rotate-key-why = Bëjeni këtë pasi të çaktivizoni një vullnetar, ose nëse të dhënat mund të jenë kopjuar: kopjet e vjetra të çelësave të mbetura në disk nuk do të hapin më asgjë. Të gjithë e mbajnë fjalëkalimin e tyre dhe çelësi i rikuperimit vazhdon të funksionojë.
confirm-rotate-key-backups = Zgjat nga disa sekonda deri në disa minuta dhe gjatë kësaj kohe askush nuk mund të përdorë dropin. Kopjet rezervë të bëra më parë hapen ende me çelësin e vjetër: bëni një të re më pas.
confirm-rotate-key-yes = Ndrysho çelësin
work-rotation-title = Po ndryshohet çelësi i të dhënave
work-rotation-what = Çdo regjistrim po kyçet sërish me një çelës të ri.
work-rotation-progress = { $done } nga { $total } regjistrime
work-rotation-safe = Mund të dilni (Ctrl+Q) në çdo çast: vazhdon në hyrjen e ardhshme.
status-key-rotated = Çelësi i të dhënave u ndryshua. Bëni tani një kopje rezervë të re (Ctrl+B): kopjet rezervë më të vjetra hapen ende me çelësin e vjetër.
status-key-rotation-stopped = Ndryshimi i çelësit të të dhënave u ndal: { $why } Vazhdon në hyrjen e ardhshme.

## Kopjet rezervë në program
key-backup-now = Bëj kopje rezervë tani
field-backup-dir = Dosja e kopjeve rezervë (një USB; bosh: pa kopje rezervë ditore)
field-backups-kept = Sa kopje rezervë të mbahen aty
error-backups-kept = Shkruani një numër nga 1 deri në 365.
status-backup-made = Kopja rezervë u ruajt: { $file }
store-no-backup-folder = Dosja e kopjeve rezervë nuk është caktuar ose nuk gjendet. A është futur USB-ja? Caktojeni te F8 Cilësimet.

## Regjistri i kontrollit
audit-title = Regjistri i kontrollit
audit-filter = Filtër (një kod, emri i një vullnetari ose një datë VVVV-MM-DD), pastaj Enter:
audit-none = Asnjë hyrje nuk përputhet.
audit-signed-in = hyri
audit-signed-out = doli
audit-sign-in-failed = dha fjalëkalim të gabuar
audit-viewed-person = shikoi { $person }
audit-created-person = shtoi { $person }
audit-edited-person = ndryshoi { $person }: { $fields }
audit-created-visit = shënoi vizitën { $visit } për { $person }
audit-edited-visit = ndryshoi vizitën { $visit }: { $fields }
audit-exported = eksportoi { $what }
audit-erased = fshiu { $person }
audit-volunteer-added = shtoi një vullnetar
audit-volunteer-changed = ndryshoi një vullnetar
audit-key-rotated = ndërroi çelësin e të dhënave
audit-backup-made = bëri një kopje rezervë
audit-restored = riktheu një kopje rezervë
audit-recovery-key-used = hyri me çelësin e rikuperimit
audit-service-saved = shtoi ose ndryshoi një shërbim
audit-directory-imported = importoi shërbime (Open Referral)
audit-referred = orientoi ose referoi një person
audit-followed-up = shënoi rezultatin e një referimi
audit-interpreter-saved = shtoi ose ndryshoi një përkthyes
audit-booking-saved = rezervoi një përkthyes ose ndryshoi një rezervim
audit-field-name = emri
audit-field-year-of-birth = viti i lindjes
audit-field-gender = gjinia
audit-field-country = vendi
audit-field-first-language = gjuha e parë
audit-field-other-languages = gjuhë të tjera
audit-field-english-level = anglisht
audit-field-needs-interpreter = ka nevojë për përkthyes
audit-field-interpreter-gender = gjinia e përkthyesit
audit-field-immigration-status = statusi i imigrimit
audit-field-phone = telefoni
audit-field-notes = shënimet
audit-field-consent = pëlqimi
audit-field-visit-state = gjendja
audit-field-needs = nevojat
audit-field-language = gjuha
audit-field-interpreting = përkthimi
audit-field-visit-notes = shënimi
audit-broken-edited = një hyrje është ndryshuar
audit-broken-missing = mungon një hyrje
audit-broken-out-of-order = hyrjet nuk janë në rend
key-audit-log = Regjistri i kontrollit

## Orientimi dhe referimi
referral-kind-signposted = Orientuar
referral-kind-referred = Referuar
referral-needs-consent = Një referim kërkon pëlqimin e personit për të ndarë të dhënat e tij/saj me shërbimin. Pyeteni më parë.
referral-needs-follow-up = Një referim kërkon një datë ndjekjeje, sot ose më vonë.
outcome-pending = Në pritje
outcome-attended = Shkoi
outcome-not-attended = Nuk shkoi
outcome-declined = Refuzoi
outcome-unknown = Nuk dihet

## F6 Ndjekjet
screen-follow-ups = Ndjekjet
key-go-follow-ups = Te Ndjekjet
key-outcome-attended = Shkoi
key-outcome-not-attended = Nuk shkoi
key-outcome-declined = Refuzoi
key-outcome-unknown = Nuk dihet
key-outcome-pending = Ende në pritje (datë e re)
key-close-visit-done = Mbyll vizitën: mbaruar
key-close-visit-left = Mbyll vizitën: iku pa bisedë
follow-ups-counts = Referime për t’u ndjekur: { $referrals } · Vizita të mbetura hapur: { $visits } · Rezervime për t’u mbyllur: { $bookings }
follow-ups-empty = Asgjë për t’u ndjekur. Referimet shfaqen këtu në datën e ndjekjes; këtu shfaqen edhe vizitat e ditëve të mëparshme të mbetura në radhë, si dhe rezervimet e përkthyesve që u ka kaluar ora dhe janë ende hapur.
follow-ups-referral = Referim: { $service }
follow-ups-visit = Vizitë e mbetur hapur ({ $state })
col-due = Afati
col-days-late = Vonesë
col-what = Çfarë
status-outcome-recorded = Rezultati u shënua: { $outcome }.
status-follow-up-put-off = Ende në pritje: ndiqeni sërish më { $date }.
status-visit-closed = Vizita u mbyll.
status-not-a-referral = Ky rresht është vizitë: d e mbyll si mbaruar, l si iku pa bisedë.
status-not-a-visit = Ky rresht është referim: a shkoi, n nuk shkoi, x refuzoi, u nuk dihet, p ende në pritje.
person-referral-pending = Ndjekje më { $date }
col-kind = Lloji
col-service = Shërbimi
col-outcome = Rezultati

## Katalogu
field-stale-months = Shëno shërbimet e katalogut të pakontrolluara për kaq muaj (1–60)
error-stale-months = Shkruani një numër muajsh nga 1 deri në 60.

## Formulari i orientimit dhe referimit
form-referral = Orientim ose referim: { $name }
field-service = Shërbimi
field-referral-kind = Orientuar apo referuar
field-consent-to-share = Pëlqimi
field-follow-up = Ndjekje më
referral-consent-question = Jep pëlqimin për t’i ndarë të dhënat me këtë shërbim
referral-no-service-found = Asnjë shërbim nuk përputhet. Më pak shkronja, apo një fjalë tjetër?
key-refer = Orientim ose referim
status-refer-whom = Zgjidhni vizitën e dikujt të njohur (jo të një vizitori anonim), ose hapni faqen e tij/saj, për ta orientuar ose referuar.
status-directory-empty = Katalogu nuk ka ende asnjë shërbim aktiv (F4).
error-choose-service = Zgjidhni një shërbim: shkruani disa shkronja, pastaj ↑ ↓ dhe Enter.
status-signposted = { $name } u orientua te { $service }.
status-referred = { $name } u referua te { $service }: do të shfaqet te F6 në datën e ndjekjes.

## Importi dhe eksporti Open Referral (dropin import hsds, dropin export hsds)
import-progress = po lexohet katalogu
import-summary = Import nga Open Referral — të shtuara: { $added }, të përditësuara: { $updated }, të pandryshuara: { $unchanged }, të refuzuara: { $rejected }.
import-rejected = { $place }: { $reason }
import-more-rejected = { $count ->
        [one] …dhe 1 rresht tjetër i refuzuar, që nuk tregohet këtu.
       *[other] …dhe { $count } rreshta të tjerë të refuzuar, që nuk tregohen këtu.
    }
import-at-line = { $file }, rreshti { $line }
import-at-item = { $file }, { $item }
import-at-file = { $file }
import-reason-not-utf8 = teksti te “{ $column }” nuk është UTF-8 i vlefshëm
import-reason-fields = rreshti ka { $found } qeliza, ndërsa koka ka { $expected }
import-reason-json = nuk është JSON i vlefshëm (nga rreshti { $line }, kolona { $column })
import-reason-too-large = skedari është shumë i madh për t’u lexuar si JSON ({ $mib } MiB); importoni paketën CSV në vend të tij
import-reason-missing = “{ $column }” është bosh
import-reason-too-long = “{ $column }” është shumë i gjatë
import-reason-duplicate = id-ja “{ $id }” është përdorur tashmë në rreshtin { $first }
import-reason-no-organisation = organizata e tij “{ $id }” nuk është në katalog
import-reason-no-organisation-id = nuk përmend asnjë organizatë
import-reason-organisation-rejected = organizata e tij (rreshti { $line }) u refuzua
import-reason-part-rejected = një rresht i tij te { $file }, rreshti { $line }, u refuzua
import-error-not-found = Nuk ka asgjë te { $path }.
import-error-not-hsds = { $path } nuk është as paketë CSV e Open Referral (një dosje me datapackage.json), as JSON.
import-error-datapackage = { $file } nuk është përshkrim i vlefshëm i paketës së të dhënave (rreshti { $line }). Nuk u importua asgjë.
import-error-no-table = Paketa nuk ka tabelën “{ $table }”, që i duhet importit. Nuk u importua asgjë.
import-error-file-missing = datapackage.json përmend { $file }, i cili nuk është aty. Nuk u importua asgjë.
import-error-unsafe-path = datapackage.json përmend { $file }, jashtë dosjes së paketës: u refuzua. Nuk u importua asgjë.
import-error-missing-column = { $file } nuk ka kolonën “{ $column }”, që i duhet importit: skedari u refuzua dhe nuk u importua asgjë.
import-error-read = { $file } nuk mund të lexohet ({ $detail }).
import-error-mapping = Skedari i përputhjeve, rreshti { $line }: “{ $text }” nuk është rregull (PATTERN = DOMAIN, DOMAIN …). Nuk u importua asgjë.
import-error-mapping-domain = Skedari i përputhjeve, rreshti { $line }: “{ $text }” përmend një fushë që nuk është ndër të 14-at. Nuk u importua asgjë.
import-error-not-allowed = Vetëm një koordinator mund të importojë shërbime në katalog.
export-progress = po shkruhet katalogu
export-done = { $services ->
        [one] 1 shërbim
       *[other] { $services } shërbime
    } nga { $organisations ->
        [one] 1 organizatë
       *[other] { $organisations } organizata
    } u shkruan te { $dir }.
export-error-not-empty = { $dir } nuk është bosh: zgjidhni një dosje të re ose bosh.
export-error-write = { $file } nuk mund të shkruhet ({ $detail }).

## Fleta
slip-title = Fleta (Ctrl+P printo · Ctrl+T ruaj si tekst · Esc mbyll)
slip-address = Adresa
slip-phone = Telefoni
slip-opening-times = Orari
slip-website = Faqja e internetit
slip-email = Email
key-print-slip = Printo
key-save-slip = Ruaj si skedar teksti
field-printer = Printeri për fletat (bosh: ruaj si tekst)
status-slip-saved = Fleta u ruajt si { $file }.
status-slip-not-saved = Fleta nuk mund të ruhej: { $why }
status-slip-printed = Fleta u dërgua te { $printer }.
status-slip-not-printed = Printeri { $printer } nuk e pranoi fletën. Kontrolloni emrin e tij te Cilësimet (F8), ose shtypni t për ta ruajtur si skedar teksti.
status-no-printer = Nuk është caktuar asnjë printer (Cilësimet, F8). Shtypni t për ta ruajtur fletën si skedar teksti.
status-no-lp = Printimi kërkon komandën lp të sistemit (CUPS), që ky kompjuter nuk e ka. Shtypni t për ta ruajtur fletën si skedar teksti.
screen-directory = Katalogu
key-go-directory = Te Katalogu
key-new-service = Shërbim i ri
key-open-service = Hap shërbimin
key-edit-service = Ndrysho shërbimin
key-mark-verified = Shëno si të kontrolluar sot
key-deactivate-service = Çaktivizo shërbimin
key-reactivate-service = Riaktivizo shërbimin
key-filter-domain = Filtro sipas fushës
key-filter-language = Filtro sipas gjuhës
key-show-inactive = Shfaq ose fshih shërbimet joaktive
directory-search-label = Kërko shërbime:
directory-filter-domain = Fusha: { $domain }
directory-filter-language = Gjuha: { $language }
directory-inactive-hidden = joaktivet të fshehura
directory-inactive-shown = joaktivet të shfaqura
directory-any = çdo
directory-summary = Shfaqen: { $shown } nga { $total } · ⚠ të pakontrolluara prej { $months } muajsh: { $stale }
directory-empty = Katalogu është bosh. Një koordinator shton shërbime me Ctrl+N.
directory-none = Asnjë shërbim nuk përputhet. Esc pastron kërkimin, pastaj filtrat.
directory-inactive = joaktiv
directory-never = kurrë
directory-domain-title = Filtro sipas fushës
directory-language-title = Filtro sipas gjuhës
directory-any-domain = Çdo fushë
directory-any-language = Çdo gjuhë
col-organisation = Organizata
col-domains = Fushat
col-checked = Kontrolluar
form-new-service = Shërbim i ri
form-edit-service = Ndrysho shërbimin
field-organisation = Organizata
field-service-name = Emri i shërbimit
field-description = Përshkrimi
field-domains = Fushat
field-address = Adresa
field-postcode = Kodi postar
field-email = Email
field-website = Faqja e internetit
field-opening-times = Orari
field-service-languages = Gjuhët që fliten
field-eligibility = Për kë është
field-how-to-refer = Si të referoni
field-service-status = Gjendja
field-last-verified = Kontrolluar së fundi
field-source = Burimi
service-active = Aktiv
service-inactive = Joaktiv: nuk ofrohet aktualisht
service-never-checked = nuk është kontrolluar kurrë
service-stale = i pakontrolluar prej { $months } muajsh ose më shumë
service-typed = Shkruar në këtë qendër
service-imported = Importuar nga një katalog Open Referral më { $date } (id-ja e tij: { $id })
status-service-saved = { $name } u ruajt.
status-service-verified = { $name } u shënua si i kontrolluar sot.
status-service-deactivated = { $name } tani është joaktiv: lista e fsheh (Ctrl+T shfaq shërbimet joaktive).
status-service-reactivated = { $name } është sërish aktiv.
key-show-slip = Fleta
key-import-directory = Importo (Open Referral)
import-from-title = Importo shërbime (Open Referral)
import-from-hint = Një dosje me datapackage.json dhe skedarë CSV, ose një skedar apo dosje JSON. Enter importon; Esc kthehet prapa.
import-from-label = Shtegu:
import-report-title = Importi
put-off-title = Ende në pritje
put-off-hint = Ndiqeni sërish më (VVVV-MM-DD). Enter konfirmon; Esc kthehet prapa.

## Rezervimet e përkthyesve
booking-bad-duration = Një rezervim zgjat nga 1 minutë deri në 12 orë.
booking-interpreter-busy = Ky përkthyes është tashmë i rezervuar në atë orë (shihni rezervimin e shfaqur).
booking-interpreter-inactive = Ky përkthyes nuk është më aktiv.
booking-bad-transition = Një rezervim në këtë gjendje nuk mund të ndryshohet kështu.
booking-no-show-too-early = Mosparaqitja mund të shënohet vetëm pasi të ketë filluar takimi.

## F5 Përkthyesit: lista e përkthyesve dhe rezervimet
booking-person-busy = Ky person ka tashmë një rezervim në atë orë (i shfaqur). Ruani sërish me Ctrl+S për t’i rezervuar të dyja.
interpreter-incomplete = Një përkthyes ka nevojë për një emër dhe të paktën një gjuhë.
screen-interpreters = Përkthyesit
key-go-interpreters = Te Përkthyesit
key-new-interpreter = Përkthyes i ri
key-edit-interpreter = Ndrysho përkthyesin
key-show-day = Dita
key-show-week = Java
key-show-roster = Lista
key-filter-gender = Gjinia
key-filter-mode = Mënyra
key-new-booking = Rezervim i ri
key-edit-booking = Hap rezervimin
key-confirm-booking = Konfirmo
key-complete-booking = U krye
key-cancel-booking = Anulo rezervimin
key-no-show = Mosparaqitje
key-export-calendar = Skedar kalendari (.ics)
key-earlier = Më herët
key-later = Më vonë
key-book-interpreter = Rezervo përkthyes
col-languages = Gjuhët
form-booking = Rezervo një përkthyes
form-booking-edit = Rezervimi
field-person = Personi
field-booking-language = Gjuha
field-dialect = Dialekti
field-mode = Mënyra
field-appointment = Takimi
field-place = Vendi
field-date = Data (VVVV-MM-DD)
field-start = Fillon (HH:MM)
field-end = Mbaron (HH:MM)
field-interpreter = Përkthyesi
field-cancel-reason = Pse
error-bad-date = Shkruani datën si VVVV-MM-DD, p.sh. 2026-12-03.
error-bad-time = Shkruani orën si HH:MM, p.sh. 09:30.
error-choose-person = Shkruani një emër ose kod dhe zgjidhni personin me Enter.
error-choose-language = Shkruani një gjuhë (emrin ose kodin) dhe zgjidheni me Enter.
booking-unknown-language = Nuk ka gjuhë me këtë emër ose kod: zgjidhni një nga lista me Enter.
booking-ends-before-start = Mbarimi duhet të jetë pas fillimit.
booking-starts-in-past = Ky fillon në të shkuarën. Kontrolloni datën; ruani sërish me Ctrl+S për ta rezervuar gjithsesi.
booking-cancel-needs-reason = Thoni pse anulohet rezervimi.
booking-no-interpreter-yet = Ende asnjë (i kërkuar)
booking-nobody-fits-gender = Askush në listën e përkthyesve nuk përmbush preferencën e gjinisë për këtë gjuhë: rezervimi mbetet i kërkuar.
booking-nobody-speaks = Askush në listën e përkthyesve nuk e flet këtë gjuhë ose një gjuhë të afërt.
miss-related-language = flet { $language } ({ $dialects }), një gjuhë të afërt: pyesni më parë
miss-other-dialect = dialekte të tjera: { $dialects }
miss-gender = nuk është gjinia e preferuar
miss-mode = nuk punon në këtë mënyrë
miss-busy = i rezervuar në atë orë
miss-inactive = jo më aktiv
status-booking-saved = Rezervimi u ruajt: { $booking }
status-booking-moved = Rezervimi tani është { $status }: { $booking }
status-calendar-saved = Skedari i kalendarit u ruajt: { $file }
status-calendar-not-saved = Skedari i kalendarit nuk mund të ruhej: { $why }
status-calendar-nothing = Asnjë rezervim për këtë përkthyes këtë javë.
calendar-summary = Përkthyes: { $language } — { $appointment }
calendar-reference = Kodi: { $reference }
calendar-language = Gjuha: { $language }
calendar-mode = Mënyra: { $mode }
calendar-status = Gjendja: { $status }
cancel-booking-title = Anulo rezervimin
cancel-booking-hint = Enter e anulon rezervimin; Esc e mban.
mode-in-person = Ballë për ballë
mode-phone = Telefon
mode-video = Video
interpreter-gender-other = Tjetër
appointment-gp = Mjeku i familjes
appointment-hospital = Spital
appointment-solicitor = Avokat
appointment-home-office = Home Office
appointment-housing = Strehim
appointment-school = Shkollë
appointment-council = Bashkia
appointment-benefits = Përfitime sociale
appointment-other = Tjetër
booking-status-requested = i kërkuar
booking-status-confirmed = i konfirmuar
booking-status-completed = i kryer
booking-status-cancelled = i anuluar
booking-status-late-cancelled = i anuluar vonë
booking-status-no-show = mosparaqitje
bookings-day = Rezervimet më { $date } ({ $count }) — ← → ditë tjetër
bookings-week = Java nga { $date } ({ $count } rezervime) — ← → javë tjetër
bookings-requests-count = Kërkesa ende të pakonfirmuara: { $count }
bookings-none = Asnjë rezervim këtë ditë. Ctrl+N rezervon një përkthyes.
timegrid-legend = [..] █ konfirmuar  ? kërkuar  · kryer  ! përplasje  ‹ › jashtë 08–18
col-time = Ora
col-interpreter = Përkthyesi
col-appointment = Takimi
col-status = Gjendja
weekday-mon = Hën
weekday-tue = Mar
weekday-wed = Mër
weekday-thu = Enj
weekday-fri = Pre
weekday-sat = Sht
weekday-sun = Die
today-bookings = Përkthyes të rezervuar sot ({ $count }) — F5 për ditën
follow-ups-booking = Përkthyes { $time } { $appointment }, { $interpreter } ({ $status }): mbylleni
status-not-a-booking = Ky nuk është rezervim përkthyesi.

## F5 lista e përkthyesve (formulari i përkthyesit)
col-gender = Gjinia
col-modes = Mënyrat
col-agency = Agjencia
roster-search-label = Kërko emrin, gjuhën ose dialektin:
roster-filter-gender = Gjinia: { $gender }
roster-filter-mode = Mënyra: { $mode }
roster-any = çdo
roster-shown = Shfaqen: { $shown } nga { $total }
roster-empty = Ende asnjë përkthyes në listën e përkthyesve. Një koordinator mund t’i shtojë.
roster-empty-add = Ende asnjë përkthyes në listën e përkthyesve. Shtypni { $key } për të shtuar një.
roster-none = Asnjë përkthyes nuk përputhet. Esc pastron kërkimin, pastaj filtrat.
roster-modes-all = të gjitha mënyrat
roster-volunteer = vullnetar
roster-inactive = joaktiv
form-new-interpreter = Përkthyes i ri
form-edit-interpreter = Ndrysho përkthyesin
field-interpreter-languages = Gjuhët
field-add-language = Shto një gjuhë
field-modes = Mënyrat
field-agency = Agjencia
field-contact = Kontakti
field-active = Aktiv
interpreter-dialects = dialektet:
interpreter-dialects-hint = Presje mes dialekteve; { $key } e heq gjuhën.
interpreter-add-language-hint = Shkruani emrin e saj në anglisht ose kodin (tigr, apd), pastaj Enter.
interpreter-agency-empty = bosh: përkthyes vullnetar
interpreter-active-note = mund të rezervohet
error-no-language = Shtoni të paktën një gjuhë: shkruani një pjesë të emrit të saj, pastaj Enter.
error-language-not-found = Asnjë gjuhë nuk përputhet me “{ $typed }”. Provoni më pak shkronja, ose kodin e saj.
status-interpreter-saved = { $name } u ruajt në listën e përkthyesve.
key-remove-language = Hiq këtë gjuhë
check-bookings-unreadable = Një bllok rezervimesh përkthyesish nuk mund të lexohet: { $about }
check-booking-unlisted = Një rezervim mungon në listën e personit të tij: { $about }
check-booking-missing = Lista e një personi përmend një rezervim që nuk ekziston: { $about }
check-booking-index = Treguesi i orëve të përkthyesve ose i rezervimeve të hapura nuk përputhet me një rezervim: { $about }
check-booking-clash = Një përkthyes është në dy rezervime njëkohësisht: { $about }
check-support-unreadable = Ndihma e dhënë në një vizitë nuk mund të hapet: { $about }
check-support-orphan = Ndihma është shënuar në një vizitë që nuk ekziston, ose që nuk është e tyre: { $about }
check-key-dates-unreadable = Një bllok datash të rëndësishme nuk mund të lexohet: { $about }
check-key-date-misplaced = Një datë e rëndësishme është ruajtur me ato të dikujt tjetër: { $about }
check-key-date-reminder = Kujtesa e një date të rëndësishme për F6 mungon ose ka mbetur tepër: { $about }
cancel-booking-hint-late = Më pak se 24 orë para fillimit: anulim i vonë. Enter anulon; Esc e mban.
booking-cancelled-line = Anuluar më { $date } nga { $who }: { $why }
key-export-week = Java në kalendar (.ics)

## Shuma parash
money-error-empty = Shkruani një shumë, si 12.50.
money-error-negative = Shuma nuk mund të jetë negative.
money-error-not-a-number = Nuk është shumë: shkruani paund dhe pens me shifra, si 12.50 ose £12.50.
money-error-too-many-decimals = Jo më shumë se dy shifra pas pikës (pensat), si 12.50.
money-error-two-points = Vetëm një pikë dhjetore, si 12.50.
money-error-grouping = Presjet vendosen vetëm mes mijëshëve, si 1,250.00; pensat shkojnë pas pikës: 12.50.
money-error-other-currency = Shumat janë vetëm në paund (£).
money-error-too-large = Kjo shumë është shumë e madhe për të qenë e saktë: kontrolloni numrin.

## Ndihma e dhënë në një vizitë
support-kind-food-parcel = Pako ushqimore
support-kind-travel-fare = Biletë udhëtimi
support-kind-hardship-payment = Pagesë për vështirësi
support-kind-clothing = Veshje
support-kind-phone-top-up = Rimbushje telefoni
support-kind-other = Tjetër
support-error-amount-missing = Shkruani shumën e dhënë, si 12.50.
support-error-amount-zero = Shuma është zero: shkruani sa u dha, si 12.50.
support-error-amount-not-money = Kjo ndihmë nuk është para: lëreni shumën bosh dhe shkruani në shënim çfarë u dha.
support-error-note-missing = Shkruani në shënim çfarë u dha.
support-error-note-too-long = Shënimi është shumë i gjatë: jo më shumë se { $max } shenja.
key-give-support = Ndihmë e dhënë
field-support-kind = Lloji i ndihmës
field-support-amount = Shuma (£)
support-amount-hint = Paund dhe pens, si 12.50 ose £12.50
support-confirm-large = { $amount } është më shumë se { $limit } për një send. Kontrollojeni: Ctrl+S sërish e ruan.
status-support-confirm-large = Shumë e madhe: kontrollojeni, pastaj Ctrl+S sërish për ta ruajtur.
status-support-given = U shënua: { $kind } për { $name }.
status-support-over-limit = U ruajt. { $name } ka marrë { $total } në 12 muaj, mbi kufirin prej { $limit }.
status-support-which-visit = Zgjidhni më parë një vizitë: ndihma shënohet në një vizitë.
field-support-given = Dhënë tashmë në këtë vizitë
key-remove-support = Hiq një send të dhënë gabimisht
support-remove-question = Të hiqet “{ $what }” nga kjo vizitë? U shënua gabimisht; regjistri i kontrollit e mban që u hoq.
support-remove-yes = Hiqe
status-support-removed = U hoq. Totali i personit u përditësua.
status-support-not-yours = Vetëm ai që e shënoi, ose një koordinator, mund ta heqë.
audit-support-removed = hoqi ndihmë të dhënë në një vizitë (shënuar gabimisht)
form-support = Ndihmë e dhënë për { $name }
support-form-total = Në 12 muajt e fundit, me këtë: { $total }
support-over-limit = mbi kufirin prej { $limit }
person-support-summary = Ndihma, 12 muajt e fundit: { $total } në para, { $count ->
    [one] një send
   *[other] { $count } sende
}

## Familjet (persona që erdhën bashkë)
household-title = Familja
household-child-born = Fëmijë, lindur më { $year }
relation-partner = Partner
relation-child = Fëmijë
relation-parent = Prind
relation-sibling = Vëlla ose motër
relation-other-relative = I afërm tjetër
relation-other = Jo i afërm (mik, kujdestar)
household-error-in-another = Është tashmë në një familje tjetër: hiqeni më parë nga ajo.
household-error-already-member = Është tashmë në këtë familje.
household-error-not-member = Nuk është në këtë familje.
household-error-anchor-has-others = Familja është shënuar përmes tij/saj: shënojeni më parë përmes dikujt tjetër (Ctrl+R).
household-error-too-small = Një familje ka nevojë për të paktën dy persona.
household-error-relations = Tregoni si lidhet secili person me atë përmes të cilit është shënuar familja.

## Datat e rëndësishme (seanca, intervista, afate)
key-date-kind-interview = Intervistë në Home Office
key-date-kind-appeal-hearing = Seancë e ankimit për azil
key-date-kind-appeal-deadline = Afati i ankimit
key-date-kind-move-on-end = Fundi i periudhës së kalimit (ndalon ndihma për azil)
key-date-kind-court = Gjykatë
key-date-kind-other = Datë tjetër
key-date-outcome-kept = Ndodhi, ose afati u respektua
key-date-outcome-moved = U shty në një ditë tjetër
key-date-outcome-missed = U humb
key-date-outcome-cancelled = U anulua, ose nuk duhet më
key-date-due-later = më vonë
key-date-due-in = { $days ->
        [0] sot
        [one] nesër
       *[other] pas { $days } ditësh
    }
key-date-due-passed = { $days ->
        [one] kaloi dje, ende pa rezultat
       *[other] kaloi { $days } ditë më parë, ende pa rezultat
    }
key-date-due-done = mbaruar
key-date-soon = { $days ->
        [one] datë e rëndësishme sot ose nesër
       *[other] datë e rëndësishme brenda { $days } ditëve
    }
key-date-warning-past = Kjo datë ka kaluar tashmë. Të ruhet gjithsesi?
key-date-lead-days-hint = Bosh: si zakonisht për këtë lloj date.
field-key-date-kind = Lloji i datës
field-key-date-date = Data
field-key-date-grant = Data e dhënies së statusit
field-key-date-lead-days = Kujto, ditë përpara
field-key-date-note = Shënim
error-choose-kind = Zgjidhni çfarë lloj date është kjo.
error-date-missing = Shkruani datën si VVVV-MM-DD, p.sh. 2026-12-03.
error-grant-date-missing = Shkruani datën e dhënies së statusit: fundi i ndihmës së kalimit llogaritet prej saj.
error-lead-days = Shkruani një numër ditësh nga 0 deri në 365.
error-date-future = Kjo datë ende nuk ka ardhur: shkruani ditën kur u bë.
key-add-key-date = Shto një datë të rëndësishme
key-key-date-kept = Datë e rëndësishme: ndodhi, ose u respektua
key-key-date-moved = Datë e rëndësishme: u shty në një ditë tjetër
key-key-date-missed = Datë e rëndësishme: u humb
key-key-date-cancelled = Datë e rëndësishme: u anulua, ose nuk duhet më
key-date-kind-choose = (zgjidhni: Space ose ←/→)
key-date-move-on-ends = Ndihma mbaron më { $date } ({ $days } ditë pas dhënies së statusit)
key-date-move-on-hint = Ndihma mbaron { $days } ditë pas dhënies së statusit.
key-date-lead-days-usual = Bosh: { $days } ditë përpara, si zakonisht për këtë lloj date.
key-date-move-on-row = Fundi i kalimit (statusi më { $grant })
key-date-outcome-hint = Një shënim nëse doni (nuk është i detyrueshëm). Enter e shënon; Esc kthehet prapa.
form-key-date = Shto një datë të rëndësishme: { $name }
status-key-date-saved = Data e rëndësishme u ruajt: { $kind }, { $date }
status-not-a-key-date = Ky rresht nuk është datë e rëndësishme.
status-key-date-row = Ky rresht është datë e rëndësishme: h ndodhi, m u shty, s u humb, w u anulua (ose Ctrl+O).
follow-ups-key-dates = Data të rëndësishme për t’u trajtuar: { $count } (që vijnë, ose të kaluara pa rezultat)
col-key-date = Data
col-note = Shënim
key-date-passed-short = { $days ->
        [one] kaloi dje
       *[other] kaloi { $days } ditë më parë
    }
key-date-move-on-short = Fundi i kalimit

## Shqetësimet për mbrojtjen
safeguarding-help-danger = Nëse dikush është në rrezik të menjëhershëm, telefononi më parë 999; shënojeni këtu më pas.
safeguarding-help-lead = Kur e ruani, njoftohet menjëherë përgjegjësi për mbrojtjen i qendrës. Përgjegjësi është vullnetari që vendos çfarë ndodh më tej, si një referim te bashkia ose te policia, dhe e shënon këtu. Këtë shqetësim mund ta shohin vetëm përgjegjësi, koordinatorët dhe ju.
safeguarding-new-count = { $count ->
        [one] 1 shqetësim i ri për mbrojtjen
       *[other] { $count } shqetësime të reja për mbrojtjen
    }
concern-unnamed = Pa person të emërtuar
concern-category-child = Fëmijë në rrezik
concern-category-adult = I rritur në rrezik
concern-category-domestic-abuse = Dhunë në familje
concern-category-trafficking = Trafikim ose skllavëri moderne
concern-category-self-harm = Vetëlëndim ose rrezik vetëvrasjeje
concern-category-other = Diçka tjetër
concern-agency-childrens-services = Shërbimet për fëmijët e bashkisë
concern-agency-adults-services = Shërbimet për të rriturit e bashkisë
concern-agency-police = Policia
concern-agency-modern-slavery-helpline = Modern Slavery Helpline (linja për skllavërinë moderne)
concern-agency-domestic-abuse = Një shërbim për dhunën në familje
concern-agency-health = Mjeku i familjes ose një shërbim shëndetësor
concern-agency-other = Dikush tjetër
concern-step-referred = Referuar më tej
concern-step-action = U bë diçka tjetër
concern-step-closed = Mbyllur
concern-status-open = Hapur
concern-status-referred-on = Referuar më tej
concern-status-closed = Mbyllur
concern-error-not-allowed = Vetëm përgjegjësi për mbrojtjen dhe koordinatorët shënojnë çfarë ndodhi më tej.
concern-error-closed = Ky shqetësim është mbyllur. Nëse ndodh diçka e re, ngrini një shqetësim të ri.
field-concern-category = Për çfarë bëhet fjalë
field-concern-seen-or-said = Çfarë u pa ose u tha
field-concern-action-taken = Çfarë bëtë ju
field-concern-step = Çfarë ndodhi më tej
field-concern-agency = Referuar te
field-concern-on = Më
field-concern-note = Shënim
error-choose-category = Zgjidhni për çfarë bëhet fjalë në shqetësim.
field-move-on-days = Periudha e kalimit (ditë pas dhënies së statusit)
field-support-limit = Kufiri i ndihmës për person, 12 muaj (£; bosh: pa kufi)
error-move-on-days = Shkruani një numër ditësh nga 1 deri në 365 (zakonisht 28).
audit-key-date-saved = shtoi një datë të rëndësishme ose shënoi rezultatin e saj
audit-support-given = shënoi ndihmë të dhënë në një vizitë

## Familjet (issue 7)
audit-household-saved = krijoi, ndryshoi ose shpërndau një familje
check-households-unreadable = Të dhënat e një familjeje nuk mund të lexohen: { $about }
check-household-index = Treguesi i familjeve nuk përputhet me familjet për { $about }
check-household-invalid = Familja { $about } ka më pak se dy persona, dikë dy herë, ose dikë të dhënat e të cilit nuk ekzistojnë më
check-household-twice = { $about } është në dy familje
key-household = Familja
key-remove-from-household = Hiq nga familja
key-whole-household = Erdhi gjithë familja
household-none = asnjë (Ctrl+G për të shtuar dikë që erdhi me të)
household-more = … dhe { $count } të tjerë (Ctrl+G)
household-relation-of = { $relation } i/e { $name }
household-anchor = familja është shënuar përmes tij/saj
household-recorded-through = Lidhjet janë me { $name }, përmes të cilit/cilës është shënuar familja.
household-form-title = Familja e { $name }
household-field-add-person = Shto një person
household-field-add-child = Shto një fëmijë (viti i lindjes)
household-field-members = Në familje
household-hint-list = ← → lidhja · Enter: është e saktë · Ctrl+R: shëno përmes tij/saj
household-confirm-remove = Të hiqet { $name } nga familja?
household-confirm-remove-child = Të hiqet nga familja fëmija i lindur më { $year }?
household-remove-yes = Hiqe
status-household-saved = Familja u ruajt.
status-household-dissolved = Familja nuk ekziston më: mbetën në të më pak se dy persona.
field-visit-household = Erdhën me të
household-needs-same = të njëjtat nevoja
household-needs-own = nevojat e veta
household-hint-visit = Space: erdhi edhe ky/kjo · Enter: nevojat e veta · Ctrl+A: të gjithë
field-visit-needs-of = Nevojat e { $name }
status-visits-saved = { $count ->
    [one] Vizita u ruajt për { $name }.
   *[other] Vizitat u ruajtën për { $name } dhe { $others } të tjerë nga familja.
}
household-hint-everyone = Ctrl+A: erdhën të gjithë
col-household = Familja
key-record-through = Shëno familjen përmes tij/saj
household-check-relation = kontrolloni: ← → për ta ndryshuar, Enter nëse është e saktë

## Shqetësimet për mbrojtjen: ruajtja dhe shfaqja
audit-concern-raised = ngriti një shqetësim për mbrojtjen
audit-concern-viewed = hapi një shqetësim për mbrojtjen
audit-concern-updated = shënoi çfarë ndodhi më tej me një shqetësim për mbrojtjen
check-concerns-unreadable = Një shqetësim për mbrojtjen nuk mund të hapet: { $about }
check-concern-awaiting = Numri i shqetësimeve që presin përgjegjësin nuk përputhet me një shqetësim: { $about }
check-report-counts = Shifrat e raportit për { $about } nuk përputhen me të dhënat e asaj dite
check-report-counts-unreadable = Shifrat e raportit nuk mund të lexohen ose të rinumërohen
key-raise-concern = Ngri një shqetësim për mbrojtjen
key-show-concerns = Shqetësimet për mbrojtjen
key-open-concern = Hap shqetësimin
key-record-step = Shëno çfarë ndodhi më tej
key-close-concern = Mbyll shqetësimin
key-toggle-lead = Përgjegjës për mbrojtjen: shëno ose hiq
form-concern = Shqetësim për mbrojtjen
form-concern-step = Çfarë ndodhi më tej
field-concern-person = Për kë
field-concern-other-agency = Kush (emri)
field-concern-status = Gjendja
field-concern-raised = Ngritur
field-safeguarding-lead = Përgjegjës për mbrojtjen
concern-category-none = ende pa zgjedhur (← → për të zgjedhur)
concern-status-raised = Shqetësimi u ruajt. Përgjegjësi për mbrojtjen u njoftua.
concern-status-step-saved = U ruajt çfarë ndodhi më tej.
concern-status-closed-saved = Shqetësimi është mbyllur.
concern-awaiting-lead = ende i pahapur
concern-page-title = Shqetësim për mbrojtjen
concern-raised-by = { $date } { $time } nga { $name }
concern-steps = Çfarë ndodhi më tej
concern-no-steps = Ende asgjë e shënuar.
concern-raiser-note = Përgjegjësi për mbrojtjen vendos çfarë ndodh më tej dhe e shënon këtu.
concerns-title = Shqetësimet për mbrojtjen që mund të shihni: { $count }
concerns-empty = Asnjë shqetësim për mbrojtjen për të shfaqur. Ctrl+Y ngre një të tillë nga çdo ekran.
col-raised = Ngritur
col-concern-category = Për çfarë
col-concern-status = Gjendja
col-concern-lead = Përgjegjësi
confirm-close-concern = Të mbyllet ky shqetësim? Më pas nuk mund të shënohen më hapa në të; do t’ju pyesim pse.
confirm-close-concern-yes = Mbylle
person-concerns = Shqetësimet për mbrojtjen
person-concerns-count = { $count } — F6, Ctrl+G
volunteer-safeguarding-lead = përgjegjës për mbrojtjen
volunteer-lead-hint = njoftohet për çdo shqetësim të ri
status-lead-marked = { $name } tani është përgjegjës për mbrojtjen.
status-lead-unmarked = { $name } nuk është më përgjegjës për mbrojtjen.

## Raportet dhe eksportet (src/export, src/cli/export.rs)
audit-records-exported = eksportoi të dhëna (vetëm kodet)
audit-records-exported-full = eksportoi të dhëna me emra, shënime dhe numra telefoni (eksport i plotë)
export-error-exists = { $file } ekziston tashmë: zgjidhni një emër tjetër, ose shtoni --force për ta zëvendësuar.
export-error-is-folder = { $file } është dosje: jepni emrin e një skedari për të shkruar.
export-error-folder = Nuk mund të shkruhet asgjë në { $dir } ({ $detail }): zgjidhni një dosje tjetër.
export-error-writing = Eksporti nuk mund të shkruhej ({ $detail }); nuk mbeti asgjë pas.
export-not-given = nuk është dhënë
export-not-recorded = ende i pashënuar
export-col-section = Seksioni
export-col-item = Zëri
export-col-label = Shifra
export-col-value = Kjo periudhë
export-col-previous = Periudha e mëparshme
export-col-person = Personi
export-col-name = Emri
export-col-notes = Shënime
export-col-phone = Telefoni
export-col-amount = Shuma (£)
export-col-day = Dita
export-col-visit-id = Vizita
export-col-arrived = Erdhi
export-col-waited-minutes = Priti (minuta)
export-col-state = Gjendja
export-col-age-band = Grupmosha
export-col-gender = Gjinia
export-col-country = Vendi i origjinës
export-col-immigration-status = Statusi i imigrimit
export-col-first-language = Gjuha e parë
export-col-needs = Nevojat
export-col-language = Gjuha
export-col-interpreting = Përkthimi
export-col-visits-in-range = Vizita në periudhë
export-col-recorded = Shënuar më
export-col-english-level = Anglisht
export-col-needs-interpreter = Ka nevojë për përkthyes
export-col-year-of-birth = Viti i lindjes
export-col-referral-id = Referimi
export-col-kind = Lloji
export-col-domain = Fusha
export-col-service-id = Numri i shërbimit
export-col-service = Shërbimi
export-col-outcome = Rezultati
export-col-follow-up = Ndjekje më
export-col-booking-id = Rezervimi
export-col-start = Fillon
export-col-minutes = Minuta
export-col-appointment = Takimi
export-col-mode = Si
export-col-status = Gjendja
export-col-place = Vendi
export-col-organisation = Organizata
export-col-domains = Fushat
export-col-postcode = Kodi postar
export-col-email = Email
export-col-website = Faqja e internetit
export-col-languages = Gjuhët
export-col-active = Aktiv
export-col-last-verified = Kontrolluar së fundi
export-col-given = Dhënë më
export-fig-visits = Vizita
export-fig-people = Persona të ndryshëm
export-fig-new-people = Persona të rinj
export-fig-anonymous = Vizitorë anonimë
export-fig-households = Familje
export-fig-visits-per-person = Vizita për person
export-fig-average-wait = Pritja mesatare (minuta)
export-fig-longest-wait = Pritja më e gjatë (minuta)
export-fig-family-interpreting = Familjarë ose miq si përkthyes (praktikë e dobët)
export-section-summary = Përmbledhje
export-section-needs = Nevojat sipas fushës
export-section-languages = Gjuhët e përdorura
export-section-interpreting = Përkthimi
export-section-sent-by-domain = Orientuar ose referuar, sipas fushës
export-section-sent-by-service = Orientuar ose referuar, sipas shërbimit
export-section-outcomes = Rezultatet e referimeve
export-section-bookings = Rezervimet e përkthyesve
export-section-booking-hours = Orët e përkthyesve
export-section-bookings-by-language = Rezervimet e përkthyesve sipas gjuhës
export-section-hours = Ardhjet sipas orës
export-section-weekdays = Vizitat sipas ditës së javës
export-section-support = Ndihma e dhënë
export-section-support-amount = Ndihma e dhënë, shuma (£)
export-section-concerns = Shqetësimet për mbrojtjen (numrat nën 5 shfaqen si <5)
export-section-key-dates = Datat e rëndësishme
export-section-equalities-gender = Barazia: gjinia (numrat nën 5 shfaqen si <5)
export-section-equalities-age-band = Barazia: grupmosha (numrat nën 5 shfaqen si <5)
export-section-equalities-country = Barazia: vendi i origjinës (numrat nën 5 shfaqen si <5)
export-section-equalities-immigration-status = Barazia: statusi i imigrimit (numrat nën 5 shfaqen si <5)
export-section-equalities-first-language = Barazia: gjuha e parë (numrat nën 5 shfaqen si <5)
export-age-under-18 = Nën 18
export-age-18-25 = 18 deri 25
export-age-26-35 = 26 deri 35
export-age-36-50 = 36 deri 50
export-age-51-65 = 51 deri 65
export-age-over-65 = Mbi 65
cli-error-day = "{ $day }" nuk është datë: shkruajeni si VVVV-MM-DD, p.sh. 2026-04-01.
cli-error-backwards = Periudha fillon më { $from }, pasi mbaron më { $to }: jepni --from para --to.
cli-error-too-long = Një periudhë nuk mund të jetë më e gjatë se 20 vjet.
cli-error-coordinators-only = Vetëm një koordinator mund të shohë raporte dhe të eksportojë të dhëna.
cli-report-title = Raporti { $from } deri { $to } (periudha e mëparshme { $pfrom } deri { $pto })
cli-report-written = { $rows } shifra u shkruan te { $file }
cli-export-written = { $rows } rreshta u shkruan te { $file }
cli-full-word = emra
cli-full-warning = Ky eksport ({ $kind }) do të përmbajë emra, shënime dhe numra telefoni. Mbajeni skedarin të sigurt dhe fshijeni kur të mbaroni. Shkruani { $word } për të vazhduar:
cli-full-needs-yes = Një eksport i plotë kërkon një “po” të dytë: shtoni --yes-full (nuk ka terminal ku të pyesim).
cli-full-not-confirmed = Nuk u konfirmua: nuk u eksportua asgjë.
cli-full-not-personal = Katalogu nuk përmban asgjë personale: --full është për të dhënat e personave.

## F7 Raportet (koordinatorët)
screen-reports = Raportet
key-go-reports = Te Raportet
key-report-range-before = Periudha para
key-report-range-next = Periudha pas
key-report-dates = Shkruaj datat
key-report-next-section = Seksioni tjetër
key-report-prev-section = Seksioni i mëparshëm
key-report-shared = Për ndarje (<5)
key-report-export = Eksporto
key-report-refresh = Lexo sërish
key-report-apply-range = Shfaq këtë periudhë
report-coordinators-only = Raportet janë për koordinatorët. Pyesni një koordinator nëse ju duhet një shifër.
report-range-today = Sot
report-range-this-week = Këtë javë
report-range-this-month = Këtë muaj
report-range-last-month = Muajin e kaluar
report-range-this-quarter = Këtë tremujor
report-range-financial-year = Viti financiar
report-range-last-12-months = 12 muajt e fundit
report-range-custom = Datat tuaja
report-range-line = { $preset }  { $from } – { $to } ({ $days ->
    [one] 1 ditë
   *[other] { $days } ditë
})
report-compared-with = Krahasuar me { $from } – { $to }
report-from = Nga
report-to = Deri
report-error-date = Nuk është datë: shkruajeni si VVVV-MM-DD, p.sh. 2026-04-01.
report-error-backwards = Fillimi është pas mbarimit.
report-error-too-long = Një periudhë mund të jetë deri në 20 vjet.
report-none = Asnjë raport në ekran: Ctrl+R e lexon.
report-section-overview = Pasqyra
report-section-needs = Nevojat
report-section-languages = Gjuhët
report-section-sent-on = Orientuar ose referuar
report-section-bookings = Përkthyesit
report-section-times = Oraret
report-section-support = Ndihma
report-section-equalities = Barazia
report-column-now = Kjo periudhë
report-column-before = Më parë
report-column-change = Ndryshimi
report-more = { $count } rreshta të tjerë: PgDn
report-nothing = asnjë në asnjërën periudhë
report-visits = Vizita
report-people = Persona të ndryshëm
report-new-people = Persona të rinj të shënuar
report-anonymous = Vizitorë anonimë
report-visits-per-person = Vizita për person
report-households = Familje që erdhën
report-heading-weekly = Vizita në javë
report-weekly-note = kulmi { $peak } në javë · { $total } gjithsej (më parë: { $before })
report-weekly-dates = javët nga { $first } deri { $last }{ $per ->
    [one] {""}
   *[other] {" "}({ $per } javë për një shenjë)
}
report-heading-needs = Nevojat sipas fushës (vizita)
report-heading-languages = Gjuhët e përdorura (vizita)
report-heading-interpreting = Përkthimi (vizita; ⚠ praktikë e dobët)
report-family-interpreting = ⚠ Familjar ose mik
report-heading-signposted = Orientuar, sipas fushës
report-heading-referred = Referuar, sipas fushës
report-total = Gjithsej
report-no-domain = Pa fushë
report-heading-signposted-services = Orientuar, sipas shërbimit
report-heading-referred-services = Referuar, sipas shërbimit
report-key-date-kept = Ndodhi ose u respektua
report-key-date-moved = U shty
report-key-date-missed = U humb
report-key-date-cancelled = U anulua
report-heading-outcomes = Rezultatet
report-bookings = Rezervime përkthyesish
report-booked-hours = Orë të rezervuara
report-late-cancellations = Anulime të vona
report-no-shows = Mosparaqitje
report-heading-bookings = Rezervimet sipas gjuhës dhe gjendjes
report-heading-booked-hours = Orët sipas gjuhës dhe gjendjes
report-average-wait = Pritja mesatare (minuta)
report-longest-wait = Pritja më e gjatë (minuta)
report-heading-hours = Ardhjet sipas orës
report-heading-weekdays = Vizitat sipas ditës së javës
report-heading-support = Ndihma e dhënë (sende)
report-support-amount = { "  " }shuma e dhënë
report-heading-concerns = Shqetësimet për mbrojtjen (vetëm numri)
report-heading-key-dates = Datat e rëndësishme
report-key-date-open = Ende asgjë e shënuar
report-for-sharing = Për ndarje: numrat nën 5 shfaqen si <5 (Ctrl+T)
report-not-recorded = Nuk është shënuar
report-heading-gender = Gjinia (persona)
report-heading-age = Grupmosha (persona)
report-age-under-18 = Nën 18
report-age-18-25 = 18–25
report-age-26-35 = 26–35
report-age-36-50 = 36–50
report-age-51-65 = 51–65
report-age-over-65 = Mbi 65
report-heading-country = Vendi i origjinës (persona)
report-heading-status = Statusi i imigrimit (persona)
report-heading-first-language = Gjuha e parë (persona)

## Kutia e eksportit të F7 (Ctrl+E te F7)
key-export-write = Eksporto
key-export-choice-before = Zgjedhja para
key-export-choice-next = Zgjedhja pas
export-box-title = Eksporti
export-box-days = Ditët: { $from } – { $to } ({ $days ->
    [one] 1 ditë
   *[other] { $days } ditë
})
export-box-whole-directory = I gjithë katalogu, siç është tani
export-field-what = Çfarë
export-field-format = Formati
export-field-full = Emra dhe shënime
export-field-file = Skedari
export-what-report = Raporti në ekran
export-what-visits = Vizitat
export-what-people = Personat që erdhën
export-what-referrals = Orientimet dhe referimet
export-what-bookings = Rezervimet e përkthyesve
export-what-services = Shërbimet (katalogu)
export-what-support = Ndihma e dhënë
export-format-csv = CSV (tabela)
export-format-json = JSON (programe)
export-full-off = Jo: vetëm kodet
export-full-on = Po: emra, shënime, telefona
export-holds-report = Shifrat në ekran dhe periudha e mëparshme; numrat nën 5 si <5.
export-holds-services = Shërbimet në katalog: asnjë e dhënë personale e askujt.
export-holds-pseudonymised = Kodet dhe grupmoshat: pa emra, pa shënime, pa numra telefoni.
export-holds-full = Ky skedar do të përmbajë emra, shënime dhe numra telefoni: mbajeni të sigurt.
export-box-no-range = Nuk ka periudhë në ekran për të eksportuar: zgjidhni një më parë.
export-box-no-file = Shkruani emrin e skedarit që do të shkruhet.
export-box-is-folder = Kjo është dosje: shtoni emrin e një skedari për të shkruar.
export-box-exists = Ka tashmë një skedar me këtë emër: zgjidhni një emër tjetër. Nuk u shkrua asgjë.
export-box-no-folder = Nuk ka dosje { $dir }: kontrolloni shtegun.
export-box-cannot-write = Nuk mund të shkruhet asgjë në { $dir }: zgjidhni një dosje tjetër.
export-box-not-written = Nuk u shkrua asgjë: shihni mesazhin pranë skedarit.
export-full-question = Skedari ({ $what }) do të përmbajë emra, shënime dhe numra telefoni. Mbajeni të sigurt: vetëm në këtë kompjuter ose në një disk të mbrojtur, kurrë me email, dhe fshijeni kur të mos ju duhet më. Eksporti shënohet në regjistrin e kontrollit. Ta shkruaj me emra?
export-full-yes = Shkruaje, me emra
export-full-no = Kthehu
work-export-title = Po eksportohet
work-export-what = Po shkruhet skedari: një çast, ju lutem.

## Data life cycle: consent, retention, anonymisation.
consent-purpose-record = Mbajtja e të dhënave
consent-purpose-share = Ndarja për referime
consent-purpose-contact = Kontakt me telefon ose mesazh
consent-short-record = të dhënat
consent-short-share = ndarja
consent-short-contact = kontakti
consent-share-question = Jep pëlqimin që t’i ndajmë të dhënat me një shërbim kur e referojmë
consent-contact-question = Jep pëlqimin që ta kontaktojmë me telefon ose mesazh
field-consent-more = Gjithashtu
consent-title = Pëlqimi: { $name }
consent-state-given = dhënë më { $date }
consent-state-withdrawn = tërhequr më { $date }
consent-state-never = nuk është pyetur
consent-hint = Space jep ose tërheq pëlqimin e zgjedhur, siç thotë personi tani. Esc mbyll.
consent-history = Çdo ndryshim, më i riu në krye:
consent-event-given = dhënë
consent-event-withdrawn = tërhequr
consent-no-contact = mos e kontaktoni
consent-anonymised = Ky regjistrim është anonimizuar: nuk ka më pëlqim për të shënuar.
consent-withdraw-record-question = { $name } nuk jep më pëlqimin që të mbajmë të dhëna për të. Të dhënat do të anonimizohen tani: hiqen emri, telefoni, shënimet dhe viti i lindjes, si edhe shënimet e vizitave, referimeve dhe rezervimeve. Vizitat mbeten në shifra, pa emër. Kjo nuk mund të zhbëhet.
consent-withdraw-record-yes = Anonimizo të dhënat
status-consent-given = Pëlqimi u shënua.
status-consent-withdrawn = Tërheqja e pëlqimit u shënua.
status-record-anonymised = Të dhënat u anonimizuan.
anonymised-retention = ka kaluar afati i ruajtjes
anonymised-consent = pëlqimi u tërhoq
person-anonymised-heading = Regjistrim i anonimizuar · { $reference } · { $date }, { $why }
audit-consent-given = shënoi pëlqimin për { $person }: { $what }
audit-consent-withdrawn = shënoi tërheqjen e pëlqimit për { $person }: { $what }
audit-anonymised = anonimizoi { $person } ({ $what })
field-retention-years = Mbaji të dhënat pas kontaktit të fundit (vite)
error-retention-years = Shkruani një numër vitesh nga 1 deri në 30 (zakonisht 6).
key-consent = Pëlqimi

## Data life cycle: the retention review.
key-consent-change = Jep ose tërhiq
key-review-retention = Rishikimi i ruajtjes
retention-save-first = Ruani fillimisht cilësimet (Ctrl+S), pastaj rishikoni ruajtjen.
retention-none-due = Askush nuk e ka kaluar afatin e ruajtjes ({ $years } vjet pas kontaktit të fundit).
retention-line = { $reference } · kontakti i fundit { $date }
retention-more = … dhe { $count } të tjerë
retention-question = { $count ->
    [one] { $count } regjistrim e ka kaluar afatin e ruajtjes ({ $years } vjet pas kontaktit të fundit). Ta anonimizojmë tani? Hiqen emrat, numrat e telefonit, shënimet dhe vitet e lindjes; shifrat në raporte mbeten siç janë. Kjo nuk mund të zhbëhet.
   *[other] { $count } regjistrime e kanë kaluar afatin e ruajtjes ({ $years } vjet pas kontaktit të fundit). T’i anonimizojmë tani? Hiqen emrat, numrat e telefonit, shënimet dhe vitet e lindjes; shifrat në raporte mbeten siç janë. Kjo nuk mund të zhbëhet.
}
retention-yes = Anonimizoji
retention-done = { $count ->
    [one] { $count } regjistrim u anonimizua.
   *[other] { $count } regjistrime u anonimizuan.
}
retention-cli-due = { $count ->
    [one] { $count } regjistrim e ka kaluar afatin e ruajtjes ({ $years } vjet pas kontaktit të fundit: para { $cutoff }). Kodi dhe kontakti i fundit:
   *[other] { $count } regjistrime e kanë kaluar afatin e ruajtjes ({ $years } vjet pas kontaktit të fundit: para { $cutoff }). Kodi dhe kontakti i fundit:
}
sar-title = Gjithçka që mban { $centre } për { $name } ({ $reference })
sar-generated = Shkruar më { $date }, me kërkesën e personit.
sar-left-out = Nuk përfshihen: të dhënat e personave të tjerë (anëtarët e tjerë të familjes numërohen, por nuk përmenden me emër) dhe shqetësimet për mbrojtjen, për të cilat vendos veçmas përgjegjësi për mbrojtjen.
sar-details = Të dhënat e personit
sar-household = Familja
sar-household-others = { $count ->
    [one] po, me { $count } person tjetër
   *[other] po, me { $count } persona të tjerë
}
sar-consent = Pëlqimi, çdo ndryshim
sar-visits = Vizitat
sar-referrals = Orientimet dhe referimet
sar-bookings = Rezervimet e përkthyesve
sar-key-dates = Datat e rëndësishme
sar-support = Ndihma e dhënë
sar-audit = Kush i pa ose i ndryshoi të dhënat
sar-nothing = Asgjë.
sar-bad-reference = Ky nuk është kod (shkronjat dhe shifrat në faqen e personit).
sar-written = U shkrua: { $file } (dhe { $json } për programet).
sar-box-title = Gjithçka që mbajmë për personin (e drejta e aksesit)
sar-box-hint = Dokumenti shkon në këtë skedar (HTML kur mbaron me .html), dhe e njëjta gjë si JSON pranë tij. Jepjani personit në mënyrë të sigurt, pastaj fshijeni.
key-subject-access = E drejta e aksesit

## Data life cycle: erasure on request.

key-erase = Fshi me kërkesë…
erase-reason-title = Fshi { $reference }: pse?
erasure-reason-asked = Kërkoi që të fshihen të dhënat e veta
erasure-reason-consent = Tërhoqi pëlqimin dhe kërkoi që regjistrimi të hiqet
erasure-reason-not-needed = Regjistrimi nuk nevojitet më
erasure-reason-error = Regjistrimi u bë gabimisht, ose pa bazë ligjore
erasure-reason-other = Një arsye tjetër
erase-question = Të fshihet përgjithmonë { $name } ({ $reference })? Arsyeja: { $reason }. Kjo nuk mund të zhbëhet.
erase-detail-goes = Fshihen: të dhënat e personit, historia e pëlqimit dhe shënimet e vizitave, referimeve, rezervimeve, datave të rëndësishme dhe ndihmës së dhënë. Askush nuk mund ta gjejë më.
erase-detail-stays = Mbeten: vizitat dhe referimet, si shifra anonime, që raportet të mos ndryshojnë. Shqetësimet për mbrojtjen ruhen siç janë.
erase-detail-backups = Kopjet rezervë të bëra deri tani e mbajnë ende regjistrimin, derisa të zëvendësohen.
erase-yes = Fshi përgjithmonë
status-person-erased = { $reference } u fshi: asgjë për këtë person nuk mund të lexohet më.
erase-refused-household = Hiqeni më parë nga familja (h në faqen e personit), pastaj fshijeni.
erase-refused-rotating = Çelësi i të dhënave po ndryshohet: përfundojeni më parë këtë, pastaj fshini.
erase-refused-erased = Ky regjistrim është fshirë tashmë.
erase-cli-bad-reason = Arsye e panjohur: përdorni asked, withdrew-consent, not-needed, in-error ose other.
erase-cli-needs-yes = Fshirja nuk mund të zhbëhet: shtoni --yes për të fshirë.
anonymised-erased = u fshi me kërkesë
check-erased-left = Diçka nga një person i fshirë është ende aty: { $about }
check-erased-key = Çelësi i një personi të fshirë është ende aty: { $about }
check-erasure-unfinished = Një fshirje nuk u përfundua: hapeni sërish programin për ta përfunduar.

## Data life cycle: merging duplicates.
key-merge = Bashko me një regjistrim tjetër
key-undo-merge = Zhbëj bashkimin e sotëm
key-merge-now = Bashko
key-merge-swap = Mbaj tjetrin
merge-title = Bashko me një regjistrim tjetër
merge-find-hint = Cili regjistrim tjetër është i { $name } ({ $reference })? Shkruani kodin e tij ose një emër, pastaj zgjidheni me Enter.
merge-find-label = Kodi ose emri:
merge-none-found = Nuk u gjet askush.
merge-visits = { $count ->
    [one] { $count } vizitë
   *[other] { $count } vizita
}
merge-last-visit = e fundit më { $date }
merge-confirm-title = Bashko dy regjistrime të të njëjtit person
merge-keep = Mbaj:
merge-merged-in = Bashko:
merge-explain = Gjithçka e { $other } kalon te { $reference }: vizitat, referimet, rezervimet, datat e rëndësishme, pëlqimi dhe familja. Të dhënat që i mungojnë { $reference } merren nga { $other }, dhe { $other } më pas vetëm të çon te { $reference }. Kjo mund të zhbëhet deri në fund të ditës së sotme.
merge-choices = Enter: bashko · Space: mbaj { $other } në vend të tij · Esc: prapa
merge-save-edit = Ruaj ndryshimet siç janë
merge-into = Bashko me { $person }
merge-into-hint = Bashkimi mban regjistrimin që ekziston: ajo që u shkrua plotëson të dhënat që i mungojnë. Mund të zhbëhet sot.
merge-done = { $visits ->
    [one] { $other } u bashkua me { $reference }; u zhvendos { $visits } vizitë. Mund të zhbëhet sot.
   *[other] { $other } u bashkua me { $reference }; u zhvendosën { $visits } vizita. Mund të zhbëhet sot.
}
merge-undone = Bashkimi u zhbë: { $other } dhe { $reference } janë sërish regjistrime të veçanta.
merge-undo-question = Të zhbëhet bashkimi i sotëm i { $other } me { $reference }? Të dy regjistrimet kthehen siç ishin; ajo që i është shtuar { $reference } që atëherë mbetet atje.
merge-undo-yes = Zhbëj bashkimin
merge-redirected = { $other } u bashkua me këtë regjistrim ({ $reference }).
merge-error-same = Një regjistrim nuk mund të bashkohet me veten.
merge-error-anonymised = { $reference } është anonimizuar: nuk mund të bashkohet.
merge-error-merged = { $reference } është bashkuar tashmë me një regjistrim tjetër.
merge-error-households = Janë në dy familje të ndryshme: nxirrni më parë njërin prej tyre nga familja e vet.
merge-undo-none = Nuk ka bashkim të këtyre regjistrimeve për t'u zhbërë.
merge-undo-expired = Një bashkim mund të zhbëhet vetëm në ditën kur u bë.
merge-undo-kept-merged = Ky regjistrim u bashkua më pas me { $reference }: zhbëni më parë atë bashkim, në faqen e tij.
merge-undo-household-changed = Familja e tyre ndryshoi pas bashkimit, prandaj bashkimi nuk mund të zhbëhet më.
person-merged-today = Bashkuar sot
person-merged-today-value = { $references } (u: zhbëj)
audit-merged = bashkoi { $what } me { $person }
audit-unmerged = zhbëri bashkimin e { $what } me { $person }
check-merge-pointer = Një regjistrim i bashkuar tregon drejt një regjistrimi që nuk ekziston: { $about }
