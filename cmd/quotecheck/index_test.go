package main

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// copyTree copies the seed record and the transcripts of every layout into
// a folder tree, as a newsroom keeps them.
func copyTree(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "transcripts")
	for src, dst := range map[string]string{
		seedRecord: "2025/tokyo-remarks.txt",
		"../../testdata/transcripts/briefing.vtt":   "2024/briefing.vtt",
		"../../testdata/transcripts/briefings.csv":  "2024/briefings.csv",
		"../../testdata/transcripts/commercial.txt": "2024/interview.txt",
	} {
		b, err := os.ReadFile(src)
		require.NoError(t, err)
		p := filepath.Join(dir, dst)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, b, 0o644))
	}
	return dir
}

func TestIndexBuildAddStatsCheck(t *testing.T) {
	dir := copyTree(t)
	archive := filepath.Join(t.TempDir(), "briefings.qci")

	code, out, stderr := runCLI("index", "build", "-o", archive, dir)
	require.Equal(t, exitPass, code, stderr)
	assert.Contains(t, out, "briefings.qci: 5 transcripts", "the CSV holds two dated events")
	assert.Empty(t, stderr, "no progress when standard error is not a terminal")

	code, out, stderr = runCLI("index", "stats", archive)
	require.Equal(t, exitPass, code, stderr)
	assert.Regexp(t, `\(format version \d+\)`, out)
	for _, want := range []string{"transcripts:  5", "dates:        2024-05-01 to 2025-01-07", "norms", "gpos"} {
		assert.Contains(t, out, want)
	}

	// check --archive reports what check -t reports, the archive named
	// among the transcripts
	code, fromArchive, stderr := runCLI("check", "--archive", archive, "--format", "text", seed001)
	require.Equal(t, exitFail, code, stderr)
	_, fromFiles, _ := runCLI("check", "-t", dir, "-t", filepath.Join(dir, "2024", "briefings.csv"), "--format", "text", seed001)
	assert.Equal(t, fromFiles, fromArchive)
	assert.Contains(t, fromArchive, "tokyo-remarks.txt:17 (2025-01-07)")

	// add: only the new file is read; the archive then equals a build of all
	extra := filepath.Join(t.TempDir(), "unlabelled.txt")
	b, err := os.ReadFile("../../testdata/transcripts/unlabelled.txt")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(extra, b, 0o644))
	code, out, stderr = runCLI("index", "add", archive, extra)
	require.Equal(t, exitPass, code, stderr)
	assert.Contains(t, out, "added 1 files")
	assert.Contains(t, out, "re-derived from the stored word ids")
	assert.Contains(t, out, "6 transcripts")
	code, _, stderr = runCLI("index", "add", archive, extra)
	assert.Equal(t, exitPass, code)
	assert.Contains(t, stderr, "already in")

	// combined with -t: the transcripts are added for the run
	code, _, stderr = runCLI("check", "--archive", archive, "-t", "../../testdata/transcripts/remarks.txt", seed001)
	assert.Equal(t, exitFail, code, stderr)

	// -j does not change the archive
	one, many := filepath.Join(t.TempDir(), "one.qci"), filepath.Join(t.TempDir(), "many.qci")
	require.Equal(t, exitPass, first(runCLI("index", "build", "-j", "1", "-o", one, dir)))
	require.Equal(t, exitPass, first(runCLI("index", "build", "-j", "3", "-o", many, dir)))
	b1, _ := os.ReadFile(one)
	b2, _ := os.ReadFile(many)
	assert.Equal(t, b1, b2)
}

func first(code int, _, _ string) int { return code }

func TestIndexErrors(t *testing.T) {
	dir := copyTree(t)
	archive := filepath.Join(t.TempDir(), "briefings.qci")
	require.Equal(t, exitPass, first(runCLI("index", "build", "-o", archive, dir)))
	data, err := os.ReadFile(archive)
	require.NoError(t, err)
	corrupt := filepath.Join(t.TempDir(), "corrupt.qci")
	data[len(data)/2] ^= 0xFF
	require.NoError(t, os.WriteFile(corrupt, data, 0o644))
	truncated := filepath.Join(t.TempDir(), "truncated.qci")
	require.NoError(t, os.WriteFile(truncated, data[:len(data)/3], 0o644))
	// a byte in every 1 KiB block of the texts flipped: the archive opens
	// (the texts are checked when first read), and the check that reads
	// one stops the run
	data[len(data)/2] ^= 0xFF
	textOnly := filepath.Join(t.TempDir(), "text.qci")
	le := binary.LittleEndian
	for i := range int(le.Uint32(data[12:])) {
		e := data[32+32*i:]
		if string(e[:4]) == "text" {
			off, n := int(le.Uint64(e[8:])), int(le.Uint64(e[16:]))
			for k := off; k < off+n; k += 1024 {
				data[k] ^= 0x20
			}
		}
	}
	require.NoError(t, os.WriteFile(textOnly, data, 0o644))

	cases := []struct {
		name string
		args []string
		want string
	}{
		{"corrupt archive", []string{"check", "--archive", corrupt, seed001}, "corrupt.qci: corrupt section"},
		{"truncated archive", []string{"check", "--archive", truncated, seed001}, "truncated.qci: truncated"},
		{"archive corrupt where a check reads", []string{"check", "--archive", textOnly, seed001}, "text.qci: corrupt section \"text\""},
		{"missing archive", []string{"check", "--archive", "nowhere.qci", seed001}, "nowhere.qci"},
		{"not an archive", []string{"index", "stats", seedRecord}, "not a quotecheck archive"},
		{"stats of an archive corrupt where only a check would read", []string{"index", "stats", textOnly}, "text.qci: corrupt section \"text\""},
		{"build without -o", []string{"index", "build", dir}, "-o ARCHIVE is required"},
		{"add to a corrupt archive", []string{"index", "add", corrupt, seedRecord}, "corrupt.qci"},
		{"add to an archive corrupt where only a check would read", []string{"index", "add", textOnly, seedRecord}, "index add: " + textOnly + ": corrupt section \"text\""},
		{"unknown subcommand", []string{"index", "merge"}, "unknown command"},
		{"archive as a transcript", []string{"check", "-t", archive, seed001}, archive + ": is a quotecheck archive, not a text to read (check reads it with --archive)"},
		{"archive as an article", []string{"check", "-t", seedRecord, archive}, archive + ": is a quotecheck archive, not a text to read (check reads it with --archive)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(c.args...)
			assert.Equal(t, exitError, code)
			assert.Contains(t, stderr, c.want)
		})
	}
	t.Run("unreadable file in the tree", func(t *testing.T) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "broken.srt"), []byte("1\n00:00:01,000 --> nonsense\n"), 0o644))
		out := filepath.Join(t.TempDir(), "partial.qci")
		code, _, stderr := runCLI("index", "build", "-o", out, dir)
		assert.Equal(t, exitError, code, "the others are indexed, the run says it failed")
		assert.Contains(t, stderr, "broken.srt")
		_, err := os.Stat(out)
		assert.NoError(t, err)
	})
}

// TestIndexBuildOverItsInput: an archive written over a transcript it is
// built from would destroy the transcript; it is refused before anything
// is read, and the transcript is left as it was. So is an archive that
// cannot be written where it is asked for: a folder, a folder that does
// not exist. The reasons are those of a report's file (checkOutput).
func TestIndexBuildOverItsInput(t *testing.T) {
	dir := copyTree(t)
	record := filepath.Join(dir, "2025", "tokyo-remarks.txt")
	link := filepath.Join(t.TempDir(), "remarks-link.txt")
	require.NoError(t, os.Symlink(record, link))
	missing := filepath.Join(t.TempDir(), "missing", "briefings.qci")
	before, err := os.ReadFile(record)
	require.NoError(t, err)
	cases := []struct {
		name, out, want string
	}{
		{"the_transcript", record, "quotecheck index build: -o: " + record + " is an input of the run; the archive would overwrite it\n"},
		{"a_link_to_it", link, "quotecheck index build: -o: " + link + " is an input of the run; the archive would overwrite it\n"},
		{"a_folder", dir, "quotecheck index build: -o: " + dir + ": is a folder, not a file\n"},
		{"in_a_missing_folder", missing, "quotecheck index build: -o: " + missing + ": no such file or directory\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI("index", "build", "-o", c.out, dir)
			assert.Equal(t, exitError, code)
			assert.Equal(t, c.want, stderr)
			after, err := os.ReadFile(record)
			require.NoError(t, err)
			assert.Equal(t, before, after, "the transcript is untouched")
			assert.NoFileExists(t, missing)
		})
	}
}

// TestIndexBuildThroughLink: an archive written to a link replaces the
// file the link names, made if it is not there yet, and the link stays a
// link ("latest.qci" linked to "2025-03.qci"), as a report's does.
func TestIndexBuildThroughLink(t *testing.T) {
	dir := copyTree(t)
	out := t.TempDir()
	latest := filepath.Join(out, "latest.qci")
	require.NoError(t, os.Symlink("2025-03.qci", latest))
	for _, round := range []string{"made", "replaced"} {
		code, _, stderr := runCLI("index", "build", "-o", latest, dir)
		require.Equal(t, exitPass, code, "%s: %s", round, stderr)
		st, err := os.Lstat(latest)
		require.NoError(t, err)
		assert.NotZero(t, st.Mode()&os.ModeSymlink, "%s: the archive replaced the link", round)
		assert.FileExists(t, filepath.Join(out, "2025-03.qci"), round)
	}
}
