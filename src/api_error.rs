//! An error response of the API, parsed, with the server's code kept as sent.

use alloc::string::String;
use core::fmt;
use core::time::Duration;

use serde::Deserialize;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};

use crate::{ErrorCode, Lang, Retry};

/// An error response of the CapMonster Cloud API, such as
/// `{"errorId":1,"errorCode":"ERROR_ZERO_BALANCE","errorDescription":"...","taskId":0}`.
///
/// Parsing never fails because of the code itself: a code this catalog does
/// not know is kept, exactly as sent, in [`raw_code`](ApiError::raw_code),
/// and [`code`](ApiError::code) is `None`. Fields other than `errorId`,
/// `errorCode`, `errorDescription` and `taskId` are ignored.
///
/// Parsing fails, with a message that says why, when `errorId` is 0 (the
/// body reports success), when `errorId` or `errorCode` is missing, or when
/// a field has the wrong type.
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
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ApiError {
    error_id: u64,
    code: Option<ErrorCode>,
    raw_code: String,
    server_description: Option<String>,
    task_id: Option<u64>,
}

impl ApiError {
    /// The code, if this catalog knows it (as a canonical code or an alias).
    pub fn code(&self) -> Option<ErrorCode> {
        self.code
    }

    /// The code exactly as the server sent it, known or not.
    pub fn raw_code(&self) -> &str {
        &self.raw_code
    }

    /// The `errorDescription` the server sent, if any: English text of the
    /// server's own, which may differ from the catalog's.
    pub fn server_description(&self) -> Option<&str> {
        self.server_description.as_deref()
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
        self.code.map_or(Retry::Never, ErrorCode::retry)
    }

    /// Whether trying again can help; `false` for an unknown code.
    pub fn is_retryable(&self) -> bool {
        self.retry().is_retryable()
    }

    /// How long to wait before sending the same request again, where the
    /// catalog says; `None` for an unknown code.
    pub fn retry_after(&self) -> Option<Duration> {
        self.code.and_then(ErrorCode::retry_after)
    }

    /// The one-line message of [`Display`](fmt::Display) in another
    /// language. For a code the catalog does not know, it has no text in
    /// any language but the server's, so the server's description is used.
    pub fn display(&self, lang: Lang) -> impl fmt::Display + '_ {
        Message { error: self, lang }
    }
}

struct Message<'a> {
    error: &'a ApiError,
    lang: Lang,
}

impl fmt::Display for Message<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let error = self.error;
        write_one_line(f, &error.raw_code)?;
        f.write_str(": ")?;
        match (error.code, error.server_description()) {
            (Some(code), _) => f.write_str(code.description(self.lang)),
            (None, Some(text)) if !text.trim().is_empty() => write_one_line(f, text),
            (None, _) => f.write_str("unknown CapMonster Cloud error code"),
        }
    }
}

impl fmt::Display for ApiError {
    /// One line: the code as the server sent it, a colon and a space, then
    /// the catalog's English description, or for an unknown code the
    /// server's description (`unknown CapMonster Cloud error code` when it
    /// sent none). Control characters from the server are escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.display(Lang::En).fmt(f)
    }
}

impl core::error::Error for ApiError {}

/// Writes text from the network with control characters escaped, so that it
/// cannot break a log line.
fn write_one_line(f: &mut fmt::Formatter<'_>, text: &str) -> fmt::Result {
    for c in text.chars() {
        if c.is_control() {
            write!(f, "{}", c.escape_default())?;
        } else {
            write!(f, "{c}")?;
        }
    }
    Ok(())
}

impl<'de> Deserialize<'de> for ApiError {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(BodyVisitor)
    }
}

/// The fields of an error body that mean something here.
enum Field {
    ErrorId,
    ErrorCode,
    ErrorDescription,
    TaskId,
    Other,
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(FieldVisitor)
    }
}

struct FieldVisitor;

impl Visitor<'_> for FieldVisitor {
    type Value = Field;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Field, E> {
        Ok(match name {
            "errorId" => Field::ErrorId,
            "errorCode" => Field::ErrorCode,
            "errorDescription" => Field::ErrorDescription,
            "taskId" => Field::TaskId,
            _ => Field::Other,
        })
    }
}

struct BodyVisitor;

impl<'de> Visitor<'de> for BodyVisitor {
    type Value = ApiError;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a CapMonster Cloud error response: an object with errorId and errorCode")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ApiError, A::Error> {
        let mut error_id: Option<u64> = None;
        let mut raw_code: Option<String> = None;
        let mut server_description: Option<Option<String>> = None;
        let mut task_id: Option<Option<u64>> = None;
        while let Some(field) = map.next_key::<Field>()? {
            match field {
                Field::ErrorId => set(&mut error_id, map.next_value()?, "errorId")?,
                Field::ErrorCode => set(&mut raw_code, map.next_value()?, "errorCode")?,
                Field::ErrorDescription => set(
                    &mut server_description,
                    map.next_value()?,
                    "errorDescription",
                )?,
                Field::TaskId => set(&mut task_id, map.next_value()?, "taskId")?,
                Field::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let error_id = error_id.ok_or_else(|| de::Error::missing_field("errorId"))?;
        if error_id == 0 {
            return Err(de::Error::custom(
                "errorId is 0, which means success: this body is not an error response",
            ));
        }
        let raw_code = raw_code.ok_or_else(|| de::Error::missing_field("errorCode"))?;
        Ok(ApiError {
            error_id,
            code: ErrorCode::from_code(&raw_code),
            raw_code,
            server_description: server_description.flatten(),
            task_id: task_id.flatten().filter(|&id| id != 0),
        })
    }
}

fn set<T, E: de::Error>(slot: &mut Option<T>, value: T, field: &'static str) -> Result<(), E> {
    if slot.replace(value).is_some() {
        return Err(E::duplicate_field(field));
    }
    Ok(())
}
