package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newsroomTree writes files (path → content; "@seed000" and the like copy
// a seed) into a temporary folder, makes it the working folder and returns
// it. A test that uses it cannot run in parallel.
func newsroomTree(t *testing.T, files map[string]string) string {
	t.Helper()
	seeds := map[string]string{"@seed000": seedRecord, "@seed001": seed001, "@seed002": seed002}
	dir := t.TempDir()
	for name, content := range files {
		if src, ok := seeds[content]; ok {
			data, err := os.ReadFile(src)
			require.NoError(t, err)
			content = string(data)
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	}
	t.Chdir(dir)
	return dir
}

// jsonRun is the part of the JSON report the tests read.
type jsonRun struct {
	Quotes []struct {
		File        string `json:"file"`
		Line        int    `json:"line"`
		Text        string `json:"text"`
		Speaker     string `json:"speaker"`
		Verdict     string `json:"verdict"`
		Reason      string `json:"reason"`
		AttributeTo string `json:"attributed_to"`
	} `json:"quotes"`
	Warnings []struct {
		File    string `json:"file"`
		Line    int    `json:"line"`
		Message string `json:"message"`
	} `json:"warnings"`
	Errors  []string `json:"errors"`
	Summary struct {
		Gate   string   `json:"gate"`
		FailOn []string `json:"fail_on"`
	} `json:"summary"`
}

func runJSON(t *testing.T, args ...string) (int, jsonRun, string) {
	t.Helper()
	code, out, stderr := runCLI(append(args, "--format", "json")...)
	var r jsonRun
	if out != "" {
		require.NoError(t, json.Unmarshal([]byte(out), &r), out)
	}
	return code, r, stderr
}

// verdictOf is the verdict of the quote that begins with prefix.
func (r jsonRun) verdictOf(prefix string) string {
	for _, q := range r.Quotes {
		if strings.HasPrefix(q.Text, prefix) {
			return q.Verdict
		}
	}
	return ""
}

func TestConfigErrors(t *testing.T) {
	cases := []struct {
		name, config, want string
	}{
		{"unknown key", "transcripts: [remarks.txt]\ntranscript: [x]\n", ".quotecheck.yaml:2: unknown key \"transcript\" (valid: aliases, baseline, fail_on, ignore, min_similarity, transcripts)"},
		{"transcripts not a list", "transcripts: remarks.txt\n", ".quotecheck.yaml:1: want a list, not the text \"remarks.txt\""},
		{"a transcript not a text", "transcripts:\n  - remarks.txt\n  - {a: b}\n", ".quotecheck.yaml:3: want a text, not a map"},
		{"missing transcript", "transcripts:\n  - remarks.txt\n  - gone.txt\n", ".quotecheck.yaml:3: transcripts: gone.txt: no such file or directory"},
		{"unknown verdict", "transcripts: [remarks.txt]\nfail_on: [altered, wrong]\n", ".quotecheck.yaml:2: fail_on: "},
		{"similarity a text", "transcripts: [remarks.txt]\nmin_similarity: \"0.8\"\n", ".quotecheck.yaml:2: want a number from 0 to 1, not the text \"0.8\""},
		{"similarity out of range", "transcripts: [remarks.txt]\nmin_similarity: 80\n", ".quotecheck.yaml:2: min_similarity: 80 is not a number from 0 to 1"},
		{"aliases a list", "transcripts: [remarks.txt]\naliases: [Tony Blinken]\n", ".quotecheck.yaml:2: want a map from a name as articles write it to a speaker of the record, not a list"},
		{"alias without a speaker", "transcripts: [remarks.txt]\naliases:\n  Tony Blinken:\n", ".quotecheck.yaml:3: aliases: each entry"},
		{"key given twice", "transcripts: [remarks.txt]\nignore: []\nignore: [x]\n", ".quotecheck.yaml:3: ignore is given twice (first at line 2)"},
		{"bad glob", "transcripts: [remarks.txt]\nignore: [\"drafts/[\"]\n", ".quotecheck.yaml:2: ignore: \"drafts/[\" is not a glob pattern"},
		{"not YAML", "transcripts: [remarks.txt\n", ".quotecheck.yaml:1: did not find expected ',' or ']'"},
		{"not a map", "- remarks.txt\n", ".quotecheck.yaml:1: want a map of settings"},
		{"a second document", "transcripts: [remarks.txt]\n---\nfail_on: [altered]\n", `.quotecheck.yaml:2: a second YAML document ("---"): the file must hold one, or the rest would be ignored`},
		{"missing baseline", "transcripts: [remarks.txt]\nbaseline: acknowledged.yaml\n", ".quotecheck.yaml:2: baseline: acknowledged.yaml: no such file or directory (write one with quotecheck baseline)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			newsroomTree(t, map[string]string{".quotecheck.yaml": c.config, "remarks.txt": "@seed000", "draft.txt": "@seed002"})
			code, out, stderr := runCLI("check", "draft.txt")
			assert.Equal(t, exitError, code, stderr)
			assert.Contains(t, stderr, "quotecheck: "+c.want)
			assert.Empty(t, out, "no report when the configuration is wrong")
			assert.NotContains(t, stderr, "panic")
		})
	}
}

func TestConfigFoundWalkingUp(t *testing.T) {
	dir := newsroomTree(t, map[string]string{
		".quotecheck.yaml":        "transcripts: [transcripts/]\n",
		"transcripts/remarks.txt": "@seed000",
		"desk/drafts/tokyo.txt":   "@seed002",
	})
	t.Chdir(filepath.Join(dir, "desk", "drafts"))

	code, r, stderr := runJSON(t, "check", "tokyo.txt")
	assert.Equal(t, exitFail, code, stderr)
	require.NotEmpty(t, r.Quotes, "the transcripts of the config two folders up make the record")
	assert.Equal(t, "altered", r.verdictOf("where Japan and the United States are promoting"))

	code, _, stderr = runCLI("check", "--no-config", "tokyo.txt")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "no transcript given")

	code, _, stderr = runCLI("check", "--config", "nowhere.yaml", "tokyo.txt")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "nowhere.yaml: no such file or directory")

	code, _, stderr = runCLI("check", "--config", "../../.quotecheck.yaml", "--no-config", "tokyo.txt")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "give one")
}

func TestFlagsOverrideConfig(t *testing.T) {
	newsroomTree(t, map[string]string{
		".quotecheck.yaml": "transcripts: [remarks.txt]\nfail_on: [fabricated, misattributed]\n",
		"remarks.txt":      "@seed000",
		"other.txt":        "SECRETARY BLINKEN: Nothing that the draft quotes.\n",
		"draft.txt":        "@seed002",
	})
	cases := []struct {
		name string
		args []string
		code int
		gate []string
	}{
		{"config's fail_on: 002's altered quote passes", nil, exitPass, []string{"fabricated", "misattributed"}},
		{"--fail-on wins", []string{"--fail-on", "altered"}, exitFail, []string{"altered"}},
		{"-t replaces the config's transcripts", []string{"-t", "other.txt"}, exitFail, []string{"fabricated", "misattributed"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, r, stderr := runJSON(t, append([]string{"check", "draft.txt"}, c.args...)...)
			assert.Equal(t, c.code, code, stderr)
			assert.Equal(t, c.gate, r.Summary.FailOn)
		})
	}
}

func TestAliases(t *testing.T) {
	draft := "“Together, we are not just allies. We are friends and that is what makes us truly strong,” Rahm said.\n"
	newsroomTree(t, map[string]string{
		".quotecheck.yaml": "transcripts: [remarks.txt]\naliases:\n  rahm: Rahm Emanuel\n",
		"remarks.txt":      "@seed000",
		"draft.txt":        draft,
	})
	_, r, stderr := runJSON(t, "check", "draft.txt")
	require.Len(t, r.Quotes, 1, stderr)
	assert.Equal(t, "Ambassador Emanuel", r.Quotes[0].Speaker, "the alias names a speaker of the record")
	assert.NotEqual(t, "misattributed", r.Quotes[0].Verdict)

	_, r, _ = runJSON(t, "check", "--no-config", "-t", "remarks.txt", "draft.txt")
	require.Len(t, r.Quotes, 1)
	assert.Equal(t, "misattributed", r.Quotes[0].Verdict, "without the alias Rahm is not in the record")
}

func TestMinSimilarity(t *testing.T) {
	newsroomTree(t, map[string]string{
		".quotecheck.yaml": "transcripts: [remarks.txt]\nfail_on: [paraphrased, fabricated, misattributed]\nmin_similarity: 0.8\n",
		"remarks.txt":      "@seed000",
		"draft.txt":        "@seed001",
	})
	_, r, stderr := runJSON(t, "check", "draft.txt")
	require.NotEmpty(t, r.Quotes, stderr)
	// 001 alters two quotes: one keeps 0.88 of its source's words, one 0.73
	assert.Equal(t, "altered", r.verdictOf("When I took this job"), "0.88 is above the minimum")
	assert.Equal(t, "paraphrased", r.verdictOf("The United States and Japan stand shoulder"), "0.73 is below it")
	for _, q := range r.Quotes {
		if strings.HasPrefix(q.Text, "The United States and Japan stand shoulder") {
			assert.Contains(t, q.Reason, "below the minimum similarity 0.80")
		}
	}
	assert.Equal(t, "verbatim", r.verdictOf("We are the largest investors"))

	_, r, _ = runJSON(t, "check", "--min-similarity", "0", "draft.txt")
	assert.Equal(t, "altered", r.verdictOf("The United States and Japan stand shoulder"), "the flag overrides the config")

	code, _, stderr := runCLI("check", "--min-similarity", "2", "draft.txt")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "not a number from 0 to 1")
}

func TestIgnore(t *testing.T) {
	newsroomTree(t, map[string]string{
		".quotecheck.yaml":            "transcripts: [remarks.txt]\nignore: [drafts/archive/, \"**/README.md\", \"*.draft.txt\"]\n",
		"remarks.txt":                 "@seed000",
		"drafts/tokyo.txt":            "@seed002",
		"drafts/archive/old.txt":      "@seed001",
		"drafts/README.md":            "“Quotes” here are not news.\n",
		"drafts/desk/notes.draft.txt": "@seed001",
	})
	_, r, stderr := runJSON(t, "check", "drafts/")
	files := map[string]bool{}
	for _, q := range r.Quotes {
		files[filepath.ToSlash(q.File)] = true
	}
	assert.Equal(t, map[string]bool{"drafts/tokyo.txt": true}, files, stderr)

	code, r, _ := runJSON(t, "check", "drafts/archive/old.txt")
	assert.Equal(t, exitPass, code, "an ignored article named on the command line is skipped too (as pre-commit names them)")
	assert.Empty(t, r.Quotes)
}

func TestIgnorePatterns(t *testing.T) {
	c := &config{Dir: "/news", Ignore: []string{"drafts/archive", "**/README.md", "*.tmp", "desk/*/wip/**"}}
	cases := []struct {
		path string
		want bool
	}{
		{"/news/drafts/archive/2024/old.md", true},
		{"/news/drafts/archive", true},
		{"/news/drafts/archived.md", false},
		{"/news/README.md", true},
		{"/news/a/b/README.md", true},
		{"/news/a/b/x.tmp", true},
		{"/news/desk/metro/wip/x.md", true},
		{"/news/desk/metro/x.md", false},
		{"/elsewhere/README.md", false},
	}
	for _, c2 := range cases {
		t.Run(c2.path, func(t *testing.T) {
			assert.Equal(t, c2.want, c.ignored(c2.path))
		})
	}
}
