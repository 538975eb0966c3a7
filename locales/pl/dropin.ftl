# DRAFT: machine-drafted, not yet checked by a native speaker.
# dropin — Polish (Polski). Translated from en-GB, the source locale: this file has exactly the same message ids.

## Screens
screen-today = Dziś
screen-people = Osoby
screen-settings = Ustawienia

## Keys (labels in the footer, help and action menus)
key-new-visit = Nowa wizyta
key-mark-seen = W rozmowie
key-mark-done = Zakończona
key-mark-left = Wyjście bez rozmowy
key-mark-waiting = Znów czeka
key-open-person = Otwórz osobę
key-new-person = Nowa osoba
key-new-visit-for-person = Nowa wizyta tej osoby
key-edit-person = Edytuj osobę
key-search = Szukaj
key-back = Wstecz
key-save = Zapisz
key-cancel = Zamknij
key-next-field = Następne pole
key-prev-field = Poprzednie pole
key-choose = Wybierz
key-toggle = Zaznacz / zmień
key-up = W górę
key-down = W dół
key-left = W lewo
key-right = W prawo
key-page-up = Strona w górę
key-page-down = Strona w dół
key-home = Początek
key-end = Koniec
key-menu = Działania
key-go-today = Przejdź do Dziś
key-go-people = Przejdź do Osób
key-go-settings = Przejdź do Ustawień
key-help = Pomoc
key-language = Język
key-quit = Wyjdź

## Today
today-counts = Czeka: { $waiting } · W rozmowie: { $seen } · Zakończone: { $done } · Bez rozmowy: { $left }
today-empty = Kolejka jest jeszcze pusta. Naciśnij Ctrl+N, aby zapisać wizytę.
col-ref = Kod
col-name = Imię
col-arrived = Przyb.
col-waiting = Czeka
col-needs = Potrzeby
col-state = Stan
col-born = Ur.
col-last-visit = Ost. wizyta
col-date = Data
col-language = Język
col-interpreting = Tłumaczenie
anonymous-walk-in = Anonimowa wizyta

## Visit states
state-waiting = czeka
state-being-seen = w rozmowie
state-done = zakończona
state-left = wyjście bez rozmowy

## Need domains (Home Office Indicators of Integration)
domain-work = Praca
domain-education = Edukacja
domain-housing = Mieszkanie
domain-health = Zdrowie i opieka społeczna
domain-leisure = Czas wolny
domain-social-bonds = Więzi społeczne
domain-social-bridges = Mosty społeczne
domain-social-links = Kontakty z instytucjami
domain-language = Język i komunikacja
domain-culture = Kultura
domain-digital = Umiejętności cyfrowe
domain-safety = Bezpieczeństwo
domain-stability = Stabilność
domain-rights = Prawa i obowiązki
domain-work-short = Praca
domain-education-short = Edukacja
domain-housing-short = Mieszkanie
domain-health-short = Zdrowie
domain-leisure-short = Czas wolny
domain-social-bonds-short = Więzi
domain-social-bridges-short = Mosty
domain-social-links-short = Instytucje
domain-language-short = Język
domain-culture-short = Kultura
domain-digital-short = Cyfrowe
domain-safety-short = Bezpiecz.
domain-stability-short = Stabilność
domain-rights-short = Prawa

## Interpreting
interpreting-none = Brak
interpreting-volunteer = Wolontariusz
interpreting-phone = Telefon
interpreting-professional = Zarezerwowany zawodowiec
interpreting-family = Rodzina lub znajomi
poor-practice = zła praktyka: następnym razem zarezerwuj tłumacza

## People
people-search-label = Szukaj imienia lub kodu:
people-hint = Wpisz kilka liter imienia lub nazwiska albo kod osoby.
people-none = Nikogo nie znaleziono. Naciśnij Ctrl+N, aby dodać nową osobę.
person-no-visits = Jeszcze bez wizyt.

## Forms
form-new-visit = Nowa wizyta
form-new-person = Nowa osoba
form-edit-person = Edycja osoby
field-visit-person = Osoba
field-visit-needs = Potrzeby
field-visit-language = Użyty język
field-visit-interpreting = Tłumaczenie
field-visit-notes = Notatka
field-name = Imię i nazwisko
field-year-of-birth = Rok urodzenia
field-gender = Płeć
field-gender-other = Własnymi słowami
field-country = Kraj pochodzenia
field-first-language = Pierwszy język
field-other-languages = Inne języki
field-english-level = Angielski
field-needs-interpreter = Potrzebuje tłumacza
field-interpreter-gender = Płeć tłumacza
field-immigration-status = Status pobytowy
field-phone = Telefon
field-notes = Notatki
field-consent = Zgoda
consent-keep-record = Zgadza się na prowadzenie zapisu o sobie
consent-given-on = Zgoda na zapis od { $date }
consent-withdrawn-on = Zgoda wycofana { $date }
picker-new-person = Nowa osoba „{ $name }”
picker-last-visit = ostatnio { $date }
needs-filter = Pisz, aby zawęzić:
needs-no-match = Żadna potrzeba nie pasuje do wpisanego tekstu.
hint-language-pick = ↑ ↓, potem Enter, aby wybrać
prefilled-last-visit = jak ostatnio
value-none = —
value-not-recorded = nie zapisano
value-yes = tak
value-no = nie

## Values
gender-woman = Kobieta
gender-man = Mężczyzna
gender-non-binary = Osoba niebinarna
gender-another-way = Inaczej
gender-prefer-not = Wolę nie mówić
pref-woman = Tłumaczka (kobieta)
pref-man = Tłumacz (mężczyzna)
pref-none = Bez znaczenia
status-asylum-seeker = Osoba ubiegająca się o azyl
status-refugee = Uchodźca (ma prawo pobytu)
status-refused = Odmowa azylu
status-nrpf = Bez prawa do świadczeń publicznych
status-other = Inny status
status-settled = Obywatel brytyjski lub stały pobyt
status-unknown = Nieznany
status-prefer-not = Wolę nie mówić
english-none = Brak
english-basic = Podstawowy
english-intermediate = Średni
english-fluent = Biegły

## Errors next to fields
error-empty = To pole nie może być puste.
error-too-long = Za długie: najwyżej { $max } znaków.
error-year-range = Podaj rok od { $min } do { $max }.
error-not-a-year = Podaj rok czterema cyframi, np. 1990.
error-phone = Używaj tylko cyfr, spacji, +, - i nawiasów (co najmniej 6 cyfr).
error-consent = Bez zgody na zapis zapisz zamiast tego anonimową wizytę.
error-person-missing = Wybierz osobę, nową osobę albo anonimową wizytę.
error-auto-lock = Podaj liczbę minut od 1 do 60.
role-volunteer = Wolontariusz
role-coordinator = Koordynator
error-password-short = Co najmniej 10 znaków, proszę (kilka słów razem łatwo zapamiętać).
error-password-long = To za długie: najwyżej 200 znaków.
error-password-mismatch = Te dwa hasła nie są takie same.
error-time-zone = dropin nie zna takiej strefy czasowej. Użyj nazwy takiej jak Europe/London.

## Status line
status-visit-saved = Zapisano wizytę: { $name }.
status-person-saved = Zapisano: { $name }.
status-settings-saved = Zapisano ustawienia.
status-fix-errors = Nie zapisano: popraw zaznaczone pola.
status-cannot-move = Wizyty w stanie „{ $from }” nie można oznaczyć jako „{ $to }”.
status-close-form-first = Najpierw zapisz lub zamknij formularz (Ctrl+S lub Esc).

## Confirmations
confirm-title = Sprawdź, proszę
confirm-quit-unsaved = W formularzu są niezapisane zmiany. Wyjść mimo to?
confirm-quit = Wyjdź bez zapisywania
confirm-keep-editing = Edytuj dalej
confirm-discard = Zamknąć ten formularz i stracić to, co wpisano?
confirm-discard-yes = Zamknij i porzuć zmiany
confirm-duplicate = To może być ktoś już zapisany:
confirm-save-anyway = Zapisz jako nową osobę
confirm-go-back = Wróć

## Overlays
help-title = Klawisze
help-more = ↑ ↓ — więcej
menu-title = Działania
language-title = Język
language-draft = wersja robocza

## Settings
field-centre-name = Nazwa ośrodka
field-time-zone = Strefa czasowa
field-language = Język na tym komputerze
field-rtl-visual = Układaj tekst od prawej do lewej (wyłącz, jeśli robi to terminal)
field-native-digits = Liczby cyframi mojego języka
settings-digits-none = (ten język używa cyfr 0–9)
field-shaping = Łączenie liter arabskich
shaping-auto = Automatycznie
shaping-on = Włączone
shaping-off = Wyłączone (terminal łączy je sam)
shaping-now-on = teraz łączone
shaping-now-off = teraz niełączone
settings-screen-reader = Używasz czytnika ekranu? Wyłącz obie opcje: „Układaj tekst od prawej do lewej” i „Łączenie liter arabskich”. Czytnik ekranu czyta ekran od lewej do prawej, więc tekst ułożony przez dropin od prawej do lewej zostałby odczytany wspak.
language-console-cannot = Ten ekran (konsola Linuksa) nie może wyświetlić liter arabskich ani etiopskich. Aby używać tego języka, otwórz dropin w oknie terminala na pulpicie.
language-console-note = nie da się tu wyświetlić
field-auto-lock = Zablokuj ekran po tylu minutach bezczynności (1–60)
settings-hint = Tab przechodzi między polami, Space zmienia wybór, Ctrl+S zapisuje.

## Whole-screen messages
too-small = Powiększ okno: dropin potrzebuje co najmniej { $width } kolumn i { $height } wierszy (teraz { $current_width }×{ $current_height }).

## Store errors
crash-message = dropin zatrzymał się z powodu błędu w programie. Wszystko, co zapisano wcześniej, jest bezpieczne. Uruchom go ponownie i powiedz o tym koordynatorowi.
store-already-open = dropin jest już otwarty na tym komputerze. Najpierw go zamknij albo zrób to samo w otwartym programie.
store-newer-schema = Te dane zapisała nowsza wersja dropin. Niczego nie zmieniono. Aby je otworzyć, zainstaluj tę nowszą wersję (lub jeszcze nowszą) albo przywróć kopię zapasową zrobioną przez tę wersję: dropin restore FILE --volunteer NAME --force (obecne dane zostaną odłożone na bok, nie usunięte).
store-corrupt = Dane są uszkodzone i nie da się ich odczytać. Niczego nie zmieniono. Przywróć najnowszą kopię zapasową: dropin restore FILE --volunteer NAME --force (uszkodzone dane zostaną odłożone na bok, nie usunięte).
store-lost-writes = Dane są starsze niż ostatni zapis: brakuje zapisów od { $first } do { $last }. Niczego nie zmieniono. Przywróć najnowszą kopię zapasową: dropin restore FILE --volunteer NAME --force (obecne dane zostaną odłożone na bok, nie usunięte), a potem wprowadź ponownie to, co zapisano po niej.
store-lost-write = Dane są starsze niż ostatni zapis: brakuje zapisu { $last }. Niczego nie zmieniono. Przywróć najnowszą kopię zapasową: dropin restore FILE --volunteer NAME --force (obecne dane zostaną odłożone na bok, nie usunięte), a potem wprowadź ponownie to, co zapisano po niej.
store-latest-backup = Najnowsza kopia zapasowa: { $file }
store-read-only = dropin nie może zapisywać w swoim folderze danych. To, co zapisano wcześniej, jest bezpieczne. Przywróć możliwość zapisu w folderze (lub podłącz ponownie dysk), a potem spróbuj jeszcze raz.
store-disk-full = Dysk jest pełny: ostatnia zmiana nie została zapisana. To, co zapisano wcześniej, jest bezpieczne. Zwolnij trochę miejsca i zapisz ponownie.
store-io = Nie udało się odczytać ani zapisać danych. Niczego nie zapisano.
store-not-found = Tego zapisu już nie ma.
store-bad-transition = Takiej zmiany nie można zrobić dla tej wizyty.
store-consent-required = Zapis można prowadzić tylko za zgodą osoby.
store-backup-damaged = Ten plik kopii zapasowej jest uszkodzony albo został zmieniony: nie można go użyć. Niczego nie zmieniono.
store-not-empty = W tym folderze są już dane. Wybierz pusty folder albo użyj --force, aby najpierw odsunąć obecne dane na bok.
store-not-allowed = Tylko koordynator może to zrobić.
store-not-signed-in = Najpierw się zaloguj.
store-wrong-password = To hasło jest nieprawidłowe. Sprawdź imię i spróbuj ponownie.
store-sign-in-wait = Za dużo błędnych haseł. Poczekaj { $seconds } s i spróbuj ponownie.
store-rotation-unfinished = Zmiana klucza danych została przerwana. Zaloguj się do dropin, aby ją dokończyć, a potem spróbuj ponownie.
crypto-undecryptable = Nie udało się odblokować zapisu: jest uszkodzony albo zmieniono go poza dropin. Przywróć najnowszą kopię zapasową.
crypto-truncated = Zapis jest ucięty: jest uszkodzony. Przywróć najnowszą kopię zapasową.
crypto-unknown-version = Ten zapis utworzyła nowsza wersja dropin. Użyj nowszej wersji.
crypto-too-long = Zapis jest za duży, aby go zabezpieczyć. Niczego nie zapisano.
crypto-kdf = Nie udało się sprawdzić hasła na tym komputerze (za mało pamięci?).
crypto-bad-recovery-key = To nie jest klucz odzyskiwania: sprawdź każdą grupę liter i cyfr.
crypto-random = Ten komputer nie zdołał utworzyć bezpiecznego losowego klucza.

## Set-up, sign-in, lock
key-lock = Zablokuj ekran
setup-title = Witamy w dropin
setup-intro = Najpierw nazwa ośrodka i pierwszy koordynator, który doda pozostałych wolontariuszy.
setup-your-name = Twoje imię
field-password = Hasło
field-password-again = Hasło jeszcze raz
setup-hint = Co najmniej 10 znaków: kilka słów, które zapamiętasz. Tab przechodzi dalej, Ctrl+S kończy.
recovery-title = Twój klucz odzyskiwania
recovery-intro = Jeśli kiedyś wszyscy zapomną haseł, ten klucz będzie jedyną drogą do danych. Widać go tylko teraz.
recovery-keep = Zapisz go na papierze albo wydrukuj i trzymaj pod kluczem, z dala od tego komputera.
recovery-continue = Naciśnij Enter, gdy będzie bezpiecznie zapisany.
signin-title = Logowanie
lock-title = Zablokowano — zaloguj się, aby kontynuować
signin-name = Twoje imię
signin-hint-name = Wpisz lub wybierz swoje imię, potem Enter.
signin-hint-password = Wpisz hasło, potem Enter. Esc wybiera inne imię.
signin-welcome = Zalogowano jako { $name }.
status-draft-lost = Nie udało się przywrócić niezapisanego formularza sprzed blokady; zacznij go od nowa.
signin-demo = Demo: { $coordinator } (koordynator) i { $volunteer } (wolontariusz) mają hasło { $password }

## Signing in with the recovery key
key-use-recovery-key = Użyj klucza odzyskiwania
recovery-signin-title = Logowanie kluczem odzyskiwania
recovery-signin-intro = Na wypadek, gdy wszyscy koordynatorzy zapomnieli haseł: wpisz klucz odzyskiwania zapisany przy instalacji dropin. Wolontariusz, który zapomniał tylko własnego hasła, może poprosić koordynatora o jego zresetowanie.
field-recovery-key = Klucz odzyskiwania
recovery-signin-hint = Spacje i myślniki nie mają znaczenia. Enter loguje, Esc wraca.
recovery-wrong-key = Ten klucz nie otwiera danych tego ośrodka. Porównaj go z zapisaną kopią, grupa po grupie.
recovery-password-title = Wybierz nowe hasło
recovery-password-intro = Klucz odzyskiwania otworzył dane i zalogowano Cię jako { $name }. Zanim przejdziesz dalej, wybierz sobie nowe hasło: od teraz logujesz się nim.
recovery-password-hint = Co najmniej 10 znaków: kilka słów, które zapamiętasz. Tab przechodzi dalej, Enter lub Ctrl+S zapisuje. Esc wylogowuje bez nowego hasła.
status-recovered = Hasło ustawione. Zresetuj hasła innych wolontariuszy w Ustawienia → Wolontariusze (F8).

## dropin check
check-person-unreadable = Nie można otworzyć zapisu osoby: { $about }
check-visits-unreadable = Nie można otworzyć wizyt z jednego dnia: { $about }
check-visit-unlisted = Wizyty nie ma na stronie jej osoby: { $about }
check-visit-missing = Strona osoby wymienia wizytę, której nie ma: { $about }
check-card-wrong = Wyszukiwarka osób ma stare imię lub telefon dla { $about }
check-card-missing = Wyszukiwarka osób nie znajduje { $about }
check-cards-unreadable = Nie można otworzyć bloku danych wyszukiwarki osób: { $about }
check-audit-broken = Dziennik zdarzeń został zmieniony: { $about }
check-all-well = Każdy zapis się otwiera i wszystko się zgadza; dziennik zdarzeń jest nienaruszony.

## Volunteers
key-new-volunteer = Nowy wolontariusz
key-change-password = Moje hasło
key-reset-password = Zresetuj hasło
key-deactivate = Dezaktywuj
field-role = Rola
form-new-volunteer = Nowy wolontariusz
form-reset-password = Nowe hasło
form-own-password = Zmiana mojego hasła
volunteer-reset-for = Nowe hasło dla: { $name }
volunteer-inactive = nieaktywny
settings-volunteers = Wolontariusze (Ctrl+O na imieniu: reset hasła, dezaktywacja)
status-volunteer-added = Dodano wolontariusza.
status-password-reset = Hasło ustawione. Przekaż je osobiście, nie na piśmie.
status-password-changed = Twoje hasło zostało zmienione.
status-volunteer-deactivated = Wolontariusz dezaktywowany: jego hasło niczego już nie otwiera.
confirm-deactivate = Dezaktywować: { $name }? Jej lub jego hasło niczego już nie otworzy.
confirm-deactivate-yes = Dezaktywuj
key-rotate-key = Zmień klucz danych
confirm-rotate-key = Zmienić teraz klucz danych?
confirm-rotate-key-why = Zrób to po dezaktywacji wolontariusza albo jeśli dane mogły zostać skopiowane: stare kopie kluczy pozostawione na dysku niczego już nie otworzą. Każdy zachowuje swoje hasło, a klucz odzyskiwania nadal działa.
confirm-rotate-key-backups = Trwa to od kilku sekund do kilku minut i w tym czasie nikt nie może używać dropin. Wcześniejsze kopie zapasowe otwierają się starym kluczem: potem zrób nową.
confirm-rotate-key-yes = Zmień klucz
work-rotation-title = Zmiana klucza danych
work-rotation-what = Każdy zapis jest ponownie zamykany nowym kluczem.
work-rotation-progress = { $done } z { $total } zapisów
work-rotation-safe = Możesz wyjść (Ctrl+Q) w każdej chwili: praca będzie kontynuowana przy następnym logowaniu.
status-key-rotated = Klucz danych zmieniony. Zrób teraz nową kopię zapasową (Ctrl+B): starsze kopie otwierają się starym kluczem.
status-key-rotation-stopped = Zmiana klucza danych zatrzymała się: { $why } Będzie kontynuowana przy następnym logowaniu.

## Backups in the program
key-backup-now = Kopia teraz
field-backup-dir = Folder kopii zapasowych (pendrive; puste: bez codziennej kopii)
field-backups-kept = Ile kopii tam trzymać
error-backups-kept = Podaj liczbę od 1 do 365.
status-backup-made = Zapisano kopię zapasową: { $file }
store-no-backup-folder = Folder kopii zapasowych nie jest ustawiony albo nie można go znaleźć. Czy pendrive jest włożony? Ustaw go w F8 Ustawienia.

## Audit log
audit-title = Dziennik zdarzeń
audit-filter = Filtr (kod, imię wolontariusza lub data RRRR-MM-DD), potem Enter:
audit-none = Żaden wpis nie pasuje.
audit-signed-in = logowanie
audit-signed-out = wylogowanie
audit-sign-in-failed = podano błędne hasło
audit-viewed-person = podgląd: { $person }
audit-created-person = dodanie osoby: { $person }
audit-edited-person = edycja osoby { $person }: { $fields }
audit-created-visit = zapis wizyty { $visit } dla { $person }
audit-edited-visit = zmiana wizyty { $visit }: { $fields }
audit-exported = eksport: { $what }
audit-erased = usunięcie osoby: { $person }
audit-volunteer-added = dodanie wolontariusza
audit-volunteer-changed = zmiana wolontariusza
audit-key-rotated = zmiana klucza danych
audit-backup-made = wykonanie kopii zapasowej
audit-restored = przywrócenie kopii zapasowej
audit-recovery-key-used = logowanie kluczem odzyskiwania
audit-service-saved = dodanie lub zmiana usługi
audit-directory-imported = import usług (Open Referral)
audit-referred = wskazanie lub skierowanie osoby
audit-followed-up = zapis wyniku skierowania
audit-interpreter-saved = dodanie lub zmiana tłumacza
audit-booking-saved = rezerwacja tłumacza lub zmiana rezerwacji
audit-field-name = imię i nazwisko
audit-field-year-of-birth = rok urodzenia
audit-field-gender = płeć
audit-field-country = kraj
audit-field-first-language = pierwszy język
audit-field-other-languages = inne języki
audit-field-english-level = angielski
audit-field-needs-interpreter = potrzebuje tłumacza
audit-field-interpreter-gender = płeć tłumacza
audit-field-immigration-status = status pobytowy
audit-field-phone = telefon
audit-field-notes = notatki
audit-field-consent = zgoda
audit-field-visit-state = stan
audit-field-needs = potrzeby
audit-field-language = język
audit-field-interpreting = tłumaczenie
audit-field-visit-notes = notatka
audit-broken-edited = wpis został zmieniony
audit-broken-missing = brakuje wpisu
audit-broken-out-of-order = wpisy są w złej kolejności
key-audit-log = Dziennik zdarzeń

## Signposting and referral
referral-kind-signposted = Wskazano
referral-kind-referred = Skierowano
referral-needs-consent = Skierowanie wymaga zgody osoby na przekazanie jej danych usłudze. Najpierw zapytaj.
referral-needs-follow-up = Skierowanie wymaga daty sprawdzenia: dziś lub później.
outcome-pending = Czeka na wynik
outcome-attended = Obecność
outcome-not-attended = Nieobecność
outcome-declined = Odmowa
outcome-unknown = Nie wiadomo

## F6 Follow-ups
screen-follow-ups = Do sprawdzenia
key-go-follow-ups = Przejdź do sprawdzeń
key-outcome-attended = Obecność
key-outcome-not-attended = Nieobecność
key-outcome-declined = Odmowa
key-outcome-unknown = Nie wiadomo
key-outcome-pending = Nadal czeka (nowa data)
key-close-visit-done = Zamknij wizytę: zakończona
key-close-visit-left = Zamknij wizytę: wyjście bez rozmowy
follow-ups-counts = Skierowania do sprawdzenia: { $referrals } · Otwarte wizyty: { $visits } · Rezerwacje do zamknięcia: { $bookings }
follow-ups-empty = Nic do sprawdzenia. Skierowania pojawiają się tu w dniu sprawdzenia; wizyty z wcześniejszych dni pozostawione w kolejce i rezerwacje tłumaczy, których czas minął, a wciąż są otwarte, też się tu pojawiają.
follow-ups-referral = Skierowanie: { $service }
follow-ups-visit = Otwarta wizyta ({ $state })
col-due = Termin
col-days-late = Spóźn.
col-what = Co
status-outcome-recorded = Zapisano wynik: { $outcome }.
status-follow-up-put-off = Nadal czeka: sprawdź ponownie { $date }.
status-visit-closed = Wizyta zamknięta.
status-not-a-referral = Ten wiersz to wizyta: d zamyka ją jako zakończoną, l jako wyjście bez rozmowy.
status-not-a-visit = Ten wiersz to skierowanie: a obecność, n nieobecność, x odmowa, u nie wiadomo, p nadal czeka.
person-referral-pending = Sprawdzić { $date }
col-kind = Rodzaj
col-service = Usługa
col-outcome = Wynik

## Directory
field-stale-months = Oznacz pozycje katalogu niesprawdzane przez tyle miesięcy (1–60)
error-stale-months = Podaj liczbę miesięcy od 1 do 60.

## Signposting and referral form
form-referral = Wskaż lub skieruj: { $name }
field-service = Usługa
field-referral-kind = Wskazanie czy skierowanie
field-consent-to-share = Zgoda
field-follow-up = Sprawdzić dnia
referral-consent-question = Zgadza się na przekazanie swoich danych tej usłudze
referral-no-service-found = Żadna usługa nie pasuje. Mniej liter albo inne słowo?
key-refer = Wskaż lub skieruj
status-refer-whom = Wybierz wizytę znanej osoby (nie anonimową) albo otwórz jej stronę, aby ją wskazać lub skierować.
status-directory-empty = W katalogu nie ma jeszcze żadnej aktywnej usługi (F4).
error-choose-service = Wybierz usługę: wpisz kilka liter, potem ↑ ↓ i Enter.
status-signposted = { $name }: wskazano usługę { $service }.
status-referred = { $name }: skierowano do { $service }. Pojawi się na F6 w dniu sprawdzenia.

## Open Referral import and export (dropin import hsds, dropin export hsds)
import-progress = czytanie katalogu
import-summary = Import Open Referral — dodano: { $added }, zaktualizowano: { $updated }, bez zmian: { $unchanged }, odrzucono: { $rejected }.
import-rejected = { $place }: { $reason }
import-more-rejected = { $count ->
        [one] …i jeszcze 1 odrzucony wiersz, niewymieniony tutaj.
        [few] …i jeszcze { $count } odrzucone wiersze, niewymienione tutaj.
        [many] …i jeszcze { $count } odrzuconych wierszy, niewymienionych tutaj.
       *[other] …i jeszcze { $count } odrzuconego wiersza, niewymienionego tutaj.
    }
import-at-line = { $file }, wiersz { $line }
import-at-item = { $file }, { $item }
import-at-file = { $file }
import-reason-not-utf8 = tekst w „{ $column }” nie jest poprawnym UTF-8
import-reason-fields = wiersz ma { $found } komórek, a nagłówek { $expected }
import-reason-json = niepoprawny JSON (od wiersza { $line }, kolumna { $column })
import-reason-too-large = plik jest za duży, aby czytać go jako JSON ({ $mib } MiB); zaimportuj zamiast tego pakiet CSV
import-reason-missing = pole „{ $column }” jest puste
import-reason-too-long = pole „{ $column }” jest za długie
import-reason-duplicate = id „{ $id }” zostało już użyte w wierszu { $first }
import-reason-no-organisation = jego organizacji „{ $id }” nie ma w katalogu
import-reason-no-organisation-id = nie podaje żadnej organizacji
import-reason-organisation-rejected = jego organizacja (wiersz { $line }) została odrzucona
import-reason-part-rejected = jeden z jego wierszy ({ $file }, wiersz { $line }) został odrzucony
import-error-not-found = Pod { $path } nic nie ma.
import-error-not-hsds = { $path } nie jest ani pakietem CSV Open Referral (folder z datapackage.json), ani plikiem JSON.
import-error-datapackage = { $file } nie jest poprawnym opisem pakietu danych (wiersz { $line }). Niczego nie zaimportowano.
import-error-no-table = Pakiet nie ma tabeli „{ $table }”, której wymaga import. Niczego nie zaimportowano.
import-error-file-missing = datapackage.json wymienia { $file }, którego nie ma. Niczego nie zaimportowano.
import-error-unsafe-path = datapackage.json wymienia { $file } poza folderem pakietu: odrzucono. Niczego nie zaimportowano.
import-error-missing-column = { $file } nie ma kolumny „{ $column }”, której wymaga import: plik odrzucono i niczego nie zaimportowano.
import-error-read = Nie można odczytać { $file } ({ $detail }).
import-error-mapping = Plik mapowania, wiersz { $line }: „{ $text }” nie jest regułą (WZORZEC = OBSZAR, OBSZAR …). Niczego nie zaimportowano.
import-error-mapping-domain = Plik mapowania, wiersz { $line }: „{ $text }” podaje obszar spoza 14 obszarów. Niczego nie zaimportowano.
import-error-not-allowed = Tylko koordynator może importować usługi do katalogu.
export-progress = zapisywanie katalogu
export-done = Zapisano { $services ->
        [one] 1 usługę
        [few] { $services } usługi
        [many] { $services } usług
       *[other] { $services } usługi
    } z { $organisations ->
        [one] 1 organizacji
        [few] { $organisations } organizacji
        [many] { $organisations } organizacji
       *[other] { $organisations } organizacji
    } w { $dir }.
export-error-not-empty = { $dir } nie jest pusty: wybierz nowy lub pusty folder.
export-error-write = Nie można zapisać { $file } ({ $detail }).

## Slip
slip-title = Karteczka (Ctrl+P drukuj · Ctrl+T zapisz jako tekst · Esc zamknij)
slip-address = Adres
slip-phone = Telefon
slip-opening-times = Godziny otwarcia
slip-website = Strona internetowa
slip-email = E-mail
key-print-slip = Drukuj
key-save-slip = Zapisz jako plik tekstowy
field-printer = Drukarka do karteczek (puste: zapis jako tekst)
status-slip-saved = Karteczkę zapisano jako { $file }.
status-slip-not-saved = Nie udało się zapisać karteczki: { $why }
status-slip-printed = Karteczkę wysłano do { $printer }.
status-slip-not-printed = Drukarka { $printer } nie przyjęła karteczki. Sprawdź jej nazwę w Ustawieniach (F8) albo naciśnij t, aby zapisać ją jako plik tekstowy.
status-no-printer = Nie ustawiono drukarki (Ustawienia, F8). Naciśnij t, aby zapisać karteczkę jako plik tekstowy.
status-no-lp = Drukowanie wymaga systemowego polecenia lp (CUPS), którego ten komputer nie ma. Naciśnij t, aby zapisać karteczkę jako plik tekstowy.
screen-directory = Katalog
key-go-directory = Przejdź do katalogu
key-new-service = Nowa usługa
key-open-service = Otwórz usługę
key-edit-service = Edytuj usługę
key-mark-verified = Sprawdzona dziś
key-deactivate-service = Dezaktywuj usługę
key-reactivate-service = Przywróć usługę
key-filter-domain = Filtruj wg obszaru
key-filter-language = Filtruj wg języka
key-show-inactive = Pokaż/ukryj nieaktywne usługi
directory-search-label = Szukaj usług:
directory-filter-domain = Obszar: { $domain }
directory-filter-language = Język: { $language }
directory-inactive-hidden = nieaktywne ukryte
directory-inactive-shown = nieaktywne widoczne
directory-any = dowolny
directory-summary = Widać: { $shown } z { $total } · ⚠ niesprawdzane od { $months } mies.: { $stale }
directory-empty = Katalog jest pusty. Koordynator dodaje usługi przez Ctrl+N.
directory-none = Żadna usługa nie pasuje. Esc czyści wyszukiwanie, potem filtry.
directory-inactive = nieaktywna
directory-never = nigdy
directory-domain-title = Filtruj wg obszaru
directory-language-title = Filtruj wg języka
directory-any-domain = Dowolny obszar
directory-any-language = Dowolny język
col-organisation = Organizacja
col-domains = Obszary
col-checked = Sprawdz.
form-new-service = Nowa usługa
form-edit-service = Edycja usługi
field-organisation = Organizacja
field-service-name = Nazwa usługi
field-description = Opis
field-domains = Obszary
field-address = Adres
field-postcode = Kod pocztowy
field-email = E-mail
field-website = Strona internetowa
field-opening-times = Godziny otwarcia
field-service-languages = Języki obsługi
field-eligibility = Dla kogo
field-how-to-refer = Jak skierować
field-service-status = Stan
field-last-verified = Ostatnio sprawdzona
field-source = Źródło
service-active = Aktywna
service-inactive = Nieaktywna: obecnie nie działa
service-never-checked = nigdy niesprawdzana
service-stale = niesprawdzana od { $months } mies. lub dłużej
service-typed = Wpisana w tym ośrodku
service-imported = Zaimportowana z katalogu Open Referral { $date } (jej id: { $id })
status-service-saved = Zapisano: { $name }.
status-service-verified = Oznaczono jako sprawdzoną dziś: { $name }.
status-service-deactivated = Teraz nieaktywna: { $name }. Lista ją ukrywa (Ctrl+T pokazuje nieaktywne usługi).
status-service-reactivated = Znów aktywna: { $name }.
key-show-slip = Karteczka
key-import-directory = Import (Open Referral)
import-from-title = Import usług (Open Referral)
import-from-hint = Folder z datapackage.json i plikami CSV albo plik lub folder JSON. Enter importuje; Esc wraca.
import-from-label = Ścieżka:
import-report-title = Import
put-off-title = Nadal czeka
put-off-hint = Sprawdź ponownie dnia (RRRR-MM-DD). Enter potwierdza; Esc wraca.

## Interpreter bookings
booking-bad-duration = Rezerwacja trwa od 1 minuty do 12 godzin.
booking-interpreter-busy = Ten tłumacz ma już rezerwację w tym czasie (zobacz pokazaną rezerwację).
booking-interpreter-inactive = Ten tłumacz nie jest już aktywny.
booking-bad-transition = Rezerwacji w tym stanie nie można tak zmienić.
booking-no-show-too-early = Nieobecność można zapisać dopiero po rozpoczęciu spotkania.

## F5 Interpreters: the roster and bookings
booking-person-busy = Ta osoba ma już rezerwację w tym czasie (pokazaną). Zapisz ponownie przez Ctrl+S, aby zarezerwować obie.
interpreter-incomplete = Tłumacz musi mieć imię i co najmniej jeden język.
screen-interpreters = Tłumacze
key-go-interpreters = Przejdź do tłumaczy
key-new-interpreter = Nowy tłumacz
key-edit-interpreter = Edytuj tłumacza
key-show-day = Dzień
key-show-week = Tydzień
key-show-roster = Lista
key-filter-gender = Płeć
key-filter-mode = Tryb
key-new-booking = Nowa rezerwacja
key-edit-booking = Otwórz rezerwację
key-confirm-booking = Potwierdź
key-complete-booking = Odbyła się
key-cancel-booking = Odwołaj rezerwację
key-no-show = Nieobecność
key-export-calendar = Plik kalendarza (.ics)
key-earlier = Wcześniej
key-later = Później
key-book-interpreter = Zarezerwuj tłumacza
col-languages = Języki
form-booking = Rezerwacja tłumacza
form-booking-edit = Rezerwacja
field-person = Osoba
field-booking-language = Język
field-dialect = Dialekt
field-mode = Tryb
field-appointment = Spotkanie
field-place = Miejsce
field-date = Data (RRRR-MM-DD)
field-start = Początek (GG:MM)
field-end = Koniec (GG:MM)
field-interpreter = Tłumacz
field-cancel-reason = Powód
error-bad-date = Wpisz datę jako RRRR-MM-DD, np. 2026-12-03.
error-bad-time = Wpisz godzinę jako GG:MM, np. 09:30.
error-choose-person = Wpisz imię lub kod i wybierz osobę klawiszem Enter.
error-choose-language = Wpisz język (nazwę lub kod) i wybierz go klawiszem Enter.
booking-unknown-language = Nie ma języka o takiej nazwie lub kodzie: wybierz go z listy klawiszem Enter.
booking-ends-before-start = Koniec musi być po początku.
booking-starts-in-past = To zaczyna się w przeszłości. Sprawdź datę; zapisz ponownie przez Ctrl+S, aby mimo to zarezerwować.
booking-cancel-needs-reason = Napisz, dlaczego rezerwacja jest odwołana.
booking-no-interpreter-yet = Jeszcze nikt (prośba)
booking-nobody-fits-gender = Nikt z listy tłumaczy nie spełnia preferencji płci dla tego języka: rezerwacja pozostaje prośbą.
booking-nobody-speaks = Nikt z listy tłumaczy nie mówi tym językiem ani pokrewnym.
miss-related-language = mówi: { $language } ({ $dialects }), to język pokrewny: najpierw zapytaj
miss-other-dialect = inne dialekty: { $dialects }
miss-gender = inna płeć niż preferowana
miss-mode = nie pracuje w tym trybie
miss-busy = wtedy zajęty
miss-inactive = już nieaktywny
status-booking-saved = Zapisano rezerwację: { $booking }
status-booking-moved = Rezerwacja teraz: { $status } — { $booking }
status-calendar-saved = Zapisano plik kalendarza: { $file }
status-calendar-not-saved = Nie udało się zapisać pliku kalendarza: { $why }
status-calendar-nothing = Ten tłumacz nie ma rezerwacji w tym tygodniu.
calendar-summary = Tłumacz: { $language } — { $appointment }
calendar-reference = Kod: { $reference }
calendar-language = Język: { $language }
calendar-mode = Tryb: { $mode }
calendar-status = Stan: { $status }
cancel-booking-title = Odwołanie rezerwacji
cancel-booking-hint = Enter odwołuje rezerwację; Esc ją zachowuje.
mode-in-person = Osobiście
mode-phone = Telefon
mode-video = Wideo
interpreter-gender-other = Inna
appointment-gp = Lekarz rodzinny
appointment-hospital = Szpital
appointment-solicitor = Prawnik
appointment-home-office = Home Office
appointment-housing = Sprawy mieszkaniowe
appointment-school = Szkoła
appointment-council = Urząd gminy
appointment-benefits = Świadczenia
appointment-other = Inne
booking-status-requested = prośba
booking-status-confirmed = potwierdzona
booking-status-completed = odbyła się
booking-status-cancelled = odwołana
booking-status-late-cancelled = odwołana późno
booking-status-no-show = nieobecność
bookings-day = Rezerwacje { $date } ({ $count }) — ← → inny dzień
bookings-week = Tydzień od { $date } (rezerwacje: { $count }) — ← → inny tydzień
bookings-requests-count = Niepotwierdzone prośby: { $count }
bookings-none = Brak rezerwacji tego dnia. Ctrl+N rezerwuje tłumacza.
timegrid-legend = [..] █ potwierdzona  ? prośba  · odbyta  ! kolizja  ‹ › poza 08–18
col-time = Godz.
col-interpreter = Tłumacz
col-appointment = Spotkanie
col-status = Stan
weekday-mon = Pn
weekday-tue = Wt
weekday-wed = Śr
weekday-thu = Cz
weekday-fri = Pt
weekday-sat = So
weekday-sun = Nd
today-bookings = Tłumacze zarezerwowani na dziś ({ $count }) — F5, aby zobaczyć dzień
follow-ups-booking = Tłumacz { $time } { $appointment }, { $interpreter } ({ $status }): zamknij
status-not-a-booking = To nie jest rezerwacja tłumacza.

## F5 roster (interpreter form)
col-gender = Płeć
col-modes = Tryby
col-agency = Agencja
roster-search-label = Szukaj imienia, języka lub dialektu:
roster-filter-gender = Płeć: { $gender }
roster-filter-mode = Tryb: { $mode }
roster-any = dowolny
roster-shown = Widać: { $shown } z { $total }
roster-empty = Na liście tłumaczy nie ma jeszcze nikogo. Koordynator może ich dodać.
roster-empty-add = Na liście tłumaczy nie ma jeszcze nikogo. Naciśnij { $key }, aby kogoś dodać.
roster-none = Żaden tłumacz nie pasuje. Esc czyści wyszukiwanie, potem filtry.
roster-modes-all = wszystkie tryby
roster-volunteer = wolontariusz
roster-inactive = nieaktywny
form-new-interpreter = Nowy tłumacz
form-edit-interpreter = Edycja tłumacza
field-interpreter-languages = Języki
field-add-language = Dodaj język
field-modes = Tryby
field-agency = Agencja
field-contact = Kontakt
field-active = Aktywny
interpreter-dialects = dialekty:
interpreter-dialects-hint = Przecinki między dialektami; { $key } usuwa język.
interpreter-add-language-hint = Wpisz angielską nazwę lub kod (tigr, apd), potem Enter.
interpreter-agency-empty = puste: tłumacz wolontariusz
interpreter-active-note = można go zarezerwować
error-no-language = Dodaj co najmniej jeden język: wpisz część jego nazwy, potem Enter.
error-language-not-found = Żaden język nie pasuje do „{ $typed }”. Spróbuj mniej liter albo kodu.
status-interpreter-saved = Zapisano na liście tłumaczy: { $name }.
key-remove-language = Usuń ten język
check-bookings-unreadable = Nie można odczytać bloku rezerwacji tłumaczy: { $about }
check-booking-unlisted = Rezerwacji brakuje na liście jej osoby: { $about }
check-booking-missing = Lista osoby wymienia rezerwację, której nie ma: { $about }
check-booking-index = Indeks godzin tłumaczy lub otwartych rezerwacji nie zgadza się z rezerwacją: { $about }
check-booking-clash = Tłumacz jest w dwóch rezerwacjach naraz: { $about }
check-support-unreadable = Nie można otworzyć wsparcia udzielonego podczas wizyty: { $about }
check-support-orphan = Wsparcie zapisano przy wizycie, której nie ma albo która nie należy do tej osoby: { $about }
check-key-dates-unreadable = Nie można odczytać bloku ważnych terminów: { $about }
check-key-date-misplaced = Ważny termin jest zapisany przy kimś innym: { $about }
check-key-date-reminder = Brakuje przypomnienia o ważnym terminie na F6 albo zostało niepotrzebne: { $about }
cancel-booking-hint-late = Mniej niż 24 godziny przed początkiem: późne odwołanie. Enter odwołuje; Esc zachowuje.
booking-cancelled-line = Odwołano { $date }, kto: { $who }, powód: { $why }
key-export-week = Tydzień do kalendarza (.ics)

## Amounts of money
money-error-empty = Wpisz kwotę, np. 12.50.
money-error-negative = Kwota nie może być ujemna.
money-error-not-a-number = To nie jest kwota: wpisz funty i pensy cyframi, np. 12.50 lub £12.50.
money-error-too-many-decimals = Najwyżej dwie cyfry po kropce (pensy), np. 12.50.
money-error-two-points = Tylko jedna kropka dziesiętna, np. 12.50.
money-error-grouping = Przecinki tylko między tysiącami, np. 1,250.00; pensy po kropce: 12.50.
money-error-other-currency = Kwoty są tylko w funtach (£).
money-error-too-large = Ta kwota jest za duża, żeby była prawdziwa: sprawdź liczbę.

## Support given on a visit
support-kind-food-parcel = Paczka żywnościowa
support-kind-travel-fare = Bilet na przejazd
support-kind-hardship-payment = Zapomoga
support-kind-clothing = Ubrania
support-kind-phone-top-up = Doładowanie telefonu
support-kind-other = Inne
support-error-amount-missing = Wpisz wydaną kwotę, np. 12.50.
support-error-amount-zero = Kwota wynosi zero: wpisz, ile wydano, np. 12.50.
support-error-amount-not-money = To wsparcie nie jest pieniężne: zostaw kwotę pustą i w notatce napisz, co wydano.
support-error-note-missing = Napisz w notatce, co wydano.
support-error-note-too-long = Notatka jest za długa: najwyżej { $max } znaków.
key-give-support = Udzielone wsparcie
field-support-kind = Rodzaj wsparcia
field-support-amount = Kwota (£)
support-amount-hint = Funty i pensy, np. 12.50 lub £12.50
support-confirm-large = { $amount } to więcej niż { $limit } za jedną pozycję. Sprawdź: ponowne Ctrl+S zapisuje.
status-support-confirm-large = Duża kwota: sprawdź ją, potem ponownie Ctrl+S, aby zapisać.
status-support-given = Zapisano: { $kind } dla { $name }.
status-support-over-limit = Zapisano. { $name }: { $total } w ciągu 12 miesięcy, ponad limit { $limit }.
status-support-which-visit = Najpierw wybierz wizytę: wsparcie zapisuje się przy wizycie.
field-support-given = Już udzielone podczas tej wizyty
key-remove-support = Usuń pozycję dodaną przez pomyłkę
support-remove-question = Usunąć „{ $what }” z tej wizyty? Wpisano to przez pomyłkę; dziennik zdarzeń zachowa informację o usunięciu.
support-remove-yes = Usuń
status-support-removed = Usunięto. Suma dla osoby jest zaktualizowana.
status-support-not-yours = Usunąć to może tylko osoba, która to zapisała, albo koordynator.
audit-support-removed = usunięcie wsparcia z wizyty (wpisane przez pomyłkę)
form-support = Wsparcie dla: { $name }
support-form-total = W ostatnich 12 miesiącach, razem z tym: { $total }
support-over-limit = ponad limit { $limit }
person-support-summary = Wsparcie, ostatnie 12 miesięcy: { $total } w pieniądzach, { $count ->
    [one] jedna pozycja
    [few] { $count } pozycje
    [many] { $count } pozycji
   *[other] { $count } pozycji
}

## Households (people who came together)
household-title = Gospodarstwo domowe
household-child-born = Dziecko, ur. { $year }
relation-partner = Partner/partnerka
relation-child = Dziecko
relation-parent = Rodzic
relation-sibling = Brat lub siostra
relation-other-relative = Inny krewny
relation-other = Bez pokrewieństwa (przyjaciel, opiekun)
household-error-in-another = Już w innym gospodarstwie domowym: najpierw wyjmij tę osobę stamtąd.
household-error-already-member = Już w tym gospodarstwie domowym.
household-error-not-member = Nie w tym gospodarstwie domowym.
household-error-anchor-has-others = Gospodarstwo jest zapisane przez tę osobę: najpierw zapisz je przez kogoś innego (Ctrl+R).
household-error-too-small = Gospodarstwo domowe musi mieć co najmniej dwie osoby.
household-error-relations = Podaj, jak każda osoba jest spokrewniona z osobą, przez którą zapisano gospodarstwo.

## Key dates (hearings, interviews, deadlines)
key-date-kind-interview = Przesłuchanie w Home Office
key-date-kind-appeal-hearing = Rozprawa odwoławcza (azyl)
key-date-kind-appeal-deadline = Termin na odwołanie
key-date-kind-move-on-end = Koniec okresu przejściowego (kończy się wsparcie azylowe)
key-date-kind-court = Sąd
key-date-kind-other = Inny termin
key-date-outcome-kept = Odbył się lub termin dotrzymany
key-date-outcome-moved = Przeniesiony na inny dzień
key-date-outcome-missed = Przegapiony
key-date-outcome-cancelled = Odwołany lub już niepotrzebny
key-date-due-later = później
key-date-due-in = { $days ->
        [0] dziś
        [one] jutro
        [few] za { $days } dni
        [many] za { $days } dni
       *[other] za { $days } dnia
    }
key-date-due-passed = { $days ->
        [one] minął wczoraj, jeszcze bez wyniku
        [few] minął { $days } dni temu, jeszcze bez wyniku
        [many] minął { $days } dni temu, jeszcze bez wyniku
       *[other] minął { $days } dnia temu, jeszcze bez wyniku
    }
key-date-due-done = załatwiony
key-date-soon = { $days ->
        [one] ważny termin dziś lub jutro
        [few] ważny termin w ciągu { $days } dni
        [many] ważny termin w ciągu { $days } dni
       *[other] ważny termin w ciągu { $days } dnia
    }
key-date-warning-past = Ta data już minęła. Zapisać mimo to?
key-date-lead-days-hint = Puste: zwykle dla tego rodzaju terminu.
field-key-date-kind = Rodzaj terminu
field-key-date-date = Data
field-key-date-grant = Data przyznania
field-key-date-lead-days = Przypomnij, dni przed
field-key-date-note = Notatka
error-choose-kind = Wybierz rodzaj terminu.
error-date-missing = Podaj datę jako RRRR-MM-DD, np. 2026-12-03.
error-grant-date-missing = Podaj datę przyznania: od niej liczy się koniec wsparcia w okresie przejściowym.
error-lead-days = Podaj liczbę dni od 0 do 365.
error-date-future = Ta data jeszcze nie nadeszła: podaj dzień, w którym to się stało.
key-add-key-date = Dodaj ważny termin
key-key-date-kept = Ważny termin: odbył się lub dotrzymany
key-key-date-moved = Ważny termin: przeniesiony na inny dzień
key-key-date-missed = Ważny termin: przegapiony
key-key-date-cancelled = Ważny termin: odwołany lub już niepotrzebny
key-date-kind-choose = (wybierz: Space lub ←/→)
key-date-move-on-ends = Wsparcie kończy się { $date } ({ $days } dni po przyznaniu)
key-date-move-on-hint = Wsparcie kończy się { $days } dni po przyznaniu.
key-date-lead-days-usual = Puste: { $days } dni przed, zwykle dla tego rodzaju terminu.
key-date-move-on-row = Koniec okr. przejśc. (przyznano { $grant })
key-date-outcome-hint = Notatka, jeśli chcesz (nie jest wymagana). Enter zapisuje; Esc wraca.
form-key-date = Dodaj ważny termin: { $name }
status-key-date-saved = Zapisano ważny termin: { $kind }, { $date }
status-not-a-key-date = Ten wiersz nie jest ważnym terminem.
status-key-date-row = Ten wiersz to ważny termin: h odbył się, m przeniesiony, s przegapiony, w odwołany (lub Ctrl+O).
follow-ups-key-dates = Ważne terminy do załatwienia: { $count } (zbliżające się lub minione bez wyniku)
col-key-date = Data
col-note = Notatka
key-date-passed-short = { $days ->
        [one] minął wczoraj
        [few] minął { $days } dni temu
        [many] minął { $days } dni temu
       *[other] minął { $days } dnia temu
    }
key-date-move-on-short = Koniec okr. przejśc.

## Safeguarding concerns
safeguarding-help-danger = Jeśli ktoś jest w bezpośrednim niebezpieczeństwie, najpierw zadzwoń pod 999; zapisz to tutaj później.
safeguarding-help-lead = Zapisanie od razu powiadamia osobę ds. ochrony w ośrodku. Osoba ds. ochrony to wolontariusz, który decyduje, co dalej, np. zgłoszenie do gminy lub policji, i zapisuje to tutaj. To zgłoszenie zagrożenia widzą tylko osoba ds. ochrony, koordynatorzy i Ty.
safeguarding-new-count = { $count ->
        [one] 1 nowe zgłoszenie zagrożenia
        [few] { $count } nowe zgłoszenia zagrożenia
        [many] { $count } nowych zgłoszeń zagrożenia
       *[other] { $count } nowego zgłoszenia zagrożenia
    }
concern-unnamed = Bez wskazanej osoby
concern-category-child = Zagrożone dziecko
concern-category-adult = Zagrożona osoba dorosła
concern-category-domestic-abuse = Przemoc domowa
concern-category-trafficking = Handel ludźmi lub współczesne niewolnictwo
concern-category-self-harm = Samookaleczenie lub ryzyko samobójstwa
concern-category-other = Coś innego
concern-agency-childrens-services = Gminne służby ds. dzieci
concern-agency-adults-services = Gminne służby ds. dorosłych
concern-agency-police = Policja
concern-agency-modern-slavery-helpline = Infolinia Modern Slavery Helpline
concern-agency-domestic-abuse = Pomoc dla osób doznających przemocy domowej
concern-agency-health = Lekarz rodzinny lub służba zdrowia
concern-agency-other = Ktoś inny
concern-step-referred = Skierowano dalej
concern-step-action = Zrobiono coś innego
concern-step-closed = Zamknięto
concern-status-open = Otwarte
concern-status-referred-on = Skierowane dalej
concern-status-closed = Zamknięte
concern-error-not-allowed = Tylko osoba ds. ochrony i koordynatorzy zapisują, co stało się dalej.
concern-error-closed = To zgłoszenie zagrożenia jest zamknięte. Jeśli stanie się coś nowego, zrób nowe zgłoszenie.
field-concern-category = Czego dotyczy
field-concern-seen-or-said = Co widziano lub co powiedziano
field-concern-action-taken = Co zrobiono
field-concern-step = Co stało się dalej
field-concern-agency = Skierowano do
field-concern-on = Dnia
field-concern-note = Notatka
error-choose-category = Wybierz, czego dotyczy zgłoszenie.
field-move-on-days = Okres przejściowy (dni po przyznaniu)
field-support-limit = Limit wsparcia na osobę, 12 miesięcy (£; puste: brak)
error-move-on-days = Wpisz liczbę dni od 1 do 365 (zwykle 28).
audit-key-date-saved = dodanie ważnego terminu lub zapis jego wyniku
audit-support-given = zapis wsparcia udzielonego podczas wizyty

## Households (issue 7)
audit-household-saved = utworzenie, zmiana lub rozwiązanie gospodarstwa domowego
check-households-unreadable = Nie można odczytać zapisu gospodarstwa domowego: { $about }
check-household-index = Indeks gospodarstw domowych nie zgadza się z gospodarstwami dla { $about }
check-household-invalid = Gospodarstwo domowe { $about } ma mniej niż dwie osoby, kogoś dwa razy albo kogoś, czyjego zapisu już nie ma
check-household-twice = { $about } jest w dwóch gospodarstwach domowych
key-household = Gospodarstwo
key-remove-from-household = Wyjmij z gospodarstwa
key-whole-household = Przyszło całe gospodarstwo
household-none = brak (Ctrl+G, aby dodać kogoś, kto przyszedł razem)
household-more = … i jeszcze { $count } (Ctrl+G)
household-relation-of = { $relation } osoby { $name }
household-anchor = gospodarstwo jest zapisane przez tę osobę
household-recorded-through = Pokrewieństwo względem osoby { $name }, przez którą zapisano gospodarstwo.
household-form-title = Gospodarstwo domowe: { $name }
household-field-add-person = Dodaj osobę
household-field-add-child = Dodaj dziecko (rok urodzenia)
household-field-members = W gospodarstwie
household-hint-list = ← → pokrewieństwo · Enter: zgadza się · Ctrl+R: zapisuj przez tę osobę
household-confirm-remove = Wyjąć z gospodarstwa: { $name }?
household-confirm-remove-child = Wyjąć z gospodarstwa dziecko urodzone w { $year }?
household-remove-yes = Wyjmij
status-household-saved = Zapisano gospodarstwo domowe.
status-household-dissolved = Gospodarstwo domowe przestało istnieć: zostały w nim mniej niż dwie osoby.
field-visit-household = Przyszli razem
household-needs-same = te same potrzeby
household-needs-own = własne potrzeby
household-hint-visit = Space: też na wizycie · Enter: własne potrzeby · Ctrl+A: wszyscy
field-visit-needs-of = Potrzeby: { $name }
status-visits-saved = { $count ->
    [one] Zapisano wizytę: { $name }.
    [few] Zapisano wizyty: { $name } i inne osoby z gospodarstwa domowego ({ $others }).
    [many] Zapisano wizyty: { $name } i inne osoby z gospodarstwa domowego ({ $others }).
   *[other] Zapisano wizyty: { $name } i inne osoby z gospodarstwa domowego ({ $others }).
}
household-hint-everyone = Ctrl+A: przyszli wszyscy
col-household = Gosp.
key-record-through = Zapisuj gospodarstwo przez tę osobę
household-check-relation = sprawdź: ← → zmienia, Enter, jeśli się zgadza

## Safeguarding concerns: stored and shown
audit-concern-raised = zgłoszenie zagrożenia
audit-concern-viewed = otwarcie zgłoszenia zagrożenia
audit-concern-updated = zapis tego, co stało się dalej, przy zgłoszeniu zagrożenia
check-concerns-unreadable = Nie można otworzyć zgłoszenia zagrożenia: { $about }
check-concern-awaiting = Liczba zgłoszeń czekających na osobę ds. ochrony nie zgadza się ze zgłoszeniem: { $about }
check-report-counts = Liczby raportu dla { $about } nie zgadzają się z zapisami z tego dnia
check-report-counts-unreadable = Nie można odczytać ani ponownie policzyć liczb raportu
key-raise-concern = Zgłoś zagrożenie
key-show-concerns = Zgłoszenia zagrożenia
key-open-concern = Otwórz zgłoszenie
key-record-step = Zapisz, co stało się dalej
key-close-concern = Zamknij zgłoszenie
key-toggle-lead = Osoba ds. ochrony: zaznacz/odznacz
form-concern = Zgłoszenie zagrożenia
form-concern-step = Co stało się dalej
field-concern-person = Kogo dotyczy
field-concern-other-agency = Kto (nazwa)
field-concern-status = Stan
field-concern-raised = Zgłoszono
field-safeguarding-lead = Osoba ds. ochrony
concern-category-none = jeszcze nie wybrano (← →, aby wybrać)
concern-status-raised = Zapisano zgłoszenie zagrożenia. Osoba ds. ochrony została powiadomiona.
concern-status-step-saved = Zapisano, co stało się dalej.
concern-status-closed-saved = Zgłoszenie zagrożenia jest zamknięte.
concern-awaiting-lead = jeszcze nieotwarte
concern-page-title = Zgłoszenie zagrożenia
concern-raised-by = { $date } { $time }, kto zgłosił: { $name }
concern-steps = Co stało się dalej
concern-no-steps = Jeszcze nic nie zapisano.
concern-raiser-note = Osoba ds. ochrony decyduje, co dalej, i zapisuje to tutaj.
concerns-title = Zgłoszenia zagrożenia, które możesz widzieć: { $count }
concerns-empty = Brak zgłoszeń zagrożenia do pokazania. Ctrl+Y tworzy zgłoszenie z każdego ekranu.
col-raised = Zgłosz.
col-concern-category = Dotyczy
col-concern-status = Stan
col-concern-lead = Ochrona
confirm-close-concern = Zamknąć to zgłoszenie? Potem nie da się już zapisać kolejnych kroków; zapytamy o powód.
confirm-close-concern-yes = Zamknij
person-concerns = Zgłoszenia zagrożenia
person-concerns-count = { $count } — F6, Ctrl+G
volunteer-safeguarding-lead = osoba ds. ochrony
volunteer-lead-hint = powiadamiana o każdym nowym zgłoszeniu
status-lead-marked = { $name } jest teraz osobą ds. ochrony.
status-lead-unmarked = { $name } nie jest już osobą ds. ochrony.

## Reports and exports (src/export, src/cli/export.rs)
audit-records-exported = eksport zapisów (tylko kody)
audit-records-exported-full = eksport zapisów z imionami i nazwiskami, notatkami i numerami telefonów (pełny eksport)
export-error-exists = { $file } już istnieje: wybierz inną nazwę albo dodaj --force, aby go zastąpić.
export-error-is-folder = { $file } to folder: podaj nazwę pliku do zapisania.
export-error-folder = Nie można nic zapisać w { $dir } ({ $detail }): wybierz inny folder.
export-error-writing = Nie udało się zapisać eksportu ({ $detail }); nic nie zostało na dysku.
export-not-given = nie podano
export-not-recorded = jeszcze nie zapisano
export-col-section = Sekcja
export-col-item = Pozycja
export-col-label = Wskaźnik
export-col-value = Ten okres
export-col-previous = Poprzedni okres
export-col-person = Osoba
export-col-name = Imię i nazwisko
export-col-notes = Notatki
export-col-phone = Telefon
export-col-amount = Kwota (£)
export-col-day = Dzień
export-col-visit-id = Wizyta
export-col-arrived = Przybycie
export-col-waited-minutes = Czekanie (minuty)
export-col-state = Stan
export-col-age-band = Grupa wiekowa
export-col-gender = Płeć
export-col-country = Kraj pochodzenia
export-col-immigration-status = Status pobytowy
export-col-first-language = Pierwszy język
export-col-needs = Potrzeby
export-col-language = Język
export-col-interpreting = Tłumaczenie
export-col-visits-in-range = Wizyty w okresie
export-col-recorded = Zapisano
export-col-english-level = Angielski
export-col-needs-interpreter = Potrzebuje tłumacza
export-col-year-of-birth = Rok urodzenia
export-col-referral-id = Skierowanie
export-col-kind = Rodzaj
export-col-domain = Obszar
export-col-service-id = Numer usługi
export-col-service = Usługa
export-col-outcome = Wynik
export-col-follow-up = Data sprawdzenia
export-col-booking-id = Rezerwacja
export-col-start = Początek
export-col-minutes = Minuty
export-col-appointment = Spotkanie
export-col-mode = Tryb
export-col-status = Stan
export-col-place = Miejsce
export-col-organisation = Organizacja
export-col-domains = Obszary
export-col-postcode = Kod pocztowy
export-col-email = E-mail
export-col-website = Strona internetowa
export-col-languages = Języki
export-col-active = Aktywna
export-col-last-verified = Ostatnio sprawdzona
export-col-given = Udzielono
export-fig-visits = Wizyty
export-fig-people = Różne osoby
export-fig-new-people = Nowe osoby
export-fig-anonymous = Anonimowe wizyty
export-fig-households = Gospodarstwa domowe
export-fig-visits-per-person = Wizyty na osobę
export-fig-average-wait = Średnie czekanie (minuty)
export-fig-longest-wait = Najdłuższe czekanie (minuty)
export-fig-family-interpreting = Tłumaczenie przez rodzinę lub znajomych (zła praktyka)
export-section-summary = Podsumowanie
export-section-needs = Potrzeby wg obszaru
export-section-languages = Użyte języki
export-section-interpreting = Tłumaczenie
export-section-sent-by-domain = Wskazania i skierowania wg obszaru
export-section-sent-by-service = Wskazania i skierowania wg usługi
export-section-outcomes = Wyniki skierowań
export-section-bookings = Rezerwacje tłumaczy
export-section-booking-hours = Godziny tłumaczy
export-section-bookings-by-language = Rezerwacje tłumaczy wg języka
export-section-hours = Przybycia wg godziny
export-section-weekdays = Wizyty wg dnia tygodnia
export-section-support = Udzielone wsparcie
export-section-support-amount = Udzielone wsparcie, kwota (£)
export-section-concerns = Zgłoszenia zagrożenia (liczby poniżej 5 jako <5)
export-section-key-dates = Ważne terminy
export-section-equalities-gender = Równość: płeć (liczby poniżej 5 jako <5)
export-section-equalities-age-band = Równość: grupa wiekowa (liczby poniżej 5 jako <5)
export-section-equalities-country = Równość: kraj pochodzenia (liczby poniżej 5 jako <5)
export-section-equalities-immigration-status = Równość: status pobytowy (liczby poniżej 5 jako <5)
export-section-equalities-first-language = Równość: pierwszy język (liczby poniżej 5 jako <5)
export-age-under-18 = Poniżej 18
export-age-18-25 = 18 do 25
export-age-26-35 = 26 do 35
export-age-36-50 = 36 do 50
export-age-51-65 = 51 do 65
export-age-over-65 = Powyżej 65
cli-error-day = "{ $day }" to nie jest data: zapisz ją jako RRRR-MM-DD, np. 2026-04-01.
cli-error-backwards = Okres zaczyna się { $from }, po swoim końcu { $to }: podaj --from przed --to.
cli-error-too-long = Okres nie może być dłuższy niż 20 lat.
cli-error-coordinators-only = Tylko koordynator może oglądać raporty i eksportować zapisy.
cli-report-title = Raport od { $from } do { $to } (poprzedni okres od { $pfrom } do { $pto })
cli-report-written = Zapisano liczby ({ $rows }) do { $file }
cli-export-written = Zapisano wiersze ({ $rows }) do { $file }
cli-full-word = nazwiska
cli-full-warning = Ten eksport ({ $kind }) będzie zawierał imiona i nazwiska, notatki i numery telefonów. Przechowuj plik bezpiecznie i usuń go, gdy przestanie być potrzebny. Wpisz { $word }, aby kontynuować:
cli-full-needs-yes = Pełny eksport wymaga drugiego potwierdzenia: dodaj --yes-full (nie ma terminala, w którym można zapytać).
cli-full-not-confirmed = Nie potwierdzono: niczego nie wyeksportowano.
cli-full-not-personal = Katalog nie zawiera danych osobowych: --full dotyczy zapisów o osobach.

## F7 Reports (coordinators)
screen-reports = Raporty
key-go-reports = Przejdź do raportów
key-report-range-before = Poprzedni okres
key-report-range-next = Następny okres
key-report-dates = Wpisz daty
key-report-next-section = Następna sekcja
key-report-prev-section = Poprzednia sekcja
key-report-shared = Do udostępnienia (<5)
key-report-export = Eksport
key-report-refresh = Odczytaj ponownie
key-report-apply-range = Pokaż ten okres
report-coordinators-only = Raporty są dla koordynatorów. Jeśli potrzebujesz jakiejś liczby, zapytaj koordynatora.
report-range-today = Dziś
report-range-this-week = Ten tydzień
report-range-this-month = Ten miesiąc
report-range-last-month = Zeszły miesiąc
report-range-this-quarter = Ten kwartał
report-range-financial-year = Rok finansowy
report-range-last-12-months = Ostatnie 12 miesięcy
report-range-custom = Twoje daty
report-range-line = { $preset }  { $from } – { $to } ({ $days ->
    [one] 1 dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
})
report-compared-with = W porównaniu z { $from } – { $to }
report-from = Od
report-to = Do
report-error-date = To nie jest data: wpisz ją jako RRRR-MM-DD, np. 2026-04-01.
report-error-backwards = Początek jest po końcu.
report-error-too-long = Okres może mieć najwyżej 20 lat.
report-none = Brak raportu na ekranie: Ctrl+R go odczytuje.
report-section-overview = Przegląd
report-section-needs = Potrzeby
report-section-languages = Języki
report-section-sent-on = Przekazania
report-section-bookings = Tłumacze
report-section-times = Godziny
report-section-support = Wsparcie
report-section-equalities = Równość
report-column-now = Ten okres
report-column-before = Wcześniej
report-column-change = Zmiana
report-more = Jeszcze { $count } wierszy: PgDn
report-nothing = brak w obu okresach
report-visits = Wizyty
report-people = Różne osoby
report-new-people = Nowo zapisane osoby
report-anonymous = Anonimowe wizyty
report-visits-per-person = Wizyty na osobę
report-households = Gospodarstwa domowe
report-heading-weekly = Wizyty w tygodniu
report-weekly-note = szczyt { $peak } w tygodniu · razem { $total } (wcześniej: { $before })
report-weekly-dates = tygodnie od { $first } do { $last }{ $per ->
    [one] {""}
    [few] {" "}({ $per } tygodnie na znak)
    [many] {" "}({ $per } tygodni na znak)
   *[other] {" "}({ $per } tygodnia na znak)
}
report-heading-needs = Potrzeby wg obszaru (wizyty)
report-heading-languages = Użyte języki (wizyty)
report-heading-interpreting = Tłumaczenie (wizyty; ⚠ zła praktyka)
report-family-interpreting = ⚠ Rodzina lub znajomi
report-heading-signposted = Wskazania wg obszaru
report-heading-referred = Skierowania wg obszaru
report-total = Razem
report-no-domain = Bez obszaru
report-heading-signposted-services = Wskazania wg usługi
report-heading-referred-services = Skierowania wg usługi
report-key-date-kept = Odbyte lub dotrzymane
report-key-date-moved = Przeniesione
report-key-date-missed = Przegapione
report-key-date-cancelled = Odwołane
report-heading-outcomes = Wyniki
report-bookings = Rezerwacje tłumaczy
report-booked-hours = Zarezerwowane godziny
report-late-cancellations = Późne odwołania
report-no-shows = Nieobecności
report-heading-bookings = Rezerwacje wg języka i stanu
report-heading-booked-hours = Godziny wg języka i stanu
report-average-wait = Średnie czekanie (minuty)
report-longest-wait = Najdłuższe czekanie (minuty)
report-heading-hours = Przybycia wg godziny
report-heading-weekdays = Wizyty wg dnia tygodnia
report-heading-support = Udzielone wsparcie (pozycje)
report-support-amount = { "  " }wydana kwota
report-heading-concerns = Zgłoszenia zagrożenia (tylko liczby)
report-heading-key-dates = Ważne terminy
report-key-date-open = Jeszcze nic nie zapisano
report-for-sharing = Do udostępnienia: liczby poniżej 5 jako <5 (Ctrl+T)
report-not-recorded = Nie zapisano
report-heading-gender = Płeć (osoby)
report-heading-age = Grupa wiekowa (osoby)
report-age-under-18 = Poniżej 18
report-age-18-25 = 18–25
report-age-26-35 = 26–35
report-age-36-50 = 36–50
report-age-51-65 = 51–65
report-age-over-65 = Powyżej 65
report-heading-country = Kraj pochodzenia (osoby)
report-heading-status = Status pobytowy (osoby)
report-heading-first-language = Pierwszy język (osoby)

## F7's export box (Ctrl+E on F7)
key-export-write = Eksportuj
key-export-choice-before = Poprzedni wybór
key-export-choice-next = Następny wybór
export-box-title = Eksport
export-box-days = Dni: { $from } – { $to } ({ $days ->
    [one] 1 dzień
    [few] { $days } dni
    [many] { $days } dni
   *[other] { $days } dnia
})
export-box-whole-directory = Cały katalog, w obecnym stanie
export-field-what = Co
export-field-format = Format
export-field-full = Imiona i notatki
export-field-file = Plik
export-what-report = Pokazany raport
export-what-visits = Wizyty
export-what-people = Przyjęte osoby
export-what-referrals = Wskazania i skierowania
export-what-bookings = Rezerwacje tłumaczy
export-what-services = Usługi (katalog)
export-what-support = Udzielone wsparcie
export-format-csv = CSV (arkusze kalkulacyjne)
export-format-json = JSON (programy)
export-full-off = Nie: tylko kody
export-full-on = Tak: imiona, notatki, telefony
export-holds-report = Liczby z ekranu i z poprzedniego okresu; liczby poniżej 5 jako <5.
export-holds-services = Usługi z katalogu: żadnych danych osobowych.
export-holds-pseudonymised = Kody i grupy wiekowe: bez imion, bez notatek, bez numerów telefonów.
export-holds-full = Ten plik będzie zawierał imiona i nazwiska, notatki i numery telefonów: chroń go.
export-box-no-range = Na ekranie nie ma okresu do eksportu: najpierw go wybierz.
export-box-no-file = Wpisz nazwę pliku do zapisania.
export-box-is-folder = To jest folder: dodaj nazwę pliku do zapisania.
export-box-exists = Plik o tej nazwie już istnieje: wybierz inną nazwę. Niczego nie zapisano.
export-box-no-folder = Nie ma folderu { $dir }: sprawdź ścieżkę.
export-box-cannot-write = Nie można nic zapisać w { $dir }: wybierz inny folder.
export-box-not-written = Niczego nie zapisano: zobacz komunikat obok pliku.
export-full-question = Plik ({ $what }) będzie zawierał imiona i nazwiska, notatki i numery telefonów. Chroń go: tylko na tym komputerze lub zabezpieczonym dysku, nigdy e-mailem, i usuń go, gdy już nie będzie potrzebny. Eksport zostanie zapisany w dzienniku zdarzeń. Zapisać z imionami?
export-full-yes = Zapisz z imionami
export-full-no = Wróć
work-export-title = Eksportowanie
work-export-what = Zapisywanie pliku: chwileczkę.

## Data life cycle: consent, retention, anonymisation.
consent-purpose-record = Prowadzenie zapisu
consent-purpose-share = Przekazanie danych przy skierowaniu
consent-purpose-contact = Kontakt telefoniczny lub SMS
consent-short-record = zapis
consent-short-share = przekazanie
consent-short-contact = kontakt
consent-share-question = Zgadza się na przekazanie swoich danych usłudze, do której ją skierujemy
consent-contact-question = Zgadza się, byśmy kontaktowali się z nią telefonicznie lub SMS-em
field-consent-more = Także
consent-title = Zgoda: { $name }
consent-state-given = udzielona { $date }
consent-state-withdrawn = wycofana { $date }
consent-state-never = nie pytano
consent-hint = Space udziela lub wycofuje zaznaczoną zgodę, zgodnie z tym, co osoba mówi teraz. Esc zamyka.
consent-history = Wszystkie zmiany, od najnowszej:
consent-event-given = udzielona
consent-event-withdrawn = wycofana
consent-no-contact = nie kontaktować
consent-anonymised = Ten zapis jest zanonimizowany: nie ma już zgody do zapisania.
consent-withdraw-record-question = { $name } nie zgadza się już na prowadzenie zapisu o sobie. Zapis zostanie teraz zanonimizowany: usuwamy imię i nazwisko, telefon, notatki i rok urodzenia, a także notatki z wizyt, skierowań i rezerwacji. Wizyty zostają w liczbach, bez nazwiska. Tego nie da się cofnąć.
consent-withdraw-record-yes = Zanonimizuj zapis
status-consent-given = Zapisano zgodę.
status-consent-withdrawn = Zapisano wycofanie zgody.
status-record-anonymised = Zapis zanonimizowany.
anonymised-retention = minął okres przechowywania
anonymised-consent = wycofanie zgody
person-anonymised-heading = Zapis zanonimizowany · { $reference } · { $date }, { $why }
audit-consent-given = zapis zgody osoby { $person }: { $what }
audit-consent-withdrawn = zapis wycofania zgody osoby { $person }: { $what }
audit-anonymised = anonimizacja osoby { $person } ({ $what })
field-retention-years = Przechowuj zapisy po ostatnim kontakcie (w latach)
error-retention-years = Wpisz liczbę lat od 1 do 30 (zwykle 6).
key-consent = Zgoda

## Data life cycle: the retention review.
key-consent-change = Udziel lub wycofaj
key-review-retention = Przegląd przechowywania
retention-save-first = Najpierw zapisz ustawienia (Ctrl+S), a potem zrób przegląd przechowywania.
retention-none-due = Dla nikogo nie minął okres przechowywania (w latach od ostatniego kontaktu: { $years }).
retention-line = { $reference } · ostatni kontakt { $date }
retention-more = … i jeszcze { $count }
retention-question = { $count ->
    [one] Okres przechowywania minął dla 1 zapisu (w latach od ostatniego kontaktu: { $years }). Zanonimizować go teraz? Usunięte zostaną imiona i nazwiska, numery telefonów, notatki i lata urodzenia; liczby w raportach pozostaną bez zmian. Tego nie da się cofnąć.
    [few] Okres przechowywania minął dla { $count } zapisów (w latach od ostatniego kontaktu: { $years }). Zanonimizować je teraz? Usunięte zostaną imiona i nazwiska, numery telefonów, notatki i lata urodzenia; liczby w raportach pozostaną bez zmian. Tego nie da się cofnąć.
    [many] Okres przechowywania minął dla { $count } zapisów (w latach od ostatniego kontaktu: { $years }). Zanonimizować je teraz? Usunięte zostaną imiona i nazwiska, numery telefonów, notatki i lata urodzenia; liczby w raportach pozostaną bez zmian. Tego nie da się cofnąć.
   *[other] Okres przechowywania minął dla { $count } zapisu (w latach od ostatniego kontaktu: { $years }). Zanonimizować je teraz? Usunięte zostaną imiona i nazwiska, numery telefonów, notatki i lata urodzenia; liczby w raportach pozostaną bez zmian. Tego nie da się cofnąć.
}
retention-yes = Zanonimizuj je
retention-done = { $count ->
    [one] Zanonimizowano 1 zapis.
    [few] Zanonimizowano { $count } zapisy.
    [many] Zanonimizowano { $count } zapisów.
   *[other] Zanonimizowano { $count } zapisu.
}
retention-cli-due = { $count ->
    [one] Okres przechowywania minął dla 1 zapisu (w latach od ostatniego kontaktu: { $years }; ostatni kontakt przed { $cutoff }). Kod i ostatni kontakt:
    [few] Okres przechowywania minął dla { $count } zapisów (w latach od ostatniego kontaktu: { $years }; ostatni kontakt przed { $cutoff }). Kod i ostatni kontakt:
    [many] Okres przechowywania minął dla { $count } zapisów (w latach od ostatniego kontaktu: { $years }; ostatni kontakt przed { $cutoff }). Kod i ostatni kontakt:
   *[other] Okres przechowywania minął dla { $count } zapisu (w latach od ostatniego kontaktu: { $years }; ostatni kontakt przed { $cutoff }). Kod i ostatni kontakt:
}
sar-title = Wszystko, co { $centre } przechowuje o osobie { $name } ({ $reference })
sar-generated = Sporządzono { $date } na prośbę tej osoby.
sar-left-out = Nie obejmuje: danych innych osób (pozostali członkowie gospodarstwa domowego są policzeni, ale nie wymienieni z imienia) ani zgłoszeń zagrożenia, o których osobno decyduje osoba ds. ochrony.
sar-details = Dane osoby
sar-household = Gospodarstwo domowe
sar-household-others = { $count ->
    [one] tak, z 1 inną osobą
    [few] tak, z { $count } innymi osobami
    [many] tak, z { $count } innymi osobami
   *[other] tak, z { $count } innymi osobami
}
sar-consent = Zgoda, wszystkie zmiany
sar-visits = Wizyty
sar-referrals = Wskazania i skierowania
sar-bookings = Rezerwacje tłumaczy
sar-key-dates = Ważne terminy
sar-support = Udzielone wsparcie
sar-audit = Kto oglądał lub zmieniał zapis
sar-nothing = Brak.
sar-bad-reference = To nie jest kod osoby (litery i cyfry na jej stronie).
sar-written = Zapisano: { $file } (oraz { $json } dla programów).
sar-box-title = Wszystko, co przechowujemy o osobie (prawo dostępu)
sar-box-hint = Dokument trafi do tego pliku (HTML, gdy nazwa kończy się na .html), a obok ta sama treść jako JSON. Przekaż go osobie w bezpieczny sposób, a potem usuń.
key-subject-access = Prawo dostępu

## Data life cycle: erasure on request.

key-erase = Usuń na żądanie…
erase-reason-title = Usunąć { $reference }: dlaczego?
erasure-reason-asked = Osoba poprosiła o usunięcie swoich danych
erasure-reason-consent = Osoba wycofała zgodę i poprosiła o usunięcie zapisu
erasure-reason-not-needed = Zapis nie jest już potrzebny
erasure-reason-error = Zapis utworzono przez pomyłkę albo bez podstawy prawnej
erasure-reason-other = Inny powód
erase-question = Usunąć na zawsze: { $name } ({ $reference })? Powód: { $reason }. Tego nie da się cofnąć.
erase-detail-goes = Znika: dane osoby, historia zgody oraz notatki z wizyt, skierowań, rezerwacji, ważnych terminów i udzielonego wsparcia. Nikt już nie będzie mógł tej osoby znaleźć.
erase-detail-stays = Zostaje: wizyty i skierowania, jako anonimowe liczby, więc raporty się nie zmieniają. Zgłoszenia zagrożenia pozostają bez zmian.
erase-detail-backups = Kopie zapasowe zrobione wcześniej nadal zawierają ten zapis, dopóki nie zostaną zastąpione.
erase-yes = Usuń na zawsze
status-person-erased = Usunięto { $reference }: nic o tej osobie nie da się już odczytać.
erase-refused-household = Najpierw wyjmij tę osobę z gospodarstwa domowego (h na jej stronie), potem usuń.
erase-refused-rotating = Trwa zmiana klucza danych: najpierw ją dokończ, potem usuń.
erase-refused-erased = Ten zapis został już usunięty.
erase-cli-bad-reason = Nieznany powód: użyj asked, withdrew-consent, not-needed, in-error albo other.
erase-cli-needs-yes = Usunięcia nie da się cofnąć: dodaj --yes, aby usunąć.
anonymised-erased = usunięcie na żądanie
check-erased-left = Po usuniętej osobie coś nadal zostało: { $about }
check-erased-key = Klucz usuniętej osoby nadal istnieje: { $about }
check-erasure-unfinished = Usuwanie nie zostało dokończone: otwórz program ponownie, aby je dokończyć.

## Data life cycle: merging duplicates.
key-merge = Połącz z innym zapisem
key-undo-merge = Cofnij dzisiejsze połączenie
key-merge-now = Połącz
key-merge-swap = Zachowaj drugi
merge-title = Połącz z innym zapisem
merge-find-hint = Który inny zapis należy do { $name } ({ $reference })? Wpisz jego kod albo imię i nazwisko, potem wybierz go klawiszem Enter.
merge-find-label = Kod lub imię:
merge-none-found = Nikogo nie znaleziono.
merge-visits = { $count ->
    [one] 1 wizyta
    [few] { $count } wizyty
    [many] { $count } wizyt
   *[other] { $count } wizyty
}
merge-last-visit = ostatnia { $date }
merge-confirm-title = Połącz dwa zapisy tej samej osoby
merge-keep = Zachowaj:
merge-merged-in = Dołącz:
merge-explain = Wszystko z { $other } przechodzi do { $reference }: wizyty, skierowania, rezerwacje, ważne terminy, zgody i gospodarstwo domowe. Danych, których brakuje w { $reference }, dopisuje się z { $other }, a { $other } odtąd tylko prowadzi do { $reference }. Można to cofnąć dziś.
merge-choices = Enter: połącz · Space: zachowaj zamiast tego { $other } · Esc: wróć
merge-save-edit = Zapisz zmiany tak, jak są
merge-into = Połącz z { $person }
merge-into-hint = Połączenie zachowuje istniejący zapis: to, co wpisano, uzupełnia brakujące dane. Można to cofnąć dziś.
merge-done = { $visits ->
    [one] { $other } połączono z { $reference }; przeniesiono 1 wizytę. Można to cofnąć dziś.
    [few] { $other } połączono z { $reference }; przeniesiono { $visits } wizyty. Można to cofnąć dziś.
    [many] { $other } połączono z { $reference }; przeniesiono { $visits } wizyt. Można to cofnąć dziś.
   *[other] { $other } połączono z { $reference }; przeniesiono { $visits } wizyty. Można to cofnąć dziś.
}
merge-undone = Połączenie cofnięto: { $other } i { $reference } to znów osobne zapisy.
merge-undo-question = Cofnąć dzisiejsze połączenie { $other } z { $reference }? Oba zapisy wrócą do stanu sprzed połączenia; to, co dodano od tego czasu do { $reference }, tam zostaje.
merge-undo-yes = Cofnij połączenie
merge-redirected = { $other } połączono z tym zapisem ({ $reference }).
merge-error-same = Nie można połączyć zapisu z nim samym.
merge-error-anonymised = { $reference } jest zanonimizowany: nie można go połączyć.
merge-error-merged = { $reference } połączono już z innym zapisem.
merge-error-households = Są w dwóch różnych gospodarstwach domowych: najpierw wyjmij jedną z tych osób z jej gospodarstwa.
merge-undo-none = Nie ma połączenia tych zapisów do cofnięcia.
merge-undo-expired = Połączenie można cofnąć tylko w dniu, w którym je wykonano.
merge-undo-kept-merged = Ten zapis połączono potem z { $reference }: najpierw cofnij tamto połączenie, na jego stronie.
merge-undo-household-changed = Po połączeniu zmieniono ich gospodarstwo domowe, więc połączenia nie można już cofnąć.
person-merged-today = Połączono dziś
person-merged-today-value = { $references } (u: cofnij)
audit-merged = połączył(a) { $what } z { $person }
audit-unmerged = cofnął/cofnęła połączenie { $what } z { $person }
check-merge-pointer = Połączony zapis wskazuje zapis, którego nie ma: { $about }
