//! `ErrorCode::from_code`: one cheap hash, one table read, one comparison.

use crate::ErrorCode;
use crate::fast_hash::{direct_hash, direct_slot, displace, hash, reduce, split, tag};
use crate::generated::{
    LOOKUP_DIRECT_BITS, LOOKUP_DISPLACEMENTS, LOOKUP_SEED, LOOKUP_SLOTS, LOOKUP_TAGS,
};

/// The code whose canonical name or alias is exactly `code`.
///
/// The generator chose the seed (and displacements) so that every known
/// key has a slot of its own; any other string lands on some slot too,
/// empty or holding another key, and the tag or the comparison turns it
/// away. A miss costs no more than a hit.
#[inline]
pub(crate) fn find(code: &str) -> Option<ErrorCode> {
    find_key(code).map(|(_, found)| found)
}

/// As [`find`], with the catalog's own copy of the key that matched.
#[inline]
pub(crate) fn find_key(code: &str) -> Option<(&'static str, ErrorCode)> {
    // A constant: the compiler keeps only the branch of the table's shape.
    let slot = if LOOKUP_DIRECT_BITS > 0 {
        direct_slot(
            direct_hash(code.as_bytes(), LOOKUP_SEED),
            LOOKUP_DIRECT_BITS,
        )
    } else {
        let (bucket, first, second) = split(hash(code.as_bytes(), LOOKUP_SEED));
        let displacement = LOOKUP_DISPLACEMENTS[reduce(bucket, LOOKUP_DISPLACEMENTS.len())];
        let slot = displace(first, second, displacement, LOOKUP_SLOTS.len());
        if LOOKUP_TAGS[slot] != tag(bucket) {
            return None;
        }
        slot
    };
    match LOOKUP_SLOTS[slot] {
        Some((key, found)) if key == code => Some((key, found)),
        _ => None,
    }
}
