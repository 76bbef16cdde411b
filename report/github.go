package report

import (
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

func init() {
	Register("github", func(Options) Formatter { return FormatterFunc(formatGitHub) })
	Register("github-summary", func(Options) Formatter { return FormatterFunc(formatGitHubSummary) })
}

// formatGitHub writes GitHub Actions workflow commands, which the runner
// turns into annotations under the quoted words in a pull request:
//
//	::error file=drafts/story.md,line=4,col=2,endLine=4,endColumn=126,title=altered%3A Antony J. Blinken (as "Blinken")::words changed without marking%0Aquote: …
//
// A quote whose verdict fails the gate is an error; a verdict that does not
// fail it and is not the record's words (unverifiable, or a verdict left out
// of --fail-on) is a warning. Verbatim, faithful and skipped quotes get no
// annotation: one per sound quote would bury the few that matter, and GitHub
// shows only the first ten annotations of each kind in a step. Input
// warnings (an unclosed quotation mark), the different-event warning and
// input errors are annotations too.
//
// Paths are relative to the root of the repository (git rev-parse
// --show-toplevel from the working folder), as GitHub addresses files;
// outside a repository they are shown as given. A name with a character
// that is not printable is quoted (quotes.ShowName) and the text escaped
// (quotes.ShowText): the runner's log shows escape sequences, and a
// workflow command escapes only %, CR, LF, : and ,. Columns are only given
// when the quote begins and ends on one line, as GitHub ignores them
// otherwise; endColumn is the column of the quote's last character.
func formatGitHub(w io.Writer, r *Run) error {
	ew := &errWriter{w: w}
	paths := newRepoPaths()
	for _, e := range r.Errors {
		fmt.Fprintf(ew, "::error title=%s::%s\n", ghProperty("quotecheck: input error"), ghData(showText(e)))
	}
	sums := r.Summarize()
	for i, a := range r.Articles {
		file := showName(paths.rel(a.File))
		for _, wn := range a.Warnings {
			fmt.Fprintf(ew, "::warning file=%s,line=%d,col=%d,title=%s::%s\n",
				ghProperty(file), wn.Pos.Line, wn.Pos.Column, ghProperty("quotecheck: warning"), ghData(showText(wn.Msg)))
		}
		for _, f := range a.Findings {
			var cmd string
			switch r.Level(f) {
			case LevelError:
				cmd = "error"
			case LevelWarning:
				cmd = "warning"
			default:
				continue
			}
			fmt.Fprintf(ew, "::%s file=%s,%s,title=%s::%s\n", cmd, ghProperty(showName(paths.rel(f.File))), ghRegion(a, f),
				ghProperty(f.Verdict.String()+": "+speakerAs(f)), ghData(reasonText(f)+"\n"+detail(f, paths.rel)))
		}
		if sums[i].DifferentEvent {
			fmt.Fprintf(ew, "::warning file=%s,line=1,title=%s::%s\n", ghProperty(file), ghProperty("quotecheck: different event?"), ghData(differentEvent(sums[i])))
		}
	}
	return ew.err
}

// ghRegion gives the place of a quote as workflow-command properties.
func ghRegion(a Article, f align.Finding) string {
	last := lastChar(a, f)
	if last.Line != f.Start.Line {
		return fmt.Sprintf("line=%d,endLine=%d", f.Start.Line, last.Line)
	}
	return fmt.Sprintf("line=%d,col=%d,endLine=%d,endColumn=%d", f.Start.Line, f.Start.Column, last.Line, last.Column)
}

// lastChar is the position of a quote's last character (its End is the
// position just after it).
func lastChar(a Article, f align.Finding) quotes.Position {
	if a.Doc != nil && f.Quote.End > f.Quote.Start && f.Quote.End <= len(a.Doc.Text) {
		_, size := utf8.DecodeLastRuneInString(a.Doc.Text[:f.Quote.End])
		return a.Doc.Position(f.Quote.End - size)
	}
	if f.End.Column > 1 {
		return quotes.Position{Line: f.End.Line, Column: f.End.Column - 1}
	}
	return f.End
}

// ghData escapes a workflow command's message: %, CR and LF.
var ghDataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

func ghData(s string) string { return ghDataEscaper.Replace(s) }

// ghProperty escapes a workflow command's property value: as the message,
// and also : and , which end a property.
var ghPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

func ghProperty(s string) string { return ghPropertyEscaper.Replace(s) }

// repoRoot finds the root of the repository that the working folder is in,
// or "" outside of one (or without git). Tests replace it.
var repoRoot = func() string {
	out, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// repoPaths turns the paths a user gave into paths relative to the root of
// the repository, as GitHub and code-scanning tools address files.
type repoPaths struct {
	root string // "" outside a repository
}

func newRepoPaths() repoPaths {
	root := repoRoot()
	if root == "" {
		return repoPaths{}
	}
	if r, err := filepath.EvalSymlinks(root); err == nil {
		root = r
	}
	return repoPaths{root: root}
}

// rel is path relative to the repository's root, with forward slashes; the
// path as given when there is no repository or the file is outside it.
func (p repoPaths) rel(path string) string {
	if rel, ok := p.relOK(path); ok {
		return rel
	}
	return filepath.ToSlash(path)
}

// relOK is rel, and whether the path is in the repository.
func (p repoPaths) relOK(path string) (string, bool) {
	if p.root == "" || path == "" {
		return "", false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	rel, err := filepath.Rel(p.root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(rel), true
}

// formatGitHubSummary writes Markdown for $GITHUB_STEP_SUMMARY: the gate, a
// table of verdicts per article, and one table of the quotes to look at
// (errors and warnings as in the github format) across all articles, with
// paths relative to the repository's root. Diffs are left to the markdown
// format and to SARIF.
func formatGitHubSummary(w io.Writer, r *Run) error {
	ew := &errWriter{w: w}
	paths := newRepoPaths()
	mdHeadline(ew, r, "###")
	mdCountsTable(ew, r, paths.rel)
	mdProblems(ew, r, paths.rel)
	var rows [][]string
	for _, a := range r.Articles {
		for _, f := range a.Findings {
			lv := r.Level(f)
			if lv == LevelNone {
				continue
			}
			where := fmt.Sprintf("%s:%d:%d", showName(paths.rel(f.File)), f.Start.Line, f.Start.Column)
			rows = append(rows, []string{mdIcon(r, f), mdCode(where), "**" + f.Verdict.String() + "**",
				mdText(speakerName(f)), mdQuote(f.Quote.Text, quoteExcerpt), mdText(why(f, paths.rel))})
		}
	}
	if len(rows) == 0 {
		fmt.Fprint(ew, "\nNo quote to look at.\n")
		return ew.err
	}
	fmt.Fprint(ew, "\n#### Quotes to look at\n\n")
	mdTable(ew, []string{"", "where", "verdict", "speaker", "quote", "why"}, rows)
	return ew.err
}
