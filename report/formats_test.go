package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// ciFormats are the formats for CI systems and editors' tools.
var ciFormats = []string{"sarif", "github", "github-summary", "markdown", "junit", "line"}

// fixRepoRoot makes the repository's root the folder above this package's
// (where the seeds' paths lead), whether or not git is at hand.
func fixRepoRoot(t *testing.T) {
	t.Helper()
	root, err := filepath.Abs("..")
	require.NoError(t, err)
	old := repoRoot
	repoRoot = func() string { return root }
	t.Cleanup(func() { repoRoot = old })
}

func render(t *testing.T, name string, r *Run) []byte {
	t.Helper()
	f, err := New(name, Options{})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, f.Format(&b, r))
	return b.Bytes()
}

func TestGoldenFormats(t *testing.T) {
	fixRepoRoot(t)
	run := seedRun(t)
	for _, name := range ciFormats {
		t.Run(name, func(t *testing.T) {
			got := render(t, name, run)
			golden(t, name+".golden", got)
			assert.Equal(t, string(got), string(render(t, name, seedRun(t))), "a second run gives the same bytes")
		})
	}
}

func TestRegistryListsCIFormats(t *testing.T) {
	for _, name := range ciFormats {
		assert.Contains(t, Names(), name)
	}
	_, err := New("sarif2", Options{})
	require.Error(t, err)
	for _, name := range ciFormats {
		assert.Contains(t, err.Error(), name, "the error lists the valid names")
	}
}

func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "sarif-2.1.0-rtm.5.json"))
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://example.invalid/sarif-2.1.0-rtm.5.json"
	require.NoError(t, c.AddResource(url, doc))
	sch, err := c.Compile(url)
	require.NoError(t, err)
	return sch
}

// failingRun is a run with every kind of problem a report shows: an input
// error, an input warning and the seeds' failing quotes.
func failingRun(t *testing.T) *Run {
	run := seedRun(t)
	run.Errors = append(run.Errors, "drafts/missing.md: no such file or directory")
	a := &run.Articles[0]
	a.Warnings = append(a.Warnings, quotes.Warning{File: a.File, Offset: 3, Pos: quotes.Position{Line: 1, Column: 4}, Msg: "quotation mark never closed"})
	return run
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	fixRepoRoot(t)
	sch := compileSARIFSchema(t)
	// the schema is strict enough to refuse what is not SARIF
	bad, err := jsonschema.UnmarshalJSON(strings.NewReader(`{"version": "2.1.0", "runs": [{"results": []}]}`))
	require.NoError(t, err)
	assert.Error(t, sch.Validate(bad), "a run without a tool is not SARIF")

	for name, run := range map[string]*Run{"seeds": seedRun(t), "with input problems": failingRun(t), "empty": {FailOn: align.DefaultFailing()}} {
		t.Run(name, func(t *testing.T) {
			out := render(t, "sarif", run)
			doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
			require.NoError(t, err)
			assert.NoError(t, sch.Validate(doc))
		})
	}
}

func TestSARIFResults(t *testing.T) {
	fixRepoRoot(t)
	run := seedRun(t)
	var log struct {
		Version string
		Runs    []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID   string
						Help struct{ Text string }
					}
				}
			}
			Results []struct {
				RuleID    string
				RuleIndex int
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI, URIBaseID string }
						Region           struct{ StartLine, StartColumn, EndLine, EndColumn int }
					}
				}
			}
		}
	}
	require.NoError(t, json.Unmarshal(render(t, "sarif", run), &log))
	assert.Equal(t, "2.1.0", log.Version)
	require.Len(t, log.Runs, 1)
	rules := log.Runs[0].Tool.Driver.Rules
	require.Len(t, rules, len(align.Verdicts()))
	for i, v := range align.Verdicts() {
		assert.Equal(t, v.String(), rules[i].ID)
		assert.NotEmpty(t, rules[i].Help.Text)
	}
	_, failing := run.Totals()
	results := log.Runs[0].Results
	require.Len(t, results, failing, "one result per failing quote")
	var first align.Finding
	for _, f := range run.Articles[0].Findings {
		if run.Failing(f.Verdict) {
			first = f
			break
		}
	}
	res := results[0]
	assert.Equal(t, first.Verdict.String(), res.RuleID)
	assert.Equal(t, res.RuleID, rules[res.RuleIndex].ID)
	assert.Equal(t, "error", res.Level)
	loc := res.Locations[0].PhysicalLocation
	assert.Equal(t, "testdata/seeds/001_c78c3c7143cf625d.txt", loc.ArtifactLocation.URI)
	assert.Equal(t, "%SRCROOT%", loc.ArtifactLocation.URIBaseID)
	assert.Equal(t, []int{first.Start.Line, first.Start.Column, first.End.Line, first.End.Column},
		[]int{loc.Region.StartLine, loc.Region.StartColumn, loc.Region.EndLine, loc.Region.EndColumn})
	assert.Contains(t, res.Message.Text, first.Source.Speaker)
	assert.Contains(t, res.Message.Text, "[-re-energize-]", "the diff is in the message")
}

func TestSARIFPaths(t *testing.T) {
	root := t.TempDir()
	inside := filepath.Join(root, "drafts", "my story.md")
	outside := filepath.Join(t.TempDir(), "elsewhere.md")
	paths := repoPaths{root: root}
	cases := []struct {
		name, path, uri, base string
	}{
		{"in the repository", inside, "drafts/my%20story.md", "%SRCROOT%"},
		{"outside it", outside, "file://" + filepath.ToSlash(outside), ""},
		{"relative, outside", "../x:y.md", "../x:y.md", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := sarifArtifact(paths, c.path)
			assert.Equal(t, c.uri, got.URI)
			assert.Equal(t, c.base, got.URIBaseID)
		})
	}
	assert.Equal(t, "drafts/a.md", sarifArtifact(repoPaths{}, "drafts/a.md").URI, "no repository: the path as given")
}

func TestGitHubEscaping(t *testing.T) {
	cases := []struct{ in, data, property string }{
		{"plain words", "plain words", "plain words"},
		{"100% sure", "100%25 sure", "100%25 sure"},
		{"one\ntwo\r\nthree", "one%0Atwo%0D%0Athree", "one%0Atwo%0D%0Athree"},
		{"a:b,c", "a:b,c", "a%3Ab%2Cc"},
		{"%0A is not a newline", "%250A is not a newline", "%250A is not a newline"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			assert.Equal(t, c.data, ghData(c.in))
			assert.Equal(t, c.property, ghProperty(c.in))
		})
	}
}

// ghCommand is one workflow command: ::name props::message.
var ghCommand = regexp.MustCompile(`^::(error|warning|notice)( [^:]*)?::(.*)$`)

func TestGitHubCommands(t *testing.T) {
	fixRepoRoot(t)
	run := failingRun(t)
	lines := strings.Split(strings.TrimSuffix(string(render(t, "github", run)), "\n"), "\n")
	errs, warns := 0, 0
	for _, l := range lines {
		m := ghCommand.FindStringSubmatch(l)
		require.NotNil(t, m, "not a workflow command: %s", l)
		assert.NotContains(t, m[3], "\n")
		switch m[1] {
		case "error":
			errs++
		case "warning":
			warns++
		}
	}
	_, failing := run.Totals()
	assert.Equal(t, failing+1, errs, "an error per failing quote and per input error")
	assert.Positive(t, warns)
	assert.Contains(t, lines[0], "::error title=quotecheck%3A input error::drafts/missing.md: no such file")
	assert.Contains(t, lines[1], "::warning file=testdata/seeds/001_c78c3c7143cf625d.txt,line=1,col=4,")
	for _, f := range run.Articles[0].Findings {
		if f.Verdict == align.Verbatim {
			assert.NotContains(t, strings.Join(lines, "\n"), "“"+oneLine(f.Quote.Text)+"”", "no annotation for a verbatim quote")
		}
	}
}

func TestGitHubRegion(t *testing.T) {
	text := "He said “Bonjour à tous” and\n“two\nlines”."
	doc, err := quotes.NewDoc("a.md", []byte(text))
	require.NoError(t, err)
	a := Article{File: "a.md", Doc: doc}
	span := func(s string) align.Finding {
		start := strings.Index(text, s)
		q := quotes.Quote{Span: quotes.Span{Start: start, End: start + len(s)}, Text: s}
		return align.Finding{Quote: q, Start: doc.Position(q.Start), End: doc.Position(q.End)}
	}
	// “Bonjour à tous” begins at column 10 and its last letter is column 23
	assert.Equal(t, "line=1,col=10,endLine=1,endColumn=23", ghRegion(a, span("Bonjour à tous")))
	assert.Equal(t, "line=2,endLine=3", ghRegion(a, span("two\nlines")), "no columns over several lines")
}

func TestRepoPaths(t *testing.T) {
	root := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(root, "drafts"), 0o755))
	inside := filepath.Join(root, "drafts", "story.md")
	require.NoError(t, os.WriteFile(inside, []byte("x"), 0o644))
	p := repoPaths{root: root}
	assert.Equal(t, "drafts/story.md", p.rel(inside))
	assert.Equal(t, "../elsewhere.md", repoPaths{}.rel("../elsewhere.md"), "outside a repository: as given")
	outside := filepath.Join(t.TempDir(), "story.md")
	assert.Equal(t, filepath.ToSlash(outside), p.rel(outside), "outside the repository: as given")
}

func TestMarkdownEscaping(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain", "plain"},
		{"a | b", `a \| b`},
		{"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{"[W]e’re *so* _proud_", `\[W\]e’re \*so\* \_proud\_`},
		{"two\nlines", "two lines"},
		{"AT&T", "AT&amp;T"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			assert.Equal(t, c.want, mdText(c.in))
		})
	}
	assert.Equal(t, "`a\\|b.md`", mdCode("a|b.md"))
}

var unescapedPipe = regexp.MustCompile(`[^\\]\|`)

func TestMarkdownFailingFirst(t *testing.T) {
	run := seedRun(t)
	out := string(render(t, "markdown", run))
	// in 001's table the misattributed quote (line 22) comes before the
	// verbatim ones though it is further down the article
	section := out[strings.Index(out, "### ❌ `../testdata/seeds/001"):]
	section = section[:strings.Index(section, "<details>")]
	mis := strings.Index(section, "**misattributed**")
	verb := strings.Index(section, "**verbatim**")
	require.Positive(t, mis)
	require.Positive(t, verb)
	assert.Less(t, mis, verb)
	assert.Equal(t, strings.Count(out, "<details>"), strings.Count(out, "</details>"))
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "| ") {
			// every row has the number of cells of one of the two tables'
			// headers: no pipe in a quote ends a cell
			cells := len(unescapedPipe.FindAllString(" "+l, -1)) - 1
			assert.Contains(t, []int{3 + len(align.Verdicts()), 6}, cells, l)
		}
	}
}

func TestJUnit(t *testing.T) {
	run := failingRun(t)
	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Errors   int `xml:"errors,attr"`
		Skipped  int `xml:"skipped,attr"`
		Suites   []struct {
			Name  string `xml:"name,attr"`
			Cases []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Type string `xml:"type,attr"`
					Text string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	require.NoError(t, xml.Unmarshal(render(t, "junit", run), &doc))
	totals, failing := run.Totals()
	quotes := 0
	for _, n := range totals {
		quotes += n
	}
	assert.Equal(t, quotes+1, doc.Tests, "a case per quote and per input error")
	assert.Equal(t, failing, doc.Failures)
	assert.Equal(t, 1, doc.Errors)
	assert.Equal(t, totals[align.Skipped], doc.Skipped)
	require.Len(t, doc.Suites, 1+len(run.Articles))
	assert.Equal(t, "quotecheck inputs", doc.Suites[0].Name)
	first := doc.Suites[1].Cases[0]
	require.NotNil(t, first.Failure)
	assert.Equal(t, "altered", first.Failure.Type)
	assert.Contains(t, first.Failure.Text, "[-re-energize-]")
}

func TestLine(t *testing.T) {
	run := failingRun(t)
	out := string(render(t, "line", run))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	assert.Equal(t, "drafts/missing.md: no such file or directory", lines[0])
	assert.Equal(t, "../testdata/seeds/001_c78c3c7143cf625d.txt:1:4: warning: quotation mark never closed", lines[1])
	compiler := regexp.MustCompile(`^[^:]+:\d+:\d+: [a-z]+: .+$`)
	n := 0
	for _, l := range lines[1:] {
		assert.Regexp(t, compiler, l)
		n++
	}
	assert.Contains(t, out, "../testdata/seeds/001_c78c3c7143cf625d.txt:4:2: altered: Antony J. Blinken (as \"Blinken\"): words changed without marking; source: Antony J. Blinken, ../testdata/seeds/000_adf2d0d08684c947.txt:17\n")
	assert.NotContains(t, out, ": verbatim:")
	assert.NotContains(t, out, ": skipped:")

	clean := &Run{FailOn: align.DefaultFailing()}
	assert.Empty(t, render(t, "line", clean), "a clean run prints nothing")
}

// hostileRun is a run whose words try to break every format: markup, the
// end of a CDATA section, a control character, pipes, newlines, percent
// signs, and a path with a comma and a colon.
func hostileRun(t *testing.T) *Run {
	t.Helper()
	const nasty = "100% <b>sure</b> | it's ]]> done\x01 & \"quoted\"\r\nnext line, a:b"
	text := "Intro.\n“" + nasty + "” she said.\n"
	doc, err := quotes.NewDoc("drafts/a, b:c.md", []byte(text))
	require.NoError(t, err)
	start := strings.Index(text, nasty)
	q := quotes.Quote{Span: quotes.Span{Start: start, End: start + len(nasty)}, Text: nasty, AttributedTo: "she <x>"}
	f := align.Finding{
		File: doc.Name, Quote: q, Start: doc.Position(q.Start), End: doc.Position(q.End),
		AttributedTo: "she <x>", Speaker: "Jane | Doe", Verdict: align.Altered, Reason: "words changed\nwithout marking",
		Similarity: 0.8, Wording: 0.7,
		Source: &align.Source{File: "record/x.txt", Line: 3, Speaker: "Jane | Doe", Text: "100% sure ]]> it is </details>"},
		Diff:   []align.DiffOp{{Op: "equal", Text: "100%"}, {Op: "delete", Text: "</details>"}, {Op: "insert", Text: "<b>sure</b> | ]]>"}},
	}
	return &Run{
		FailOn:   align.DefaultFailing(),
		Errors:   []string{"bad\nerror, 100%"},
		Articles: []Article{{File: doc.Name, Doc: doc, Findings: []align.Finding{f}}},
	}
}

func TestHostileText(t *testing.T) {
	old := repoRoot
	repoRoot = func() string { return "" } // no repository: paths as given
	t.Cleanup(func() { repoRoot = old })
	run := hostileRun(t)
	t.Run("junit", func(t *testing.T) {
		var doc struct {
			Suites []struct {
				Cases []struct {
					Name    string `xml:"name,attr"`
					Failure struct {
						Text string `xml:",chardata"`
					} `xml:"failure"`
				} `xml:"testcase"`
			} `xml:"testsuite"`
		}
		require.NoError(t, xml.Unmarshal(render(t, "junit", run), &doc))
		require.Len(t, doc.Suites, 2)
		assert.Contains(t, doc.Suites[1].Cases[0].Failure.Text, `]]> done\x01 &`, "a control character shown escaped, as in the text report")
	})
	t.Run("sarif", func(t *testing.T) {
		out := render(t, "sarif", run)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		require.NoError(t, err)
		assert.NoError(t, compileSARIFSchema(t).Validate(inst))
	})
	t.Run("github", func(t *testing.T) {
		lines := strings.Split(strings.TrimSuffix(string(render(t, "github", run)), "\n"), "\n")
		require.Len(t, lines, 2, "one line per command")
		assert.Equal(t, `::error title=quotecheck%3A input error::bad\nerror, 100%25`, lines[0], "an input error is one line, its line break shown escaped")
		assert.True(t, strings.HasPrefix(lines[1], "::error file=drafts/a%2C b%3Ac.md,line=2,endLine=3,title=altered%3A Jane | Doe (as \"she <x>\")::words changed without marking%0A"), lines[1])
	})
	for _, name := range []string{"markdown", "github-summary"} {
		t.Run(name, func(t *testing.T) {
			out := string(render(t, name, run))
			assert.NotContains(t, out, "<b>")
			assert.NotContains(t, out, "<x>")
			assert.Equal(t, strings.Count(out, "<details>"), strings.Count(out, "</details>"), "no quote closes a block")
			for _, l := range strings.Split(out, "\n") {
				if strings.HasPrefix(l, "| ") && !strings.Contains(l, "article") && !strings.Contains(l, "`drafts") {
					assert.Equal(t, 7, len(unescapedPipe.FindAllString(" "+l, -1)), l)
				}
			}
		})
	}
	t.Run("line", func(t *testing.T) {
		out := string(render(t, "line", run))
		assert.Equal(t, 2, strings.Count(out, "\n"), "one line per finding and error:\n%s", out)
	})
}

func TestMoment(t *testing.T) {
	f := align.Finding{Verdict: align.Altered, Quote: quotes.Quote{Text: "we will"},
		Source: &align.Source{File: "r.vtt", Line: 40, Speaker: "Jane Doe", Text: "we shall", At: "00:14:31", Link: "https://v.example/x?t=871"},
		Diff:   []align.DiffOp{{Op: "equal", Text: "we"}, {Op: "delete", Text: "shall"}, {Op: "insert", Text: "will"}}}
	assert.Contains(t, Detail(f), "source: Jane Doe, r.vtt:40 at 00:14:31 (https://v.example/x?t=871)")
	var b bytes.Buffer
	mdDetails(&b, f)
	assert.Contains(t, b.String(), "`r.vtt:40` at [00:14:31](https://v.example/x?t=871)")
	f.Source.Link = "javascript:alert(1)"
	b.Reset()
	mdDetails(&b, f)
	assert.NotContains(t, b.String(), "javascript:")
}

func BenchmarkFormat(b *testing.B) {
	run := seedRun(b)
	for _, name := range ciFormats {
		b.Run("format="+name, func(b *testing.B) {
			f, err := New(name, Options{})
			require.NoError(b, err)
			b.ReportAllocs()
			for b.Loop() {
				if err := f.Format(io.Discard, run); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestWriteFileAtomicErrors: a report that cannot be written is an error
// naming its path, never the temporary file beside it (whose name differs
// from run to run), and leaves no file behind.
func TestWriteFileAtomicErrors(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "reports")
	require.NoError(t, os.Mkdir(folder, 0o755))
	write := func(w io.Writer) error { _, err := io.WriteString(w, "{}\n"); return err }
	for _, tt := range []struct{ path, want string }{
		{filepath.Join(dir, "missing", "r.json"), filepath.Join(dir, "missing", "r.json") + ": no such file or directory"},
		{folder, folder + ": is a folder, not a file"},
	} {
		err := WriteFileAtomic(tt.path, write)
		require.Error(t, err)
		assert.Equal(t, tt.want, err.Error())
	}
	left, err := os.ReadDir(dir)
	require.NoError(t, err)
	require.Len(t, left, 1, "only the folder: %v", left)
	inside, err := os.ReadDir(folder)
	require.NoError(t, err)
	assert.Empty(t, inside)
}

// TestWriteFileAtomicThroughLinks: a report written to a link replaces
// the file the link names and leaves the link one: through a chain of
// links, a link relative to a folder other than the one the run is in, a
// "../" in a link's target read from where the link's folder leads, and a
// link whose file does not exist yet, which the report creates (the
// rename put a regular file where the link was). A link into a folder
// that does not exist and a loop of links are errors naming the path,
// and the link stays.
func TestWriteFileAtomicThroughLinks(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("links need privileges on Windows")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	real := filepath.Join(dir, "real", "march")
	require.NoError(t, os.MkdirAll(out, 0o755))
	require.NoError(t, os.MkdirAll(real, 0o755))
	require.NoError(t, os.Symlink(real, filepath.Join(out, "month")))
	write := func(body string) func(io.Writer) error {
		return func(w io.Writer) error { _, err := io.WriteString(w, body); return err }
	}
	isLink := func(t *testing.T, path string) {
		st, err := os.Lstat(path)
		require.NoError(t, err)
		assert.NotZero(t, st.Mode()&os.ModeSymlink, "%s is no longer a link", path)
	}
	for _, c := range []struct {
		name   string
		links  [][2]string // link, target
		path   string      // written
		target string      // the file that gets the report
		exists bool        // the target is there before
	}{
		{"relative", [][2]string{{"out/latest.json", "2025-03-02.json"}}, "out/latest.json", "out/2025-03-02.json", true},
		{"chain", [][2]string{{"out/a.json", "b.json"}, {"out/b.json", "2025-03-03.json"}}, "out/a.json", "out/2025-03-03.json", true},
		{"dangling", [][2]string{{"out/next.json", "2025-03-04.json"}}, "out/next.json", "out/2025-03-04.json", false},
		{"dangling_chain", [][2]string{{"out/c.json", "d.json"}, {"out/d.json", "2025-03-05.json"}}, "out/c.json", "out/2025-03-05.json", false},
		{"up_from_a_linked_folder", [][2]string{{"out/month/up.json", "../april.json"}}, "out/month/up.json", "real/april.json", true},
		{"up_from_a_linked_folder_dangling", [][2]string{{"out/month/may.json", "../may.json"}}, "out/month/may.json", "real/may.json", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.exists {
				require.NoError(t, os.WriteFile(filepath.Join(dir, c.target), []byte("old\n"), 0o644))
			}
			for _, l := range c.links {
				require.NoError(t, os.Symlink(l[1], filepath.Join(dir, l[0])))
			}
			path := filepath.Join(dir, c.path)
			require.NoError(t, WriteFileAtomic(path, write(c.name+"\n")))
			for _, l := range c.links {
				isLink(t, filepath.Join(dir, l[0]))
			}
			got, err := os.ReadFile(filepath.Join(dir, c.target))
			require.NoError(t, err)
			assert.Equal(t, c.name+"\n", string(got))
		})
	}
	t.Run("into_a_missing_folder", func(t *testing.T) {
		link := filepath.Join(out, "lost.json")
		require.NoError(t, os.Symlink("gone/r.json", link))
		err := WriteFileAtomic(link, write("{}\n"))
		require.Error(t, err)
		assert.Equal(t, link+": no such file or directory", err.Error())
		isLink(t, link)
	})
	t.Run("loop", func(t *testing.T) {
		link := filepath.Join(out, "loop.json")
		require.NoError(t, os.Symlink("loop.json", link))
		err := WriteFileAtomic(link, write("{}\n"))
		require.Error(t, err)
		assert.Equal(t, link+": a loop of links", err.Error())
		isLink(t, link)
	})
}

// TestWriteFileAtomicKeepsPermissions: a report that replaces a file
// keeps the file's permissions (one kept private with chmod 600 stays
// 0600, through a link too), where the temporary file's 0644 opened it to
// every user; a new report is 0644.
func TestWriteFileAtomicKeepsPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions on Windows")
	}
	dir := t.TempDir()
	write := func(w io.Writer) error { _, err := io.WriteString(w, "{}\n"); return err }
	private := filepath.Join(dir, "private.json")
	require.NoError(t, os.WriteFile(private, []byte("old\n"), 0o600))
	require.NoError(t, os.Chmod(private, 0o600))
	require.NoError(t, os.Symlink("private.json", filepath.Join(dir, "latest.json")))
	fresh := filepath.Join(dir, "new.json")
	for _, c := range []struct {
		path, file string
		want       os.FileMode
	}{
		{private, private, 0o600},
		{filepath.Join(dir, "latest.json"), private, 0o600},
		{fresh, fresh, 0o644},
	} {
		require.NoError(t, WriteFileAtomic(c.path, write))
		st, err := os.Stat(c.file)
		require.NoError(t, err)
		assert.Equal(t, c.want, st.Mode().Perm(), c.path)
	}
}
