//! What a client should do after an error.

use core::fmt;
use core::str::FromStr;

/// What a client should do when the API answers with an error code.
///
/// The advice comes from errors.toml; see [`ErrorCode::retry`] and
/// [`ErrorCode::retry_after`], and [`RetryPolicy`](crate::RetryPolicy) for
/// a ready loop. It prints and parses as errors.toml writes it
/// (`"same_request"`), and so it serializes with the `serde` feature.
///
/// [`ErrorCode::retry`]: crate::ErrorCode::retry
/// [`ErrorCode::retry_after`]: crate::ErrorCode::retry_after
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Retry {
    /// Do not retry: the request cannot succeed until a person fixes its
    /// cause (the key, the balance, the IP list, the input, the proxy).
    Never,
    /// Send the same request again, after
    /// [`ErrorCode::retry_after`](crate::ErrorCode::retry_after) when it is
    /// given: the service is busy or the result is not ready yet.
    SameRequest,
    /// This task is lost, but a new task for the same captcha may succeed:
    /// create one.
    NewTask,
    /// This task is lost, and a new task with the same data would fail the
    /// same way: create one from fresh captcha data (a new token or
    /// challenge from the target page).
    NewTaskWithFreshData,
}

impl Retry {
    /// Every kind of advice.
    pub const ALL: [Retry; 4] = [
        Retry::Never,
        Retry::SameRequest,
        Retry::NewTask,
        Retry::NewTaskWithFreshData,
    ];

    /// Whether a client may try again at all, by the same request or by a
    /// new task.
    ///
    /// ```
    /// use capmonster_errors::Retry;
    ///
    /// assert!(Retry::NewTask.is_retryable());
    /// assert!(!Retry::Never.is_retryable());
    /// ```
    #[inline]
    pub const fn is_retryable(self) -> bool {
        !matches!(self, Retry::Never)
    }

    /// The advice as errors.toml writes it.
    ///
    /// ```
    /// use capmonster_errors::Retry;
    ///
    /// assert_eq!(Retry::SameRequest.as_str(), "same_request");
    /// assert_eq!("same_request".parse(), Ok(Retry::SameRequest));
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Retry::Never => "never",
            Retry::SameRequest => "same_request",
            Retry::NewTask => "new_task",
            Retry::NewTaskWithFreshData => "new_task_fresh_data",
        }
    }
}

impl fmt::Display for Retry {
    /// Writes [`Retry::as_str`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Retry {
    type Err = UnknownRetry;

    /// The advice [`Retry::as_str`] writes, exactly.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Retry::ALL
            .into_iter()
            .find(|retry| retry.as_str() == text)
            .ok_or(UnknownRetry)
    }
}

/// A string that is not one of [`Retry::as_str`]'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct UnknownRetry;

impl fmt::Display for UnknownRetry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown retry advice; expected one of ")?;
        for (index, retry) in Retry::ALL.iter().enumerate() {
            if index > 0 {
                f.write_str(", ")?;
            }
            write!(f, "\"{retry}\"")?;
        }
        Ok(())
    }
}

impl core::error::Error for UnknownRetry {}
