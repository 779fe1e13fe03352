//! `ErrorCode::from_code`: one cheap hash, one table read, one comparison.

use crate::ErrorCode;
use crate::fast_hash::{direct_hash, direct_slot, displace, hash, reduce, split, tag_bit, word};
use crate::generated::{LOOKUP_BUCKETS, LOOKUP_DIRECT_BITS, LOOKUP_SEED, LOOKUP_SLOTS};

/// The code whose canonical name or alias is exactly `code`.
///
/// The generator chose the seed (and displacements) so that every known
/// key has a slot of its own; any other string lands on some slot too,
/// empty or holding another key, and the bucket's mask of tags or the
/// comparison turns it away. A miss costs no more than a hit.
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
        let (d1, d2, tags) = LOOKUP_BUCKETS[reduce(bucket, LOOKUP_BUCKETS.len())];
        // Most misses end here, with the one read of the bucket.
        if tags & tag_bit(bucket) == 0 {
            return None;
        }
        displace(first, second, (d1, d2), LOOKUP_SLOTS.len())
    };
    match LOOKUP_SLOTS[slot] {
        Some((key, found)) if same_bytes(key.as_bytes(), code.as_bytes()) => Some((key, found)),
        _ => None,
    }
}

/// `known == code`, without a branch on where they first differ.
///
/// A miss that lands on a known key's slot usually differs from it in the
/// middle (the direct hash reads a key's edges). `memcmp` stops at the
/// first difference, and which of its paths that takes depends on where
/// the difference is: a branch the processor cannot predict, on every such
/// miss. Here every word of the two keys is compared, and the one branch
/// depends on the key's length alone, which a hit and a miss share.
#[inline(always)]
fn same_bytes(known: &[u8], code: &[u8]) -> bool {
    let len = known.len();
    if len != code.len() {
        return false;
    }
    if len < 8 {
        return known == code;
    }
    // The last word overlaps the one before it, rather than a loop over
    // the bytes left.
    let mut difference = word(known, len - 8) ^ word(code, len - 8);
    let mut at = 0;
    while at + 8 < len {
        difference |= word(known, at) ^ word(code, at);
        at += 8;
    }
    difference == 0
}
