// The hash behind `ErrorCode::from_code`'s perfect-hash table.
//
// One file, two users: the generator searches for the table's parameters
// with it at build time, and emits this very text into the library's
// OUT_DIR, which hashes a code with it at run time. Both must hash alike,
// so the file depends on nothing but `core`, and its comments are plain
// ones, since it is included inside a module.
//
// The hash reads the key sixteen bytes at a time, with overlapping reads
// for the rest, and mixes each pair of words with one folded
// 64x64->128-bit multiplication: a code of 17 to 32 bytes costs two
// multiplications, where SipHash, which `phf` uses, needs several rounds.

const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;
const SECOND_MULTIPLIER: u64 = 0xd6e8_feb8_6659_fd93;

/// Multiplies and folds the 128-bit product's halves together, so every
/// input bit reaches many output bits.
#[inline(always)]
const fn fold_multiply(a: u64, b: u64) -> u64 {
    let product = (a as u128).wrapping_mul(b as u128);
    (product as u64) ^ ((product >> 64) as u64)
}

/// The eight bytes at `at`, little-endian.
#[inline(always)]
pub(crate) fn word(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}

/// The four bytes at `at`, little-endian.
#[inline(always)]
fn half_word(bytes: &[u8], at: usize) -> u64 {
    let mut half = [0; 4];
    half.copy_from_slice(&bytes[at..at + 4]);
    u64::from(u32::from_le_bytes(half))
}

/// A 64-bit hash of `bytes` under `seed`. Every byte is read: short keys
/// through two reads that overlap, longer ones sixteen bytes at a time and
/// then their last sixteen.
#[inline]
pub(crate) fn hash(bytes: &[u8], seed: u64) -> u64 {
    let len = bytes.len();
    let mut state = seed ^ (len as u64).wrapping_mul(MULTIPLIER);
    let (a, b) = if len <= 16 {
        edges(bytes)
    } else {
        let mut at = 0;
        while at + 16 < len {
            state = fold_multiply(word(bytes, at) ^ MULTIPLIER, word(bytes, at + 8) ^ state);
            at += 16;
        }
        (word(bytes, len - 16), word(bytes, len - 8))
    };
    fold_multiply(a ^ MULTIPLIER, b ^ state)
}

/// A key's first and last bytes as two words: for a key of up to sixteen
/// bytes every byte, through reads that overlap; for a longer one its
/// first and last eight.
#[inline(always)]
fn edges(bytes: &[u8]) -> (u64, u64) {
    let len = bytes.len();
    match len {
        0 => (0, 0),
        1..=3 => {
            let spread = u64::from(bytes[0]) << 16
                | u64::from(bytes[len / 2]) << 8
                | u64::from(bytes[len - 1]);
            (spread, 0)
        }
        4..=7 => (half_word(bytes, 0), half_word(bytes, len - 4)),
        _ => (word(bytes, 0), word(bytes, len - 8)),
    }
}

/// The three numbers a table lookup needs from one hash: the bucket's and
/// two for the displacement, the third from one more multiplication so it
/// does not repeat the others' bits.
#[inline(always)]
pub(crate) const fn split(hash: u64) -> (u32, u32, u32) {
    let bucket = (hash >> 32) as u32;
    let first = hash as u32;
    let second = fold_multiply(hash, SECOND_MULTIPLIER) as u32;
    (bucket, first, second)
}

/// Maps `value` onto `0..len` by multiplying instead of dividing.
#[inline(always)]
pub(crate) const fn reduce(value: u32, len: usize) -> usize {
    ((value as u64 * len as u64) >> 32) as usize
}

/// The slot a key lands in, given its hash's parts and its bucket's
/// displacement.
///
/// `reduce` keeps the high bits, so consecutive values of `d2` are spread
/// over the whole 32-bit range (a Weyl sequence): otherwise the search for
/// displacements would try the same slot again and again.
#[inline(always)]
pub(crate) const fn displace(
    first: u32,
    second: u32,
    displacement: (u32, u32),
    len: usize,
) -> usize {
    const SPREAD: u32 = 0x9e37_79b9;
    let (d1, d2) = displacement;
    let value = second
        .wrapping_add(first.wrapping_mul(d1))
        .wrapping_add(d2.wrapping_mul(SPREAD));
    reduce(value, len)
}

/// The hash of the direct table, for a few dozen keys: the key's first and
/// last eight bytes (fewer for a shorter key) and its length, mixed by one
/// multiplication with a seed the generator searched for, so that every
/// key lands in a slot of its own. Keys that differ only in their middle
/// collide under every seed; the generator then takes the other shape.
#[inline(always)]
pub(crate) fn direct_hash(bytes: &[u8], seed: u64) -> u64 {
    let (a, b) = edges(bytes);
    (a ^ b.rotate_left(29) ^ (bytes.len() as u64).wrapping_mul(MULTIPLIER)).wrapping_mul(seed)
}

/// The slot of a [`direct_hash`] in a table of `1 << bits` slots: the
/// product's high bits, the best mixed.
#[inline(always)]
pub(crate) const fn direct_slot(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// The bit a key sets in its bucket's mask of tags: a miss whose bit is
/// not set in the mask of the bucket it lands in is turned away with the
/// one read that fetched the bucket, before the slot or the key is read.
/// The bucket's low bits: `reduce` reads its high ones.
#[inline(always)]
pub(crate) const fn tag_bit(bucket: u32) -> u64 {
    1 << (bucket & 63)
}
