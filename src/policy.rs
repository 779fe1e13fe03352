//! What a client does next after an error, attempt by attempt: the polling
//! and retry loop every client of the API needs, with its limits.

use core::time::Duration;

use crate::{ErrorCode, Retry};

/// What to do after a failed attempt, as [`RetryPolicy`] decides it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Next {
    /// Wait this long, then send the same request again (poll the result
    /// again, resend the rate-limited or refused request).
    SameRequestAfter(Duration),
    /// Create a new task for the same captcha data.
    NewTask,
    /// Create a new task from fresh captcha data: a new token or challenge
    /// from the target page. The old data would fail the same way.
    NewTaskWithFreshData,
    /// Stop and report: retrying cannot help, or the attempts allowed for
    /// this kind of retry are used up.
    GiveUp,
}

/// Decides what a client does after each failed attempt, from the
/// catalog's advice and a few limits.
///
/// - [`Retry::SameRequest`]: wait, then send the same request. The wait
///   grows exponentially from [`initial_backoff`](RetryPolicy::initial_backoff)
///   up to [`max_backoff`](RetryPolicy::max_backoff); where the catalog
///   gives a delay ([`ErrorCode::retry_after`]) it is the floor, so a rate
///   limit is never hammered. A random part of up to a quarter is added on
///   top, so that many clients do not retry in step. After
///   [`max_same_request`](RetryPolicy::max_same_request) attempts: give up.
/// - [`Retry::NewTask`] and [`Retry::NewTaskWithFreshData`]: a new task,
///   until [`max_tasks`](RetryPolicy::max_tasks) tasks in all, the first
///   one counted, have failed for one captcha (a captcha no worker can
///   read fails every time); fresh data when the catalog says the old data
///   fails again.
/// - [`Retry::Never`], and a code this catalog does not know: give up.
///
/// HTTP-level failures (a 5xx status, a timeout, a body that is not JSON)
/// carry no code: [`RetryPolicy::next_after_http_failure`] treats them as
/// the same request after a backoff, under the same limit.
///
/// `attempt` counts the attempts of one kind that have failed so far, 1
/// after the first failure: polls of one task for the same request, tasks
/// created for one captcha for a new task.
///
/// ```
/// use core::time::Duration;
/// use capmonster_errors::{ErrorCode, Next, RetryPolicy};
///
/// let policy = RetryPolicy::new();
/// // The catalog's delay is the floor of every wait.
/// for code in ErrorCode::ALL {
///     if let (Next::SameRequestAfter(wait), Some(floor)) = (policy.next(*code, 1), code.retry_after()) {
///         assert!(wait >= floor);
///     }
/// }
/// // A code that cannot be retried stops at once.
/// assert_eq!(policy.next(ErrorCode::ZeroBalance, 1), Next::GiveUp);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RetryPolicy {
    initial_backoff: Duration,
    max_backoff: Duration,
    max_same_request: u32,
    max_tasks: u32,
    jitter_seed: u64,
}

impl RetryPolicy {
    /// The defaults: backoff from 1 s doubling up to 16 s, 60 attempts of
    /// the same request (two minutes of polling at the API's 2 s), 3 tasks
    /// per captcha in all (the first and two new ones), and jitter from
    /// seed 0, the same in every process (see [`RetryPolicy::jitter_seed`]).
    pub const fn new() -> Self {
        RetryPolicy {
            initial_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(16),
            max_same_request: 60,
            max_tasks: 3,
            jitter_seed: 0,
        }
    }

    /// The first wait where the catalog gives no delay; it doubles with
    /// each attempt.
    pub const fn initial_backoff(mut self, wait: Duration) -> Self {
        self.initial_backoff = wait;
        self
    }

    /// The longest wait the backoff grows to (a catalog delay above it
    /// still wins).
    pub const fn max_backoff(mut self, wait: Duration) -> Self {
        self.max_backoff = wait;
        self
    }

    /// How many attempts of the same request may fail before giving up,
    /// the first one counted: `next` answers `SameRequestAfter` after
    /// attempts `1..attempts` and `GiveUp` after attempt `attempts`.
    pub const fn max_same_request(mut self, attempts: u32) -> Self {
        self.max_same_request = attempts;
        self
    }

    /// How many tasks for one captcha may fail before giving up, the first
    /// one counted: `next` answers `NewTask` (or `NewTaskWithFreshData`)
    /// after tasks `1..tasks` and `GiveUp` after task `tasks`, so at most
    /// `tasks - 1` new tasks follow the first. `max_tasks(1)` never creates
    /// a new one.
    pub const fn max_tasks(mut self, tasks: u32) -> Self {
        self.max_tasks = tasks;
        self
    }

    /// [`max_tasks`](RetryPolicy::max_tasks) under its old name, which it
    /// never lived up to: the limit always counted the first task too.
    #[deprecated(
        since = "0.3.0",
        note = "renamed `max_tasks`: the limit counts every task for a captcha, the first one too"
    )]
    pub const fn max_new_tasks(self, tasks: u32) -> Self {
        self.max_tasks(tasks)
    }

    /// The seed of the jitter. Clients that share a seed wait alike; give
    /// each process its own, as [`RetryPolicy::default`] does with `std`.
    pub const fn jitter_seed(mut self, seed: u64) -> Self {
        self.jitter_seed = seed;
        self
    }

    /// What to do after the `attempt`-th failure with `code`.
    pub fn next(&self, code: ErrorCode, attempt: u32) -> Next {
        self.next_for(code.retry(), code.retry_after(), attempt)
    }

    /// What to do after the `attempt`-th failure with an error response;
    /// a code this catalog does not know gives up.
    #[cfg(feature = "alloc")]
    pub fn next_after_error(&self, error: &crate::ApiError, attempt: u32) -> Next {
        self.next_for(error.retry(), error.retry_after(), attempt)
    }

    /// What to do after the `attempt`-th failure that carried no error
    /// code: a 5xx status, a timeout, a body that is not JSON. The same
    /// request, after a backoff.
    pub fn next_after_http_failure(&self, attempt: u32) -> Next {
        self.next_for(Retry::SameRequest, None, attempt)
    }

    /// What to do for advice `retry`, with the catalog's delay if any.
    pub fn next_for(&self, retry: Retry, retry_after: Option<Duration>, attempt: u32) -> Next {
        match retry {
            Retry::SameRequest if attempt < self.max_same_request => {
                Next::SameRequestAfter(self.wait(retry_after, attempt))
            }
            Retry::NewTask if attempt < self.max_tasks => Next::NewTask,
            Retry::NewTaskWithFreshData if attempt < self.max_tasks => Next::NewTaskWithFreshData,
            _ => Next::GiveUp,
        }
    }

    /// The wait before the same request again: the backoff for `attempt`,
    /// no less than the catalog's delay, plus up to a quarter of jitter.
    pub fn wait(&self, retry_after: Option<Duration>, attempt: u32) -> Duration {
        let doublings = attempt.saturating_sub(1).min(31);
        let backoff = self
            .initial_backoff
            .saturating_mul(1 << doublings)
            .min(self.max_backoff);
        let base = retry_after.map_or(backoff, |floor| backoff.max(floor));
        base + base.mul_f64(0.25 * self.jitter(attempt))
    }

    /// A number in `[0, 1)` for `attempt`, from the seed (splitmix64).
    fn jitter(&self, attempt: u32) -> f64 {
        let mut z = self
            .jitter_seed
            .wrapping_add(u64::from(attempt).wrapping_mul(0x9e37_79b9_7f4a_7c15));
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}

impl Default for RetryPolicy {
    /// [`RetryPolicy::new`]; with the `std` feature, its jitter seeded at
    /// random, so that processes do not retry in step.
    fn default() -> Self {
        #[cfg(feature = "std")]
        {
            use std::hash::{BuildHasher, Hasher};
            let seed = std::collections::hash_map::RandomState::new()
                .build_hasher()
                .finish();
            RetryPolicy::new().jitter_seed(seed)
        }
        #[cfg(not(feature = "std"))]
        RetryPolicy::new()
    }
}

#[cfg(test)]
mod tests {
    use super::RetryPolicy;

    /// The jitter is what its documentation says, SplitMix64: attempt `n`
    /// draws the `n`-th output of the generator started at the seed. The
    /// outputs are the algorithm's published reference values (Vigna's
    /// `splitmix64.c` from state 0, and the stream from 1234567 that
    /// Java's `SplittableRandom` is checked against). Its spread, mean and
    /// independence across seeds are held by the property tests of
    /// `tests/policy.rs`; this pins the mixing steps those cannot see.
    #[test]
    fn the_jitter_is_splitmix64() {
        let streams: [(u64, [u64; 3]); 2] = [
            (
                0,
                [0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f],
            ),
            (
                1_234_567,
                [
                    6457827717110365317,
                    3203168211198807973,
                    9817491932198370423,
                ],
            ),
        ];
        for (seed, outputs) in streams {
            let policy = RetryPolicy::new().jitter_seed(seed);
            for (attempt, output) in (1..).zip(outputs) {
                let expected = (output >> 11) as f64 / (1u64 << 53) as f64;
                assert_eq!(
                    policy.jitter(attempt),
                    expected,
                    "seed {seed}, attempt {attempt}"
                );
            }
        }
    }
}
