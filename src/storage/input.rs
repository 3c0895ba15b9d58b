//! Reading a file a command was given: only a regular file (or a link to
//! one), opened so that it never blocks; `-` is standard input. A FIFO, a
//! device or a socket is refused with a message that says what it is.

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

/// The argument that stands for standard input (or output).
pub const STDIN_ARG: &str = "-";

/// How standard input is named in messages.
pub const STDIN_NAME: &str = "<stdin>";

/// A UTF-8 byte-order mark, as Windows editors write it.
pub const BOM: &str = "\u{feff}";

/// Whether a path argument is `-`.
pub fn is_std_stream(path: &Path) -> bool {
    path.as_os_str() == STDIN_ARG
}

/// The name of an input in messages: the path (control characters
/// escaped: a name can hold an escape sequence), or `<stdin>` for `-`.
pub fn display_name(path: &Path) -> String {
    if is_std_stream(path) {
        STDIN_NAME.to_string()
    } else {
        crate::escape::escape(&path.display().to_string()).into_owned()
    }
}

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("no such file")]
    NotFound,
    #[error("permission denied")]
    PermissionDenied,
    #[error("it is a directory, not a {0}")]
    Directory(&'static str),
    #[error("it is not UTF-8 text")]
    NotUtf8,
    /// A FIFO, a device or a socket: reading could block or never end.
    #[error("it is a {kind}, not a regular file; to read from a pipe, use `-` for standard input")]
    NotRegular { kind: &'static str },
    #[error("it is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    #[error("{0}")]
    Other(io::Error),
}

impl From<io::Error> for ReadError {
    fn from(e: io::Error) -> Self {
        match e.kind() {
            io::ErrorKind::NotFound => ReadError::NotFound,
            io::ErrorKind::PermissionDenied => ReadError::PermissionDenied,
            _ => ReadError::Other(e),
        }
    }
}

/// What kind of file the metadata describes, for messages.
pub fn kind_of(meta: &Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return "FIFO (named pipe)";
        }
        if t.is_char_device() {
            return "character device";
        }
        if t.is_block_device() {
            return "block device";
        }
        if t.is_socket() {
            return "socket";
        }
    }
    if meta.is_dir() {
        "directory"
    } else if meta.is_file() {
        "regular file"
    } else {
        "special file"
    }
}

/// The bytes of the regular file `path`, at most `limit` of them: a larger
/// file is refused (a configuration of megabytes is not one).
pub fn read_bounded(path: &Path, what: &'static str, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path, what)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge { limit });
    }
    Ok(bytes)
}

/// The bytes of `path` (`what` names the expected content for messages:
/// "map file"), or of standard input for `-`.
pub fn read_input(path: &Path, what: &'static str) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    if is_std_stream(path) {
        io::stdin().lock().read_to_end(&mut bytes)?;
        return Ok(bytes);
    }
    let mut file = open_regular(path, what)?;
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Whether the regular file at `path` starts with a UTF-8 byte-order mark
/// (false for anything else, without blocking).
pub fn starts_with_bom(path: &Path) -> bool {
    let mut head = [0; 3];
    open_regular(path, "file")
        .and_then(|mut f| f.read_exact(&mut head).map_err(ReadError::from))
        .is_ok_and(|()| head == BOM.as_bytes())
}

/// Opens a regular file for reading without ever blocking on a FIFO: the
/// open is non-blocking, and what it opened is checked before reading.
fn open_regular(path: &Path, what: &'static str) -> Result<File, ReadError> {
    // Asked before opening: a socket cannot be opened at all ("No such
    // device or address"), and a device must not be.
    if let Ok(meta) = std::fs::metadata(path)
        && !meta.is_file()
        && !meta.is_dir()
    {
        return Err(ReadError::NotRegular {
            kind: kind_of(&meta),
        });
    }
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(ReadError::Directory(what));
    }
    if !meta.is_file() {
        return Err(ReadError::NotRegular {
            kind: kind_of(&meta),
        });
    }
    Ok(file)
}

/// Makes a FIFO at `path` for a test (with the system's `mkfifo`).
#[cfg(all(test, unix))]
pub(crate) fn make_fifo(path: &Path) {
    let ok = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "mkfifo {}", path.display());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_regular_file_is_read_and_a_directory_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.ron");
        std::fs::write(&p, "abc").unwrap();
        assert_eq!(read_input(&p, "map file").unwrap(), b"abc");
        let e = read_input(dir.path(), "map file").unwrap_err();
        assert!(matches!(e, ReadError::Directory("map file")), "{e:?}");
        let e = read_input(&dir.path().join("nope"), "map file").unwrap_err();
        assert!(matches!(e, ReadError::NotFound), "{e:?}");
    }

    #[cfg(unix)]
    #[test]
    fn a_socket_and_a_device_are_named_not_opened() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sock");
        let _listener = std::os::unix::net::UnixListener::bind(&p).unwrap();
        let e = read_input(&p, "map file").unwrap_err();
        assert!(
            matches!(e, ReadError::NotRegular { kind: "socket" }),
            "{e:?}"
        );
        let e = read_bounded(Path::new("/dev/zero"), "configuration", 1 << 20).unwrap_err();
        assert!(
            matches!(
                e,
                ReadError::NotRegular {
                    kind: "character device"
                }
            ),
            "{e:?}"
        );
    }

    #[test]
    fn a_file_over_the_limit_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("big");
        std::fs::write(&p, vec![b'x'; 2000]).unwrap();
        assert!(matches!(
            read_bounded(&p, "configuration", 1000),
            Err(ReadError::TooLarge { limit: 1000 })
        ));
        assert_eq!(read_bounded(&p, "configuration", 2000).unwrap().len(), 2000);
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("fifo");
        make_fifo(&p);
        let e = read_input(&p, "map file").unwrap_err();
        assert!(
            matches!(
                e,
                ReadError::NotRegular {
                    kind: "FIFO (named pipe)"
                }
            ),
            "{e:?}"
        );
    }

    #[test]
    fn dash_is_standard_input() {
        assert!(is_std_stream(Path::new("-")));
        assert!(!is_std_stream(Path::new("./-")));
        assert_eq!(display_name(Path::new("-")), "<stdin>");
    }
}
