//! Saves that cannot lose an outside change, and that keep what the file
//! is: its owner, group and mode, the link that leads to it.

use std::fs;
use std::path::Path;
use std::time::Duration;

use cxmap::storage::{SaveError, replace_checked};

/// Writes as an editor that saves by renaming a new file over the old one.
fn rename_over(path: &Path, text: &str) {
    let tmp = path.with_extension("editor-tmp");
    fs::write(&tmp, text).unwrap();
    fs::rename(&tmp, path).unwrap();
}

/// Writes as an editor that rewrites the file in place.
fn write_in_place(path: &Path, text: &str) {
    fs::write(path, text).unwrap();
}

/// A second thread replaces the file at many points during a save: the
/// outside edit is never lost (it is what the file holds in the end, either
/// because it came last or because the save gave way to it).
#[test]
fn an_outside_write_racing_a_save_is_never_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    let mut gave_way = 0;
    let mut came_after = 0;
    for i in 0..300u64 {
        let base = format!("base {i}\n");
        fs::write(&path, &base).unwrap();
        let outside = format!("outside {i}\n");
        let p = path.clone();
        let text = outside.clone();
        // Spread over the whole save: before it, during it, after it.
        let delay = Duration::from_micros((i * 7919) % 1500);
        let writer = std::thread::spawn(move || {
            std::thread::sleep(delay);
            if i % 2 == 0 {
                rename_over(&p, &text);
            } else {
                write_in_place(&p, &text);
            }
        });
        let ours = format!("ours {i}\n");
        match replace_checked(&path, ours.as_bytes(), Some(base.as_bytes())) {
            Ok(()) => came_after += 1,
            Err(SaveError::Changed { .. }) => gave_way += 1,
            Err(SaveError::Io(e)) => panic!("{e}"),
        }
        writer.join().unwrap();
        assert_eq!(
            fs::read_to_string(&path).unwrap(),
            outside,
            "round {i}: the outside edit was lost"
        );
    }
    // Both orders happened, or the test did not test the race.
    assert!(gave_way > 0 && came_after > 0, "{gave_way} / {came_after}");
    let left: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[cfg(unix)]
#[test]
fn owner_group_and_mode_are_kept() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.ron");
    fs::write(&path, "old").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    // As root, the file can belong to someone else (nobody:nogroup).
    let root = rustix::process::geteuid().is_root();
    let (uid, gid) = if root {
        std::os::unix::fs::chown(&path, Some(65534), Some(65534)).unwrap();
        (65534, 65534)
    } else {
        let m = fs::metadata(&path).unwrap();
        (m.uid(), m.gid())
    };
    cxmap::storage::write_atomic(&path, b"new").unwrap();
    let m = fs::metadata(&path).unwrap();
    assert_eq!(fs::read_to_string(&path).unwrap(), "new");
    assert_eq!((m.uid(), m.gid()), (uid, gid));
    assert_eq!(m.permissions().mode() & 0o7777, 0o640);
}

/// A file the user may not write is not replaced, even in a folder anyone
/// may write: the file's own permission holds. Run as root,
/// the save is made as the user `nobody` on a file root owns.
#[cfg(unix)]
#[test]
fn a_file_the_user_may_not_write_is_not_replaced_through_the_folder() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let root = rustix::process::geteuid().is_root();
    let setpriv = Path::new("/usr/bin/setpriv");
    if root && !setpriv.exists() {
        eprintln!("skipped: running as root without setpriv to save as another user");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // World-writable without the sticky bit: anyone may rename in it.
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).unwrap();
    let path = dir.path().join("map.ron");
    // Not in canonical form: `fmt` would rewrite it.
    let text = "JourneyMap(title:\"Shared\")\n";
    fs::write(&path, text).unwrap();
    let owner = fs::metadata(&path).unwrap().uid();
    let mode = if root { 0o644 } else { 0o444 };
    fs::set_permissions(&path, fs::Permissions::from_mode(mode)).unwrap();
    let mut cmd = if root {
        let mut c = std::process::Command::new(setpriv);
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_cxmap"));
        c
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_cxmap"))
    };
    let out = cmd
        .arg("fmt")
        .arg(&path)
        .env("CXMAP_CONFIG", "/nonexistent/cxmap/config.ron")
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("read-only"), "{stderr}");
    assert_eq!(fs::read_to_string(&path).unwrap(), text);
    assert_eq!(fs::metadata(&path).unwrap().uid(), owner);
}
