package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode"

	"github.com/quotecheck/quotecheck/align"
)

func init() {
	Register("text", func(o Options) Formatter { return &textFormat{color: o.Color} })
}

// textFormat is the terminal report: each finding led by file:line:col: so
// that editors' error parsers jump to it, then the quote, its source and a
// word diff, and a summary table. Colour only when asked (a terminal).
type textFormat struct{ color bool }

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
	ansiDim    = "\x1b[2m"
)

func (t *textFormat) paint(code, s string) string {
	if !t.color || s == "" {
		return s
	}
	return code + s + ansiReset
}

func (t *textFormat) verdictColor(r *Run, v align.Verdict) string {
	switch {
	case r.Failing(v):
		return ansiRed + ansiBold
	case v == align.Verbatim || v == align.Faithful:
		return ansiGreen
	case v == align.Skipped:
		return ansiDim
	}
	return ansiYellow
}

func (t *textFormat) Format(w io.Writer, r *Run) error {
	ew := &errWriter{w: w}
	for _, e := range r.Errors {
		fmt.Fprintf(ew, "%s\n", t.paint(ansiRed, "error: "+showText(e)))
	}
	for _, a := range r.Articles {
		for _, wn := range a.Warnings {
			fmt.Fprintf(ew, "%s\n", wn)
		}
		for _, f := range a.Findings {
			t.finding(ew, r, f)
		}
	}
	t.summary(ew, r)
	return ew.err
}

func (t *textFormat) finding(w io.Writer, r *Run, f align.Finding) {
	head := fmt.Sprintf("%s:%d:%d:", showName(f.File), f.Start.Line, f.Start.Column)
	fmt.Fprintf(w, "%s %s: %s", t.paint(ansiBold, head), t.paint(t.verdictColor(r, f.Verdict), f.Verdict.String()), speakerName(f))
	if f.AttributedTo != "" && f.AttributedTo != f.Speaker {
		fmt.Fprintf(w, " (as %q, %s)", f.AttributedTo, f.Attribution)
	} else if f.Attribution != 0 {
		fmt.Fprintf(w, " (%s)", f.Attribution)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "    quote:  “%s”\n", showOneLine(f.Quote.Text))
	if f.Reason != "" {
		fmt.Fprintf(w, "    why:    %s\n", showText(f.Reason))
	}
	if f.Source != nil {
		fmt.Fprintf(w, "    source: %s, %s:%d%s%s%s\n", showText(f.Source.Speaker), showName(f.Source.File), f.Source.Line, showText(dated(f.Source)), showText(moment(f.Source)), repeated(f.Source))
		fmt.Fprintf(w, "            “%s”\n", showText(f.Source.Text))
		if len(f.Diff) > 0 && f.Verdict != align.Verbatim {
			fmt.Fprintf(w, "    diff:   %s\n", t.diff(f.Diff))
		}
		fmt.Fprintf(w, "    similarity %.2f, wording %.2f\n", f.Similarity, f.Wording)
	}
}

// diff renders a word diff inline: [-dropped-] {+added+}, and the
// record's words an editorial mark stands for as [~left out~].
func (t *textFormat) diff(ops []align.DiffOp) string {
	var parts []string
	for _, d := range ops {
		text := showText(d.Text)
		switch d.Op {
		case "equal":
			parts = append(parts, text)
		case "delete":
			parts = append(parts, t.paint(ansiRed, "[-"+text+"-]"))
		case "insert":
			parts = append(parts, t.paint(ansiGreen, "{+"+text+"+}"))
		case "editorial":
			if d.Record {
				parts = append(parts, t.paint(ansiCyan, "[~"+text+"~]"))
			} else {
				parts = append(parts, t.paint(ansiCyan, text))
			}
		}
	}
	return strings.Join(parts, " ")
}

func (t *textFormat) summary(w io.Writer, r *Run) {
	sums := r.Summarize()
	if len(sums) == 0 {
		fmt.Fprintln(w, "no articles checked")
		return
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "article\t")
	for _, v := range align.Verdicts() {
		fmt.Fprintf(tw, "%s\t", v)
	}
	fmt.Fprintln(tw)
	for _, s := range sums {
		fmt.Fprintf(tw, "%s\t", showName(s.File))
		for _, v := range align.Verdicts() {
			fmt.Fprintf(tw, "%d\t", s.Counts[v])
		}
		fmt.Fprintln(tw)
	}
	totals, failing := r.Totals()
	if len(sums) > 1 {
		fmt.Fprint(tw, "total\t")
		for _, v := range align.Verdicts() {
			fmt.Fprintf(tw, "%d\t", totals[v])
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	for _, s := range sums {
		if s.DifferentEvent {
			fmt.Fprintf(w, "warning: %s: only %d of %d quotes by speakers of the record are found in it; it may report a different event\n",
				showName(s.File), s.RecordFound, s.RecordQuotes)
		}
	}
	names := make([]string, len(r.FailOn))
	for i, v := range r.FailOn {
		names[i] = v.String()
	}
	if failing == 0 {
		fmt.Fprintf(w, "gate: %s (failing verdicts: %s)\n", t.paint(ansiGreen+ansiBold, "PASS"), strings.Join(names, ", "))
	} else {
		fmt.Fprintf(w, "gate: %s: %d quote(s) with failing verdicts (%s)\n", t.paint(ansiRed+ansiBold, "FAIL"), failing, strings.Join(names, ", "))
	}
}

// moment is " at 00:14:31" and the recording's address at that moment,
// for a record that gives times.
func moment(s *align.Source) string {
	switch {
	case s.At == "":
		return ""
	case s.Link == "":
		return " at " + s.At
	}
	return " at " + s.At + " (" + s.Link + ")"
}

// dated is " (2025-01-07)" for a source whose transcript gives its date.
func dated(s *align.Source) string {
	if s.Date == "" {
		return ""
	}
	return " (" + s.Date + ")"
}

// repeated is "; said 3 times, the earliest shown" for words the record
// holds in several places.
func repeated(s *align.Source) string {
	switch {
	case s.Occurrences >= align.MaxOccurrences:
		return fmt.Sprintf("; said %d times or more, the earliest shown", s.Occurrences)
	case s.Occurrences > 1:
		return fmt.Sprintf("; said %d times, the earliest shown", s.Occurrences)
	}
	return ""
}

func oneLine(s string) string {
	if isOneLine(s) {
		return s // most names and quotes: no copy
	}
	return strings.Join(strings.Fields(s), " ")
}

// isOneLine reports whether oneLine would return s as it is: no space at
// either end, and every run of white space one ASCII space.
func isOneLine(s string) bool {
	prevSpace := true // a space first is not kept
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (prevSpace || r != ' ') {
			return false
		}
		prevSpace = space
	}
	return !prevSpace || s == ""
}

// errWriter keeps the first write error so a format can write freely and
// report it once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, nil
}
