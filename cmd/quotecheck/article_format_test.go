package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const articlesDir = "../../testdata/articles"

var tokyoRecord = filepath.Join("..", "..", "testdata", "seeds", "000_adf2d0d08684c947.txt")

// tokyoForms are the same article written in each form an article comes in.
var tokyoForms = []string{"tokyo.txt", "tokyo.md", "tokyo.html", "tokyo.docx"}

// TestGoldenArticleFormats checks the same article written as text,
// Markdown, HTML and Word against the seed remarks, end to end, and holds
// each text report to a golden file.
func TestGoldenArticleFormats(t *testing.T) {
	for _, name := range tokyoForms {
		t.Run(name, func(t *testing.T) {
			code, out, stderr := runCLI("check", "--no-config", "-t", tokyoRecord, filepath.Join(articlesDir, name))
			assert.Equal(t, exitFail, code, stderr)
			assert.Empty(t, stderr)
			goldenFile(t, filepath.Join(articlesDir, name+".report.golden"), out)
		})
	}
}

type jsonQuote struct {
	File        string `json:"file"`
	Line        int    `json:"line"`
	Column      int    `json:"column"`
	Text        string `json:"text"`
	Speaker     string `json:"speaker"`
	Attribution string `json:"attribution"`
	Verdict     string `json:"verdict"`
	Nested      bool   `json:"nested"`
}

func checkJSON(t *testing.T, args ...string) []jsonQuote {
	t.Helper()
	code, out, stderr := runCLI(append([]string{"check", "--no-config", "--format", "json"}, args...)...)
	require.Contains(t, []int{exitPass, exitFail}, code, stderr)
	var rep struct {
		Quotes   []jsonQuote `json:"quotes"`
		Warnings []any       `json:"warnings"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.Empty(t, rep.Warnings)
	return rep.Quotes
}

// The four forms of the article give the same quotations, speakers and
// verdicts, and each quotation's line and column point at its first word
// in the file as written (in a Word document: paragraph and column).
func TestArticleFormatsAgree(t *testing.T) {
	type finding struct{ Text, Speaker, Attribution, Verdict string }
	var want []finding
	for _, name := range tokyoForms {
		t.Run(name, func(t *testing.T) {
			qs := checkJSON(t, "-t", tokyoRecord, filepath.Join(articlesDir, name))
			var got []finding
			for _, q := range qs {
				got = append(got, finding{q.Text, q.Speaker, q.Attribution, q.Verdict})
			}
			if want == nil {
				want = got
				require.Len(t, want, 8)
			}
			assert.Equal(t, want, got)
			lines := fileLines(t, filepath.Join(articlesDir, name))
			for _, q := range qs {
				require.LessOrEqual(t, q.Line, len(lines), q.Text)
				runes := []rune(lines[q.Line-1])
				require.LessOrEqual(t, q.Column, len(runes), q.Text)
				first := strings.Fields(q.Text)[0]
				assert.True(t, strings.HasPrefix(string(runes[q.Column-1:]), first), "%s:%d:%d starts %q", name, q.Line, q.Column, first)
			}
		})
	}
}

// fileLines are the lines of a file as an editor shows them, or a Word
// document's paragraphs.
func fileLines(t *testing.T, path string) []string {
	t.Helper()
	if strings.HasSuffix(path, ".docx") {
		doc, err := readArticle(path, defaultMaxBytes, "auto")
		require.NoError(t, err)
		var ps []string
		for n := 1; n <= doc.Lines(); n++ {
			ps = append(ps, doc.LineText(n))
		}
		return ps
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	require.True(t, utf8.Valid(data))
	return strings.Split(string(data), "\n")
}

// TestGoldenArticleLanguages checks articles quoting in French guillemets
// (with no-break and narrow no-break spaces inside) and German marks (in
// Markdown) against a French and German record: the speech verbs are
// English-only, so no quote has a speaker, and each is still checked
// against everyone in the record.
func TestGoldenArticleLanguages(t *testing.T) {
	record := filepath.Join(articlesDir, "conference.fr-de.txt")
	cases := []struct {
		article string
		code    int
		want    []string // verdict and text of each quotation
	}{
		{"article.fr.txt", exitFail, []string{
			"verbatim La France et l’Allemagne sont plus unies que jamais",
			"altered Nous soutiendrons l’Ukraine aussi longtemps qu’il le faudra.",
			"verbatim l’Europe n’est pas un club, c’est une promesse faite à nos enfants",
			"verbatim Niemand in Europa kann diese Aufgaben allein bewältigen",
		}},
		{"article.de.md", exitPass, []string{
			"skipped Gemeinsam Verantwortung",
			"verbatim Deutschland und Frankreich tragen gemeinsam Verantwortung für die Sicherheit Europas",
			"verbatim Wir werden unsere Verteidigungsindustrie stärken und enger zusammenarbeiten.",
			"verbatim Niemand in Europa kann diese Aufgaben allein bewältigen.",
			"unverifiable Die Europäische Union ist ein Verein.",
		}},
	}
	for _, c := range cases {
		t.Run(c.article, func(t *testing.T) {
			var got []string
			for _, q := range checkJSON(t, "-t", record, filepath.Join(articlesDir, c.article)) {
				got = append(got, q.Verdict+" "+q.Text)
			}
			assert.Equal(t, c.want, got)
			code, out, stderr := runCLI("check", "--no-config", "-t", record, filepath.Join(articlesDir, c.article))
			assert.Equal(t, c.code, code, stderr)
			goldenFile(t, filepath.Join(articlesDir, c.article+".report.golden"), out)
		})
	}
}

func TestArticleFormatFlag(t *testing.T) {
	md := filepath.Join(articlesDir, "tokyo.md")
	t.Run("an unknown name lists the valid ones", func(t *testing.T) {
		code, _, stderr := runCLI("check", "--no-config", "--article-format", "pdf", "-t", tokyoRecord, md)
		assert.Equal(t, exitError, code)
		assert.Contains(t, stderr, `unknown article format "pdf" (valid: auto, text, markdown, html, docx)`)
	})
	t.Run("text reads Markdown's markup as prose", func(t *testing.T) {
		qs := checkJSON(t, "--article-format", "text", "-t", tokyoRecord, md)
		var texts []string
		for _, q := range qs {
			texts = append(texts, q.Text)
		}
		assert.Contains(t, texts, "A quotation in a code block is not checked.", "the fenced block is prose when read as text")
	})
	t.Run("auto reads standard input by its content", func(t *testing.T) {
		html, err := os.ReadFile(filepath.Join(articlesDir, "tokyo.html"))
		require.NoError(t, err)
		var out, errb strings.Builder
		code := run([]string{"check", "--no-config", "--format", "line", "-t", tokyoRecord, "-"}, strings.NewReader(string(html)), &out, &errb)
		assert.Equal(t, exitFail, code, errb.String())
		assert.Contains(t, out.String(), ":24:13: misattributed:")
	})
}

// A corrupt or hostile Word document is an error naming the file, with
// exit code 2, and the other articles are still checked.
func TestBadWordDocuments(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(articlesDir, "tokyo.docx"))
	require.NoError(t, err)
	files := map[string][]byte{
		"truncated.docx": good[:len(good)/2],
		"notzip.docx":    []byte("this is not a Word document"),
		"old.doc":        append([]byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"), make([]byte, 512)...),
	}
	for name, data := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	code, out, stderr := runCLI("check", "--no-config", "--format", "line", "-t", tokyoRecord,
		filepath.Join(dir, "truncated.docx"), filepath.Join(dir, "notzip.docx"), filepath.Join(dir, "old.doc"), filepath.Join(articlesDir, "tokyo.txt"))
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, filepath.Join(dir, "truncated.docx")+": corrupt Word document (.docx): zip: not a valid zip file")
	assert.Contains(t, stderr, filepath.Join(dir, "notzip.docx")+": not a Word document (.docx): not a zip archive")
	assert.Contains(t, stderr, filepath.Join(dir, "old.doc")+": a Word 97-2003 document (.doc); save it as .docx")
	assert.Contains(t, out, "tokyo.txt:17:2: misattributed:", "the good article is still checked")
}
