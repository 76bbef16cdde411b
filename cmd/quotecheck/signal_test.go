//go:build unix

package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInterrupt sends SIGINT to the built command in the middle of a large
// run and checks that it stops cleanly: exit 130, a one-line message, and
// the report file it was to write left as it was, with no temporary file
// beside it.
//
// "In the middle" is made certain without timing: the first article comes
// on standard input, a pipe, and the test writes more to it than a pipe
// holds, so the write returns only once the command reads (past its signal
// set-up, reading its inputs). The signal goes then, before the article
// ends; thousands of articles remain to check.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the command")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "quotecheck")
	build := exec.Command("go", "build", "-o", bin, ".")
	build.Stderr = os.Stderr
	require.NoError(t, build.Run())

	articles := articleCorpus(t, t.TempDir(), 3000)
	report := filepath.Join(dir, "report.json")
	old := []byte("the report of an earlier run\n")
	require.NoError(t, os.WriteFile(report, old, 0o644))

	r, w, err := os.Pipe()
	require.NoError(t, err)
	args := append([]string{"check", "--no-config", "-t", seedRecord, "--format", "json=" + report, "-j", "2", "-"}, articles...)
	cmd := exec.Command(bin, args...)
	cmd.Stdin = r
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	r.Close()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()

	// more than a pipe holds (64 KiB, 1 MiB at most when raised): written
	// once the command reads it, or failed when it ends first
	_, err = w.WriteString(strings.Repeat("The harbor board met in Salem on Monday. ", 2<<20/41))
	require.NoError(t, err, "the command ended before reading its first article: %s", stderr.String())
	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	_, err = w.WriteString("\n“We will,” Blinken said.\n")
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
