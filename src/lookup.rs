//! `ErrorCode::from_code`: one cheap hash, one table read, one comparison.

use crate::ErrorCode;
use crate::fast_hash::{displace, hash, reduce, split};
use crate::generated::{LOOKUP_DISPLACEMENTS, LOOKUP_SEED, LOOKUP_SLOTS};

/// The code whose canonical name or alias is exactly `code`.
///
/// The generator chose the seed and displacements so that every known key
/// has a slot of its own; any other string lands on some slot too, empty or
/// holding another key, and the comparison turns it away. A miss costs no
/// more than a hit.
#[inline]
pub(crate) fn find(code: &str) -> Option<ErrorCode> {
    find_key(code).map(|(_, found)| found)
}

/// As [`find`], with the catalog's own copy of the key that matched.
#[inline]
pub(crate) fn find_key(code: &str) -> Option<(&'static str, ErrorCode)> {
    let (bucket, first, second) = split(hash(code.as_bytes(), LOOKUP_SEED));
    let displacement = LOOKUP_DISPLACEMENTS[reduce(bucket, LOOKUP_DISPLACEMENTS.len())];
    match LOOKUP_SLOTS[displace(first, second, displacement, LOOKUP_SLOTS.len())] {
        Some((key, found)) if key == code => Some((key, found)),
        _ => None,
    }
}
