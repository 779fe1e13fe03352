//! Finding the parameters of `ErrorCode::from_code`'s perfect-hash table,
//! using the cheap hash of `src/fast_hash.rs`. Two shapes, one lookup:
//!
//! - a few keys: one bucket and a table four times their number, with a
//!   seed under which no two keys share a slot. A lookup is a hash, a read
//!   and a comparison; the bucket's displacement is a constant.
//! - more keys: a slot per key, and for each bucket of about four keys a
//!   displacement that puts each in a slot of its own ("hash, displace and
//!   compress").

use crate::fast_hash;

/// Keys per bucket, on average: fewer buckets make a smaller table of
/// displacements but a longer search.
const KEYS_PER_BUCKET: usize = 4;

/// How many seeds to try for the one-bucket shape before taking the other.
const DIRECT_SEEDS: u64 = 8192;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerfectHash {
    pub seed: u64,
    /// One per bucket, indexed by `reduce(bucket_hash, displacements.len())`.
    pub displacements: Vec<(u32, u32)>,
    /// For each slot, the index in `keys` of the key that lands there, if any.
    pub slots: Vec<Option<usize>>,
}

impl PerfectHash {
    /// The slot `key` lands in, computed as the library's lookup does.
    pub fn slot(&self, key: &str) -> usize {
        let (bucket, first, second) = fast_hash::split(fast_hash::hash(key.as_bytes(), self.seed));
        let displacement = self.displacements[fast_hash::reduce(bucket, self.displacements.len())];
        fast_hash::displace(first, second, displacement, self.slots.len())
    }
}

/// The table for `keys`, which must be distinct. Deterministic: the same
/// keys always give the same table.
pub fn build(keys: &[&str]) -> PerfectHash {
    (0..DIRECT_SEEDS)
        .map(seed_number)
        .find_map(|seed| try_direct(keys, seed))
        .or_else(|| {
            (0u64..)
                .map(seed_number)
                .find_map(|seed| try_seed(keys, seed))
        })
        .expect("some seed separates distinct keys")
}

/// One bucket: every key in its own slot of a table four times as large,
/// or `None` if two share one under `seed`.
fn try_direct(keys: &[&str], seed: u64) -> Option<PerfectHash> {
    let len = (keys.len() * 4).next_power_of_two();
    let mut slots = vec![None; len];
    for (index, key) in keys.iter().enumerate() {
        let (_, first, second) = fast_hash::split(fast_hash::hash(key.as_bytes(), seed));
        let slot = &mut slots[fast_hash::displace(first, second, (0, 0), len)];
        if slot.replace(index).is_some() {
            return None;
        }
    }
    Some(PerfectHash {
        seed,
        displacements: vec![(0, 0)],
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

fn try_seed(keys: &[&str], seed: u64) -> Option<PerfectHash> {
    let len = keys.len();
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
    let mut displacements = vec![(0, 0); bucket_count];
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
        displacements[bucket] = found;
        for &key in keys_here {
            let (_, first, second) = parts[key];
            slots[fast_hash::displace(first, second, found, len)] = Some(key);
        }
    }
    Some(PerfectHash {
        seed,
        displacements,
        slots,
    })
}
