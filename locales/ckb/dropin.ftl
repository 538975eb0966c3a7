# DRAFT: machine-drafted, not yet checked by a native speaker.
# dropin — Central Kurdish (کوردی، سۆرانی). Translated from en-GB, the source locale: this file has exactly the same message ids.

## Screens
screen-today = ئەمڕۆ
screen-people = کەسان
screen-settings = ڕێکخستن

## Keys (labels in the footer, help and action menus)
key-new-visit = سەردانی نوێ
key-mark-seen = چاوپێکەوتن
key-mark-done = تەواو
key-mark-left = ڕۆیشت، نەبینرا
key-mark-waiting = گەڕانەوە بۆ چاوەڕوان
key-open-person = کردنەوەی کەس
key-new-person = کەسی نوێ
key-new-visit-for-person = سەردانی نوێ بۆ ئەم کەسە
key-edit-person = دەستکاریی کەس
key-search = گەڕان
key-back = گەڕانەوە
key-save = پاشەکەوت
key-cancel = داخستن
key-next-field = خانەی دواتر
key-prev-field = خانەی پێشوو
key-choose = هەڵبژاردن
key-toggle = نیشانە / گۆڕین
key-up = سەرەوە
key-down = خوارەوە
key-left = چەپ
key-right = ڕاست
key-page-up = پەڕەی پێشوو
key-page-down = پەڕەی دواتر
key-home = یەکەم
key-end = کۆتایی
key-menu = کردارەکان
key-go-today = بڕۆ بۆ ئەمڕۆ
key-go-people = بڕۆ بۆ کەسان
key-go-settings = بڕۆ بۆ ڕێکخستن
key-help = ڕێنمایی
key-language = زمان
key-quit = دەرچوون

## Today
today-counts = چاوەڕوان: { $waiting } · لە چاوپێکەوتندا: { $seen } · تەواو: { $done } · ڕۆیشتن: { $left }
today-empty = هێشتا کەس لە ڕیزدا نییە. Ctrl+N دابگرە بۆ تۆمارکردنی سەردانێک.
col-ref = کۆد
col-name = ناو
col-arrived = هاتن
col-waiting = چاوەڕێ
col-needs = پێویستی
col-state = بار
col-born = لەدایکبوون
col-last-visit = دوا سەردان
col-date = بەروار
col-language = زمان
col-interpreting = وەرگێڕان
anonymous-walk-in = سەردانی بێناو

## Visit states
state-waiting = چاوەڕوان
state-being-seen = لە چاوپێکەوتندا
state-done = تەواو
state-left = ڕۆیشت، نەبینرا

## Need domains (Home Office Indicators of Integration)
domain-work = کار
domain-education = خوێندن
domain-housing = نیشتەجێبوون
domain-health = تەندروستی و چاودێریی کۆمەڵایەتی
domain-leisure = کاتی پشوو
domain-social-bonds = بەندی کۆمەڵایەتی
domain-social-bridges = پردی کۆمەڵایەتی
domain-social-links = بەستەری کۆمەڵایەتی
domain-language = زمان و پەیوەندی
domain-culture = کولتوور
domain-digital = لێهاتوویی دیجیتاڵی
domain-safety = سەلامەتی
domain-stability = سەقامگیری
domain-rights = ماف و ئەرکەکان
domain-work-short = کار
domain-education-short = خوێندن
domain-housing-short = نیشتەجێبوون
domain-health-short = تەندروستی
domain-leisure-short = پشوو
domain-social-bonds-short = بەند
domain-social-bridges-short = پرد
domain-social-links-short = بەستەر
domain-language-short = زمان
domain-culture-short = کولتوور
domain-digital-short = دیجیتاڵ
domain-safety-short = سەلامەتی
domain-stability-short = سەقامگیری
domain-rights-short = ماف

## Interpreting
interpreting-none = هیچ
interpreting-volunteer = خۆبەخش
interpreting-phone = تەلەفۆن
interpreting-professional = وەرگێڕی پیشەیی (بە نۆرە)
interpreting-family = خێزان یان هاوڕێ
poor-practice = کارێکی باش نییە: جاری داهاتوو نۆرەی وەرگێڕ بگرە

## People
people-search-label = گەڕان بە ناو یان کۆد:
people-hint = چەند پیتێکی ناو، یان کۆدێک بنووسە.
people-none = کەس نەدۆزرایەوە. Ctrl+N دابگرە بۆ زیادکردنی کەسی نوێ.
person-no-visits = هێشتا هیچ سەردانێک نییە.

## Forms
form-new-visit = سەردانی نوێ
form-new-person = کەسی نوێ
form-edit-person = دەستکاریی کەس
field-visit-person = کەس
field-visit-needs = پێویستییەکان
field-visit-language = زمانی بەکارهاتوو
field-visit-interpreting = وەرگێڕان
field-visit-notes = تێبینی
field-name = ناو
field-year-of-birth = ساڵی لەدایکبوون
field-gender = ڕەگەز
field-gender-other = بە وشەی خۆی
field-country = وڵاتی ڕەسەن
field-first-language = زمانی یەکەم
field-other-languages = زمانەکانی تر
field-english-level = ئینگلیزی
field-needs-interpreter = پێویستی بە وەرگێڕە
field-interpreter-gender = ڕەگەزی وەرگێڕ
field-immigration-status = باری کۆچبەری
field-phone = تەلەفۆن
field-notes = تێبینییەکان
field-consent = ڕەزامەندی
consent-keep-record = ڕەزامەندە کە تۆمارێکی دەربارەی هەڵبگرین
consent-given-on = ڕەزامەندیی دا بە تۆمار لە { $date }
consent-withdrawn-on = ڕەزامەندیی کێشایەوە لە { $date }
picker-new-person = کەسی نوێ «{ $name }»
picker-last-visit = دوا جار هات { $date }
needs-filter = بنووسە بۆ پاڵاوتن:
needs-no-match = هیچ پێویستییەک لەگەڵ ئەوەی نووسیت ناگونجێت.
hint-language-pick = ↑ ↓ پاشان Enter بۆ هەڵبژاردن
prefilled-last-visit = وەک دوا سەردان
value-none = —
value-not-recorded = تۆمار نەکراوە
value-yes = بەڵێ
value-no = نەخێر

## Values
gender-woman = ئافرەت
gender-man = پیاو
gender-non-binary = نا-دووانەیی
gender-another-way = بە شێوەیەکی تر
gender-prefer-not = نایەوێت بیڵێت
pref-woman = وەرگێڕی ئافرەت
pref-man = وەرگێڕی پیاو
pref-none = جیاوازی نییە
status-asylum-seeker = داواکاری پەنابەری
status-refugee = پەنابەر (مافی مانەوەی هەیە)
status-refused = داواکاری پەنابەریی ڕەتکراوە
status-nrpf = بێ مافی پارەی گشتی (NRPF)
status-other = بارێکی تر
status-settled = بەریتانی یان نیشتەجێی هەمیشەیی
status-unknown = نەزانراو
status-prefer-not = نایەوێت بیڵێت
english-none = هیچ
english-basic = سەرەتایی
english-intermediate = مامناوەند
english-fluent = ڕەوان

## Errors next to fields
error-empty = ئەمە نابێت بەتاڵ بێت.
error-too-long = زۆر درێژە: لە { $max } پیت زیاتر نەبێت.
error-year-range = ساڵێک لە { $min } تا { $max } بنووسە.
error-not-a-year = ساڵەکە بە چوار ژمارە بنووسە، بۆ نموونە 1990.
error-phone = تەنها ژمارە، بۆشایی، +، - و کەوانە بەکاربهێنە (لانیکەم 6 ژمارە).
error-consent = بەبێ ڕەزامەندی بۆ هەڵگرتنی تۆمار، لە جیاتی ئەوە سەردانی بێناو تۆمار بکە.
error-person-missing = کەسێک، کەسێکی نوێ، یان سەردانی بێناو هەڵبژێرە.
error-auto-lock = ژمارەی خولەک لە 1 تا 60 بنووسە.
role-volunteer = خۆبەخش
role-coordinator = ڕێکخەر
error-password-short = تکایە لانیکەم 10 پیت (چەند وشەیەک پێکەوە ئاسان لەبیر دەمێنن).
error-password-long = ئەوە زۆر درێژە: لە 200 پیت زیاتر نەبێت.
error-password-mismatch = دوو وشە نهێنییەکە وەک یەک نین.
error-time-zone = ئەمە ناوچەیەکی کاتی نییە کە dropin بیناسێت. ناوێکی وەک Europe/London بەکاربهێنە.

## Status line
status-visit-saved = سەردان بۆ { $name } پاشەکەوت کرا.
status-person-saved = { $name } پاشەکەوت کرا.
status-settings-saved = ڕێکخستنەکان پاشەکەوت کران.
status-fix-errors = پاشەکەوت نەکرا: تکایە ئەو خانانەی نیشانە کراون ڕاست بکەرەوە.
status-cannot-move = سەردانێک لە باری «{ $from }» ناکرێت بگۆڕدرێت بۆ «{ $to }».
status-close-form-first = سەرەتا فۆرمەکە پاشەکەوت بکە یان دایبخە (Ctrl+S یان Esc).

## Confirmations
confirm-title = تکایە بپشکنە
confirm-quit-unsaved = فۆرمێک گۆڕانکاریی پاشەکەوتنەکراوی هەیە. هەر دەردەچیت؟
confirm-quit = دەرچوون بەبێ پاشەکەوت
confirm-keep-editing = بەردەوام بە لە دەستکاری
confirm-discard = ئەم فۆرمە دابخەیت و ئەوەی نووسیوتە بفەوتێت؟
confirm-discard-yes = داخستن و فەوتانی گۆڕانکارییەکان
confirm-duplicate = لەوانەیە ئەمە کەسێک بێت کە پێشتر تۆمار کراوە:
confirm-save-anyway = وەک کەسی نوێ پاشەکەوتی بکە
confirm-go-back = گەڕانەوە

## Overlays
help-title = دوگمەکان
help-more = ↑ ↓ بۆ زیاتر
menu-title = کردارەکان
language-title = زمان
language-draft = ڕەشنووس

## Settings
field-centre-name = ناوی سەنتەر
field-time-zone = ناوچەی کاتی
field-language = زمان لەسەر ئەم کۆمپیوتەرە
field-rtl-visual = ڕێکخستنی دەقی ڕاست-بۆ-چەپ (بیکوژێنەوە ئەگەر تێرمیناڵەکەت خۆی دەیکات)
field-native-digits = ژمارەکان بە ژمارەی زمانەکەم
settings-digits-none = (ئەم زمانە 0–9 بەکاردەهێنێت)
field-shaping = لکاندنی پیتە عەرەبییەکان
shaping-auto = خۆکار
shaping-on = کارا
shaping-off = ناکارا (تێرمیناڵەکە خۆی پیتەکان دەلکێنێت)
shaping-now-on = ئێستا دەلکێنرێن
shaping-now-off = ئێستا نالکێنرێن
settings-screen-reader = خوێنەرەوەی شاشە بەکاردەهێنیت؟ هەردوو «ڕێکخستنی دەقی ڕاست-بۆ-چەپ» و «لکاندنی پیتە عەرەبییەکان» ناکارا بکە: خوێنەرەوەی شاشە لە چەپەوە بۆ ڕاست دەخوێنێتەوە، بۆیە ئەو دەقەی dropin لە ڕاستەوە بۆ چەپ ڕێکی دەخات پێچەوانە دەخوێنرێتەوە.
language-console-cannot = ئەم شاشەیە (کۆنسۆڵی لینوکس) ناتوانێت پیتی عەرەبی یان حەبەشی پیشان بدات. بۆ ئەو زمانە، dropin لە پەنجەرەیەکی تێرمیناڵ لەسەر دێسکتۆپ بکەرەوە.
language-console-note = لێرە پیشان نادرێت
field-auto-lock = دوای چەند خولەک بێکاری شاشە قوفڵ بکرێت (1–60)
settings-hint = Tab لە نێوان خانەکان دەجووڵێت، Space هەڵبژاردن دەگۆڕێت، Ctrl+S پاشەکەوت دەکات.

## Whole-screen messages
too-small = تکایە پەنجەرەکە گەورەتر بکە: dropin لانیکەم { $width } ستوون و { $height } دێڕی پێویستە (ئێستا { $current_width }×{ $current_height }).

## Store errors
crash-message = dropin وەستا بەهۆی هەڵەیەک لە بەرنامەکەدا. هەرچی پێشتر پاشەکەوت کرابوو سەلامەتە. تکایە دووبارە بیکەرەوە، و بە ڕێکخەرەکەت بڵێ.
store-already-open = dropin پێشتر لەسەر ئەم کۆمپیوتەرە کراوەتەوە. سەرەتا دایبخە، یان هەمان کردار لەناو بەرنامەکەدا بەکاربهێنە.
store-newer-schema = ئەم داتایە وەشانێکی نوێتری dropin نووسیویەتی. هیچ شتێک نەگۆڕا. بۆ کردنەوەی، ئەو وەشانە نوێیە (یان نوێتر) دابمەزرێنە، یان یەدەگێک بگەڕێنەوە کە ئەم وەشانە دروستی کردووە: dropin restore FILE --volunteer NAME --force (داتای ئێرە لادەبرێت، ناسڕدرێتەوە).
store-corrupt = داتاکە تێکچووە و ناخوێنرێتەوە. هیچ شتێک نەگۆڕا. دوا یەدەگ بگەڕێنەوە: dropin restore FILE --volunteer NAME --force (داتا تێکچووەکە لادەبرێت، ناسڕدرێتەوە).
store-lost-writes = داتاکە کۆنترە لە دوا پاشەکەوت: پاشەکەوتەکانی { $first } تا { $last } ون بوون. هیچ شتێک نەگۆڕا. دوا یەدەگ بگەڕێنەوە: dropin restore FILE --volunteer NAME --force (داتای ئێرە لادەبرێت، ناسڕدرێتەوە)، پاشان ئەوەی دوای ئەو پاشەکەوت کرابوو دووبارە بنووسەوە.
store-lost-write = داتاکە کۆنترە لە دوا پاشەکەوت: پاشەکەوتی { $last } ون بووە. هیچ شتێک نەگۆڕا. دوا یەدەگ بگەڕێنەوە: dropin restore FILE --volunteer NAME --force (داتای ئێرە لادەبرێت، ناسڕدرێتەوە)، پاشان ئەوەی دوای ئەو پاشەکەوت کرابوو دووبارە بنووسەوە.
store-latest-backup = دوا یەدەگ: { $file }
store-read-only = dropin ناتوانێت لە فۆڵدەری داتاکەیدا بنووسێت. ئەوەی پێشتر پاشەکەوت کراوە سەلامەتە. فۆڵدەرەکە دووبارە نووسینپێکراو بکە (یان دیسکەکە بگەڕێنەوە)، پاشان دووبارە هەوڵ بدە.
store-disk-full = دیسکەکە پڕە: دوا گۆڕانکاری پاشەکەوت نەکرا. ئەوەی پێشتر پاشەکەوت کراوە سەلامەتە. هەندێک شوێن بەتاڵ بکەرەوە، پاشان دووبارە پاشەکەوت بکە.
store-io = نەتوانرا داتاکە بخوێنرێتەوە یان بنووسرێت. هیچ شتێک پاشەکەوت نەکرا.
store-not-found = ئەو تۆمارە چیتر لەوێ نییە.
store-bad-transition = ئەو گۆڕانکارییە بۆ ئەم سەردانە ناکرێت.
store-consent-required = تۆمار تەنها بە ڕەزامەندیی کەسەکە هەڵدەگیرێت.
store-backup-damaged = ئەو فایلی یەدەگە تێکچووە یان گۆڕدراوە: ناتوانرێت بەکاربهێنرێت. هیچ شتێک نەگۆڕا.
store-not-empty = ئەو فۆڵدەرە پێشتر داتای تێدایە. فۆڵدەرێکی بەتاڵ هەڵبژێرە، یان ‎--force بەکاربهێنە بۆ ئەوەی سەرەتا داتای ئێستا لابدرێت.
store-not-allowed = تەنها ڕێکخەر دەتوانێت ئەوە بکات.
store-not-signed-in = تکایە سەرەتا بچۆ ژوورەوە.
store-wrong-password = ئەو وشەی نهێنییە ڕاست نییە. ناوەکە بپشکنە و دووبارە هەوڵ بدەرەوە.
store-sign-in-wait = وشەی نهێنیی هەڵە زۆر جار نووسرا. تکایە { $seconds } چرکە چاوەڕێ بکە، پاشان دووبارە هەوڵ بدەرەوە.
store-rotation-unfinished = گۆڕینی کلیلی داتا پچڕا. بچۆ ژوورەوەی dropin بۆ تەواوکردنی، پاشان دووبارە هەوڵ بدەرەوە.
crypto-undecryptable = تۆمارێک نەکرایەوە: تێکچووە یان لە دەرەوەی dropin گۆڕدراوە. دوا یەدەگ بگەڕێنەوە.
crypto-truncated = تۆمارێک ناتەواوە: تێکچووە. دوا یەدەگ بگەڕێنەوە.
crypto-unknown-version = تۆمارێک بە وەشانێکی نوێتری dropin نووسراوە. تکایە وەشانە نوێیەکە بەکاربهێنە.
crypto-too-long = تۆمارێک گەورەترە لەوەی بپارێزرێت. هیچ شتێک پاشەکەوت نەکرا.
crypto-kdf = وشەی نهێنی لەسەر ئەم کۆمپیوتەرە نەپشکنرا (لەوانەیە بیرگە بەس نەبێت؟).
crypto-bad-recovery-key = ئەوە کلیلی گەڕاندنەوە نییە: هەموو کۆمەڵە پیت و ژمارەیەک بپشکنە.
crypto-random = ئەم کۆمپیوتەرە نەیتوانی کلیلێکی هەڕەمەکیی پارێزراو دروست بکات.

## Set-up, sign-in, lock
key-lock = قوفڵکردنی شاشە
setup-title = بەخێربێیت بۆ dropin
setup-intro = سەرەتا، ناوی سەنتەرەکە و یەکەم ڕێکخەر، کە خۆبەخشەکانی تر زیاد دەکات.
setup-your-name = ناوی تۆ
field-password = وشەی نهێنی
field-password-again = دووبارە وشەی نهێنی
setup-hint = لانیکەم 10 پیت: چەند وشەیەک کە لەبیرت دەمێنێت. Tab دەچێتە پێشەوە، Ctrl+S تەواوی دەکات.
recovery-title = کلیلی گەڕاندنەوەی تۆ
recovery-intro = ئەگەر ڕۆژێک هەموو وشە نهێنییەکان لەبیر کران، ئەم کلیلە تاکە ڕێگەیە بۆ گەڕانەوە ناو داتاکە. تەنها ئێستا پیشان دەدرێت.
recovery-keep = بینووسە یان چاپی بکە، و لە شوێنێکی داخراو دوور لەم کۆمپیوتەرە هەڵیبگرە.
recovery-continue = کاتێک بە سەلامەتی نووسرا Enter دابگرە.
signin-title = چوونەژوورەوە
lock-title = قوفڵ کراوە — بچۆ ژوورەوە بۆ بەردەوامبوون
signin-name = ناوی تۆ
signin-hint-name = ناوەکەت بنووسە یان هەڵیبژێرە، پاشان Enter.
signin-hint-password = وشەی نهێنییەکەت بنووسە، پاشان Enter. Esc ناوێکی تر هەڵدەبژێرێت.
signin-welcome = چوویتە ژوورەوە وەک { $name }.
status-draft-lost = فۆرمە پاشەکەوتنەکراوەکەت لە پێش قوفڵکردن نەگەڕایەوە؛ تکایە دووبارە دەستی پێبکەرەوە.
signin-demo = تاقیکردنەوە: { $coordinator } (ڕێکخەر) و { $volunteer } (خۆبەخش) هەردووکیان وشەی نهێنیی { $password } بەکاردەهێنن

## Signing in with the recovery key
key-use-recovery-key = بەکارهێنانی کلیلی گەڕاندنەوە
recovery-signin-title = چوونەژوورەوە بە کلیلی گەڕاندنەوە
recovery-signin-intro = بۆ کاتێک کە وشەی نهێنیی هەموو ڕێکخەرەکان لەبیر کراوە: ئەو کلیلی گەڕاندنەوەیە بنووسە کە لە کاتی دامەزراندنی dropin نووسرایەوە. خۆبەخشێک کە تەنها وشەی نهێنیی خۆی لەبیر کردووە دەتوانێت داوا لە ڕێکخەرێک بکات نوێی بکاتەوە.
field-recovery-key = کلیلی گەڕاندنەوە
recovery-signin-hint = بۆشایی و هێڵ گرنگ نین. Enter دەچێتە ژوورەوە، Esc دەگەڕێتەوە.
recovery-wrong-key = ئەم کلیلە داتای ئەم سەنتەرە ناکاتەوە. بەراوردی بکە لەگەڵ کۆپییە نووسراوەکە، کۆمەڵە بە کۆمەڵە.
recovery-password-title = وشەی نهێنیی نوێ هەڵبژێرە
recovery-password-intro = کلیلی گەڕاندنەوە داتاکەی کردەوە، و تۆ وەک { $name } چوویتە ژوورەوە. پێش بەردەوامبوون وشەی نهێنییەکی نوێ بۆ خۆت هەڵبژێرە: لەمەودوا بەوە دەچیتە ژوورەوە.
recovery-password-hint = لانیکەم 10 پیت: چەند وشەیەک کە لەبیرت دەمێنێت. Tab دەچێتە پێشەوە، Enter یان Ctrl+S پاشەکەوت دەکات. Esc بەبێ وشەی نهێنیی نوێ دەچێتە دەرەوە.
status-recovered = وشەی نهێنی دانرا. وشەی نهێنیی خۆبەخشەکانی تر لە ڕێکخستن ← خۆبەخشەکان (F8) نوێ بکەرەوە.

## dropin check
check-person-unreadable = تۆماری کەسێک ناکرێتەوە: { $about }
check-visits-unreadable = سەردانەکانی ڕۆژێک ناکرێنەوە: { $about }
check-visit-unlisted = سەردانێک لە پەڕەی کەسەکەیدا نییە: { $about }
check-visit-missing = پەڕەی کەسێک سەردانێک ناو دەبات کە بوونی نییە: { $about }
check-card-wrong = گەڕانی کەسان ناو یان تەلەفۆنێکی کۆنی هەیە بۆ { $about }
check-card-missing = گەڕانی کەسان { $about } نادۆزێتەوە
check-cards-unreadable = بەشێک لە داتای گەڕانی کەسان ناکرێتەوە: { $about }
check-audit-broken = تۆماری وردبینی گۆڕدراوە: { $about }
check-all-well = هەموو تۆمارێک دەکرێتەوە و ڕێکە؛ تۆماری وردبینی دروستە.

## Volunteers
key-new-volunteer = خۆبەخشی نوێ
key-change-password = وشەی نهێنیی من
key-reset-password = نوێکردنەوەی وشەی نهێنی
key-deactivate = ناچالاککردن
field-role = ڕۆڵ
form-new-volunteer = خۆبەخشی نوێ
form-reset-password = وشەی نهێنیی نوێ
form-own-password = گۆڕینی وشەی نهێنیی من
volunteer-reset-for = وشەی نهێنییەکی نوێ بۆ { $name }
volunteer-inactive = ناچالاک کراوە
settings-volunteers = خۆبەخشەکان (Ctrl+O لەسەر ناوێک: نوێکردنەوەی وشەی نهێنی، ناچالاککردن)
status-volunteer-added = خۆبەخش زیاد کرا.
status-password-reset = وشەی نهێنی دانرا. ڕووبەڕوو پێی بڵێ، نەک بە نووسین.
status-password-changed = وشەی نهێنییەکەت گۆڕدرا.
status-volunteer-deactivated = خۆبەخش ناچالاک کرا: وشەی نهێنییەکەی چیتر هیچ ناکاتەوە.
confirm-deactivate = { $name } ناچالاک بکرێت؟ وشەی نهێنییەکەی چیتر هیچ ناکاتەوە.
confirm-deactivate-yes = ناچالاککردن
key-rotate-key = گۆڕینی کلیلی داتا
confirm-rotate-key = ئێستا کلیلی داتا بگۆڕدرێت؟
confirm-rotate-key-why = ئەمە بکە دوای ناچالاککردنی خۆبەخشێک، یان ئەگەر لەوانەیە داتاکە کۆپی کرابێت: ئەو کۆپییە کۆنانەی کلیل کە لەسەر دیسکەکە ماونەتەوە ئیتر هیچ ناکەنەوە. وشەی نهێنیی هەموو کەس وەک خۆی دەمێنێتەوە، و کلیلی گەڕاندنەوە هێشتا کار دەکات.
confirm-rotate-key-backups = لە چەند چرکەیەکەوە تا چەند خولەکێک دەخایەنێت، و لەو ماوەیەدا کەس ناتوانێت dropin بەکاربهێنێت. یەدەگە پێشووەکان هێشتا بە کلیلە کۆنەکە دەکرێنەوە: دواتر یەدەگێکی نوێ بگرە.
confirm-rotate-key-yes = گۆڕینی کلیل
work-rotation-title = کلیلی داتا دەگۆڕدرێت
work-rotation-what = هەموو تۆمارێک دووبارە بە کلیلێکی نوێ قوفڵ دەکرێتەوە.
work-rotation-progress = { $done } لە { $total } تۆمار
work-rotation-safe = دەتوانیت هەر کاتێک دەربچیت (Ctrl+Q): لە چوونەژوورەوەی داهاتوودا بەردەوام دەبێت.
status-key-rotated = کلیلی داتا گۆڕدرا. ئێستا یەدەگێکی نوێ بگرە (Ctrl+B): یەدەگە کۆنەکان هێشتا بە کلیلە کۆنەکە دەکرێنەوە.
status-key-rotation-stopped = گۆڕینی کلیلی داتا وەستا: { $why } لە چوونەژوورەوەی داهاتوودا بەردەوام دەبێت.

## Backups in the program
key-backup-now = ئێستا یەدەگ بگرە
field-backup-dir = فۆڵدەری یەدەگ (فلاشی USB؛ بەتاڵ: بێ یەدەگی ڕۆژانە)
field-backups-kept = چەند یەدەگ لەوێ بمێنێتەوە
error-backups-kept = ژمارەیەک لە 1 تا 365 بنووسە.
status-backup-made = یەدەگ پاشەکەوت کرا: { $file }
store-no-backup-folder = فۆڵدەری یەدەگ دانەنراوە یان نادۆزرێتەوە. ئایا فلاشی USB ەکە لە شوێنی خۆیدایە؟ لە F8 ڕێکخستن دایبنێ.

## Audit log
audit-title = تۆماری وردبینی
audit-filter = پاڵاوتن (کۆدێک، ناوی خۆبەخشێک، یان بەروارێک YYYY-MM-DD)، پاشان Enter:
audit-none = هیچ تۆمارێک ناگونجێت.
audit-signed-in = چووە ژوورەوە
audit-signed-out = چووە دەرەوە
audit-sign-in-failed = وشەی نهێنیی هەڵە نووسرا
audit-viewed-person = { $person } ی بینی
audit-created-person = { $person } ی زیاد کرد
audit-edited-person = دەستکاریی { $person } ی کرد: { $fields }
audit-created-visit = سەردانی { $visit } ی بۆ { $person } تۆمار کرد
audit-edited-visit = سەردانی { $visit } ی گۆڕی: { $fields }
audit-exported = { $what } ی هەناردە کرد
audit-erased = { $person } ی سڕییەوە
audit-volunteer-added = خۆبەخشێکی زیاد کرد
audit-volunteer-changed = خۆبەخشێکی گۆڕی
audit-key-rotated = کلیلی داتای گۆڕی
audit-backup-made = یەدەگێکی گرت
audit-restored = یەدەگێکی گەڕاندەوە
audit-recovery-key-used = بە کلیلی گەڕاندنەوە چووە ژوورەوە
audit-service-saved = خزمەتگوزارییەکی زیاد کرد یان گۆڕی
audit-directory-imported = خزمەتگوزاریی هاوردە کرد (Open Referral)
audit-referred = کەسێکی ئاراستە یان ڕەوانە کرد
audit-followed-up = ئەنجامی ڕەوانەکردنێکی تۆمار کرد
audit-interpreter-saved = وەرگێڕێکی زیاد کرد یان گۆڕی
audit-booking-saved = نۆرەی وەرگێڕێکی گرت یان نۆرەیەکی گۆڕی
audit-field-name = ناو
audit-field-year-of-birth = ساڵی لەدایکبوون
audit-field-gender = ڕەگەز
audit-field-country = وڵات
audit-field-first-language = زمانی یەکەم
audit-field-other-languages = زمانەکانی تر
audit-field-english-level = ئینگلیزی
audit-field-needs-interpreter = پێویستی بە وەرگێڕە
audit-field-interpreter-gender = ڕەگەزی وەرگێڕ
audit-field-immigration-status = باری کۆچبەری
audit-field-phone = تەلەفۆن
audit-field-notes = تێبینییەکان
audit-field-consent = ڕەزامەندی
audit-field-visit-state = بار
audit-field-needs = پێویستییەکان
audit-field-language = زمان
audit-field-interpreting = وەرگێڕان
audit-field-visit-notes = تێبینی
audit-broken-edited = تۆمارێک دەستکاری کراوە
audit-broken-missing = تۆمارێک ون بووە
audit-broken-out-of-order = تۆمارەکان لە ڕێکی خۆیاندا نین
key-audit-log = تۆماری وردبینی

## Signposting and referral
referral-kind-signposted = ئاراستە کرا
referral-kind-referred = ڕەوانە کرا
referral-needs-consent = ڕەوانەکردن پێویستی بە ڕەزامەندیی کەسەکە هەیە بۆ هاوبەشکردنی زانیارییەکانی لەگەڵ خزمەتگوزارییەکە. سەرەتا لێی بپرسە.
referral-needs-follow-up = ڕەوانەکردن پێویستی بە بەرواری بەدواداچوون هەیە، ئەمڕۆ یان دواتر.
outcome-pending = چاوەڕوانکراو
outcome-attended = ئامادە بوو
outcome-not-attended = ئامادە نەبوو
outcome-declined = ڕەتی کردەوە
outcome-unknown = نەزانراو

## F6 Follow-ups
screen-follow-ups = بەدواداچوون
key-go-follow-ups = بڕۆ بۆ بەدواداچوون
key-outcome-attended = ئامادە بوو
key-outcome-not-attended = ئامادە نەبوو
key-outcome-declined = ڕەتی کردەوە
key-outcome-unknown = نەزانراو
key-outcome-pending = هێشتا چاوەڕوانە (بەرواری نوێ)
key-close-visit-done = داخستنی سەردان: تەواو
key-close-visit-left = داخستنی سەردان: ڕۆیشت، نەبینرا
follow-ups-counts = ڕەوانەکردن بۆ بەدواداچوون: { $referrals } · سەردانی کراوە: { $visits } · نۆرە بۆ داخستن: { $bookings }
follow-ups-empty = هیچ شتێک بۆ بەدواداچوون نییە. ڕەوانەکردنەکان لە بەرواری بەدواداچوونیاندا لێرە دەردەکەون؛ سەردانەکانی ڕۆژانی پێشوو کە لە ڕیزدا ماونەتەوە، و نۆرەی وەرگێڕ کە کاتیان تێپەڕیوە و هێشتا کراوەن، ئەوانیش لێرە دەردەکەون.
follow-ups-referral = ڕەوانەکردن: { $service }
follow-ups-visit = سەردانی کراوە ماوەتەوە ({ $state })
col-due = کات
col-days-late = دواکەوتوو
col-what = چی
status-outcome-recorded = ئەنجام تۆمار کرا: { $outcome }.
status-follow-up-put-off = هێشتا چاوەڕوانە: لە { $date } دووبارە بەدواداچوون بکە.
status-visit-closed = سەردان داخرا.
status-not-a-referral = ئەو دێڕە سەردانە: d وەک تەواو دایدەخات، l وەک ڕۆیشت.
status-not-a-visit = ئەو دێڕە ڕەوانەکردنە: a ئامادە بوو، n ئامادە نەبوو، x ڕەتی کردەوە، u نەزانراو، p هێشتا چاوەڕوانە.
person-referral-pending = بەدواداچوون { $date }
col-kind = جۆر
col-service = خزمەتگوزاری
col-outcome = ئەنجام

## Directory
field-stale-months = نیشانەکردنی ئەو خزمەتگوزارییانەی ڕێبەر کە ئەم چەند مانگە نەپشکنراون (1–60)
error-stale-months = ژمارەی مانگ لە 1 تا 60 بنووسە.

## Signposting and referral form
form-referral = ئاراستەکردن یان ڕەوانەکردن: { $name }
field-service = خزمەتگوزاری
field-referral-kind = ئاراستە یان ڕەوانە کرا
field-consent-to-share = ڕەزامەندی
field-follow-up = بەدواداچوون لە
referral-consent-question = ڕەزامەندە زانیارییەکانی لەگەڵ ئەم خزمەتگوزارییە هاوبەش بکرێت
referral-no-service-found = هیچ خزمەتگوزارییەک ناگونجێت. پیتی کەمتر، یان وشەیەکی تر؟
key-refer = ئاراستەکردن یان ڕەوانەکردن
status-refer-whom = سەردانی کەسێکی ناسراو هەڵبژێرە (نەک سەردانی بێناو)، یان پەڕەکەی بکەرەوە، بۆ ئاراستەکردن یان ڕەوانەکردنی.
status-directory-empty = ڕێبەرەکە هێشتا هیچ خزمەتگوزارییەکی چالاکی تێدا نییە (F4).
error-choose-service = خزمەتگوزارییەک هەڵبژێرە: چەند پیتێک بنووسە، پاشان ↑ ↓ و Enter.
status-signposted = { $name } ئاراستەی { $service } کرا.
status-referred = { $name } ڕەوانەی { $service } کرا: لە بەرواری بەدواداچوونیدا لە F6 دەبێت.

## Open Referral import and export (dropin import hsds, dropin export hsds)
import-progress = خوێندنەوەی ڕێبەر
import-summary = هاوردەکردنی Open Referral — زیاد کرا: { $added }، نوێ کرایەوە: { $updated }، نەگۆڕا: { $unchanged }، ڕەت کرایەوە: { $rejected }.
import-rejected = { $place }: { $reason }
import-more-rejected = { $count ->
        [one] …و 1 دێڕی ڕەتکراوەی تر، کە لێرەدا نەنووسراوە.
       *[other] …و { $count } دێڕی ڕەتکراوەی تر، کە لێرەدا نەنووسراون.
    }
import-at-line = { $file }، دێڕی { $line }
import-at-item = { $file }، { $item }
import-at-file = { $file }
import-reason-not-utf8 = دەقی ناو «{ $column }» UTF-8 ی دروست نییە
import-reason-fields = دێڕەکە { $found } خانەی هەیە لە کاتێکدا سەردێڕەکە { $expected } ی هەیە
import-reason-json = JSON ی دروست نییە (لە دێڕی { $line }، ستوونی { $column })
import-reason-too-large = فایلەکە گەورەترە لەوەی وەک JSON بخوێنرێتەوە ({ $mib } MiB)؛ لە جیاتی ئەوە پاکێجی CSV هاوردە بکە
import-reason-missing = «{ $column }» بەتاڵە
import-reason-too-long = «{ $column }» زۆر درێژە
import-reason-duplicate = ناسنامەی «{ $id }» پێشتر لە دێڕی { $first } بەکارهاتووە
import-reason-no-organisation = ڕێکخراوەکەی «{ $id }» لە ڕێبەرەکەدا نییە
import-reason-no-organisation-id = هیچ ڕێکخراوێک ناو نابات
import-reason-organisation-rejected = ڕێکخراوەکەی (دێڕی { $line }) ڕەت کرایەوە
import-reason-part-rejected = دێڕێکی لە { $file }، دێڕی { $line }، ڕەت کرایەوە
import-error-not-found = هیچ شتێک لە { $path } نییە.
import-error-not-hsds = { $path } نە پاکێجی CSV ی Open Referral ە (فۆڵدەرێک لەگەڵ datapackage.json) نە JSON.
import-error-datapackage = { $file } وەسفێکی دروستی پاکێجی داتا نییە (دێڕی { $line }). هیچ شتێک هاوردە نەکرا.
import-error-no-table = پاکێجەکە خشتەی «{ $table }» ی تێدا نییە، کە هاوردەکردن پێویستی پێیەتی. هیچ شتێک هاوردە نەکرا.
import-error-file-missing = datapackage.json ناوی { $file } دەبات، کە لەوێ نییە. هیچ شتێک هاوردە نەکرا.
import-error-unsafe-path = datapackage.json ناوی { $file } دەبات، لە دەرەوەی فۆڵدەری پاکێجەکە: ڕەت کرایەوە. هیچ شتێک هاوردە نەکرا.
import-error-missing-column = { $file } ستوونی «{ $column }» ی نییە، کە هاوردەکردن پێویستی پێیەتی: فایلەکە ڕەت کرایەوە و هیچ شتێک هاوردە نەکرا.
import-error-read = { $file } ناخوێنرێتەوە ({ $detail }).
import-error-mapping = فایلی نەخشەکێشان، دێڕی { $line }: «{ $text }» یاسایەک نییە (PATTERN = DOMAIN, DOMAIN …). هیچ شتێک هاوردە نەکرا.
import-error-mapping-domain = فایلی نەخشەکێشان، دێڕی { $line }: «{ $text }» ناوی بوارێک دەبات کە یەکێک لە 14 بوارەکە نییە. هیچ شتێک هاوردە نەکرا.
import-error-not-allowed = تەنها ڕێکخەر دەتوانێت خزمەتگوزاری بۆ ناو ڕێبەر هاوردە بکات.
export-progress = نووسینی ڕێبەر
export-done = { $services ->
        [one] 1 خزمەتگوزاری
       *[other] { $services } خزمەتگوزاری
    } لە { $organisations ->
        [one] 1 ڕێکخراو
       *[other] { $organisations } ڕێکخراو
    } نووسرا بۆ { $dir }.
export-error-not-empty = { $dir } بەتاڵ نییە: فۆڵدەرێکی نوێ یان بەتاڵ هەڵبژێرە.
export-error-write = { $file } نانووسرێت ({ $detail }).

## Slip
slip-title = پسوولە (Ctrl+P چاپ · Ctrl+T پاشەکەوت وەک دەق · Esc داخستن)
slip-address = ناونیشان
slip-phone = تەلەفۆن
slip-opening-times = کاتەکانی کردنەوە
slip-website = ماڵپەڕ
slip-email = ئیمەیڵ
key-print-slip = چاپ
key-save-slip = پاشەکەوت وەک فایلی دەق
field-printer = چاپکەر بۆ پسوولە (بەتاڵ: پاشەکەوت وەک دەق)
status-slip-saved = پسوولە وەک { $file } پاشەکەوت کرا.
status-slip-not-saved = پسوولەکە پاشەکەوت نەکرا: { $why }
status-slip-printed = پسوولە نێردرا بۆ { $printer }.
status-slip-not-printed = چاپکەری { $printer } پسوولەکەی وەرنەگرت. ناوەکەی لە ڕێکخستن (F8) بپشکنە، یان t دابگرە بۆ پاشەکەوتکردنی وەک فایلی دەق.
status-no-printer = هیچ چاپکەرێک دانەنراوە (ڕێکخستن، F8). t دابگرە بۆ پاشەکەوتکردنی پسوولەکە وەک فایلی دەق.
status-no-lp = چاپکردن پێویستی بە فەرمانی lp ی سیستەم هەیە (CUPS)، کە ئەم کۆمپیوتەرە نییەتی. t دابگرە بۆ پاشەکەوتکردنی پسوولەکە وەک فایلی دەق.
screen-directory = ڕێبەر
key-go-directory = بڕۆ بۆ ڕێبەر
key-new-service = خزمەتگوزاریی نوێ
key-open-service = کردنەوەی خزمەتگوزاری
key-edit-service = دەستکاریی خزمەتگوزاری
key-mark-verified = نیشانەکردن وەک ئەمڕۆ پشکنراو
key-deactivate-service = ناچالاککردنی خزمەتگوزاری
key-reactivate-service = چالاککردنەوەی خزمەتگوزاری
key-filter-domain = پاڵاوتن بە بوار
key-filter-language = پاڵاوتن بە زمان
key-show-inactive = پیشاندان یان شاردنەوەی خزمەتگوزارییە ناچالاکەکان
directory-search-label = گەڕانی خزمەتگوزاری:
directory-filter-domain = بوار: { $domain }
directory-filter-language = زمان: { $language }
directory-inactive-hidden = ناچالاکەکان شاراوەن
directory-inactive-shown = ناچالاکەکان پیشان دراون
directory-any = هەر کام
directory-summary = پیشاندراو: { $shown } لە { $total } · ⚠ بۆ { $months } مانگ نەپشکنراو: { $stale }
directory-empty = ڕێبەرەکە بەتاڵە. ڕێکخەر بە Ctrl+N خزمەتگوزاری زیاد دەکات.
directory-none = هیچ خزمەتگوزارییەک ناگونجێت. Esc گەڕانەکە پاک دەکاتەوە، پاشان پاڵاوتنەکان.
directory-inactive = ناچالاک
directory-never = هەرگیز
directory-domain-title = پاڵاوتن بە بوار
directory-language-title = پاڵاوتن بە زمان
directory-any-domain = هەر بوارێک
directory-any-language = هەر زمانێک
col-organisation = ڕێکخراو
col-domains = بوارەکان
col-checked = پشکنراو
form-new-service = خزمەتگوزاریی نوێ
form-edit-service = دەستکاریی خزمەتگوزاری
field-organisation = ڕێکخراو
field-service-name = ناوی خزمەتگوزاری
field-description = وەسف
field-domains = بوارەکان
field-address = ناونیشان
field-postcode = پۆستکۆد
field-email = ئیمەیڵ
field-website = ماڵپەڕ
field-opening-times = کاتەکانی کردنەوە
field-service-languages = زمانە قسەپێکراوەکان
field-eligibility = بۆ کێیە
field-how-to-refer = چۆن ڕەوانە بکرێت
field-service-status = بار
field-last-verified = دوا پشکنین
field-source = سەرچاوە
service-active = چالاک
service-inactive = ناچالاک: ئێستا پێشکەش ناکرێت
service-never-checked = هەرگیز نەپشکنراوە
service-stale = { $months } مانگ یان زیاتر نەپشکنراوە
service-typed = لەم سەنتەرەدا نووسراوە
service-imported = لە ڕێبەرێکی Open Referral هاوردە کراوە لە { $date } (ناسنامەکەی: { $id })
status-service-saved = { $name } پاشەکەوت کرا.
status-service-verified = { $name } وەک ئەمڕۆ پشکنراو نیشانە کرا.
status-service-deactivated = { $name } ئێستا ناچالاکە: لیستەکە دەیشارێتەوە (Ctrl+T خزمەتگوزارییە ناچالاکەکان پیشان دەدات).
status-service-reactivated = { $name } دووبارە چالاکە.
key-show-slip = پسوولە
key-import-directory = هاوردەکردن (Open Referral)
import-from-title = هاوردەکردنی خزمەتگوزاری (Open Referral)
import-from-hint = فۆڵدەرێک لەگەڵ datapackage.json و فایلی CSV، یان فایل یان فۆڵدەرێکی JSON. Enter هاوردە دەکات؛ Esc دەگەڕێتەوە.
import-from-label = ڕێڕەو:
import-report-title = هاوردەکردن
put-off-title = هێشتا چاوەڕوانە
put-off-hint = دووبارە بەدواداچوون لە (YYYY-MM-DD). Enter دڵنیا دەکاتەوە؛ Esc دەگەڕێتەوە.

## Interpreter bookings
booking-bad-duration = نۆرە لە 1 خولەکەوە تا 12 کاتژمێر دەخایەنێت.
booking-interpreter-busy = ئەو وەرگێڕە لەو کاتەدا پێشتر نۆرەی هەیە (سەیری ئەو نۆرەیە بکە کە پیشان دراوە).
booking-interpreter-inactive = ئەو وەرگێڕە چیتر چالاک نییە.
booking-bad-transition = نۆرەیەک لەو بارەدا بەو شێوەیە ناگۆڕدرێت.
booking-no-show-too-early = نەهاتن تەنها دوای دەستپێکردنی ژوانەکە تۆمار دەکرێت.

## F5 Interpreters: the roster and bookings
booking-person-busy = ئەم کەسە لەو کاتەدا پێشتر نۆرەی هەیە (پیشان دراوە). دووبارە بە Ctrl+S پاشەکەوت بکە بۆ گرتنی هەردووکیان.
interpreter-incomplete = وەرگێڕ پێویستی بە ناو و لانیکەم یەک زمان هەیە.
screen-interpreters = وەرگێڕەکان
key-go-interpreters = بڕۆ بۆ وەرگێڕەکان
key-new-interpreter = وەرگێڕی نوێ
key-edit-interpreter = دەستکاریی وەرگێڕ
key-show-day = ڕۆژ
key-show-week = هەفتە
key-show-roster = لیست
key-filter-gender = ڕەگەز
key-filter-mode = شێواز
key-new-booking = نۆرەی نوێ
key-edit-booking = کردنەوەی نۆرە
key-confirm-booking = دڵنیاکردنەوە
key-complete-booking = تەواو بوو
key-cancel-booking = هەڵوەشاندنەوەی نۆرە
key-no-show = نەهات
key-export-calendar = فایلی ڕۆژژمێر (.ics)
key-earlier = پێشتر
key-later = دواتر
key-book-interpreter = نۆرەی وەرگێڕ بگرە
col-languages = زمانەکان
form-booking = گرتنی نۆرەی وەرگێڕ
form-booking-edit = نۆرە
field-person = کەس
field-booking-language = زمان
field-dialect = شێوەزار
field-mode = شێواز
field-appointment = ژوان
field-place = شوێن
field-date = بەروار (YYYY-MM-DD)
field-start = دەستپێک (HH:MM)
field-end = کۆتایی (HH:MM)
field-interpreter = وەرگێڕ
field-cancel-reason = بۆچی
error-bad-date = بەروار وەک YYYY-MM-DD بنووسە، بۆ نموونە 2026-12-03.
error-bad-time = کات وەک HH:MM بنووسە، بۆ نموونە 09:30.
error-choose-person = ناو یان کۆدێک بنووسە و بە Enter کەسەکە هەڵبژێرە.
error-choose-language = زمانێک بنووسە (ناو یان کۆد) و بە Enter هەڵیبژێرە.
booking-unknown-language = هیچ زمانێک بەو ناوە یان کۆدە نییە: یەکێک لە لیستەکە بە Enter هەڵبژێرە.
booking-ends-before-start = کۆتایی دەبێت دوای دەستپێک بێت.
booking-starts-in-past = ئەمە لە ڕابردوودا دەست پێدەکات. بەروارەکە بپشکنە؛ دووبارە بە Ctrl+S پاشەکەوت بکە بۆ گرتنی هەر چۆنێک بێت.
booking-cancel-needs-reason = بڵێ بۆچی نۆرەکە هەڵوەشێنرایەوە.
booking-no-interpreter-yet = هێشتا هیچ (داواکراوە)
booking-nobody-fits-gender = کەس لە لیستی وەرگێڕەکاندا بۆ ئەم زمانە لەگەڵ ڕەگەزی پێباشکراو ناگونجێت: نۆرەکە وەک داواکراو دەمێنێتەوە.
booking-nobody-speaks = کەس لە لیستی وەرگێڕەکاندا ئەم زمانە یان زمانێکی نزیک قسە ناکات.
miss-related-language = { $language } قسە دەکات ({ $dialects })، زمانێکی نزیک: سەرەتا بپرسە
miss-other-dialect = شێوەزارەکانی تر: { $dialects }
miss-gender = ڕەگەزی پێباشکراو نییە
miss-mode = بەم شێوازە کار ناکات
miss-busy = ئەو کاتە نۆرەی هەیە
miss-inactive = چیتر چالاک نییە
status-booking-saved = نۆرە پاشەکەوت کرا: { $booking }
status-booking-moved = نۆرە ئێستا { $status }: { $booking }
status-calendar-saved = فایلی ڕۆژژمێر پاشەکەوت کرا: { $file }
status-calendar-not-saved = فایلی ڕۆژژمێر پاشەکەوت نەکرا: { $why }
status-calendar-nothing = ئەم هەفتەیە هیچ نۆرەیەک بۆ ئەم وەرگێڕە نییە.
calendar-summary = وەرگێڕ: { $language } — { $appointment }
calendar-reference = کۆد: { $reference }
calendar-language = زمان: { $language }
calendar-mode = شێواز: { $mode }
calendar-status = بار: { $status }
cancel-booking-title = هەڵوەشاندنەوەی نۆرە
cancel-booking-hint = Enter نۆرەکە هەڵدەوەشێنێتەوە؛ Esc دەیهێڵێتەوە.
mode-in-person = ڕووبەڕوو
mode-phone = تەلەفۆن
mode-video = ڤیدیۆ
interpreter-gender-other = تر
appointment-gp = دکتۆری گشتی
appointment-hospital = نەخۆشخانە
appointment-solicitor = پارێزەر
appointment-home-office = وەزارەتی ناوخۆ
appointment-housing = نیشتەجێبوون
appointment-school = قوتابخانە
appointment-council = شارەوانی
appointment-benefits = مووچەی کۆمەڵایەتی
appointment-other = تر
booking-status-requested = داواکراو
booking-status-confirmed = دڵنیاکراوە
booking-status-completed = تەواو بوو
booking-status-cancelled = هەڵوەشێنرایەوە
booking-status-late-cancelled = درەنگ هەڵوەشێنرایەوە
booking-status-no-show = نەهات
bookings-day = نۆرەکانی { $date } ({ $count }) — ← → ڕۆژێکی تر
bookings-week = هەفتە لە { $date } ({ $count } نۆرە) — ← → هەفتەیەکی تر
bookings-requests-count = داواکاریی هێشتا دڵنیانەکراو: { $count }
bookings-none = لەم ڕۆژەدا هیچ نۆرەیەک نییە. Ctrl+N نۆرەی وەرگێڕ دەگرێت.
timegrid-legend = [..] █ دڵنیاکراو  ? داواکراو  · تەواو  ! پێکدادان  ‹ › دەرەوەی 08–18
col-time = کات
col-interpreter = وەرگێڕ
col-appointment = ژوان
col-status = بار
weekday-mon = دووشەممە
weekday-tue = سێشەممە
weekday-wed = چوارشەممە
weekday-thu = پێنجشەممە
weekday-fri = هەینی
weekday-sat = شەممە
weekday-sun = یەکشەممە
today-bookings = وەرگێڕی نۆرەگیراو بۆ ئەمڕۆ ({ $count }) — F5 بۆ ڕۆژەکە
follow-ups-booking = وەرگێڕ { $time } { $appointment }، { $interpreter } ({ $status }): دایبخە
status-not-a-booking = ئەوە نۆرەی وەرگێڕ نییە.

## F5 roster (interpreter form)
col-gender = ڕەگەز
col-modes = شێوازەکان
col-agency = ئاژانس
roster-search-label = گەڕان بە ناو، زمان یان شێوەزار:
roster-filter-gender = ڕەگەز: { $gender }
roster-filter-mode = شێواز: { $mode }
roster-any = هەر کام
roster-shown = پیشاندراو: { $shown } لە { $total }
roster-empty = هێشتا هیچ وەرگێڕێک لە لیستەکەدا نییە. ڕێکخەر دەتوانێت زیادیان بکات.
roster-empty-add = هێشتا هیچ وەرگێڕێک لە لیستەکەدا نییە. { $key } دابگرە بۆ زیادکردنی یەکێک.
roster-none = هیچ وەرگێڕێک ناگونجێت. Esc گەڕانەکە پاک دەکاتەوە، پاشان پاڵاوتنەکان.
roster-modes-all = هەموو شێوازەکان
roster-volunteer = خۆبەخش
roster-inactive = ناچالاک
form-new-interpreter = وەرگێڕی نوێ
form-edit-interpreter = دەستکاریی وەرگێڕ
field-interpreter-languages = زمانەکان
field-add-language = زیادکردنی زمان
field-modes = شێوازەکان
field-agency = ئاژانس
field-contact = پەیوەندی
field-active = چالاک
interpreter-dialects = شێوەزارەکان:
interpreter-dialects-hint = فاریزە لە نێوان شێوەزارەکاندا؛ { $key } زمانەکە لادەبات.
interpreter-add-language-hint = ناوی ئینگلیزی یان کۆدەکەی بنووسە (tigr، apd)، پاشان Enter.
interpreter-agency-empty = بەتاڵ: وەرگێڕی خۆبەخش
interpreter-active-note = دەکرێت نۆرەی بگیرێت
error-no-language = لانیکەم یەک زمان زیاد بکە: بەشێک لە ناوەکەی بنووسە، پاشان Enter.
error-language-not-found = هیچ زمانێک لەگەڵ «{ $typed }» ناگونجێت. پیتی کەمتر، یان کۆدەکەی تاقی بکەرەوە.
status-interpreter-saved = { $name } لە لیستی وەرگێڕەکاندا پاشەکەوت کرا.
key-remove-language = لابردنی ئەم زمانە
check-bookings-unreadable = بەشێک لە نۆرەکانی وەرگێڕ ناخوێنرێتەوە: { $about }
check-booking-unlisted = نۆرەیەک لە لیستی کەسەکەیدا نییە: { $about }
check-booking-missing = لیستی کەسێک ناوی نۆرەیەک دەبات کە بوونی نییە: { $about }
check-booking-index = پێڕستی کاتەکانی وەرگێڕەکان یان نۆرە کراوەکان لەگەڵ نۆرەیەکدا ناگونجێت: { $about }
check-booking-clash = وەرگێڕێک لە یەک کاتدا لە دوو نۆرەدایە: { $about }
check-support-unreadable = یارمەتیی دراو لەسەر سەردانێک ناکرێتەوە: { $about }
check-support-orphan = یارمەتی لەسەر سەردانێک تۆمار کراوە کە بوونی نییە، یان هی خۆیان نییە: { $about }
check-key-dates-unreadable = بەشێک لە بەروارە گرنگەکان ناخوێنرێتەوە: { $about }
check-key-date-misplaced = بەروارێکی گرنگ لەگەڵ هی کەسێکی تر هەڵگیراوە: { $about }
check-key-date-reminder = بیرخستنەوەی بەروارێکی گرنگ بۆ F6 ون بووە یان زیادە ماوەتەوە: { $about }
cancel-booking-hint-late = کەمتر لە 24 کاتژمێر پێش دەستپێک: هەڵوەشاندنەوەی درەنگ. Enter هەڵدەوەشێنێتەوە؛ Esc دەیهێڵێتەوە.
booking-cancelled-line = لە { $date } لەلایەن { $who } هەڵوەشێنرایەوە: { $why }
key-export-week = هەفتە بۆ ڕۆژژمێر (.ics)

## Amounts of money
money-error-empty = بڕێک بنووسە، وەک 12.50.
money-error-negative = بڕ ناتوانێت نەرێنی بێت.
money-error-not-a-number = ئەمە بڕ نییە: پاوەند و پێنس بە ژمارە بنووسە، وەک 12.50 یان £12.50.
money-error-too-many-decimals = لانیزۆر دوو ژمارە دوای خاڵەکە (پێنسەکە)، وەک 12.50.
money-error-two-points = تەنها یەک خاڵی دەیی، وەک 12.50.
money-error-grouping = فاریزە تەنها لە نێوان هەزارەکاندا دێت، وەک 1,250.00؛ پێنس دوای خاڵ دێت: 12.50.
money-error-other-currency = بڕەکان تەنها بە پاوەندن (£).
money-error-too-large = ئەو بڕە گەورەترە لەوەی ڕاست بێت: ژمارەکە بپشکنە.

## Support given on a visit
support-kind-food-parcel = پاکێتی خواردن
support-kind-travel-fare = کرێی هاتوچۆ
support-kind-hardship-payment = پارەی نەهامەتی
support-kind-clothing = جلوبەرگ
support-kind-phone-top-up = پڕکردنەوەی تەلەفۆن
support-kind-other = تر
support-error-amount-missing = ئەو بڕەی دراوە بنووسە، وەک 12.50.
support-error-amount-zero = بڕەکە سفرە: ئەوەی دراوە بنووسە، وەک 12.50.
support-error-amount-not-money = ئەم یارمەتییە پارە نییە: بڕەکە بەتاڵ بهێڵەوە و لە تێبینییەکەدا بڵێ چی دراوە.
support-error-note-missing = لە تێبینییەکەدا بڵێ چی دراوە.
support-error-note-too-long = تێبینییەکە زۆر درێژە: لە { $max } پیت زیاتر نەبێت.
key-give-support = یارمەتیی دراو
field-support-kind = جۆری یارمەتی
field-support-amount = بڕ (£)
support-amount-hint = پاوەند و پێنس، وەک 12.50 یان £12.50
support-confirm-large = { $amount } زیاترە لە { $limit } بۆ یەک شت. بیپشکنە: Ctrl+S دووبارە پاشەکەوتی دەکات.
status-support-confirm-large = بڕێکی زۆر: بیپشکنە، پاشان دووبارە Ctrl+S بۆ پاشەکەوتکردن.
status-support-given = تۆمار کرا: { $kind } بۆ { $name }.
status-support-over-limit = پاشەکەوت کرا. { $name } لە 12 مانگدا { $total } ی وەرگرتووە، کە زیاترە لە سنووری { $limit }.
status-support-which-visit = سەرەتا سەردانێک هەڵبژێرە: یارمەتی لەسەر سەردان تۆمار دەکرێت.
field-support-given = پێشتر لەم سەردانەدا دراوە
key-remove-support = لابردنی شتێک کە بە هەڵە تۆمار کراوە
support-remove-question = «{ $what }» لەم سەردانە لاببرێت؟ بە هەڵە تۆمار کرابوو؛ تۆماری وردبینی ئەوە دەپارێزێت کە لابراوە.
support-remove-yes = لایببە
status-support-removed = لابرا. کۆی گشتیی کەسەکە نوێ کرایەوە.
status-support-not-yours = تەنها ئەو کەسەی تۆماری کردووە، یان ڕێکخەرێک، دەتوانێت لای ببات.
audit-support-removed = یارمەتیی دراوی لەسەر سەردانێک لابرد (بە هەڵە تۆمار کرابوو)
form-support = یارمەتیی دراو بە { $name }
support-form-total = لە 12 مانگی ڕابردوودا، لەگەڵ ئەمە: { $total }
support-over-limit = زیاترە لە سنووری { $limit }
person-support-summary = یارمەتی، 12 مانگی ڕابردوو: { $total } بە پارە، { $count ->
    [one] یەک شت
   *[other] { $count } شت
}

## Households (people who came together)
household-title = خێزان
household-child-born = منداڵ، لەدایکبووی { $year }
relation-partner = هاوسەر
relation-child = منداڵ
relation-parent = دایک یان باوک
relation-sibling = برا یان خوشک
relation-other-relative = خزمی تر
relation-other = خزم نییە (هاوڕێ، چاودێر)
household-error-in-another = پێشتر لە خێزانێکی تردایە: سەرەتا لەوێ دەری بهێنە.
household-error-already-member = پێشتر لەم خێزانەدایە.
household-error-not-member = لەم خێزانەدا نییە.
household-error-anchor-has-others = خێزانەکە لە ڕێگەی ئەوەوە تۆمار کراوە: سەرەتا لە ڕێگەی کەسێکی ترەوە تۆماری بکە (Ctrl+R).
household-error-too-small = خێزان لانیکەم دوو کەسی پێویستە.
household-error-relations = بڵێ هەر کەسێک چ پەیوەندییەکی هەیە بەو کەسەوە کە خێزانەکە لە ڕێگەیەوە تۆمار کراوە.

## Key dates (hearings, interviews, deadlines)
key-date-kind-interview = چاوپێکەوتنی وەزارەتی ناوخۆ
key-date-kind-appeal-hearing = دانیشتنی تێهەڵچوونەوەی پەنابەری
key-date-kind-appeal-deadline = دوا وادەی تێهەڵچوونەوە
key-date-kind-move-on-end = کۆتایی ماوەی گواستنەوە (یارمەتیی پەنابەری دەوەستێت)
key-date-kind-court = دادگا
key-date-kind-other = بەرواری تر
key-date-outcome-kept = ڕوویدا، یان وادەکە بەجێ گەیەندرا
key-date-outcome-moved = گوازرایەوە بۆ ڕۆژێکی تر
key-date-outcome-missed = لەدەست چوو
key-date-outcome-cancelled = هەڵوەشێنرایەوە، یان چیتر پێویست نییە
key-date-due-later = دواتر
key-date-due-in = { $days ->
        [0] ئەمڕۆ
        [one] سبەی
       *[other] لە { $days } ڕۆژی داهاتوودا
    }
key-date-due-passed = { $days ->
        [one] دوێنێ تێپەڕی، هێشتا ئەنجامی نییە
       *[other] { $days } ڕۆژ لەمەوبەر تێپەڕی، هێشتا ئەنجامی نییە
    }
key-date-due-done = تەواو
key-date-soon = { $days ->
        [one] بەرواری گرنگ ئەمڕۆ یان سبەی
       *[other] بەرواری گرنگ لە ماوەی { $days } ڕۆژدا
    }
key-date-warning-past = ئەم بەروارە پێشتر تێپەڕیوە. هەر پاشەکەوتی بکەیت؟
key-date-lead-days-hint = بەتاڵ: ئاسایی بۆ ئەم جۆرە بەروارە.
field-key-date-kind = جۆری بەروار
field-key-date-date = بەروار
field-key-date-grant = بەرواری پێدانی ماف
field-key-date-lead-days = بیرخستنەوە، چەند ڕۆژ پێشتر
field-key-date-note = تێبینی
error-choose-kind = هەڵبژێرە ئەمە چ جۆرە بەروارێکە.
error-date-missing = بەروارەکە وەک YYYY-MM-DD بنووسە، بۆ نموونە 2026-12-03.
error-grant-date-missing = بەرواری پێدانی ماف بنووسە: کۆتایی یارمەتیی گواستنەوە لەوەوە دەژمێردرێت.
error-lead-days = ژمارەی ڕۆژ لە 0 تا 365 بنووسە.
error-date-future = ئەم بەروارە هێشتا نەهاتووە: ئەو ڕۆژە بنووسە کە کرا.
key-add-key-date = زیادکردنی بەرواری گرنگ
key-key-date-kept = بەرواری گرنگ: ڕوویدا، یان بەجێ گەیەندرا
key-key-date-moved = بەرواری گرنگ: گوازرایەوە بۆ ڕۆژێکی تر
key-key-date-missed = بەرواری گرنگ: لەدەست چوو
key-key-date-cancelled = بەرواری گرنگ: هەڵوەشێنرایەوە، یان چیتر پێویست نییە
key-date-kind-choose = (هەڵبژاردن: Space یان ←/→)
key-date-move-on-ends = یارمەتی لە { $date } کۆتایی دێت ({ $days } ڕۆژ دوای پێدانی ماف)
key-date-move-on-hint = یارمەتی { $days } ڕۆژ دوای پێدانی ماف کۆتایی دێت.
key-date-lead-days-usual = بەتاڵ: { $days } ڕۆژ پێشتر، ئاسایی بۆ ئەم جۆرە بەروارە.
key-date-move-on-row = کۆتایی گواستنەوە (پێدانی ماف { $grant })
key-date-outcome-hint = ئەگەر دەتەوێت تێبینییەک (پێویست نییە). Enter تۆماری دەکات؛ Esc دەگەڕێتەوە.
form-key-date = زیادکردنی بەرواری گرنگ: { $name }
status-key-date-saved = بەرواری گرنگ پاشەکەوت کرا: { $kind }، { $date }
status-not-a-key-date = ئەو دێڕە بەرواری گرنگ نییە.
status-key-date-row = ئەو دێڕە بەرواری گرنگە: h ڕوویدا، m گوازرایەوە، s لەدەست چوو، w هەڵوەشێنرایەوە (یان Ctrl+O).
follow-ups-key-dates = بەرواری گرنگ بۆ کارلەسەرکردن: { $count } (نزیکن، یان تێپەڕیون بێ ئەنجام)
col-key-date = بەروار
col-note = تێبینی
key-date-passed-short = { $days ->
        [one] دوێنێ تێپەڕی
       *[other] { $days } ڕۆژ لەمەوبەر تێپەڕی
    }
key-date-move-on-short = کۆتایی گواستنەوە

## Safeguarding concerns
safeguarding-help-danger = ئەگەر کەسێک لە مەترسیی ڕاستەوخۆدایە، سەرەتا پەیوەندی بە 999 بکە؛ دواتر لێرە تۆماری بکە.
safeguarding-help-lead = پاشەکەوتکردن یەکسەر بە بەرپرسی پاراستنی سەنتەرەکە دەڵێت. بەرپرس ئەو خۆبەخشەیە کە بڕیار دەدات دواتر چی بکرێت، وەک ڕەوانەکردن بۆ شارەوانی یان پۆلیس، و لێرە تۆماری دەکات. تەنها بەرپرس، ڕێکخەرەکان و تۆ دەتوانن ئەم نیگەرانییە ببینن.
safeguarding-new-count = { $count ->
        [one] 1 نیگەرانیی پاراستنی نوێ
       *[other] { $count } نیگەرانیی پاراستنی نوێ
    }
concern-unnamed = هیچ کەسێکی ناودار نییە
concern-category-child = منداڵی لە مەترسیدا
concern-category-adult = گەورەساڵی لە مەترسیدا
concern-category-domestic-abuse = توندوتیژیی خێزانی
concern-category-trafficking = بازرگانی بە مرۆڤ یان کۆیلایەتیی مۆدێرن
concern-category-self-harm = ئازاردانی خۆ یان مەترسیی خۆکوشتن
concern-category-other = شتێکی تر
concern-agency-childrens-services = خزمەتگوزاریی منداڵانی شارەوانی
concern-agency-adults-services = خزمەتگوزاریی گەورەساڵانی شارەوانی
concern-agency-police = پۆلیس
concern-agency-modern-slavery-helpline = هێڵی یارمەتیی کۆیلایەتیی مۆدێرن
concern-agency-domestic-abuse = خزمەتگوزارییەکی توندوتیژیی خێزانی
concern-agency-health = دکتۆری گشتی یان خزمەتگوزارییەکی تەندروستی
concern-agency-other = کەسێکی تر
concern-step-referred = ڕەوانە کرا
concern-step-action = شتێکی تر کرا
concern-step-closed = داخرا
concern-status-open = کراوە
concern-status-referred-on = ڕەوانە کرا
concern-status-closed = داخرا
concern-error-not-allowed = تەنها بەرپرسی پاراستن و ڕێکخەرەکان ئەوە تۆمار دەکەن کە دواتر چی ڕوویدا.
concern-error-closed = ئەم نیگەرانییە داخراوە. ئەگەر شتێکی نوێ ڕوویدا، نیگەرانییەکی نوێ تۆمار بکە.
field-concern-category = دەربارەی چییە
field-concern-seen-or-said = چی بینرا یان گوترا
field-concern-action-taken = تۆ چیت کرد
field-concern-step = دواتر چی ڕوویدا
field-concern-agency = ڕەوانە کرا بۆ
field-concern-on = لە
field-concern-note = تێبینی
error-choose-category = هەڵبژێرە نیگەرانییەکە دەربارەی چییە.
field-move-on-days = ماوەی گواستنەوە (ڕۆژ دوای پێدانی ماف)
field-support-limit = سنووری یارمەتی بۆ کەسێک، 12 مانگ (£؛ بەتاڵ: بێ سنوور)
error-move-on-days = ژمارەی ڕۆژ لە 1 تا 365 بنووسە (28 ئاساییە).
audit-key-date-saved = بەرواری گرنگێکی زیاد کرد یان ئەنجامەکەی تۆمار کرد
audit-support-given = یارمەتیی دراوی لەسەر سەردانێک تۆمار کرد

## Households (issue 7)
audit-household-saved = خێزانێکی پێکهێنا، گۆڕی یان هەڵوەشاندەوە
check-households-unreadable = تۆماری خێزانێک ناخوێنرێتەوە: { $about }
check-household-index = پێڕستی خێزانەکان لەگەڵ خێزانەکانی { $about } ناگونجێت
check-household-invalid = خێزانی { $about } کەمتر لە دوو کەسی تێدایە، کەسێک دوو جار، یان کەسێک کە تۆمارەکەی نەماوە
check-household-twice = { $about } لە دوو خێزاندایە
key-household = خێزان
key-remove-from-household = دەرهێنان لە خێزان
key-whole-household = هەموو خێزانەکە هاتن
household-none = هیچ (Ctrl+G بۆ زیادکردنی کەسێک کە لەگەڵیدا هات)
household-more = … و { $count } ی تر (Ctrl+G)
household-relation-of = { $relation }ی { $name }
household-anchor = خێزانەکە لە ڕێگەی ئەوەوە تۆمار کراوە
household-recorded-through = پەیوەندییەکان بەرامبەر بە { $name } دیاری کراون، کە خێزانەکە لە ڕێگەی ئەوەوە تۆمار کراوە.
household-form-title = خێزانی { $name }
household-field-add-person = زیادکردنی کەس
household-field-add-child = زیادکردنی منداڵ (ساڵی لەدایکبوون)
household-field-members = لە خێزانەکەدا
household-hint-list = ← → پەیوەندی · Enter: ڕاستە · Ctrl+R: لە ڕێگەی ئەوەوە تۆمار بکە
household-confirm-remove = { $name } لە خێزانەکە دەربهێنرێت؟
household-confirm-remove-child = منداڵی لەدایکبووی { $year } لە خێزانەکە دەربهێنرێت؟
household-remove-yes = دەرهێنان
status-household-saved = خێزان پاشەکەوت کرا.
status-household-dissolved = خێزانەکە نەما: کەمتر لە دوو کەس تێیدا مابوونەوە.
field-visit-household = لەگەڵیدا هاتن
household-needs-same = هەمان پێویستی
household-needs-own = پێویستیی خۆی
household-hint-visit = Space: ئەویش هات · Enter: پێویستییەکانی خۆی · Ctrl+A: هەمووان
field-visit-needs-of = پێویستییەکانی { $name }
status-visits-saved = { $count ->
    [one] سەردان بۆ { $name } پاشەکەوت کرا.
   *[other] سەردانەکان بۆ { $name } و { $others } کەسی تری خێزانەکە پاشەکەوت کران.
}
household-hint-everyone = Ctrl+A: هەمووان هاتن
col-household = خێزان
key-record-through = خێزانەکە لە ڕێگەی ئەوەوە تۆمار بکە
household-check-relation = بپشکنە: ← → بۆ گۆڕین، Enter ئەگەر ڕاستە

## Safeguarding concerns: stored and shown
audit-concern-raised = نیگەرانییەکی پاراستنی تۆمار کرد
audit-concern-viewed = نیگەرانییەکی پاراستنی کردەوە
audit-concern-updated = تۆماری کرد کە دواتر چی ڕوویدا لەسەر نیگەرانییەکی پاراستن
check-concerns-unreadable = نیگەرانییەکی پاراستن ناکرێتەوە: { $about }
check-concern-awaiting = ژمارەی ئەو نیگەرانییانەی چاوەڕێی بەرپرسی پاراستنن لەگەڵ نیگەرانییەکدا ناگونجێت: { $about }
check-report-counts = ژمارەکانی ڕاپۆرتی { $about } لەگەڵ تۆمارەکانی ئەو ڕۆژەدا ناگونجێن
check-report-counts-unreadable = ژمارەکانی ڕاپۆرت ناخوێنرێنەوە و دووبارە ناژمێردرێنەوە
key-raise-concern = تۆمارکردنی نیگەرانیی پاراستن
key-show-concerns = نیگەرانییەکانی پاراستن
key-open-concern = کردنەوەی نیگەرانی
key-record-step = تۆمارکردنی ئەوەی دواتر ڕوویدا
key-close-concern = داخستنی نیگەرانی
key-toggle-lead = بەرپرسی پاراستن: دانان یان لابردن
form-concern = نیگەرانیی پاراستن
form-concern-step = دواتر چی ڕوویدا
field-concern-person = دەربارەی
field-concern-other-agency = کێ (ناو)
field-concern-status = بار
field-concern-raised = تۆمار کرا
field-safeguarding-lead = بەرپرسی پاراستن
concern-category-none = هێشتا هەڵنەبژێردراوە (← → بۆ هەڵبژاردن)
concern-status-raised = نیگەرانی پاشەکەوت کرا. بە بەرپرسی پاراستن گوترا.
concern-status-step-saved = ئەوەی دواتر ڕوویدا پاشەکەوت کرا.
concern-status-closed-saved = نیگەرانییەکە داخرا.
concern-awaiting-lead = هێشتا نەکراوەتەوە
concern-page-title = نیگەرانیی پاراستن
concern-raised-by = { $date } { $time } لەلایەن { $name }
concern-steps = دواتر چی ڕوویدا
concern-no-steps = هێشتا هیچ تۆمار نەکراوە.
concern-raiser-note = بەرپرسی پاراستن بڕیار دەدات دواتر چی بکرێت و لێرە تۆماری دەکات.
concerns-title = ئەو نیگەرانییانەی پاراستن کە دەتوانیت ببینیت: { $count }
concerns-empty = هیچ نیگەرانییەکی پاراستن نییە بۆ پیشاندان. Ctrl+Y لە هەر شاشەیەکەوە یەکێک تۆمار دەکات.
col-raised = تۆمار کرا
col-concern-category = دەربارەی
col-concern-status = بار
col-concern-lead = بەرپرس
confirm-close-concern = ئەم نیگەرانییە دابخرێت؟ دوای ئەوە هیچ هەنگاوێکی تری لەسەر تۆمار ناکرێت؛ لێت دەپرسرێت بۆچی.
confirm-close-concern-yes = دایبخە
person-concerns = نیگەرانییەکانی پاراستن
person-concerns-count = { $count } — F6، Ctrl+G
volunteer-safeguarding-lead = بەرپرسی پاراستن
volunteer-lead-hint = بە هەموو نیگەرانییەکی نوێ ئاگادار دەکرێتەوە
status-lead-marked = { $name } ئێستا بەرپرسی پاراستنە.
status-lead-unmarked = { $name } چیتر بەرپرسی پاراستن نییە.

## Reports and exports (src/export, src/cli/export.rs)
audit-records-exported = تۆمارەکانی هەناردە کرد (تەنها کۆدەکان)
audit-records-exported-full = تۆمارەکانی لەگەڵ ناو، تێبینی و ژمارەی تەلەفۆن هەناردە کرد (هەناردەی تەواو)
export-error-exists = { $file } پێشتر هەیە: ناوێکی تر هەڵبژێرە، یان ‎--force زیاد بکە بۆ ئەوەی جێی بگرێتەوە.
export-error-is-folder = { $file } فۆڵدەرە: ناوی فایلێک بنووسە بۆ نووسین.
export-error-folder = هیچ شتێک لە { $dir } نانووسرێت ({ $detail }): فۆڵدەرێکی تر هەڵبژێرە.
export-error-writing = هەناردەکە نەنووسرا ({ $detail })؛ هیچ شتێک بەجێ نەمایەوە.
export-not-given = نەدراوە
export-not-recorded = هێشتا تۆمار نەکراوە
export-col-section = بەش
export-col-item = بابەت
export-col-label = ژمارە
export-col-value = ئەم ماوەیە
export-col-previous = ماوەی پێشوو
export-col-person = کەس
export-col-name = ناو
export-col-notes = تێبینییەکان
export-col-phone = تەلەفۆن
export-col-amount = بڕ (£)
export-col-day = ڕۆژ
export-col-visit-id = سەردان
export-col-arrived = هاتن
export-col-waited-minutes = چاوەڕێ (خولەک)
export-col-state = بار
export-col-age-band = تەمەن
export-col-gender = ڕەگەز
export-col-country = وڵاتی ڕەسەن
export-col-immigration-status = باری کۆچبەری
export-col-first-language = زمانی یەکەم
export-col-needs = پێویستییەکان
export-col-language = زمان
export-col-interpreting = وەرگێڕان
export-col-visits-in-range = سەردان لە ماوەکەدا
export-col-recorded = تۆمار کراوە لە
export-col-english-level = ئینگلیزی
export-col-needs-interpreter = پێویستی بە وەرگێڕە
export-col-year-of-birth = ساڵی لەدایکبوون
export-col-referral-id = ڕەوانەکردن
export-col-kind = جۆر
export-col-domain = بوار
export-col-service-id = ژمارەی خزمەتگوزاری
export-col-service = خزمەتگوزاری
export-col-outcome = ئەنجام
export-col-follow-up = بەدواداچوون لە
export-col-booking-id = نۆرە
export-col-start = دەستپێک
export-col-minutes = خولەک
export-col-appointment = ژوان
export-col-mode = چۆن
export-col-status = بار
export-col-place = شوێن
export-col-organisation = ڕێکخراو
export-col-domains = بوارەکان
export-col-postcode = پۆستکۆد
export-col-email = ئیمەیڵ
export-col-website = ماڵپەڕ
export-col-languages = زمانەکان
export-col-active = چالاک
export-col-last-verified = دوا پشکنین
export-col-given = دراوە لە
export-fig-visits = سەردانەکان
export-fig-people = کەسانی جیاواز
export-fig-new-people = کەسانی نوێ
export-fig-anonymous = سەردانی بێناو
export-fig-households = خێزانەکان
export-fig-visits-per-person = سەردان بۆ هەر کەسێک
export-fig-average-wait = تێکڕای چاوەڕێ (خولەک)
export-fig-longest-wait = درێژترین چاوەڕێ (خولەک)
export-fig-family-interpreting = وەرگێڕانی خێزان یان هاوڕێ (کارێکی باش نییە)
export-section-summary = کورتە
export-section-needs = پێویستییەکان بە پێی بوار
export-section-languages = زمانە بەکارهاتووەکان
export-section-interpreting = وەرگێڕان
export-section-sent-by-domain = ئاراستە و ڕەوانە، بە پێی بوار
export-section-sent-by-service = ئاراستە و ڕەوانە، بە پێی خزمەتگوزاری
export-section-outcomes = ئەنجامەکانی ڕەوانەکردن
export-section-bookings = نۆرەکانی وەرگێڕ
export-section-booking-hours = کاتژمێرەکانی وەرگێڕ
export-section-bookings-by-language = نۆرەکانی وەرگێڕ بە پێی زمان
export-section-hours = هاتن بە پێی کاتژمێر
export-section-weekdays = سەردان بە پێی ڕۆژی هەفتە
export-section-support = یارمەتیی دراو
export-section-support-amount = یارمەتیی دراو، بڕ (£)
export-section-concerns = نیگەرانییەکانی پاراستن (ژمارەی کەمتر لە 5 وەک <5 پیشان دەدرێت)
export-section-key-dates = بەروارە گرنگەکان
export-section-equalities-gender = یەکسانی: ڕەگەز (ژمارەی کەمتر لە 5 وەک <5 پیشان دەدرێت)
export-section-equalities-age-band = یەکسانی: تەمەن (ژمارەی کەمتر لە 5 وەک <5 پیشان دەدرێت)
export-section-equalities-country = یەکسانی: وڵاتی ڕەسەن (ژمارەی کەمتر لە 5 وەک <5 پیشان دەدرێت)
export-section-equalities-immigration-status = یەکسانی: باری کۆچبەری (ژمارەی کەمتر لە 5 وەک <5 پیشان دەدرێت)
export-section-equalities-first-language = یەکسانی: زمانی یەکەم (ژمارەی کەمتر لە 5 وەک <5 پیشان دەدرێت)
export-age-under-18 = کەمتر لە 18
export-age-18-25 = 18 تا 25
export-age-26-35 = 26 تا 35
export-age-36-50 = 36 تا 50
export-age-51-65 = 51 تا 65
export-age-over-65 = سەرووی 65
cli-error-day = "{ $day }" بەروار نییە: وەک YYYY-MM-DD بینووسە، بۆ نموونە 2026-04-01.
cli-error-backwards = ماوەکە لە { $from } دەست پێدەکات، دوای کۆتاییەکەی لە { $to }: ‎--from پێش ‎--to دابنێ.
cli-error-too-long = ماوە نابێت لە 20 ساڵ درێژتر بێت.
cli-error-coordinators-only = تەنها ڕێکخەر دەتوانێت ڕاپۆرت ببینێت و تۆمار هەناردە بکات.
cli-report-title = ڕاپۆرتی { $from } تا { $to } (ماوەی پێشوو { $pfrom } تا { $pto })
cli-report-written = { $rows } ژمارە نووسرا بۆ { $file }
cli-export-written = { $rows } دێڕ نووسرا بۆ { $file }
cli-full-word = ناوەکان
cli-full-warning = ئەم هەناردەیە ({ $kind }) ناو، تێبینی و ژمارەی تەلەفۆنی تێدا دەبێت. فایلەکە بە سەلامەتی بپارێزە و کاتێک تەواو بوو بیسڕەوە. { $word } بنووسە بۆ بەردەوامبوون:
cli-full-needs-yes = هەناردەی تەواو پێویستی بە «بەڵێ»ی دووەم هەیە: ‎--yes-full زیاد بکە (هیچ تێرمیناڵێک نییە بۆ پرسیارکردن).
cli-full-not-confirmed = دڵنیا نەکرایەوە: هیچ شتێک هەناردە نەکرا.
cli-full-not-personal = ڕێبەرەکە هیچ زانیارییەکی کەسی تێدا نییە: ‎--full بۆ تۆماری کەسانە.

## F7 Reports (coordinators)
screen-reports = ڕاپۆرتەکان
key-go-reports = بڕۆ بۆ ڕاپۆرتەکان
key-report-range-before = ماوەی پێشوو
key-report-range-next = ماوەی دواتر
key-report-dates = نووسینی بەروار
key-report-next-section = بەشی دواتر
key-report-prev-section = بەشی پێشوو
key-report-shared = بۆ هاوبەشکردن (<5)
key-report-export = هەناردە
key-report-refresh = دووبارە خوێندنەوە
key-report-apply-range = پیشاندانی ئەم ماوەیە
report-coordinators-only = ڕاپۆرتەکان بۆ ڕێکخەرەکانن. ئەگەر ژمارەیەکت پێویستە داوا لە ڕێکخەرێک بکە.
report-range-today = ئەمڕۆ
report-range-this-week = ئەم هەفتەیە
report-range-this-month = ئەم مانگە
report-range-last-month = مانگی پێشوو
report-range-this-quarter = ئەم چارەکە
report-range-financial-year = ساڵی دارایی
report-range-last-12-months = 12 مانگی ڕابردوو
report-range-custom = بەروارەکانی خۆت
report-range-line = { $preset }  { $from } – { $to } ({ $days ->
    [one] 1 ڕۆژ
   *[other] { $days } ڕۆژ
})
report-compared-with = بەراورد لەگەڵ { $from } – { $to }
report-from = لە
report-to = تا
report-error-date = بەروار نییە: وەک YYYY-MM-DD بینووسە، بۆ نموونە 2026-04-01.
report-error-backwards = دەستپێک دوای کۆتاییە.
report-error-too-long = ماوە لانیزۆر دەتوانێت 20 ساڵ بێت.
report-none = هیچ ڕاپۆرتێک لەسەر شاشە نییە: Ctrl+R دەیخوێنێتەوە.
report-section-overview = گشتی
report-section-needs = پێویستی
report-section-languages = زمانەکان
report-section-sent-on = ئاراستە و ڕەوانە
report-section-bookings = وەرگێڕەکان
report-section-times = کاتەکان
report-section-support = یارمەتی
report-section-equalities = یەکسانی
report-column-now = ئەم ماوەیە
report-column-before = پێشتر
report-column-change = گۆڕان
report-more = { $count } دێڕی تر: PgDn
report-nothing = هیچ لە هیچ ماوەیەکدا
report-visits = سەردانەکان
report-people = کەسانی جیاواز
report-new-people = کەسانی نوێی تۆمارکراو
report-anonymous = سەردانی بێناو
report-visits-per-person = سەردان بۆ هەر کەسێک
report-households = خێزانی بینراو
report-heading-weekly = سەردان لە هەفتەیەکدا
report-weekly-note = لووتکە { $peak } لە هەفتەیەکدا · { $total } بە گشتی (پێشتر: { $before })
report-weekly-dates = هەفتەکان لە { $first } تا { $last }{ $per ->
    [one] {""}
   *[other] {" "}({ $per } هەفتە بۆ هەر نیشانەیەک)
}
report-heading-needs = پێویستییەکان بە پێی بوار (سەردان)
report-heading-languages = زمانە بەکارهاتووەکان (سەردان)
report-heading-interpreting = وەرگێڕان (سەردان؛ ⚠ کارێکی باش نییە)
report-family-interpreting = ⚠ خێزان یان هاوڕێ
report-heading-signposted = ئاراستە کراو، بە پێی بوار
report-heading-referred = ڕەوانە کراو، بە پێی بوار
report-total = بە گشتی
report-no-domain = هیچ بوارێک نەدراوە
report-heading-signposted-services = ئاراستە کراو، بە پێی خزمەتگوزاری
report-heading-referred-services = ڕەوانە کراو، بە پێی خزمەتگوزاری
report-key-date-kept = ڕوویدا یان بەجێ گەیەندرا
report-key-date-moved = گوازرایەوە
report-key-date-missed = لەدەست چوو
report-key-date-cancelled = هەڵوەشێنرایەوە
report-heading-outcomes = ئەنجامەکان
report-bookings = نۆرەکانی وەرگێڕ
report-booked-hours = کاتژمێری نۆرەگیراو
report-late-cancellations = هەڵوەشاندنەوەی درەنگ
report-no-shows = نەهاتن
report-heading-bookings = نۆرەکان بە پێی زمان و بار
report-heading-booked-hours = کاتژمێرەکان بە پێی زمان و بار
report-average-wait = تێکڕای چاوەڕێ (خولەک)
report-longest-wait = درێژترین چاوەڕێ (خولەک)
report-heading-hours = هاتن بە پێی کاتژمێر
report-heading-weekdays = سەردان بە پێی ڕۆژی هەفتە
report-heading-support = یارمەتیی دراو (شت)
report-support-amount = { "  " }بڕی دراو
report-heading-concerns = نیگەرانییەکانی پاراستن (تەنها ژمارە)
report-heading-key-dates = بەروارە گرنگەکان
report-key-date-open = هێشتا هیچ تۆمار نەکراوە
report-for-sharing = بۆ هاوبەشکردن: ژمارەی کەمتر لە 5 وەک <5 پیشان دەدرێت (Ctrl+T)
report-not-recorded = تۆمار نەکراوە
report-heading-gender = ڕەگەز (کەسان)
report-heading-age = تەمەن (کەسان)
report-age-under-18 = کەمتر لە 18
report-age-18-25 = 18–25
report-age-26-35 = 26–35
report-age-36-50 = 36–50
report-age-51-65 = 51–65
report-age-over-65 = سەرووی 65
report-heading-country = وڵاتی ڕەسەن (کەسان)
report-heading-status = باری کۆچبەری (کەسان)
report-heading-first-language = زمانی یەکەم (کەسان)

## F7's export box (Ctrl+E on F7)
key-export-write = هەناردە
key-export-choice-before = هەڵبژاردەی پێشوو
key-export-choice-next = هەڵبژاردەی دواتر
export-box-title = هەناردە
export-box-days = ڕۆژەکان: { $from } – { $to } ({ $days ->
    [one] 1 ڕۆژ
   *[other] { $days } ڕۆژ
})
export-box-whole-directory = هەموو ڕێبەرەکە، وەک ئێستا هەیە
export-field-what = چی
export-field-format = شێوە
export-field-full = ناو و تێبینی
export-field-file = فایل
export-what-report = ڕاپۆرتی پیشاندراو
export-what-visits = سەردانەکان
export-what-people = کەسانی بینراو
export-what-referrals = ئاراستەکردن و ڕەوانەکردنەکان
export-what-bookings = نۆرەکانی وەرگێڕ
export-what-services = خزمەتگوزارییەکان (ڕێبەر)
export-what-support = یارمەتیی دراو
export-format-csv = CSV (خشتەکان)
export-format-json = JSON (بەرنامەکان)
export-full-off = نەخێر: تەنها کۆدەکان
export-full-on = بەڵێ: ناو، تێبینی، تەلەفۆن
export-holds-report = ژمارەکانی سەر شاشە و ماوەی پێشوو؛ ژمارەی کەمتر لە 5 وەک <5.
export-holds-services = خزمەتگوزارییەکانی ناو ڕێبەر: زانیاریی کەسیی هیچ کەسێک نا.
export-holds-pseudonymised = کۆدەکان و تەمەن: بێ ناو، بێ تێبینی، بێ ژمارەی تەلەفۆن.
export-holds-full = ئەم فایلە ناو، تێبینی و ژمارەی تەلەفۆنی تێدا دەبێت: بە سەلامەتی بیپارێزە.
export-box-no-range = هیچ ماوەیەک لەسەر شاشە نییە بۆ هەناردە: سەرەتا یەکێک هەڵبژێرە.
export-box-no-file = ناوی ئەو فایلە بنووسە کە دەنووسرێت.
export-box-is-folder = ئەوە فۆڵدەرە: ناوی فایلێک زیاد بکە بۆ نووسین.
export-box-exists = فایلێک بەو ناوە پێشتر هەیە: ناوێکی تر هەڵبژێرە. هیچ شتێک نەنووسرا.
export-box-no-folder = هیچ فۆڵدەرێکی { $dir } نییە: ڕێڕەوەکە بپشکنە.
export-box-cannot-write = هیچ شتێک لە { $dir } نانووسرێت: فۆڵدەرێکی تر هەڵبژێرە.
export-box-not-written = هیچ شتێک نەنووسرا: سەیری پەیامی تەنیشت فایلەکە بکە.
export-full-question = فایلەکە ({ $what }) ناو، تێبینی و ژمارەی تەلەفۆنی تێدا دەبێت. بە سەلامەتی بیپارێزە: تەنها لەسەر ئەم کۆمپیوتەرە یان درایڤێکی پارێزراو، هەرگیز بە ئیمەیڵ نا، و کاتێک کارەکەی تەواو بوو بیسڕەوە. هەناردەکە لە تۆماری وردبینیدا دەنووسرێت. لەگەڵ ناوەکان بینووسرێت؟
export-full-yes = بینووسە، لەگەڵ ناوەکان
export-full-no = گەڕانەوە
work-export-title = هەناردەکردن
work-export-what = فایلەکە دەنووسرێت: تکایە چرکەیەک.

## Data life cycle: consent, retention, anonymisation.
consent-purpose-record = هەڵگرتنی تۆمار
consent-purpose-share = هاوبەشکردن بۆ ڕەوانەکردن
consent-purpose-contact = پەیوەندی بە تەلەفۆن یان نامە
consent-short-record = تۆمار
consent-short-share = هاوبەشکردن
consent-short-contact = پەیوەندی
consent-share-question = ڕەزامەندە کە زانیارییەکانی لەگەڵ خزمەتگوزارییەک هاوبەش بکەین کاتێک بۆی ڕەوانە دەکەین
consent-contact-question = ڕەزامەندە کە بە تەلەفۆن یان نامە پەیوەندیی پێوە بکەین
field-consent-more = هەروەها
consent-title = ڕەزامەندی: { $name }
consent-state-given = دراوە لە { $date }
consent-state-withdrawn = کێشراوەتەوە لە { $date }
consent-state-never = نەپرسراوە
consent-hint = Space ڕەزامەندیی هەڵبژێردراو دەدات یان دەیکێشێتەوە، وەک ئێستا کەسەکە دەڵێت. Esc دایدەخات.
consent-history = هەموو گۆڕانکارییەک، نوێترین یەکەم:
consent-event-given = دراوە
consent-event-withdrawn = کێشراوەتەوە
consent-no-contact = پەیوەندی مەکە
consent-anonymised = ئەم تۆمارە بێناو کراوە: چیتر هیچ ڕەزامەندییەک نەماوە بۆ تۆمارکردن.
consent-withdraw-record-question = { $name } چیتر ڕەزامەند نییە کە تۆمارێکی دەربارەی هەڵبگرین. تۆمارەکەی ئێستا بێناو دەکرێت: ناو، تەلەفۆن، تێبینییەکان و ساڵی لەدایکبوون لادەبرێن، هەروەها تێبینییەکانی سەردان و ڕەوانەکردن و نۆرەکانی. سەردانەکانی بەبێ ناو لە ژمارەکاندا دەمێننەوە. ئەمە ناگەڕێتەوە.
consent-withdraw-record-yes = بێناوکردنی تۆمارەکە
status-consent-given = ڕەزامەندی تۆمار کرا.
status-consent-withdrawn = کێشانەوەی ڕەزامەندی تۆمار کرا.
status-record-anonymised = تۆمارەکە بێناو کرا.
anonymised-retention = ماوەی هەڵگرتن تێپەڕیوە
anonymised-consent = ڕەزامەندی کێشراوەتەوە
person-anonymised-heading = تۆماری بێناوکراو · { $reference } · { $date }، { $why }
audit-consent-given = ڕەزامەندیی { $person } ی تۆمار کرد: { $what }
audit-consent-withdrawn = کێشانەوەی ڕەزامەندیی { $person } ی تۆمار کرد: { $what }
audit-anonymised = { $person } ی بێناو کرد ({ $what })
field-retention-years = هەڵگرتنی تۆمارەکان دوای دوایین پەیوەندی (ساڵ)
error-retention-years = ژمارەی ساڵ لە 1 تا 30 بنووسە (6 ئاساییە).
key-consent = ڕەزامەندی

## Data life cycle: the retention review.
key-consent-change = دان یان کێشانەوە
key-review-retention = پێداچوونەوەی هەڵگرتن
retention-save-first = سەرەتا ڕێکخستنەکان پاشەکەوت بکە (Ctrl+S)، پاشان بە ماوەی هەڵگرتندا بچۆرەوە.
retention-none-due = ماوەی هەڵگرتنی هیچ تۆمارێک تێنەپەڕیوە ({ $years } ساڵ دوای دوایین پەیوەندی).
retention-line = { $reference } · دوایین پەیوەندی { $date }
retention-more = … و { $count } ی تر
retention-question = { $count ->
    [one] ماوەی هەڵگرتنی { $count } تۆمار تێپەڕیوە ({ $years } ساڵ دوای دوایین پەیوەندی). ئێستا بێناوی بکەین؟ ناو، ژمارەی تەلەفۆن، تێبینییەکان و ساڵی لەدایکبوون لادەبرێن؛ ژمارەکانی ناو ڕاپۆرتەکان وەک خۆیان دەمێننەوە. ئەمە ناگەڕێتەوە.
   *[other] ماوەی هەڵگرتنی { $count } تۆمار تێپەڕیوە ({ $years } ساڵ دوای دوایین پەیوەندی). ئێستا بێناویان بکەین؟ ناو، ژمارەی تەلەفۆن، تێبینییەکان و ساڵی لەدایکبوون لادەبرێن؛ ژمارەکانی ناو ڕاپۆرتەکان وەک خۆیان دەمێننەوە. ئەمە ناگەڕێتەوە.
}
retention-yes = بێناویان بکە
retention-done = { $count ->
    [one] { $count } تۆمار بێناو کرا.
   *[other] { $count } تۆمار بێناو کران.
}
retention-cli-due = { $count ->
    [one] ماوەی هەڵگرتنی { $count } تۆمار تێپەڕیوە ({ $years } ساڵ دوای دوایین پەیوەندی: پێش { $cutoff }). کۆد و دوایین پەیوەندی:
   *[other] ماوەی هەڵگرتنی { $count } تۆمار تێپەڕیوە ({ $years } ساڵ دوای دوایین پەیوەندی: پێش { $cutoff }). کۆد و دوایین پەیوەندی:
}
sar-title = هەموو ئەوەی { $centre } دەربارەی { $name } ({ $reference }) هەڵیگرتووە
sar-generated = لە { $date } نووسرا، بە داوای خۆی.
sar-left-out = تێدا نییە: زانیاریی کەسانی تر (ئەندامانی تری خێزانەکە دەژمێردرێن، بەڵام ناویان نانووسرێت)، و نیگەرانییەکانی پاراستن، کە بەرپرسی پاراستن بە جیا بڕیاریان لەسەر دەدات.
sar-details = زانیارییەکانی
sar-household = خێزان
sar-household-others = { $count ->
    [one] بەڵێ، لەگەڵ { $count } کەسی تر
   *[other] بەڵێ، لەگەڵ { $count } کەسی تر
}
sar-consent = ڕەزامەندی، هەموو گۆڕانکارییەک
sar-visits = سەردانەکان
sar-referrals = ئاراستەکردن و ڕەوانەکردنەکان
sar-bookings = نۆرەکانی وەرگێڕ
sar-key-dates = بەروارە گرنگەکان
sar-support = یارمەتیی دراو
sar-audit = کێ تۆمارەکەی بینی یان گۆڕی
sar-nothing = هیچ.
sar-bad-reference = ئەمە کۆد نییە (ئەو پیت و ژمارانەی لە پەڕەکەیدان).
sar-written = نووسرا: { $file } (و { $json } بۆ بەرنامەکان).
sar-box-title = هەموو ئەوەی دەربارەی هەڵمانگرتووە (مافی دەستگەیشتن)
sar-box-hint = بەڵگەنامەکە دەچێتە ئەم فایلە (HTML ئەگەر ناوەکەی بە .html کۆتایی بێت)، و هەمان شت وەک JSON لە تەنیشتیەوە. بە سەلامەتی بیدە بە خۆی، پاشان بیسڕەوە.
key-subject-access = مافی دەستگەیشتن

## Data life cycle: erasure on request.

key-erase = سڕینەوە بە داواکاری…
erase-reason-title = سڕینەوەی { $reference }: بۆچی؟
erasure-reason-asked = داوای کرد زانیارییەکانی بسڕدرێتەوە
erasure-reason-consent = ڕەزامەندییەکەی کێشایەوە و داوای کرد تۆمارەکە لاببرێت
erasure-reason-not-needed = تۆمارەکە ئیتر پێویست نییە
erasure-reason-error = تۆمارەکە بە هەڵە دروست کرا، یان بەبێ بنەمایەکی یاسایی
erasure-reason-other = هۆیەکی تر
erase-question = { $name } ({ $reference }) بە یەکجاری بسڕدرێتەوە؟ هۆ: { $reason }. ئەمە ناگەڕێتەوە.
erase-detail-goes = دەسڕدرێتەوە: زانیارییەکانی، مێژووی ڕەزامەندی و تێبینییەکانی سەردان، ڕەوانەکردن، نۆرە، بەروارە گرنگەکان و یارمەتییەکانی. ئیتر کەس ناتوانێت بیدۆزێتەوە.
erase-detail-stays = دەمێنێتەوە: سەردان و ڕەوانەکردنەکانی، وەک ژمارەی بێناو، بۆ ئەوەی ڕاپۆرتەکان نەگۆڕێن. نیگەرانییەکانی پاراستن وەک خۆیان دەهێڵدرێنەوە.
erase-detail-backups = ئەو یەدەگانەی پێش ئێستا گیراون هێشتا تۆمارەکەیان تێدایە، تا ئەو کاتەی یەدەگی نوێ جێیان دەگرێتەوە.
erase-yes = سڕینەوە بە یەکجاری
status-person-erased = { $reference } سڕایەوە: ئیتر هیچ شتێک دەربارەی ناخوێنرێتەوە.
erase-refused-household = سەرەتا لە خێزانەکەی دەری بهێنە (h لە پەڕەکەیدا)، پاشان بیسڕەوە.
erase-refused-rotating = کلیلی داتا دەگۆڕدرێت: سەرەتا ئەوە تەواو بکە، پاشان بیسڕەوە.
erase-refused-erased = ئەم تۆمارە پێشتر سڕاوەتەوە.
erase-cli-bad-reason = هۆی نەزانراو: asked یان withdrew-consent یان not-needed یان in-error یان other بەکاربهێنە.
erase-cli-needs-yes = سڕینەوە ناگەڕێتەوە: ‎--yes زیاد بکە بۆ سڕینەوە.
anonymised-erased = بە داواکاری سڕاوەتەوە
check-erased-left = شتێک لە کەسێکی سڕاوە هێشتا ماوە: { $about }
check-erased-key = کلیلی کەسێکی سڕاوە هێشتا ماوە: { $about }
check-erasure-unfinished = سڕینەوەیەک تەواو نەبوو: بەرنامەکە دووبارە بکەرەوە بۆ تەواوکردنی.

## Data life cycle: merging duplicates.
key-merge = تێکەڵکردن لەگەڵ تۆمارێکی تر
key-undo-merge = هەڵوەشاندنەوەی تێکەڵکردنی ئەمڕۆ
key-merge-now = تێکەڵکردن
key-merge-swap = ئەوی تر بهێڵەوە
merge-title = تێکەڵکردن لەگەڵ تۆمارێکی تر
merge-find-hint = تۆمارەکەی تری { $name } ({ $reference }) کامەیە؟ کۆدەکەی یان ناوێک بنووسە، پاشان بە Enter هەڵیبژێرە.
merge-find-label = کۆد یان ناو:
merge-none-found = کەس نەدۆزرایەوە.
merge-visits = { $count ->
    [one] { $count } سەردان
   *[other] { $count } سەردان
}
merge-last-visit = دوایین لە { $date }
merge-confirm-title = تێکەڵکردنی دوو تۆماری یەک کەس
merge-keep = هێشتنەوە:
merge-merged-in = تێکەڵکردن:
merge-explain = هەموو شتێکی { $other } دەچێتە { $reference }: سەردانەکان، ڕەوانەکردنەکان، نۆرەکان، بەروارە گرنگەکان، ڕەزامەندی و خێزان. ئەو زانیاریانەی لە { $reference }دا نین لە { $other }ەوە وەردەگیرێن، و پاشان { $other } تەنها بەرەو { $reference } دەبات. ئەمڕۆ دەتوانرێت هەڵبوەشێنرێتەوە.
merge-choices = Enter: تێکەڵکردن · Space: لە جیاتی ئەو { $other } بهێڵەوە · Esc: گەڕانەوە
merge-save-edit = گۆڕانکارییەکان وەک خۆیان پاشەکەوت بکە
merge-into = تێکەڵکردن لەگەڵ { $person }
merge-into-hint = تێکەڵکردن تۆمارە هەبووەکە دەهێڵێتەوە: ئەوەی نووسراوە زانیارییە بەتاڵەکانی پڕ دەکاتەوە. ئەمڕۆ دەتوانرێت هەڵبوەشێنرێتەوە.
merge-done = { $visits ->
    [one] { $other } تێکەڵی { $reference } کرا؛ { $visits } سەردان گوازرایەوە. ئەمڕۆ دەتوانرێت هەڵبوەشێنرێتەوە.
   *[other] { $other } تێکەڵی { $reference } کرا؛ { $visits } سەردان گوازرانەوە. ئەمڕۆ دەتوانرێت هەڵبوەشێنرێتەوە.
}
merge-undone = تێکەڵکردنەکە هەڵوەشێنرایەوە: { $other } و { $reference } دیسان دوو تۆماری جیان.
merge-undo-question = تێکەڵکردنی ئەمڕۆی { $other } لەگەڵ { $reference } هەڵبوەشێنرێتەوە؟ هەردوو تۆمار وەک پێشوویان لێ دێتەوە؛ ئەوەی لەو کاتەوە بۆ { $reference } زیاد کراوە لەوێ دەمێنێتەوە.
merge-undo-yes = هەڵوەشاندنەوەی تێکەڵکردن
merge-redirected = { $other } تێکەڵی ئەم تۆمارە ({ $reference }) کراوە.
merge-error-same = تۆمارێک ناتوانرێت لەگەڵ خۆیدا تێکەڵ بکرێت.
merge-error-anonymised = { $reference } بێناو کراوە: ناتوانرێت تێکەڵ بکرێت.
merge-error-merged = { $reference } پێشتر تێکەڵی تۆمارێکی تر کراوە.
merge-error-households = لە دوو خێزانی جیاوازدان: سەرەتا یەکێکیان لە خێزانەکەی دەربهێنە.
merge-undo-none = هیچ تێکەڵکردنێکی ئەم تۆمارانە نییە بۆ هەڵوەشاندنەوە.
merge-undo-expired = تێکەڵکردن تەنها لە هەمان ئەو ڕۆژەدا هەڵدەوەشێنرێتەوە کە کراوە.
merge-undo-kept-merged = ئەم تۆمارە دواتر تێکەڵی { $reference } کراوە: سەرەتا ئەو تێکەڵکردنە لە پەڕەکەیدا هەڵبوەشێنەوە.
merge-undo-household-changed = خێزانەکەیان دوای تێکەڵکردنەکە گۆڕدرا، بۆیە چیتر ناتوانرێت هەڵبوەشێنرێتەوە.
person-merged-today = ئەمڕۆ تێکەڵ کرا
person-merged-today-value = { $references } (u: هەڵوەشاندنەوە)
audit-merged = { $what }ی تێکەڵی { $person } کرد
audit-unmerged = تێکەڵکردنی { $what } لەگەڵ { $person }ی هەڵوەشاندەوە
check-merge-pointer = تۆمارێکی تێکەڵکراو ئاماژە بۆ تۆمارێک دەکات کە نییە: { $about }
