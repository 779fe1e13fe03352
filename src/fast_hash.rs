//! The hash behind `ErrorCode::from_code`'s perfect-hash table.
//!
//! This file is shared: the library hashes a code with it at run time, and
//! the generator (which includes it by path) searches for the table's
//! parameters with it at build time. Both must hash alike, so it depends on
//! nothing but `core`.
//!
//! The hash reads the key eight bytes at a time and mixes each word in with
//! one folded 64×64→128-bit multiplication: a few nanoseconds for a code,
//! where SipHash, which `phf` uses, needs several times that.

const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;
const SECOND_MULTIPLIER: u64 = 0xd6e8_feb8_6659_fd93;

/// Multiplies and folds the 128-bit product's halves together, so every
/// input bit reaches many output bits.
#[inline(always)]
const fn fold_multiply(a: u64, b: u64) -> u64 {
    let product = (a as u128).wrapping_mul(b as u128);
    (product as u64) ^ ((product >> 64) as u64)
}

/// A 64-bit hash of `bytes` under `seed`.
#[inline]
pub const fn hash(bytes: &[u8], seed: u64) -> u64 {
    let mut state = seed ^ fold_multiply(bytes.len() as u64, MULTIPLIER);
    let mut rest = bytes;
    while let [a, b, c, d, e, f, g, h, tail @ ..] = rest {
        let word = u64::from_le_bytes([*a, *b, *c, *d, *e, *f, *g, *h]);
        state = fold_multiply(state ^ word, MULTIPLIER);
        rest = tail;
    }
    if !rest.is_empty() {
        let mut padded = [0u8; 8];
        let mut index = 0;
        while index < rest.len() {
            padded[index] = rest[index];
            index += 1;
        }
        state = fold_multiply(state ^ u64::from_le_bytes(padded), MULTIPLIER);
    }
    fold_multiply(state, seed | 1)
}

/// The three numbers a table lookup needs from one hash: the bucket's and
/// two for the displacement, the third from one more multiplication so it
/// does not repeat the others' bits.
#[inline(always)]
pub const fn split(hash: u64) -> (u32, u32, u32) {
    let bucket = (hash >> 32) as u32;
    let first = hash as u32;
    let second = fold_multiply(hash, SECOND_MULTIPLIER) as u32;
    (bucket, first, second)
}

/// Maps `value` onto `0..len` by multiplying instead of dividing.
#[inline(always)]
pub const fn reduce(value: u32, len: usize) -> usize {
    ((value as u64 * len as u64) >> 32) as usize
}

/// The slot a key lands in, given its hash's parts and its bucket's
/// displacement.
///
/// `reduce` keeps the high bits, so consecutive values of `d2` are spread
/// over the whole 32-bit range (a Weyl sequence): otherwise the search for
/// displacements would try the same slot again and again.
#[inline(always)]
pub const fn displace(first: u32, second: u32, displacement: (u32, u32), len: usize) -> usize {
    const SPREAD: u32 = 0x9e37_79b9;
    let (d1, d2) = displacement;
    let value = second
        .wrapping_add(first.wrapping_mul(d1))
        .wrapping_add(d2.wrapping_mul(SPREAD));
    reduce(value, len)
}
