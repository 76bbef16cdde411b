package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

func init() {
	Register("line", func(Options) Formatter { return FormatterFunc(formatLine) })
}

// Level is how much a finding asks of the writer in the formats that CI
// systems and editors read.
type Level int

const (
	// LevelNone: nothing to look at (verbatim, faithful, skipped), unless
	// the gate was told to fail on it.
	LevelNone Level = iota
	// LevelWarning: a verdict that does not fail the gate but is not the
	// record's words either (unverifiable, or a verdict left out of
	// --fail-on).
	LevelWarning
	// LevelError: a verdict that fails the gate.
	LevelError
)

// Level tells how a finding is shown by the CI formats: an error when its
// verdict fails the gate, nothing for the record's words and for what was
// not checked, a warning for the rest.
func (r *Run) Level(f align.Finding) Level {
	switch {
	case r.Failing(f.Verdict):
		return LevelError
	case f.Verdict == align.Verbatim || f.Verdict == align.Faithful || f.Verdict == align.Skipped:
		return LevelNone
	}
	return LevelWarning
}

// Message is a finding in one line, without its place and verdict: who the
// article says spoke, why the verdict, and where the record has it.
//
//	Antony J. Blinken (as "Blinken"): words changed without marking; source: Antony J. Blinken, remarks.txt:17
func Message(f align.Finding) string { return message(f, asGiven) }

// Detail is a finding's evidence over several lines of plain text: the
// quote, the source passage (with its moment in the recording, when the
// record gives times) and the word diff in the text report's
// notation ([-dropped-] {+added+} [~left out~]).
func Detail(f align.Finding) string { return detail(f, asGiven) }

func asGiven(path string) string { return path }

// message is Message with the paths shown through path.
func message(f align.Finding, path func(string) string) string {
	return speakerAs(f) + ": " + why(f, path)
}

// speakerAs is the speaker of a finding and, when the article names them
// otherwise, how it does: Antony J. Blinken (as "Blinken").
func speakerAs(f align.Finding) string {
	s := speakerName(f)
	if f.AttributedTo != "" && f.AttributedTo != f.Speaker {
		s += fmt.Sprintf(" (as %q)", oneLine(f.AttributedTo))
	}
	return s
}

// reasonText is why a finding has its verdict, in plain words.
func reasonText(f align.Finding) string {
	if f.Reason == "" {
		return f.Verdict.Describe()
	}
	return showOneLine(f.Reason)
}

// why is the reason for a finding's verdict and where the record has it.
func why(f align.Finding, path func(string) string) string {
	reason := reasonText(f)
	if f.Source != nil {
		reason += fmt.Sprintf("; source: %s, %s:%d", showOneLine(f.Source.Speaker), showName(path(f.Source.File)), f.Source.Line)
	}
	return reason
}

// momentText is the moment of a source in the recording on one line,
// " at 00:14:31 (address)", or "".
func momentText(s *align.Source) string {
	if m := showOneLine(moment(s)); m != "" {
		return " " + m
	}
	return ""
}

// detail is Detail with the paths shown through path.
func detail(f align.Finding, path func(string) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "quote:  “%s”\n", showOneLine(f.Quote.Text))
	if f.Source != nil {
		fmt.Fprintf(&b, "source: %s, %s:%d%s\n", showOneLine(f.Source.Speaker), showName(path(f.Source.File)), f.Source.Line, momentText(f.Source))
		fmt.Fprintf(&b, "        “%s”\n", showOneLine(f.Source.Text))
		if d := DiffText(f); d != "" {
			fmt.Fprintf(&b, "diff:   %s\n", d)
		}
		fmt.Fprintf(&b, "similarity %.2f, wording %.2f\n", f.Similarity, f.Wording)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// DiffText is the word diff of a finding in the text report's notation, or
// "" when there is none to show (no source, or the record's very words).
func DiffText(f align.Finding) string {
	if f.Source == nil || len(f.Diff) == 0 || f.Verdict == align.Verbatim {
		return ""
	}
	return oneLine((&textFormat{}).diff(f.Diff))
}

// formatLine writes one line per finding worth a look, in the compiler
// style that editors' error parsers read:
//
//	path:line:col: verdict: message
//
// Findings of LevelNone are left out, so a clean run prints nothing but its
// input warnings and errors. Warnings read "path:line:col: warning: …";
// input errors are printed as they are ("path[:line]: message").
func formatLine(w io.Writer, r *Run) error {
	ew := &errWriter{w: w}
	for _, e := range r.Errors {
		fmt.Fprintln(ew, showOneLine(e))
	}
	sums := r.Summarize()
	for i, a := range r.Articles {
		for _, wn := range a.Warnings {
			fmt.Fprintf(ew, "%s:%d:%d: warning: %s\n", showName(wn.File), wn.Pos.Line, wn.Pos.Column, showOneLine(wn.Msg))
		}
		for _, f := range a.Findings {
			if r.Level(f) == LevelNone {
				continue
			}
			fmt.Fprintf(ew, "%s:%d:%d: %s: %s\n", showName(f.File), f.Start.Line, f.Start.Column, f.Verdict, Message(f))
		}
		if sums[i].DifferentEvent {
			fmt.Fprintf(ew, "%s:1:1: warning: %s\n", showName(a.File), differentEvent(sums[i]))
		}
	}
	return ew.err
}

// differentEvent is the warning for an article whose quotes are mostly not
// in the record.
func differentEvent(s Summary) string {
	return fmt.Sprintf("only %d of %d quotes by speakers of the record are found in it; it may report a different event", s.RecordFound, s.RecordQuotes)
}
