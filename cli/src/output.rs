//! Writing to standard output when the reader may leave early, as in
//! `capmonster-errors list | head -1`.

use std::io::{self, Write};
use std::process::ExitCode;

/// Writes `text` to standard output. A reader that closed the pipe has all
/// it wanted: that ends the program quietly, where `println!` would panic.
pub fn emit(text: &str) -> ExitCode {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: cannot write to standard output: {error}");
            ExitCode::FAILURE
        }
    }
}
