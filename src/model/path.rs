use std::fmt;

use super::fields::{MapField, PhaseField};

/// One step into the map: a field or a list index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    Field(&'static str),
    Index(usize),
}

/// Where a value is in the map: `phases[1].touchpoints[0].importance`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Path(pub Vec<Seg>);

impl Path {
    pub fn root() -> Self {
        Path(Vec::new())
    }

    pub fn field(&self, name: &'static str) -> Self {
        let mut p = self.clone();
        p.0.push(Seg::Field(name));
        p
    }

    /// The path to a field of the format, named by its typed field.
    pub fn at(&self, field: impl Into<super::fields::AnyField>) -> Self {
        self.field(field.into().name())
    }

    pub fn index(&self, i: usize) -> Self {
        let mut p = self.clone();
        p.0.push(Seg::Index(i));
        p
    }

    pub fn phase(p: usize) -> Self {
        Path::root().at(MapField::Phases).index(p)
    }

    pub fn touchpoint(p: usize, t: usize) -> Self {
        Path::phase(p).at(PhaseField::Touchpoints).index(t)
    }

    pub fn pain_point(p: usize, i: usize) -> Self {
        Path::phase(p).at(PhaseField::PainPoints).index(i)
    }

    pub fn opportunity(p: usize, i: usize) -> Self {
        Path::phase(p).at(PhaseField::Opportunities).index(i)
    }

    /// The last field name on the path, if any.
    pub fn last_field(&self) -> Option<&'static str> {
        self.0.iter().rev().find_map(|s| match s {
            Seg::Field(f) => Some(*f),
            Seg::Index(_) => None,
        })
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for seg in &self.0 {
            match seg {
                Seg::Field(name) => {
                    if !first {
                        f.write_str(".")?;
                    }
                    f.write_str(name)?;
                }
                Seg::Index(i) => write!(f, "[{i}]")?,
            }
            first = false;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_like_an_accessor() {
        let p = Path::touchpoint(1, 0).field("importance");
        assert_eq!(p.to_string(), "phases[1].touchpoints[0].importance");
        assert_eq!(Path::root().field("title").to_string(), "title");
        assert_eq!(p.last_field(), Some("importance"));
    }
}
