//go:build unix

package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNotAFile: a device given as any input, a named pipe given as an
// archive, and a named pipe no one writes to given as a transcript, an
// article, the configuration or the baseline are refused with an error
// naming them, exit 2. Opening a named pipe no one writes to used to
// wait forever (a signal did not stop it), and /dev/zero as the
// configuration was read until memory ran out.
func TestNotAFile(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "notes.txt")
	require.NoError(t, syscall.Mkfifo(pipe, 0o644))
	empty := filepath.Join(dir, "empty.txt")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"transcript", []string{"check", "-t", pipe, seed002}, "quotecheck: " + pipe + ": a named pipe no one wrote to\n"},
		{"article", []string{"check", "-t", seedRecord, pipe}, "quotecheck: " + pipe + ": a named pipe no one wrote to\n"},
		{"device_as_article", []string{"check", "-t", seedRecord, "/dev/zero"}, "quotecheck: /dev/zero: is a device, not a file\n"},
		{"configuration", []string{"check", "--config", pipe, "-t", seedRecord, seed002}, "quotecheck: " + pipe + ": a named pipe no one wrote to\n"},
		{"baseline", []string{"check", "--no-config", "--baseline", pipe, "-t", seedRecord, seed002}, "quotecheck: -baseline: " + pipe + ": a named pipe no one wrote to\n"},
		{"archive", []string{"check", "--no-config", "--archive", pipe, seed002}, "quotecheck: " + pipe + ": is a named pipe, not an archive\n"},
		{"archive_stats", []string{"index", "stats", pipe}, "quotecheck index stats: " + pipe + ": is a named pipe, not an archive\n"},
		{"archive_input", []string{"index", "build", "-o", filepath.Join(dir, "a.qci"), pipe}, "quotecheck: " + pipe + ": a named pipe no one wrote to\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runUnhung(t, pipe, c.args...)
			assert.Equal(t, exitError, code)
			assert.Contains(t, stderr, c.want)
		})
	}
	t.Run("configuration_over_the_size_limit", func(t *testing.T) {
		big := filepath.Join(dir, "big.yaml")
		require.NoError(t, os.WriteFile(big, []byte(strings.Repeat("# Harbor City desk settings\n", 100)), 0o644))
		code, _, stderr := runCLI("check", "--config", big, "--max-file-size", "1000", "-t", seedRecord, seed002)
		assert.Equal(t, exitError, code)
		assert.Equal(t, "quotecheck: "+big+": larger than the 1000-byte limit (raise it with -max-file-size)\n", stderr)
	})
}

// runUnhung runs the command; when it still waits on the named pipe after
// 20 seconds (a run that opens it as os.Open does waits for a writer), the
// test fails and a writer opens the pipe to end the wait, so the suite
// never hangs.
func runUnhung(t *testing.T, pipe string, args ...string) (int, string, string) {
	t.Helper()
	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	go func() {
		code, out, stderr := runCLI(args...)
		done <- result{code, out, stderr}
	}()
	select {
	case r := <-done:
		return r.code, r.stdout, r.stderr
	case <-time.After(20 * time.Second):
		t.Errorf("the run waits for a writer to %s", pipe)
	}
	for {
		// open the write end until the run's reader has gone: each open
		// lets a waiting open of the read end through
		if w, err := os.OpenFile(pipe, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			w.Close()
		}
		select {
		case r := <-done:
			return r.code, r.stdout, r.stderr
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// TestPipeWithWriterIsRead: a pipe someone writes to, as a shell's
// process substitution gives one ("-t <(…)", a path under /dev/fd), is
// read as the file it carries.
func TestPipeWithWriterIsRead(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc/self/fd names an open pipe on Linux")
	}
	record, err := os.ReadFile(seedRecord)
	require.NoError(t, err)
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	go func() {
		w.Write(record)
		w.Close()
	}()
	path := fmt.Sprintf("/proc/self/fd/%d", r.Fd())
	code, stdout, stderr := runUnhung(t, path, "check", "--no-config", "--format", "line", "-t", path, seed002)
	assert.NotEqual(t, exitError, code, stderr)
	assert.Contains(t, stdout, "seeds/002")
}

// TestArticlePipeIsReadOnce: an article that is a pipe ("check <(git
// show HEAD:draft.md)") is read once: its front matter and its check read
// the same bytes, where the front matter's read took them all and the
// check found "a named pipe no one wrote to".
func TestArticlePipeIsReadOnce(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("/proc/self/fd names an open pipe on Linux")
	}
	article, err := os.ReadFile(seed002)
	require.NoError(t, err)
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	go func() {
		w.Write(article)
		w.Close()
	}()
	path := fmt.Sprintf("/proc/self/fd/%d", r.Fd())
	code, stdout, stderr := runUnhung(t, path, "check", "--no-config", "--format", "line", "-t", seedRecord, path)
	assert.NotEqual(t, exitError, code, stderr)
	assert.Contains(t, stdout, path+":")
	assert.Empty(t, stderr)
}

// TestReportToPipeOrDevice: a report, a baseline or an archive given a
// named pipe, a device or a link to one as its file. A report and a
// baseline are written into it as it is ("-o /dev/stdout", "-o >(gzip >
// r.gz)"), never by a temporary file renamed over it, which put a regular
// file where the pipe was (its reader waited for ever) and, as root, over
// /dev/null itself; a named pipe no one reads is an error at once, exit 2.
// An archive, written at offsets, refuses them before anything is read.
func TestReportToPipeOrDevice(t *testing.T) {
	if st, err := os.Stat("/dev/null"); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		t.Skip("/dev/null is no device here")
	}
	dir := t.TempDir()
	null := filepath.Join(dir, "null.json") // a link to /dev/null: a test that fails replaces the link, never /dev/null
	require.NoError(t, os.Symlink("/dev/null", null))
	isLinkToNull := func(t *testing.T) {
		st, err := os.Lstat(null)
		require.NoError(t, err)
		assert.NotZero(t, st.Mode()&os.ModeSymlink, "%s is no longer a link", null)
	}

	t.Run("named_pipe_read", func(t *testing.T) {
		pipe := filepath.Join(dir, "report.txt")
		require.NoError(t, syscall.Mkfifo(pipe, 0o644))
		// the reader opens first, without waiting; the report (a few
		// hundred bytes) waits in the pipe until it reads
		r, err := os.OpenFile(pipe, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		require.NoError(t, err)
		defer r.Close()
		code, _, stderr := runUnhung(t, pipe, "check", "--no-config", "--format", "line", "-o", pipe, "-t", seedRecord, seed002)
		assert.NotEqual(t, exitError, code, stderr)
		got, err := io.ReadAll(r)
		require.NoError(t, err)
		assert.Contains(t, string(got), "seeds/002")
		st, err := os.Lstat(pipe)
		require.NoError(t, err)
		assert.NotZero(t, st.Mode()&os.ModeNamedPipe, "the report replaced the named pipe")
	})
	t.Run("named_pipe_no_one_reads", func(t *testing.T) {
		pipe := filepath.Join(dir, "unread.txt")
		require.NoError(t, syscall.Mkfifo(pipe, 0o644))
		code, _, stderr := runUnhung(t, pipe, "check", "--no-config", "-o", pipe, "-t", seedRecord, seed002)
		assert.Equal(t, exitError, code)
		assert.Contains(t, stderr, "quotecheck: writing "+pipe+": a named pipe no one reads\n")
		st, err := os.Lstat(pipe)
		require.NoError(t, err)
		assert.NotZero(t, st.Mode()&os.ModeNamedPipe, "the report replaced the named pipe")
	})
	t.Run("link_to_a_device", func(t *testing.T) {
		code, _, stderr := runCLI("check", "--no-config", "--format", "json", "-o", null, "-t", seedRecord, seed002)
		assert.NotEqual(t, exitError, code, stderr)
		isLinkToNull(t)
	})
	t.Run("baseline_to_a_device", func(t *testing.T) {
		code, _, stderr := runCLI("baseline", "--no-config", "-o", null, "-t", seedRecord, seed002)
		assert.Equal(t, exitPass, code, stderr)
		isLinkToNull(t)
	})
	t.Run("archive_to_a_device", func(t *testing.T) {
		code, _, stderr := runCLI("index", "build", "-o", null, seedRecord)
		assert.Equal(t, exitError, code)
		assert.Equal(t, "quotecheck index build: -o: "+null+": is a device, not a file\n", stderr)
		isLinkToNull(t)
	})
}

// TestReportThroughLink: a report whose file is a link to another
// ("latest.json" to "2025-03-02.json") replaces the file linked to, and
// the link stays one.
func TestReportThroughLink(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "2025-03-02.json")
	require.NoError(t, os.WriteFile(target, []byte("{}\n"), 0o644))
	link := filepath.Join(dir, "latest.json")
	require.NoError(t, os.Symlink("2025-03-02.json", link))
	code, _, stderr := runCLI("check", "--no-config", "--format", "json", "-o", link, "-t", seedRecord, seed002)
	assert.NotEqual(t, exitError, code, stderr)
	st, err := os.Lstat(link)
	require.NoError(t, err)
	assert.NotZero(t, st.Mode()&os.ModeSymlink, "the report replaced the link")
	got, err := os.ReadFile(target)
	require.NoError(t, err)
	assert.Contains(t, string(got), "002_c15b9b24642192a5")
}

// TestReportsThroughLinksRefused: reports whose files are links are
// refused before any report is written when a link leads into a folder
// that does not exist (the rename put a regular file where the link
// was), or when two reports are one file by two names: a link and its
// file, a named pipe and a link to it (the second report replaced the
// first, or found the pipe closed by it). A link whose file does not
// exist yet is written through and stays a link.
func TestReportsThroughLinksRefused(t *testing.T) {
	dir := t.TempDir()
	ok := filepath.Join(dir, "ok.json")
	lost := filepath.Join(dir, "lost.sarif")
	require.NoError(t, os.Symlink("gone/r.sarif", lost))
	code, _, stderr := runCLI("check", "--no-config", "--format", "json="+ok, "--format", "sarif="+lost, "-t", seedRecord, seed002)
	assert.Equal(t, exitError, code)
	assert.Equal(t, "quotecheck: -format: "+lost+": no such file or directory\n", stderr)
	assert.NoFileExists(t, ok)
	st, err := os.Lstat(lost)
	require.NoError(t, err)
	assert.NotZero(t, st.Mode()&os.ModeSymlink, "the report replaced the link")

	latest := filepath.Join(dir, "latest.json")
	require.NoError(t, os.WriteFile(ok, []byte("{}\n"), 0o644))
	require.NoError(t, os.Symlink("ok.json", latest))
	code, _, stderr = runCLI("check", "--no-config", "--format", "json="+ok, "--format", "sarif="+latest, "-t", seedRecord, seed002)
	assert.Equal(t, exitError, code)
	assert.Equal(t, "quotecheck: -format: json and sarif both write "+latest+"; give each its own file\n", stderr)
	got, err := os.ReadFile(ok)
	require.NoError(t, err)
	assert.Equal(t, "{}\n", string(got), "a report was written")

	// a link and the file it names, neither there yet
	fresh := filepath.Join(dir, "fresh.json")
	freshLink := filepath.Join(dir, "fresh-latest.json")
	require.NoError(t, os.Symlink("fresh.json", freshLink))
	code, _, stderr = runCLI("check", "--no-config", "--format", "json="+fresh, "--format", "sarif="+freshLink, "-t", seedRecord, seed002)
	assert.Equal(t, exitError, code)
	assert.Equal(t, "quotecheck: -format: json and sarif both write "+freshLink+"; give each its own file\n", stderr)
	assert.NoFileExists(t, fresh)

	pipe := filepath.Join(dir, "report.fifo")
	require.NoError(t, syscall.Mkfifo(pipe, 0o644))
	pipeLink := filepath.Join(dir, "report.link")
	require.NoError(t, os.Symlink("report.fifo", pipeLink))
	r, err := os.OpenFile(pipe, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	require.NoError(t, err)
	defer r.Close()
	code, _, stderr = runUnhung(t, pipe, "check", "--no-config", "--format", "line="+pipe, "--format", "json="+pipeLink, "-t", seedRecord, seed002)
	assert.Equal(t, exitError, code)
	assert.Equal(t, "quotecheck: -format: line and json both write "+pipeLink+"; give each its own file\n", stderr)

	next := filepath.Join(dir, "next.json")
	require.NoError(t, os.Symlink("2025-03-04.json", next))
	code, _, stderr = runCLI("check", "--no-config", "--format", "json", "-o", next, "-t", seedRecord, seed002)
	assert.NotEqual(t, exitError, code, stderr)
	st, err = os.Lstat(next)
	require.NoError(t, err)
	assert.NotZero(t, st.Mode()&os.ModeSymlink, "the report replaced the link")
	got, err = os.ReadFile(filepath.Join(dir, "2025-03-04.json"))
	require.NoError(t, err)
	assert.Contains(t, string(got), "002_c15b9b24642192a5")
}
