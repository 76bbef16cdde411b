package align

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/quotecheck/quotecheck/quotes"
)

// OpenInput opens the file at path to read, and refuses what is not one.
//
// An input may be anything a path can name: a named pipe ("mkfifo
// draft.md"), a device (/dev/zero, a terminal), a socket, or a link to one
// committed to a repository. os.Open of a named pipe waits for a writer
// that may never come, and no signal stops it; /dev/zero never ends.
// OpenInput opens without waiting (O_NONBLOCK, which a regular file
// ignores) and asks the open file what it is. A regular file is read; so
// is a pipe when pipes is true (a shell's "-t <(…)"): the runtime's poller
// waits for its data without blocking, and one no one writes to reads as
// empty at once. Anything else is an error that names path and says what
// it is: "notes.md: is a device, not a file"; what names the file
// expected ("a file", "an archive"). Every error starts with path once,
// as quotes.ShowName shows it ("notes.md: permission denied"), and wraps
// the system's (errors.Is(err, fs.ErrNotExist) holds for a missing file).
func OpenInput(path, what string, pipes bool) (*os.File, fs.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, nil, namedErr(path, err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, namedErr(path, err)
	}
	if !st.Mode().IsRegular() && !(pipes && st.Mode()&fs.ModeNamedPipe != 0) {
		f.Close()
		return nil, nil, fmt.Errorf("%s: is %s, not %s", quotes.ShowName(path), FileKind(st.Mode()), what)
	}
	return f, st, nil
}

// FileKind names the kind of file a mode is: "a folder", "a named pipe",
// "a device", "a socket", "a regular file".
func FileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m.IsRegular():
		return "a regular file"
	}
	return "a special file"
}

// namedErr puts path before err's reason, once (the *fs.PathError os
// returns says "open notes.md: …"), as quotes.ShowName shows it.
func namedErr(path string, err error) error {
	return fmt.Errorf("%s: %w", quotes.ShowName(path), quotes.PathErr(err))
}

// OpenStream opens the named pipe, device or socket at path to write a
// report to, as it is: "-o /dev/stdout", a shell's "-o >(gzip > r.gz)",
// "mkfifo report.json". There is no file to replace by a temporary one,
// and a rename would put a regular file where the pipe or the device was
// (as root, "-o /dev/null" replaced /dev/null). It does not wait for a
// reader: a named pipe no one reads is an error at once,
// "report.json: a named pipe no one reads", where opening it as os.Create
// does would wait for ever; once open, its writes wait for the reader as
// os.Create's would (blockingWrites).
func OpenStream(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|nonBlock, 0)
	if err != nil {
		if st, serr := os.Stat(path); serr == nil && st.Mode()&fs.ModeNamedPipe != 0 && errors.Is(err, errNoReader) {
			return nil, fmt.Errorf("%s: a named pipe no one reads", quotes.ShowName(path))
		}
		return nil, namedErr(path, err)
	}
	if err := blockingWrites(f); err != nil {
		f.Close()
		return nil, namedErr(path, err)
	}
	return f, nil
}
