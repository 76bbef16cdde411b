//go:build unix

package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInterrupt sends SIGINT to the built command in the middle of a large
// run and checks that it stops cleanly: exit 130, a one-line message, and
// the report file it was to write left as it was, with no temporary file
// beside it.
//
// "In the middle" is made certain without timing: the first article is a
// named pipe, so the command is known to be running (past its signal set-up,
// reading its inputs) once the test can open the pipe's writing end. The
// signal goes then, before the pipe delivers its article; thousands of
// articles remain to check.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "quotecheck")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())

	fifo := filepath.Join(dir, "pipe.txt")
	require.NoError(t, syscall.Mkfifo(fifo, 0o600))
	articles := articleCorpus(t, t.TempDir(), 3000)
	report := filepath.Join(dir, "report.json")
	old := []byte("the report of an earlier run\n")
	require.NoError(t, os.WriteFile(report, old, 0o644))

	args := append([]string{"check", "-t", seedRecord, "--format", "json=" + report, "-j", "2", fifo}, articles...)
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()

	// wait for the command to open the pipe (or to end, which fails the test)
	var w *os.File
	for w == nil {
		f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0)
		switch {
		case err == nil:
			w = f
		case errors.Is(err, syscall.ENXIO): // no reader yet
			select {
			case err := <-exited:
				t.Fatalf("the command ended before reading its first article: %v\n%s", err, stderr.String())
			default:
				syscall.Select(0, nil, nil, nil, &syscall.Timeval{Usec: 10_000}) // poll again shortly
			}
		default:
			require.NoError(t, err)
		}
	}
	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	_, err := w.WriteString("“We will,” Blinken said.\n")
	require.NoError(t, err)
	require.NoError(t, w.Close())

	err = <-exited
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee, "stderr: %s", stderr.String())
	assert.Equal(t, exitInterrupted, ee.ExitCode(), "stderr: %s", stderr.String())
	assert.Equal(t, "quotecheck: interrupted; no report written\n", stderr.String())
	got, err := os.ReadFile(report)
	require.NoError(t, err)
	assert.Equal(t, old, got, "the earlier report is kept whole")
	left, err := filepath.Glob(filepath.Join(dir, ".report.json*"))
	require.NoError(t, err)
	assert.Empty(t, left, "no temporary file is left")
}
