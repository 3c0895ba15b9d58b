//! Reading maps from other tools' formats.
//!
//! - [`mermaid`]: a Mermaid `journey` diagram becomes a map.

pub mod mermaid;
