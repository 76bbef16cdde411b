package quotes

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Reading a Word document (.docx, Office Open XML).
//
// A .docx is a zip archive; its text is in the main document part
// (word/document.xml, or wherever _rels/.rels points), a tree of paragraphs
// (w:p) holding runs (w:r) holding text (w:t):
//
//	<w:p><w:r><w:t>“We are friends,”</w:t></w:r><w:ins><w:r><w:t> he said.</w:t></w:r></w:ins></w:p>
//
// Each paragraph with words is one paragraph of the Doc, in document order,
// joined by blank lines; a tab is a tab and a line break (w:br, w:cr) a line
// break. Tracked insertions (w:ins, w:moveTo) are read, as the draft reads
// with changes accepted, and so a paragraph whose mark is a tracked deletion
// (<w:pPr><w:rPr><w:del/>: an editor joined two paragraphs) runs on into the
// next; tracked deletions (w:del, w:moveFrom), field codes
// (w:instrText) and the fallback copy of alternate content (mc:Fallback,
// which repeats the text of text boxes) are not. Comments, footnotes,
// headers and footers live in other parts and are not read. There are no
// bytes of the file to point into, so a position's line is the number of
// its paragraph (Doc.Unit is "paragraph"), its column counted from the
// paragraph's start.
//
// A hostile archive costs no more than the limits: the entries counted, the
// document part read through a reader that stops one byte past
// MaxXMLBytes, whatever size the archive declares (a zip bomb), and
// encoding/xml expands no entity of its own.

// DocxLimits bound what reading a Word document may cost. Zero values take
// the defaults.
type DocxLimits struct {
	MaxXMLBytes int64 // the largest document part read, uncompressed (default 64 MiB)
	MaxEntries  int   // the most entries the archive may hold (default 10,000)
}

const (
	defaultDocxXMLBytes = 64 << 20
	defaultDocxEntries  = 10000
	relsMaxBytes        = 1 << 20
)

// ReadDocx reads the paragraphs of a Word document. A file that is not a
// zip archive, an archive with no document part, a part that is not XML or
// is larger than the limit is an error naming the file.
func ReadDocx(name string, data []byte, lim DocxLimits) (*Doc, error) {
	if lim.MaxXMLBytes <= 0 {
		lim.MaxXMLBytes = defaultDocxXMLBytes
	}
	if lim.MaxEntries <= 0 {
		lim.MaxEntries = defaultDocxEntries
	}
	fail := func(format string, a ...any) error {
		return &Error{File: name, Msg: fmt.Sprintf(format, a...)}
	}
	if !bytes.HasPrefix(data, zipMagic) {
		return nil, fail("not a Word document (.docx): not a zip archive")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fail("corrupt Word document (.docx): %v", err)
	}
	if len(zr.File) > lim.MaxEntries {
		return nil, fail("Word document (.docx) with %d entries, more than the %d read", len(zr.File), lim.MaxEntries)
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		if _, dup := files[f.Name]; !dup {
			files[f.Name] = f
		}
	}
	main := "word/document.xml"
	if rels, ok := files["_rels/.rels"]; ok {
		if target := mainPart(rels); target != "" {
			main = target
		}
	}
	f, ok := files[main]
	if !ok {
		return nil, fail("not a Word document (.docx): the archive has no %s", main)
	}
	if f.UncompressedSize64 > uint64(lim.MaxXMLBytes) {
		return nil, fail("%s of the Word document is %d bytes uncompressed, more than the %d-byte limit", main, f.UncompressedSize64, lim.MaxXMLBytes)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fail("corrupt Word document (.docx): %s: %v", main, err)
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: rc, N: lim.MaxXMLBytes + 1}
	paras, err := docxParagraphs(lr)
	if lr.N <= 0 {
		return nil, fail("%s of the Word document is larger uncompressed than the %d-byte limit (a zip bomb?)", main, lim.MaxXMLBytes)
	}
	if err != nil {
		if errors.Is(err, zip.ErrChecksum) || errors.Is(err, zip.ErrFormat) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fail("corrupt Word document (.docx): %s: %v", main, err)
		}
		return nil, fail("corrupt Word document (.docx): %s is not readable XML: %v", main, err)
	}
	return newParagraphDoc(name, paras), nil
}

// mainPart reads the package relationships for the main document part's
// path; "" when they do not say.
func mainPart(f *zip.File) string {
	if f.UncompressedSize64 > relsMaxBytes {
		return ""
	}
	rc, err := f.Open()
	if err != nil {
		return ""
	}
	defer rc.Close()
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if xml.NewDecoder(io.LimitReader(rc, relsMaxBytes)).Decode(&rels) != nil {
		return ""
	}
	for _, r := range rels.Rel {
		if strings.HasSuffix(r.Type, "/officeDocument") && r.Target != "" {
			return strings.TrimPrefix(path.Clean("/"+r.Target), "/")
		}
	}
	return ""
}

// wordML tells an element of WordprocessingML (transitional or strict)
// from DrawingML and the rest.
func wordML(n xml.Name) bool {
	return n.Space == "" || strings.Contains(n.Space, "wordprocessingml")
}

// docxSkipped are elements whose text is not the document's as read.
var docxSkipped = map[string]bool{"del": true, "moveFrom": true, "delText": true, "instrText": true, "delInstrText": true}

// docxParagraphs reads the paragraphs with words of a document part.
func docxParagraphs(r io.Reader) ([]string, error) {
	dec := xml.NewDecoder(r)
	var paras []string
	var open []*strings.Builder // paragraphs open, innermost last (a text box's inside its anchor's)
	skip := 0                   // depth inside a skipped element
	inText := false
	var mark []string          // the elements open within a paragraph's properties (w:pPr, its w:rPr)
	markDeleted := false       // the paragraph being read has its mark deleted
	var carry *strings.Builder // a paragraph whose mark was deleted, which the next one goes on
	carryDepth := 0            // the paragraphs open around it
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if skip > 0 {
				skip++
				continue
			}
			if len(mark) > 0 || t.Name.Local == "pPr" && wordML(t.Name) {
				// a tracked deletion of a paragraph's mark: <w:pPr><w:rPr><w:del/>
				if len(mark) == 2 && mark[1] == "rPr" && t.Name.Local == "del" {
					markDeleted = true
				}
				mark = append(mark, t.Name.Local)
				continue
			}
			if t.Name.Local == "Fallback" || wordML(t.Name) && docxSkipped[t.Name.Local] {
				skip = 1
				continue
			}
			if !wordML(t.Name) {
				continue
			}
			var cur *strings.Builder
			if len(open) > 0 {
				cur = open[len(open)-1]
			}
			switch t.Name.Local {
			case "p":
				if carry != nil && len(open) == carryDepth {
					open, carry = append(open, carry), nil
				} else {
					open = append(open, &strings.Builder{})
				}
				markDeleted = false
			case "t":
				inText = true
			case "tab", "ptab":
				if cur != nil {
					cur.WriteByte('\t')
				}
			case "br", "cr":
				if cur != nil {
					cur.WriteByte('\n')
				}
			case "noBreakHyphen":
				if cur != nil {
					cur.WriteByte('-')
				}
			}
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			if len(mark) > 0 {
				mark = mark[:len(mark)-1]
				continue
			}
			if !wordML(t.Name) {
				continue
			}
			switch t.Name.Local {
			case "t":
				inText = false
			case "p":
				if len(open) == 0 {
					continue
				}
				if markDeleted && carry == nil {
					// the paragraph's mark is a tracked deletion: accepted,
					// it runs on into the next paragraph
					carry, carryDepth = open[len(open)-1], len(open)-1
					open, markDeleted = open[:len(open)-1], false
					continue
				}
				p := open[len(open)-1].String()
				open = open[:len(open)-1]
				if strings.TrimSpace(p) != "" {
					paras = append(paras, p)
				}
			}
		case xml.CharData:
			if skip == 0 && inText && len(open) > 0 {
				open[len(open)-1].Write(t)
			}
		}
	}
	if carry != nil && strings.TrimSpace(carry.String()) != "" {
		paras = append(paras, carry.String()) // the last paragraph's mark deleted
	}
	return paras, nil
}
