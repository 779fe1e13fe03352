//! `RetryPolicy`, kind of advice by kind of advice, with the waits it
//! gives over attempts.

use core::time::Duration;

use capmonster_errors::{ErrorCode, Next, Retry, RetryPolicy};

const SECOND: Duration = Duration::from_secs(1);

/// The waits for attempts 1, 2, ... until the policy gives up.
fn waits(policy: &RetryPolicy, retry_after: Option<Duration>) -> Vec<Duration> {
    (1..)
        .map_while(
            |attempt| match policy.next_for(Retry::SameRequest, retry_after, attempt) {
                Next::SameRequestAfter(wait) => Some(wait),
                Next::GiveUp => None,
                other => panic!("attempt {attempt}: {other:?}"),
            },
        )
        .collect()
}

/// `wait` is `base` plus at most a quarter of it.
fn assert_jittered(wait: Duration, base: Duration) {
    assert!(
        wait >= base && wait < base + base / 4,
        "{wait:?} for {base:?}"
    );
}

#[test]
fn without_a_delay_the_same_request_backs_off_doubling_to_the_cap() {
    let policy = RetryPolicy::new().max_same_request(8);
    let waits = waits(&policy, None);
    assert_eq!(waits.len(), 7, "the 8th failure gives up");
    for (wait, base) in waits.iter().zip([1, 2, 4, 8, 16, 16, 16]) {
        assert_jittered(*wait, SECOND * base);
    }
}

#[test]
fn the_catalogs_delay_is_a_floor_under_the_backoff() {
    let floor = Duration::from_millis(2500);
    let waits = waits(&RetryPolicy::new().max_same_request(6), Some(floor));
    for (wait, base) in waits.iter().zip([2.5, 2.5, 4.0, 8.0, 16.0]) {
        assert_jittered(*wait, Duration::from_secs_f64(base));
    }
    // Above the backoff's cap, the catalog's delay still wins.
    let long = Duration::from_secs(60);
    for wait in self::waits(&RetryPolicy::new().max_same_request(4), Some(long)) {
        assert_jittered(wait, long);
    }
}

/// What the policy answers for `retry` after attempts 1 to `last`.
fn answers(policy: &RetryPolicy, retry: Retry, last: u32) -> Vec<Next> {
    (1..=last)
        .map(|attempt| policy.next_for(retry, None, attempt))
        .collect()
}

#[test]
fn max_tasks_counts_every_task_the_first_one_too() {
    for (retry, new_task) in [
        (Retry::NewTask, Next::NewTask),
        (Retry::NewTaskWithFreshData, Next::NewTaskWithFreshData),
    ] {
        for tasks in 1..=5 {
            let policy = RetryPolicy::new().max_tasks(tasks);
            // Task `tasks` is the last: after it fails, give up.
            let mut expected = vec![new_task; tasks as usize - 1];
            expected.extend([Next::GiveUp; 3]);
            assert_eq!(
                answers(&policy, retry, tasks + 2),
                expected,
                "{retry:?}, max_tasks({tasks})"
            );
        }
        // The default: three tasks in all, two of them new.
        assert_eq!(
            answers(&RetryPolicy::new(), retry, 4),
            [new_task, new_task, Next::GiveUp, Next::GiveUp],
            "{retry:?}"
        );
    }
}

#[test]
#[allow(deprecated)]
fn the_old_name_of_max_tasks_sets_the_same_limit() {
    for tasks in [1, 2, 7] {
        assert_eq!(
            RetryPolicy::new().max_new_tasks(tasks),
            RetryPolicy::new().max_tasks(tasks)
        );
    }
}

#[test]
fn stale_data_is_never_resubmitted() {
    let policy = RetryPolicy::new().max_tasks(u32::MAX);
    for attempt in 1..=10 {
        let next = policy.next_for(Retry::NewTaskWithFreshData, None, attempt);
        assert_eq!(next, Next::NewTaskWithFreshData, "attempt {attempt}");
    }
    for &code in ErrorCode::ALL {
        if code.retry() == Retry::NewTaskWithFreshData {
            assert_eq!(policy.next(code, 1), Next::NewTaskWithFreshData, "{code:?}");
        }
    }
}

#[test]
fn never_means_give_up_at_once() {
    let policy = RetryPolicy::new();
    assert_eq!(policy.next_for(Retry::Never, None, 1), Next::GiveUp);
    for &code in ErrorCode::ALL {
        if code.retry() == Retry::Never {
            assert_eq!(policy.next(code, 1), Next::GiveUp, "{code:?}");
        }
    }
}

#[test]
fn every_code_follows_its_advice() {
    let policy = RetryPolicy::new();
    for &code in ErrorCode::ALL {
        let next = policy.next(code, 1);
        match code.retry() {
            Retry::SameRequest => {
                let Next::SameRequestAfter(wait) = next else {
                    panic!("{code:?}: {next:?}")
                };
                assert!(wait >= code.retry_after().unwrap_or(SECOND), "{code:?}");
            }
            Retry::NewTask => assert_eq!(next, Next::NewTask, "{code:?}"),
            Retry::NewTaskWithFreshData => assert_eq!(next, Next::NewTaskWithFreshData),
            _ => assert_eq!(next, Next::GiveUp, "{code:?}"),
        }
    }
}

#[test]
fn http_failures_are_the_same_request_after_a_backoff() {
    let policy = RetryPolicy::new().max_same_request(3);
    assert!(
        matches!(policy.next_after_http_failure(1), Next::SameRequestAfter(wait) if wait >= SECOND)
    );
    assert!(
        matches!(policy.next_after_http_failure(2), Next::SameRequestAfter(wait) if wait >= 2 * SECOND)
    );
    assert_eq!(policy.next_after_http_failure(3), Next::GiveUp);
}

#[test]
fn jitter_depends_on_the_seed_alone() {
    let seeded = |seed| {
        waits(
            &RetryPolicy::new().jitter_seed(seed).max_same_request(10),
            None,
        )
    };
    assert_eq!(seeded(7), seeded(7));
    assert_ne!(seeded(7), seeded(8));
    // With std, each default policy draws its own seed.
    let first = waits(&RetryPolicy::default().max_same_request(10), None);
    let second = waits(&RetryPolicy::default().max_same_request(10), None);
    assert_ne!(first, second);
}

/// The jitter of `seed` at `attempt`, as a fraction of the quarter it may
/// add: the wait is `base` plus that fraction of a quarter of it, on a
/// policy whose backoff stays at `base`, long enough that a nanosecond
/// is a fine step.
fn jitter(seed: u64, attempt: u32) -> f64 {
    let base = 1000 * SECOND;
    let policy = RetryPolicy::new()
        .jitter_seed(seed)
        .initial_backoff(base)
        .max_backoff(base);
    let extra = policy.wait(None, attempt) - base;
    extra.as_secs_f64() / (base.as_secs_f64() / 4.0)
}

/// Many seeds and attempts: the draws a fleet of clients makes.
fn draws() -> Vec<f64> {
    (0..64u64)
        .map(|seed| seed.wrapping_mul(0x2545_f491_4f6c_dd1d))
        .flat_map(|seed| (1..=64).map(move |attempt| jitter(seed, attempt)))
        .collect()
}

// Jitter exists so that clients that fail together do not retry together:
// its draws must look like a uniform draw over its whole range.
#[test]
fn jitter_spreads_like_a_uniform_draw() {
    let draws = draws();
    let count = draws.len() as f64;
    assert!(draws.iter().all(|&draw| (0.0..1.0).contains(&draw)));
    // A uniform draw on [0, 1) has mean 1/2 and variance 1/12; over 4,096
    // draws, the mean's standard error is 0.0045.
    let mean = draws.iter().sum::<f64>() / count;
    let variance = draws.iter().map(|draw| (draw - mean).powi(2)).sum::<f64>() / count;
    assert!((mean - 0.5).abs() < 0.02, "mean {mean}");
    assert!((variance - 1.0 / 12.0).abs() < 0.01, "variance {variance}");
    // Every tenth of the range gets its share, within a fifth.
    let mut tenths = [0usize; 10];
    for draw in &draws {
        tenths[(draw * 10.0) as usize] += 1;
    }
    let share = count / 10.0;
    for (tenth, &hits) in tenths.iter().enumerate() {
        assert!(
            (hits as f64 - share).abs() < share / 5.0,
            "tenth {tenth}: {hits} draws of {count}: {tenths:?}"
        );
    }
}

#[test]
fn clients_with_different_seeds_retry_at_different_moments() {
    // Two clients that fail at the same moment: with different seeds, their
    // waits differ at nearly every attempt, and by more than a hair.
    for seed in 0..64u64 {
        let apart = (1..=32)
            .filter(|&attempt| (jitter(seed, attempt) - jitter(seed + 1, attempt)).abs() > 0.01)
            .count();
        assert!(apart >= 28, "seeds {seed} and {}: {apart} of 32", seed + 1);
    }
    // A fleet at one attempt: no two of 4,096 seeds draw the same wait.
    let mut first: Vec<f64> = (0..4096u64).map(|seed| jitter(seed, 1)).collect();
    first.sort_by(f64::total_cmp);
    assert!(first.windows(2).all(|pair| pair[0] < pair[1]));
}

#[cfg(feature = "serde")]
#[test]
fn an_error_response_is_judged_by_its_code() {
    use capmonster_errors::ApiError;

    let policy = RetryPolicy::new();
    for &code in ErrorCode::ALL {
        assert_eq!(
            policy.next_after_error(&ApiError::new(code), 1),
            policy.next(code, 1)
        );
    }
    // A code this version does not know: nothing says a retry can help.
    let unknown = ApiError::new("ERROR_FROM_2030");
    assert_eq!(policy.next_after_error(&unknown, 1), Next::GiveUp);
}
