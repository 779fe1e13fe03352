//! Problems and pages as data: `check --format json`, and the functions
//! behind the npm package's JavaScript API.

use capmonster_errors_codegen::{Diagnostic, load, page};
use capmonster_errors_doc_tool::json;
use serde_json::Value;

mod support;
use support::{VALID, broken, catalog, scratch, text};

/// What a problem object must say about `diagnostic`, in `file`.
fn expected(file: &str, diagnostic: &Diagnostic) -> Value {
    let (message, fix) = diagnostic.what_and_fix();
    serde_json::json!({
        "file": file,
        "line": diagnostic.line,
        "column": diagnostic.column,
        "endLine": diagnostic.end_line,
        "endColumn": diagnostic.end_column,
        "message": message,
        "fix": fix,
        "stopsTheCheck": diagnostic.stops_the_check,
    })
}

#[test]
fn check_as_json_prints_each_problem_as_an_object_on_its_line_and_nothing_else() {
    let dir = scratch("json-broken", &broken());
    let output = catalog(&dir.join("sub"), &["check", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stderr), "");
    let diagnostics = load(broken().as_bytes()).unwrap_err();
    let shown = dir.join("errors.toml").display().to_string();
    let printed: Vec<Value> = text(&output.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    let wanted: Vec<Value> = diagnostics
        .iter()
        .map(|diagnostic| expected(&shown, diagnostic))
        .collect();
    assert_eq!(printed, wanted);
}

#[test]
fn check_as_json_of_a_valid_file_prints_nothing() {
    let dir = scratch("json-valid", VALID);
    let output = catalog(&dir, &["check", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout), "");
}

#[test]
fn bytes_that_are_no_text_are_one_problem_that_stops_the_check() {
    let mut bytes = VALID.as_bytes().to_vec();
    bytes.extend_from_slice(b"\n# \xff\n");
    let problems: Value = serde_json::from_str(&json::check(&bytes, "errors.toml")).unwrap();
    let problems = problems.as_array().unwrap();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0]["stopsTheCheck"], true);
    assert!(
        problems[0]["message"]
            .as_str()
            .unwrap()
            .contains("not UTF-8"),
        "{problems:?}"
    );
}

#[test]
fn the_check_function_gives_the_commands_problems() {
    let diagnostics = load(broken().as_bytes()).unwrap_err();
    let problems: Value =
        serde_json::from_str(&json::check(broken().as_bytes(), "mine.toml")).unwrap();
    let wanted: Vec<Value> = diagnostics
        .iter()
        .map(|diagnostic| expected("mine.toml", diagnostic))
        .collect();
    assert_eq!(problems, Value::Array(wanted));
    assert_eq!(json::check(VALID.as_bytes(), "errors.toml"), "[]");
}

#[test]
fn the_pages_function_gives_every_languages_page_as_docs_writes_it() {
    let catalog = load(VALID.as_bytes()).unwrap();
    let pages: Value = serde_json::from_str(&json::pages(VALID.as_bytes(), "errors.toml").unwrap())
        .expect("pages are JSON");
    let pages = pages.as_array().unwrap();
    assert_eq!(pages.len(), catalog.languages.len());
    for (index, (language, found)) in catalog.languages.iter().zip(pages).enumerate() {
        assert_eq!(found["lang"], language.tag.as_str());
        assert_eq!(found["text"], page(&catalog, index).as_str());
        assert_eq!(
            found["sitePath"].as_str(),
            catalog.pages[index].path.as_deref()
        );
    }
}

#[test]
fn the_pages_function_of_a_broken_file_gives_its_problems_instead() {
    let problems = json::pages(broken().as_bytes(), "errors.toml").unwrap_err();
    assert_eq!(problems, json::check(broken().as_bytes(), "errors.toml"));
    assert_ne!(problems, "[]");
}

#[test]
fn each_refusal_in_a_text_points_at_exactly_its_characters() {
    let corpus = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../codegen/tests/broken/every-refusal-of-a-long-description-at-its-own-column.toml"
    );
    let text = std::fs::read_to_string(corpus).unwrap();
    let problems: Value =
        serde_json::from_str(&json::check(text.as_bytes(), "errors.toml")).unwrap();
    let problems = problems.as_array().unwrap();
    assert!(problems.len() >= 3, "{problems:?}");
    for problem in problems {
        assert_eq!(problem["line"], problem["endLine"]);
        let line: Vec<char> = text
            .lines()
            .nth(problem["line"].as_u64().unwrap() as usize - 1)
            .unwrap()
            .chars()
            .collect();
        let (start, end) = (
            problem["column"].as_u64().unwrap() as usize - 1,
            problem["endColumn"].as_u64().unwrap() as usize - 1,
        );
        let pointed: String = line[start..end].iter().collect();
        let message = problem["message"].as_str().unwrap();
        assert!(
            message.contains(&format!("has \"{pointed}\"")),
            "{pointed:?} is not what {message:?} names"
        );
    }
}

#[test]
fn the_view_gives_each_entry_the_line_of_its_header_and_the_page_as_html() {
    let view: Value =
        serde_json::from_str(&json::view(VALID.as_bytes(), "errors.toml", "en")).unwrap();
    assert_eq!(view["problems"], serde_json::json!([]));
    let catalog = load(VALID.as_bytes()).unwrap();
    let entries = view["entries"].as_array().unwrap();
    assert_eq!(entries.len(), catalog.entries.len());
    let lines: Vec<&str> = VALID.lines().collect();
    for (entry, found) in catalog.entries.iter().zip(entries) {
        assert_eq!(found["code"], entry.code.as_str());
        let line = found["line"].as_u64().unwrap() as usize;
        assert_eq!(lines[line - 1].trim(), "[[error]]", "{found}");
    }
    let html = view["html"].as_str().unwrap();
    for entry in &catalog.entries {
        assert!(html.contains(&format!("id=\"{}\"", entry.anchor)), "{html}");
    }
}

#[test]
fn the_view_of_a_broken_file_gives_its_problems_and_no_page() {
    let view: Value =
        serde_json::from_str(&json::view(broken().as_bytes(), "errors.toml", "en")).unwrap();
    let problems: Value =
        serde_json::from_str(&json::check(broken().as_bytes(), "errors.toml")).unwrap();
    assert_eq!(view["problems"], problems);
    assert_eq!(view["html"], Value::Null);
}
