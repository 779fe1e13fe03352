//! Finding the parameters of `ErrorCode::from_code`'s perfect-hash table,
//! using the hashes of `src/fast_hash.rs`. Two shapes:
//!
//! - direct, for a few dozen keys: a table of at least four slots per key,
//!   and a seed under which the one-multiplication `direct_hash` puts every
//!   key in a slot of its own. A lookup is two reads of the key, a
//!   multiplication, a read of the table and a comparison.
//! - displaced, for more keys or keys the direct hash cannot tell apart: a
//!   slot per key, and for each bucket of about four keys a displacement
//!   that puts each in a slot of its own ("hash, displace and compress"),
//!   stored beside a 64-bit mask of its keys' tag bits, which turns most
//!   misses away with the one read of the bucket.

use super::fast_hash;

/// Keys per bucket, on average: fewer buckets make a smaller table of
/// displacements but a longer search.
const KEYS_PER_BUCKET: usize = 4;

/// The most keys the direct shape is tried for: beyond, its table of four
/// slots per key outgrows the cache it is meant to stay in.
const DIRECT_KEYS: usize = 64;

/// How many seeds to try for the direct shape before taking the other.
const DIRECT_SEEDS: u64 = 1 << 16;

/// How many seeds to try for the displaced shape. For distinct keys the
/// first seed almost always serves (29 of 30 key sets of 65 to 10,000 keys;
/// the 30th took three): a search past this many means the hash cannot
/// tell the keys apart, and the generator stops rather than search forever.
const DISPLACED_SEEDS: u64 = 256;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerfectHash {
    pub seed: u64,
    pub shape: Shape,
    /// For each slot, the index in `keys` of the key that lands there, if any.
    pub slots: Vec<Option<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// `direct_hash`, a table of `1 << bits` slots.
    Direct { bits: u32 },
    /// `hash`, and per bucket, indexed by `reduce(bucket_hash,
    /// buckets.len())`, its displacement and the mask of its keys' tags.
    Displaced { buckets: Vec<Bucket> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Bucket {
    pub displacement: (u32, u32),
    /// The `tag_bit` of every key in the bucket.
    pub tags: u64,
}

impl PerfectHash {
    /// The slot `key` lands in, computed as the library's lookup does.
    pub fn slot(&self, key: &str) -> usize {
        match &self.shape {
            Shape::Direct { bits } => {
                fast_hash::direct_slot(fast_hash::direct_hash(key.as_bytes(), self.seed), *bits)
            }
            Shape::Displaced { buckets } => {
                let (bucket, first, second) =
                    fast_hash::split(fast_hash::hash(key.as_bytes(), self.seed));
                let found = buckets[fast_hash::reduce(bucket, buckets.len())];
                fast_hash::displace(first, second, found.displacement, self.slots.len())
            }
        }
    }

    /// Whether the mask of the bucket `key` lands in lets it on to its slot,
    /// as the library's lookup decides; the direct shape has no masks.
    pub fn tags_admit(&self, key: &str) -> bool {
        match &self.shape {
            Shape::Direct { .. } => true,
            Shape::Displaced { buckets } => {
                let (bucket, _, _) = fast_hash::split(fast_hash::hash(key.as_bytes(), self.seed));
                let found = buckets[fast_hash::reduce(bucket, buckets.len())];
                found.tags & fast_hash::tag_bit(bucket) != 0
            }
        }
    }
}

/// The table for `keys`, which must be distinct. Deterministic: the same
/// keys always give the same table. Panics if no seed of the first
/// `DISPLACED_SEEDS` (256) separates them, which only a broken hash can cause.
pub fn build(keys: &[&str]) -> PerfectHash {
    let direct = (keys.len() <= DIRECT_KEYS)
        .then(|| {
            (0..DIRECT_SEEDS)
                .map(seed_number)
                .find_map(|seed| try_direct(keys, seed | 1))
        })
        .flatten();
    direct
        .or_else(|| {
            (0..DISPLACED_SEEDS)
                .map(seed_number)
                .find_map(|seed| try_displaced(keys, seed))
        })
        .expect("no seed separates the keys: the hash cannot tell them apart")
}

/// Every key in its own slot of a table at least four times as large, or
/// `None` if two share one under `seed` (odd, so that the multiplication
/// loses no bit).
fn try_direct(keys: &[&str], seed: u64) -> Option<PerfectHash> {
    let len = (keys.len() * 4).next_power_of_two().max(2);
    let bits = len.trailing_zeros();
    let mut slots = vec![None; len];
    for (index, key) in keys.iter().enumerate() {
        let hash = fast_hash::direct_hash(key.as_bytes(), seed);
        let slot = &mut slots[fast_hash::direct_slot(hash, bits)];
        if slot.replace(index).is_some() {
            return None;
        }
    }
    Some(PerfectHash {
        seed,
        shape: Shape::Direct { bits },
        slots,
    })
}

/// The `attempt`-th seed: a fixed sequence, so builds are reproducible.
fn seed_number(attempt: u64) -> u64 {
    let mut z = attempt.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn try_displaced(keys: &[&str], seed: u64) -> Option<PerfectHash> {
    let len = keys.len().max(1);
    let bucket_count = len.div_ceil(KEYS_PER_BUCKET);
    let parts: Vec<(u32, u32, u32)> = keys
        .iter()
        .map(|key| fast_hash::split(fast_hash::hash(key.as_bytes(), seed)))
        .collect();
    let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); bucket_count];
    for (key, &(bucket, _, _)) in parts.iter().enumerate() {
        buckets[fast_hash::reduce(bucket, bucket_count)].push(key);
    }
    // The fullest buckets first, while most slots are free.
    let mut order: Vec<usize> = (0..bucket_count).collect();
    order.sort_by_key(|&bucket| (std::cmp::Reverse(buckets[bucket].len()), bucket));

    let mut slots: Vec<Option<usize>> = vec![None; len];
    let mut found_buckets = vec![Bucket::default(); bucket_count];
    let mut tried = Vec::with_capacity(KEYS_PER_BUCKET * 4);
    for bucket in order {
        let keys_here = &buckets[bucket];
        if keys_here.is_empty() {
            continue;
        }
        let found = (0..len as u32)
            .flat_map(|d1| (0..len as u32).map(move |d2| (d1, d2)))
            .find(|&displacement| {
                tried.clear();
                for &key in keys_here {
                    let (_, first, second) = parts[key];
                    let slot = fast_hash::displace(first, second, displacement, len);
                    if slots[slot].is_some() || tried.contains(&slot) {
                        return false;
                    }
                    tried.push(slot);
                }
                true
            })?;
        let mut tags = 0;
        for &key in keys_here {
            let (bucket_hash, first, second) = parts[key];
            slots[fast_hash::displace(first, second, found, len)] = Some(key);
            tags |= fast_hash::tag_bit(bucket_hash);
        }
        found_buckets[bucket] = Bucket {
            displacement: found,
            tags,
        };
    }
    Some(PerfectHash {
        seed,
        shape: Shape::Displaced {
            buckets: found_buckets,
        },
        slots,
    })
}
