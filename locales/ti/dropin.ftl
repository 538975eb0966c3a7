# DRAFT: machine-drafted, not yet checked by a native speaker.
# dropin — Tigrinya (ትግርኛ). Translated from en-GB, the source locale: this file has exactly the same message ids.

## Screens
screen-today = ሎሚ
screen-people = ሰባት
screen-settings = ምድላዋት

## Keys (labels in the footer, help and action menus)
key-new-visit = ሓድሽ ምብጻሕ
key-mark-seen = ይረአ ኣሎ
key-mark-done = ተወዲኡ
key-mark-left = ከይተራእየ ከይዱ
key-mark-waiting = ናብ ምጽባይ ምምላስ
key-open-person = ሰብ ምኽፋት
key-new-person = ሓድሽ ሰብ
key-new-visit-for-person = ሓድሽ ምብጻሕ ነዚ ሰብ
key-edit-person = ሰብ ምእራም
key-search = ምድላይ
key-back = ምምላስ
key-save = ምዕቃብ
key-cancel = ምዕጻው
key-next-field = ዝቕጽል ቦታ
key-prev-field = ዝሓለፈ ቦታ
key-choose = ምምራጽ
key-toggle = ምልክት / ምቕያር
key-up = ንላዕሊ
key-down = ንታሕቲ
key-left = ንጸጋም
key-right = ንየማን
key-page-up = ገጽ ንላዕሊ
key-page-down = ገጽ ንታሕቲ
key-home = ቀዳማይ
key-end = ዳሕራይ
key-menu = ተግባራት
key-go-today = ናብ ሎሚ
key-go-people = ናብ ሰባት
key-go-settings = ናብ ምድላዋት
key-help = ሓገዝ
key-language = ቋንቋ
key-quit = ምውጻእ

## Today
today-counts = ኣብ ምጽባይ: { $waiting } · ይረአ ኣሎ: { $seen } · ተወዲኡ: { $done } · ከይዱ: { $left }
today-empty = ኣብ መስርዕ ገና ሓደ ሰብ የለን። ምብጻሕ ንምምዝጋብ Ctrl+N ጠውቑ።
col-ref = ኮድ
col-name = ስም
col-arrived = በጺሑ
col-waiting = ምጽባይ
col-needs = ድሌታት
col-state = ኩነታት
col-born = ልደት
col-last-visit = ዳሕራይ ምብጻሕ
col-date = ዕለት
col-language = ቋንቋ
col-interpreting = ትርጉም
anonymous-walk-in = ስም ዘይብሉ በጻሒ

## Visit states
state-waiting = ኣብ ምጽባይ
state-being-seen = ይረአ ኣሎ
state-done = ተወዲኡ
state-left = ከይተራእየ ከይዱ

## Need domains (Home Office Indicators of Integration)
domain-work = ስራሕ
domain-education = ትምህርቲ
domain-housing = መንበሪ ገዛ
domain-health = ጥዕናን ማሕበራዊ ክንክንን
domain-leisure = ምዝንጋዕ
domain-social-bonds = ማሕበራዊ ምትእስሳር
domain-social-bridges = ማሕበራዊ ድልድላት
domain-social-links = ማሕበራዊ ርክባት
domain-language = ቋንቋን ምርድዳእን
domain-culture = ባህሊ
domain-digital = ዲጂታላዊ ክእለት
domain-safety = ድሕንነት
domain-stability = ምርግጋእ
domain-rights = መሰላትን ሓላፍነታትን
domain-work-short = ስራሕ
domain-education-short = ትምህርቲ
domain-housing-short = መንበሪ
domain-health-short = ጥዕና
domain-leisure-short = ምዝንጋዕ
domain-social-bonds-short = ምትእስሳር
domain-social-bridges-short = ድልድላት
domain-social-links-short = ርክባት
domain-language-short = ቋንቋ
domain-culture-short = ባህሊ
domain-digital-short = ዲጂታል
domain-safety-short = ድሕንነት
domain-stability-short = ምርግጋእ
domain-rights-short = መሰላት

## Interpreting
interpreting-none = የለን
interpreting-volunteer = ወለንታዊ
interpreting-phone = ተሌፎን
interpreting-professional = ዝተሓዘ ሞያዊ ተርጓሚ
interpreting-family = ኣባል ስድራ ወይ ዓርኪ
poor-practice = ድኹም ኣሰራርሓ: ካልእ ግዜ ተርጓሚ ሓዙ

## People
people-search-label = ስም ወይ ኮድ ድለዩ:
people-hint = ካብ ስም ሒደት ፊደላት፣ ወይ ኮድ መወከሲ ጽሓፉ።
people-none = ዝተረኽበ ሰብ የለን። ሓድሽ ሰብ ንምውሳኽ Ctrl+N ጠውቑ።
person-no-visits = ገና ምብጻሕ የለን።

## Forms
form-new-visit = ሓድሽ ምብጻሕ
form-new-person = ሓድሽ ሰብ
form-edit-person = ሰብ ምእራም
field-visit-person = ሰብ
field-visit-needs = ድሌታት
field-visit-language = ዝተጠቕመ ቋንቋ
field-visit-interpreting = ትርጉም
field-visit-notes = መዘኻኸሪ
field-name = ስም
field-year-of-birth = ዓመተ ልደት
field-gender = ጾታ
field-gender-other = ብናቶም ቃላት
field-country = ዝመጽኡሉ ሃገር
field-first-language = ቀዳማይ ቋንቋ
field-other-languages = ካልኦት ቋንቋታት
field-english-level = እንግሊዝኛ
field-needs-interpreter = ተርጓሚ የድልዮ
field-interpreter-gender = ጾታ ተርጓሚ
field-immigration-status = ኩነታት መንበሪ
field-phone = ተሌፎን
field-notes = መዘኻኸሪታት
field-consent = ፍቓድ
consent-keep-record = ብዛዕባኦም መዝገብ ክንሕዝ ፍቓድ ሂቦም
consent-given-on = ንመዝገብ ፍቓድ ዝሃቡሉ: { $date }
consent-withdrawn-on = ፍቓዶም ዝሰሓቡሉ: { $date }
picker-new-person = ሓድሽ ሰብ “{ $name }”
picker-last-visit = ዳሕራይ ዝመጽኡሉ { $date }
needs-filter = ንምፍላይ ጽሓፉ:
needs-no-match = ምስ ዝጸሓፍኩምዎ ዝሰማማዕ ድሌት የለን።
hint-language-pick = ↑ ↓ ድሕሪኡ Enter ንምምራጽ
prefilled-last-visit = ከም ዳሕራይ ምብጻሕ
value-none = —
value-not-recorded = ኣይተመዝገበን
value-yes = እወ
value-no = ኣይፋል

## Values
gender-woman = ሰበይቲ
gender-man = ሰብኣይ
gender-non-binary = ክልተኣዊ ዘይኮነ
gender-another-way = ብኻልእ መንገዲ
gender-prefer-not = ክገልጽ ኣይደልን
pref-woman = ሰበይቲ ተርጓሚት
pref-man = ሰብኣይ ተርጓሚ
pref-none = ምርጫ የለን
status-asylum-seeker = ሓታቲ ዑቕባ
status-refugee = ስደተኛ (ፍቓድ መንበሪ ዘለዎ)
status-refused = ዑቕባ ዝተነጸጎ
status-nrpf = ህዝባዊ ገንዘብ ዘይፍቀደሉ (NRPF)
status-other = ካልእ ኩነታት
status-settled = ብሪጣንያዊ ወይ ቀዋሚ መንበሪ ዘለዎ
status-unknown = ዘይፍለጥ
status-prefer-not = ክገልጽ ኣይደልን
english-none = የለን
english-basic = መሰረታዊ
english-intermediate = ማእከላይ
english-fluent = ፍሱሕ

## Errors next to fields
error-empty = እዚ ባዶ ክኸውን ኣይክእልን።
error-too-long = ኣዝዩ ነዊሕ እዩ: ቢዝሒ { $max } ፊደላት።
error-year-range = ካብ { $min } ክሳብ { $max } ዘሎ ዓመት ጽሓፉ።
error-not-a-year = ዓመት ብኣርባዕተ ኣሃዛት ጽሓፉ፣ ንኣብነት 1990።
error-phone = ኣሃዛት፣ ባዶ ቦታ፣ +፣ - ከምኡውን ቅንፍታት ጥራይ ተጠቐሙ (እንተወሓደ 6 ኣሃዛት)።
error-consent = መዝገብ ንምሓዝ ፍቓድ እንተዘየሎ፣ ኣብ ክንድኡ ስም ዘይብሉ በጻሒ መዝግቡ።
error-person-missing = ሰብ፣ ሓድሽ ሰብ፣ ወይ ስም ዘይብሉ በጻሒ ምረጹ።
error-auto-lock = ካብ 1 ክሳብ 60 ዘሎ ቍጽሪ ደቓይቕ ጽሓፉ።
role-volunteer = ወለንታዊ
role-coordinator = ኣተሓባባሪ
error-password-short = እንተወሓደ 10 ፊደላት በጃኹም (ብሓባር ዝተጸሓፋ ሒደት ቃላት ንምዝካር ቀሊል እየን)።
error-password-long = እዚ ኣዝዩ ነዊሕ እዩ: ቢዝሒ 200 ፊደላት።
error-password-mismatch = እቶም ክልተ ቃላት ምስጢር ሓደ ኣይኮኑን።
error-time-zone = dropin ዝፈልጦ ሰዓታዊ ዞባ ኣይኮነን። ከም Europe/London ዝበለ ስም ተጠቐሙ።

## Status line
status-visit-saved = ምብጻሕ ናይ { $name } ተዓቂቡ።
status-person-saved = { $name } ተዓቂቡ።
status-settings-saved = ምድላዋት ተዓቂቡ።
status-fix-errors = ኣይተዓቀበን: በጃኹም ነቶም ምልክት ዘለዎም ቦታታት ኣርምዎም።
status-cannot-move = “{ $from }” ዝኾነ ምብጻሕ “{ $to }” ተባሂሉ ክምዝገብ ኣይክእልን።
status-close-form-first = መጀመርታ ነቲ ቅጥዒ ዓቅብዎ ወይ ዕጸውዎ (Ctrl+S ወይ Esc)።

## Confirmations
confirm-title = በጃኹም ኣረጋግጹ
confirm-quit-unsaved = ሓደ ቅጥዒ ዘይተዓቀበ ለውጢ ኣለዎ። ብዘየገድስ ክትወጹ ዲኹም?
confirm-quit = ብዘይ ምዕቃብ ምውጻእ
confirm-keep-editing = ምእራም ምቕጻል
confirm-discard = ነዚ ቅጥዒ ዓጺኹም እቲ ዝጸሓፍኩምዎ ክጠፍእ ዲኹም ትደልዩ?
confirm-discard-yes = ምዕጻውን ለውጥታት ምጥፋእን
confirm-duplicate = እዚ ድሮ ዝተመዝገበ ሰብ ክኸውን ይኽእል:
confirm-save-anyway = ከም ሓድሽ ሰብ ምዕቃብ
confirm-go-back = ምምላስ

## Overlays
help-title = መጠውቕታት
help-more = ↑ ↓ ንተወሳኺ
menu-title = ተግባራት
language-title = ቋንቋ
language-draft = ንድፊ

## Settings
field-centre-name = ስም ማእከል
field-time-zone = ሰዓታዊ ዞባ
field-language = ቋንቋ ኣብዚ ኮምፒተር
field-rtl-visual = ካብ የማን ናብ ጸጋም ዝጽሓፍ ጽሑፍ ምስራዕ (ተርሚናልኩም ባዕሉ እንተገበሮ ኣጥፍእዎ)
field-native-digits = ቍጽርታት ብናይ ቋንቋይ ኣሃዛት
settings-digits-none = (እዚ ቋንቋ 0–9 ይጽሕፍ)
field-shaping = ፊደላት ዓረብ ምልጋብ
shaping-auto = ባዕሉ
shaping-on = ይሰርሕ
shaping-off = ኣይሰርሕን (ተርሚናል ባዕሉ የላግቦም)
shaping-now-on = ሕጂ ይልገብ ኣሎ
shaping-now-off = ሕጂ ኣይልገብን
settings-screen-reader = ኣንባቢ ስክሪን ትጥቀሙ ዲኹም? ክልቲኦም “ካብ የማን ናብ ጸጋም ዝጽሓፍ ጽሑፍ ምስራዕ” ከምኡውን “ፊደላት ዓረብ ምልጋብ” ኣጥፍእዎም: ኣንባቢ ስክሪን ነቲ ስክሪን ካብ ጸጋም ናብ የማን እዩ ዘንብቦ፣ ስለዚ dropin ካብ የማን ናብ ጸጋም ዝሰርዖ ጽሑፍ ብግልባጡ ምተነበ።
language-console-cannot = እዚ ስክሪን (Linux console) ፊደላት ዓረብ ወይ ግእዝ ክስእል ኣይክእልን። ነዚ ቋንቋ ንምጥቃም፣ dropin ኣብ መስኮት ተርሚናል ናይ ዴስክቶፕ ክፈትዎ።
language-console-note = ኣብዚ ክርአ ኣይክእልን
field-auto-lock = ድሕሪ ክንደይ ደቒቕ ብዘይ ስራሕ ስክሪን ይቖለፍ (1–60)
settings-hint = Tab ኣብ መንጎ ቦታታት የሰጋግር፣ Space ምርጫ ይቕይር፣ Ctrl+S የዕቅብ።

## Whole-screen messages
too-small = በጃኹም መስኮት ኣዕብዩ: dropin እንተወሓደ { $width } ዓምድታትን { $height } መስመራትን የድልዮ (ሕጂ { $current_width }×{ $current_height })።

## Store errors
crash-message = dropin ብሰንኪ ጌጋ ኣብቲ ፕሮግራም ደው ኢሉ። ቅድሚ ሕጂ ዝተዓቀበ ኩሉ ድሕን እዩ። በጃኹም እንደገና ጀምርዎ፣ ንኣተሓባባሪኹም ድማ ሓብሩ።
store-already-open = dropin ኣብዚ ኮምፒተር ድሮ ክፉት እዩ። መጀመርታ ዕጸውዎ፣ ወይ ነቲ ተግባር ኣብ ውሽጢ እቲ ፕሮግራም ተጠቐሙ።
store-newer-schema = እዚ ሓበሬታ ብሓድሽ ስሪት dropin እዩ ተጻሒፉ። ዝተቐየረ ነገር የለን። ንምኽፋቱ ነቲ ሓድሽ ስሪት (ወይ ካብኡ ዝሓደሰ) ኣእትዉ፣ ወይ ብዚ ስሪት ዝተሰርሐ ቅዳሕ ውሕስነት መልሱ: dropin restore FILE --volunteer NAME --force (ኣብዚ ዘሎ ሓበሬታ ናብ ጎኒ ይግዕዝ፣ ኣይድምሰስን)።
store-corrupt = እቲ ሓበሬታ ተበላሽዩ ስለዝኾነ ክንበብ ኣይክእልን። ዝተቐየረ ነገር የለን። ነቲ ዳሕራይ ቅዳሕ ውሕስነት መልስዎ: dropin restore FILE --volunteer NAME --force (እቲ ዝተበላሸወ ሓበሬታ ናብ ጎኒ ይግዕዝ፣ ኣይድምሰስን)።
store-lost-writes = እቲ ሓበሬታ ካብቲ ዳሕራይ ምዕቃብ ዝኣረገ እዩ: ምዕቃባት ካብ { $first } ክሳብ { $last } ይጎድሉ። ዝተቐየረ ነገር የለን። ነቲ ዳሕራይ ቅዳሕ ውሕስነት መልስዎ: dropin restore FILE --volunteer NAME --force (ኣብዚ ዘሎ ሓበሬታ ናብ ጎኒ ይግዕዝ፣ ኣይድምሰስን)፣ ድሕሪኡ ድሕሪ እቲ ቅዳሕ ዝተዓቀበ እንደገና ኣእትዉ።
store-lost-write = እቲ ሓበሬታ ካብቲ ዳሕራይ ምዕቃብ ዝኣረገ እዩ: ምዕቃብ { $last } ይጎድል። ዝተቐየረ ነገር የለን። ነቲ ዳሕራይ ቅዳሕ ውሕስነት መልስዎ: dropin restore FILE --volunteer NAME --force (ኣብዚ ዘሎ ሓበሬታ ናብ ጎኒ ይግዕዝ፣ ኣይድምሰስን)፣ ድሕሪኡ ድሕሪ እቲ ቅዳሕ ዝተዓቀበ እንደገና ኣእትዉ።
store-latest-backup = እቲ ዳሕራይ ቅዳሕ ውሕስነት: { $file }
store-read-only = dropin ኣብ ማህደር ሓበሬታኡ ክጽሕፍ ኣይክእልን። ቅድሚ ሕጂ ዝተዓቀበ ውሑስ እዩ። ነቲ ማህደር እንደገና ክጽሓፈሉ ዝኽእል ግበርዎ (ወይ ነቲ ዲስክ መልስዎ)፣ ድሕሪኡ እንደገና ፈትኑ።
store-disk-full = እቲ ዲስክ መሊኡ: እቲ ዳሕራይ ለውጢ ኣይተዓቀበን። ቅድሚ ሕጂ ዝተዓቀበ ውሑስ እዩ። ገለ ቦታ ኣጽርዩ፣ ድሕሪኡ እንደገና ዓቅቡ።
store-io = እቲ ሓበሬታ ክንበብ ወይ ክጽሓፍ ኣይከኣለን። ዝተዓቀበ ነገር የለን።
store-not-found = እቲ መዝገብ ሕጂ የለን።
store-bad-transition = ነዚ ምብጻሕ እዚ ለውጢ ክግበር ኣይከኣልን።
store-consent-required = መዝገብ ክሕዛ ዝከኣል ብፍቓድ እቲ ሰብ ጥራይ እዩ።
store-backup-damaged = እቲ ፋይል ቅዳሕ ውሕስነት ተበላሽዩ ወይ ተቐይሩ: ክጥቀሙሉ ኣይከኣልን። ዝተቐየረ ነገር የለን።
store-not-empty = እቲ ማህደር ድሮ ሓበሬታ ኣለዎ። ባዶ ማህደር ምረጹ፣ ወይ ነቲ ዘሎ ሓበሬታ መጀመርታ ንጎኒ ንምግባር --force ተጠቐሙ።
store-not-allowed = እዚ ክገብሮ ዝኽእል ኣተሓባባሪ ጥራይ እዩ።
store-not-signed-in = በጃኹም መጀመርታ እተዉ።
store-wrong-password = እቲ ቃል ምስጢር ቅኑዕ ኣይኮነን። ነቲ ስም ኣረጋግጹ እሞ እንደገና ፈትኑ።
store-sign-in-wait = ብዙሕ ግጉይ ቃል ምስጢር ተጻሒፉ። በጃኹም { $seconds } ካልኢት ተጸበዩ፣ ድሕሪኡ እንደገና ፈትኑ።
store-rotation-unfinished = ምቕያር መፍትሕ ሓበሬታ ኣብ ፍርቂ ተቛሪጹ። ንምዝዛሙ ናብ dropin እተዉ፣ ድሕሪኡ እንደገና ፈትኑ።
crypto-undecryptable = ሓደ መዝገብ ክኽፈት ኣይከኣለን: ተበላሽዩ ወይ ካብ dropin ወጻኢ ተቐይሩ። ነቲ ዳሕራይ ቅዳሕ ውሕስነት መልስዎ።
crypto-truncated = ሓደ መዝገብ ተቘሪጹ ኣሎ: ተበላሽዩ እዩ። ነቲ ዳሕራይ ቅዳሕ ውሕስነት መልስዎ።
crypto-unknown-version = ሓደ መዝገብ ብሓድሽ ስሪት dropin ተጻሒፉ። በጃኹም ነቲ ሓድሽ ስሪት ተጠቐሙ።
crypto-too-long = ሓደ መዝገብ ንምሕላው ኣዝዩ ዓቢ እዩ። ዝተዓቀበ ነገር የለን።
crypto-kdf = ኣብዚ ኮምፒተር ቃል ምስጢር ክረጋገጽ ኣይከኣለን (ዝኣክል ሜሞሪ የለን ይኸውን?)።
crypto-bad-recovery-key = እዚ መፍትሕ ምምላስ ኣይኮነን: ነፍሲ ወከፍ ጉጅለ ፊደላትን ኣሃዛትን ኣረጋግጹ።
crypto-random = እዚ ኮምፒተር ውሑስ ናይ ኣጋጣሚ መፍትሕ ክሰርሕ ኣይከኣለን።

## Set-up, sign-in, lock
key-lock = ስክሪን ምቍላፍ
setup-title = እንቋዕ ናብ dropin ብደሓን መጻእኩም
setup-intro = መጀመርታ፣ ስም ማእከልን እቲ ቀዳማይ ኣተሓባባሪን፣ ንሱ ድማ ነቶም ካልኦት ወለንታውያን ክውስኾም እዩ።
setup-your-name = ስምኩም
field-password = ቃል ምስጢር
field-password-again = ቃል ምስጢር ደጊምኩም
setup-hint = እንተወሓደ 10 ፊደላት: ክትዝክርዎ ትኽእሉ ሒደት ቃላት። Tab ይቕጽል፣ Ctrl+S ይዛዝም።
recovery-title = መፍትሕ ምምላስኩም
recovery-intro = ኩሉ ቃል ምስጢር እንተተረሲዑ፣ ናብቲ ሓበሬታ ንምምላስ እዚ መፍትሕ እዚ ጥራይ እዩ መንገዲ። ሕጂ ጥራይ እዩ ዝርአ።
recovery-keep = ጽሓፍዎ ወይ ሕተምዎ፣ ካብዚ ኮምፒተር ርሒቑ ብቑልፊ ኣቐምጥዎ።
recovery-continue = ብጥንቃቐ ምስ ጸሓፍኩምዎ Enter ጠውቑ።
signin-title = ምእታው
lock-title = ተቖሊፉ — ንምቕጻል እተዉ
signin-name = ስምኩም
signin-hint-name = ስምኩም ጽሓፉ ወይ ምረጹ፣ ድሕሪኡ Enter።
signin-hint-password = ቃል ምስጢርኩም ጽሓፉ፣ ድሕሪኡ Enter። Esc ካልእ ስም ይመርጽ።
signin-welcome = ከም { $name } ኣቲኹም ኣለኹም።
status-draft-lost = ቅድሚ ምቍላፍ ዘይተዓቀበ ቅጥዕኹም ክመለስ ኣይከኣለን፤ በጃኹም እንደገና ጀምርዎ።
signin-demo = ፈተነ: { $coordinator } (ኣተሓባባሪ) ከምኡውን { $volunteer } (ወለንታዊ) ክልቲኦም ቃል ምስጢር { $password } ይጥቀሙ

## Signing in with the recovery key
key-use-recovery-key = መፍትሕ ምምላስ ምጥቃም
recovery-signin-title = ብመፍትሕ ምምላስ ምእታው
recovery-signin-intro = ቃል ምስጢር ኩሎም ኣተሓባበርቲ እንተተረሲዑ: dropin ክዳሎ ከሎ ዝተጻሕፈ መፍትሕ ምምላስ ጽሓፉ። ናቱ ቃል ምስጢር ጥራይ ዝረስዐ ወለንታዊ፣ ኣተሓባባሪ ክሕድሶሉ ክሓቶ ይኽእል።
field-recovery-key = መፍትሕ ምምላስ
recovery-signin-hint = ባዶ ቦታታትን ሰረዛትን ኣየገድሱን። Enter የእቱ፣ Esc ይመልስ።
recovery-wrong-key = እዚ መፍትሕ ንሓበሬታ እዚ ማእከል ኣይከፍቶን። ምስቲ ዝተጻሕፈ ቅዳሕ ጉጅለ ብጉጅለ ኣነጻጽርዎ።
recovery-password-title = ሓድሽ ቃል ምስጢር ምረጹ
recovery-password-intro = መፍትሕ ምምላስ ነቲ ሓበሬታ ከፊትዎ፣ ከም { $name } ድማ ኣቲኹም ኣለኹም። ቅድሚ ምቕጻልኩም ንነብስኹም ሓድሽ ቃል ምስጢር ምረጹ: ካብ ሕጂ ብእኡ ኢኹም ትኣትዉ።
recovery-password-hint = እንተወሓደ 10 ፊደላት: ክትዝክርዎ ትኽእሉ ሒደት ቃላት። Tab ይቕጽል፣ Enter ወይ Ctrl+S የዕቅብ። Esc ብዘይ ሓድሽ ቃል ምስጢር የውጽእ።
status-recovered = ቃል ምስጢር ተዋሂቡ። ቃል ምስጢር ካልኦት ወለንታውያን ኣብ ምድላዋት → ወለንታውያን (F8) ሓድሱ።

## dropin check
check-person-unreadable = መዝገብ ሓደ ሰብ ክኽፈት ኣይክእልን: { $about }
check-visits-unreadable = ምብጻሓት ሓንቲ መዓልቲ ክኽፈቱ ኣይክእሉን: { $about }
check-visit-unlisted = ሓደ ምብጻሕ ኣብ ገጽ ናይቲ ሰብ የለን: { $about }
check-visit-missing = ገጽ ሓደ ሰብ ዘየለ ምብጻሕ ይዝርዝር: { $about }
check-card-wrong = ምድላይ ሰባት ናይ { $about } ዝኣረገ ስም ወይ ተሌፎን ኣለዎ
check-card-missing = ምድላይ ሰባት { $about } ክረክብ ኣይክእልን
check-cards-unreadable = ሓደ ክፋል ሓበሬታ ምድላይ ሰባት ክኽፈት ኣይክእልን: { $about }
check-audit-broken = መዝገብ ቍጽጽር ተቐይሩ: { $about }
check-all-well = ኩሉ መዝገብ ይኽፈትን ይሰማማዕን፤ መዝገብ ቍጽጽር ጥዑይ እዩ።

## Volunteers
key-new-volunteer = ሓድሽ ወለንታዊ
key-change-password = ቃል ምስጢረይ
key-reset-password = ቃል ምስጢር ምሕዳስ
key-deactivate = ደው ምባል
field-role = ተራ
form-new-volunteer = ሓድሽ ወለንታዊ
form-reset-password = ሓድሽ ቃል ምስጢር
form-own-password = ቃል ምስጢረይ ምቕያር
volunteer-reset-for = ሓድሽ ቃል ምስጢር ን { $name }
volunteer-inactive = ደው ዝበለ
settings-volunteers = ወለንታውያን (ኣብ ስም Ctrl+O: ቃል ምስጢር ምሕዳስ፣ ደው ምባል)
status-volunteer-added = ወለንታዊ ተወሲኹ።
status-password-reset = ቃል ምስጢር ተዋሂቡ። ብኣካል ንገርዎም፣ ብጽሑፍ ኣይኮነን።
status-password-changed = ቃል ምስጢርኩም ተቐይሩ።
status-volunteer-deactivated = ወለንታዊ ደው ኢሉ: ቃል ምስጢሩ ድሕሪ ሕጂ ዝኾነ ነገር ኣይከፍትን።
confirm-deactivate = { $name } ደው ይበል ድዩ? ቃል ምስጢሩ ድሕሪ ሕጂ ዝኾነ ነገር ኣይከፍትን።
confirm-deactivate-yes = ደው ምባል
key-rotate-key = መፍትሕ ሓበሬታ ምቕያር
confirm-rotate-key = ሕጂ መፍትሕ ሓበሬታ ይቕየር ድዩ?
confirm-rotate-key-why = ሓደ ወለንታዊ ደው ምስ ኣበልኩም፣ ወይ እቲ ሓበሬታ ተቐዲሑ ክኸውን ይኽእል እንተኾይኑ እዚ ግበሩ: ድሕሪኡ ኣብ ዲስክ ዝተረፉ ኣረገቲ ቅዳሓት መፍትሕ ዝኾነ ነገር ኣይከፍቱን። ኩሉ ሰብ ቃል ምስጢሩ ይሕዝ፣ መፍትሕ ምምላስ ድማ ገና ይሰርሕ።
confirm-rotate-key-backups = ካብ ሒደት ካልኢት ክሳብ ሒደት ደቓይቕ ይወስድ፣ ኣብቲ ግዜ እቲ ድማ ማንም dropin ክጥቀም ኣይክእልን። ቅድሚ ሕጂ ዝተሰርሑ ቅዳሓት ውሕስነት ብቲ ኣረጊት መፍትሕ ይኽፈቱ: ድሕሪኡ ሓድሽ ቅዳሕ ውሕስነት ስርሑ።
confirm-rotate-key-yes = መፍትሕ ምቕያር
work-rotation-title = መፍትሕ ሓበሬታ ይቕየር ኣሎ
work-rotation-what = ነፍሲ ወከፍ መዝገብ ብሓድሽ መፍትሕ እንደገና ይቖለፍ ኣሎ።
work-rotation-progress = { $done } ካብ { $total } መዛግብ
work-rotation-safe = ኣብ ዝኾነ ግዜ ክትወጹ ትኽእሉ (Ctrl+Q): ኣብ ዝቕጽል ምእታው ይቕጽል።
status-key-rotated = መፍትሕ ሓበሬታ ተቐይሩ። ሕጂ ሓድሽ ቅዳሕ ውሕስነት ስርሑ (Ctrl+B): ኣረገቲ ቅዳሓት ውሕስነት ብቲ ኣረጊት መፍትሕ ይኽፈቱ።
status-key-rotation-stopped = ምቕያር መፍትሕ ሓበሬታ ደው ኢሉ: { $why } ኣብ ዝቕጽል ምእታው ይቕጽል።

## Backups in the program
key-backup-now = ሕጂ ቅዳሕ ውሕስነት
field-backup-dir = ማህደር ቅዳሕ ውሕስነት (USB፤ ባዶ: መዓልታዊ ቅዳሕ የለን)
field-backups-kept = ኣብኡ ዝዕቀቡ ቅዳሓት ውሕስነት
error-backups-kept = ካብ 1 ክሳብ 365 ዘሎ ቍጽሪ ጽሓፉ።
status-backup-made = ቅዳሕ ውሕስነት ተዓቂቡ: { $file }
store-no-backup-folder = ማህደር ቅዳሕ ውሕስነት ኣይተወሰነን ወይ ክርከብ ኣይከኣለን። እቲ USB ኣትዩ ድዩ? ኣብ F8 ምድላዋት ወስንዎ።

## Audit log
audit-title = መዝገብ ቍጽጽር
audit-filter = ምፍላይ (ኮድ፣ ስም ወለንታዊ፣ ወይ ዕለት YYYY-MM-DD)፣ ድሕሪኡ Enter:
audit-none = ዝሰማማዕ ምዝገባ የለን።
audit-signed-in = ኣትዩ
audit-signed-out = ወጺኡ
audit-sign-in-failed = ግጉይ ቃል ምስጢር ተዋሂቡ
audit-viewed-person = { $person } ርእዩ
audit-created-person = { $person } ወሲኹ
audit-edited-person = { $person } ኣሪሙ: { $fields }
audit-created-visit = ምብጻሕ { $visit } ን { $person } መዝጊቡ
audit-edited-visit = ምብጻሕ { $visit } ቀይሩ: { $fields }
audit-exported = { $what } ናብ ፋይል ኣውጺኡ
audit-erased = { $person } ደምሲሱ
audit-volunteer-added = ወለንታዊ ወሲኹ
audit-volunteer-changed = ወለንታዊ ቀይሩ
audit-key-rotated = መፍትሕ ሓበሬታ ቀይሩ
audit-backup-made = ቅዳሕ ውሕስነት ሰሪሑ
audit-restored = ቅዳሕ ውሕስነት መሊሱ
audit-recovery-key-used = ብመፍትሕ ምምላስ ኣትዩ
audit-service-saved = ኣገልግሎት ወሲኹ ወይ ቀይሩ
audit-directory-imported = ኣገልግሎታት ኣምጺኡ (Open Referral)
audit-referred = ሰብ መሪሑ ወይ ልኢኹ
audit-followed-up = ውጽኢት ምልኣኽ መዝጊቡ
audit-interpreter-saved = ተርጓሚ ወሲኹ ወይ ቀይሩ
audit-booking-saved = ተርጓሚ ሒዙ ወይ ምሓዝ ተርጓሚ ቀይሩ
audit-field-name = ስም
audit-field-year-of-birth = ዓመተ ልደት
audit-field-gender = ጾታ
audit-field-country = ሃገር
audit-field-first-language = ቀዳማይ ቋንቋ
audit-field-other-languages = ካልኦት ቋንቋታት
audit-field-english-level = እንግሊዝኛ
audit-field-needs-interpreter = ተርጓሚ የድልዮ
audit-field-interpreter-gender = ጾታ ተርጓሚ
audit-field-immigration-status = ኩነታት መንበሪ
audit-field-phone = ተሌፎን
audit-field-notes = መዘኻኸሪታት
audit-field-consent = ፍቓድ
audit-field-visit-state = ኩነታት
audit-field-needs = ድሌታት
audit-field-language = ቋንቋ
audit-field-interpreting = ትርጉም
audit-field-visit-notes = መዘኻኸሪ
audit-broken-edited = ሓደ ምዝገባ ተኣሪሙ
audit-broken-missing = ሓደ ምዝገባ ይጎድል
audit-broken-out-of-order = ምዝገባታት ብስርዓቶም ኣይኮኑን
key-audit-log = መዝገብ ቍጽጽር

## Signposting and referral
referral-kind-signposted = ተመሪሑ
referral-kind-referred = ተላኢኹ
referral-needs-consent = ምልኣኽ፣ ሓበሬታ እቲ ሰብ ምስቲ ኣገልግሎት ንምክፋል ፍቓዱ የድልዮ። መጀመርታ ሕተትዎ።
referral-needs-follow-up = ምልኣኽ ዕለት ክትትል የድልዮ፣ ሎሚ ወይ ድሕሪኡ።
outcome-pending = ኣብ መስርሕ
outcome-attended = ተረኺቡ
outcome-not-attended = ኣይተረኽበን
outcome-declined = ኣብዩ
outcome-unknown = ዘይፍለጥ

## F6 Follow-ups
screen-follow-ups = ክትትል
key-go-follow-ups = ናብ ክትትል
key-outcome-attended = ተረኺቡ
key-outcome-not-attended = ኣይተረኽበን
key-outcome-declined = ኣብዩ
key-outcome-unknown = ዘይፍለጥ
key-outcome-pending = ገና ኣብ መስርሕ (ሓድሽ ዕለት)
key-close-visit-done = ምብጻሕ ምዕጻው: ተወዲኡ
key-close-visit-left = ምብጻሕ ምዕጻው: ከይተራእየ ከይዱ
follow-ups-counts = ክትትል ዘድልዮ ምልኣኽ: { $referrals } · ክፉት ዝተረፈ ምብጻሕ: { $visits } · ዝዕጾ ምሓዝ: { $bookings }
follow-ups-empty = ክትትል ዘድልዮ ነገር የለን። ምልኣኻት ኣብ ዕለት ክትትሎም ኣብዚ ይርኣዩ፤ ካብ ዝሓለፋ መዓልትታት ኣብ መስርዕ ዝተረፉ ምብጻሓት፣ ከምኡውን ግዜኦም ሓሊፉ ገና ክፉታት ዘለዉ ምሓዝ ተርጓሚ እውን ኣብዚ ይርኣዩ።
follow-ups-referral = ምልኣኽ: { $service }
follow-ups-visit = ክፉት ዝተረፈ ምብጻሕ ({ $state })
col-due = ግዜኡ
col-days-late = ደንጉዩ
col-what = እንታይ
status-outcome-recorded = ውጽኢት ተመዝጊቡ: { $outcome }።
status-follow-up-put-off = ገና ኣብ መስርሕ: ኣብ { $date } እንደገና ክትትል ግበሩ።
status-visit-closed = ምብጻሕ ተዓጺዩ።
status-not-a-referral = እዚ መስመር ምብጻሕ እዩ: d ከም ተወዲኡ፣ l ከም ከይተራእየ ከይዱ ይዓጽዎ።
status-not-a-visit = እዚ መስመር ምልኣኽ እዩ: a ተረኺቡ፣ n ኣይተረኽበን፣ x ኣብዩ፣ u ዘይፍለጥ፣ p ገና ኣብ መስርሕ።
person-referral-pending = ክትትል { $date }
col-kind = ዓይነት
col-service = ኣገልግሎት
col-outcome = ውጽኢት

## Directory
field-stale-months = ንክንደይ ኣዋርሕ ዘይተረጋገጹ ኣገልግሎታት ኣብ ዝርዝር ኣገልግሎታት ምልክት ይግበረሎም (1–60)
error-stale-months = ካብ 1 ክሳብ 60 ዘሎ ቍጽሪ ኣዋርሕ ጽሓፉ።

## Signposting and referral form
form-referral = ምምራሕ ወይ ምልኣኽ: { $name }
field-service = ኣገልግሎት
field-referral-kind = ተመሪሑ ወይ ተላኢኹ
field-consent-to-share = ፍቓድ
field-follow-up = ዕለት ክትትል
referral-consent-question = ሓበሬታኡ ምስዚ ኣገልግሎት ንምክፋል ይሰማማዕ
referral-no-service-found = ዝሰማማዕ ኣገልግሎት የለን። ውሑድ ፊደላት፣ ወይ ካልእ ቃል?
key-refer = ምምራሕ ወይ ምልኣኽ
status-refer-whom = ንምምራሕ ወይ ንምልኣኽ፣ ምብጻሕ ናይ ዝፍለጥ ሰብ ምረጹ (ስም ዘይብሉ በጻሒ ኣይኮነን)፣ ወይ ገጹ ክፈቱ።
status-directory-empty = ዝርዝር ኣገልግሎታት ገና ንጡፍ ኣገልግሎት የብሉን (F4)።
error-choose-service = ኣገልግሎት ምረጹ: ሒደት ፊደላት ጽሓፉ፣ ድሕሪኡ ↑ ↓ ከምኡውን Enter።
status-signposted = { $name } ናብ { $service } ተመሪሑ።
status-referred = { $name } ናብ { $service } ተላኢኹ: ኣብ ዕለት ክትትሉ ኣብ F6 ይርአ።

## Open Referral import and export (dropin import hsds, dropin export hsds)
import-progress = ዝርዝር ኣገልግሎታት ይንበብ ኣሎ
import-summary = ምምጻእ Open Referral — ዝተወሰኹ: { $added }፣ ዝተሓደሱ: { $updated }፣ ዘይተቐየሩ: { $unchanged }፣ ዝተነጸጉ: { $rejected }።
import-rejected = { $place }: { $reason }
import-more-rejected = { $count ->
        [one] …ከምኡውን ሓደ ተወሳኺ ዝተነጸገ መስመር፣ ኣብዚ ዘይተዘርዘረ።
       *[other] …ከምኡውን { $count } ተወሳኺ ዝተነጸጉ መስመራት፣ ኣብዚ ዘይተዘርዘሩ።
    }
import-at-line = { $file }፣ መስመር { $line }
import-at-item = { $file }፣ { $item }
import-at-file = { $file }
import-reason-not-utf8 = እቲ ጽሑፍ ኣብ “{ $column }” ቅኑዕ UTF-8 ኣይኮነን
import-reason-fields = እቲ መስመር { $found } ክፍልታት ኣለዎ፣ ርእሲ ግን { $expected } ኣለዎ
import-reason-json = ቅኑዕ JSON ኣይኮነን (ካብ መስመር { $line }፣ ዓምዲ { $column })
import-reason-too-large = እቲ ፋይል ከም JSON ንምንባብ ኣዝዩ ዓቢ እዩ ({ $mib } MiB)፤ ኣብ ክንድኡ ነቲ CSV ጥቕላል ኣምጽኡ
import-reason-missing = “{ $column }” ባዶ እዩ
import-reason-too-long = “{ $column }” ኣዝዩ ነዊሕ እዩ
import-reason-duplicate = እቲ id “{ $id }” ድሮ ኣብ መስመር { $first } ተጻሒፉ ኣሎ
import-reason-no-organisation = ትካሉ “{ $id }” ኣብ ዝርዝር ኣገልግሎታት የለን
import-reason-no-organisation-id = ዝኾነ ትካል ኣይጠቕስን
import-reason-organisation-rejected = ትካሉ (መስመር { $line }) ተነጺጉ
import-reason-part-rejected = ሓደ መስመሩ ኣብ { $file }፣ መስመር { $line }፣ ተነጺጉ
import-error-not-found = ኣብ { $path } ዝኾነ ነገር የለን።
import-error-not-hsds = { $path } ናይ Open Referral CSV ጥቕላል (datapackage.json ዘለዎ ማህደር) ወይ JSON ኣይኮነን።
import-error-datapackage = { $file } ቅኑዕ መግለጺ ጥቕላል ሓበሬታ ኣይኮነን (መስመር { $line })። ዋላ ሓደ ኣይመጸን።
import-error-no-table = እቲ ጥቕላል ንምምጻእ ዘድሊ ሰንጠረዥ “{ $table }” የብሉን። ዋላ ሓደ ኣይመጸን።
import-error-file-missing = datapackage.json ንፋይል { $file } ይጠቅስ፣ ግን የለን። ዋላ ሓደ ኣይመጸን።
import-error-unsafe-path = datapackage.json ካብ ማህደር እቲ ጥቕላል ወጻኢ ዘሎ { $file } ይጠቅስ: ተነጺጉ። ዋላ ሓደ ኣይመጸን።
import-error-missing-column = { $file } ንምምጻእ ዘድሊ ዓምዲ “{ $column }” የብሉን: እቲ ፋይል ተነጺጉ፣ ዋላ ሓደ ኣይመጸን።
import-error-read = { $file } ክንበብ ኣይክእልን ({ $detail })።
import-error-mapping = ፋይል ምትሕሓዝ፣ መስመር { $line }: “{ $text }” ሕጊ ኣይኮነን (PATTERN = DOMAIN, DOMAIN …)። ዋላ ሓደ ኣይመጸን።
import-error-mapping-domain = ፋይል ምትሕሓዝ፣ መስመር { $line }: “{ $text }” ካብቶም 14 ዘይኮነ ዓውዲ ይጠቅስ። ዋላ ሓደ ኣይመጸን።
import-error-not-allowed = ኣገልግሎታት ናብ ዝርዝር ኣገልግሎታት ከምጽእ ዝኽእል ኣተሓባባሪ ጥራይ እዩ።
export-progress = ዝርዝር ኣገልግሎታት ይጽሓፍ ኣሎ
export-done = { $services ->
        [one] ሓደ ኣገልግሎት
       *[other] { $services } ኣገልግሎታት
    } ካብ { $organisations ->
        [one] ሓደ ትካል
       *[other] { $organisations } ትካላት
    } ናብ { $dir } ተጻሒፉ።
export-error-not-empty = { $dir } ባዶ ኣይኮነን: ሓድሽ ወይ ባዶ ማህደር ምረጹ።
export-error-write = { $file } ክጽሓፍ ኣይክእልን ({ $detail })።

## Slip
slip-title = ወረቐት (Ctrl+P ምሕታም · Ctrl+T ከም ጽሑፍ ምዕቃብ · Esc ምዕጻው)
slip-address = ኣድራሻ
slip-phone = ተሌፎን
slip-opening-times = ሰዓታት ስራሕ
slip-website = ወብሳይት
slip-email = ኢመይል
key-print-slip = ምሕታም
key-save-slip = ከም ፋይል ጽሑፍ ምዕቃብ
field-printer = ማሕተሚ ንወረቐት (ባዶ: ከም ጽሑፍ ምዕቃብ)
status-slip-saved = ወረቐት ከም { $file } ተዓቂቡ።
status-slip-not-saved = እቲ ወረቐት ክዕቀብ ኣይከኣለን: { $why }
status-slip-printed = ወረቐት ናብ { $printer } ተሰዲዱ።
status-slip-not-printed = ማሕተሚ { $printer } ነቲ ወረቐት ኣይተቐበሎን። ስሙ ኣብ ምድላዋት (F8) ኣረጋግጹ፣ ወይ ከም ፋይል ጽሑፍ ንምዕቃብ t ጠውቑ።
status-no-printer = ማሕተሚ ኣይተወሰነን (ምድላዋት፣ F8)። ነቲ ወረቐት ከም ፋይል ጽሑፍ ንምዕቃብ t ጠውቑ።
status-no-lp = ምሕታም ናይ ሲስተም ትእዛዝ lp (CUPS) የድልዮ፣ እዚ ኮምፒተር ድማ የብሉን። ነቲ ወረቐት ከም ፋይል ጽሑፍ ንምዕቃብ t ጠውቑ።
screen-directory = ዝርዝር ኣገልግሎታት
key-go-directory = ናብ ዝርዝር ኣገልግሎታት
key-new-service = ሓድሽ ኣገልግሎት
key-open-service = ኣገልግሎት ምኽፋት
key-edit-service = ኣገልግሎት ምእራም
key-mark-verified = ሎሚ ከም ዝተረጋገጸ ምልክት
key-deactivate-service = ኣገልግሎት ደው ምባል
key-reactivate-service = ኣገልግሎት እንደገና ንጡፍ ምግባር
key-filter-domain = ብዓውዲ ምፍላይ
key-filter-language = ብቋንቋ ምፍላይ
key-show-inactive = ዘይንጡፋት ኣገልግሎታት ምርኣይ ወይ ምሕባእ
directory-search-label = ኣገልግሎታት ድለዩ:
directory-filter-domain = ዓውዲ: { $domain }
directory-filter-language = ቋንቋ: { $language }
directory-inactive-hidden = ዘይንጡፋት ተሓቢኦም
directory-inactive-shown = ዘይንጡፋት ይርኣዩ
directory-any = ዝኾነ
directory-summary = ዝርኣዩ: { $shown } ካብ { $total } · ⚠ ን { $months } ኣዋርሕ ዘይተረጋገጹ: { $stale }
directory-empty = ዝርዝር ኣገልግሎታት ባዶ እዩ። ኣተሓባባሪ ብ Ctrl+N ኣገልግሎታት ይውስኽ።
directory-none = ዝሰማማዕ ኣገልግሎት የለን። Esc ነቲ ምድላይ፣ ድሕሪኡ ነቶም ምፍላያት የጽሪ።
directory-inactive = ዘይንጡፍ
directory-never = ፈጺሙ
directory-domain-title = ብዓውዲ ምፍላይ
directory-language-title = ብቋንቋ ምፍላይ
directory-any-domain = ዝኾነ ዓውዲ
directory-any-language = ዝኾነ ቋንቋ
col-organisation = ትካል
col-domains = ዓውድታት
col-checked = ተረጋጊጹ
form-new-service = ሓድሽ ኣገልግሎት
form-edit-service = ኣገልግሎት ምእራም
field-organisation = ትካል
field-service-name = ስም ኣገልግሎት
field-description = መግለጺ
field-domains = ዓውድታት
field-address = ኣድራሻ
field-postcode = ፖስታ ኮድ
field-email = ኢመይል
field-website = ወብሳይት
field-opening-times = ሰዓታት ስራሕ
field-service-languages = ዝዝረባ ቋንቋታት
field-eligibility = ንመን እዩ
field-how-to-refer = ኣገባብ ምልኣኽ
field-service-status = ኩነታት
field-last-verified = ዳሕራይ ዝተረጋገጸሉ
field-source = ምንጪ
service-active = ንጡፍ
service-inactive = ዘይንጡፍ: ሕጂ ኣይቕረብን
service-never-checked = ፈጺሙ ኣይተረጋገጸን
service-stale = ን { $months } ኣዋርሕ ወይ ልዕሊኡ ኣይተረጋገጸን
service-typed = ኣብዚ ማእከል ዝተጻሕፈ
service-imported = ብ { $date } ካብ ዝርዝር Open Referral ዝመጸ (መለለዪኡ: { $id })
status-service-saved = { $name } ተዓቂቡ።
status-service-verified = { $name } ሎሚ ከም ዝተረጋገጸ ተመልኪቱ።
status-service-deactivated = { $name } ሕጂ ዘይንጡፍ እዩ: እቲ ዝርዝር ይሓብኦ (Ctrl+T ዘይንጡፋት ኣገልግሎታት የርኢ)።
status-service-reactivated = { $name } እንደገና ንጡፍ እዩ።
key-show-slip = ወረቐት
key-import-directory = ምምጻእ (Open Referral)
import-from-title = ኣገልግሎታት ምምጻእ (Open Referral)
import-from-hint = datapackage.json ከምኡውን ፋይላት CSV ዘለዎ ማህደር፣ ወይ ፋይል ወይ ማህደር JSON። Enter የምጽእ፤ Esc ይመልስ።
import-from-label = ቦታ ፋይል:
import-report-title = ምምጻእ
put-off-title = ገና ኣብ መስርሕ
put-off-hint = እንደገና ክትትል ዝግበረሉ ዕለት (YYYY-MM-DD)። Enter የረጋግጽ፤ Esc ይመልስ።

## Interpreter bookings
booking-bad-duration = ምሓዝ ተርጓሚ ካብ 1 ደቒቕ ክሳብ 12 ሰዓት ይወስድ።
booking-interpreter-busy = እቲ ተርጓሚ ኣብቲ ግዜ እቲ ድሮ ተሓዚዙ ኣሎ (ነቲ ዝርአ ምሓዝ ርኣዩ)።
booking-interpreter-inactive = እቲ ተርጓሚ ድሕሪ ሕጂ ንጡፍ ኣይኮነን።
booking-bad-transition = ኣብዚ ኩነታት ዘሎ ምሓዝ ብኸምዚ ክቕየር ኣይክእልን።
booking-no-show-too-early = ዘይምምጻእ ክምዝገብ ዝኽእል እቲ ቆጸራ ምስ ጀመረ ጥራይ እዩ።

## F5 Interpreters: the roster and bookings
booking-person-busy = እዚ ሰብ ኣብቲ ግዜ እቲ ድሮ ምሓዝ ተርጓሚ ኣለዎ (ይርአ ኣሎ)። ክልቲኦም ንምሓዝ እንደገና ብ Ctrl+S ዓቅቡ።
interpreter-incomplete = ተርጓሚ ስምን እንተወሓደ ሓደ ቋንቋን የድልዮ።
screen-interpreters = ተርጐምቲ
key-go-interpreters = ናብ ተርጐምቲ
key-new-interpreter = ሓድሽ ተርጓሚ
key-edit-interpreter = ተርጓሚ ምእራም
key-show-day = መዓልቲ
key-show-week = ሰሙን
key-show-roster = ዝርዝር ተርጐምቲ
key-filter-gender = ጾታ
key-filter-mode = ኣገባብ
key-new-booking = ሓድሽ ምሓዝ
key-edit-booking = ምሓዝ ምኽፋት
key-confirm-booking = ምርግጋጽ
key-complete-booking = ተፈጺሙ
key-cancel-booking = ምሓዝ ምስራዝ
key-no-show = ኣይመጸን
key-export-calendar = ፋይል ካሌንደር (.ics)
key-earlier = ቅድሚኡ
key-later = ድሕሪኡ
key-book-interpreter = ተርጓሚ ምሓዝ
col-languages = ቋንቋታት
form-booking = ተርጓሚ ምሓዝ
form-booking-edit = ምሓዝ ተርጓሚ
field-person = ሰብ
field-booking-language = ቋንቋ
field-dialect = ላህጃ
field-mode = ኣገባብ
field-appointment = ቆጸራ
field-place = ቦታ
field-date = ዕለት (YYYY-MM-DD)
field-start = ይጅምር (HH:MM)
field-end = ይውዳእ (HH:MM)
field-interpreter = ተርጓሚ
field-cancel-reason = ስለምንታይ
error-bad-date = ዕለት ከም YYYY-MM-DD ጽሓፉ፣ ንኣብነት 2026-12-03።
error-bad-time = ሰዓት ከም HH:MM ጽሓፉ፣ ንኣብነት 09:30።
error-choose-person = ስም ወይ ኮድ ጽሓፉ እሞ ነቲ ሰብ ብ Enter ምረጽዎ።
error-choose-language = ቋንቋ (ስም ወይ ኮድ) ጽሓፉ እሞ ብ Enter ምረጽዎ።
booking-unknown-language = በዚ ስም ወይ ኮድ ዝኾነ ቋንቋ የለን: ካብቲ ዝርዝር ሓደ ብ Enter ምረጹ።
booking-ends-before-start = መወዳእታ ድሕሪ መጀመርታ ክኸውን ኣለዎ።
booking-starts-in-past = እዚ ኣብ ዝሓለፈ ግዜ ይጅምር። ነቲ ዕለት ኣረጋግጹ፤ ብዘየገድስ ንምሓዙ እንደገና ብ Ctrl+S ዓቅቡ።
booking-cancel-needs-reason = እቲ ምሓዝ ስለምንታይ ከም ዝተሰረዘ ግለጹ።
booking-no-interpreter-yet = ገና የለን (ተሓቲቱ)
booking-nobody-fits-gender = ኣብ ዝርዝር ተርጐምቲ ነዚ ቋንቋ ምስቲ ዝተመርጸ ጾታ ዝሰማማዕ የለን: እቲ ምሓዝ ከም ዝተሓተተ ይጸንሕ።
booking-nobody-speaks = ኣብ ዝርዝር ተርጐምቲ ነዚ ቋንቋ ወይ ተዛማዲ ቋንቋ ዝዛረብ የለን።
miss-related-language = { $language } ({ $dialects }) ይዛረብ፣ ተዛማዲ ቋንቋ እዩ: መጀመርታ ሕተቱ
miss-other-dialect = ካልኦት ላህጃታት: { $dialects }
miss-gender = ዝተመርጸ ጾታ ኣይኮነን
miss-mode = በዚ ኣገባብ ኣይሰርሕን
miss-busy = ኣብቲ ግዜ ተሓዚዙ
miss-inactive = ድሕሪ ሕጂ ንጡፍ ኣይኮነን
status-booking-saved = ምሓዝ ተዓቂቡ: { $booking }
status-booking-moved = ምሓዝ ሕጂ { $status }: { $booking }
status-calendar-saved = ፋይል ካሌንደር ተዓቂቡ: { $file }
status-calendar-not-saved = ፋይል ካሌንደር ክዕቀብ ኣይከኣለን: { $why }
status-calendar-nothing = ነዚ ተርጓሚ ኣብዚ ሰሙን ምሓዝ የለን።
calendar-summary = ተርጓሚ: { $language } — { $appointment }
calendar-reference = ኮድ: { $reference }
calendar-language = ቋንቋ: { $language }
calendar-mode = ኣገባብ: { $mode }
calendar-status = ኩነታት: { $status }
cancel-booking-title = ምሓዝ ምስራዝ
cancel-booking-hint = Enter ነቲ ምሓዝ ይሰርዞ፤ Esc ይሕዞ።
mode-in-person = ብኣካል
mode-phone = ተሌፎን
mode-video = ቪድዮ
interpreter-gender-other = ካልእ
appointment-gp = ሓኪም (GP)
appointment-hospital = ሆስፒታል
appointment-solicitor = ጠበቓ
appointment-home-office = ሆም ኦፊስ
appointment-housing = መንበሪ ገዛ
appointment-school = ቤት ትምህርቲ
appointment-council = ምምሕዳር ከባቢ
appointment-benefits = ቤነፊት
appointment-other = ካልእ
booking-status-requested = ተሓቲቱ
booking-status-confirmed = ተረጋጊጹ
booking-status-completed = ተፈጺሙ
booking-status-cancelled = ተሰሪዙ
booking-status-late-cancelled = ደንጉዩ ተሰሪዙ
booking-status-no-show = ኣይመጸን
bookings-day = ምሓዝ ብ { $date } ({ $count }) — ← → ካልእ መዓልቲ
bookings-week = ሰሙን ካብ { $date } ({ $count } ምሓዝ) — ← → ካልእ ሰሙን
bookings-requests-count = ገና ዘይተረጋገጹ ሕቶታት: { $count }
bookings-none = ኣብዛ መዓልቲ ምሓዝ የለን። Ctrl+N ተርጓሚ ይሕዝ።
timegrid-legend = [..] █ ተረጋጊጹ  ? ተሓቲቱ  · ተፈጺሙ  ! ግጭት  ‹ › ካብ 08–18 ወጻኢ
col-time = ሰዓት
col-interpreter = ተርጓሚ
col-appointment = ቆጸራ
col-status = ኩነታት
weekday-mon = ሰኑ
weekday-tue = ሰሉ
weekday-wed = ረቡ
weekday-thu = ሓሙ
weekday-fri = ዓር
weekday-sat = ቀዳ
weekday-sun = ሰን
today-bookings = ሎሚ ዝተሓዙ ተርጐምቲ ({ $count }) — F5 ንመዓልቲ
follow-ups-booking = ተርጓሚ { $time } { $appointment }፣ { $interpreter } ({ $status }): ዕጸውዎ
status-not-a-booking = እዚ ምሓዝ ተርጓሚ ኣይኮነን።

## F5 roster (interpreter form)
col-gender = ጾታ
col-modes = ኣገባባት
col-agency = ኤጀንሲ
roster-search-label = ስም፣ ቋንቋ ወይ ላህጃ ድለዩ:
roster-filter-gender = ጾታ: { $gender }
roster-filter-mode = ኣገባብ: { $mode }
roster-any = ዝኾነ
roster-shown = ዝርኣዩ: { $shown } ካብ { $total }
roster-empty = ኣብ ዝርዝር ተርጐምቲ ገና ተርጓሚ የለን። ኣተሓባባሪ ክውስኾም ይኽእል።
roster-empty-add = ኣብ ዝርዝር ተርጐምቲ ገና ተርጓሚ የለን። ንምውሳኽ { $key } ጠውቑ።
roster-none = ዝሰማማዕ ተርጓሚ የለን። Esc ነቲ ምድላይ፣ ድሕሪኡ ነቶም ምፍላያት የጽሪ።
roster-modes-all = ኩሉ ኣገባባት
roster-volunteer = ወለንታዊ
roster-inactive = ዘይንጡፍ
form-new-interpreter = ሓድሽ ተርጓሚ
form-edit-interpreter = ተርጓሚ ምእራም
field-interpreter-languages = ቋንቋታት
field-add-language = ቋንቋ ምውሳኽ
field-modes = ኣገባባት
field-agency = ኤጀንሲ
field-contact = መራኸቢ
field-active = ንጡፍ
interpreter-dialects = ላህጃታት:
interpreter-dialects-hint = ኣብ መንጎ ላህጃታት ኮማ፤ { $key } ነቲ ቋንቋ ይድምስሶ።
interpreter-add-language-hint = ናይ እንግሊዝኛ ስሙ ወይ ኮዱ ጽሓፉ (tigr, apd)፣ ድሕሪኡ Enter።
interpreter-agency-empty = ባዶ: ወለንታዊ ተርጓሚ
interpreter-active-note = ክተሓዝ ይኽእል
error-no-language = እንተወሓደ ሓደ ቋንቋ ወስኹ: ካብ ስሙ ክፋል ጽሓፉ፣ ድሕሪኡ Enter።
error-language-not-found = ምስ “{ $typed }” ዝሰማማዕ ቋንቋ የለን። ውሑድ ፊደላት፣ ወይ ኮዱ ፈትኑ።
status-interpreter-saved = { $name } ኣብ ዝርዝር ተርጐምቲ ተዓቂቡ።
key-remove-language = ነዚ ቋንቋ ምእላይ
check-bookings-unreadable = ሓደ ክፋል ምሓዝ ተርጐምቲ ክንበብ ኣይክእልን: { $about }
check-booking-unlisted = ሓደ ምሓዝ ካብ ዝርዝር እቲ ሰብ ይጎድል: { $about }
check-booking-missing = ዝርዝር ሓደ ሰብ ዘየለ ምሓዝ ይጠቅስ: { $about }
check-booking-index = መመልከቲ ግዜታት ተርጐምቲ ወይ ክፉታት ምሓዝ ምስ ሓደ ምሓዝ ኣይሰማማዕን: { $about }
check-booking-clash = ሓደ ተርጓሚ ብሓንሳብ ኣብ ክልተ ምሓዝ ኣሎ: { $about }
check-support-unreadable = ኣብ ምብጻሕ ዝተዋህበ ደገፍ ክኽፈት ኣይክእልን: { $about }
check-support-orphan = ደገፍ ኣብ ዘየለ ወይ ናቱ ዘይኮነ ምብጻሕ ተመዝጊቡ: { $about }
check-key-dates-unreadable = ሓደ ክፋል ኣገደስቲ ዕለታት ክንበብ ኣይክእልን: { $about }
check-key-date-misplaced = ሓደ ኣገዳሲ ዕለት ምስ ናይ ካልእ ሰብ ተዓቂቡ: { $about }
check-key-date-reminder = መዘኻኸሪ F6 ናይ ሓደ ኣገዳሲ ዕለት ይጎድል ወይ ብዘይ ምኽንያት ተሪፉ: { $about }
cancel-booking-hint-late = ቅድሚ መጀመርታ ካብ 24 ሰዓት ዝወሓደ: ደንጉዩ ምስራዝ እዩ። Enter ይሰርዝ፤ Esc ይሕዞ።
booking-cancelled-line = ብ { $date } ብ { $who } ተሰሪዙ: { $why }
key-export-week = ሰሙን ናብ ካሌንደር (.ics)

## Amounts of money
money-error-empty = መጠን ጽሓፉ፣ ንኣብነት 12.50።
money-error-negative = መጠን ትሕቲ ዜሮ ክኸውን ኣይክእልን።
money-error-not-a-number = መጠን ኣይኮነን: ፓውንድን ፔንስን ብኣሃዛት ጽሓፉ፣ ንኣብነት 12.50 ወይ £12.50።
money-error-too-many-decimals = ድሕሪ ነጥቢ ቢዝሒ ክልተ ኣሃዛት (ፔንስ)፣ ንኣብነት 12.50።
money-error-two-points = ሓንቲ ነጥቢ ጥራይ፣ ንኣብነት 12.50።
money-error-grouping = ኮማ ኣብ መንጎ ኣሽሓት ጥራይ ይኣቱ፣ ንኣብነት 1,250.00፤ ፔንስ ድሕሪ ነጥቢ ይመጽእ: 12.50።
money-error-other-currency = መጠናት ብፓውንድ (£) ጥራይ እዮም።
money-error-too-large = እዚ መጠን ቅኑዕ ንምዃን ኣዝዩ ዓቢ እዩ: ነቲ ቍጽሪ ኣረጋግጹ።

## Support given on a visit
support-kind-food-parcel = ጥቕላል መግቢ
support-kind-travel-fare = ዋጋ መጓዓዝያ
support-kind-hardship-payment = ክፍሊት ጸገም
support-kind-clothing = ክዳውንቲ
support-kind-phone-top-up = ካርድ ተሌፎን
support-kind-other = ካልእ
support-error-amount-missing = ዝተዋህበ መጠን ጽሓፉ፣ ንኣብነት 12.50።
support-error-amount-zero = እቲ መጠን ዜሮ እዩ: ዝተዋህበ ጽሓፉ፣ ንኣብነት 12.50።
support-error-amount-not-money = እዚ ደገፍ ገንዘብ ኣይኮነን: መጠን ባዶ ግደፍዎ እሞ እንታይ ከም ዝተዋህበ ኣብ መዘኻኸሪ ጽሓፉ።
support-error-note-missing = እንታይ ከም ዝተዋህበ ኣብ መዘኻኸሪ ጽሓፉ።
support-error-note-too-long = እቲ መዘኻኸሪ ኣዝዩ ነዊሕ እዩ: ቢዝሒ { $max } ፊደላት።
key-give-support = ዝተዋህበ ደገፍ
field-support-kind = ዓይነት ደገፍ
field-support-amount = መጠን (£)
support-amount-hint = ፓውንድን ፔንስን፣ ንኣብነት 12.50 ወይ £12.50
support-confirm-large = { $amount } ንሓደ ነገር ካብ { $limit } ይበዝሕ። ኣረጋግጽዎ: እንደገና Ctrl+S የዕቅቦ።
status-support-confirm-large = ዓቢ መጠን: ኣረጋግጽዎ፣ ድሕሪኡ ንምዕቃብ እንደገና Ctrl+S።
status-support-given = ተመዝጊቡ: { $kind } ን { $name }።
status-support-over-limit = ተዓቂቡ። { $name } ኣብ 12 ኣዋርሕ { $total } ረኺቡ፣ ካብ ደረት { $limit } ንላዕሊ።
status-support-which-visit = መጀመርታ ምብጻሕ ምረጹ: ደገፍ ኣብ ምብጻሕ እዩ ዝምዝገብ።
field-support-given = ኣብዚ ምብጻሕ ድሮ ዝተዋህበ
key-remove-support = ብጌጋ ዝተመዝገበ ነገር ምእላይ
support-remove-question = “{ $what }” ካብዚ ምብጻሕ ይለኣል ድዩ? ብጌጋ እዩ ተመዝጊቡ፤ መዝገብ ቍጽጽር ከም ዝተኣልየ ይሕዝ።
support-remove-yes = ምእላይ
status-support-removed = ተኣልዩ። ጠቕላሊ ናይቲ ሰብ ተሓዲሱ።
status-support-not-yours = ዝመዝገቦ ወይ ኣተሓባባሪ ጥራይ እዮም ከእልይዎ ዝኽእሉ።
audit-support-removed = ኣብ ምብጻሕ ዝተዋህበ ደገፍ ኣልዩ (ብጌጋ ዝተመዝገበ)
form-support = ን { $name } ዝተዋህበ ደገፍ
support-form-total = ኣብ ዝሓለፈ 12 ኣዋርሕ፣ እዚ ሓዊሱ: { $total }
support-over-limit = ካብ ደረት { $limit } ንላዕሊ
person-support-summary = ደገፍ፣ ዝሓለፈ 12 ኣዋርሕ: { $total } ብገንዘብ፣ { $count ->
    [one] ሓደ ነገር
   *[other] { $count } ነገራት
}

## Households (people who came together)
household-title = ስድራቤት
household-child-born = ቆልዓ፣ ልደት { $year }
relation-partner = መጻምድቲ
relation-child = ቆልዓ
relation-parent = ወላዲ
relation-sibling = ሓው ወይ ሓብቲ
relation-other-relative = ካልእ ዘመድ
relation-other = ዘመድ ዘይኮነ (ዓርኪ፣ ኣላዪ)
household-error-in-another = ድሮ ኣብ ካልእ ስድራቤት ኣሎ: መጀመርታ ካብኡ ኣውጽእዎ።
household-error-already-member = ድሮ ኣብዚ ስድራቤት ኣሎ።
household-error-not-member = ኣብዚ ስድራቤት የለን።
household-error-anchor-has-others = እቲ ስድራቤት ብእኡ ኣቢሉ እዩ ተመዝጊቡ: መጀመርታ ብኻልእ ሰብ ኣቢልኩም መዝግብዎ (Ctrl+R)።
household-error-too-small = ስድራቤት እንተወሓደ ክልተ ሰባት የድልዮ።
household-error-relations = ነፍሲ ወከፍ ሰብ ምስቲ ስድራቤት ብእኡ ኣቢሉ ዝተመዝገበ ሰብ እንታይ ዝምድና ከም ዘለዎ ግለጹ።

## Key dates (hearings, interviews, deadlines)
key-date-kind-interview = ቃለ-መሕትት ሆም ኦፊስ
key-date-kind-appeal-hearing = ቤት ፍርዲ ይግባይ ዑቕባ
key-date-kind-appeal-deadline = ናይ መወዳእታ ዕለት ይግባይ
key-date-kind-move-on-end = መወዳእታ ግዜ ምስግጋር (ደገፍ ዑቕባ ይቋረጽ)
key-date-kind-court = ቤት ፍርዲ
key-date-kind-other = ካልእ ዕለት
key-date-outcome-kept = ተፈጺሙ፣ ወይ ኣብ ግዜኡ ተበጺሑ
key-date-outcome-moved = ናብ ካልእ መዓልቲ ተሰጋጊሩ
key-date-outcome-missed = ኣምሊጡ
key-date-outcome-cancelled = ተሰሪዙ፣ ወይ ድሕሪ ሕጂ ኣየድልን
key-date-due-later = ደሓር
key-date-due-in = { $days ->
        [0] ሎሚ
        [one] ጽባሕ
       *[other] ድሕሪ { $days } መዓልቲ
    }
key-date-due-passed = { $days ->
        [one] ትማሊ ሓሊፉ፣ ገና ውጽኢት የለን
       *[other] ቅድሚ { $days } መዓልቲ ሓሊፉ፣ ገና ውጽኢት የለን
    }
key-date-due-done = ተወዲኡ
key-date-soon = { $days ->
        [one] ኣገዳሲ ዕለት ሎሚ ወይ ጽባሕ
       *[other] ኣገዳሲ ዕለት ኣብ ውሽጢ { $days } መዓልቲ
    }
key-date-warning-past = እዚ ዕለት ድሮ ሓሊፉ። ብዘየገድስ ይዕቀብ ድዩ?
key-date-lead-days-hint = ባዶ: ነዚ ዓይነት ዕለት ዝለመደ።
field-key-date-kind = ዓይነት ዕለት
field-key-date-date = ዕለት
field-key-date-grant = ዕለት ምፍቃድ
field-key-date-lead-days = ቅድሚ ክንደይ መዓልቲ ይዘከር
field-key-date-note = መዘኻኸሪ
error-choose-kind = እዚ ዕለት እንታይ ዓይነት ምዃኑ ምረጹ።
error-date-missing = ዕለት ከም YYYY-MM-DD ጽሓፉ፣ ንኣብነት 2026-12-03።
error-grant-date-missing = ዕለት ምፍቃድ ጽሓፉ: መወዳእታ ደገፍ ግዜ ምስግጋር ካብኡ እዩ ዝሕሰብ።
error-lead-days = ካብ 0 ክሳብ 365 ዘሎ ቍጽሪ መዓልትታት ጽሓፉ።
error-date-future = እዚ ዕለት ገና ኣይበጽሐን: እቲ ዝተፈጸመሉ መዓልቲ ጽሓፉ።
key-add-key-date = ኣገዳሲ ዕለት ምውሳኽ
key-key-date-kept = ኣገዳሲ ዕለት: ተፈጺሙ
key-key-date-moved = ኣገዳሲ ዕለት: ናብ ካልእ መዓልቲ ተሰጋጊሩ
key-key-date-missed = ኣገዳሲ ዕለት: ኣምሊጡ
key-key-date-cancelled = ኣገዳሲ ዕለት: ተሰሪዙ፣ ወይ ኣየድልን
key-date-kind-choose = (ምረጹ: Space ወይ ←/→)
key-date-move-on-ends = ደገፍ ብ { $date } ይውዳእ (ድሕሪ ምፍቃድ { $days } መዓልቲ)
key-date-move-on-hint = ደገፍ ድሕሪ ምፍቃድ { $days } መዓልቲ ይውዳእ።
key-date-lead-days-usual = ባዶ: ቅድሚ { $days } መዓልቲ፣ ነዚ ዓይነት ዕለት ዝለመደ።
key-date-move-on-row = ግዜ ምስግጋር ይውዳእ (ምፍቃድ { $grant })
key-date-outcome-hint = እንተደሊኹም መዘኻኸሪ (ግድን ኣይኮነን)። Enter ይምዝግቦ፤ Esc ይመልስ።
form-key-date = ኣገዳሲ ዕለት ምውሳኽ: { $name }
status-key-date-saved = ኣገዳሲ ዕለት ተዓቂቡ: { $kind }፣ { $date }
status-not-a-key-date = እዚ መስመር ኣገዳሲ ዕለት ኣይኮነን።
status-key-date-row = እዚ መስመር ኣገዳሲ ዕለት እዩ: h ተፈጺሙ፣ m ተሰጋጊሩ፣ s ኣምሊጡ፣ w ተሰሪዙ (ወይ Ctrl+O)።
follow-ups-key-dates = ስጉምቲ ዘድልዮም ኣገደስቲ ዕለታት: { $count } (ዝቐርቡ፣ ወይ ብዘይ ውጽኢት ዝሓለፉ)
col-key-date = ዕለት
col-note = መዘኻኸሪ
key-date-passed-short = { $days ->
        [one] ትማሊ ሓሊፉ
       *[other] ቅድሚ { $days } መዓልቲ ሓሊፉ
    }
key-date-move-on-short = ግዜ ምስግጋር ይውዳእ

## Safeguarding concerns
safeguarding-help-danger = ሓደ ሰብ ኣብ ቅጽበታዊ ሓደጋ እንተሃልዩ፣ መጀመርታ ናብ 999 ደውሉ፤ ድሕሪኡ ኣብዚ መዝግብዎ።
safeguarding-help-lead = ምዕቃብ ንሓላፊ ሓለዋ ናይቲ ማእከል ብኡንብኡ ይሕብሮ። ሓላፊ ሓለዋ ቀጺሉ እንታይ ከም ዝግበር ዝውስን ወለንታዊ እዩ፣ ንኣብነት ናብ ምምሕዳር ከባቢ ወይ ፖሊስ ምልኣኽ፣ ኣብዚ ድማ ይምዝግቦ። ነዚ ስክፍታ ሓለዋ ክርእዩ ዝኽእሉ እቲ ሓላፊ፣ ኣተሓባበርቲን ንስኹምን ጥራይ ኢኹም።
safeguarding-new-count = { $count ->
        [one] ሓደ ሓድሽ ስክፍታ ሓለዋ
       *[other] { $count } ሓደስቲ ስክፍታታት ሓለዋ
    }
concern-unnamed = ስም ዝተጠቕሰ ሰብ የለን
concern-category-child = ኣብ ሓደጋ ዘሎ ቆልዓ
concern-category-adult = ኣብ ሓደጋ ዘሎ ዓቢ ሰብ
concern-category-domestic-abuse = ዓመጽ ኣብ ገዛ
concern-category-trafficking = ዝውውር ሰብ ወይ ዘመናዊ ባርነት
concern-category-self-harm = ነብስኻ ምጕዳእ ወይ ሓደጋ ነብሰ-ቅትለት
concern-category-other = ካልእ ነገር
concern-agency-childrens-services = ኣገልግሎት ቆልዑ ምምሕዳር ከባቢ
concern-agency-adults-services = ኣገልግሎት ዓበይቲ ምምሕዳር ከባቢ
concern-agency-police = ፖሊስ
concern-agency-modern-slavery-helpline = ተሌፎን ሓገዝ ዘመናዊ ባርነት (Modern Slavery Helpline)
concern-agency-domestic-abuse = ኣገልግሎት ዓመጽ ኣብ ገዛ
concern-agency-health = ሓኪም (GP) ወይ ኣገልግሎት ጥዕና
concern-agency-other = ካልእ ኣካል
concern-step-referred = ናብ ካልእ ተላኢኹ
concern-step-action = ካልእ ስጉምቲ ተወሲዱ
concern-step-closed = ተዓጺዩ
concern-status-open = ክፉት
concern-status-referred-on = ናብ ካልእ ተላኢኹ
concern-status-closed = ተዓጺዩ
concern-error-not-allowed = ቀጺሉ ዝተፈጸመ ክምዝግቡ ዝኽእሉ ሓላፊ ሓለዋን ኣተሓባበርቲን ጥራይ እዮም።
concern-error-closed = እዚ ስክፍታ ተዓጺዩ። ሓድሽ ነገር እንተኣጋጢሙ፣ ሓድሽ ስክፍታ ሓለዋ ኣልዕሉ።
field-concern-category = ብዛዕባ እንታይ እዩ
field-concern-seen-or-said = እንታይ ተራእዩ ወይ ተባሂሉ
field-concern-action-taken = እንታይ ገይርኩም
field-concern-step = ቀጺሉ እንታይ ኮይኑ
field-concern-agency = ናብ መን ተላኢኹ
field-concern-on = ዕለት
field-concern-note = መዘኻኸሪ
error-choose-category = እቲ ስክፍታ ብዛዕባ እንታይ ምዃኑ ምረጹ።
field-move-on-days = ግዜ ምስግጋር (መዓልትታት ድሕሪ ምፍቃድ)
field-support-limit = ደረት ደገፍ ንሓደ ሰብ፣ 12 ኣዋርሕ (£፤ ባዶ: ደረት የለን)
error-move-on-days = ካብ 1 ክሳብ 365 ዘሎ ቍጽሪ መዓልትታት ጽሓፉ (ልሙድ 28 እዩ)።
audit-key-date-saved = ኣገዳሲ ዕለት ወሲኹ ወይ ውጽኢቱ መዝጊቡ
audit-support-given = ኣብ ምብጻሕ ዝተዋህበ ደገፍ መዝጊቡ

## Households (issue 7)
audit-household-saved = ስድራቤት ፈጢሩ፣ ቀይሩ ወይ ኣፍሪሱ
check-households-unreadable = ሓደ መዝገብ ስድራቤት ክንበብ ኣይክእልን: { $about }
check-household-index = መመልከቲ ስድራቤት ምስ ስድራቤታት ናይ { $about } ኣይሰማማዕን
check-household-invalid = ስድራቤት { $about } ካብ ክልተ ዝወሓዱ ሰባት፣ ክልተ ግዜ ዝተጻሕፈ ሰብ፣ ወይ መዝገቡ ዝጠፍአ ሰብ ኣለዎ
check-household-twice = { $about } ኣብ ክልተ ስድራቤት ኣሎ
key-household = ስድራቤት
key-remove-from-household = ካብ ስድራቤት ምውጻእ
key-whole-household = ብምሉኡ ስድራቤት መጺኡ
household-none = የለን (ምስኡ ዝመጸ ሰብ ንምውሳኽ Ctrl+G)
household-more = … ከምኡውን { $count } ተወሳኺ (Ctrl+G)
household-relation-of = { $relation } ናይ { $name }
household-anchor = እቲ ስድራቤት ብእኡ ኣቢሉ እዩ ዝምዝገብ
household-recorded-through = ዝምድናታት ምስ { $name } እዮም፣ እቲ ስድራቤት ብእኡ ኣቢሉ ዝምዝገብ።
household-form-title = ስድራቤት ናይ { $name }
household-field-add-person = ሰብ ምውሳኽ
household-field-add-child = ቆልዓ ምውሳኽ (ዓመተ ልደት)
household-field-members = ኣብ ስድራቤት
household-hint-list = ← → ዝምድና · Enter: ቅኑዕ እዩ · Ctrl+R: ብእኡ ኣቢልካ ምምዝጋብ
household-confirm-remove = { $name } ካብ ስድራቤት ይውጻእ ድዩ?
household-confirm-remove-child = እቲ ብ { $year } ዝተወልደ ቆልዓ ካብ ስድራቤት ይውጻእ ድዩ?
household-remove-yes = ምውጻእ
status-household-saved = ስድራቤት ተዓቂቡ።
status-household-dissolved = እቲ ስድራቤት ድሕሪ ሕጂ የለን: ካብ ክልተ ዝወሓዱ ሰባት እዮም ተሪፎም።
field-visit-household = ምስኡ ዝመጹ
household-needs-same = ተመሳሳሊ ድሌታት
household-needs-own = ናቱ ድሌታት
household-hint-visit = Space: ንሱ እውን መጺኡ · Enter: ናቱ ድሌታት · Ctrl+A: ኩሎም
field-visit-needs-of = ድሌታት ናይ { $name }
status-visits-saved = { $count ->
    [one] ምብጻሕ ናይ { $name } ተዓቂቡ።
   *[other] ምብጻሓት ናይ { $name } ከምኡውን { $others } ካልኦት ኣባላት ስድራቤት ተዓቂቦም።
}
household-hint-everyone = Ctrl+A: ኩሎም መጺኦም
col-household = ስድራቤት
key-record-through = ስድራቤት ብእኡ ኣቢልካ ምምዝጋብ
household-check-relation = ኣረጋግጹ: ← → ንምቕያር፣ ቅኑዕ እንተኾይኑ Enter

## Safeguarding concerns: stored and shown
audit-concern-raised = ስክፍታ ሓለዋ ኣልዒሉ
audit-concern-viewed = ስክፍታ ሓለዋ ከፊቱ
audit-concern-updated = ኣብ ስክፍታ ሓለዋ ቀጺሉ ዝተፈጸመ መዝጊቡ
check-concerns-unreadable = ሓደ ስክፍታ ሓለዋ ክኽፈት ኣይክእልን: { $about }
check-concern-awaiting = ቍጽሪ ንሓላፊ ዝጽበዩ ስክፍታታት ምስ ሓደ ስክፍታ ኣይሰማማዕን: { $about }
check-report-counts = ቍጽርታት ጸብጻብ ናይ { $about } ምስ መዛግብ ናይታ መዓልቲ ኣይሰማማዕን
check-report-counts-unreadable = ቍጽርታት ጸብጻብ ክንበብ ወይ እንደገና ክቝጸር ኣይክእልን
key-raise-concern = ስክፍታ ሓለዋ ምልዓል
key-show-concerns = ስክፍታታት ሓለዋ
key-open-concern = ስክፍታ ምኽፋት
key-record-step = ቀጺሉ ዝተፈጸመ ምምዝጋብ
key-close-concern = ስክፍታ ምዕጻው
key-toggle-lead = ሓላፊ ሓለዋ: ምልክት ምግባር ወይ ምእላይ
form-concern = ስክፍታ ሓለዋ
form-concern-step = ቀጺሉ እንታይ ኮይኑ
field-concern-person = ብዛዕባ
field-concern-other-agency = መን (ስም)
field-concern-status = ኩነታት
field-concern-raised = ዝተላዕለሉ
field-safeguarding-lead = ሓላፊ ሓለዋ
concern-category-none = ገና ኣይተመርጸን (← → ንምምራጽ)
concern-status-raised = ስክፍታ ተዓቂቡ። ሓላፊ ሓለዋ ተሓቢሩ።
concern-status-step-saved = ቀጺሉ ዝተፈጸመ ተዓቂቡ።
concern-status-closed-saved = እቲ ስክፍታ ተዓጺዩ።
concern-awaiting-lead = ገና ኣይተኸፍተን
concern-page-title = ስክፍታ ሓለዋ
concern-raised-by = { $date } { $time } ብ { $name }
concern-steps = ቀጺሉ እንታይ ኮይኑ
concern-no-steps = ገና ዝተመዝገበ የለን።
concern-raiser-note = ቀጺሉ እንታይ ከም ዝግበር ዝውስንን ኣብዚ ዝምዝግብን ሓላፊ ሓለዋ እዩ።
concerns-title = ክትርእይዎም ትኽእሉ ስክፍታታት ሓለዋ: { $count }
concerns-empty = ዝርአ ስክፍታ ሓለዋ የለን። Ctrl+Y ካብ ዝኾነ ስክሪን ሓደ የልዕል።
col-raised = ተላዒሉ
col-concern-category = ብዛዕባ
col-concern-status = ኩነታት
col-concern-lead = ሓላፊ
confirm-close-concern = እዚ ስክፍታ ይዕጾ ድዩ? ድሕሪኡ ካልእ ስጉምቲ ክምዝገብ ኣይክእልን፤ ምኽንያቱ ክትሕተቱ ኢኹም።
confirm-close-concern-yes = ምዕጻው
person-concerns = ስክፍታታት ሓለዋ
person-concerns-count = { $count } — F6፣ Ctrl+G
volunteer-safeguarding-lead = ሓላፊ ሓለዋ
volunteer-lead-hint = ብዛዕባ ነፍሲ ወከፍ ሓድሽ ስክፍታ ይሕበሮ
status-lead-marked = { $name } ሕጂ ሓላፊ ሓለዋ እዩ።
status-lead-unmarked = { $name } ድሕሪ ሕጂ ሓላፊ ሓለዋ ኣይኮነን።

## Reports and exports (src/export, src/cli/export.rs)
audit-records-exported = መዛግብ ናብ ፋይል ኣውጺኡ (ኮድ መወከሲ ጥራይ)
audit-records-exported-full = ምስ ኣስማት፣ መዘኻኸሪታትን ቍጽሪ ተሌፎንን መዛግብ ናብ ፋይል ኣውጺኡ (ምሉእ)
export-error-exists = { $file } ድሮ ኣሎ: ካልእ ስም ምረጹ፣ ወይ ንምትካኡ --force ወስኹ።
export-error-is-folder = { $file } ማህደር እዩ: ዝጽሓፍ ፋይል ስም ሃቡ።
export-error-folder = ኣብ { $dir } ዝኾነ ነገር ክጽሓፍ ኣይክእልን ({ $detail }): ካልእ ማህደር ምረጹ።
export-error-writing = እቲ ፋይል ክጽሓፍ ኣይከኣለን ({ $detail })፤ ዝተረፈ ነገር የለን።
export-not-given = ኣይተዋህበን
export-not-recorded = ገና ኣይተመዝገበን
export-col-section = ክፍሊ
export-col-item = ነገር
export-col-label = ኣሃዝ
export-col-value = እዚ ግዜ
export-col-previous = ዝሓለፈ ግዜ
export-col-person = ሰብ
export-col-name = ስም
export-col-notes = መዘኻኸሪታት
export-col-phone = ተሌፎን
export-col-amount = መጠን (£)
export-col-day = መዓልቲ
export-col-visit-id = ምብጻሕ
export-col-arrived = በጺሑ
export-col-waited-minutes = ተጸቢዩ (ደቓይቕ)
export-col-state = ኩነታት
export-col-age-band = ጉጅለ ዕድመ
export-col-gender = ጾታ
export-col-country = ዝመጽኡሉ ሃገር
export-col-immigration-status = ኩነታት መንበሪ
export-col-first-language = ቀዳማይ ቋንቋ
export-col-needs = ድሌታት
export-col-language = ቋንቋ
export-col-interpreting = ትርጉም
export-col-visits-in-range = ምብጻሓት ኣብቲ ግዜ
export-col-recorded = ዝተመዝገበሉ
export-col-english-level = እንግሊዝኛ
export-col-needs-interpreter = ተርጓሚ የድልዮ
export-col-year-of-birth = ዓመተ ልደት
export-col-referral-id = ምልኣኽ
export-col-kind = ዓይነት
export-col-domain = ዓውዲ
export-col-service-id = ቍጽሪ ኣገልግሎት
export-col-service = ኣገልግሎት
export-col-outcome = ውጽኢት
export-col-follow-up = ዕለት ክትትል
export-col-booking-id = ምሓዝ
export-col-start = ይጅምር
export-col-minutes = ደቓይቕ
export-col-appointment = ቆጸራ
export-col-mode = ኣገባብ
export-col-status = ኩነታት
export-col-place = ቦታ
export-col-organisation = ትካል
export-col-domains = ዓውድታት
export-col-postcode = ፖስታ ኮድ
export-col-email = ኢመይል
export-col-website = ወብሳይት
export-col-languages = ቋንቋታት
export-col-active = ንጡፍ
export-col-last-verified = ዳሕራይ ዝተረጋገጸሉ
export-col-given = ዝተዋህበሉ
export-fig-visits = ምብጻሓት
export-fig-people = ዝተፈላለዩ ሰባት
export-fig-new-people = ሓደስቲ ሰባት
export-fig-anonymous = ስም ዘይብሎም በጻሕቲ
export-fig-households = ስድራቤታት
export-fig-visits-per-person = ምብጻሓት ንሓደ ሰብ
export-fig-average-wait = ማእከላይ ምጽባይ (ደቓይቕ)
export-fig-longest-wait = ዝነውሐ ምጽባይ (ደቓይቕ)
export-fig-family-interpreting = ስድራ ወይ ኣዕሩኽ ዝተርጎሙሉ (ድኹም ኣሰራርሓ)
export-section-summary = ጽማቝ
export-section-needs = ድሌታት ብዓውዲ
export-section-languages = ዝተጠቕሙ ቋንቋታት
export-section-interpreting = ትርጉም
export-section-sent-by-domain = ዝተመርሑን ዝተላእኹን፣ ብዓውዲ
export-section-sent-by-service = ዝተመርሑን ዝተላእኹን፣ ብኣገልግሎት
export-section-outcomes = ውጽኢታት ምልኣኽ
export-section-bookings = ምሓዝ ተርጐምቲ
export-section-booking-hours = ሰዓታት ተርጐምቲ
export-section-bookings-by-language = ምሓዝ ተርጐምቲ ብቋንቋ
export-section-hours = ዝበጽሑ ብሰዓት
export-section-weekdays = ምብጻሓት ብመዓልቲ ሰሙን
export-section-support = ዝተዋህበ ደገፍ
export-section-support-amount = ዝተዋህበ ደገፍ፣ መጠን (£)
export-section-concerns = ስክፍታታት ሓለዋ (ትሕቲ 5 ዝኾኑ ቍጽርታት ከም <5 ይርኣዩ)
export-section-key-dates = ኣገደስቲ ዕለታት
export-section-equalities-gender = ማዕርነት: ጾታ (ትሕቲ 5 ዝኾኑ ቍጽርታት ከም <5 ይርኣዩ)
export-section-equalities-age-band = ማዕርነት: ጉጅለ ዕድመ (ትሕቲ 5 ዝኾኑ ቍጽርታት ከም <5 ይርኣዩ)
export-section-equalities-country = ማዕርነት: ዝመጽኡሉ ሃገር (ትሕቲ 5 ዝኾኑ ቍጽርታት ከም <5 ይርኣዩ)
export-section-equalities-immigration-status = ማዕርነት: ኩነታት መንበሪ (ትሕቲ 5 ዝኾኑ ቍጽርታት ከም <5 ይርኣዩ)
export-section-equalities-first-language = ማዕርነት: ቀዳማይ ቋንቋ (ትሕቲ 5 ዝኾኑ ቍጽርታት ከም <5 ይርኣዩ)
export-age-under-18 = ትሕቲ 18
export-age-18-25 = ካብ 18 ክሳብ 25
export-age-26-35 = ካብ 26 ክሳብ 35
export-age-36-50 = ካብ 36 ክሳብ 50
export-age-51-65 = ካብ 51 ክሳብ 65
export-age-over-65 = ልዕሊ 65
cli-error-day = "{ $day }" ዕለት ኣይኮነን: ከም YYYY-MM-DD ጽሓፍዎ፣ ንኣብነት 2026-04-01።
cli-error-backwards = እቲ ግዜ ብ { $from } ይጅምር፣ ድሕሪ መወዳእታኡ ብ { $to }: --from ቅድሚ --to ሃቡ።
cli-error-too-long = ሓደ ግዜ ካብ 20 ዓመት ክነውሕ ኣይክእልን።
cli-error-coordinators-only = ጸብጻባት ክርኢን መዛግብ ናብ ፋይል ከውጽእን ዝኽእል ኣተሓባባሪ ጥራይ እዩ።
cli-report-title = ጸብጻብ ካብ { $from } ክሳብ { $to } (ዝሓለፈ ግዜ ካብ { $pfrom } ክሳብ { $pto })
cli-report-written = { $rows } ኣሃዛት ናብ { $file } ተጻሒፎም
cli-export-written = { $rows } መስመራት ናብ { $file } ተጻሒፎም
cli-full-word = ኣስማት
cli-full-warning = እዚ ናይ { $kind } ፋይል ኣስማት፣ መዘኻኸሪታትን ቍጽሪ ተሌፎንን ክሕዝ እዩ። ነቲ ፋይል ብጥንቃቐ ሓልውዎ፣ ምስ ወዳእኩም ድማ ደምስስዎ። ንምቕጻል { $word } ጽሓፉ:
cli-full-needs-yes = ምሉእ ፋይል ካልኣይ "እወ" የድልዮ: --yes-full ወስኹ (ዝሓትት ተርሚናል የለን)።
cli-full-not-confirmed = ኣይተረጋገጸን: ዝወጸ ነገር የለን።
cli-full-not-personal = ዝርዝር ኣገልግሎታት ውልቃዊ ሓበሬታ የብሉን: --full ንመዛግብ ሰባት ጥራይ እዩ።

## F7 Reports (coordinators)
screen-reports = ጸብጻባት
key-go-reports = ናብ ጸብጻባት
key-report-range-before = ዝሓለፈ ግዜ
key-report-range-next = ዝቕጽል ግዜ
key-report-dates = ዕለታት ምጽሓፍ
key-report-next-section = ዝቕጽል ክፍሊ
key-report-prev-section = ዝሓለፈ ክፍሊ
key-report-shared = ንምክፋል (<5)
key-report-export = ናብ ፋይል
key-report-refresh = እንደገና ምንባብ
key-report-apply-range = ነዚ ግዜ ምርኣይ
report-coordinators-only = ጸብጻባት ንኣተሓባበርቲ እዮም። ኣሃዝ እንተደሊኹም ንኣተሓባባሪ ሕተቱ።
report-range-today = ሎሚ
report-range-this-week = እዚ ሰሙን
report-range-this-month = እዚ ወርሒ
report-range-last-month = ዝሓለፈ ወርሒ
report-range-this-quarter = እዚ ርብዒ ዓመት
report-range-financial-year = ፋይናንሳዊ ዓመት
report-range-last-12-months = ዝሓለፉ 12 ኣዋርሕ
report-range-custom = ናትኩም ዕለታት
report-range-line = { $preset }  { $from } – { $to } ({ $days ->
    [one] 1 መዓልቲ
   *[other] { $days } መዓልቲ
})
report-compared-with = ምስ { $from } – { $to } ተነጻጺሩ
report-from = ካብ
report-to = ክሳብ
report-error-date = ዕለት ኣይኮነን: ከም YYYY-MM-DD ጽሓፍዎ፣ ንኣብነት 2026-04-01።
report-error-backwards = መጀመርታ ድሕሪ መወዳእታ እዩ።
report-error-too-long = ሓደ ግዜ ቢዝሒ 20 ዓመት ክኸውን ይኽእል።
report-none = ኣብ ስክሪን ጸብጻብ የለን: Ctrl+R የንብቦ።
report-section-overview = ሓፈሻዊ
report-section-needs = ድሌታት
report-section-languages = ቋንቋታት
report-section-sent-on = ምምራሕን ምልኣኽን
report-section-bookings = ተርጐምቲ
report-section-times = ግዜታት
report-section-support = ደገፍ
report-section-equalities = ማዕርነት
report-column-now = እዚ ግዜ
report-column-before = ቅድሚኡ
report-column-change = ለውጢ
report-more = { $count } ተወሳኺ መስመራት: PgDn
report-nothing = ኣብ ክልቲኡ ግዜ የለን
report-visits = ምብጻሓት
report-people = ዝተፈላለዩ ሰባት
report-new-people = ሓደስቲ ዝተመዝገቡ ሰባት
report-anonymous = ስም ዘይብሎም በጻሕቲ
report-visits-per-person = ምብጻሓት ንሓደ ሰብ
report-households = ዝመጹ ስድራቤታት
report-heading-weekly = ምብጻሓት ብሰሙን
report-weekly-note = ዝለዓለ { $peak } ብሰሙን · ብጠቕላላ { $total } (ቅድሚኡ: { $before })
report-weekly-dates = ሰሙናት ካብ { $first } ክሳብ { $last }{ $per ->
    [one] {""}
   *[other] {" "}(ንሓደ ምልክት { $per } ሰሙናት)
}
report-heading-needs = ድሌታት ብዓውዲ (ምብጻሓት)
report-heading-languages = ዝተጠቕሙ ቋንቋታት (ምብጻሓት)
report-heading-interpreting = ትርጉም (ምብጻሓት፤ ⚠ ድኹም ኣሰራርሓ)
report-family-interpreting = ⚠ ስድራ ወይ ዓርኪ
report-heading-signposted = ዝተመርሑ፣ ብዓውዲ
report-heading-referred = ዝተላእኹ፣ ብዓውዲ
report-total = ብጠቕላላ
report-no-domain = ዓውዲ ኣይተዋህበን
report-heading-signposted-services = ዝተመርሑ፣ ብኣገልግሎት
report-heading-referred-services = ዝተላእኹ፣ ብኣገልግሎት
report-key-date-kept = ተፈጺሙ
report-key-date-moved = ተሰጋጊሩ
report-key-date-missed = ኣምሊጡ
report-key-date-cancelled = ተሰሪዙ
report-heading-outcomes = ውጽኢታት
report-bookings = ምሓዝ ተርጐምቲ
report-booked-hours = ዝተሓዙ ሰዓታት
report-late-cancellations = ደንጉዮም ዝተሰረዙ
report-no-shows = ዘይመጹ
report-heading-bookings = ምሓዝ ብቋንቋን ኩነታትን
report-heading-booked-hours = ሰዓታት ብቋንቋን ኩነታትን
report-average-wait = ማእከላይ ምጽባይ (ደቓይቕ)
report-longest-wait = ዝነውሐ ምጽባይ (ደቓይቕ)
report-heading-hours = ዝበጽሑ ብሰዓት
report-heading-weekdays = ምብጻሓት ብመዓልቲ ሰሙን
report-heading-support = ዝተዋህበ ደገፍ (ነገራት)
report-support-amount = { "  " }ዝተዋህበ መጠን
report-heading-concerns = ስክፍታታት ሓለዋ (ቍጽሪ ጥራይ)
report-heading-key-dates = ኣገደስቲ ዕለታት
report-key-date-open = ገና ዝተመዝገበ የለን
report-for-sharing = ንምክፋል: ትሕቲ 5 ዝኾኑ ቍጽርታት ከም <5 ይርኣዩ (Ctrl+T)
report-not-recorded = ኣይተመዝገበን
report-heading-gender = ጾታ (ሰባት)
report-heading-age = ጉጅለ ዕድመ (ሰባት)
report-age-under-18 = ትሕቲ 18
report-age-18-25 = 18–25
report-age-26-35 = 26–35
report-age-36-50 = 36–50
report-age-51-65 = 51–65
report-age-over-65 = ልዕሊ 65
report-heading-country = ዝመጽኡሉ ሃገር (ሰባት)
report-heading-status = ኩነታት መንበሪ (ሰባት)
report-heading-first-language = ቀዳማይ ቋንቋ (ሰባት)

## F7's export box (Ctrl+E on F7)
key-export-write = ናብ ፋይል ምጽሓፍ
key-export-choice-before = ዝሓለፈ ምርጫ
key-export-choice-next = ዝቕጽል ምርጫ
export-box-title = ናብ ፋይል ምውጻእ
export-box-days = መዓልትታት: { $from } – { $to } ({ $days ->
    [one] 1 መዓልቲ
   *[other] { $days } መዓልቲ
})
export-box-whole-directory = ምሉእ ዝርዝር ኣገልግሎታት፣ ከም ዘለዎ ሕጂ
export-field-what = እንታይ
export-field-format = ቅርጺ
export-field-full = ኣስማትን መዘኻኸሪታትን
export-field-file = ፋይል
export-what-report = እቲ ዝርአ ጸብጻብ
export-what-visits = ምብጻሓት
export-what-people = ዝመጹ ሰባት
export-what-referrals = ምምራሕን ምልኣኽን
export-what-bookings = ምሓዝ ተርጐምቲ
export-what-services = ኣገልግሎታት (ዝርዝር ኣገልግሎታት)
export-what-support = ዝተዋህበ ደገፍ
export-format-csv = CSV (ሰንጠረዣት)
export-format-json = JSON (ፕሮግራማት)
export-full-off = ኣይፋል: ኮድ መወከሲ ጥራይ
export-full-on = እወ: ኣስማት፣ መዘኻኸሪታት፣ ተሌፎን
export-holds-report = ኣብ ስክሪን ዘለዉ ኣሃዛትን ናይ ዝሓለፈ ግዜን፤ ትሕቲ 5 ዝኾኑ ቍጽርታት ከም <5።
export-holds-services = ኣብ ዝርዝር ኣገልግሎታት ዘለዉ ኣገልግሎታት: ውልቃዊ ሓበሬታ ናይ ዝኾነ ሰብ የለን።
export-holds-pseudonymised = ኮድ መወከሲን ጉጅለ ዕድመን: ኣስማት የለን፣ መዘኻኸሪታት የለን፣ ቍጽሪ ተሌፎን የለን።
export-holds-full = እዚ ፋይል ኣስማት፣ መዘኻኸሪታትን ቍጽሪ ተሌፎንን ክሕዝ እዩ: ብጥንቃቐ ሓልውዎ።
export-box-no-range = ናብ ፋይል ዝወጽእ ግዜ ኣብ ስክሪን የለን: መጀመርታ ሓደ ምረጹ።
export-box-no-file = ዝጽሓፍ ፋይል ስም ጽሓፉ።
export-box-is-folder = እዚ ማህደር እዩ: ዝጽሓፍ ፋይል ስም ወስኹ።
export-box-exists = በዚ ስም ፋይል ድሮ ኣሎ: ካልእ ስም ምረጹ። ዝተጻሕፈ ነገር የለን።
export-box-no-folder = ማህደር { $dir } የለን: ነቲ መንገዲ ኣረጋግጹ።
export-box-cannot-write = ኣብ { $dir } ዝኾነ ነገር ክጽሓፍ ኣይክእልን: ካልእ ማህደር ምረጹ።
export-box-not-written = ዝተጻሕፈ ነገር የለን: ኣብ ጥቓ እቲ ፋይል ዘሎ መልእኽቲ ርኣዩ።
export-full-question = እቲ ፋይል ({ $what }) ኣስማት፣ መዘኻኸሪታትን ቍጽሪ ተሌፎንን ክሕዝ እዩ። ብጥንቃቐ ሓልውዎ: ኣብዚ ኮምፒተር ወይ ኣብ ዝተሓለወ ዲስክ ጥራይ፣ ፈጺምኩም ብኢመይል ኣይትስደድዎ፣ ምስ ተጠቐምኩምሉ ድማ ደምስስዎ። እዚ ምውጻእ ኣብ መዝገብ ቍጽጽር ይጽሓፍ። ምስ ኣስማት ይጽሓፍ ድዩ?
export-full-yes = ምስ ኣስማት ምጽሓፍ
export-full-no = ምምላስ
work-export-title = ናብ ፋይል ይወጽእ ኣሎ
work-export-what = እቲ ፋይል ይጽሓፍ ኣሎ: በጃኹም ቁሩብ ተጸበዩ።

## Data life cycle: consent, retention, anonymisation.
consent-purpose-record = መዝገብ ምሓዝ
consent-purpose-share = ንምልኣኽ ሓበሬታ ምክፋል
consent-purpose-contact = ብተሌፎን ወይ ብጽሑፍ መልእኽቲ ምርኻብ
consent-short-record = መዝገብ
consent-short-share = ምክፋል
consent-short-contact = ምርኻብ
consent-share-question = ናብ ኣገልግሎት ክንልእኾም ከለና ሓበሬታኦም ምስቲ ኣገልግሎት ክንካፈል ፍቓድ ሂቦም
consent-contact-question = ብተሌፎን ወይ ብጽሑፍ መልእኽቲ ክንረኽቦም ፍቓድ ሂቦም
field-consent-more = ከምኡውን
consent-title = ፍቓድ: { $name }
consent-state-given = ተዋሂቡ { $date }
consent-state-withdrawn = ተሰሒቡ { $date }
consent-state-never = ኣይተሓተተን
consent-hint = Space ነቲ ዝተመረጸ ፍቓድ ይህብ ወይ ይስሕብ፣ ከምቲ ሕጂ ዝብልዎ። Esc ይዓጹ።
consent-history = ኩሉ ለውጢ፣ እቲ ሓድሽ ቀዳማይ:
consent-event-given = ተዋሂቡ
consent-event-withdrawn = ተሰሒቡ
consent-no-contact = ኣይትረኽብዎም
consent-anonymised = እዚ መዝገብ ስም ዘይብሉ ተገይሩ እዩ: ደጊም ዝምዝገብ ፍቓድ የለን።
consent-withdraw-record-question = { $name } ደጊም ብዛዕባኦም መዝገብ ክንሕዝ ፍቓድ የብሎምን። መዝገቦም ሕጂ ስም ዘይብሉ ክግበር እዩ: ስም፣ ተሌፎን፣ መዘኻኸሪታትን ዓመተ ልደትን ይድምሰሱ፣ ከምኡውን መዘኻኸሪታት ምብጻሓቶም፣ ምልኣኾምን ምሓዞምን። ምብጻሓቶም ብዘይ ስም ኣብ ቍጽርታት ይተርፉ። እዚ ክምለስ ኣይክእልን እዩ።
consent-withdraw-record-yes = መዝገብ ስም ዘይብሉ ምግባር
status-consent-given = ፍቓድ ተመዝጊቡ።
status-consent-withdrawn = ምስሓብ ፍቓድ ተመዝጊቡ።
status-record-anonymised = እቲ መዝገብ ስም ዘይብሉ ተገይሩ።
anonymised-retention = ግዜ ምዕቃብ ሓሊፉ
anonymised-consent = ፍቓድ ተሰሒቡ
person-anonymised-heading = ስም ዘይብሉ መዝገብ · { $reference } · { $date }፣ { $why }
audit-consent-given = ፍቓድ { $person } መዝጊቡ: { $what }
audit-consent-withdrawn = ምስሓብ ፍቓድ { $person } መዝጊቡ: { $what }
audit-anonymised = { $person } ስም ዘይብሉ ገይሩ ({ $what })
field-retention-years = ድሕሪ ናይ መወዳእታ ርክብ መዛግብ ምዕቃብ (ዓመታት)
error-retention-years = ካብ 1 ክሳብ 30 ዘሎ ቍጽሪ ዓመታት ጽሓፉ (ልሙድ 6 እዩ)።
key-consent = ፍቓድ

## Data life cycle: the retention review.
key-consent-change = ምሃብ ወይ ምስሓብ
key-review-retention = ግምገማ ግዜ ምዕቃብ
retention-save-first = መጀመርታ ነቲ ምድላዋት ዓቅብዎ (Ctrl+S)፣ ድሕሪኡ ግዜ ምዕቃብ ገምግሙ።
retention-none-due = ግዜ ምዕቃብ ዝሓለፎ መዝገብ የለን (ድሕሪ ናይ መወዳእታ ርክብ { $years } ዓመት)።
retention-line = { $reference } · ናይ መወዳእታ ርክብ { $date }
retention-more = … ከምኡውን { $count } ተወሳኺ
retention-question = { $count ->
    [one] { $count } መዝገብ ግዜ ምዕቃብ ሓሊፍዎ ኣሎ (ድሕሪ ናይ መወዳእታ ርክብ { $years } ዓመት)። ሕጂ ስም ዘይብሉ ይገበር ዶ? ኣስማት፣ ቍጽሪ ተሌፎን፣ መዘኻኸሪታትን ዓመተ ልደትን ይድምሰሱ፤ ኣብ ጸብጻባት ዘለዉ ቍጽርታት ከምዘለዉ ይተርፉ። እዚ ክምለስ ኣይክእልን እዩ።
   *[other] { $count } መዛግብ ግዜ ምዕቃብ ሓሊፍዎም ኣሎ (ድሕሪ ናይ መወዳእታ ርክብ { $years } ዓመት)። ሕጂ ስም ዘይብሎም ይገበሩ ዶ? ኣስማት፣ ቍጽሪ ተሌፎን፣ መዘኻኸሪታትን ዓመተ ልደትን ይድምሰሱ፤ ኣብ ጸብጻባት ዘለዉ ቍጽርታት ከምዘለዉ ይተርፉ። እዚ ክምለስ ኣይክእልን እዩ።
}
retention-yes = ስም ዘይብሎም ግበርዎም
retention-done = { $count ->
    [one] { $count } መዝገብ ስም ዘይብሉ ተገይሩ።
   *[other] { $count } መዛግብ ስም ዘይብሎም ተገይሮም።
}
retention-cli-due = { $count ->
    [one] { $count } መዝገብ ግዜ ምዕቃብ ሓሊፍዎ ኣሎ (ድሕሪ ናይ መወዳእታ ርክብ { $years } ዓመት: ቅድሚ { $cutoff })። ኮድን ናይ መወዳእታ ርክብን:
   *[other] { $count } መዛግብ ግዜ ምዕቃብ ሓሊፍዎም ኣሎ (ድሕሪ ናይ መወዳእታ ርክብ { $years } ዓመት: ቅድሚ { $cutoff })። ኮድን ናይ መወዳእታ ርክብን:
}
sar-title = { $centre } ብዛዕባ { $name } ({ $reference }) ዝሓዞ ኩሉ
sar-generated = ዕለት { $date } ተጻሒፉ፣ ብሕቶኦም።
sar-left-out = ዘይተሓወሰ: ሓበሬታ ካልኦት ሰባት (ካልኦት ኣባላት ስድራቤት ይቍጸሩ እምበር ስሞም ኣይጥቀስን)፣ ከምኡውን ስክፍታታት ሓለዋ፣ ሓላፊ ሓለዋ በይኑ ዝውስነሎም።
sar-details = ሓበሬታኦም
sar-household = ስድራቤት
sar-household-others = { $count ->
    [one] እወ፣ ምስ { $count } ካልእ ሰብ
   *[other] እወ፣ ምስ { $count } ካልኦት ሰባት
}
sar-consent = ፍቓድ፣ ኩሉ ለውጢ
sar-visits = ምብጻሓት
sar-referrals = ምምራሕን ምልኣኽን
sar-bookings = ምሓዝ ተርጐምቲ
sar-key-dates = ኣገደስቲ ዕለታት
sar-support = ዝተዋህበ ደገፍ
sar-audit = መዝገቦም መን ረኣዮ ወይ ቀየሮ
sar-nothing = የለን።
sar-bad-reference = እዚ ኮድ መወከሲ ኣይኮነን (ኣብ ገጾም ዘለዉ ፊደላትን ኣሃዛትን)።
sar-written = ተጻሒፉ: { $file } (ከምኡውን { $json } ንፕሮግራማት)።
sar-box-title = ብዛዕባኦም ዝሓዝናዮ ኩሉ (መሰል ምርካብ ሓበሬታ)
sar-box-hint = እቲ ሰነድ ናብዚ ፋይል ይኣቱ (ስሙ ብ .html እንተ ተዛዚሙ HTML)፣ ከምኡውን ተመሳሳሊ ብ JSON ኣብ ጎኑ። ብውሑስ መንገዲ ሃብዎም፣ ድሕሪኡ ደምስስዎ።
key-subject-access = መሰል ምርካብ

## Data life cycle: erasure on request.

key-erase = ብሕቶ ምድምሳስ…
erase-reason-title = { $reference } ምድምሳስ: ስለምንታይ?
erasure-reason-asked = ሓበሬታኦም ክድምሰስ ሓቲቶም
erasure-reason-consent = ፍቓዶም ስሒቦም መዝገቦም ክድምሰስ ሓቲቶም
erasure-reason-not-needed = እቲ መዝገብ ደጊም ኣየድልን እዩ
erasure-reason-error = እቲ መዝገብ ብጌጋ፣ ወይ ብዘይ ሕጋዊ መሰረት ተሰሪሑ
erasure-reason-other = ካልእ ምኽንያት
erase-question = { $name } ({ $reference }) ንሓዋሩ ይደምሰስ ዶ? ምኽንያት: { $reason }። እዚ ክምለስ ኣይክእልን እዩ።
erase-detail-goes = ዝድምሰስ: ሓበሬታኦም፣ ኩሉ ለውጢ ፍቓዶም፣ ከምኡውን መዘኻኸሪታት ምብጻሓቶም፣ ምልኣኾም፣ ምሓዞም፣ ኣገደስቲ ዕለታቶምን ዝተዋህቦም ደገፍን። ደጊም ማንም ክረኽቦም ኣይክእልን።
erase-detail-stays = ዝተርፍ: ምብጻሓቶምን ምልኣኾምን፣ ከም ስም ዘይብሎም ቍጽርታት፣ ጸብጻባት ከይቕየሩ። ስክፍታታት ሓለዋ ከምዘለዉ ይዕቀቡ።
erase-detail-backups = ቅድሚ ሕጂ ዝተሰርሑ ቅዳሓት ውሕስነት ክሳብ ዝትክኡ ነቲ መዝገብ ገና ይሕዝዎ።
erase-yes = ንሓዋሩ ምድምሳስ
status-person-erased = { $reference } ተደምሲሱ: ብዛዕባኦም ደጊም ዝኾነ ነገር ክንበብ ኣይክእልን።
erase-refused-household = መጀመርታ ካብ ስድራቤቶም ኣውጽእዎም (ኣብ ገጾም h)፣ ድሕሪኡ ደምስሱ።
erase-refused-rotating = መፍትሕ ሓበሬታ ይቕየር ኣሎ: መጀመርታ ነዚ ዛዝሙ፣ ድሕሪኡ ደምስሱ።
erase-refused-erased = እዚ መዝገብ ድሮ ተደምሲሱ እዩ።
erase-cli-bad-reason = ዘይፍለጥ ምኽንያት: asked፣ withdrew-consent፣ not-needed፣ in-error ወይ other ተጠቐሙ።
erase-cli-needs-yes = ምድምሳስ ክምለስ ኣይክእልን: ንምድምሳስ --yes ወስኹ።
anonymised-erased = ብሕቶ ተደምሲሱ
check-erased-left = ካብ ሓደ ዝተደምሰሰ ሰብ ገና ዝተረፈ ነገር ኣሎ: { $about }
check-erased-key = መፍትሕ ሓደ ዝተደምሰሰ ሰብ ገና ኣሎ: { $about }
check-erasure-unfinished = ሓደ ምድምሳስ ኣይተዛዘመን: ንምዝዛሙ ነቲ ፕሮግራም እንደገና ክፈትዎ።

## Data life cycle: merging duplicates.
key-merge = ምስ ካልእ መዝገብ ምጽንባር
key-undo-merge = ናይ ሎሚ ምጽንባር ምስራዝ
key-merge-now = ምጽንባር
key-merge-swap = እቲ ካልእ ምዕቃብ
merge-title = ምስ ካልእ መዝገብ ምጽንባር
merge-find-hint = ናይ { $name } ({ $reference }) ካልእ መዝገብ ኣየናይ እዩ? ኮድ መወከሲኡ ወይ ስም ጽሓፉ፣ ድሕሪኡ ብ Enter ምረጽዎ።
merge-find-label = ኮድ ወይ ስም:
merge-none-found = ዝተረኽበ ሰብ የለን።
merge-visits = { $count ->
    [one] { $count } ምብጻሕ
   *[other] { $count } ምብጻሓት
}
merge-last-visit = እቲ ናይ መወዳእታ { $date }
merge-confirm-title = ክልተ መዝገባት ናይ ሓደ ሰብ ምጽንባር
merge-keep = ምዕቃብ:
merge-merged-in = ምጽንባር:
merge-explain = ኩሉ ናይ { $other } ናብ { $reference } ይሰጋገር: ምብጻሓት፣ ምልኣኻት፣ ምሓዛት፣ ኣገደስቲ ዕለታት፣ ፍቓድን ስድራቤትን። ኣብ { $reference } ዘይብሉ ሓበሬታ ካብ { $other } ይውሰድ፣ ድሕሪኡ { $other } ናብ { $reference } ጥራይ የብጽሕ። ሎሚ ክስረዝ ይኽእል።
merge-choices = Enter: ምጽንባር · Space: ኣብ ክንዳኡ { $other } ምዕቃብ · Esc: ምምላስ
merge-save-edit = ለውጥታት ከምዘለዉ ምዕቃብ
merge-into = ምስ { $person } ምጽንባር
merge-into-hint = ምጽንባር ነቲ ዘሎ መዝገብ የዕቅብ: እቲ ዝተጻሕፈ ዝጎደሎ ሓበሬታ ይመልእ። ሎሚ ክስረዝ ይኽእል።
merge-done = { $visits ->
    [one] { $other } ምስ { $reference } ተጸንቢሩ፤ { $visits } ምብጻሕ ተሰጋጊሩ። ሎሚ ክስረዝ ይኽእል።
   *[other] { $other } ምስ { $reference } ተጸንቢሩ፤ { $visits } ምብጻሓት ተሰጋጊሮም። ሎሚ ክስረዝ ይኽእል።
}
merge-undone = እቲ ምጽንባር ተሰሪዙ: { $other }ን { $reference }ን ከም ብሓድሽ ዝተፈላለዩ መዝገባት እዮም።
merge-undo-question = ናይ ሎሚ ምጽንባር { $other } ምስ { $reference } ይሰረዝ ድዩ? ክልቲኦም መዝገባት ከም ቀደሞም ይምለሱ፤ ካብኡ ንደሓር ናብ { $reference } ዝተወሰኸ ኣብኡ ይተርፍ።
merge-undo-yes = ምጽንባር ምስራዝ
merge-redirected = { $other } ምስ እዚ መዝገብ ({ $reference }) ተጸንቢሩ ነይሩ።
merge-error-same = መዝገብ ምስ ባዕሉ ክጽንበር ኣይክእልን።
merge-error-anonymised = { $reference } ስም ዘይብሉ ተገይሩ እዩ: ክጽንበር ኣይክእልን።
merge-error-merged = { $reference } ድሮ ምስ ካልእ መዝገብ ተጸንቢሩ እዩ።
merge-error-households = ኣብ ክልተ ዝተፈላለዩ ስድራቤታት እዮም: ቅድም ሓደ ካብኣቶም ካብ ስድራቤቱ ኣውጽኡ።
merge-undo-none = ዝስረዝ ምጽንባር ናይዞም መዝገባት የለን።
merge-undo-expired = ምጽንባር ክስረዝ ዝኽእል ኣብታ ዝተገብረላ መዓልቲ ጥራይ እዩ።
merge-undo-kept-merged = እዚ መዝገብ ድሕሪኡ ምስ { $reference } ተጸንቢሩ: ቅድም ነቲ ምጽንባር ኣብ ገጹ ሰርዝዎ።
merge-undo-household-changed = ድሕሪ ምጽንባር ስድራቤቶም ተቐይሩ፣ ስለዚ እቲ ምጽንባር ክስረዝ ኣይክእልን።
person-merged-today = ሎሚ ተጸንቢሩ
person-merged-today-value = { $references } (u: ምስራዝ)
audit-merged = { $what } ምስ { $person } ኣጽንቢሩ
audit-unmerged = ምጽንባር { $what } ምስ { $person } ሰሪዙ
check-merge-pointer = ዝተጸንበረ መዝገብ ናብ ዘይሃሉ መዝገብ የመልክት: { $about }
