package quotes

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDetectArticleFormat(t *testing.T) {
	docx := docxOf(t, para("x"))
	tests := []struct {
		name string
		file string
		data string
		want ArticleFormat
	}{
		{"extension .md", "story.md", "plain words", ArticleMarkdown},
		{"extension .markdown", "story.markdown", "plain words", ArticleMarkdown},
		{"extension .html", "story.HTML", "plain words", ArticleHTML},
		{"extension .htm", "story.htm", "plain words", ArticleHTML},
		{"extension .txt wins over markup", "story.txt", "# not a heading\n", ArticleText},
		{"a zip archive is Word whatever its name", "story.txt", string(docx), ArticleDocx},
		{"extension .docx", "story.docx", string(docx), ArticleDocx},
		{"HTML by its doctype", "story", "\uFEFF<!DOCTYPE html><p>x</p>", ArticleHTML},
		{"HTML fragment by its tags", "story", "<p>One.</p>\n<p>Two <em>x</em>.</p>", ArticleHTML},
		{"Markdown by front matter", "story", "---\ntitle: x\n---\nText.", ArticleMarkdown},
		{"Markdown by a heading", "story", "# Title\n\nText.", ArticleMarkdown},
		{"Markdown by a block quote", "story", "He said:\n\n> We are friends.", ArticleMarkdown},
		{"Markdown by a link", "story", "See [the remarks](https://example.test).", ArticleMarkdown},
		{"plain text", "story", "“We are friends,” Blinken said. He left at 3 p.m.", ArticleText},
		{"a seed article is text", "001.txt", "As his tenure as U.S. Secretary of State draws to a close", ArticleText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, DetectArticleFormat(tt.file, []byte(tt.data)))
		})
	}
}

func TestParseArticleFormat(t *testing.T) {
	for in, want := range map[string]ArticleFormat{"": ArticleAuto, "auto": ArticleAuto, "Markdown": ArticleMarkdown, "md": ArticleMarkdown, "html": ArticleHTML, "docx": ArticleDocx, "text": ArticleText} {
		got, err := ParseArticleFormat(in)
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	_, err := ParseArticleFormat("pdf")
	require.Error(t, err)
	assert.Equal(t, `--article-format: unknown article format "pdf" (valid: auto, text, markdown, html, docx)`, err.Error())
}

func TestReadArticleBadInput(t *testing.T) {
	tests := []struct {
		name string
		data string
		f    ArticleFormat
		want string
	}{
		{"Word 97-2003", "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", ArticleAuto, "a.doc: a Word 97-2003 document (.doc); save it as .docx"},
		{"binary Markdown", "# x\x00", ArticleMarkdown, "a.doc:1: binary file (NUL byte); expected text"},
		{"UTF-16, little-endian", "\xFF\xFEA\x00n\x00n\x00", ArticleAuto, "a.doc:1: UTF-16 text (byte order mark); save it as UTF-8"},
		{"UTF-16, big-endian, no NUL byte", "\xFE\xFF\x30\x42", ArticleText, "a.doc:1: UTF-16 text (byte order mark); save it as UTF-8"},
		{"invalid UTF-8 in HTML", "<p>\xff</p>", ArticleHTML, "a.doc:1:4: invalid UTF-8; expected UTF-8 text"},
		{"text read as Word", "plain", ArticleDocx, "a.doc: not a Word document (.docx): not a zip archive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadArticle("a.doc", []byte(tt.data), tt.f)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestNewMaskedDoc(t *testing.T) {
	orig := "<p>Été</p>\n<p>“Ça va,” dit-il.</p>"
	masked, _, _ := maskHTML([]byte(orig))
	d, err := NewMaskedDoc("a.html", []byte(orig), masked)
	require.NoError(t, err)
	assert.Equal(t, masked, d.Text)
	assert.Equal(t, orig, d.Original())
	assert.Equal(t, "line", d.Unit())
	off := len("<p>Été</p>\n<p>“")
	assert.Equal(t, Position{Line: 2, Column: 5}, d.Position(off), "line and column of the source")
	_, err = NewMaskedDoc("a.html", []byte(orig), masked[1:])
	require.Error(t, err)
}

// Quotation marks beyond English: each is a quotation, inner spaces are
// not part of its words, nested marks stay inside.
func TestQuotationMarksBeyondEnglish(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"guillemets with no-break spaces", "Le ministre a déclaré : «\u00a0Nous sommes des alliés fidèles\u00a0».", []string{"Nous sommes des alliés fidèles"}},
		{"guillemets with narrow no-break spaces", "Il a dit «\u202fNous sommes des amis fidèles\u202f».", []string{"Nous sommes des amis fidèles"}},
		{"guillemets without spaces", "Il a dit «Nous sommes des amis fidèles».", []string{"Nous sommes des amis fidèles"}},
		{"single guillemets nested", "Il a dit « Nous disons ‹ jamais › aux menaces ».", []string{"Nous disons ‹ jamais › aux menaces"}},
		{"curly marks nested in guillemets", "Il a dit « Nous disons “jamais” aux menaces ».", []string{"Nous disons “jamais” aux menaces", "jamais"}},
		{"German", "Er sagte: „Wir sind Freunde und Verbündete“.", []string{"Wir sind Freunde und Verbündete"}},
		{"Polish", "Powiedział: „Jesteśmy przyjaciółmi i sojusznikami”.", []string{"Jesteśmy przyjaciółmi i sojusznikami"}},
		{"German guillemets", "Er sagte: »Wir sind Freunde und Verbündete«.", []string{"Wir sind Freunde und Verbündete"}},
		{"Japanese brackets", "大臣は「日米同盟は強固です」と述べた。", []string{"日米同盟は強固です"}},
		{"Japanese nested brackets", "大臣は「首相は『同盟は強固だ』と言った」と述べた。", []string{"首相は『同盟は強固だ』と言った"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewDoc("a.txt", []byte(tt.text))
			require.NoError(t, err)
			a := ParseArticle(d)
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Text)
			}
			assert.Equal(t, tt.want, got)
			assert.Empty(t, a.Warnings)
		})
	}
}
