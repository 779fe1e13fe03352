//! Problems shown the way rustc and cargo show them: the line of the file,
//! the spot underlined, and the fix beneath. The words are the generator's,
//! the same the build prints one per line.

use std::io::IsTerminal;

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use capmonster_errors_codegen::Diagnostic;

use crate::workspace::CatalogFile;

/// Every problem of `file`, rendered for standard error.
pub fn render(file: &CatalogFile, diagnostics: &[Diagnostic]) -> String {
    let renderer = if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    // The spans point into the decoded text; a file that does not decode
    // has none, and its one problem is shown as the build shows it.
    let Ok(text) = &file.text else {
        return diagnostics
            .iter()
            .map(|diagnostic| format!("{}\n", diagnostic.located(&file.shown)))
            .collect();
    };
    let mut out = String::new();
    for diagnostic in diagnostics {
        let (what, fix) = diagnostic.what_and_fix();
        let snippet = Snippet::source(text)
            .path(&file.shown)
            .line_start(1)
            .fold(true)
            .annotation(AnnotationKind::Primary.span(diagnostic.span.clone()));
        let mut group = Level::ERROR.primary_title(what).element(snippet);
        if let Some(fix) = fix {
            group = group.element(Level::HELP.message(fix));
        }
        out.push_str(&renderer.render(&[group]));
        out.push_str("\n\n");
    }
    out
}
