//! The save race, timed: an outside writer appends lines to the map file
//! back to back (0–1 ms apart, as a script or a second editor would) while
//! the app saves its own changes with the checked save, merging what it
//! finds (line by line) when the file changed. Afterwards every outside
//! line must be in the file, or in a version the save kept beside it
//! (`*.outside-edit-*.ron`), every line of ours in the file, and no
//! temporary or set-aside file left.
//!
//! A benchmark-style check, not part of `cargo test` (`test = false` in
//! Cargo.toml): timing decides which interleavings happen, so a run is a
//! measurement. Run:
//!
//! ```sh
//! cargo test --release --test race -- [--trials N] [--edits N]
//! ```
//!
//! It prints the trials, the edits, how often the save gave way to an
//! outside write, and the edits lost (expected: 0); it exits 1 on a loss.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::time::Duration;

use cxmap::storage::{SaveError, replace_checked};

/// xorshift64*: reproducible pauses.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// 0 to 1 ms.
    fn pause(&mut self) -> Duration {
        Duration::from_micros(self.next() % 1000)
    }
}

fn lines(text: &[u8]) -> BTreeSet<String> {
    String::from_utf8_lossy(text)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

fn text(lines: &BTreeSet<String>) -> String {
    lines.iter().map(|l| format!("{l}\n")).collect()
}

struct Trial {
    gave_way: usize,
    kept: usize,
    lost: Vec<String>,
}

/// How the outside writer writes.
#[derive(Clone, Copy)]
enum Writer {
    /// `echo line >> map.ron`: an append to whatever file is there.
    Append,
    /// An editor or a script: reads the file, adds its line, writes the
    /// whole text back in place (truncate, then write).
    Rewrite,
}

fn trial(dir: &Path, seed: u64, edits: usize, how: Writer) -> Trial {
    let path = dir.join("map.ron");
    fs::write(&path, "base\n").unwrap();
    let writer = {
        let path = path.clone();
        std::thread::spawn(move || {
            let mut rng = Rng(seed | 1);
            let mut mine = BTreeSet::new();
            for k in 0..edits {
                let line = format!("outside {k}");
                match how {
                    Writer::Append => {
                        let mut f = fs::OpenOptions::new().append(true).open(&path).unwrap();
                        f.write_all(format!("{line}\n").as_bytes()).unwrap();
                    }
                    Writer::Rewrite => {
                        // Its own lines always go back in: what it read
                        // may be a moment old.
                        mine.insert(line);
                        let mut all = lines(&fs::read(&path).unwrap_or_default());
                        all.extend(mine.iter().cloned());
                        fs::write(&path, text(&all)).unwrap();
                    }
                }
                std::thread::sleep(rng.pause());
            }
        })
    };
    let mut rng = Rng(seed.rotate_left(17) | 1);
    let mut known = b"base\n".to_vec();
    let mut ours = BTreeSet::new();
    let mut gave_way = 0;
    let save = |ours: &BTreeSet<String>, known: &mut Vec<u8>| {
        let mut all = lines(known);
        all.extend(ours.iter().cloned());
        let new = text(&all);
        match replace_checked(&path, new.as_bytes(), Some(known)) {
            Ok(()) => {
                *known = new.into_bytes();
                true
            }
            Err(SaveError::Changed { now }) => {
                *known = now;
                false
            }
            Err(SaveError::Io(e)) => panic!("{e}"),
        }
    };
    for j in 0..edits {
        ours.insert(format!("ours {j}"));
        if !save(&ours, &mut known) {
            gave_way += 1;
        }
        std::thread::sleep(rng.pause());
    }
    writer.join().unwrap();
    // The last save settles once the writer is done, and so do the files
    // the saves set aside (no writer can still be writing into them).
    while !save(&ours, &mut known) {}
    cxmap::storage::settle(&path, Duration::ZERO);
    let mut seen = lines(&fs::read(&path).unwrap());
    let file = seen.clone();
    let mut kept = 0;
    for e in fs::read_dir(dir).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if name.contains(".outside-edit-") {
            kept += 1;
            seen.extend(lines(&fs::read(dir.join(&name)).unwrap()));
        }
    }
    let mut lost: Vec<String> = (0..edits)
        .map(|k| format!("outside {k}"))
        .filter(|l| !seen.contains(l))
        .collect();
    lost.extend(ours.iter().filter(|l| !file.contains(*l)).cloned());
    let left: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(left.is_empty(), "files left behind: {left:?}");
    Trial {
        gave_way,
        kept,
        lost,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str, default: usize| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let (trials, edits) = (arg("--trials", 100), arg("--edits", 40));
    let mut failed = false;
    for (label, how) in [("appends", Writer::Append), ("rewrites", Writer::Rewrite)] {
        let (mut gave_way, mut kept, mut lost) = (0, 0, 0);
        for t in 0..trials {
            let dir = tempfile::tempdir().unwrap();
            let r = trial(dir.path(), 0x9e37_79b9_7f4a_7c15 ^ t as u64, edits, how);
            gave_way += r.gave_way;
            kept += r.kept;
            if !r.lost.is_empty() {
                eprintln!("{label}, trial {t}: lost {:?}", r.lost);
            }
            lost += r.lost.len();
        }
        println!(
            "outside {label}: {trials} trials × {edits} outside and {edits} own edits: the save gave way {gave_way} times, {kept} versions kept beside the map, {lost} edits lost"
        );
        failed |= lost > 0;
    }
    if failed {
        std::process::exit(1);
    }
}
