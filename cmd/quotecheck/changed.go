package main

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// changedFiles lists, as absolute paths, the files a branch changed since
// rev: those that differ between the merge base of rev and HEAD and HEAD
// (git diff REV...HEAD, what a pull request shows), and, so that a run
// before committing sees the work in progress, those changed in the working
// tree or the index and the untracked files git does not ignore. Deleted
// files are left out: there is nothing to check.
func changedFiles(rev string) (map[string]bool, error) {
	if strings.HasPrefix(rev, "-") {
		return nil, fmt.Errorf("-changed-since: %q is not a revision", rev)
	}
	top, err := git("rev-parse", "--show-toplevel")
	if err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return nil, fmt.Errorf("-changed-since: git is not installed: %v", err)
		}
		return nil, fmt.Errorf("-changed-since: not in a git repository (%v)", err)
	}
	top = strings.TrimSpace(top)
	if _, err := git("rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("-changed-since: %q is not a revision of this repository", rev)
	}
	out := map[string]bool{}
	for _, args := range [][]string{
		{"diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", rev + "...HEAD", "--"},
		{"diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", "HEAD", "--"},
		{"ls-files", "-z", "--full-name", "--others", "--exclude-standard"},
	} {
		list, err := git(args...)
		if err != nil {
			return nil, fmt.Errorf("-changed-since: git %s: %v", strings.Join(args, " "), err)
		}
		for p := range strings.SplitSeq(list, "\x00") {
			if p != "" {
				out[filepath.Join(top, filepath.FromSlash(p))] = true
			}
		}
	}
	return out, nil
}

// git runs git in the working folder and returns its output; a failure
// carries git's own message.
func git(args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return "", errors.New(firstLine(msg))
		}
		return "", err
	}
	return string(out), nil
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return strings.TrimPrefix(l, "fatal: ")
}
