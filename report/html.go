package report

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// The HTML report is one self-contained file an editor opens from disk or
// from an email: the template, its CSS and its one small script are
// embedded in the binary and inlined in the page, and the page's
// Content-Security-Policy allows nothing else (no network, no other
// script). Everything taken from articles and transcripts goes through
// html/template, so it is escaped as text. Escaping is not enough for a
// bidi override, which reorders what follows it on the page
// ("draft\u202edm.txt" shows as "drafttxt.md"), nor for a control
// character: names are shown by quotes.ShowName, the article's prose by
// quotes.ShowLines (as the text report shows text, but for line breaks and
// tabs, which a page shows as spaces), and a quote, a speaker or a reason
// on one line by quotes.ShowText, as the text report shows them.
//
// Layout: a header (what was checked, counts per verdict with the failing
// ones first, the gate, links to every failing quote), then one section per
// article: the article as prose with each quotation highlighted in its
// verdict's colour and labelled with the verdict's word and icon, beside a
// card per quotation with the evidence. The script only adds filters by
// verdict and article and copy buttons; with it off, everything is shown.
//
// The page holds no clock time unless SOURCE_DATE_EPOCH (seconds since
// 1970, as in reproducible builds) gives one: the same input gives the same
// bytes.

//go:embed html/report.tmpl html/report.css html/report.js
var htmlFiles embed.FS

var (
	htmlTemplate *template.Template
	htmlCSS      template.CSS
	htmlScript   template.JS
	// htmlScriptHash is the CSP source that allows the inline script and
	// nothing else: 'sha256-' and the base64 SHA-256 of its exact bytes.
	htmlScriptHash string
)

func init() {
	css, err := htmlFiles.ReadFile("html/report.css")
	if err != nil {
		panic(err)
	}
	js, err := htmlFiles.ReadFile("html/report.js")
	if err != nil {
		panic(err)
	}
	htmlCSS = template.CSS(css)
	htmlScript = template.JS(js)
	sum := sha256.Sum256(js)
	htmlScriptHash = "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	htmlTemplate = template.Must(template.New("report.tmpl").ParseFS(htmlFiles, "html/report.tmpl"))
	Register("html", func(Options) Formatter { return FormatterFunc(formatHTML) })
}

// htmlCSP is the page's Content-Security-Policy: inline styles, the one
// inline script by its hash, and nothing at all from anywhere else.
func htmlCSP() string {
	return "default-src 'none'; style-src 'unsafe-inline'; script-src " + htmlScriptHash +
		"; base-uri 'none'; form-action 'none'"
}

// verdictIcons: a verdict is shown by a colour (in the CSS, by class),
// an icon and a word, so that it never rests on colour alone.
var verdictIcons = map[align.Verdict]string{
	align.Verbatim:      "✓",
	align.Faithful:      "✓",
	align.Altered:       "≠",
	align.Paraphrased:   "≈",
	align.Fabricated:    "✗",
	align.Misattributed: "⇄",
	align.Unverifiable:  "?",
	align.Skipped:       "–",
}

type htmlPage struct {
	CSP         string
	CSS         template.CSS
	Script      template.JS
	When        string
	Transcripts []string
	Errors      []string
	Articles    []*htmlArticle
	Counts      []htmlCount
	Quotes      int
	Failing     int
	Passed      bool
	FailOn      string
	Attention   []*htmlCard // the failing quotes, in report order
}

type htmlCount struct {
	Verdict string
	Icon    string
	N       int
	Failing bool
}

type htmlArticle struct {
	ID             string
	File           string
	Paras          [][]htmlSeg
	Cards          []*htmlCard
	Counts         []htmlCount
	Quotes         int
	Failing        int
	DifferentEvent bool
	RecordFound    int
	RecordQuotes   int
	Warnings       []string
}

// htmlSeg is a stretch of an article's paragraph: plain text, or (Card set)
// a quotation's words, highlighted and linked to its card.
type htmlSeg struct {
	Text  string
	Card  *htmlCard
	First bool // the quotation's first piece: the card links back here
	Last  bool // its last piece: carries the label
}

type htmlCard struct {
	ID          string
	N           int // 1-based, within the article
	ArticleID   string
	File        string
	Loc         string // file:line:col
	Verdict     string
	Icon        string
	Failing     bool
	Quote       string
	Named       string // as the article names the speaker
	Speaker     string // the person that resolves to
	Attribution string
	Headline    string // the verdict in plain words
	Note        string
	Source      *htmlSource
	SourceLabel string
	Diff        []htmlDiff
	RealSpeaker string // misattributed: who said it
	Advice      string
	Copy        string // the record's exact words, to copy
	Scores      string
	Placed      bool // highlighted in the article's prose
}

type htmlSource struct {
	Speaker string
	File    string
	Line    int
	Before  string
	Text    string
	After   string // with the space before it, unless it starts with punctuation
}

type htmlDiff struct {
	Class string // eq, del, ins, ed, edrec
	Text  string
	Title string
}

func formatHTML(w io.Writer, r *Run) error {
	page, err := buildHTMLPage(r)
	if err != nil {
		return err
	}
	return htmlTemplate.Execute(w, page)
}

// reportTime is the time the report states: SOURCE_DATE_EPOCH when set,
// else none.
func reportTime() (string, error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return "", nil
	}
	sec, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return "", fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", s)
	}
	return time.Unix(sec, 0).UTC().Format("2 January 2006, 15:04 UTC"), nil
}

func buildHTMLPage(r *Run) (*htmlPage, error) {
	when, err := reportTime()
	if err != nil {
		return nil, err
	}
	totals, failing := r.Totals()
	p := &htmlPage{
		CSP:         htmlCSP(),
		CSS:         htmlCSS,
		Script:      htmlScript,
		When:        when,
		Transcripts: mapStrings(r.Transcripts, showName),
		Errors:      mapStrings(r.Errors, showText),
		Counts:      htmlCounts(r, totals, true),
		Failing:     failing,
		Passed:      failing == 0,
	}
	names := make([]string, len(r.FailOn))
	for i, v := range r.FailOn {
		names[i] = v.String()
	}
	p.FailOn = strings.Join(names, ", ")
	sums := r.Summarize()
	for i, a := range r.Articles {
		s := sums[i]
		ha := &htmlArticle{
			ID:             "a" + strconv.Itoa(i+1),
			File:           showName(a.File),
			Counts:         htmlCounts(r, s.Counts, false),
			Quotes:         s.Quotes,
			Failing:        s.Failing,
			DifferentEvent: s.DifferentEvent,
			RecordFound:    s.RecordFound,
			RecordQuotes:   s.RecordQuotes,
		}
		for _, wn := range a.Warnings {
			ha.Warnings = append(ha.Warnings, fmt.Sprintf("line %d, column %d: %s", wn.Pos.Line, wn.Pos.Column, showLines(wn.Msg)))
		}
		for j, f := range a.Findings {
			c := htmlCardOf(r, f)
			c.N = j + 1
			c.ArticleID = ha.ID
			c.ID = fmt.Sprintf("q%d-%d", i+1, j+1)
			ha.Cards = append(ha.Cards, c)
			if c.Failing {
				p.Attention = append(p.Attention, c)
			}
		}
		if a.Doc != nil {
			ha.Paras = showProse(prose(a.Doc.Text, a.Findings, ha.Cards))
		}
		p.Quotes += s.Quotes
		p.Articles = append(p.Articles, ha)
	}
	return p, nil
}

// htmlCounts lists quotes per verdict, the failing verdicts first. The
// header shows every verdict that occurs and every failing one; an
// article's line only those that occur.
func htmlCounts(r *Run, c Counts, header bool) []htmlCount {
	var fail, pass []htmlCount
	for _, v := range align.Verdicts() {
		hc := htmlCount{Verdict: v.String(), Icon: verdictIcons[v], N: c[v], Failing: r.Failing(v)}
		if hc.N == 0 && !(header && hc.Failing) {
			continue
		}
		if hc.Failing {
			fail = append(fail, hc)
		} else {
			pass = append(pass, hc)
		}
	}
	return append(fail, pass...)
}

func htmlCardOf(r *Run, f align.Finding) *htmlCard {
	c := &htmlCard{
		File:        showName(f.File),
		Loc:         fmt.Sprintf("%s:%d:%d", showName(f.File), f.Start.Line, f.Start.Column),
		Verdict:     f.Verdict.String(),
		Icon:        verdictIcons[f.Verdict],
		Failing:     r.Failing(f.Verdict),
		Quote:       showOneLine(f.Quote.Text),
		Named:       showLines(f.AttributedTo),
		Speaker:     showLines(f.Speaker),
		Attribution: f.Attribution.String(),
	}
	if f.AttributedTo == f.Speaker {
		c.Named = ""
	}
	if c.Speaker == "" {
		c.Speaker = speakerName(f)
	}
	if s := f.Source; s != nil {
		c.Source = &htmlSource{Speaker: showLines(s.Speaker), File: showName(s.File), Line: s.Line, Before: showLines(s.Before), Text: showLines(s.Text), After: showLines(s.After)}
		if s.After != "" && !strings.ContainsAny(s.After[:1], ",.;:!?)]") && !strings.HasPrefix(s.After, "’") && !strings.HasPrefix(s.After, "”") {
			c.Source.After = " " + c.Source.After
		}
		c.SourceLabel = "In the record"
		c.Scores = fmt.Sprintf("similarity %.2f, wording %.2f", f.Similarity, f.Wording)
		if f.Verdict != align.Verbatim {
			for _, d := range f.Diff {
				c.Diff = append(c.Diff, htmlDiffOf(d))
			}
		}
	}
	switch f.Verdict {
	case align.Verbatim:
		c.Headline = "The record’s words."
	case align.Faithful:
		c.Headline = "The record’s words, with marked editorial changes"
		if marks := editorialMarks(f.Diff); marks != "" {
			c.Headline += ": " + marks
		}
		c.Headline += "."
	case align.Altered:
		c.Headline = "Words changed without marking"
		if ch := describeChanges(f.Diff); ch != "" {
			c.Headline += ": " + ch
		}
		c.Headline += "."
		if f.Source != nil {
			c.Copy = f.Source.Text
			c.Advice = "Quote the record’s exact words, or mark the changes with [brackets] and an ellipsis (…)."
		}
	case align.Paraphrased:
		c.Headline = fmt.Sprintf("Reworded: a passage of the record presented as a quotation (it keeps %.0f%% of the passage’s words).", 100*f.Wording)
		c.SourceLabel = "The passage it rewords"
		c.Advice = "Drop the quotation marks and report it as a paraphrase, or quote the record’s exact words."
		if f.Source != nil {
			c.Copy = f.Source.Text
		}
	case align.Fabricated:
		c.Headline = "Not found in the record."
		c.Note = upperFirst(strings.TrimPrefix(f.Reason, "not found in the record; ")) + ". Ask the writer for the source of these words."
	case align.Misattributed:
		c.Headline = upperFirst(f.Reason) + "."
		if f.Source != nil {
			c.RealSpeaker = f.Source.Speaker
			c.SourceLabel = "Where it was really said"
		}
	case align.Unverifiable:
		c.Headline = "Cannot be checked: " + f.Reason + "."
	case align.Skipped:
		c.Headline = "Not checked: " + f.Reason + "."
	default:
		c.Headline = upperFirst(f.Reason)
	}
	c.Headline, c.Note, c.RealSpeaker, c.Copy = showLines(c.Headline), showLines(c.Note), showLines(c.RealSpeaker), showLines(c.Copy)
	return c
}

// mapStrings is f of each of ss.
func mapStrings(ss []string, f func(string) string) []string {
	var out []string
	for _, s := range ss {
		out = append(out, f(s))
	}
	return out
}

func htmlDiffOf(d align.DiffOp) htmlDiff {
	text := showLines(d.Text)
	switch d.Op {
	case "delete":
		return htmlDiff{"del", text, "the record’s words, dropped by the quote"}
	case "insert":
		return htmlDiff{"ins", text, "words the quote adds"}
	case "editorial":
		if d.Record {
			return htmlDiff{"edrec", text, "the record’s words, left out or replaced with a marked change (accepted)"}
		}
		return htmlDiff{"ed", text, "the writer’s marked change (accepted)"}
	}
	return htmlDiff{"eq", text, ""}
}

// editorialMarks lists the writer's marks in a diff: “[and]”, “…”.
func editorialMarks(ops []align.DiffOp) string {
	var out []string
	for _, d := range ops {
		if d.Op == "editorial" && !d.Record {
			out = append(out, "“"+d.Text+"”")
		}
	}
	return strings.Join(out, ", ")
}

// Changes are described in groups: two drops (or two additions) separated
// by no more than joinWords equal words are one change ("re-energize,
// rejuvenate, in some cases even reimagine" is one edit of a phrase), and at
// most maxChanges are spelled out.
const (
	joinWords  = 1
	maxChanges = 3
)

// describeChanges tells a diff's unmarked changes in words: “X” for “Y”,
// the quote's words first. A change that only adds or only drops words is
// given with the neighbouring word on each side, so that it reads as a
// replacement.
func describeChanges(ops []align.DiffOp) string {
	type group struct{ lo, hi int } // ops[lo:hi], first and last are changes
	var groups []group
	for i, d := range ops {
		if d.Op != "delete" && d.Op != "insert" {
			continue
		}
		if n := len(groups); n > 0 {
			gap := 0
			for _, b := range ops[groups[n-1].hi:i] {
				gap += len(strings.Fields(b.Text))
			}
			if gap == 0 || gap <= joinWords && ops[groups[n-1].hi-1].Op == d.Op {
				groups[n-1].hi = i + 1
				continue
			}
		}
		groups = append(groups, group{i, i + 1})
	}
	var parts []string
	for k, g := range groups {
		if k == maxChanges {
			parts = append(parts, fmt.Sprintf("and %d more", len(groups)-k))
			break
		}
		var quote, record []string
		for _, d := range ops[g.lo:g.hi] {
			switch {
			case d.Op == "equal":
				quote, record = append(quote, d.Text), append(record, d.Text)
			case d.Op == "insert", d.Op == "editorial" && !d.Record:
				quote = append(quote, d.Text)
			case d.Op == "delete", d.Op == "editorial" && d.Record:
				record = append(record, d.Text)
			}
		}
		if len(quote) == 0 || len(record) == 0 {
			if g.lo > 0 && ops[g.lo-1].Op == "equal" {
				w := lastWord(ops[g.lo-1].Text)
				quote, record = append([]string{w}, quote...), append([]string{w}, record...)
			}
			if g.hi < len(ops) && ops[g.hi].Op == "equal" {
				w := firstWord(ops[g.hi].Text)
				quote, record = append(quote, w), append(record, w)
			}
		}
		q, rec := strings.Join(quote, " "), strings.Join(record, " ")
		switch {
		case q == "":
			parts = append(parts, "drops “"+rec+"”")
		case rec == "":
			parts = append(parts, "adds “"+q+"”")
		default:
			parts = append(parts, "“"+q+"” for “"+rec+"”")
		}
	}
	return strings.Join(parts, "; ")
}

func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// paragraphs splits an article into paragraphs: at blank lines when it
// has any (Markdown, hard-wrapped text), else at every line break (one
// paragraph a line, as text copied from a web page). Spans are byte ranges
// of text, blank ones left out.
func paragraphs(text string) []quotes.Span {
	// the lines, without their ends (\n, \r\n or a lone \r)
	var lines []quotes.Span
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			lines = append(lines, quotes.Span{Start: start, End: i})
			start = i + 1
		case '\r':
			lines = append(lines, quotes.Span{Start: start, End: i})
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	lines = append(lines, quotes.Span{Start: start, End: len(text)})
	blank := func(l quotes.Span) bool { return strings.TrimSpace(text[l.Start:l.End]) == "" }
	grouped := false
	for k := 1; k+1 < len(lines); k++ {
		if blank(lines[k]) && !blank(lines[k-1]) {
			grouped = true
			break
		}
	}
	var out []quotes.Span
	for k := 0; k < len(lines); k++ {
		if blank(lines[k]) {
			continue
		}
		p := lines[k]
		for grouped && k+1 < len(lines) && !blank(lines[k+1]) {
			k++
			p.End = lines[k].End
		}
		out = append(out, p)
	}
	return out
}

// showProse shows the prose's stretches by quotes.ShowLines, so that a
// bidi override or a control character in an article ("Salem\u202e") is
// shown escaped, not acted on. A stretch that ends inside a character (a
// span off a character's boundary) hands the character's first bytes to
// the next stretch, so that no character is shown as the bytes it is made
// of.
func showProse(paras [][]htmlSeg) [][]htmlSeg {
	for _, segs := range paras {
		carry := ""
		for i := range segs {
			t := carry + segs[i].Text
			carry = ""
			if i+1 < len(segs) {
				j := len(t) - 1
				for j > 0 && j > len(t)-utf8.UTFMax && !utf8.RuneStart(t[j]) {
					j--
				}
				if j >= 0 && !utf8.FullRuneInString(t[j:]) {
					t, carry = t[:j], t[j:]
				}
			}
			segs[i].Text = showLines(t)
		}
	}
	return paras
}

// prose cuts an article's text into paragraphs of plain and quoted
// stretches. A quotation's pieces (one per paragraph it runs over) are
// each highlighted; a quotation inside another (nested, or overlapping
// it) has its own words, and the one around it the rest of its words on
// either side: each stretch belongs to the innermost quotation over it,
// the one that starts last.
func prose(text string, fs []align.Finding, cards []*htmlCard) [][]htmlSeg {
	type mark struct {
		quotes.Span
		card *htmlCard
		last bool
	}
	var marks []mark
	for i, f := range fs {
		pieces := f.Quote.Pieces
		if len(pieces) == 0 {
			pieces = []quotes.Span{f.Quote.Span}
		}
		for k, p := range pieces {
			if p.Start < 0 || p.End > len(text) || p.End <= p.Start {
				continue
			}
			marks = append(marks, mark{p, cards[i], k == len(pieces)-1})
		}
	}
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].Start < marks[j].Start })
	var out [][]htmlSeg
	m := 0           // the next mark to become active
	var active []int // the marks over the current place, by index
	for _, para := range paragraphs(text) {
		var segs []htmlSeg
		pos := para.Start
		for pos < para.End {
			// the marks over pos, and the next place where that changes
			for m < len(marks) && marks[m].Start <= pos {
				active = append(active, m)
				m++
			}
			next := para.End
			if m < len(marks) {
				next = min(next, max(marks[m].Start, pos+1))
			}
			inner := -1
			kept := active[:0]
			for _, k := range active {
				if marks[k].End <= pos {
					continue
				}
				kept = append(kept, k)
				next = min(next, marks[k].End)
				if inner < 0 || marks[k].Start >= marks[inner].Start {
					inner = k
				}
			}
			active = kept
			if inner < 0 {
				segs = append(segs, htmlSeg{Text: text[pos:next]})
				pos = next
				continue
			}
			mk := marks[inner]
			segs = append(segs, htmlSeg{Text: text[pos:next], Card: mk.card, First: !mk.card.Placed, Last: mk.last && next == mk.End})
			mk.card.Placed = true
			pos = next
		}
		out = append(out, segs)
	}
	return out
}
