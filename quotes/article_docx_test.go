package quotes

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"`

// docxOf builds a Word document whose body is the given WordprocessingML,
// in memory, with the parts Word writes for the text.
func docxOf(t testing.TB, body string) []byte {
	t.Helper()
	return zipOf(t, map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels":         `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/document.xml":   `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wordNS + `><w:body>` + body + `</w:body></w:document>`,
	})
}

// zipOf writes the files into a zip archive, in name order, with a fixed
// time, so the same files give the same bytes.
func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var names []string
	for n := range files {
		names = append(names, n)
	}
	sortStrings(names)
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, n := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Deflate, Modified: time.Date(2025, 1, 7, 0, 0, 0, 0, time.UTC)})
		require.NoError(t, err)
		_, err = w.Write([]byte(files[n]))
		require.NoError(t, err)
	}
	require.NoError(t, zw.Close())
	return buf.Bytes()
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// para is a paragraph of runs of text.
func para(runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	for _, r := range runs {
		fmt.Fprintf(&b, `<w:r><w:t xml:space="preserve">%s</w:t></w:r>`, r)
	}
	b.WriteString("</w:p>")
	return b.String()
}

func TestDocxQuotations(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"paragraphs are numbered, runs joined",
			para("Blinken spoke in Tokyo.") + para("“We are ", "friends,” Blinken said."),
			[]string{"2:2 Blinken: We are friends"}},
		{"empty paragraphs are not counted",
			para() + para("   ") + para("“We are friends,” Blinken said."),
			[]string{"1:2 Blinken: We are friends"}},
		{"tracked insertions are read, deletions not",
			`<w:p><w:r><w:t>“We are </w:t></w:r><w:del w:id="1"><w:r><w:delText>not </w:delText></w:r></w:del>` +
				`<w:ins w:id="2"><w:r><w:t>truly </w:t></w:r></w:ins><w:r><w:t xml:space="preserve">friends,” Blinken said.</w:t></w:r></w:p>`,
			[]string{"1:2 Blinken: We are truly friends"}},
		{"a paragraph whose mark is a tracked deletion runs on into the next; tab stops are no tabs",
			para("Tom Reed spoke.") +
				`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:del w:id="3" w:author="DK"/></w:rPr></w:pPr><w:r><w:t>“We will rebuild the seawall, and it</w:t></w:r></w:p>` +
				para(" will not stop,” Reed said.") + para("“We will pay,” Reed said."),
			[]string{"2:2 Tom Reed: We will rebuild the seawall, and it will not stop", "3:2 Tom Reed: We will pay"}},
		{"comments and field codes are left out",
			`<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>“We are friends,”</w:t></w:r><w:commentRangeEnd w:id="0"/>` +
				`<w:r><w:commentReference w:id="0"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r><w:r><w:t xml:space="preserve"> Blinken said.</w:t></w:r></w:p>`,
			[]string{"1:2 Blinken: We are friends"}},
		{"a text box is read once, not its fallback copy",
			`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>` + para("“Boxed words here,” Blinken said.") +
				`</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>` + para("“Boxed words here,” Blinken said.") +
				`</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
			[]string{"1:2 Blinken: Boxed words here"}},
		{"tables are paragraphs in order",
			`<w:tbl><w:tr><w:tc>` + para("Blinken said:") + `</w:tc><w:tc>` + para("“We are friends.”") + `</w:tc></w:tr></w:tbl>`,
			[]string{"2:2 Blinken: We are friends."}},
		{"a column counts code points of the paragraph",
			para("Été — “We are friends,” Blinken said."),
			[]string{"1:8 Blinken: We are friends"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadArticle("a.docx", docxOf(t, tt.body), ArticleAuto)
			require.NoError(t, err)
			assert.Equal(t, "paragraph", d.Unit())
			var got []string
			for _, q := range ParseArticle(d).Quotes {
				p := d.Position(q.Start)
				got = append(got, fmt.Sprintf("%d:%d %s: %s", p.Line, p.Column, q.Speaker, q.Text))
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestDocxParagraphLines(t *testing.T) {
	d, err := ReadDocx("a.docx", docxOf(t, para("One.")+`<w:p><w:r><w:t>Two</w:t><w:br/><w:t>lines.</w:t></w:r></w:p>`+para("Three.")), DocxLimits{})
	require.NoError(t, err)
	assert.Equal(t, 3, d.Lines())
	assert.Equal(t, "Two\nlines.", d.LineText(2))
	assert.Equal(t, Position{Line: 2, Column: 5}, d.Position(strings.Index(d.Text, "lines")))
	assert.Equal(t, 3, d.Line(strings.Index(d.Text, "Three")))
}

func TestDocxBadInput(t *testing.T) {
	bomb := docxOf(t, para(strings.Repeat("a", 1<<20)))
	many := map[string]string{"word/document.xml": "<w:document/>"}
	for i := range 20 {
		many[fmt.Sprintf("f%d", i)] = ""
	}
	valid := docxOf(t, para("x"))
	tests := []struct {
		name string
		data []byte
		lim  DocxLimits
		want string
	}{
		{"not a zip archive", []byte("plain text"), DocxLimits{}, "bad.docx: not a Word document (.docx): not a zip archive"},
		{"a truncated archive", valid[:len(valid)/2], DocxLimits{}, "bad.docx: corrupt Word document (.docx): zip: not a valid zip file"},
		{"no document part", zipOf(t, map[string]string{"a.txt": "x"}), DocxLimits{}, "bad.docx: not a Word document (.docx): the archive has no word/document.xml"},
		{"a document part that is not XML", zipOf(t, map[string]string{"word/document.xml": "<w:document><w:p>"}), DocxLimits{}, "bad.docx: corrupt Word document (.docx): word/document.xml is not readable XML: XML syntax error on line 1: unexpected EOF"},
		{"a part larger than the limit (zip bomb)", bomb, DocxLimits{MaxXMLBytes: 64 << 10}, "bad.docx: word/document.xml of the Word document is 1048869 bytes uncompressed, more than the 65536-byte limit"},
		{"too many entries", zipOf(t, many), DocxLimits{MaxEntries: 10}, "bad.docx: Word document (.docx) with 21 entries, more than the 10 read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadDocx("bad.docx", tt.data, tt.lim)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

// An archive that declares a small size and holds a large part (the shape
// of a zip bomb that lies) is refused, never read past what it declares.
func TestDocxLyingSize(t *testing.T) {
	data := docxOf(t, para(strings.Repeat("a", 200<<10)))
	// patch the uncompressed size of word/document.xml in the central
	// directory to a small lie
	i := bytes.LastIndex(data, []byte("PK\x01\x02"))
	for j := bytes.Index(data, []byte("PK\x01\x02")); j >= 0 && j <= i; {
		name := data[j+46 : j+46+int(data[j+28])|int(data[j+29])<<8]
		if string(name) == "word/document.xml" {
			copy(data[j+24:j+28], []byte{0, 4, 0, 0}) // 1024 bytes
		}
		k := bytes.Index(data[j+4:], []byte("PK\x01\x02"))
		if k < 0 {
			break
		}
		j += 4 + k
	}
	_, err := ReadDocx("lie.docx", data, DocxLimits{MaxXMLBytes: 64 << 10})
	require.Error(t, err)
	assert.Equal(t, "lie.docx: corrupt Word document (.docx): word/document.xml: zip: not a valid zip file", err.Error())
}

func FuzzReadDocx(f *testing.F) {
	f.Add(docxOf(f, para("“We are friends,” Blinken said.")+`<w:p><w:ins><w:r><w:t>a</w:t></w:r></w:ins><w:del><w:r><w:delText>b</w:delText></w:r></w:del></w:p>`))
	f.Add(zipOf(f, map[string]string{"word/document.xml": "<w:p><w:t>“x”</w:t>"}))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadDocx("f.docx", data, DocxLimits{MaxXMLBytes: 64 << 10, MaxEntries: 100})
		if err != nil {
			require.True(t, strings.HasPrefix(err.Error(), "f.docx: "), "the error names the file: %v", err)
			return
		}
		checkArticle(t, d)
	})
}

const articlesDir = "../testdata/articles"

// tokyoDocx is testdata/articles/tokyo.txt as Word writes it: a title
// paragraph styled as such, runs split mid-sentence, a tracked deletion
// and insertion, a comment with a quotation of its own, and a header part.
func tokyoDocx(t testing.TB, paras []string) []byte {
	t.Helper()
	var body strings.Builder
	for i, p := range paras {
		switch {
		case i == 0:
			fmt.Fprintf(&body, `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>`, xmlEscape(p))
		case strings.Contains(p, "deeply"):
			before, after, _ := strings.Cut(p, "deeply ")
			fmt.Fprintf(&body, `<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r>`+
				`<w:del w:id="1" w:author="Desk"><w:r><w:delText xml:space="preserve">extraordinarily </w:delText></w:r></w:del>`+
				`<w:ins w:id="2" w:author="Desk"><w:r><w:t xml:space="preserve">deeply </w:t></w:r></w:ins>`+
				`<w:commentRangeStart w:id="3"/><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:commentRangeEnd w:id="3"/>`+
				`<w:r><w:commentReference w:id="3"/></w:r></w:p>`, xmlEscape(before), xmlEscape(after))
		default:
			half := len(p) / 2
			for half < len(p) && p[half] != ' ' {
				half++
			}
			fmt.Fprintf(&body, `<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>`, xmlEscape(p[:half]), xmlEscape(p[half:]))
		}
	}
	files := map[string]string{
		"[Content_Types].xml":          `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>`,
		"_rels/.rels":                  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>`,
		"word/document.xml":            `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wordNS + `><w:body>` + body.String() + `<w:sectPr><w:headerReference w:type="default" r:id="rId2" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></w:sectPr></w:body></w:document>`,
		"word/comments.xml":            `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ` + wordNS + `><w:comment w:id="3" w:author="Desk"><w:p><w:r><w:t>“Check this against the recording,” the editor wrote.</w:t></w:r></w:p></w:comment></w:comments>`,
		"word/header1.xml":             `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ` + wordNS + `><w:p><w:r><w:t>“Draft — not for publication”</w:t></w:r></w:p></w:hdr>`,
	}
	return zipOf(t, files)
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// textParagraphs are the paragraphs of a plain-text article.
func textParagraphs(s string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// TestGoldenArticleDocx keeps testdata/articles/tokyo.docx, the Word form of
// tokyo.txt (make golden writes it), and checks that it reads as the same
// paragraphs, its tracked changes accepted and its comment and header left
// out.
func TestGoldenArticleDocx(t *testing.T) {
	txt, err := os.ReadFile(filepath.Join(articlesDir, "tokyo.txt"))
	require.NoError(t, err)
	paras := textParagraphs(string(txt))
	path := filepath.Join(articlesDir, "tokyo.docx")
	if *update {
		require.NoError(t, os.WriteFile(path, tokyoDocx(t, paras), 0o644))
	}
	data, err := os.ReadFile(path)
	require.NoError(t, err, "run 'make golden' to create it")
	d, err := ReadArticle(path, data, ArticleAuto)
	require.NoError(t, err)
	var got []string
	for n := 1; n <= d.Lines(); n++ {
		got = append(got, d.LineText(n))
	}
	assert.Equal(t, paras, got)
	assert.NotContains(t, d.Text, "extraordinarily", "a tracked deletion is not read")
	assert.NotContains(t, d.Text, "the editor wrote", "comments are not read")
	assert.NotContains(t, d.Text, "Draft", "headers are not read")
}
