//! The journey map: the types of `docs/format.md`, their defaults and ranges, and
//! their validation. Pure: no I/O here.

pub mod fields;
mod path;
mod slug;
mod suggest;
mod types;
mod validate;

pub use path::{Path, Seg};
pub use slug::{derive_missing_ids, slugify, unique_id};
pub use suggest::did_you_mean;
pub use types::*;
pub use validate::{Problem, ProblemKind, quoted_list, validate, versions_read};

/// The newest file format version this build reads and writes.
pub const CURRENT_VERSION: u64 = 1;
