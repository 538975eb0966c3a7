//! F4 Directory: the services, filtered as you type, by domain, by language
//! and by whether inactive ones show; a service's page. What coordinators
//! change is in `service_update.rs`.
//!
//! The list is read from the store once, at the first F4, into a small
//! index with its text folded (see [`crate::domain::directory`]); saves
//! update that index in place, so a keystroke never reads the store.

use crate::app::App;
use crate::app::forms::TextInput;
use crate::app::keys::{Action, Scope};
use crate::app::message::Message;
use crate::app::overlay::Overlay;
use crate::domain::directory::{DirectoryIndex, Filter, Listed};
use crate::domain::service::DEFAULT_STALE_MONTHS;
use crate::domain::{Domain, LangCode, Service, ServiceId};

/// The rows of a service's page, in order, below its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageRow {
    Organisation,
    Description,
    Domains,
    Address,
    Phone,
    Email,
    Website,
    OpeningTimes,
    Languages,
    Eligibility,
    HowToRefer,
    Status,
    LastVerified,
    Source,
}

impl PageRow {
    pub const ALL: [PageRow; 14] = [
        PageRow::Organisation,
        PageRow::Description,
        PageRow::Domains,
        PageRow::Address,
        PageRow::Phone,
        PageRow::Email,
        PageRow::Website,
        PageRow::OpeningTimes,
        PageRow::Languages,
        PageRow::Eligibility,
        PageRow::HowToRefer,
        PageRow::Status,
        PageRow::LastVerified,
        PageRow::Source,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PageRow::Organisation => "field-organisation",
            PageRow::Description => "field-description",
            PageRow::Domains => "field-domains",
            PageRow::Address => "field-address",
            PageRow::Phone => "field-phone",
            PageRow::Email => "field-email",
            PageRow::Website => "field-website",
            PageRow::OpeningTimes => "field-opening-times",
            PageRow::Languages => "field-service-languages",
            PageRow::Eligibility => "field-eligibility",
            PageRow::HowToRefer => "field-how-to-refer",
            PageRow::Status => "field-service-status",
            PageRow::LastVerified => "field-last-verified",
            PageRow::Source => "field-source",
        }
    }
}

/// A service's page: the whole record, as read from the store.
#[derive(Debug, Clone, PartialEq)]
pub struct ServicePage {
    pub service: Service,
    /// The row with focus ([`PageRow::ALL`]): ↑ ↓ move by row, the page
    /// scrolls to keep it in view, and the terminal cursor sits on it, so a
    /// screen reader reads the page row by row.
    pub selected: usize,
}

/// The domain or language the list is narrowed to, as chosen in a picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterOption {
    AnyDomain,
    Domain(Domain),
    AnyLanguage,
    Language(LangCode),
}

/// Choosing the domain (Ctrl+D) or the language (Ctrl+G) filter.
#[derive(Debug, Clone, PartialEq)]
pub struct FilterPicker {
    pub options: Vec<FilterOption>,
    pub selected: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DirectoryState {
    pub index: DirectoryIndex,
    /// Whether the index has been read from the store (at the first F4).
    pub loaded: bool,
    pub query: TextInput,
    pub domain: Option<Domain>,
    pub language: Option<LangCode>,
    /// Inactive services are listed too.
    pub inactive: bool,
    /// Positions in the index of the services listed, in order.
    pub rows: Vec<usize>,
    pub selected: usize,
    pub page: Option<ServicePage>,
    /// From the settings: stale after this many months unchecked.
    pub stale_months: u8,
}

impl Default for DirectoryState {
    fn default() -> Self {
        DirectoryState {
            index: DirectoryIndex::default(),
            loaded: false,
            query: TextInput::default(),
            domain: None,
            language: None,
            inactive: false,
            rows: Vec::new(),
            selected: 0,
            page: None,
            stale_months: DEFAULT_STALE_MONTHS,
        }
    }
}

impl DirectoryState {
    pub fn filter(&self) -> Filter {
        Filter {
            text: self.query.value().to_string(),
            domain: self.domain,
            language: self.language,
            inactive: self.inactive,
        }
    }

    /// Lists what passes the filters again, the selection on `keep` if it
    /// is still listed, else on the first row.
    pub fn refilter(&mut self, keep: Option<ServiceId>) {
        self.rows = self.index.matching(&self.filter());
        self.selected = keep
            .and_then(|id| {
                self.rows
                    .iter()
                    .position(|i| self.index.get(*i).is_some_and(|e| e.id == id))
            })
            .unwrap_or(0);
    }

    pub fn selected_listed(&self) -> Option<&Listed> {
        self.rows
            .get(self.selected)
            .and_then(|i| self.index.get(*i))
    }

    /// The service the keys act on: the page's, else the selected row's.
    pub fn selected_id(&self) -> Option<ServiceId> {
        match &self.page {
            Some(page) => Some(page.service.id),
            None => self.selected_listed().map(|e| e.id),
        }
    }

    /// Whether the service the keys act on is active.
    pub fn selected_active(&self) -> Option<bool> {
        match &self.page {
            Some(page) => Some(page.service.active),
            None => self.selected_listed().map(|e| e.active),
        }
    }
}

impl App {
    /// Reads the directory from the store into the index, the first time
    /// F4 is opened (or `again`, after an import).
    pub(crate) fn load_directory(&mut self, again: bool) {
        self.state.directory.stale_months = self.store.settings().stale_months;
        if self.state.directory.loaded && !again {
            return;
        }
        match self.store.services() {
            Ok(services) => {
                let d = &mut self.state.directory;
                let keep = d.selected_id();
                d.index = DirectoryIndex::new(services);
                d.loaded = true;
                d.refilter(keep);
            }
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    /// Opens a service's page, read afresh from the store.
    pub(crate) fn open_service(&mut self, id: ServiceId) {
        match self.store.service(id) {
            Ok(Some(service)) => {
                self.state.directory.page = Some(ServicePage {
                    service,
                    selected: 0,
                })
            }
            Ok(None) => self.set_status("store-not-found", Vec::new(), true),
            Err(e) => self.set_status(e.fluent_id(), Vec::new(), true),
        }
    }

    pub(crate) fn directory_act(&mut self, action: Action) -> Option<Message> {
        if self.service_act(action) {
            return None;
        }
        if self.state.directory.page.is_some() {
            self.service_page_act(action);
        } else {
            self.directory_list_act(action);
        }
        None
    }

    fn directory_list_act(&mut self, action: Action) {
        let page_rows = usize::from(self.state.size.1.saturating_sub(9)).max(1);
        let d = &mut self.state.directory;
        let len = d.rows.len();
        let sel = &mut d.selected;
        match action {
            Action::Up => *sel = sel.saturating_sub(1),
            Action::Down => *sel = (*sel + 1).min(len.saturating_sub(1)),
            Action::PageUp => *sel = sel.saturating_sub(page_rows),
            Action::PageDown => *sel = (*sel + page_rows).min(len.saturating_sub(1)),
            Action::Home => *sel = 0,
            Action::End => *sel = len.saturating_sub(1),
            // Back one step: the search first, then the filters.
            Action::Back => {
                if !d.query.clear() {
                    d.domain = None;
                    d.language = None;
                    d.inactive = false;
                }
                d.refilter(None);
            }
            Action::Open => {
                if let Some(id) = d.selected_id() {
                    self.open_service(id);
                }
            }
            Action::ShowInactive => {
                d.inactive = !d.inactive;
                let keep = d.selected_id();
                d.refilter(keep);
            }
            Action::FilterDomain => {
                let mut options = vec![FilterOption::AnyDomain];
                options.extend(Domain::ALL.iter().map(|d| FilterOption::Domain(*d)));
                let selected = d
                    .domain
                    .and_then(|x| options.iter().position(|o| *o == FilterOption::Domain(x)))
                    .unwrap_or(0);
                self.state
                    .overlays
                    .push(Overlay::FilterPicker(FilterPicker { options, selected }));
            }
            Action::FilterLanguage => {
                let mut options = vec![FilterOption::AnyLanguage];
                options.extend(d.index.languages().into_iter().map(FilterOption::Language));
                let selected = d
                    .language
                    .and_then(|x| options.iter().position(|o| *o == FilterOption::Language(x)))
                    .unwrap_or(0);
                self.state
                    .overlays
                    .push(Overlay::FilterPicker(FilterPicker { options, selected }));
            }
            Action::Menu if len > 0 => self.open_service_menu(Scope::Directory),
            _ => {}
        }
    }

    fn service_page_act(&mut self, action: Action) {
        let Some(page) = &mut self.state.directory.page else {
            return;
        };
        let last = PageRow::ALL.len() - 1;
        let sel = &mut page.selected;
        match action {
            Action::Up => *sel = sel.saturating_sub(1),
            Action::Down => *sel = (*sel + 1).min(last),
            Action::PageUp | Action::Home => *sel = 0,
            Action::PageDown | Action::End => *sel = last,
            Action::Back | Action::FocusSearch => {
                let id = page.service.id;
                self.state.directory.page = None;
                self.state.directory.refilter(Some(id));
            }
            Action::Menu => self.open_service_menu(Scope::ServicePage),
            _ => {}
        }
    }

    /// The action menu of a service: its row actions, less deactivating an
    /// inactive one or reactivating an active one.
    fn open_service_menu(&mut self, scope: Scope) {
        let not = match self.state.directory.selected_active() {
            Some(true) => Action::Reactivate,
            Some(false) => Action::Deactivate,
            None => return,
        };
        self.open_menu_except(scope, &[not]);
    }

    /// A choice in the domain or language picker.
    pub(crate) fn filter_picker_act(&mut self, action: Action) {
        let Some(Overlay::FilterPicker(p)) = self.state.overlays.last_mut() else {
            return;
        };
        let last = p.options.len().saturating_sub(1);
        let page = usize::from(self.state.size.1.saturating_sub(6)).max(1);
        match action {
            Action::Up => p.selected = p.selected.saturating_sub(1),
            Action::Down => p.selected = (p.selected + 1).min(last),
            Action::PageUp => p.selected = p.selected.saturating_sub(page),
            Action::PageDown => p.selected = (p.selected + page).min(last),
            Action::Home => p.selected = 0,
            Action::End => p.selected = last,
            Action::Open => {
                let chosen = p.options.get(p.selected).copied();
                self.state.overlays.pop();
                let d = &mut self.state.directory;
                match chosen {
                    Some(FilterOption::AnyDomain) => d.domain = None,
                    Some(FilterOption::Domain(x)) => d.domain = Some(x),
                    Some(FilterOption::AnyLanguage) => d.language = None,
                    Some(FilterOption::Language(x)) => d.language = Some(x),
                    None => {}
                }
                let keep = d.selected_id();
                d.refilter(keep);
            }
            Action::Back => {
                self.state.overlays.pop();
            }
            _ => {}
        }
    }
}
