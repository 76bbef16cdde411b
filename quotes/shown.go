package quotes

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"unicode/utf8"
)

// How names and text from the inputs are shown in messages and reports.
// A file name, a speaker label or a line of an article may hold characters
// that act on whoever reads the output rather than showing: an escape
// sequence ("notes\x1b[2J.md" clears a terminal), a line break (a file
// named "x\nok: all quotes verbatim" writes a line of its own into a CI
// log), a bidi override ("draft\u202edm.txt" shows as "drafttxt.md"),
// bytes that are not UTF-8. So every one is shown escaped, as Go writes
// it, and every other character as it is: an editor's error parser still
// reads "drafts/Salem café.md:4:2:", and the rare odd name is unmistakable.

// ShowName is a file name as messages and reports show it: as it is when
// every character of it is printable (a space is, and so is the
// ideographic space of Chinese and Japanese names, "报告\u3000哈伯城.md"; a
// control character, a format or bidi character, a non-breaking space and a
// byte that is not UTF-8 are not), else quoted as Go's strconv.Quote quotes
// it: "a\x1b[2Jb.txt", "Harbor City\u202etxt.md", "x\nok: all quotes
// verbatim". A name that begins with a quotation mark is quoted too, so
// that a shown name in quotation marks is always a quoted one
// ("\"Salem\".md").
func ShowName(name string) string {
	if strings.HasPrefix(name, `"`) || !printable(name) {
		return strconv.Quote(name)
	}
	return name
}

// printable reports whether every character of s is valid UTF-8 and
// printable by strconv.IsPrint, or the ideographic space U+3000, which
// strconv.IsPrint counts out with the other spaces but the ASCII one: in a
// CJK name it is the space between words, not a lookalike of one.
func printable(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError && invalidAt(s, i) {
			return false
		}
		if !strconv.IsPrint(r) && r != '\u3000' {
			return false
		}
	}
	return true
}

// ShowText is text from an input (a quote, a speaker label, a reason or a
// message that names them) as it is, but for the characters that would act
// on the reader's terminal or page (Hidden), each escaped as Go writes it:
// control characters, line breaks and tabs included ("\x1b", "\n", "\t",
// "\u0085"), the line and paragraph separators U+2028 and U+2029, the bidi
// embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069:
// "\u202e"), and bytes that are not UTF-8 ("\xff"). So "TOM\x1b[2JREED"
// shows as `TOM\x1b[2JREED`, on one line, and an Arabic or Hebrew quote with
// its marks and joiners as written. Text with none of them is returned as
// is.
func ShowText(s string) string { return show(s, false) }

// ShowLines is ShowText for text shown as a block, whose line breaks and
// tabs are its layout (an article's paragraphs): they are kept.
func ShowLines(s string) string { return show(s, true) }

// show escapes, from the first character to escape on, each hidden
// character and each byte that is not UTF-8 as strconv.Quote writes it,
// without its quotation marks: "\x1b" → `\x1b`, "\xff" → `\xff`.
func show(s string, keepLines bool) string {
	i := 0
	for i < len(s) {
		if c := s[i]; c >= 0x20 && c < 0x7f { // printable ASCII, told here at once
			i++
			continue
		}
		n, esc := next(s[i:], keepLines)
		if esc {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	var q [16]byte // the longest escape, "\u202e" in quotation marks, and room
	for i < len(s) {
		n, esc := next(s[i:], keepLines)
		if esc {
			e := strconv.AppendQuote(q[:0], s[i:i+n])
			b.Write(e[1 : len(e)-1])
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// next is the length of the first character of s (1 for a byte that
// starts no UTF-8 sequence), and whether show escapes it: a hidden one (but
// for line breaks and tabs when keepLines) or such a byte.
func next(s string, keepLines bool) (int, bool) {
	r, n := utf8.DecodeRuneInString(s)
	switch {
	case r == utf8.RuneError && n == 1:
		return 1, true
	case keepLines && (r == '\n' || r == '\r' || r == '\t'):
		return n, false
	}
	return n, Hidden(r)
}

// Hidden reports whether r is a character that acts on whoever reads the
// output rather than showing, which ShowText escapes: the C0 controls
// (line breaks and tabs among them), DEL, the C1 controls, the line and
// paragraph separators, and the bidi embeddings, overrides and isolates.
// The marks and joiners of right-to-left and other writing (U+200C–U+200F,
// U+061C) are not. The JSON report escapes the same characters.
func Hidden(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0: // C0, DEL, C1
		return true
	case r == 0x2028, r == 0x2029: // line and paragraph separators
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069: // bidi embeddings, overrides, isolates
		return true
	}
	return false
}

// invalidAt reports whether the byte at s[i] starts no valid UTF-8 sequence
// (where ranging over s gives utf8.RuneError for one byte).
func invalidAt(s string, i int) bool {
	_, n := utf8.DecodeRuneInString(s[i:])
	return n == 1
}

// PathErr is err without the path an *fs.PathError repeats, for a message
// that names the path itself, as ShowName shows it: "notes.md: no such
// file or directory", not "notes.md: open notes.md: no such file or
// directory".
func PathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
