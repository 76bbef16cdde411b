package quotes

import (
	"bytes"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// ArticleFormat is a form an article or draft comes in.
type ArticleFormat string

// The forms an article is read in. ArticleAuto tells them apart by the
// file's extension and content (see DetectArticleFormat).
const (
	ArticleAuto     ArticleFormat = "auto"
	ArticleText     ArticleFormat = "text"     // plain text
	ArticleMarkdown ArticleFormat = "markdown" // Markdown, with or without front matter
	ArticleHTML     ArticleFormat = "html"     // an HTML page or fragment
	ArticleDocx     ArticleFormat = "docx"     // a Word document (Office Open XML)
)

var articleFormats = []ArticleFormat{ArticleAuto, ArticleText, ArticleMarkdown, ArticleHTML, ArticleDocx}

// ArticleFormats lists the names ParseArticleFormat accepts.
func ArticleFormats() []string {
	out := make([]string, len(articleFormats))
	for i, f := range articleFormats {
		out[i] = string(f)
	}
	return out
}

// ParseArticleFormat reads a form's name ("md" and "htm" too); the error
// lists the valid names.
func ParseArticleFormat(s string) (ArticleFormat, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "":
		return ArticleAuto, nil
	case "md":
		return ArticleMarkdown, nil
	case "htm":
		return ArticleHTML, nil
	case "txt":
		return ArticleText, nil
	}
	for _, f := range articleFormats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", &Error{File: "--article-format", Msg: "unknown article format \"" + s + "\" (valid: " + strings.Join(ArticleFormats(), ", ") + ")"}
}

var articleExts = map[string]ArticleFormat{
	".txt": ArticleText, ".text": ArticleText,
	".md": ArticleMarkdown, ".markdown": ArticleMarkdown, ".mdown": ArticleMarkdown, ".mkd": ArticleMarkdown,
	".html": ArticleHTML, ".htm": ArticleHTML, ".xhtml": ArticleHTML,
	".docx": ArticleDocx,
}

var (
	zipMagic   = []byte("PK\x03\x04")
	oleMagic   = []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") // Word 97-2003 .doc
	htmlSignRE = regexp.MustCompile(`(?i)^(?:\x{FEFF}|\s)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)`)
	htmlTagRE  = regexp.MustCompile(`(?i)<(?:p|div|article|section|blockquote|h[1-6]|br|span|em|strong|a\s)[^>]*>`)
	mdSignRE   = regexp.MustCompile(`(?m)^(?:#{1,6}[ \t]+\S|>[ \t]?\S|(?:[-*+]|\d{1,9}[.)])[ \t]+\S|` + "```" + `|~~~)|\]\([^)\s]+\)|\*\*\S`)
)

// DetectArticleFormat tells an article's form: a zip archive is a Word
// document whatever its name; otherwise a known extension decides (.txt,
// .md, .html, .docx and their variants); otherwise the content: an HTML
// signature or tags, Markdown's front matter, headings, block quotes, lists,
// fences, links or strong emphasis; anything else is plain text.
func DetectArticleFormat(name string, data []byte) ArticleFormat {
	if bytes.HasPrefix(data, zipMagic) {
		return ArticleDocx
	}
	if f, ok := articleExts[strings.ToLower(filepath.Ext(name))]; ok {
		return f
	}
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	switch {
	case htmlSignRE.Match(head), len(htmlTagRE.FindAllIndex(head, 3)) >= 2:
		return ArticleHTML
	case bytes.HasPrefix(trimmed, []byte("---\n")), bytes.HasPrefix(trimmed, []byte("---\r\n")),
		bytes.HasPrefix(trimmed, []byte("+++\n")), bytes.HasPrefix(trimmed, []byte("+++\r\n")),
		mdSignRE.Match(head):
		return ArticleMarkdown
	}
	return ArticleText
}

// ReadArticle turns a file's bytes into the Doc its quotations are found
// in, reading it in the form f (ArticleAuto: detected). Markdown and HTML
// are masked into prose of the same length, so offsets, lines and columns
// are those of the file; a Word document's paragraphs are joined by blank
// lines and its positions are paragraph numbers (Doc.Unit). An unreadable
// file is an error naming it.
func ReadArticle(name string, data []byte, f ArticleFormat) (*Doc, error) {
	if f == "" || f == ArticleAuto {
		f = DetectArticleFormat(name, data)
	}
	if f != ArticleDocx && bytes.HasPrefix(data, oleMagic) {
		return nil, &Error{File: name, Msg: "a Word 97-2003 document (.doc); save it as .docx"}
	}
	switch f {
	case ArticleMarkdown:
		if err := checkText(name, data); err != nil {
			return nil, err
		}
		masked, spans, heads := maskMarkdown(string(data))
		return maskedDoc(name, data, masked, spans, heads)
	case ArticleHTML:
		if err := checkText(name, data); err != nil {
			return nil, err
		}
		masked, spans, heads := maskHTML(data)
		return maskedDoc(name, data, masked, spans, heads)
	case ArticleDocx:
		return ReadDocx(name, data, DocxLimits{})
	}
	return NewDoc(name, data)
}

func maskedDoc(name string, data []byte, masked string, spans [][]Span, heads []Span) (*Doc, error) {
	d, err := NewMaskedDoc(name, data, masked)
	if err != nil {
		return nil, err
	}
	d.quoteSpans, d.headings = spans, heads
	return d, nil
}

// addQuoteSpans adds the quotations the reader found without marks (the
// paragraphs of a block quote) to those the mark scanner found, in the order
// of the text; a span overlapping a marked quotation is left to it.
func (a *Article) addQuoteSpans(paras []Span) {
	if len(a.Doc.quoteSpans) == 0 || len(paras) == 0 {
		return
	}
	n := len(a.Quotes)
	para := func(off int) int { // the paragraph holding off
		return min(sort.Search(len(paras), func(i int) bool { return paras[i].End >= off }), len(paras)-1)
	}
next:
	for _, pieces := range a.Doc.quoteSpans {
		if len(pieces) == 0 {
			continue
		}
		for _, s := range pieces {
			if s.Start < 0 || s.End > len(a.Doc.Text) || s.Start >= s.End {
				continue next
			}
			for _, r := range a.raw[:n] {
				if r.open < s.End && s.Start < r.close {
					continue next // the marks tell this quotation
				}
			}
		}
		first, last := pieces[0], pieces[len(pieces)-1]
		a.addRaw(rawQuote{pieces: pieces, open: first.Start, close: last.End, first: para(first.Start), para: para(last.End)})
	}
	if len(a.Quotes) == n {
		return
	}
	idx := make([]int, len(a.Quotes))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return a.raw[idx[i]].open < a.raw[idx[j]].open })
	qs := make([]Quote, len(idx))
	rs := make([]rawQuote, len(idx))
	for i, k := range idx {
		qs[i], rs[i] = a.Quotes[k], a.raw[k]
	}
	a.Quotes, a.raw = qs, rs
}
