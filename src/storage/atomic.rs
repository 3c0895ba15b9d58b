//! Atomic file replacement: write a temporary file beside the target, flush
//! and sync it, then rename it over the target. A failure at any step leaves
//! the old file as it was.
//!
//! Only a regular file (or a link to one) is replaced. A FIFO, a device such
//! as `/dev/null`, or a `/proc/self/fd/N` / `/dev/stdout` link is written to
//! directly: renaming over it would turn it into a regular file.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Replaces `path` with `bytes` atomically, keeping its permissions. A
/// symbolic link is followed: the file it points to is replaced.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is a directory", path.display()),
        )),
        Ok(meta) if !meta.is_file() || is_descriptor_link(path) => {
            write_in_place(path, bytes, meta.is_file())
        }
        _ => replace_with(path, |f| f.write_all(bytes)),
    }
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

/// The steps of [`write_atomic`], with the writing of the content given.
fn replace_with(path: &Path, write: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if target.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is a directory", target.display()),
        ));
    }
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "map.ron".into());
    let tmp = dir.join(format!(
        ".{name}.{}-{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        write(&mut f)?;
        f.flush()?;
        f.sync_all()?;
        if let Ok(meta) = fs::metadata(&target) {
            fs::set_permissions(&tmp, meta.permissions())?;
        }
        drop(f);
        fs::rename(&tmp, &target)?;
        // Make the rename itself durable; not every platform allows this.
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
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
        let r = replace_with(&p, |f| {
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
        let c = std::ffi::CString::new(p.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        let reader = {
            let p = p.clone();
            std::thread::spawn(move || fs::read(p).unwrap())
        };
        write_atomic(&p, b"through the pipe").unwrap();
        assert_eq!(reader.join().unwrap(), b"through the pipe");
        assert!(fs::metadata(&p).unwrap().file_type().is_fifo());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_directory_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(write_atomic(&dir.path().join("no/such/m.ron"), b"x").is_err());
    }
}
