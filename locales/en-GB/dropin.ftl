# dropin — English (United Kingdom). The source locale: every other locale
# has exactly these message ids.

## Screens
screen-today = Today
screen-people = People
screen-settings = Settings

## Keys (labels in the footer, help and action menus)
key-new-visit = New visit
key-mark-seen = Seen
key-mark-done = Done
key-mark-left = Left, not seen
key-mark-waiting = Back to waiting
key-open-person = Open person
key-new-person = New person
key-new-visit-for-person = New visit for this person
key-edit-person = Edit person
key-search = Search
key-back = Back
key-save = Save
key-cancel = Close
key-next-field = Next field
key-prev-field = Previous field
key-choose = Choose
key-toggle = Tick / change
key-up = Up
key-down = Down
key-left = Left
key-right = Right
key-page-up = Page up
key-page-down = Page down
key-home = First
key-end = Last
key-menu = Actions
key-go-today = Go to Today
key-go-people = Go to People
key-go-settings = Go to Settings
key-help = Help
key-language = Language
key-quit = Quit

## Today
today-counts = Waiting: { $waiting } · Being seen: { $seen } · Done: { $done } · Left: { $left }
today-empty = No one in the queue yet. Press Ctrl+N to log a visit.
col-ref = Ref
col-name = Name
col-arrived = Arr.
col-waiting = Wait
col-needs = Needs
col-state = State
col-born = Born
col-last-visit = Last visit
col-date = Date
col-language = Language
col-interpreting = Interpreting
anonymous-walk-in = Anonymous walk-in

## Visit states
state-waiting = waiting
state-being-seen = being seen
state-done = done
state-left = left, not seen

## Need domains (Home Office Indicators of Integration)
domain-work = Work
domain-education = Education
domain-housing = Housing
domain-health = Health and social care
domain-leisure = Leisure
domain-social-bonds = Social bonds
domain-social-bridges = Social bridges
domain-social-links = Social links
domain-language = Language and communication
domain-culture = Culture
domain-digital = Digital skills
domain-safety = Safety
domain-stability = Stability
domain-rights = Rights and responsibilities
domain-work-short = Work
domain-education-short = Education
domain-housing-short = Housing
domain-health-short = Health
domain-leisure-short = Leisure
domain-social-bonds-short = Bonds
domain-social-bridges-short = Bridges
domain-social-links-short = Links
domain-language-short = Language
domain-culture-short = Culture
domain-digital-short = Digital
domain-safety-short = Safety
domain-stability-short = Stability
domain-rights-short = Rights

## Interpreting
interpreting-none = None
interpreting-volunteer = Volunteer
interpreting-phone = Phone
interpreting-professional = Booked professional
interpreting-family = Family or friend
poor-practice = poor practice: book an interpreter next time

## People
people-search-label = Search name or reference:
people-hint = Type a few letters of a name, or a reference code.
people-none = No one found. Press Ctrl+N to add a new person.
person-no-visits = No visits yet.

## Forms
form-new-visit = New visit
form-new-person = New person
form-edit-person = Edit person
field-visit-person = Person
field-visit-needs = Needs
field-visit-language = Language used
field-visit-interpreting = Interpreting
field-visit-notes = Note
field-name = Name
field-year-of-birth = Year of birth
field-gender = Gender
field-gender-other = In their words
field-country = Country of origin
field-first-language = First language
field-other-languages = Other languages
field-english-level = English
field-needs-interpreter = Needs an interpreter
field-interpreter-gender = Interpreter gender
field-immigration-status = Immigration status
field-phone = Phone
field-notes = Notes
field-consent = Consent
consent-keep-record = They agree that we keep a record about them
consent-given-on = Agreed to a record on { $date }
consent-withdrawn-on = Withdrew consent on { $date }
picker-new-person = New person “{ $name }”
picker-last-visit = last came { $date }
needs-filter = Type to filter:
needs-no-match = No need matches what you typed.
hint-language-pick = ↑ ↓ then Enter to choose
prefilled-last-visit = as last visit
value-none = —
value-not-recorded = not recorded
value-yes = yes
value-no = no

## Values
gender-woman = Woman
gender-man = Man
gender-non-binary = Non-binary
gender-another-way = In another way
gender-prefer-not = Prefer not to say
pref-woman = A woman interpreter
pref-man = A man interpreter
pref-none = No preference
status-asylum-seeker = Asylum seeker
status-refugee = Refugee (leave to remain)
status-refused = Refused asylum seeker
status-nrpf = No recourse to public funds
status-other = Other status
status-settled = British or settled
status-unknown = Unknown
status-prefer-not = Prefer not to say
english-none = None
english-basic = Basic
english-intermediate = Intermediate
english-fluent = Fluent

## Errors next to fields
error-empty = This cannot be empty.
error-too-long = Too long: at most { $max } characters.
error-year-range = Give a year from { $min } to { $max }.
error-not-a-year = Give the year as four digits, e.g. 1990.
error-phone = Use only digits, spaces, +, - and brackets (at least 6 digits).
error-consent = Without consent to keep a record, log an anonymous walk-in instead.
error-person-missing = Choose a person, a new person, or an anonymous walk-in.
error-auto-lock = Give a number of minutes from 1 to 60.
role-volunteer = Volunteer
role-coordinator = Coordinator
error-password-short = At least 10 characters, please (a few words together are easy to remember).
error-password-long = That is too long: at most 200 characters.
error-password-mismatch = The two passwords are not the same.
error-time-zone = Not a time zone dropin knows. Use a name like Europe/London.

## Status line
status-visit-saved = Visit saved for { $name }.
status-person-saved = { $name } saved.
status-settings-saved = Settings saved.
status-fix-errors = Not saved: please correct the marked fields.
status-cannot-move = A visit that is { $from } cannot be marked { $to }.
status-close-form-first = Save or close the form first (Ctrl+S or Esc).

## Confirmations
confirm-title = Please check
confirm-quit-unsaved = A form has changes that are not saved. Quit anyway?
confirm-quit = Quit without saving
confirm-keep-editing = Keep editing
confirm-discard = Close this form and lose what you typed?
confirm-discard-yes = Close and lose changes
confirm-duplicate = This may be someone already recorded:
confirm-save-anyway = Save as a new person
confirm-go-back = Go back

## Overlays
help-title = Keys
help-more = ↑ ↓ for more
menu-title = Actions
language-title = Language
language-draft = draft

## Settings
field-centre-name = Centre name
field-time-zone = Time zone
field-language = Language on this computer
field-rtl-visual = Arrange right-to-left text (turn off if your terminal does it)
field-native-digits = Numbers in my language's digits
settings-digits-none = (this language writes 0–9)
field-shaping = Join Arabic letters
shaping-auto = Automatic
shaping-on = On
shaping-off = Off (the terminal joins them)
shaping-now-on = joining now
shaping-now-off = not joining now
settings-screen-reader = Using a screen reader? Turn off both “Arrange right-to-left text” and “Join Arabic letters”: a screen reader reads the screen left to right, so text that dropin arranges right to left would be read backwards.
language-console-cannot = This screen (the Linux console) cannot draw Arabic or Ethiopic letters. To use that language, open dropin in a terminal window on the desktop.
language-console-note = cannot be shown here
field-auto-lock = Lock the screen after this many idle minutes (1–60)
settings-hint = Tab moves between fields, Space changes a choice, Ctrl+S saves.

## Whole-screen messages
too-small = Please make the window larger: dropin needs at least { $width } columns and { $height } rows (now { $current_width }×{ $current_height }).

## Store errors
crash-message = dropin stopped because of a fault in the program. Everything saved before is safe. Please start it again, and tell your coordinator.
store-already-open = dropin is already open on this computer. Close it first, or use the same action inside the program.
store-newer-schema = This data was written by a newer version of dropin. Nothing was changed. Install that newer version (or a later one) to open it, or restore a backup made by this version: dropin restore FILE --volunteer NAME --force (the data here is moved aside, not deleted).
store-corrupt = The data is damaged and cannot be read. Nothing was changed. Restore the latest backup: dropin restore FILE --volunteer NAME --force (the damaged data is moved aside, not deleted).
store-lost-writes = The data is older than the last save: saves { $first } to { $last } are missing. Nothing was changed. Restore the latest backup: dropin restore FILE --volunteer NAME --force (the data here is moved aside, not deleted), then enter again what was saved after it.
store-lost-write = The data is older than the last save: save { $last } is missing. Nothing was changed. Restore the latest backup: dropin restore FILE --volunteer NAME --force (the data here is moved aside, not deleted), then enter again what was saved after it.
store-latest-backup = The latest backup is { $file }
store-read-only = dropin cannot write to its data folder. What was saved before is safe. Make the folder writable again (or put the disk back in), then try again.
store-disk-full = The disk is full: the last change was not saved. What was saved before is safe. Free some space, then save again.
store-io = The data could not be read or written. Nothing was saved.
store-not-found = That record is no longer there.
store-bad-transition = That change is not possible for this visit.
store-consent-required = A record can only be kept with the person's consent.
store-backup-damaged = That backup file is damaged or was changed: it cannot be used. Nothing was changed.
store-not-empty = That folder already holds data. Choose an empty folder, or use --force to move the current data aside first.
store-not-allowed = Only a coordinator can do that.
store-not-signed-in = Please sign in first.
store-wrong-password = That password is not right. Check the name and try again.
store-sign-in-wait = Too many wrong passwords. Please wait { $seconds } seconds, then try again.
store-rotation-unfinished = A change of the data key was interrupted. Sign in to dropin to finish it, then try again.
crypto-undecryptable = A record could not be unlocked: it is damaged or was changed outside dropin. Restore the latest backup.
crypto-truncated = A record is cut short: it is damaged. Restore the latest backup.
crypto-unknown-version = A record was written by a newer dropin. Please use the newer version.
crypto-too-long = A record is too large to protect. Nothing was saved.
crypto-kdf = The password could not be checked on this computer (not enough memory?).
crypto-bad-recovery-key = That is not a recovery key: check every group of letters and digits.
crypto-random = This computer could not make a secure random key.

## Set-up, sign-in, lock
key-lock = Lock the screen
setup-title = Welcome to dropin
setup-intro = First, the centre's name and the first coordinator, who will add the other volunteers.
setup-your-name = Your name
field-password = Password
field-password-again = Password again
setup-hint = At least 10 characters: a few words you will remember. Tab moves on, Ctrl+S finishes.
recovery-title = Your recovery key
recovery-intro = If every password is ever forgotten, this key is the only way back into the data. It is shown only now.
recovery-keep = Write it down or print it, and keep it locked away from this computer.
recovery-continue = Press Enter when it is safely written down.
signin-title = Sign in
lock-title = Locked — sign in to go on
signin-name = Your name
signin-hint-name = Type or choose your name, then Enter.
signin-hint-password = Type your password, then Enter. Esc chooses another name.
signin-welcome = Signed in as { $name }.
status-draft-lost = Your unsaved form from before the lock could not be brought back; please start it again.
signin-demo = Demo: { $coordinator } (coordinator) and { $volunteer } (volunteer) both use the password { $password }

## Signing in with the recovery key
key-use-recovery-key = Use the recovery key
recovery-signin-title = Sign in with the recovery key
recovery-signin-intro = For when every coordinator's password is forgotten: type the recovery key that was written down when dropin was set up. A volunteer who has forgotten only their own password can ask a coordinator to reset it.
field-recovery-key = Recovery key
recovery-signin-hint = Spaces and dashes do not matter. Enter signs in, Esc goes back.
recovery-wrong-key = This key does not open this centre's data. Check it against the written copy, group by group.
recovery-password-title = Choose a new password
recovery-password-intro = The recovery key opened the data, and you are signed in as { $name }. Choose a new password for yourself before going on: from now on you sign in with it.
recovery-password-hint = At least 10 characters: a few words you will remember. Tab moves on, Enter or Ctrl+S saves. Esc signs out without a new password.
status-recovered = Password set. Reset other volunteers' passwords in Settings → Volunteers (F8).

## dropin check
check-person-unreadable = A person's record cannot be opened: { $about }
check-visits-unreadable = The visits of a day cannot be opened: { $about }
check-visit-unlisted = A visit is not on its person's page: { $about }
check-visit-missing = A person's page lists a visit that is not there: { $about }
check-card-wrong = People search has an old name or phone for { $about }
check-card-missing = People search cannot find { $about }
check-cards-unreadable = A block of the people-search data cannot be opened: { $about }
check-audit-broken = The audit log was changed: { $about }
check-all-well = Every record opens and agrees; the audit log holds.

## Volunteers
key-new-volunteer = New volunteer
key-change-password = My password
key-reset-password = Reset password
key-deactivate = Deactivate
field-role = Role
form-new-volunteer = New volunteer
form-reset-password = New password
form-own-password = Change my password
volunteer-reset-for = A new password for { $name }
volunteer-inactive = deactivated
settings-volunteers = Volunteers (Ctrl+O on a name: reset password, deactivate)
status-volunteer-added = Volunteer added.
status-password-reset = Password set. Tell them in person, not in writing.
status-password-changed = Your password is changed.
status-volunteer-deactivated = Volunteer deactivated: their password opens nothing any more.
confirm-deactivate = Deactivate { $name }? Their password will open nothing any more.
confirm-deactivate-yes = Deactivate
key-rotate-key = Change the data key
confirm-rotate-key = Change the data key now?
confirm-rotate-key-why = Do this after deactivating a volunteer, or if the data may have been copied: old copies of keys left on the disk will then open nothing. Everyone keeps their password, and the recovery key still works.
confirm-rotate-key-backups = It takes from seconds to a few minutes, and nobody can use dropin meanwhile. Backups made before still open with the old key: make a new one afterwards.
confirm-rotate-key-yes = Change the key
work-rotation-title = Changing the data key
work-rotation-what = Every record is being locked again under a new key.
work-rotation-progress = { $done } of { $total } records
work-rotation-safe = You can quit (Ctrl+Q) at any moment: it carries on at the next sign-in.
status-key-rotated = The data key is changed. Make a new backup now (Ctrl+B): older backups still open with the old key.
status-key-rotation-stopped = Changing the data key stopped: { $why } It carries on at the next sign-in.

## Backups in the program
key-backup-now = Back up now
field-backup-dir = Backup folder (a USB stick; empty: no daily backup)
field-backups-kept = Backups to keep there
error-backups-kept = Give a number from 1 to 365.
status-backup-made = Backup saved: { $file }
store-no-backup-folder = The backup folder is not set or cannot be found. Is the USB stick in? Set it in F8 Settings.

## Audit log
audit-title = Audit log
audit-filter = Filter (a reference, a volunteer's name, or a date YYYY-MM-DD), then Enter:
audit-none = No entries match.
audit-signed-in = signed in
audit-signed-out = signed out
audit-sign-in-failed = wrong password given
audit-viewed-person = viewed { $person }
audit-created-person = added { $person }
audit-edited-person = edited { $person }: { $fields }
audit-created-visit = logged visit { $visit } for { $person }
audit-edited-visit = changed visit { $visit }: { $fields }
audit-exported = exported { $what }
audit-erased = erased { $person }
audit-volunteer-added = added a volunteer
audit-volunteer-changed = changed a volunteer
audit-key-rotated = rotated the data key
audit-backup-made = made a backup
audit-restored = restored a backup
audit-recovery-key-used = signed in with the recovery key
audit-service-saved = added or changed a service
audit-directory-imported = imported services (Open Referral)
audit-referred = signposted or referred a person
audit-followed-up = recorded a referral's outcome
audit-interpreter-saved = added or changed an interpreter
audit-booking-saved = booked an interpreter or changed a booking
audit-field-name = name
audit-field-year-of-birth = year of birth
audit-field-gender = gender
audit-field-country = country
audit-field-first-language = first language
audit-field-other-languages = other languages
audit-field-english-level = English
audit-field-needs-interpreter = needs an interpreter
audit-field-interpreter-gender = interpreter gender
audit-field-immigration-status = immigration status
audit-field-phone = phone
audit-field-notes = notes
audit-field-consent = consent
audit-field-visit-state = state
audit-field-needs = needs
audit-field-language = language
audit-field-interpreting = interpreting
audit-field-visit-notes = note
audit-broken-edited = an entry was edited
audit-broken-missing = an entry is missing
audit-broken-out-of-order = entries are out of order
key-audit-log = Audit log

## Signposting and referral
referral-kind-signposted = Signposted
referral-kind-referred = Referred
referral-needs-consent = A referral needs the person's consent to share their details with the service. Ask them first.
referral-needs-follow-up = A referral needs a follow-up date, today or later.
outcome-pending = Pending
outcome-attended = Attended
outcome-not-attended = Did not attend
outcome-declined = Declined
outcome-unknown = Not known

## F6 Follow-ups
screen-follow-ups = Follow-ups
key-go-follow-ups = Go to Follow-ups
key-outcome-attended = Attended
key-outcome-not-attended = Did not attend
key-outcome-declined = Declined
key-outcome-unknown = Not known
key-outcome-pending = Still pending (new date)
key-close-visit-done = Close visit: done
key-close-visit-left = Close visit: left, not seen
follow-ups-counts = Referrals to follow up: { $referrals } · Visits left open: { $visits } · Bookings to close: { $bookings }
follow-ups-empty = Nothing to follow up. Referrals appear here on their follow-up date; visits of earlier days left in the queue, and interpreter bookings whose time has passed still open, appear here too.
follow-ups-referral = Referral: { $service }
follow-ups-visit = Visit left open ({ $state })
col-due = Due
col-days-late = Late
col-what = What
status-outcome-recorded = Outcome recorded: { $outcome }.
status-follow-up-put-off = Still pending: follow up again on { $date }.
status-visit-closed = Visit closed.
status-not-a-referral = That row is a visit: d closes it as done, l as left.
status-not-a-visit = That row is a referral: a attended, n did not attend, x declined, u not known, p still pending.
person-referral-pending = Follow up { $date }
col-kind = Kind
col-service = Service
col-outcome = Outcome

## Directory
field-stale-months = Flag directory entries not checked for this many months (1–60)
error-stale-months = Give a number of months from 1 to 60.

## Signposting and referral form
form-referral = Signpost or refer: { $name }
field-service = Service
field-referral-kind = Signposted or referred
field-consent-to-share = Consent
field-follow-up = Follow up on
referral-consent-question = Agrees to share their details with this service
referral-no-service-found = No service matches. Fewer letters, or another word?
key-refer = Signpost or refer
status-refer-whom = Select a visit of someone known (not an anonymous walk-in), or open their page, to signpost or refer them.
status-directory-empty = The directory has no active service yet (F4).
error-choose-service = Choose a service: type a few letters, then ↑ ↓ and Enter.
status-signposted = { $name } signposted to { $service }.
status-referred = { $name } referred to { $service }: it is on F6 on its follow-up date.

## Open Referral import and export (dropin import hsds, dropin export hsds)
import-progress = reading the directory
import-summary = Open Referral import — added: { $added }, updated: { $updated }, unchanged: { $unchanged }, rejected: { $rejected }.
import-rejected = { $place }: { $reason }
import-more-rejected = { $count ->
        [one] …and 1 more rejected row, not listed here.
       *[other] …and { $count } more rejected rows, not listed here.
    }
import-at-line = { $file }, line { $line }
import-at-item = { $file }, { $item }
import-at-file = { $file }
import-reason-not-utf8 = the text in “{ $column }” is not valid UTF-8
import-reason-fields = the row has { $found } cells where the header has { $expected }
import-reason-json = not valid JSON (from line { $line }, column { $column })
import-reason-too-large = the file is too large to read as JSON ({ $mib } MiB); import the CSV package instead
import-reason-missing = the “{ $column }” is empty
import-reason-too-long = the “{ $column }” is too long
import-reason-duplicate = the id “{ $id }” was already used at line { $first }
import-reason-no-organisation = its organisation “{ $id }” is not in the directory
import-reason-no-organisation-id = it names no organisation
import-reason-organisation-rejected = its organisation (line { $line }) was rejected
import-reason-part-rejected = a row of it in { $file }, line { $line }, was rejected
import-error-not-found = There is nothing at { $path }.
import-error-not-hsds = { $path } is neither an Open Referral CSV package (a folder with datapackage.json) nor JSON.
import-error-datapackage = { $file } is not a valid data package description (line { $line }). Nothing was imported.
import-error-no-table = The package has no “{ $table }” table, which an import needs. Nothing was imported.
import-error-file-missing = datapackage.json names { $file }, which is not there. Nothing was imported.
import-error-unsafe-path = datapackage.json names { $file }, outside the package's folder: refused. Nothing was imported.
import-error-missing-column = { $file } has no “{ $column }” column, which an import needs: the file is refused and nothing was imported.
import-error-read = { $file } cannot be read ({ $detail }).
import-error-mapping = The mapping file, line { $line }: “{ $text }” is not a rule (PATTERN = DOMAIN, DOMAIN …). Nothing was imported.
import-error-mapping-domain = The mapping file, line { $line }: “{ $text }” names a domain that is not one of the 14. Nothing was imported.
import-error-not-allowed = Only a coordinator can import services into the directory.
export-progress = writing the directory
export-done = { $services ->
        [one] 1 service
       *[other] { $services } services
    } of { $organisations ->
        [one] 1 organisation
       *[other] { $organisations } organisations
    } written to { $dir }.
export-error-not-empty = { $dir } is not empty: choose a new or empty folder.
export-error-write = { $file } cannot be written ({ $detail }).

## Slip
slip-title = Slip (Ctrl+P print · Ctrl+T save as text · Esc close)
slip-address = Address
slip-phone = Phone
slip-opening-times = Opening times
slip-website = Website
slip-email = Email
key-print-slip = Print
key-save-slip = Save as a text file
field-printer = Printer for slips (empty: save as text)
status-slip-saved = Slip saved as { $file }.
status-slip-not-saved = The slip could not be saved: { $why }
status-slip-printed = Slip sent to { $printer }.
status-slip-not-printed = The printer { $printer } did not take the slip. Check its name in Settings (F8), or press t to save it as a text file.
status-no-printer = No printer is set (Settings, F8). Press t to save the slip as a text file.
status-no-lp = Printing needs the system's lp command (CUPS), which this computer does not have. Press t to save the slip as a text file.
screen-directory = Directory
key-go-directory = Go to Directory
key-new-service = New service
key-open-service = Open service
key-edit-service = Edit service
key-mark-verified = Mark as checked today
key-deactivate-service = Deactivate service
key-reactivate-service = Reactivate service
key-filter-domain = Filter by domain
key-filter-language = Filter by language
key-show-inactive = Show or hide inactive services
directory-search-label = Search services:
directory-filter-domain = Domain: { $domain }
directory-filter-language = Language: { $language }
directory-inactive-hidden = inactive hidden
directory-inactive-shown = inactive shown
directory-any = any
directory-summary = Shown: { $shown } of { $total } · ⚠ not checked for { $months } months: { $stale }
directory-empty = The directory is empty. A coordinator adds services with Ctrl+N.
directory-none = No service matches. Esc clears the search, then the filters.
directory-inactive = inactive
directory-never = never
directory-domain-title = Filter by domain
directory-language-title = Filter by language
directory-any-domain = Any domain
directory-any-language = Any language
col-organisation = Organisation
col-domains = Domains
col-checked = Checked
form-new-service = New service
form-edit-service = Edit service
field-organisation = Organisation
field-service-name = Service name
field-description = Description
field-domains = Domains
field-address = Address
field-postcode = Postcode
field-email = E-mail
field-website = Website
field-opening-times = Opening times
field-service-languages = Languages spoken
field-eligibility = Who it is for
field-how-to-refer = How to refer
field-service-status = Status
field-last-verified = Last checked
field-source = Source
service-active = Active
service-inactive = Inactive: not offered at present
service-never-checked = never checked
service-stale = not checked for { $months } months or more
service-typed = Typed in at this centre
service-imported = Imported from an Open Referral directory on { $date } (its id: { $id })
status-service-saved = { $name } saved.
status-service-verified = { $name } marked as checked today.
status-service-deactivated = { $name } is inactive now: the list hides it (Ctrl+T shows inactive services).
status-service-reactivated = { $name } is active again.
key-show-slip = Slip
key-import-directory = Import (Open Referral)
import-from-title = Import services (Open Referral)
import-from-hint = A folder with datapackage.json and CSV files, or a JSON file or folder. Enter imports; Esc goes back.
import-from-label = Path:
import-report-title = Import
put-off-title = Still pending
put-off-hint = Follow up again on (YYYY-MM-DD). Enter confirms; Esc goes back.

## Interpreter bookings
booking-bad-duration = A booking lasts from 1 minute to 12 hours.
booking-interpreter-busy = That interpreter is already booked at that time (see the booking shown).
booking-interpreter-inactive = That interpreter is no longer active.
booking-bad-transition = A booking in that state cannot be changed that way.
booking-no-show-too-early = A no-show can only be recorded once the appointment has started.

## F5 Interpreters: the roster and bookings
booking-person-busy = This person already has a booking at that time (shown). Save again with Ctrl+S to book both.
interpreter-incomplete = An interpreter needs a name and at least one language.
screen-interpreters = Interpreters
key-go-interpreters = Go to Interpreters
key-new-interpreter = New interpreter
key-edit-interpreter = Edit interpreter
key-show-day = Day
key-show-week = Week
key-show-roster = Roster
key-filter-gender = Gender
key-filter-mode = Mode
key-new-booking = New booking
key-edit-booking = Open booking
key-confirm-booking = Confirm
key-complete-booking = Completed
key-cancel-booking = Cancel booking
key-no-show = No-show
key-export-calendar = Calendar file (.ics)
key-earlier = Earlier
key-later = Later
key-book-interpreter = Book interpreter
col-languages = Languages
form-booking = Book an interpreter
form-booking-edit = Booking
field-person = Person
field-booking-language = Language
field-dialect = Dialect
field-mode = Mode
field-appointment = Appointment
field-place = Place
field-date = Date (YYYY-MM-DD)
field-start = Starts (HH:MM)
field-end = Ends (HH:MM)
field-interpreter = Interpreter
field-cancel-reason = Why
error-bad-date = Type a date as YYYY-MM-DD, e.g. 2026-12-03.
error-bad-time = Type a time as HH:MM, e.g. 09:30.
error-choose-person = Type a name or reference and choose the person with Enter.
error-choose-language = Type a language (name or code) and choose it with Enter.
booking-unknown-language = No language by that name or code: choose one from the list with Enter.
booking-ends-before-start = The end must be after the start.
booking-starts-in-past = This starts in the past. Check the date; save again with Ctrl+S to book it anyway.
booking-cancel-needs-reason = Say why the booking is cancelled.
booking-no-interpreter-yet = None yet (requested)
booking-nobody-fits-gender = Nobody on the roster meets the gender preference for this language: the booking stays requested.
booking-nobody-speaks = Nobody on the roster speaks this language or a related one.
miss-related-language = speaks { $language } ({ $dialects }), a related language: ask first
miss-other-dialect = other dialects: { $dialects }
miss-gender = not the gender preferred
miss-mode = does not work this way (mode)
miss-busy = booked then
miss-inactive = no longer active
status-booking-saved = Booking saved: { $booking }
status-booking-moved = Booking now { $status }: { $booking }
status-calendar-saved = Calendar file saved: { $file }
status-calendar-not-saved = The calendar file could not be saved: { $why }
status-calendar-nothing = No bookings for this interpreter this week.
calendar-summary = Interpreter: { $language } — { $appointment }
calendar-reference = Reference: { $reference }
calendar-language = Language: { $language }
calendar-mode = Mode: { $mode }
calendar-status = Status: { $status }
cancel-booking-title = Cancel the booking
cancel-booking-hint = Enter cancels the booking; Esc keeps it.
mode-in-person = In person
mode-phone = Phone
mode-video = Video
interpreter-gender-other = Other
appointment-gp = GP
appointment-hospital = Hospital
appointment-solicitor = Solicitor
appointment-home-office = Home Office
appointment-housing = Housing
appointment-school = School
appointment-council = Council
appointment-benefits = Benefits
appointment-other = Other
booking-status-requested = requested
booking-status-confirmed = confirmed
booking-status-completed = completed
booking-status-cancelled = cancelled
booking-status-late-cancelled = cancelled late
booking-status-no-show = no-show
bookings-day = Bookings on { $date } ({ $count }) — ← → another day
bookings-week = Week from { $date } ({ $count } bookings) — ← → another week
bookings-requests-count = Requests still unconfirmed: { $count }
bookings-none = No bookings on this day. Ctrl+N books an interpreter.
timegrid-legend = [..] █ confirmed  ? requested  · done  ! clash  ‹ › outside 08–18
col-time = Time
col-interpreter = Interpreter
col-appointment = Appointment
col-status = Status
weekday-mon = Mon
weekday-tue = Tue
weekday-wed = Wed
weekday-thu = Thu
weekday-fri = Fri
weekday-sat = Sat
weekday-sun = Sun
today-bookings = Interpreters booked today ({ $count }) — F5 for the day
follow-ups-booking = Interpreter { $time } { $appointment }, { $interpreter } ({ $status }): close it
status-not-a-booking = That is not an interpreter booking.

## F5 roster (interpreter form)
col-gender = Gender
col-modes = Modes
col-agency = Agency
roster-search-label = Search name, language or dialect:
roster-filter-gender = Gender: { $gender }
roster-filter-mode = Mode: { $mode }
roster-any = any
roster-shown = Shown: { $shown } of { $total }
roster-empty = No interpreters on the roster yet. A coordinator can add them.
roster-empty-add = No interpreters on the roster yet. Press { $key } to add one.
roster-none = No interpreter matches. Esc clears the search, then the filters.
roster-modes-all = all modes
roster-volunteer = volunteer
roster-inactive = inactive
form-new-interpreter = New interpreter
form-edit-interpreter = Edit interpreter
field-interpreter-languages = Languages
field-add-language = Add a language
field-modes = Modes
field-agency = Agency
field-contact = Contact
field-active = Active
interpreter-dialects = dialects:
interpreter-dialects-hint = Commas between dialects; { $key } removes the language.
interpreter-add-language-hint = Type its English name or code (tigr, apd), then Enter.
interpreter-agency-empty = empty: a volunteer interpreter
interpreter-active-note = can be booked
error-no-language = Add at least one language: type part of its name, then Enter.
error-language-not-found = No language matches “{ $typed }”. Try fewer letters, or its code.
status-interpreter-saved = { $name } saved to the roster.
key-remove-language = Remove this language
check-bookings-unreadable = A block of interpreter bookings cannot be read: { $about }
check-booking-unlisted = A booking is missing from its person's list: { $about }
check-booking-missing = A person's list names a booking that is not there: { $about }
check-booking-index = The index of interpreters' times or open bookings disagrees with a booking: { $about }
check-booking-clash = An interpreter is in two bookings at once: { $about }
check-support-unreadable = The support given on a visit cannot be opened: { $about }
check-support-orphan = Support is recorded on a visit that is not there, or not theirs: { $about }
check-key-dates-unreadable = A block of key dates cannot be read: { $about }
check-key-date-misplaced = A key date is stored with someone else's: { $about }
check-key-date-reminder = A key date's reminder for F6 is missing or left over: { $about }
cancel-booking-hint-late = Less than 24 hours before the start: a late cancellation. Enter cancels; Esc keeps it.
booking-cancelled-line = Cancelled { $date } by { $who }: { $why }
key-export-week = Week to calendar (.ics)

## Amounts of money
money-error-empty = Type an amount, such as 12.50.
money-error-negative = An amount cannot be negative.
money-error-not-a-number = Not an amount: type pounds and pence in digits, such as 12.50 or £12.50.
money-error-too-many-decimals = At most two digits after the point (the pence), such as 12.50.
money-error-two-points = Only one decimal point, such as 12.50.
money-error-grouping = Commas go only between thousands, such as 1,250.00; pence go after a point: 12.50.
money-error-other-currency = Amounts are in pounds (£) only.
money-error-too-large = That amount is too large to be right: check the number.

## Support given on a visit
support-kind-food-parcel = Food parcel
support-kind-travel-fare = Travel fare
support-kind-hardship-payment = Hardship payment
support-kind-clothing = Clothing
support-kind-phone-top-up = Phone top-up
support-kind-other = Other
support-error-amount-missing = Type the amount given, such as 12.50.
support-error-amount-zero = The amount is zero: type what was given, such as 12.50.
support-error-amount-not-money = This support is not money: leave the amount empty and say what was given in the note.
support-error-note-missing = Say in the note what was given.
support-error-note-too-long = The note is too long: at most { $max } characters.
key-give-support = Support given
field-support-kind = Kind of support
field-support-amount = Amount (£)
support-amount-hint = Pounds and pence, such as 12.50 or £12.50
support-confirm-large = { $amount } is more than { $limit } for one item. Check it: Ctrl+S again saves it.
status-support-confirm-large = A large amount: check it, then Ctrl+S again to save it.
status-support-given = Recorded: { $kind } for { $name }.
status-support-over-limit = Saved. { $name } has had { $total } in 12 months, over the limit of { $limit }.
status-support-which-visit = Select a visit first: support is recorded on a visit.
field-support-given = Already given on this visit
key-remove-support = Take off an item given by mistake
support-remove-question = Take “{ $what }” off this visit? It was entered by mistake; the audit log keeps that it was taken off.
support-remove-yes = Take it off
status-support-removed = Taken off. The person's total is updated.
status-support-not-yours = Only whoever recorded it, or a coordinator, can take it off.
audit-support-removed = took off support given on a visit (entered by mistake)
form-support = Support given to { $name }
support-form-total = In the last 12 months, with this: { $total }
support-over-limit = over the limit of { $limit }
person-support-summary = Support, last 12 months: { $total } in money, { $count ->
    [one] one item
   *[other] { $count } items
}

## Households (people who came together)
household-title = Household
household-child-born = Child, born { $year }
relation-partner = Partner
relation-child = Child
relation-parent = Parent
relation-sibling = Brother or sister
relation-other-relative = Other relative
relation-other = Not related (a friend, a carer)
household-error-in-another = Already in another household: take them out of it first.
household-error-already-member = Already in this household.
household-error-not-member = Not in this household.
household-error-anchor-has-others = Recorded through them: record it through someone else first (Ctrl+R).
household-error-too-small = A household needs at least two people.
household-error-relations = Say how each person is related to the one the household is recorded through.

## Key dates (hearings, interviews, deadlines)
key-date-kind-interview = Home Office interview
key-date-kind-appeal-hearing = Asylum appeal hearing
key-date-kind-appeal-deadline = Appeal deadline
key-date-kind-move-on-end = End of move-on period (asylum support stops)
key-date-kind-court = Court
key-date-kind-other = Other date
key-date-outcome-kept = Happened, or deadline met
key-date-outcome-moved = Moved to another day
key-date-outcome-missed = Missed
key-date-outcome-cancelled = Cancelled, or no longer needed
key-date-due-later = later
key-date-due-in = { $days ->
        [0] today
        [one] tomorrow
       *[other] in { $days } days
    }
key-date-due-passed = { $days ->
        [one] passed yesterday, no outcome yet
       *[other] passed { $days } days ago, no outcome yet
    }
key-date-due-done = done
key-date-soon = { $days ->
        [one] key date today or tomorrow
       *[other] key date within { $days } days
    }
key-date-warning-past = This date has already passed. Save it anyway?
key-date-lead-days-hint = Empty: the usual for this kind of date.
field-key-date-kind = Kind of date
field-key-date-date = Date
field-key-date-grant = Date of the grant
field-key-date-lead-days = Remind, days before
field-key-date-note = Note
error-choose-kind = Choose what kind of date this is.
error-date-missing = Give the date as YYYY-MM-DD, e.g. 2026-12-03.
error-grant-date-missing = Give the date of the grant: the end of move-on support is worked out from it.
error-lead-days = Give a number of days from 0 to 365.
error-date-future = This date is still to come: give the day it was done.
key-add-key-date = Add a key date
key-key-date-kept = Key date: it happened, or was met
key-key-date-moved = Key date: moved to another day
key-key-date-missed = Key date: missed
key-key-date-cancelled = Key date: cancelled, or no longer needed
key-date-kind-choose = (choose: Space or ←/→)
key-date-move-on-ends = Support ends on { $date } ({ $days } days after the grant)
key-date-move-on-hint = Support ends { $days } days after the grant.
key-date-lead-days-usual = Empty: { $days } days before, the usual for this kind of date.
key-date-move-on-row = Move-on ends (grant { $grant })
key-date-outcome-hint = A note if you like (not needed). Enter records it; Esc goes back.
form-key-date = Add a key date: { $name }
status-key-date-saved = Key date saved: { $kind }, { $date }
status-not-a-key-date = That row is not a key date.
status-key-date-row = That row is a key date: h happened, m moved, s missed, w cancelled (or Ctrl+O).
follow-ups-key-dates = Key dates to act on: { $count } (coming up, or passed with no outcome)
col-key-date = Date
col-note = Note
key-date-passed-short = { $days ->
        [one] passed yesterday
       *[other] passed { $days } days ago
    }
key-date-move-on-short = Move-on ends

## Safeguarding concerns
safeguarding-help-danger = If someone is in immediate danger, call 999 first; record it here afterwards.
safeguarding-help-lead = Saving tells the centre's safeguarding lead at once. The lead is the volunteer who decides what happens next, such as a referral to the council or the police, and records it here. Only the lead, coordinators and you can see this concern.
safeguarding-new-count = { $count ->
        [one] 1 new safeguarding concern
       *[other] { $count } new safeguarding concerns
    }
concern-unnamed = No named person
concern-category-child = Child at risk
concern-category-adult = Adult at risk
concern-category-domestic-abuse = Domestic abuse
concern-category-trafficking = Trafficking or modern slavery
concern-category-self-harm = Self-harm or suicide risk
concern-category-other = Something else
concern-agency-childrens-services = Council children's services
concern-agency-adults-services = Council adults' services
concern-agency-police = Police
concern-agency-modern-slavery-helpline = Modern Slavery Helpline
concern-agency-domestic-abuse = A domestic abuse service
concern-agency-health = A GP or health service
concern-agency-other = Someone else
concern-step-referred = Referred on
concern-step-action = Something else done
concern-step-closed = Closed
concern-status-open = Open
concern-status-referred-on = Referred on
concern-status-closed = Closed
concern-error-not-allowed = Only the safeguarding lead and coordinators record what happened next.
concern-error-closed = This concern is closed. If something new happens, raise a new concern.
field-concern-category = What it is about
field-concern-seen-or-said = What was seen or said
field-concern-action-taken = What you did
field-concern-step = What happened next
field-concern-agency = Referred to
field-concern-on = On
field-concern-note = Note
error-choose-category = Choose what the concern is about.
field-move-on-days = Move-on period (days after a grant)
field-support-limit = Support limit a person, 12 months (£; empty: none)
error-move-on-days = Type a number of days from 1 to 365 (28 is usual).
audit-key-date-saved = added a key date or recorded its outcome
audit-support-given = recorded support given on a visit

## Households (issue 7)
audit-household-saved = formed, changed or dissolved a household
check-households-unreadable = A household record cannot be read: { $about }
check-household-index = The household index disagrees with the households for { $about }
check-household-invalid = Household { $about } has fewer than two people, someone twice, or someone whose record is gone
check-household-twice = { $about } is in two households
key-household = Household
key-remove-from-household = Take out of the household
key-whole-household = Whole household came
household-none = none (Ctrl+G to add someone who came with them)
household-more = … and { $count } more (Ctrl+G)
household-relation-of = { $relation } of { $name }
household-anchor = the household is recorded through them
household-recorded-through = Relations are to { $name }, whom the household is recorded through.
household-form-title = Household of { $name }
household-field-add-person = Add a person
household-field-add-child = Add a child (year of birth)
household-field-members = In the household
household-hint-list = ← → relation · Enter: it is right · Ctrl+R: record through them
household-confirm-remove = Take { $name } out of the household?
household-confirm-remove-child = Take the child born { $year } out of the household?
household-remove-yes = Take out
status-household-saved = Household saved.
status-household-dissolved = The household is no more: fewer than two people were left in it.
field-visit-household = Came with them
household-needs-same = same needs
household-needs-own = own needs
household-hint-visit = Space: came too · Enter: their own needs · Ctrl+A: everyone
field-visit-needs-of = Needs of { $name }
status-visits-saved = { $count ->
    [one] Visit saved for { $name }.
   *[other] Visits saved for { $name } and { $others } more of the household.
}
household-hint-everyone = Ctrl+A: everyone came
col-household = Household
key-record-through = Record the household through them
household-check-relation = check: ← → to change, Enter if right

## Safeguarding concerns: stored and shown
audit-concern-raised = raised a safeguarding concern
audit-concern-viewed = opened a safeguarding concern
audit-concern-updated = recorded what happened next on a safeguarding concern
check-concerns-unreadable = A safeguarding concern cannot be opened: { $about }
check-concern-awaiting = The count of concerns awaiting the lead disagrees with a concern: { $about }
check-report-counts = The report figures of { $about } disagree with that day's records
check-report-counts-unreadable = The report figures cannot be read or recounted
key-raise-concern = Raise a safeguarding concern
key-show-concerns = Safeguarding concerns
key-open-concern = Open concern
key-record-step = Record what happened next
key-close-concern = Close concern
key-toggle-lead = Safeguarding lead: mark or unmark
form-concern = Safeguarding concern
form-concern-step = What happened next
field-concern-person = About
field-concern-other-agency = Who (name)
field-concern-status = Status
field-concern-raised = Raised
field-safeguarding-lead = Safeguarding lead
concern-category-none = not chosen yet (← → to choose)
concern-status-raised = Concern saved. The safeguarding lead has been told.
concern-status-step-saved = Saved what happened next.
concern-status-closed-saved = The concern is closed.
concern-awaiting-lead = not opened yet
concern-page-title = Safeguarding concern
concern-raised-by = { $date } { $time } by { $name }
concern-steps = What happened next
concern-no-steps = Nothing recorded yet.
concern-raiser-note = The safeguarding lead decides what happens next and records it here.
concerns-title = Safeguarding concerns you may see: { $count }
concerns-empty = No safeguarding concerns to show. Ctrl+Y raises one from any screen.
col-raised = Raised
col-concern-category = About
col-concern-status = Status
col-concern-lead = Lead
confirm-close-concern = Close this concern? No more steps can be recorded on it afterwards; you will be asked why.
confirm-close-concern-yes = Close it
person-concerns = Safeguarding concerns
person-concerns-count = { $count } — F6, Ctrl+G
volunteer-safeguarding-lead = safeguarding lead
volunteer-lead-hint = told of every new concern
status-lead-marked = { $name } is now a safeguarding lead.
status-lead-unmarked = { $name } is no longer a safeguarding lead.

## Reports and exports (src/export, src/cli/export.rs)
audit-records-exported = exported records (reference codes only)
audit-records-exported-full = exported records with names, notes and phone numbers (full export)
export-error-exists = { $file } already exists: choose another name, or add --force to replace it.
export-error-is-folder = { $file } is a folder: give the name of a file to write.
export-error-folder = Nothing can be written in { $dir } ({ $detail }): choose another folder.
export-error-writing = The export could not be written ({ $detail }); nothing was left behind.
export-not-given = not given
export-not-recorded = not yet recorded
export-col-section = Section
export-col-item = Item
export-col-label = Figure
export-col-value = This period
export-col-previous = Previous period
export-col-person = Person
export-col-name = Name
export-col-notes = Notes
export-col-phone = Phone
export-col-amount = Amount (£)
export-col-day = Day
export-col-visit-id = Visit
export-col-arrived = Arrived
export-col-waited-minutes = Waited (minutes)
export-col-state = State
export-col-age-band = Age band
export-col-gender = Gender
export-col-country = Country of origin
export-col-immigration-status = Immigration status
export-col-first-language = First language
export-col-needs = Needs
export-col-language = Language
export-col-interpreting = Interpreting
export-col-visits-in-range = Visits in the range
export-col-recorded = Recorded on
export-col-english-level = English
export-col-needs-interpreter = Needs an interpreter
export-col-year-of-birth = Year of birth
export-col-referral-id = Referral
export-col-kind = Kind
export-col-domain = Domain
export-col-service-id = Service number
export-col-service = Service
export-col-outcome = Outcome
export-col-follow-up = Follow up on
export-col-booking-id = Booking
export-col-start = Starts
export-col-minutes = Minutes
export-col-appointment = Appointment
export-col-mode = How
export-col-status = Status
export-col-place = Place
export-col-organisation = Organisation
export-col-domains = Domains
export-col-postcode = Postcode
export-col-email = Email
export-col-website = Website
export-col-languages = Languages
export-col-active = Active
export-col-last-verified = Last checked
export-col-given = Given at
export-fig-visits = Visits
export-fig-people = Different people
export-fig-new-people = New people
export-fig-anonymous = Anonymous walk-ins
export-fig-households = Households
export-fig-visits-per-person = Visits per person
export-fig-average-wait = Average wait (minutes)
export-fig-longest-wait = Longest wait (minutes)
export-fig-family-interpreting = Family or friends interpreting (poor practice)
export-section-summary = Summary
export-section-needs = Needs by domain
export-section-languages = Languages used
export-section-interpreting = Interpreting
export-section-sent-by-domain = Signposted and referred, by domain
export-section-sent-by-service = Signposted and referred, by service
export-section-outcomes = Referral outcomes
export-section-bookings = Interpreter bookings
export-section-booking-hours = Interpreter hours
export-section-bookings-by-language = Interpreter bookings by language
export-section-hours = Arrivals by hour
export-section-weekdays = Visits by weekday
export-section-support = Support given
export-section-support-amount = Support given, amount (£)
export-section-concerns = Safeguarding concerns (counts under 5 shown as <5)
export-section-key-dates = Key dates
export-section-equalities-gender = Equalities: gender (counts under 5 shown as <5)
export-section-equalities-age-band = Equalities: age band (counts under 5 shown as <5)
export-section-equalities-country = Equalities: country of origin (counts under 5 shown as <5)
export-section-equalities-immigration-status = Equalities: immigration status (counts under 5 shown as <5)
export-section-equalities-first-language = Equalities: first language (counts under 5 shown as <5)
export-age-under-18 = Under 18
export-age-18-25 = 18 to 25
export-age-26-35 = 26 to 35
export-age-36-50 = 36 to 50
export-age-51-65 = 51 to 65
export-age-over-65 = Over 65
cli-error-day = "{ $day }" is not a date: write it as YYYY-MM-DD, e.g. 2026-04-01.
cli-error-backwards = The range starts on { $from }, after it ends on { $to }: give --from before --to.
cli-error-too-long = A range may not be longer than 20 years.
cli-error-coordinators-only = Only a coordinator can see reports and export records.
cli-report-title = Report { $from } to { $to } (previous period { $pfrom } to { $pto })
cli-report-written = { $rows } figures written to { $file }
cli-export-written = { $rows } rows written to { $file }
cli-full-word = names
cli-full-warning = This { $kind } export will hold names, notes and phone numbers. Keep the file safe and delete it when done. Type { $word } to go on:
cli-full-needs-yes = A full export needs a second yes: add --yes-full (there is no terminal to ask at).
cli-full-not-confirmed = Not confirmed: nothing was exported.
cli-full-not-personal = The directory holds nothing personal: --full is for records of people.

## F7 Reports (coordinators)
screen-reports = Reports
key-go-reports = Go to Reports
key-report-range-before = Range before
key-report-range-next = Next range
key-report-dates = Type dates
key-report-next-section = Next section
key-report-prev-section = Previous section
key-report-shared = For sharing (<5)
key-report-export = Export
key-report-refresh = Read again
key-report-apply-range = Show this range
report-coordinators-only = Reports are for coordinators. Ask a coordinator if you need a figure.
report-range-today = Today
report-range-this-week = This week
report-range-this-month = This month
report-range-last-month = Last month
report-range-this-quarter = This quarter
report-range-financial-year = Financial year
report-range-last-12-months = Last 12 months
report-range-custom = Your dates
report-range-line = { $preset }  { $from } – { $to } ({ $days ->
    [one] 1 day
   *[other] { $days } days
})
report-compared-with = Compared with { $from } – { $to }
report-from = From
report-to = To
report-error-date = Not a date: type it as YYYY-MM-DD, e.g. 2026-04-01.
report-error-backwards = The start is after the end.
report-error-too-long = A range can be 20 years at most.
report-none = No report on screen: Ctrl+R reads it.
report-section-overview = Overview
report-section-needs = Needs
report-section-languages = Languages
report-section-sent-on = Sent on
report-section-bookings = Interpreters
report-section-times = Times
report-section-support = Support
report-section-equalities = Equalities
report-column-now = This period
report-column-before = Before
report-column-change = Change
report-more = { $count } more lines: PgDn
report-nothing = none in either period
report-visits = Visits
report-people = Different people
report-new-people = New people recorded
report-anonymous = Anonymous walk-ins
report-visits-per-person = Visits per person
report-households = Households seen
report-heading-weekly = Visits per week
report-weekly-note = peak { $peak } a week · { $total } in all (before: { $before })
report-weekly-dates = weeks from { $first } to { $last }{ $per ->
    [one] {""}
   *[other] {" "}({ $per } weeks to a mark)
}
report-heading-needs = Needs by domain (visits)
report-heading-languages = Languages used (visits)
report-heading-interpreting = Interpreting (visits; ⚠ poor practice)
report-family-interpreting = ⚠ Family or friend
report-heading-signposted = Signposted, by domain
report-heading-referred = Referred, by domain
report-total = In all
report-no-domain = No domain given
report-heading-signposted-services = Signposted, by service
report-heading-referred-services = Referred, by service
report-key-date-kept = Kept or met
report-key-date-moved = Moved
report-key-date-missed = Missed
report-key-date-cancelled = Cancelled
report-heading-outcomes = Outcomes
report-bookings = Interpreter bookings
report-booked-hours = Hours booked
report-late-cancellations = Late cancellations
report-no-shows = No-shows
report-heading-bookings = Bookings by language and status
report-heading-booked-hours = Hours by language and status
report-average-wait = Average wait (minutes)
report-longest-wait = Longest wait (minutes)
report-heading-hours = Arrivals by hour
report-heading-weekdays = Visits by weekday
report-heading-support = Support given (items)
report-support-amount = { "  " }amount given
report-heading-concerns = Safeguarding concerns (counts only)
report-heading-key-dates = Key dates
report-key-date-open = Nothing recorded yet
report-for-sharing = For sharing: counts under 5 show as <5 (Ctrl+T)
report-not-recorded = Not recorded
report-heading-gender = Gender (people)
report-heading-age = Age band (people)
report-age-under-18 = Under 18
report-age-18-25 = 18–25
report-age-26-35 = 26–35
report-age-36-50 = 36–50
report-age-51-65 = 51–65
report-age-over-65 = Over 65
report-heading-country = Country of origin (people)
report-heading-status = Immigration status (people)
report-heading-first-language = First language (people)

## F7's export box (Ctrl+E on F7)
key-export-write = Export
key-export-choice-before = Choice before
key-export-choice-next = Next choice
export-box-title = Export
export-box-days = Days: { $from } – { $to } ({ $days ->
    [one] 1 day
   *[other] { $days } days
})
export-box-whole-directory = The whole directory, as it is now
export-field-what = What
export-field-format = Format
export-field-full = Names and notes
export-field-file = File
export-what-report = The report shown
export-what-visits = Visits
export-what-people = People seen
export-what-referrals = Signpostings and referrals
export-what-bookings = Interpreter bookings
export-what-services = Services (the directory)
export-what-support = Support given
export-format-csv = CSV (spreadsheets)
export-format-json = JSON (programs)
export-full-off = No: reference codes only
export-full-on = Yes: names, notes, phones
export-holds-report = The figures on screen and the period before; counts under 5 as <5.
export-holds-services = The services in the directory: nobody's personal details.
export-holds-pseudonymised = Reference codes and age bands: no names, no notes, no phone numbers.
export-holds-full = This file will hold names, notes and phone numbers: keep it safe.
export-box-no-range = There is no range on screen to export: choose one first.
export-box-no-file = Type the name of the file to write.
export-box-is-folder = That is a folder: add the name of a file to write.
export-box-exists = A file of that name is already there: choose another name. Nothing was written.
export-box-no-folder = There is no folder { $dir }: check the path.
export-box-cannot-write = Nothing can be written in { $dir }: choose another folder.
export-box-not-written = Nothing was written: see the message beside the file.
export-full-question = The file ({ $what }) will hold names, notes and phone numbers. Keep it safe: only on this computer or a protected drive, never by email, and delete it when it has served. The export is written in the audit log. Write it with names?
export-full-yes = Write it, with names
export-full-no = Go back
work-export-title = Exporting
work-export-what = Writing the file: a moment, please.

## Data life cycle: consent, retention, anonymisation.
consent-purpose-record = Keeping a record
consent-purpose-share = Sharing for referrals
consent-purpose-contact = Contact by phone or text
consent-short-record = record
consent-short-share = sharing
consent-short-contact = contact
consent-share-question = They agree that we share their details with a service when we refer them
consent-contact-question = They agree that we contact them by phone or text
field-consent-more = Also
consent-title = Consent: { $name }
consent-state-given = given { $date }
consent-state-withdrawn = withdrawn { $date }
consent-state-never = not asked
consent-hint = Space gives or withdraws the selected consent, as they say now. Esc closes.
consent-history = Every change, newest first:
consent-event-given = given
consent-event-withdrawn = withdrawn
consent-no-contact = do not contact
consent-anonymised = This record is anonymised: there is no consent left to record.
consent-withdraw-record-question = { $name } no longer agrees that we keep a record about them. Their record will be anonymised now: name, phone, notes and year of birth are removed, and the notes on their visits, referrals and bookings. Their visits stay in the figures, without a name. This cannot be undone.
consent-withdraw-record-yes = Anonymise the record
status-consent-given = Consent recorded.
status-consent-withdrawn = Withdrawal of consent recorded.
status-record-anonymised = The record is anonymised.
anonymised-retention = past the retention period
anonymised-consent = consent withdrawn
person-anonymised-heading = Anonymised record · { $reference } · { $date }, { $why }
audit-consent-given = recorded consent for { $person }: { $what }
audit-consent-withdrawn = recorded a withdrawal of consent for { $person }: { $what }
audit-anonymised = anonymised { $person } ({ $what })
field-retention-years = Keep records after the last contact (years)
error-retention-years = Type a number of years from 1 to 30 (6 is usual).
key-consent = Consent

## Data life cycle: the retention review.
key-consent-change = Give or withdraw
key-review-retention = Retention review
retention-save-first = Save the settings first (Ctrl+S), then review retention.
retention-none-due = Nobody is past the retention period ({ $years } years after the last contact).
retention-line = { $reference } · last contact { $date }
retention-more = … and { $count } more
retention-question = { $count ->
    [one] 1 record is past the retention period ({ $years } years after the last contact). Anonymise it now? Names, phone numbers, notes and years of birth are removed; the figures in reports stay as they are. This cannot be undone.
   *[other] { $count } records are past the retention period ({ $years } years after the last contact). Anonymise them now? Names, phone numbers, notes and years of birth are removed; the figures in reports stay as they are. This cannot be undone.
}
retention-yes = Anonymise them
retention-done = { $count ->
    [one] 1 record anonymised.
   *[other] { $count } records anonymised.
}
retention-cli-due = { $count ->
    [one] 1 record is past the retention period ({ $years } years after the last contact: before { $cutoff }). Reference and last contact:
   *[other] { $count } records are past the retention period ({ $years } years after the last contact: before { $cutoff }). Reference and last contact:
}
sar-title = Everything { $centre } holds about { $name } ({ $reference })
sar-generated = Written on { $date }, at their request.
sar-left-out = Not included: other people's details (the other members of a household are counted, not named), and safeguarding records, which the safeguarding lead decides on separately.
sar-details = Their details
sar-household = Household
sar-household-others = { $count ->
    [one] yes, with 1 other person
   *[other] yes, with { $count } others
}
sar-consent = Consent, every change
sar-visits = Visits
sar-referrals = Signposting and referrals
sar-bookings = Interpreter bookings
sar-key-dates = Key dates
sar-support = Support given
sar-audit = Who saw or changed their record
sar-nothing = None.
sar-bad-reference = That is not a reference code (the letters and digits on their page).
sar-written = Written: { $file } (and { $json } for programs).
sar-box-title = Everything held on them (subject access)
sar-box-hint = The document goes to this file (HTML when it ends in .html), and the same as JSON beside it. Give it to them safely, then delete it.
key-subject-access = Everything held (subject access)

## Data life cycle: erasure on request.

key-erase = Erase on request…
erase-reason-title = Erase { $reference }: why?
erasure-reason-asked = They asked for their data to be erased
erasure-reason-consent = They withdrew consent and asked for the record to go
erasure-reason-not-needed = The record is no longer needed
erasure-reason-error = The record was made in error, or without a lawful basis
erasure-reason-other = Another reason
erase-question = Erase { $name } ({ $reference }) for good? Reason: { $reason }. This cannot be undone.
erase-detail-goes = Goes: their details, consent history and the notes on their visits, referrals, bookings, key dates and support. Nobody can find them any more.
erase-detail-stays = Stays: their visits and referrals, as anonymous counts, so reports do not change. Safeguarding concerns are kept as they are.
erase-detail-backups = Backups made before now still hold the record until they are replaced.
erase-yes = Erase for good
status-person-erased = { $reference } was erased: nothing about them can be read any more.
erase-refused-household = Take them out of their household first (h on their page), then erase.
erase-refused-rotating = The data key is being changed: finish that first, then erase.
erase-refused-erased = This record was already erased.
erase-cli-bad-reason = Unknown reason: use asked, withdrew-consent, not-needed, in-error or other.
erase-cli-needs-yes = Erasing cannot be undone: add --yes to erase.
anonymised-erased = erased on request
check-erased-left = Something of an erased person is still there: { $about }
check-erased-key = An erased person's key is still there: { $about }
check-erasure-unfinished = An erasure was not finished: open the program again to finish it.

## Data life cycle: merging duplicates.
key-merge = Merge with another record
key-undo-merge = Undo today's merge
key-merge-now = Merge
key-merge-swap = Keep the other one
merge-title = Merge with another record
merge-find-hint = Find the other record of { $name } ({ $reference }): type its reference code or a name, then choose it with Enter.
merge-find-label = Reference or name:
merge-none-found = Nobody found.
merge-visits = { $count ->
    [one] 1 visit
   *[other] { $count } visits
}
merge-last-visit = last { $date }
merge-confirm-title = Merge two records of one person
merge-keep = Keep:
merge-merged-in = Merge in:
merge-explain = Everything of { $other } moves to { $reference }: visits, referrals, bookings, key dates, consent and household. Details that { $reference } lacks are taken from { $other }, and { $other } then only leads to { $reference }. This can be undone until the end of today.
merge-choices = Enter: merge · Space: keep { $other } instead · Esc: back
merge-save-edit = Save the changes as they are
merge-into = Merge into { $person }
merge-into-hint = Merging keeps the record already there: what was typed fills its empty details. It can be undone today.
merge-done = { $visits ->
    [one] { $other } is merged into { $reference }; 1 visit moved. It can be undone today.
   *[other] { $other } is merged into { $reference }; { $visits } visits moved. It can be undone today.
}
merge-undone = The merge is undone: { $other } and { $reference } are separate records again.
merge-undo-question = Undo today's merge of { $other } into { $reference }? Both records go back to how they were; anything added to { $reference } since stays with it.
merge-undo-yes = Undo the merge
merge-redirected = { $other } was merged into this record ({ $reference }).
merge-error-same = A record cannot be merged with itself.
merge-error-anonymised = { $reference } is anonymised: it cannot be merged.
merge-error-merged = { $reference } was already merged into another record.
merge-error-households = They are in two different households: take one of them out of their household first.
merge-undo-none = There is no merge of these records to undo.
merge-undo-expired = A merge can only be undone on the day it was made.
merge-undo-kept-merged = This record was merged into { $reference } since: undo that merge first, on its page.
merge-undo-household-changed = Their household was changed after the merge, so the merge cannot be undone.
person-merged-today = Merged today
person-merged-today-value = { $references } (u: undo)
audit-merged = merged { $what } into { $person }
audit-unmerged = undid the merge of { $what } into { $person }
check-merge-pointer = A merged record points to a record that is not there: { $about }
