package quotes

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// commercialRE matches a transcription service's label: a speaker's name
// (or "Speaker 1") and the moment the turn begins, in parentheses or
// brackets, at the start of a line, with an optional colon; the speech
// follows on the same line or the next: "Jane Doe (00:01:02):",
// "Speaker 1 [01:02]".
var commercialRE = regexp.MustCompile(`^[\p{Zs}\t\x{FEFF}]*([\p{L}][\p{L}\p{M}\p{N}.'’\-]*(?:[ \t]+[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’\-]*){0,5})[ \t]*[\(\[][ \t]*((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[ \t]*[\)\]][ \t]*:?(?:[\p{Zs}\t]+|$)`)

// nameTimeRE matches a label that is a line of its own, a name (or
// "Speaker 1") and the moment after it, with no brackets, as a meeting
// recorder's export writes it; the speech is on the next lines:
// "Tom Reed  0:18", "Speaker 1  1:02:03". The name is one to four words
// of a capital and letters, a word of digits after the first ("Speaker
// 2"). A lone such line may be page text ("Harbor City 10:30"), so
// DetectFormat counts them only when there are two.
var nameTimeRE = regexp.MustCompile(`^[\p{Zs}\t\x{FEFF}]*(\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.'’\-]*|\d{1,3})){0,3})[\p{Zs}\t]+((?:\d{1,2}:)?\d{1,2}:\d{2})[\p{Zs}\t]*$`)

// timeFirstRE matches a label after the moment, in brackets or
// parentheses, at a line's start, the speech after the colon on the same
// line: "[00:00:03] Tom Reed: Good morning.", "(01:02) Speaker 1: …".
// The name is one to five words of a capital (or digits after the first).
var timeFirstRE = regexp.MustCompile(`^[\p{Zs}\t\x{FEFF}]*[\(\[][ \t]*((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[ \t]*[\)\]][ \t]*(\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.'’\-]*|\d{1,3})){0,4}):(?:[\p{Zs}\t]+|$)`)

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

// The forms of a transcription service's label (commercialLabel).
const (
	notCommercial = iota
	timeAfter     // "Jane Doe (00:01:02):" (commercialRE)
	timeFirst     // "[00:01:02] Jane Doe:" (timeFirstRE)
	nameTime      // "Jane Doe  1:02" alone on its line (nameTimeRE)
)

// commercialLabel reads the label of a transcription service's line and
// tells its form: a name and the moment in brackets after it, the moment
// first, or a name and a moment alone on the line; notCommercial for
// another line.
func commercialLabel(line string) (l lineLabel, form int) {
	var name, clock string
	switch {
	case mayBeCommercial(line):
		if m := commercialRE.FindStringSubmatchIndex(line); m != nil {
			name, clock, l.speech, form = line[m[2]:m[3]], line[m[4]:m[5]], m[1], timeAfter
		} else if m := timeFirstRE.FindStringSubmatchIndex(line); m != nil {
			name, clock, l.speech, form = line[m[4]:m[5]], line[m[2]:m[3]], m[1], timeFirst
		} else {
			return l, notCommercial
		}
	case mayBeNameTime(line):
		m := nameTimeRE.FindStringSubmatchIndex(line)
		if m == nil || notDialogue[strings.ToUpper(line[m[2]:m[3]])] {
			// "Updated 10:30", "Posted 9:15": a page's time, no speaker
			return l, notCommercial
		}
		name, clock, l.speech, form = line[m[2]:m[3]], line[m[4]:m[5]], m[1], nameTime
	default:
		return l, notCommercial
	}
	if notSpeech[strings.ToUpper(name)] {
		return lineLabel{skip: true}, form
	}
	l.name = name
	l.at, l.timed = parseClock(clock)
	return l, form
}

// commercialLines counts the lines of the first lines of doc that open
// on a transcription service's label (commercialLabel). A label with the
// time after the name counts alone. The other forms are told less surely:
// a line of a name and a time ("Harbor City 10:30") may be a page's, and a
// time before a word and a colon may be a record with times and no
// labels ("[00:01:02] Look: we…"); a record's name-and-time lines count
// when there are two or more, each with speech on the next line (an
// agenda's "Opening Remarks 6:00" / "Public Comment 6:15" has none), a
// time-first label when it is of two words or more ("Tom Reed", "Speaker
// 2") or labels two lines or more, as a speaker's does and a sentence's
// "Look:" does not.
func commercialLines(doc *Doc) int {
	n, nameTimes := 0, 0
	seen := map[string]int{}
	for k := 1; k <= doc.Lines() && k <= 2000; k++ {
		l, form := commercialLabel(doc.LineText(k))
		switch {
		case form == timeAfter:
			n++
		case l.skip:
		case form == timeFirst:
			seen[l.name]++
		case form == nameTime && nameTimeSpeech(doc.LineText(k+1)):
			nameTimes++
		}
	}
	if nameTimes >= 2 {
		n += nameTimes
	}
	for name, k := range seen {
		if k >= 2 || strings.ContainsAny(name, " \t") {
			n += k
		}
	}
	return n
}

// nameTimeSpeech tells whether the line after a name and a time alone
// is speech: not blank, and no label of its own.
func nameTimeSpeech(next string) bool {
	if strings.TrimSpace(next) == "" {
		return false
	}
	_, form := commercialLabel(next)
	return form == notCommercial
}

// mayBeNameTime tells whether line may match nameTimeRE, without running
// it: it ends, past white space, on a digit, and has a colon.
func mayBeNameTime(line string) bool {
	t := strings.TrimRightFunc(line, func(r rune) bool { return r == '\t' || r == '\r' || unicode.Is(unicode.Zs, r) })
	return t != "" && t[len(t)-1] >= '0' && t[len(t)-1] <= '9' && strings.IndexByte(t, ':') >= 0
}

// parseCommercial reads a transcription service's layout: a timed label
// before each paragraph of speech, the turn running until the next label.
func parseCommercial(doc *Doc) (*Transcript, []string) {
	return parseLabelled(doc, func(line string) (lineLabel, bool) {
		l, form := commercialLabel(line)
		return l, form != notCommercial
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
