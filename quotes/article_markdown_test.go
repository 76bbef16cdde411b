package quotes

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// found lists an article's quotations as "line:col speaker: text", the way
// a report places them, read in form f.
func found(t *testing.T, name, src string, f ArticleFormat) []string {
	t.Helper()
	d, err := ReadArticle(name, []byte(src), f)
	require.NoError(t, err)
	var out []string
	for _, q := range ParseArticle(d).Quotes {
		p := d.Position(q.Start)
		out = append(out, fmt.Sprintf("%d:%d %s: %s", p.Line, p.Column, q.Speaker, q.Text))
	}
	return out
}

func TestMarkdownQuotations(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"front matter is no prose; positions are the file's",
			"---\ntitle: \"Not a quote\"\n---\n\n“We are friends,” Blinken said.\n",
			[]string{"5:2 Blinken: We are friends"}},
		{"TOML front matter",
			"+++\ntitle = \"Not a quote\"\n+++\n“We are friends,” Blinken said.\n",
			[]string{"4:2 Blinken: We are friends"}},
		{"emphasis and links keep their words, not their markup",
			"**Blinken** said: “We are *truly* [friends](https://example.test/a \"a title\").”\n",
			[]string{"1:20 Blinken: We are truly friends."}},
		{"a column counts the code points of the file, markup included",
			"_Éditorial_ — **Blinken** said: “We are friends.”\n",
			[]string{"1:34 Blinken: We are friends."}},
		{"footnote markers, code spans and comments are masked",
			"“We are friends[^1],” Blinken said. `“code”` <!-- “a comment” -->\n\n[^1]: From the remarks.\n",
			[]string{"1:2 Blinken: We are friends"}},
		{"a fenced block is no prose",
			"Blinken said:\n\n```\n“not a quote at all”\n```\n\n“We are friends,” he said.\n",
			[]string{"7:2 Blinken: We are friends"}},
		{"a block quote paragraph without marks is a quotation of the speaker before it",
			"Blinken said:\n\n> We are friends and allies,\n> and that is what makes us strong.\n\nHe left.\n",
			[]string{"3:3 Blinken: We are friends and allies, and that is what makes us strong."}},
		{"a block quote right after its cue line is a paragraph of its own",
			"Blinken said:\n> We are friends and allies.\n",
			[]string{"2:3 Blinken: We are friends and allies."}},
		{"a block quote with marks is read by its marks",
			"> “We are friends,” Blinken said. The rest is prose.\n",
			[]string{"1:4 Blinken: We are friends"}},
		{"each paragraph of a block quote is a quotation",
			"Blinken said:\n\n> We are friends.\n>\n> We are allies.\n",
			[]string{"3:3 Blinken: We are friends. We are allies."}},
		{"a dash and a name under a block quote is its attribution, not its words",
			"Tom Reed opened.\n\n> “We will rebuild the seawall.”\n>\n> — Ann Lowell\n\n> We will pay for it.\n> — Ann Lowell\n",
			[]string{"3:4 Ann Lowell: We will rebuild the seawall.", "7:3 Ann Lowell: We will pay for it."}},
		{"a dash signature with a title and a full stop is an attribution too",
			"Tom Reed opened.\n\n> We will pay for it.\n>\n> — Ann Lowell, mayor of Harbor City.\n",
			[]string{"3:3 Ann Lowell: We will pay for it."}},
		{"a block quote's paragraph introducing the speech is a cue, not its words",
			"Ann Lowell spoke first.\n\n> Tom Reed told the council:\n>\n> We will rebuild the seawall.\n",
			[]string{"5:3 Tom Reed: We will rebuild the seawall."}},
		{"a block quote's own paragraph ending in a colon, in the first person or with a name, is its words",
			"Tom Reed spoke first.\n\n> We told the council what we told the voters:\n>\n> The seawall comes first.\n\n" +
				"Ann Lowell answered.\n\n> The United States has one choice:\n>\n> Pay for the seawall.\n",
			[]string{"3:3 Tom Reed: We told the council what we told the voters: The seawall comes first.",
				"9:3 Ann Lowell: The United States has one choice: Pay for the seawall."}},
		{"list items and headings are paragraphs of their own",
			"# “Friends,” a headline\nBlinken said:\n- “We are friends,” he said.\n- Another item.\n",
			[]string{"1:4 : Friends", "3:4 Blinken: We are friends"}},
		{"editorial brackets are not links",
			"“[We] are friends,” Blinken said.\n",
			[]string{"1:2 Blinken: [We] are friends"}},
		{"entities are decoded",
			"&ldquo;We are friends,&rdquo; Blinken said.\n",
			[]string{"1:8 Blinken: We are friends"}},
		{"escaped marks stay text",
			"“We are \\*friends\\*,” Blinken said.\n",
			[]string{"1:2 Blinken: We are *friends*"}},
		{"CRLF line endings",
			"---\r\na: b\r\n---\r\n\r\n“We are friends,” Blinken said.\r\n",
			[]string{"5:2 Blinken: We are friends"}},
		{"a block of links, after a label at most, is a teaser for another story; a link in prose is prose",
			"Tom Reed spoke first.\n\n**Read more:** [Lowell says \"the money is fake\"](https://example.test/a)\n\n" +
				"- [Reed: “Salem is broke”](/b)\n- [Kemp: “No new taxes”][c]\n\n<div>Related: <a href=\"/d\">Haddad: “Port is closed”</a></div>\n\n" +
				"# [Reed vows ‘stronger’ seawall](/e)\n\nLowell [said](/f) “the money is real.”\n\n[c]: /c\n",
			[]string{"10:15 Tom Reed: stronger", "12:20 Lowell: the money is real."}},
		{"a link after a cue's colon is the quotation's source, not a teaser",
			"Tom Reed spoke first.\n\nAnn Lowell tweeted: [“The money is coming next week.”](https://example.test/p)\n",
			[]string{"3:23 Ann Lowell: The money is coming next week."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, found(t, "a.md", tt.src, ArticleMarkdown))
		})
	}
}

func TestMaskMarkdownEscapedApostrophe(t *testing.T) {
	// inside a word the escape is one apostrophe, which keeps the word
	// whole; elsewhere the backslash is a space
	masked, _, _ := maskMarkdown(`Reed "won\'t stop" \'now\'`)
	assert.Equal(t, `Reed "wonʼt stop"  'now '`, masked)
	assert.Equal(t, []string{"1:13 Reed: We won't stop."}, found(t, "a.md", "Reed said, \"We won\\'t stop.\"\n", ArticleMarkdown))
}

func TestMaskMarkdownMarkup(t *testing.T) {
	src := "---\nt: x\n---\n# H\n> **a** [b](c) `d` <e>f</e> &amp; ![g](h)\n"
	masked, quotes, _ := maskMarkdown(src)
	checkMasked(t, src, masked, quotes)
	assert.Equal(t, "   \n    \n   \n  H\n\n   a    b            f     &            \n", masked)
	require.Len(t, quotes, 1)
	assert.Equal(t, "a    b            f     &", masked[quotes[0][0].Start:quotes[0][0].End])
}

// checkMasked asserts the invariants of a masked text: the same length,
// valid UTF-8, every line break of the source kept, spans inside the text
// in order.
func checkMasked(t *testing.T, src, masked string, quotes [][]Span) {
	t.Helper()
	require.Len(t, masked, len(src))
	require.True(t, utf8.ValidString(masked), "masked text is UTF-8")
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' || src[i] == '\r' {
			require.Equal(t, src[i], masked[i], "line break at %d kept", i)
		}
	}
	prev := 0
	for _, q := range quotes {
		require.NotEmpty(t, q)
		for _, s := range q {
			require.True(t, prev <= s.Start && s.Start < s.End && s.End <= len(src), "span %v in order inside the text", s)
			prev = s.End
		}
	}
}

// checkArticle asserts that every quotation found in d lies inside it and
// has a valid position.
func checkArticle(t *testing.T, d *Doc) {
	t.Helper()
	a := ParseArticle(d)
	for _, q := range a.Quotes {
		require.True(t, 0 <= q.Start && q.Start <= q.End && q.End <= len(d.Text), "quote %v inside the text", q.Span)
		for _, off := range []int{q.Start, q.End} {
			p := d.Position(off)
			require.True(t, p.Line >= 1 && p.Line <= d.Lines() && p.Column >= 1, "position %v of %d valid", p, off)
		}
		require.True(t, utf8.ValidString(q.Text))
	}
}

func FuzzMaskMarkdown(f *testing.F) {
	seedFiles(f)
	for _, s := range []string{
		"---\na: b\n---\n> “x” [y](z) **w** `v` <!-- u\nt --> &amp; &#x201C;\n",
		"> > nested\n>\n> - [ ] task\n| a | b |\n|---|---|\n",
		"```\ncode\n", "[^1]: note\n[a]: http://x\n", "<!--", "[a](b", "*_~`<&[!",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return
		}
		masked, spans, _ := maskMarkdown(string(data))
		checkMasked(t, string(data), masked, spans)
		if d, err := ReadArticle("f.md", data, ArticleMarkdown); err == nil {
			checkArticle(t, d)
		}
	})
}

// linkEndScan is linkEnd by scanning the rest of the line from the
// bracket, as it was before the line was indexed: the twin the index must
// agree with.
func linkEndScan(src string, i, end int) int {
	close := matchBracket(src, i, end)
	if close < 0 || close+1 >= end {
		return 0
	}
	switch src[close+1] {
	case '(':
		depth := 0
		for k := close + 1; k < end; k++ {
			switch src[k] {
			case '(':
				depth++
			case ')':
				depth--
				if depth == 0 {
					return k + 1
				}
			case ' ':
				if depth != 1 {
					continue
				}
				t := strings.TrimLeft(src[k:end], " ")
				if t != "" && (t[0] == '"' || t[0] == '\'') {
					if q := strings.IndexByte(t[1:], t[0]); q >= 0 {
						k = end - len(t) + 1 + q
						continue
					}
				}
				if !strings.HasPrefix(t, ")") {
					return 0
				}
			}
		}
	case '[':
		if k := strings.IndexByte(src[close+2:end], ']'); k >= 0 {
			return close + 2 + k + 1
		}
	}
	return 0
}

// findRun finds a run of exactly n c's in s[from:end], or -1.
func findRun(s string, from, end int, c byte, n int) int {
	for k := from; k < end; {
		if s[k] != c {
			k++
			continue
		}
		r := runLen(s, k, end, c)
		if r == n {
			return k
		}
		k += r
	}
	return -1
}

// checkLineIndex asserts that what the index of a line finds is what a
// scan from each mark finds: links, bracket pairs, backtick runs, and the
// next "]", ">", "-->", space and tab. The line starts at start: a list
// marker or an unclosed mark before it ("- [a](\\") is no part of it.
func checkLineIndex(t *testing.T, src string, start int) {
	t.Helper()
	m := &mdMasker{src: src}
	m.ln.seek = lineSeekers
	end := len(src)
	m.indexLine(start, end)
	for i := start; i < end; i++ {
		switch src[i] {
		case '[':
			require.Equal(t, matchBracket(src, i, end), m.closing(i, end), "%q: the ] of the [ at %d", src, i)
			require.Equal(t, linkEndScan(src, i, end), m.linkEnd(i, end), "%q: the link at %d", src, i)
		case '`':
			if i > 0 && src[i-1] == '`' {
				continue
			}
			from := i + runLen(src, i, end, '`')
			for n := 1; n <= 4; n++ {
				require.Equal(t, findRun(src, from, end, '`', n), m.tickRun(from, n), "%q: %d backticks after %d", src, n, from)
			}
		}
		b := strings.IndexAny(src[i:], " \t") // the spans [i, j) around the first blank
		for _, j := range []int{i, i + 1, i + b, i + b + 1, end} {
			j = min(max(j, i), end)
			require.Equal(t, strings.ContainsAny(src[i:j], " \t"), m.blankAt(i, j), "%q: a blank in [%d, %d)", src, i, j)
		}
		for k, s := range lineSeekers {
			want := strings.Index(src[i:], s.sub)
			if want >= 0 {
				want += i
			}
			require.Equal(t, want, m.ln.seek[k].next(src, i), "%q: the %q after %d", src, s.sub, i)
		}
	}
}

func TestLineIndexEqualsScan(t *testing.T) {
	for _, src := range []string{
		"[a [b] c](d (e))", `\[a](b) [c\](d) \\[e](f)`, "[a](b \"c)d\") [e](f 'g' ) [h](i j)",
		"[a]((x)[a]((x)", "![a](b)[^1] [c][d] [e][", "``a` ``b`` `c ```", "<a> <!-- x --> <b",
		"[[[[a](](](", "[a](b_(c)_d) [e](f (g) h)",
		"[^a\tb] [^ab] [a](b   ) [c](d  \"e\"  ) [f](g  h)", "<a<a> <http://x <x://y> <mailto:a b>",
	} {
		t.Run(src, func(t *testing.T) {
			checkLineIndex(t, src, 0)
			checkLineIndex(t, "- [a](\\"+src, 7)
		})
	}
}

func FuzzLineIndexEqualsScan(f *testing.F) {
	for _, s := range []string{"[a [b] c](d (e))", "[a](b \"c)d\")", "``a` ``b``", `\[a](b) [^1]`, "<a <b> -->"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if strings.ContainsAny(src, "\r\n") {
			return // one line
		}
		checkLineIndex(t, src, 0)
		checkLineIndex(t, src, len(src)/2)
	})
}

// TestMaskMarkdownLongLines: a line of a million marks that each open
// something never closed ("[", "[^", "<", a longer run of backticks each
// time) is masked in one pass over it, and the paragraph under it is
// prose. Searching the rest of the line from each mark took minutes.
func TestMaskMarkdownLongLines(t *testing.T) {
	var ticks strings.Builder
	for n := 1; ticks.Len() < 1_000_000; n++ {
		ticks.WriteString(strings.Repeat("`", n) + "a")
	}
	for name, line := range map[string]string{
		"brackets":    strings.Repeat("[", 1_000_000),
		"footnotes":   strings.Repeat("[^", 500_000),
		"links":       strings.Repeat("[", 300_000) + strings.Repeat("](", 300_000),
		"images":      strings.Repeat("![a", 300_000),
		"references":  strings.Repeat("[a][", 250_000),
		"tags":        strings.Repeat("<a", 500_000),
		"comments":    strings.Repeat("<!--", 250_000),
		"destination": strings.Repeat("[a]((x)", 150_000),
		"backticks":   ticks.String(),
		// a mark whose end lies far ahead, behind what refuses it: a
		// blank before the footnote's "]", a "<" in the tag, spaces
		// before a destination's ")"
		"footnote blank": strings.Repeat("[^", 500_000) + " ]",
		"tag ends":       strings.Repeat("<a", 500_000) + ">",
		"spaces":         "[a](b" + strings.Repeat(" ", 1_000_000) + ")",
	} {
		t.Run(name, func(t *testing.T) {
			src := line + "\n\n“We are friends,” Ann Lowell said.\n"
			masked, spans, _ := maskMarkdown(src)
			checkMasked(t, src, masked, spans)
			assert.True(t, strings.HasSuffix(masked, "\n\n“We are friends,” Ann Lowell said.\n"), "the paragraph under the line is prose")
		})
	}
}
