//! Helpers for tests of hostile input: a guard against hangs and the rules every message
//! keeps whatever the input.

use std::sync::mpsc;
use std::time::Duration;

use isp_moc::Error;

/// Runs `f` on its own thread and returns its result, failing the test if it has not
/// returned within `seconds` (a generous guard against hangs, not a timing assertion).
pub fn within<T: Send + 'static>(seconds: u64, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (send, receive) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        let _ = send.send(f());
    });
    match receive.recv_timeout(Duration::from_secs(seconds)) {
        Ok(value) => value,
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            // the closure panicked: report its panic
            match worker.join() {
                Err(panic) => std::panic::resume_unwind(panic),
                Ok(()) => panic!("the worker ended without a result"),
            }
        }
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("no answer within {seconds} s"),
    }
}

/// Most characters of one line of an error's message (one problem): a location, a
/// message and a few quoted values, each cut at 80 characters.
pub const MAX_LINE_CHARS: usize = 1500;

/// The rules every error keeps: no control character but the line breaks between
/// problems, no bidi override, lines of bounded length, at most 100 problems listed.
pub fn assert_clean(err: &Error) {
    let text = err.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() <= 102, "{} lines", lines.len());
    for line in lines {
        assert!(
            line.chars().count() <= MAX_LINE_CHARS,
            "a line of {} characters: {}…",
            line.chars().count(),
            line.chars().take(200).collect::<String>()
        );
        assert!(
            !line.chars().any(|c| c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
            "a raw control character in {line:?}"
        );
    }
}
