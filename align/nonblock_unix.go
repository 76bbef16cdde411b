//go:build unix

package align

import (
	"os"
	"syscall"
)

// nonBlock opens a named pipe without waiting for its writer.
const nonBlock = syscall.O_NONBLOCK

// errNoReader is the error of opening a named pipe to write, without
// waiting, that no one reads.
const errNoReader = syscall.ENXIO

// blockingWrites takes back the nonBlock that f was opened with, so that
// a write waits for a slow reader rather than failing: on macOS the
// runtime keeps a named pipe out of its poller (kqueue misreads them), so
// a report larger than the pipe's buffer failed half-written with
// "resource temporarily unavailable" when the reader had not caught up.
func blockingWrites(f *os.File) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var serr error
	if err := rc.Control(func(fd uintptr) { serr = syscall.SetNonblock(int(fd), false) }); err != nil {
		return err
	}
	return serr
}
