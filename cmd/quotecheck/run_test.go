package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

const (
	seedRecord = "../../testdata/seeds/000_adf2d0d08684c947.txt"
	seed001    = "../../testdata/seeds/001_c78c3c7143cf625d.txt"
	seed002    = "../../testdata/seeds/002_c15b9b24642192a5.txt"
	seed003    = "../../testdata/seeds/003_3f64001593826196.txt"
	seed004    = "../../testdata/seeds/004_42f1c81c42cc92c4.txt"
)

func runCLI(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run 'make golden' to create it")
	assert.Equal(t, string(want), got)
}

func TestGoldenSeeds(t *testing.T) {
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			code, out, stderr := runCLI("check", "-t", seedRecord, "--format", format, seed001, seed002, seed003, seed004)
			assert.Equal(t, exitFail, code, stderr)
			golden(t, "seeds."+format+".golden", out)
			// the same input gives the same bytes
			_, again, _ := runCLI("check", "-t", seedRecord, "--format", format, seed001, seed002, seed003, seed004)
			assert.Equal(t, out, again)
		})
	}
}

func TestJSONContract(t *testing.T) {
	code, out, _ := runCLI("check", "-t", seedRecord, "--format", "json", seed002)
	require.Equal(t, exitFail, code)
	var rep struct {
		SchemaVersion int `json:"schema_version"`
		Quotes        []map[string]any
		Warnings      []any
		Summary       struct {
			Articles []any
			Totals   map[string]int
			Failing  int
			Gate     string
			FailOn   []string `json:"fail_on"`
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.Equal(t, 1, rep.SchemaVersion)
	require.Len(t, rep.Quotes, 5)
	for _, q := range rep.Quotes {
		for _, k := range []string{"file", "line", "column", "end_line", "end_column", "offset", "end_offset", "text",
			"attributed_to", "speaker", "attribution", "verdict", "similarity", "source", "wording", "diff"} {
			assert.Contains(t, q, k)
		}
	}
	assert.Equal(t, "fail", rep.Summary.Gate)
	assert.Equal(t, 1, rep.Summary.Failing)
	assert.Equal(t, 1, rep.Summary.Totals["altered"])
	assert.Equal(t, []string{"altered", "paraphrased", "fabricated", "misattributed"}, rep.Summary.FailOn)
	// offsets point at the quote's words in the file
	data, err := os.ReadFile(seed002)
	require.NoError(t, err)
	q := rep.Quotes[3]
	assert.Equal(t, q["text"], string(data[int(q["offset"].(float64)):int(q["end_offset"].(float64))]))
	assert.Equal(t, "faithful", q["verdict"])
}

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	binary := filepath.Join(dir, "image.txt")
	require.NoError(t, os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644))
	empty := filepath.Join(dir, "empty")
	require.NoError(t, os.Mkdir(empty, 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(empty, "notes.csv"), []byte("a,b\n"), 0o644))
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"seeds fail the gate", []string{"check", "-t", seedRecord, seed001, seed002, seed003, seed004}, exitFail, ""},
		{"002 alone fails on its altered quote", []string{"check", "-t", seedRecord, seed002}, exitFail, ""},
		{"002 passes a gate on fabrications only", []string{"check", "-t", seedRecord, "--fail-on", "fabricated,misattributed", seed002}, exitPass, ""},
		{"flags after the articles", []string{"check", seed002, "-t", seedRecord, "--fail-on=fabricated"}, exitPass, ""},
		{"missing article", []string{"check", "-t", seedRecord, filepath.Join(dir, "nope.txt")}, exitError, "nope.txt"},
		{"missing transcript", []string{"check", "-t", filepath.Join(dir, "gone.txt"), seed002}, exitError, "gone.txt"},
		{"binary article", []string{"check", "-t", seedRecord, binary}, exitError, "image.txt"},
		{"binary transcript", []string{"check", "-t", binary, seed002}, exitError, "image.txt"},
		{"folder with no transcript", []string{"check", "-t", empty, seed002}, exitError, "holds no transcript"},
		{"a folder of articles: each is read", []string{"check", "-t", seedRecord, dir}, exitError, "image.txt"},
		{"unknown flag", []string{"check", "--bogus", "-t", seedRecord, seed002}, exitError, "bogus"},
		{"unknown format", []string{"check", "--format", "yaml", "-t", seedRecord, seed002}, exitError, "valid: "},
		{"unknown verdict", []string{"check", "--fail-on", "wrong", "-t", seedRecord, seed002}, exitError, "wrong"},
		{"unknown command", []string{"frobnicate"}, exitError, "frobnicate"},
		{"no transcript", []string{"check", seed002}, exitError, "no transcript"},
		{"an article that fails to read wins over the gate", []string{"check", "-t", seedRecord, seed001, binary}, exitError, "image.txt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runCLI(c.args...)
			assert.Equal(t, c.code, code, stderr)
			assert.Contains(t, stderr, c.stderr)
			if c.code == exitError {
				assert.NotContains(t, stderr, "panic")
			}
		})
	}
}

func TestTranscriptFolder(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(seedRecord)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "remarks.txt"), data, 0o644))
	code, out, stderr := runCLI("check", "-t", dir, "--format", "json", seed002)
	assert.Equal(t, exitFail, code, stderr)
	assert.Contains(t, out, `"verdict": "faithful"`)
}

func TestFormatsToFiles(t *testing.T) {
	dir := t.TempDir()
	js, txt := filepath.Join(dir, "r.json"), filepath.Join(dir, "r.txt")
	code, out, stderr := runCLI("check", "-t", seedRecord, "--format", "json="+js, "--format", "text="+txt, seed002)
	require.Equal(t, exitFail, code, stderr)
	assert.Empty(t, out)
	b, err := os.ReadFile(js)
	require.NoError(t, err)
	assert.True(t, json.Valid(b))
	b, err = os.ReadFile(txt)
	require.NoError(t, err)
	assert.Contains(t, string(b), "gate: FAIL")
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 2, "no temporary files left behind")

	code, _, stderr = runCLI("check", "-t", seedRecord, "--format", "json", "-o", js, seed002)
	require.Equal(t, exitFail, code, stderr)
}

// TestOversizedRefusedUnread: a file over -max-file-size is refused from
// its size, before a byte is read: a 1 GiB draft (sparse here) costs no
// buffer of the limit's size filled first.
func TestOversizedRefusedUnread(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(p)
	require.NoError(t, err)
	require.NoError(t, f.Truncate(1<<30))
	require.NoError(t, f.Close())
	const limit = 16 << 20
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = readLimited(p, limit)
	runtime.ReadMemStats(&after)
	assert.EqualError(t, err, p+": larger than the 16777216-byte limit (raise it with -max-file-size)")
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(limit/4), "bytes allocated")
}
