//! The real binary in a real pseudo-terminal (tmux), shared by
//! `tests/pty.rs` and `tests/pty_hostile.rs`: a tmux server per test on a
//! socket of its own (so tests run in parallel), keys sent as the terminal
//! sends them, the screen read back. Included with `#[path]` by the tests
//! that need it, so that the other test binaries do not build it.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_dropin");

pub const PASSWORD: &str = "a long enough password";

/// Whether tmux is installed; if not, says that the test is skipped.
pub fn have_tmux() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!(
            "SKIPPED: tmux is not installed; the pseudo-terminal tests need it (.ci/run installs it)"
        );
    }
    ok
}

/// One tmux server per test, on its own socket, killed when dropped.
pub struct Tmux {
    socket: String,
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

impl Tmux {
    /// A session `t` of 80 × 24 running `command` (through the shell).
    pub fn start(command: &str) -> Tmux {
        let socket = format!(
            "dropin-test-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        let t = Tmux { socket };
        let status = t
            .cmd()
            .args(["new-session", "-d", "-x", "80", "-y", "24", "-s", "t"])
            .arg(command)
            .env("LANG", "C.UTF-8")
            .status()
            .expect("tmux runs");
        assert!(status.success(), "tmux could not start");
        t
    }

    pub fn cmd(&self) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket]);
        c
    }

    /// Runs a tmux command that must succeed; its output.
    pub fn out(&self, args: &[&str]) -> String {
        let out = self.cmd().args(args).output().expect("tmux");
        assert!(out.status.success(), "tmux {args:?}: {out:?}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The screen as text (empty if tmux cannot read it).
    pub fn screen(&self) -> String {
        let out = self
            .cmd()
            .args(["capture-pane", "-p", "-t", "t"])
            .output()
            .expect("capture");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn title(&self) -> String {
        self.out(&["display-message", "-p", "-t", "t", "#{pane_title}"])
    }

    /// Waits until the screen shows `text` (and is the same on two reads in a
    /// row, so a half-drawn frame is not taken), within ten seconds.
    pub fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut last = String::new();
        loop {
            let screen = self.screen();
            if screen.contains(text) && screen == last {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "waited for {text:?}; the screen shows:\n{screen}"
            );
            last = screen;
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    /// Keys by tmux's names ("Enter", "C-s", "F3").
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.out(&["send-keys", "-t", "t", k]);
        }
    }

    /// Typed, key by key, as the keyboard sends it.
    pub fn text(&self, text: &str) {
        self.out(&["send-keys", "-t", "t", "-l", text]);
    }

    /// Pasted: in bracketed-paste brackets, as a terminal pastes into a
    /// program that asked for them (dropin does).
    pub fn paste(&self, text: &str) {
        self.out(&["set-buffer", "-b", "pasted", text]);
        self.out(&["paste-buffer", "-p", "-d", "-b", "pasted", "-t", "t"]);
    }

    pub fn alive(&self) -> bool {
        self.cmd()
            .args(["has-session", "-t", "t"])
            .output()
            .is_ok_and(|o| o.status.success())
    }

    /// The process the pane runs (dropin itself when started with `exec`).
    pub fn pane_pid(&self) -> u32 {
        self.out(&["list-panes", "-t", "t", "-F", "#{pane_pid}"])
            .trim()
            .parse()
            .expect("a pid")
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd().arg("kill-server").output();
    }
}

/// A temporary folder with the demo centre seeded in `data/`, its
/// coordinator's password [`PASSWORD`].
pub fn seeded_demo() -> (tempfile::TempDir, std::path::PathBuf) {
    let data = tempfile::tempdir().expect("temp dir");
    let dir = data.path().join("data");
    let password = data.path().join("password");
    std::fs::write(&password, format!("{PASSWORD}\n")).expect("write");
    let seeded = Command::new(BIN)
        .args(["seed", "--profile", "demo", "--data-dir"])
        .arg(&dir)
        .env("DROPIN_PASSWORD_FILE", &password)
        .output()
        .expect("seed");
    assert!(seeded.status.success(), "{seeded:?}");
    (data, dir)
}

/// The sign-in screen: the only volunteer's name, then the password.
pub fn sign_in(t: &Tmux) {
    t.wait_for("Your name");
    t.keys(&["Enter"]);
    t.wait_for("Password");
    t.text(PASSWORD);
    t.keys(&["Enter"]);
}

/// Runs dropin on `dir` inside a shell that records its exit code in
/// `done` and then says AFTER-DROPIN, so the test can see the terminal
/// after it.
pub fn run_dropin(dir: &Path, done: &Path) -> Tmux {
    Tmux::start(&format!(
        "{BIN} --data-dir '{}'; echo \"EXIT=$?\" > '{}'; echo AFTER-DROPIN; sleep 30",
        dir.display(),
        done.display()
    ))
}

/// The exit line `run_dropin` recorded ("EXIT=0"), within ten seconds.
pub fn wait_exit(done: &Path) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Ok(s) = std::fs::read_to_string(done)
            && !s.is_empty()
        {
            return s.trim().to_string();
        }
        assert!(Instant::now() < deadline, "dropin did not exit");
        std::thread::sleep(Duration::from_millis(50));
    }
}
