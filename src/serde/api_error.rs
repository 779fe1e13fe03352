//! `ApiError` from and to an error body.

use alloc::string::String;
use core::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::{ApiError, ReceivedCode};

impl Serialize for ApiError {
    /// Serializes as the API writes an error body: `errorId`, `errorCode`,
    /// and `errorDescription` and `taskId` where there are any.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = 2
            + usize::from(self.server_description.is_some())
            + usize::from(self.task_id.is_some());
        let mut map = serializer.serialize_map(Some(fields))?;
        map.serialize_entry("errorId", &self.error_id)?;
        map.serialize_entry("errorCode", &self.code)?;
        if let Some(description) = &self.server_description {
            map.serialize_entry("errorDescription", description)?;
        }
        if let Some(task_id) = self.task_id {
            map.serialize_entry("taskId", &task_id)?;
        }
        map.end()
    }
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

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<ApiError, A::Error> {
        error_from_fields(map, None)
    }
}

/// An `ApiError` from the fields of a body; `error_id` when it was read
/// already (by `ApiResponse`, which then gives the other fields only).
// Always inlined: built in place in its caller's result, the error is not
// copied out of a temporary, which measured 5 % of reading a body.
#[inline(always)]
pub(super) fn error_from_fields<'de, A: MapAccess<'de>>(
    mut map: A,
    mut error_id: Option<u64>,
) -> Result<ApiError, A::Error> {
    let mut code: Option<ReceivedCode> = None;
    let mut server_description: Option<Option<String>> = None;
    let mut task_id: Option<TaskId> = None;
    while let Some(field) = map.next_key::<Field>()? {
        match field {
            Field::ErrorId => set(&mut error_id, map.next_value()?, "errorId")?,
            Field::ErrorCode => set(&mut code, map.next_value()?, "errorCode")?,
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
    Ok(ApiError {
        error_id,
        code: code.ok_or_else(|| de::Error::missing_field("errorCode"))?,
        server_description: server_description.flatten(),
        task_id: task_id.and_then(|TaskId(id)| id).filter(|&id| id != 0),
    })
}

fn set<T, E: de::Error>(slot: &mut Option<T>, value: T, field: &'static str) -> Result<(), E> {
    if slot.replace(value).is_some() {
        return Err(E::duplicate_field(field));
    }
    Ok(())
}

/// A `taskId` as servers write it: a number, a string of digits, or `null`.
/// Any other string is no task id, and is dropped rather than failing the
/// whole error body: the code is what matters.
struct TaskId(Option<u64>);

impl<'de> Deserialize<'de> for TaskId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TaskIdVisitor)
    }
}

struct TaskIdVisitor;

impl<'de> Visitor<'de> for TaskIdVisitor {
    type Value = TaskId;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a task id: a number, a string of digits or null")
    }

    fn visit_u64<E: de::Error>(self, id: u64) -> Result<TaskId, E> {
        Ok(TaskId(Some(id)))
    }

    fn visit_i64<E: de::Error>(self, id: i64) -> Result<TaskId, E> {
        Ok(TaskId(u64::try_from(id).ok()))
    }

    fn visit_str<E: de::Error>(self, id: &str) -> Result<TaskId, E> {
        Ok(TaskId(id.trim().parse().ok()))
    }

    fn visit_none<E: de::Error>(self) -> Result<TaskId, E> {
        Ok(TaskId(None))
    }

    fn visit_unit<E: de::Error>(self) -> Result<TaskId, E> {
        Ok(TaskId(None))
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<TaskId, D::Error> {
        deserializer.deserialize_any(self)
    }
}
