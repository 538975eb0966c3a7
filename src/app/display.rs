//! How the screen is drawn for whoever is at the desk: the language (the
//! volunteer's own once signed in, else this computer's last choice), the
//! digits, and how right-to-left text is laid out and joined — the
//! centre's settings for this computer's terminal, the volunteer's
//! preferences, and what the environment says of the terminal.

use super::App;
use crate::domain::Preferences;
use crate::i18n::{LOCALES, LocaleInfo};

/// What the environment says of the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Terminal {
    /// It joins Arabic letters itself (mlterm; GNOME Terminal and other VTE
    /// terminals since VTE 0.58).
    pub shapes_itself: bool,
    /// The Linux virtual console (TERM=linux): no Arabic or Ethiopic
    /// glyphs at all.
    pub linux_console: bool,
    /// No colour at all (NO_COLOR, https://no-color.org): every state is
    /// already marked by reversed video, bold, underline or a character,
    /// so only the colours go.
    pub monochrome: bool,
}

impl Terminal {
    pub fn from_env() -> Terminal {
        let var = |name| std::env::var(name).unwrap_or_default();
        Terminal {
            monochrome: no_colour(std::env::var_os("NO_COLOR").as_deref()),
            ..Terminal::of(&var("TERM"), &var("VTE_VERSION"), &var("MLTERM"))
        }
    }

    /// From the values of TERM, VTE_VERSION and MLTERM.
    pub fn of(term: &str, vte_version: &str, mlterm: &str) -> Terminal {
        let vte = vte_version.trim().parse::<u32>().unwrap_or(0);
        Terminal {
            shapes_itself: term.starts_with("mlterm") || !mlterm.is_empty() || vte >= 5800,
            linux_console: term == "linux",
            monochrome: false,
        }
    }

    /// Whether this terminal can draw the locale's script.
    pub fn draws(&self, locale: &LocaleInfo) -> bool {
        !self.linux_console || locale.script.drawn_by_linux_console()
    }
}

/// Whether NO_COLOR's value asks for no colour: set and not empty
/// (whatever it says, "0" and "false" included, as no-color.org has it).
pub fn no_colour(value: Option<&std::ffi::OsStr>) -> bool {
    value.is_some_and(|v| !v.is_empty())
}

impl App {
    /// Tells the app what terminal it draws on (the TUI does, from the
    /// environment; tests choose), and puts what follows into effect.
    pub fn set_terminal(&mut self, terminal: Terminal) {
        self.state.terminal = terminal;
        self.apply_display();
    }

    /// The signed-in volunteer's preferences (the defaults before sign-in).
    pub(super) fn preferences(&self) -> Preferences {
        self.store
            .signed_in()
            .map(|v| self.store.preferences(v.id))
            .unwrap_or_default()
    }

    /// Puts the settings and the volunteer's preferences into effect: at
    /// start, after sign-in, and after Settings are saved.
    pub(super) fn apply_display(&mut self) {
        let settings = self.store.settings().clone();
        let prefs = self.preferences();
        let tag = prefs.locale.as_deref().unwrap_or(&settings.locale);
        if !self.select_drawable(tag) {
            self.set_status("language-console-cannot", Vec::new(), true);
        }
        self.state.rtl_visual = settings.rtl_visual_order;
        self.state.shaping = settings
            .shaping
            .resolve(settings.rtl_visual_order, self.state.terminal.shapes_itself);
        self.state.native_digits = prefs.native_digits;
        self.state.settings.native_digits = prefs.native_digits;
    }

    /// Selects `tag` if this terminal can draw it; otherwise keeps (or
    /// falls back to) a language it can. False when `tag` was refused.
    pub(super) fn select_drawable(&mut self, tag: &str) -> bool {
        let wanted = LOCALES.iter().find(|l| l.tag == tag);
        match wanted {
            Some(l) if self.state.terminal.draws(l) => {
                self.state.i18n.select(tag);
                true
            }
            Some(_) => {
                if !self.state.terminal.draws(self.state.i18n.locale()) {
                    self.state.i18n.select(crate::i18n::SOURCE_LOCALE);
                }
                false
            }
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminals_that_shape_are_known_from_the_environment() {
        assert!(Terminal::of("mlterm", "", "").shapes_itself);
        assert!(Terminal::of("xterm-256color", "", "3.9.1").shapes_itself);
        assert!(Terminal::of("xterm-256color", "7600", "").shapes_itself);
        assert!(!Terminal::of("xterm-256color", "5202", "").shapes_itself);
        assert!(!Terminal::of("xterm-256color", "", "").shapes_itself);
        assert!(!Terminal::of("tmux-256color", "", "").linux_console);
    }

    #[test]
    fn no_color_set_and_not_empty_means_no_colour() {
        use std::ffi::OsStr;
        assert!(no_colour(Some(OsStr::new("1"))));
        assert!(no_colour(Some(OsStr::new("0"))));
        assert!(!no_colour(Some(OsStr::new(""))));
        assert!(!no_colour(None));
        assert!(!Terminal::of("xterm-256color", "", "").monochrome);
    }

    #[test]
    fn the_linux_console_draws_latin_and_cyrillic_only() {
        let console = Terminal::of("linux", "", "");
        let ar = LOCALES.iter().find(|l| l.tag == "ar").unwrap();
        let en = LOCALES.iter().find(|l| l.tag == "en-GB").unwrap();
        assert!(!console.draws(ar));
        assert!(console.draws(en));
        assert!(Terminal::default().draws(ar));
    }
}
