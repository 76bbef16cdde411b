package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The end-to-end test drives the real binary, the way a CI job does, over a
// small repository of drafts: every CI format, each to its own file, through
// every exit code.

// ciFormats are the formats for CI systems and editors, with the file each
// is written to.
var ciFormats = map[string]string{
	"sarif":          "quotecheck.sarif",
	"github":         "annotations.txt",
	"github-summary": "summary.md",
	"markdown":       "comment.md",
	"junit":          "junit.xml",
	"line":           "errors.txt",
	"json":           "report.json",
	"text":           "report.txt",
}

const cleanDraft = `# Alliance

Secretary of State Antony Blinken spoke in Tokyo.

“We are the largest investors in each other’s economies,” Blinken said.

“Japan and the United States are leading the way, and I have great confidence that will continue for many, many years to come,” he added.
`

// buildBinary compiles the command into a temporary folder.
func buildBinary(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH")
	}
	bin := filepath.Join(t.TempDir(), "quotecheck")
	out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput()
	require.NoError(t, err, "go build: %s", out)
	return bin
}

// draftRepo makes a git repository of drafts and a transcript:
//
//	record/remarks.txt      the seed transcript
//	drafts/clean.md         two verbatim quotes: the gate passes
//	drafts/alliance.md      seed 002: one altered quote
//	drafts/tokyo, trip.md   seed 001: a name that workflow commands must escape
func draftRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not on PATH")
	}
	repo := t.TempDir()
	copyFile := func(from, to string) {
		data, err := os.ReadFile(from)
		require.NoError(t, err)
		require.NoError(t, os.MkdirAll(filepath.Dir(to), 0o755))
		require.NoError(t, os.WriteFile(to, data, 0o644))
	}
	copyFile(seedRecord, filepath.Join(repo, "record", "remarks.txt"))
	copyFile(seed002, filepath.Join(repo, "drafts", "alliance.md"))
	copyFile(seed001, filepath.Join(repo, "drafts", "tokyo, trip.md"))
	require.NoError(t, os.WriteFile(filepath.Join(repo, "drafts", "clean.md"), []byte(cleanDraft), 0o644))
	git := exec.Command("git", "init", "-q", repo)
	git.Env = cleanEnv()
	out, err := git.CombinedOutput()
	require.NoError(t, err, "git init: %s", out)
	return repo
}

// cleanEnv is the environment without git's variables, which would point
// git at another repository than the working folder's.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GIT_") {
			env = append(env, kv)
		}
	}
	return env
}

type e2eResult struct {
	code           int
	stdout, stderr string
	files          map[string]string // format name to the file's contents
	outDir         string
}

// runBinary runs the binary in dir with every format written to a file of
// outDir, and the extra arguments.
func runBinary(t *testing.T, bin, dir string, args ...string) e2eResult {
	t.Helper()
	outDir := t.TempDir()
	full := []string{"check"}
	for name, file := range ciFormats {
		full = append(full, "--format", name+"="+filepath.Join(outDir, file))
	}
	full = append(full, args...)
	cmd := exec.Command(bin, full...)
	cmd.Dir = dir
	cmd.Env = append(cleanEnv(), "NO_COLOR=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	res := e2eResult{stdout: stdout.String(), stderr: stderr.String(), files: map[string]string{}, outDir: outDir}
	if ee, ok := err.(*exec.ExitError); ok {
		res.code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	for name, file := range ciFormats {
		data, err := os.ReadFile(filepath.Join(outDir, file))
		if err == nil {
			res.files[name] = string(data)
		}
	}
	return res
}

func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "report", "testdata", "sarif-2.1.0-rtm.5.json"))
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	const url = "https://example.invalid/sarif-2.1.0-rtm.5.json"
	require.NoError(t, c.AddResource(url, doc))
	sch, err := c.Compile(url)
	require.NoError(t, err)
	return sch
}

type sarifDoc struct {
	Runs []struct {
		Invocations []struct {
			ExecutionSuccessful bool
		}
		Results []struct {
			RuleID    string
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct{ URI, URIBaseID string }
					Region           struct{ StartLine, StartColumn int }
				}
			}
		}
	}
}

type junitDoc struct {
	Tests    int `xml:"tests,attr"`
	Failures int `xml:"failures,attr"`
	Errors   int `xml:"errors,attr"`
}

func TestEndToEnd(t *testing.T) {
	bin := buildBinary(t)
	repo := draftRepo(t)
	drafts := filepath.Join(repo, "drafts")
	schema := sarifSchema(t)
	const record = "../record/remarks.txt"

	// every format is well formed whatever the outcome
	checkAll := func(t *testing.T, r e2eResult) (sarifDoc, junitDoc) {
		t.Helper()
		for name := range ciFormats {
			assert.Contains(t, r.files, name, "%s written", name)
		}
		entries, err := os.ReadDir(r.outDir)
		require.NoError(t, err)
		assert.Len(t, entries, len(ciFormats), "no temporary file left behind")
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(r.files["sarif"]))
		require.NoError(t, err)
		assert.NoError(t, schema.Validate(inst), "SARIF valid against the 2.1.0 schema")
		var s sarifDoc
		require.NoError(t, json.Unmarshal([]byte(r.files["sarif"]), &s))
		require.Len(t, s.Runs, 1)
		var j junitDoc
		require.NoError(t, xml.Unmarshal([]byte(r.files["junit"]), &j))
		assert.True(t, json.Valid([]byte(r.files["json"])))
		for _, l := range strings.Split(strings.TrimSuffix(r.files["github"], "\n"), "\n") {
			if l != "" {
				assert.Regexp(t, `^::(error|warning)( [^:]+)?::`, l)
			}
		}
		assert.Empty(t, r.stdout, "every format went to its file")
		return s, j
	}

	t.Run("exit 0: the gate passes", func(t *testing.T) {
		r := runBinary(t, bin, drafts, "-t", record, "clean.md")
		require.Equal(t, exitPass, r.code, r.stderr)
		s, j := checkAll(t, r)
		assert.Empty(t, s.Runs[0].Results)
		assert.True(t, s.Runs[0].Invocations[0].ExecutionSuccessful)
		assert.Equal(t, junitDoc{Tests: 2}, j)
		assert.Empty(t, r.files["github"], "no annotation for sound quotes")
		assert.Empty(t, r.files["line"])
		assert.Contains(t, r.files["github-summary"], "the gate passes")
		assert.Contains(t, r.files["markdown"], "the gate passes")
		assert.Contains(t, r.files["text"], "gate: PASS")
	})

	t.Run("exit 1: the gate fails", func(t *testing.T) {
		r := runBinary(t, bin, drafts, "-t", record, "alliance.md", "tokyo, trip.md", "clean.md")
		require.Equal(t, exitFail, r.code, r.stderr)
		s, j := checkAll(t, r)
		// 002's altered quote and 001's nine failing ones
		require.Len(t, s.Runs[0].Results, 10)
		loc := s.Runs[0].Results[0].Locations[0].PhysicalLocation
		assert.Equal(t, "altered", s.Runs[0].Results[0].RuleID)
		assert.Equal(t, "drafts/alliance.md", loc.ArtifactLocation.URI, "relative to the repository's root")
		assert.Equal(t, "%SRCROOT%", loc.ArtifactLocation.URIBaseID)
		assert.Equal(t, 2, loc.Region.StartLine)
		assert.Equal(t, "drafts/tokyo,%20trip.md", s.Runs[0].Results[1].Locations[0].PhysicalLocation.ArtifactLocation.URI)
		assert.Equal(t, 10, j.Failures)
		assert.Equal(t, 18, j.Tests)

		gh := r.files["github"]
		assert.Contains(t, gh, "::error file=drafts/alliance.md,line=2,col=198,endLine=2,")
		assert.Contains(t, gh, "::error file=drafts/tokyo%2C trip.md,line=4,col=2,", "a comma in a property is escaped")
		assert.Contains(t, gh, "source: Antony J. Blinken, record/remarks.txt:19")
		assert.Equal(t, 10, strings.Count(gh, "::error "))

		assert.Contains(t, r.files["line"], "alliance.md:2:198: altered: Antony J. Blinken")
		assert.Contains(t, r.files["line"], "tokyo, trip.md:22:2: misattributed: Antony J. Blinken")
		assert.Equal(t, 10, strings.Count(r.files["line"], "\n"), "a line per failing quote, none for sound ones")
		assert.Contains(t, r.files["markdown"], "<details>")
		assert.Contains(t, r.files["github-summary"], "`drafts/alliance.md:2:198`")
	})

	t.Run("exit 2: an input error wins over the gate", func(t *testing.T) {
		r := runBinary(t, bin, drafts, "-t", record, "alliance.md", "missing.md")
		require.Equal(t, exitError, r.code)
		assert.Contains(t, r.stderr, "missing.md")
		s, j := checkAll(t, r)
		assert.False(t, s.Runs[0].Invocations[0].ExecutionSuccessful)
		assert.Equal(t, 1, j.Errors)
		assert.Contains(t, r.files["github"], "::error title=quotecheck%3A input error::missing.md: ")
		assert.Contains(t, r.files["line"], "missing.md: ")
		assert.Contains(t, r.files["markdown"], "input error: missing.md")
	})

	t.Run("exit 2: unknown format", func(t *testing.T) {
		cmd := exec.Command(bin, "check", "--format", "checkstyle", "-t", record, "clean.md")
		cmd.Dir = drafts
		out, err := cmd.CombinedOutput()
		var ee *exec.ExitError
		require.ErrorAs(t, err, &ee)
		assert.Equal(t, exitError, ee.ExitCode())
		for name := range ciFormats {
			assert.Contains(t, string(out), name, "the error lists the valid formats")
		}
	})

	t.Run("outside a repository paths are as given", func(t *testing.T) {
		plain := t.TempDir()
		if exec.Command("git", "-C", plain, "rev-parse", "--show-toplevel").Run() == nil {
			t.Skip("the temporary folder is inside a git repository")
		}
		for _, f := range []string{"clean.md", "alliance.md"} {
			data, err := os.ReadFile(filepath.Join(drafts, f))
			require.NoError(t, err)
			require.NoError(t, os.WriteFile(filepath.Join(plain, f), data, 0o644))
		}
		abs, err := filepath.Abs(seedRecord)
		require.NoError(t, err)
		r := runBinary(t, bin, plain, "-t", abs, "alliance.md")
		require.Equal(t, exitFail, r.code, r.stderr)
		assert.Contains(t, r.files["github"], "::error file=alliance.md,line=2,")
		s, _ := checkAll(t, r)
		assert.Equal(t, "alliance.md", s.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI)
	})

	t.Run("the same drafts give the same bytes", func(t *testing.T) {
		a := runBinary(t, bin, drafts, "-t", record, "alliance.md", "tokyo, trip.md")
		b := runBinary(t, bin, drafts, "-t", record, "alliance.md", "tokyo, trip.md")
		assert.Equal(t, a.files, b.files)
	})
}
