package report

import (
	"fmt"
	"html"
	"io"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

func init() {
	Register("markdown", func(Options) Formatter { return FormatterFunc(formatMarkdown) })
}

// quoteExcerpt is how many characters of a quote a table cell shows; the
// whole quote is in its collapsed block.
const quoteExcerpt = 100

// formatMarkdown writes a report to post as a pull-request comment: the
// gate, a table of verdicts per article, then for each article a table of
// its quotes, failing quotes first, and each quote's evidence (the source
// passage and the word diff) in a collapsed <details> block.
//
// Every piece of text from an article or a transcript is escaped: HTML
// (&, <, >) as entities and Markdown's punctuation with a backslash, so a
// quote can neither break a table (|) nor inject markup.
func formatMarkdown(w io.Writer, r *Run) error {
	ew := &errWriter{w: w}
	mdHeadline(ew, r, "##")
	mdCountsTable(ew, r, asGiven)
	mdProblems(ew, r, asGiven)
	sums := r.Summarize()
	for i, a := range r.Articles {
		s := sums[i]
		fmt.Fprintf(ew, "\n### %s %s\n\n", mdArticleIcon(s), mdCode(showName(a.File)))
		if len(a.Findings) == 0 {
			fmt.Fprint(ew, "No quotation found.\n")
			continue
		}
		fmt.Fprintf(ew, "%d quote(s), %d failing.\n\n", s.Quotes, s.Failing)
		order := mdOrder(r, a.Findings)
		var rows [][]string
		for _, f := range order {
			where := fmt.Sprintf("%d:%d", f.Start.Line, f.Start.Column)
			rows = append(rows, []string{mdIcon(r, f), where, "**" + f.Verdict.String() + "**",
				mdText(speakerName(f)), mdQuote(f.Quote.Text, quoteExcerpt), mdText(why(f, asGiven))})
		}
		mdTable(ew, []string{"", "where", "verdict", "speaker", "quote", "why"}, rows)
		for _, f := range order {
			if DiffText(f) != "" {
				mdDetails(ew, f)
			}
		}
	}
	return ew.err
}

// mdOrder sorts an article's findings for people: failing quotes first,
// then warnings, then sound quotes, then what was not checked; each group in
// the article's order.
func mdOrder(r *Run, fs []align.Finding) []align.Finding {
	rank := func(f align.Finding) int {
		if f.Verdict == align.Skipped && !r.Failing(f.Verdict) {
			return 3
		}
		return 2 - int(r.Level(f))
	}
	out := append([]align.Finding(nil), fs...)
	sort.SliceStable(out, func(i, j int) bool { return rank(out[i]) < rank(out[j]) })
	return out
}

// mdDetails is a finding's evidence in a collapsed block.
func mdDetails(w io.Writer, f align.Finding) {
	fmt.Fprintf(w, "\n<details>\n<summary>%d:%d %s: “%s”</summary>\n\n", f.Start.Line, f.Start.Column, f.Verdict,
		html.EscapeString(showText(excerpt(f.Quote.Text, 60))))
	fmt.Fprintf(w, "- **quote:** “%s”\n", mdText(f.Quote.Text))
	fmt.Fprintf(w, "- **source:** %s, %s%s: “%s”\n", mdText(f.Source.Speaker), mdCode(fmt.Sprintf("%s:%d", showName(f.Source.File), f.Source.Line)), mdMoment(f.Source), mdText(f.Source.Text))
	fmt.Fprintf(w, "- **diff:** %s\n", mdDiff(f.Diff))
	fmt.Fprintf(w, "- similarity %.2f, wording %.2f\n", f.Similarity, f.Wording)
	fmt.Fprint(w, "\n</details>\n")
}

// mdMoment is " at 00:14:31", linked to the recording at that moment when
// the record gives its address.
func mdMoment(s *align.Source) string {
	switch {
	case s.At == "":
		return ""
	case s.Link == "":
		return " at " + mdText(s.At)
	}
	return fmt.Sprintf(" at [%s](%s)", mdText(s.At), mdLink(s.Link))
}

// mdLink is an address for a Markdown link: only http(s) addresses are
// linked, with the characters that would end the link escaped.
func mdLink(u string) string {
	if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
		return "#"
	}
	return strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E").Replace(u)
}

// mdDiff renders a word diff: record words the quote dropped struck
// through, words it added underlined, record words an ellipsis or bracket
// leaves out in italics within brackets.
func mdDiff(ops []align.DiffOp) string {
	var parts []string
	for _, d := range ops {
		t := mdText(d.Text)
		switch d.Op {
		case "delete":
			t = "<del>" + t + "</del>"
		case "insert":
			t = "<ins>" + t + "</ins>"
		case "editorial":
			if d.Record {
				t = "<i>(left out: " + t + ")</i>"
			}
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, " ")
}

// mdHeadline states the gate.
func mdHeadline(w io.Writer, r *Run, level string) {
	totals, failing := r.Totals()
	quotes := 0
	for _, n := range totals {
		quotes += n
	}
	names := make([]string, len(r.FailOn))
	for i, v := range r.FailOn {
		names[i] = v.String()
	}
	failOn := strings.Join(names, ", ")
	if failOn == "" {
		failOn = "none"
	}
	if failing == 0 {
		fmt.Fprintf(w, "%s ✅ quotecheck: the gate passes\n\n", level)
		fmt.Fprintf(w, "No quote of %d has a failing verdict (%s).\n", quotes, failOn)
		return
	}
	fmt.Fprintf(w, "%s ❌ quotecheck: the gate fails\n\n", level)
	verb := "have"
	if failing == 1 {
		verb = "has"
	}
	fmt.Fprintf(w, "%d of %d quotes %s a failing verdict (%s).\n", failing, quotes, verb, failOn)
}

// mdCountsTable is the verdicts per article, with a total row for several.
func mdCountsTable(w io.Writer, r *Run, path func(string) string) {
	sums := r.Summarize()
	if len(sums) == 0 {
		fmt.Fprint(w, "\nNo article checked.\n")
		return
	}
	head := []string{"article", "quotes", "failing"}
	for _, v := range align.Verdicts() {
		head = append(head, v.String())
	}
	var rows [][]string
	row := func(name string, quotes, failing int, c Counts) []string {
		out := []string{name, fmt.Sprint(quotes), fmt.Sprint(failing)}
		for _, v := range align.Verdicts() {
			out = append(out, fmt.Sprint(c[v]))
		}
		return out
	}
	for _, s := range sums {
		rows = append(rows, row(mdCode(showName(path(s.File))), s.Quotes, s.Failing, s.Counts))
	}
	if len(sums) > 1 {
		totals, failing := r.Totals()
		n := 0
		for _, s := range sums {
			n += s.Quotes
		}
		rows = append(rows, row("**total**", n, failing, totals))
	}
	fmt.Fprintln(w)
	mdTable(w, head, rows)
}

// mdProblems lists input errors, input warnings and articles that may
// report a different event.
func mdProblems(w io.Writer, r *Run, path func(string) string) {
	var items []string
	for _, e := range r.Errors {
		items = append(items, "❌ input error: "+mdText(e))
	}
	sums := r.Summarize()
	for i, a := range r.Articles {
		for _, wn := range a.Warnings {
			items = append(items, fmt.Sprintf("⚠️ %s: %s", mdCode(fmt.Sprintf("%s:%d:%d", showName(path(wn.File)), wn.Pos.Line, wn.Pos.Column)), mdText(wn.Msg)))
		}
		if sums[i].DifferentEvent {
			items = append(items, fmt.Sprintf("⚠️ %s: %s", mdCode(showName(path(a.File))), mdText(differentEvent(sums[i]))))
		}
	}
	if len(items) == 0 {
		return
	}
	fmt.Fprintln(w)
	for _, it := range items {
		fmt.Fprintf(w, "- %s\n", it)
	}
}

// mdTable writes a Markdown table; cells must be escaped already.
func mdTable(w io.Writer, head []string, rows [][]string) {
	fmt.Fprintf(w, "| %s |\n", strings.Join(head, " | "))
	sep := make([]string, len(head))
	for i := range sep {
		sep[i] = "---"
	}
	fmt.Fprintf(w, "|%s|\n", strings.Join(sep, "|"))
	for _, row := range rows {
		fmt.Fprintf(w, "| %s |\n", strings.Join(row, " | "))
	}
}

// mdIcon marks a finding's level.
func mdIcon(r *Run, f align.Finding) string {
	switch {
	case r.Level(f) == LevelError:
		return "❌"
	case r.Level(f) == LevelWarning:
		return "⚠️"
	case f.Verdict == align.Skipped:
		return "➖"
	}
	return "✅"
}

func mdArticleIcon(s Summary) string {
	if s.Failing > 0 {
		return "❌"
	}
	return "✅"
}

// mdEscaper escapes text for Markdown: HTML's special characters as
// entities, Markdown's punctuation with a backslash (in table cells too: a
// backslashed pipe does not end a cell).
var mdEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;",
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "~", `\~`, "[", `\[`, "]", `\]`,
	"|", `\|`, "#", `\#`, "!", `\!`, "$", `\$`,
)

// mdText is text from an input on one line, its control and bidi
// characters shown escaped (quotes.ShowText), escaped for Markdown.
func mdText(s string) string { return mdEscaper.Replace(showOneLine(s)) }

// mdQuote is the first n characters of a quote, in quotation marks.
func mdQuote(s string, n int) string { return "“" + mdText(excerpt(s, n)) + "”" }

// mdCode is a path or place as code (its name shown by quotes.ShowName,
// which the caller does). A backtick in it cannot be shown in a code span
// safely, so such a path is shown as escaped text instead.
func mdCode(s string) string {
	s = showOneLine(s)
	if strings.Contains(s, "`") {
		return mdText(s)
	}
	return "`" + strings.ReplaceAll(s, "|", `\|`) + "`"
}

// excerpt is s on one line, cut to at most n characters at a word boundary
// with an ellipsis.
func excerpt(s string, n int) string {
	s = oneLine(s)
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	cut := string(rs[:n])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}
