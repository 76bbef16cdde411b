package quotes

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// commercialRE matches a transcription service's label: a speaker's name
// (or "Speaker 1") and the moment the turn begins, in parentheses or
// brackets, at the start of a line, with an optional colon; the speech
// follows on the same line or the next: "Jane Doe (00:01:02):",
// "Speaker 1 [01:02]".
var commercialRE = regexp.MustCompile(`^[\p{Zs}\t\x{FEFF}]*([\p{L}][\p{L}\p{M}\p{N}.'’\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’\-]*){0,5})[ \t]*[\(\[][ \t]*((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[ \t]*[\)\]][ \t]*:?(?:[\p{Zs}\t]+|$)`)

// mayBeCommercial tells whether line may match commercialRE, without
// running it: it has a parenthesis or bracket and a colon after it. A test
// holds that commercialRE matches no line it says no to.
func mayBeCommercial(line string) bool {
	i := strings.IndexAny(line, "([")
	return i >= 0 && strings.IndexByte(line[i:], ':') >= 0
}

// clockRE reads a moment: "01:02:03", "1:02", "00:01:02.500", "00:01:02,500".
var clockRE = regexp.MustCompile(`^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$`)

// parseClock reads a moment such as "00:14:31" or "14:31.250".
func parseClock(s string) (time.Duration, bool) {
	m := clockRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, false
	}
	h, _ := strconv.Atoi(m[1])
	mi, _ := strconv.Atoi(m[2])
	sec, _ := strconv.Atoi(m[3])
	if mi >= 60 && m[1] != "" || sec >= 60 || h > 1000 {
		return 0, false
	}
	d := time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute + time.Duration(sec)*time.Second
	if m[4] != "" {
		frac := m[4] + strings.Repeat("0", 3-len(m[4]))
		ms, _ := strconv.Atoi(frac)
		d += time.Duration(ms) * time.Millisecond
	}
	return d, true
}

// parseCommercial reads a transcription service's layout: a timed label
// before each paragraph of speech, the turn running until the next label.
func parseCommercial(doc *Doc) (*Transcript, []string) {
	return parseLabelled(doc, func(line string) (lineLabel, bool) {
		if !mayBeCommercial(line) {
			return lineLabel{}, false
		}
		m := commercialRE.FindStringSubmatchIndex(line)
		if m == nil {
			return lineLabel{}, false
		}
		name := line[m[2]:m[3]]
		if notSpeech[strings.ToUpper(name)] {
			return lineLabel{skip: true}, true
		}
		at, ok := parseClock(line[m[4]:m[5]])
		return lineLabel{name: name, speech: m[1], timed: ok, at: at}, true
	})
}

// lineLabel is what a line opening a turn tells: the speaker's name as
// written, where the speech starts in the line, and the moment, if any;
// skip: the line is a label that names no speaker ("Note:"), which ends
// the turn before it and is no one's speech.
type lineLabel struct {
	name   string
	speech int
	timed  bool
	at     time.Duration
	skip   bool
}

// parseLabelled reads a record whose turns open on a labelled line (label
// tells it and what it holds), each running until the next label or a
// line of page furniture; lines before the first turn are the header.
// The commercial and dialogue layouts are read so.
func parseLabelled(doc *Doc, label func(line string) (lineLabel, bool)) (*Transcript, []string) {
	tr := &Transcript{Doc: doc}
	sps := newSpeakers(tr)
	var open *Turn
	var header []string
	closeTurn := func(end int) {
		if open != nil {
			open.End = end
			addTurn(tr, *open)
			open = nil
		}
	}
	for n := 1; n <= doc.Lines(); n++ {
		start := doc.lines[n-1]
		line := doc.LineText(n)
		if l, ok := label(line); ok {
			if l.skip {
				closeTurn(start)
				continue
			}
			closeTurn(start)
			open = &Turn{Speaker: sps.get(l.name), Start: start + l.speech, Line: n, Timed: l.timed, Time: l.at}
			continue
		}
		if furnitureRE.MatchString(line) {
			closeTurn(start)
			continue
		}
		if open == nil && len(tr.Turns) == 0 {
			header = append(header, line)
		}
	}
	closeTurn(len(doc.Text))
	return tr, header
}
