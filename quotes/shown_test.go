package quotes

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestShowName(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		// plain names stay plain, whatever their script or spaces
		{"drafts/harbor-tax.md", "drafts/harbor-tax.md"},
		{"drafts/Salem café.md", "drafts/Salem café.md"},
		{"Harbor City/报告 (Ann Lowell).txt", "Harbor City/报告 (Ann Lowell).txt"},
		// the ideographic space between the words of a CJK name is a space
		// of its own, not a lookalike of the ASCII one
		{"报告\u3000哈伯城.md", "报告\u3000哈伯城.md"},
		{"セーラム\u3000議事録.txt", "セーラム\u3000議事録.txt"},
		{`C:\drafts\reed.md`, `C:\drafts\reed.md`},
		{"", ""},
		// odd names are quoted, each odd character escaped
		{"a\x1b[2Jb.txt", `"a\x1b[2Jb.txt"`},
		{"x\nok: all quotes verbatim", `"x\nok: all quotes verbatim"`},
		{"reed\t.md", `"reed\t.md"`},
		{"draft\u202edm.txt", `"draft\u202edm.txt"`},
		{"Salem\u00a0notes.md", `"Salem\u00a0notes.md"`},
		{"报告\u3000哈伯城\x1b.md", `"报告\u3000哈伯城\x1b.md"`},
		{"kemp\u009b2J.md", `"kemp\u009b2J.md"`},
		{"lowell\xff.md", `"lowell\xff.md"`},
		// a name in quotation marks of its own is quoted, so a shown name
		// in quotation marks is always a quoted one
		{`"Salem".md`, `"\"Salem\".md"`},
		{`Dan "the mayor" Kemp.md`, `Dan "the mayor" Kemp.md`},
	} {
		assert.Equal(t, tt.want, ShowName(tt.name), "%q", tt.name)
	}
}

func TestShowText(t *testing.T) {
	for _, tt := range []struct{ text, want, lines string }{
		{"We will fund the clinic.", "We will fund the clinic.", ""},
		{"TOM\x1b[2JREED", `TOM\x1b[2JREED`, ""},
		{"the harbor\ntax", `the harbor\ntax`, "the harbor\ntax"},
		{"Salem,\r\n\tHarbor City", `Salem,\r\n\tHarbor City`, "Salem,\r\n\tHarbor City"},
		{"we will \u202etuc\u202c taxes", `we will \u202etuc\u202c taxes`, ""},
		{"an isolate \u2066Reed\u2069", `an isolate \u2066Reed\u2069`, ""},
		{"a line\u2028break", `a line\u2028break`, ""},
		{"C1 \u0085 and \u009b2J", `C1 \u0085 and \u009b2J`, ""},
		{"bell\a, delete\x7f", `bell\a, delete\x7f`, ""},
		{"not UTF-8: \xff\xfe", `not UTF-8: \xff\xfe`, ""},
		// the marks and joiners of writing are kept: an Arabic quote with a
		// right-to-left mark, a Persian word with a zero-width non-joiner
		{"قال \u200fعمر حداد", "قال \u200fعمر حداد", ""},
		{"می\u200cخواهم", "می\u200cخواهم", ""},
		{`a backslash \n stays`, `a backslash \n stays`, ""},
	} {
		assert.Equal(t, tt.want, ShowText(tt.text), "%q", tt.text)
		lines := tt.lines
		if lines == "" {
			lines = tt.want
		}
		assert.Equal(t, lines, ShowLines(tt.text), "ShowLines %q", tt.text)
	}
}

// TestCueTimingErrorShowsLine: the line an error quotes from the input is
// quoted with its control characters escaped, never acted on.
func TestCueTimingErrorShowsLine(t *testing.T) {
	doc, err := NewDoc("reed.vtt", []byte("WEBVTT\n\n00:01:02.000 --> \x1b[2J\nTOM REED: We will fund the clinic.\n"))
	require.NoError(t, err)
	_, err = ParseTranscripts(doc, ReadOptions{Format: FormatVTT})
	require.Error(t, err)
	assert.Equal(t, `reed.vtt:3: unreadable cue timing "00:01:02.000 --> \x1b[2J" (expected "00:01:02.000 --> 00:01:05.000")`, err.Error())
}

// TestErrorAndWarningShowName: an input error and a warning name their
// file as ShowName shows it, their message on one line.
func TestErrorAndWarningShowName(t *testing.T) {
	_, err := NewDoc("x\nok: all quotes verbatim.txt", []byte("Tom Reed said \xff"))
	require.Error(t, err)
	assert.Equal(t, `"x\nok: all quotes verbatim.txt":1:15: invalid UTF-8; expected UTF-8 text`, err.Error())
	w := Warning{File: "draft\u202edm.txt", Pos: Position{Line: 2, Column: 1}, Msg: "quotation mark never closed: “Salem\x1b[2J”"}
	assert.Equal(t, `"draft\u202edm.txt":2:1: warning: quotation mark never closed: “Salem\x1b[2J”`, w.String())
}

// BenchmarkShowText: ShowText runs on every quote, source passage and diff
// operation of a report; text with nothing to escape, the common case, is
// read once and returned as it is, without allocating.
func BenchmarkShowText(b *testing.B) {
	for _, tt := range []struct{ name, text string }{
		{"plain", "We will fund the clinic on Main Street this year, and the harbor tax stays where it is, Tom Reed said."},
		{"arabic", "قال \u200fعمر حداد إن المدينة ستموّل العيادة في شارع السوق هذا العام"},
		{"escapes", "We will fund the \x1b[31mclinic\x1b[0m on \u202eMain Street this year, and the harbor tax stays\n"},
	} {
		b.Run("case="+tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ShowText(tt.text)
			}
		})
	}
}

// quoteShort cuts a line at its 60th character, counting characters, not
// bytes, and leaves a line of 60 or fewer whole.
func TestQuoteShortCutsAtSixtyCharacters(t *testing.T) {
	sixty := strings.Repeat("é", 60)
	assert.Equal(t, strconv.Quote(sixty), quoteShort(sixty))
	assert.Equal(t, strconv.Quote(sixty+"…"), quoteShort(sixty+"ab"))
	assert.Equal(t, `"00:01 --> 00:02"`, quoteShort("00:01 --> 00:02"))
}
