//! Notes from the room waiting for the facilitator: in the order they
//! came, taken out one by one as they are accepted or rejected. Kept by
//! the app (it outlives an opening of the room).

use super::api::Note;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inbox {
    notes: Vec<Note>,
    /// Notes ever put in (the server counts what is on its way).
    received: u64,
}

impl Inbox {
    pub fn push(&mut self, note: Note) {
        self.notes.push(note);
        self.received += 1;
    }

    pub fn notes(&self) -> &[Note] {
        &self.notes
    }

    pub fn get(&self, i: usize) -> Option<&Note> {
        self.notes.get(i)
    }

    pub fn len(&self) -> usize {
        self.notes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }

    pub fn received(&self) -> u64 {
        self.received
    }

    /// Takes the note at `i` out (accepted or rejected).
    pub fn take(&mut self, i: usize) -> Option<Note> {
        (i < self.notes.len()).then(|| self.notes.remove(i))
    }

    /// Puts a note back where it was (an accepted note the map refused).
    pub fn put_back(&mut self, i: usize, note: Note) {
        self.notes.insert(i.min(self.notes.len()), note);
    }
}

#[cfg(test)]
mod tests {
    use super::super::api::Kind;
    use super::*;

    fn note(id: u64) -> Note {
        Note {
            id,
            author: None,
            phase: "Buy".into(),
            kind: Kind::Idea,
            text: format!("n{id}"),
        }
    }

    #[test]
    fn notes_keep_their_order_and_count() {
        let mut inbox = Inbox::default();
        for id in 1..=3 {
            inbox.push(note(id));
        }
        let n = inbox.take(1).unwrap();
        assert_eq!(n.id, 2);
        assert_eq!(
            inbox.notes().iter().map(|n| n.id).collect::<Vec<_>>(),
            [1, 3]
        );
        assert_eq!(inbox.take(5), None);
        inbox.put_back(1, n);
        assert_eq!(
            inbox.notes().iter().map(|n| n.id).collect::<Vec<_>>(),
            [1, 2, 3]
        );
        // Putting back is not receiving.
        assert_eq!((inbox.len(), inbox.received()), (3, 3));
    }
}
