// Package quotes reads who says what: the speaker-labelled turns of a
// transcript (the record) and the quotations of an article together with the
// person each is attributed to.
//
// Every position in this package is a byte offset into the original file, so
// that a report can point an editor at the exact place; [Doc.Position] turns
// an offset into a 1-based line and column (columns count Unicode code
// points) only when it is shown.
package quotes

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Doc is the text of one input file with an index of its line starts.
type Doc struct {
	Name  string // the path as given by the user
	Text  string // the file's bytes, validated as UTF-8
	lines []int  // byte offset of the start of each line
	// runeMarks[k] counts the code points of Text[:k*runeStride], so that a
	// column on a long line costs at most runeStride bytes of counting, not
	// the whole line (a 10 MB one-line file with 100,000 quotation marks
	// would otherwise take time quadratic in its size). Nil for ASCII text,
	// where a column is a byte count.
	runeMarks []int
	// orig is the file as read when Text is a masked form of it (Markdown,
	// HTML: markup turned to spaces, byte for byte), so that lines and
	// columns are counted in the file the user sees. Empty otherwise.
	orig string
	// unit names what a line number counts: "" for lines of the file,
	// "paragraph" for a document with no lines of its own (Word), whose
	// line index then holds the start of each paragraph.
	unit string
	// quoteSpans are quotations the reader knows without quotation marks
	// (the paragraphs of a block quote), one slice of pieces each, in
	// order, for the extractor to add.
	quoteSpans [][]Span
	// headings are the headings the reader knows by their markup (HTML
	// <h1>…<h6>, Markdown "## …" and underlined headings), in order, so
	// that a quotation standing as a heading is not taken for words of
	// the speaker of the paragraph before it.
	headings []Span
}

// runeStride is the spacing in bytes of Doc.runeMarks.
const runeStride = 256

// Position is a place in a Doc shown to a person: 1-based line and column,
// the column counted in Unicode code points.
type Position struct {
	Line   int
	Column int
}

// Error is an input problem at a place in a file, formatted as
// "file:line:col: message" (line and column are left out when unknown), the
// file's name as ShowName shows it.
type Error struct {
	File string
	Pos  Position
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.Pos.Line > 0 && e.Pos.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %s", ShowName(e.File), e.Pos.Line, e.Pos.Column, e.Msg)
	case e.Pos.Line > 0:
		return fmt.Sprintf("%s:%d: %s", ShowName(e.File), e.Pos.Line, e.Msg)
	default:
		return fmt.Sprintf("%s: %s", ShowName(e.File), e.Msg)
	}
}

// Warning is a non-fatal problem found while reading a file, such as a
// quotation mark that is never closed. The rest of the file is still read.
type Warning struct {
	File   string
	Offset int // byte offset into the file
	Pos    Position
	Msg    string
}

// String is the warning on one line, "file:line:col: warning: message", its
// file's name as ShowName shows it and its message as ShowText does.
func (w Warning) String() string {
	return fmt.Sprintf("%s:%d:%d: warning: %s", ShowName(w.File), w.Pos.Line, w.Pos.Column, ShowText(w.Msg))
}

// NewDoc validates data as text and indexes its lines. A file with a NUL
// byte is rejected as binary and invalid UTF-8 is an error naming the line,
// so that nothing downstream ever sees bytes it cannot show. A leading byte
// order mark is kept (offsets stay true to the file) and is treated as space
// by the readers.
func NewDoc(name string, data []byte) (*Doc, error) {
	if err := checkText(name, data); err != nil {
		return nil, err
	}
	d := &Doc{Name: name, Text: string(data)}
	d.index(data)
	return d, nil
}

// checkText rejects binary data (a NUL byte) and invalid UTF-8, naming the
// line. Text saved as UTF-16 (Notepad's "Unicode") is told by its byte
// order mark, FF FE or FE FF, where its NUL bytes made it "binary".
func checkText(name string, data []byte) error {
	if len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		return &Error{File: name, Pos: Position{Line: 1}, Msg: "UTF-16 text (byte order mark); save it as UTF-8"}
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line := 1 + bytes.Count(data[:i], []byte{'\n'})
		return &Error{File: name, Pos: Position{Line: line}, Msg: "binary file (NUL byte); expected text"}
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, size := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		line := 1 + bytes.Count(data[:off], []byte{'\n'})
		col := 1 + utf8.RuneCount(data[bytes.LastIndexByte(data[:off], '\n')+1:off])
		return &Error{File: name, Pos: Position{Line: line, Column: col}, Msg: "invalid UTF-8; expected UTF-8 text"}
	}
	return nil
}

// index records the line starts and code-point checkpoints of data, the
// bytes positions are shown in.
func (d *Doc) index(data []byte) {
	d.lines = []int{0}
	if bytes.IndexByte(data, '\r') < 0 {
		// no CR, the common case: the line starts by searching for '\n',
		// and whether the text is ASCII eight bytes at a time
		for i := 0; ; {
			k := bytes.IndexByte(data[i:], '\n')
			if k < 0 {
				break
			}
			i += k + 1
			d.lines = append(d.lines, i)
		}
		if !isASCII(data) {
			d.markRunes(data)
		}
		return
	}
	ascii := true
	for i := 0; i < len(data); i++ {
		if data[i] >= utf8.RuneSelf {
			ascii = false
		}
		switch data[i] {
		case '\n':
			d.lines = append(d.lines, i+1)
		case '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				continue
			}
			d.lines = append(d.lines, i+1) // a lone CR ends a line too
		}
	}
	if !ascii {
		d.markRunes(data)
	}
}

// isASCII: every byte of data is below utf8.RuneSelf.
func isASCII(data []byte) bool {
	i := 0
	for ; i+8 <= len(data); i += 8 {
		if binary.LittleEndian.Uint64(data[i:])&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(data); i++ {
		if data[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// markRunes records the code-point checkpoints of data.
func (d *Doc) markRunes(data []byte) {
	d.runeMarks = make([]int, len(data)/runeStride+1)
	n := 0
	for i := 0; i < len(data); i++ {
		if i%runeStride == 0 {
			d.runeMarks[i/runeStride] = n
		}
		if data[i]&0xC0 != 0x80 { // not a continuation byte: a code point starts
			n++
		}
	}
	if len(data)%runeStride == 0 {
		d.runeMarks[len(data)/runeStride] = n // the end falls on a mark
	}
}

// NewMaskedDoc is the Doc of a file written in markup (Markdown, HTML) that
// a reader has masked into prose of the same byte length: markup bytes
// turned to spaces, line breaks kept. Text is the masked prose, which the
// extractor reads; offsets are those of the original file, and lines and
// columns are counted in original, so every position is true to the file.
func NewMaskedDoc(name string, original []byte, masked string) (*Doc, error) {
	if err := checkText(name, original); err != nil {
		return nil, err
	}
	if len(masked) != len(original) {
		return nil, &Error{File: name, Msg: fmt.Sprintf("masked text of %d bytes for a file of %d", len(masked), len(original))}
	}
	if err := checkText(name, []byte(masked)); err != nil {
		return nil, err
	}
	d := &Doc{Name: name, Text: masked, orig: string(original)}
	d.index(original)
	return d, nil
}

// newParagraphDoc is the Doc of a document made of paragraphs and no lines
// of its own (Word): Text is the paragraphs joined by blank lines, and a
// position's line is the number of its paragraph, its column counted from
// the paragraph's start.
func newParagraphDoc(name string, paras []string) *Doc {
	var b strings.Builder
	d := &Doc{Name: name, unit: "paragraph"}
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		d.lines = append(d.lines, b.Len())
		b.WriteString(p)
	}
	if len(d.lines) == 0 {
		d.lines = []int{0}
	}
	d.Text = b.String()
	starts := d.lines
	d.index([]byte(d.Text)) // the code-point checkpoints
	d.lines = starts
	return d
}

// Unit names what the line of a position counts: "line", or "paragraph"
// for a Word document, where "story.docx:3:12" is paragraph 3, column 12.
func (d *Doc) Unit() string {
	if d.unit == "" {
		return "line"
	}
	return d.unit
}

// Original is the file as read: Text itself, or the markup Text was masked
// from.
func (d *Doc) Original() string {
	if d.orig != "" {
		return d.orig
	}
	return d.Text
}

// prose is the text of span s as a reader sees it. For a masked document
// the masked markup is dropped (“the <em>best</em> choice” reads “the best
// choice”), a run of white space or a block boundary is one space, and
// none is left between a word and the punctuation after markup
// ("[allies](https://…)." reads "allies.").
func (d *Doc) prose(s Span) string {
	if d.orig == "" {
		return d.Text[s.Start:s.End]
	}
	var b strings.Builder
	space, markup := false, false // white space, markup pending
	for i := s.Start; i < s.End; {
		c := d.Text[i]
		if c == ' ' && d.orig[i] != ' ' {
			markup = true
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(d.Text[i:])
		if isPad(r) && c != d.orig[i] {
			i += size // the padding of a decoded entity
			continue
		}
		if unicode.IsSpace(r) {
			space = true
			markup = markup || c != d.orig[i]
			i += size
			continue
		}
		if space && b.Len() > 0 && !(markup && strings.ContainsRune(",.;:!?)]”’»", r)) {
			b.WriteByte(' ')
		}
		space, markup = false, false
		if r == 'ʼ' && d.orig[i] == '\\' {
			b.WriteByte('\'') // a Markdown escape, "won\'t", shown as written
		} else {
			b.WriteString(d.Text[i : i+size])
		}
		i += size
	}
	return b.String()
}

// runesBefore counts the code points that start in d.Text[:off].
func (d *Doc) runesBefore(off int) int {
	if d.runeMarks == nil {
		return off
	}
	text := d.Original()
	k := off / runeStride
	n := d.runeMarks[k]
	for i := k * runeStride; i < off; i++ {
		if text[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// Position returns the line and column of byte offset off. Offsets past the
// end are clamped to the end of the text.
func (d *Doc) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(d.Text) {
		off = len(d.Text)
	}
	i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	start := d.lines[i]
	return Position{Line: i + 1, Column: 1 + d.runesBefore(off) - d.runesBefore(start)}
}

// Line returns the 1-based line number of byte offset off.
func (d *Doc) Line(off int) int {
	off = min(max(off, 0), len(d.Text))
	return max(sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > off }), 1)
}

// LineText returns the text of 1-based line n without its line ending.
func (d *Doc) LineText(n int) string {
	if n < 1 || n > len(d.lines) {
		return ""
	}
	start := d.lines[n-1]
	end := len(d.Text)
	if n < len(d.lines) {
		end = d.lines[n]
	}
	s := d.Text[start:end]
	for len(s) > 0 && (s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	return s
}

// Lines returns the number of lines in the document.
func (d *Doc) Lines() int { return len(d.lines) }
