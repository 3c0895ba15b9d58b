//! The scoring model of SCORING.md. Pure functions over the model.
