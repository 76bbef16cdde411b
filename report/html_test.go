package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"flag"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// The golden tests of this package share one -update flag; whichever test
// file runs its initialisation first defines it.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files")
	}
}

func htmlUpdate() bool {
	f := flag.Lookup("update")
	if f == nil {
		return false
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return false
	}
	b, _ := g.Get().(bool)
	return b
}

const htmlSeedDir = "../testdata/seeds"

var htmlSeedArticles = []string{
	"001_c78c3c7143cf625d.txt",
	"002_c15b9b24642192a5.txt",
	"003_3f64001593826196.txt",
	"004_42f1c81c42cc92c4.txt",
}

// htmlDoc reads a seed under the name a user of the command would see.
func htmlDoc(t testing.TB, name string) *quotes.Doc {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(htmlSeedDir, name))
	require.NoError(t, err)
	doc, err := quotes.NewDoc("testdata/seeds/"+name, data)
	require.NoError(t, err)
	return doc
}

// htmlFixture checks the seed articles against the seed transcript, as
// `make demo` does.
func htmlFixture(t testing.TB) *Run {
	t.Helper()
	tr, err := quotes.ParseTranscript(htmlDoc(t, "000_adf2d0d08684c947.txt"))
	require.NoError(t, err)
	rec := align.NewRecord(tr)
	run := &Run{Transcripts: []string{tr.Doc.Name}, FailOn: align.DefaultFailing()}
	for _, name := range htmlSeedArticles {
		doc := htmlDoc(t, name)
		a := quotes.ParseArticleKnown(doc, rec.Surnames())
		run.Articles = append(run.Articles, Article{File: doc.Name, Doc: doc, Findings: rec.Check(a), Warnings: a.Warnings})
	}
	return run
}

// htmlRun checks one article against one transcript, both given as text.
func htmlRun(t testing.TB, transcript, article string) *Run {
	t.Helper()
	tdoc, err := quotes.NewDoc("record.txt", []byte(transcript))
	require.NoError(t, err)
	tr, err := quotes.ParseTranscript(tdoc)
	require.NoError(t, err)
	rec := align.NewRecord(tr)
	adoc, err := quotes.NewDoc("article.txt", []byte(article))
	require.NoError(t, err)
	a := quotes.ParseArticleKnown(adoc, rec.Surnames())
	return &Run{
		Transcripts: []string{"record.txt"},
		FailOn:      align.DefaultFailing(),
		Articles:    []Article{{File: "article.txt", Doc: adoc, Findings: rec.Check(a), Warnings: a.Warnings}},
	}
}

func renderHTML(t testing.TB, r *Run) string {
	t.Helper()
	f, err := New("html", Options{})
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, f.Format(&buf, r))
	return buf.String()
}

func TestGoldenHTMLSeeds(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "")
	got := renderHTML(t, htmlFixture(t))
	path := filepath.Join("testdata", "html_seeds.golden")
	if htmlUpdate() {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run 'make golden' to create it")
	assert.Equal(t, string(want), got)
	// the same input gives the same bytes
	assert.Equal(t, got, renderHTML(t, htmlFixture(t)))
}

var (
	cspRE    = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
	scriptRE = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
)

func TestHTMLCSPAllowsOnlyItsScript(t *testing.T) {
	page := renderHTML(t, htmlFixture(t))
	m := cspRE.FindStringSubmatch(page)
	require.NotNil(t, m, "no CSP meta tag")
	csp := html.UnescapeString(m[1])
	scripts := scriptRE.FindAllStringSubmatch(page, -1)
	require.Len(t, scripts, 1, "one inline script")
	sum := sha256.Sum256([]byte(scripts[0][1]))
	hash := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"

	directives := map[string]string{}
	for _, d := range strings.Split(csp, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), " ")
		directives[name] = value
	}
	assert.Equal(t, "'none'", directives["default-src"])
	assert.Equal(t, "'unsafe-inline'", directives["style-src"])
	assert.Equal(t, hash, directives["script-src"], "the CSP hash must be the page's script's")
	assert.NotContains(t, page, "http://")
	assert.NotContains(t, page, "https://")
	assert.NotContains(t, page, " src=")
}

func TestHTMLEveryQuoteHasHighlightAndCard(t *testing.T) {
	r := htmlFixture(t)
	page := renderHTML(t, r)
	n := 0
	for i, a := range r.Articles {
		for j, f := range a.Findings {
			id := "q" + strconv.Itoa(i+1) + "-" + strconv.Itoa(j+1)
			n++
			assert.Contains(t, page, `id="`+id+`" data-verdict="`+f.Verdict.String()+`"`, "card of %s", id)
			assert.Contains(t, page, `href="#`+id+`" data-verdict="`+f.Verdict.String()+`" id="hl-`+id+`"`, "highlight of %s", id)
		}
	}
	assert.Equal(t, 39, n, "the seeds' quotations")
	assert.Equal(t, n, strings.Count(page, `<article class="card `))
}

// htmlCardFor finds the card of the seed quotation that begins with prefix.
func htmlCardFor(t *testing.T, p *htmlPage, prefix string) *htmlCard {
	t.Helper()
	for _, a := range p.Articles {
		for _, c := range a.Cards {
			if strings.HasPrefix(c.Quote, prefix) {
				return c
			}
		}
	}
	require.Failf(t, "no card", "no quotation begins %q", prefix)
	return nil
}

func TestHTMLCards(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "")
	p, err := buildHTMLPage(htmlFixture(t))
	require.NoError(t, err)
	tests := []struct {
		quote    string
		verdict  string
		headline string
		check    func(t *testing.T, c *htmlCard)
	}{
		{"When I took this job", "altered",
			"Words changed without marking: “rejuvenate” for “re-energize rejuvenate in some cases even reimagine”.",
			func(t *testing.T, c *htmlCard) {
				assert.Equal(t, "When I took this job, the first instruction President Biden gave me was to do everything possible to re-energize, rejuvenate, in some cases even reimagine, our alliances", c.Copy)
				assert.Contains(t, c.Diff, htmlDiff{"del", "re-energize", "the record’s words, dropped by the quote"})
				assert.Equal(t, "Antony J. Blinken", c.Speaker)
				assert.Equal(t, "Blinken", c.Named)
			}},
		{"Together, we are not just allies", "misattributed", "Said by Ambassador Emanuel, not Blinken.",
			func(t *testing.T, c *htmlCard) {
				assert.Equal(t, "Ambassador Emanuel", c.RealSpeaker)
				assert.Equal(t, "Where it was really said", c.SourceLabel)
				require.NotNil(t, c.Source)
				assert.Equal(t, 37, c.Source.Line)
				assert.NotEmpty(t, c.Source.Before, "context before the passage")
				assert.NotEmpty(t, c.Source.After, "context after the passage")
			}},
		{"What we’ve built together", "paraphrased", "Reworded: a passage of the record presented as a quotation (it keeps 59% of the passage’s words).",
			func(t *testing.T, c *htmlCard) {
				assert.Equal(t, "The passage it rewords", c.SourceLabel)
				assert.Contains(t, c.Advice, "Drop the quotation marks")
				assert.Equal(t, "that we have between our countries is something exceptional", c.Copy)
				assert.Contains(t, c.Diff, htmlDiff{"ins", "built together", "words the quote adds"})
			}},
		{"The world doesn", "fabricated", "Not found in the record.",
			func(t *testing.T, c *htmlCard) {
				assert.Contains(t, c.Note, "it may come from another event")
				assert.Nil(t, c.Source)
				assert.Empty(t, c.Copy)
			}},
		{"[W]e’re living in a time", "faithful", "The record’s words, with marked editorial changes: “[and]”.",
			func(t *testing.T, c *htmlCard) {
				assert.Contains(t, c.Diff, htmlDiff{"ed", "[and]", "the writer’s marked change (accepted)"})
				assert.False(t, c.Failing)
			}},
		{"We are the largest investors in each other’s economies", "verbatim", "The record’s words.",
			func(t *testing.T, c *htmlCard) {
				assert.Empty(t, c.Diff, "no diff for the record's words")
				assert.NotNil(t, c.Source)
			}},
		{"We are deeply saddened", "unverifiable", "Cannot be checked: Iwaya Takeshi does not speak in the record, and nobody in it said this.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.verdict, func(t *testing.T) {
			c := htmlCardFor(t, p, tt.quote)
			assert.Equal(t, tt.verdict, c.Verdict)
			assert.Equal(t, tt.headline, c.Headline)
			assert.True(t, c.Placed, "highlighted in the article")
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
	// the header: failing verdicts first, then the others that occur
	var order []string
	for _, c := range p.Counts {
		order = append(order, c.Verdict)
	}
	assert.Equal(t, []string{"altered", "paraphrased", "fabricated", "misattributed", "verbatim", "faithful", "unverifiable", "skipped"}, order)
	assert.Equal(t, 20, p.Failing)
	assert.Len(t, p.Attention, 20, "every failing quotation is linked from the top")
	assert.False(t, p.Passed)
}

func TestHTMLEscapesInput(t *testing.T) {
	record := "SECRETARY SMITH: We will <b>never</b> give up on peace & quiet, and we will keep talking.\n"
	article := "<script>alert(document.cookie)</script> isn't news\n" +
		"Smith said: \"We will <b>never</b> give up on peace & quiet.</script><img src=x onerror=alert(1)>\"\n"
	page := renderHTML(t, htmlRun(t, record, article))
	assert.Contains(t, page, "&lt;script&gt;alert(document.cookie)&lt;/script&gt; isn&#39;t news")
	assert.Contains(t, page, "&lt;img src=x onerror=alert(1)&gt;")
	assert.Contains(t, page, "&lt;b&gt;never&lt;/b&gt;")
	assert.NotContains(t, page, "<img")
	assert.NotContains(t, page, "<b>never")
	assert.Equal(t, 1, strings.Count(page, "<script"), "only the report's own script")
}

func TestHTMLTime(t *testing.T) {
	r := htmlRun(t, "MR. PRICE: Good afternoon, everybody.\n", "Price said, \"Good afternoon, everybody.\"\n")
	t.Run("none by default", func(t *testing.T) {
		t.Setenv("SOURCE_DATE_EPOCH", "")
		assert.Contains(t, renderHTML(t, r), "checked against 1 transcript. ")
	})
	t.Run("SOURCE_DATE_EPOCH", func(t *testing.T) {
		t.Setenv("SOURCE_DATE_EPOCH", "1736208000")
		assert.Contains(t, renderHTML(t, r), "checked against 1 transcript on 7 January 2025, 00:00 UTC.")
	})
	t.Run("bad SOURCE_DATE_EPOCH", func(t *testing.T) {
		t.Setenv("SOURCE_DATE_EPOCH", "yesterday")
		f, err := New("html", Options{})
		require.NoError(t, err)
		err = f.Format(&bytes.Buffer{}, r)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "SOURCE_DATE_EPOCH")
	})
}

func TestHTMLGate(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "")
	r := htmlRun(t, "MR. PRICE: Good afternoon, everybody, and welcome to the briefing.\n",
		"Price said, \"Good afternoon, everybody, and welcome to the briefing.\"\n")
	page := renderHTML(t, r)
	assert.Contains(t, page, "Gate passes: no quotation has a failing verdict.")
	assert.NotContains(t, page, "Needs attention")

	empty := renderHTML(t, &Run{FailOn: align.DefaultFailing()})
	assert.Contains(t, empty, "0 articles checked against 0 transcripts")
	assert.Contains(t, empty, "Gate passes")
}

// Articles of other shapes than the seeds: every quotation still gets its
// highlight, and the article's problems are shown with it.
func TestHTMLArticleShapes(t *testing.T) {
	record := "MR. PRICE: Good afternoon, everybody. We will keep working with our partners on this, and we will not stop.\n\n" +
		"QUESTION: Thank you.\n"
	tests := []struct {
		name, article string
		quotes        int
		contains      []string
	}{
		{"CRLF line ends", "Price spoke.\r\n\r\n\"We will keep working with our partners on this,\" Price said.\r\n", 1,
			[]string{`<p>Price spoke.</p>`}},
		{"hard-wrapped Markdown", "# Briefing\n\nPrice said that \"we will keep working\nwith our partners on this,\" and left.\n", 1,
			[]string{"<p># Briefing</p>"}},
		{"a quotation over two paragraphs", "Price said:\n\n\u201cWe will keep working with our partners on this.\n\n\u201cAnd we will not stop.\u201d\n", 1,
			[]string{ // two highlights, the label on the second
				`data-verdict="verbatim" id="hl-q1-1">We will keep working with our partners on this.</a>`,
				`data-verdict="verbatim">And we will not stop.<span class="tag"`,
			}},
		{"an unclosed quotation mark", "Price said, \"We will keep working with our partners on this.\n", 0,
			[]string{`<p class="warn" role="note"><b>Warning:</b> line 1, column 13:`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := htmlRun(t, record, tt.article)
			p, err := buildHTMLPage(r)
			require.NoError(t, err)
			require.Len(t, p.Articles, 1)
			cards := p.Articles[0].Cards
			assert.Len(t, cards, tt.quotes)
			for _, c := range cards {
				assert.True(t, c.Placed, "quotation %q is highlighted", c.Quote)
			}
			page := renderHTML(t, r)
			for _, want := range tt.contains {
				assert.Contains(t, page, want)
			}
		})
	}
}

func TestHTMLInputErrors(t *testing.T) {
	r := htmlRun(t, "MR. PRICE: Good afternoon.\n", "Nothing quoted.\n")
	r.Errors = []string{"missing.txt: no such file or directory"}
	page := renderHTML(t, r)
	assert.Contains(t, page, "<h2>Inputs that could not be read</h2><ul>\n<li>missing.txt: no such file or directory</li>")
	assert.Contains(t, page, "1 article checked against 1 transcript")
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a line each", "One.\nTwo.\n\nThree.", []string{"One.\nTwo.", "Three."}},
		{"lines without blank lines", "One.\nTwo.\nThree.\n", []string{"One.", "Two.", "Three."}},
		{"hard-wrapped with blank lines", "A long\nparagraph.\n\n  \nNext\none.\n", []string{"A long\nparagraph.", "Next\none."}},
		{"CRLF", "One.\r\nTwo.\r\n", []string{"One.", "Two."}},
		{"CRLF with blank lines", "A\r\nb.\r\n\r\nC.", []string{"A\r\nb.", "C."}},
		{"empty", "", nil},
		{"space only", " \n\n \n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range paragraphs(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestProse(t *testing.T) {
	text := "He said “alpha ‘beta’ gamma” and\n“epsilon\n“delta” end."
	span := func(s string) quotes.Span {
		i := strings.Index(text, s)
		require.GreaterOrEqual(t, i, 0)
		return quotes.Span{Start: i, End: i + len(s)}
	}
	fs := []align.Finding{
		{Quote: quotes.Quote{Span: span("alpha ‘beta’ gamma")}},
		{Quote: quotes.Quote{Span: span("beta"), Nested: true}}, // inside the first: its own words
		{Quote: quotes.Quote{Span: quotes.Span{Start: span("epsilon").Start, End: span("delta").End}, Pieces: []quotes.Span{span("epsilon"), span("delta")}}},
	}
	cards := []*htmlCard{{ID: "one"}, {ID: "two"}, {ID: "three"}}
	type seg struct {
		Text        string
		Card        string
		First, Last bool
	}
	var got [][]seg
	for _, p := range prose(text, fs, cards) {
		var ps []seg
		for _, s := range p {
			x := seg{Text: s.Text, First: s.First, Last: s.Last}
			if s.Card != nil {
				x.Card = s.Card.ID
			}
			ps = append(ps, x)
		}
		got = append(got, ps)
	}
	assert.Equal(t, [][]seg{
		{{Text: "He said “"}, {Text: "alpha ‘", Card: "one", First: true}, {Text: "beta", Card: "two", First: true, Last: true},
			{Text: "’ gamma", Card: "one", Last: true}, {Text: "” and"}},
		{{Text: "“"}, {Text: "epsilon", Card: "three", First: true}},
		{{Text: "“"}, {Text: "delta", Card: "three", Last: true}, {Text: "” end."}},
	}, got)
	for _, c := range cards {
		assert.True(t, c.Placed, c.ID)
	}
}

func TestDescribeChanges(t *testing.T) {
	eq := func(s string) align.DiffOp { return align.DiffOp{Op: "equal", Text: s} }
	del := func(s string) align.DiffOp { return align.DiffOp{Op: "delete", Text: s} }
	ins := func(s string) align.DiffOp { return align.DiffOp{Op: "insert", Text: s} }
	tests := []struct {
		name string
		ops  []align.DiffOp
		want string
	}{
		{"none", []align.DiffOp{eq("all the same")}, ""},
		{"replacement", []align.DiffOp{eq("and I"), del("have great confidence that"), ins("am confident this partnership"), eq("will continue")},
			"“am confident this partnership” for “have great confidence that”"},
		{"a dropped word reads with its neighbours", []align.DiffOp{eq("for"), del("many"), eq("many years to come")},
			"“for many” for “for many many”"},
		{"an added word at the end", []align.DiffOp{eq("we will continue"), ins("to thrive")},
			"“continue to thrive” for “continue”"},
		{"an addition and a drop a word apart are two", []align.DiffOp{eq("will continue"), ins("to thrive"), eq("for"), del("many"), eq("many years")},
			"“continue to thrive for” for “continue for”; “for many” for “for many many”"},
		{"changes a word apart are one", []align.DiffOp{eq("to"), del("re-energize"), eq("rejuvenate"), del("in some cases even reimagine"), eq("our alliances")},
			"“rejuvenate” for “re-energize rejuvenate in some cases even reimagine”"},
		{"changes far apart are separate", []align.DiffOp{del("that"), ins("It"), eq("transcends any one leader"), del("or"), ins("and")},
			"“It” for “that”; “and” for “or”"},
		{"only an insertion", []align.DiffOp{ins("Hello")}, "adds “Hello”"},
		{"only a deletion", []align.DiffOp{del("Hello")}, "drops “Hello”"},
		{"many changes", []align.DiffOp{del("a"), ins("b"), eq("one two three"), del("c"), ins("d"), eq("one two three"), del("e"), ins("f"), eq("one two three"), del("g"), ins("h"), eq("x y z"), del("i")},
			"“b” for “a”; “d” for “c”; “f” for “e”; and 2 more"},
		{"editorial marks are not changes", []align.DiffOp{eq("for good"), {Op: "editorial", Text: "[and]"}, eq("for making")}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, describeChanges(tt.ops))
		})
	}
}

// BenchmarkHTMLReport renders a report of about 1,000 quotations (the seed
// articles over and over) and reports its size.
func BenchmarkHTMLReport(b *testing.B) {
	r := htmlLargeRun(b, 1000)
	f, err := New("html", Options{})
	require.NoError(b, err)
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := f.Format(&buf, r); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/report")
}

// htmlLargeRun repeats the seed articles until the run holds at least n
// quotations.
func htmlLargeRun(t testing.TB, n int) *Run {
	t.Helper()
	seeds := htmlFixture(t)
	r := &Run{Transcripts: seeds.Transcripts, FailOn: seeds.FailOn}
	total := 0
	for copy := 1; total < n; copy++ {
		for _, a := range seeds.Articles {
			if total >= n {
				break
			}
			if total+len(a.Findings) > n {
				a.Findings = a.Findings[:n-total]
			}
			a.File = strings.TrimSuffix(a.File, ".txt") + "_" + strconv.Itoa(copy) + ".txt"
			r.Articles = append(r.Articles, a)
			total += len(a.Findings)
		}
	}
	return r
}

// FuzzHTMLProse: whatever the text and the quotations' spans, the prose
// keeps every paragraph's text whole and in order, and no stretch is empty.
func FuzzHTMLProse(f *testing.F) {
	f.Add("He said “alpha beta” and\n“gamma\n“delta” end.", 9, 19, 30, 35)
	f.Add("A\r\n\r\nB “c” d\r\n", 8, 9, 0, 1)
	f.Add("", 0, 0, 0, 0)
	f.Fuzz(func(t *testing.T, text string, s1, e1, s2, e2 int) {
		fs := []align.Finding{
			{Quote: quotes.Quote{Span: quotes.Span{Start: s1, End: e1}}},
			{Quote: quotes.Quote{Span: quotes.Span{Start: s2, End: e2}, Pieces: []quotes.Span{{Start: s2, End: e2}, {Start: e1, End: e2}}}},
		}
		cards := []*htmlCard{{ID: "one"}, {ID: "two"}}
		paras := paragraphs(text)
		got := prose(text, fs, cards)
		if len(got) != len(paras) {
			t.Fatalf("%d paragraphs of segments for %d paragraphs", len(got), len(paras))
		}
		for i, p := range paras {
			var b strings.Builder
			for _, s := range got[i] {
				if s.Text == "" {
					t.Fatalf("empty stretch in paragraph %d", i)
				}
				b.WriteString(s.Text)
			}
			if b.String() != text[p.Start:p.End] {
				t.Fatalf("paragraph %d: %q, want %q", i, b.String(), text[p.Start:p.End])
			}
		}
	})
}
