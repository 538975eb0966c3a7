//! F7 Reports (coordinators only): the figures of a range of days, each
//! beside the previous period's, in sections the coordinator moves between.
//!
//! The range is a preset (← →) or two dates typed in (Ctrl+D or Enter);
//! a date that is no date, or a start after the end, is refused beside the
//! field and the report on screen stays. Reports are read on demand: when
//! the screen opens, when the range changes, and on Ctrl+R.
//!
//! What each section lists is worked out here ([`lines`]), as data: the ui
//! only lays it out and draws the bars, and the scrolling knows how long a
//! section is.

use std::collections::{BTreeSet, HashMap};

use crate::app::App;
use crate::app::forms::TextInput;
use crate::app::keys::Action;
use crate::app::message::EditKey;
use crate::app::state::Screen;
use crate::domain::report::{BookingState, Preset, Range, RangeError, Report, parse_day};
use crate::domain::{Domain, Interpreting, LangCode, Permission, ServiceId};

/// A date typed in: `YYYY-MM-DD`.
const DATE_LEN: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Overview,
    Needs,
    Languages,
    SentOn,
    Bookings,
    Times,
    Support,
    Equalities,
}

impl Section {
    pub const ALL: [Section; 8] = [
        Section::Overview,
        Section::Needs,
        Section::Languages,
        Section::SentOn,
        Section::Bookings,
        Section::Times,
        Section::Support,
        Section::Equalities,
    ];

    pub fn fluent_id(self) -> &'static str {
        match self {
            Section::Overview => "report-section-overview",
            Section::Needs => "report-section-needs",
            Section::Languages => "report-section-languages",
            Section::SentOn => "report-section-sent-on",
            Section::Bookings => "report-section-bookings",
            Section::Times => "report-section-times",
            Section::Support => "report-section-support",
            Section::Equalities => "report-section-equalities",
        }
    }

    fn index(self) -> usize {
        Section::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    fn step(self, by: isize) -> Section {
        let n = Section::ALL.len() as isize;
        Section::ALL[(self.index() as isize + by).rem_euclid(n) as usize]
    }
}

/// The two dates of a custom range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeField {
    From,
    To,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReportsState {
    pub preset: Preset,
    /// The custom range as typed.
    pub from: TextInput,
    pub to: TextInput,
    /// The date field being typed in, if any.
    pub editing: Option<RangeField>,
    /// What is wrong with a typed date (a Fluent id), beside its field.
    pub error: Option<(RangeField, &'static str)>,
    /// The range of the report on screen.
    pub range: Option<Range>,
    pub report: Option<Report>,
    /// The period before, to compare with.
    pub previous: Option<Report>,
    /// The names of the services the two reports sent people to, read
    /// when they were loaded.
    pub services: HashMap<ServiceId, String>,
    pub section: Section,
    /// The first line of the section shown.
    pub scroll: usize,
    /// "For sharing": counts under 5 in the equalities breakdowns show
    /// as "<5".
    pub shared: bool,
}

impl Default for ReportsState {
    fn default() -> Self {
        ReportsState {
            preset: Preset::ThisMonth,
            from: TextInput::new(DATE_LEN),
            to: TextInput::new(DATE_LEN),
            editing: None,
            error: None,
            range: None,
            report: None,
            previous: None,
            services: HashMap::new(),
            section: Section::Overview,
            scroll: 0,
            shared: false,
        }
    }
}

impl ReportsState {
    /// Forgets the figures (on lock: a breakdown by country and status
    /// can point to someone); the choices stay.
    pub fn forget(&mut self) {
        self.report = None;
        self.previous = None;
        self.services.clear();
    }

    fn field(&mut self, f: RangeField) -> &mut TextInput {
        match f {
            RangeField::From => &mut self.from,
            RangeField::To => &mut self.to,
        }
    }

    /// The custom range as typed, or what is wrong with it and where.
    fn typed_range(&self) -> Result<Range, (RangeField, &'static str)> {
        let day = |t: &TextInput, f| {
            parse_day(&crate::domain::text::ascii_digits(t.value())).ok_or((f, "report-error-date"))
        };
        let from = day(&self.from, RangeField::From)?;
        let to = day(&self.to, RangeField::To)?;
        Range::new(from, to).map_err(|e| match e {
            RangeError::Backwards { .. } => (RangeField::From, "report-error-backwards"),
            RangeError::TooLong => (RangeField::To, "report-error-too-long"),
        })
    }
}

// ------------------------------------------------------------ the lines

/// What a line is called: a message, or a name as it is (a service, a
/// language, a country).
#[derive(Debug, Clone, PartialEq)]
pub enum Label {
    Id(&'static str),
    Text(String),
    /// A name, then a message: "Tigrinya (tir) · confirmed".
    TextAnd(String, &'static str),
    /// Two messages: "Referred · Attended".
    IdAnd(&'static str, &'static str),
}

/// A figure as it is shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Figure {
    Count(u64),
    /// An amount of money.
    Pence(u64),
    /// Minutes, shown as hours with one decimal.
    Hours(u64),
    /// A ratio with one decimal (visits per person, average wait); `None`
    /// when there is nothing to divide.
    Ratio(Option<f64>),
    /// Whole minutes, `None` when there were none.
    Minutes(Option<u64>),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    Heading(&'static str),
    Row {
        label: Label,
        now: Figure,
        before: Figure,
        /// Drawn as a bar, scaled to the largest of its group (the rows
        /// since the last heading).
        bar: bool,
        /// Counts under 5 shown as "<5" (equalities, for sharing).
        suppress: bool,
    },
    /// Visits per week, as a sparkline …
    Weekly,
    /// … its busiest week and its total …
    WeeklyNote,
    /// … and the weeks it spans.
    WeeklyDates,
    /// Whether the breakdowns are for sharing (Ctrl+T).
    Sharing,
    /// Nothing happened in either period.
    Nothing,
}

fn row(label: Label, now: Figure, before: Figure) -> Line {
    Line::Row {
        label,
        now,
        before,
        bar: false,
        suppress: false,
    }
}

fn bar(label: Label, now: u64, before: u64) -> Line {
    Line::Row {
        label,
        now: Figure::Count(now),
        before: Figure::Count(before),
        bar: true,
        suppress: false,
    }
}

/// A language's name as lists show it: "Tigrinya (tir)".
pub fn language_label(code: LangCode) -> String {
    format!("{} ({code})", code.english_name())
}

/// The rows of a breakdown kept in a map: every key of either period,
/// the largest now first (then by key), as bars.
fn breakdown<K: Ord + Clone>(
    now: &std::collections::BTreeMap<K, u64>,
    before: &std::collections::BTreeMap<K, u64>,
    label: impl Fn(&K) -> Label,
    suppress: bool,
) -> Vec<Line> {
    let keys: BTreeSet<&K> = now.keys().chain(before.keys()).collect();
    let mut rows: Vec<(&K, u64, u64)> = keys
        .into_iter()
        .map(|k| {
            (
                k,
                now.get(k).copied().unwrap_or(0),
                before.get(k).copied().unwrap_or(0),
            )
        })
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    rows.into_iter()
        .map(|(k, n, b)| Line::Row {
            label: label(k),
            now: Figure::Count(n),
            before: Figure::Count(b),
            bar: true,
            suppress,
        })
        .collect()
}

/// What `section` lists for these two reports; `services` names the
/// services sent to.
pub fn lines(
    section: Section,
    now: &Report,
    before: &Report,
    services: &HashMap<ServiceId, String>,
    shared: bool,
) -> Vec<Line> {
    use crate::domain::report::Booked;
    let c = Figure::Count;
    let mut out = Vec::new();
    match section {
        Section::Overview => {
            out.push(row(
                Label::Id("report-visits"),
                c(now.visits),
                c(before.visits),
            ));
            out.push(row(
                Label::Id("report-people"),
                c(now.people),
                c(before.people),
            ));
            out.push(row(
                Label::Id("report-new-people"),
                c(now.new_people),
                c(before.new_people),
            ));
            out.push(row(
                Label::Id("report-anonymous"),
                c(now.anonymous),
                c(before.anonymous),
            ));
            let per = |r: &Report| Figure::Ratio((r.people > 0).then(|| r.visits_per_person()));
            out.push(row(
                Label::Id("report-visits-per-person"),
                per(now),
                per(before),
            ));
            out.push(row(
                Label::Id("report-households"),
                c(now.households),
                c(before.households),
            ));
            out.push(Line::Heading("report-heading-weekly"));
            out.push(Line::Weekly);
            out.push(Line::WeeklyNote);
            out.push(Line::WeeklyDates);
        }
        Section::Needs => {
            out.push(Line::Heading("report-heading-needs"));
            for d in Domain::ALL {
                let i = usize::from(d.id());
                out.push(bar(Label::Id(d.fluent_id()), now.needs[i], before.needs[i]));
            }
        }
        Section::Languages => {
            out.push(Line::Heading("report-heading-languages"));
            out.extend(breakdown(
                &now.languages,
                &before.languages,
                |l| Label::Text(language_label(*l)),
                false,
            ));
            out.push(Line::Heading("report-heading-interpreting"));
            for i in Interpreting::ALL {
                let label = if i.is_poor_practice() {
                    "report-family-interpreting"
                } else {
                    i.fluent_id()
                };
                let get = |r: &Report| r.interpreting.get(&i).copied().unwrap_or(0);
                out.push(bar(Label::Id(label), get(now), get(before)));
            }
        }
        Section::SentOn => {
            use crate::domain::ReferralKind;
            for (kind, heading, by_service) in [
                (
                    ReferralKind::Signposted,
                    "report-heading-signposted",
                    "report-heading-signposted-services",
                ),
                (
                    ReferralKind::Referred,
                    "report-heading-referred",
                    "report-heading-referred-services",
                ),
            ] {
                out.push(Line::Heading(heading));
                out.push(row(
                    Label::Id("report-total"),
                    c(now.sent(kind)),
                    c(before.sent(kind)),
                ));
                let by_domain = |r: &Report| {
                    r.sent_by_domain
                        .iter()
                        .filter(|((k, _), _)| *k == kind)
                        .map(|((_, d), n)| (d.map(|d| d.id()), *n))
                        .collect::<std::collections::BTreeMap<_, _>>()
                };
                out.extend(breakdown(
                    &by_domain(now),
                    &by_domain(before),
                    |d| match d.and_then(Domain::from_id) {
                        Some(d) => Label::Id(d.fluent_id()),
                        None => Label::Id("report-no-domain"),
                    },
                    false,
                ));
                out.push(Line::Heading(by_service));
                let by_service = |r: &Report| {
                    r.sent_by_service
                        .iter()
                        .filter(|((k, _), _)| *k == kind)
                        .map(|((_, id), n)| (*id, *n))
                        .collect::<std::collections::BTreeMap<_, _>>()
                };
                out.extend(breakdown(
                    &by_service(now),
                    &by_service(before),
                    |id| Label::Text(services.get(id).cloned().unwrap_or_else(|| "?".into())),
                    false,
                ));
            }
            out.push(Line::Heading("report-heading-outcomes"));
            out.extend(breakdown(
                &now.outcomes,
                &before.outcomes,
                |(kind, outcome)| Label::IdAnd(kind.fluent_id(), outcome.fluent_id()),
                false,
            ));
        }
        Section::Bookings => {
            let (t, tb) = (now.booked_total(), before.booked_total());
            out.push(row(Label::Id("report-bookings"), c(t.count), c(tb.count)));
            out.push(row(
                Label::Id("report-booked-hours"),
                Figure::Hours(t.minutes),
                Figure::Hours(tb.minutes),
            ));
            for (state, id) in [
                (BookingState::LateCancellation, "report-late-cancellations"),
                (BookingState::NoShow, "report-no-shows"),
            ] {
                out.push(row(
                    Label::Id(id),
                    c(now.booked_in(state).count),
                    c(before.booked_in(state).count),
                ));
            }
            let by = |r: &Report, f: fn(&Booked) -> u64| {
                r.bookings
                    .iter()
                    .map(|(k, b)| (*k, f(b)))
                    .collect::<std::collections::BTreeMap<_, _>>()
            };
            // The language's name alone: the column is narrow.
            let label = |(l, s): &(LangCode, BookingState)| {
                Label::TextAnd(l.english_name().to_string(), s.fluent_id())
            };
            out.push(Line::Heading("report-heading-bookings"));
            out.extend(breakdown(
                &by(now, |b| b.count),
                &by(before, |b| b.count),
                label,
                false,
            ));
            out.push(Line::Heading("report-heading-booked-hours"));
            let mut hours = breakdown(
                &by(now, |b| b.minutes),
                &by(before, |b| b.minutes),
                label,
                false,
            );
            for l in &mut hours {
                if let Line::Row { now, before, .. } = l {
                    for f in [now, before] {
                        if let Figure::Count(m) = *f {
                            *f = Figure::Hours(m);
                        }
                    }
                }
            }
            out.extend(hours);
        }
        Section::Times => {
            out.push(row(
                Label::Id("report-average-wait"),
                Figure::Ratio(now.average_wait()),
                Figure::Ratio(before.average_wait()),
            ));
            out.push(row(
                Label::Id("report-longest-wait"),
                Figure::Minutes(now.longest_wait.map(u64::from)),
                Figure::Minutes(before.longest_wait.map(u64::from)),
            ));
            out.push(Line::Heading("report-heading-hours"));
            for h in 0..24 {
                if now.hours[h] > 0 || before.hours[h] > 0 {
                    out.push(bar(
                        Label::Text(format!("{h:02}:00")),
                        now.hours[h],
                        before.hours[h],
                    ));
                }
            }
            out.push(Line::Heading("report-heading-weekdays"));
            for (i, id) in WEEKDAYS.iter().enumerate() {
                out.push(bar(Label::Id(id), now.weekdays[i], before.weekdays[i]));
            }
        }
        Section::Support => {
            use crate::domain::SupportKind;
            out.push(Line::Heading("report-heading-support"));
            for k in SupportKind::ALL {
                let get = |r: &Report| r.support.get(&k).copied().unwrap_or_default();
                let (n, b) = (get(now), get(before));
                out.push(bar(Label::Id(k.fluent_id()), n.count, b.count));
                if n.pence > 0 || b.pence > 0 {
                    out.push(row(
                        Label::Id("report-support-amount"),
                        Figure::Pence(n.pence),
                        Figure::Pence(b.pence),
                    ));
                }
            }
            out.push(Line::Heading("report-heading-concerns"));
            for k in crate::domain::ConcernCategory::ALL {
                let get = |r: &Report| r.concerns.get(&k).copied().unwrap_or(0);
                out.push(bar(Label::Id(k.fluent_id()), get(now), get(before)));
            }
            out.push(Line::Heading("report-heading-key-dates"));
            let results = crate::domain::key_date::KeyDateResult::ALL
                .iter()
                .map(|r| Some(*r))
                .chain([None]);
            for k in results {
                let get = |r: &Report| r.key_dates.get(&k).copied().unwrap_or(0);
                use crate::domain::key_date::KeyDateResult as K;
                let label = match k {
                    None => "report-key-date-open",
                    Some(K::Kept) => "report-key-date-kept",
                    Some(K::Moved) => "report-key-date-moved",
                    Some(K::Missed) => "report-key-date-missed",
                    Some(K::Cancelled) => "report-key-date-cancelled",
                };
                out.push(bar(Label::Id(label), get(now), get(before)));
            }
        }
        Section::Equalities => {
            let e = (&now.equalities, &before.equalities);
            out.push(Line::Sharing);
            out.push(Line::Heading("report-heading-gender"));
            out.extend(breakdown(
                &e.0.gender,
                &e.1.gender,
                |g| {
                    Label::Id(g.map_or("report-not-recorded", |g| {
                        use crate::domain::visit::ReportedGender as G;
                        match g {
                            G::Woman => "gender-woman",
                            G::Man => "gender-man",
                            G::NonBinary => "gender-non-binary",
                            G::InAnotherWay => "gender-another-way",
                            G::PreferNotToSay => "gender-prefer-not",
                        }
                    }))
                },
                shared,
            ));
            out.push(Line::Heading("report-heading-age"));
            out.extend(breakdown(
                &e.0.age_band,
                &e.1.age_band,
                |a| {
                    Label::Id(a.map_or("report-not-recorded", |a| {
                        use crate::domain::visit::AgeBand as A;
                        match a {
                            A::Under18 => "report-age-under-18",
                            A::From18To25 => "report-age-18-25",
                            A::From26To35 => "report-age-26-35",
                            A::From36To50 => "report-age-36-50",
                            A::From51To65 => "report-age-51-65",
                            A::Over65 => "report-age-over-65",
                        }
                    }))
                },
                shared,
            ));
            out.push(Line::Heading("report-heading-country"));
            out.extend(breakdown(
                &e.0.country,
                &e.1.country,
                |c| match c {
                    Some(c) => Label::Text(c.clone()),
                    None => Label::Id("report-not-recorded"),
                },
                shared,
            ));
            out.push(Line::Heading("report-heading-status"));
            out.extend(breakdown(
                &e.0.immigration_status,
                &e.1.immigration_status,
                |s| Label::Id(s.map_or("report-not-recorded", |s| s.fluent_id())),
                shared,
            ));
            out.push(Line::Heading("report-heading-first-language"));
            out.extend(breakdown(
                &e.0.first_language,
                &e.1.first_language,
                |l| match l {
                    Some(l) => Label::Text(language_label(*l)),
                    None => Label::Id("report-not-recorded"),
                },
                shared,
            ));
        }
    }
    // A heading with nothing under it (no languages in either period …).
    let mut tidy: Vec<Line> = Vec::with_capacity(out.len());
    for (i, l) in out.iter().enumerate() {
        tidy.push(l.clone());
        let empty_after = matches!(l, Line::Heading(_))
            && matches!(out.get(i + 1), None | Some(Line::Heading(_)));
        if empty_after {
            tidy.push(Line::Nothing);
        }
    }
    tidy
}

/// The weekdays' short names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "weekday-mon",
    "weekday-tue",
    "weekday-wed",
    "weekday-thu",
    "weekday-fri",
    "weekday-sat",
    "weekday-sun",
];

impl ReportsState {
    /// The lines of the section shown (none before a report is loaded).
    pub fn section_lines(&self) -> Vec<Line> {
        match (&self.report, &self.previous) {
            (Some(now), Some(before)) => {
                lines(self.section, now, before, &self.services, self.shared)
            }
            _ => Vec::new(),
        }
    }
}

// ------------------------------------------------------------ actions

impl App {
    /// F7: coordinators only. Anyone else gets a plain message and stays
    /// where they are.
    pub(crate) fn go_to_reports(&mut self) {
        if !self.state.volunteer.may(Permission::SeeReports) {
            if self.state.screen == Screen::Reports {
                self.state.screen = Screen::Today;
            }
            return self.set_status("report-coordinators-only", Vec::new(), true);
        }
        self.go_to(Screen::Reports);
    }

    /// Reads the report of the chosen range and of the period before it.
    /// On an error the message shows and the report on screen stays.
    pub(crate) fn load_report(&mut self) {
        let today = self.state.local_today();
        let r = &mut self.state.reports;
        let range = match r.preset.range(today) {
            Some(range) => range,
            None => match r.typed_range() {
                Ok(range) => range,
                Err(e) => {
                    r.error = Some(e);
                    return;
                }
            },
        };
        let (now, before) = match self
            .store
            .report(range)
            .and_then(|now| Ok((now, self.store.report(range.previous())?)))
        {
            Ok(pair) => pair,
            Err(e) => return self.set_status(e.fluent_id(), Vec::new(), true),
        };
        let ids: BTreeSet<ServiceId> = now
            .sent_by_service
            .keys()
            .chain(before.sent_by_service.keys())
            .map(|(_, id)| *id)
            .collect();
        let services = ids
            .into_iter()
            .map(|id| (id, self.service_label(id)))
            .collect();
        let r = &mut self.state.reports;
        r.range = Some(range);
        r.report = Some(now);
        r.previous = Some(before);
        r.services = services;
        r.error = None;
        r.scroll = r.scroll.min(r.section_lines().len().saturating_sub(1));
    }

    pub(crate) fn reports_act(&mut self, action: Action) -> Option<crate::app::Message> {
        if self.state.reports.editing.is_some() {
            self.range_act(action);
            return None;
        }
        let page = usize::from(self.state.size.1.saturating_sub(8)).max(1);
        let len = self.state.reports.section_lines().len();
        let r = &mut self.state.reports;
        let last = len.saturating_sub(page);
        match action {
            Action::Left | Action::Right => {
                let i = Preset::ALL.iter().position(|p| *p == r.preset).unwrap_or(0) as isize;
                // ← the one before, → the next, as everywhere else.
                let by: isize = if action == Action::Right { 1 } else { -1 };
                let n = Preset::ALL.len() as isize;
                r.preset = Preset::ALL[(i + by).rem_euclid(n) as usize];
                if r.preset == Preset::Custom {
                    // The custom range starts as the range on screen.
                    if let Some(range) = r.range
                        && r.from.value().is_empty()
                    {
                        r.from = TextInput::with_value(DATE_LEN, &range.from.to_string());
                        r.to = TextInput::with_value(DATE_LEN, &range.to.to_string());
                    }
                }
                self.load_report();
            }
            Action::NextField => {
                r.section = r.section.step(1);
                r.scroll = 0;
            }
            Action::PrevField => {
                r.section = r.section.step(-1);
                r.scroll = 0;
            }
            Action::Up => r.scroll = r.scroll.saturating_sub(1),
            Action::Down => r.scroll = (r.scroll + 1).min(last),
            Action::PageUp => r.scroll = r.scroll.saturating_sub(page),
            Action::PageDown => r.scroll = (r.scroll + page).min(last),
            Action::Home => r.scroll = 0,
            Action::End => r.scroll = last,
            Action::Toggle => r.shared = !r.shared,
            Action::EditRange => {
                if r.preset != Preset::Custom {
                    if let Some(range) = r.range {
                        r.from = TextInput::with_value(DATE_LEN, &range.from.to_string());
                        r.to = TextInput::with_value(DATE_LEN, &range.to.to_string());
                    }
                    r.preset = Preset::Custom;
                }
                r.editing = Some(RangeField::From);
                r.from.end();
            }
            Action::RefreshReport => self.load_report(),
            Action::ExportReport => return Some(crate::app::Message::ExportReport),
            _ => {}
        }
        None
    }

    /// Keys while a date of the custom range is typed in.
    fn range_act(&mut self, action: Action) {
        let r = &mut self.state.reports;
        let Some(field) = r.editing else { return };
        match action {
            Action::NextField | Action::PrevField => {
                let next = match field {
                    RangeField::From => RangeField::To,
                    RangeField::To => RangeField::From,
                };
                r.editing = Some(next);
                r.field(next).end();
            }
            Action::Left => r.field(field).left(),
            Action::Right => r.field(field).right(),
            Action::Back => {
                r.editing = None;
                r.error = None;
            }
            Action::Open | Action::Save => match r.typed_range() {
                Ok(_) => {
                    r.editing = None;
                    self.load_report();
                }
                Err((f, id)) => {
                    r.error = Some((f, id));
                    r.editing = Some(f);
                }
            },
            _ => {}
        }
    }

    pub(crate) fn reports_typed(&mut self, c: char) {
        let r = &mut self.state.reports;
        if let Some(f) = r.editing
            && r.field(f).insert(c)
        {
            r.error = None;
        }
    }

    pub(crate) fn reports_edit(&mut self, key: EditKey) {
        let r = &mut self.state.reports;
        if let Some(f) = r.editing
            && crate::app::update::apply_edit(r.field(f), key)
        {
            r.error = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_lists_its_figures_with_the_period_before() {
        let mut now = Report {
            visits: 12,
            people: 8,
            ..Report::default()
        };
        now.needs[usize::from(Domain::Housing.id())] = 5;
        now.languages.insert(LangCode::parse("tir").unwrap(), 4);
        let mut before = Report::default();
        before.languages.insert(LangCode::parse("ara").unwrap(), 2);
        let services = HashMap::new();
        let overview = lines(Section::Overview, &now, &before, &services, false);
        assert!(overview.contains(&row(
            Label::Id("report-visits"),
            Figure::Count(12),
            Figure::Count(0)
        )));
        let needs = lines(Section::Needs, &now, &before, &services, false);
        assert_eq!(needs.len(), 15, "a heading and all 14 domains");
        // A language of either period, the busiest now first.
        let langs = lines(Section::Languages, &now, &before, &services, false);
        assert_eq!(langs[1], bar(Label::Text("Tigrinya (tir)".into()), 4, 0));
        assert_eq!(langs[2], bar(Label::Text("Arabic (ara)".into()), 0, 2));
        // A heading with nothing under it says so.
        let sent = lines(Section::SentOn, &now, &before, &services, false);
        assert!(sent.contains(&Line::Nothing));
    }

    #[test]
    fn a_typed_range_is_checked() {
        let mut s = ReportsState {
            from: TextInput::with_value(10, "2026-02-30"),
            to: TextInput::with_value(10, "2026-03-31"),
            ..Default::default()
        };
        assert_eq!(
            s.typed_range(),
            Err((RangeField::From, "report-error-date"))
        );
        s.from = TextInput::with_value(10, "2026-04-01");
        assert_eq!(
            s.typed_range(),
            Err((RangeField::From, "report-error-backwards"))
        );
        s.from = TextInput::with_value(10, "٢٠٢٦-٠٣-٠١");
        assert!(s.typed_range().is_ok(), "Arabic-Indic digits are digits");
    }
}
