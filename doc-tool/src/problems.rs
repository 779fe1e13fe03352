//! Problems as data: what `check --format json` prints, one object a line,
//! and what the npm package's `check()` returns. Editors, CI annotations
//! and the catalog's editor page read it.

use capmonster_errors_codegen::Diagnostic;
use serde::Serialize;

/// One problem of errors.toml. Lines and columns count from 1, columns in
/// characters, as editors and the human report count them; the end is the
/// place just after the last character pointed at.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem<'a> {
    /// The file as the writer named it, or as it was found.
    pub file: &'a str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// What is wrong.
    pub message: &'a str,
    /// The one fix that works; the message and the fix, joined by `; `,
    /// are the line the build prints.
    pub fix: Option<&'a str>,
    /// Whether the rest of the file waits until this is fixed (text that is
    /// not UTF-8, or not TOML).
    pub stops_the_check: bool,
}

impl<'a> Problem<'a> {
    pub fn new(file: &'a str, diagnostic: &'a Diagnostic) -> Self {
        let (message, fix) = diagnostic.what_and_fix();
        Problem {
            file,
            line: diagnostic.line,
            column: diagnostic.column,
            end_line: diagnostic.end_line,
            end_column: diagnostic.end_column,
            message,
            fix,
            stops_the_check: diagnostic.stops_the_check,
        }
    }
}

/// Every problem as a JSON object on a line of its own.
pub fn json_lines(file: &str, diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|diagnostic| {
            let problem = Problem::new(file, diagnostic);
            serde_json::to_string(&problem).expect("a problem is plain data") + "\n"
        })
        .collect()
}

/// Every problem, in `file`.
pub fn of<'a>(file: &'a str, diagnostics: &'a [Diagnostic]) -> Vec<Problem<'a>> {
    diagnostics
        .iter()
        .map(|diagnostic| Problem::new(file, diagnostic))
        .collect()
}

/// Every problem as one JSON array, for the package's JavaScript API.
pub fn json_array(file: &str, diagnostics: &[Diagnostic]) -> String {
    serde_json::to_string(&of(file, diagnostics)).expect("a problem is plain data")
}
