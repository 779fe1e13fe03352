//! How long the generator takes to check a catalog whose descriptions are
//! large or hostile: a doc writer's input must check in linear time.
//!
//! `cargo bench -p capmonster-errors-codegen --bench check`; the figures are
//! in BENCHMARKS.md.

use std::hint::black_box;
use std::time::Duration;

use capmonster_errors_codegen::load;
use criterion::{Criterion, criterion_group, criterion_main};

const FIXTURE: &str = include_str!("../tests/fixtures/catalog.toml");

/// The fixture with one entry's descriptions replaced by `text`.
fn catalog_with(text: &str) -> String {
    FIXTURE
        .replace(
            "en = \"Workers could not solve this captcha.\"",
            &format!("en = \"{text}\""),
        )
        .replace(
            "zh = \"工作人员无法识别该验证码。\"",
            &format!("zh = \"{text}\""),
        )
}

fn checks(c: &mut Criterion) {
    let mixed: String = "[a](b `c` **d** *e* [f]( ` `` "
        .repeat(40_000)
        .chars()
        .take(1_000_000)
        .collect();
    let cases = [
        ("fixture", FIXTURE.to_string()),
        ("100000_brackets", catalog_with(&"[".repeat(100_000))),
        ("200000_brackets", catalog_with(&"[".repeat(200_000))),
        ("1mb_mixed_markdown", catalog_with(&mixed)),
    ];
    let mut group = c.benchmark_group("load");
    for (name, catalog) in &cases {
        assert!(
            load(catalog.as_bytes()).is_ok(),
            "{name} is a valid catalog"
        );
        group.bench_function(*name, |b| b.iter(|| load(black_box(catalog.as_bytes()))));
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(10)
}

criterion_group! {
    name = benches;
    config = config();
    targets = checks
}
criterion_main!(benches);
