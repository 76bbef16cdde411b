//go:build unix

package align

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOpenStreamWritesWait: a named pipe opened by OpenStream, without
// waiting for a reader, writes as os.Create's would: its descriptor is
// blocking again, so a report larger than the pipe's buffer waits for a
// slow reader. On macOS, where the runtime keeps a named pipe out of its
// poller, the descriptor left non-blocking failed such a write half-way
// with "resource temporarily unavailable".
func TestOpenStreamWritesWait(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "report.json")
	require.NoError(t, syscall.Mkfifo(pipe, 0o644))
	r, err := os.OpenFile(pipe, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	require.NoError(t, err)
	defer r.Close()
	f, err := OpenStream(pipe)
	require.NoError(t, err)
	rc, err := f.SyscallConn()
	require.NoError(t, err)
	var flags uintptr
	require.NoError(t, rc.Control(func(fd uintptr) {
		flags, _, _ = syscall.Syscall(syscall.SYS_FCNTL, fd, syscall.F_GETFL, 0)
	}))
	assert.Zero(t, flags&syscall.O_NONBLOCK, "the stream writes without waiting")

	// the reader, opened without waiting as the writer was, waits for
	// data too (on macOS it would fail as the writer did)
	require.NoError(t, blockingWrites(r))
	report := bytes.Repeat([]byte("Tom Reed said the clinic stays open.\n"), 1<<15) // 1.2 MB, past any pipe's buffer
	done := make(chan error, 1)
	go func() {
		_, err := f.Write(report)
		done <- errors.Join(err, f.Close())
	}()
	time.Sleep(50 * time.Millisecond) // a reader that has not caught up
	got, err := io.ReadAll(r)
	require.NoError(t, err)
	require.NoError(t, <-done)
	assert.Equal(t, len(report), len(got))
}
