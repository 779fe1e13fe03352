//! Nothing but a home for `benches/`: the rivals of `ErrorCode::from_code`,
//! generated from the same catalog as the library.
