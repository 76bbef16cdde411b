package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseFrontMatter(t *testing.T) {
	newsroomTree(t, map[string]string{"transcripts/r.txt": "@seed000", "drafts/t/x.txt": "@seed000"})
	cases := []struct {
		name, text  string
		transcripts []string
		ends        string // the text just after the block
		err         string
	}{
		{"no front matter", "# Tokyo\n\n“Words,” he said.\n", nil, "", ""},
		{"the article's keys only", "---\ntitle: \"Tokyo\"\n---\nBody\n", nil, "Body\n", ""},
		{"own transcripts", "---\ntitle: Tokyo\nquotecheck:\n  transcripts: [../transcripts/r.txt, t/]\n---\nBody\n", []string{"transcripts/r.txt", "drafts/t"}, "Body\n", ""},
		{"closed by dots, CRLF, byte-order mark", "\uFEFF---\r\nquotecheck: {transcripts: [../transcripts/r.txt]}\r\n...\r\nBody\r\n", []string{"transcripts/r.txt"}, "Body\r\n", ""},
		{"TOML is front matter, unread", "+++\ntitle = \"x\"\n+++\nBody\n", nil, "Body\n", ""},
		{"never closed: a thematic break", "---\nBody “x,” she said.\n", nil, "", ""},
		{"unknown key", "---\ntitle: x\nquotecheck:\n  transcript: [r.txt]\n---\n", nil, "", "drafts/a.md:4: unknown key \"transcript\" (valid: transcripts)"},
		{"wrong type", "---\nquotecheck:\n  transcripts: r.txt\n---\n", nil, "", "drafts/a.md:3: quotecheck.transcripts: want a list, not the text \"r.txt\""},
		{"missing transcript", "---\nquotecheck:\n  transcripts:\n    - ../transcripts/r.txt\n    - gone.txt\n---\n", nil, "", "drafts/a.md:5: quotecheck.transcripts: drafts/gone.txt: no such file or directory"},
		{"not YAML", "---\nquotecheck: [\n---\n", nil, "", "drafts/a.md:2: front matter: did not find expected node content"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fm, err := parseFrontMatter("drafts/a.md", []byte(c.text))
			if c.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), c.err)
				return
			}
			require.NoError(t, err)
			var got []string
			for _, p := range fm.Transcripts {
				got = append(got, filepath.ToSlash(p))
			}
			assert.Equal(t, c.transcripts, got)
			if c.ends == "" {
				assert.Zero(t, fm.End, "no front matter")
			} else {
				assert.Equal(t, c.ends, c.text[fm.End:], "the block ends after its closing line")
			}
		})
	}
}

// Each draft is checked against the record its front matter names, joined
// to the run's; the front matter's own quotation marks are not quotes.
func TestPerDraftRecords(t *testing.T) {
	quote := "“We are the largest investors in each other’s economies,” Blinken said.\n"
	newsroomTree(t, map[string]string{
		"transcripts/tokyo.txt": "@seed000",
		"transcripts/other.txt": "SECRETARY BLINKEN: We met in Manila to talk about shipping lanes and nothing else.\n",
		"drafts/tokyo.md":       "---\ntitle: \"Blinken: “We are friends”\"\nquotecheck:\n  transcripts: [../transcripts/tokyo.txt]\n---\n" + quote,
		"drafts/manila.md":      "---\nquotecheck:\n  transcripts: [../transcripts/other.txt]\n---\n" + quote,
		"drafts/none.md":        quote,
	})
	code, r, stderr := runJSON(t, "check", "drafts/tokyo.md", "drafts/manila.md", "drafts/none.md")
	assert.Equal(t, exitError, code, "none.md has no record")
	assert.Contains(t, stderr, "drafts/none.md: no transcript to check it against")
	got := map[string]string{}
	for _, q := range r.Quotes {
		got[filepath.ToSlash(q.File)+":"+q.Text[:9]] = q.Verdict
	}
	assert.Equal(t, map[string]string{
		"drafts/tokyo.md:We are th":  "verbatim",
		"drafts/manila.md:We are th": "fabricated",
	}, got, "one quote per draft, none from the front matter's title")

	// with a run-wide record the draft's own is added to it
	code, r, _ = runJSON(t, "check", "-t", "transcripts/other.txt", "drafts/tokyo.md", "drafts/none.md")
	assert.Equal(t, exitFail, code)
	require.Len(t, r.Quotes, 2)
	assert.Equal(t, "verbatim", r.Quotes[0].Verdict)
	assert.Equal(t, "fabricated", r.Quotes[1].Verdict)
}

func TestStdin(t *testing.T) {
	newsroomTree(t, map[string]string{
		"transcripts/tokyo.txt": "@seed000",
		".quotecheck.yaml":      "ignore: [archive/]\n",
	})
	draft := "---\nquotecheck: {transcripts: [../transcripts/tokyo.txt]}\n---\n“We are the largest investors in each other’s economies,” Blinken said.\n"
	var out, errb strings.Builder
	code := run([]string{"check", "--format", "line", "--stdin-filename", "drafts/tokyo.md", "-"}, strings.NewReader(draft), &out, &errb)
	assert.Equal(t, exitPass, code, errb.String())

	code = run([]string{"check", "--format", "json", "--fail-on", "verbatim", "--stdin-filename", "drafts/tokyo.md", "-"}, strings.NewReader(draft), &out, &errb)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, out.String(), `"file": "drafts/tokyo.md"`, "the report names the draft as told")
	assert.Contains(t, out.String(), `"line": 4`)

	out.Reset()
	code = run([]string{"check", "--stdin-filename", "archive/old.md", "-"}, strings.NewReader(draft), &out, &errb)
	assert.Equal(t, exitPass, code, "an ignored name is not checked")

	code, _, stderr := runCLI("check", "--stdin-filename", "x.md", "-t", "transcripts/tokyo.txt", "transcripts/tokyo.txt")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "give - as an article")
}
