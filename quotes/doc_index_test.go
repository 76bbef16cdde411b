package quotes

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"unicode/utf8"
)

// indexRef is Doc.index as first written, a byte at a time.
func indexRef(data []byte) (lines []int, ascii bool) {
	lines = []int{0}
	ascii = true
	for i := 0; i < len(data); i++ {
		if data[i] >= utf8.RuneSelf {
			ascii = false
		}
		switch data[i] {
		case '\n':
			lines = append(lines, i+1)
		case '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				continue
			}
			lines = append(lines, i+1)
		}
	}
	return lines, ascii
}

// TestDocIndexEqualsReference: the line starts and code-point marks are
// those of the byte-at-a-time loop, with and without CRs and non-ASCII
// text, at every length around the eight-byte steps.
func TestDocIndexEqualsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "word ", "\n", "\r\n", "\r", "é", "’", "\n\n", "xyz"}
	for n := 0; n < 400; n++ {
		var b []byte
		for len(b) < n%60 {
			p := pieces[rng.IntN(len(pieces))]
			if n%3 == 0 && (p == "\r" || p == "\r\n") {
				continue // a third of the texts without CR
			}
			if n%2 == 0 && (p == "é" || p == "’") {
				continue // half without non-ASCII
			}
			b = append(b, p...)
		}
		var d Doc
		d.index(b)
		lines, ascii := indexRef(b)
		if !reflect.DeepEqual(lines, d.lines) {
			t.Fatalf("%q: lines %v, want %v", b, d.lines, lines)
		}
		if ascii != (d.runeMarks == nil) {
			t.Fatalf("%q: runeMarks %v, ASCII %v", b, d.runeMarks, ascii)
		}
	}
}
