package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// actingChars are the characters no report but JSON may hold as they are:
// control characters but for the line breaks and tabs of a format's own
// layout, C1 controls, the line and paragraph separators and the bidi
// embeddings, overrides and isolates.
var actingChars = regexp.MustCompile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u0080-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

// oddRun is a run whose names and words hold what acts on a terminal or a
// page: article names with an escape sequence, a line break that would
// forge a line of its own, a bidi override and a byte that is not UTF-8; a
// speaker label with an escape sequence; a quote with a colour code and a
// bidi override; a transcript's name with a tab; an input error and a
// warning naming such files.
func oddRun(t *testing.T) *Run {
	t.Helper()
	const quote = "We will fund the \x1b[31mclinic\x1b[0m on \u202eMain Street"
	text := "Intro.\n“" + quote + "” Tom Reed said.\n"
	var run Run
	run.FailOn = align.DefaultFailing()
	run.Transcripts = []string{"records/reed\tremarks.txt"}
	run.Errors = []string{"drafts/gone\nok: all quotes verbatim.md: no such file or directory"}
	for _, name := range []string{"drafts/a\x1b[2Jb.md", "drafts/x\nok: all quotes verbatim.md", "drafts/draft\u202edm.txt", "drafts/kemp\xff.md"} {
		doc, err := quotes.NewDoc(name, []byte(text))
		require.NoError(t, err)
		start := strings.Index(text, quote)
		q := quotes.Quote{Span: quotes.Span{Start: start, End: start + len(quote)}, Text: quote, AttributedTo: "Tom Reed"}
		f := align.Finding{
			File: name, Quote: q, Start: doc.Position(q.Start), End: doc.Position(q.End),
			AttributedTo: "Tom Reed", Speaker: "TOM\x1b[2JREED", Attribution: quotes.AttrNamed,
			Verdict: align.Altered, Reason: "words changed without marking", Similarity: 0.8, Wording: 0.7,
			Source: &align.Source{File: "records/reed\tremarks.txt", Line: 3, Speaker: "TOM\x1b[2JREED",
				Text: "We will fund the school on Main Street", Before: "Good \u202emorning.", After: "Thank you\x07."},
			Diff: []align.DiffOp{{Op: "equal", Text: "We will fund the"}, {Op: "delete", Text: "school"},
				{Op: "insert", Text: "\x1b[31mclinic\x1b[0m"}, {Op: "equal", Text: "on \u202eMain Street"}},
		}
		run.Articles = append(run.Articles, Article{File: name, Doc: doc, Findings: []align.Finding{f},
			Warnings: []quotes.Warning{{File: name, Pos: quotes.Position{Line: 1, Column: 1}, Msg: "quotation mark never closed: “Salem\x1b[2J”"}}})
	}
	return &run
}

// TestOddNamesShown: every format but JSON shows a file's name quoted when
// it holds a character that is not printable, and escapes the control and
// bidi characters of speakers, quotes, sources and messages, so that no
// report acts on a terminal, a log or a page, writes a line of its own or
// breaks its XML; plain names stay plain.
func TestOddNamesShown(t *testing.T) {
	old := repoRoot
	repoRoot = func() string { return "" } // no repository: paths as given
	t.Cleanup(func() { repoRoot = old })
	run := oddRun(t)
	for _, name := range append([]string{"text", "html", "json"}, ciFormats...) {
		t.Run(name, func(t *testing.T) {
			out := render(t, name, run)
			assert.True(t, utf8.Valid(out), "valid UTF-8")
			assert.Empty(t, actingChars.FindAllString(string(out), -1))
			if name == "json" || name == "sarif" {
				return // names and text as they are, JSON-escaped: below
			}
			s := string(out)
			assert.NotContains(t, s, "\nok: all quotes verbatim")
			for _, want := range []string{`a\x1b[2Jb.md`, `x\nok: all quotes verbatim.md`, `draft\u202edm.txt`, `kemp\xff.md`, `TOM\x1b[2JREED`} {
				md := mdEscaper.Replace(want)         // in Markdown's text
				gh := ghPropertyEscaper.Replace(want) // in a workflow command's property
				assert.True(t, strings.Contains(s, want) || strings.Contains(s, md) || strings.Contains(s, gh), "%s in\n%s", want, s)
			}
			if name == "text" || name == "line" || name == "junit" {
				assert.Contains(t, s, `"drafts/x\nok: all quotes verbatim.md"`, "an odd name is quoted")
			}
		})
	}
	t.Run("line: a line each", func(t *testing.T) {
		lines := strings.Split(strings.TrimSuffix(string(render(t, "line", run)), "\n"), "\n")
		require.Len(t, lines, 1+2*4, "the error, then a warning and a finding per article, one line each")
		assert.Equal(t, "drafts/gone ok: all quotes verbatim.md: no such file or directory", lines[0], "an input error on one line")
		assert.Equal(t, `"drafts/x\nok: all quotes verbatim.md":1:1: warning: quotation mark never closed: “Salem\x1b[2J”`, lines[3])
		assert.Equal(t, `"drafts/x\nok: all quotes verbatim.md":2:2: altered: TOM\x1b[2JREED (as "Tom Reed"): words changed without marking; source: TOM\x1b[2JREED, "records/reed\tremarks.txt":3`, lines[4])
	})
	t.Run("text: quoted names", func(t *testing.T) {
		out := string(render(t, "text", run))
		assert.Contains(t, out, "\"drafts/draft\\u202edm.txt\":2:2: altered: TOM\\x1b[2JREED (as \"Tom Reed\", named)\n"+
			"    quote:  “We will fund the \\x1b[31mclinic\\x1b[0m on \\u202eMain Street”\n")
		assert.Contains(t, out, "\"drafts/kemp\\xff.md\"         0")
	})
	t.Run("github: a command a line", func(t *testing.T) {
		lines := strings.Split(strings.TrimSuffix(string(render(t, "github", run)), "\n"), "\n")
		require.Len(t, lines, 1+2*4, "one line per command")
		assert.True(t, strings.HasPrefix(lines[4], `::error file="drafts/x\nok%3A all quotes verbatim.md",line=2,col=2,`), lines[4])
	})
	t.Run("junit: well-formed", func(t *testing.T) {
		var doc struct {
			Suites []struct {
				Name  string `xml:"name,attr"`
				Cases []struct {
					Name    string `xml:"name,attr"`
					Failure struct {
						Message string `xml:"message,attr"`
						Text    string `xml:",chardata"`
					} `xml:"failure"`
				} `xml:"testcase"`
			} `xml:"testsuite"`
		}
		require.NoError(t, xml.Unmarshal(render(t, "junit", run), &doc), "well-formed")
		require.Len(t, doc.Suites, 5)
		assert.Equal(t, `"drafts/a\x1b[2Jb.md"`, doc.Suites[1].Name)
		assert.Equal(t, `2:2 TOM\x1b[2JREED: “We will fund the \x1b[31mclinic\x1b[0m on \u202eMain Street”`, doc.Suites[1].Cases[0].Name)
		assert.Contains(t, doc.Suites[4].Cases[0].Failure.Text, `"drafts/kemp\xff.md":2:2: altered`)
	})
	t.Run("sarif: valid", func(t *testing.T) {
		out := render(t, "sarif", run)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
		require.NoError(t, err)
		assert.NoError(t, compileSARIFSchema(t).Validate(inst))
		assert.Contains(t, string(out), `"uri": "drafts/a%1B%5B2Jb.md"`, "a URI escapes the name")
		var log struct {
			Runs []struct {
				Results []struct {
					Message struct {
						Text string `json:"text"`
					} `json:"message"`
				} `json:"results"`
			} `json:"runs"`
		}
		require.NoError(t, json.Unmarshal(out, &log))
		require.Len(t, log.Runs[0].Results, 4)
		assert.Contains(t, log.Runs[0].Results[2].Message.Text, "altered: TOM\\x1b[2JREED (as \"Tom Reed\"): words changed without marking\nquote:  “We will fund the \\x1b[31mclinic\\x1b[0m on \\u202eMain Street”\nsource: TOM\\x1b[2JREED, \"records/reed\\tremarks.txt\":3\n")
	})
	t.Run("json keeps the names", func(t *testing.T) {
		var doc struct {
			Quotes []struct {
				File string `json:"file"`
			} `json:"quotes"`
		}
		out := render(t, "json", run)
		require.NoError(t, json.Unmarshal(out, &doc))
		require.Len(t, doc.Quotes, 4)
		assert.Equal(t, "drafts/x\nok: all quotes verbatim.md", doc.Quotes[1].File)
		assert.Equal(t, "drafts/draft\u202edm.txt", doc.Quotes[2].File)
		assert.Contains(t, string(out), `"file": "drafts/draft\u202edm.txt"`, "escaped in the file, the same string decoded")
	})
}

// TestShowProse: the article's prose in the HTML report shows a bidi
// override escaped, its line breaks kept, and a stretch cut inside a
// character shows the character whole in the next stretch.
func TestShowProse(t *testing.T) {
	paras := showProse([][]htmlSeg{{{Text: "Tom Reed said \u202e“"}, {Text: "Salem\nHarbor City\xe2\x80"}, {Text: "\x9d ok"}}})
	require.Len(t, paras[0], 3)
	assert.Equal(t, `Tom Reed said \u202e“`, paras[0][0].Text)
	assert.Equal(t, "Salem\nHarbor City", paras[0][1].Text)
	assert.Equal(t, "” ok", paras[0][2].Text)
}

// TestShowProseCutAnywhere: wherever the prose is cut into stretches, on a
// character's boundary or inside a character of two, three or four bytes,
// next to a byte that is not UTF-8 or a bidi override, the stretches shown
// read as the whole text shown: no character is lost, doubled or shown as
// the bytes it is made of, and an invalid byte stays escaped once.
func TestShowProseCutAnywhere(t *testing.T) {
	for _, text := range []string{
		"Salem café 报告 😀 قال عمر حداد",
		"“Reed\u202e” é\xff报\xe2\x80 ok",
		"\xf0\x9f\x98\xe2\x80\x9c\x80é",
	} {
		for i := 0; i <= len(text); i++ {
			for j := i; j <= len(text); j++ {
				var segs []htmlSeg
				for _, s := range []string{text[:i], text[i:j], text[j:]} {
					if s != "" {
						segs = append(segs, htmlSeg{Text: s})
					}
				}
				var got strings.Builder
				for _, s := range showProse([][]htmlSeg{segs})[0] {
					got.WriteString(s.Text)
				}
				require.Equal(t, quotes.ShowLines(text), got.String(), "%q cut at %d and %d", text, i, j)
			}
		}
	}
}

// oneLine returns its text as it is when it is already one line, and
// otherwise as strings.Fields joined by one space, for every text.
func TestOneLineAsFieldsJoined(t *testing.T) {
	for _, s := range []string{
		"", " ", "Tom Reed", " Tom Reed", "Tom Reed ", "Tom  Reed", "Tom\tReed",
		"Tom\nReed", "Tom\u00a0Reed", "Tom\u2003Reed", "“We will fund it.”", "a", " a ", "\n",
		"Harbor City\u3000Salem", "x\x85y", "\xffTom Reed",
	} {
		want := strings.Join(strings.Fields(s), " ")
		assert.Equal(t, want, oneLine(s), "%q", s)
	}
}
