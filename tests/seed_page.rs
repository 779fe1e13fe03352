//! The catalog's zh data against CapMonster Cloud's own page, kept as a
//! fixture: same entries, order, titles, codes and text.

use capmonster_errors::{ErrorCode, Lang};

const PAGE: &str = include_str!("fixtures/api-errors.zh.md");

struct PageEntry<'a> {
    title: &'a str,
    codes: Vec<&'a str>,
    description: String,
}

/// Each `### `TITLE`` section: its heading, the codes on the line that
/// follows, and the rest of the section, trimmed.
fn page_entries() -> Vec<PageEntry<'static>> {
    PAGE.split("\n### ")
        .skip(1)
        .map(|section| {
            let mut lines = section.lines();
            let heading = lines.next().unwrap();
            let title = heading.trim().trim_matches('`');
            let code_line = lines.next().unwrap();
            let (codes, _) = code_line.split_once("<br />").unwrap();
            let codes = codes.split('`').skip(1).step_by(2).collect();
            let description = lines.collect::<Vec<_>>().join("\n").trim().to_string();
            PageEntry {
                title,
                codes,
                description,
            }
        })
        .collect()
}

#[test]
fn the_page_has_26_headings_and_27_codes() {
    let entries = page_entries();
    assert_eq!(entries.len(), 26);
    assert_eq!(
        entries.iter().map(|entry| entry.codes.len()).sum::<usize>(),
        27
    );
}

#[test]
fn the_catalog_transcribes_the_page_in_order() {
    let entries = page_entries();
    assert_eq!(ErrorCode::ALL.len(), entries.len());
    for (code, entry) in ErrorCode::ALL.iter().zip(&entries) {
        assert_eq!(code.title(), entry.title);
        let mut codes = vec![code.code()];
        codes.extend(code.aliases());
        assert_eq!(codes, entry.codes, "codes under {}", entry.title);
        assert_eq!(
            code.description_markdown(Lang::Zh),
            entry.description,
            "zh text of {}",
            entry.title
        );
    }
}
