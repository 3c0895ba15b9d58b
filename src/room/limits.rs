//! What the room lets one phone, one address and everyone together do:
//! sizes, rates and counts, and the token buckets that keep the rates.
//! Pure: the clock is passed in.

use std::collections::HashMap;
use std::hash::Hash;
use std::time::{Duration, Instant};

/// A rate: `burst` at once, then one more every `every`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub burst: u32,
    pub every: Duration,
}

impl Rate {
    pub const fn new(burst: u32, every: Duration) -> Rate {
        Rate { burst, every }
    }
}

/// Every limit of the room (docs/room.md lists the defaults).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Characters of a note's text (413 beyond).
    pub note_chars: usize,
    /// Characters of a participant's name (413 beyond).
    pub name_chars: usize,
    /// Bytes of a request's body (413 beyond, unread).
    pub body_bytes: usize,
    /// Requests of any kind from one address.
    pub requests_per_address: Rate,
    /// Notes from one participant.
    pub notes_per_participant: Rate,
    /// Notes from one address (participants who clear their cookies).
    pub notes_per_address: Rate,
    /// Notes waiting in the facilitator's inbox (503 beyond).
    pub waiting_notes: usize,
    /// Connections open at once, in all and from one address.
    pub connections: usize,
    pub connections_per_address: usize,
    /// How long a request's head and body may take to arrive.
    pub read_timeout: Duration,
    /// How long one connection is kept (a phone opens a new one).
    pub connection_life: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            note_chars: 500,
            name_chars: 40,
            body_bytes: 16 * 1024,
            // A page polls every 2 s; a phone that reloads loads 3 files.
            requests_per_address: Rate::new(120, Duration::from_millis(250)),
            notes_per_participant: Rate::new(10, Duration::from_secs(6)),
            notes_per_address: Rate::new(60, Duration::from_secs(1)),
            waiting_notes: 500,
            connections: 256,
            connections_per_address: 16,
            read_timeout: Duration::from_secs(10),
            connection_life: Duration::from_secs(120),
        }
    }
}

/// Token buckets, one per key.
#[derive(Debug)]
pub struct Buckets<K> {
    rate: Rate,
    buckets: HashMap<K, (f64, Instant)>,
}

/// Buckets kept before full ones (idle long enough) are forgotten.
const PRUNE_AT: usize = 4096;

impl<K: Hash + Eq + Clone> Buckets<K> {
    pub fn new(rate: Rate) -> Self {
        Buckets {
            rate,
            buckets: HashMap::new(),
        }
    }

    /// Takes one from `key`'s bucket; false when it is empty.
    pub fn take(&mut self, key: &K, now: Instant) -> bool {
        if self.buckets.len() >= PRUNE_AT && !self.buckets.contains_key(key) {
            self.prune(now);
        }
        let burst = f64::from(self.rate.burst);
        let every = self.rate.every.as_secs_f64().max(f64::MIN_POSITIVE);
        let (tokens, at) = self.buckets.entry(key.clone()).or_insert((burst, now));
        let grown = now.saturating_duration_since(*at).as_secs_f64() / every;
        *tokens = (*tokens + grown).min(burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }

    /// Forgets buckets that have filled up again: they would start full.
    fn prune(&mut self, now: Instant) {
        let burst = f64::from(self.rate.burst);
        let every = self.rate.every.as_secs_f64().max(f64::MIN_POSITIVE);
        self.buckets.retain(|_, (tokens, at)| {
            *tokens + now.saturating_duration_since(*at).as_secs_f64() / every < burst
        });
    }

    pub fn len(&self) -> usize {
        self.buckets.len()
    }

    pub fn is_empty(&self) -> bool {
        self.buckets.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_gives_its_burst_then_one_per_period() {
        let mut b = Buckets::new(Rate::new(3, Duration::from_secs(2)));
        let t0 = Instant::now();
        assert!((0..3).all(|_| b.take(&"a", t0)));
        assert!(!b.take(&"a", t0));
        // Another key has its own bucket.
        assert!(b.take(&"b", t0));
        assert!(!b.take(&"a", t0 + Duration::from_millis(1900)));
        assert!(b.take(&"a", t0 + Duration::from_millis(2000)));
        assert!(!b.take(&"a", t0 + Duration::from_millis(2100)));
        // Long idle: full again, never more than the burst.
        let later = t0 + Duration::from_secs(3600);
        assert!((0..3).all(|_| b.take(&"a", later)));
        assert!(!b.take(&"a", later));
    }

    #[test]
    fn idle_buckets_are_forgotten_when_there_are_many() {
        let mut b = Buckets::new(Rate::new(2, Duration::from_secs(1)));
        let t0 = Instant::now();
        for i in 0..PRUNE_AT {
            assert!(b.take(&i, t0));
        }
        // One still drained when the others have refilled.
        assert!(b.take(&0, t0 + Duration::from_secs(5)));
        assert!(b.take(&0, t0 + Duration::from_secs(5)));
        assert!(b.take(&usize::MAX, t0 + Duration::from_secs(5)));
        assert_eq!(b.len(), 2);
        assert!(!b.take(&0, t0 + Duration::from_secs(5)));
    }
}
