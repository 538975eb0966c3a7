# DRAFT: machine-drafted, not yet checked by a native speaker.
# dropin — Arabic (Modern Standard Arabic). Translated from en-GB, which
# is the source locale: this file has exactly the same message ids.

## Screens
screen-today = اليوم
screen-people = الأشخاص
screen-settings = الإعدادات

## Keys (labels in the footer, help and action menus)
key-new-visit = زيارة جديدة
key-mark-seen = قيد المقابلة
key-mark-done = انتهت
key-mark-left = ذهب قبل دوره
key-mark-waiting = إعادة إلى الانتظار
key-open-person = فتح ملف الشخص
key-new-person = شخص جديد
key-new-visit-for-person = زيارة جديدة لهذا الشخص
key-edit-person = تعديل بيانات الشخص
key-search = بحث
key-back = رجوع
key-save = حفظ
key-cancel = إغلاق
key-next-field = الحقل التالي
key-prev-field = الحقل السابق
key-choose = اختيار
key-toggle = تحديد / تغيير
key-up = أعلى
key-down = أسفل
key-left = يسار
key-right = يمين
key-page-up = صفحة للأعلى
key-page-down = صفحة للأسفل
key-home = الأول
key-end = الأخير
key-menu = الإجراءات
key-go-today = انتقال إلى «اليوم»
key-go-people = انتقال إلى «الأشخاص»
key-go-settings = انتقال إلى «الإعدادات»
key-help = مساعدة
key-language = اللغة
key-quit = خروج

## Today
today-counts = في الانتظار: { $waiting } · قيد المقابلة: { $seen } · انتهت: { $done } · غادروا: { $left }
today-empty = لا أحد في قائمة الانتظار بعد. اضغط Ctrl+N لتسجيل زيارة.
col-ref = رمز
col-name = الاسم
col-arrived = وصول
col-waiting = مدة
col-needs = الاحتياجات
col-state = الحالة
col-born = مواليد
col-last-visit = آخر زيارة
col-date = التاريخ
col-language = اللغة
col-interpreting = الترجمة
anonymous-walk-in = زائر بدون اسم

## Visit states
state-waiting = في الانتظار
state-being-seen = قيد المقابلة
state-done = انتهت
state-left = ذهب قبل دوره

## Need domains (Home Office Indicators of Integration)
domain-work = العمل
domain-education = التعليم
domain-housing = السكن
domain-health = الصحة والرعاية الاجتماعية
domain-leisure = الترفيه وأوقات الفراغ
domain-social-bonds = الروابط الاجتماعية
domain-social-bridges = الجسور الاجتماعية
domain-social-links = الصلات الاجتماعية
domain-language = اللغة والتواصل
domain-culture = الثقافة
domain-digital = المهارات الرقمية
domain-safety = الأمان
domain-stability = الاستقرار
domain-rights = الحقوق والمسؤوليات
domain-work-short = عمل
domain-education-short = تعليم
domain-housing-short = سكن
domain-health-short = صحة
domain-leisure-short = ترفيه
domain-social-bonds-short = روابط
domain-social-bridges-short = جسور
domain-social-links-short = صلات
domain-language-short = لغة
domain-culture-short = ثقافة
domain-digital-short = رقمي
domain-safety-short = أمان
domain-stability-short = استقرار
domain-rights-short = حقوق

## Interpreting
interpreting-none = بدون
interpreting-volunteer = متطوع
interpreting-phone = عبر الهاتف
interpreting-professional = مترجم محترف محجوز
interpreting-family = قريب أو صديق
poor-practice = ممارسة غير سليمة: احجز مترجمًا في المرة القادمة

## People
people-search-label = ابحث بالاسم أو الرمز:
people-hint = اكتب بعض أحرف الاسم، أو رمز الشخص.
people-none = لم يُعثر على أحد. اضغط Ctrl+N لإضافة شخص جديد.
person-no-visits = لا توجد زيارات بعد.

## Forms
form-new-visit = زيارة جديدة
form-new-person = شخص جديد
form-edit-person = تعديل بيانات الشخص
field-visit-person = الشخص
field-visit-needs = الاحتياجات
field-visit-language = اللغة المستخدمة
field-visit-interpreting = الترجمة
field-visit-notes = ملاحظة
field-name = الاسم
field-year-of-birth = سنة الميلاد
field-gender = الجنس
field-gender-other = بتعبير الشخص نفسه
field-country = بلد الأصل
field-first-language = اللغة الأولى
field-other-languages = لغات أخرى
field-english-level = الإنجليزية
field-needs-interpreter = يحتاج إلى مترجم
field-interpreter-gender = جنس المترجم
field-immigration-status = وضع الهجرة
field-phone = الهاتف
field-notes = ملاحظات
field-consent = الموافقة
consent-keep-record = يوافق الشخص على أن نحتفظ بسجل عنه
consent-given-on = وافق على حفظ سجل بتاريخ { $date }
consent-withdrawn-on = سحب موافقته بتاريخ { $date }
picker-new-person = شخص جديد «{ $name }»
picker-last-visit = آخر زيارة { $date }
needs-filter = اكتب للتصفية:
needs-no-match = لا يوجد احتياج يطابق ما كتبته.
hint-language-pick = ↑ ↓ ثم Enter للاختيار
prefilled-last-visit = كما في الزيارة السابقة
value-none = —
value-not-recorded = غير مسجل
value-yes = نعم
value-no = لا

## Values
gender-woman = امرأة
gender-man = رجل
gender-non-binary = غير ثنائي
gender-another-way = بطريقة أخرى
gender-prefer-not = يفضّل عدم الإجابة
pref-woman = مترجمة (امرأة)
pref-man = مترجم (رجل)
pref-none = لا تفضيل
status-asylum-seeker = طالب لجوء
status-refugee = لاجئ (لديه إذن بالبقاء)
status-refused = طالب لجوء رُفض طلبه
status-nrpf = لا يحق له الحصول على الأموال العامة (NRPF)
status-other = وضع آخر
status-settled = بريطاني أو لديه إقامة دائمة
status-unknown = غير معروف
status-prefer-not = يفضّل عدم الإجابة
english-none = لا يتحدثها
english-basic = أساسية
english-intermediate = متوسطة
english-fluent = بطلاقة

## Errors next to fields
error-empty = لا يمكن ترك هذا الحقل فارغًا.
error-too-long = النص طويل جدًا: الحد الأقصى لعدد الأحرف هو { $max }.
error-year-range = اكتب سنة من { $min } إلى { $max }.
error-not-a-year = اكتب السنة بأربعة أرقام، مثل 1990.
error-phone = استخدم الأرقام والمسافات والأقواس والرمزين + و - فقط (6 أرقام على الأقل).
error-consent = إذا لم يوافق الشخص على حفظ سجل عنه، فسجّل الزيارة باسم «زائر بدون اسم».
error-person-missing = اختر شخصًا، أو شخصًا جديدًا، أو «زائر بدون اسم».
error-auto-lock = أدخل عدد دقائق من 1 إلى 60.
role-volunteer = متطوع
role-coordinator = منسق
error-password-short = 10 أحرف على الأقل من فضلك (بضع كلمات معًا يسهل تذكرها).
error-password-long = هذه أطول من اللازم: 200 حرف على الأكثر.
error-password-mismatch = كلمتا السر غير متطابقتين.
error-time-zone = منطقة زمنية لا يعرفها dropin. استخدم اسمًا مثل Europe/London.

## Status line
status-visit-saved = تم حفظ زيارة { $name }.
status-person-saved = تم حفظ { $name }.
status-settings-saved = تم حفظ الإعدادات.
status-fix-errors = لم يتم الحفظ: يرجى تصحيح الحقول المعلَّمة.
status-cannot-move = لا يمكن تغيير حالة الزيارة من «{ $from }» إلى «{ $to }».
status-close-form-first = احفظ النموذج أو أغلقه أولًا (Ctrl+S أو Esc).

## Confirmations
confirm-title = يرجى التأكد
confirm-quit-unsaved = في أحد النماذج تغييرات غير محفوظة. هل تريد الخروج على أي حال؟
confirm-quit = الخروج دون حفظ
confirm-keep-editing = متابعة التعديل
confirm-discard = هل تريد إغلاق هذا النموذج وفقدان ما كتبته؟
confirm-discard-yes = إغلاق وفقدان التغييرات
confirm-duplicate = قد يكون هذا الشخص مسجلًا من قبل:
confirm-save-anyway = حفظ كشخص جديد
confirm-go-back = رجوع

## Overlays
help-title = المفاتيح
help-more = ↑ ↓ للمزيد
menu-title = الإجراءات
language-title = اللغة
language-draft = مسودة

## Settings
field-centre-name = اسم المركز
field-time-zone = المنطقة الزمنية
field-language = اللغة على هذا الحاسوب
field-rtl-visual = ترتيب النص من اليمين إلى اليسار (أوقفه إذا كانت الطرفية تفعل ذلك بنفسها)
field-native-digits = الأرقام بأرقام لغتي
settings-digits-none = (هذه اللغة تكتب 0–9)
field-shaping = وصل الحروف العربية
shaping-auto = تلقائي
shaping-on = مفعّل
shaping-off = متوقف (الطرفية تصل الحروف)
shaping-now-on = الوصل مفعّل الآن
shaping-now-off = الوصل متوقف الآن
settings-screen-reader = هل تستخدم قارئ شاشة؟ أوقف «ترتيب النص من اليمين إلى اليسار» و«وصل الحروف العربية» كليهما: قارئ الشاشة يقرأ الشاشة من اليسار إلى اليمين، فالنص الذي يرتّبه dropin من اليمين إلى اليسار سيُقرأ معكوسًا.
language-console-cannot = هذه الشاشة (طرفية لينكس) لا تستطيع عرض الحروف العربية أو الإثيوبية. لاستخدام هذه اللغة افتح dropin في نافذة طرفية على سطح المكتب.
language-console-note = لا يمكن عرضها هنا
field-auto-lock = قفل الشاشة بعد هذا العدد من دقائق عدم النشاط (1–60)
settings-hint = Tab للتنقل بين الحقول، Space لتغيير الاختيار، Ctrl+S للحفظ.

## Whole-screen messages
too-small = يرجى تكبير النافذة: يحتاج dropin إلى { $width } عمودًا و{ $height } صفًا على الأقل (الحجم الآن { $current_width }×{ $current_height }).

## Store errors
crash-message = توقف dropin بسبب خلل في البرنامج. كل ما حُفظ من قبل آمن. يرجى تشغيله من جديد وإبلاغ المنسق.
store-already-open = برنامج dropin مفتوح بالفعل على هذا الحاسوب. أغلقه أولًا، أو نفّذ الإجراء نفسه من داخل البرنامج المفتوح.
store-newer-schema = كُتبت هذه البيانات بإصدار أحدث من dropin. لم يتغير شيء. ثبّت ذلك الإصدار الأحدث (أو إصدارًا أحدث منه) لفتحها، أو استرجع نسخة احتياطية صنعها هذا الإصدار: dropin restore FILE --volunteer NAME --force (تُنقل البيانات الموجودة هنا جانبًا ولا تُحذف).
store-corrupt = البيانات تالفة ولا يمكن قراءتها. لم يتغير شيء. استرجع أحدث نسخة احتياطية: dropin restore FILE --volunteer NAME --force (تُنقل البيانات التالفة جانبًا ولا تُحذف).
store-lost-writes = البيانات أقدم من آخر حفظ: عمليات الحفظ من { $first } إلى { $last } مفقودة. لم يتغير شيء. استرجع أحدث نسخة احتياطية: dropin restore FILE --volunteer NAME --force (تُنقل البيانات الموجودة هنا جانبًا ولا تُحذف)، ثم أدخل من جديد ما حُفظ بعدها.
store-lost-write = البيانات أقدم من آخر حفظ: عملية الحفظ { $last } مفقودة. لم يتغير شيء. استرجع أحدث نسخة احتياطية: dropin restore FILE --volunteer NAME --force (تُنقل البيانات الموجودة هنا جانبًا ولا تُحذف)، ثم أدخل من جديد ما حُفظ بعدها.
store-latest-backup = أحدث نسخة احتياطية هي { $file }
store-read-only = لا يستطيع dropin الكتابة في مجلد بياناته. ما حُفظ من قبل سليم. اجعل المجلد قابلًا للكتابة من جديد (أو أعد إدخال القرص)، ثم حاول مرة أخرى.
store-disk-full = القرص ممتلئ: لم يُحفظ التغيير الأخير. ما حُفظ من قبل سليم. أفرغ بعض المساحة، ثم احفظ مرة أخرى.
store-io = تعذّرت قراءة البيانات أو كتابتها. لم يُحفظ شيء.
store-not-found = هذا السجل لم يعد موجودًا.
store-bad-transition = هذا التغيير غير ممكن لهذه الزيارة.
store-consent-required = لا يمكن الاحتفاظ بسجل إلا بموافقة الشخص.
store-backup-damaged = ملف النسخة الاحتياطية تالف أو تم تغييره: لا يمكن استخدامه. لم يتغير شيء.
store-not-empty = هذا المجلد يحتوي على بيانات. اختر مجلدًا فارغًا، أو استخدم --force لنقل البيانات الحالية جانبًا أولًا.
store-not-allowed = هذا الإجراء متاح للمنسق فقط.
store-not-signed-in = يرجى تسجيل الدخول أولًا.
store-wrong-password = كلمة السر غير صحيحة. تحقق من الاسم وحاول مرة أخرى.
store-sign-in-wait = محاولات خاطئة كثيرة. يرجى الانتظار { $seconds } ثانية ثم المحاولة من جديد.
store-rotation-unfinished = توقّف تغيير مفتاح البيانات قبل أن يكتمل. سجّل الدخول إلى dropin لإكماله، ثم حاول مرة أخرى.
crypto-undecryptable = تعذر فتح سجل: إنه تالف أو تم تغييره خارج dropin. استعد أحدث نسخة احتياطية.
crypto-truncated = سجل ناقص: إنه تالف. استعد أحدث نسخة احتياطية.
crypto-unknown-version = كُتب سجل بإصدار أحدث من dropin. يرجى استخدام الإصدار الأحدث.
crypto-too-long = السجل أكبر من أن تتم حمايته. لم يُحفظ شيء.
crypto-kdf = تعذر التحقق من كلمة السر على هذا الحاسوب (ذاكرة غير كافية؟).
crypto-bad-recovery-key = هذا ليس مفتاح استرداد: تحقق من كل مجموعة أحرف وأرقام.
crypto-random = تعذر على هذا الحاسوب إنشاء مفتاح عشوائي آمن.

## Set-up, sign-in, lock
key-lock = قفل الشاشة
setup-title = مرحبًا بك في dropin
setup-intro = أولًا، اسم المركز وأول منسق، وهو من سيضيف بقية المتطوعين.
setup-your-name = اسمك
field-password = كلمة السر
field-password-again = كلمة السر مرة أخرى
setup-hint = 10 أحرف على الأقل: بضع كلمات تتذكرها. Tab للانتقال، Ctrl+S للإنهاء.
recovery-title = مفتاح الاسترداد الخاص بك
recovery-intro = إذا نُسيت كل كلمات السر يومًا، فهذا المفتاح هو الطريق الوحيد للعودة إلى البيانات. يُعرض الآن فقط.
recovery-keep = اكتبه أو اطبعه واحفظه في مكان مقفل بعيدًا عن هذا الحاسوب.
recovery-continue = اضغط Enter بعد أن تكتبه في مكان آمن.
signin-title = تسجيل الدخول
lock-title = الشاشة مقفلة — سجّل الدخول للمتابعة
signin-name = اسمك
signin-hint-name = اكتب اسمك أو اختره، ثم Enter.
signin-hint-password = اكتب كلمة السر ثم Enter. Esc لاختيار اسم آخر.
signin-welcome = تم تسجيل الدخول باسم { $name }.
status-draft-lost = تعذّر استرجاع نموذجك غير المحفوظ من قبل القفل؛ يرجى البدء به من جديد.
signin-demo = عرض تجريبي: { $coordinator } (منسق) و{ $volunteer } (متطوع) يستخدمان كلمة السر { $password }

## Signing in with the recovery key
key-use-recovery-key = استخدام مفتاح الاسترداد
recovery-signin-title = تسجيل الدخول بمفتاح الاسترداد
recovery-signin-intro = عندما تُنسى كلمات سر جميع المنسقين: اكتب مفتاح الاسترداد الذي كُتب عند إعداد dropin. المتطوع الذي نسي كلمة سره وحده يمكنه أن يطلب من منسق كلمة سر جديدة.
field-recovery-key = مفتاح الاسترداد
recovery-signin-hint = المسافات والشرطات لا تهم. Enter لتسجيل الدخول، Esc للرجوع.
recovery-wrong-key = هذا المفتاح لا يفتح بيانات هذا المركز. قارنه بالنسخة المكتوبة، مجموعةً بعد مجموعة.
recovery-password-title = اختر كلمة سر جديدة
recovery-password-intro = فتح مفتاح الاسترداد البيانات، وأنت الآن مسجّل الدخول باسم { $name }. اختر كلمة سر جديدة لنفسك قبل المتابعة: بها ستسجّل الدخول من الآن فصاعدًا.
recovery-password-hint = 10 أحرف على الأقل: بضع كلمات تتذكرها. Tab للانتقال، Enter أو Ctrl+S للحفظ. Esc لتسجيل الخروج دون كلمة سر جديدة.
status-recovered = تم تعيين كلمة سرك. لكلمات سر المتطوعين الآخرين: الإعدادات ← المتطوعون (F8).

## dropin check
check-person-unreadable = تعذر فتح سجل شخص: { $about }
check-visits-unreadable = تعذر فتح زيارات يوم: { $about }
check-visit-unlisted = زيارة غير مدرجة في صفحة صاحبها: { $about }
check-visit-missing = صفحة شخص تذكر زيارة غير موجودة: { $about }
check-card-wrong = بحث الأشخاص يحمل اسمًا أو هاتفًا قديمًا لـ { $about }
check-card-missing = بحث الأشخاص لا يجد { $about }
check-cards-unreadable = تعذر فتح جزء من بيانات بحث الأشخاص: { $about }
check-audit-broken = تم تغيير سجل التدقيق: { $about }
check-all-well = كل السجلات تُفتح ومتطابقة، وسجل التدقيق سليم.

## Volunteers
key-new-volunteer = متطوع جديد
key-change-password = كلمة سري
key-reset-password = تعيين كلمة سر جديدة
key-deactivate = إيقاف الحساب
field-role = الدور
form-new-volunteer = متطوع جديد
form-reset-password = كلمة سر جديدة
form-own-password = تغيير كلمة سري
volunteer-reset-for = كلمة سر جديدة لـ { $name }
volunteer-inactive = موقوف
settings-volunteers = المتطوعون (Ctrl+O على اسم: كلمة سر جديدة، إيقاف)
status-volunteer-added = تمت إضافة المتطوع.
status-password-reset = تم تعيين كلمة السر. أخبره بها شخصيًا، لا كتابةً.
status-password-changed = تم تغيير كلمة سرك.
status-volunteer-deactivated = تم إيقاف المتطوع: كلمة سره لم تعد تفتح شيئًا.
confirm-deactivate = إيقاف حساب { $name }؟ لن تفتح كلمة سره شيئًا بعد الآن.
confirm-deactivate-yes = إيقاف
key-rotate-key = تغيير مفتاح البيانات
confirm-rotate-key = تغيير مفتاح البيانات الآن؟
confirm-rotate-key-why = افعل ذلك بعد إيقاف حساب متطوع، أو إذا كان من الممكن أن تكون البيانات قد نُسخت: عندها لن تفتح النسخ القديمة من المفاتيح المتبقية على القرص شيئًا. يحتفظ الجميع بكلمات سرهم، ويبقى مفتاح الاسترداد صالحًا.
confirm-rotate-key-backups = يستغرق ذلك من ثوانٍ إلى بضع دقائق، ولا يمكن لأحد استخدام dropin خلالها. النسخ الاحتياطية السابقة تُفتح بالمفتاح القديم: اصنع نسخة جديدة بعد ذلك.
confirm-rotate-key-yes = تغيير المفتاح
work-rotation-title = جارٍ تغيير مفتاح البيانات
work-rotation-what = يُعاد قفل كل سجل بمفتاح جديد.
work-rotation-progress = { $done } من { $total } سجلًا
work-rotation-safe = يمكنك الخروج (Ctrl+Q) في أي لحظة: سيُستكمل عند تسجيل الدخول التالي.
status-key-rotated = تم تغيير مفتاح البيانات. اصنع نسخة احتياطية جديدة الآن (Ctrl+B): النسخ الأقدم تُفتح بالمفتاح القديم.
status-key-rotation-stopped = توقف تغيير مفتاح البيانات: { $why } سيُستكمل عند تسجيل الدخول التالي.

## Backups in the program
key-backup-now = نسخ احتياطي الآن
field-backup-dir = مجلد النسخ الاحتياطي (ذاكرة USB؛ فارغ: بلا نسخ يومي)
field-backups-kept = عدد النسخ المحفوظة هناك
error-backups-kept = أدخل رقمًا من 1 إلى 365.
status-backup-made = تم حفظ النسخة الاحتياطية: { $file }
store-no-backup-folder = مجلد النسخ الاحتياطي غير محدد أو غير موجود. هل ذاكرة USB موصولة؟ حدده في الإعدادات F8.

## Audit log
audit-title = سجل التدقيق
audit-filter = تصفية (رمز، أو اسم متطوع، أو تاريخ YYYY-MM-DD)، ثم Enter:
audit-none = لا توجد قيود مطابقة.
audit-signed-in = سجّل الدخول
audit-signed-out = سجّل الخروج
audit-sign-in-failed = أُدخلت كلمة سر خاطئة
audit-viewed-person = اطّلع على { $person }
audit-created-person = أضاف { $person }
audit-edited-person = عدّل { $person }: { $fields }
audit-created-visit = سجّل الزيارة { $visit } لـ { $person }
audit-edited-visit = غيّر الزيارة { $visit }: { $fields }
audit-exported = صدّر { $what }
audit-erased = محا { $person }
audit-volunteer-added = أضاف متطوعًا
audit-volunteer-changed = غيّر بيانات متطوع
audit-key-rotated = غيّر مفتاح البيانات
audit-backup-made = أنشأ نسخة احتياطية
audit-restored = استعاد نسخة احتياطية
audit-recovery-key-used = سجّل الدخول بمفتاح الاسترداد
audit-service-saved = أضاف خدمة أو عدّلها
audit-directory-imported = استورد خدمات (Open Referral)
audit-referred = أرشد شخصًا إلى خدمة أو أحاله إليها
audit-followed-up = سجّل نتيجة إحالة
audit-interpreter-saved = أضاف مترجمًا أو عدّل بياناته
audit-booking-saved = حجز مترجمًا أو عدّل حجزًا
audit-field-name = الاسم
audit-field-year-of-birth = سنة الميلاد
audit-field-gender = الجنس
audit-field-country = البلد
audit-field-first-language = اللغة الأولى
audit-field-other-languages = لغات أخرى
audit-field-english-level = الإنجليزية
audit-field-needs-interpreter = يحتاج إلى مترجم
audit-field-interpreter-gender = جنس المترجم
audit-field-immigration-status = وضع الهجرة
audit-field-phone = الهاتف
audit-field-notes = الملاحظات
audit-field-consent = الموافقة
audit-field-visit-state = الحالة
audit-field-needs = الاحتياجات
audit-field-language = اللغة
audit-field-interpreting = الترجمة
audit-field-visit-notes = ملاحظة
audit-broken-edited = تم تعديل قيد
audit-broken-missing = قيد مفقود
audit-broken-out-of-order = القيود ليست بالترتيب
key-audit-log = سجل التدقيق

## Signposting and referral
referral-kind-signposted = إرشاد
referral-kind-referred = إحالة
referral-needs-consent = تحتاج الإحالة إلى موافقة الشخص على مشاركة بياناته مع الخدمة. اسأله أولًا.
referral-needs-follow-up = تحتاج الإحالة إلى تاريخ متابعة، اليوم أو بعده.
outcome-pending = قيد الانتظار
outcome-attended = حضر
outcome-not-attended = لم يحضر
outcome-declined = رفض
outcome-unknown = غير معروف

## F6 Follow-ups
screen-follow-ups = المتابعات
key-go-follow-ups = الانتقال إلى المتابعات
key-outcome-attended = حضر
key-outcome-not-attended = لم يحضر
key-outcome-declined = رفض
key-outcome-unknown = غير معروف
key-outcome-pending = لا تزال قيد الانتظار (تاريخ جديد)
key-close-visit-done = إغلاق الزيارة: انتهت
key-close-visit-left = إغلاق الزيارة: ذهب قبل دوره
follow-ups-counts = إحالات للمتابعة: { $referrals } · زيارات بقيت مفتوحة: { $visits } · حجوزات للإغلاق: { $bookings }
follow-ups-empty = لا شيء للمتابعة. تظهر الإحالات هنا في تاريخ متابعتها، وتظهر هنا أيضًا زيارات الأيام السابقة التي بقيت في قائمة الانتظار، وكذلك حجوزات المترجمين التي مضى وقتها وما زالت مفتوحة.
follow-ups-referral = إحالة: { $service }
follow-ups-visit = زيارة بقيت مفتوحة ({ $state })
col-due = الموعد
col-days-late = التأخير
col-what = ماذا
status-outcome-recorded = سُجّلت النتيجة: { $outcome }.
status-follow-up-put-off = لا تزال قيد الانتظار: تابِع مجددًا في { $date }.
status-visit-closed = أُغلقت الزيارة.
status-not-a-referral = هذا السطر زيارة: d لإغلاقها بحالة «انتهت»، l بحالة «ذهب قبل دوره».
status-not-a-visit = هذا السطر إحالة: a حضر، n لم يحضر، x رفض، u غير معروف، p لا تزال قيد الانتظار.
person-referral-pending = متابعة { $date }
col-kind = النوع
col-service = الخدمة
col-outcome = النتيجة

## Directory
field-stale-months = تمييز خدمات الدليل التي لم يُتحقق منها منذ هذا العدد من الأشهر (1–60)
error-stale-months = اكتب عدد أشهر من 1 إلى 60.

## Signposting and referral form
form-referral = إرشاد أو إحالة: { $name }
field-service = الخدمة
field-referral-kind = إرشاد أم إحالة
field-consent-to-share = الموافقة
field-follow-up = المتابعة في
referral-consent-question = يوافق على مشاركة بياناته مع هذه الخدمة
referral-no-service-found = لا توجد خدمة مطابقة. جرّب أحرفًا أقل أو كلمة أخرى.
key-refer = إرشاد أو إحالة
status-refer-whom = اختر زيارة لشخص معروف (لا زائرًا مجهولًا)، أو افتح صفحته، لإرشاده أو إحالته.
status-directory-empty = لا يحتوي الدليل على خدمة فعّالة بعد (F4).
error-choose-service = اختر خدمة: اكتب بضعة أحرف، ثم ↑ ↓ وEnter.
status-signposted = أُرشد { $name } إلى { $service }.
status-referred = أُحيل { $name } إلى { $service }: ستظهر في F6 في تاريخ المتابعة.

## Open Referral import and export (dropin import hsds, dropin export hsds)
import-progress = قراءة الدليل
import-summary = استيراد Open Referral — أُضيف: { $added }، حُدّث: { $updated }، دون تغيير: { $unchanged }، مرفوض: { $rejected }.
import-rejected = { $place } — { $reason }
import-more-rejected = { $count ->
        [one] …وصفّ مرفوض آخر غير مدرج هنا.
        [two] …وصفّان مرفوضان آخران غير مدرجين هنا.
        [few] …و{ $count } صفوف مرفوضة أخرى غير مدرجة هنا.
        [many] …و{ $count } صفًّا مرفوضًا آخر غير مدرج هنا.
       *[other] …و{ $count } صفّ مرفوض آخر غير مدرج هنا.
    }
import-at-line = { $file }، السطر { $line }
import-at-item = { $file }، { $item }
import-at-file = الملف { $file }
import-reason-not-utf8 = النص في «{ $column }» ليس UTF-8 صالحًا
import-reason-fields = في الصف { $found } خانات بينما في العنوان { $expected }
import-reason-json = ليس JSON صالحًا (من السطر { $line }، العمود { $column })
import-reason-too-large = الملف أكبر من أن يُقرأ بصيغة JSON ({ $mib } ميبيبايت)؛ استورد حزمة CSV بدلًا منه
import-reason-missing = «{ $column }» فارغ
import-reason-too-long = «{ $column }» أطول من اللازم
import-reason-duplicate = المعرّف «{ $id }» مستخدم من قبل في السطر { $first }
import-reason-no-organisation = جهته «{ $id }» غير موجودة في الدليل
import-reason-no-organisation-id = لا يذكر أي جهة
import-reason-organisation-rejected = رُفضت جهته (السطر { $line })
import-reason-part-rejected = رُفض صف تابع له في { $file }، السطر { $line }
import-error-not-found = لا يوجد شيء في { $path }.
import-error-not-hsds = { $path } ليس حزمة CSV من Open Referral (مجلدًا فيه datapackage.json) ولا JSON.
import-error-datapackage = { $file } ليس وصف حزمة بيانات صالحًا (السطر { $line }). لم يُستورد شيء.
import-error-no-table = لا تحتوي الحزمة على الجدول «{ $table }» الذي يحتاجه الاستيراد. لم يُستورد شيء.
import-error-file-missing = يذكر datapackage.json الملف { $file } وهو غير موجود. لم يُستورد شيء.
import-error-unsafe-path = يذكر datapackage.json الملف { $file } خارج مجلد الحزمة: مرفوض. لم يُستورد شيء.
import-error-missing-column = لا يحتوي { $file } على العمود «{ $column }» الذي يحتاجه الاستيراد: رُفض الملف ولم يُستورد شيء.
import-error-read = تعذرت قراءة { $file } ({ $detail }).
import-error-mapping = ملف المطابقة، السطر { $line }: «{ $text }» ليس قاعدة (نمط = مجال، مجال …). لم يُستورد شيء.
import-error-mapping-domain = ملف المطابقة، السطر { $line }: «{ $text }» يذكر مجالًا ليس من المجالات الأربعة عشر. لم يُستورد شيء.
import-error-not-allowed = المنسق وحده يستطيع استيراد الخدمات إلى الدليل.
export-progress = كتابة الدليل
export-done = كُتب في { $dir } { $services ->
        [zero] لا شيء من الخدمات
        [one] خدمة واحدة
        [two] خدمتان
        [few] { $services } خدمات
        [many] { $services } خدمة
       *[other] { $services } خدمة
    } من { $organisations ->
        [zero] لا شيء من الجهات
        [one] جهة واحدة
        [two] جهتين
        [few] { $organisations } جهات
        [many] { $organisations } جهة
       *[other] { $organisations } جهة
    }.
export-error-not-empty = { $dir } ليس فارغًا: اختر مجلدًا جديدًا أو فارغًا.
export-error-write = تعذرت كتابة { $file } ({ $detail }).

## Slip
slip-title = بطاقة (Ctrl+P طباعة · Ctrl+T حفظ كنص · Esc إغلاق)
slip-address = العنوان
slip-phone = الهاتف
slip-opening-times = أوقات العمل
slip-website = الموقع الإلكتروني
slip-email = البريد الإلكتروني
key-print-slip = طباعة
key-save-slip = حفظ كملف نصي
field-printer = طابعة البطاقات (فارغ: حفظ كنص)
status-slip-saved = حُفظت البطاقة في { $file }.
status-slip-not-saved = تعذّر حفظ البطاقة: { $why }
status-slip-printed = أُرسلت البطاقة إلى { $printer }.
status-slip-not-printed = لم تقبل الطابعة { $printer } البطاقة. تحقّق من اسمها في الإعدادات (F8)، أو اضغط t لحفظها كملف نصي.
status-no-printer = لم تُحدَّد طابعة (الإعدادات، F8). اضغط t لحفظ البطاقة كملف نصي.
status-no-lp = تحتاج الطباعة إلى أمر lp في النظام (CUPS)، وهو غير موجود على هذا الحاسوب. اضغط t لحفظ البطاقة كملف نصي.
screen-directory = دليل الخدمات
key-go-directory = انتقال إلى «دليل الخدمات»
key-new-service = خدمة جديدة
key-open-service = فتح الخدمة
key-edit-service = تعديل الخدمة
key-mark-verified = تأكيد التحقق منها اليوم
key-deactivate-service = إيقاف الخدمة
key-reactivate-service = إعادة تفعيل الخدمة
key-filter-domain = التصفية حسب المجال
key-filter-language = التصفية حسب اللغة
key-show-inactive = إظهار الخدمات الموقوفة أو إخفاؤها
directory-search-label = البحث في الخدمات:
directory-filter-domain = المجال: { $domain }
directory-filter-language = اللغة: { $language }
directory-inactive-hidden = الموقوفة مخفية
directory-inactive-shown = الموقوفة ظاهرة
directory-any = الكل
directory-summary = المعروض: { $shown } من { $total } · ⚠ لم يُتحقق منها منذ { $months } شهرًا: { $stale }
directory-empty = الدليل فارغ. يضيف المنسق الخدمات بالمفتاح Ctrl+N.
directory-none = لا توجد خدمة مطابقة. يمسح Esc البحث ثم عوامل التصفية.
directory-inactive = موقوفة
directory-never = أبدًا
directory-domain-title = التصفية حسب المجال
directory-language-title = التصفية حسب اللغة
directory-any-domain = كل المجالات
directory-any-language = كل اللغات
col-organisation = الجهة
col-domains = المجالات
col-checked = التحقق
form-new-service = خدمة جديدة
form-edit-service = تعديل الخدمة
field-organisation = الجهة
field-service-name = اسم الخدمة
field-description = الوصف
field-domains = المجالات
field-address = العنوان
field-postcode = الرمز البريدي
field-email = البريد الإلكتروني
field-website = الموقع الإلكتروني
field-opening-times = أوقات العمل
field-service-languages = اللغات المستخدمة
field-eligibility = لمن هي
field-how-to-refer = طريقة الإحالة
field-service-status = الحالة
field-last-verified = آخر تحقق
field-source = المصدر
service-active = تعمل
service-inactive = موقوفة: غير متاحة حاليًا
service-never-checked = لم يُتحقق منها قط
service-stale = لم يُتحقق منها منذ { $months } شهرًا أو أكثر
service-typed = أُدخلت يدويًا في هذا المركز
service-imported = مستوردة من دليل Open Referral بتاريخ { $date } (معرّفها: { $id })
status-service-saved = تم حفظ { $name }.
status-service-verified = تم تأكيد التحقق من { $name } اليوم.
status-service-deactivated = أصبحت { $name } موقوفة: القائمة تخفيها (Ctrl+T يُظهر الخدمات الموقوفة).
status-service-reactivated = عادت { $name } إلى العمل.
key-show-slip = بطاقة
key-import-directory = استيراد (Open Referral)
import-from-title = استيراد خدمات (Open Referral)
import-from-hint = مجلد فيه datapackage.json وملفات CSV، أو ملف JSON أو مجلد. Enter للاستيراد؛ Esc للرجوع.
import-from-label = المسار:
import-report-title = الاستيراد
put-off-title = لا تزال قيد الانتظار
put-off-hint = تابِع مجددًا في (YYYY-MM-DD). Enter للتأكيد؛ Esc للرجوع.

## Interpreter bookings
booking-bad-duration = يستمر الحجز من دقيقة واحدة إلى 12 ساعة.
booking-interpreter-busy = هذا المترجم محجوز في ذلك الوقت (انظر الحجز المعروض).
booking-interpreter-inactive = هذا المترجم لم يعد فعّالًا.
booking-bad-transition = لا يمكن تغيير حجز في هذه الحالة بهذه الطريقة.
booking-no-show-too-early = لا يمكن تسجيل عدم الحضور إلا بعد بدء الموعد.

## F5 المترجمون: القائمة والحجوزات
booking-person-busy = لدى هذا الشخص حجز آخر في ذلك الوقت (معروض). احفظ مرة أخرى بـ Ctrl+S لحجز الاثنين.
interpreter-incomplete = يحتاج المترجم إلى اسم ولغة واحدة على الأقل.
screen-interpreters = المترجمون
key-go-interpreters = الانتقال إلى المترجمين
key-new-interpreter = مترجم جديد
key-edit-interpreter = تعديل المترجم
key-show-day = اليوم
key-show-week = الأسبوع
key-show-roster = القائمة
key-filter-gender = الجنس
key-filter-mode = الطريقة
key-new-booking = حجز جديد
key-edit-booking = فتح الحجز
key-confirm-booking = تأكيد
key-complete-booking = تمّ
key-cancel-booking = إلغاء الحجز
key-no-show = لم يحضر
key-export-calendar = ملف تقويم (.ics)
key-earlier = السابق
key-later = التالي
key-book-interpreter = حجز مترجم
col-languages = اللغات
form-booking = حجز مترجم
form-booking-edit = الحجز
field-person = الشخص
field-booking-language = اللغة
field-dialect = اللهجة
field-mode = الطريقة
field-appointment = الموعد
field-place = المكان
field-date = التاريخ (YYYY-MM-DD)
field-start = يبدأ (HH:MM)
field-end = ينتهي (HH:MM)
field-interpreter = المترجم
field-cancel-reason = السبب
error-bad-date = اكتب التاريخ بصيغة YYYY-MM-DD، مثل 2026-12-03.
error-bad-time = اكتب الوقت بصيغة HH:MM، مثل 09:30.
error-choose-person = اكتب اسمًا أو رمزًا واختر الشخص بـ Enter.
error-choose-language = اكتب لغة (اسمها أو رمزها) واخترها بـ Enter.
booking-unknown-language = لا توجد لغة بهذا الاسم أو الرمز: اختر واحدة من القائمة بـ Enter.
booking-ends-before-start = يجب أن تكون النهاية بعد البداية.
booking-starts-in-past = يبدأ هذا في الماضي. تحقّق من التاريخ؛ احفظ مرة أخرى بـ Ctrl+S للحجز على أي حال.
booking-cancel-needs-reason = اذكر سبب إلغاء الحجز.
booking-no-interpreter-yet = لا أحد بعد (مطلوب)
booking-nobody-fits-gender = لا أحد في القائمة يوافق الجنس المفضّل لهذه اللغة: يبقى الحجز مطلوبًا.
booking-nobody-speaks = لا أحد في القائمة يتكلم هذه اللغة أو لغة قريبة منها.
miss-related-language = يتكلم { $language } ({ $dialects })، وهي لغة قريبة: اسأل أولًا
miss-other-dialect = لهجات أخرى: { $dialects }
miss-gender = ليس الجنس المفضّل
miss-mode = لا يعمل بهذه الطريقة
miss-busy = محجوز في ذلك الوقت
miss-inactive = لم يعد فعّالًا
status-booking-saved = حُفظ الحجز: { $booking }
status-booking-moved = الحجز الآن { $status }: { $booking }
status-calendar-saved = حُفظ ملف التقويم: { $file }
status-calendar-not-saved = تعذّر حفظ ملف التقويم: { $why }
status-calendar-nothing = لا حجوزات لهذا المترجم هذا الأسبوع.
calendar-summary = مترجم: { $language } — { $appointment }
calendar-reference = الرمز المرجعي: { $reference }
calendar-language = اللغة: { $language }
calendar-mode = الطريقة: { $mode }
calendar-status = الحالة: { $status }
cancel-booking-title = إلغاء الحجز
cancel-booking-hint = Enter يلغي الحجز؛ Esc يبقيه.
mode-in-person = حضوري
mode-phone = هاتف
mode-video = فيديو
interpreter-gender-other = آخر
appointment-gp = طبيب عام
appointment-hospital = مستشفى
appointment-solicitor = محامٍ
appointment-home-office = وزارة الداخلية
appointment-housing = السكن
appointment-school = المدرسة
appointment-council = البلدية
appointment-benefits = الإعانات
appointment-other = أخرى
booking-status-requested = مطلوب
booking-status-confirmed = مؤكَّد
booking-status-completed = تمّ
booking-status-cancelled = ملغى
booking-status-late-cancelled = ملغى متأخرًا
booking-status-no-show = لم يحضر
bookings-day = الحجوزات في { $date } ({ $count }) — ← → يوم آخر
bookings-week = الأسبوع من { $date } ({ $count } حجز) — ← → أسبوع آخر
bookings-requests-count = طلبات لم تُؤكَّد بعد: { $count }
bookings-none = لا حجوزات في هذا اليوم. Ctrl+N لحجز مترجم.
timegrid-legend = [..] █ مؤكَّد  ? مطلوب  · تمّ  ! تعارض  ‹ › خارج 08–18
col-time = الوقت
col-interpreter = المترجم
col-appointment = الموعد
col-status = الحالة
weekday-mon = اثنين
weekday-tue = ثلاثاء
weekday-wed = أربعاء
weekday-thu = خميس
weekday-fri = جمعة
weekday-sat = سبت
weekday-sun = أحد
today-bookings = مترجمون محجوزون اليوم ({ $count }) — F5 لليوم
follow-ups-booking = مترجم { $time } { $appointment }، { $interpreter } ({ $status }): أغلقه
status-not-a-booking = هذا ليس حجز مترجم.

## F5 roster (interpreter form)
col-gender = الجنس
col-modes = الطرق
col-agency = الوكالة
roster-search-label = البحث بالاسم أو اللغة أو اللهجة:
roster-filter-gender = الجنس: { $gender }
roster-filter-mode = الطريقة: { $mode }
roster-any = الكل
roster-shown = المعروض: { $shown } من { $total }
roster-empty = لا يوجد مترجمون في القائمة بعد. يستطيع المنسق إضافتهم.
roster-empty-add = لا يوجد مترجمون في القائمة بعد. اضغط { $key } لإضافة مترجم.
roster-none = لا يوجد مترجم مطابق. يمسح Esc البحث ثم عوامل التصفية.
roster-modes-all = كل الطرق
roster-volunteer = متطوع
roster-inactive = غير فعّال
form-new-interpreter = مترجم جديد
form-edit-interpreter = تعديل المترجم
field-interpreter-languages = اللغات
field-add-language = إضافة لغة
field-modes = طرق الترجمة
field-agency = الوكالة
field-contact = وسيلة التواصل
field-active = فعّال
interpreter-dialects = اللهجات:
interpreter-dialects-hint = افصل بين اللهجات بفواصل؛ يحذف { $key } هذه اللغة.
interpreter-add-language-hint = اكتب اسمها بالإنجليزية أو رمزها (tigr، apd) ثم Enter.
interpreter-agency-empty = فارغ: مترجم متطوع
interpreter-active-note = متاح للحجز
error-no-language = أضف لغة واحدة على الأقل: اكتب جزءًا من اسمها ثم Enter.
error-language-not-found = لا توجد لغة تطابق «{ $typed }». جرّب حروفًا أقل أو رمز اللغة.
status-interpreter-saved = تم حفظ { $name } في قائمة المترجمين.
key-remove-language = حذف هذه اللغة
check-bookings-unreadable = تتعذّر قراءة مجموعة من حجوزات المترجمين: { $about }
check-booking-unlisted = حجز غير موجود في قائمة صاحبه: { $about }
check-booking-missing = قائمة شخص تذكر حجزًا غير موجود: { $about }
check-booking-index = فهرس أوقات المترجمين أو الحجوزات المفتوحة لا يطابق حجزًا: { $about }
check-booking-clash = مترجم في حجزين في الوقت نفسه: { $about }
check-support-unreadable = لا يمكن فتح سجل الدعم المقدَّم في زيارة: { $about }
check-support-orphan = دعم مسجَّل على زيارة غير موجودة أو لا تخص صاحبه: { $about }
check-key-dates-unreadable = تعذّرت قراءة مجموعة من المواعيد المهمة: { $about }
check-key-date-misplaced = موعد مهم محفوظ مع مواعيد شخص آخر: { $about }
check-key-date-reminder = تذكير موعد مهم في F6 مفقود أو زائد: { $about }
cancel-booking-hint-late = أقل من 24 ساعة قبل البدء: إلغاء متأخر. Enter يلغي؛ Esc يبقيه.
booking-cancelled-line = أُلغي في { $date } بواسطة { $who }: { $why }
key-export-week = الأسبوع إلى التقويم (.ics)

## Amounts of money
money-error-empty = اكتب مبلغًا، مثل 12.50 أو ١٢٫٥٠.
money-error-negative = لا يمكن أن يكون المبلغ سالبًا.
money-error-not-a-number = هذا ليس مبلغًا: اكتب الجنيهات والبنسات بالأرقام، مثل 12.50 أو £12.50 أو ١٢٫٥٠.
money-error-too-many-decimals = رقمان على الأكثر بعد الفاصلة العشرية (البنسات)، مثل 12.50.
money-error-two-points = فاصلة عشرية واحدة فقط، مثل 12.50.
money-error-grouping = الفاصلة للفصل بين الآلاف فقط، مثل 1,250.00؛ والبنسات بعد الفاصلة العشرية: 12.50.
money-error-other-currency = المبالغ بالجنيه الإسترليني (£) فقط.
money-error-too-large = هذا المبلغ أكبر من أن يكون صحيحًا: تحقّق من الرقم.

## Support given on a visit
support-kind-food-parcel = طرد غذائي
support-kind-travel-fare = أجرة مواصلات
support-kind-hardship-payment = مساعدة مالية للظروف الصعبة
support-kind-clothing = ملابس
support-kind-phone-top-up = رصيد هاتف
support-kind-other = أخرى
support-error-amount-missing = اكتب المبلغ المُعطى، مثل 12.50 أو ١٢٫٥٠.
support-error-amount-zero = المبلغ صفر: اكتب ما أُعطي، مثل 12.50 أو ١٢٫٥٠.
support-error-amount-not-money = هذا الدعم ليس مالًا: اترك المبلغ فارغًا واذكر في الملاحظة ما أُعطي.
support-error-note-missing = اذكر في الملاحظة ما أُعطي.
support-error-note-too-long = الملاحظة طويلة جدًا: الحد الأقصى لعدد الأحرف هو { $max }.
key-give-support = دعم مقدَّم
field-support-kind = نوع الدعم
field-support-amount = المبلغ (£)
support-amount-hint = جنيهات وبنسات، مثل 12.50 أو £12.50
support-confirm-large = { $amount } أكثر من { $limit } لبند واحد. تحقّق منه: الضغط على Ctrl+S مرة أخرى يحفظه.
status-support-confirm-large = مبلغ كبير: تحقّق منه، ثم اضغط Ctrl+S مرة أخرى لحفظه.
status-support-given = سُجّل: { $kind } لـ { $name }.
status-support-over-limit = حُفظ. حصل { $name } على { $total } في 12 شهرًا، أكثر من الحدّ { $limit }.
status-support-which-visit = اختر زيارة أولًا: يُسجَّل الدعم على زيارة.
field-support-given = ما قُدّم في هذه الزيارة
key-remove-support = حذف بند أُدخل خطأً
support-remove-question = هل تحذف «{ $what }» من هذه الزيارة؟ أُدخل خطأً؛ ويحتفظ سجل التدقيق بأنه حُذف.
support-remove-yes = احذفه
status-support-removed = حُذف. تم تحديث مجموع الشخص.
status-support-not-yours = لا يحذفه إلا من سجّله أو منسق.
audit-support-removed = حذف دعمًا مقدَّمًا في زيارة (أُدخل خطأً)
form-support = دعم مقدَّم إلى { $name }
support-form-total = في آخر 12 شهرًا، مع هذا: { $total }
support-over-limit = أكثر من الحدّ { $limit }
person-support-summary = الدعم، آخر 12 شهرًا: { $total } نقدًا، و{ $count ->
    [zero] لا بنود
    [one] بند واحد
    [two] بندان
    [few] { $count } بنود
    [many] { $count } بندًا
   *[other] { $count } بند
}

## Households (people who came together)
household-title = الأسرة
household-child-born = طفل، مواليد { $year }
relation-partner = شريك الحياة
relation-child = ابن أو ابنة
relation-parent = أحد الوالدين
relation-sibling = أخ أو أخت
relation-other-relative = قريب آخر
relation-other = ليس قريبًا (صديق، مُرافق)
household-error-in-another = هذا الشخص في أسرة أخرى: أخرِجه منها أولًا.
household-error-already-member = هذا الشخص في هذه الأسرة أصلًا.
household-error-not-member = ليس في هذه الأسرة.
household-error-anchor-has-others = الأسرة مسجّلة باسمه: سجّلها أولًا باسم شخص آخر (Ctrl+R).
household-error-too-small = تحتاج الأسرة إلى شخصين على الأقل.
household-error-relations = حدِّد صلة كل شخص بالشخص الذي سُجّلت الأسرة باسمه.

## Key dates (hearings, interviews, deadlines)
key-date-kind-interview = مقابلة وزارة الداخلية
key-date-kind-appeal-hearing = جلسة استئناف طلب اللجوء
key-date-kind-appeal-deadline = آخر موعد لتقديم الاستئناف
key-date-kind-move-on-end = نهاية فترة الانتقال (يتوقف دعم اللجوء)
key-date-kind-court = المحكمة
key-date-kind-other = موعد آخر
key-date-outcome-kept = تمّ، أو قُدّم في الموعد
key-date-outcome-moved = تأجّل إلى يوم آخر
key-date-outcome-missed = فات
key-date-outcome-cancelled = أُلغي، أو لم يعد لازمًا
key-date-due-later = لاحقًا
key-date-due-in = { $days ->
        [0] اليوم
        [one] غدًا
        [two] بعد يومين
        [few] بعد { $days } أيام
        [many] بعد { $days } يومًا
       *[other] بعد { $days } يوم
    }
key-date-due-passed = { $days ->
        [one] مضى أمس، ولم تُسجَّل نتيجة بعد
        [two] مضى منذ يومين، ولم تُسجَّل نتيجة بعد
        [few] مضى منذ { $days } أيام، ولم تُسجَّل نتيجة بعد
        [many] مضى منذ { $days } يومًا، ولم تُسجَّل نتيجة بعد
       *[other] مضى منذ { $days } يوم، ولم تُسجَّل نتيجة بعد
    }
key-date-due-done = تمّ
key-date-soon = { $days ->
        [one] موعد مهم اليوم أو غدًا
        [two] موعد مهم خلال يومين
        [few] موعد مهم خلال { $days } أيام
        [many] موعد مهم خلال { $days } يومًا
       *[other] موعد مهم خلال { $days } يوم
    }
key-date-warning-past = هذا التاريخ قد مضى. هل تريد الحفظ على أي حال؟
key-date-lead-days-hint = اتركه فارغًا: المعتاد لهذا النوع من المواعيد.
field-key-date-kind = نوع الموعد
field-key-date-date = التاريخ
field-key-date-grant = تاريخ منح الإقامة
field-key-date-lead-days = التذكير قبلها بكم يومًا
field-key-date-note = ملاحظة
error-choose-kind = اختر نوع هذا الموعد.
error-date-missing = اكتب التاريخ بصيغة YYYY-MM-DD، مثل 2026-12-03.
error-grant-date-missing = اكتب تاريخ منح الإقامة: منه تُحسب نهاية دعم فترة الانتقال.
error-lead-days = أدخل عدد أيام من 0 إلى 365.
error-date-future = هذا التاريخ لم يأتِ بعد: اكتب اليوم الذي تمّ فيه ذلك.
key-add-key-date = إضافة موعد مهم
key-key-date-kept = موعد مهم: تمّ، أو قُدّم في الموعد
key-key-date-moved = موعد مهم: تأجّل إلى يوم آخر
key-key-date-missed = موعد مهم: فات
key-key-date-cancelled = موعد مهم: أُلغي، أو لم يعد لازمًا
key-date-kind-choose = (اختر بالمسافة أو ←/→)
key-date-move-on-ends = ينتهي الدعم في { $date } (بعد { $days } يومًا من منح الإقامة)
key-date-move-on-hint = ينتهي الدعم بعد { $days } يومًا من منح الإقامة.
key-date-lead-days-usual = اتركه فارغًا: قبلها بـ { $days } يومًا، وهو المعتاد لهذا النوع.
key-date-move-on-row = نهاية الانتقال (منح { $grant })
key-date-outcome-hint = ملاحظة إن شئت (ليست لازمة). Enter للتسجيل؛ Esc للرجوع.
form-key-date = إضافة موعد مهم: { $name }
status-key-date-saved = حُفظ الموعد المهم: { $kind }، { $date }
status-not-a-key-date = هذا السطر ليس موعدًا مهمًا.
status-key-date-row = هذا السطر موعد مهم: h تمّ، m تأجّل، s فات، w أُلغي (أو Ctrl+O).
follow-ups-key-dates = مواعيد مهمة تحتاج إلى متابعة: { $count } (قادمة، أو مضت دون نتيجة)
col-key-date = التاريخ
col-note = ملاحظة
key-date-passed-short = { $days ->
        [one] مضى أمس
        [two] مضى منذ يومين
        [few] مضى منذ { $days } أيام
        [many] مضى منذ { $days } يومًا
       *[other] مضى منذ { $days } يوم
    }
key-date-move-on-short = نهاية الانتقال

## Safeguarding concerns
safeguarding-help-danger = إذا كان أحدٌ في خطر مباشر فاتصل بالرقم 999 أولًا، ثم سجّل ذلك هنا بعدها.
safeguarding-help-lead = عند الحفظ يُبلَّغ مسؤول الحماية في المركز فورًا. مسؤول الحماية هو المتطوع الذي يقرّر ما يحدث بعد ذلك، مثل الإحالة إلى المجلس المحلي أو الشرطة، ويسجّله هنا. لا يرى هذا البلاغ إلا مسؤول الحماية والمنسقون وأنت.
safeguarding-new-count = { $count ->
        [zero] لا بلاغات حماية جديدة
        [one] بلاغ حماية جديد واحد
        [two] بلاغا حماية جديدان
        [few] { $count } بلاغات حماية جديدة
        [many] { $count } بلاغًا جديدًا للحماية
       *[other] { $count } بلاغ حماية جديد
    }
concern-unnamed = دون ذكر اسم شخص
concern-category-child = طفل معرّض للخطر
concern-category-adult = بالغ معرّض للخطر
concern-category-domestic-abuse = عنف أسري
concern-category-trafficking = الاتجار بالبشر أو العبودية الحديثة
concern-category-self-harm = إيذاء النفس أو خطر الانتحار
concern-category-other = أمر آخر
concern-agency-childrens-services = خدمات الأطفال في المجلس المحلي
concern-agency-adults-services = خدمات البالغين في المجلس المحلي
concern-agency-police = الشرطة
concern-agency-modern-slavery-helpline = خط المساعدة لمكافحة العبودية الحديثة
concern-agency-domestic-abuse = خدمة لمناهضة العنف الأسري
concern-agency-health = طبيب عام أو خدمة صحية
concern-agency-other = جهة أخرى
concern-step-referred = أُحيل إلى جهة أخرى
concern-step-action = إجراء آخر
concern-step-closed = أُغلق
concern-status-open = مفتوح
concern-status-referred-on = أُحيل
concern-status-closed = مغلق
concern-error-not-allowed = لا يسجّل ما حدث بعد ذلك إلا مسؤول الحماية والمنسقون.
concern-error-closed = هذا البلاغ مغلق. إن حدث شيء جديد فقدّم بلاغًا جديدًا.
field-concern-category = موضوع البلاغ
field-concern-seen-or-said = ما رأيته أو ما قيل
field-concern-action-taken = ما فعلته
field-concern-step = ما حدث بعد ذلك
field-concern-agency = أُحيل إلى
field-concern-on = في تاريخ
field-concern-note = ملاحظة
error-choose-category = اختر موضوع البلاغ.
field-move-on-days = فترة الانتقال (أيام بعد منح الإقامة)
field-support-limit = حدّ الدعم للشخص في 12 شهرًا (£؛ فارغ: بلا حدّ)
error-move-on-days = اكتب عددًا من الأيام من 1 إلى 365 (المعتاد 28).
audit-key-date-saved = أضاف موعدًا مهمًا أو سجّل نتيجته
audit-support-given = سجّل دعمًا قُدّم في زيارة

## Households (issue 7)
audit-household-saved = أنشأ أسرة أو غيّرها أو حلّها
check-households-unreadable = يتعذّر قراءة سجل أسرة: { $about }
check-household-index = فهرس الأسر لا يتفق مع الأسر بالنسبة إلى { $about }
check-household-invalid = الأسرة { $about } فيها أقل من شخصين، أو شخص مرتين، أو شخص لم يعد سجله موجودًا
check-household-twice = { $about } موجود في أسرتين
key-household = الأسرة
key-remove-from-household = إخراج من الأسرة
key-whole-household = حضرت الأسرة كلها
household-none = لا توجد (Ctrl+G لإضافة من جاء معه)
household-more = … و{ $count } آخرون (Ctrl+G)
household-relation-of = { $relation } بالنسبة إلى { $name }
household-anchor = الأسرة مسجّلة باسم هذا الشخص
household-recorded-through = الصلات محدَّدة بالنسبة إلى { $name }، الذي سُجّلت الأسرة باسمه.
household-form-title = أسرة { $name }
household-field-add-person = إضافة شخص
household-field-add-child = إضافة طفل (سنة الميلاد)
household-field-members = أفراد الأسرة
household-hint-list = ← → الصلة · Enter: صحيحة · Ctrl+R: التسجيل باسمه
household-confirm-remove = هل تريد إخراج { $name } من الأسرة؟
household-confirm-remove-child = هل تريد إخراج الطفل المولود عام { $year } من الأسرة؟
household-remove-yes = إخراج
status-household-saved = تم حفظ الأسرة.
status-household-dissolved = لم تعد الأسرة قائمة: بقي فيها أقل من شخصين.
field-visit-household = جاء معه
household-needs-same = الاحتياجات نفسها
household-needs-own = احتياجات خاصة
household-hint-visit = المسافة: حضر أيضًا · Enter: احتياجاته الخاصة · Ctrl+A: الجميع
field-visit-needs-of = احتياجات { $name }
status-visits-saved = { $count ->
    [one] تم حفظ زيارة { $name }.
    [two] تم حفظ زيارتَي { $name } وفرد آخر من الأسرة.
    [few] تم حفظ زيارات { $name } و{ $others } من أفراد الأسرة الآخرين.
    [many] تم حفظ زيارات { $name } و{ $others } فردًا آخر من الأسرة.
   *[other] تم حفظ زيارات { $name } و{ $others } فرد آخر من الأسرة.
}
household-hint-everyone = Ctrl+A: حضر الجميع
col-household = الأسرة
key-record-through = تسجيل الأسرة باسم هذا الشخص
household-check-relation = تحقّق: ← → للتغيير، Enter إن كانت صحيحة

## Safeguarding concerns: stored and shown
audit-concern-raised = قدّم بلاغ حماية
audit-concern-viewed = فتح بلاغ حماية
audit-concern-updated = سجّل ما حدث بعد ذلك في بلاغ حماية
check-concerns-unreadable = تعذّر فتح بلاغ حماية: { $about }
check-concern-awaiting = عدد البلاغات التي تنتظر مسؤول الحماية لا يطابق أحد البلاغات: { $about }
check-report-counts = أرقام التقارير ليوم { $about } لا تطابق سجلات ذلك اليوم
check-report-counts-unreadable = تعذّرت قراءة أرقام التقارير أو إعادة عدّها
key-raise-concern = تقديم بلاغ حماية
key-show-concerns = بلاغات الحماية
key-open-concern = فتح البلاغ
key-record-step = تسجيل ما حدث بعد ذلك
key-close-concern = إغلاق البلاغ
key-toggle-lead = مسؤول الحماية: تعيين أو إلغاء
form-concern = بلاغ حماية
form-concern-step = ما حدث بعد ذلك
field-concern-person = بخصوص
field-concern-other-agency = الجهة (الاسم)
field-concern-status = الحالة
field-concern-raised = قُدّم
field-safeguarding-lead = مسؤول الحماية
concern-category-none = لم يُختر بعد (← → للاختيار)
concern-status-raised = حُفظ البلاغ. أُبلغ مسؤول الحماية.
concern-status-step-saved = حُفظ ما حدث بعد ذلك.
concern-status-closed-saved = أُغلق البلاغ.
concern-awaiting-lead = لم يُفتح بعد
concern-page-title = بلاغ حماية
concern-raised-by = { $date } { $time } من { $name }
concern-steps = ما حدث بعد ذلك
concern-no-steps = لم يُسجَّل شيء بعد.
concern-raiser-note = يقرّر مسؤول الحماية ما يحدث بعد ذلك ويسجّله هنا.
concerns-title = بلاغات الحماية التي يمكنك رؤيتها: { $count }
concerns-empty = لا توجد بلاغات حماية لعرضها. Ctrl+Y يقدّم بلاغًا من أي شاشة.
col-raised = قُدّم
col-concern-category = الموضوع
col-concern-status = الحالة
col-concern-lead = المسؤول
confirm-close-concern = إغلاق هذا البلاغ؟ لا يمكن تسجيل خطوات أخرى بعد ذلك، وسيُطلب منك ذكر السبب.
confirm-close-concern-yes = أغلقه
person-concerns = بلاغات الحماية
person-concerns-count = { $count } — F6، Ctrl+G
volunteer-safeguarding-lead = مسؤول الحماية
volunteer-lead-hint = يُبلَّغ بكل بلاغ جديد
status-lead-marked = أصبح { $name } مسؤولًا عن الحماية.
status-lead-unmarked = لم يعد { $name } مسؤولًا عن الحماية.

## التقارير والتصدير
audit-records-exported = صدّر سجلات (برموز مرجعية فقط)
audit-records-exported-full = صدّر سجلات بالأسماء والملاحظات وأرقام الهواتف (تصدير كامل)
export-error-exists = الملف { $file } موجود مسبقًا: اختر اسمًا آخر، أو أضف ‎--force لاستبداله.
export-error-is-folder = { $file } مجلد: أعطِ اسم ملف للكتابة فيه.
export-error-folder = لا يمكن الكتابة في { $dir } ({ $detail }): اختر مجلدًا آخر.
export-error-writing = تعذّرت كتابة التصدير ({ $detail })؛ ولم يبقَ منه شيء.
export-not-given = غير مذكور
export-not-recorded = لم يُسجَّل بعد
export-col-section = القسم
export-col-item = البند
export-col-label = الرقم
export-col-value = هذه الفترة
export-col-previous = الفترة السابقة
export-col-person = الشخص
export-col-name = الاسم
export-col-notes = ملاحظات
export-col-phone = الهاتف
export-col-amount = المبلغ (£)
export-col-day = اليوم
export-col-visit-id = الزيارة
export-col-arrived = وقت الوصول
export-col-waited-minutes = الانتظار (بالدقائق)
export-col-state = الحالة
export-col-age-band = الفئة العمرية
export-col-gender = الجنس
export-col-country = بلد الأصل
export-col-immigration-status = وضع الهجرة
export-col-first-language = اللغة الأولى
export-col-needs = الاحتياجات
export-col-language = اللغة
export-col-interpreting = الترجمة الشفهية
export-col-visits-in-range = الزيارات في الفترة
export-col-recorded = تاريخ التسجيل
export-col-english-level = الإنجليزية
export-col-needs-interpreter = يحتاج مترجمًا
export-col-year-of-birth = سنة الميلاد
export-col-referral-id = الإحالة
export-col-kind = النوع
export-col-domain = المجال
export-col-service-id = رقم الخدمة
export-col-service = الخدمة
export-col-outcome = النتيجة
export-col-follow-up = المتابعة في
export-col-booking-id = الحجز
export-col-start = يبدأ
export-col-minutes = الدقائق
export-col-appointment = الموعد
export-col-mode = الطريقة
export-col-status = الحالة
export-col-place = المكان
export-col-organisation = الجهة
export-col-domains = المجالات
export-col-postcode = الرمز البريدي
export-col-email = البريد الإلكتروني
export-col-website = الموقع الإلكتروني
export-col-languages = اللغات
export-col-active = نشطة
export-col-last-verified = آخر تحقق
export-col-given = وقت التقديم
export-fig-visits = الزيارات
export-fig-people = عدد الأشخاص المختلفين
export-fig-new-people = أشخاص جدد
export-fig-anonymous = زوار دون تسجيل
export-fig-households = الأسر
export-fig-visits-per-person = الزيارات لكل شخص
export-fig-average-wait = متوسط الانتظار (بالدقائق)
export-fig-longest-wait = أطول انتظار (بالدقائق)
export-fig-family-interpreting = ترجمة شفهية من الأهل أو الأصدقاء (ممارسة غير سليمة)
export-section-summary = الملخص
export-section-needs = الاحتياجات حسب المجال
export-section-languages = اللغات المستخدمة
export-section-interpreting = الترجمة الشفهية
export-section-sent-by-domain = الإرشاد والإحالة حسب المجال
export-section-sent-by-service = الإرشاد والإحالة حسب الخدمة
export-section-outcomes = نتائج الإحالات
export-section-bookings = حجوزات المترجمين
export-section-booking-hours = ساعات المترجمين
export-section-bookings-by-language = حجوزات المترجمين حسب اللغة
export-section-hours = الوصول حسب الساعة
export-section-weekdays = الزيارات حسب أيام الأسبوع
export-section-support = الدعم المقدَّم
export-section-support-amount = الدعم المقدَّم، المبلغ (£)
export-section-concerns = بلاغات الحماية (الأعداد الأقل من 5 تظهر ‎<5)
export-section-key-dates = المواعيد المهمة
export-section-equalities-gender = المساواة: الجنس (الأعداد الأقل من 5 تظهر ‎<5)
export-section-equalities-age-band = المساواة: الفئة العمرية (الأعداد الأقل من 5 تظهر ‎<5)
export-section-equalities-country = المساواة: بلد الأصل (الأعداد الأقل من 5 تظهر ‎<5)
export-section-equalities-immigration-status = المساواة: وضع الهجرة (الأعداد الأقل من 5 تظهر ‎<5)
export-section-equalities-first-language = المساواة: اللغة الأولى (الأعداد الأقل من 5 تظهر ‎<5)
export-age-under-18 = أقل من 18
export-age-18-25 = من 18 إلى 25
export-age-26-35 = من 26 إلى 35
export-age-36-50 = من 36 إلى 50
export-age-51-65 = من 51 إلى 65
export-age-over-65 = أكثر من 65
cli-error-day = "{ $day }" ليس تاريخًا: اكتبه بالشكل YYYY-MM-DD، مثل 2026-04-01.
cli-error-backwards = تبدأ الفترة في { $from } بعد نهايتها في { $to }: اجعل ‎--from قبل ‎--to.
cli-error-too-long = لا يجوز أن تزيد الفترة على 20 سنة.
cli-error-coordinators-only = التقارير وتصدير السجلات للمنسقين فقط.
cli-report-title = التقرير من { $from } إلى { $to } (الفترة السابقة من { $pfrom } إلى { $pto })
cli-report-written = كُتب { $rows } رقمًا في { $file }
cli-export-written = كُتب { $rows } صفًا في { $file }
cli-full-word = الأسماء
cli-full-warning = سيحتوي تصدير { $kind } هذا على الأسماء والملاحظات وأرقام الهواتف. احفظ الملف في مكان آمن واحذفه عند الانتهاء. اكتب { $word } للمتابعة:
cli-full-needs-yes = يحتاج التصدير الكامل إلى موافقة ثانية: أضف ‎--yes-full (لا توجد طرفية للسؤال).
cli-full-not-confirmed = لم يتم التأكيد: لم يُصدَّر شيء.
cli-full-not-personal = الدليل لا يحتوي على بيانات شخصية: ‎--full خاص بسجلات الأشخاص.

## F7 التقارير (للمنسقين)
screen-reports = التقارير
key-go-reports = الانتقال إلى التقارير
key-report-range-before = الفترة السابقة
key-report-range-next = الفترة التالية
key-report-dates = كتابة التواريخ
key-report-next-section = القسم التالي
key-report-prev-section = القسم السابق
key-report-shared = للمشاركة (<5)
key-report-export = تصدير
key-report-refresh = إعادة القراءة
key-report-apply-range = عرض هذه الفترة
report-coordinators-only = التقارير للمنسقين فقط. اطلب من أحد المنسقين أي رقم تحتاجه.
report-range-today = اليوم
report-range-this-week = هذا الأسبوع
report-range-this-month = هذا الشهر
report-range-last-month = الشهر الماضي
report-range-this-quarter = هذا الربع
report-range-financial-year = السنة المالية
report-range-last-12-months = آخر 12 شهرًا
report-range-custom = تواريخ تختارها
report-range-line = { $preset }  { $from } – { $to } ({ $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
})
report-compared-with = مقارنةً بالفترة { $from } – { $to }
report-from = من
report-to = إلى
report-error-date = ليس تاريخًا: اكتبه بالشكل YYYY-MM-DD، مثل 2026-04-01.
report-error-backwards = تاريخ البداية بعد تاريخ النهاية.
report-error-too-long = لا تزيد الفترة على 20 سنة.
report-none = لا يوجد تقرير معروض: اضغط Ctrl+R لقراءته.
report-section-overview = نظرة عامة
report-section-needs = الاحتياجات
report-section-languages = اللغات
report-section-sent-on = الإرشاد والإحالة
report-section-bookings = المترجمون
report-section-times = الأوقات
report-section-support = الدعم
report-section-equalities = المساواة
report-column-now = هذه الفترة
report-column-before = السابقة
report-column-change = التغيّر
report-more = { $count } سطرًا آخر: PgDn
report-nothing = لا شيء في الفترتين
report-visits = الزيارات
report-people = أشخاص مختلفون
report-new-people = أشخاص سُجّلوا حديثًا
report-anonymous = زوار دون تسجيل
report-visits-per-person = الزيارات لكل شخص
report-households = الأسر التي حضرت
report-heading-weekly = الزيارات في الأسبوع
report-weekly-note = الأعلى { $peak } في الأسبوع · { $total } في المجموع (السابقة: { $before })
report-weekly-dates = الأسابيع من { $first } إلى { $last }{ $per ->
    [one] {""}
    [two] {" "}(أسبوعان لكل علامة)
    [few] {" "}({ $per } أسابيع لكل علامة)
    [many] {" "}({ $per } أسبوعًا لكل علامة)
   *[other] {" "}({ $per } أسبوع لكل علامة)
}
report-heading-needs = الاحتياجات حسب المجال (زيارات)
report-heading-languages = اللغات المستخدمة (زيارات)
report-heading-interpreting = الترجمة الشفهية (زيارات؛ ⚠ ممارسة غير سليمة)
report-family-interpreting = ⚠ قريب أو صديق
report-heading-signposted = الإرشاد، حسب المجال
report-heading-referred = الإحالة، حسب المجال
report-total = المجموع
report-no-domain = دون مجال
report-heading-signposted-services = الإرشاد، حسب الخدمة
report-heading-referred-services = الإحالة، حسب الخدمة
report-key-date-kept = تمّ أو قُدّم في الموعد
report-key-date-moved = تأجّل
report-key-date-missed = فات
report-key-date-cancelled = أُلغي
report-heading-outcomes = النتائج
report-bookings = حجوزات المترجمين
report-booked-hours = الساعات المحجوزة
report-late-cancellations = إلغاءات متأخرة
report-no-shows = حالات عدم الحضور
report-heading-bookings = الحجوزات حسب اللغة والحالة
report-heading-booked-hours = الساعات حسب اللغة والحالة
report-average-wait = متوسط الانتظار (دقائق)
report-longest-wait = أطول انتظار (دقائق)
report-heading-hours = الوصول حسب الساعة
report-heading-weekdays = الزيارات حسب يوم الأسبوع
report-heading-support = الدعم المقدَّم (مواد)
report-support-amount = { "  " }المبلغ المقدَّم
report-heading-concerns = بلاغات الحماية (أعداد فقط)
report-heading-key-dates = المواعيد المهمة
report-key-date-open = لم يُسجَّل شيء بعد
report-for-sharing = للمشاركة: الأعداد الأقل من 5 تظهر <5 (Ctrl+T)
report-not-recorded = غير مسجَّل
report-heading-gender = الجنس (أشخاص)
report-heading-age = الفئة العمرية (أشخاص)
report-age-under-18 = أقل من 18
report-age-18-25 = 18–25
report-age-26-35 = 26–35
report-age-36-50 = 36–50
report-age-51-65 = 51–65
report-age-over-65 = أكثر من 65
report-heading-country = بلد المنشأ (أشخاص)
report-heading-status = وضع الهجرة (أشخاص)
report-heading-first-language = اللغة الأولى (أشخاص)

## F7's export box (Ctrl+E on F7)
key-export-write = تصدير
key-export-choice-before = الخيار السابق
key-export-choice-next = الخيار التالي
export-box-title = تصدير
export-box-days = الأيام: { $from } – { $to } ({ $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
})
export-box-whole-directory = الدليل كله كما هو الآن
export-field-what = ماذا
export-field-format = الصيغة
export-field-full = الأسماء والملاحظات
export-field-file = الملف
export-what-report = التقرير المعروض
export-what-visits = الزيارات
export-what-people = الأشخاص الذين زارونا
export-what-referrals = الإرشادات والإحالات
export-what-bookings = حجوزات المترجمين
export-what-services = الخدمات (الدليل)
export-what-support = الدعم المقدَّم
export-format-csv = CSV (جداول البيانات)
export-format-json = JSON (البرامج)
export-full-off = لا: الرموز المرجعية فقط
export-full-on = نعم: الأسماء والملاحظات والهواتف
export-holds-report = الأرقام المعروضة والفترة السابقة؛ الأعداد الأقل من 5 تظهر ‎<5.
export-holds-services = خدمات الدليل: لا بيانات شخصية لأحد.
export-holds-pseudonymised = رموز مرجعية وفئات عمرية: بلا أسماء ولا ملاحظات ولا أرقام هواتف.
export-holds-full = سيحتوي هذا الملف على الأسماء والملاحظات وأرقام الهواتف: احفظه في مكان آمن.
export-box-no-range = لا توجد فترة معروضة للتصدير: اختر فترة أولًا.
export-box-no-file = اكتب اسم الملف المراد كتابته.
export-box-is-folder = هذا مجلد: أضف اسم ملف للكتابة فيه.
export-box-exists = يوجد ملف بهذا الاسم: اختر اسمًا آخر. لم يُكتب شيء.
export-box-no-folder = لا يوجد مجلد { $dir }: تحقق من المسار.
export-box-cannot-write = لا يمكن الكتابة في { $dir }: اختر مجلدًا آخر.
export-box-not-written = لم يُكتب شيء: انظر الرسالة بجانب الملف.
export-full-question = سيحتوي الملف ({ $what }) على الأسماء والملاحظات وأرقام الهواتف. احفظه في مكان آمن: على هذا الحاسوب أو على قرص محمي فقط، ولا ترسله بالبريد الإلكتروني أبدًا، واحذفه عند الانتهاء منه. يُسجَّل التصدير في سجل التدقيق. هل تريد كتابته مع الأسماء؟
export-full-yes = اكتبه مع الأسماء
export-full-no = رجوع
work-export-title = جارٍ التصدير
work-export-what = تجري كتابة الملف: لحظة من فضلك.

## Data life cycle: consent, retention, anonymisation.
consent-purpose-record = الاحتفاظ بسجل
consent-purpose-share = المشاركة عند الإحالة
consent-purpose-contact = التواصل بالهاتف أو الرسائل النصية
consent-short-record = السجل
consent-short-share = المشاركة
consent-short-contact = التواصل
consent-share-question = يوافق على أن نشارك بياناته مع الخدمة التي نحيله إليها
consent-contact-question = يوافق على أن نتواصل معه بالهاتف أو برسالة نصية
field-consent-more = أيضًا
consent-title = الموافقة: { $name }
consent-state-given = أُعطيت بتاريخ { $date }
consent-state-withdrawn = سُحبت بتاريخ { $date }
consent-state-never = لم يُسأل
consent-hint = Space يعطي الموافقة المحددة أو يسحبها، بحسب ما يقوله الشخص الآن. Esc يغلق.
consent-history = كل تغيير، الأحدث أولًا:
consent-event-given = أُعطيت
consent-event-withdrawn = سُحبت
consent-no-contact = لا تتواصل معه
consent-anonymised = هذا السجل مجهول الهوية: لم تعد هناك موافقة لتسجيلها.
consent-withdraw-record-question = لم يعد { $name } يوافق على أن نحتفظ بسجل عنه. ستُخفى هوية سجله الآن: يُحذف الاسم والهاتف والملاحظات وسنة الميلاد، وملاحظات زياراته وإحالاته وحجوزاته. تبقى زياراته في الأرقام، بلا اسم. لا يمكن التراجع عن ذلك.
consent-withdraw-record-yes = إخفاء هوية السجل
status-consent-given = سُجّلت الموافقة.
status-consent-withdrawn = سُجّل سحب الموافقة.
status-record-anonymised = أُخفيت هوية السجل.
anonymised-retention = انتهت مدة الاحتفاظ
anonymised-consent = سُحبت الموافقة
person-anonymised-heading = سجل مجهول الهوية · { $reference } · { $date }، { $why }
audit-consent-given = سجّل موافقة { $person }: { $what }
audit-consent-withdrawn = سجّل سحب موافقة { $person }: { $what }
audit-anonymised = أخفى هوية { $person } ({ $what })
field-retention-years = الاحتفاظ بالسجلات بعد آخر تواصل (بالسنوات)
error-retention-years = اكتب عددًا من السنوات من 1 إلى 30 (المعتاد 6).
key-consent = الموافقة

## Data life cycle: the retention review.
key-consent-change = إعطاء أو سحب
key-review-retention = مراجعة الاحتفاظ
retention-save-first = احفظ الإعدادات أولًا (Ctrl+S)، ثم راجع مدة الاحتفاظ.
retention-none-due = لم يتجاوز أحد مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }).
retention-line = { $reference } · آخر تواصل { $date }
retention-more = … وغيرها: { $count }
retention-question = { $count ->
    [zero] لا يوجد سجل تجاوز مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }).
    [one] سجل واحد تجاوز مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }). هل نخفي هويته الآن؟ تُحذف الأسماء وأرقام الهواتف والملاحظات وسنوات الميلاد، وتبقى الأرقام في التقارير كما هي. لا يمكن التراجع عن ذلك.
    [two] سجلان تجاوزا مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }). هل نخفي هويتهما الآن؟ تُحذف الأسماء وأرقام الهواتف والملاحظات وسنوات الميلاد، وتبقى الأرقام في التقارير كما هي. لا يمكن التراجع عن ذلك.
    [few] { $count } سجلات تجاوزت مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }). هل نخفي هويتها الآن؟ تُحذف الأسماء وأرقام الهواتف والملاحظات وسنوات الميلاد، وتبقى الأرقام في التقارير كما هي. لا يمكن التراجع عن ذلك.
    [many] { $count } سجلًا تجاوزت مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }). هل نخفي هويتها الآن؟ تُحذف الأسماء وأرقام الهواتف والملاحظات وسنوات الميلاد، وتبقى الأرقام في التقارير كما هي. لا يمكن التراجع عن ذلك.
   *[other] { $count } سجل تجاوزت مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }). هل نخفي هويتها الآن؟ تُحذف الأسماء وأرقام الهواتف والملاحظات وسنوات الميلاد، وتبقى الأرقام في التقارير كما هي. لا يمكن التراجع عن ذلك.
}
retention-yes = إخفاء هوية السجلات
retention-done = { $count ->
    [zero] لم تُخفَ هوية أي سجل.
    [one] أُخفيت هوية سجل واحد.
    [two] أُخفيت هوية سجلين.
    [few] أُخفيت هوية { $count } سجلات.
    [many] أُخفيت هوية { $count } سجلًا.
   *[other] أُخفيت هوية { $count } سجل.
}
retention-cli-due = { $count ->
    [zero] لا يوجد سجل تجاوز مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }، أي قبل { $cutoff }).
    [one] سجل واحد تجاوز مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }، أي قبل { $cutoff }). الرمز وآخر تواصل:
    [two] سجلان تجاوزا مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }، أي قبل { $cutoff }). الرمز وآخر تواصل:
    [few] { $count } سجلات تجاوزت مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }، أي قبل { $cutoff }). الرمز وآخر تواصل:
    [many] { $count } سجلًا تجاوزت مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }، أي قبل { $cutoff }). الرمز وآخر تواصل:
   *[other] { $count } سجل تجاوزت مدة الاحتفاظ (عدد السنوات بعد آخر تواصل: { $years }، أي قبل { $cutoff }). الرمز وآخر تواصل:
}
sar-title = كل ما يحتفظ به { $centre } عن { $name } ({ $reference })
sar-generated = كُتب بتاريخ { $date }، بناءً على طلب الشخص.
sar-left-out = غير مشمول: بيانات الأشخاص الآخرين (يُحسب أفراد الأسرة الآخرون دون ذكر أسمائهم)، وبلاغات الحماية التي يقرر مسؤول الحماية بشأنها على حدة.
sar-details = بيانات الشخص
sar-household = الأسرة
sar-household-others = { $count ->
    [zero] نعم، دون أفراد آخرين
    [one] نعم، مع شخص واحد آخر
    [two] نعم، مع شخصين آخرين
    [few] نعم، مع { $count } أشخاص آخرين
    [many] نعم، مع { $count } شخصًا آخر
   *[other] نعم، مع { $count } شخص آخر
}
sar-consent = الموافقة، كل تغيير
sar-visits = الزيارات
sar-referrals = الإرشاد والإحالة
sar-bookings = حجوزات المترجمين
sar-key-dates = المواعيد المهمة
sar-support = الدعم المقدَّم
sar-audit = من اطّلع على سجله أو غيّره
sar-nothing = لا شيء.
sar-bad-reference = هذا ليس رمزًا (الأحرف والأرقام في صفحة الشخص).
sar-written = كُتب: { $file } (و{ $json } للبرامج).
sar-box-title = كل ما نحتفظ به عن الشخص (حق الوصول إلى البيانات)
sar-box-hint = يُكتب المستند في هذا الملف (بصيغة HTML إذا انتهى اسمه بـ .html)، ونسخة مماثلة بصيغة JSON بجانبه. سلّمه إلى الشخص بأمان، ثم احذفه.
key-subject-access = حق الوصول

## Data life cycle: erasure on request.

key-erase = محو عند الطلب…
erase-reason-title = محو { $reference }: لماذا؟
erasure-reason-asked = طلب محو بياناته
erasure-reason-consent = سحب موافقته وطلب إزالة سجله
erasure-reason-not-needed = لم تعد هناك حاجة إلى السجل
erasure-reason-error = أُنشئ السجل عن طريق الخطأ، أو دون أساس قانوني
erasure-reason-other = سبب آخر
erase-question = هل تريد محو { $name } ({ $reference }) نهائيًا؟ السبب: { $reason }. لا يمكن التراجع عن ذلك.
erase-detail-goes = يُمحى: بياناته، وتغييرات موافقته، وملاحظات زياراته وإحالاته وحجوزاته ومواعيده المهمة والدعم المقدَّم له. لن يستطيع أحد العثور عليه بعد الآن.
erase-detail-stays = يبقى: زياراته وإحالاته، كأعداد مجهولة الهوية، فلا تتغير التقارير. تبقى بلاغات الحماية كما هي.
erase-detail-backups = النسخ الاحتياطية السابقة لا تزال تحتوي على السجل إلى أن تُستبدل.
erase-yes = محو نهائي
status-person-erased = مُحي { $reference }: لم يعد بالإمكان قراءة أي شيء عنه.
erase-refused-household = أخرِجه من أسرته أولًا (h في صفحته)، ثم امحُ السجل.
erase-refused-rotating = جارٍ تغيير مفتاح البيانات: أكمل ذلك أولًا، ثم امحُ السجل.
erase-refused-erased = مُحي هذا السجل من قبل.
erase-cli-bad-reason = سبب غير معروف: استخدم asked أو withdrew-consent أو not-needed أو in-error أو other.
erase-cli-needs-yes = لا يمكن التراجع عن المحو: أضف ‎--yes للمحو.
anonymised-erased = مُحي بناءً على الطلب
check-erased-left = لا يزال شيء من شخص ممحو موجودًا: { $about }
check-erased-key = لا يزال مفتاح شخص ممحو موجودًا: { $about }
check-erasure-unfinished = لم يكتمل محو: افتح البرنامج مرة أخرى لإكماله.

## Data life cycle: merging duplicates.
key-merge = الدمج مع سجل آخر
key-undo-merge = التراجع عن دمج اليوم
key-merge-now = دمج
key-merge-swap = الإبقاء على الآخر
merge-title = الدمج مع سجل آخر
merge-find-hint = ما السجل الآخر الذي يخص { $name } ({ $reference })؟ اكتب رمزه أو اسمًا، ثم اختره بالضغط على Enter.
merge-find-label = الرمز أو الاسم:
merge-none-found = لم يُعثر على أحد.
merge-visits = { $count ->
    [zero] لا زيارات
    [one] زيارة واحدة
    [two] زيارتان
    [few] { $count } زيارات
    [many] { $count } زيارة
   *[other] { $count } زيارة
}
merge-last-visit = آخرها في { $date }
merge-confirm-title = دمج سجلين لشخص واحد
merge-keep = الإبقاء على:
merge-merged-in = دمج:
merge-explain = كل ما في { $other } ينتقل إلى { $reference }: الزيارات والإحالات والحجوزات والمواعيد المهمة والموافقة والأسرة. والبيانات الناقصة في { $reference } تؤخذ من { $other }، ثم لا يبقى { $other } إلا دالًّا على { $reference }. يمكن التراجع عنه اليوم.
merge-choices = Enter: دمج · Space: الإبقاء على { $other } بدلًا منه · Esc: رجوع
merge-save-edit = حفظ التغييرات كما هي
merge-into = الدمج في { $person }
merge-into-hint = الدمج يُبقي على السجل الموجود: ما كُتب يملأ بياناته الناقصة. يمكن التراجع عنه اليوم.
merge-done = { $visits ->
    [zero] دُمج { $other } في { $reference }؛ لم تُنقل أي زيارة. يمكن التراجع عنه اليوم.
    [one] دُمج { $other } في { $reference }؛ نُقلت زيارة واحدة. يمكن التراجع عنه اليوم.
    [two] دُمج { $other } في { $reference }؛ نُقلت زيارتان. يمكن التراجع عنه اليوم.
    [few] دُمج { $other } في { $reference }؛ نُقلت { $visits } زيارات. يمكن التراجع عنه اليوم.
    [many] دُمج { $other } في { $reference }؛ نُقلت { $visits } زيارة. يمكن التراجع عنه اليوم.
   *[other] دُمج { $other } في { $reference }؛ نُقلت { $visits } زيارة. يمكن التراجع عنه اليوم.
}
merge-undone = تم التراجع عن الدمج: { $other } و{ $reference } سجلّان منفصلان من جديد.
merge-undo-question = هل تريد التراجع عن دمج اليوم لـ { $other } في { $reference }؟ يعود السجلّان كما كانا، وما أُضيف إلى { $reference } منذ ذلك الحين يبقى فيه.
merge-undo-yes = التراجع عن الدمج
merge-redirected = دُمج { $other } في هذا السجل ({ $reference }).
merge-error-same = لا يمكن دمج سجل مع نفسه.
merge-error-anonymised = السجل { $reference } مجهول الهوية: لا يمكن دمجه.
merge-error-merged = السجل { $reference } مدمج من قبل في سجل آخر.
merge-error-households = هما في أسرتين مختلفتين: أخرج أحدهما من أسرته أولًا.
merge-undo-none = لا يوجد دمج لهذين السجلين للتراجع عنه.
merge-undo-expired = لا يمكن التراجع عن الدمج إلا في اليوم الذي تم فيه.
merge-undo-kept-merged = دُمج هذا السجل بعد ذلك في { $reference }: تراجع عن ذلك الدمج أولًا، من صفحته.
merge-undo-household-changed = تغيّرت أسرتهما بعد الدمج، لذا لم يعد ممكنًا التراجع عنه.
person-merged-today = دُمج اليوم
person-merged-today-value = { $references } (u: تراجع)
audit-merged = دمج { $what } في { $person }
audit-unmerged = تراجع عن دمج { $what } في { $person }
check-merge-pointer = سجل مدمج يشير إلى سجل غير موجود: { $about }
