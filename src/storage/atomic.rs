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
//! - A file with more than one name (a hard link) is written in place, so
//!   every name keeps seeing the same file; a copy of the new text is
//!   written and synced beside it first, and removed once the file holds it.
//! - A file the user may not write is never replaced, even in a folder the
//!   user may write (its permission is checked, not only the folder's).
//! - Temporary names stay within the file system's limit on a name's
//!   length: a long name is shortened and a hash of it added.
//! - [`replace_checked`] closes the window between checking the file and
//!   replacing it: where the system can (`RENAME_EXCHANGE` on Linux,
//!   `RENAME_SWAP` on macOS) the new file is swapped in and the file it
//!   displaced is compared with what was expected. It never deletes bytes
//!   it did not write: when someone wrote before the swap, their file goes
//!   back; when someone also wrote into ours while it was in place, that
//!   newest write stays in place and the earlier outside version is kept
//!   beside the map (`NAME.outside-edit-TIME.ron`); a displaced file is
//!   read once more right before it is removed.

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
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(is_a_directory(path)),
        Ok(meta) if !meta.is_file() || is_descriptor_link(path) => {
            let mut f = OpenOptions::new()
                .write(true)
                .truncate(meta.is_file())
                .open(path)?;
            buffered(&mut f, write)
        }
        Ok(meta) if links(&meta) > 1 => {
            let target = resolve(path);
            may_write(&target, &meta)?;
            let mut bytes = Vec::new();
            write(&mut bytes)?;
            write_linked(&target, &bytes, None).map_err(into_io)
        }
        other => {
            let target = resolve(path);
            if let Ok(meta) = &other {
                may_write(&target, meta)?;
            }
            replace_with(&target, None, |f| buffered(f, write)).map_err(into_io)
        }
    }
}

/// `write`'s output into `f`, through a buffer.
fn buffered(f: &mut File, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let mut w = io::BufWriter::new(f);
    write(&mut w)?;
    w.flush()
}

fn into_io(e: SaveError) -> io::Error {
    match e {
        SaveError::Io(e) => e,
        e @ SaveError::Changed { .. } => io::Error::other(e.to_string()),
    }
}

fn is_a_directory(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("{} is a directory", path.display()),
    )
}

/// Like [`write_atomic`], but only when the file still holds `expected`
/// (`None`: whatever it holds; an empty `expected` slice: no file yet).
pub fn replace_checked(
    path: &Path,
    bytes: &[u8],
    expected: Option<&[u8]>,
) -> Result<(), SaveError> {
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => Err(is_a_directory(path).into()),
        Ok(meta) if !meta.is_file() || is_descriptor_link(path) => {
            Ok(write_in_place(path, bytes, meta.is_file())?)
        }
        other => {
            let target = resolve(path);
            if let Ok(meta) = &other {
                may_write(&target, meta)?;
                if links(meta) > 1 {
                    return write_linked(&target, bytes, expected);
                }
            }
            replace_with(&target, expected.map(|e| (e, bytes)), |f| {
                f.write_all(bytes)
            })
        }
    }
}

/// How many names the file has (1 where the system does not say).
fn links(meta: &fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        meta.nlink()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        1
    }
}

/// Refuses to replace a file the user may not write: replacing needs only
/// the folder's permission, which would let a save bypass the file's own.
fn may_write(target: &Path, meta: &fs::Metadata) -> io::Result<()> {
    #[cfg(unix)]
    let denied = {
        let _ = meta;
        rustix::fs::access(target, rustix::fs::Access::WRITE_OK).is_err()
    };
    #[cfg(not(unix))]
    let denied = meta.permissions().readonly();
    if denied {
        return Err(io::Error::new(
            io::ErrorKind::PermissionDenied,
            format!("{} is read-only for you", target.display()),
        ));
    }
    Ok(())
}

/// Writes a file that has other names (hard links) in place, so that they
/// keep naming it: the new text is first written and synced to a copy
/// beside it (it survives a crash in the middle), the file is checked
/// against `expected`, then truncated and written, and the copy removed.
fn write_linked(target: &Path, bytes: &[u8], expected: Option<&[u8]>) -> Result<(), SaveError> {
    let (dir, name) = dir_and_name(target);
    let copy = dir.join(temp_name(&name, std::process::id()));
    let _ = fs::remove_file(&copy);
    let result = (|| {
        let mut c = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&copy)?;
        c.write_all(bytes)?;
        c.sync_all()?;
        drop(c);
        let mut f = OpenOptions::new().read(true).write(true).open(target)?;
        if let Some(expected) = expected {
            use std::io::Read;
            let mut now = Vec::new();
            f.read_to_end(&mut now)?;
            if now != expected {
                return Err(SaveError::Changed { now });
            }
        }
        f.set_len(0)?;
        use std::io::Seek;
        f.seek(io::SeekFrom::Start(0))?;
        f.write_all(bytes)?;
        f.sync_all()?;
        Ok(())
    })();
    let _ = fs::remove_file(&copy);
    result
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

/// The longest file name most file systems take, in bytes.
const NAME_MAX: usize = 255;

/// `name` as it goes into a name built around it that adds `extra` bytes:
/// unchanged when it fits, else its start and a hash of the whole name.
fn short_name(name: &str, extra: usize) -> String {
    if name.len() + extra <= NAME_MAX {
        return name.to_string();
    }
    let hash = format!("~{:016x}", fnv1a(name.as_bytes()));
    let mut keep = NAME_MAX.saturating_sub(extra + hash.len());
    while !name.is_char_boundary(keep) {
        keep -= 1;
    }
    format!("{}{hash}", &name[..keep])
}

/// FNV-1a, 64 bits: a hash that stays the same across builds and versions
/// (names made with it must be found again by the next version).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// What every temporary file of a target starts with: `.NAME.cxmap-`.
fn temp_prefix(name: &str) -> String {
    // ".", ".cxmap-", then at most a pid (10 digits), "-", a hash (16),
    // "-", milliseconds (13) and ".old" (the longest: a retired file).
    format!(
        ".{}.cxmap-",
        short_name(name, 1 + 7 + 10 + 1 + 16 + 1 + 13 + 4)
    )
}

/// The temporary files of a target: `.NAME.cxmap-PID.tmp`.
fn temp_name(name: &str, pid: u32) -> String {
    format!("{}{pid}.tmp", temp_prefix(name))
}

/// Removes the temporary files a killed save of `name` left in `dir`
/// (those of processes that are gone).
fn clean_stale(dir: &Path, name: &str) {
    let prefix = temp_prefix(name);
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
        if pid != std::process::id() && !process_alive(pid) {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// Whether a process with this id is running.
#[cfg(unix)]
pub fn process_alive(pid: u32) -> bool {
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

/// Whether a process with this id is running.
#[cfg(windows)]
pub fn process_alive(pid: u32) -> bool {
    use windows_sys::Win32::Foundation::{CloseHandle, STILL_ACTIVE};
    use windows_sys::Win32::System::Threading::{
        GetExitCodeProcess, OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION,
    };
    // SAFETY: a handle opened here is checked for null, used for one query
    // and closed. No crate of the project's asks Windows this.
    unsafe {
        let handle = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid);
        if handle.is_null() {
            return false;
        }
        let mut code = 0u32;
        let ok = GetExitCodeProcess(handle, &mut code) != 0;
        CloseHandle(handle);
        ok && code == STILL_ACTIVE as u32
    }
}

/// Elsewhere a process is taken to be running: what it left stays.
#[cfg(not(any(unix, windows)))]
pub fn process_alive(_pid: u32) -> bool {
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

/// The folder and the name of a target.
fn dir_and_name(target: &Path) -> (PathBuf, String) {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "map.ron".into());
    (dir, name)
}

/// The steps of [`replace_checked`], with the writing of the content given;
/// `check` is what the file must hold and what we write (our bytes).
fn replace_with(
    target: &Path,
    check: Option<(&[u8], &[u8])>,
    write: impl FnOnce(&mut File) -> io::Result<()>,
) -> Result<(), SaveError> {
    if target.is_dir() {
        return Err(is_a_directory(target).into());
    }
    let (dir, name) = dir_and_name(target);
    clean_stale(&dir, &name);
    let tmp = dir.join(temp_name(&name, std::process::id()));
    let _ = fs::remove_file(&tmp);
    let written = (|| {
        let mut f = OpenOptions::new().write(true).create_new(true).open(&tmp)?;
        write(&mut f)?;
        f.flush()?;
        if let Ok(meta) = fs::metadata(target) {
            keep_owner_and_mode(&f, &meta)?;
        }
        f.sync_all()
    })();
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(e.into());
    }
    let result = match check {
        None => fs::rename(&tmp, target).map_err(SaveError::from),
        Some((expected, ours)) => swap_in(&tmp, target, expected, ours),
    };
    // What is left at `tmp` (a temporary file that was never in place) is
    // ours alone.
    let _ = fs::remove_file(&tmp);
    if result.is_ok() {
        // Make the rename itself durable; not every platform allows this.
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
    }
    result
}

/// Puts the written temporary file (holding `ours`) in the target's place,
/// only over the file expected there. A file that was in the target's
/// place, even for a moment, is retired rather than removed (see
/// [`retire`]): a writer that opened it then may still write into it.
fn swap_in(tmp: &Path, target: &Path, expected: &[u8], ours: &[u8]) -> Result<(), SaveError> {
    let exists = fs::symlink_metadata(target).is_ok();
    if exists && exchange(tmp, target)? {
        // The displaced file is at `tmp` now.
        if fs::read(tmp)? == expected {
            retire(tmp, target, expected)?;
            return Ok(());
        }
        return give_back(tmp, target, ours);
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

/// Someone wrote the file before our swap: their file goes back in place.
/// If someone also wrote into ours while it was in place, that is the
/// newest write: it stays in place, and the earlier outside version is
/// kept beside the map rather than deleted.
fn give_back(tmp: &Path, target: &Path, ours: &[u8]) -> Result<(), SaveError> {
    exchange(tmp, target)?;
    if fs::read(tmp)? == ours {
        retire(tmp, target, ours)?;
        return Err(SaveError::Changed {
            now: fs::read(target)?,
        });
    }
    exchange(tmp, target)?;
    let now = fs::read(target)?;
    let earlier = fs::read(tmp)?;
    if earlier == now || earlier == ours {
        retire(tmp, target, &earlier)?;
    } else {
        let (dir, name) = dir_and_name(target);
        fs::rename(tmp, dir.join(kept_name(&name)))?;
    }
    Err(SaveError::Changed { now })
}

/// How long a retired file waits before it is checked and removed: longer
/// than any writer takes between opening a file and writing it.
pub const RETIRE_GRACE: std::time::Duration = std::time::Duration::from_secs(2);

/// The name a retired file takes: `.NAME.cxmap-PID-HASH-MILLIS.old`, with
/// the hash of what it held when retired and when that was.
fn retired_name(name: &str, hash: u64, millis: u128) -> String {
    format!(
        "{}{}-{hash:016x}-{millis}.old",
        temp_prefix(name),
        std::process::id()
    )
}

fn unix_millis() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

/// Sets aside a file that was in the target's place and holds `content`:
/// it is removed by [`settle`] once [`RETIRE_GRACE`] has passed if it still
/// holds `content`, else kept beside the map. So a write that lands in it
/// after the save (from a writer that opened the file before the swap) is
/// never deleted.
fn retire(tmp: &Path, target: &Path, content: &[u8]) -> io::Result<()> {
    let (dir, name) = dir_and_name(target);
    let to = dir.join(retired_name(&name, fnv1a(content), unix_millis()));
    fs::rename(tmp, to)
}

/// A version of a map someone wrote into a file a save had set aside: it
/// was kept beside the map (`kept`), not deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub map: PathBuf,
    pub kept: PathBuf,
}

/// Checks the files saves of `path` set aside ([`retire`]) that are older
/// than `grace`: one that still holds what it held is removed; one someone
/// wrote into is kept beside the map and returned.
pub fn settle(path: &Path, grace: std::time::Duration) -> Vec<Kept> {
    let target = resolve(path);
    let (dir, name) = dir_and_name(&target);
    let prefix = temp_prefix(&name);
    let Ok(entries) = fs::read_dir(&dir) else {
        return Vec::new();
    };
    let now = unix_millis();
    let mut kept = Vec::new();
    for e in entries.flatten() {
        let file = e.file_name().to_string_lossy().into_owned();
        let Some(rest) = file
            .strip_prefix(&prefix)
            .and_then(|r| r.strip_suffix(".old"))
        else {
            continue;
        };
        let mut parts = rest.split('-');
        let (Some(_pid), Some(hash), Some(millis), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let (Ok(hash), Ok(millis)) = (u64::from_str_radix(hash, 16), millis.parse::<u128>()) else {
            continue;
        };
        if now.saturating_sub(millis) < grace.as_millis() {
            continue;
        }
        let Ok(content) = fs::read(e.path()) else {
            continue;
        };
        if fnv1a(&content) == hash {
            let _ = fs::remove_file(e.path());
        } else {
            let to = dir.join(kept_name(&name));
            if fs::rename(e.path(), &to).is_ok() {
                kept.push(Kept {
                    map: target.clone(),
                    kept: to,
                });
            }
        }
    }
    kept
}

/// Where an outside version displaced by a newer outside write is kept:
/// `NAME.outside-edit-YYYYMMDD-HHMMSS-PID.ron` beside the map.
fn kept_name(name: &str) -> String {
    let stem = name.strip_suffix(".ron").unwrap_or(name);
    let when = jiff::Zoned::now().strftime("%Y%m%d-%H%M%S").to_string();
    static SEQ: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let n = SEQ.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tail = format!(".outside-edit-{when}-{}-{n}.ron", std::process::id());
    format!("{}{tail}", short_name(stem, tail.len()))
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
        // Ours was in place for a moment: set aside until no writer can be
        // writing into it, then removed.
        assert_eq!(settle(&p, std::time::Duration::ZERO), []);
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

    /// The state right after our exchange, when someone had written the
    /// file before it (v1) and then wrote into ours while it was in place
    /// (v2): the newest write stays in place, the earlier one is kept beside
    /// the map, nothing is deleted.
    #[cfg(any(target_os = "linux", target_vendor = "apple"))]
    #[test]
    fn a_write_into_our_file_while_in_place_is_never_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("m.ron");
        let tmp = dir.path().join(temp_name("m.ron", std::process::id()));
        fs::write(&tmp, "outside v1").unwrap();
        fs::write(&target, "outside v2").unwrap();
        match give_back(&tmp, &target, b"mine") {
            Err(SaveError::Changed { now }) => assert_eq!(now, b"outside v2"),
            other => panic!("{other:?}"),
        }
        assert_eq!(fs::read_to_string(&target).unwrap(), "outside v2");
        let kept: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("m.outside-edit-") && n.ends_with(".ron"))
            .collect();
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert_eq!(
            fs::read_to_string(dir.path().join(&kept[0])).unwrap(),
            "outside v1"
        );
        assert!(!tmp.exists());
    }

    /// Someone wrote before our exchange, nobody into ours: their file goes
    /// back, ours is removed, nothing is kept aside.
    #[cfg(any(target_os = "linux", target_vendor = "apple"))]
    #[test]
    fn an_outside_write_before_the_exchange_goes_back_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("m.ron");
        let tmp = dir.path().join(temp_name("m.ron", std::process::id()));
        // After the exchange: ours in place, theirs displaced.
        fs::write(&tmp, "theirs").unwrap();
        fs::write(&target, "mine").unwrap();
        match give_back(&tmp, &target, b"mine") {
            Err(SaveError::Changed { now }) => assert_eq!(now, b"theirs"),
            other => panic!("{other:?}"),
        }
        assert_eq!(fs::read_to_string(&target).unwrap(), "theirs");
        assert!(!tmp.exists());
        assert_eq!(settle(&target, std::time::Duration::ZERO), []);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// A writer that opened the file before the swap writes into the file
    /// the save set aside: its bytes are kept beside the map, not removed.
    #[cfg(any(target_os = "linux", target_vendor = "apple"))]
    #[test]
    fn a_write_into_a_file_set_aside_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.ron");
        fs::write(&p, "base\n").unwrap();
        // The writer holds the file open from before the save.
        let mut late = OpenOptions::new().append(true).open(&p).unwrap();
        replace_checked(&p, b"mine\n", Some(b"base\n")).unwrap();
        late.write_all(b"late line\n").unwrap();
        drop(late);
        // Not yet: a writer may still be writing.
        assert_eq!(settle(&p, RETIRE_GRACE), []);
        let kept = settle(&p, std::time::Duration::ZERO);
        assert_eq!(kept.len(), 1, "{kept:?}");
        assert_eq!(
            fs::read_to_string(&kept[0].kept).unwrap(),
            "base\nlate line\n"
        );
        assert_eq!(fs::read_to_string(&p).unwrap(), "mine\n");
        // A file set aside that nobody wrote into is simply removed.
        replace_checked(&p, b"again\n", Some(b"mine\n")).unwrap();
        assert_eq!(settle(&p, std::time::Duration::ZERO), []);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[cfg(unix)]
    #[test]
    fn a_file_with_two_names_keeps_both() {
        use std::os::unix::fs::MetadataExt;
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        fs::write(&a, "old").unwrap();
        fs::hard_link(&a, &b).unwrap();
        let inode = fs::metadata(&a).unwrap().ino();
        write_atomic(&a, b"new").unwrap();
        assert_eq!(fs::read_to_string(&b).unwrap(), "new");
        replace_checked(&b, b"newer", Some(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&a).unwrap(), "newer");
        assert_eq!(fs::metadata(&a).unwrap().ino(), inode);
        assert_eq!(fs::metadata(&a).unwrap().nlink(), 2);
        // Checked: a change is refused and the file left as it is.
        assert!(matches!(
            replace_checked(&a, b"mine", Some(b"stale")),
            Err(SaveError::Changed { now }) if now == b"newer"
        ));
        assert_eq!(fs::read_to_string(&b).unwrap(), "newer");
        // No copy is left behind.
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn a_long_name_is_saved_and_its_temporary_name_fits() {
        let dir = tempfile::tempdir().unwrap();
        let name = format!("{}.ron", "é".repeat(124)); // 252 bytes
        let p = dir.path().join(&name);
        fs::write(&p, "old").unwrap();
        replace_checked(&p, b"new", Some(b"old")).unwrap();
        write_atomic(&p, b"newer").unwrap();
        assert_eq!(fs::read_to_string(&p).unwrap(), "newer");
        let t = temp_name(&name, u32::MAX);
        assert!(t.len() <= NAME_MAX, "{}", t.len());
        assert!(t.starts_with(&temp_prefix(&name)));
        assert_ne!(temp_name(&name, 1), temp_name(&format!("x{name}"), 1));
        assert!(kept_name(&name).len() <= NAME_MAX);
        assert!(retired_name(&name, u64::MAX, u128::from(u64::MAX) / 1000).len() <= NAME_MAX);
        assert_eq!(settle(&p, std::time::Duration::ZERO), []);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    /// A file the user may not write is not replaced through the folder.
    /// (Root may write any file: checked by `tests/saving.rs` as another
    /// user when the tests run as root.)
    #[cfg(unix)]
    #[test]
    fn a_read_only_file_is_not_replaced() {
        use std::os::unix::fs::PermissionsExt;
        if rustix::process::geteuid().is_root() {
            eprintln!(
                "skipped: root may write a read-only file (tests/saving.rs checks as another user)"
            );
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.ron");
        fs::write(&p, "old").unwrap();
        fs::set_permissions(&p, fs::Permissions::from_mode(0o444)).unwrap();
        let e = write_atomic(&p, b"new").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::PermissionDenied);
        assert_eq!(fs::read_to_string(&p).unwrap(), "old");
    }

    #[test]
    fn a_missing_directory_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(write_atomic(&dir.path().join("no/such/m.ron"), b"x").is_err());
    }
}
