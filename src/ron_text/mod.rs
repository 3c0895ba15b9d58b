//! RON as text: a reader that keeps the byte span of every value and field
//! name ([`tree`]), and the comments between them ([`comments`]). One tree
//! serves the diagnostics (where a problem is) and lossless saving (what
//! to rewrite). The reader itself is generic; paths into it are the map's
//! paths ([`crate::model::Path`]), and the comment collector knows which
//! fields of a map hold its elements.

pub mod comments;
pub mod tree;
