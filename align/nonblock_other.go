//go:build !unix

package align

import (
	"errors"
	"os"
)

// nonBlock is no flag where opening a pipe does not wait for a writer (or
// the system has no such flag).
const nonBlock = 0

// errNoReader: no error tells a named pipe no one reads here.
var errNoReader = errors.New("no reader")

// blockingWrites: a file opened without nonBlock writes as it blocks.
func blockingWrites(*os.File) error { return nil }
