//! `ApiResponse<T>` from a body: `errorId` decides what the rest is.

use serde::de::{self, Deserialize, Deserializer, Unexpected};

use super::content::{Content, ContentDeserializer};
use crate::{ApiError, ApiResponse};

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ApiResponse<T> {
    /// Reads `errorId` first, wherever it stands in the body: 0 gives
    /// [`ApiResponse::Ok`] with the body read as `T`, any other number
    /// [`ApiResponse::Err`] with the body read as [`ApiError`]. A body
    /// without `errorId` is no API response and fails.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let content = Content::deserialize(deserializer)?;
        let Content::Map(entries) = &content else {
            return Err(de::Error::custom(
                "a CapMonster Cloud response is an object with errorId",
            ));
        };
        let error_id = entries
            .iter()
            .find(|(key, _)| key.as_str() == Some("errorId"))
            .map(|(_, value)| value)
            .ok_or_else(|| de::Error::missing_field("errorId"))?;
        let succeeded = match error_id {
            Content::U64(id) => *id == 0,
            Content::I64(id) => *id == 0,
            _ => {
                return Err(de::Error::invalid_type(
                    Unexpected::Other("a value that is not a whole number"),
                    &"errorId as a whole number",
                ));
            }
        };
        let body = ContentDeserializer::<D::Error>::new(content);
        if succeeded {
            T::deserialize(body).map(ApiResponse::Ok)
        } else {
            ApiError::deserialize(body).map(ApiResponse::Err)
        }
    }
}
