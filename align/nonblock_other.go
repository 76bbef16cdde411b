//go:build !unix

package align

// nonBlock is no flag where opening a pipe does not wait for a writer (or
// the system has no such flag).
const nonBlock = 0
