package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=desk", "GIT_AUTHOR_EMAIL=desk@example.com", "GIT_COMMITTER_NAME=desk", "GIT_COMMITTER_EMAIL=desk@example.com", "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "git %v: %s", args, out)
	return string(out)
}

func TestChangedSince(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := newsroomTree(t, map[string]string{
		".quotecheck.yaml":        "transcripts: [transcripts/]\n",
		"transcripts/remarks.txt": "@seed000",
		"drafts/kept.txt":         "@seed001",
		"drafts/edited.txt":       "@seed002",
		"drafts/gone.txt":         "@seed002",
		"drafts/uncommitted.txt":  "@seed002",
	})
	gitIn(t, dir, "init", "-q", "-b", "main")
	gitIn(t, dir, "add", ".")
	gitIn(t, dir, "commit", "-q", "-m", "drafts")
	gitIn(t, dir, "checkout", "-q", "-b", "story")
	require.NoError(t, os.WriteFile("drafts/edited.txt", []byte("“We are the largest investors in each other’s economies,” Blinken said.\n"), 0o644))
	require.NoError(t, os.Remove("drafts/gone.txt"))
	require.NoError(t, os.WriteFile("transcripts/remarks.txt", append(must(os.ReadFile("transcripts/remarks.txt")), "\n"...), 0o644))
	gitIn(t, dir, "commit", "-q", "-am", "edit")
	require.NoError(t, os.WriteFile("drafts/new.txt", []byte("“We are friends,” Blinken said.\n"), 0o644))
	require.NoError(t, os.WriteFile("drafts/uncommitted.txt", []byte("“Japan’s voice matters,” Blinken said.\n"), 0o644))

	files := func(r jsonRun) []string {
		seen := map[string]bool{}
		var out []string
		for _, q := range r.Quotes {
			if f := filepath.ToSlash(q.File); !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
		return out
	}
	_, r, stderr := runJSON(t, "check", "--changed-since", "main")
	assert.Equal(t, []string{"drafts/edited.txt", "drafts/new.txt", "drafts/uncommitted.txt"}, files(r),
		"committed on the branch, changed in the working tree, untracked; neither the deleted draft nor the transcript: %s", stderr)

	_, r, _ = runJSON(t, "check", "--changed-since", "main", "drafts/kept.txt", "drafts/edited.txt")
	assert.Equal(t, []string{"drafts/edited.txt"}, files(r), "only the named drafts that changed")

	code, r, stderr := runJSON(t, "check", "--changed-since", "HEAD", "drafts/kept.txt")
	assert.Equal(t, exitPass, code, stderr)
	assert.Contains(t, stderr, "no draft changed since HEAD: nothing to check")
	assert.Empty(t, r.Quotes)
	assert.Equal(t, "pass", r.Summary.Gate, "an empty report is still written")

	code, _, stderr = runCLI("check", "--changed-since", "no-such-branch")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, `"no-such-branch" is not a revision of this repository`)

	outside := t.TempDir()
	t.Chdir(outside)
	code, _, stderr = runCLI("check", "--no-config", "-t", filepath.Join(dir, "transcripts"), "--changed-since", "main", filepath.Join(dir, "drafts"))
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "-changed-since: not in a git repository")
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// The hook of .pre-commit-hooks.yaml, run by the pre-commit framework on
// the staged drafts of a newsroom's repository, against a clone of this
// repository's committed state.
func TestPreCommitHook(t *testing.T) {
	if testing.Short() {
		t.Skip("builds quotecheck in a fresh pre-commit environment: not in -short")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit is not installed (Debian: apt-get install pre-commit)")
	}
	if runtime.GOOS == "windows" {
		t.Skip("the test's shell paths are POSIX")
	}
	top := strings.TrimSpace(gitIn(t, ".", "rev-parse", "--show-toplevel"))
	clone := filepath.Join(t.TempDir(), "quotecheck")
	gitIn(t, ".", "clone", "-q", "--no-hardlinks", top, clone)
	if _, err := os.Stat(filepath.Join(clone, ".pre-commit-hooks.yaml")); err != nil {
		t.Skip(".pre-commit-hooks.yaml is not committed yet")
	}

	news := newsroomTree(t, map[string]string{
		".quotecheck.yaml":        "transcripts: [transcripts/]\n",
		"transcripts/remarks.txt": "@seed000",
		"drafts/good.md":          "“We are the largest investors in each other’s economies,” Blinken said.\n",
	})
	gitIn(t, news, "init", "-q")
	gitIn(t, news, "add", ".")

	goEnv := func(name string) string {
		out, err := exec.Command("go", "env", name).Output()
		require.NoError(t, err)
		return strings.TrimSpace(string(out))
	}
	tryRepo := func() (int, string) {
		cmd := exec.Command("pre-commit", "try-repo", clone, "quotecheck")
		cmd.Dir = news
		// the module cache and build cache of this machine: pre-commit
		// builds the hook with `go install` in a GOPATH of its own, and
		// reuses them instead of downloading the modules again
		cmd.Env = append(os.Environ(), "PRE_COMMIT_HOME="+filepath.Join(os.TempDir(), "quotecheck-pre-commit-test"),
			"GOMODCACHE="+goEnv("GOMODCACHE"), "GOCACHE="+goEnv("GOCACHE"), "GOFLAGS=-mod=mod", "GIT_CONFIG_GLOBAL=/dev/null")
		out, err := cmd.CombinedOutput()
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		}
		require.NoError(t, err, "%s", out)
		return 0, string(out)
	}
	code, out := tryRepo()
	if code != 0 && strings.Contains(out, "An unexpected error has occurred") {
		t.Skipf("pre-commit could not install the hook (no module proxy?):\n%s", out)
	}
	assert.Equal(t, 0, code, "a verbatim quote passes:\n%s", out)
	assert.Regexp(t, `quotecheck\.+Passed`, out)

	require.NoError(t, os.WriteFile(filepath.Join(news, "drafts/bad.md"), []byte("“We are the biggest investors in each other’s markets,” Blinken said.\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(news, "notes.csv"), []byte("not,a,draft\n"), 0o644))
	gitIn(t, news, "add", ".")
	code, out = tryRepo()
	assert.Equal(t, 1, code, "an altered quote stops the commit:\n%s", out)
	assert.Contains(t, out, "drafts/bad.md:1:2: altered")
	assert.NotContains(t, out, "notes.csv")
}
