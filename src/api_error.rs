//! An error response of the API, parsed, with the server's code kept as sent.

use alloc::string::String;
use core::fmt;
use core::time::Duration;

use crate::{ErrorCode, Lang, ReceivedCode, Retry};

/// An error response of the CapMonster Cloud API, such as
/// `{"errorId":1,"errorCode":"ERROR_ZERO_BALANCE","errorDescription":"...","taskId":0}`.
///
/// Parsing never fails because of the code itself: a code this catalog does
/// not know is kept, exactly as sent, in [`received_code`](ApiError::received_code),
/// and [`code`](ApiError::code) is `None`. Fields other than `errorId`,
/// `errorCode`, `errorDescription` and `taskId` are ignored; `taskId` may
/// be a number, a string of digits or `null`, and `errorDescription` text or
/// `null`.
///
/// Parsing fails, with a message that says why, when `errorId` is 0 (the
/// body reports success), when `errorId` or `errorCode` is missing, or when
/// a field has the wrong type. To read a body that may be either, use
/// `ApiResponse` (with the `serde` feature).
///
/// ```
/// use capmonster_errors::{ApiError, ErrorCode};
///
/// let body = r#"{"errorId":1,"errorCode":"ERROR_ZERO_BALANCE","taskId":0}"#;
/// let error: ApiError = serde_json::from_str(body).unwrap();
/// assert_eq!(error.code(), Some(ErrorCode::ZeroBalance));
/// assert_eq!(error.retry(), ErrorCode::ZeroBalance.retry());
///
/// let body = r#"{"errorId":1,"errorCode":"ERROR_FROM_2030","errorDescription":"New"}"#;
/// let error: ApiError = serde_json::from_str(body).unwrap();
/// assert_eq!(error.code(), None);
/// assert_eq!(error.raw_code(), "ERROR_FROM_2030");
/// assert_eq!(error.to_string(), "ERROR_FROM_2030: New");
/// ```
///
/// Without JSON, for tests:
///
/// ```
/// use capmonster_errors::{ApiError, ErrorCode};
///
/// let error = ApiError::new(ErrorCode::CaptchaNotReady).with_task_id(7);
/// assert_eq!(error.task_id(), Some(7));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ApiError {
    pub(crate) error_id: u64,
    pub(crate) code: ReceivedCode,
    pub(crate) server_description: Option<String>,
    pub(crate) task_id: Option<u64>,
}

impl ApiError {
    /// An error with `code` (an [`ErrorCode`], a [`ReceivedCode`] or the
    /// code's string), `errorId` 1, and no description or task.
    pub fn new(code: impl Into<ReceivedCode>) -> Self {
        ApiError {
            error_id: 1,
            code: code.into(),
            server_description: None,
            task_id: None,
        }
    }

    /// The same error with the server's `errorDescription`.
    pub fn with_description(mut self, description: impl Into<String>) -> Self {
        self.server_description = Some(description.into());
        self
    }

    /// The same error about the task `task_id`; 0 means no task.
    pub fn with_task_id(mut self, task_id: u64) -> Self {
        self.task_id = Some(task_id).filter(|&id| id != 0);
        self
    }

    /// The same error with another `errorId`; 0, which means success, is
    /// taken as 1.
    pub fn with_error_id(mut self, error_id: u64) -> Self {
        self.error_id = error_id.max(1);
        self
    }

    /// The code, if this catalog knows it (as a canonical code or an alias).
    pub fn code(&self) -> Option<ErrorCode> {
        self.code.known()
    }

    /// The code as the server sent it, known or not.
    pub fn received_code(&self) -> &ReceivedCode {
        &self.code
    }

    /// The code exactly as the server sent it, known or not.
    pub fn raw_code(&self) -> &str {
        self.code.as_str()
    }

    /// The `errorDescription` the server sent, if any: text of the server's
    /// own, which may differ from the catalog's. Where a code's description
    /// speaks of the response's `errorDescription`, it means this: the server
    /// says there what only it knows, such as which fields of the task to
    /// fix. `Display` shows the catalog's text for a known code, so log this
    /// beside it.
    pub fn server_description(&self) -> Option<&str> {
        self.server_description.as_deref()
    }

    /// [`server_description`](ApiError::server_description) made safe for
    /// one line of a log or a terminal, as `Display` writes it: controls,
    /// line separators and direction overrides are escaped. `None` when the
    /// server sent no description, or only spaces.
    ///
    /// ```
    /// use capmonster_errors::ApiError;
    ///
    /// let error = ApiError::new("ERROR_INVALID_TASK").with_description("bad\nfield");
    /// let line = error.server_description_line().unwrap();
    /// assert_eq!(line.to_string(), r"bad\nfield");
    /// ```
    pub fn server_description_line(&self) -> Option<impl fmt::Display + '_> {
        self.server_description
            .as_deref()
            .filter(|text| !text.trim().is_empty())
            .map(OneLine)
    }

    /// The `errorId`, never 0.
    pub fn error_id(&self) -> u64 {
        self.error_id
    }

    /// The `taskId`, when the body names a task: `None` when it is absent,
    /// `null` or 0.
    pub fn task_id(&self) -> Option<u64> {
        self.task_id
    }

    /// What to do next: the code's advice, or [`Retry::Never`] for a code
    /// this catalog does not know, since nothing says a retry can help.
    pub fn retry(&self) -> Retry {
        self.code.retry()
    }

    /// Whether trying again can help; `false` for an unknown code.
    pub fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }

    /// What to do next in words, in `lang`: the code's advice, or for a
    /// code this catalog does not know, to give up and keep the code and
    /// the server's description (see [`ReceivedCode::advice`]).
    pub fn advice(&self, lang: Lang) -> &'static str {
        self.code.advice(lang)
    }

    /// How long to wait before sending the same request again, where the
    /// catalog says; `None` for an unknown code.
    pub fn retry_after(&self) -> Option<Duration> {
        self.code.retry_after()
    }

    /// The one-line message of [`Display`](fmt::Display) in another
    /// language. For a code the catalog does not know, it has no text in
    /// any language but the server's, so the server's description is used.
    pub fn display(&self, lang: Lang) -> impl fmt::Display + '_ {
        Message { error: self, lang }
    }
}

/// Text from the server, escaped for one line.
struct OneLine<'a>(&'a str);

impl fmt::Display for OneLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::one_line::write(f, self.0)
    }
}

struct Message<'a> {
    error: &'a ApiError,
    lang: Lang,
}

impl fmt::Display for Message<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let error = self.error;
        write!(f, "{}: ", error.code)?;
        match (error.code(), error.server_description_line()) {
            (Some(code), _) => f.write_str(code.description(self.lang)),
            (None, Some(line)) => line.fmt(f),
            (None, None) => f.write_str("unknown CapMonster Cloud error code"),
        }
    }
}

impl fmt::Display for ApiError {
    /// One line: the code as the server sent it (`(empty error code)` for
    /// an empty string), a colon and a space, then the catalog's English
    /// description, or for an unknown code the server's description
    /// (`unknown CapMonster Cloud error code` when it sent none). Characters
    /// from the server that could break or reorder the line (controls, line
    /// separators, direction overrides) are escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.display(Lang::En).fmt(f)
    }
}

impl core::error::Error for ApiError {}
