//! A response of the API that may be a result or an error.

use crate::ApiError;

/// A response body of the CapMonster Cloud API: `T` when `errorId` is 0,
/// an [`ApiError`] otherwise. `errorId` alone decides, wherever it stands
/// in the body, so a body with a non-zero `errorId` is never `Ok`, however
/// well its other fields would fit `T`.
///
/// This is the type to deserialize a response into. The obvious
/// `#[serde(untagged)] enum { Err(ApiError), Ok(T) }` is a trap: a body such
/// as `{"errorId":1,"taskId":0}` is not a valid `ApiError` (no code), so it
/// falls through to `T` and reads as a successful task with id 0.
///
/// ```
/// use capmonster_errors::ApiResponse;
/// use serde::Deserialize;
///
/// #[derive(Debug, Deserialize)]
/// struct Created {
///     #[serde(rename = "taskId")]
///     task_id: u64,
/// }
///
/// let ok: ApiResponse<Created> = serde_json::from_str(r#"{"errorId":0,"taskId":7}"#).unwrap();
/// assert_eq!(ok.into_result().unwrap().task_id, 7);
///
/// let error: ApiResponse<Created> =
///     serde_json::from_str(r#"{"taskId":0,"errorId":1,"errorCode":"ERROR_ZERO_BALANCE"}"#).unwrap();
/// assert_eq!(error.into_result().unwrap_err().raw_code(), "ERROR_ZERO_BALANCE");
///
/// // No code: not an error the crate can name, and certainly not a success.
/// let odd = serde_json::from_str::<ApiResponse<Created>>(r#"{"errorId":1,"taskId":0}"#);
/// assert!(odd.is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ApiResponse<T> {
    /// `errorId` was 0: the body, read as `T`.
    Ok(T),
    /// `errorId` was not 0: the body, read as an error.
    Err(ApiError),
}

impl<T> ApiResponse<T> {
    /// The result as a `Result`, to use `?` on.
    pub fn into_result(self) -> Result<T, ApiError> {
        match self {
            ApiResponse::Ok(value) => Ok(value),
            ApiResponse::Err(error) => Err(error),
        }
    }
}

impl<T> From<ApiResponse<T>> for Result<T, ApiError> {
    fn from(response: ApiResponse<T>) -> Self {
        response.into_result()
    }
}
