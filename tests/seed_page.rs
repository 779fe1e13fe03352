//! The catalog against CapMonster Cloud's own zh page, kept as a fixture:
//! the library's data and the generated zh page must both carry the page's
//! entries, order, titles, codes and text.

#[allow(dead_code)]
#[path = "../codegen/mod.rs"]
mod codegen;

use capmonster_errors::{ErrorCode, Lang};

const SEED: &str = include_str!("fixtures/api-errors.zh.md");

#[derive(Debug, PartialEq)]
struct Page {
    front_matter: String,
    heading: String,
    advice_title: String,
    advice: Vec<String>,
    entries: Vec<PageEntry>,
}

#[derive(Debug, PartialEq)]
struct PageEntry {
    title: String,
    codes: Vec<String>,
    description: String,
}

/// Reads a page in the seed's layout, ignoring what the seed is
/// inconsistent about: the label's colon and the spacing around `<br />`
/// and the advice block's closing line.
fn parse_page(text: &str) -> Page {
    let (front_matter, body) = text
        .strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .expect("front matter");
    let mut sections = body.split("\n### ");
    let mut intro = sections.next().unwrap().lines();
    let heading = intro.next().unwrap().strip_prefix("# ").expect("# heading");
    let advice_title = intro
        .next()
        .unwrap()
        .strip_prefix(":::info ")
        .expect(":::info");
    let advice = intro
        .filter_map(|line| line.strip_prefix("- "))
        .map(|item| item.trim().to_string())
        .collect();
    let entries = sections
        .map(|section| {
            let mut lines = section.lines();
            let title = lines.next().unwrap().trim().trim_matches('`').to_string();
            let (codes, _) = lines.next().unwrap().split_once("<br />").expect("<br />");
            let codes = codes
                .split('`')
                .skip(1)
                .step_by(2)
                .map(String::from)
                .collect();
            let description = lines.collect::<Vec<_>>().join("\n").trim().to_string();
            PageEntry {
                title,
                codes,
                description,
            }
        })
        .collect();
    Page {
        front_matter: front_matter.to_string(),
        heading: heading.to_string(),
        advice_title: advice_title.to_string(),
        advice,
        entries,
    }
}

#[test]
fn the_seed_has_26_headings_and_27_codes() {
    let seed = parse_page(SEED);
    assert_eq!(seed.entries.len(), 26);
    assert_eq!(
        seed.entries
            .iter()
            .map(|entry| entry.codes.len())
            .sum::<usize>(),
        27
    );
}

#[test]
fn the_library_transcribes_the_seed_in_order() {
    let seed = parse_page(SEED);
    assert_eq!(ErrorCode::ALL.len(), seed.entries.len());
    for (code, entry) in ErrorCode::ALL.iter().zip(&seed.entries) {
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

#[test]
fn the_generated_zh_page_reproduces_the_seed() {
    let toml = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/errors.toml")).unwrap();
    let catalog = codegen::load(&toml).unwrap();
    let zh = catalog
        .languages
        .iter()
        .position(|language| language.tag == "zh")
        .unwrap();
    let generated = codegen::page::render(&catalog, zh);
    assert_eq!(parse_page(&generated), parse_page(SEED));
}

#[test]
fn the_generated_page_writes_the_label_one_way() {
    let toml = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/errors.toml")).unwrap();
    let catalog = codegen::load(&toml).unwrap();
    for (index, page) in catalog.pages.iter().enumerate() {
        let generated = codegen::page::render(&catalog, index);
        let labels = generated.lines().filter(|line| line.ends_with("<br />"));
        for line in labels {
            assert!(line.starts_with(&format!("{}`", page.code_label)), "{line}");
            assert!(line.ends_with("` <br />"), "{line}");
        }
    }
}
