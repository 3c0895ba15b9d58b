//! Map-wide roll-ups of the raw inputs: mean rating per dimension, NPS, CSAT
//! and CES over all touchpoints. Fed one touchpoint at a time.

use super::report::{CesRollup, CsatRollup, DimensionMean, NpsRollup, Rollups};
use crate::model::{Dimension, Touchpoint};

/// Running sums, turned into [`Rollups`] by [`Acc::finish`].
#[derive(Debug, Clone, Default)]
pub struct Acc {
    dims: [(i64, usize); 6],
    promoters: i64,
    passives: i64,
    detractors: i64,
    satisfied: i64,
    responses: i64,
    ces_sum: f64,
    ces_count: usize,
}

impl Acc {
    /// Adds one touchpoint's inputs.
    pub fn add(&mut self, t: &Touchpoint) {
        for (i, d) in Dimension::ALL.into_iter().enumerate() {
            if let Some(v) = t.ratings.get(d) {
                let (sum, n) = &mut self.dims[i];
                *sum = sum.saturating_add(v);
                *n += 1;
            }
        }
        if let Some(n) = t.nps {
            self.promoters = self.promoters.saturating_add(n.promoters);
            self.passives = self.passives.saturating_add(n.passives);
            self.detractors = self.detractors.saturating_add(n.detractors);
        }
        if let Some(c) = t.csat {
            self.satisfied = self.satisfied.saturating_add(c.satisfied);
            self.responses = self.responses.saturating_add(c.responses);
        }
        if let Some(c) = t.ces.filter(|c| c.is_finite()) {
            self.ces_sum += c;
            self.ces_count += 1;
        }
    }

    /// Adds the sums of another accumulator (a phase's): the same totals as
    /// adding its touchpoints one by one, as the inputs are never negative.
    pub fn merge(&mut self, o: &Acc) {
        for (mine, theirs) in self.dims.iter_mut().zip(o.dims) {
            mine.0 = mine.0.saturating_add(theirs.0);
            mine.1 += theirs.1;
        }
        self.promoters = self.promoters.saturating_add(o.promoters);
        self.passives = self.passives.saturating_add(o.passives);
        self.detractors = self.detractors.saturating_add(o.detractors);
        self.satisfied = self.satisfied.saturating_add(o.satisfied);
        self.responses = self.responses.saturating_add(o.responses);
        self.ces_sum += o.ces_sum;
        self.ces_count += o.ces_count;
    }

    /// The means and percentages of everything added.
    pub fn finish(&self) -> Rollups {
        let dimensions = Dimension::ALL.map(|d| {
            let (sum, count) = self.dims[d as usize];
            DimensionMean {
                dimension: d,
                mean: (count > 0).then(|| sum as f64 / count as f64),
                count,
            }
        });
        let total = self
            .promoters
            .saturating_add(self.passives)
            .saturating_add(self.detractors);
        let nps = NpsRollup {
            promoters: self.promoters,
            passives: self.passives,
            detractors: self.detractors,
            nps: (total > 0)
                .then(|| 100.0 * (self.promoters as f64 - self.detractors as f64) / total as f64),
        };
        let csat = CsatRollup {
            satisfied: self.satisfied,
            responses: self.responses,
            percent: (self.responses > 0)
                .then(|| 100.0 * self.satisfied as f64 / self.responses as f64),
        };
        let ces = CesRollup {
            mean: (self.ces_count > 0).then(|| self.ces_sum / self.ces_count as f64),
            count: self.ces_count,
        };
        Rollups {
            dimensions,
            nps,
            csat,
            ces,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Csat, Nps};

    #[test]
    fn rollups_sum_the_raw_inputs() {
        // (promoters, passives, detractors), (satisfied, responses), CES
        let surveyed = |id: &str, nps: [i64; 3], csat: [i64; 2], ces: f64| {
            let mut t = Touchpoint::new(id, id.to_uppercase());
            let [promoters, passives, detractors] = nps;
            t.nps = Some(Nps {
                promoters,
                passives,
                detractors,
            });
            let [satisfied, responses] = csat;
            t.csat = Some(Csat {
                satisfied,
                responses,
            });
            t.ces = Some(ces);
            t
        };
        let mut a = surveyed("a", [20, 10, 20], [30, 50], 4.5);
        a.ratings.product = Some(4);
        a.ratings.price = Some(2);
        let mut b = surveyed("b", [30, 10, 10], [10, 50], 6.0);
        b.ratings.product = Some(5);
        let mut acc = Acc::default();
        acc.add(&a);
        acc.add(&b);
        acc.add(&Touchpoint::new("c", "C"));
        let r = acc.finish();

        let dim = |d: Dimension| r.dimensions[d as usize];
        // product: (4 + 5) / 2 = 4.5 over 2; price: 2 over 1; place: none
        assert_eq!(
            (dim(Dimension::Product).mean, dim(Dimension::Product).count),
            (Some(4.5), 2)
        );
        assert_eq!(
            (dim(Dimension::Price).mean, dim(Dimension::Price).count),
            (Some(2.0), 1)
        );
        assert_eq!(
            (dim(Dimension::Place).mean, dim(Dimension::Place).count),
            (None, 0)
        );
        assert_eq!(dim(Dimension::Process).dimension, Dimension::Process);
        // NPS: 50 promoters, 20 passives, 30 detractors -> 100 * (50 - 30) / 100 = 20
        assert_eq!(
            (r.nps.promoters, r.nps.passives, r.nps.detractors),
            (50, 20, 30)
        );
        assert_eq!(r.nps.nps, Some(20.0));
        // CSAT: (30 + 10) / (50 + 50) = 40 %
        assert_eq!((r.csat.satisfied, r.csat.responses), (40, 100));
        assert_eq!(r.csat.percent, Some(40.0));
        // CES: (4.5 + 6.0) / 2 = 5.25
        assert_eq!((r.ces.mean, r.ces.count), (Some(5.25), 2));
    }

    #[test]
    fn empty_rollups_have_no_values() {
        let r = Acc::default().finish();
        assert!(
            r.dimensions
                .iter()
                .all(|d| d.mean.is_none() && d.count == 0)
        );
        assert_eq!(r.nps.nps, None);
        assert_eq!(r.csat.percent, None);
        assert_eq!(r.ces.mean, None);
    }
}
