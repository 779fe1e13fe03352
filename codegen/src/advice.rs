//! What a client should do after an error, in words: the one place the
//! advice is phrased, for the rustdoc of each variant, the crate's table of
//! codes and `ErrorCode::advice`, which the command-line tool prints.

use crate::catalog::{Entry, Retry};

/// One sentence, without a final stop, for an entry's `retry` and
/// `retry_after_ms`.
pub fn sentence(entry: &Entry) -> String {
    match (entry.retry, entry.retry_after_ms) {
        (Retry::Never, _) => "do not retry: a person must fix the cause first".to_string(),
        (Retry::SameRequest, Some(ms)) => format!("send the same request again after {ms} ms"),
        (Retry::SameRequest, None) => {
            "send the same request again later, backing off between attempts".to_string()
        }
        (Retry::NewTask, _) => "this task is lost; create a new task".to_string(),
    }
}
