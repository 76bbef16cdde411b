//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOddNames: a file name with an escape sequence, a line break, a bidi
// override or a byte that is not UTF-8 is quoted wherever it is shown, in
// standard error and in the report, so that it neither acts on the terminal
// nor writes a line of its own ("x\nok: all quotes verbatim"); a plain
// name stays plain.
func TestOddNames(t *testing.T) {
	dir := t.TempDir()
	record := filepath.Join(dir, "reed.txt")
	require.NoError(t, os.WriteFile(record, []byte("TOM REED: We will fund the clinic on Main Street this year, and the harbor tax stays where it is.\n"), 0o644))
	article := filepath.Join(dir, "a\x1b[2Jb.txt")
	require.NoError(t, os.WriteFile(article, []byte("“We will fund the school on Main Street this year,” Tom Reed said.\n"), 0o644))

	t.Run("stderr", func(t *testing.T) {
		forged := filepath.Join(dir, "x\nok: all quotes verbatim.md")
		bidi := filepath.Join(dir, "draft\u202edm.txt")
		bad := filepath.Join(dir, "kemp\xff.md")
		code, _, stderr := runCLI("check", "--no-config", "-t", record, forged, bidi, bad, article)
		assert.Equal(t, exitError, code)
		assert.Equal(t, "quotecheck: \""+dir+"/x\\nok: all quotes verbatim.md\": no such file or directory\n"+
			"quotecheck: \""+dir+"/draft\\u202edm.txt\": no such file or directory\n"+
			"quotecheck: \""+dir+"/kemp\\xff.md\": no such file or directory\n", stderr)
	})
	t.Run("usage_error", func(t *testing.T) {
		code, _, stderr := runCLI("check", "--no-config", "-t", record, "-o", filepath.Join(dir, "gone\x1b[2J", "r.json"), article)
		assert.Equal(t, exitError, code)
		assert.Equal(t, "quotecheck: -o: \""+dir+"/gone\\x1b[2J/r.json\": no such file or directory\n", stderr)
	})
	t.Run("unknown_flag", func(t *testing.T) {
		code, _, stderr := runCLI("check", "--a\x1b[2Jb", "-t", record, article)
		assert.Equal(t, exitError, code)
		assert.True(t, strings.HasPrefix(stderr, "flag provided but not defined: -a\\x1b[2Jb\nUsage of check:\n"), stderr)
		assert.NotContains(t, stderr, "\x1b")
	})
	t.Run("report", func(t *testing.T) {
		code, stdout, stderr := runCLI("check", "--no-config", "-t", record, "--format", "line", article)
		assert.Equal(t, exitFail, code)
		assert.Empty(t, stderr)
		assert.Equal(t, "\""+dir+"/a\\x1b[2Jb.txt\":1:2: altered: Tom Reed: words changed without marking; source: Tom Reed, "+record+":1\n", stdout)
	})
	t.Run("index build", func(t *testing.T) {
		// the archive's name in the error that nothing was written, and in
		// the progress line drawn while it is written, is quoted: a
		// terminal shows it, and is not cleared by it
		archive := filepath.Join(dir, "rec\x1b[2J.qci")
		unreadable := filepath.Join(dir, "kemp.srt")
		require.NoError(t, os.WriteFile(unreadable, []byte("1\n00:00:01,000 --> nonsense\n"), 0o644))
		code, _, stderr := runCLI("index", "build", "-o", archive, unreadable)
		assert.Equal(t, exitError, code)
		assert.Contains(t, stderr, "quotecheck index build: no transcript could be read; \""+dir+"/rec\\x1b[2J.qci\" not written\n")
		assert.NotContains(t, stderr, "\x1b")
		var b strings.Builder
		p := newProgress(&b, "never", 1, 1)
		p.writing(archive)
		p.draw()
		assert.True(t, strings.HasPrefix(b.String(), "\rwriting \""+dir+"/rec\\x1b[2J.qci\": "), b.String())
		assert.NotContains(t, b.String(), "\x1b")
	})
	t.Run("plain", func(t *testing.T) {
		plain := filepath.Join(dir, "Salem café notes.txt")
		code, _, stderr := runCLI("check", "--no-config", "-t", record, plain)
		assert.Equal(t, exitError, code)
		assert.Equal(t, "quotecheck: "+plain+": no such file or directory\n", stderr)
	})
}
