package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileSeeds are small inputs of the shapes that break readers: marks
// that never close, marks nested deeply, closers alone, line endings of
// every kind, byte-order marks, zero-width and bidirectional controls.
var hostileSeeds = []string{
	"",
	"\uFEFF",
	"\"",
	"“",
	"”",
	"\"\"\"\"\"\"",
	"“““““““““““““““““““““““““““““““““““““””",
	"“a “b “c “d” c” b” a”",
	"Blinken said “we will.”\r\n\r\n“And more,” he added.\r",
	"Blinken said “we will.\r\rHe left.",
	"He said \"never closed, and on\n\n\"and on\n\n\"and on",
	"\t“tabbed\tquote,”\tsaid\tthe\tminister.",
	"“zero\u200bwidth\u200d joiners,” said Mr. Smith \u202eevil\u202c.",
	"„German“ and «French» and »Danish« and 「Japanese」 and 『nested』",
	"Q: “Is it?”\nMR. PRICE: “It is.”",
	"“a,” she said. “b.” ” “ ” “",
	"'single' \"straight\" ‘curly’ “double”",
	"“" + strings.Repeat("word ", 50) + "”",
	"é“è”ü\u0301",
	"“Kemp told me, ‘the strike is over,’ and I was glad,” Reed said.",
}

func seedFiles(f *testing.F) {
	for _, s := range hostileSeeds {
		f.Add([]byte(s))
	}
	for _, dir := range []string{"../testdata/seeds", "../testdata/hostile"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, p := range paths {
			if data, err := os.ReadFile(p); err == nil && len(data) < 64<<10 {
				f.Add(data)
			}
		}
	}
}

// positionSlow is the plain definition of Doc.Position: count lines and
// code points from the start of the text (an offset inside a code point
// counts that code point).
func positionSlow(text string, off int) Position {
	off = min(max(off, 0), len(text))
	line, start := 1, 0
	for i := 0; i < off; i++ {
		switch text[i] {
		case '\n':
			line, start = line+1, i+1
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue
			}
			line, start = line+1, i+1
		}
	}
	col := 1
	for i := start; i < off; i++ {
		if utf8.RuneStart(text[i]) {
			col++
		}
	}
	return Position{Line: line, Column: col}
}

// FuzzNewDoc: any bytes give a document or an error naming the file, never a
// panic; a document's positions agree with counting from the start.
func FuzzNewDoc(f *testing.F) {
	seedFiles(f)
	f.Add([]byte("a\x00b"))
	f.Add([]byte("ok\n\xff\xfe"))
	f.Add([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := NewDoc("in.txt", data)
		if err != nil {
			assert.Nil(t, d)
			assert.True(t, strings.HasPrefix(err.Error(), "in.txt:"), "error names the file: %v", err)
			assert.False(t, utf8.Valid(data) && !strings.ContainsRune(string(data), 0), "valid text refused: %v", err)
			return
		}
		require.Equal(t, string(data), d.Text)
		// every offset, against the definition computed in one pass
		want := Position{Line: 1, Column: 1}
		for off := 0; off <= len(data); off++ {
			if got := d.Position(off); got != want || d.Line(off) != want.Line {
				require.Equal(t, want, got, "offset %d", off) // (plain != first: testify is slow per call)
				require.Equal(t, want.Line, d.Line(off), "line of offset %d", off)
			}
			if off == len(data) {
				break
			}
			switch c := data[off]; {
			case c == '\n' || c == '\r' && (off+1 == len(data) || data[off+1] != '\n'):
				want = Position{Line: want.Line + 1, Column: 1}
			case utf8.RuneStart(c):
				want.Column++
			}
		}
		assert.Equal(t, d.Position(0), d.Position(-1))
		assert.Equal(t, d.Position(len(data)), d.Position(len(data)+1))
		for n := 1; n <= d.Lines(); n++ {
			assert.NotContains(t, d.LineText(n), "\n")
		}
	})
}

// TestPositionLongLine holds the column arithmetic on a line much longer
// than the checkpoint spacing, with multi-byte code points on it.
func TestPositionLongLine(t *testing.T) {
	line := strings.Repeat("a“é”\u200b", 3000)
	text := "first\r\n" + line + "\rlast"
	d, err := NewDoc("long.txt", []byte(text))
	require.NoError(t, err)
	for _, off := range []int{0, 5, 7, 8, 1000, 1001, 1002, 7 + len(line) - 1, 7 + len(line), 7 + len(line) + 1, len(text)} {
		assert.Equal(t, positionSlow(text, off), d.Position(off), "offset %d", off)
	}
	assert.Equal(t, Position{Line: 2, Column: 1 + 5*3000}, d.Position(7+len(line)))
}

// FuzzParseArticle: any text parses without a panic; every quote's spans lie
// inside the text, on code-point boundaries, in order, and its Text is its
// pieces' words; every warning points into the file.
func FuzzParseArticle(f *testing.F) {
	seedFiles(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := NewDoc("a.txt", data)
		if err != nil {
			return
		}
		text := d.Text
		onBoundary := func(off int) bool {
			return off == len(text) || utf8.RuneStart(text[off])
		}
		a := ParseArticleKnown(d, []string{"blinken", "emanuel"})
		require.NotNil(t, a)
		prevEnd := 0
		var outer Span // the last quotation not nested in another
		for i, q := range a.Quotes {
			require.NotEmpty(t, q.Pieces, "quote %d", i)
			assert.Equal(t, q.Pieces[0].Start, q.Start, "quote %d starts with its first piece", i)
			assert.Equal(t, q.Pieces[len(q.Pieces)-1].End, q.End, "quote %d ends with its last piece", i)
			if q.Nested {
				assert.True(t, outer.Start <= q.Start && q.End <= outer.End, "nested quote %d %v outside the one around it %v", i, q.Span, outer)
				assert.GreaterOrEqual(t, q.Start, prevEnd, "nested quote %d overlaps the one before", i)
			} else {
				assert.GreaterOrEqual(t, q.Start, outer.End, "quote %d overlaps the one before", i)
				outer = q.Span
			}
			for _, in := range q.Inner {
				assert.True(t, q.Start <= in.Start && in.End <= q.End, "quote %d inner %v outside it", i, in)
			}
			var parts []string
			last := q.Start
			for _, p := range q.Pieces {
				require.True(t, 0 <= p.Start && p.Start < p.End && p.End <= len(text), "quote %d piece %v outside [0,%d]", i, p, len(text))
				require.GreaterOrEqual(t, p.Start, last, "quote %d pieces in order", i)
				assert.True(t, onBoundary(p.Start) && onBoundary(p.End), "quote %d piece %v cuts a code point", i, p)
				parts = append(parts, text[p.Start:p.End])
				last = p.End
			}
			assert.Equal(t, strings.Join(parts, " "), q.Text, "quote %d text is its pieces", i)
			assert.True(t, utf8.ValidString(q.Text))
			if prevEnd = q.End; !q.Nested {
				prevEnd = q.Start // its nested quotations follow it
			}
		}
		for _, w := range a.Warnings {
			assert.Equal(t, "a.txt", w.File)
			assert.True(t, 0 <= w.Offset && w.Offset <= len(text), "warning offset %d", w.Offset)
			assert.Equal(t, d.Position(w.Offset), w.Pos)
			assert.NotEmpty(t, w.Msg)
		}
	})
}
