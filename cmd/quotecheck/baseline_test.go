package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align"
)

func TestFingerprint(t *testing.T) {
	base := fingerprint("We’re friends—and that is what makes us strong", align.Altered)
	assert.Len(t, base, 16)
	assert.Equal(t, base, fingerprint("we are  friends -- and that is what makes us strong", align.Altered), "typography, case and spacing are not changes")
	assert.NotEqual(t, base, fingerprint("We’re friends—and that is what makes us strong", align.Paraphrased), "a new verdict")
	assert.NotEqual(t, base, fingerprint("We’re friends—and that is what makes us stronger", align.Altered), "a new word")
	assert.NotEqual(t, base, fingerprint("We’re friends … that is what makes us strong", align.Altered), "an ellipsis")
}

// The baseline of seed 001 against the record: every failing quote,
// sorted, with an empty reason to fill in.
func TestGoldenBaseline(t *testing.T) {
	goldenPath, err := filepath.Abs(filepath.Join("testdata", "newsroom", "baseline.golden"))
	require.NoError(t, err)
	newsroomTree(t, map[string]string{"remarks.txt": "@seed000", "drafts/001.txt": "@seed001", "drafts/002.txt": "@seed002"})
	code, out, stderr := runCLI("baseline", "-t", "remarks.txt", "-o", "acknowledged.yaml", "drafts/")
	require.Equal(t, exitPass, code, stderr)
	assert.Empty(t, out)
	assert.Contains(t, stderr, "wrote 10 acknowledged quote(s) to acknowledged.yaml; 10 without a reason")
	data, err := os.ReadFile("acknowledged.yaml")
	require.NoError(t, err)
	goldenFile(t, goldenPath, string(data))

	// written again: the same bytes
	_, _, _ = runCLI("baseline", "-t", "remarks.txt", "-o", "acknowledged.yaml", "drafts/")
	again, err := os.ReadFile("acknowledged.yaml")
	require.NoError(t, err)
	assert.Equal(t, string(data), string(again))
}

func TestBaselineAcknowledges(t *testing.T) {
	newsroomTree(t, map[string]string{
		".quotecheck.yaml": "transcripts: [remarks.txt]\nbaseline: .quotecheck-baseline.yaml\n",
		"remarks.txt":      "@seed000",
		"drafts/001.txt":   "@seed001",
		"drafts/002.txt":   "@seed002",
	})
	code, _, stderr := runCLI("check", "drafts/")
	require.Equal(t, exitError, code, "the config names a baseline not yet written")
	assert.Contains(t, stderr, ".quotecheck.yaml:2: baseline: ")

	code, _, stderr = runCLI("baseline", "drafts/")
	require.Equal(t, exitPass, code, stderr)
	code, r, stderr := runJSON(t, "check", "drafts/")
	assert.Equal(t, exitPass, code, "every failing quote is acknowledged")
	assert.Equal(t, "pass", r.Summary.Gate)
	assert.Empty(t, r.Warnings)
	assert.Contains(t, stderr, "10 acknowledged quote(s) pass by .quotecheck-baseline.yaml")
	for _, q := range r.Quotes {
		assert.Contains(t, []string{"verbatim", "faithful", "unverifiable", "skipped"}, q.Verdict, q.Text)
	}

	// a reason given, then 002's altered quote changes
	bl, err := os.ReadFile(".quotecheck-baseline.yaml")
	require.NoError(t, err)
	withReason := strings.Replace(string(bl), `reason: ""`, `reason: "quoted from the video"`, 1)
	require.NoError(t, os.WriteFile(".quotecheck-baseline.yaml", []byte(withReason), 0o644))
	d, err := os.ReadFile("drafts/002.txt")
	require.NoError(t, err)
	require.NoError(t, os.WriteFile("drafts/002.txt", []byte(strings.Replace(string(d), "promoting a course for progress", "promoting a true course for progress", 1)), 0o644))

	code, r, _ = runJSON(t, "check", "drafts/")
	assert.Equal(t, exitFail, code, "a changed quote is checked again")
	require.Len(t, r.Warnings, 1)
	w := r.Warnings[0]
	assert.Equal(t, ".quotecheck-baseline.yaml", w.File)
	assert.Contains(t, w.Message, "stale baseline entry: no quote of drafts/002.txt reads “where Japan and the United States are promoting")
	lines := strings.Split(withReason, "\n")
	require.Greater(t, len(lines), w.Line)
	assert.Equal(t, "  - file: drafts/002.txt", lines[w.Line-1], "the warning points at the entry")

	code, _, _ = runCLI("check", "--baseline", "", "drafts/001.txt")
	assert.Equal(t, exitFail, code, "--baseline \"\" shows every quote")

	// written again: the reason stays, the stale entry goes, the new finding comes
	code, _, stderr = runCLI("baseline", "drafts/")
	require.Equal(t, exitPass, code, stderr)
	bl, err = os.ReadFile(".quotecheck-baseline.yaml")
	require.NoError(t, err)
	assert.Contains(t, string(bl), `reason: quoted from the video`)
	assert.Contains(t, string(bl), "promoting a true course")
	assert.NotContains(t, string(bl), "promoting a course")
}

// TestBaselineFingerprintRead: an entry whose fingerprint does not match
// its quote and verdict, as one written by a version of quotecheck that
// folded words otherwise has, still acknowledges its quote, with a
// warning at its line.
func TestBaselineFingerprintRead(t *testing.T) {
	newsroomTree(t, map[string]string{"remarks.txt": "@seed000", "drafts/002.txt": "@seed002"})
	code, _, stderr := runCLI("baseline", "-t", "remarks.txt", "-o", "b.yaml", "drafts/")
	require.Equal(t, exitPass, code, stderr)
	data, err := os.ReadFile("b.yaml")
	require.NoError(t, err)
	i := strings.Index(string(data), "fingerprint: ")
	require.Positive(t, i)
	fp := string(data[i+len("fingerprint: ") : i+len("fingerprint: ")+16])
	require.NoError(t, os.WriteFile("b.yaml", []byte(strings.Replace(string(data), fp, "0123456789abcdef", 1)), 0o644))

	code, _, stderr = runCLI("check", "--no-config", "-t", "remarks.txt", "--baseline", "b.yaml", "drafts/")
	assert.Equal(t, exitPass, code, stderr)
	line := strings.Count(string(data[:strings.Index(string(data), "  - file:")]), "\n") + 1
	assert.Contains(t, stderr, fmt.Sprintf("b.yaml:%d: warning: the fingerprint does not match the quote and verdict", line))
}

func TestBaselineErrors(t *testing.T) {
	entry := "version: 1\nacknowledged:\n  - file: d.txt\n    quote: Words\n    verdict: altered\n    speaker: X\n    fingerprint: %s\n    reason: \"\"\n"
	good := fingerprint("Words", align.Altered)
	cases := []struct{ name, text, want string }{
		{"unknown key", strings.Replace(strings.Replace(entry, "%s", good, 1), "speaker:", "said_by:", 1), "b.yaml:6: unknown key \"said_by\""},
		{"unknown verdict", strings.Replace(strings.Replace(entry, "%s", good, 1), "altered", "changed", 1), "b.yaml:3: verdict: "},
		{"no version", "acknowledged: []\n", "b.yaml:1: no version (want version: 1)"},
		{"a newer version", "version: 2\nacknowledged: []\n", "b.yaml:1: version: want 1, not the number 2"},
		{"no fingerprint", strings.Replace(entry, "    fingerprint: %s\n", "", 1), "b.yaml:3: acknowledged quote without fingerprint"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			newsroomTree(t, map[string]string{"b.yaml": c.text, "remarks.txt": "@seed000", "d.txt": "@seed002"})
			code, out, stderr := runCLI("check", "--no-config", "-t", "remarks.txt", "--baseline", "b.yaml", "d.txt")
			assert.Equal(t, exitError, code)
			assert.Contains(t, stderr, c.want)
			assert.Empty(t, out)
		})
	}
}

// TestBaselineOverAnInput: the baseline command's -o is checked as a
// report's file is, before anything is read: over a draft or a transcript
// of the run, or in a folder that does not exist, it is refused with the
// reason, and the draft is left as it was.
func TestBaselineOverAnInput(t *testing.T) {
	newsroomTree(t, map[string]string{"remarks.txt": "@seed000", "drafts/001.txt": "@seed001"})
	before, err := os.ReadFile("drafts/001.txt")
	require.NoError(t, err)
	cases := []struct{ out, want string }{
		{"drafts/001.txt", "quotecheck: -o: drafts/001.txt is an input of the run; the baseline would overwrite it\n"},
		{"remarks.txt", "quotecheck: -o: remarks.txt is an input of the run; the baseline would overwrite it\n"},
		{"desk/acknowledged.yaml", "quotecheck: -o: desk/acknowledged.yaml: no such file or directory\n"},
	}
	for _, c := range cases {
		code, out, stderr := runCLI("baseline", "--no-config", "-t", "remarks.txt", "-o", c.out, "drafts/001.txt")
		assert.Equal(t, exitError, code, c.out)
		assert.Equal(t, c.want, stderr, c.out)
		assert.Empty(t, out)
	}
	after, err := os.ReadFile("drafts/001.txt")
	require.NoError(t, err)
	assert.Equal(t, before, after)
}
