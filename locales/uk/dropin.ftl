# DRAFT: machine-drafted, not yet checked by a native speaker.
# dropin — Ukrainian (Українська). Translated from en-GB, the source locale: this file has exactly the same message ids.

## Екрани
screen-today = Сьогодні
screen-people = Люди
screen-settings = Налаштування

## Клавіші (підписи внизу екрана, у довідці та меню дій)
key-new-visit = Новий візит
key-mark-seen = На прийомі
key-mark-done = Завершити
key-mark-left = Пішли без прийому
key-mark-waiting = Знову чекає
key-open-person = Сторінка людини
key-new-person = Нова людина
key-new-visit-for-person = Новий візит цієї людини
key-edit-person = Змінити дані
key-search = Пошук
key-back = Назад
key-save = Зберегти
key-cancel = Закрити
key-next-field = Наступне поле
key-prev-field = Попереднє поле
key-choose = Вибрати
key-toggle = Позначити / змінити
key-up = Вгору
key-down = Вниз
key-left = Ліворуч
key-right = Праворуч
key-page-up = Стор. вгору
key-page-down = Стор. вниз
key-home = Перший
key-end = Останній
key-menu = Дії
key-go-today = До «Сьогодні»
key-go-people = До «Люди»
key-go-settings = До налаштувань
key-help = Довідка
key-language = Мова
key-quit = Вийти

## Сьогодні
today-counts = Чекають: { $waiting } · На прийомі: { $seen } · Завершено: { $done } · Пішли: { $left }
today-empty = У черзі ще нікого немає. Натисніть Ctrl+N, щоб записати візит.
col-ref = Код
col-name = Ім'я
col-arrived = Прих.
col-waiting = Очік.
col-needs = Потреби
col-state = Стан
col-born = Нар.
col-last-visit = Ост. візит
col-date = Дата
col-language = Мова
col-interpreting = Переклад
anonymous-walk-in = Анонімний візит

## Стани візиту
state-waiting = чекає
state-being-seen = на прийомі
state-done = завершено
state-left = пішли без прийому

## Сфери потреб (Home Office Indicators of Integration)
domain-work = Робота
domain-education = Освіта
domain-housing = Житло
domain-health = Здоров'я та соціальна допомога
domain-leisure = Дозвілля
domain-social-bonds = Соціальні зв'язки
domain-social-bridges = Соціальні мости
domain-social-links = Зв'язки з установами
domain-language = Мова та спілкування
domain-culture = Культура
domain-digital = Цифрові навички
domain-safety = Безпека
domain-stability = Стабільність
domain-rights = Права та обов'язки
domain-work-short = Робота
domain-education-short = Освіта
domain-housing-short = Житло
domain-health-short = Здоров'я
domain-leisure-short = Дозвілля
domain-social-bonds-short = Зв'язки
domain-social-bridges-short = Мости
domain-social-links-short = Установи
domain-language-short = Мова
domain-culture-short = Культура
domain-digital-short = Цифрові
domain-safety-short = Безпека
domain-stability-short = Стабільність
domain-rights-short = Права

## Переклад
interpreting-none = Немає
interpreting-volunteer = Волонтер
interpreting-phone = Телефон
interpreting-professional = Замовлений фахівець
interpreting-family = Родич або друг
poor-practice = погана практика: наступного разу замовте перекладача

## Люди
people-search-label = Пошук за ім'ям або кодом:
people-hint = Введіть кілька літер імені або код.
people-none = Нікого не знайдено. Натисніть Ctrl+N, щоб додати нову людину.
person-no-visits = Візитів ще немає.

## Форми
form-new-visit = Новий візит
form-new-person = Нова людина
form-edit-person = Зміна даних людини
field-visit-person = Людина
field-visit-needs = Потреби
field-visit-language = Мова спілкування
field-visit-interpreting = Переклад
field-visit-notes = Примітка
field-name = Ім'я
field-year-of-birth = Рік народження
field-gender = Стать
field-gender-other = Своїми словами
field-country = Країна походження
field-first-language = Рідна мова
field-other-languages = Інші мови
field-english-level = Англійська
field-needs-interpreter = Потрібен перекладач
field-interpreter-gender = Стать перекладача
field-immigration-status = Імміграційний статус
field-phone = Телефон
field-notes = Примітки
field-consent = Згода
consent-keep-record = Людина згодна, щоб ми зберігали запис про неї
consent-given-on = Згоду на запис дано { $date }
consent-withdrawn-on = Згоду відкликано { $date }
picker-new-person = Нова людина «{ $name }»
picker-last-visit = останній візит { $date }
needs-filter = Фільтр (почніть вводити):
needs-no-match = Жодна потреба не відповідає введеному.
hint-language-pick = ↑ ↓, потім Enter, щоб вибрати
prefilled-last-visit = як на минулому візиті
value-none = —
value-not-recorded = не записано
value-yes = так
value-no = ні

## Значення
gender-woman = Жінка
gender-man = Чоловік
gender-non-binary = Небінарна особа
gender-another-way = Інакше
gender-prefer-not = Воліє не казати
pref-woman = Перекладачка-жінка
pref-man = Перекладач-чоловік
pref-none = Без побажань
status-asylum-seeker = Шукач притулку
status-refugee = Біженець (дозвіл на перебування)
status-refused = Відмовлено в притулку
status-nrpf = Без доступу до державних коштів (NRPF)
status-other = Інший статус
status-settled = Громадянство або постійний статус
status-unknown = Невідомо
status-prefer-not = Воліє не казати
english-none = Немає
english-basic = Початковий
english-intermediate = Середній
english-fluent = Вільний

## Помилки біля полів
error-empty = Це поле не може бути порожнім.
error-too-long = Задовго: щонайбільше { $max } символів.
error-year-range = Вкажіть рік від { $min } до { $max }.
error-not-a-year = Вкажіть рік чотирма цифрами, напр. 1990.
error-phone = Лише цифри, пробіли, +, - і дужки (щонайменше 6 цифр).
error-consent = Без згоди на запис зареєструйте натомість анонімний візит.
error-person-missing = Виберіть людину, нову людину або анонімний візит.
error-auto-lock = Вкажіть кількість хвилин від 1 до 60.
role-volunteer = Волонтер
role-coordinator = Координатор
error-password-short = Щонайменше 10 символів, будь ласка (кілька слів разом легко запам'ятати).
error-password-long = Задовго: щонайбільше 200 символів.
error-password-mismatch = Два паролі не збігаються.
error-time-zone = dropin не знає такого часового поясу. Вкажіть назву на зразок Europe/London.

## Рядок стану
status-visit-saved = Візит збережено: { $name }.
status-person-saved = Збережено: { $name }.
status-settings-saved = Налаштування збережено.
status-fix-errors = Не збережено: виправте, будь ласка, позначені поля.
status-cannot-move = Візит у стані «{ $from }» не можна позначити як «{ $to }».
status-close-form-first = Спершу збережіть або закрийте форму (Ctrl+S або Esc).

## Підтвердження
confirm-title = Перевірте, будь ласка
confirm-quit-unsaved = У формі є незбережені зміни. Усе одно вийти?
confirm-quit = Вийти без збереження
confirm-keep-editing = Продовжити редагування
confirm-discard = Закрити цю форму й втратити введене?
confirm-discard-yes = Закрити й втратити зміни
confirm-duplicate = Можливо, цю людину вже записано:
confirm-save-anyway = Зберегти як нову людину
confirm-go-back = Назад

## Вікна поверх екрана
help-title = Клавіші
help-more = ↑ ↓ — далі
menu-title = Дії
language-title = Мова
language-draft = чернетка

## Налаштування
field-centre-name = Назва центру
field-time-zone = Часовий пояс
field-language = Мова на цьому комп'ютері
field-rtl-visual = Упорядковувати текст справа наліво (вимкніть, якщо це робить термінал)
field-native-digits = Числа цифрами моєї мови
settings-digits-none = (ця мова пише 0–9)
field-shaping = З'єднувати арабські літери
shaping-auto = Автоматично
shaping-on = Увімкнено
shaping-off = Вимкнено (термінал з'єднує сам)
shaping-now-on = зараз з'єднуються
shaping-now-off = зараз не з'єднуються
settings-screen-reader = Користуєтеся програмою читання з екрана? Вимкніть обидва параметри: «Упорядковувати текст справа наліво» і «З'єднувати арабські літери». Програма читання з екрана читає екран зліва направо, тож текст, який dropin упорядковує справа наліво, буде прочитано задом наперед.
language-console-cannot = Цей екран (консоль Linux) не може показати арабські чи ефіопські літери. Щоб користуватися цією мовою, відкрийте dropin у вікні термінала на робочому столі.
language-console-note = тут не показується
field-auto-lock = Блокувати екран після стількох хвилин бездіяльності (1–60)
settings-hint = Tab — між полями, Space — змінити вибір, Ctrl+S — зберегти.

## Повідомлення на весь екран
too-small = Збільште, будь ласка, вікно: dropin потрібно щонайменше { $width } колонок і { $height } рядків (зараз { $current_width }×{ $current_height }).

## Помилки сховища даних
crash-message = dropin зупинився через збій у програмі. Усе, що збережено раніше, у безпеці. Запустіть програму знову й повідомте координатора.
store-already-open = dropin уже відкрито на цьому комп'ютері. Спершу закрийте його або виконайте цю дію в самій програмі.
store-newer-schema = Ці дані записала новіша версія dropin. Нічого не змінено. Щоб їх відкрити, встановіть ту новішу версію (або ще новішу) чи відновіть резервну копію, зроблену цією версією: dropin restore FILE --volunteer NAME --force (дані звідси буде відкладено, не видалено).
store-corrupt = Дані пошкоджено, їх не можна прочитати. Нічого не змінено. Відновіть останню резервну копію: dropin restore FILE --volunteer NAME --force (пошкоджені дані буде відкладено, не видалено).
store-lost-writes = Дані старіші за останнє збереження: бракує збережень з { $first } по { $last }. Нічого не змінено. Відновіть останню резервну копію: dropin restore FILE --volunteer NAME --force (дані звідси буде відкладено, не видалено), потім введіть знову те, що було збережено після неї.
store-lost-write = Дані старіші за останнє збереження: бракує збереження { $last }. Нічого не змінено. Відновіть останню резервну копію: dropin restore FILE --volunteer NAME --force (дані звідси буде відкладено, не видалено), потім введіть знову те, що було збережено після неї.
store-latest-backup = Остання резервна копія: { $file }
store-read-only = dropin не може записувати в папку даних. Те, що збережено раніше, у безпеці. Зробіть папку знову доступною для запису (або підключіть диск знову), потім спробуйте ще раз.
store-disk-full = Диск заповнено: останню зміну не збережено. Те, що збережено раніше, у безпеці. Звільніть трохи місця й збережіть знову.
store-io = Дані не вдалося прочитати або записати. Нічого не збережено.
store-not-found = Цього запису вже немає.
store-bad-transition = Для цього візиту така зміна неможлива.
store-consent-required = Запис можна зберігати лише за згодою людини.
store-backup-damaged = Цей файл резервної копії пошкоджено або змінено: його не можна використати. Нічого не змінено.
store-not-empty = У цій папці вже є дані. Виберіть порожню папку або додайте --force, щоб спершу перенести поточні дані в інше місце.
store-not-allowed = Це може зробити лише координатор.
store-not-signed-in = Спершу увійдіть, будь ласка.
store-wrong-password = Пароль неправильний. Перевірте ім'я й спробуйте ще раз.
store-sign-in-wait = Забагато неправильних паролів. Зачекайте { $seconds } с і спробуйте ще раз.
store-rotation-unfinished = Заміну ключа даних було перервано. Увійдіть у dropin, щоб її завершити, і спробуйте ще раз.
crypto-undecryptable = Запис не вдалося відкрити: його пошкоджено або змінено поза dropin. Відновіть останню резервну копію.
crypto-truncated = Запис обрізано: його пошкоджено. Відновіть останню резервну копію.
crypto-unknown-version = Запис зроблено новішою версією dropin. Користуйтеся новішою версією.
crypto-too-long = Запис завеликий, щоб його захистити. Нічого не збережено.
crypto-kdf = На цьому комп'ютері не вдалося перевірити пароль (можливо, бракує пам'яті).
crypto-bad-recovery-key = Це не ключ відновлення: перевірте кожну групу літер і цифр.
crypto-random = Цей комп'ютер не зміг створити надійний випадковий ключ.

## Налаштування, вхід, блокування
key-lock = Заблокувати екран
setup-title = Вітаємо в dropin
setup-intro = Спершу — назва центру й перший координатор, який додасть інших волонтерів.
setup-your-name = Ваше ім'я
field-password = Пароль
field-password-again = Пароль ще раз
setup-hint = Щонайменше 10 символів: кілька слів, які ви запам'ятаєте. Tab — далі, Ctrl+S — завершити.
recovery-title = Ваш ключ відновлення
recovery-intro = Якщо колись забудуться всі паролі, цей ключ — єдиний спосіб повернутися до даних. Його показано лише зараз.
recovery-keep = Запишіть або роздрукуйте його й зберігайте під замком, окремо від цього комп'ютера.
recovery-continue = Натисніть Enter, коли ключ надійно записано.
signin-title = Вхід
lock-title = Заблоковано — увійдіть, щоб продовжити
signin-name = Ваше ім'я
signin-hint-name = Введіть або виберіть своє ім'я, потім Enter.
signin-hint-password = Введіть пароль, потім Enter. Esc — вибрати інше ім'я.
signin-welcome = Ви увійшли як { $name }.
status-draft-lost = Незбережену форму, відкриту до блокування, не вдалося повернути; почніть її, будь ласка, знову.
signin-demo = Демо: { $coordinator } (координатор) і { $volunteer } (волонтер) мають пароль { $password }

## Вхід із ключем відновлення
key-use-recovery-key = Ключ відновлення
recovery-signin-title = Вхід із ключем відновлення
recovery-signin-intro = Для випадку, коли всі координатори забули паролі: введіть ключ відновлення, записаний під час налаштування dropin. Волонтер, який забув лише свій пароль, може попросити координатора його скинути.
field-recovery-key = Ключ відновлення
recovery-signin-hint = Пробіли й дефіси не важливі. Enter — увійти, Esc — назад.
recovery-wrong-key = Цей ключ не відкриває дані цього центру. Звірте його із записаною копією, група за групою.
recovery-password-title = Виберіть новий пароль
recovery-password-intro = Ключ відновлення відкрив дані, і ви увійшли як { $name }. Перш ніж продовжити, виберіть собі новий пароль: відтепер ви входите з ним.
recovery-password-hint = Щонайменше 10 символів: кілька слів, які ви запам'ятаєте. Tab — далі, Enter або Ctrl+S — зберегти. Esc — вийти без нового пароля.
status-recovered = Пароль встановлено. Скиньте паролі інших волонтерів у Налаштування → Волонтери (F8).

## dropin check
check-person-unreadable = Не вдається відкрити запис людини: { $about }
check-visits-unreadable = Не вдається відкрити візити за день: { $about }
check-visit-unlisted = Візиту немає на сторінці його людини: { $about }
check-visit-missing = На сторінці людини є візит, якого не існує: { $about }
check-card-wrong = Пошук людей має старе ім'я або телефон для { $about }
check-card-missing = Пошук людей не знаходить { $about }
check-cards-unreadable = Не вдається відкрити блок даних пошуку людей: { $about }
check-audit-broken = Журнал дій було змінено: { $about }
check-all-well = Усі записи відкриваються й узгоджені; журнал дій цілий.

## Волонтери
key-new-volunteer = Новий волонтер
key-change-password = Мій пароль
key-reset-password = Скинути пароль
key-deactivate = Деактивувати
field-role = Роль
form-new-volunteer = Новий волонтер
form-reset-password = Новий пароль
form-own-password = Змінити мій пароль
volunteer-reset-for = Новий пароль для: { $name }
volunteer-inactive = деактивовано
settings-volunteers = Волонтери (Ctrl+O на імені: скинути пароль, деактивувати)
status-volunteer-added = Волонтера додано.
status-password-reset = Пароль встановлено. Скажіть його особисто, не письмово.
status-password-changed = Ваш пароль змінено.
status-volunteer-deactivated = Волонтера деактивовано: цей пароль більше нічого не відкриває.
confirm-deactivate = Деактивувати { $name }? Цей пароль більше нічого не відкриватиме.
confirm-deactivate-yes = Деактивувати
key-rotate-key = Замінити ключ даних
confirm-rotate-key = Замінити ключ даних зараз?
confirm-rotate-key-why = Зробіть це після деактивації волонтера або якщо дані могли скопіювати: старі копії ключів на диску тоді нічого не відкриють. Усі зберігають свої паролі, і ключ відновлення далі працює.
confirm-rotate-key-backups = Це триває від кількох секунд до кількох хвилин, і тим часом ніхто не може користуватися dropin. Давніші резервні копії й далі відкриваються старим ключем: після цього зробіть нову.
confirm-rotate-key-yes = Замінити ключ
work-rotation-title = Заміна ключа даних
work-rotation-what = Кожен запис знову замикається новим ключем.
work-rotation-progress = { $done } із { $total } записів
work-rotation-safe = Можна вийти (Ctrl+Q) будь-коли: робота продовжиться під час наступного входу.
status-key-rotated = Ключ даних замінено. Зробіть нову резервну копію зараз (Ctrl+B): старіші копії відкриваються старим ключем.
status-key-rotation-stopped = Заміну ключа даних зупинено: { $why } Вона продовжиться під час наступного входу.

## Резервні копії в програмі
key-backup-now = Створити копію
field-backup-dir = Папка резервних копій (флешка; порожньо: без щоденної копії)
field-backups-kept = Скільки копій там зберігати
error-backups-kept = Вкажіть число від 1 до 365.
status-backup-made = Резервну копію збережено: { $file }
store-no-backup-folder = Папку резервних копій не задано або не знайдено. Флешку вставлено? Задайте папку в F8 Налаштування.

## Журнал дій
audit-title = Журнал дій
audit-filter = Фільтр (код, ім'я волонтера або дата РРРР-ММ-ДД), потім Enter:
audit-none = Немає відповідних записів.
audit-signed-in = вхід
audit-signed-out = вихід
audit-sign-in-failed = введено неправильний пароль
audit-viewed-person = переглянуто { $person }
audit-created-person = додано { $person }
audit-edited-person = змінено { $person }: { $fields }
audit-created-visit = записано візит { $visit } для { $person }
audit-edited-visit = змінено візит { $visit }: { $fields }
audit-exported = експортовано { $what }
audit-erased = стерто { $person }
audit-volunteer-added = додано волонтера
audit-volunteer-changed = змінено волонтера
audit-key-rotated = замінено ключ даних
audit-backup-made = зроблено резервну копію
audit-restored = відновлено резервну копію
audit-recovery-key-used = вхід із ключем відновлення
audit-service-saved = додано або змінено послугу
audit-directory-imported = імпортовано послуги (Open Referral)
audit-referred = людину поінформовано або скеровано
audit-followed-up = записано результат скерування
audit-interpreter-saved = додано або змінено перекладача
audit-booking-saved = замовлено перекладача або змінено замовлення
audit-field-name = ім'я
audit-field-year-of-birth = рік народження
audit-field-gender = стать
audit-field-country = країна
audit-field-first-language = рідна мова
audit-field-other-languages = інші мови
audit-field-english-level = англійська
audit-field-needs-interpreter = потрібен перекладач
audit-field-interpreter-gender = стать перекладача
audit-field-immigration-status = імміграційний статус
audit-field-phone = телефон
audit-field-notes = примітки
audit-field-consent = згода
audit-field-visit-state = стан
audit-field-needs = потреби
audit-field-language = мова
audit-field-interpreting = переклад
audit-field-visit-notes = примітка
audit-broken-edited = запис змінено
audit-broken-missing = запису бракує
audit-broken-out-of-order = записи не по порядку
key-audit-log = Журнал дій

## Інформування та скерування
referral-kind-signposted = Поінформовано
referral-kind-referred = Скеровано
referral-needs-consent = Для скерування потрібна згода людини передати її дані цій послузі. Спершу запитайте її.
referral-needs-follow-up = Для скерування потрібна дата відстеження: сьогодні або пізніше.
outcome-pending = Очікується
outcome-attended = Прийшли
outcome-not-attended = Не прийшли
outcome-declined = Відмовилися
outcome-unknown = Невідомо

## F6 Відстеження
screen-follow-ups = Відстеження
key-go-follow-ups = До відстеження
key-outcome-attended = Прийшли
key-outcome-not-attended = Не прийшли
key-outcome-declined = Відмовилися
key-outcome-unknown = Невідомо
key-outcome-pending = Ще очікується (нова дата)
key-close-visit-done = Закрити візит: завершено
key-close-visit-left = Закрити візит: пішли без прийому
follow-ups-counts = Скерування для відстеження: { $referrals } · Незакриті візити: { $visits } · Замовлення до закриття: { $bookings }
follow-ups-empty = Нічого відстежувати. Скерування з'являються тут у день відстеження; сюди ж потрапляють візити минулих днів, що лишилися в черзі, і незакриті замовлення перекладачів, час яких минув.
follow-ups-referral = Скерування: { $service }
follow-ups-visit = Незакритий візит ({ $state })
col-due = Строк
col-days-late = Запізн.
col-what = Що
status-outcome-recorded = Результат записано: { $outcome }.
status-follow-up-put-off = Ще очікується: відстежити знову { $date }.
status-visit-closed = Візит закрито.
status-not-a-referral = Цей рядок — візит: d закриває його як завершений, l — як «пішли без прийому».
status-not-a-visit = Цей рядок — скерування: a прийшли, n не прийшли, x відмовилися, u невідомо, p ще очікується.
person-referral-pending = Відстежити { $date }
col-kind = Вид
col-service = Послуга
col-outcome = Результат

## Довідник
field-stale-months = Позначати записи довідника, не перевірені стільки місяців (1–60)
error-stale-months = Вкажіть кількість місяців від 1 до 60.

## Форма інформування та скерування
form-referral = Поінформувати чи скерувати: { $name }
field-service = Послуга
field-referral-kind = Поінформовано чи скеровано
field-consent-to-share = Згода
field-follow-up = Дата відстеження
referral-consent-question = Згодні передати свої дані цій послузі
referral-no-service-found = Жодна послуга не підходить. Менше літер чи інше слово?
key-refer = Поінформувати / скерувати
status-refer-whom = Виберіть візит відомої людини (не анонімний) або відкрийте її сторінку, щоб поінформувати чи скерувати.
status-directory-empty = У довіднику ще немає жодної активної послуги (F4).
error-choose-service = Виберіть послугу: введіть кілька літер, потім ↑ ↓ і Enter.
status-signposted = { $name }: поінформовано про { $service }.
status-referred = { $name }: скеровано до { $service }; з'явиться на F6 у день відстеження.

## Імпорт і експорт Open Referral (dropin import hsds, dropin export hsds)
import-progress = читання довідника
import-summary = Імпорт Open Referral — додано: { $added }, оновлено: { $updated }, без змін: { $unchanged }, відхилено: { $rejected }.
import-rejected = { $place }: { $reason }
import-more-rejected = { $count ->
        [one] …і ще { $count } відхилений рядок, не показаний тут.
        [few] …і ще { $count } відхилені рядки, не показані тут.
        [many] …і ще { $count } відхилених рядків, не показаних тут.
       *[other] …і ще { $count } відхиленого рядка, не показаного тут.
    }
import-at-line = { $file }, рядок { $line }
import-at-item = { $file }, { $item }
import-at-file = { $file }
import-reason-not-utf8 = текст у «{ $column }» не є коректним UTF-8
import-reason-fields = у рядку { $found } клітинок, а в заголовку { $expected }
import-reason-json = некоректний JSON (від рядка { $line }, стовпця { $column })
import-reason-too-large = файл завеликий, щоб читати його як JSON ({ $mib } МіБ); імпортуйте натомість пакет CSV
import-reason-missing = поле «{ $column }» порожнє
import-reason-too-long = поле «{ $column }» задовге
import-reason-duplicate = id «{ $id }» уже використано в рядку { $first }
import-reason-no-organisation = її організації «{ $id }» немає в довіднику
import-reason-no-organisation-id = не вказано жодної організації
import-reason-organisation-rejected = її організацію (рядок { $line }) відхилено
import-reason-part-rejected = її рядок у { $file }, рядок { $line }, відхилено
import-error-not-found = За адресою { $path } нічого немає.
import-error-not-hsds = { $path } — це ні пакет CSV Open Referral (папка з datapackage.json), ні JSON.
import-error-datapackage = { $file } — некоректний опис пакета даних (рядок { $line }). Нічого не імпортовано.
import-error-no-table = У пакеті немає таблиці «{ $table }», потрібної для імпорту. Нічого не імпортовано.
import-error-file-missing = datapackage.json називає файл { $file }, якого немає. Нічого не імпортовано.
import-error-unsafe-path = datapackage.json називає файл { $file } поза папкою пакета: відхилено. Нічого не імпортовано.
import-error-missing-column = У { $file } немає стовпця «{ $column }», потрібного для імпорту: файл відхилено, нічого не імпортовано.
import-error-read = Не вдається прочитати { $file } ({ $detail }).
import-error-mapping = Файл відповідностей, рядок { $line }: «{ $text }» — не правило (ШАБЛОН = СФЕРА, СФЕРА …). Нічого не імпортовано.
import-error-mapping-domain = Файл відповідностей, рядок { $line }: «{ $text }» називає сферу, якої немає серед 14. Нічого не імпортовано.
import-error-not-allowed = Імпортувати послуги в довідник може лише координатор.
export-progress = запис довідника
export-done = У { $dir } записано: { $services ->
        [one] { $services } послуга
        [few] { $services } послуги
        [many] { $services } послуг
       *[other] { $services } послуги
    } від { $organisations ->
        [one] { $organisations } організації
        [few] { $organisations } організацій
        [many] { $organisations } організацій
       *[other] { $organisations } організації
    }.
export-error-not-empty = { $dir } не порожня: виберіть нову або порожню папку.
export-error-write = Не вдається записати { $file } ({ $detail }).

## Записка
slip-title = Записка (Ctrl+P друк · Ctrl+T зберегти як текст · Esc закрити)
slip-address = Адреса
slip-phone = Телефон
slip-opening-times = Години роботи
slip-website = Вебсайт
slip-email = Ел. пошта
key-print-slip = Друк
key-save-slip = Зберегти як текстовий файл
field-printer = Принтер для записок (порожньо: зберігати як текст)
status-slip-saved = Записку збережено як { $file }.
status-slip-not-saved = Не вдалося зберегти записку: { $why }
status-slip-printed = Записку надіслано на { $printer }.
status-slip-not-printed = Принтер { $printer } не прийняв записку. Перевірте його назву в Налаштуваннях (F8) або натисніть t, щоб зберегти записку як текстовий файл.
status-no-printer = Принтер не задано (Налаштування, F8). Натисніть t, щоб зберегти записку як текстовий файл.
status-no-lp = Для друку потрібна системна команда lp (CUPS), якої на цьому комп'ютері немає. Натисніть t, щоб зберегти записку як текстовий файл.
screen-directory = Довідник
key-go-directory = До довідника
key-new-service = Нова послуга
key-open-service = Відкрити послугу
key-edit-service = Змінити послугу
key-mark-verified = Перевірено сьогодні
key-deactivate-service = Деактивувати послугу
key-reactivate-service = Знову активувати послугу
key-filter-domain = Фільтр за сферою
key-filter-language = Фільтр за мовою
key-show-inactive = Показати / сховати неактивні послуги
directory-search-label = Пошук послуг:
directory-filter-domain = Сфера: { $domain }
directory-filter-language = Мова: { $language }
directory-inactive-hidden = неактивні сховано
directory-inactive-shown = неактивні показано
directory-any = будь-яка
directory-summary = Показано: { $shown } із { $total } · ⚠ не перевірено понад { $months } міс.: { $stale }
directory-empty = Довідник порожній. Координатор додає послуги клавішами Ctrl+N.
directory-none = Жодна послуга не підходить. Esc очищає пошук, потім фільтри.
directory-inactive = неактивна
directory-never = ніколи
directory-domain-title = Фільтр за сферою
directory-language-title = Фільтр за мовою
directory-any-domain = Будь-яка сфера
directory-any-language = Будь-яка мова
col-organisation = Організація
col-domains = Сфери
col-checked = Перевір.
form-new-service = Нова послуга
form-edit-service = Зміна послуги
field-organisation = Організація
field-service-name = Назва послуги
field-description = Опис
field-domains = Сфери
field-address = Адреса
field-postcode = Поштовий індекс
field-email = Ел. пошта
field-website = Вебсайт
field-opening-times = Години роботи
field-service-languages = Мови спілкування
field-eligibility = Для кого
field-how-to-refer = Як скерувати
field-service-status = Стан
field-last-verified = Остання перевірка
field-source = Джерело
service-active = Активна
service-inactive = Неактивна: зараз не надається
service-never-checked = ще не перевірено
service-stale = не перевірено { $months } міс. або довше
service-typed = Введено в цьому центрі
service-imported = Імпортовано з довідника Open Referral { $date } (її id: { $id })
status-service-saved = Збережено: { $name }.
status-service-verified = { $name }: позначено, що перевірено сьогодні.
status-service-deactivated = { $name } тепер неактивна: у списку її сховано (Ctrl+T показує неактивні послуги).
status-service-reactivated = { $name } знову активна.
key-show-slip = Записка
key-import-directory = Імпорт (Open Referral)
import-from-title = Імпорт послуг (Open Referral)
import-from-hint = Папка з datapackage.json і файлами CSV або файл чи папка JSON. Enter — імпортувати; Esc — назад.
import-from-label = Шлях:
import-report-title = Імпорт
put-off-title = Ще очікується
put-off-hint = Відстежити знову (РРРР-ММ-ДД). Enter — підтвердити; Esc — назад.

## Замовлення перекладачів
booking-bad-duration = Замовлення триває від 1 хвилини до 12 годин.
booking-interpreter-busy = Цей перекладач уже замовлений на цей час (див. показане замовлення).
booking-interpreter-inactive = Цей перекладач більше не активний.
booking-bad-transition = Замовлення в такому стані не можна змінити таким чином.
booking-no-show-too-early = Неявку можна записати лише після початку зустрічі.

## F5 Перекладачі: список і замовлення
booking-person-busy = Ця людина вже має замовлення на цей час (показано). Збережіть знову клавішами Ctrl+S, щоб замовити обидва.
interpreter-incomplete = Для перекладача потрібні ім'я і щонайменше одна мова.
screen-interpreters = Перекладачі
key-go-interpreters = До перекладачів
key-new-interpreter = Новий перекладач
key-edit-interpreter = Змінити перекладача
key-show-day = День
key-show-week = Тиждень
key-show-roster = Список
key-filter-gender = Стать
key-filter-mode = Спосіб
key-new-booking = Нове замовлення
key-edit-booking = Відкрити замовлення
key-confirm-booking = Підтвердити
key-complete-booking = Відбулося
key-cancel-booking = Скасувати замовлення
key-no-show = Неявка
key-export-calendar = Файл календаря (.ics)
key-earlier = Раніше
key-later = Пізніше
key-book-interpreter = Замовити перекладача
col-languages = Мови
form-booking = Замовити перекладача
form-booking-edit = Замовлення
field-person = Людина
field-booking-language = Мова
field-dialect = Діалект
field-mode = Спосіб
field-appointment = Зустріч
field-place = Місце
field-date = Дата (РРРР-ММ-ДД)
field-start = Початок (ГГ:ХХ)
field-end = Кінець (ГГ:ХХ)
field-interpreter = Перекладач
field-cancel-reason = Причина
error-bad-date = Введіть дату як РРРР-ММ-ДД, напр. 2026-12-03.
error-bad-time = Введіть час як ГГ:ХХ, напр. 09:30.
error-choose-person = Введіть ім'я або код і виберіть людину клавішею Enter.
error-choose-language = Введіть мову (назву або код) і виберіть її клавішею Enter.
booking-unknown-language = Немає мови з такою назвою чи кодом: виберіть мову зі списку клавішею Enter.
booking-ends-before-start = Кінець має бути пізніше за початок.
booking-starts-in-past = Початок — у минулому. Перевірте дату; щоб усе одно замовити, збережіть знову клавішами Ctrl+S.
booking-cancel-needs-reason = Вкажіть, чому замовлення скасовано.
booking-no-interpreter-yet = Ще немає (запитано)
booking-nobody-fits-gender = У списку немає нікого, хто відповідає бажаній статі для цієї мови: замовлення лишається запитаним.
booking-nobody-speaks = У списку немає нікого, хто говорить цією чи спорідненою мовою.
miss-related-language = говорить спорідненою мовою: { $language } ({ $dialects }); спершу запитайте
miss-other-dialect = інші діалекти: { $dialects }
miss-gender = стать не відповідає побажанню
miss-mode = не працює цим способом
miss-busy = у цей час зайнятий
miss-inactive = більше не активний
status-booking-saved = Замовлення збережено: { $booking }
status-booking-moved = Замовлення тепер «{ $status }»: { $booking }
status-calendar-saved = Файл календаря збережено: { $file }
status-calendar-not-saved = Не вдалося зберегти файл календаря: { $why }
status-calendar-nothing = Цього тижня в цього перекладача немає замовлень.
calendar-summary = Перекладач: { $language } — { $appointment }
calendar-reference = Код: { $reference }
calendar-language = Мова: { $language }
calendar-mode = Спосіб: { $mode }
calendar-status = Стан: { $status }
cancel-booking-title = Скасувати замовлення
cancel-booking-hint = Enter скасовує замовлення; Esc залишає його.
mode-in-person = Особисто
mode-phone = Телефон
mode-video = Відео
interpreter-gender-other = Інша
appointment-gp = Сімейний лікар (GP)
appointment-hospital = Лікарня
appointment-solicitor = Юрист
appointment-home-office = Home Office (МВС)
appointment-housing = Житло
appointment-school = Школа
appointment-council = Місцева рада
appointment-benefits = Соцвиплати
appointment-other = Інше
booking-status-requested = запитано
booking-status-confirmed = підтверджено
booking-status-completed = відбулося
booking-status-cancelled = скасовано
booking-status-late-cancelled = скасовано пізно
booking-status-no-show = неявка
bookings-day = Замовлення на { $date } ({ $count }) — ← → інший день
bookings-week = Тиждень від { $date } (замовлень: { $count }) — ← → інший тиждень
bookings-requests-count = Ще не підтверджені запити: { $count }
bookings-none = Цього дня замовлень немає. Ctrl+N — замовити перекладача.
timegrid-legend = [..] █ підтверджено  ? запитано  · відбулося  ! накладка  ‹ › поза 08–18
col-time = Час
col-interpreter = Перекладач
col-appointment = Зустріч
col-status = Стан
weekday-mon = Пн
weekday-tue = Вт
weekday-wed = Ср
weekday-thu = Чт
weekday-fri = Пт
weekday-sat = Сб
weekday-sun = Нд
today-bookings = Перекладачі, замовлені на сьогодні ({ $count }) — F5 для дня
follow-ups-booking = Перекладач { $time } { $appointment }, { $interpreter } ({ $status }): закрийте
status-not-a-booking = Це не замовлення перекладача.

## F5 список перекладачів (форма перекладача)
col-gender = Стать
col-modes = Способи
col-agency = Агенція
roster-search-label = Пошук за ім'ям, мовою чи діалектом:
roster-filter-gender = Стать: { $gender }
roster-filter-mode = Спосіб: { $mode }
roster-any = усі
roster-shown = Показано: { $shown } із { $total }
roster-empty = У списку перекладачів ще нікого немає. Додати їх може координатор.
roster-empty-add = У списку перекладачів ще нікого немає. Натисніть { $key }, щоб додати.
roster-none = Жоден перекладач не підходить. Esc очищає пошук, потім фільтри.
roster-modes-all = усі способи
roster-volunteer = волонтер
roster-inactive = неактивний
form-new-interpreter = Новий перекладач
form-edit-interpreter = Зміна перекладача
field-interpreter-languages = Мови
field-add-language = Додати мову
field-modes = Способи
field-agency = Агенція
field-contact = Контакт
field-active = Активний
interpreter-dialects = діалекти:
interpreter-dialects-hint = Діалекти через кому; { $key } вилучає мову.
interpreter-add-language-hint = Введіть англійську назву мови або код (tigr, apd), потім Enter.
interpreter-agency-empty = порожньо: перекладач-волонтер
interpreter-active-note = можна замовити
error-no-language = Додайте щонайменше одну мову: введіть частину назви, потім Enter.
error-language-not-found = Жодна мова не відповідає «{ $typed }». Спробуйте менше літер або код мови.
status-interpreter-saved = { $name }: збережено в списку перекладачів.
key-remove-language = Вилучити цю мову
check-bookings-unreadable = Не вдається прочитати блок замовлень перекладачів: { $about }
check-booking-unlisted = Замовлення бракує в списку його людини: { $about }
check-booking-missing = У списку людини є замовлення, якого не існує: { $about }
check-booking-index = Покажчик часу перекладачів або відкритих замовлень не збігається із замовленням: { $about }
check-booking-clash = Перекладач одночасно у двох замовленнях: { $about }
check-support-unreadable = Не вдається відкрити надану допомогу на візиті: { $about }
check-support-orphan = Допомогу записано на візит, якого немає або який не цієї людини: { $about }
check-key-dates-unreadable = Не вдається прочитати блок важливих дат: { $about }
check-key-date-misplaced = Важливу дату збережено серед дат іншої людини: { $about }
check-key-date-reminder = Нагадування про важливу дату на F6 бракує або воно зайве: { $about }
cancel-booking-hint-late = Менше ніж за 24 години до початку: пізнє скасування. Enter — скасувати; Esc — залишити.
booking-cancelled-line = Скасовано { $date } ({ $who }): { $why }
key-export-week = Тиждень у календар (.ics)

## Суми грошей
money-error-empty = Введіть суму, наприклад 12.50.
money-error-negative = Сума не може бути від'ємною.
money-error-not-a-number = Це не сума: введіть фунти й пенси цифрами, наприклад 12.50 або £12.50.
money-error-too-many-decimals = Щонайбільше дві цифри після крапки (пенси), наприклад 12.50.
money-error-two-points = Лише одна десяткова крапка, наприклад 12.50.
money-error-grouping = Коми ставлять лише між тисячами, наприклад 1,250.00; пенси — після крапки: 12.50.
money-error-other-currency = Суми лише у фунтах (£).
money-error-too-large = Сума завелика, щоб бути правильною: перевірте число.

## Допомога, надана на візиті
support-kind-food-parcel = Продуктовий набір
support-kind-travel-fare = Проїзд
support-kind-hardship-payment = Виплата в скруті
support-kind-clothing = Одяг
support-kind-phone-top-up = Поповнення телефону
support-kind-other = Інше
support-error-amount-missing = Введіть видану суму, наприклад 12.50.
support-error-amount-zero = Сума нульова: введіть, скільки видано, наприклад 12.50.
support-error-amount-not-money = Ця допомога не грошова: залиште суму порожньою і в примітці вкажіть, що видано.
support-error-note-missing = Вкажіть у примітці, що видано.
support-error-note-too-long = Примітка задовга: щонайбільше { $max } символів.
key-give-support = Надана допомога
field-support-kind = Вид допомоги
field-support-amount = Сума (£)
support-amount-hint = Фунти й пенси, наприклад 12.50 або £12.50
support-confirm-large = { $amount } — це більше ніж { $limit } за одну позицію. Перевірте: повторне Ctrl+S зберігає.
status-support-confirm-large = Велика сума: перевірте її, потім знову Ctrl+S, щоб зберегти.
status-support-given = Записано: { $kind } для { $name }.
status-support-over-limit = Збережено. { $name }: за 12 місяців отримано { $total } — понад ліміт { $limit }.
status-support-which-visit = Спершу виберіть візит: допомогу записують на візит.
field-support-given = Уже надано на цьому візиті
key-remove-support = Вилучити помилково записане
support-remove-question = Вилучити «{ $what }» з цього візиту? Це введено помилково; журнал дій збереже, що позицію вилучено.
support-remove-yes = Вилучити
status-support-removed = Вилучено. Загальну суму людини оновлено.
status-support-not-yours = Вилучити може лише той, хто це записав, або координатор.
audit-support-removed = вилучено надану на візиті допомогу (введено помилково)
form-support = Допомога для: { $name }
support-form-total = За останні 12 місяців, разом із цим: { $total }
support-over-limit = понад ліміт { $limit }
person-support-summary = Допомога за 12 місяців: { $total } грошима, { $count ->
    [one] { $count } позиція
    [few] { $count } позиції
    [many] { $count } позицій
   *[other] { $count } позиції
}

## Домогосподарства (люди, що прийшли разом)
household-title = Домогосподарство
household-child-born = Дитина, нар. { $year }
relation-partner = Партнер(-ка)
relation-child = Дитина
relation-parent = Батько чи мати
relation-sibling = Брат чи сестра
relation-other-relative = Інший родич
relation-other = Не родич (друг, доглядальник)
household-error-in-another = Уже в іншому домогосподарстві: спершу вилучіть звідти.
household-error-already-member = Уже в цьому домогосподарстві.
household-error-not-member = Не в цьому домогосподарстві.
household-error-anchor-has-others = Домогосподарство записано через цю людину: спершу запишіть його через когось іншого (Ctrl+R).
household-error-too-small = У домогосподарстві має бути щонайменше двоє людей.
household-error-relations = Вкажіть, ким кожна людина доводиться тій, через кого записано домогосподарство.

## Важливі дати (слухання, співбесіди, строки)
key-date-kind-interview = Співбесіда в Home Office
key-date-kind-appeal-hearing = Слухання апеляції щодо притулку
key-date-kind-appeal-deadline = Строк подання апеляції
key-date-kind-move-on-end = Кінець перехідного періоду (допомога шукачам притулку припиняється)
key-date-kind-court = Суд
key-date-kind-other = Інша дата
key-date-outcome-kept = Відбулося, або строк дотримано
key-date-outcome-moved = Перенесено на інший день
key-date-outcome-missed = Пропущено
key-date-outcome-cancelled = Скасовано, або вже не потрібно
key-date-due-later = пізніше
key-date-due-in = { $days ->
        [0] сьогодні
        [1] завтра
        [one] через { $days } день
        [few] через { $days } дні
        [many] через { $days } днів
       *[other] через { $days } дня
    }
key-date-due-passed = { $days ->
        [1] минула вчора, результату ще немає
        [one] минула { $days } день тому, результату ще немає
        [few] минула { $days } дні тому, результату ще немає
        [many] минула { $days } днів тому, результату ще немає
       *[other] минула { $days } дня тому, результату ще немає
    }
key-date-due-done = завершено
key-date-soon = { $days ->
        [1] важлива дата сьогодні або завтра
        [one] важлива дата протягом { $days } дня
        [few] важлива дата протягом { $days } днів
        [many] важлива дата протягом { $days } днів
       *[other] важлива дата протягом { $days } дня
    }
key-date-warning-past = Ця дата вже минула. Усе одно зберегти?
key-date-lead-days-hint = Порожньо: як зазвичай для такого виду дати.
field-key-date-kind = Вид дати
field-key-date-date = Дата
field-key-date-grant = Дата надання статусу
field-key-date-lead-days = Нагадати, за днів
field-key-date-note = Примітка
error-choose-kind = Виберіть, що це за дата.
error-date-missing = Вкажіть дату як РРРР-ММ-ДД, напр. 2026-12-03.
error-grant-date-missing = Вкажіть дату надання статусу: від неї рахують кінець перехідної допомоги.
error-lead-days = Вкажіть кількість днів від 0 до 365.
error-date-future = Ця дата ще не настала: вкажіть день, коли це було зроблено.
key-add-key-date = Додати важливу дату
key-key-date-kept = Важлива дата: відбулося або дотримано
key-key-date-moved = Важлива дата: перенесено
key-key-date-missed = Важлива дата: пропущено
key-key-date-cancelled = Важлива дата: скасовано або не потрібно
key-date-kind-choose = (вибір: Space або ←/→)
key-date-move-on-ends = Допомога закінчується { $date } (через { $days } дн. після надання статусу)
key-date-move-on-hint = Допомога закінчується через { $days } дн. після надання статусу.
key-date-lead-days-usual = Порожньо: за { $days } дн., як зазвичай для такого виду дати.
key-date-move-on-row = Кінець перехідного періоду (статус { $grant })
key-date-outcome-hint = Примітка, якщо хочете (не обов'язково). Enter — записати; Esc — назад.
form-key-date = Додати важливу дату: { $name }
status-key-date-saved = Важливу дату збережено: { $kind }, { $date }
status-not-a-key-date = Цей рядок — не важлива дата.
status-key-date-row = Цей рядок — важлива дата: h відбулося, m перенесено, s пропущено, w скасовано (або Ctrl+O).
follow-ups-key-dates = Важливі дати, що потребують дій: { $count } (наближаються або минули без результату)
col-key-date = Дата
col-note = Примітка
key-date-passed-short = { $days ->
        [1] минула вчора
        [one] минула { $days } день тому
        [few] минула { $days } дні тому
        [many] минула { $days } днів тому
       *[other] минула { $days } дня тому
    }
key-date-move-on-short = Кінець перех. періоду

## Занепокоєння щодо захисту
safeguarding-help-danger = Якщо хтось у безпосередній небезпеці, спершу телефонуйте 999; запишіть це тут потім.
safeguarding-help-lead = Після збереження відповідальний за захист у центрі одразу дізнається про це. Відповідальний — це волонтер, який вирішує, що робити далі (наприклад, скерування до місцевої ради чи поліції), і записує це тут. Бачити це занепокоєння можуть лише відповідальний, координатори і ви.
safeguarding-new-count = { $count ->
        [one] { $count } нове занепокоєння щодо захисту
        [few] { $count } нові занепокоєння щодо захисту
        [many] { $count } нових занепокоєнь щодо захисту
       *[other] { $count } нового занепокоєння щодо захисту
    }
concern-unnamed = Без імені людини
concern-category-child = Дитина в небезпеці
concern-category-adult = Дорослий у небезпеці
concern-category-domestic-abuse = Домашнє насильство
concern-category-trafficking = Торгівля людьми або сучасне рабство
concern-category-self-harm = Самоушкодження або ризик самогубства
concern-category-other = Щось інше
concern-agency-childrens-services = Служби у справах дітей (місцева рада)
concern-agency-adults-services = Соціальні служби для дорослих (місцева рада)
concern-agency-police = Поліція
concern-agency-modern-slavery-helpline = Гаряча лінія щодо сучасного рабства
concern-agency-domestic-abuse = Служба допомоги при домашньому насильстві
concern-agency-health = Сімейний лікар (GP) або медична служба
concern-agency-other = Хтось інший
concern-step-referred = Скеровано далі
concern-step-action = Зроблено щось інше
concern-step-closed = Закрито
concern-status-open = Відкрито
concern-status-referred-on = Скеровано далі
concern-status-closed = Закрито
concern-error-not-allowed = Записувати подальші кроки можуть лише відповідальний за захист і координатори.
concern-error-closed = Це занепокоєння закрито. Якщо станеться щось нове, повідомте нове занепокоєння.
field-concern-category = Про що йдеться
field-concern-seen-or-said = Що побачили чи почули
field-concern-action-taken = Що ви зробили
field-concern-step = Що сталося далі
field-concern-agency = Скеровано до
field-concern-on = Дата
field-concern-note = Примітка
error-choose-category = Виберіть, про що це занепокоєння.
field-move-on-days = Перехідний період (днів після надання статусу)
field-support-limit = Ліміт допомоги на людину за 12 місяців (£; порожньо: без ліміту)
error-move-on-days = Введіть кількість днів від 1 до 365 (зазвичай 28).
audit-key-date-saved = додано важливу дату або записано її результат
audit-support-given = записано надану на візиті допомогу

## Домогосподарства (issue 7)
audit-household-saved = створено, змінено або розформовано домогосподарство
check-households-unreadable = Не вдається прочитати запис домогосподарства: { $about }
check-household-index = Покажчик домогосподарств не збігається з домогосподарствами для { $about }
check-household-invalid = У домогосподарстві { $about } менше двох людей, хтось двічі або хтось, чийого запису вже немає
check-household-twice = { $about } — у двох домогосподарствах
key-household = Домогосподарство
key-remove-from-household = Вилучити з домогосподарства
key-whole-household = Прийшло все домогосподарство
household-none = немає (Ctrl+G — додати когось, хто прийшов разом)
household-more = … і ще { $count } (Ctrl+G)
household-relation-of = { $relation } для { $name }
household-anchor = домогосподарство записано через цю людину
household-recorded-through = Родинні зв'язки вказано щодо { $name }: через цю людину записано домогосподарство.
household-form-title = Домогосподарство: { $name }
household-field-add-person = Додати людину
household-field-add-child = Додати дитину (рік народження)
household-field-members = У домогосподарстві
household-hint-list = ← → ким доводиться · Enter: правильно · Ctrl+R: записати через цю людину
household-confirm-remove = Вилучити { $name } з домогосподарства?
household-confirm-remove-child = Вилучити дитину { $year } р. н. з домогосподарства?
household-remove-yes = Вилучити
status-household-saved = Домогосподарство збережено.
status-household-dissolved = Домогосподарства більше немає: у ньому лишилося менше двох людей.
field-visit-household = Прийшли разом
household-needs-same = ті самі потреби
household-needs-own = свої потреби
household-hint-visit = Space: теж прийшли · Enter: свої потреби · Ctrl+A: усі
field-visit-needs-of = Потреби: { $name }
status-visits-saved = { $count ->
    [1] Візит збережено: { $name }.
    [one] Візити збережено ({ $count }): { $name } та ще з домогосподарства: { $others }.
    [few] Візити збережено ({ $count }): { $name } та ще з домогосподарства: { $others }.
    [many] Візити збережено ({ $count }): { $name } та ще з домогосподарства: { $others }.
   *[other] Візити збережено ({ $count }): { $name } та ще з домогосподарства: { $others }.
}
household-hint-everyone = Ctrl+A: прийшли всі
col-household = Домогосп.
key-record-through = Записати домогосподарство через цю людину
household-check-relation = перевірте: ← → змінити, Enter — якщо правильно

## Занепокоєння щодо захисту: збереження й показ
audit-concern-raised = повідомлено занепокоєння щодо захисту
audit-concern-viewed = відкрито занепокоєння щодо захисту
audit-concern-updated = записано подальші кроки щодо занепокоєння
check-concerns-unreadable = Не вдається відкрити занепокоєння щодо захисту: { $about }
check-concern-awaiting = Кількість занепокоєнь, що чекають на відповідального, не збігається із занепокоєнням: { $about }
check-report-counts = Цифри звіту за { $about } не збігаються із записами того дня
check-report-counts-unreadable = Цифри звіту не вдається прочитати чи перерахувати
key-raise-concern = Повідомити занепокоєння щодо захисту
key-show-concerns = Занепокоєння щодо захисту
key-open-concern = Відкрити занепокоєння
key-record-step = Записати подальші кроки
key-close-concern = Закрити занепокоєння
key-toggle-lead = Відповідальний за захист: так / ні
form-concern = Занепокоєння щодо захисту
form-concern-step = Що сталося далі
field-concern-person = Про кого
field-concern-other-agency = Хто (назва)
field-concern-status = Стан
field-concern-raised = Повідомлено
field-safeguarding-lead = Відповідальний за захист
concern-category-none = ще не вибрано (← → вибрати)
concern-status-raised = Занепокоєння збережено. Відповідальному за захист повідомлено.
concern-status-step-saved = Подальші кроки збережено.
concern-status-closed-saved = Занепокоєння закрито.
concern-awaiting-lead = ще не відкрито
concern-page-title = Занепокоєння щодо захисту
concern-raised-by = { $date } { $time }, від: { $name }
concern-steps = Що сталося далі
concern-no-steps = Ще нічого не записано.
concern-raiser-note = Відповідальний за захист вирішує, що робити далі, і записує це тут.
concerns-title = Занепокоєння щодо захисту, які ви можете бачити: { $count }
concerns-empty = Немає занепокоєнь для показу. Ctrl+Y — повідомити занепокоєння з будь-якого екрана.
col-raised = Повідомл.
col-concern-category = Про що
col-concern-status = Стан
col-concern-lead = Відп.
confirm-close-concern = Закрити це занепокоєння? Після цього записати нові кроки буде неможливо; вас запитають про причину.
confirm-close-concern-yes = Закрити
person-concerns = Занепокоєння щодо захисту
person-concerns-count = { $count } — F6, Ctrl+G
volunteer-safeguarding-lead = відповідальний за захист
volunteer-lead-hint = дізнається про кожне нове занепокоєння
status-lead-marked = { $name } тепер відповідальний за захист.
status-lead-unmarked = { $name } більше не відповідальний за захист.

## Звіти й експорт (src/export, src/cli/export.rs)
audit-records-exported = експортовано записи (лише коди)
audit-records-exported-full = експортовано записи з іменами, примітками й телефонами (повний експорт)
export-error-exists = { $file } уже існує: виберіть іншу назву або додайте --force, щоб замінити.
export-error-is-folder = { $file } — це папка: вкажіть назву файлу для запису.
export-error-folder = У { $dir } нічого не можна записати ({ $detail }): виберіть іншу папку.
export-error-writing = Не вдалося записати експорт ({ $detail }); нічого не залишилося.
export-not-given = не вказано
export-not-recorded = ще не записано
export-col-section = Розділ
export-col-item = Пункт
export-col-label = Показник
export-col-value = Цей період
export-col-previous = Попередній період
export-col-person = Людина
export-col-name = Ім'я
export-col-notes = Примітки
export-col-phone = Телефон
export-col-amount = Сума (£)
export-col-day = День
export-col-visit-id = Візит
export-col-arrived = Прихід
export-col-waited-minutes = Чекали (хвилин)
export-col-state = Стан
export-col-age-band = Вікова група
export-col-gender = Стать
export-col-country = Країна походження
export-col-immigration-status = Імміграційний статус
export-col-first-language = Рідна мова
export-col-needs = Потреби
export-col-language = Мова
export-col-interpreting = Переклад
export-col-visits-in-range = Візити за період
export-col-recorded = Записано
export-col-english-level = Англійська
export-col-needs-interpreter = Потрібен перекладач
export-col-year-of-birth = Рік народження
export-col-referral-id = Скерування
export-col-kind = Вид
export-col-domain = Сфера
export-col-service-id = Номер послуги
export-col-service = Послуга
export-col-outcome = Результат
export-col-follow-up = Дата відстеження
export-col-booking-id = Замовлення
export-col-start = Початок
export-col-minutes = Хвилин
export-col-appointment = Зустріч
export-col-mode = Спосіб
export-col-status = Стан
export-col-place = Місце
export-col-organisation = Організація
export-col-domains = Сфери
export-col-postcode = Поштовий індекс
export-col-email = Ел. пошта
export-col-website = Вебсайт
export-col-languages = Мови
export-col-active = Активна
export-col-last-verified = Остання перевірка
export-col-given = Коли надано
export-fig-visits = Візити
export-fig-people = Різні люди
export-fig-new-people = Нові люди
export-fig-anonymous = Анонімні візити
export-fig-households = Домогосподарства
export-fig-visits-per-person = Візитів на людину
export-fig-average-wait = Середнє очікування (хвилин)
export-fig-longest-wait = Найдовше очікування (хвилин)
export-fig-family-interpreting = Перекладали родичі чи друзі (погана практика)
export-section-summary = Підсумок
export-section-needs = Потреби за сферами
export-section-languages = Мови спілкування
export-section-interpreting = Переклад
export-section-sent-by-domain = Поінформовано й скеровано, за сферами
export-section-sent-by-service = Поінформовано й скеровано, за послугами
export-section-outcomes = Результати скерувань
export-section-bookings = Замовлення перекладачів
export-section-booking-hours = Години перекладачів
export-section-bookings-by-language = Замовлення перекладачів за мовами
export-section-hours = Прихід за годинами
export-section-weekdays = Візити за днями тижня
export-section-support = Надана допомога
export-section-support-amount = Надана допомога, сума (£)
export-section-concerns = Занепокоєння щодо захисту (числа менше 5 показано як <5)
export-section-key-dates = Важливі дати
export-section-equalities-gender = Рівність: стать (числа менше 5 показано як <5)
export-section-equalities-age-band = Рівність: вікова група (числа менше 5 показано як <5)
export-section-equalities-country = Рівність: країна походження (числа менше 5 показано як <5)
export-section-equalities-immigration-status = Рівність: імміграційний статус (числа менше 5 показано як <5)
export-section-equalities-first-language = Рівність: рідна мова (числа менше 5 показано як <5)
export-age-under-18 = До 18
export-age-18-25 = Від 18 до 25
export-age-26-35 = Від 26 до 35
export-age-36-50 = Від 36 до 50
export-age-51-65 = Від 51 до 65
export-age-over-65 = Понад 65
cli-error-day = «{ $day }» — не дата: пишіть як РРРР-ММ-ДД, напр. 2026-04-01.
cli-error-backwards = Період починається { $from }, тобто після кінця { $to }: вкажіть --from раніше за --to.
cli-error-too-long = Період не може бути довшим за 20 років.
cli-error-coordinators-only = Бачити звіти й експортувати записи може лише координатор.
cli-report-title = Звіт з { $from } по { $to } (попередній період з { $pfrom } по { $pto })
cli-report-written = Записано в { $file } показників: { $rows }
cli-export-written = Записано в { $file } рядків: { $rows }
cli-full-word = імена
cli-full-warning = Цей експорт ({ $kind }) міститиме імена, примітки й номери телефонів. Зберігайте файл у безпеці й видаліть, коли він стане непотрібним. Введіть { $word }, щоб продовжити:
cli-full-needs-yes = Повний експорт потребує другого «так»: додайте --yes-full (немає термінала, щоб запитати).
cli-full-not-confirmed = Не підтверджено: нічого не експортовано.
cli-full-not-personal = Довідник не містить особистих даних: --full — для записів про людей.

## F7 Звіти (координатори)
screen-reports = Звіти
key-go-reports = До звітів
key-report-range-before = Попередній період
key-report-range-next = Наступний період
key-report-dates = Ввести дати
key-report-next-section = Наступний розділ
key-report-prev-section = Попередній розділ
key-report-shared = Для поширення (<5)
key-report-export = Експорт
key-report-refresh = Перечитати
key-report-apply-range = Показати цей період
report-coordinators-only = Звіти — для координаторів. Якщо вам потрібна якась цифра, запитайте координатора.
report-range-today = Сьогодні
report-range-this-week = Цей тиждень
report-range-this-month = Цей місяць
report-range-last-month = Минулий місяць
report-range-this-quarter = Цей квартал
report-range-financial-year = Фінансовий рік
report-range-last-12-months = Останні 12 місяців
report-range-custom = Ваші дати
report-range-line = { $preset }  { $from } – { $to } ({ $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
})
report-compared-with = Порівняно з { $from } – { $to }
report-from = З
report-to = По
report-error-date = Не дата: введіть як РРРР-ММ-ДД, напр. 2026-04-01.
report-error-backwards = Початок пізніше за кінець.
report-error-too-long = Період може бути щонайбільше 20 років.
report-none = Звіту на екрані немає: Ctrl+R його прочитає.
report-section-overview = Огляд
report-section-needs = Потреби
report-section-languages = Мови
report-section-sent-on = Передано далі
report-section-bookings = Перекладачі
report-section-times = Час
report-section-support = Допомога
report-section-equalities = Рівність
report-column-now = Цей період
report-column-before = Раніше
report-column-change = Зміна
report-more = Ще рядків: { $count } — PgDn
report-nothing = немає в жодному періоді
report-visits = Візити
report-people = Різні люди
report-new-people = Нові записані люди
report-anonymous = Анонімні візити
report-visits-per-person = Візитів на людину
report-households = Домогосподарства
report-heading-weekly = Візити по тижнях
report-weekly-note = пік { $peak } за тиждень · { $total } разом (раніше: { $before })
report-weekly-dates = тижні з { $first } по { $last }{ $per ->
    [1] {""}
    [one] {" "}({ $per } тиждень на позначку)
    [few] {" "}({ $per } тижні на позначку)
    [many] {" "}({ $per } тижнів на позначку)
   *[other] {" "}({ $per } тижня на позначку)
}
report-heading-needs = Потреби за сферами (візити)
report-heading-languages = Мови спілкування (візити)
report-heading-interpreting = Переклад (візити; ⚠ погана практика)
report-family-interpreting = ⚠ Родич або друг
report-heading-signposted = Поінформовано, за сферами
report-heading-referred = Скеровано, за сферами
report-total = Разом
report-no-domain = Сферу не вказано
report-heading-signposted-services = Поінформовано, за послугами
report-heading-referred-services = Скеровано, за послугами
report-key-date-kept = Відбулося / дотримано
report-key-date-moved = Перенесено
report-key-date-missed = Пропущено
report-key-date-cancelled = Скасовано
report-heading-outcomes = Результати
report-bookings = Замовлення перекладачів
report-booked-hours = Замовлені години
report-late-cancellations = Пізні скасування
report-no-shows = Неявки
report-heading-bookings = Замовлення за мовою і станом
report-heading-booked-hours = Години за мовою і станом
report-average-wait = Середнє очікування (хвилин)
report-longest-wait = Найдовше очікування (хвилин)
report-heading-hours = Прихід за годинами
report-heading-weekdays = Візити за днями тижня
report-heading-support = Надана допомога (позиції)
report-support-amount = { "  " }видана сума
report-heading-concerns = Занепокоєння щодо захисту (лише кількість)
report-heading-key-dates = Важливі дати
report-key-date-open = Ще нічого не записано
report-for-sharing = Для поширення: числа менше 5 показано як <5 (Ctrl+T)
report-not-recorded = Не записано
report-heading-gender = Стать (люди)
report-heading-age = Вікова група (люди)
report-age-under-18 = До 18
report-age-18-25 = 18–25
report-age-26-35 = 26–35
report-age-36-50 = 36–50
report-age-51-65 = 51–65
report-age-over-65 = Понад 65
report-heading-country = Країна походження (люди)
report-heading-status = Імміграційний статус (люди)
report-heading-first-language = Рідна мова (люди)

## Вікно експорту на F7 (Ctrl+E на F7)
key-export-write = Експортувати
key-export-choice-before = Попередній вибір
key-export-choice-next = Наступний вибір
export-box-title = Експорт
export-box-days = Дні: { $from } – { $to } ({ $days ->
    [one] { $days } день
    [few] { $days } дні
    [many] { $days } днів
   *[other] { $days } дня
})
export-box-whole-directory = Увесь довідник, як він є зараз
export-field-what = Що
export-field-format = Формат
export-field-full = Імена й примітки
export-field-file = Файл
export-what-report = Показаний звіт
export-what-visits = Візити
export-what-people = Люди, що приходили
export-what-referrals = Інформування й скерування
export-what-bookings = Замовлення перекладачів
export-what-services = Послуги (довідник)
export-what-support = Надана допомога
export-format-csv = CSV (електронні таблиці)
export-format-json = JSON (для програм)
export-full-off = Ні: лише коди
export-full-on = Так: імена, примітки, телефони
export-holds-report = Цифри на екрані й попередній період; числа менше 5 — як <5.
export-holds-services = Послуги з довідника: нічиїх особистих даних.
export-holds-pseudonymised = Коди й вікові групи: без імен, без приміток, без номерів телефонів.
export-holds-full = Цей файл міститиме імена, примітки й номери телефонів: зберігайте його в безпеці.
export-box-no-range = На екрані немає періоду для експорту: спершу виберіть його.
export-box-no-file = Введіть назву файлу для запису.
export-box-is-folder = Це папка: додайте назву файлу для запису.
export-box-exists = Файл із такою назвою вже є: виберіть іншу назву. Нічого не записано.
export-box-no-folder = Папки { $dir } немає: перевірте шлях.
export-box-cannot-write = У { $dir } нічого не можна записати: виберіть іншу папку.
export-box-not-written = Нічого не записано: див. повідомлення біля файлу.
export-full-question = Файл ({ $what }) міститиме імена, примітки й номери телефонів. Зберігайте його в безпеці: лише на цьому комп'ютері або на захищеному диску, ніколи не надсилайте ел. поштою і видаліть, коли він стане непотрібним. Експорт записується в журнал дій. Записати з іменами?
export-full-yes = Записати з іменами
export-full-no = Назад
work-export-title = Експорт
work-export-what = Записуємо файл: хвилинку, будь ласка.

## Data life cycle: consent, retention, anonymisation.
consent-purpose-record = Зберігання запису
consent-purpose-share = Передача даних для скерувань
consent-purpose-contact = Зв'язок телефоном або SMS
consent-short-record = запис
consent-short-share = передача
consent-short-contact = зв'язок
consent-share-question = Людина згодна, щоб ми передали її дані послузі, до якої її скеровуємо
consent-contact-question = Людина згодна, щоб ми зв'язувалися з нею телефоном або SMS
field-consent-more = Також
consent-title = Згода: { $name }
consent-state-given = надано { $date }
consent-state-withdrawn = відкликано { $date }
consent-state-never = не питали
consent-hint = Space надає або відкликає вибрану згоду — так, як людина каже зараз. Esc закриває.
consent-history = Усі зміни, спершу найновіші:
consent-event-given = надано
consent-event-withdrawn = відкликано
consent-no-contact = не зв'язуватися
consent-anonymised = Цей запис знеособлено: згоди, яку можна записати, більше немає.
consent-withdraw-record-question = { $name }: людина більше не згодна, щоб ми зберігали запис про неї. Запис буде знеособлено зараз: ім'я, телефон, примітки й рік народження видаляються, а також примітки до її візитів, скерувань і замовлень. Візити залишаються в цифрах звіту, без імені. Цього не можна скасувати.
consent-withdraw-record-yes = Знеособити запис
status-consent-given = Згоду записано.
status-consent-withdrawn = Відкликання згоди записано.
status-record-anonymised = Запис знеособлено.
anonymised-retention = минув строк зберігання
anonymised-consent = згоду відкликано
person-anonymised-heading = Знеособлений запис · { $reference } · { $date }, { $why }
audit-consent-given = записано згоду від { $person }: { $what }
audit-consent-withdrawn = записано відкликання згоди від { $person }: { $what }
audit-anonymised = знеособлено { $person } ({ $what })
field-retention-years = Зберігати записи після останнього контакту (у роках)
error-retention-years = Введіть кількість років від 1 до 30 (зазвичай 6).
key-consent = Згода

## Data life cycle: the retention review.
key-consent-change = Надати чи відкликати
key-review-retention = Перегляд зберігання
retention-save-first = Спершу збережіть налаштування (Ctrl+S), потім перегляньте строки зберігання.
retention-none-due = Строк зберігання ні для кого не минув ({ $years } р. після останнього контакту).
retention-line = { $reference } · останній контакт { $date }
retention-more = … і ще { $count }
retention-question = { $count ->
    [one] Строк зберігання минув для { $count } запису ({ $years } р. після останнього контакту). Знеособити його зараз? Імена, номери телефонів, примітки й роки народження видаляються; цифри у звітах залишаються як є. Цього не можна скасувати.
    [few] Строк зберігання минув для { $count } записів ({ $years } р. після останнього контакту). Знеособити їх зараз? Імена, номери телефонів, примітки й роки народження видаляються; цифри у звітах залишаються як є. Цього не можна скасувати.
    [many] Строк зберігання минув для { $count } записів ({ $years } р. після останнього контакту). Знеособити їх зараз? Імена, номери телефонів, примітки й роки народження видаляються; цифри у звітах залишаються як є. Цього не можна скасувати.
   *[other] Строк зберігання минув для { $count } запису ({ $years } р. після останнього контакту). Знеособити їх зараз? Імена, номери телефонів, примітки й роки народження видаляються; цифри у звітах залишаються як є. Цього не можна скасувати.
}
retention-yes = Знеособити їх
retention-done = { $count ->
    [one] Знеособлено { $count } запис.
    [few] Знеособлено { $count } записи.
    [many] Знеособлено { $count } записів.
   *[other] Знеособлено { $count } запису.
}
retention-cli-due = { $count ->
    [one] Строк зберігання минув для { $count } запису ({ $years } р. після останнього контакту: до { $cutoff }). Код і останній контакт:
    [few] Строк зберігання минув для { $count } записів ({ $years } р. після останнього контакту: до { $cutoff }). Код і останній контакт:
    [many] Строк зберігання минув для { $count } записів ({ $years } р. після останнього контакту: до { $cutoff }). Код і останній контакт:
   *[other] Строк зберігання минув для { $count } запису ({ $years } р. після останнього контакту: до { $cutoff }). Код і останній контакт:
}
sar-title = Усе, що { $centre } зберігає про { $name } ({ $reference })
sar-generated = Складено { $date } на прохання людини.
sar-left-out = Не включено: дані інших людей (інших членів домогосподарства пораховано, але не названо) і занепокоєння щодо захисту — про них окремо вирішує відповідальний за захист.
sar-details = Дані людини
sar-household = Домогосподарство
sar-household-others = { $count ->
    [one] так, з { $count } іншою людиною
    [few] так, з { $count } іншими людьми
    [many] так, з { $count } іншими людьми
   *[other] так, з { $count } іншими людьми
}
sar-consent = Згода, усі зміни
sar-visits = Візити
sar-referrals = Інформування й скерування
sar-bookings = Замовлення перекладачів
sar-key-dates = Важливі дати
sar-support = Надана допомога
sar-audit = Хто переглядав чи змінював запис
sar-nothing = Немає.
sar-bad-reference = Це не код (літери й цифри на сторінці людини).
sar-written = Записано: { $file } (і { $json } для програм).
sar-box-title = Усе, що ми зберігаємо про людину (право доступу)
sar-box-hint = Документ буде записано в цей файл (HTML, якщо назва закінчується на .html), а поруч — те саме у форматі JSON. Безпечно передайте його людині, потім видаліть.
key-subject-access = Право доступу

## Data life cycle: erasure on request.

key-erase = Стерти на запит…
erase-reason-title = Стерти { $reference }: чому?
erasure-reason-asked = Людина попросила стерти її дані
erasure-reason-consent = Людина відкликала згоду й попросила прибрати запис
erasure-reason-not-needed = Запис більше не потрібен
erasure-reason-error = Запис зроблено помилково або без законної підстави
erasure-reason-other = Інша причина
erase-question = { $name } ({ $reference }): стерти назавжди? Причина: { $reason }. Цього не можна скасувати.
erase-detail-goes = Зникає: дані людини, історія згоди та примітки до її візитів, скерувань, замовлень, важливих дат і наданої допомоги. Ніхто більше не зможе її знайти.
erase-detail-stays = Залишається: її візити й скерування — як анонімні підрахунки, тож звіти не змінюються. Занепокоєння щодо захисту зберігаються як є.
erase-detail-backups = Резервні копії, зроблені раніше, ще містять цей запис, доки їх не замінять.
erase-yes = Стерти назавжди
status-person-erased = { $reference } стерто: нічого про цю людину більше не можна прочитати.
erase-refused-household = Спершу вилучіть людину з домогосподарства (h на її сторінці), потім стирайте.
erase-refused-rotating = Триває заміна ключа даних: спершу завершіть її, потім стирайте.
erase-refused-erased = Цей запис уже стерто.
erase-cli-bad-reason = Невідома причина: використайте asked, withdrew-consent, not-needed, in-error або other.
erase-cli-needs-yes = Стирання не можна скасувати: додайте --yes, щоб стерти.
anonymised-erased = стерто на запит
check-erased-left = Від стертої людини ще щось лишилося: { $about }
check-erased-key = Ключ стертої людини ще лишився: { $about }
check-erasure-unfinished = Стирання не завершено: відкрийте програму знову, щоб його завершити.

## Data life cycle: merging duplicates.
key-merge = Об'єднати з іншим записом
key-undo-merge = Скасувати сьогоднішнє об'єднання
key-merge-now = Об'єднати
key-merge-swap = Залишити інший
merge-title = Об'єднати з іншим записом
merge-find-hint = Який інший запис належить { $name } ({ $reference })? Введіть його код або ім'я, потім виберіть його клавішею Enter.
merge-find-label = Код або ім'я:
merge-none-found = Нікого не знайдено.
merge-visits = { $count ->
    [one] { $count } візит
    [few] { $count } візити
    [many] { $count } візитів
   *[other] { $count } візиту
}
merge-last-visit = останній { $date }
merge-confirm-title = Об'єднати два записи однієї людини
merge-keep = Залишити:
merge-merged-in = Приєднати:
merge-explain = Усе з { $other } переходить до { $reference }: візити, скерування, замовлення, важливі дати, згоди й домогосподарство. Дані, яких бракує в { $reference }, беруться з { $other }, а { $other } далі лише веде до { $reference }. Це можна скасувати сьогодні.
merge-choices = Enter: об'єднати · Space: залишити натомість { $other } · Esc: назад
merge-save-edit = Зберегти зміни як є
merge-into = Об'єднати з { $person }
merge-into-hint = Об'єднання зберігає наявний запис: введене доповнює дані, яких у ньому бракує. Це можна скасувати сьогодні.
merge-done = { $visits ->
    [one] { $other } приєднано до { $reference }; перенесено { $visits } візит. Це можна скасувати сьогодні.
    [few] { $other } приєднано до { $reference }; перенесено { $visits } візити. Це можна скасувати сьогодні.
    [many] { $other } приєднано до { $reference }; перенесено { $visits } візитів. Це можна скасувати сьогодні.
   *[other] { $other } приєднано до { $reference }; перенесено { $visits } візиту. Це можна скасувати сьогодні.
}
merge-undone = Об'єднання скасовано: { $other } і { $reference } знову окремі записи.
merge-undo-question = Скасувати сьогоднішнє об'єднання { $other } з { $reference }? Обидва записи повернуться до попереднього стану; те, що відтоді додано до { $reference }, там і залишиться.
merge-undo-yes = Скасувати об'єднання
merge-redirected = { $other } приєднано до цього запису ({ $reference }).
merge-error-same = Запис не можна об'єднати із самим собою.
merge-error-anonymised = { $reference } знеособлено: його не можна об'єднати.
merge-error-merged = { $reference } уже приєднано до іншого запису.
merge-error-households = Вони в різних домогосподарствах: спершу виведіть одну з цих людей з її домогосподарства.
merge-undo-none = Немає об'єднання цих записів, яке можна скасувати.
merge-undo-expired = Об'єднання можна скасувати лише того дня, коли його зроблено.
merge-undo-kept-merged = Відтоді цей запис приєднано до { $reference }: спершу скасуйте те об'єднання, на його сторінці.
merge-undo-household-changed = Їхнє домогосподарство змінили після об'єднання, тож його вже не можна скасувати.
person-merged-today = Об'єднано сьогодні
person-merged-today-value = { $references } (u: скасувати)
audit-merged = приєднує { $what } до { $person }
audit-unmerged = скасовує приєднання { $what } до { $person }
check-merge-pointer = Об'єднаний запис указує на запис, якого немає: { $about }
