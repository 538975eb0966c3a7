//! The terminal side: set the terminal up, run the loop, give the terminal
//! back on every way out (errors and panics included).

use std::io::stdout;

use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};
use ratatui::crossterm::execute;

use crate::app::{App, Message};
use crate::ui;

/// Restores the terminal when dropped: on return, on `?`, and while a panic
/// unwinds (ratatui's panic hook restores it too, before the message).
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        let _ = execute!(stdout(), DisableBracketedPaste);
        ratatui::restore();
    }
}

/// Runs the program until the volunteer quits. The loop blocks on input and
/// wakes only for a key, a paste, a resize, or the next minute of the clock:
/// an idle dropin uses no CPU.
pub fn run(app: &mut App) -> anyhow::Result<()> {
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore;
    execute!(stdout(), EnableBracketedPaste)?;
    // What the environment says of this terminal (does it join Arabic
    // letters itself? is it the Linux console?) only matters on a real one.
    app.set_terminal(crate::app::display::Terminal::from_env());
    let size = terminal.size()?;
    app.handle(Message::Resized(size.width, size.height));
    terminal.draw(|frame| ui::draw(frame, &app.state))?;
    // Lets the pseudo-terminal tests check that a panic gives the terminal
    // back; nothing else sets it.
    if std::env::var_os("DROPIN_TEST_PANIC").is_some() {
        panic!("DROPIN_TEST_PANIC is set");
    }
    // The first frame is up; now wait for the people index it did not need.
    app.finish_loading().map_err(|e| {
        let i18n = crate::i18n::I18n::new(&crate::cli::message_locale());
        anyhow::anyhow!("{}\n({e})", e.explain(&i18n))
    })?;
    loop {
        terminal.draw(|frame| ui::draw(frame, &app.state))?;
        let msg = loop {
            // Work under way goes on between frames, a step at a time, with
            // keys still read (quitting midway is safe).
            let busy = app.state.work.is_some();
            let wait = if busy {
                std::time::Duration::ZERO
            } else {
                app.until_next_tick()
            };
            if !event::poll(wait)? {
                break if busy { Message::Work } else { Message::Tick };
            }
            match event::read()? {
                Event::Key(key) => break Message::Key(key),
                Event::Paste(text) => break Message::Paste(text),
                Event::Resize(w, h) => break Message::Resized(w, h),
                // Mouse and focus events change nothing: no redraw.
                _ => continue,
            }
        };
        app.handle(msg);
        if app.state.quit {
            return Ok(());
        }
    }
}
