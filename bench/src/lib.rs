//! The home of `benches/`: the rivals of `ErrorCode::from_code`, generated
//! from the same catalog as the library, and what the benchmarks share.

use std::time::Duration;

use criterion::Criterion;

/// How every benchmark here is measured: short, so that a whole run of
/// `scripts/bench-lookup.sh` stays within minutes, with enough samples to
/// compare rivals measured side by side.
pub fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
}
