// Package report shows findings: one file per format behind one small
// interface, and one registry from format name to constructor.
package report

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// SchemaVersion is the version of the JSON report's shape.
const SchemaVersion = 1

// Article is one checked article with its findings.
type Article struct {
	File     string
	Doc      *quotes.Doc // the article's text, for formats that show it
	Findings []align.Finding
	Warnings []quotes.Warning
}

// Run is everything one invocation found, in a stable order.
type Run struct {
	Articles    []Article
	Transcripts []string
	Errors      []string // inputs that could not be read: "file:line: message"
	FailOn      []align.Verdict
}

// Failing reports whether verdict v fails the gate.
func (r *Run) Failing(v align.Verdict) bool {
	for _, f := range r.FailOn {
		if f == v {
			return true
		}
	}
	return false
}

// Counts are quotes per verdict.
type Counts map[align.Verdict]int

// Summary of one article.
type Summary struct {
	File           string
	Counts         Counts
	Quotes         int
	Failing        int
	DifferentEvent bool // few quotes by the record's speakers are found in it
	RecordQuotes   int  // quotes whose speaker is in the record
	RecordFound    int  // of those, found in the record
}

// DifferentEventShare: when fewer than this share of an article's quotes
// by speakers of the record are found in the record (at least
// MinRecordQuotes of them), the article probably reports another event.
const (
	DifferentEventShare = 0.5
	MinRecordQuotes     = 2
)

// Summarize counts each article's verdicts.
func (r *Run) Summarize() []Summary {
	var out []Summary
	for _, a := range r.Articles {
		s := Summary{File: a.File, Counts: Counts{}}
		for _, f := range a.Findings {
			s.Counts[f.Verdict]++
			s.Quotes++
			if r.Failing(f.Verdict) {
				s.Failing++
			}
			if f.SpeakerID != "" && f.Verdict != align.Skipped && f.Verdict != align.Misattributed {
				s.RecordQuotes++
				if f.Verdict <= align.Paraphrased {
					s.RecordFound++
				}
			}
		}
		s.DifferentEvent = s.RecordQuotes >= MinRecordQuotes && float64(s.RecordFound) < DifferentEventShare*float64(s.RecordQuotes)
		out = append(out, s)
	}
	return out
}

// Totals counts verdicts over all articles.
func (r *Run) Totals() (Counts, int) {
	c := Counts{}
	failing := 0
	for _, a := range r.Articles {
		for _, f := range a.Findings {
			c[f.Verdict]++
			if r.Failing(f.Verdict) {
				failing++
			}
		}
	}
	return c, failing
}

// Passed reports whether the gate passes: no quote has a failing verdict.
func (r *Run) Passed() bool {
	_, failing := r.Totals()
	return failing == 0
}

// Formatter writes a run in one format.
type Formatter interface {
	Format(w io.Writer, r *Run) error
}

// FormatterFunc adapts a function to Formatter.
type FormatterFunc func(w io.Writer, r *Run) error

// Format calls f.
func (f FormatterFunc) Format(w io.Writer, r *Run) error { return f(w, r) }

// Options tune formats that can vary (colour on a terminal).
type Options struct {
	Color bool
}

var registry = map[string]func(Options) Formatter{}

// Register adds a format. It is called from each format's file.
func Register(name string, ctor func(Options) Formatter) {
	if _, dup := registry[name]; dup {
		panic("report: format registered twice: " + name)
	}
	registry[name] = ctor
}

// Names lists the registered formats, sorted.
func Names() []string {
	out := make([]string, 0, len(registry))
	for n := range registry {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// New returns the named format, or an error listing the valid names.
func New(name string, opts Options) (Formatter, error) {
	ctor, ok := registry[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (valid: %s)", name, strings.Join(Names(), ", "))
	}
	return ctor(opts), nil
}

// WriteFileAtomic writes a file by way of a temporary file in the same
// directory and a rename, so that an interrupted run leaves the old file or
// the new one, never half of one. Its errors name path, never the
// temporary file: "out/r.json: no such file or directory", not "open
// out/.r.json.tmp2570725950: no such file or directory", which differs
// from run to run. A link to a file ("latest.json" linked to
// "2025-03-02.json") replaces the file it names and stays a link, through
// a chain of links, and a link whose file does not exist yet creates it
// (LinkedFile). A file replaced keeps its permissions: a report kept
// private with chmod 600 stays 0600, where a new one is 0644. A named
// pipe, a device or a socket ("-o /dev/stdout", "-o >(gzip > r.gz)") is
// written as it is (align.OpenStream), there being no file to replace. An
// odd path is named as quotes.ShowName shows it.
func WriteFileAtomic(path string, write func(io.Writer) error) (err error) {
	if st, err := os.Stat(path); err == nil && !st.IsDir() && !st.Mode().IsRegular() {
		return writeStream(path, write)
	}
	defer func() {
		if err != nil {
			var le *os.LinkError
			if errors.As(err, &le) {
				err = le.Err
			} else {
				err = quotes.PathErr(err)
			}
			err = fmt.Errorf("%s: %w", showName(path), err)
		}
	}()
	// the rename goes over the file the link names, not over the link
	target, err := LinkedFile(path)
	if err != nil {
		return err
	}
	perm := fs.FileMode(0o644)
	if st, err := os.Stat(target); err == nil && st.IsDir() {
		return errors.New("is a folder, not a file")
	} else if err == nil {
		perm = st.Mode().Perm()
	}
	dir := filepath.Dir(target)
	f, err := os.CreateTemp(dir, "."+filepath.Base(target)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Chmod(f.Name(), perm); err != nil {
		return err
	}
	return os.Rename(f.Name(), target)
}

// maxLinks is how many links LinkedFile follows before it calls them a
// loop (Linux's own limit).
const maxLinks = 40

// LinkedFile is the file that path names once its links are followed,
// one at a time, a relative target read from its link's folder:
// "out/latest.json" linked to "2025-03-02.json" is
// "out/2025-03-02.json", whether or not that file exists yet (a report
// written through a link that dangles creates the file it names, as a
// shell's "> out/latest.json" does). The folder of a file reached by a
// link is given with its own links resolved, so that "../" in a link's
// target climbs the folders as the system does, never as
// filepath.Clean would. Path itself when it is no link or does not
// exist; an error for a loop of links, or a link into a folder that does
// not exist.
func LinkedFile(path string) (string, error) {
	followed := false
	for range maxLinks {
		st, err := os.Lstat(path)
		if err != nil || st.Mode()&fs.ModeSymlink == 0 {
			if !followed {
				return path, nil
			}
			dir, base := splitUnclean(path)
			if dir, err = filepath.EvalSymlinks(dir + "."); err != nil {
				return "", err
			}
			return filepath.Join(dir, base), nil
		}
		to, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			dir, _ := splitUnclean(path)
			to = dir + to
		}
		path, followed = to, true
	}
	return "", errors.New("a loop of links")
}

// splitUnclean splits path after its last separator, the folder kept as
// written ("out/../" stays, "" for none).
func splitUnclean(path string) (dir, base string) {
	i := len(path) - 1
	for i >= len(filepath.VolumeName(path)) && !os.IsPathSeparator(path[i]) {
		i--
	}
	return path[:i+1], path[i+1:]
}

// writeStream writes to the named pipe, device or socket at path.
func writeStream(path string, write func(io.Writer) error) error {
	f, err := align.OpenStream(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", showName(path), quotes.PathErr(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("%s: %w", showName(path), quotes.PathErr(err))
	}
	return nil
}

// speakerName is how a finding's speaker is shown: the record's name for
// the person, else the name the article gives, on one line and as
// quotes.ShowText shows it (a label "TOM\x1b[2JREED:" is shown escaped).
func speakerName(f align.Finding) string {
	if f.Speaker != "" {
		return showOneLine(f.Speaker)
	}
	if f.AttributedTo != "" {
		return showOneLine(f.AttributedTo)
	}
	return "(no speaker)"
}

// Every format but JSON shows the names and text that come from the inputs
// through these: a file's name as quotes.ShowName shows it, quoted when it
// holds a character that is not printable ("a\x1b[2Jb.txt" with its
// quotation marks), and text (quotes, speakers, reasons, input errors) as
// quotes.ShowText does, control and bidi characters escaped in place, or as
// quotes.ShowLines for the HTML page, where a line break is a space. JSON
// keeps names and text as they are, for programs, escaped (encodeJSON).
var (
	showName  = quotes.ShowName
	showText  = quotes.ShowText
	showLines = quotes.ShowLines
)

// showOneLine is text from an input shown on one line (its runs of white
// space one space, as oneLine makes them) and escaped as showText does:
// a quote, a speaker or a reason in a line-based format.
func showOneLine(s string) string { return showText(oneLine(s)) }
