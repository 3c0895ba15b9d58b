//! Atomic file replacement: write a temporary file beside the target, flush
//! and sync it, then rename it over the target. A failure at any step leaves
//! the old file as it was.
//!
//! - Only a regular file (or a link to one) is replaced. A FIFO, a device
//!   such as `/dev/null`, or a `/proc/self/fd/N` / `/dev/stdout` link is
//!   written to directly: renaming over it would turn it into a regular
//!   file.
//! - A symbolic link is followed, a dangling one too: the file it points
//!   to is written, the link stays.
//! - The owner, group and mode of the file are kept.
//! - The temporary file is named after its target
//!   (`.NAME.cxmap-PID.tmp`); one left by a save that was killed is
//!   removed by the next save.
//! - [`replace_checked`] closes the window between checking the file and
//!   replacing it: on Linux the new file is swapped in with
//!   `renameat2(RENAME_EXCHANGE)` and the file it displaced is compared
//!   with what was expected; when someone wrote in between, the swap is
//!   undone and their text returned, so no outside edit is ever lost.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why a checked save did not replace the file.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(transparent)]
    Io(#[from] io::Error),
    /// The file on disk was not what the caller last saw: it was left as
    /// it is, and here is what it holds.
    #[error("the file changed on disk")]
    Changed { now: Vec<u8> },
}

/// Replaces `path` with `bytes` atomically, keeping its owner and mode. A
/// symbolic link is followed: the file it points to is replaced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// [`write_atomic`] with the content written by `write` as it is produced,
/// through a buffer: into the temporary file that then replaces `path`, or
/// straight into a device or FIFO. The same guarantees: owner and mode
/// kept, the temporary file removed on failure.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let buffered = |f: &mut File| {
        let mut w = io::BufWriter::new(f);
        write(&mut w)?;
        w.flush()
    };
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is a directory", path.display()),
        )),
        Ok(meta) if !meta.is_file() || is_descriptor_link(path) => {
            let mut f = OpenOptions::new()
                .write(true)
                .truncate(meta.is_file())
                .open(path)?;
            buffered(&mut f)
        }
        _ => match replace_with(&resolve(path), None, buffered) {
            Ok(()) => Ok(()),
            Err(SaveError::Io(e)) => Err(e),
            Err(e @ SaveError::Changed { .. }) => Err(io::Error::other(e.to_string())),
        },
    }
}

/// Like [`write_atomic`], but only when the file still holds `expected`
/// (`None`: whatever it holds; an empty `expected` slice: no file yet).
pub fn replace_checked(
    path: &Path,
    bytes: &[u8],
    expected: Option<&[u8]>,
) -> Result<(), SaveError> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is a directory", path.display()),
        )
        .into()),
        Ok(meta) if !meta.is_file() || is_descriptor_link(path) => {
            Ok(write_in_place(path, bytes, meta.is_file())?)
        }
        _ => replace_with(&resolve(path), expected, |f| f.write_all(bytes)),
    }
}

/// Where writing `path` really goes: through every symbolic link, to the
/// file the last one names (which may not exist yet).
fn resolve(path: &Path) -> PathBuf {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => match fs::read_link(&p) {
                Ok(to) => {
                    p = match p.parent() {
                        Some(dir) if to.is_relative() => dir.join(to),
                        _ => to,
                    }
                }
                Err(_) => break,
            },
            _ => break,
        }
    }
    p
}

/// A link that stands for an open file descriptor (`/proc/self/fd/1`,
/// `/dev/fd/3`, `/dev/stdout`): what it names belongs to another process's
/// redirection, so it is written through, never replaced.
pub fn is_descriptor_link(path: &Path) -> bool {
    let s = path.to_string_lossy();
    let proc_fd = s
        .strip_prefix("/proc/")
        .and_then(|rest| rest.split_once('/'))
        .is_some_and(|(_, rest)| rest.starts_with("fd/"));
    proc_fd || s.starts_with("/dev/fd/") || matches!(&*s, "/dev/stdout" | "/dev/stderr")
}

/// Writes into an existing file that is not replaced: a device, a FIFO, a
/// descriptor link. A regular file behind a link is truncated first.
fn write_in_place(path: &Path, bytes: &[u8], truncate: bool) -> io::Result<()> {
    let mut f = OpenOptions::new()
        .write(true)
        .truncate(truncate)
        .open(path)?;
    f.write_all(bytes)?;
    f.flush()
}

/// The temporary files of a target: `.NAME.cxmap-PID.tmp`.
fn temp_name(name: &str, pid: u32) -> String {
    format!(".{name}.cxmap-{pid}.tmp")
}

/// Removes the temporary files a killed save of `name` left in `dir`
/// (those of processes that are gone).
fn clean_stale(dir: &Path, name: &str) {
    let prefix = format!(".{name}.cxmap-");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let file = e.file_name();
        let file = file.to_string_lossy();
        let Some(pid) = file
            .strip_prefix(&prefix)
            .and_then(|r| r.strip_suffix(".tmp"))
            .and_then(|p| p.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !alive(pid) {
            let _ = fs::remove_file(e.path());
        }
    }
}

#[cfg(unix)]
fn alive(pid: u32) -> bool {
    let Some(pid) = i32::try_from(pid)
        .ok()
        .and_then(rustix::process::Pid::from_raw)
    else {
        return false;
    };
    // Signal 0 only checks that the process exists; EPERM says it does,
    // under another user.
    matches!(
        rustix::process::test_kill_process(pid),
        Ok(()) | Err(rustix::io::Errno::PERM)
    )
}

/// Windows has no cheap check for a process by id without another
/// dependency; a temporary file of a killed save stays until a save of the
/// same process id (harmless: it is hidden and named after its target).
#[cfg(not(unix))]
fn alive(_pid: u32) -> bool {
    true
}

/// Gives the temporary file the owner, group and mode of the file it
/// replaces.
fn keep_owner_and_mode(tmp: &File, of: &fs::Metadata) -> io::Result<()> {
    tmp.set_permissions(of.permissions())?;
    #[cfg(unix)]
    {
        use rustix::fs::{Gid, Uid, fchown};
        use std::os::unix::fs::MetadataExt;
        // Changing the owner needs privileges: without them only the group
        // can follow (when we belong to it), which is all a user could do
        // by hand too.
        let (uid, gid) = (Uid::from_raw(of.uid()), Gid::from_raw(of.gid()));
        if fchown(tmp, Some(uid), Some(gid)).is_err() {
            let _ = fchown(tmp, None, Some(gid));
        }
        // chown may clear set-id bits: set the mode again.
        tmp.set_permissions(of.permissions())?;
    }
    Ok(())
}

/// Swaps two paths atomically (`renameat2(RENAME_EXCHANGE)` on Linux,
/// `renameatx_np(RENAME_SWAP)` on macOS); `Ok(false)` when this system or
/// file system cannot.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn exchange(a: &Path, b: &Path) -> io::Result<bool> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    use rustix::io::Errno;
    // What a system or file system without the exchange answers.
    const CANNOT: [Errno; 4] = [Errno::INVAL, Errno::NOSYS, Errno::OPNOTSUPP, Errno::NOTSUP];
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(true),
        Err(e) if CANNOT.contains(&e) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Elsewhere (Windows, the BSDs) the file is checked, then renamed over.
#[cfg(not(any(target_os = "linux", target_os = "android", target_vendor = "apple")))]
fn exchange(_a: &Path, _b: &Path) -> io::Result<bool> {
    Ok(false)
}

/// The steps of [`replace_checked`], with the writing of the content given.
fn replace_with(
    target: &Path,
    expected: Option<&[u8]>,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<(), SaveError> {
    if target.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is a directory", target.display()),
        )
        .into());
    }
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "map.ron".into());
    clean_stale(&dir, &name);
    let tmp = dir.join(temp_name(&name, std::process::id()));
    let _ = fs::remove_file(&tmp);
    let result = (|| {
        let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        write(&mut f)?;
        f.flush()?;
        if let Ok(meta) = fs::metadata(target) {
            keep_owner_and_mode(&f, &meta)?;
        }
        f.sync_all()?;
        drop(f);
        swap_in(&tmp, target, expected)?;
        // Make the rename itself durable; not every platform allows this.
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    let _ = fs::remove_file(&tmp);
    result
}

/// Puts the written temporary file in the target's place; with an
/// expectation, only over the file expected there.
fn swap_in(tmp: &Path, target: &Path, expected: Option<&[u8]>) -> Result<(), SaveError> {
    let Some(expected) = expected else {
        fs::rename(tmp, target)?;
        return Ok(());
    };
    let exists = fs::symlink_metadata(target).is_ok();
    if exists && exchange(tmp, target)? {
        // The displaced file is now at `tmp`: was it the one expected?
        let displaced = fs::read(tmp)?;
        if displaced == expected {
            return Ok(());
        }
        // Someone wrote in between: their file goes back.
        exchange(tmp, target)?;
        return Err(SaveError::Changed { now: displaced });
    }
    // No atomic exchange here: check, then rename (a small window).
    let now = if exists {
        fs::read(target)?
    } else {
        Vec::new()
    };
    if now != expected {
        return Err(SaveError::Changed { now });
    }
    fs::rename(tmp, target)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_content_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.ron");
        fs::write(&p, "old").unwrap();
        write_atomic(&p, b"new").unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "new");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["m.ron"]);
    }

    #[cfg(unix)]
    #[test]
    fn keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.ron");
        fs::write(&p, "old").unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&p, b"new").unwrap();
        assert_eq!(
            fs::metadata(&p).unwrap().permissions().mode() & 0o777,
            0o640
        );
    }

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.ron");
        fs::write(&p, "old").unwrap();
        let r = replace_with(&p, None, |f| {
            f.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        });
        assert_eq!(r.unwrap_err().to_string(), "disk full");
        assert_eq!(fs::read_to_string(&p).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn descriptor_links_are_recognised() {
        for p in [
            "/proc/self/fd/1",
            "/proc/42/fd/3",
            "/dev/fd/1",
            "/dev/stdout",
        ] {
            assert!(is_descriptor_link(Path::new(p)), "{p}");
        }
        for p in ["/proc/self/status", "fd/1", "/tmp/dev/fd/1", "out.md"] {
            assert!(!is_descriptor_link(Path::new(p)), "{p}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_written_into_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("fifo");
        crate::storage::input::make_fifo(&p);
        let reader = {
            let p = p.clone();
            std::thread::spawn(move || fs::read(p).unwrap())
        };
        write_atomic(&p, b"through the pipe").unwrap();
        assert_eq!(reader.join().unwrap(), b"through the pipe");
        assert!(fs::metadata(&p).unwrap().file_type().is_fifo());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn links_are_written_through_a_dangling_one_too() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink("real.ron", &link).unwrap();
        // Dangling: the file it names is created, the link stays a link.
        write_atomic(&link, b"first").unwrap();
        assert_eq!(fs::read_to_string(&real).unwrap(), "first");
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        write_atomic(&link, b"second").unwrap();
        assert_eq!(fs::read_to_string(&real).unwrap(), "second");
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_temporary_file_left_by_a_killed_save_is_removed_by_the_next() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.ron");
        fs::write(&p, "old").unwrap();
        // A pid that no process has (above the kernel's maximum).
        let stale = dir.path().join(temp_name("m.ron", 4_194_304 + 7));
        fs::write(&stale, "half").unwrap();
        let other = dir.path().join(".n.ron.cxmap-1.tmp");
        fs::write(&other, "another file's").unwrap();
        write_atomic(&p, b"new").unwrap();
        assert!(!stale.exists());
        assert!(other.exists(), "only the target's own are touched");
    }

    #[test]
    fn a_checked_save_refuses_a_file_that_changed_and_leaves_it() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.ron");
        fs::write(&p, "theirs").unwrap();
        match replace_checked(&p, b"mine", Some(b"base")) {
            Err(SaveError::Changed { now }) => assert_eq!(now, b"theirs"),
            other => panic!("{other:?}"),
        }
        assert_eq!(fs::read_to_string(&p).unwrap(), "theirs");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        replace_checked(&p, b"mine", Some(b"theirs")).unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "mine");
        // A file that appeared where none was expected.
        let q = dir.path().join("new.ron");
        fs::write(&q, "someone's").unwrap();
        assert!(matches!(
            replace_checked(&q, b"mine", Some(b"")),
            Err(SaveError::Changed { .. })
        ));
    }

    #[test]
    fn a_missing_directory_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(write_atomic(&dir.path().join("no/such/m.ron"), b"x").is_err());
    }
}
