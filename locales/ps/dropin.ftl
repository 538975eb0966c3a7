# DRAFT: machine-drafted, not yet checked by a native speaker.
# dropin — Pashto (پښتو). Translated from en-GB, the source locale: this file has exactly the same message ids.

## Screens
screen-today = نن
screen-people = کسان
screen-settings = تنظیمات

## Keys (labels in the footer, help and action menus)
key-new-visit = نوی راتګ
key-mark-seen = کتل کېږي
key-mark-done = بشپړ
key-mark-left = بې کتنې ولاړ
key-mark-waiting = انتظار ته بېرته
key-open-person = کس پرانیستل
key-new-person = نوی کس
key-new-visit-for-person = د دې کس نوی راتګ
key-edit-person = کس سمول
key-search = لټون
key-back = شاته
key-save = ثبتول
key-cancel = بندول
key-next-field = بله خانه
key-prev-field = مخکنۍ خانه
key-choose = ټاکل
key-toggle = نښه / بدلول
key-up = پورته
key-down = ښکته
key-left = کیڼ
key-right = ښي
key-page-up = پاڼه پورته
key-page-down = پاڼه ښکته
key-home = لومړی
key-end = وروستی
key-menu = کړنې
key-go-today = «نن» ته تګ
key-go-people = «کسان» ته تګ
key-go-settings = «تنظیمات» ته تګ
key-help = مرسته
key-language = ژبه
key-quit = وتل

## Today
today-counts = په انتظار: { $waiting } · کتل کېږي: { $seen } · بشپړ: { $done } · ولاړ: { $left }
today-empty = تر اوسه په کتار کې څوک نشته. د راتګ ثبتولو لپاره Ctrl+N کېکاږئ.
col-ref = کوډ
col-name = نوم
col-arrived = راغی
col-waiting = انتظار
col-needs = اړتیاوې
col-state = حالت
col-born = زیږېدلی
col-last-visit = وروستی راتګ
col-date = نېټه
col-language = ژبه
col-interpreting = ترجماني
anonymous-walk-in = بې نومه راتګ

## Visit states
state-waiting = په انتظار
state-being-seen = کتل کېږي
state-done = بشپړ
state-left = بې کتنې ولاړ

## Need domains (Home Office Indicators of Integration)
domain-work = کار
domain-education = زده کړه
domain-housing = استوګنه
domain-health = روغتیا او ټولنیزه پاملرنه
domain-leisure = تفریح
domain-social-bonds = د خپلې ټولنې اړیکې
domain-social-bridges = له نورو ټولنو سره اړیکې
domain-social-links = له بنسټونو سره اړیکې
domain-language = ژبه او اړیکه
domain-culture = کلتور
domain-digital = ډیجیټل مهارتونه
domain-safety = امنیت
domain-stability = ثبات
domain-rights = حقونه او مسؤلیتونه
domain-work-short = کار
domain-education-short = زده کړه
domain-housing-short = استوګنه
domain-health-short = روغتیا
domain-leisure-short = تفریح
domain-social-bonds-short = خپله ټولنه
domain-social-bridges-short = نورې ټولنې
domain-social-links-short = بنسټونه
domain-language-short = ژبه
domain-culture-short = کلتور
domain-digital-short = ډیجیټل
domain-safety-short = امنیت
domain-stability-short = ثبات
domain-rights-short = حقونه

## Interpreting
interpreting-none = هېڅ
interpreting-volunteer = رضاکار
interpreting-phone = تلیفون
interpreting-professional = ریزرف شوی مسلکي ترجمان
interpreting-family = کورنۍ یا ملګری
poor-practice = سمه لاره نه ده: بل ځل ترجمان ریزرف کړئ

## People
people-search-label = نوم یا کوډ ولټوئ:
people-hint = د نوم څو توري یا کوډ ولیکئ.
people-none = هېڅوک ونه موندل شو. د نوي کس زیاتولو لپاره Ctrl+N کېکاږئ.
person-no-visits = تر اوسه راتګ نشته.

## Forms
form-new-visit = نوی راتګ
form-new-person = نوی کس
form-edit-person = کس سمول
field-visit-person = کس
field-visit-needs = اړتیاوې
field-visit-language = کارول شوې ژبه
field-visit-interpreting = ترجماني
field-visit-notes = یادونه
field-name = نوم
field-year-of-birth = د زیږون کال
field-gender = جنسیت
field-gender-other = د هغوی په خپلو ټکو
field-country = اصلي هېواد
field-first-language = لومړۍ ژبه
field-other-languages = نورې ژبې
field-english-level = انګلیسي
field-needs-interpreter = ترجمان ته اړتیا لري
field-interpreter-gender = د ترجمان جنسیت
field-immigration-status = د کډوالۍ حالت
field-phone = تلیفون
field-notes = یادونې
field-consent = رضایت
consent-keep-record = رضایت لري چې د هغوی په اړه ریکارډ وساتو
consent-given-on = د ریکارډ رضایت یې په { $date } ورکړ
consent-withdrawn-on = رضایت یې په { $date } بېرته واخیست
picker-new-person = نوی کس «{ $name }»
picker-last-visit = وروستی راتګ { $date }
needs-filter = د چاڼ لپاره ولیکئ:
needs-no-match = هېڅ اړتیا له لیکل شوي سره سمون نه خوري.
hint-language-pick = ↑ ↓ بیا د ټاکلو لپاره Enter
prefilled-last-visit = د وروستي راتګ په څېر
value-none = —
value-not-recorded = نه دی ثبت شوی
value-yes = هو
value-no = نه

## Values
gender-woman = ښځه
gender-man = نارینه
gender-non-binary = نه نارینه، نه ښځه
gender-another-way = په بل ډول
gender-prefer-not = نه غواړم ووایم
pref-woman = ښځینه ترجمانه
pref-man = نارینه ترجمان
pref-none = هېڅ غوره توب نشته
status-asylum-seeker = پناه غوښتونکی
status-refugee = کډوال (د پاتې کېدو اجازه لري)
status-refused = رد شوی پناه غوښتونکی
status-nrpf = دولتي مرستو ته لاسرسی نه لري
status-other = بل حالت
status-settled = بریتانوی یا مېشت
status-unknown = نامعلوم
status-prefer-not = نه غواړم ووایم
english-none = هېڅ
english-basic = لومړنۍ
english-intermediate = منځنۍ
english-fluent = روانه

## Errors next to fields
error-empty = دا خانه باید خالي نه وي.
error-too-long = ډېر اوږد دی: تر { $max } تورو زیات نه.
error-year-range = له { $min } څخه تر { $max } پورې یو کال ولیکئ.
error-not-a-year = کال په څلورو عددونو ولیکئ، لکه 1990.
error-phone = یوازې عددونه، تشې، +، - او قوسونه وکاروئ (لږ تر لږه 6 عددونه).
error-consent = که د ریکارډ ساتلو رضایت نه وي، نو بې نومه راتګ ثبت کړئ.
error-person-missing = یو کس، نوی کس، یا بې نومه راتګ وټاکئ.
error-auto-lock = له 1 څخه تر 60 پورې د دقیقو شمېر ولیکئ.
role-volunteer = رضاکار
role-coordinator = همغږی کوونکی
error-password-short = لږ تر لږه 10 توري، مهرباني (څو یوځای کلمې په اسانۍ په یاد پاتې کېږي).
error-password-long = دا ډېر اوږد دی: تر 200 تورو زیات نه.
error-password-mismatch = دواړه پټنومونه یو شان نه دي.
error-time-zone = dropin دا د وخت سیمه نه پېژني. داسې نوم وکاروئ لکه Europe/London.

## Status line
status-visit-saved = د { $name } راتګ ثبت شو.
status-person-saved = { $name } ثبت شو.
status-settings-saved = تنظیمات ثبت شول.
status-fix-errors = ثبت نه شو: مهرباني وکړئ نښه شوې خانې سمې کړئ.
status-cannot-move = هغه راتګ چې { $from } دی، { $to } نښه کېدای نه شي.
status-close-form-first = لومړی فورم ثبت یا بند کړئ (Ctrl+S یا Esc).

## Confirmations
confirm-title = مهرباني وکړئ وګورئ
confirm-quit-unsaved = په یوه فورم کې بدلونونه شته چې نه دي ثبت شوي. بیا هم وځئ؟
confirm-quit = له ثبتولو پرته وتل
confirm-keep-editing = سمون ته دوام
confirm-discard = دا فورم بند شي او هغه څه چې مو لیکلي، ورک شي؟
confirm-discard-yes = بندول او بدلونونه ورکول
confirm-duplicate = کېدای شي دا څوک وي چې مخکې ثبت شوی دی:
confirm-save-anyway = د نوي کس په توګه ثبتول
confirm-go-back = بېرته تګ

## Overlays
help-title = کیلي ګانې
help-more = ↑ ↓ د نورو لپاره
menu-title = کړنې
language-title = ژبه
language-draft = مسوده

## Settings
field-centre-name = د مرکز نوم
field-time-zone = د وخت سیمه
field-language = په دې کمپیوټر کې ژبه
field-rtl-visual = له ښي نه کیڼ ته متن برابرول (که ستاسو ټرمینل یې پخپله کوي، بند یې کړئ)
field-native-digits = شمېرې زما د ژبې په عددونو
settings-digits-none = (دا ژبه 0–9 کاروي)
field-shaping = عربي لیکدود توري نښلول
shaping-auto = خپلکاره
shaping-on = روښانه
shaping-off = بند (ټرمینل پخپله توري نښلوي)
shaping-now-on = اوس نښلول کېږي
shaping-now-off = اوس نه نښلول کېږي
settings-screen-reader = د پردې لوستونکی کاروئ؟ «له ښي نه کیڼ ته متن برابرول» او «عربي لیکدود توري نښلول» دواړه بند کړئ: د پردې لوستونکی پرده له کیڼ نه ښي لور ته لولي، نو هغه متن چې dropin یې له ښي نه کیڼ ته ترتیبوي سرچپه لوستل کېږي.
language-console-cannot = دا پرده (د لینوکس کنسول) عربي یا حبشي توري نه شي ښودلای. د دې ژبې لپاره، dropin د ډیسکټاپ پر یوه ټرمینل کړکۍ کې پرانیزئ.
language-console-note = دلته نه شي ښودل کېدای
field-auto-lock = له دومره دقیقو بې کارۍ وروسته سکرین قلفول (1–60)
settings-hint = Tab د خانو ترمنځ ځي، Space انتخاب بدلوي، Ctrl+S ثبتوي.

## Whole-screen messages
too-small = مهرباني وکړئ کړکۍ لویه کړئ: dropin لږ تر لږه { $width } ستنو او { $height } کرښو ته اړتیا لري (اوس { $current_width }×{ $current_height }).

## Store errors
crash-message = dropin د پروګرام د یوې ستونزې له امله ودرېد. هر څه چې مخکې ثبت شوي، خوندي دي. مهرباني وکړئ بیا یې پیل کړئ، او خپل همغږي کوونکي ته ووایاست.
store-already-open = dropin په دې کمپیوټر کې مخکې له مخکې پرانیستی دی. لومړی هغه بند کړئ، یا همدا کار د پروګرام دننه وکړئ.
store-newer-schema = دا معلومات د dropin د یوې نوې نسخې لخوا لیکل شوي. هېڅ شی بدل نه شو. د پرانیستلو لپاره هغه نوې نسخه (یا تر هغې نوې) نصب کړئ، یا د دې نسخې جوړه شوې احتیاطي کاپي بېرته راوړئ: dropin restore FILE --volunteer NAME --force (دلته معلومات یوې خوا ته کېږي، نه ړنګېږي).
store-corrupt = معلومات خراب شوي او نه لوستل کېږي. هېڅ شی بدل نه شو. وروستۍ احتیاطي کاپي بېرته راوړئ: dropin restore FILE --volunteer NAME --force (خراب معلومات یوې خوا ته کېږي، نه ړنګېږي).
store-lost-writes = معلومات له وروستي ثبت څخه زاړه دي: له { $first } تر { $last } پورې ثبتونه ورک دي. هېڅ شی بدل نه شو. وروستۍ احتیاطي کاپي بېرته راوړئ: dropin restore FILE --volunteer NAME --force (دلته معلومات یوې خوا ته کېږي، نه ړنګېږي)، بیا هغه څه بیا ولیکئ چې له هغې وروسته ثبت شوي وو.
store-lost-write = معلومات له وروستي ثبت څخه زاړه دي: ثبت { $last } ورک دی. هېڅ شی بدل نه شو. وروستۍ احتیاطي کاپي بېرته راوړئ: dropin restore FILE --volunteer NAME --force (دلته معلومات یوې خوا ته کېږي، نه ړنګېږي)، بیا هغه څه بیا ولیکئ چې له هغې وروسته ثبت شوي وو.
store-latest-backup = وروستۍ احتیاطي کاپي: { $file }
store-read-only = dropin خپل د معلوماتو فولډر ته نه شي لیکلای. مخکې ثبت شوي شیان خوندي دي. فولډر بیا د لیکلو وړ کړئ (یا ډیسک بیا ولګوئ)، بیا بیا هڅه وکړئ.
store-disk-full = ډیسک ډک دی: وروستی بدلون ثبت نه شو. مخکې ثبت شوي شیان خوندي دي. یو څه ځای خالي کړئ، بیا یې ثبت کړئ.
store-io = معلومات نه لوستل کېدای شول او نه لیکل کېدای شول. هېڅ شی ثبت نه شو.
store-not-found = هغه ریکارډ نور نشته.
store-bad-transition = دا بدلون د دې راتګ لپاره ممکن نه دی.
store-consent-required = ریکارډ یوازې د کس په رضایت ساتل کېدای شي.
store-backup-damaged = هغه احتیاطي کاپي خرابه شوې یا بدله شوې: نه شي کارېدای. هېڅ شی بدل نه شو.
store-not-empty = په هغه فولډر کې مخکې معلومات شته. یو خالي فولډر وټاکئ، یا ‎--force وکاروئ چې اوسني معلومات لومړی یوې خوا ته کړي.
store-not-allowed = دا کار یوازې همغږی کوونکی کولای شي.
store-not-signed-in = مهرباني وکړئ لومړی ننوځئ.
store-wrong-password = پټنوم سم نه دی. نوم وګورئ او بیا هڅه وکړئ.
store-sign-in-wait = ډېر ناسم پټنومونه. مهرباني وکړئ { $seconds } ثانیې صبر وکړئ، بیا هڅه وکړئ.
store-rotation-unfinished = د معلوماتو د کیلي بدلون نیمګړی پاتې شو. د بشپړولو لپاره dropin ته ننوځئ، بیا هڅه وکړئ.
crypto-undecryptable = یو ریکارډ خلاص نه شو: خراب دی یا له dropin بهر بدل شوی. وروستۍ احتیاطي کاپي بېرته راوړئ.
crypto-truncated = یو ریکارډ نیمګړی دی: خراب دی. وروستۍ احتیاطي کاپي بېرته راوړئ.
crypto-unknown-version = یو ریکارډ د dropin د نوې نسخې لخوا لیکل شوی. مهرباني وکړئ نوې نسخه وکاروئ.
crypto-too-long = یو ریکارډ د ساتلو لپاره ډېر لوی دی. هېڅ شی ثبت نه شو.
crypto-kdf = پټنوم په دې کمپیوټر کې ونه کتل شو (شاید کافي حافظه نشته؟).
crypto-bad-recovery-key = دا د ژغورنې کیلي نه ده: د تورو او عددونو هره ډله وګورئ.
crypto-random = دا کمپیوټر نه شي کولای یوه خوندي تصادفي کیلي جوړه کړي.

## Set-up, sign-in, lock
key-lock = سکرین قلفول
setup-title = dropin ته ښه راغلاست
setup-intro = لومړی د مرکز نوم او لومړی همغږی کوونکی، چې نور رضاکاران به زیاتوي.
setup-your-name = ستاسو نوم
field-password = پټنوم
field-password-again = پټنوم بیا
setup-hint = لږ تر لږه 10 توري: څو کلمې چې په یاد به مو وي. Tab مخکې ځي، Ctrl+S پای ته رسوي.
recovery-title = ستاسو د ژغورنې کیلي
recovery-intro = که کله هم ټول پټنومونه هېر شي، معلوماتو ته د بېرته ننوتلو یوازینۍ لاره همدا کیلي ده. یوازې اوس ښودل کېږي.
recovery-keep = ویې لیکئ یا یې چاپ کړئ، او له دې کمپیوټر څخه لرې په قلف شوي ځای کې یې وساتئ.
recovery-continue = کله چې په خوندي ډول ولیکل شوه، Enter کېکاږئ.
signin-title = ننوتل
lock-title = قلف دی — د دوام لپاره ننوځئ
signin-name = ستاسو نوم
signin-hint-name = خپل نوم ولیکئ یا یې وټاکئ، بیا Enter.
signin-hint-password = خپل پټنوم ولیکئ، بیا Enter. Esc بل نوم ټاکي.
signin-welcome = د { $name } په توګه ننوتلی یاست.
status-draft-lost = ستاسو نا ثبت شوی فورم له قلف مخکې بېرته رانه وړل شو؛ مهرباني وکړئ بیا یې پیل کړئ.
signin-demo = ازمېښت: { $coordinator } (همغږی کوونکی) او { $volunteer } (رضاکار) دواړه پټنوم { $password } کاروي

## Signing in with the recovery key
key-use-recovery-key = د ژغورنې کیلي کارول
recovery-signin-title = د ژغورنې کیلي سره ننوتل
recovery-signin-intro = د هغه وخت لپاره چې د ټولو همغږي کوونکو پټنومونه هېر شوي وي: هغه د ژغورنې کیلي ولیکئ چې د dropin د جوړولو پر مهال لیکل شوې وه. هغه رضاکار چې یوازې خپل پټنوم یې هېر کړی، کولای شي له همغږي کوونکي وغواړي چې نوی یې کړي.
field-recovery-key = د ژغورنې کیلي
recovery-signin-hint = تشې او ډشونه مهم نه دي. Enter ننباسي، Esc بېرته ځي.
recovery-wrong-key = دا کیلي د دې مرکز معلومات نه خلاصوي. ډله په ډله یې له لیکلې کاپي سره پرتله کړئ.
recovery-password-title = نوی پټنوم وټاکئ
recovery-password-intro = د ژغورنې کیلي معلومات خلاص کړل، او تاسو د { $name } په توګه ننوتلي یاست. له دوام مخکې ځان ته نوی پټنوم وټاکئ: له اوس وروسته په همدې ننوځئ.
recovery-password-hint = لږ تر لږه 10 توري: څو کلمې چې په یاد به مو وي. Tab مخکې ځي، Enter یا Ctrl+S ثبتوي. Esc له نوي پټنوم پرته وځي.
status-recovered = پټنوم وټاکل شو. د نورو رضاکارانو پټنومونه په تنظیمات → رضاکاران (F8) کې نوي کړئ.

## dropin check
check-person-unreadable = د یوه کس ریکارډ نه خلاصېږي: { $about }
check-visits-unreadable = د یوې ورځې راتګونه نه خلاصېږي: { $about }
check-visit-unlisted = یو راتګ د خپل کس په پاڼه کې نشته: { $about }
check-visit-missing = د یوه کس په پاڼه کې یو راتګ لیکل شوی چې شتون نه لري: { $about }
check-card-wrong = د کسانو لټون د { $about } زوړ نوم یا تلیفون لري
check-card-missing = د کسانو لټون { $about } نه شي موندلای
check-cards-unreadable = د کسانو د لټون د معلوماتو یوه برخه نه خلاصېږي: { $about }
check-audit-broken = د کړنو ثبت بدل شوی: { $about }
check-all-well = هر ریکارډ خلاصېږي او سمون خوري؛ د کړنو ثبت روغ دی.

## Volunteers
key-new-volunteer = نوی رضاکار
key-change-password = زما پټنوم
key-reset-password = پټنوم نوی کول
key-deactivate = غیرفعالول
field-role = دنده
form-new-volunteer = نوی رضاکار
form-reset-password = نوی پټنوم
form-own-password = زما پټنوم بدلول
volunteer-reset-for = د { $name } لپاره نوی پټنوم
volunteer-inactive = غیرفعال شوی
settings-volunteers = رضاکاران (په نوم Ctrl+O: پټنوم نوی کول، غیرفعالول)
status-volunteer-added = رضاکار زیات شو.
status-password-reset = پټنوم وټاکل شو. هغوی ته یې مخامخ ووایاست، نه په لیکلي ډول.
status-password-changed = ستاسو پټنوم بدل شو.
status-volunteer-deactivated = رضاکار غیرفعال شو: د هغوی پټنوم نور هېڅ نه خلاصوي.
confirm-deactivate = { $name } غیرفعال شي؟ د هغوی پټنوم به نور هېڅ نه خلاصوي.
confirm-deactivate-yes = غیرفعالول
key-rotate-key = د معلوماتو کیلي بدلول
confirm-rotate-key = د معلوماتو کیلي اوس بدله شي؟
confirm-rotate-key-why = دا کار د یوه رضاکار له غیرفعالولو وروسته وکړئ، یا که شک وي چې معلومات کاپي شوي: په ډیسک پاتې زړې کیلي به بیا هېڅ نه خلاصوي. هر څوک خپل پټنوم ساتي، او د ژغورنې کیلي لا هم کار کوي.
confirm-rotate-key-backups = له څو ثانیو تر څو دقیقو وخت نیسي، او په دې موده کې هېڅوک dropin نه شي کارولای. مخکې جوړې شوې احتیاطي کاپۍ لا هم په زړه کیلي خلاصېږي: وروسته یوه نوې جوړه کړئ.
confirm-rotate-key-yes = کیلي بدلول
work-rotation-title = د معلوماتو کیلي بدلېږي
work-rotation-what = هر ریکارډ له نوې کیلي سره بیا قلفېږي.
work-rotation-progress = له { $total } ریکارډونو { $done }
work-rotation-safe = هر وخت کولای شئ ووځئ (Ctrl+Q): په راتلونکي ننوتلو کې دوام کوي.
status-key-rotated = د معلوماتو کیلي بدله شوه. اوس نوې احتیاطي کاپي جوړه کړئ (Ctrl+B): زړې احتیاطي کاپۍ لا هم په زړه کیلي خلاصېږي.
status-key-rotation-stopped = د معلوماتو د کیلي بدلون ودرېد: { $why } په راتلونکي ننوتلو کې دوام کوي.

## Backups in the program
key-backup-now = اوس احتیاطي کاپي
field-backup-dir = د احتیاطي کاپۍ فولډر (USB سټیک؛ خالي: ورځنۍ احتیاطي کاپي نشته)
field-backups-kept = هلته څو احتیاطي کاپۍ وساتل شي
error-backups-kept = له 1 څخه تر 365 پورې یو شمېر ولیکئ.
status-backup-made = احتیاطي کاپي ثبت شوه: { $file }
store-no-backup-folder = د احتیاطي کاپۍ فولډر نه دی ټاکل شوی یا نه موندل کېږي. آیا USB سټیک ننوتی دی؟ په F8 تنظیماتو کې یې وټاکئ.

## Audit log
audit-title = د کړنو ثبت
audit-filter = چاڼ (کوډ، د رضاکار نوم، یا نېټه YYYY-MM-DD)، بیا Enter:
audit-none = هېڅ لیکنه سمون نه خوري.
audit-signed-in = ننوت
audit-signed-out = ووت
audit-sign-in-failed = ناسم پټنوم ورکړل شو
audit-viewed-person = { $person } یې وکتل
audit-created-person = { $person } یې زیات کړ
audit-edited-person = { $person } یې سم کړ: { $fields }
audit-created-visit = د { $person } لپاره یې راتګ { $visit } ثبت کړ
audit-edited-visit = راتګ { $visit } یې بدل کړ: { $fields }
audit-exported = { $what } یې صادر کړل
audit-erased = { $person } یې پاک کړ
audit-volunteer-added = یو رضاکار یې زیات کړ
audit-volunteer-changed = یو رضاکار یې بدل کړ
audit-key-rotated = د معلوماتو کیلي یې بدله کړه
audit-backup-made = احتیاطي کاپي یې جوړه کړه
audit-restored = احتیاطي کاپي یې بېرته راوړه
audit-recovery-key-used = د ژغورنې کیلي سره ننوت
audit-service-saved = یو خدمت یې زیات یا بدل کړ
audit-directory-imported = خدمتونه یې راوړل (Open Referral)
audit-referred = یو کس ته یې لارښوونه وکړه یا یې معرفي کړ
audit-followed-up = د یوې معرفي پایله یې ثبت کړه
audit-interpreter-saved = یو ترجمان یې زیات یا بدل کړ
audit-booking-saved = ترجمان یې ریزرف کړ یا یې ریزرف بدل کړ
audit-field-name = نوم
audit-field-year-of-birth = د زیږون کال
audit-field-gender = جنسیت
audit-field-country = هېواد
audit-field-first-language = لومړۍ ژبه
audit-field-other-languages = نورې ژبې
audit-field-english-level = انګلیسي
audit-field-needs-interpreter = ترجمان ته اړتیا لري
audit-field-interpreter-gender = د ترجمان جنسیت
audit-field-immigration-status = د کډوالۍ حالت
audit-field-phone = تلیفون
audit-field-notes = یادونې
audit-field-consent = رضایت
audit-field-visit-state = حالت
audit-field-needs = اړتیاوې
audit-field-language = ژبه
audit-field-interpreting = ترجماني
audit-field-visit-notes = یادونه
audit-broken-edited = یوه لیکنه سمه شوې
audit-broken-missing = یوه لیکنه ورکه ده
audit-broken-out-of-order = لیکنې له ترتیب څخه وتلې دي
key-audit-log = د کړنو ثبت

## Signposting and referral
referral-kind-signposted = لارښوونه شوې
referral-kind-referred = معرفي شوی
referral-needs-consent = معرفي د کس رضایت ته اړتیا لري چې د هغوی معلومات له خدمت سره شریک شي. لومړی ترې وپوښتئ.
referral-needs-follow-up = معرفي د تعقیب نېټې ته اړتیا لري، نن یا وروسته.
outcome-pending = لا پاتې
outcome-attended = ورغی
outcome-not-attended = ورنه غی
outcome-declined = ونه منل شو
outcome-unknown = نه دی معلوم

## F6 Follow-ups
screen-follow-ups = تعقیبونه
key-go-follow-ups = «تعقیبونه» ته تګ
key-outcome-attended = ورغی
key-outcome-not-attended = ورنه غی
key-outcome-declined = ونه منل شو
key-outcome-unknown = نه دی معلوم
key-outcome-pending = لا پاتې (نوې نېټه)
key-close-visit-done = راتګ بندول: بشپړ
key-close-visit-left = راتګ بندول: بې کتنې ولاړ
follow-ups-counts = د تعقیب لپاره معرفي: { $referrals } · خلاص پاتې راتګونه: { $visits } · د بندولو لپاره ریزرفونه: { $bookings }
follow-ups-empty = د تعقیب لپاره هېڅ نشته. معرفي دلته د خپل تعقیب په نېټه ښکاري؛ د تېرو ورځو هغه راتګونه چې په کتار کې پاتې وي، او د ترجمانانو هغه ریزرفونه چې وخت یې تېر شوی او لا خلاص دي، هم دلته ښکاري.
follow-ups-referral = معرفي: { $service }
follow-ups-visit = خلاص پاتې راتګ ({ $state })
col-due = نېټه
col-days-late = ځنډ
col-what = څه
status-outcome-recorded = پایله ثبت شوه: { $outcome }.
status-follow-up-put-off = لا پاتې: په { $date } بیا تعقیب کړئ.
status-visit-closed = راتګ بند شو.
status-not-a-referral = دا کرښه راتګ دی: d یې د بشپړ په توګه بندوي، l د بې کتنې ولاړ په توګه.
status-not-a-visit = دا کرښه معرفي ده: a ورغی، n ورنه غی، x ونه منل شو، u نه دی معلوم، p لا پاتې.
person-referral-pending = تعقیب { $date }
col-kind = ډول
col-service = خدمت
col-outcome = پایله

## Directory
field-stale-months = د لارښود هغه لیکنې په نښه کړئ چې دومره میاشتې نه دي کتل شوي (1–60)
error-stale-months = له 1 څخه تر 60 پورې د میاشتو شمېر ولیکئ.

## Signposting and referral form
form-referral = لارښوونه یا معرفي: { $name }
field-service = خدمت
field-referral-kind = لارښوونه یا معرفي
field-consent-to-share = رضایت
field-follow-up = د تعقیب نېټه
referral-consent-question = رضایت لري چې خپل معلومات له دې خدمت سره شریک کړي
referral-no-service-found = هېڅ خدمت سمون نه خوري. لږ توري، یا بله کلمه؟
key-refer = لارښوونه یا معرفي
status-refer-whom = د یوه پېژندل شوي کس راتګ وټاکئ (نه بې نومه راتګ)، یا د هغوی پاڼه پرانیزئ، چې لارښوونه یا معرفي یې کړئ.
status-directory-empty = په لارښود کې تر اوسه هېڅ فعال خدمت نشته (F4).
error-choose-service = یو خدمت وټاکئ: څو توري ولیکئ، بیا ↑ ↓ او Enter.
status-signposted = { $name } ته د { $service } لارښوونه وشوه.
status-referred = { $name } { $service } ته معرفي شو: د تعقیب په نېټه په F6 کې ښکاري.

## Open Referral import and export (dropin import hsds, dropin export hsds)
import-progress = لارښود لوستل کېږي
import-summary = د Open Referral راوړل — زیات شول: { $added }، نوي شول: { $updated }، بدل نه شول: { $unchanged }، رد شول: { $rejected }.
import-rejected = { $place }: { $reason }
import-more-rejected = { $count ->
        [one] …او 1 بله رد شوې کرښه، چې دلته نه ده لیکل شوې.
       *[other] …او { $count } نورې رد شوې کرښې، چې دلته نه دي لیکل شوې.
    }
import-at-line = { $file }، کرښه { $line }
import-at-item = { $file }، { $item }
import-at-file = { $file }
import-reason-not-utf8 = په «{ $column }» کې متن سم UTF-8 نه دی
import-reason-fields = کرښه { $found } خانې لري، خو سرلیک { $expected } لري
import-reason-json = سم JSON نه دی (له کرښې { $line }، ستنې { $column } څخه)
import-reason-too-large = فایل د JSON په توګه د لوستلو لپاره ډېر لوی دی ({ $mib } MiB)؛ پر ځای یې د CSV کڅوړه راوړئ
import-reason-missing = «{ $column }» خالي دی
import-reason-too-long = «{ $column }» ډېر اوږد دی
import-reason-duplicate = پېژند «{ $id }» مخکې په کرښه { $first } کې کارول شوی و
import-reason-no-organisation = د هغې اداره «{ $id }» په لارښود کې نشته
import-reason-no-organisation-id = هېڅ اداره نه نوموي
import-reason-organisation-rejected = د هغې اداره (کرښه { $line }) رد شوه
import-reason-part-rejected = په { $file }، کرښه { $line } کې یې یوه کرښه رد شوه
import-error-not-found = په { $path } کې هېڅ نشته.
import-error-not-hsds = { $path } نه د Open Referral د CSV کڅوړه ده (هغه فولډر چې datapackage.json لري) او نه JSON.
import-error-datapackage = { $file } د معلوماتو د کڅوړې سم تشریح نه دی (کرښه { $line }). هېڅ شی رانه وړل شو.
import-error-no-table = کڅوړه د «{ $table }» جدول نه لري، چې راوړلو ته پکار دی. هېڅ شی رانه وړل شو.
import-error-file-missing = datapackage.json د { $file } نوم اخلي، چې شتون نه لري. هېڅ شی رانه وړل شو.
import-error-unsafe-path = datapackage.json د { $file } نوم اخلي، چې د کڅوړې له فولډر بهر دی: رد شو. هېڅ شی رانه وړل شو.
import-error-missing-column = { $file } د «{ $column }» ستنه نه لري، چې راوړلو ته پکار ده: فایل رد شو او هېڅ شی رانه وړل شو.
import-error-read = { $file } نه لوستل کېږي ({ $detail }).
import-error-mapping = د سمون فایل، کرښه { $line }: «{ $text }» قاعده نه ده (PATTERN = DOMAIN, DOMAIN …). هېڅ شی رانه وړل شو.
import-error-mapping-domain = د سمون فایل، کرښه { $line }: «{ $text }» داسې برخه نوموي چې له 14 برخو څخه نه ده. هېڅ شی رانه وړل شو.
import-error-not-allowed = یوازې همغږی کوونکی کولای شي لارښود ته خدمتونه راوړي.
export-progress = لارښود لیکل کېږي
export-done = د { $organisations ->
        [one] 1 ادارې
       *[other] { $organisations } ادارو
    } { $services ->
        [one] 1 خدمت
       *[other] { $services } خدمتونه
    } په { $dir } کې ولیکل شول.
export-error-not-empty = { $dir } خالي نه دی: نوی یا خالي فولډر وټاکئ.
export-error-write = { $file } نه لیکل کېږي ({ $detail }).

## Slip
slip-title = پرچه (Ctrl+P چاپ · Ctrl+T د متن په توګه ثبتول · Esc بندول)
slip-address = پته
slip-phone = تلیفون
slip-opening-times = د خلاصېدو وختونه
slip-website = ویب پاڼه
slip-email = برېښنالیک
key-print-slip = چاپ
key-save-slip = د متن فایل په توګه ثبتول
field-printer = د پرچو چاپګر (خالي: د متن په توګه ثبتول)
status-slip-saved = پرچه د { $file } په توګه ثبت شوه.
status-slip-not-saved = پرچه ثبت نه شوه: { $why }
status-slip-printed = پرچه { $printer } ته ولېږل شوه.
status-slip-not-printed = چاپګر { $printer } پرچه ونه منله. د هغه نوم په تنظیماتو (F8) کې وګورئ، یا t کېکاږئ چې د متن فایل په توګه یې ثبت کړئ.
status-no-printer = هېڅ چاپګر نه دی ټاکل شوی (تنظیمات، F8). t کېکاږئ چې پرچه د متن فایل په توګه ثبت کړئ.
status-no-lp = چاپ د سیسټم lp کمانډ (CUPS) ته اړتیا لري، چې دا کمپیوټر یې نه لري. t کېکاږئ چې پرچه د متن فایل په توګه ثبت کړئ.
screen-directory = لارښود
key-go-directory = «لارښود» ته تګ
key-new-service = نوی خدمت
key-open-service = خدمت پرانیستل
key-edit-service = خدمت سمول
key-mark-verified = نن کتل شوی په نښه کول
key-deactivate-service = خدمت غیرفعالول
key-reactivate-service = خدمت بیا فعالول
key-filter-domain = د برخې له مخې چاڼ
key-filter-language = د ژبې له مخې چاڼ
key-show-inactive = غیرفعال خدمتونه ښودل یا پټول
directory-search-label = د خدمتونو لټون:
directory-filter-domain = برخه: { $domain }
directory-filter-language = ژبه: { $language }
directory-inactive-hidden = غیرفعال پټ
directory-inactive-shown = غیرفعال ښکاره
directory-any = هر یو
directory-summary = ښودل شوي: { $shown } له { $total } · ⚠ { $months } میاشتې نه دي کتل شوي: { $stale }
directory-empty = لارښود خالي دی. همغږی کوونکی په Ctrl+N خدمتونه زیاتوي.
directory-none = هېڅ خدمت سمون نه خوري. Esc لومړی لټون پاکوي، بیا چاڼونه.
directory-inactive = غیرفعال
directory-never = هېڅکله
directory-domain-title = د برخې له مخې چاڼ
directory-language-title = د ژبې له مخې چاڼ
directory-any-domain = هره برخه
directory-any-language = هره ژبه
col-organisation = اداره
col-domains = برخې
col-checked = کتل شوی
form-new-service = نوی خدمت
form-edit-service = خدمت سمول
field-organisation = اداره
field-service-name = د خدمت نوم
field-description = تشریح
field-domains = برخې
field-address = پته
field-postcode = پوسټ کوډ
field-email = برېښنالیک
field-website = ویب پاڼه
field-opening-times = د خلاصېدو وختونه
field-service-languages = ویل کېدونکې ژبې
field-eligibility = د چا لپاره دی
field-how-to-refer = د معرفي لاره
field-service-status = حالت
field-last-verified = وروستی ځل کتل شوی
field-source = سرچینه
service-active = فعال
service-inactive = غیرفعال: اوس نه وړاندې کېږي
service-never-checked = هېڅکله نه دی کتل شوی
service-stale = { $months } میاشتې یا زیات نه دی کتل شوی
service-typed = په همدې مرکز کې لیکل شوی
service-imported = په { $date } د Open Referral له یوه لارښود څخه راوړل شوی (د هغه پېژند: { $id })
status-service-saved = { $name } ثبت شو.
status-service-verified = { $name } نن کتل شوی په نښه شو.
status-service-deactivated = { $name } اوس غیرفعال دی: لست یې پټوي (Ctrl+T غیرفعال خدمتونه ښیي).
status-service-reactivated = { $name } بیا فعال دی.
key-show-slip = پرچه
key-import-directory = راوړل (Open Referral)
import-from-title = د خدمتونو راوړل (Open Referral)
import-from-hint = هغه فولډر چې datapackage.json او CSV فایلونه لري، یا د JSON فایل یا فولډر. Enter راوړي؛ Esc بېرته ځي.
import-from-label = لاره:
import-report-title = راوړل
put-off-title = لا پاتې
put-off-hint = بیا تعقیب په (YYYY-MM-DD). Enter تاییدوي؛ Esc بېرته ځي.

## Interpreter bookings
booking-bad-duration = ریزرف له 1 دقیقې څخه تر 12 ساعتونو پورې وي.
booking-interpreter-busy = دا ترجمان په هغه وخت کې مخکې ریزرف دی (ښودل شوی ریزرف وګورئ).
booking-interpreter-inactive = دا ترجمان نور فعال نه دی.
booking-bad-transition = په دې حالت کې ریزرف په دې ډول نه بدلېږي.
booking-no-show-too-early = نه راتګ یوازې هغه وخت ثبتېدای شي چې ملاقات پیل شوی وي.

## F5 Interpreters: the roster and bookings
booking-person-busy = دا کس په هغه وخت کې مخکې ریزرف لري (ښودل شوی). د دواړو د ریزرف لپاره بیا Ctrl+S سره ثبت کړئ.
interpreter-incomplete = ترجمان یو نوم او لږ تر لږه یوې ژبې ته اړتیا لري.
screen-interpreters = ترجمانان
key-go-interpreters = «ترجمانان» ته تګ
key-new-interpreter = نوی ترجمان
key-edit-interpreter = ترجمان سمول
key-show-day = ورځ
key-show-week = اونۍ
key-show-roster = لست
key-filter-gender = جنسیت
key-filter-mode = بڼه
key-new-booking = نوی ریزرف
key-edit-booking = ریزرف پرانیستل
key-confirm-booking = تاییدول
key-complete-booking = بشپړ شو
key-cancel-booking = ریزرف لغوه کول
key-no-show = رانه غی
key-export-calendar = د جنتري فایل (.ics)
key-earlier = مخکې
key-later = وروسته
key-book-interpreter = ترجمان ریزرف کول
col-languages = ژبې
form-booking = ترجمان ریزرف کړئ
form-booking-edit = ریزرف
field-person = کس
field-booking-language = ژبه
field-dialect = لهجه
field-mode = بڼه
field-appointment = ملاقات
field-place = ځای
field-date = نېټه (YYYY-MM-DD)
field-start = پیل (HH:MM)
field-end = پای (HH:MM)
field-interpreter = ترجمان
field-cancel-reason = ولې
error-bad-date = نېټه په YYYY-MM-DD بڼه ولیکئ، لکه 2026-12-03.
error-bad-time = وخت په HH:MM بڼه ولیکئ، لکه 09:30.
error-choose-person = نوم یا کوډ ولیکئ او کس په Enter وټاکئ.
error-choose-language = یوه ژبه (نوم یا کوډ) ولیکئ او په Enter یې وټاکئ.
booking-unknown-language = په دې نوم یا کوډ هېڅ ژبه نشته: له لست څخه یوه په Enter وټاکئ.
booking-ends-before-start = پای باید له پیل وروسته وي.
booking-starts-in-past = دا په تېر وخت کې پیلېږي. نېټه وګورئ؛ که بیا هم ریزرف غواړئ، بیا Ctrl+S سره ثبت کړئ.
booking-cancel-needs-reason = ووایاست چې ریزرف ولې لغوه کېږي.
booking-no-interpreter-yet = تر اوسه هېڅ (غوښتل شوی)
booking-nobody-fits-gender = په لست کې هېڅوک د دې ژبې لپاره د غوره شوي جنسیت سره سمون نه خوري: ریزرف غوښتل شوی پاتې کېږي.
booking-nobody-speaks = په لست کې هېڅوک دا ژبه یا ورته ژبه نه وايي.
miss-related-language = { $language } ({ $dialects }) وايي، چې ورته ژبه ده: لومړی وپوښتئ
miss-other-dialect = نورې لهجې: { $dialects }
miss-gender = غوره شوی جنسیت نه دی
miss-mode = په دې بڼه کار نه کوي
miss-busy = هغه وخت ریزرف دی
miss-inactive = نور فعال نه دی
status-booking-saved = ریزرف ثبت شو: { $booking }
status-booking-moved = ریزرف اوس { $status } دی: { $booking }
status-calendar-saved = د جنتري فایل ثبت شو: { $file }
status-calendar-not-saved = د جنتري فایل ثبت نه شو: { $why }
status-calendar-nothing = دې ترجمان ته په دې اونۍ کې هېڅ ریزرف نشته.
calendar-summary = ترجمان: { $language } — { $appointment }
calendar-reference = کوډ: { $reference }
calendar-language = ژبه: { $language }
calendar-mode = بڼه: { $mode }
calendar-status = حالت: { $status }
cancel-booking-title = ریزرف لغوه کول
cancel-booking-hint = Enter ریزرف لغوه کوي؛ Esc یې ساتي.
mode-in-person = مخامخ
mode-phone = تلیفون
mode-video = ویډیو
interpreter-gender-other = بل
appointment-gp = ډاکټر (GP)
appointment-hospital = روغتون
appointment-solicitor = وکیل
appointment-home-office = هوم آفس
appointment-housing = استوګنه
appointment-school = ښوونځی
appointment-council = ښاروالي
appointment-benefits = دولتي مرستې
appointment-other = بل
booking-status-requested = غوښتل شوی
booking-status-confirmed = تایید شوی
booking-status-completed = بشپړ شوی
booking-status-cancelled = لغوه شوی
booking-status-late-cancelled = ناوخته لغوه شوی
booking-status-no-show = رانه غی
bookings-day = په { $date } ریزرفونه ({ $count }) — ← → بله ورځ
bookings-week = له { $date } څخه اونۍ ({ $count } ریزرفونه) — ← → بله اونۍ
bookings-requests-count = لا نه تایید شوې غوښتنې: { $count }
bookings-none = په دې ورځ هېڅ ریزرف نشته. Ctrl+N ترجمان ریزرف کوي.
timegrid-legend = [..] █ تایید شوی  ? غوښتل شوی  · بشپړ  ! ټکر  ‹ › له 08–18 بهر
col-time = وخت
col-interpreter = ترجمان
col-appointment = ملاقات
col-status = حالت
weekday-mon = دوشنبه
weekday-tue = سه شنبه
weekday-wed = چهارشنبه
weekday-thu = پنجشنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه
today-bookings = نن ریزرف شوي ترجمانان ({ $count }) — د ورځې لپاره F5
follow-ups-booking = ترجمان { $time } { $appointment }، { $interpreter } ({ $status }): بند یې کړئ
status-not-a-booking = دا د ترجمان ریزرف نه دی.

## F5 roster (interpreter form)
col-gender = جنسیت
col-modes = بڼې
col-agency = اژانس
roster-search-label = د نوم، ژبې یا لهجې لټون:
roster-filter-gender = جنسیت: { $gender }
roster-filter-mode = بڼه: { $mode }
roster-any = هر یو
roster-shown = ښودل شوي: { $shown } له { $total }
roster-empty = تر اوسه په لست کې ترجمان نشته. همغږی کوونکی یې زیاتولای شي.
roster-empty-add = تر اوسه په لست کې ترجمان نشته. د زیاتولو لپاره { $key } کېکاږئ.
roster-none = هېڅ ترجمان سمون نه خوري. Esc لومړی لټون پاکوي، بیا چاڼونه.
roster-modes-all = ټولې بڼې
roster-volunteer = رضاکار
roster-inactive = غیرفعال
form-new-interpreter = نوی ترجمان
form-edit-interpreter = ترجمان سمول
field-interpreter-languages = ژبې
field-add-language = ژبه زیاتول
field-modes = بڼې
field-agency = اژانس
field-contact = اړیکه
field-active = فعال
interpreter-dialects = لهجې:
interpreter-dialects-hint = د لهجو ترمنځ کامې؛ { $key } ژبه لرې کوي.
interpreter-add-language-hint = د هغې انګلیسي نوم یا کوډ (tigr, apd) ولیکئ، بیا Enter.
interpreter-agency-empty = خالي: رضاکار ترجمان
interpreter-active-note = ریزرف کېدای شي
error-no-language = لږ تر لږه یوه ژبه زیاته کړئ: د نوم یوه برخه یې ولیکئ، بیا Enter.
error-language-not-found = هېڅ ژبه له «{ $typed }» سره سمون نه خوري. لږ توري، یا د هغې کوډ وازمویئ.
status-interpreter-saved = { $name } په لست کې ثبت شو.
key-remove-language = دا ژبه لرې کول
check-bookings-unreadable = د ترجمانانو د ریزرفونو یوه برخه نه لوستل کېږي: { $about }
check-booking-unlisted = یو ریزرف د خپل کس په لست کې نشته: { $about }
check-booking-missing = د یوه کس په لست کې یو ریزرف لیکل شوی چې شتون نه لري: { $about }
check-booking-index = د ترجمانانو د وختونو یا خلاصو ریزرفونو فهرست له یوه ریزرف سره سمون نه خوري: { $about }
check-booking-clash = یو ترجمان په یوه وخت کې په دوو ریزرفونو کې دی: { $about }
check-support-unreadable = په یوه راتګ کې ورکړل شوې مرسته نه خلاصېږي: { $about }
check-support-orphan = مرسته په داسې راتګ ثبت شوې چې شتون نه لري، یا د هغوی نه دی: { $about }
check-key-dates-unreadable = د مهمو نېټو یوه برخه نه لوستل کېږي: { $about }
check-key-date-misplaced = یوه مهمه نېټه د بل چا له نېټو سره ساتل شوې: { $about }
check-key-date-reminder = د یوې مهمې نېټې د F6 یادونه ورکه ده یا اضافه پاتې ده: { $about }
cancel-booking-hint-late = له پیل څخه تر 24 ساعتونو لږ مخکې: ناوخته لغوه کول. Enter لغوه کوي؛ Esc یې ساتي.
booking-cancelled-line = په { $date } د { $who } لخوا لغوه شو: { $why }
key-export-week = اونۍ جنتري ته (.ics)

## Amounts of money
money-error-empty = یوه اندازه ولیکئ، لکه 12.50.
money-error-negative = اندازه منفي کېدای نه شي.
money-error-not-a-number = اندازه نه ده: پونډ او پېنس په عددونو ولیکئ، لکه 12.50 یا £12.50.
money-error-too-many-decimals = له ټکي وروسته تر دوو عددونو زیات نه (پېنس)، لکه 12.50.
money-error-two-points = یوازې یو اعشاري ټکی، لکه 12.50.
money-error-grouping = کامې یوازې د زرګونو ترمنځ راځي، لکه 1,250.00؛ پېنس له ټکي وروسته راځي: 12.50.
money-error-other-currency = اندازې یوازې په پونډ (£) دي.
money-error-too-large = دا اندازه دومره لویه ده چې سمه نه ښکاري: شمېر وګورئ.

## Support given on a visit
support-kind-food-parcel = د خوړو کڅوړه
support-kind-travel-fare = د سفر کرایه
support-kind-hardship-payment = د سختۍ مالي مرسته
support-kind-clothing = جامې
support-kind-phone-top-up = د تلیفون کارت (کریډیټ)
support-kind-other = بل
support-error-amount-missing = ورکړل شوې اندازه ولیکئ، لکه 12.50.
support-error-amount-zero = اندازه صفر ده: هغه څه ولیکئ چې ورکړل شوي، لکه 12.50.
support-error-amount-not-money = دا مرسته پیسې نه دي: اندازه خالي پرېږدئ او په یادونه کې ولیکئ چې څه ورکړل شول.
support-error-note-missing = په یادونه کې ولیکئ چې څه ورکړل شول.
support-error-note-too-long = یادونه ډېره اوږده ده: تر { $max } تورو زیات نه.
key-give-support = ورکړل شوې مرسته
field-support-kind = د مرستې ډول
field-support-amount = اندازه (£)
support-amount-hint = پونډ او پېنس، لکه 12.50 یا £12.50
support-confirm-large = { $amount } د یوه توکي لپاره له { $limit } څخه زیات دی. ویې ګورئ: بیا Ctrl+S یې ثبتوي.
status-support-confirm-large = لویه اندازه: ویې ګورئ، بیا د ثبتولو لپاره بیا Ctrl+S.
status-support-given = ثبت شو: { $kind } د { $name } لپاره.
status-support-over-limit = ثبت شو. { $name } په 12 میاشتو کې { $total } ترلاسه کړي، چې له { $limit } حد څخه زیات دی.
status-support-which-visit = لومړی یو راتګ وټاکئ: مرسته په راتګ ثبتېږي.
field-support-given = په دې راتګ کې مخکې ورکړل شوې
key-remove-support = په تېروتنه ورکړل شوی توکی لرې کول
support-remove-question = «{ $what }» له دې راتګ څخه لرې شي؟ په تېروتنه لیکل شوی و؛ د کړنو ثبت ساتي چې لرې شو.
support-remove-yes = لرې یې کړه
status-support-removed = لرې شو. د کس ټوله اندازه نوې شوه.
status-support-not-yours = یوازې هغه څوک چې ثبت یې کړی، یا همغږی کوونکی، کولای شي لرې یې کړي.
audit-support-removed = په یوه راتګ کې ورکړل شوې مرسته یې لرې کړه (په تېروتنه لیکل شوې وه)
form-support = { $name } ته ورکړل شوې مرسته
support-form-total = په وروستیو 12 میاشتو کې، له دې سره: { $total }
support-over-limit = له { $limit } حد څخه زیات
person-support-summary = مرسته، وروستۍ 12 میاشتې: { $total } پیسې، { $count ->
    [one] یو توکی
   *[other] { $count } توکي
}

## Households (people who came together)
household-title = کورنۍ
household-child-born = ماشوم، زیږېدلی { $year }
relation-partner = مېړه یا مېرمن
relation-child = ماشوم
relation-parent = مور یا پلار
relation-sibling = ورور یا خور
relation-other-relative = بل خپلوان
relation-other = خپلوان نه دی (ملګری، پالونکی)
household-error-in-another = مخکې په بله کورنۍ کې دی: لومړی یې له هغې وباسئ.
household-error-already-member = مخکې په دې کورنۍ کې دی.
household-error-not-member = په دې کورنۍ کې نه دی.
household-error-anchor-has-others = کورنۍ د دوی له لارې ثبت شوې: لومړی یې د بل چا له لارې ثبت کړئ (Ctrl+R).
household-error-too-small = کورنۍ لږ تر لږه دوو کسانو ته اړتیا لري.
household-error-relations = ووایاست چې هر کس له هغه چا سره څه اړیکه لري چې کورنۍ د هغه له لارې ثبت شوې.

## Key dates (hearings, interviews, deadlines)
key-date-kind-interview = د هوم آفس مرکه
key-date-kind-appeal-hearing = د پناه غوښتنې د استیناف محکمه
key-date-kind-appeal-deadline = د استیناف وروستۍ نېټه
key-date-kind-move-on-end = د لېږد مودې پای (د پناه غوښتنې مرسته بندېږي)
key-date-kind-court = محکمه
key-date-kind-other = بله نېټه
key-date-outcome-kept = وشوه، یا وروستۍ نېټه پوره شوه
key-date-outcome-moved = بلې ورځې ته وځنډېده
key-date-outcome-missed = له لاسه ووته
key-date-outcome-cancelled = لغوه شوه، یا نور اړینه نه ده
key-date-due-later = وروسته
key-date-due-in = { $days ->
        [0] نن
        [one] سبا
       *[other] په { $days } ورځو کې
    }
key-date-due-passed = { $days ->
        [one] پرون تېره شوه، تر اوسه پایله نشته
       *[other] { $days } ورځې مخکې تېره شوه، تر اوسه پایله نشته
    }
key-date-due-done = بشپړ
key-date-soon = { $days ->
        [one] مهمه نېټه نن یا سبا
       *[other] مهمه نېټه په { $days } ورځو کې
    }
key-date-warning-past = دا نېټه مخکې تېره شوې. بیا هم ثبت شي؟
key-date-lead-days-hint = خالي: د دې ډول نېټې لپاره معمول.
field-key-date-kind = د نېټې ډول
field-key-date-date = نېټه
field-key-date-grant = د اجازې نېټه
field-key-date-lead-days = یادونه، څو ورځې مخکې
field-key-date-note = یادونه
error-choose-kind = وټاکئ چې دا د څه ډول نېټه ده.
error-date-missing = نېټه په YYYY-MM-DD بڼه ولیکئ، لکه 2026-12-03.
error-grant-date-missing = د اجازې نېټه ولیکئ: د لېږد د مرستې پای له هغې حسابېږي.
error-lead-days = له 0 څخه تر 365 پورې د ورځو شمېر ولیکئ.
error-date-future = دا نېټه لا نه ده راغلې: هغه ورځ ولیکئ چې کار پکې وشو.
key-add-key-date = مهمه نېټه زیاتول
key-key-date-kept = مهمه نېټه: وشوه، یا پوره شوه
key-key-date-moved = مهمه نېټه: بلې ورځې ته وځنډېده
key-key-date-missed = مهمه نېټه: له لاسه ووته
key-key-date-cancelled = مهمه نېټه: لغوه شوه، یا نور اړینه نه ده
key-date-kind-choose = (ټاکل: Space یا ←/→)
key-date-move-on-ends = مرسته په { $date } پای ته رسېږي (له اجازې { $days } ورځې وروسته)
key-date-move-on-hint = مرسته له اجازې { $days } ورځې وروسته پای ته رسېږي.
key-date-lead-days-usual = خالي: { $days } ورځې مخکې، د دې ډول نېټې لپاره معمول.
key-date-move-on-row = د لېږد پای (اجازه { $grant })
key-date-outcome-hint = که وغواړئ یادونه (اړینه نه ده). Enter یې ثبتوي؛ Esc بېرته ځي.
form-key-date = مهمه نېټه زیاتول: { $name }
status-key-date-saved = مهمه نېټه ثبت شوه: { $kind }، { $date }
status-not-a-key-date = دا کرښه مهمه نېټه نه ده.
status-key-date-row = دا کرښه مهمه نېټه ده: h وشوه، m وځنډېده، s له لاسه ووته، w لغوه شوه (یا Ctrl+O).
follow-ups-key-dates = د اقدام لپاره مهمې نېټې: { $count } (راتلونکې، یا تېرې شوې بې پایلې)
col-key-date = نېټه
col-note = یادونه
key-date-passed-short = { $days ->
        [one] پرون تېره شوه
       *[other] { $days } ورځې مخکې تېره شوه
    }
key-date-move-on-short = د لېږد پای

## Safeguarding concerns
safeguarding-help-danger = که څوک په سمدستي خطر کې وي، لومړی 999 ته زنګ ووهئ؛ وروسته یې دلته ثبت کړئ.
safeguarding-help-lead = ثبتول سمدستي د مرکز د ساتنې مسؤل ته خبر ورکوي. مسؤل هغه رضاکار دی چې پرېکړه کوي وروسته څه وشي، لکه ښاروالۍ یا پولیسو ته معرفي، او دلته یې ثبتوي. یوازې مسؤل، همغږي کوونکي او تاسو دا اندېښنه لیدلای شئ.
safeguarding-new-count = { $count ->
        [one] 1 نوې د ساتنې اندېښنه
       *[other] { $count } نوې د ساتنې اندېښنې
    }
concern-unnamed = نومول شوی کس نشته
concern-category-child = ماشوم په خطر کې
concern-category-adult = لوی کس په خطر کې
concern-category-domestic-abuse = کورني تاوتریخوالی
concern-category-trafficking = قاچاق یا عصري غلامي
concern-category-self-harm = ځان ته زیان یا د ځان وژنې خطر
concern-category-other = بل څه
concern-agency-childrens-services = د ښاروالۍ د ماشومانو خدمتونه
concern-agency-adults-services = د ښاروالۍ د لویانو خدمتونه
concern-agency-police = پولیس
concern-agency-modern-slavery-helpline = د عصري غلامۍ مرستندویه کرښه (Modern Slavery Helpline)
concern-agency-domestic-abuse = د کورني تاوتریخوالي یو خدمت
concern-agency-health = ډاکټر (GP) یا روغتیایي خدمت
concern-agency-other = بل څوک
concern-step-referred = معرفي شو
concern-step-action = بل کار وشو
concern-step-closed = بند شو
concern-status-open = خلاص
concern-status-referred-on = معرفي شو
concern-status-closed = بند
concern-error-not-allowed = یوازې د ساتنې مسؤل او همغږي کوونکي ثبتوي چې وروسته څه وشول.
concern-error-closed = دا اندېښنه بنده ده. که څه نوي پېښ شي، نوې اندېښنه راپورته کړئ.
field-concern-category = د څه په اړه ده
field-concern-seen-or-said = څه ولیدل شول یا وویل شول
field-concern-action-taken = تاسو څه وکړل
field-concern-step = وروسته څه وشول
field-concern-agency = چا ته معرفي شو
field-concern-on = نېټه
field-concern-note = یادونه
error-choose-category = وټاکئ چې اندېښنه د څه په اړه ده.
field-move-on-days = د لېږد موده (له اجازې وروسته ورځې)
field-support-limit = د یوه کس د مرستې حد، 12 میاشتې (£؛ خالي: هېڅ)
error-move-on-days = له 1 څخه تر 365 پورې د ورځو شمېر ولیکئ (معمولاً 28).
audit-key-date-saved = یوه مهمه نېټه یې زیاته کړه یا یې پایله ثبت کړه
audit-support-given = په یوه راتګ کې ورکړل شوې مرسته یې ثبت کړه

## Households (issue 7)
audit-household-saved = یوه کورنۍ یې جوړه، بدله یا منحل کړه
check-households-unreadable = د یوې کورنۍ ریکارډ نه لوستل کېږي: { $about }
check-household-index = د کورنیو فهرست د { $about } له کورنیو سره سمون نه خوري
check-household-invalid = کورنۍ { $about } له دوو کسانو لږ لري، یو کس دوه ځله، یا داسې څوک چې ریکارډ یې نشته
check-household-twice = { $about } په دوو کورنیو کې دی
key-household = کورنۍ
key-remove-from-household = له کورنۍ ایستل
key-whole-household = ټوله کورنۍ راغله
household-none = هېڅ (د هغه چا د زیاتولو لپاره چې ورسره راغلی Ctrl+G)
household-more = … او { $count } نور (Ctrl+G)
household-relation-of = د { $name } { $relation }
household-anchor = کورنۍ د دوی له لارې ثبت شوې
household-recorded-through = اړیکې له { $name } سره دي، چې کورنۍ د هغه له لارې ثبت شوې.
household-form-title = د { $name } کورنۍ
household-field-add-person = کس زیاتول
household-field-add-child = ماشوم زیاتول (د زیږون کال)
household-field-members = په کورنۍ کې
household-hint-list = ← → اړیکه · Enter: سمه ده · Ctrl+R: د دوی له لارې ثبتول
household-confirm-remove = { $name } له کورنۍ وویستل شي؟
household-confirm-remove-child = هغه ماشوم چې په { $year } زیږېدلی، له کورنۍ وویستل شي؟
household-remove-yes = ایستل
status-household-saved = کورنۍ ثبت شوه.
status-household-dissolved = کورنۍ نوره نشته: پکې له دوو کسانو لږ پاتې شول.
field-visit-household = ورسره راغلي
household-needs-same = ورته اړتیاوې
household-needs-own = خپلې اړتیاوې
household-hint-visit = Space: هم راغی · Enter: خپلې اړتیاوې · Ctrl+A: ټول
field-visit-needs-of = د { $name } اړتیاوې
status-visits-saved = { $count ->
    [one] د { $name } راتګ ثبت شو.
   *[other] د { $name } او د کورنۍ د { $others } نورو غړو راتګونه ثبت شول.
}
household-hint-everyone = Ctrl+A: ټول راغلل
col-household = کورنۍ
key-record-through = کورنۍ د دوی له لارې ثبتول
household-check-relation = وګورئ: د بدلولو لپاره ← →، که سمه وي Enter

## Safeguarding concerns: stored and shown
audit-concern-raised = د ساتنې یوه اندېښنه یې راپورته کړه
audit-concern-viewed = د ساتنې یوه اندېښنه یې پرانیسته
audit-concern-updated = د ساتنې پر یوه اندېښنه یې ثبت کړل چې وروسته څه وشول
check-concerns-unreadable = د ساتنې یوه اندېښنه نه خلاصېږي: { $about }
check-concern-awaiting = د هغو اندېښنو شمېر چې د مسؤل په تمه دي، له یوې اندېښنې سره سمون نه خوري: { $about }
check-report-counts = د { $about } د راپور شمېرې د هغې ورځې له ریکارډونو سره سمون نه خوري
check-report-counts-unreadable = د راپور شمېرې نه لوستل کېږي او نه بیا شمېرل کېږي
key-raise-concern = د ساتنې اندېښنه راپورته کول
key-show-concerns = د ساتنې اندېښنې
key-open-concern = اندېښنه پرانیستل
key-record-step = ثبتول چې وروسته څه وشول
key-close-concern = اندېښنه بندول
key-toggle-lead = د ساتنې مسؤل: نښه کول یا لرې کول
form-concern = د ساتنې اندېښنه
form-concern-step = وروسته څه وشول
field-concern-person = د چا په اړه
field-concern-other-agency = څوک (نوم)
field-concern-status = حالت
field-concern-raised = راپورته شوې
field-safeguarding-lead = د ساتنې مسؤل
concern-category-none = تر اوسه نه ده ټاکل شوې (د ټاکلو لپاره ← →)
concern-status-raised = اندېښنه ثبت شوه. د ساتنې مسؤل ته خبر ورکړل شو.
concern-status-step-saved = ثبت شو چې وروسته څه وشول.
concern-status-closed-saved = اندېښنه بنده شوه.
concern-awaiting-lead = تر اوسه نه ده پرانیستل شوې
concern-page-title = د ساتنې اندېښنه
concern-raised-by = { $date } { $time } د { $name } لخوا
concern-steps = وروسته څه وشول
concern-no-steps = تر اوسه هېڅ نه دي ثبت شوي.
concern-raiser-note = د ساتنې مسؤل پرېکړه کوي چې وروسته څه وشي او دلته یې ثبتوي.
concerns-title = د ساتنې هغه اندېښنې چې تاسو یې لیدلای شئ: { $count }
concerns-empty = د ښودلو لپاره د ساتنې هېڅ اندېښنه نشته. Ctrl+Y له هر سکرین څخه یوه راپورته کوي.
col-raised = راپورته شوې
col-concern-category = په اړه
col-concern-status = حالت
col-concern-lead = مسؤل
confirm-close-concern = دا اندېښنه بنده شي؟ وروسته پرې نور ګامونه نه شي ثبتېدای؛ له تاسو به وپوښتل شي چې ولې.
confirm-close-concern-yes = بنده یې کړه
person-concerns = د ساتنې اندېښنې
person-concerns-count = { $count } — F6، Ctrl+G
volunteer-safeguarding-lead = د ساتنې مسؤل
volunteer-lead-hint = د هرې نوې اندېښنې خبر ورکول کېږي
status-lead-marked = { $name } اوس د ساتنې مسؤل دی.
status-lead-unmarked = { $name } نور د ساتنې مسؤل نه دی.

## Reports and exports (src/export, src/cli/export.rs)
audit-records-exported = ریکارډونه یې صادر کړل (یوازې کوډونه)
audit-records-exported-full = ریکارډونه یې له نومونو، یادونو او تلیفون شمېرو سره صادر کړل (بشپړ صادرول)
export-error-exists = { $file } مخکې شته: بل نوم وټاکئ، یا ‎--force زیات کړئ چې ځای یې ونیسي.
export-error-is-folder = { $file } فولډر دی: د لیکلو لپاره د یوه فایل نوم ورکړئ.
export-error-folder = په { $dir } کې هېڅ نه شي لیکل کېدای ({ $detail }): بل فولډر وټاکئ.
export-error-writing = صادرول ونه لیکل شول ({ $detail })؛ هېڅ شی پاتې نه شو.
export-not-given = نه دی ورکړل شوی
export-not-recorded = تر اوسه نه دی ثبت شوی
export-col-section = برخه
export-col-item = توکی
export-col-label = شمېره
export-col-value = دا موده
export-col-previous = تېره موده
export-col-person = کس
export-col-name = نوم
export-col-notes = یادونې
export-col-phone = تلیفون
export-col-amount = اندازه (£)
export-col-day = ورځ
export-col-visit-id = راتګ
export-col-arrived = راغی
export-col-waited-minutes = انتظار (دقیقې)
export-col-state = حالت
export-col-age-band = د عمر ډله
export-col-gender = جنسیت
export-col-country = اصلي هېواد
export-col-immigration-status = د کډوالۍ حالت
export-col-first-language = لومړۍ ژبه
export-col-needs = اړتیاوې
export-col-language = ژبه
export-col-interpreting = ترجماني
export-col-visits-in-range = په موده کې راتګونه
export-col-recorded = د ثبت نېټه
export-col-english-level = انګلیسي
export-col-needs-interpreter = ترجمان ته اړتیا لري
export-col-year-of-birth = د زیږون کال
export-col-referral-id = معرفي
export-col-kind = ډول
export-col-domain = برخه
export-col-service-id = د خدمت شمېره
export-col-service = خدمت
export-col-outcome = پایله
export-col-follow-up = د تعقیب نېټه
export-col-booking-id = ریزرف
export-col-start = پیل
export-col-minutes = دقیقې
export-col-appointment = ملاقات
export-col-mode = بڼه
export-col-status = حالت
export-col-place = ځای
export-col-organisation = اداره
export-col-domains = برخې
export-col-postcode = پوسټ کوډ
export-col-email = برېښنالیک
export-col-website = ویب پاڼه
export-col-languages = ژبې
export-col-active = فعال
export-col-last-verified = وروستی ځل کتل شوی
export-col-given = ورکړل شوی په
export-fig-visits = راتګونه
export-fig-people = بېلابېل کسان
export-fig-new-people = نوي کسان
export-fig-anonymous = بې نومه راتګونه
export-fig-households = کورنۍ
export-fig-visits-per-person = په هر کس راتګونه
export-fig-average-wait = منځنی انتظار (دقیقې)
export-fig-longest-wait = تر ټولو اوږد انتظار (دقیقې)
export-fig-family-interpreting = د کورنۍ یا ملګرو ترجماني (سمه لاره نه ده)
export-section-summary = لنډیز
export-section-needs = اړتیاوې د برخې له مخې
export-section-languages = کارول شوې ژبې
export-section-interpreting = ترجماني
export-section-sent-by-domain = لارښوونه او معرفي، د برخې له مخې
export-section-sent-by-service = لارښوونه او معرفي، د خدمت له مخې
export-section-outcomes = د معرفي پایلې
export-section-bookings = د ترجمانانو ریزرفونه
export-section-booking-hours = د ترجمانانو ساعتونه
export-section-bookings-by-language = د ترجمانانو ریزرفونه د ژبې له مخې
export-section-hours = رارسېدل د ساعت له مخې
export-section-weekdays = راتګونه د اونۍ د ورځې له مخې
export-section-support = ورکړل شوې مرسته
export-section-support-amount = ورکړل شوې مرسته، اندازه (£)
export-section-concerns = د ساتنې اندېښنې (له 5 لږ شمېر د <5 په توګه ښودل کېږي)
export-section-key-dates = مهمې نېټې
export-section-equalities-gender = برابري: جنسیت (له 5 لږ شمېر د <5 په توګه ښودل کېږي)
export-section-equalities-age-band = برابري: د عمر ډله (له 5 لږ شمېر د <5 په توګه ښودل کېږي)
export-section-equalities-country = برابري: اصلي هېواد (له 5 لږ شمېر د <5 په توګه ښودل کېږي)
export-section-equalities-immigration-status = برابري: د کډوالۍ حالت (له 5 لږ شمېر د <5 په توګه ښودل کېږي)
export-section-equalities-first-language = برابري: لومړۍ ژبه (له 5 لږ شمېر د <5 په توګه ښودل کېږي)
export-age-under-18 = له 18 کم
export-age-18-25 = له 18 تر 25
export-age-26-35 = له 26 تر 35
export-age-36-50 = له 36 تر 50
export-age-51-65 = له 51 تر 65
export-age-over-65 = له 65 زیات
cli-error-day = "{ $day }" نېټه نه ده: په YYYY-MM-DD بڼه یې ولیکئ، لکه 2026-04-01.
cli-error-backwards = موده په { $from } پیلېږي، چې له پای ({ $to }) وروسته ده: ‎--from له ‎--to مخکې ورکړئ.
cli-error-too-long = موده له 20 کلونو اوږده کېدای نه شي.
cli-error-coordinators-only = یوازې همغږی کوونکی راپورونه لیدلای او ریکارډونه صادرولای شي.
cli-report-title = راپور له { $from } تر { $to } (تېره موده له { $pfrom } تر { $pto })
cli-report-written = { $rows } شمېرې په { $file } کې ولیکل شوې
cli-export-written = { $rows } کرښې په { $file } کې ولیکل شوې
cli-full-word = نومونه
cli-full-warning = دا { $kind } صادرول به نومونه، یادونې او تلیفون شمېرې ولري. فایل خوندي وساتئ او چې کار مو خلاص شو، ړنګ یې کړئ. د دوام لپاره { $word } ولیکئ:
cli-full-needs-yes = بشپړ صادرول دوهم «هو» ته اړتیا لري: ‎--yes-full زیات کړئ (د پوښتنې لپاره ټرمینل نشته).
cli-full-not-confirmed = تایید نه شو: هېڅ شی صادر نه شو.
cli-full-not-personal = لارښود هېڅ شخصي معلومات نه لري: ‎--full د کسانو د ریکارډونو لپاره دی.

## F7 Reports (coordinators)
screen-reports = راپورونه
key-go-reports = «راپورونه» ته تګ
key-report-range-before = مخکنۍ موده
key-report-range-next = بله موده
key-report-dates = نېټې ولیکئ
key-report-next-section = بله برخه
key-report-prev-section = مخکنۍ برخه
key-report-shared = د شریکولو لپاره (<5)
key-report-export = صادرول
key-report-refresh = بیا لوستل
key-report-apply-range = دا موده ښودل
report-coordinators-only = راپورونه د همغږي کوونکو لپاره دي. که یوې شمېرې ته اړتیا لرئ، له همغږي کوونکي وپوښتئ.
report-range-today = نن
report-range-this-week = دا اونۍ
report-range-this-month = دا میاشت
report-range-last-month = تېره میاشت
report-range-this-quarter = دا درې میاشتې
report-range-financial-year = مالي کال
report-range-last-12-months = وروستۍ 12 میاشتې
report-range-custom = ستاسو نېټې
report-range-line = { $preset }  { $from } – { $to } ({ $days ->
    [one] 1 ورځ
   *[other] { $days } ورځې
})
report-compared-with = له { $from } – { $to } سره پرتله
report-from = له
report-to = تر
report-error-date = نېټه نه ده: په YYYY-MM-DD بڼه یې ولیکئ، لکه 2026-04-01.
report-error-backwards = پیل له پای وروسته دی.
report-error-too-long = موده تر ډېره 20 کاله کېدای شي.
report-none = په سکرین هېڅ راپور نشته: Ctrl+R یې لولي.
report-section-overview = لنډه کتنه
report-section-needs = اړتیاوې
report-section-languages = ژبې
report-section-sent-on = لېږل شوي
report-section-bookings = ترجمانان
report-section-times = وختونه
report-section-support = مرسته
report-section-equalities = برابري
report-column-now = دا موده
report-column-before = مخکې
report-column-change = بدلون
report-more = { $count } نورې کرښې: PgDn
report-nothing = په هېڅ موده کې نشته
report-visits = راتګونه
report-people = بېلابېل کسان
report-new-people = نوي ثبت شوي کسان
report-anonymous = بې نومه راتګونه
report-visits-per-person = په هر کس راتګونه
report-households = لیدل شوې کورنۍ
report-heading-weekly = په اونۍ کې راتګونه
report-weekly-note = تر ټولو زیات { $peak } په اونۍ کې · ټول { $total } (مخکې: { $before })
report-weekly-dates = اونۍ له { $first } تر { $last }{ $per ->
    [one] {""}
   *[other] {" "}(هره نښه { $per } اونۍ)
}
report-heading-needs = اړتیاوې د برخې له مخې (راتګونه)
report-heading-languages = کارول شوې ژبې (راتګونه)
report-heading-interpreting = ترجماني (راتګونه؛ ⚠ سمه لاره نه ده)
report-family-interpreting = ⚠ کورنۍ یا ملګری
report-heading-signposted = لارښوونه، د برخې له مخې
report-heading-referred = معرفي، د برخې له مخې
report-total = ټول
report-no-domain = برخه نه ده ورکړل شوې
report-heading-signposted-services = لارښوونه، د خدمت له مخې
report-heading-referred-services = معرفي، د خدمت له مخې
report-key-date-kept = وشوه یا پوره شوه
report-key-date-moved = وځنډېده
report-key-date-missed = له لاسه ووته
report-key-date-cancelled = لغوه شوه
report-heading-outcomes = پایلې
report-bookings = د ترجمانانو ریزرفونه
report-booked-hours = ریزرف شوي ساعتونه
report-late-cancellations = ناوخته لغوه کول
report-no-shows = نه راتګونه
report-heading-bookings = ریزرفونه د ژبې او حالت له مخې
report-heading-booked-hours = ساعتونه د ژبې او حالت له مخې
report-average-wait = منځنی انتظار (دقیقې)
report-longest-wait = تر ټولو اوږد انتظار (دقیقې)
report-heading-hours = رارسېدل د ساعت له مخې
report-heading-weekdays = راتګونه د اونۍ د ورځې له مخې
report-heading-support = ورکړل شوې مرسته (توکي)
report-support-amount = { "  " }ورکړل شوې اندازه
report-heading-concerns = د ساتنې اندېښنې (یوازې شمېر)
report-heading-key-dates = مهمې نېټې
report-key-date-open = تر اوسه هېڅ نه دي ثبت شوي
report-for-sharing = د شریکولو لپاره: له 5 لږ شمېر د <5 په توګه ښکاري (Ctrl+T)
report-not-recorded = نه دی ثبت شوی
report-heading-gender = جنسیت (کسان)
report-heading-age = د عمر ډله (کسان)
report-age-under-18 = له 18 کم
report-age-18-25 = 18–25
report-age-26-35 = 26–35
report-age-36-50 = 36–50
report-age-51-65 = 51–65
report-age-over-65 = له 65 زیات
report-heading-country = اصلي هېواد (کسان)
report-heading-status = د کډوالۍ حالت (کسان)
report-heading-first-language = لومړۍ ژبه (کسان)

## F7's export box (Ctrl+E on F7)
key-export-write = صادرول
key-export-choice-before = مخکنی انتخاب
key-export-choice-next = بل انتخاب
export-box-title = صادرول
export-box-days = ورځې: { $from } – { $to } ({ $days ->
    [one] 1 ورځ
   *[other] { $days } ورځې
})
export-box-whole-directory = ټول لارښود، لکه چې اوس دی
export-field-what = څه
export-field-format = بڼه
export-field-full = نومونه او یادونې
export-field-file = فایل
export-what-report = ښودل شوی راپور
export-what-visits = راتګونه
export-what-people = لیدل شوي کسان
export-what-referrals = لارښوونې او معرفي
export-what-bookings = د ترجمانانو ریزرفونه
export-what-services = خدمتونه (لارښود)
export-what-support = ورکړل شوې مرسته
export-format-csv = CSV (جدولونه)
export-format-json = JSON (پروګرامونه)
export-full-off = نه: یوازې کوډونه
export-full-on = هو: نومونه، یادونې، تلیفونونه
export-holds-report = په سکرین شمېرې او مخکنۍ موده؛ له 5 لږ شمېر د <5 په توګه.
export-holds-services = په لارښود کې خدمتونه: د هېچا شخصي معلومات نه.
export-holds-pseudonymised = کوډونه او د عمر ډلې: نه نومونه، نه یادونې، نه تلیفون شمېرې.
export-holds-full = دا فایل به نومونه، یادونې او تلیفون شمېرې ولري: خوندي یې وساتئ.
export-box-no-range = په سکرین د صادرولو لپاره هېڅ موده نشته: لومړی یوه وټاکئ.
export-box-no-file = د لیکلو لپاره د فایل نوم ولیکئ.
export-box-is-folder = دا فولډر دی: د لیکلو لپاره د یوه فایل نوم زیات کړئ.
export-box-exists = په دې نوم یو فایل مخکې شته: بل نوم وټاکئ. هېڅ شی ونه لیکل شو.
export-box-no-folder = فولډر { $dir } نشته: لاره وګورئ.
export-box-cannot-write = په { $dir } کې هېڅ نه شي لیکل کېدای: بل فولډر وټاکئ.
export-box-not-written = هېڅ شی ونه لیکل شو: د فایل تر څنګ پیغام وګورئ.
export-full-question = فایل ({ $what }) به نومونه، یادونې او تلیفون شمېرې ولري. خوندي یې وساتئ: یوازې په دې کمپیوټر یا په خوندي ډرایو کې، هېڅکله په برېښنالیک کې نه، او چې کار یې خلاص شو ړنګ یې کړئ. صادرول د کړنو په ثبت کې لیکل کېږي. له نومونو سره یې ولیکم؟
export-full-yes = ولیکه، له نومونو سره
export-full-no = بېرته تګ
work-export-title = صادرېږي
work-export-what = فایل لیکل کېږي: یوه شېبه، مهرباني.

## Data life cycle: consent, retention, anonymisation.
consent-purpose-record = د ریکارډ ساتل
consent-purpose-share = د معرفي لپاره شریکول
consent-purpose-contact = په تلیفون یا پیغام اړیکه
consent-short-record = ریکارډ
consent-short-share = شریکول
consent-short-contact = اړیکه
consent-share-question = رضایت لري چې کله یې یو خدمت ته معرفي کوو، د هغوی معلومات له هغه خدمت سره شریک کړو
consent-contact-question = رضایت لري چې له هغوی سره په تلیفون یا پیغام اړیکه ونیسو
field-consent-more = همدارنګه
consent-title = رضایت: { $name }
consent-state-given = په { $date } ورکړل شو
consent-state-withdrawn = په { $date } بېرته واخیستل شو
consent-state-never = نه دی پوښتل شوی
consent-hint = Space ټاکل شوی رضایت ورکوي یا بېرته اخلي، لکه څنګه چې کس اوس وايي. Esc بندوي.
consent-history = هر بدلون، تر ټولو نوی لومړی:
consent-event-given = ورکړل شو
consent-event-withdrawn = بېرته واخیستل شو
consent-no-contact = اړیکه مه نیسئ
consent-anonymised = دا ریکارډ بې نومه شوی: نور هېڅ رضایت نشته چې ثبت شي.
consent-withdraw-record-question = { $name } نور رضایت نه لري چې د هغوی په اړه ریکارډ وساتو. د هغوی ریکارډ به همدا اوس بې نومه شي: نوم، تلیفون، یادونې او د زیږون کال لرې کېږي، او د هغوی د راتګونو، معرفي او ریزرفونو یادونې هم. د هغوی راتګونه بې له نوم په شمېرو کې پاتې کېږي. دا کار بېرته نه شي ګرځول کېدای.
consent-withdraw-record-yes = ریکارډ بې نومه کول
status-consent-given = رضایت ثبت شو.
status-consent-withdrawn = د رضایت بېرته اخیستل ثبت شول.
status-record-anonymised = ریکارډ بې نومه شو.
anonymised-retention = د ساتلو موده تېره شوې
anonymised-consent = رضایت بېرته اخیستل شوی
person-anonymised-heading = بې نومه شوی ریکارډ · { $reference } · { $date }، { $why }
audit-consent-given = د { $person } رضایت یې ثبت کړ: { $what }
audit-consent-withdrawn = د { $person } د رضایت بېرته اخیستل یې ثبت کړل: { $what }
audit-anonymised = { $person } یې بې نومه کړ ({ $what })
field-retention-years = له وروستۍ اړیکې وروسته د ریکارډونو ساتل (کلونه)
error-retention-years = له 1 څخه تر 30 پورې د کلونو شمېر ولیکئ (معمولاً 6).
key-consent = رضایت

## Data life cycle: the retention review.
key-consent-change = ورکول یا بېرته اخیستل
key-review-retention = د ساتلو کتنه
retention-save-first = لومړی تنظیمات ثبت کړئ (Ctrl+S)، بیا د ساتلو موده وګورئ.
retention-none-due = د هېچا د ساتلو موده نه ده تېره شوې (له وروستۍ اړیکې { $years } کاله وروسته).
retention-line = { $reference } · وروستۍ اړیکه { $date }
retention-more = … او { $count } نور
retention-question = { $count ->
    [one] د { $count } ریکارډ د ساتلو موده تېره شوې (له وروستۍ اړیکې { $years } کاله وروسته). اوس یې بې نومه کړو؟ نومونه، د تلیفون شمېرې، یادونې او د زیږون کلونه لرې کېږي؛ په راپورونو کې شمېرې همداسې پاتې کېږي. دا کار بېرته نه شي ګرځول کېدای.
   *[other] د { $count } ریکارډونو د ساتلو موده تېره شوې (له وروستۍ اړیکې { $years } کاله وروسته). اوس یې بې نومه کړو؟ نومونه، د تلیفون شمېرې، یادونې او د زیږون کلونه لرې کېږي؛ په راپورونو کې شمېرې همداسې پاتې کېږي. دا کار بېرته نه شي ګرځول کېدای.
}
retention-yes = بې نومه یې کړئ
retention-done = { $count ->
    [one] { $count } ریکارډ بې نومه شو.
   *[other] { $count } ریکارډونه بې نومه شول.
}
retention-cli-due = { $count ->
    [one] د { $count } ریکارډ د ساتلو موده تېره شوې (له وروستۍ اړیکې { $years } کاله وروسته: له { $cutoff } مخکې). کوډ او وروستۍ اړیکه:
   *[other] د { $count } ریکارډونو د ساتلو موده تېره شوې (له وروستۍ اړیکې { $years } کاله وروسته: له { $cutoff } مخکې). کوډ او وروستۍ اړیکه:
}
sar-title = هر څه چې { $centre } د { $name } ({ $reference }) په اړه ساتي
sar-generated = په { $date } ولیکل شو، د هغوی په غوښتنه.
sar-left-out = پکې نه دي: د نورو کسانو معلومات (د کورنۍ نور غړي شمېرل کېږي، خو نومونه یې نه اخیستل کېږي)، او د ساتنې اندېښنې، چې د ساتنې مسؤل یې په اړه جلا پرېکړه کوي.
sar-details = د هغوی معلومات
sar-household = کورنۍ
sar-household-others = { $count ->
    [one] هو، له { $count } بل کس سره
   *[other] هو، له { $count } نورو کسانو سره
}
sar-consent = رضایت، هر بدلون
sar-visits = راتګونه
sar-referrals = لارښوونې او معرفي
sar-bookings = د ترجمانانو ریزرفونه
sar-key-dates = مهمې نېټې
sar-support = ورکړل شوې مرسته
sar-audit = چا د هغوی ریکارډ ولید یا بدل کړ
sar-nothing = هېڅ نه.
sar-bad-reference = دا کوډ نه دی (هغه توري او شمېرې چې د هغوی په پاڼه دي).
sar-written = ولیکل شو: { $file } (او { $json } د پروګرامونو لپاره).
sar-box-title = هر څه چې د هغوی په اړه ساتو (د لاسرسي حق)
sar-box-hint = سند همدې فایل ته ځي (HTML، که نوم یې په .html پای ته رسېږي)، او همدا د JSON په توګه د هغه تر څنګ. په خوندي ډول یې هغوی ته ورکړئ، بیا یې ړنګ کړئ.
key-subject-access = د لاسرسي حق

## Data life cycle: erasure on request.

key-erase = د غوښتنې پر بنسټ پاکول…
erase-reason-title = { $reference } پاکول: ولې؟
erasure-reason-asked = هغوی غوښتل چې معلومات یې پاک شي
erasure-reason-consent = هغوی خپل رضایت بېرته واخیست او غوښتل یې چې ریکارډ یې لرې شي
erasure-reason-not-needed = ریکارډ نور اړین نه دی
erasure-reason-error = ریکارډ په تېروتنه، یا بې له قانوني بنسټه جوړ شوی و
erasure-reason-other = بل لامل
erase-question = { $name } ({ $reference }) د تل لپاره پاک شي؟ لامل: { $reason }. دا کار بېرته نه شي ګرځول کېدای.
erase-detail-goes = پاکېږي: د هغوی معلومات، د رضایت ټول بدلونونه، او د هغوی د راتګونو، معرفي، ریزرفونو، مهمو نېټو او ورکړل شوې مرستې یادونې. نور به هېڅوک هغوی ونه موندلای شي.
erase-detail-stays = پاتې کېږي: د هغوی راتګونه او معرفي، د بې نومه شمېرو په توګه، چې راپورونه بدل نه شي. د ساتنې اندېښنې همداسې ساتل کېږي.
erase-detail-backups = هغه احتیاطي کاپۍ چې تر اوسه جوړې شوې، لا هم دا ریکارډ لري، تر هغه چې نوې یې ځای ونیسي.
erase-yes = د تل لپاره پاکول
status-person-erased = { $reference } پاک شو: نور د هغوی په اړه هېڅ شی نه شي لوستل کېدای.
erase-refused-household = لومړی یې له کورنۍ وباسئ (h د هغوی په پاڼه)، بیا یې پاک کړئ.
erase-refused-rotating = د معلوماتو کیلي بدلېږي: لومړی هغه بشپړ کړئ، بیا یې پاک کړئ.
erase-refused-erased = دا ریکارډ مخکې پاک شوی.
erase-cli-bad-reason = نامعلوم لامل: asked یا withdrew-consent یا not-needed یا in-error یا other وکاروئ.
erase-cli-needs-yes = پاکول بېرته نه شي ګرځول کېدای: د پاکولو لپاره ‎--yes زیات کړئ.
anonymised-erased = د غوښتنې پر بنسټ پاک شوی
check-erased-left = د یوه پاک شوي کس څه شی لا هم پاتې دی: { $about }
check-erased-key = د یوه پاک شوي کس کیلي لا هم پاتې ده: { $about }
check-erasure-unfinished = یو پاکول بشپړ نه شو: د بشپړولو لپاره پروګرام بیا پرانیزئ.

## Data life cycle: merging duplicates.
key-merge = له بل ریکارډ سره یوځای کول
key-undo-merge = د نن یوځای کېدل بېرته اخیستل
key-merge-now = یوځای کول
key-merge-swap = بل وساتئ
merge-title = له بل ریکارډ سره یوځای کول
merge-find-hint = د { $name } ({ $reference }) بل ریکارډ کوم دی؟ د هغه کوډ یا یو نوم ولیکئ، بیا یې په Enter وټاکئ.
merge-find-label = کوډ یا نوم:
merge-none-found = هېڅوک ونه موندل شو.
merge-visits = { $count ->
    [one] { $count } راتګ
   *[other] { $count } راتګونه
}
merge-last-visit = وروستی په { $date }
merge-confirm-title = د یو کس دوه ریکارډونه یوځای کول
merge-keep = ساتل:
merge-merged-in = ورګډول:
merge-explain = د { $other } هر څه { $reference } ته ځي: راتګونه، معرفي، ریزرفونه، مهمې نېټې، رضایت او کورنۍ. هغه معلومات چې په { $reference } کې نشته له { $other } څخه اخیستل کېږي، او { $other } بیا یوازې { $reference } ته لار ښيي. نن یې بېرته اخیستل کېدای شي.
merge-choices = Enter: یوځای کول · Space: د دې پر ځای { $other } وساتئ · Esc: شاته
merge-save-edit = بدلونونه همداسې ثبت کړئ
merge-into = له { $person } سره یوځای کول
merge-into-hint = یوځای کول موجود ریکارډ ساتي: څه چې ولیکل شول د هغه تش معلومات ډکوي. نن یې بېرته اخیستل کېدای شي.
merge-done = { $visits ->
    [one] { $other } له { $reference } سره یوځای شو؛ { $visits } راتګ ولېږدول شو. نن یې بېرته اخیستل کېدای شي.
   *[other] { $other } له { $reference } سره یوځای شو؛ { $visits } راتګونه ولېږدول شول. نن یې بېرته اخیستل کېدای شي.
}
merge-undone = یوځای کېدل بېرته واخیستل شول: { $other } او { $reference } بیا جلا ریکارډونه دي.
merge-undo-question = د { $other } او { $reference } د نن یوځای کېدل بېرته واخلئ؟ دواړه ریکارډونه لکه پخوا کېږي؛ هغه څه چې له هغه وخت راهیسې { $reference } ته ورزیات شوي هماغلته پاتې کېږي.
merge-undo-yes = یوځای کېدل بېرته اخیستل
merge-redirected = { $other } له دې ریکارډ ({ $reference }) سره یوځای شوی.
merge-error-same = یو ریکارډ له ځان سره نه یوځای کېږي.
merge-error-anonymised = { $reference } بې نومه شوی: یوځای کېدای نه شي.
merge-error-merged = { $reference } مخکې له بل ریکارډ سره یوځای شوی.
merge-error-households = دوی په دوو بېلو کورنیو کې دي: لومړی یو یې له خپلې کورنۍ وباسئ.
merge-undo-none = د دې ریکارډونو کوم یوځای کېدل نشته چې بېرته واخیستل شي.
merge-undo-expired = یوځای کېدل یوازې په هماغه ورځ بېرته اخیستل کېدای شي چې شوي وي.
merge-undo-kept-merged = دا ریکارډ وروسته له { $reference } سره یوځای شوی: لومړی هغه یوځای کېدل د هغه په پاڼه بېرته واخلئ.
merge-undo-household-changed = د یوځای کېدو وروسته د دوی کورنۍ بدله شوې، نو یوځای کېدل نور بېرته نه اخیستل کېږي.
person-merged-today = نن یوځای شو
person-merged-today-value = { $references } (u: بېرته اخیستل)
audit-merged = { $what } یې له { $person } سره یوځای کړ
audit-unmerged = د { $what } او { $person } یوځای کېدل یې بېرته واخیستل
check-merge-pointer = یو یوځای شوی ریکارډ داسې ریکارډ ته اشاره کوي چې نشته: { $about }
