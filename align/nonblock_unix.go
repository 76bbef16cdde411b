//go:build unix

package align

import "syscall"

// nonBlock opens a named pipe without waiting for its writer.
const nonBlock = syscall.O_NONBLOCK

// errNoReader is the error of opening a named pipe to write, without
// waiting, that no one reads.
const errNoReader = syscall.ENXIO
