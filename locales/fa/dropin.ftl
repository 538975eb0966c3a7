# DRAFT: machine-drafted, not yet checked by a native speaker.
# dropin — Persian (فارسی). Translated from en-GB, the source locale: this file has exactly the same message ids.

## Screens
screen-today = امروز
screen-people = افراد
screen-settings = تنظیمات

## Keys (labels in the footer, help and action menus)
key-new-visit = مراجعهٔ تازه
key-mark-seen = رسیدگی
key-mark-done = تمام شد
key-mark-left = رفت، بدون رسیدگی
key-mark-waiting = برگشت به انتظار
key-open-person = باز کردن فرد
key-new-person = فرد تازه
key-new-visit-for-person = مراجعهٔ تازه برای این فرد
key-edit-person = ویرایش فرد
key-search = جستجو
key-back = برگشت
key-save = ذخیره
key-cancel = بستن
key-next-field = خانهٔ بعدی
key-prev-field = خانهٔ قبلی
key-choose = انتخاب
key-toggle = علامت / تغییر
key-up = بالا
key-down = پایین
key-left = چپ
key-right = راست
key-page-up = صفحهٔ قبل
key-page-down = صفحهٔ بعد
key-home = اول
key-end = آخر
key-menu = عملیات
key-go-today = رفتن به امروز
key-go-people = رفتن به افراد
key-go-settings = رفتن به تنظیمات
key-help = راهنما
key-language = زبان
key-quit = خروج

## Today
today-counts = در انتظار: { $waiting } · در حال رسیدگی: { $seen } · تمام‌شده: { $done } · رفته: { $left }
today-empty = هنوز کسی در صف نیست. برای ثبت مراجعه Ctrl+N را بزنید.
col-ref = کد
col-name = نام
col-arrived = ورود
col-waiting = انتظار
col-needs = نیازها
col-state = وضعیت
col-born = تولد
col-last-visit = آخرین مراجعه
col-date = تاریخ
col-language = زبان
col-interpreting = ترجمه
anonymous-walk-in = مراجعهٔ بی‌نام

## Visit states
state-waiting = در انتظار
state-being-seen = در حال رسیدگی
state-done = تمام‌شده
state-left = رفت، بدون رسیدگی

## Need domains (Home Office Indicators of Integration)
domain-work = کار
domain-education = آموزش
domain-housing = مسکن
domain-health = سلامت و مراقبت اجتماعی
domain-leisure = اوقات فراغت
domain-social-bonds = پیوندهای اجتماعی
domain-social-bridges = پل‌های اجتماعی
domain-social-links = ارتباط با نهادها
domain-language = زبان و ارتباط
domain-culture = فرهنگ
domain-digital = مهارت‌های دیجیتال
domain-safety = ایمنی
domain-stability = ثبات
domain-rights = حقوق و مسئولیت‌ها
domain-work-short = کار
domain-education-short = آموزش
domain-housing-short = مسکن
domain-health-short = سلامت
domain-leisure-short = فراغت
domain-social-bonds-short = پیوندها
domain-social-bridges-short = پل‌ها
domain-social-links-short = نهادها
domain-language-short = زبان
domain-culture-short = فرهنگ
domain-digital-short = دیجیتال
domain-safety-short = ایمنی
domain-stability-short = ثبات
domain-rights-short = حقوق

## Interpreting
interpreting-none = هیچ
interpreting-volunteer = داوطلب
interpreting-phone = تلفنی
interpreting-professional = مترجم حرفه‌ای رزروشده
interpreting-family = خانواده یا دوست
poor-practice = روش نامناسب: دفعهٔ بعد مترجم رزرو کنید

## People
people-search-label = جستجوی نام یا کد مرجع:
people-hint = چند حرف از یک نام، یا یک کد مرجع را بنویسید.
people-none = کسی پیدا نشد. برای افزودن فرد تازه Ctrl+N را بزنید.
person-no-visits = هنوز مراجعه‌ای نیست.

## Forms
form-new-visit = مراجعهٔ تازه
form-new-person = فرد تازه
form-edit-person = ویرایش فرد
field-visit-person = فرد
field-visit-needs = نیازها
field-visit-language = زبان گفتگو
field-visit-interpreting = ترجمه
field-visit-notes = یادداشت
field-name = نام
field-year-of-birth = سال تولد
field-gender = جنسیت
field-gender-other = به بیان خودش
field-country = کشور مبدأ
field-first-language = زبان اول
field-other-languages = زبان‌های دیگر
field-english-level = انگلیسی
field-needs-interpreter = مترجم لازم دارد
field-interpreter-gender = جنسیت مترجم
field-immigration-status = وضعیت مهاجرتی
field-phone = تلفن
field-notes = یادداشت‌ها
field-consent = رضایت
consent-keep-record = رضایت می‌دهد که اطلاعاتش را نزد ما نگه داریم
consent-given-on = رضایت به نگه‌داری اطلاعات در { $date }
consent-withdrawn-on = رضایت را در { $date } پس گرفت
picker-new-person = فرد تازه «{ $name }»
picker-last-visit = آخرین مراجعه { $date }
needs-filter = برای پالایش بنویسید:
needs-no-match = هیچ نیازی با آنچه نوشتید جور نیست.
hint-language-pick = ↑ ↓ و سپس Enter برای انتخاب
prefilled-last-visit = مثل مراجعهٔ قبلی
value-none = —
value-not-recorded = ثبت نشده
value-yes = بله
value-no = نه

## Values
gender-woman = زن
gender-man = مرد
gender-non-binary = نان‌باینری
gender-another-way = به شکلی دیگر
gender-prefer-not = ترجیح می‌دهم نگویم
pref-woman = مترجم زن
pref-man = مترجم مرد
pref-none = فرقی نمی‌کند
status-asylum-seeker = پناه‌جو
status-refugee = پناهنده (اجازهٔ اقامت)
status-refused = پناه‌جوی ردشده
status-nrpf = بدون حق استفاده از کمک‌های دولتی
status-other = وضعیت دیگر
status-settled = بریتانیایی یا اقامت دائم
status-unknown = نامعلوم
status-prefer-not = ترجیح می‌دهم نگویم
english-none = هیچ
english-basic = مقدماتی
english-intermediate = متوسط
english-fluent = روان

## Errors next to fields
error-empty = این خانه نباید خالی باشد.
error-too-long = خیلی بلند است: حداکثر { $max } نویسه.
error-year-range = سالی بین { $min } و { $max } بنویسید.
error-not-a-year = سال را با چهار رقم بنویسید، مثلاً 1990.
error-phone = فقط از رقم، فاصله، +، - و پرانتز استفاده کنید (دست‌کم 6 رقم).
error-consent = بدون رضایت برای نگه‌داری اطلاعات، به جای آن یک مراجعهٔ بی‌نام ثبت کنید.
error-person-missing = یک فرد، یک فرد تازه، یا مراجعهٔ بی‌نام را انتخاب کنید.
error-auto-lock = عددی از 1 تا 60 دقیقه بنویسید.
role-volunteer = داوطلب
role-coordinator = هماهنگ‌کننده
error-password-short = لطفاً دست‌کم 10 نویسه (چند کلمه کنار هم آسان به یاد می‌ماند).
error-password-long = خیلی بلند است: حداکثر 200 نویسه.
error-password-mismatch = دو رمز عبور یکی نیستند.
error-time-zone = dropin این منطقهٔ زمانی را نمی‌شناسد. نامی مثل Europe/London بنویسید.

## Status line
status-visit-saved = مراجعهٔ { $name } ذخیره شد.
status-person-saved = { $name } ذخیره شد.
status-settings-saved = تنظیمات ذخیره شد.
status-fix-errors = ذخیره نشد: لطفاً خانه‌های علامت‌خورده را درست کنید.
status-cannot-move = مراجعه‌ای با وضعیت «{ $from }» را نمی‌توان «{ $to }» کرد.
status-close-form-first = اول فرم را ذخیره کنید یا ببندید (Ctrl+S یا Esc).

## Confirmations
confirm-title = لطفاً بررسی کنید
confirm-quit-unsaved = فرمی تغییرهای ذخیره‌نشده دارد. باز هم خارج می‌شوید؟
confirm-quit = خروج بدون ذخیره
confirm-keep-editing = ادامهٔ ویرایش
confirm-discard = این فرم بسته شود و آنچه نوشتید از دست برود؟
confirm-discard-yes = بستن و دور ریختن تغییرها
confirm-duplicate = شاید این فرد از قبل ثبت شده باشد:
confirm-save-anyway = ذخیره به عنوان فرد تازه
confirm-go-back = برگشت

## Overlays
help-title = کلیدها
help-more = ↑ ↓ برای بیشتر
menu-title = عملیات
language-title = زبان
language-draft = پیش‌نویس

## Settings
field-centre-name = نام مرکز
field-time-zone = منطقهٔ زمانی
field-language = زبان روی این رایانه
field-rtl-visual = چیدن متن راست‌به‌چپ (اگر ترمینال شما خودش این کار را می‌کند، خاموش کنید)
field-native-digits = اعداد با رقم‌های زبان من
settings-digits-none = (این زبان با 0–9 می‌نویسد)
field-shaping = اتصال حروف عربی‌نویس
shaping-auto = خودکار
shaping-on = روشن
shaping-off = خاموش (ترمینال خودش حروف را وصل می‌کند)
shaping-now-on = اکنون وصل می‌شوند
shaping-now-off = اکنون وصل نمی‌شوند
settings-screen-reader = از صفحه‌خوان استفاده می‌کنید؟ هر دو گزینهٔ «چیدن متن راست‌به‌چپ» و «اتصال حروف عربی‌نویس» را خاموش کنید: صفحه‌خوان صفحه را از چپ به راست می‌خواند، پس متنی که dropin راست‌به‌چپ می‌چیند وارونه خوانده می‌شود.
language-console-cannot = این صفحه (کنسول لینوکس) نمی‌تواند حروف عربی یا حبشی را نشان دهد. برای این زبان، dropin را در یک پنجرهٔ ترمینال روی دسکتاپ باز کنید.
language-console-note = اینجا نمایش داده نمی‌شود
field-auto-lock = قفل صفحه پس از این تعداد دقیقه بی‌کاری (1 تا 60)
settings-hint = Tab میان خانه‌ها می‌رود، Space گزینه را عوض می‌کند، Ctrl+S ذخیره می‌کند.

## Whole-screen messages
too-small = لطفاً پنجره را بزرگ‌تر کنید: dropin دست‌کم { $width } ستون و { $height } سطر لازم دارد (اکنون { $current_width }×{ $current_height }).

## Store errors
crash-message = dropin به خاطر یک خطا در برنامه متوقف شد. هر چه پیش‌تر ذخیره شده بود سالم است. لطفاً دوباره آن را باز کنید و به هماهنگ‌کنندهٔ خود خبر دهید.
store-already-open = dropin همین حالا روی این رایانه باز است. اول آن را ببندید، یا همین کار را درون برنامه انجام دهید.
store-newer-schema = این داده‌ها با نسخهٔ تازه‌تری از dropin نوشته شده‌اند. چیزی تغییر نکرد. برای باز کردن آن‌ها همان نسخهٔ تازه‌تر (یا تازه‌تر از آن) را نصب کنید، یا نسخهٔ پشتیبانی را که این نسخه ساخته برگردانید: dropin restore FILE --volunteer NAME --force (داده‌های اینجا کنار گذاشته می‌شوند، نه پاک).
store-corrupt = داده‌ها آسیب دیده‌اند و خوانده نمی‌شوند. چیزی تغییر نکرد. آخرین نسخهٔ پشتیبان را برگردانید: dropin restore FILE --volunteer NAME --force (داده‌های آسیب‌دیده کنار گذاشته می‌شوند، نه پاک).
store-lost-writes = داده‌ها از آخرین ذخیره قدیمی‌ترند: ذخیره‌های { $first } تا { $last } نیستند. چیزی تغییر نکرد. آخرین نسخهٔ پشتیبان را برگردانید: dropin restore FILE --volunteer NAME --force (داده‌های اینجا کنار گذاشته می‌شوند، نه پاک)، سپس آنچه را پس از آن ذخیره شده بود دوباره وارد کنید.
store-lost-write = داده‌ها از آخرین ذخیره قدیمی‌ترند: ذخیرهٔ { $last } نیست. چیزی تغییر نکرد. آخرین نسخهٔ پشتیبان را برگردانید: dropin restore FILE --volunteer NAME --force (داده‌های اینجا کنار گذاشته می‌شوند، نه پاک)، سپس آنچه را پس از آن ذخیره شده بود دوباره وارد کنید.
store-latest-backup = آخرین نسخهٔ پشتیبان: { $file }
store-read-only = dropin نمی‌تواند در پوشهٔ داده‌هایش بنویسد. آنچه پیش‌تر ذخیره شده سالم است. پوشه را دوباره قابل نوشتن کنید (یا دیسک را دوباره وصل کنید)، سپس دوباره امتحان کنید.
store-disk-full = دیسک پر است: آخرین تغییر ذخیره نشد. آنچه پیش‌تر ذخیره شده سالم است. کمی جا باز کنید، سپس دوباره ذخیره کنید.
store-io = داده‌ها خوانده یا نوشته نشدند. چیزی ذخیره نشد.
store-not-found = آن رکورد دیگر وجود ندارد.
store-bad-transition = این تغییر برای این مراجعه ممکن نیست.
store-consent-required = اطلاعات را فقط با رضایت خود فرد می‌توان نگه داشت.
store-backup-damaged = آن فایل پشتیبان آسیب دیده یا تغییر کرده است: نمی‌توان از آن استفاده کرد. چیزی تغییر نکرد.
store-not-empty = آن پوشه از قبل داده دارد. یک پوشهٔ خالی انتخاب کنید، یا با ‎--force داده‌های فعلی را اول کنار بگذارید.
store-not-allowed = فقط هماهنگ‌کننده می‌تواند این کار را بکند.
store-not-signed-in = لطفاً اول وارد شوید.
store-wrong-password = این رمز عبور درست نیست. نام را بررسی کنید و دوباره امتحان کنید.
store-sign-in-wait = رمز نادرست بیش از حد زده شد. لطفاً { $seconds } ثانیه صبر کنید و دوباره امتحان کنید.
store-rotation-unfinished = تعویض کلید داده‌ها نیمه‌کاره ماند. برای تمام کردنش وارد dropin شوید، سپس دوباره امتحان کنید.
crypto-undecryptable = یک رکورد باز نشد: آسیب دیده یا بیرون از dropin تغییر کرده است. آخرین نسخهٔ پشتیبان را برگردانید.
crypto-truncated = یک رکورد ناقص است: آسیب دیده است. آخرین نسخهٔ پشتیبان را برگردانید.
crypto-unknown-version = یک رکورد با نسخهٔ تازه‌تری از dropin نوشته شده است. لطفاً از نسخهٔ تازه‌تر استفاده کنید.
crypto-too-long = یک رکورد برای محافظت بیش از حد بزرگ است. چیزی ذخیره نشد.
crypto-kdf = رمز عبور روی این رایانه بررسی نشد (شاید حافظه کافی نیست؟).
crypto-bad-recovery-key = این کلید بازیابی نیست: همهٔ گروه‌های حروف و رقم‌ها را بررسی کنید.
crypto-random = این رایانه نتوانست یک کلید تصادفی امن بسازد.

## Set-up, sign-in, lock
key-lock = قفل صفحه
setup-title = به dropin خوش آمدید
setup-intro = اول نام مرکز و نخستین هماهنگ‌کننده، که داوطلبان دیگر را اضافه خواهد کرد.
setup-your-name = نام شما
field-password = رمز عبور
field-password-again = تکرار رمز عبور
setup-hint = دست‌کم 10 نویسه: چند کلمه که به یادتان بماند. Tab جلو می‌رود، Ctrl+S تمام می‌کند.
recovery-title = کلید بازیابی شما
recovery-intro = اگر روزی همهٔ رمزها فراموش شوند، این کلید تنها راه برگشت به داده‌هاست. فقط همین حالا نشان داده می‌شود.
recovery-keep = آن را بنویسید یا چاپ کنید، و دور از این رایانه در جای قفل‌دار نگه دارید.
recovery-continue = وقتی آن را در جای امنی نوشتید، Enter را بزنید.
signin-title = ورود
lock-title = قفل است — برای ادامه وارد شوید
signin-name = نام شما
signin-hint-name = نام خود را بنویسید یا انتخاب کنید، سپس Enter.
signin-hint-password = رمز عبور خود را بنویسید، سپس Enter. با Esc نام دیگری انتخاب کنید.
signin-welcome = به عنوان { $name } وارد شدید.
status-draft-lost = فرم ذخیره‌نشدهٔ شما از پیش از قفل برنگشت؛ لطفاً دوباره شروع کنید.
signin-demo = نمایشی: { $coordinator } (هماهنگ‌کننده) و { $volunteer } (داوطلب) هر دو با رمز عبور { $password }

## Signing in with the recovery key
key-use-recovery-key = استفاده از کلید بازیابی
recovery-signin-title = ورود با کلید بازیابی
recovery-signin-intro = برای وقتی که رمز همهٔ هماهنگ‌کننده‌ها فراموش شده است: کلید بازیابی را که هنگام راه‌اندازی dropin نوشته شد، وارد کنید. داوطلبی که فقط رمز خودش را فراموش کرده، می‌تواند از یک هماهنگ‌کننده بخواهد آن را بازنشانی کند.
field-recovery-key = کلید بازیابی
recovery-signin-hint = فاصله و خط تیره مهم نیستند. Enter وارد می‌کند، Esc برمی‌گردد.
recovery-wrong-key = این کلید داده‌های این مرکز را باز نمی‌کند. آن را گروه به گروه با نسخهٔ نوشته‌شده مقایسه کنید.
recovery-password-title = یک رمز عبور تازه انتخاب کنید
recovery-password-intro = کلید بازیابی داده‌ها را باز کرد و شما به عنوان { $name } وارد شده‌اید. پیش از ادامه، یک رمز عبور تازه برای خود انتخاب کنید: از این پس با آن وارد می‌شوید.
recovery-password-hint = دست‌کم 10 نویسه: چند کلمه که به یادتان بماند. Tab جلو می‌رود، Enter یا Ctrl+S ذخیره می‌کند. Esc بدون رمز تازه خارج می‌شود.
status-recovered = رمز عبور گذاشته شد. رمز داوطلبان دیگر را در تنظیمات ← داوطلبان (F8) بازنشانی کنید.

## dropin check
check-person-unreadable = اطلاعات یک فرد باز نمی‌شود: { $about }
check-visits-unreadable = مراجعه‌های یک روز باز نمی‌شوند: { $about }
check-visit-unlisted = یک مراجعه در صفحهٔ فرد خودش نیست: { $about }
check-visit-missing = صفحهٔ یک فرد مراجعه‌ای را نام می‌برد که وجود ندارد: { $about }
check-card-wrong = جستجوی افراد برای { $about } نام یا تلفن قدیمی دارد
check-card-missing = جستجوی افراد { $about } را پیدا نمی‌کند
check-cards-unreadable = بخشی از داده‌های جستجوی افراد باز نمی‌شود: { $about }
check-audit-broken = دفتر رویدادها تغییر کرده است: { $about }
check-all-well = همهٔ رکوردها باز می‌شوند و با هم جورند؛ دفتر رویدادها سالم است.

## Volunteers
key-new-volunteer = داوطلب تازه
key-change-password = رمز من
key-reset-password = بازنشانی رمز
key-deactivate = غیرفعال کردن
field-role = نقش
form-new-volunteer = داوطلب تازه
form-reset-password = رمز عبور تازه
form-own-password = تغییر رمز عبور من
volunteer-reset-for = رمز عبور تازه برای { $name }
volunteer-inactive = غیرفعال
settings-volunteers = داوطلبان (Ctrl+O روی یک نام: بازنشانی رمز، غیرفعال کردن)
status-volunteer-added = داوطلب اضافه شد.
status-password-reset = رمز عبور گذاشته شد. آن را حضوری به او بگویید، نه به صورت نوشته.
status-password-changed = رمز عبور شما عوض شد.
status-volunteer-deactivated = داوطلب غیرفعال شد: رمز او دیگر چیزی را باز نمی‌کند.
confirm-deactivate = { $name } غیرفعال شود؟ رمز او دیگر چیزی را باز نخواهد کرد.
confirm-deactivate-yes = غیرفعال کردن
key-rotate-key = تعویض کلید داده‌ها
confirm-rotate-key = کلید داده‌ها همین حالا عوض شود؟
confirm-rotate-key-why = این کار را پس از غیرفعال کردن یک داوطلب انجام دهید، یا اگر ممکن است داده‌ها کپی شده باشند: آن وقت نسخه‌های قدیمی کلیدها که روی دیسک مانده‌اند دیگر چیزی را باز نمی‌کنند. رمز همه همان می‌ماند و کلید بازیابی هم هنوز کار می‌کند.
confirm-rotate-key-backups = از چند ثانیه تا چند دقیقه طول می‌کشد و در این مدت کسی نمی‌تواند با dropin کار کند. نسخه‌های پشتیبان قبلی هنوز با کلید قدیمی باز می‌شوند: پس از آن یک پشتیبان تازه بگیرید.
confirm-rotate-key-yes = تعویض کلید
work-rotation-title = در حال تعویض کلید داده‌ها
work-rotation-what = همهٔ رکوردها دوباره با یک کلید تازه قفل می‌شوند.
work-rotation-progress = { $done } از { $total } رکورد
work-rotation-safe = هر لحظه می‌توانید خارج شوید (Ctrl+Q): در ورود بعدی ادامه پیدا می‌کند.
status-key-rotated = کلید داده‌ها عوض شد. همین حالا یک پشتیبان تازه بگیرید (Ctrl+B): پشتیبان‌های قدیمی‌تر هنوز با کلید قدیمی باز می‌شوند.
status-key-rotation-stopped = تعویض کلید داده‌ها متوقف شد: { $why } در ورود بعدی ادامه پیدا می‌کند.

## Backups in the program
key-backup-now = پشتیبان‌گیری فوری
field-backup-dir = پوشهٔ پشتیبان (یک فلش USB؛ خالی: بدون پشتیبان روزانه)
field-backups-kept = تعداد پشتیبان‌های نگه‌داشته در آنجا
error-backups-kept = عددی از 1 تا 365 بنویسید.
status-backup-made = پشتیبان ذخیره شد: { $file }
store-no-backup-folder = پوشهٔ پشتیبان تعیین نشده یا پیدا نمی‌شود. فلش USB وصل است؟ آن را در تنظیمات F8 تعیین کنید.

## Audit log
audit-title = دفتر رویدادها
audit-filter = پالایش (یک کد مرجع، نام یک داوطلب، یا تاریخ YYYY-MM-DD)، سپس Enter:
audit-none = هیچ موردی جور نیست.
audit-signed-in = وارد شد
audit-signed-out = خارج شد
audit-sign-in-failed = رمز نادرست زده شد
audit-viewed-person = { $person } را دید
audit-created-person = { $person } را اضافه کرد
audit-edited-person = { $person } را ویرایش کرد: { $fields }
audit-created-visit = مراجعهٔ { $visit } را برای { $person } ثبت کرد
audit-edited-visit = مراجعهٔ { $visit } را تغییر داد: { $fields }
audit-exported = از { $what } خروجی گرفت
audit-erased = { $person } را پاک کرد
audit-volunteer-added = یک داوطلب اضافه کرد
audit-volunteer-changed = یک داوطلب را تغییر داد
audit-key-rotated = کلید داده‌ها را عوض کرد
audit-backup-made = پشتیبان گرفت
audit-restored = یک پشتیبان را برگرداند
audit-recovery-key-used = با کلید بازیابی وارد شد
audit-service-saved = یک خدمت را اضافه یا تغییر داد
audit-directory-imported = خدمات را درون‌ریزی کرد (Open Referral)
audit-referred = فردی را راهنمایی یا ارجاع کرد
audit-followed-up = نتیجهٔ یک ارجاع را ثبت کرد
audit-interpreter-saved = یک مترجم را اضافه یا تغییر داد
audit-booking-saved = مترجم رزرو کرد یا یک رزرو را تغییر داد
audit-field-name = نام
audit-field-year-of-birth = سال تولد
audit-field-gender = جنسیت
audit-field-country = کشور
audit-field-first-language = زبان اول
audit-field-other-languages = زبان‌های دیگر
audit-field-english-level = انگلیسی
audit-field-needs-interpreter = مترجم لازم دارد
audit-field-interpreter-gender = جنسیت مترجم
audit-field-immigration-status = وضعیت مهاجرتی
audit-field-phone = تلفن
audit-field-notes = یادداشت‌ها
audit-field-consent = رضایت
audit-field-visit-state = وضعیت
audit-field-needs = نیازها
audit-field-language = زبان
audit-field-interpreting = ترجمه
audit-field-visit-notes = یادداشت
audit-broken-edited = یک مورد ویرایش شده است
audit-broken-missing = یک مورد کم است
audit-broken-out-of-order = موردها به ترتیب نیستند
key-audit-log = دفتر رویدادها

## Signposting and referral
referral-kind-signposted = راهنمایی‌شده
referral-kind-referred = ارجاع‌شده
referral-needs-consent = ارجاع به رضایت فرد برای در میان گذاشتن اطلاعاتش با آن خدمت نیاز دارد. اول از او بپرسید.
referral-needs-follow-up = ارجاع به یک تاریخ پیگیری نیاز دارد، امروز یا بعد از آن.
outcome-pending = در جریان
outcome-attended = حاضر شد
outcome-not-attended = حاضر نشد
outcome-declined = نپذیرفت
outcome-unknown = معلوم نیست

## F6 Follow-ups
screen-follow-ups = پیگیری‌ها
key-go-follow-ups = رفتن به پیگیری‌ها
key-outcome-attended = حاضر شد
key-outcome-not-attended = حاضر نشد
key-outcome-declined = نپذیرفت
key-outcome-unknown = معلوم نیست
key-outcome-pending = هنوز در جریان (تاریخ تازه)
key-close-visit-done = بستن مراجعه: تمام‌شده
key-close-visit-left = بستن مراجعه: رفت، بدون رسیدگی
follow-ups-counts = ارجاع‌هایی برای پیگیری: { $referrals } · مراجعه‌های باز مانده: { $visits } · رزروهایی برای بستن: { $bookings }
follow-ups-empty = چیزی برای پیگیری نیست. ارجاع‌ها در تاریخ پیگیری‌شان اینجا می‌آیند؛ مراجعه‌های روزهای قبل که در صف مانده‌اند، و رزروهای مترجم که وقتشان گذشته و هنوز باز هستند هم اینجا می‌آیند.
follow-ups-referral = ارجاع: { $service }
follow-ups-visit = مراجعهٔ باز مانده ({ $state })
col-due = موعد
col-days-late = تأخیر
col-what = موضوع
status-outcome-recorded = نتیجه ثبت شد: { $outcome }.
status-follow-up-put-off = هنوز در جریان: دوباره در { $date } پیگیری کنید.
status-visit-closed = مراجعه بسته شد.
status-not-a-referral = این ردیف یک مراجعه است: d آن را «تمام‌شده» می‌بندد، l «رفت، بدون رسیدگی».
status-not-a-visit = این ردیف یک ارجاع است: a حاضر شد، n حاضر نشد، x نپذیرفت، u معلوم نیست، p هنوز در جریان.
person-referral-pending = پیگیری { $date }
col-kind = نوع
col-service = خدمت
col-outcome = نتیجه

## Directory
field-stale-months = علامت زدن خدماتی که این تعداد ماه بررسی نشده‌اند (1 تا 60)
error-stale-months = عددی از 1 تا 60 ماه بنویسید.

## Signposting and referral form
form-referral = راهنمایی یا ارجاع: { $name }
field-service = خدمت
field-referral-kind = راهنمایی یا ارجاع
field-consent-to-share = رضایت
field-follow-up = پیگیری در
referral-consent-question = رضایت می‌دهد اطلاعاتش با این خدمت در میان گذاشته شود
referral-no-service-found = هیچ خدمتی جور نیست. حروف کمتر، یا کلمه‌ای دیگر؟
key-refer = راهنمایی یا ارجاع
status-refer-whom = برای راهنمایی یا ارجاع، مراجعهٔ یک فرد شناخته‌شده (نه مراجعهٔ بی‌نام) را انتخاب کنید، یا صفحهٔ او را باز کنید.
status-directory-empty = فهرست خدمات هنوز هیچ خدمت فعالی ندارد (F4).
error-choose-service = یک خدمت انتخاب کنید: چند حرف بنویسید، سپس ↑ ↓ و Enter.
status-signposted = { $name } به { $service } راهنمایی شد.
status-referred = { $name } به { $service } ارجاع شد: در تاریخ پیگیری‌اش در F6 می‌آید.

## Open Referral import and export (dropin import hsds, dropin export hsds)
import-progress = در حال خواندن فهرست خدمات
import-summary = درون‌ریزی از Open Referral — اضافه‌شده: { $added }، به‌روزشده: { $updated }، بدون تغییر: { $unchanged }، ردشده: { $rejected }.
import-rejected = { $place }: { $reason }
import-more-rejected = { $count ->
        [one] …و یک ردیف ردشدهٔ دیگر که اینجا نیامده است.
       *[other] …و { $count } ردیف ردشدهٔ دیگر که اینجا نیامده‌اند.
    }
import-at-line = { $file }، سطر { $line }
import-at-item = { $file }، { $item }
import-at-file = { $file }
import-reason-not-utf8 = متن «{ $column }» UTF-8 معتبر نیست
import-reason-fields = ردیف { $found } خانه دارد، در حالی که سرستون { $expected } خانه دارد
import-reason-json = JSON معتبر نیست (از سطر { $line }، ستون { $column })
import-reason-too-large = فایل برای خواندن به صورت JSON خیلی بزرگ است ({ $mib } MiB)؛ به جای آن بستهٔ CSV را درون‌ریزی کنید
import-reason-missing = «{ $column }» خالی است
import-reason-too-long = «{ $column }» خیلی بلند است
import-reason-duplicate = شناسهٔ «{ $id }» پیش‌تر در سطر { $first } به کار رفته است
import-reason-no-organisation = سازمانش «{ $id }» در فهرست خدمات نیست
import-reason-no-organisation-id = هیچ سازمانی را نام نمی‌برد
import-reason-organisation-rejected = سازمانش (سطر { $line }) رد شد
import-reason-part-rejected = یکی از ردیف‌هایش در { $file }، سطر { $line }، رد شد
import-error-not-found = در { $path } چیزی نیست.
import-error-not-hsds = { $path } نه بستهٔ CSV از Open Referral است (پوشه‌ای با datapackage.json) و نه JSON.
import-error-datapackage = { $file } شرح معتبر یک بستهٔ داده نیست (سطر { $line }). چیزی درون‌ریزی نشد.
import-error-no-table = بسته جدول «{ $table }» را ندارد که برای درون‌ریزی لازم است. چیزی درون‌ریزی نشد.
import-error-file-missing = datapackage.json از { $file } نام می‌برد، که وجود ندارد. چیزی درون‌ریزی نشد.
import-error-unsafe-path = datapackage.json از { $file } نام می‌برد که بیرون از پوشهٔ بسته است: پذیرفته نشد. چیزی درون‌ریزی نشد.
import-error-missing-column = { $file } ستون «{ $column }» را ندارد که برای درون‌ریزی لازم است: فایل پذیرفته نشد و چیزی درون‌ریزی نشد.
import-error-read = { $file } خوانده نمی‌شود ({ $detail }).
import-error-mapping = فایل تطبیق، سطر { $line }: «{ $text }» یک قاعده نیست (PATTERN = DOMAIN, DOMAIN …). چیزی درون‌ریزی نشد.
import-error-mapping-domain = فایل تطبیق، سطر { $line }: «{ $text }» حوزه‌ای را نام می‌برد که جزو آن 14 حوزه نیست. چیزی درون‌ریزی نشد.
import-error-not-allowed = فقط هماهنگ‌کننده می‌تواند خدمات را به فهرست خدمات درون‌ریزی کند.
export-progress = در حال نوشتن فهرست خدمات
export-done = { $services ->
        [one] یک خدمت
       *[other] { $services } خدمت
    } از { $organisations ->
        [one] یک سازمان
       *[other] { $organisations } سازمان
    } در { $dir } نوشته شد.
export-error-not-empty = { $dir } خالی نیست: یک پوشهٔ تازه یا خالی انتخاب کنید.
export-error-write = { $file } نوشته نمی‌شود ({ $detail }).

## Slip
slip-title = برگه (Ctrl+P چاپ · Ctrl+T ذخیره به صورت متن · Esc بستن)
slip-address = نشانی
slip-phone = تلفن
slip-opening-times = ساعت کار
slip-website = وب‌سایت
slip-email = ایمیل
key-print-slip = چاپ
key-save-slip = ذخیره به صورت فایل متنی
field-printer = چاپگر برگه‌ها (خالی: ذخیره به صورت متن)
status-slip-saved = برگه به صورت { $file } ذخیره شد.
status-slip-not-saved = برگه ذخیره نشد: { $why }
status-slip-printed = برگه به { $printer } فرستاده شد.
status-slip-not-printed = چاپگر { $printer } برگه را نگرفت. نامش را در تنظیمات (F8) بررسی کنید، یا t را بزنید تا به صورت فایل متنی ذخیره شود.
status-no-printer = هیچ چاپگری تعیین نشده است (تنظیمات، F8). t را بزنید تا برگه به صورت فایل متنی ذخیره شود.
status-no-lp = چاپ به فرمان lp سیستم (CUPS) نیاز دارد که این رایانه ندارد. t را بزنید تا برگه به صورت فایل متنی ذخیره شود.
screen-directory = فهرست خدمات
key-go-directory = رفتن به فهرست خدمات
key-new-service = خدمت تازه
key-open-service = باز کردن خدمت
key-edit-service = ویرایش خدمت
key-mark-verified = امروز بررسی شد
key-deactivate-service = غیرفعال کردن خدمت
key-reactivate-service = فعال کردن دوبارهٔ خدمت
key-filter-domain = پالایش بر اساس حوزه
key-filter-language = پالایش بر اساس زبان
key-show-inactive = نمایش یا پنهان کردن خدمات غیرفعال
directory-search-label = جستجوی خدمات:
directory-filter-domain = حوزه: { $domain }
directory-filter-language = زبان: { $language }
directory-inactive-hidden = غیرفعال‌ها پنهان
directory-inactive-shown = غیرفعال‌ها نمایان
directory-any = همه
directory-summary = نمایش: { $shown } از { $total } · ⚠ بررسی‌نشده در { $months } ماه: { $stale }
directory-empty = فهرست خدمات خالی است. هماهنگ‌کننده با Ctrl+N خدمات را اضافه می‌کند.
directory-none = هیچ خدمتی جور نیست. Esc اول جستجو و سپس پالایه‌ها را پاک می‌کند.
directory-inactive = غیرفعال
directory-never = هرگز
directory-domain-title = پالایش بر اساس حوزه
directory-language-title = پالایش بر اساس زبان
directory-any-domain = هر حوزه‌ای
directory-any-language = هر زبانی
col-organisation = سازمان
col-domains = حوزه‌ها
col-checked = بررسی
form-new-service = خدمت تازه
form-edit-service = ویرایش خدمت
field-organisation = سازمان
field-service-name = نام خدمت
field-description = شرح
field-domains = حوزه‌ها
field-address = نشانی
field-postcode = کد پستی
field-email = ایمیل
field-website = وب‌سایت
field-opening-times = ساعت کار
field-service-languages = زبان‌های گفتگو
field-eligibility = برای چه کسانی است
field-how-to-refer = روش ارجاع
field-service-status = وضعیت
field-last-verified = آخرین بررسی
field-source = منبع
service-active = فعال
service-inactive = غیرفعال: فعلاً ارائه نمی‌شود
service-never-checked = هرگز بررسی نشده
service-stale = { $months } ماه یا بیشتر بررسی نشده
service-typed = در همین مرکز نوشته شده
service-imported = در { $date } از یک فهرست خدمات Open Referral درون‌ریزی شده (شناسه‌اش: { $id })
status-service-saved = { $name } ذخیره شد.
status-service-verified = { $name } به عنوان «امروز بررسی شد» علامت خورد.
status-service-deactivated = { $name } اکنون غیرفعال است: فهرست آن را پنهان می‌کند (Ctrl+T خدمات غیرفعال را نشان می‌دهد).
status-service-reactivated = { $name } دوباره فعال است.
key-show-slip = برگه
key-import-directory = درون‌ریزی (Open Referral)
import-from-title = درون‌ریزی خدمات (Open Referral)
import-from-hint = پوشه‌ای با datapackage.json و فایل‌های CSV، یا یک فایل یا پوشهٔ JSON. Enter درون‌ریزی می‌کند؛ Esc برمی‌گردد.
import-from-label = مسیر:
import-report-title = درون‌ریزی
put-off-title = هنوز در جریان
put-off-hint = پیگیری دوباره در (YYYY-MM-DD). Enter تأیید می‌کند؛ Esc برمی‌گردد.

## Interpreter bookings
booking-bad-duration = یک رزرو از 1 دقیقه تا 12 ساعت طول می‌کشد.
booking-interpreter-busy = آن مترجم در آن ساعت رزرو دیگری دارد (رزرو نشان‌داده‌شده را ببینید).
booking-interpreter-inactive = آن مترجم دیگر فعال نیست.
booking-bad-transition = رزروی در این وضعیت را نمی‌توان این‌طور تغییر داد.
booking-no-show-too-early = «نیامد» را فقط پس از شروع نوبت می‌توان ثبت کرد.

## F5 Interpreters: the roster and bookings
booking-person-busy = این فرد در همان ساعت رزرو دیگری دارد (نشان داده شده). برای رزرو هر دو، دوباره Ctrl+S را بزنید.
interpreter-incomplete = مترجم به یک نام و دست‌کم یک زبان نیاز دارد.
screen-interpreters = مترجمان
key-go-interpreters = رفتن به مترجمان
key-new-interpreter = مترجم تازه
key-edit-interpreter = ویرایش مترجم
key-show-day = روز
key-show-week = هفته
key-show-roster = فهرست مترجمان
key-filter-gender = جنسیت
key-filter-mode = شیوه
key-new-booking = رزرو تازه
key-edit-booking = باز کردن رزرو
key-confirm-booking = تأیید
key-complete-booking = انجام شد
key-cancel-booking = لغو رزرو
key-no-show = نیامد
key-export-calendar = فایل تقویم (.ics)
key-earlier = قبل‌تر
key-later = بعدتر
key-book-interpreter = رزرو مترجم
col-languages = زبان‌ها
form-booking = رزرو مترجم
form-booking-edit = رزرو
field-person = فرد
field-booking-language = زبان
field-dialect = گویش
field-mode = شیوه
field-appointment = نوبت
field-place = مکان
field-date = تاریخ (YYYY-MM-DD)
field-start = شروع (HH:MM)
field-end = پایان (HH:MM)
field-interpreter = مترجم
field-cancel-reason = دلیل
error-bad-date = تاریخ را به شکل YYYY-MM-DD بنویسید، مثلاً 2026-12-03.
error-bad-time = ساعت را به شکل HH:MM بنویسید، مثلاً 09:30.
error-choose-person = یک نام یا کد مرجع بنویسید و فرد را با Enter انتخاب کنید.
error-choose-language = یک زبان (نام یا کد) بنویسید و آن را با Enter انتخاب کنید.
booking-unknown-language = زبانی با این نام یا کد نیست: یکی را از فهرست با Enter انتخاب کنید.
booking-ends-before-start = پایان باید بعد از شروع باشد.
booking-starts-in-past = این در گذشته شروع می‌شود. تاریخ را بررسی کنید؛ برای رزرو در هر حال، دوباره Ctrl+S را بزنید.
booking-cancel-needs-reason = بنویسید چرا رزرو لغو می‌شود.
booking-no-interpreter-yet = هنوز هیچ (درخواست‌شده)
booking-nobody-fits-gender = هیچ‌کس در فهرست مترجمان با ترجیح جنسیتی برای این زبان جور نیست: رزرو در حالت درخواست‌شده می‌ماند.
booking-nobody-speaks = هیچ‌کس در فهرست مترجمان این زبان یا زبانی نزدیک به آن را صحبت نمی‌کند.
miss-related-language = { $language } ({ $dialects }) صحبت می‌کند، زبانی نزدیک: اول بپرسید
miss-other-dialect = گویش‌های دیگر: { $dialects }
miss-gender = جنسیت ترجیحی نیست
miss-mode = به این شیوه کار نمی‌کند (شیوه)
miss-busy = آن وقت رزرو دارد
miss-inactive = دیگر فعال نیست
status-booking-saved = رزرو ذخیره شد: { $booking }
status-booking-moved = رزرو اکنون { $status }: { $booking }
status-calendar-saved = فایل تقویم ذخیره شد: { $file }
status-calendar-not-saved = فایل تقویم ذخیره نشد: { $why }
status-calendar-nothing = این مترجم این هفته هیچ رزروی ندارد.
calendar-summary = مترجم: { $language } — { $appointment }
calendar-reference = کد مرجع: { $reference }
calendar-language = زبان: { $language }
calendar-mode = شیوه: { $mode }
calendar-status = وضعیت: { $status }
cancel-booking-title = لغو رزرو
cancel-booking-hint = Enter رزرو را لغو می‌کند؛ Esc آن را نگه می‌دارد.
mode-in-person = حضوری
mode-phone = تلفنی
mode-video = تصویری
interpreter-gender-other = دیگر
appointment-gp = پزشک عمومی
appointment-hospital = بیمارستان
appointment-solicitor = وکیل
appointment-home-office = وزارت کشور (Home Office)
appointment-housing = مسکن
appointment-school = مدرسه
appointment-council = شهرداری
appointment-benefits = کمک‌هزینهٔ دولتی
appointment-other = دیگر
booking-status-requested = درخواست‌شده
booking-status-confirmed = تأییدشده
booking-status-completed = انجام‌شده
booking-status-cancelled = لغوشده
booking-status-late-cancelled = دیر لغوشده
booking-status-no-show = نیامد
bookings-day = رزروهای { $date } ({ $count }) — ← → روز دیگر
bookings-week = هفته از { $date } ({ $count } رزرو) — ← → هفتهٔ دیگر
bookings-requests-count = درخواست‌های هنوز تأییدنشده: { $count }
bookings-none = در این روز رزروی نیست. Ctrl+N مترجم رزرو می‌کند.
timegrid-legend = [..] █ تأییدشده  ? درخواست‌شده  · انجام‌شده  ! تداخل  ‹ › بیرون از 08–18
col-time = ساعت
col-interpreter = مترجم
col-appointment = نوبت
col-status = وضعیت
weekday-mon = دوشنبه
weekday-tue = سه‌شنبه
weekday-wed = چهارشنبه
weekday-thu = پنجشنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه
today-bookings = مترجمان رزروشدهٔ امروز ({ $count }) — F5 برای کل روز
follow-ups-booking = مترجم { $time } { $appointment }، { $interpreter } ({ $status }): آن را ببندید
status-not-a-booking = این یک رزرو مترجم نیست.

## F5 roster (interpreter form)
col-gender = جنسیت
col-modes = شیوه‌ها
col-agency = آژانس
roster-search-label = جستجوی نام، زبان یا گویش:
roster-filter-gender = جنسیت: { $gender }
roster-filter-mode = شیوه: { $mode }
roster-any = همه
roster-shown = نمایش: { $shown } از { $total }
roster-empty = هنوز هیچ مترجمی در فهرست مترجمان نیست. هماهنگ‌کننده می‌تواند آن‌ها را اضافه کند.
roster-empty-add = هنوز هیچ مترجمی در فهرست مترجمان نیست. برای افزودن { $key } را بزنید.
roster-none = هیچ مترجمی جور نیست. Esc اول جستجو و سپس پالایه‌ها را پاک می‌کند.
roster-modes-all = همهٔ شیوه‌ها
roster-volunteer = داوطلب
roster-inactive = غیرفعال
form-new-interpreter = مترجم تازه
form-edit-interpreter = ویرایش مترجم
field-interpreter-languages = زبان‌ها
field-add-language = افزودن زبان
field-modes = شیوه‌ها
field-agency = آژانس
field-contact = تماس
field-active = فعال
interpreter-dialects = گویش‌ها:
interpreter-dialects-hint = میان گویش‌ها ویرگول بگذارید؛ { $key } زبان را حذف می‌کند.
interpreter-add-language-hint = نام انگلیسی یا کد آن (tigr، apd) را بنویسید، سپس Enter.
interpreter-agency-empty = خالی: مترجم داوطلب
interpreter-active-note = قابل رزرو
error-no-language = دست‌کم یک زبان اضافه کنید: بخشی از نامش را بنویسید، سپس Enter.
error-language-not-found = هیچ زبانی با «{ $typed }» جور نیست. حروف کمتر یا کد آن را امتحان کنید.
status-interpreter-saved = { $name } در فهرست مترجمان ذخیره شد.
key-remove-language = حذف این زبان
check-bookings-unreadable = بخشی از رزروهای مترجم خوانده نمی‌شود: { $about }
check-booking-unlisted = یک رزرو در فهرست فرد خودش نیست: { $about }
check-booking-missing = فهرست یک فرد رزروی را نام می‌برد که وجود ندارد: { $about }
check-booking-index = فهرست ساعت‌های مترجمان یا رزروهای باز با یک رزرو نمی‌خواند: { $about }
check-booking-clash = یک مترجم هم‌زمان در دو رزرو است: { $about }
check-support-unreadable = کمک داده‌شده در یک مراجعه باز نمی‌شود: { $about }
check-support-orphan = کمکی روی مراجعه‌ای ثبت شده که وجود ندارد، یا مال آن فرد نیست: { $about }
check-key-dates-unreadable = بخشی از تاریخ‌های مهم خوانده نمی‌شود: { $about }
check-key-date-misplaced = یک تاریخ مهم همراه تاریخ‌های فرد دیگری ذخیره شده است: { $about }
check-key-date-reminder = یادآور یک تاریخ مهم برای F6 کم است یا اضافه مانده است: { $about }
cancel-booking-hint-late = کمتر از 24 ساعت پیش از شروع: لغو دیرهنگام. Enter لغو می‌کند؛ Esc آن را نگه می‌دارد.
booking-cancelled-line = در { $date } به دست { $who } لغو شد: { $why }
key-export-week = هفته به تقویم (.ics)

## Amounts of money
money-error-empty = یک مبلغ بنویسید، مثلاً 12.50.
money-error-negative = مبلغ نمی‌تواند منفی باشد.
money-error-not-a-number = این مبلغ نیست: پوند و پنس را با رقم بنویسید، مثلاً 12.50 یا £12.50.
money-error-too-many-decimals = حداکثر دو رقم بعد از نقطه (پنس)، مثلاً 12.50.
money-error-two-points = فقط یک نقطهٔ اعشار، مثلاً 12.50.
money-error-grouping = ویرگول فقط میان هزارگان می‌آید، مثلاً 1,250.00؛ پنس بعد از نقطه می‌آید: 12.50.
money-error-other-currency = مبلغ‌ها فقط به پوند (£) است.
money-error-too-large = این مبلغ بزرگ‌تر از آن است که درست باشد: عدد را بررسی کنید.

## Support given on a visit
support-kind-food-parcel = بستهٔ غذایی
support-kind-travel-fare = کرایهٔ رفت‌وآمد
support-kind-hardship-payment = کمک نقدی اضطراری
support-kind-clothing = لباس
support-kind-phone-top-up = شارژ تلفن
support-kind-other = دیگر
support-error-amount-missing = مبلغ داده‌شده را بنویسید، مثلاً 12.50.
support-error-amount-zero = مبلغ صفر است: آنچه داده شد را بنویسید، مثلاً 12.50.
support-error-amount-not-money = این کمک پول نیست: مبلغ را خالی بگذارید و در یادداشت بنویسید چه داده شد.
support-error-note-missing = در یادداشت بنویسید چه داده شد.
support-error-note-too-long = یادداشت خیلی بلند است: حداکثر { $max } نویسه.
key-give-support = کمک داده‌شده
field-support-kind = نوع کمک
field-support-amount = مبلغ (£)
support-amount-hint = پوند و پنس، مثلاً 12.50 یا £12.50
support-confirm-large = { $amount } برای یک قلم بیشتر از { $limit } است. بررسی کنید: Ctrl+S دوباره آن را ذخیره می‌کند.
status-support-confirm-large = مبلغ زیاد: بررسی کنید، سپس برای ذخیره دوباره Ctrl+S را بزنید.
status-support-given = ثبت شد: { $kind } برای { $name }.
status-support-over-limit = ذخیره شد. { $name } در 12 ماه { $total } گرفته است، بیش از سقف { $limit }.
status-support-which-visit = اول یک مراجعه را انتخاب کنید: کمک روی مراجعه ثبت می‌شود.
field-support-given = پیش‌تر در همین مراجعه داده شده
key-remove-support = برداشتن قلمی که اشتباهی ثبت شد
support-remove-question = «{ $what }» از این مراجعه برداشته شود؟ اشتباهی ثبت شده بود؛ دفتر رویدادها نگه می‌دارد که برداشته شد.
support-remove-yes = برداشتن
status-support-removed = برداشته شد. جمع کمک‌های این فرد به‌روز شد.
status-support-not-yours = فقط کسی که آن را ثبت کرده، یا هماهنگ‌کننده، می‌تواند آن را بردارد.
audit-support-removed = کمک داده‌شده در یک مراجعه را برداشت (اشتباهی ثبت شده بود)
form-support = کمک داده‌شده به { $name }
support-form-total = در 12 ماه گذشته، با این یکی: { $total }
support-over-limit = بیش از سقف { $limit }
person-support-summary = کمک، 12 ماه گذشته: { $total } پول نقد، { $count ->
    [one] یک قلم
   *[other] { $count } قلم
}

## Households (people who came together)
household-title = خانوار
household-child-born = کودک، متولد { $year }
relation-partner = همسر
relation-child = فرزند
relation-parent = پدر یا مادر
relation-sibling = برادر یا خواهر
relation-other-relative = خویشاوند دیگر
relation-other = غیرخویشاوند (دوست، مراقب)
household-error-in-another = از قبل در خانوار دیگری است: اول او را از آن بیرون بیاورید.
household-error-already-member = از قبل در همین خانوار است.
household-error-not-member = در این خانوار نیست.
household-error-anchor-has-others = خانوار از طریق او ثبت شده است: اول آن را از طریق فرد دیگری ثبت کنید (Ctrl+R).
household-error-too-small = خانوار دست‌کم دو نفر لازم دارد.
household-error-relations = بنویسید هر فرد چه نسبتی با کسی دارد که خانوار از طریق او ثبت شده است.

## Key dates (hearings, interviews, deadlines)
key-date-kind-interview = مصاحبهٔ وزارت کشور
key-date-kind-appeal-hearing = جلسهٔ دادگاه تجدیدنظر پناهندگی
key-date-kind-appeal-deadline = مهلت تجدیدنظر
key-date-kind-move-on-end = پایان دورهٔ گذار (کمک پناه‌جویی قطع می‌شود)
key-date-kind-court = دادگاه
key-date-kind-other = تاریخ دیگر
key-date-outcome-kept = انجام شد، یا مهلت رعایت شد
key-date-outcome-moved = به روز دیگری منتقل شد
key-date-outcome-missed = از دست رفت
key-date-outcome-cancelled = لغو شد، یا دیگر لازم نیست
key-date-due-later = بعداً
key-date-due-in = { $days ->
        [0] امروز
        [one] فردا
       *[other] { $days } روز دیگر
    }
key-date-due-passed = { $days ->
        [one] دیروز گذشت، هنوز بی‌نتیجه
       *[other] { $days } روز پیش گذشت، هنوز بی‌نتیجه
    }
key-date-due-done = تمام‌شده
key-date-soon = { $days ->
        [one] تاریخ مهم امروز یا فردا
       *[other] تاریخ مهم تا { $days } روز دیگر
    }
key-date-warning-past = این تاریخ گذشته است. باز هم ذخیره شود؟
key-date-lead-days-hint = خالی: مقدار معمول برای این نوع تاریخ.
field-key-date-kind = نوع تاریخ
field-key-date-date = تاریخ
field-key-date-grant = تاریخ اعطای اقامت
field-key-date-lead-days = یادآوری، چند روز پیش از آن
field-key-date-note = یادداشت
error-choose-kind = انتخاب کنید این چه نوع تاریخی است.
error-date-missing = تاریخ را به شکل YYYY-MM-DD بنویسید، مثلاً 2026-12-03.
error-grant-date-missing = تاریخ اعطای اقامت را بنویسید: پایان کمک دورهٔ گذار از روی آن حساب می‌شود.
error-lead-days = عددی از 0 تا 365 روز بنویسید.
error-date-future = این تاریخ هنوز نیامده است: روزی را که انجام شد بنویسید.
key-add-key-date = افزودن تاریخ مهم
key-key-date-kept = تاریخ مهم: انجام شد، یا رعایت شد
key-key-date-moved = تاریخ مهم: به روز دیگری منتقل شد
key-key-date-missed = تاریخ مهم: از دست رفت
key-key-date-cancelled = تاریخ مهم: لغو شد، یا دیگر لازم نیست
key-date-kind-choose = (انتخاب: Space یا ←/→)
key-date-move-on-ends = کمک در { $date } قطع می‌شود ({ $days } روز پس از اعطای اقامت)
key-date-move-on-hint = کمک { $days } روز پس از اعطای اقامت قطع می‌شود.
key-date-lead-days-usual = خالی: { $days } روز پیش از آن، مقدار معمول برای این نوع تاریخ.
key-date-move-on-row = پایان دورهٔ گذار (اعطای اقامت { $grant })
key-date-outcome-hint = اگر خواستید یادداشتی بنویسید (لازم نیست). Enter ثبت می‌کند؛ Esc برمی‌گردد.
form-key-date = افزودن تاریخ مهم: { $name }
status-key-date-saved = تاریخ مهم ذخیره شد: { $kind }، { $date }
status-not-a-key-date = این ردیف تاریخ مهم نیست.
status-key-date-row = این ردیف یک تاریخ مهم است: h انجام شد، m منتقل شد، s از دست رفت، w لغو شد (یا Ctrl+O).
follow-ups-key-dates = تاریخ‌های مهم برای اقدام: { $count } (نزدیک، یا گذشته و بی‌نتیجه)
col-key-date = تاریخ
col-note = یادداشت
key-date-passed-short = { $days ->
        [one] دیروز گذشت
       *[other] { $days } روز پیش گذشت
    }
key-date-move-on-short = پایان گذار

## Safeguarding concerns
safeguarding-help-danger = اگر کسی در خطر فوری است، اول به 999 زنگ بزنید؛ بعد آن را اینجا ثبت کنید.
safeguarding-help-lead = با ذخیره، مسئول حفاظت مرکز فوراً باخبر می‌شود. مسئول حفاظت داوطلبی است که تصمیم می‌گیرد قدم بعدی چیست، مثلاً ارجاع به شهرداری یا پلیس، و آن را اینجا ثبت می‌کند. فقط مسئول حفاظت، هماهنگ‌کننده‌ها و خود شما این نگرانی را می‌بینید.
safeguarding-new-count = { $count ->
        [one] یک نگرانی حفاظتی تازه
       *[other] { $count } نگرانی حفاظتی تازه
    }
concern-unnamed = بدون نام فرد
concern-category-child = کودک در خطر
concern-category-adult = بزرگسال در خطر
concern-category-domestic-abuse = خشونت خانگی
concern-category-trafficking = قاچاق انسان یا بردگی مدرن
concern-category-self-harm = خودآزاری یا خطر خودکشی
concern-category-other = چیز دیگر
concern-agency-childrens-services = خدمات کودکان شهرداری
concern-agency-adults-services = خدمات بزرگسالان شهرداری
concern-agency-police = پلیس
concern-agency-modern-slavery-helpline = خط تلفن بردگی مدرن (Modern Slavery Helpline)
concern-agency-domestic-abuse = یک مرکز کمک به قربانیان خشونت خانگی
concern-agency-health = پزشک عمومی یا مرکز درمانی
concern-agency-other = کس دیگر
concern-step-referred = ارجاع داده شد
concern-step-action = کار دیگری انجام شد
concern-step-closed = بسته شد
concern-status-open = باز
concern-status-referred-on = ارجاع‌شده
concern-status-closed = بسته
concern-error-not-allowed = فقط مسئول حفاظت و هماهنگ‌کننده‌ها قدم بعدی را ثبت می‌کنند.
concern-error-closed = این نگرانی بسته شده است. اگر اتفاق تازه‌ای بیفتد، یک نگرانی تازه ثبت کنید.
field-concern-category = دربارهٔ چیست
field-concern-seen-or-said = آنچه دیده یا گفته شد
field-concern-action-taken = کاری که شما کردید
field-concern-step = قدم بعدی چه بود
field-concern-agency = ارجاع به
field-concern-on = در تاریخ
field-concern-note = یادداشت
error-choose-category = انتخاب کنید این نگرانی دربارهٔ چیست.
field-move-on-days = دورهٔ گذار (روز پس از اعطای اقامت)
field-support-limit = سقف کمک به هر فرد، 12 ماه (£؛ خالی: بدون سقف)
error-move-on-days = عددی از 1 تا 365 روز بنویسید (معمولاً 28).
audit-key-date-saved = یک تاریخ مهم اضافه کرد یا نتیجه‌اش را ثبت کرد
audit-support-given = کمک داده‌شده در یک مراجعه را ثبت کرد

## Households (issue 7)
audit-household-saved = یک خانوار را ساخت، تغییر داد یا منحل کرد
check-households-unreadable = اطلاعات یک خانوار خوانده نمی‌شود: { $about }
check-household-index = فهرست خانوارها با خانوارهای { $about } نمی‌خواند
check-household-invalid = خانوار { $about } کمتر از دو نفر دارد، کسی را دو بار دارد، یا کسی را دارد که اطلاعاتش دیگر نیست
check-household-twice = { $about } در دو خانوار است
key-household = خانوار
key-remove-from-household = بیرون آوردن از خانوار
key-whole-household = همهٔ خانوار آمدند
household-none = هیچ (Ctrl+G برای افزودن کسی که با او آمده)
household-more = … و { $count } نفر دیگر (Ctrl+G)
household-relation-of = نسبت با { $name }: { $relation }
household-anchor = خانوار از طریق او ثبت شده است
household-recorded-through = نسبت‌ها با { $name } سنجیده می‌شوند، که خانوار از طریق او ثبت شده است.
household-form-title = خانوار { $name }
household-field-add-person = افزودن یک فرد
household-field-add-child = افزودن یک کودک (سال تولد)
household-field-members = در این خانوار
household-hint-list = ← → نسبت · Enter: درست است · Ctrl+R: ثبت از طریق او
household-confirm-remove = { $name } از خانوار بیرون آورده شود؟
household-confirm-remove-child = کودک متولد { $year } از خانوار بیرون آورده شود؟
household-remove-yes = بیرون آوردن
status-household-saved = خانوار ذخیره شد.
status-household-dissolved = این خانوار دیگر وجود ندارد: کمتر از دو نفر در آن مانده بود.
field-visit-household = با او آمدند
household-needs-same = همان نیازها
household-needs-own = نیازهای خودش
household-hint-visit = Space: او هم آمد · Enter: نیازهای خودش · Ctrl+A: همه
field-visit-needs-of = نیازهای { $name }
status-visits-saved = { $count ->
    [one] مراجعهٔ { $name } ذخیره شد.
   *[other] مراجعه‌های { $name } و { $others } نفر دیگر از خانوار ذخیره شد.
}
household-hint-everyone = Ctrl+A: همه آمدند
col-household = خانوار
key-record-through = ثبت خانوار از طریق او
household-check-relation = بررسی: ← → برای تغییر، Enter اگر درست است

## Safeguarding concerns: stored and shown
audit-concern-raised = یک نگرانی حفاظتی ثبت کرد
audit-concern-viewed = یک نگرانی حفاظتی را باز کرد
audit-concern-updated = قدم بعدی یک نگرانی حفاظتی را ثبت کرد
check-concerns-unreadable = یک نگرانی حفاظتی باز نمی‌شود: { $about }
check-concern-awaiting = شمار نگرانی‌های در انتظار مسئول حفاظت با یک نگرانی نمی‌خواند: { $about }
check-report-counts = ارقام گزارش { $about } با رکوردهای آن روز نمی‌خواند
check-report-counts-unreadable = ارقام گزارش خوانده یا دوباره شمرده نمی‌شوند
key-raise-concern = ثبت نگرانی حفاظتی
key-show-concerns = نگرانی‌های حفاظتی
key-open-concern = باز کردن نگرانی
key-record-step = ثبت قدم بعدی
key-close-concern = بستن نگرانی
key-toggle-lead = مسئول حفاظت: علامت زدن یا برداشتن
form-concern = نگرانی حفاظتی
form-concern-step = قدم بعدی چه بود
field-concern-person = دربارهٔ
field-concern-other-agency = چه کسی (نام)
field-concern-status = وضعیت
field-concern-raised = ثبت‌شده در
field-safeguarding-lead = مسئول حفاظت
concern-category-none = هنوز انتخاب نشده (← → برای انتخاب)
concern-status-raised = نگرانی ذخیره شد. به مسئول حفاظت خبر داده شد.
concern-status-step-saved = قدم بعدی ذخیره شد.
concern-status-closed-saved = نگرانی بسته شد.
concern-awaiting-lead = هنوز باز نشده
concern-page-title = نگرانی حفاظتی
concern-raised-by = { $date } { $time } به دست { $name }
concern-steps = قدم‌های بعدی
concern-no-steps = هنوز چیزی ثبت نشده.
concern-raiser-note = مسئول حفاظت تصمیم می‌گیرد قدم بعدی چیست و آن را اینجا ثبت می‌کند.
concerns-title = نگرانی‌های حفاظتی که می‌توانید ببینید: { $count }
concerns-empty = نگرانی حفاظتی‌ای برای نمایش نیست. Ctrl+Y از هر صفحه‌ای یکی ثبت می‌کند.
col-raised = ثبت
col-concern-category = دربارهٔ
col-concern-status = وضعیت
col-concern-lead = مسئول
confirm-close-concern = این نگرانی بسته شود؟ پس از آن دیگر قدمی روی آن ثبت نمی‌شود؛ از شما پرسیده می‌شود چرا.
confirm-close-concern-yes = بستن
person-concerns = نگرانی‌های حفاظتی
person-concerns-count = { $count } — F6، Ctrl+G
volunteer-safeguarding-lead = مسئول حفاظت
volunteer-lead-hint = از هر نگرانی تازه باخبر می‌شود
status-lead-marked = { $name } اکنون مسئول حفاظت است.
status-lead-unmarked = { $name } دیگر مسئول حفاظت نیست.

## Reports and exports (src/export, src/cli/export.rs)
audit-records-exported = از رکوردها خروجی گرفت (فقط کدهای مرجع)
audit-records-exported-full = از رکوردها با نام‌ها، یادداشت‌ها و شماره‌های تلفن خروجی گرفت (خروجی کامل)
export-error-exists = { $file } از قبل وجود دارد: نام دیگری انتخاب کنید، یا برای جایگزینی ‎--force را اضافه کنید.
export-error-is-folder = { $file } یک پوشه است: نام یک فایل را برای نوشتن بدهید.
export-error-folder = در { $dir } چیزی نوشته نمی‌شود ({ $detail }): پوشهٔ دیگری انتخاب کنید.
export-error-writing = خروجی نوشته نشد ({ $detail })؛ چیزی بر جا نماند.
export-not-given = گفته نشده
export-not-recorded = هنوز ثبت نشده
export-col-section = بخش
export-col-item = مورد
export-col-label = رقم
export-col-value = این دوره
export-col-previous = دورهٔ قبل
export-col-person = فرد
export-col-name = نام
export-col-notes = یادداشت‌ها
export-col-phone = تلفن
export-col-amount = مبلغ (£)
export-col-day = روز
export-col-visit-id = مراجعه
export-col-arrived = ورود
export-col-waited-minutes = انتظار (دقیقه)
export-col-state = وضعیت
export-col-age-band = گروه سنی
export-col-gender = جنسیت
export-col-country = کشور مبدأ
export-col-immigration-status = وضعیت مهاجرتی
export-col-first-language = زبان اول
export-col-needs = نیازها
export-col-language = زبان
export-col-interpreting = ترجمه
export-col-visits-in-range = مراجعه‌ها در این بازه
export-col-recorded = تاریخ ثبت
export-col-english-level = انگلیسی
export-col-needs-interpreter = مترجم لازم دارد
export-col-year-of-birth = سال تولد
export-col-referral-id = ارجاع
export-col-kind = نوع
export-col-domain = حوزه
export-col-service-id = شمارهٔ خدمت
export-col-service = خدمت
export-col-outcome = نتیجه
export-col-follow-up = پیگیری در
export-col-booking-id = رزرو
export-col-start = شروع
export-col-minutes = دقیقه
export-col-appointment = نوبت
export-col-mode = شیوه
export-col-status = وضعیت
export-col-place = مکان
export-col-organisation = سازمان
export-col-domains = حوزه‌ها
export-col-postcode = کد پستی
export-col-email = ایمیل
export-col-website = وب‌سایت
export-col-languages = زبان‌ها
export-col-active = فعال
export-col-last-verified = آخرین بررسی
export-col-given = داده‌شده در
export-fig-visits = مراجعه‌ها
export-fig-people = افراد مختلف
export-fig-new-people = افراد تازه
export-fig-anonymous = مراجعه‌های بی‌نام
export-fig-households = خانوارها
export-fig-visits-per-person = مراجعه به ازای هر فرد
export-fig-average-wait = میانگین انتظار (دقیقه)
export-fig-longest-wait = بیشترین انتظار (دقیقه)
export-fig-family-interpreting = ترجمه به دست خانواده یا دوستان (روش نامناسب)
export-section-summary = خلاصه
export-section-needs = نیازها بر اساس حوزه
export-section-languages = زبان‌های گفتگو
export-section-interpreting = ترجمه
export-section-sent-by-domain = راهنمایی و ارجاع، بر اساس حوزه
export-section-sent-by-service = راهنمایی و ارجاع، بر اساس خدمت
export-section-outcomes = نتایج ارجاع‌ها
export-section-bookings = رزروهای مترجم
export-section-booking-hours = ساعت‌های مترجم
export-section-bookings-by-language = رزروهای مترجم بر اساس زبان
export-section-hours = ورودها بر اساس ساعت
export-section-weekdays = مراجعه‌ها بر اساس روز هفته
export-section-support = کمک داده‌شده
export-section-support-amount = کمک داده‌شده، مبلغ (£)
export-section-concerns = نگرانی‌های حفاظتی (شمارهای کمتر از 5 به صورت <5)
export-section-key-dates = تاریخ‌های مهم
export-section-equalities-gender = برابری: جنسیت (شمارهای کمتر از 5 به صورت <5)
export-section-equalities-age-band = برابری: گروه سنی (شمارهای کمتر از 5 به صورت <5)
export-section-equalities-country = برابری: کشور مبدأ (شمارهای کمتر از 5 به صورت <5)
export-section-equalities-immigration-status = برابری: وضعیت مهاجرتی (شمارهای کمتر از 5 به صورت <5)
export-section-equalities-first-language = برابری: زبان اول (شمارهای کمتر از 5 به صورت <5)
export-age-under-18 = زیر 18
export-age-18-25 = 18 تا 25
export-age-26-35 = 26 تا 35
export-age-36-50 = 36 تا 50
export-age-51-65 = 51 تا 65
export-age-over-65 = بالای 65
cli-error-day = «{ $day }» تاریخ نیست: آن را به شکل YYYY-MM-DD بنویسید، مثلاً 2026-04-01.
cli-error-backwards = بازه در { $from } شروع می‌شود، بعد از پایانش در { $to }: ‎--from را پیش از ‎--to بدهید.
cli-error-too-long = بازه نمی‌تواند بیش از 20 سال باشد.
cli-error-coordinators-only = فقط هماهنگ‌کننده می‌تواند گزارش‌ها را ببیند و از رکوردها خروجی بگیرد.
cli-report-title = گزارش { $from } تا { $to } (دورهٔ قبل { $pfrom } تا { $pto })
cli-report-written = { $rows } رقم در { $file } نوشته شد
cli-export-written = { $rows } ردیف در { $file } نوشته شد
cli-full-word = اسامی
cli-full-warning = این خروجی { $kind } نام‌ها، یادداشت‌ها و شماره‌های تلفن را در خود دارد. فایل را امن نگه دارید و وقتی کارتان تمام شد پاکش کنید. برای ادامه { $word } را بنویسید:
cli-full-needs-yes = خروجی کامل یک «بله»ی دوم لازم دارد: ‎--yes-full را اضافه کنید (ترمینالی نیست که بشود پرسید).
cli-full-not-confirmed = تأیید نشد: از چیزی خروجی گرفته نشد.
cli-full-not-personal = فهرست خدمات هیچ اطلاعات شخصی ندارد: ‎--full برای رکوردهای افراد است.

## F7 Reports (coordinators)
screen-reports = گزارش‌ها
key-go-reports = رفتن به گزارش‌ها
key-report-range-before = بازهٔ قبلی
key-report-range-next = بازهٔ بعدی
key-report-dates = نوشتن تاریخ‌ها
key-report-next-section = بخش بعدی
key-report-prev-section = بخش قبلی
key-report-shared = برای اشتراک (<5)
key-report-export = خروجی
key-report-refresh = خواندن دوباره
key-report-apply-range = نمایش این بازه
report-coordinators-only = گزارش‌ها برای هماهنگ‌کننده‌هاست. اگر رقمی لازم دارید، از یک هماهنگ‌کننده بپرسید.
report-range-today = امروز
report-range-this-week = این هفته
report-range-this-month = این ماه
report-range-last-month = ماه گذشته
report-range-this-quarter = این فصل
report-range-financial-year = سال مالی
report-range-last-12-months = 12 ماه گذشته
report-range-custom = تاریخ‌های دلخواه
report-range-line = { $preset }  { $from } – { $to } ({ $days ->
    [one] یک روز
   *[other] { $days } روز
})
report-compared-with = در مقایسه با { $from } – { $to }
report-from = از
report-to = تا
report-error-date = تاریخ نیست: آن را به شکل YYYY-MM-DD بنویسید، مثلاً 2026-04-01.
report-error-backwards = شروع بعد از پایان است.
report-error-too-long = بازه حداکثر 20 سال می‌تواند باشد.
report-none = گزارشی روی صفحه نیست: Ctrl+R آن را می‌خواند.
report-section-overview = نمای کلی
report-section-needs = نیازها
report-section-languages = زبان‌ها
report-section-sent-on = راهنمایی و ارجاع
report-section-bookings = مترجمان
report-section-times = زمان‌ها
report-section-support = کمک
report-section-equalities = برابری
report-column-now = این دوره
report-column-before = قبل
report-column-change = تغییر
report-more = { $count } سطر دیگر: PgDn
report-nothing = در هیچ‌یک از دو دوره چیزی نیست
report-visits = مراجعه‌ها
report-people = افراد مختلف
report-new-people = افراد تازهٔ ثبت‌شده
report-anonymous = مراجعه‌های بی‌نام
report-visits-per-person = مراجعه به ازای هر فرد
report-households = خانوارهای آمده
report-heading-weekly = مراجعه در هفته
report-weekly-note = بیشترین { $peak } در هفته · { $total } روی هم (قبل: { $before })
report-weekly-dates = هفته‌ها از { $first } تا { $last }{ $per ->
    [one] {""}
   *[other] {" "}(هر علامت { $per } هفته)
}
report-heading-needs = نیازها بر اساس حوزه (مراجعه‌ها)
report-heading-languages = زبان‌های گفتگو (مراجعه‌ها)
report-heading-interpreting = ترجمه (مراجعه‌ها؛ ⚠ روش نامناسب)
report-family-interpreting = ⚠ خانواده یا دوست
report-heading-signposted = راهنمایی‌شده، بر اساس حوزه
report-heading-referred = ارجاع‌شده، بر اساس حوزه
report-total = روی هم
report-no-domain = بدون حوزه
report-heading-signposted-services = راهنمایی‌شده، بر اساس خدمت
report-heading-referred-services = ارجاع‌شده، بر اساس خدمت
report-key-date-kept = انجام یا رعایت شد
report-key-date-moved = منتقل شد
report-key-date-missed = از دست رفت
report-key-date-cancelled = لغو شد
report-heading-outcomes = نتایج
report-bookings = رزروهای مترجم
report-booked-hours = ساعت‌های رزروشده
report-late-cancellations = لغوهای دیرهنگام
report-no-shows = نیامده‌ها
report-heading-bookings = رزروها بر اساس زبان و وضعیت
report-heading-booked-hours = ساعت‌ها بر اساس زبان و وضعیت
report-average-wait = میانگین انتظار (دقیقه)
report-longest-wait = بیشترین انتظار (دقیقه)
report-heading-hours = ورودها بر اساس ساعت
report-heading-weekdays = مراجعه‌ها بر اساس روز هفته
report-heading-support = کمک داده‌شده (قلم)
report-support-amount = { "  " }مبلغ داده‌شده
report-heading-concerns = نگرانی‌های حفاظتی (فقط شمار)
report-heading-key-dates = تاریخ‌های مهم
report-key-date-open = هنوز چیزی ثبت نشده
report-for-sharing = برای اشتراک: شمارهای کمتر از 5 به صورت <5 نشان داده می‌شوند (Ctrl+T)
report-not-recorded = ثبت نشده
report-heading-gender = جنسیت (افراد)
report-heading-age = گروه سنی (افراد)
report-age-under-18 = زیر 18
report-age-18-25 = 18–25
report-age-26-35 = 26–35
report-age-36-50 = 36–50
report-age-51-65 = 51–65
report-age-over-65 = بالای 65
report-heading-country = کشور مبدأ (افراد)
report-heading-status = وضعیت مهاجرتی (افراد)
report-heading-first-language = زبان اول (افراد)

## F7's export box (Ctrl+E on F7)
key-export-write = خروجی
key-export-choice-before = گزینهٔ قبلی
key-export-choice-next = گزینهٔ بعدی
export-box-title = خروجی
export-box-days = روزها: { $from } – { $to } ({ $days ->
    [one] یک روز
   *[other] { $days } روز
})
export-box-whole-directory = کل فهرست خدمات، همان‌طور که اکنون هست
export-field-what = موضوع
export-field-format = قالب
export-field-full = نام‌ها و یادداشت‌ها
export-field-file = فایل
export-what-report = گزارش روی صفحه
export-what-visits = مراجعه‌ها
export-what-people = افراد آمده
export-what-referrals = راهنمایی‌ها و ارجاع‌ها
export-what-bookings = رزروهای مترجم
export-what-services = خدمات (فهرست خدمات)
export-what-support = کمک داده‌شده
export-format-csv = CSV (صفحه‌گسترده)
export-format-json = JSON (برنامه‌ها)
export-full-off = نه: فقط کدهای مرجع
export-full-on = بله: نام‌ها، یادداشت‌ها، تلفن‌ها
export-holds-report = ارقام روی صفحه و دورهٔ قبل از آن؛ شمارهای کمتر از 5 به صورت <5.
export-holds-services = خدمات فهرست خدمات: هیچ اطلاعات شخصی از کسی نیست.
export-holds-pseudonymised = کدهای مرجع و گروه‌های سنی: بدون نام، بدون یادداشت، بدون شمارهٔ تلفن.
export-holds-full = این فایل نام‌ها، یادداشت‌ها و شماره‌های تلفن را در خود خواهد داشت: آن را امن نگه دارید.
export-box-no-range = هیچ بازه‌ای روی صفحه برای خروجی نیست: اول یکی انتخاب کنید.
export-box-no-file = نام فایلی را که باید نوشته شود بنویسید.
export-box-is-folder = این یک پوشه است: نام یک فایل را برای نوشتن اضافه کنید.
export-box-exists = فایلی با این نام از قبل هست: نام دیگری انتخاب کنید. چیزی نوشته نشد.
export-box-no-folder = پوشهٔ { $dir } وجود ندارد: مسیر را بررسی کنید.
export-box-cannot-write = در { $dir } چیزی نوشته نمی‌شود: پوشهٔ دیگری انتخاب کنید.
export-box-not-written = چیزی نوشته نشد: پیام کنار فایل را ببینید.
export-full-question = این فایل ({ $what }) نام‌ها، یادداشت‌ها و شماره‌های تلفن را در خود خواهد داشت. آن را امن نگه دارید: فقط روی همین رایانه یا یک درایو محافظت‌شده، هرگز با ایمیل، و وقتی کارش تمام شد پاکش کنید. این خروجی در دفتر رویدادها ثبت می‌شود. با نام‌ها نوشته شود؟
export-full-yes = بنویس، با نام‌ها
export-full-no = برگشت
work-export-title = در حال خروجی گرفتن
work-export-what = در حال نوشتن فایل: لطفاً کمی صبر کنید.

## Data life cycle: consent, retention, anonymisation.
consent-purpose-record = نگه‌داری اطلاعات
consent-purpose-share = اشتراک‌گذاری برای ارجاع
consent-purpose-contact = تماس با تلفن یا پیامک
consent-short-record = نگه‌داری
consent-short-share = اشتراک‌گذاری
consent-short-contact = تماس
consent-share-question = رضایت می‌دهد که وقتی او را به خدمتی ارجاع می‌دهیم، اطلاعاتش را با آن خدمت در میان بگذاریم
consent-contact-question = رضایت می‌دهد که با تلفن یا پیامک با او تماس بگیریم
field-consent-more = همچنین
consent-title = رضایت: { $name }
consent-state-given = در { $date } داده شد
consent-state-withdrawn = در { $date } پس گرفته شد
consent-state-never = پرسیده نشده
consent-hint = Space رضایت انتخاب‌شده را، همان‌طور که فرد الان می‌گوید، می‌دهد یا پس می‌گیرد. Esc می‌بندد.
consent-history = همهٔ تغییرها، تازه‌ترین اول:
consent-event-given = داده شد
consent-event-withdrawn = پس گرفته شد
consent-no-contact = تماس نگیرید
consent-anonymised = این رکورد بی‌نام شده است: دیگر رضایتی برای ثبت نمانده.
consent-withdraw-record-question = { $name } دیگر رضایت ندارد که اطلاعاتش را نزد ما نگه داریم. رکورد او همین حالا بی‌نام می‌شود: نام، تلفن، یادداشت‌ها و سال تولد پاک می‌شوند، و نیز یادداشت‌های مراجعه‌ها، ارجاع‌ها و رزروهایش. مراجعه‌هایش بدون نام در آمار می‌مانند. این کار برگشت‌پذیر نیست.
consent-withdraw-record-yes = بی‌نام کردن رکورد
status-consent-given = رضایت ثبت شد.
status-consent-withdrawn = پس گرفتن رضایت ثبت شد.
status-record-anonymised = رکورد بی‌نام شد.
anonymised-retention = مدت نگه‌داری گذشته
anonymised-consent = رضایت پس گرفته شد
person-anonymised-heading = رکورد بی‌نام‌شده · { $reference } · { $date }، { $why }
audit-consent-given = رضایت { $person } را ثبت کرد: { $what }
audit-consent-withdrawn = پس گرفتن رضایت { $person } را ثبت کرد: { $what }
audit-anonymised = { $person } را بی‌نام کرد ({ $what })
field-retention-years = نگه‌داری رکوردها پس از آخرین تماس (سال)
error-retention-years = عددی از 1 تا 30 سال بنویسید (معمولاً 6).
key-consent = رضایت

## Data life cycle: the retention review.
key-consent-change = دادن یا پس گرفتن
key-review-retention = بازبینی نگه‌داری
retention-save-first = اول تنظیمات را ذخیره کنید (Ctrl+S)، بعد نگه‌داری را بازبینی کنید.
retention-none-due = مدت نگه‌داری هیچ رکوردی نگذشته است ({ $years } سال پس از آخرین تماس).
retention-line = { $reference } · آخرین تماس { $date }
retention-more = … و { $count } مورد دیگر
retention-question = { $count ->
    [one] مدت نگه‌داری { $count } رکورد گذشته است ({ $years } سال پس از آخرین تماس). همین حالا بی‌نام شود؟ نام‌ها، شماره‌های تلفن، یادداشت‌ها و سال‌های تولد پاک می‌شوند؛ آمار گزارش‌ها همان‌طور می‌ماند. این کار برگشت‌پذیر نیست.
   *[other] مدت نگه‌داری { $count } رکورد گذشته است ({ $years } سال پس از آخرین تماس). همین حالا بی‌نام شوند؟ نام‌ها، شماره‌های تلفن، یادداشت‌ها و سال‌های تولد پاک می‌شوند؛ آمار گزارش‌ها همان‌طور می‌ماند. این کار برگشت‌پذیر نیست.
}
retention-yes = بی‌نام کردن آن‌ها
retention-done = { $count ->
    [one] { $count } رکورد بی‌نام شد.
   *[other] { $count } رکورد بی‌نام شدند.
}
retention-cli-due = { $count ->
    [one] مدت نگه‌داری { $count } رکورد گذشته است ({ $years } سال پس از آخرین تماس: پیش از { $cutoff }). کد مرجع و آخرین تماس:
   *[other] مدت نگه‌داری { $count } رکورد گذشته است ({ $years } سال پس از آخرین تماس: پیش از { $cutoff }). کد مرجع و آخرین تماس:
}
sar-title = هر آنچه { $centre } دربارهٔ { $name } ({ $reference }) نگه می‌دارد
sar-generated = نوشته‌شده در { $date }، به درخواست خود فرد.
sar-left-out = شامل نیست: اطلاعات افراد دیگر (اعضای دیگر خانوار شمرده می‌شوند، ولی نامشان نمی‌آید)، و نگرانی‌های حفاظتی، که مسئول حفاظت جداگانه دربارهٔ آن‌ها تصمیم می‌گیرد.
sar-details = اطلاعات فرد
sar-household = خانوار
sar-household-others = { $count ->
    [one] بله، با { $count } نفر دیگر
   *[other] بله، با { $count } نفر دیگر
}
sar-consent = رضایت، همهٔ تغییرها
sar-visits = مراجعه‌ها
sar-referrals = راهنمایی‌ها و ارجاع‌ها
sar-bookings = رزروهای مترجم
sar-key-dates = تاریخ‌های مهم
sar-support = کمک داده‌شده
sar-audit = چه کسی رکورد او را دید یا تغییر داد
sar-nothing = هیچ.
sar-bad-reference = این کد مرجع نیست (حرف‌ها و عددهای صفحهٔ فرد).
sar-written = نوشته شد: { $file } (و { $json } برای برنامه‌ها).
sar-box-title = هر آنچه دربارهٔ فرد نگه می‌داریم (حق دسترسی)
sar-box-hint = سند در این فایل نوشته می‌شود (اگر نامش به .html ختم شود، به صورت HTML)، و همان به صورت JSON کنار آن. آن را به‌طور امن به خود فرد بدهید، سپس پاکش کنید.
key-subject-access = حق دسترسی

## Data life cycle: erasure on request.

key-erase = پاک کردن به درخواست…
erase-reason-title = پاک کردن { $reference }: چرا؟
erasure-reason-asked = خودش خواست اطلاعاتش پاک شود
erasure-reason-consent = رضایتش را پس گرفت و خواست رکوردش پاک شود
erasure-reason-not-needed = دیگر نیازی به این رکورد نیست
erasure-reason-error = این رکورد به اشتباه، یا بدون مبنای قانونی، ثبت شده است
erasure-reason-other = دلیل دیگر
erase-question = { $name } ({ $reference }) برای همیشه پاک شود؟ دلیل: { $reason }. این کار برگشت‌پذیر نیست.
erase-detail-goes = پاک می‌شود: اطلاعات فرد، سابقهٔ رضایت و یادداشت‌های مراجعه‌ها، ارجاع‌ها، رزروها، تاریخ‌های مهم و کمک‌های داده‌شده به او. دیگر هیچ‌کس نمی‌تواند او را پیدا کند.
erase-detail-stays = می‌ماند: مراجعه‌ها و ارجاع‌هایش، به‌صورت شمارش بی‌نام، تا گزارش‌ها تغییر نکنند. نگرانی‌های حفاظتی همان‌طور که هستند نگه داشته می‌شوند.
erase-detail-backups = نسخه‌های پشتیبانی که تا حالا گرفته شده‌اند هنوز این رکورد را دارند، تا وقتی که جایگزین شوند.
erase-yes = پاک کردن برای همیشه
status-person-erased = { $reference } پاک شد: دیگر هیچ چیزی دربارهٔ او خواندنی نیست.
erase-refused-household = اول او را از خانوارش بیرون بیاورید (h در صفحهٔ او)، سپس پاک کنید.
erase-refused-rotating = کلید داده‌ها در حال تعویض است: اول آن را تمام کنید، سپس پاک کنید.
erase-refused-erased = این رکورد قبلاً پاک شده است.
erase-cli-bad-reason = دلیل نامعلوم: از asked یا withdrew-consent یا not-needed یا in-error یا other استفاده کنید.
erase-cli-needs-yes = پاک کردن برگشت‌پذیر نیست: برای پاک کردن ‎--yes را اضافه کنید.
anonymised-erased = به درخواست پاک شد
check-erased-left = چیزی از یک فرد پاک‌شده هنوز مانده است: { $about }
check-erased-key = کلید یک فرد پاک‌شده هنوز مانده است: { $about }
check-erasure-unfinished = یک پاک‌سازی تمام نشد: برنامه را دوباره باز کنید تا تمام شود.

## Data life cycle: merging duplicates.
key-merge = ادغام با رکورد دیگر
key-undo-merge = برگرداندن ادغام امروز
key-merge-now = ادغام
key-merge-swap = نگه‌داشتن آن یکی
merge-title = ادغام با رکورد دیگر
merge-find-hint = رکورد دیگرِ { $name } ({ $reference }) کدام است؟ کد مرجع یا نامی را بنویسید، سپس با Enter آن را انتخاب کنید.
merge-find-label = کد یا نام:
merge-none-found = کسی پیدا نشد.
merge-visits = { $count ->
    [one] { $count } مراجعه
   *[other] { $count } مراجعه
}
merge-last-visit = آخرین در { $date }
merge-confirm-title = ادغام دو رکورد یک فرد
merge-keep = نگه‌داشتن:
merge-merged-in = ادغام:
merge-explain = همه‌چیزِ { $other } به { $reference } منتقل می‌شود: مراجعه‌ها، ارجاع‌ها، رزروها، تاریخ‌های مهم، رضایت و خانوار. اطلاعاتی که { $reference } ندارد از { $other } برداشته می‌شود، و { $other } از آن پس فقط به { $reference } راه می‌برد. امروز می‌توان آن را برگرداند.
merge-choices = Enter: ادغام · Space: به جای آن { $other } نگه داشته شود · Esc: برگشت
merge-save-edit = ذخیرهٔ تغییرها همان‌طور که هست
merge-into = ادغام در { $person }
merge-into-hint = ادغام رکورد موجود را نگه می‌دارد: آنچه نوشته شده جاهای خالی آن را پر می‌کند. امروز می‌توان آن را برگرداند.
merge-done = { $visits ->
    [one] { $other } در { $reference } ادغام شد؛ { $visits } مراجعه منتقل شد. امروز می‌توان آن را برگرداند.
   *[other] { $other } در { $reference } ادغام شد؛ { $visits } مراجعه منتقل شد. امروز می‌توان آن را برگرداند.
}
merge-undone = ادغام برگردانده شد: { $other } و { $reference } دوباره دو رکورد جدا هستند.
merge-undo-question = ادغام امروزِ { $other } در { $reference } برگردانده شود؟ هر دو رکورد به حالت قبل برمی‌گردند؛ آنچه از آن پس به { $reference } افزوده شده در آن می‌ماند.
merge-undo-yes = برگرداندن ادغام
merge-redirected = { $other } در این رکورد ({ $reference }) ادغام شده است.
merge-error-same = یک رکورد را نمی‌توان با خودش ادغام کرد.
merge-error-anonymised = { $reference } بی‌نام شده است: نمی‌توان آن را ادغام کرد.
merge-error-merged = { $reference } پیش‌تر در رکورد دیگری ادغام شده است.
merge-error-households = آن‌ها در دو خانوار جدا هستند: نخست یکی از آن‌ها را از خانوارش بیرون بیاورید.
merge-undo-none = ادغامی از این رکوردها برای برگرداندن نیست.
merge-undo-expired = ادغام را فقط در همان روزی که انجام شده می‌توان برگرداند.
merge-undo-kept-merged = این رکورد از آن پس در { $reference } ادغام شده است: نخست آن ادغام را در صفحهٔ آن برگردانید.
merge-undo-household-changed = خانوار آن‌ها پس از ادغام تغییر کرده است، پس دیگر نمی‌توان ادغام را برگرداند.
person-merged-today = ادغام امروز
person-merged-today-value = { $references } (u: برگرداندن)
audit-merged = { $what } را در { $person } ادغام کرد
audit-unmerged = ادغام { $what } در { $person } را برگرداند
check-merge-pointer = یک رکورد ادغام‌شده به رکوردی اشاره می‌کند که وجود ندارد: { $about }
