//! `ErrorCode::from_code` against what a user might pick instead, on the
//! same keys in the same run: the `phf` map `CODES`, a generated `match`,
//! std's `HashMap`, `rustc-hash`'s `FxHashMap`, and a linear scan.
//!
//! Key sets: hits (every code and alias, shuffled), near misses (a key with
//! one byte changed anywhere, same length), middle misses (a key with its
//! middle byte changed: the hardest miss for a hash that reads a key's
//! edges) and random misses. Each iteration looks
//! up every key of the set; divide by the set's size for a lookup's cost
//! (`scripts/bench-report.py` does). Build against a larger catalog with
//! the catalog override of `codegen/src/catalog_override.rs` (see
//! `scripts/bench-lookup.sh`).

use std::collections::HashMap;
use std::hint::black_box;

use capmonster_errors::{CODES, ErrorCode};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rustc_hash::FxHashMap;

include!(concat!(env!("OUT_DIR"), "/match_lookup.rs"));

/// At most this many keys per set, so that a linear scan over 10,000 codes
/// still finishes; every rival looks up the same keys.
const MAX_KEYS: usize = 2_000;

/// A small, fixed pseudo-random sequence (xorshift), so every run measures
/// the same keys.
struct Sequence(u64);

impl Sequence {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
}

fn shuffled(mut keys: Vec<String>, sequence: &mut Sequence) -> Vec<String> {
    for index in (1..keys.len()).rev() {
        keys.swap(index, sequence.below(index + 1));
    }
    keys.truncate(MAX_KEYS);
    keys
}

const CODE_BYTES: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

fn key_sets() -> Vec<(&'static str, Vec<String>)> {
    let mut sequence = Sequence(0x2545_f491_4f6c_dd1d);
    let known: Vec<String> = CODES.keys().map(|key| key.to_string()).collect();
    let hits = shuffled(known.clone(), &mut sequence);
    let one_byte_off = |key: &String, sequence: &mut Sequence, middle: bool| loop {
        let mut bytes = key.clone().into_bytes();
        let at = if middle {
            bytes.len() / 2
        } else {
            sequence.below(bytes.len())
        };
        bytes[at] = CODE_BYTES[sequence.below(CODE_BYTES.len())];
        let near = String::from_utf8(bytes).unwrap();
        if !CODES.contains_key(near.as_str()) {
            break near;
        }
    };
    let near_misses: Vec<String> = known
        .iter()
        .map(|key| one_byte_off(key, &mut sequence, false))
        .collect();
    let near_misses = shuffled(near_misses, &mut sequence);
    let middle_misses: Vec<String> = known
        .iter()
        .map(|key| one_byte_off(key, &mut sequence, true))
        .collect();
    let middle_misses = shuffled(middle_misses, &mut sequence);
    let (shortest, longest) = known.iter().fold((usize::MAX, 0), |(low, high), key| {
        (low.min(key.len()), high.max(key.len()))
    });
    let random_misses = (0..known.len().min(MAX_KEYS))
        .map(|_| {
            let len = shortest + sequence.below(longest - shortest + 1);
            (0..len)
                .map(|_| CODE_BYTES[sequence.below(CODE_BYTES.len())] as char)
                .collect()
        })
        .collect();
    vec![
        ("hits", hits),
        ("near_misses", near_misses),
        ("middle_misses", middle_misses),
        ("random_misses", random_misses),
    ]
}

fn lookups(c: &mut Criterion) {
    let pairs: Vec<(&'static str, ErrorCode)> =
        CODES.entries().map(|(key, code)| (*key, *code)).collect();
    let std_map: HashMap<&str, ErrorCode> = pairs.iter().copied().collect();
    let fx_map: FxHashMap<&str, ErrorCode> = pairs.iter().copied().collect();
    let linear = |code: &str| {
        pairs
            .iter()
            .find(|(key, _)| *key == code)
            .map(|(_, found)| *found)
    };

    for (name, keys) in key_sets() {
        let mut group = c.benchmark_group(format!("lookup/{}/{name}", CODES.len()));
        group.throughput(Throughput::Elements(keys.len() as u64));
        let mut rival = |label: &str, find: &dyn Fn(&str) -> Option<ErrorCode>| {
            group.bench_function(label, |b| {
                b.iter(|| {
                    for key in &keys {
                        black_box(find(black_box(key.as_str())));
                    }
                })
            });
        };
        rival("from_code", &ErrorCode::from_code);
        rival("phf", &|code| CODES.get(code).copied());
        rival("match", &match_lookup);
        rival("std_hashmap", &|code| std_map.get(code).copied());
        rival("fx_hashmap", &|code| fx_map.get(code).copied());
        rival("linear_scan", &linear);
        group.finish();
    }
}

criterion_group! {
    name = benches;
    config = capmonster_errors_bench::config();
    targets = lookups
}
criterion_main!(benches);
