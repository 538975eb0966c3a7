//! The parts of `dropin bench` measured on the real program, in processes
//! of its own. In a real terminal: this binary run in a tmux
//! pseudo-terminal on the data folder, signed in as the coordinator, then
//! left alone. Read from /proc: the CPU time it uses while idle (DESIGN.md:
//! none, no redraw without a reason) and its resident memory with Today's
//! screen open; from the screen: how long the sign-in screen takes to
//! appear after the program is started. Needs tmux and Linux; without them
//! it says so and measures nothing. And `dropin report` over five years,
//! for its peak resident memory as a process of its own.

use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// What the real program did.
#[derive(Debug, Clone, Copy)]
pub struct Idle {
    /// From starting it to the sign-in screen read back from tmux (the
    /// screen is polled every 10 ms, so up to that much late).
    pub first_frame: Duration,
    /// CPU ticks (user + system) over `window`, with nothing happening.
    pub ticks: u64,
    pub ticks_per_second: u64,
    pub window: Duration,
    /// Resident memory signed in, Today's screen open, idle: now and peak.
    pub rss: u64,
    pub peak: u64,
}

/// One tmux server of its own, on its own socket, killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn cmd(&self) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket]);
        c.stdout(Stdio::piped()).stderr(Stdio::null());
        c
    }

    fn run(&self, args: &[&str]) -> anyhow::Result<String> {
        let out = self.cmd().args(args).output()?;
        if !out.status.success() {
            anyhow::bail!("tmux {} failed", args.first().copied().unwrap_or(""));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "b"])
            .unwrap_or_default()
    }

    /// Waits until the screen shows `text`, polling every 10 ms.
    fn wait_for(&self, text: &str, limit: Duration) -> anyhow::Result<()> {
        let deadline = Instant::now() + limit;
        while !self.screen().contains(text) {
            if Instant::now() > deadline {
                anyhow::bail!(
                    "the screen did not show {text:?} within {} s:\n{}",
                    limit.as_secs(),
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        Ok(())
    }

    /// The password pasted (in bracketed-paste brackets, as a terminal
    /// pastes): handed to tmux on its standard input, never in its
    /// arguments, where other users of the computer could read it.
    fn paste_secret(&self, secret: &str) -> anyhow::Result<()> {
        let mut child = self
            .cmd()
            .args(["load-buffer", "-b", "secret", "-"])
            .stdin(Stdio::piped())
            .spawn()?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(secret.as_bytes())?;
        }
        if !child.wait()?.success() {
            anyhow::bail!("tmux load-buffer failed");
        }
        self.run(&["paste-buffer", "-p", "-d", "-b", "secret", "-t", "b"])?;
        Ok(())
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd().arg("kill-server").output();
    }
}

fn have_tmux() -> bool {
    Command::new("tmux")
        .arg("-V")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// CPU ticks (user + system) a process has used, from /proc.
fn cpu_ticks(pid: u32) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may hold spaces: fields are counted after its ')'.
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    Some(fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?)
}

/// Resident memory of a process, now and at its peak, in bytes.
fn rss_of(pid: u32) -> Option<(u64, u64)> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<u64>().ok())
            .map(|kb| kb * 1024)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

/// The kernel's clock ticks a second (100 on Linux almost everywhere).
fn ticks_per_second() -> u64 {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: sysconf only reads a configuration value.
        let n = unsafe { libc::sysconf(libc::_SC_CLK_TCK) };
        if n > 0 {
            return n as u64;
        }
    }
    100
}

/// A path as one word for the shell that tmux runs the command with.
fn quoted(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', r"'\''"))
}

/// Runs this binary on `dir` in tmux, signs `volunteer` in with
/// `password`, waits for Today's screen and a quiet moment, then counts
/// the CPU ticks it uses over three seconds of nothing. `Ok(None)` when
/// tmux or /proc is missing. The data folder must not be open elsewhere.
pub fn measure(dir: &Path, volunteer: &str, password: &str) -> anyhow::Result<Option<Idle>> {
    if !have_tmux() || !Path::new("/proc/self/stat").exists() {
        return Ok(None);
    }
    let exe = std::env::current_exe()?;
    let tmux = Tmux {
        socket: format!("dropin-bench-{}", std::process::id()),
    };
    let started = Instant::now();
    tmux.run(&[
        "new-session",
        "-d",
        "-x",
        "80",
        "-y",
        "24",
        "-s",
        "b",
        "-e",
        "LANG=C.UTF-8",
        &format!("exec {} --data-dir {}", quoted(&exe), quoted(dir)),
    ])?;
    tmux.wait_for(volunteer, Duration::from_secs(20))?;
    let first_frame = started.elapsed();
    let pid: u32 = tmux
        .run(&["list-panes", "-t", "b", "-F", "#{pane_pid}"])?
        .trim()
        .parse()?;
    // The name typed to pick it from the list, then the password.
    tmux.run(&["send-keys", "-t", "b", "-l", volunteer])?;
    tmux.run(&["send-keys", "-t", "b", "Enter"])?;
    std::thread::sleep(Duration::from_millis(300));
    tmux.paste_secret(password)?;
    tmux.run(&["send-keys", "-t", "b", "Enter"])?;
    // Today's screen: its queue line.
    tmux.wait_for("Waiting", Duration::from_secs(20))?;
    // Let the search index finish building and the first minute pass its
    // start, then keep the window clear of a change of minute: the clock
    // on the screen redraws then, which is a reason.
    std::thread::sleep(Duration::from_secs(2));
    let window = Duration::from_secs(3);
    let second = chrono::Utc::now().timestamp().rem_euclid(60) as u64;
    if second + window.as_secs() + 2 >= 60 {
        std::thread::sleep(Duration::from_secs(61 - second));
    }
    let before = cpu_ticks(pid).ok_or_else(|| anyhow::anyhow!("no /proc/{pid}/stat"))?;
    std::thread::sleep(window);
    let after = cpu_ticks(pid).ok_or_else(|| anyhow::anyhow!("no /proc/{pid}/stat"))?;
    let (rss, peak) = rss_of(pid).unwrap_or_default();
    // Quit as a volunteer does, so that the folder is closed cleanly.
    let _ = tmux.run(&["send-keys", "-t", "b", "C-q"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while Path::new(&format!("/proc/{pid}")).exists() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(Some(Idle {
        first_frame,
        ticks: after.saturating_sub(before),
        ticks_per_second: ticks_per_second(),
        window,
        rss,
        peak,
    }))
}

/// `dropin report` over `from..=to` run as a process of its own, signed
/// in as `volunteer`: its wall time (sign-in included) and peak resident
/// memory. The peak is read from /proc while it runs (every millisecond;
/// the kernel's account of a finished child would also count this
/// process's memory, which the child had before it became `dropin`).
pub fn report_process(
    dir: &Path,
    volunteer: &str,
    password: &str,
    (from, to): (chrono::NaiveDate, chrono::NaiveDate),
) -> anyhow::Result<(Duration, u64)> {
    // The password in a file only this user reads, as
    // DROPIN_PASSWORD_FILE expects; never in the arguments.
    let secret = tempfile::NamedTempFile::new()?;
    std::fs::write(secret.path(), password)?;
    let started = Instant::now();
    let mut child = Command::new(std::env::current_exe()?)
        .arg("--data-dir")
        .arg(dir)
        .args(["report", "--volunteer", volunteer])
        .args(["--from", &from.to_string(), "--to", &to.to_string()])
        .env("DROPIN_PASSWORD_FILE", secret.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let mut peak = 0;
    let status = loop {
        if let Some((_, hwm)) = rss_of(child.id()) {
            peak = peak.max(hwm);
        }
        if let Some(status) = child.try_wait()? {
            break status;
        }
        std::thread::sleep(Duration::from_millis(1));
    };
    let elapsed = started.elapsed();
    if !status.success() {
        anyhow::bail!("dropin report did not finish well ({status})");
    }
    Ok((elapsed, peak))
}
