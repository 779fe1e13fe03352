//! What a client should do after an error.

/// What a client should do when the API answers with an error code.
///
/// The advice comes from errors.toml; see [`ErrorCode::retry`] and
/// [`ErrorCode::retry_after`].
///
/// [`ErrorCode::retry`]: crate::ErrorCode::retry
/// [`ErrorCode::retry_after`]: crate::ErrorCode::retry_after
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
}

impl Retry {
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
}
