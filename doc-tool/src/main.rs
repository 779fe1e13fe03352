//! `cargo catalog`: the doc writers' tool, as the workspace's alias runs it.

use std::process::ExitCode;

use capmonster_errors_doc_tool::{Invocation, run};

fn main() -> ExitCode {
    ExitCode::from(run(std::env::args_os(), &Invocation::CARGO))
}
