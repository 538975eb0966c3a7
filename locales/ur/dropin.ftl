# DRAFT: machine-drafted, not yet checked by a native speaker.
# dropin — Urdu (اردو). Translated from en-GB, the source locale: this file has exactly the same message ids.

## Screens
screen-today = آج
screen-people = لوگ
screen-settings = ترتیبات

## Keys (labels in the footer, help and action menus)
key-new-visit = نئی ملاقات
key-mark-seen = ملاقات جاری
key-mark-done = مکمل
key-mark-left = بغیر ملے چلے گئے
key-mark-waiting = واپس انتظار میں
key-open-person = شخص کھولیں
key-new-person = نیا شخص
key-new-visit-for-person = اس شخص کی نئی ملاقات
key-edit-person = شخص میں ترمیم
key-search = تلاش
key-back = واپس
key-save = محفوظ کریں
key-cancel = بند کریں
key-next-field = اگلا خانہ
key-prev-field = پچھلا خانہ
key-choose = چنیں
key-toggle = نشان / بدلیں
key-up = اوپر
key-down = نیچے
key-left = بائیں
key-right = دائیں
key-page-up = صفحہ اوپر
key-page-down = صفحہ نیچے
key-home = پہلا
key-end = آخری
key-menu = کارروائیاں
key-go-today = آج پر جائیں
key-go-people = لوگ پر جائیں
key-go-settings = ترتیبات پر جائیں
key-help = مدد
key-language = زبان
key-quit = باہر نکلیں

## Today
today-counts = انتظار میں: { $waiting } · ملاقات جاری: { $seen } · مکمل: { $done } · چلے گئے: { $left }
today-empty = قطار میں ابھی کوئی نہیں۔ ملاقات درج کرنے کے لیے Ctrl+N دبائیں۔
col-ref = حوالہ
col-name = نام
col-arrived = آمد
col-waiting = انتظار
col-needs = ضروریات
col-state = حالت
col-born = پیدائش
col-last-visit = آخری ملاقات
col-date = تاریخ
col-language = زبان
col-interpreting = ترجمانی
anonymous-walk-in = بے نام آمد

## Visit states
state-waiting = انتظار میں
state-being-seen = ملاقات جاری
state-done = مکمل
state-left = بغیر ملے چلے گئے

## Need domains (Home Office Indicators of Integration)
domain-work = روزگار
domain-education = تعلیم
domain-housing = رہائش
domain-health = صحت اور سماجی نگہداشت
domain-leisure = تفریح
domain-social-bonds = سماجی رشتے
domain-social-bridges = سماجی پل
domain-social-links = سماجی روابط
domain-language = زبان اور بات چیت
domain-culture = ثقافت
domain-digital = ڈیجیٹل مہارتیں
domain-safety = سلامتی
domain-stability = استحکام
domain-rights = حقوق اور ذمہ داریاں
domain-work-short = روزگار
domain-education-short = تعلیم
domain-housing-short = رہائش
domain-health-short = صحت
domain-leisure-short = تفریح
domain-social-bonds-short = رشتے
domain-social-bridges-short = پل
domain-social-links-short = روابط
domain-language-short = زبان
domain-culture-short = ثقافت
domain-digital-short = ڈیجیٹل
domain-safety-short = سلامتی
domain-stability-short = استحکام
domain-rights-short = حقوق

## Interpreting
interpreting-none = کوئی نہیں
interpreting-volunteer = رضاکار
interpreting-phone = فون
interpreting-professional = بک شدہ پیشہ ور ترجمان
interpreting-family = گھر والے یا دوست
poor-practice = غلط طریقہ: اگلی بار ترجمان بک کریں

## People
people-search-label = نام یا حوالہ کوڈ تلاش کریں:
people-hint = نام کے چند حروف، یا حوالہ کوڈ لکھیں۔
people-none = کوئی نہیں ملا۔ نیا شخص شامل کرنے کے لیے Ctrl+N دبائیں۔
person-no-visits = ابھی کوئی ملاقات نہیں۔

## Forms
form-new-visit = نئی ملاقات
form-new-person = نیا شخص
form-edit-person = شخص میں ترمیم
field-visit-person = شخص
field-visit-needs = ضروریات
field-visit-language = استعمال ہونے والی زبان
field-visit-interpreting = ترجمانی
field-visit-notes = نوٹ
field-name = نام
field-year-of-birth = سالِ پیدائش
field-gender = جنس
field-gender-other = ان کے اپنے الفاظ میں
field-country = آبائی ملک
field-first-language = پہلی زبان
field-other-languages = دوسری زبانیں
field-english-level = انگریزی
field-needs-interpreter = ترجمان چاہیے
field-interpreter-gender = ترجمان کی جنس
field-immigration-status = امیگریشن کی حیثیت
field-phone = فون
field-notes = نوٹس
field-consent = رضامندی
consent-keep-record = وہ راضی ہیں کہ ہم ان کا ریکارڈ رکھیں
consent-given-on = { $date } کو ریکارڈ کے لیے رضامندی دی
consent-withdrawn-on = { $date } کو رضامندی واپس لے لی
picker-new-person = نیا شخص “{ $name }”
picker-last-visit = آخری بار { $date } کو آئے
needs-filter = چھانٹنے کے لیے لکھیں:
needs-no-match = آپ کے لکھے سے کوئی ضرورت نہیں ملتی۔
hint-language-pick = ↑ ↓ پھر چننے کے لیے Enter
prefilled-last-visit = پچھلی ملاقات جیسا
value-none = —
value-not-recorded = درج نہیں
value-yes = ہاں
value-no = نہیں

## Values
gender-woman = عورت
gender-man = مرد
gender-non-binary = نان بائنری
gender-another-way = کسی اور طرح
gender-prefer-not = نہیں بتانا چاہتے
pref-woman = خاتون ترجمان
pref-man = مرد ترجمان
pref-none = کوئی ترجیح نہیں
status-asylum-seeker = پناہ کے متلاشی
status-refugee = پناہ گزین (رہنے کی اجازت)
status-refused = پناہ کی درخواست مسترد
status-nrpf = سرکاری امداد کا حق نہیں (NRPF)
status-other = کوئی اور حیثیت
status-settled = برطانوی یا مستقل رہائشی
status-unknown = معلوم نہیں
status-prefer-not = نہیں بتانا چاہتے
english-none = بالکل نہیں
english-basic = بنیادی
english-intermediate = درمیانی
english-fluent = روانی سے

## Errors next to fields
error-empty = یہ خالی نہیں ہو سکتا۔
error-too-long = بہت لمبا: زیادہ سے زیادہ { $max } حروف۔
error-year-range = { $min } سے { $max } تک کوئی سال لکھیں۔
error-not-a-year = سال چار ہندسوں میں لکھیں، جیسے 1990۔
error-phone = صرف ہندسے، خالی جگہ، +، - اور بریکٹ لکھیں (کم از کم 6 ہندسے)۔
error-consent = ریکارڈ رکھنے کی رضامندی کے بغیر، اس کی جگہ بے نام آمد درج کریں۔
error-person-missing = کوئی شخص، نیا شخص، یا بے نام آمد چنیں۔
error-auto-lock = 1 سے 60 تک منٹوں کی تعداد لکھیں۔
role-volunteer = رضاکار
role-coordinator = منتظم
error-password-short = کم از کم 10 حروف، براہِ کرم (چند الفاظ اکٹھے یاد رکھنا آسان ہوتا ہے)۔
error-password-long = یہ بہت لمبا ہے: زیادہ سے زیادہ 200 حروف۔
error-password-mismatch = دونوں پاس ورڈ ایک جیسے نہیں ہیں۔
error-time-zone = یہ ٹائم زون dropin نہیں جانتا۔ Europe/London جیسا نام لکھیں۔

## Status line
status-visit-saved = { $name } کی ملاقات محفوظ ہو گئی۔
status-person-saved = { $name } کا ریکارڈ محفوظ ہو گیا۔
status-settings-saved = ترتیبات محفوظ ہو گئیں۔
status-fix-errors = محفوظ نہیں ہوا: براہِ کرم نشان زدہ خانے ٹھیک کریں۔
status-cannot-move = جو ملاقات “{ $from }” ہو اسے “{ $to }” نہیں کیا جا سکتا۔
status-close-form-first = پہلے فارم محفوظ یا بند کریں (Ctrl+S یا Esc)۔

## Confirmations
confirm-title = براہِ کرم دیکھ لیں
confirm-quit-unsaved = ایک فارم میں تبدیلیاں محفوظ نہیں ہوئیں۔ پھر بھی باہر نکلیں؟
confirm-quit = محفوظ کیے بغیر باہر نکلیں
confirm-keep-editing = ترمیم جاری رکھیں
confirm-discard = یہ فارم بند کریں اور جو لکھا وہ ضائع کریں؟
confirm-discard-yes = بند کریں، تبدیلیاں ضائع
confirm-duplicate = شاید یہ کوئی پہلے سے درج شخص ہے:
confirm-save-anyway = نئے شخص کے طور پر محفوظ کریں
confirm-go-back = واپس جائیں

## Overlays
help-title = کیز
help-more = ↑ ↓ مزید کے لیے
menu-title = کارروائیاں
language-title = زبان
language-draft = مسودہ

## Settings
field-centre-name = مرکز کا نام
field-time-zone = ٹائم زون
field-language = اس کمپیوٹر پر زبان
field-rtl-visual = دائیں سے بائیں متن ترتیب دیں (اگر آپ کا ٹرمینل یہ خود کرتا ہے تو بند کریں)
field-native-digits = اعداد میری زبان کے ہندسوں میں
settings-digits-none = (یہ زبان 0–9 لکھتی ہے)
field-shaping = عربی رسم الخط کے حروف جوڑیں
shaping-auto = خودکار
shaping-on = آن
shaping-off = آف (ٹرمینل خود حروف جوڑتا ہے)
shaping-now-on = ابھی جوڑے جا رہے ہیں
shaping-now-off = ابھی نہیں جوڑے جا رہے
settings-screen-reader = اسکرین ریڈر استعمال کرتے ہیں؟ «دائیں سے بائیں متن ترتیب دیں» اور «عربی رسم الخط کے حروف جوڑیں» دونوں بند کریں: اسکرین ریڈر اسکرین کو بائیں سے دائیں پڑھتا ہے، اس لیے جو متن dropin دائیں سے بائیں ترتیب دیتا ہے وہ الٹا پڑھا جائے گا۔
language-console-cannot = یہ اسکرین (لینکس کنسول) عربی یا حبشی حروف نہیں دکھا سکتی۔ اس زبان کے لیے dropin کو ڈیسک ٹاپ پر کسی ٹرمینل ونڈو میں کھولیں۔
language-console-note = یہاں نہیں دکھائی جا سکتی
field-auto-lock = اتنے منٹ بے کار رہنے پر اسکرین لاک کریں (1–60)
settings-hint = Tab خانوں کے درمیان لے جاتا ہے، Space انتخاب بدلتا ہے، Ctrl+S محفوظ کرتا ہے۔

## Whole-screen messages
too-small = براہِ کرم ونڈو بڑی کریں: dropin کو کم از کم { $width } کالم اور { $height } سطریں چاہییں (ابھی { $current_width }×{ $current_height })۔

## Store errors
crash-message = پروگرام میں خرابی کی وجہ سے dropin رک گیا۔ پہلے سے محفوظ سب کچھ محفوظ ہے۔ براہِ کرم اسے دوبارہ شروع کریں، اور اپنے منتظم کو بتائیں۔
store-already-open = dropin اس کمپیوٹر پر پہلے سے کھلا ہے۔ پہلے اسے بند کریں، یا یہی کام پروگرام کے اندر سے کریں۔
store-newer-schema = یہ ڈیٹا dropin کے نئے ورژن نے لکھا تھا۔ کچھ نہیں بدلا گیا۔ اسے کھولنے کے لیے وہ نیا ورژن (یا اس سے نیا) انسٹال کریں، یا اس ورژن کا بنایا ہوا بیک اپ بحال کریں: dropin restore FILE --volunteer NAME --force (یہاں کا ڈیٹا ایک طرف رکھ دیا جاتا ہے، حذف نہیں ہوتا)۔
store-corrupt = ڈیٹا خراب ہے اور پڑھا نہیں جا سکتا۔ کچھ نہیں بدلا گیا۔ تازہ ترین بیک اپ بحال کریں: dropin restore FILE --volunteer NAME --force (خراب ڈیٹا ایک طرف رکھ دیا جاتا ہے، حذف نہیں ہوتا)۔
store-lost-writes = ڈیٹا آخری بار محفوظ کرنے سے پرانا ہے: محفوظ کاریاں { $first } سے { $last } تک غائب ہیں۔ کچھ نہیں بدلا گیا۔ تازہ ترین بیک اپ بحال کریں: dropin restore FILE --volunteer NAME --force (یہاں کا ڈیٹا ایک طرف رکھ دیا جاتا ہے، حذف نہیں ہوتا)، پھر جو اس کے بعد محفوظ کیا گیا تھا وہ دوبارہ درج کریں۔
store-lost-write = ڈیٹا آخری بار محفوظ کرنے سے پرانا ہے: محفوظ کاری { $last } غائب ہے۔ کچھ نہیں بدلا گیا۔ تازہ ترین بیک اپ بحال کریں: dropin restore FILE --volunteer NAME --force (یہاں کا ڈیٹا ایک طرف رکھ دیا جاتا ہے، حذف نہیں ہوتا)، پھر جو اس کے بعد محفوظ کیا گیا تھا وہ دوبارہ درج کریں۔
store-latest-backup = تازہ ترین بیک اپ: { $file }
store-read-only = dropin اپنے ڈیٹا فولڈر میں نہیں لکھ سکتا۔ جو پہلے محفوظ ہوا وہ محفوظ ہے۔ فولڈر کو دوبارہ لکھنے کے قابل بنائیں (یا ڈسک واپس لگائیں)، پھر دوبارہ کوشش کریں۔
store-disk-full = ڈسک بھری ہوئی ہے: آخری تبدیلی محفوظ نہیں ہوئی۔ جو پہلے محفوظ ہوا وہ محفوظ ہے۔ کچھ جگہ خالی کریں، پھر دوبارہ محفوظ کریں۔
store-io = ڈیٹا پڑھا یا لکھا نہیں جا سکا۔ کچھ محفوظ نہیں ہوا۔
store-not-found = وہ ریکارڈ اب موجود نہیں۔
store-bad-transition = اس ملاقات کے لیے یہ تبدیلی ممکن نہیں۔
store-consent-required = ریکارڈ صرف اس شخص کی رضامندی سے رکھا جا سکتا ہے۔
store-backup-damaged = وہ بیک اپ فائل خراب ہے یا بدلی گئی ہے: اسے استعمال نہیں کیا جا سکتا۔ کچھ نہیں بدلا گیا۔
store-not-empty = اس فولڈر میں پہلے سے ڈیٹا ہے۔ کوئی خالی فولڈر چنیں، یا موجودہ ڈیٹا کو پہلے ایک طرف ہٹانے کے لیے ‎--force استعمال کریں۔
store-not-allowed = یہ صرف منتظم کر سکتا ہے۔
store-not-signed-in = براہِ کرم پہلے سائن ان کریں۔
store-wrong-password = یہ پاس ورڈ درست نہیں۔ نام دیکھیں اور دوبارہ کوشش کریں۔
store-sign-in-wait = بہت زیادہ غلط پاس ورڈ۔ براہِ کرم { $seconds } سیکنڈ انتظار کریں، پھر دوبارہ کوشش کریں۔
store-rotation-unfinished = ڈیٹا کی کلید بدلنے کا کام بیچ میں رک گیا تھا۔ اسے مکمل کرنے کے لیے dropin میں سائن ان کریں، پھر دوبارہ کوشش کریں۔
crypto-undecryptable = ایک ریکارڈ کھولا نہیں جا سکا: یہ خراب ہے یا dropin کے باہر بدلا گیا ہے۔ تازہ ترین بیک اپ بحال کریں۔
crypto-truncated = ایک ریکارڈ ادھورا ہے: یہ خراب ہے۔ تازہ ترین بیک اپ بحال کریں۔
crypto-unknown-version = ایک ریکارڈ dropin کے نئے ورژن نے لکھا تھا۔ براہِ کرم نیا ورژن استعمال کریں۔
crypto-too-long = ایک ریکارڈ اتنا بڑا ہے کہ محفوظ نہیں کیا جا سکتا۔ کچھ محفوظ نہیں ہوا۔
crypto-kdf = اس کمپیوٹر پر پاس ورڈ جانچا نہیں جا سکا (شاید میموری کافی نہیں؟)۔
crypto-bad-recovery-key = یہ ریکوری کلید نہیں ہے: حروف اور ہندسوں کا ہر گروپ دیکھیں۔
crypto-random = یہ کمپیوٹر محفوظ رینڈم کلید نہیں بنا سکا۔

## Set-up, sign-in, lock
key-lock = اسکرین لاک کریں
setup-title = dropin میں خوش آمدید
setup-intro = پہلے مرکز کا نام اور پہلا منتظم، جو باقی رضاکاروں کو شامل کرے گا۔
setup-your-name = آپ کا نام
field-password = پاس ورڈ
field-password-again = پاس ورڈ دوبارہ
setup-hint = کم از کم 10 حروف: چند الفاظ جو آپ کو یاد رہیں۔ Tab آگے لے جاتا ہے، Ctrl+S مکمل کرتا ہے۔
recovery-title = آپ کی ریکوری کلید
recovery-intro = اگر کبھی سارے پاس ورڈ بھول جائیں تو ڈیٹا تک واپس پہنچنے کا واحد راستہ یہی کلید ہے۔ یہ صرف ابھی دکھائی جا رہی ہے۔
recovery-keep = اسے لکھ لیں یا پرنٹ کر لیں، اور اس کمپیوٹر سے دور تالے میں رکھیں۔
recovery-continue = جب یہ اچھی طرح لکھ لی جائے تو Enter دبائیں۔
signin-title = سائن ان
lock-title = لاک ہے — جاری رکھنے کے لیے سائن ان کریں
signin-name = آپ کا نام
signin-hint-name = اپنا نام لکھیں یا چنیں، پھر Enter۔
signin-hint-password = اپنا پاس ورڈ لکھیں، پھر Enter۔ Esc سے دوسرا نام چنیں۔
signin-welcome = { $name } کے طور پر سائن ان ہو گیا۔
status-draft-lost = لاک سے پہلے کا آپ کا غیر محفوظ فارم واپس نہیں لایا جا سکا؛ براہِ کرم اسے دوبارہ شروع کریں۔
signin-demo = ڈیمو: { $coordinator } (منتظم) اور { $volunteer } (رضاکار) دونوں کا پاس ورڈ { $password } ہے

## Signing in with the recovery key
key-use-recovery-key = ریکوری کلید استعمال کریں
recovery-signin-title = ریکوری کلید سے سائن ان
recovery-signin-intro = جب ہر منتظم کا پاس ورڈ بھول گیا ہو: وہ ریکوری کلید لکھیں جو dropin کو شروع کرتے وقت لکھی گئی تھی۔ جو رضاکار صرف اپنا پاس ورڈ بھولا ہو وہ کسی منتظم سے اسے ری سیٹ کروا سکتا ہے۔
field-recovery-key = ریکوری کلید
recovery-signin-hint = خالی جگہوں اور ڈیش سے فرق نہیں پڑتا۔ Enter سائن ان کرتا ہے، Esc واپس لے جاتا ہے۔
recovery-wrong-key = یہ کلید اس مرکز کا ڈیٹا نہیں کھولتی۔ اسے لکھی ہوئی کاپی سے گروپ بہ گروپ ملائیں۔
recovery-password-title = نیا پاس ورڈ چنیں
recovery-password-intro = ریکوری کلید نے ڈیٹا کھول دیا، اور آپ { $name } کے طور پر سائن ان ہیں۔ آگے بڑھنے سے پہلے اپنے لیے نیا پاس ورڈ چنیں: اب سے آپ اسی سے سائن ان کریں گے۔
recovery-password-hint = کم از کم 10 حروف: چند الفاظ جو آپ کو یاد رہیں۔ Tab آگے لے جاتا ہے، Enter یا Ctrl+S محفوظ کرتا ہے۔ Esc نئے پاس ورڈ کے بغیر سائن آؤٹ کرتا ہے۔
status-recovered = پاس ورڈ بن گیا۔ دوسرے رضاکاروں کے پاس ورڈ ترتیبات → رضاکار (F8) میں ری سیٹ کریں۔

## dropin check
check-person-unreadable = ایک شخص کا ریکارڈ کھولا نہیں جا سکتا: { $about }
check-visits-unreadable = ایک دن کی ملاقاتیں کھولی نہیں جا سکتیں: { $about }
check-visit-unlisted = ایک ملاقات اپنے شخص کے صفحے پر نہیں ہے: { $about }
check-visit-missing = ایک شخص کے صفحے پر ایسی ملاقات درج ہے جو موجود نہیں: { $about }
check-card-wrong = لوگوں کی تلاش میں { $about } کا پرانا نام یا فون ہے
check-card-missing = لوگوں کی تلاش { $about } کو نہیں ڈھونڈ سکتی
check-cards-unreadable = لوگوں کی تلاش کے ڈیٹا کا ایک حصہ کھولا نہیں جا سکتا: { $about }
check-audit-broken = آڈٹ لاگ بدلا گیا ہے: { $about }
check-all-well = ہر ریکارڈ کھلتا ہے اور درست ملتا ہے؛ آڈٹ لاگ درست ہے۔

## Volunteers
key-new-volunteer = نیا رضاکار
key-change-password = میرا پاس ورڈ
key-reset-password = پاس ورڈ ری سیٹ
key-deactivate = غیر فعال کریں
field-role = کردار
form-new-volunteer = نیا رضاکار
form-reset-password = نیا پاس ورڈ
form-own-password = میرا پاس ورڈ بدلیں
volunteer-reset-for = { $name } کے لیے نیا پاس ورڈ
volunteer-inactive = غیر فعال
settings-volunteers = رضاکار (نام پر Ctrl+O: پاس ورڈ ری سیٹ، غیر فعال)
status-volunteer-added = رضاکار شامل ہو گیا۔
status-password-reset = پاس ورڈ بن گیا۔ انہیں خود مل کر بتائیں، لکھ کر نہیں۔
status-password-changed = آپ کا پاس ورڈ بدل گیا۔
status-volunteer-deactivated = رضاکار غیر فعال ہو گیا: اب ان کا پاس ورڈ کچھ نہیں کھولتا۔
confirm-deactivate = { $name } کو غیر فعال کریں؟ ان کا پاس ورڈ پھر کچھ نہیں کھولے گا۔
confirm-deactivate-yes = غیر فعال کریں
key-rotate-key = ڈیٹا کی کلید بدلیں
confirm-rotate-key = ڈیٹا کی کلید ابھی بدلیں؟
confirm-rotate-key-why = یہ کسی رضاکار کو غیر فعال کرنے کے بعد کریں، یا اگر ڈیٹا کی نقل بنائی گئی ہو: تب ڈسک پر رہ جانے والی کلیدوں کی پرانی کاپیاں کچھ نہیں کھولیں گی۔ سب کا پاس ورڈ وہی رہتا ہے، اور ریکوری کلید بھی کام کرتی رہتی ہے۔
confirm-rotate-key-backups = اس میں چند سیکنڈ سے چند منٹ لگتے ہیں، اور اس دوران کوئی dropin استعمال نہیں کر سکتا۔ پہلے بنے بیک اپ پرانی کلید سے ہی کھلتے ہیں: بعد میں نیا بیک اپ بنائیں۔
confirm-rotate-key-yes = کلید بدلیں
work-rotation-title = ڈیٹا کی کلید بدل رہی ہے
work-rotation-what = ہر ریکارڈ کو نئی کلید سے دوبارہ لاک کیا جا رہا ہے۔
work-rotation-progress = { $total } میں سے { $done } ریکارڈ
work-rotation-safe = آپ کسی بھی وقت باہر نکل سکتے ہیں (Ctrl+Q): اگلے سائن ان پر کام وہیں سے جاری ہو گا۔
status-key-rotated = ڈیٹا کی کلید بدل گئی۔ ابھی نیا بیک اپ بنائیں (Ctrl+B): پرانے بیک اپ پرانی کلید سے ہی کھلتے ہیں۔
status-key-rotation-stopped = ڈیٹا کی کلید بدلنا رک گیا: { $why } اگلے سائن ان پر یہ وہیں سے جاری ہو گا۔

## Backups in the program
key-backup-now = ابھی بیک اپ بنائیں
field-backup-dir = بیک اپ فولڈر (USB اسٹک؛ خالی: روزانہ بیک اپ نہیں)
field-backups-kept = وہاں کتنے بیک اپ رکھیں
error-backups-kept = 1 سے 365 تک کوئی عدد لکھیں۔
status-backup-made = بیک اپ محفوظ ہو گیا: { $file }
store-no-backup-folder = بیک اپ فولڈر طے نہیں یا مل نہیں رہا۔ کیا USB اسٹک لگی ہے؟ اسے F8 ترتیبات میں طے کریں۔

## Audit log
audit-title = آڈٹ لاگ
audit-filter = چھانٹیں (حوالہ کوڈ، رضاکار کا نام، یا تاریخ YYYY-MM-DD)، پھر Enter:
audit-none = کوئی اندراج نہیں ملتا۔
audit-signed-in = سائن ان کیا
audit-signed-out = سائن آؤٹ کیا
audit-sign-in-failed = غلط پاس ورڈ دیا
audit-viewed-person = { $person } کو دیکھا
audit-created-person = { $person } کو شامل کیا
audit-edited-person = { $person } میں ترمیم کی: { $fields }
audit-created-visit = { $person } کی ملاقات { $visit } درج کی
audit-edited-visit = ملاقات { $visit } بدلی: { $fields }
audit-exported = { $what } ایکسپورٹ کیا
audit-erased = { $person } کو مٹا دیا
audit-volunteer-added = ایک رضاکار شامل کیا
audit-volunteer-changed = ایک رضاکار کو بدلا
audit-key-rotated = ڈیٹا کی کلید بدلی
audit-backup-made = بیک اپ بنایا
audit-restored = بیک اپ بحال کیا
audit-recovery-key-used = ریکوری کلید سے سائن ان کیا
audit-service-saved = سروس شامل کی یا بدلی
audit-directory-imported = سروسز امپورٹ کیں (Open Referral)
audit-referred = کسی شخص کی رہنمائی کی یا ریفر کیا
audit-followed-up = ریفرل کا نتیجہ درج کیا
audit-interpreter-saved = ترجمان شامل کیا یا بدلا
audit-booking-saved = ترجمان بک کیا یا بکنگ بدلی
audit-field-name = نام
audit-field-year-of-birth = سالِ پیدائش
audit-field-gender = جنس
audit-field-country = ملک
audit-field-first-language = پہلی زبان
audit-field-other-languages = دوسری زبانیں
audit-field-english-level = انگریزی
audit-field-needs-interpreter = ترجمان چاہیے
audit-field-interpreter-gender = ترجمان کی جنس
audit-field-immigration-status = امیگریشن کی حیثیت
audit-field-phone = فون
audit-field-notes = نوٹس
audit-field-consent = رضامندی
audit-field-visit-state = حالت
audit-field-needs = ضروریات
audit-field-language = زبان
audit-field-interpreting = ترجمانی
audit-field-visit-notes = نوٹ
audit-broken-edited = ایک اندراج میں ترمیم ہوئی
audit-broken-missing = ایک اندراج غائب ہے
audit-broken-out-of-order = اندراجات ترتیب میں نہیں ہیں
key-audit-log = آڈٹ لاگ

## Signposting and referral
referral-kind-signposted = رہنمائی کی
referral-kind-referred = ریفر کیا
referral-needs-consent = ریفرل کے لیے اس شخص کی رضامندی چاہیے کہ ان کی تفصیلات سروس کو دی جائیں۔ پہلے ان سے پوچھیں۔
referral-needs-follow-up = ریفرل کے لیے فالو اپ کی تاریخ چاہیے، آج یا بعد کی۔
outcome-pending = باقی ہے
outcome-attended = حاضر ہوئے
outcome-not-attended = حاضر نہیں ہوئے
outcome-declined = انکار کیا
outcome-unknown = معلوم نہیں

## F6 Follow-ups
screen-follow-ups = فالو اپ
key-go-follow-ups = فالو اپ پر جائیں
key-outcome-attended = حاضر ہوئے
key-outcome-not-attended = حاضر نہیں ہوئے
key-outcome-declined = انکار کیا
key-outcome-unknown = معلوم نہیں
key-outcome-pending = ابھی باقی (نئی تاریخ)
key-close-visit-done = ملاقات بند: مکمل
key-close-visit-left = ملاقات بند: بغیر ملے چلے گئے
follow-ups-counts = فالو اپ والے ریفرل: { $referrals } · کھلی رہ گئی ملاقاتیں: { $visits } · بند کرنے والی بکنگز: { $bookings }
follow-ups-empty = فالو اپ کے لیے کچھ نہیں۔ ریفرل اپنی فالو اپ کی تاریخ پر یہاں آتے ہیں؛ پچھلے دنوں کی ملاقاتیں جو قطار میں رہ گئیں، اور ترجمان کی وہ بکنگز جن کا وقت گزر گیا مگر ابھی کھلی ہیں، وہ بھی یہاں آتی ہیں۔
follow-ups-referral = ریفرل: { $service }
follow-ups-visit = کھلی رہ گئی ملاقات ({ $state })
col-due = مقررہ
col-days-late = تاخیر
col-what = کیا
status-outcome-recorded = نتیجہ درج ہو گیا: { $outcome }۔
status-follow-up-put-off = ابھی باقی: { $date } کو دوبارہ فالو اپ کریں۔
status-visit-closed = ملاقات بند ہو گئی۔
status-not-a-referral = یہ سطر ایک ملاقات ہے: d اسے “مکمل” کے طور پر بند کرتا ہے، l “بغیر ملے چلے گئے” کے طور پر۔
status-not-a-visit = یہ سطر ایک ریفرل ہے: a حاضر ہوئے، n حاضر نہیں ہوئے، x انکار کیا، u معلوم نہیں، p ابھی باقی۔
person-referral-pending = { $date } کو فالو اپ
col-kind = قسم
col-service = سروس
col-outcome = نتیجہ

## Directory
field-stale-months = ڈائریکٹری کے ان اندراجات پر نشان لگائیں جو اتنے مہینوں سے جانچے نہیں گئے (1–60)
error-stale-months = 1 سے 60 تک مہینوں کی تعداد لکھیں۔

## Signposting and referral form
form-referral = رہنمائی یا ریفر: { $name }
field-service = سروس
field-referral-kind = رہنمائی یا ریفر
field-consent-to-share = رضامندی
field-follow-up = فالو اپ کی تاریخ
referral-consent-question = اس سروس کو اپنی تفصیلات دینے پر راضی ہیں
referral-no-service-found = کوئی سروس نہیں ملتی۔ کم حروف، یا کوئی اور لفظ؟
key-refer = رہنمائی یا ریفر
status-refer-whom = رہنمائی یا ریفر کرنے کے لیے کسی معلوم شخص کی ملاقات چنیں (بے نام آمد نہیں)، یا ان کا صفحہ کھولیں۔
status-directory-empty = ڈائریکٹری میں ابھی کوئی فعال سروس نہیں (F4)۔
error-choose-service = سروس چنیں: چند حروف لکھیں، پھر ↑ ↓ اور Enter۔
status-signposted = { $name } کی { $service } کے لیے رہنمائی کی گئی۔
status-referred = { $name } کو { $service } پر ریفر کیا گیا: یہ فالو اپ کی تاریخ پر F6 پر آئے گا۔

## Open Referral import and export (dropin import hsds, dropin export hsds)
import-progress = ڈائریکٹری پڑھی جا رہی ہے
import-summary = Open Referral امپورٹ — شامل: { $added }، تازہ کیے: { $updated }، بغیر تبدیلی: { $unchanged }، رد: { $rejected }۔
import-rejected = { $place }: { $reason }
import-more-rejected = { $count ->
        [one] …اور 1 مزید رد شدہ سطر، جو یہاں درج نہیں۔
       *[other] …اور { $count } مزید رد شدہ سطریں، جو یہاں درج نہیں۔
    }
import-at-line = { $file }، سطر { $line }
import-at-item = { $file }، { $item }
import-at-file = { $file }
import-reason-not-utf8 = “{ $column }” میں متن درست UTF-8 نہیں ہے
import-reason-fields = اس سطر میں { $found } خانے ہیں جبکہ ہیڈر میں { $expected } ہیں
import-reason-json = درست JSON نہیں (سطر { $line }، کالم { $column } سے)
import-reason-too-large = فائل JSON کے طور پر پڑھنے کے لیے بہت بڑی ہے ({ $mib } MiB)؛ اس کی جگہ CSV پیکج امپورٹ کریں
import-reason-missing = “{ $column }” خالی ہے
import-reason-too-long = “{ $column }” بہت لمبا ہے
import-reason-duplicate = آئی ڈی “{ $id }” پہلے ہی سطر { $first } پر استعمال ہو چکی ہے
import-reason-no-organisation = اس کا ادارہ “{ $id }” ڈائریکٹری میں نہیں ہے
import-reason-no-organisation-id = اس میں کسی ادارے کا نام نہیں
import-reason-organisation-rejected = اس کا ادارہ (سطر { $line }) رد کر دیا گیا
import-reason-part-rejected = اس کی ایک سطر { $file } میں، سطر { $line }، رد کر دی گئی
import-error-not-found = { $path } پر کچھ نہیں ہے۔
import-error-not-hsds = { $path } نہ تو Open Referral CSV پیکج ہے (datapackage.json والا فولڈر) نہ ہی JSON۔
import-error-datapackage = { $file } ڈیٹا پیکج کی درست تفصیل نہیں ہے (سطر { $line })۔ کچھ امپورٹ نہیں ہوا۔
import-error-no-table = پیکج میں “{ $table }” ٹیبل نہیں ہے، جو امپورٹ کے لیے ضروری ہے۔ کچھ امپورٹ نہیں ہوا۔
import-error-file-missing = datapackage.json میں { $file } کا نام ہے، جو موجود نہیں۔ کچھ امپورٹ نہیں ہوا۔
import-error-unsafe-path = datapackage.json میں { $file } کا نام ہے، جو پیکج کے فولڈر سے باہر ہے: رد کر دیا۔ کچھ امپورٹ نہیں ہوا۔
import-error-missing-column = { $file } میں “{ $column }” کالم نہیں ہے، جو امپورٹ کے لیے ضروری ہے: فائل رد کر دی گئی اور کچھ امپورٹ نہیں ہوا۔
import-error-read = { $file } پڑھی نہیں جا سکتی ({ $detail })۔
import-error-mapping = میپنگ فائل، سطر { $line }: “{ $text }” کوئی اصول نہیں ہے (PATTERN = DOMAIN, DOMAIN …)۔ کچھ امپورٹ نہیں ہوا۔
import-error-mapping-domain = میپنگ فائل، سطر { $line }: “{ $text }” میں ایسا شعبہ ہے جو 14 میں سے نہیں۔ کچھ امپورٹ نہیں ہوا۔
import-error-not-allowed = صرف منتظم ڈائریکٹری میں سروسز امپورٹ کر سکتا ہے۔
export-progress = ڈائریکٹری لکھی جا رہی ہے
export-done = { $dir } میں لکھ دیا گیا: { $organisations ->
        [one] 1 ادارے
       *[other] { $organisations } اداروں
    } کی { $services ->
        [one] 1 سروس
       *[other] { $services } سروسز
    }۔
export-error-not-empty = { $dir } خالی نہیں: کوئی نیا یا خالی فولڈر چنیں۔
export-error-write = { $file } لکھی نہیں جا سکتی ({ $detail })۔

## Slip
slip-title = پرچی (Ctrl+P پرنٹ · Ctrl+T متن کے طور پر محفوظ · Esc بند)
slip-address = پتہ
slip-phone = فون
slip-opening-times = کھلنے کے اوقات
slip-website = ویب سائٹ
slip-email = ای میل
key-print-slip = پرنٹ
key-save-slip = ٹیکسٹ فائل کے طور پر محفوظ کریں
field-printer = پرچیوں کا پرنٹر (خالی: متن کے طور پر محفوظ)
status-slip-saved = پرچی { $file } کے طور پر محفوظ ہو گئی۔
status-slip-not-saved = پرچی محفوظ نہیں ہو سکی: { $why }
status-slip-printed = پرچی { $printer } کو بھیج دی گئی۔
status-slip-not-printed = پرنٹر { $printer } نے پرچی نہیں لی۔ ترتیبات (F8) میں اس کا نام دیکھیں، یا اسے ٹیکسٹ فائل کے طور پر محفوظ کرنے کے لیے t دبائیں۔
status-no-printer = کوئی پرنٹر طے نہیں (ترتیبات، F8)۔ پرچی کو ٹیکسٹ فائل کے طور پر محفوظ کرنے کے لیے t دبائیں۔
status-no-lp = پرنٹ کرنے کے لیے سسٹم کی lp کمانڈ (CUPS) چاہیے، جو اس کمپیوٹر میں نہیں ہے۔ پرچی کو ٹیکسٹ فائل کے طور پر محفوظ کرنے کے لیے t دبائیں۔
screen-directory = ڈائریکٹری
key-go-directory = ڈائریکٹری پر جائیں
key-new-service = نئی سروس
key-open-service = سروس کھولیں
key-edit-service = سروس میں ترمیم
key-mark-verified = آج جانچی گئی کا نشان
key-deactivate-service = سروس غیر فعال کریں
key-reactivate-service = سروس دوبارہ فعال کریں
key-filter-domain = شعبے سے چھانٹیں
key-filter-language = زبان سے چھانٹیں
key-show-inactive = غیر فعال سروسز دکھائیں یا چھپائیں
directory-search-label = سروسز تلاش کریں:
directory-filter-domain = شعبہ: { $domain }
directory-filter-language = زبان: { $language }
directory-inactive-hidden = غیر فعال چھپی ہیں
directory-inactive-shown = غیر فعال دکھائی گئی ہیں
directory-any = کوئی بھی
directory-summary = دکھائی گئی: { $total } میں سے { $shown } · ⚠ { $months } مہینوں سے نہیں جانچی گئیں: { $stale }
directory-empty = ڈائریکٹری خالی ہے۔ منتظم Ctrl+N سے سروسز شامل کرتا ہے۔
directory-none = کوئی سروس نہیں ملتی۔ Esc پہلے تلاش صاف کرتا ہے، پھر فلٹر۔
directory-inactive = غیر فعال
directory-never = کبھی نہیں
directory-domain-title = شعبے سے چھانٹیں
directory-language-title = زبان سے چھانٹیں
directory-any-domain = کوئی بھی شعبہ
directory-any-language = کوئی بھی زبان
col-organisation = ادارہ
col-domains = شعبے
col-checked = جانچی گئی
form-new-service = نئی سروس
form-edit-service = سروس میں ترمیم
field-organisation = ادارہ
field-service-name = سروس کا نام
field-description = تفصیل
field-domains = شعبے
field-address = پتہ
field-postcode = پوسٹ کوڈ
field-email = ای میل
field-website = ویب سائٹ
field-opening-times = کھلنے کے اوقات
field-service-languages = بولی جانے والی زبانیں
field-eligibility = کس کے لیے ہے
field-how-to-refer = ریفر کیسے کریں
field-service-status = حالت
field-last-verified = آخری بار جانچی گئی
field-source = ذریعہ
service-active = فعال
service-inactive = غیر فعال: فی الحال دستیاب نہیں
service-never-checked = کبھی نہیں جانچی گئی
service-stale = { $months } مہینے یا زیادہ سے نہیں جانچی گئی
service-typed = اسی مرکز میں لکھی گئی
service-imported = { $date } کو Open Referral ڈائریکٹری سے امپورٹ کی گئی (اس کی آئی ڈی: { $id })
status-service-saved = { $name } محفوظ ہو گئی۔
status-service-verified = { $name } پر آج جانچی گئی کا نشان لگ گیا۔
status-service-deactivated = { $name } اب غیر فعال ہے: فہرست میں یہ چھپی رہے گی (Ctrl+T غیر فعال سروسز دکھاتا ہے)۔
status-service-reactivated = { $name } دوبارہ فعال ہے۔
key-show-slip = پرچی
key-import-directory = امپورٹ (Open Referral)
import-from-title = سروسز امپورٹ کریں (Open Referral)
import-from-hint = datapackage.json اور CSV فائلوں والا فولڈر، یا JSON فائل یا فولڈر۔ Enter امپورٹ کرتا ہے؛ Esc واپس لے جاتا ہے۔
import-from-label = راستہ:
import-report-title = امپورٹ
put-off-title = ابھی باقی
put-off-hint = دوبارہ فالو اپ کی تاریخ (YYYY-MM-DD)۔ Enter تصدیق کرتا ہے؛ Esc واپس لے جاتا ہے۔

## Interpreter bookings
booking-bad-duration = بکنگ 1 منٹ سے 12 گھنٹے تک کی ہوتی ہے۔
booking-interpreter-busy = وہ ترجمان اس وقت پہلے سے بک ہے (دکھائی گئی بکنگ دیکھیں)۔
booking-interpreter-inactive = وہ ترجمان اب فعال نہیں۔
booking-bad-transition = اس حالت والی بکنگ اس طرح نہیں بدلی جا سکتی۔
booking-no-show-too-early = “نہیں آئے” صرف ملاقات کا وقت شروع ہونے کے بعد درج ہو سکتا ہے۔

## F5 Interpreters: the roster and bookings
booking-person-busy = اس شخص کی اس وقت پہلے سے ایک بکنگ ہے (دکھائی گئی)۔ دونوں بک کرنے کے لیے Ctrl+S سے دوبارہ محفوظ کریں۔
interpreter-incomplete = ترجمان کے لیے نام اور کم از کم ایک زبان چاہیے۔
screen-interpreters = ترجمان
key-go-interpreters = ترجمان پر جائیں
key-new-interpreter = نیا ترجمان
key-edit-interpreter = ترجمان میں ترمیم
key-show-day = دن
key-show-week = ہفتہ
key-show-roster = فہرست
key-filter-gender = جنس
key-filter-mode = طریقہ
key-new-booking = نئی بکنگ
key-edit-booking = بکنگ کھولیں
key-confirm-booking = تصدیق
key-complete-booking = مکمل ہوئی
key-cancel-booking = بکنگ منسوخ کریں
key-no-show = نہیں آئے
key-export-calendar = کیلنڈر فائل (.ics)
key-earlier = پہلے
key-later = بعد میں
key-book-interpreter = ترجمان بک کریں
col-languages = زبانیں
form-booking = ترجمان بک کریں
form-booking-edit = بکنگ
field-person = شخص
field-booking-language = زبان
field-dialect = لہجہ
field-mode = طریقہ
field-appointment = اپائنٹمنٹ
field-place = جگہ
field-date = تاریخ (YYYY-MM-DD)
field-start = شروع (HH:MM)
field-end = ختم (HH:MM)
field-interpreter = ترجمان
field-cancel-reason = وجہ
error-bad-date = تاریخ YYYY-MM-DD کی طرح لکھیں، جیسے 2026-12-03۔
error-bad-time = وقت HH:MM کی طرح لکھیں، جیسے 09:30۔
error-choose-person = نام یا حوالہ کوڈ لکھیں اور Enter سے شخص چنیں۔
error-choose-language = زبان (نام یا کوڈ) لکھیں اور Enter سے چنیں۔
booking-unknown-language = اس نام یا کوڈ کی کوئی زبان نہیں: فہرست میں سے Enter سے ایک چنیں۔
booking-ends-before-start = ختم ہونے کا وقت شروع کے بعد ہونا چاہیے۔
booking-starts-in-past = یہ ماضی میں شروع ہوتی ہے۔ تاریخ دیکھیں؛ پھر بھی بک کرنے کے لیے Ctrl+S سے دوبارہ محفوظ کریں۔
booking-cancel-needs-reason = بتائیں کہ بکنگ کیوں منسوخ ہوئی۔
booking-no-interpreter-yet = ابھی کوئی نہیں (درخواست کی گئی)
booking-nobody-fits-gender = فہرست میں اس زبان کے لیے ترجیحی جنس کا کوئی ترجمان نہیں: بکنگ درخواست ہی رہے گی۔
booking-nobody-speaks = فہرست میں کوئی یہ زبان یا اس سے ملتی جلتی زبان نہیں بولتا۔
miss-related-language = { $language } ({ $dialects }) بولتے ہیں، ملتی جلتی زبان: پہلے پوچھیں
miss-other-dialect = دوسرے لہجے: { $dialects }
miss-gender = ترجیحی جنس نہیں
miss-mode = اس طریقے سے کام نہیں کرتے
miss-busy = اس وقت بک ہے
miss-inactive = اب فعال نہیں
status-booking-saved = بکنگ محفوظ ہو گئی: { $booking }
status-booking-moved = بکنگ اب { $status }: { $booking }
status-calendar-saved = کیلنڈر فائل محفوظ ہو گئی: { $file }
status-calendar-not-saved = کیلنڈر فائل محفوظ نہیں ہو سکی: { $why }
status-calendar-nothing = اس ہفتے اس ترجمان کی کوئی بکنگ نہیں۔
calendar-summary = ترجمان: { $language } — { $appointment }
calendar-reference = حوالہ: { $reference }
calendar-language = زبان: { $language }
calendar-mode = طریقہ: { $mode }
calendar-status = حالت: { $status }
cancel-booking-title = بکنگ منسوخ کریں
cancel-booking-hint = Enter بکنگ منسوخ کرتا ہے؛ Esc اسے رہنے دیتا ہے۔
mode-in-person = آمنے سامنے
mode-phone = فون
mode-video = ویڈیو
interpreter-gender-other = دیگر
appointment-gp = جی پی (ڈاکٹر)
appointment-hospital = ہسپتال
appointment-solicitor = وکیل
appointment-home-office = ہوم آفس
appointment-housing = رہائش
appointment-school = اسکول
appointment-council = کونسل
appointment-benefits = بینیفٹس
appointment-other = دیگر

booking-status-requested = درخواست کی گئی
booking-status-confirmed = تصدیق شدہ
booking-status-completed = مکمل ہوئی
booking-status-cancelled = منسوخ
booking-status-late-cancelled = دیر سے منسوخ
booking-status-no-show = نہیں آئے
bookings-day = { $date } کی بکنگز ({ $count }) — ← → کوئی اور دن
bookings-week = { $date } سے ہفتہ ({ $count } بکنگز) — ← → کوئی اور ہفتہ
bookings-requests-count = ابھی تصدیق کے بغیر درخواستیں: { $count }
bookings-none = اس دن کوئی بکنگ نہیں۔ Ctrl+N سے ترجمان بک کریں۔
timegrid-legend = [..] █ تصدیق شدہ  ? درخواست  · ہو گئی  ! ٹکراؤ  ‹ › 08–18 سے باہر
col-time = وقت
col-interpreter = ترجمان
col-appointment = اپائنٹمنٹ
col-status = حالت
weekday-mon = پیر
weekday-tue = منگل
weekday-wed = بدھ
weekday-thu = جمعرات
weekday-fri = جمعہ
weekday-sat = ہفتہ
weekday-sun = اتوار
today-bookings = آج بک کیے گئے ترجمان ({ $count }) — دن کے لیے F5
follow-ups-booking = ترجمان { $time } { $appointment }، { $interpreter } ({ $status }): اسے بند کریں
status-not-a-booking = یہ ترجمان کی بکنگ نہیں ہے۔

## F5 roster (interpreter form)
col-gender = جنس
col-modes = طریقے
col-agency = ایجنسی
roster-search-label = نام، زبان یا لہجہ تلاش کریں:
roster-filter-gender = جنس: { $gender }
roster-filter-mode = طریقہ: { $mode }
roster-any = کوئی بھی
roster-shown = دکھائے گئے: { $total } میں سے { $shown }
roster-empty = فہرست میں ابھی کوئی ترجمان نہیں۔ منتظم انہیں شامل کر سکتا ہے۔
roster-empty-add = فہرست میں ابھی کوئی ترجمان نہیں۔ شامل کرنے کے لیے { $key } دبائیں۔
roster-none = کوئی ترجمان نہیں ملتا۔ Esc پہلے تلاش صاف کرتا ہے، پھر فلٹر۔
roster-modes-all = تمام طریقے
roster-volunteer = رضاکار
roster-inactive = غیر فعال
form-new-interpreter = نیا ترجمان
form-edit-interpreter = ترجمان میں ترمیم
field-interpreter-languages = زبانیں
field-add-language = زبان شامل کریں
field-modes = طریقے
field-agency = ایجنسی
field-contact = رابطہ
field-active = فعال
interpreter-dialects = لہجے:
interpreter-dialects-hint = لہجوں کے درمیان کوما؛ { $key } زبان ہٹاتا ہے۔
interpreter-add-language-hint = اس کا انگریزی نام یا کوڈ لکھیں (tigr، apd)، پھر Enter۔
interpreter-agency-empty = خالی: رضاکار ترجمان
interpreter-active-note = بک کیا جا سکتا ہے
error-no-language = کم از کم ایک زبان شامل کریں: اس کے نام کا کچھ حصہ لکھیں، پھر Enter۔
error-language-not-found = “{ $typed }” سے کوئی زبان نہیں ملتی۔ کم حروف، یا اس کا کوڈ آزمائیں۔
status-interpreter-saved = { $name } کا اندراج فہرست میں محفوظ ہو گیا۔
key-remove-language = یہ زبان ہٹائیں
check-bookings-unreadable = ترجمان کی بکنگز کا ایک حصہ پڑھا نہیں جا سکتا: { $about }
check-booking-unlisted = ایک بکنگ اپنے شخص کی فہرست میں نہیں ہے: { $about }
check-booking-missing = ایک شخص کی فہرست میں ایسی بکنگ ہے جو موجود نہیں: { $about }
check-booking-index = ترجمانوں کے اوقات یا کھلی بکنگز کا انڈیکس ایک بکنگ سے میل نہیں کھاتا: { $about }
check-booking-clash = ایک ترجمان ایک ہی وقت میں دو بکنگز میں ہے: { $about }
check-support-unreadable = ایک ملاقات پر دی گئی مدد کھولی نہیں جا سکتی: { $about }
check-support-orphan = مدد ایسی ملاقات پر درج ہے جو موجود نہیں، یا ان کی نہیں: { $about }
check-key-dates-unreadable = اہم تاریخوں کا ایک حصہ پڑھا نہیں جا سکتا: { $about }
check-key-date-misplaced = ایک اہم تاریخ کسی اور کی تاریخوں کے ساتھ رکھی گئی ہے: { $about }
check-key-date-reminder = F6 کے لیے اہم تاریخ کی یاد دہانی غائب ہے یا فالتو رہ گئی ہے: { $about }
cancel-booking-hint-late = شروع ہونے سے 24 گھنٹے سے کم پہلے: یہ دیر سے منسوخی ہے۔ Enter منسوخ کرتا ہے؛ Esc اسے رہنے دیتا ہے۔
booking-cancelled-line = { $date } کو { $who } نے منسوخ کی: { $why }
key-export-week = ہفتہ کیلنڈر میں (.ics)

## Amounts of money
money-error-empty = رقم لکھیں، جیسے 12.50۔
money-error-negative = رقم منفی نہیں ہو سکتی۔
money-error-not-a-number = یہ رقم نہیں: پاؤنڈ اور پینس ہندسوں میں لکھیں، جیسے 12.50 یا £12.50۔
money-error-too-many-decimals = اعشاریہ کے بعد زیادہ سے زیادہ دو ہندسے (پینس)، جیسے 12.50۔
money-error-two-points = صرف ایک اعشاریہ، جیسے 12.50۔
money-error-grouping = کوما صرف ہزاروں کے درمیان آتا ہے، جیسے 1,250.00؛ پینس اعشاریہ کے بعد آتے ہیں: 12.50۔
money-error-other-currency = رقم صرف پاؤنڈ (£) میں ہوتی ہے۔
money-error-too-large = یہ رقم درست ہونے کے لیے بہت بڑی ہے: عدد دیکھیں۔

## Support given on a visit
support-kind-food-parcel = کھانے کا پارسل
support-kind-travel-fare = سفر کا کرایہ
support-kind-hardship-payment = مشکل وقت کی رقم
support-kind-clothing = کپڑے
support-kind-phone-top-up = فون ٹاپ اپ
support-kind-other = دیگر
support-error-amount-missing = دی گئی رقم لکھیں، جیسے 12.50۔
support-error-amount-zero = رقم صفر ہے: جو دیا گیا وہ لکھیں، جیسے 12.50۔
support-error-amount-not-money = یہ مدد رقم نہیں ہے: رقم خالی چھوڑیں اور نوٹ میں لکھیں کہ کیا دیا گیا۔
support-error-note-missing = نوٹ میں لکھیں کہ کیا دیا گیا۔
support-error-note-too-long = نوٹ بہت لمبا ہے: زیادہ سے زیادہ { $max } حروف۔
key-give-support = دی گئی مدد
field-support-kind = مدد کی قسم
field-support-amount = رقم (£)
support-amount-hint = پاؤنڈ اور پینس، جیسے 12.50 یا £12.50
support-confirm-large = { $amount } ایک چیز کے لیے { $limit } سے زیادہ ہے۔ اسے دیکھ لیں: Ctrl+S دوبارہ دبانے سے محفوظ ہو جائے گی۔
status-support-confirm-large = بڑی رقم: اسے دیکھ لیں، پھر محفوظ کرنے کے لیے دوبارہ Ctrl+S۔
status-support-given = درج ہو گیا: { $name } کے لیے { $kind }۔
status-support-over-limit = محفوظ ہو گیا۔ { $name } کو 12 مہینوں میں { $total } ملا ہے، جو { $limit } کی حد سے زیادہ ہے۔
status-support-which-visit = پہلے ملاقات چنیں: مدد کسی ملاقات پر درج ہوتی ہے۔
field-support-given = اس ملاقات پر پہلے سے دی گئی
key-remove-support = غلطی سے درج چیز ہٹائیں
support-remove-question = اس ملاقات سے “{ $what }” ہٹائیں؟ یہ غلطی سے درج ہوئی تھی؛ آڈٹ لاگ میں رہے گا کہ اسے ہٹایا گیا۔
support-remove-yes = ہٹا دیں
status-support-removed = ہٹا دیا گیا۔ اس شخص کا کُل تازہ ہو گیا۔
status-support-not-yours = صرف وہی جس نے اسے درج کیا، یا کوئی منتظم، اسے ہٹا سکتا ہے۔
audit-support-removed = ملاقات پر دی گئی مدد ہٹائی (غلطی سے درج ہوئی تھی)
form-support = { $name } کو دی گئی مدد
support-form-total = پچھلے 12 مہینوں میں، اس کے ساتھ: { $total }
support-over-limit = { $limit } کی حد سے زیادہ
person-support-summary = مدد، پچھلے 12 مہینے: { $total } رقم، { $count ->
    [one] ایک چیز
   *[other] { $count } چیزیں
}

## Households (people who came together)
household-title = گھرانہ
household-child-born = بچہ، پیدائش { $year }
relation-partner = شریکِ حیات
relation-child = بچہ
relation-parent = والد یا والدہ
relation-sibling = بھائی یا بہن
relation-other-relative = کوئی اور رشتہ دار
relation-other = رشتہ دار نہیں (دوست، دیکھ بھال کرنے والا)
household-error-in-another = پہلے سے کسی اور گھرانے میں ہیں: پہلے انہیں اس سے نکالیں۔
household-error-already-member = پہلے سے اس گھرانے میں ہیں۔
household-error-not-member = اس گھرانے میں نہیں ہیں۔
household-error-anchor-has-others = گھرانہ ان کے ذریعے درج ہے: پہلے اسے کسی اور کے ذریعے درج کریں (Ctrl+R)۔
household-error-too-small = گھرانے میں کم از کم دو لوگ ہونے چاہییں۔
household-error-relations = بتائیں کہ ہر شخص کا اس شخص سے کیا رشتہ ہے جس کے ذریعے گھرانہ درج ہے۔

## Key dates (hearings, interviews, deadlines)
key-date-kind-interview = ہوم آفس انٹرویو
key-date-kind-appeal-hearing = پناہ کی اپیل کی سماعت
key-date-kind-appeal-deadline = اپیل کی آخری تاریخ
key-date-kind-move-on-end = منتقلی (move-on) کی مدت کا خاتمہ (پناہ کی امداد بند)
key-date-kind-court = عدالت
key-date-kind-other = کوئی اور تاریخ
key-date-outcome-kept = ہو گئی، یا آخری تاریخ پوری ہوئی
key-date-outcome-moved = کسی اور دن پر منتقل
key-date-outcome-missed = چھوٹ گئی
key-date-outcome-cancelled = منسوخ، یا اب ضرورت نہیں
key-date-due-later = بعد میں
key-date-due-in = { $days ->
        [0] آج
        [one] کل
       *[other] { $days } دن میں
    }
key-date-due-passed = { $days ->
        [one] کل گزر گئی، ابھی کوئی نتیجہ نہیں
       *[other] { $days } دن پہلے گزر گئی، ابھی کوئی نتیجہ نہیں
    }
key-date-due-done = ہو گئی
key-date-soon = { $days ->
        [one] آج یا کل اہم تاریخ
       *[other] { $days } دن کے اندر اہم تاریخ
    }
key-date-warning-past = یہ تاریخ گزر چکی ہے۔ پھر بھی محفوظ کریں؟
key-date-lead-days-hint = خالی: اس قسم کی تاریخ کے لیے معمول کے مطابق۔
field-key-date-kind = تاریخ کی قسم
field-key-date-date = تاریخ
field-key-date-grant = منظوری کی تاریخ
field-key-date-lead-days = یاد دہانی، کتنے دن پہلے
field-key-date-note = نوٹ
error-choose-kind = چنیں کہ یہ کس قسم کی تاریخ ہے۔
error-date-missing = تاریخ YYYY-MM-DD کی طرح لکھیں، جیسے 2026-12-03۔
error-grant-date-missing = منظوری کی تاریخ لکھیں: منتقلی کی مدت کا خاتمہ اسی سے نکالا جاتا ہے۔
error-lead-days = 0 سے 365 تک دنوں کی تعداد لکھیں۔
error-date-future = یہ تاریخ ابھی آنی ہے: وہ دن لکھیں جب یہ ہوا۔
key-add-key-date = اہم تاریخ شامل کریں
key-key-date-kept = اہم تاریخ: ہو گئی، یا پوری ہوئی
key-key-date-moved = اہم تاریخ: کسی اور دن پر منتقل
key-key-date-missed = اہم تاریخ: چھوٹ گئی
key-key-date-cancelled = اہم تاریخ: منسوخ، یا اب ضرورت نہیں
key-date-kind-choose = (چنیں: Space یا ←/→)
key-date-move-on-ends = امداد { $date } کو ختم ہو گی (منظوری کے { $days } دن بعد)
key-date-move-on-hint = امداد منظوری کے { $days } دن بعد ختم ہوتی ہے۔
key-date-lead-days-usual = خالی: { $days } دن پہلے، اس قسم کی تاریخ کے لیے معمول کے مطابق۔
key-date-move-on-row = منتقلی کی مدت ختم (منظوری { $grant })
key-date-outcome-hint = چاہیں تو نوٹ لکھیں (ضروری نہیں)۔ Enter درج کرتا ہے؛ Esc واپس لے جاتا ہے۔
form-key-date = اہم تاریخ شامل کریں: { $name }
status-key-date-saved = اہم تاریخ محفوظ ہو گئی: { $kind }، { $date }
status-not-a-key-date = یہ سطر اہم تاریخ نہیں ہے۔
status-key-date-row = یہ سطر اہم تاریخ ہے: h ہو گئی، m منتقل، s چھوٹ گئی، w منسوخ (یا Ctrl+O)۔
follow-ups-key-dates = اہم تاریخیں جن پر کام کرنا ہے: { $count } (آنے والی، یا گزر گئیں اور کوئی نتیجہ نہیں)
col-key-date = تاریخ
col-note = نوٹ
key-date-passed-short = { $days ->
        [one] کل گزر گئی
       *[other] { $days } دن پہلے گزر گئی
    }
key-date-move-on-short = منتقلی ختم

## Safeguarding concerns
safeguarding-help-danger = اگر کوئی فوری خطرے میں ہے تو پہلے 999 پر کال کریں؛ بعد میں یہاں درج کریں۔
safeguarding-help-lead = محفوظ کرتے ہی مرکز کے حفاظتی ذمہ دار کو فوراً خبر ہو جاتی ہے۔ حفاظتی ذمہ دار وہ رضاکار ہے جو طے کرتا ہے کہ آگے کیا ہو، جیسے کونسل یا پولیس کو ریفرل، اور اسے یہاں درج کرتا ہے۔ یہ خدشہ صرف حفاظتی ذمہ دار، منتظمین اور آپ دیکھ سکتے ہیں۔
safeguarding-new-count = { $count ->
        [one] 1 نیا حفاظتی خدشہ
       *[other] { $count } نئے حفاظتی خدشات
    }
concern-unnamed = کسی شخص کا نام نہیں
concern-category-child = بچہ خطرے میں
concern-category-adult = بالغ خطرے میں
concern-category-domestic-abuse = گھریلو تشدد
concern-category-trafficking = انسانی اسمگلنگ یا جدید غلامی
concern-category-self-harm = خود کو نقصان یا خودکشی کا خطرہ
concern-category-other = کچھ اور
concern-agency-childrens-services = کونسل کی بچوں کی سروسز
concern-agency-adults-services = کونسل کی بالغوں کی سروسز
concern-agency-police = پولیس
concern-agency-modern-slavery-helpline = Modern Slavery Helpline (جدید غلامی ہیلپ لائن)
concern-agency-domestic-abuse = گھریلو تشدد کی کوئی سروس
concern-agency-health = جی پی یا کوئی صحت کی سروس
concern-agency-other = کوئی اور
concern-step-referred = آگے ریفر کیا
concern-step-action = کچھ اور کیا
concern-step-closed = بند
concern-status-open = کھلا
concern-status-referred-on = آگے ریفر کیا
concern-status-closed = بند
concern-error-not-allowed = آگے کیا ہوا، یہ صرف حفاظتی ذمہ دار اور منتظمین درج کرتے ہیں۔
concern-error-closed = یہ خدشہ بند ہے۔ اگر کچھ نیا ہو تو نیا خدشہ درج کریں۔
field-concern-category = کس بارے میں ہے
field-concern-seen-or-said = کیا دیکھا یا کہا گیا
field-concern-action-taken = آپ نے کیا کیا
field-concern-step = آگے کیا ہوا
field-concern-agency = کس کو ریفر کیا
field-concern-on = تاریخ
field-concern-note = نوٹ
error-choose-category = چنیں کہ خدشہ کس بارے میں ہے۔
field-move-on-days = منتقلی کی مدت (منظوری کے بعد دن)
field-support-limit = فی شخص مدد کی حد، 12 مہینے (£؛ خالی: کوئی نہیں)
error-move-on-days = 1 سے 365 تک دنوں کی تعداد لکھیں (عام طور پر 28)۔
audit-key-date-saved = اہم تاریخ شامل کی یا اس کا نتیجہ درج کیا
audit-support-given = ملاقات پر دی گئی مدد درج کی

## Households (issue 7)
audit-household-saved = گھرانہ بنایا، بدلا یا ختم کیا
check-households-unreadable = گھرانے کا ایک ریکارڈ پڑھا نہیں جا سکتا: { $about }
check-household-index = گھرانوں کا انڈیکس { $about } کے گھرانوں سے میل نہیں کھاتا
check-household-invalid = گھرانہ { $about } میں دو سے کم لوگ ہیں، کوئی دو بار ہے، یا کوئی ایسا ہے جس کا ریکارڈ موجود نہیں
check-household-twice = { $about } دو گھرانوں میں ہے
key-household = گھرانہ
key-remove-from-household = گھرانے سے نکالیں
key-whole-household = پورا گھرانہ آیا
household-none = کوئی نہیں (ساتھ آنے والے کو شامل کرنے کے لیے Ctrl+G)
household-more = … اور { $count } مزید (Ctrl+G)
household-relation-of = { $name } سے رشتہ: { $relation }
household-anchor = گھرانہ ان کے ذریعے درج ہے
household-recorded-through = رشتے { $name } سے ہیں، جن کے ذریعے گھرانہ درج ہے۔
household-form-title = { $name } کا گھرانہ
household-field-add-person = شخص شامل کریں
household-field-add-child = بچہ شامل کریں (سالِ پیدائش)
household-field-members = گھرانے میں
household-hint-list = ← → رشتہ · Enter: درست ہے · Ctrl+R: ان کے ذریعے درج کریں
household-confirm-remove = { $name } کو گھرانے سے نکالیں؟
household-confirm-remove-child = { $year } میں پیدا ہونے والے بچے کو گھرانے سے نکالیں؟
household-remove-yes = نکالیں
status-household-saved = گھرانہ محفوظ ہو گیا۔
status-household-dissolved = گھرانہ ختم ہو گیا: اس میں دو سے کم لوگ رہ گئے تھے۔
field-visit-household = ساتھ آئے
household-needs-same = وہی ضروریات
household-needs-own = اپنی ضروریات
household-hint-visit = Space: یہ بھی آئے · Enter: ان کی اپنی ضروریات · Ctrl+A: سب
field-visit-needs-of = { $name } کی ضروریات
status-visits-saved = { $count ->
    [one] { $name } کی ملاقات محفوظ ہو گئی۔
   *[other] { $name } اور گھرانے کے مزید { $others } لوگوں کی ملاقاتیں محفوظ ہو گئیں۔
}
household-hint-everyone = Ctrl+A: سب آئے
col-household = گھرانہ
key-record-through = گھرانہ ان کے ذریعے درج کریں
household-check-relation = دیکھیں: بدلنے کے لیے ← →، درست ہو تو Enter

## Safeguarding concerns: stored and shown
audit-concern-raised = حفاظتی خدشہ درج کیا
audit-concern-viewed = حفاظتی خدشہ کھولا
audit-concern-updated = حفاظتی خدشے پر آگے کیا ہوا درج کیا
check-concerns-unreadable = ایک حفاظتی خدشہ کھولا نہیں جا سکتا: { $about }
check-concern-awaiting = حفاظتی ذمہ دار کے منتظر خدشات کی گنتی ایک خدشے سے میل نہیں کھاتی: { $about }
check-report-counts = { $about } کی رپورٹ کے اعداد اس دن کے ریکارڈ سے میل نہیں کھاتے
check-report-counts-unreadable = رپورٹ کے اعداد پڑھے یا دوبارہ گنے نہیں جا سکتے
key-raise-concern = حفاظتی خدشہ درج کریں
key-show-concerns = حفاظتی خدشات
key-open-concern = خدشہ کھولیں
key-record-step = آگے کیا ہوا درج کریں
key-close-concern = خدشہ بند کریں
key-toggle-lead = حفاظتی ذمہ دار: نشان لگائیں یا ہٹائیں
form-concern = حفاظتی خدشہ
form-concern-step = آگے کیا ہوا
field-concern-person = کس کے بارے میں
field-concern-other-agency = کون (نام)
field-concern-status = حالت
field-concern-raised = درج ہوا
field-safeguarding-lead = حفاظتی ذمہ دار
concern-category-none = ابھی نہیں چنا (چننے کے لیے ← →)
concern-status-raised = خدشہ محفوظ ہو گیا۔ حفاظتی ذمہ دار کو بتا دیا گیا ہے۔
concern-status-step-saved = آگے کیا ہوا، محفوظ ہو گیا۔
concern-status-closed-saved = خدشہ بند ہو گیا۔
concern-awaiting-lead = ابھی کھولا نہیں گیا
concern-page-title = حفاظتی خدشہ
concern-raised-by = { $date } { $time }، { $name } نے
concern-steps = آگے کیا ہوا
concern-no-steps = ابھی کچھ درج نہیں۔
concern-raiser-note = آگے کیا ہو، یہ حفاظتی ذمہ دار طے کرتا ہے اور یہاں درج کرتا ہے۔
concerns-title = حفاظتی خدشات جو آپ دیکھ سکتے ہیں: { $count }
concerns-empty = دکھانے کے لیے کوئی حفاظتی خدشہ نہیں۔ Ctrl+Y کسی بھی اسکرین سے نیا درج کرتا ہے۔
col-raised = درج ہوا
col-concern-category = بارے میں
col-concern-status = حالت
col-concern-lead = ذمہ دار
confirm-close-concern = یہ خدشہ بند کریں؟ اس کے بعد اس پر کوئی قدم درج نہیں ہو سکے گا؛ آپ سے وجہ پوچھی جائے گی۔
confirm-close-concern-yes = بند کریں
person-concerns = حفاظتی خدشات
person-concerns-count = { $count } — F6، Ctrl+G
volunteer-safeguarding-lead = حفاظتی ذمہ دار
volunteer-lead-hint = ہر نئے خدشے کی خبر ملتی ہے
status-lead-marked = { $name } اب حفاظتی ذمہ دار ہے۔
status-lead-unmarked = { $name } اب حفاظتی ذمہ دار نہیں۔

## Reports and exports (src/export, src/cli/export.rs)
audit-records-exported = ریکارڈ ایکسپورٹ کیے (صرف حوالہ کوڈ)
audit-records-exported-full = ناموں، نوٹس اور فون نمبروں کے ساتھ ریکارڈ ایکسپورٹ کیے (مکمل ایکسپورٹ)
export-error-exists = { $file } پہلے سے موجود ہے: کوئی اور نام چنیں، یا اسے بدلنے کے لیے ‎--force لگائیں۔
export-error-is-folder = { $file } ایک فولڈر ہے: لکھنے کے لیے کسی فائل کا نام دیں۔
export-error-folder = { $dir } میں کچھ نہیں لکھا جا سکتا ({ $detail }): کوئی اور فولڈر چنیں۔
export-error-writing = ایکسپورٹ لکھا نہیں جا سکا ({ $detail })؛ پیچھے کچھ نہیں چھوڑا گیا۔
export-not-given = نہیں بتایا
export-not-recorded = ابھی درج نہیں
export-col-section = حصہ
export-col-item = چیز
export-col-label = عدد
export-col-value = یہ مدت
export-col-previous = پچھلی مدت
export-col-person = شخص
export-col-name = نام
export-col-notes = نوٹس
export-col-phone = فون
export-col-amount = رقم (£)
export-col-day = دن
export-col-visit-id = ملاقات
export-col-arrived = آمد
export-col-waited-minutes = انتظار (منٹ)
export-col-state = حالت
export-col-age-band = عمر کا گروپ
export-col-gender = جنس
export-col-country = آبائی ملک
export-col-immigration-status = امیگریشن کی حیثیت
export-col-first-language = پہلی زبان
export-col-needs = ضروریات
export-col-language = زبان
export-col-interpreting = ترجمانی
export-col-visits-in-range = اس مدت میں ملاقاتیں
export-col-recorded = درج ہونے کی تاریخ
export-col-english-level = انگریزی
export-col-needs-interpreter = ترجمان چاہیے
export-col-year-of-birth = سالِ پیدائش
export-col-referral-id = ریفرل
export-col-kind = قسم
export-col-domain = شعبہ
export-col-service-id = سروس نمبر
export-col-service = سروس
export-col-outcome = نتیجہ
export-col-follow-up = فالو اپ کی تاریخ
export-col-booking-id = بکنگ
export-col-start = شروع
export-col-minutes = منٹ
export-col-appointment = اپائنٹمنٹ
export-col-mode = طریقہ
export-col-status = حالت
export-col-place = جگہ
export-col-organisation = ادارہ
export-col-domains = شعبے
export-col-postcode = پوسٹ کوڈ
export-col-email = ای میل
export-col-website = ویب سائٹ
export-col-languages = زبانیں
export-col-active = فعال
export-col-last-verified = آخری بار جانچی گئی
export-col-given = کب دی گئی
export-fig-visits = ملاقاتیں
export-fig-people = مختلف لوگ
export-fig-new-people = نئے لوگ
export-fig-anonymous = بے نام آمد
export-fig-households = گھرانے
export-fig-visits-per-person = فی شخص ملاقاتیں
export-fig-average-wait = اوسط انتظار (منٹ)
export-fig-longest-wait = سب سے لمبا انتظار (منٹ)
export-fig-family-interpreting = گھر والوں یا دوستوں کی ترجمانی (غلط طریقہ)
export-section-summary = خلاصہ
export-section-needs = شعبے کے لحاظ سے ضروریات
export-section-languages = استعمال ہونے والی زبانیں
export-section-interpreting = ترجمانی
export-section-sent-by-domain = رہنمائی اور ریفرل، شعبے کے لحاظ سے
export-section-sent-by-service = رہنمائی اور ریفرل، سروس کے لحاظ سے
export-section-outcomes = ریفرل کے نتائج
export-section-bookings = ترجمان کی بکنگز
export-section-booking-hours = ترجمانی کے گھنٹے
export-section-bookings-by-language = زبان کے لحاظ سے ترجمان کی بکنگز
export-section-hours = گھنٹے کے لحاظ سے آمد
export-section-weekdays = ہفتے کے دن کے لحاظ سے ملاقاتیں
export-section-support = دی گئی مدد
export-section-support-amount = دی گئی مدد، رقم (£)
export-section-concerns = حفاظتی خدشات (5 سے کم گنتی <5 دکھائی گئی)
export-section-key-dates = اہم تاریخیں
export-section-equalities-gender = مساوات: جنس (5 سے کم گنتی <5 دکھائی گئی)
export-section-equalities-age-band = مساوات: عمر کا گروپ (5 سے کم گنتی <5 دکھائی گئی)
export-section-equalities-country = مساوات: آبائی ملک (5 سے کم گنتی <5 دکھائی گئی)
export-section-equalities-immigration-status = مساوات: امیگریشن کی حیثیت (5 سے کم گنتی <5 دکھائی گئی)
export-section-equalities-first-language = مساوات: پہلی زبان (5 سے کم گنتی <5 دکھائی گئی)
export-age-under-18 = 18 سے کم
export-age-18-25 = 18 سے 25
export-age-26-35 = 26 سے 35
export-age-36-50 = 36 سے 50
export-age-51-65 = 51 سے 65
export-age-over-65 = 65 سے زیادہ
cli-error-day = "{ $day }" تاریخ نہیں ہے: اسے YYYY-MM-DD کی طرح لکھیں، جیسے 2026-04-01۔
cli-error-backwards = مدت { $from } کو شروع ہوتی ہے، جو اس کے ختم ہونے ({ $to }) کے بعد ہے: ‎--from کو ‎--to سے پہلے رکھیں۔
cli-error-too-long = مدت 20 سال سے لمبی نہیں ہو سکتی۔
cli-error-coordinators-only = صرف منتظم رپورٹیں دیکھ اور ریکارڈ ایکسپورٹ کر سکتا ہے۔
cli-report-title = رپورٹ { $from } سے { $to } تک (پچھلی مدت { $pfrom } سے { $pto } تک)
cli-report-written = { $rows } اعداد { $file } میں لکھ دیے گئے
cli-export-written = { $rows } سطریں { $file } میں لکھ دی گئیں
cli-full-word = نام
cli-full-warning = اس { $kind } ایکسپورٹ میں نام، نوٹس اور فون نمبر ہوں گے۔ فائل محفوظ جگہ رکھیں اور کام ختم ہونے پر اسے مٹا دیں۔ جاری رکھنے کے لیے { $word } لکھیں:
cli-full-needs-yes = مکمل ایکسپورٹ کے لیے دوسری بار ہاں چاہیے: ‎--yes-full لگائیں (پوچھنے کے لیے کوئی ٹرمینل نہیں ہے)۔
cli-full-not-confirmed = تصدیق نہیں ہوئی: کچھ ایکسپورٹ نہیں ہوا۔
cli-full-not-personal = ڈائریکٹری میں کچھ ذاتی نہیں ہوتا: ‎--full لوگوں کے ریکارڈ کے لیے ہے۔

## F7 Reports (coordinators)
screen-reports = رپورٹیں
key-go-reports = رپورٹوں پر جائیں
key-report-range-before = پچھلی مدت
key-report-range-next = اگلی مدت
key-report-dates = تاریخیں لکھیں
key-report-next-section = اگلا حصہ
key-report-prev-section = پچھلا حصہ
key-report-shared = شیئر کے لیے (<5)
key-report-export = ایکسپورٹ
key-report-refresh = دوبارہ پڑھیں
key-report-apply-range = یہ مدت دکھائیں
report-coordinators-only = رپورٹیں منتظمین کے لیے ہیں۔ اگر آپ کو کوئی عدد چاہیے تو کسی منتظم سے پوچھیں۔
report-range-today = آج
report-range-this-week = یہ ہفتہ
report-range-this-month = یہ مہینہ
report-range-last-month = پچھلا مہینہ
report-range-this-quarter = یہ سہ ماہی
report-range-financial-year = مالی سال
report-range-last-12-months = پچھلے 12 مہینے
report-range-custom = آپ کی تاریخیں
report-range-line = { $preset }  { $from } – { $to } ({ $days ->
    [one] 1 دن
   *[other] { $days } دن
})
report-compared-with = موازنہ { $from } – { $to } سے
report-from = سے
report-to = تک
report-error-date = تاریخ نہیں: اسے YYYY-MM-DD کی طرح لکھیں، جیسے 2026-04-01۔
report-error-backwards = شروع کی تاریخ آخر کے بعد ہے۔
report-error-too-long = مدت زیادہ سے زیادہ 20 سال ہو سکتی ہے۔
report-none = اسکرین پر کوئی رپورٹ نہیں: Ctrl+R اسے پڑھتا ہے۔
report-section-overview = جائزہ
report-section-needs = ضروریات
report-section-languages = زبانیں
report-section-sent-on = آگے بھیجے گئے
report-section-bookings = ترجمان
report-section-times = اوقات
report-section-support = مدد
report-section-equalities = مساوات
report-column-now = یہ مدت
report-column-before = پہلے
report-column-change = فرق
report-more = { $count } مزید سطریں: PgDn
report-nothing = کسی مدت میں کوئی نہیں
report-visits = ملاقاتیں
report-people = مختلف لوگ
report-new-people = نئے درج ہونے والے لوگ
report-anonymous = بے نام آمد
report-visits-per-person = فی شخص ملاقاتیں
report-households = آنے والے گھرانے
report-heading-weekly = فی ہفتہ ملاقاتیں
report-weekly-note = سب سے زیادہ { $peak } فی ہفتہ · کُل { $total } (پہلے: { $before })
report-weekly-dates = ہفتے { $first } سے { $last } تک{ $per ->
    [one] {""}
   *[other] {" "}(ہر نشان { $per } ہفتے)
}
report-heading-needs = شعبے کے لحاظ سے ضروریات (ملاقاتیں)
report-heading-languages = استعمال ہونے والی زبانیں (ملاقاتیں)
report-heading-interpreting = ترجمانی (ملاقاتیں؛ ⚠ غلط طریقہ)
report-family-interpreting = ⚠ گھر والے یا دوست
report-heading-signposted = رہنمائی، شعبے کے لحاظ سے
report-heading-referred = ریفرل، شعبے کے لحاظ سے
report-total = کُل
report-no-domain = کوئی شعبہ نہیں دیا
report-heading-signposted-services = رہنمائی، سروس کے لحاظ سے
report-heading-referred-services = ریفرل، سروس کے لحاظ سے
report-key-date-kept = ہوئی یا پوری ہوئی
report-key-date-moved = منتقل
report-key-date-missed = چھوٹ گئی
report-key-date-cancelled = منسوخ
report-heading-outcomes = نتائج
report-bookings = ترجمان کی بکنگز
report-booked-hours = بک کیے گئے گھنٹے
report-late-cancellations = دیر سے منسوخیاں
report-no-shows = نہیں آئے
report-heading-bookings = زبان اور حالت کے لحاظ سے بکنگز
report-heading-booked-hours = زبان اور حالت کے لحاظ سے گھنٹے
report-average-wait = اوسط انتظار (منٹ)
report-longest-wait = سب سے لمبا انتظار (منٹ)
report-heading-hours = گھنٹے کے لحاظ سے آمد
report-heading-weekdays = ہفتے کے دن کے لحاظ سے ملاقاتیں
report-heading-support = دی گئی مدد (چیزیں)
report-support-amount = { "  " }دی گئی رقم
report-heading-concerns = حفاظتی خدشات (صرف گنتی)
report-heading-key-dates = اہم تاریخیں
report-key-date-open = ابھی کچھ درج نہیں
report-for-sharing = شیئر کے لیے: 5 سے کم گنتی <5 دکھائی جاتی ہے (Ctrl+T)
report-not-recorded = درج نہیں
report-heading-gender = جنس (لوگ)
report-heading-age = عمر کا گروپ (لوگ)
report-age-under-18 = 18 سے کم
report-age-18-25 = 18–25
report-age-26-35 = 26–35
report-age-36-50 = 36–50
report-age-51-65 = 51–65
report-age-over-65 = 65 سے زیادہ
report-heading-country = آبائی ملک (لوگ)
report-heading-status = امیگریشن کی حیثیت (لوگ)
report-heading-first-language = پہلی زبان (لوگ)

## F7's export box (Ctrl+E on F7)
key-export-write = ایکسپورٹ
key-export-choice-before = پچھلا انتخاب
key-export-choice-next = اگلا انتخاب
export-box-title = ایکسپورٹ
export-box-days = دن: { $from } – { $to } ({ $days ->
    [one] 1 دن
   *[other] { $days } دن
})
export-box-whole-directory = پوری ڈائریکٹری، جیسی ابھی ہے
export-field-what = کیا
export-field-format = فارمیٹ
export-field-full = نام اور نوٹس
export-field-file = فائل
export-what-report = دکھائی گئی رپورٹ
export-what-visits = ملاقاتیں
export-what-people = آنے والے لوگ
export-what-referrals = رہنمائی اور ریفرل
export-what-bookings = ترجمان کی بکنگز
export-what-services = سروسز (ڈائریکٹری)
export-what-support = دی گئی مدد
export-format-csv = CSV (اسپریڈ شیٹ)
export-format-json = JSON (پروگرام)
export-full-off = نہیں: صرف حوالہ کوڈ
export-full-on = ہاں: نام، نوٹس، فون
export-holds-report = اسکرین پر موجود اعداد اور پچھلی مدت؛ 5 سے کم گنتی <5۔
export-holds-services = ڈائریکٹری کی سروسز: کسی کی ذاتی تفصیلات نہیں۔
export-holds-pseudonymised = حوالہ کوڈ اور عمر کے گروپ: نام، نوٹس اور فون نمبر نہیں۔
export-holds-full = اس فائل میں نام، نوٹس اور فون نمبر ہوں گے: اسے محفوظ رکھیں۔
export-box-no-range = ایکسپورٹ کے لیے اسکرین پر کوئی مدت نہیں: پہلے ایک چنیں۔
export-box-no-file = لکھنے کے لیے فائل کا نام لکھیں۔
export-box-is-folder = یہ فولڈر ہے: لکھنے کے لیے فائل کا نام شامل کریں۔
export-box-exists = اس نام کی فائل پہلے سے موجود ہے: کوئی اور نام چنیں۔ کچھ نہیں لکھا گیا۔
export-box-no-folder = فولڈر { $dir } موجود نہیں: راستہ دیکھیں۔
export-box-cannot-write = { $dir } میں کچھ نہیں لکھا جا سکتا: کوئی اور فولڈر چنیں۔
export-box-not-written = کچھ نہیں لکھا گیا: فائل کے ساتھ والا پیغام دیکھیں۔
export-full-question = فائل ({ $what }) میں نام، نوٹس اور فون نمبر ہوں گے۔ اسے محفوظ رکھیں: صرف اس کمپیوٹر پر یا محفوظ ڈرائیو پر، کبھی ای میل سے نہیں، اور کام ختم ہونے پر اسے مٹا دیں۔ ایکسپورٹ آڈٹ لاگ میں درج ہوتا ہے۔ ناموں کے ساتھ لکھیں؟
export-full-yes = لکھیں، ناموں کے ساتھ
export-full-no = واپس جائیں
work-export-title = ایکسپورٹ ہو رہا ہے
work-export-what = فائل لکھی جا رہی ہے: براہِ کرم ایک لمحہ۔

## Data life cycle: consent, retention, anonymisation.
consent-purpose-record = ریکارڈ رکھنا
consent-purpose-share = ریفرل کے لیے تفصیلات دینا
consent-purpose-contact = فون یا میسج سے رابطہ
consent-short-record = ریکارڈ
consent-short-share = تفصیلات دینا
consent-short-contact = رابطہ
consent-share-question = وہ راضی ہیں کہ جب ہم انہیں کسی سروس کو ریفر کریں تو ان کی تفصیلات اس سروس کو دیں
consent-contact-question = وہ راضی ہیں کہ ہم ان سے فون یا میسج پر رابطہ کریں
field-consent-more = مزید
consent-title = رضامندی: { $name }
consent-state-given = { $date } کو دی گئی
consent-state-withdrawn = { $date } کو واپس لی گئی
consent-state-never = نہیں پوچھا گیا
consent-hint = Space منتخب رضامندی دیتا یا واپس لیتا ہے، جیسا وہ ابھی کہیں۔ Esc بند کرتا ہے۔
consent-history = ہر تبدیلی، سب سے نئی پہلے:
consent-event-given = دی گئی
consent-event-withdrawn = واپس لی گئی
consent-no-contact = رابطہ نہ کریں
consent-anonymised = یہ ریکارڈ بے نام ہو چکا ہے: اب درج کرنے کو کوئی رضامندی باقی نہیں۔
consent-withdraw-record-question = { $name } اب راضی نہیں کہ ہم ان کا ریکارڈ رکھیں۔ ان کا ریکارڈ ابھی بے نام کر دیا جائے گا: نام، فون، نوٹس اور سالِ پیدائش ہٹا دیے جاتے ہیں، اور ان کی ملاقاتوں، ریفرل اور بکنگز کے نوٹس بھی۔ ان کی ملاقاتیں بغیر نام کے اعداد میں رہتی ہیں۔ یہ واپس نہیں ہو سکتا۔
consent-withdraw-record-yes = ریکارڈ بے نام کریں
status-consent-given = رضامندی درج ہو گئی۔
status-consent-withdrawn = رضامندی واپس لینا درج ہو گیا۔
status-record-anonymised = ریکارڈ بے نام ہو گیا۔
anonymised-retention = رکھنے کی مدت گزر گئی
anonymised-consent = رضامندی واپس لی گئی
person-anonymised-heading = بے نام ریکارڈ · { $reference } · { $date }، { $why }
audit-consent-given = { $person } کی رضامندی درج کی: { $what }
audit-consent-withdrawn = { $person } کی رضامندی واپس لینا درج کیا: { $what }
audit-anonymised = { $person } کو بے نام کیا ({ $what })
field-retention-years = آخری رابطے کے بعد ریکارڈ رکھیں (سال)
error-retention-years = 1 سے 30 تک سالوں کی تعداد لکھیں (عام طور پر 6)۔
key-consent = رضامندی

## Data life cycle: the retention review.
key-consent-change = دیں یا واپس لیں
key-review-retention = مدت کا جائزہ
retention-save-first = پہلے ترتیبات محفوظ کریں (Ctrl+S)، پھر رکھنے کی مدت کا جائزہ لیں۔
retention-none-due = کسی ریکارڈ کے رکھنے کی مدت نہیں گزری (آخری رابطے کے بعد { $years } سال)۔
retention-line = { $reference } · آخری رابطہ { $date }
retention-more = … اور { $count } مزید
retention-question = { $count ->
    [one] { $count } ریکارڈ کے رکھنے کی مدت گزر چکی ہے (آخری رابطے کے بعد { $years } سال)۔ کیا اسے ابھی بے نام کریں؟ نام، فون نمبر، نوٹس اور سالِ پیدائش ہٹا دیے جاتے ہیں؛ رپورٹوں کے اعداد جیسے ہیں ویسے ہی رہتے ہیں۔ یہ واپس نہیں ہو سکتا۔
   *[other] { $count } ریکارڈز کے رکھنے کی مدت گزر چکی ہے (آخری رابطے کے بعد { $years } سال)۔ کیا انہیں ابھی بے نام کریں؟ نام، فون نمبر، نوٹس اور سالِ پیدائش ہٹا دیے جاتے ہیں؛ رپورٹوں کے اعداد جیسے ہیں ویسے ہی رہتے ہیں۔ یہ واپس نہیں ہو سکتا۔
}
retention-yes = انہیں بے نام کریں
retention-done = { $count ->
    [one] { $count } ریکارڈ بے نام ہو گیا۔
   *[other] { $count } ریکارڈز بے نام ہو گئے۔
}
retention-cli-due = { $count ->
    [one] { $count } ریکارڈ کے رکھنے کی مدت گزر چکی ہے (آخری رابطے کے بعد { $years } سال: { $cutoff } سے پہلے)۔ حوالہ اور آخری رابطہ:
   *[other] { $count } ریکارڈز کے رکھنے کی مدت گزر چکی ہے (آخری رابطے کے بعد { $years } سال: { $cutoff } سے پہلے)۔ حوالہ اور آخری رابطہ:
}
sar-title = { $centre } کے پاس { $name } ({ $reference }) کے بارے میں سب کچھ
sar-generated = { $date } کو ان کی درخواست پر لکھا گیا۔
sar-left-out = شامل نہیں: دوسرے لوگوں کی تفصیلات (گھرانے کے دوسرے افراد گنے جاتے ہیں، ان کے نام نہیں لکھے جاتے)، اور حفاظتی خدشات، جن کا فیصلہ حفاظتی ذمہ دار الگ سے کرتا ہے۔
sar-details = ان کی تفصیلات
sar-household = گھرانہ
sar-household-others = { $count ->
    [one] ہاں، { $count } اور شخص کے ساتھ
   *[other] ہاں، { $count } اور لوگوں کے ساتھ
}
sar-consent = رضامندی، ہر تبدیلی
sar-visits = ملاقاتیں
sar-referrals = رہنمائی اور ریفرل
sar-bookings = ترجمان کی بکنگز
sar-key-dates = اہم تاریخیں
sar-support = دی گئی مدد
sar-audit = کس نے ان کا ریکارڈ دیکھا یا بدلا
sar-nothing = کچھ نہیں۔
sar-bad-reference = یہ حوالہ کوڈ نہیں (ان کے صفحے پر لکھے حروف اور ہندسے)۔
sar-written = لکھا گیا: { $file } (اور پروگراموں کے لیے { $json })۔
sar-box-title = ان کے بارے میں ہمارے پاس سب کچھ (رسائی کا حق)
sar-box-hint = دستاویز اس فائل میں جاتی ہے (اگر نام .html پر ختم ہو تو HTML)، اور یہی JSON کی صورت میں اس کے ساتھ۔ اسے محفوظ طریقے سے انہیں دیں، پھر مٹا دیں۔
key-subject-access = رسائی کا حق

## Data life cycle: erasure on request.

key-erase = درخواست پر مٹائیں…
erase-reason-title = { $reference } کو مٹائیں: کیوں؟
erasure-reason-asked = انہوں نے اپنا ڈیٹا مٹانے کی درخواست کی
erasure-reason-consent = انہوں نے رضامندی واپس لے لی اور ریکارڈ ہٹانے کو کہا
erasure-reason-not-needed = اب ریکارڈ کی ضرورت نہیں
erasure-reason-error = ریکارڈ غلطی سے، یا کسی قانونی بنیاد کے بغیر بنایا گیا
erasure-reason-other = کوئی اور وجہ
erase-question = کیا { $name } ({ $reference }) کو ہمیشہ کے لیے مٹا دیں؟ وجہ: { $reason }۔ یہ واپس نہیں ہو سکتا۔
erase-detail-goes = مٹ جاتا ہے: ان کی تفصیلات، رضامندی کی ہر تبدیلی، اور ان کی ملاقاتوں، ریفرل، بکنگز، اہم تاریخوں اور دی گئی مدد کے نوٹس۔ اب کوئی انہیں ڈھونڈ نہیں سکے گا۔
erase-detail-stays = باقی رہتا ہے: ان کی ملاقاتیں اور ریفرل، بے نام گنتی کے طور پر، تاکہ رپورٹیں نہ بدلیں۔ حفاظتی خدشات جیسے ہیں ویسے ہی رکھے جاتے ہیں۔
erase-detail-backups = اب سے پہلے بنے بیک اپ میں یہ ریکارڈ تب تک رہتا ہے جب تک ان کی جگہ نئے بیک اپ نہ آ جائیں۔
erase-yes = ہمیشہ کے لیے مٹائیں
status-person-erased = { $reference } مٹا دیا گیا: اب ان کے بارے میں کچھ نہیں پڑھا جا سکتا۔
erase-refused-household = پہلے انہیں ان کے گھرانے سے نکالیں (ان کے صفحے پر h)، پھر مٹائیں۔
erase-refused-rotating = ڈیٹا کی کلید بدل رہی ہے: پہلے وہ کام مکمل کریں، پھر مٹائیں۔
erase-refused-erased = یہ ریکارڈ پہلے ہی مٹایا جا چکا ہے۔
erase-cli-bad-reason = نامعلوم وجہ: asked یا withdrew-consent یا not-needed یا in-error یا other استعمال کریں۔
erase-cli-needs-yes = مٹانا واپس نہیں ہو سکتا: مٹانے کے لیے ‎--yes لگائیں۔
anonymised-erased = درخواست پر مٹایا گیا
check-erased-left = ایک مٹائے گئے شخص کی کوئی چیز اب بھی موجود ہے: { $about }
check-erased-key = ایک مٹائے گئے شخص کی کلید اب بھی موجود ہے: { $about }
check-erasure-unfinished = مٹانے کا ایک عمل مکمل نہیں ہوا: اسے مکمل کرنے کے لیے پروگرام دوبارہ کھولیں۔

## Data life cycle: merging duplicates.
key-merge = کسی دوسرے ریکارڈ کے ساتھ ملائیں
key-undo-merge = آج کا ملاپ واپس لیں
key-merge-now = ملائیں
key-merge-swap = دوسرا رکھیں
merge-title = کسی دوسرے ریکارڈ کے ساتھ ملائیں
merge-find-hint = { $name } ({ $reference }) کا دوسرا ریکارڈ کون سا ہے؟ اس کا حوالہ کوڈ یا کوئی نام لکھیں، پھر Enter سے اسے چنیں۔
merge-find-label = حوالہ یا نام:
merge-none-found = کوئی نہیں ملا۔
merge-visits = { $count ->
    [one] { $count } ملاقات
   *[other] { $count } ملاقاتیں
}
merge-last-visit = آخری { $date } کو
merge-confirm-title = ایک ہی شخص کے دو ریکارڈ ملائیں
merge-keep = رکھیں:
merge-merged-in = ملائیں:
merge-explain = { $other } کی ہر چیز { $reference } میں چلی جاتی ہے: ملاقاتیں، ریفرل، بکنگز، اہم تاریخیں، رضامندی اور گھرانہ۔ جو تفصیلات { $reference } میں نہیں ہیں وہ { $other } سے لی جاتی ہیں، اور اس کے بعد { $other } صرف { $reference } تک لے جاتا ہے۔ آج اسے واپس لیا جا سکتا ہے۔
merge-choices = Enter: ملائیں · Space: اس کے بجائے { $other } رکھیں · Esc: واپس
merge-save-edit = تبدیلیاں جیسی ہیں ویسی محفوظ کریں
merge-into = { $person } کے ساتھ ملائیں
merge-into-hint = ملانے سے پہلے سے موجود ریکارڈ رہتا ہے: جو لکھا گیا وہ اس کی خالی تفصیلات بھر دیتا ہے۔ آج اسے واپس لیا جا سکتا ہے۔
merge-done = { $visits ->
    [one] { $other } کو { $reference } میں ملا دیا گیا؛ { $visits } ملاقات منتقل ہوئی۔ آج اسے واپس لیا جا سکتا ہے۔
   *[other] { $other } کو { $reference } میں ملا دیا گیا؛ { $visits } ملاقاتیں منتقل ہوئیں۔ آج اسے واپس لیا جا سکتا ہے۔
}
merge-undone = ملاپ واپس لے لیا گیا: { $other } اور { $reference } پھر سے الگ ریکارڈ ہیں۔
merge-undo-question = { $other } کا { $reference } میں آج کا ملاپ واپس لیں؟ دونوں ریکارڈ پہلے جیسے ہو جائیں گے؛ تب سے { $reference } میں جو شامل کیا گیا وہ اسی میں رہے گا۔
merge-undo-yes = ملاپ واپس لیں
merge-redirected = { $other } کو اس ریکارڈ ({ $reference }) میں ملا دیا گیا تھا۔
merge-error-same = کسی ریکارڈ کو خود اسی کے ساتھ نہیں ملایا جا سکتا۔
merge-error-anonymised = { $reference } بے نام ہو چکا ہے: اسے ملایا نہیں جا سکتا۔
merge-error-merged = { $reference } پہلے ہی کسی دوسرے ریکارڈ میں ملایا جا چکا ہے۔
merge-error-households = یہ دو مختلف گھرانوں میں ہیں: پہلے ان میں سے ایک کو اس کے گھرانے سے نکالیں۔
merge-undo-none = ان ریکارڈز کا کوئی ملاپ نہیں جسے واپس لیا جائے۔
merge-undo-expired = ملاپ صرف اسی دن واپس لیا جا سکتا ہے جس دن کیا گیا ہو۔
merge-undo-kept-merged = اس کے بعد یہ ریکارڈ { $reference } میں ملا دیا گیا: پہلے وہ ملاپ اس کے صفحے پر واپس لیں۔
merge-undo-household-changed = ملاپ کے بعد ان کا گھرانہ بدل گیا، اس لیے ملاپ اب واپس نہیں لیا جا سکتا۔
person-merged-today = آج ملایا گیا
person-merged-today-value = { $references } (u: واپس لیں)
audit-merged = { $what } کو { $person } میں ملایا
audit-unmerged = { $what } کا { $person } میں ملاپ واپس لیا
check-merge-pointer = ملایا گیا ایک ریکارڈ ایسے ریکارڈ کی طرف اشارہ کرتا ہے جو موجود نہیں: { $about }
