//! Exports of records for a range of days: visits, people seen, referrals
//! (signpostings and referrals), interpreter bookings, support given, and
//! the service directory.
//!
//! **Pseudonymised by default**: a person is their reference code, their
//! age an age band (on the last day of the range), and no name, notes,
//! phone number or year of birth goes out. A *full* export adds those
//! columns; it is a coordinator's action, asked for twice by the command
//! line, and its audit entry says it was full. Every export of records is
//! written to the audit log ([`crate::store::Store::record_records_export`]).

use std::collections::HashMap;
use std::io::Write;

use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;

use super::{Cell, Column, ExportError, TableWriter};
use crate::domain::booking::Booking;
use crate::domain::report::{BookingState, Range};
use crate::domain::visit::{AgeBand, ReportedGender};
use crate::domain::{
    Domain, NeedSet, Person, PersonId, Referral, Service, ServiceId, Visit, VisitSupport,
};
use crate::store::Store;

/// What can be exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordKind {
    Visits,
    People,
    Referrals,
    Bookings,
    Services,
    Support,
}

impl RecordKind {
    pub const ALL: [RecordKind; 6] = [
        RecordKind::Visits,
        RecordKind::People,
        RecordKind::Referrals,
        RecordKind::Bookings,
        RecordKind::Services,
        RecordKind::Support,
    ];

    /// Its stable name (the command line's word, the audit entry's).
    pub fn id(self) -> &'static str {
        match self {
            RecordKind::Visits => "visits",
            RecordKind::People => "people",
            RecordKind::Referrals => "referrals",
            RecordKind::Bookings => "bookings",
            RecordKind::Services => "services",
            RecordKind::Support => "support",
        }
    }

    /// Whether it holds anything about people (the directory does not:
    /// it has no range and nothing to pseudonymise).
    pub fn is_personal(self) -> bool {
        self != RecordKind::Services
    }
}

const fn c(id: &'static str, label: &'static str) -> Column {
    Column::new(id, label)
}

const NAME: Column = c("name", "export-col-name");
const NOTES: Column = c("notes", "export-col-notes");
const PERSON: Column = c("person", "export-col-person");
const DAY: Column = c("day", "export-col-day");

/// The columns of an export, the full ones last.
pub fn columns(kind: RecordKind, full: bool) -> Vec<Column> {
    let (mut cols, extra): (Vec<Column>, Vec<Column>) = match kind {
        RecordKind::Visits => (
            vec![
                c("visit_id", "export-col-visit-id"),
                DAY,
                c("arrived", "export-col-arrived"),
                c("waited_minutes", "export-col-waited-minutes"),
                c("state", "export-col-state"),
                PERSON,
                c("age_band", "export-col-age-band"),
                c("gender", "export-col-gender"),
                c("country", "export-col-country"),
                c("immigration_status", "export-col-immigration-status"),
                c("first_language", "export-col-first-language"),
                c("needs", "export-col-needs"),
                c("language", "export-col-language"),
                c("interpreting", "export-col-interpreting"),
            ],
            vec![NAME, NOTES],
        ),
        RecordKind::People => (
            vec![
                PERSON,
                c("visits_in_range", "export-col-visits-in-range"),
                c("recorded", "export-col-recorded"),
                c("age_band", "export-col-age-band"),
                c("gender", "export-col-gender"),
                c("country", "export-col-country"),
                c("first_language", "export-col-first-language"),
                c("english_level", "export-col-english-level"),
                c("needs_interpreter", "export-col-needs-interpreter"),
                c("immigration_status", "export-col-immigration-status"),
            ],
            vec![
                NAME,
                c("year_of_birth", "export-col-year-of-birth"),
                c("phone", "export-col-phone"),
                NOTES,
            ],
        ),
        RecordKind::Referrals => (
            vec![
                c("referral_id", "export-col-referral-id"),
                DAY,
                PERSON,
                c("kind", "export-col-kind"),
                c("domain", "export-col-domain"),
                c("service_id", "export-col-service-id"),
                c("service", "export-col-service"),
                c("outcome", "export-col-outcome"),
                c("follow_up", "export-col-follow-up"),
            ],
            vec![NAME, NOTES],
        ),
        RecordKind::Bookings => (
            vec![
                c("booking_id", "export-col-booking-id"),
                DAY,
                c("start", "export-col-start"),
                c("minutes", "export-col-minutes"),
                PERSON,
                c("language", "export-col-language"),
                c("appointment", "export-col-appointment"),
                c("mode", "export-col-mode"),
                c("status", "export-col-status"),
            ],
            vec![NAME, c("place", "export-col-place"), NOTES],
        ),
        RecordKind::Services => (
            vec![
                c("service_id", "export-col-service-id"),
                c("organisation", "export-col-organisation"),
                c("service", "export-col-service"),
                c("domains", "export-col-domains"),
                c("postcode", "export-col-postcode"),
                c("phone", "export-col-phone"),
                c("email", "export-col-email"),
                c("website", "export-col-website"),
                c("languages", "export-col-languages"),
                c("active", "export-col-active"),
                c("last_verified", "export-col-last-verified"),
            ],
            vec![],
        ),
        RecordKind::Support => (
            vec![
                DAY,
                c("visit_id", "export-col-visit-id"),
                PERSON,
                c("kind", "export-col-kind"),
                c("amount", "export-col-amount"),
                c("given", "export-col-given"),
            ],
            vec![NAME, NOTES],
        ),
    };
    if full {
        cols.extend(extra);
    }
    cols
}

/// `"domain-social-bonds"` with `"domain-"` → `"social_bonds"`: the stable
/// id of a choice, from its Fluent id.
fn choice(fluent_id: &str, prefix: &str) -> String {
    fluent_id
        .strip_prefix(prefix)
        .unwrap_or(fluent_id)
        .replace('-', "_")
}

pub fn age_band_id(b: AgeBand) -> &'static str {
    match b {
        AgeBand::Under18 => "under_18",
        AgeBand::From18To25 => "18_25",
        AgeBand::From26To35 => "26_35",
        AgeBand::From36To50 => "36_50",
        AgeBand::From51To65 => "51_65",
        AgeBand::Over65 => "over_65",
    }
}

pub fn reported_gender_id(g: ReportedGender) -> &'static str {
    match g {
        ReportedGender::Woman => "woman",
        ReportedGender::Man => "man",
        ReportedGender::NonBinary => "non_binary",
        ReportedGender::InAnotherWay => "in_another_way",
        ReportedGender::PreferNotToSay => "prefer_not_to_say",
    }
}

pub fn domain_id(d: Domain) -> String {
    choice(d.fluent_id(), "domain-")
}

fn needs(n: NeedSet) -> Cell {
    if n.is_empty() {
        return Cell::Empty;
    }
    Cell::id(n.iter().map(domain_id).collect::<Vec<_>>().join(";"))
}

fn yes_no(b: bool) -> Cell {
    Cell::id(if b { "yes" } else { "no" })
}

fn reference(p: Option<PersonId>) -> Cell {
    Cell::opt_id(p.map(|p| p.reference().to_string()))
}

fn local_time(t: DateTime<Utc>, tz: Tz) -> Cell {
    Cell::id(t.with_timezone(&tz).format("%H:%M").to_string())
}

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordExport {
    pub kind: RecordKind,
    pub range: Range,
    pub full: bool,
}

/// Progress: (done, total) in the export's own steps (days, people,
/// blocks).
pub type Progress<'a> = &'a mut dyn FnMut(u64, u64);

struct Ctx<'s> {
    store: &'s Store,
    tz: Tz,
    full: bool,
    /// Names read for a full export, kept for the day or block at hand.
    names: HashMap<PersonId, String>,
}

impl Ctx<'_> {
    /// The person's name (full exports only); empty for a walk-in.
    fn name(&mut self, p: Option<PersonId>) -> Result<Cell, ExportError> {
        let Some(p) = p else {
            return Ok(Cell::Empty);
        };
        if !self.names.contains_key(&p) {
            let name = self
                .store
                .person_for_export(p)?
                .map(|r| r.name)
                .unwrap_or_default();
            self.names.insert(p, name);
        }
        Ok(Cell::Text(self.names.get(&p).cloned().unwrap_or_default()))
    }
}

/// Writes the records of `what` into `table` (made with
/// [`columns`]`(what.kind, what.full)`). Reads a day or a block at a time.
/// The caller records the export in the audit log
/// ([`Store::record_records_export`]) before it makes the file final.
pub fn write_records<W: Write>(
    store: &Store,
    what: &RecordExport,
    table: &mut TableWriter<W>,
    progress: Progress<'_>,
) -> Result<(), ExportError> {
    let mut ctx = Ctx {
        store,
        tz: store.time_zone(),
        full: what.full,
        names: HashMap::new(),
    };
    let range = what.range;
    let days = range.days();
    let done = |day: chrono::NaiveDate| (day - range.from).num_days().unsigned_abs() + 1;
    match what.kind {
        RecordKind::Visits => store.for_each_visit_day(range, |day, visits| {
            ctx.names.clear();
            for v in &visits {
                let row = visit_row(&mut ctx, v)?;
                table.row(&row)?;
            }
            progress(done(day), days);
            Ok::<(), ExportError>(())
        }),
        RecordKind::People => {
            let seen = store.people_seen_between(range)?;
            let total = seen.len() as u64;
            for (i, (id, n)) in seen.into_iter().enumerate() {
                if let Some(p) = store.person_for_export(id)? {
                    table.row(&person_row(&ctx, &p, n, range))?;
                }
                if i % 256 == 0 {
                    progress(i as u64 + 1, total);
                }
            }
            progress(total, total);
            Ok(())
        }
        RecordKind::Referrals => {
            let mut services: HashMap<ServiceId, String> = HashMap::new();
            store.for_each_service(|s| {
                services.insert(
                    s.id,
                    crate::domain::service::label(&s.organisation, &s.name),
                );
                Ok(())
            })?;
            let mut blocks = 0;
            store.for_each_referral_between(range, |list| {
                ctx.names.clear();
                for r in &list {
                    let row = referral_row(&mut ctx, r, &services)?;
                    table.row(&row)?;
                }
                blocks += 1;
                progress(blocks, 0);
                Ok::<(), ExportError>(())
            })
        }
        RecordKind::Bookings => store.for_each_booking_day(range, |day, list| {
            ctx.names.clear();
            for b in &list {
                let row = booking_row(&mut ctx, b)?;
                table.row(&row)?;
            }
            progress(done(day), days);
            Ok::<(), ExportError>(())
        }),
        RecordKind::Support => store.for_each_support_day(range, |day, list| {
            ctx.names.clear();
            for s in &list {
                for row in support_rows(&mut ctx, s)? {
                    table.row(&row)?;
                }
            }
            progress(done(day), days);
            Ok::<(), ExportError>(())
        }),
        RecordKind::Services => {
            let total = store.service_count() as u64;
            let mut n = 0;
            let mut failed = None;
            store
                .for_each_service(|s| {
                    if let Err(e) = table.row(&service_row(&s)) {
                        failed = Some(e);
                        return Err(crate::store::StoreError::Corrupt("export stopped".into()));
                    }
                    n += 1;
                    progress(n, total);
                    Ok(())
                })
                .map_err(|e| failed.take().map_or(ExportError::Store(e), |f| f))?;
            Ok(())
        }
    }
}

/// An export of records as the command line and F7 make it: the audit
/// entry first (on standard output the rows are gone as soon as they are
/// written), then the header and every row into `out`, which is given
/// back flushed with the number of rows. Services have no range in the
/// audit entry: the directory is exported whole.
pub fn export_records<W: Write>(
    store: &mut Store,
    what: &RecordExport,
    out: W,
    format: super::Format,
    header: super::Header,
    i18n: &crate::i18n::I18n,
    progress: Progress<'_>,
) -> Result<(W, u64), ExportError> {
    let kind = what.kind;
    let audit_range = kind.is_personal().then_some(what.range);
    store.record_records_export(kind.id(), audit_range, what.full)?;
    let mut table = TableWriter::new(out, format, &columns(kind, what.full), header, i18n)?;
    write_records(store, what, &mut table, progress)?;
    let rows = table.rows();
    Ok((table.finish()?, rows))
}

fn visit_row(ctx: &mut Ctx<'_>, v: &Visit) -> Result<Vec<Cell>, ExportError> {
    let r = &v.reporting;
    let mut row = vec![
        Cell::Int(v.id.0 as i64),
        Cell::id(v.day.to_string()),
        local_time(v.arrived, ctx.tz),
        crate::domain::report::waited(v).map_or(Cell::Empty, |m| Cell::Int(i64::from(m))),
        Cell::id(choice(v.state.fluent_id(), "state-")),
        reference(v.person),
        Cell::opt_id(r.age_band.map(age_band_id)),
        Cell::opt_id(r.gender.map(reported_gender_id)),
        Cell::opt_text(r.country.as_deref()),
        Cell::opt_id(
            r.immigration_status
                .map(|s| choice(s.fluent_id(), "status-")),
        ),
        Cell::opt_id(r.first_language.map(|l| l.to_string())),
        needs(v.needs),
        Cell::opt_id(v.language.map(|l| l.to_string())),
        Cell::id(choice(v.interpreting.fluent_id(), "interpreting-")),
    ];
    if ctx.full {
        let name = ctx.name(v.person)?;
        row.extend([name, Cell::text(v.notes.clone())]);
    }
    Ok(row)
}

fn person_row(ctx: &Ctx<'_>, p: &Person, visits: u32, range: Range) -> Vec<Cell> {
    let band = p
        .year_of_birth
        .map(|y| AgeBand::from_age(range.to.year() - i32::from(y)));
    let gender = p.gender.as_ref().map(|g| choice(g.fluent_id(), "gender-"));
    let mut row = vec![
        reference(Some(p.id)),
        Cell::Int(i64::from(visits)),
        Cell::id(p.created.with_timezone(&ctx.tz).date_naive().to_string()),
        Cell::opt_id(band.map(age_band_id)),
        Cell::opt_id(gender),
        Cell::opt_text(p.country.as_deref()),
        Cell::opt_id(p.first_language.map(|l| l.to_string())),
        Cell::opt_id(p.english_level.map(|e| choice(e.fluent_id(), "english-"))),
        yes_no(p.needs_interpreter),
        Cell::opt_id(
            p.immigration_status
                .map(|s| choice(s.fluent_id(), "status-")),
        ),
    ];
    if ctx.full {
        row.extend([
            Cell::text(p.name.clone()),
            p.year_of_birth
                .map_or(Cell::Empty, |y| Cell::Int(i64::from(y))),
            Cell::opt_text(p.phone.as_deref()),
            Cell::text(p.notes.clone()),
        ]);
    }
    row
}

fn referral_row(
    ctx: &mut Ctx<'_>,
    r: &Referral,
    services: &HashMap<ServiceId, String>,
) -> Result<Vec<Cell>, ExportError> {
    let mut row = vec![
        Cell::Int(r.id.0 as i64),
        Cell::id(r.created.with_timezone(&ctx.tz).date_naive().to_string()),
        reference(Some(r.person)),
        Cell::id(choice(r.kind.fluent_id(), "referral-kind-")),
        Cell::opt_id(r.domain.map(domain_id)),
        Cell::Int(r.service.0 as i64),
        Cell::opt_text(services.get(&r.service).map(String::as_str)),
        Cell::id(choice(r.outcome.fluent_id(), "outcome-")),
        Cell::opt_id(r.follow_up.map(|d| d.to_string())),
    ];
    if ctx.full {
        let name = ctx.name(Some(r.person))?;
        row.extend([name, Cell::text(r.notes.clone())]);
    }
    Ok(row)
}

fn booking_row(ctx: &mut Ctx<'_>, b: &Booking) -> Result<Vec<Cell>, ExportError> {
    let mut row = vec![
        Cell::Int(b.id.0 as i64),
        Cell::id(b.start.with_timezone(&ctx.tz).date_naive().to_string()),
        local_time(b.start, ctx.tz),
        Cell::Int(i64::from(b.minutes)),
        reference(Some(b.person)),
        Cell::id(b.language.to_string()),
        Cell::id(choice(b.appointment.fluent_id(), "appointment-")),
        Cell::id(choice(b.mode.fluent_id(), "mode-")),
        Cell::id(BookingState::of(&b.status).id()),
    ];
    if ctx.full {
        let name = ctx.name(Some(b.person))?;
        row.extend([
            name,
            Cell::text(b.place.clone()),
            Cell::text(b.notes.clone()),
        ]);
    }
    Ok(row)
}

fn support_rows(ctx: &mut Ctx<'_>, s: &VisitSupport) -> Result<Vec<Vec<Cell>>, ExportError> {
    let mut out = Vec::new();
    for item in &s.items {
        let mut row = vec![
            Cell::id(s.visit.day.to_string()),
            Cell::Int(s.visit.id.0 as i64),
            reference(s.person),
            Cell::id(choice(item.kind.fluent_id(), "support-kind-")),
            item.amount.map_or(Cell::Empty, Cell::money),
            local_time(item.given, ctx.tz),
        ];
        if ctx.full {
            let name = ctx.name(s.person)?;
            row.extend([name, Cell::text(item.notes.clone())]);
        }
        out.push(row);
    }
    Ok(out)
}

fn service_row(s: &Service) -> Vec<Cell> {
    vec![
        Cell::Int(s.id.0 as i64),
        Cell::text(s.organisation.clone()),
        Cell::text(s.name.clone()),
        needs(s.domains),
        Cell::text(s.postcode.clone()),
        Cell::text(s.phone.clone()),
        Cell::text(s.email.clone()),
        Cell::text(s.website.clone()),
        Cell::id(
            s.languages
                .iter()
                .map(|l| l.to_string())
                .collect::<Vec<_>>()
                .join(";"),
        ),
        yes_no(s.active),
        Cell::opt_id(s.last_verified.map(|d| d.to_string())),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::audit::AuditAction;
    use crate::domain::support::SupportKind;
    use crate::domain::{
        NewPerson, NewReferral, NewVisit, Pence, ReferralKind, Role, SupportGiven, VolunteerId,
    };
    use crate::export::{Format, Header};
    use crate::i18n::I18n;
    use crate::store::{OpenOptions, Store, StoreError};
    use chrono::TimeZone;

    const NAME: &str = "Zainab Qasimova";
    const PHONE: &str = "+44 7700 900123";
    const NOTES: &str = "sleeps at the night shelter";
    const VISIT_NOTES: &str = "asked about the dentist";
    const SUPPORT_NOTES: &str = "bus to the Home Office";

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 5, 12, 10, 0, 0).unwrap()
    }

    /// A centre with one person who came, was signposted and given a fare.
    fn centre(dir: &std::path::Path) -> Store {
        let mut s = Store::open_with(
            dir,
            OpenOptions {
                kdf: crate::crypto::KdfParams::FAST_FOR_TESTS,
                ..OpenOptions::default()
            },
        )
        .unwrap();
        s.set_up("Centre", "Coordinator", "a long password")
            .unwrap();
        let by = VolunteerId(1);
        let p = s
            .add_person(
                NewPerson {
                    name: NAME.into(),
                    year_of_birth: Some(1990),
                    phone: Some(PHONE.into()),
                    notes: NOTES.into(),
                    country: Some("Syria".into()),
                    ..Default::default()
                },
                true,
                by,
                now(),
            )
            .unwrap()
            .id;
        let mut needs = NeedSet::empty();
        needs.insert(Domain::HealthAndSocialCare);
        let v = s
            .add_visit(
                NewVisit {
                    person: Some(p),
                    needs,
                    language: None,
                    interpreting: crate::domain::Interpreting::None,
                    notes: VISIT_NOTES.into(),
                },
                by,
                now(),
            )
            .unwrap();
        let item = SupportGiven::new(
            SupportKind::TravelFare,
            Some(Pence(1250)),
            SUPPORT_NOTES,
            now(),
            by,
        )
        .unwrap();
        s.give_support(v.key(), item, now()).unwrap();
        let service = Service {
            id: ServiceId(0),
            organisation: "Law Centre".into(),
            name: "=Advice".into(),
            description: String::new(),
            domains: needs,
            address: String::new(),
            postcode: String::new(),
            phone: "+44 113 496 0102".into(),
            email: String::new(),
            website: String::new(),
            opening_times: String::new(),
            languages: vec![],
            eligibility: String::new(),
            how_to_refer: String::new(),
            active: true,
            last_verified: None,
            source: crate::domain::ServiceSource::Typed,
            updated: now(),
        };
        let service = s.save_service(service, now()).unwrap().id;
        s.add_referral(
            NewReferral {
                person: p,
                visit: Some(v.id),
                service,
                kind: ReferralKind::Signposted,
                domain: Some(Domain::HealthAndSocialCare),
                consent_to_share: false,
                follow_up: None,
                notes: "told her about the walk-in dentist".into(),
            },
            by,
            now(),
        )
        .unwrap();
        s
    }

    fn export(s: &Store, kind: RecordKind, full: bool, format: Format) -> Vec<u8> {
        let i18n = I18n::new("en-GB");
        let range = Range::new(now().date_naive(), now().date_naive()).unwrap();
        let mut t =
            TableWriter::new(Vec::new(), format, &columns(kind, full), Header::Ids, &i18n).unwrap();
        let what = RecordExport { kind, range, full };
        write_records(s, &what, &mut t, &mut |_, _| {}).unwrap();
        t.finish().unwrap()
    }

    fn contains(haystack: &[u8], needle: &str) -> bool {
        haystack
            .windows(needle.len())
            .any(|w| w == needle.as_bytes())
    }

    #[test]
    fn pseudonymised_exports_hold_no_name_notes_or_phone() {
        let tmp = tempfile::tempdir().unwrap();
        let s = centre(tmp.path());
        let reference = crate::domain::PersonId(1).reference().to_string();
        for kind in RecordKind::ALL {
            for format in [Format::Csv, Format::Json] {
                let bytes = export(&s, kind, false, format);
                for secret in [
                    NAME,
                    "Zainab",
                    PHONE,
                    "7700",
                    NOTES,
                    VISIT_NOTES,
                    SUPPORT_NOTES,
                    "dentist",
                    "1990",
                ] {
                    assert!(
                        !contains(&bytes, secret),
                        "{kind:?} {format:?} holds {secret:?}"
                    );
                }
                // (No bookings were made.)
                if !matches!(kind, RecordKind::Services | RecordKind::Bookings) {
                    assert!(contains(&bytes, &reference), "{kind:?} {format:?}");
                }
            }
        }
    }

    #[test]
    fn exports_read_back_with_the_right_columns() {
        let tmp = tempfile::tempdir().unwrap();
        let s = centre(tmp.path());
        let csv_of = |kind, full| {
            let bytes = export(&s, kind, full, Format::Csv);
            let mut r = csv::Reader::from_reader(&bytes[super::super::table::BOM.len()..]);
            let header: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
            let rows: Vec<HashMap<String, String>> = r
                .records()
                .map(|rec| {
                    header
                        .iter()
                        .cloned()
                        .zip(rec.unwrap().iter().map(String::from))
                        .collect()
                })
                .collect();
            (header, rows)
        };
        let (header, rows) = csv_of(RecordKind::Visits, false);
        let ids: Vec<&str> = columns(RecordKind::Visits, false)
            .iter()
            .map(|c| c.id)
            .collect();
        assert_eq!(header, ids);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0]["needs"], "health");
        assert_eq!(rows[0]["age_band"], "36_50");
        assert_eq!(rows[0]["country"], "Syria");
        let (_, rows) = csv_of(RecordKind::Support, false);
        assert_eq!(rows[0]["amount"], "12.50", "money stays a number");
        assert_eq!(rows[0]["kind"], "travel_fare");
        let (_, rows) = csv_of(RecordKind::People, true);
        assert_eq!(rows[0]["name"], NAME);
        assert_eq!(
            rows[0]["phone"],
            format!("'{PHONE}"),
            "a phone is guarded text"
        );
        assert_eq!(rows[0]["visits_in_range"], "1");
        assert_eq!(rows[0]["year_of_birth"], "1990");
        let (_, rows) = csv_of(RecordKind::Referrals, false);
        // Only the start of a cell matters to a spreadsheet.
        assert_eq!(rows[0]["service"], "Law Centre — =Advice");
        assert_eq!(rows[0]["kind"], "signposted");
        let (_, rows) = csv_of(RecordKind::Services, false);
        assert_eq!(
            rows[0]["service"], "'=Advice",
            "an imported name cannot be a formula"
        );
        // JSON: numbers as numbers.
        let json: serde_json::Value =
            serde_json::from_slice(&export(&s, RecordKind::Support, false, Format::Json)).unwrap();
        assert_eq!(json[0]["amount"], serde_json::json!(12.5));
        assert_eq!(json[0]["visit_id"], serde_json::json!(1));
    }

    #[test]
    fn a_full_export_is_audited_as_full_and_only_for_coordinators() {
        let tmp = tempfile::tempdir().unwrap();
        let mut s = centre(tmp.path());
        let full = export(&s, RecordKind::Visits, true, Format::Csv);
        assert!(contains(&full, NAME) && contains(&full, VISIT_NOTES));
        let range = Range::new(now().date_naive(), now().date_naive()).unwrap();
        s.record_records_export("visits", Some(range), true)
            .unwrap();
        let entries = s.audit_entries(0, 1000).unwrap();
        let last = &entries.last().unwrap().action;
        assert_eq!(
            last,
            &AuditAction::RecordsExported {
                what: "visits".into(),
                from: Some(range.from),
                to: Some(range.to),
                full: true,
            }
        );
        // A volunteer who is not a coordinator reads nothing.
        let v = s
            .add_volunteer("Sam", Role::Volunteer, "another long password")
            .unwrap();
        s.sign_out();
        s.sign_in(v.id, "another long password", now()).unwrap();
        let refused = s.for_each_visit_day(range, |_, _| Ok::<(), StoreError>(()));
        assert!(matches!(refused, Err(StoreError::NotAllowed)));
        assert!(matches!(
            s.record_records_export("visits", Some(range), false),
            Err(StoreError::NotAllowed)
        ));
    }
}
