//go:build linux && (amd64 || arm64 || riscv64 || s390x || loong64)

package align

import (
	"os"
	"syscall"
)

// startWriteback sets the disk writing n bytes of f from off, and returns
// at once (sync_file_range with SYNC_FILE_RANGE_WRITE); a later Sync waits
// for them. It only hastens the sync: a failure is left to the sync.
func startWriteback(f *os.File, off, n int64) {
	if n <= 0 {
		return
	}
	const syncFileRangeWrite = 2
	syscall.Syscall6(syscall.SYS_SYNC_FILE_RANGE, f.Fd(), uintptr(off), uintptr(n), syncFileRangeWrite, 0, 0)
}
