package quotes

import (
	"regexp"
	"strings"
	"time"
)

// Subtitles (WebVTT and SubRip) come as numbered, timed cues of a line or
// two. A record is read from them by keeping each cue's words where they
// are in the file and blanking everything else (cue numbers, timing lines,
// tags, sound descriptions such as "[Applause]") in the transcript's speech
// text, then merging consecutive cues of one speaker into one turn. Each
// cue's start is a time mark, and so is each inline timestamp of WebVTT
// ("<00:14:31.200>"), so every word keeps the moment it was said.
//
// The speaker of a cue is its voice tag ("<v Antony Blinken>"), or a label
// at the start of a cue line ("BLINKEN:", ">> BLINKEN:", "- Blinken:"); a cue
// with neither goes on with the previous speaker. A name written in mixed
// case counts as a label only when it labels at least two cue lines or is
// a voice tag's, so that a sentence such as "Look: we…" is not a speaker. A
// file with no speaker at all is read with the speaker unknown.

var (
	timingRE  = regexp.MustCompile(`^[ \t\x{FEFF}]*(\S+)[ \t]+-->[ \t]+(\S+)`)
	tagRE     = regexp.MustCompile(`<[^<>\n]{0,200}>|\{\\[^{}\n]{0,100}\}|&(?:[a-zA-Z]{2,8}|#\d{1,6});`)
	voiceRE   = regexp.MustCompile(`^<v(?:\.[^ \t>]*)*[ \t]+([^>]+)>$`)
	stampRE   = regexp.MustCompile(`^<((?:\d+:)?\d{2}:\d{2}\.\d{3})>$`)
	cueLblRE  = regexp.MustCompile(`^(?:-[ \t]*|>>[ \t]*)?([A-Z][A-Z.'’\-]*(?:[ \t]+[A-Z][A-Z.'’\-]*){0,4}|\p{Lu}[\p{L}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}.'’\-]*){0,2}):(?:[ \t]+|$)`)
	soundRE   = regexp.MustCompile(`\[[^\[\]\n]{0,60}\]|\((?:[A-Z ]{2,40}|[a-z][a-z ]{0,40})\)|♪[^♪\n]*♪?|^[ \t]*(?:>>|-)[ \t]*`)
	isUpperRE = regexp.MustCompile(`^[A-Z][A-Z.'’\- \t]*$`)
)

// segment is a run of one cue's speech with its speaker ("" goes on with
// the previous one).
type segment struct {
	label      string
	start, end int
	marks      []TimeMark
}

func parseSubtitles(doc *Doc, f Format) (*Transcript, []string, error) {
	text := doc.Text
	speech := []byte(text)
	for i, c := range speech {
		if c != '\n' && c != '\r' {
			speech[i] = ' '
		}
	}
	keep := func(s, e int) { copy(speech[s:e], text[s:e]) }
	blank := func(s, e int) {
		for i := s; i < e; i++ {
			if speech[i] != '\n' && speech[i] != '\r' {
				speech[i] = ' '
			}
		}
	}

	// a first pass counts mixed-case labels, which are trusted when
	// repeated
	labelCount := map[string]int{}
	for n := 1; n <= doc.Lines(); n++ {
		if m := cueLblRE.FindStringSubmatch(doc.LineText(n)); m != nil {
			labelCount[m[1]]++
		}
		for _, tag := range tagRE.FindAllString(doc.LineText(n), -1) {
			if v := voiceRE.FindStringSubmatch(tag); v != nil {
				labelCount[strings.TrimSpace(v[1])] += 2
			}
		}
	}
	isLabel := func(l string) bool {
		if notSpeech[strings.ToUpper(l)] {
			return false
		}
		return isUpperRE.MatchString(l) || labelCount[l] >= 2
	}

	var header []string
	var segs []segment
	n := 1
	for n <= doc.Lines() {
		// a block: lines up to a blank line
		for n <= doc.Lines() && strings.TrimSpace(doc.LineText(n)) == "" {
			n++
		}
		first := n
		for n <= doc.Lines() && strings.TrimSpace(doc.LineText(n)) != "" {
			n++
		}
		if first >= n {
			break
		}
		timing := 0
		for k := first; k < n && k <= first+1; k++ {
			if strings.Contains(doc.LineText(k), "-->") {
				timing = k
				break
			}
		}
		if timing == 0 {
			// the WEBVTT header, a NOTE, STYLE or REGION block, or
			// text outside a cue: not speech, but it may name the media
			for k := first; k < n; k++ {
				header = append(header, strings.TrimPrefix(doc.LineText(k), "NOTE "))
			}
			continue
		}
		m := timingRE.FindStringSubmatch(doc.LineText(timing))
		var at, end time.Duration
		ok := m != nil
		if ok {
			var ok2 bool
			at, ok = parseClock(m[1])
			end, ok2 = parseClock(m[2])
			ok = ok && ok2
		}
		if !ok {
			want := "00:01:02.000 --> 00:01:05.000"
			if f == FormatSRT {
				want = "00:01:02,000 --> 00:01:05,000"
			}
			return nil, nil, &Error{File: doc.Name, Pos: Position{Line: timing},
				Msg: "unreadable cue timing " + quoteShort(doc.LineText(timing)) + " (expected \"" + want + "\")"}
		}
		_ = end
		// the cue's lines
		cueStart := true
		for k := timing + 1; k < n; k++ {
			ls := doc.lines[k-1]
			line := doc.LineText(k)
			keep(ls, ls+len(line))
			var cur *segment
			open := func(label string, from int) {
				var carried []TimeMark
				if cur != nil && cur.end > cur.start && hasLetterOrDigit(string(speech[cur.start:cur.end])) {
					segs = append(segs, *cur)
				} else if cur != nil {
					carried = cur.marks // an empty run's moment goes to the next
					for i := range carried {
						carried[i].Offset = from
					}
				}
				cur = &segment{label: label, start: from, end: from, marks: carried}
				if cueStart {
					cur.marks = []TimeMark{{Offset: from, Time: at}}
					cueStart = false
				}
			}
			pos := 0
			if lm := cueLblRE.FindStringSubmatchIndex(line); lm != nil && isLabel(line[lm[2]:lm[3]]) {
				blank(ls, ls+lm[1])
				open(line[lm[2]:lm[3]], ls+lm[1])
				pos = lm[1]
			} else {
				open("", ls)
			}
			for _, tm := range tagRE.FindAllStringIndex(line[pos:], -1) {
				s, e := pos+tm[0], pos+tm[1]
				tag := line[s:e]
				if tag[0] == '&' {
					// a character reference, which both formats may hold
					// ("won&#39;t"): its character, padded to its length;
					// one decodeEntities leaves as written ("&notit;",
					// named by a prefix) is blanked as a tag
					decodeEntities(speech, ls+s, ls+e)
					if string(speech[ls+s:ls+e]) != tag {
						continue
					}
				}
				blank(ls+s, ls+e)
				switch {
				case voiceRE.MatchString(tag):
					cur.end = ls + s
					open(strings.TrimSpace(voiceRE.FindStringSubmatch(tag)[1]), ls+e)
				case stampRE.MatchString(tag):
					if d, ok := parseClock(stampRE.FindStringSubmatch(tag)[1]); ok {
						cur.marks = append(cur.marks, TimeMark{Offset: ls + e, Time: d})
					}
				}
			}
			for _, sm := range soundRE.FindAllStringIndex(line, -1) {
				blank(ls+sm[0], ls+sm[1])
			}
			cur.end = ls + len(line)
			if cur.end > cur.start {
				segs = append(segs, *cur)
			}
		}
	}

	tr := &Transcript{Doc: doc, speech: string(speech)}
	sps := newSpeakers(tr)
	labelled := false
	for _, s := range segs {
		if s.label != "" {
			labelled = true
			break
		}
	}
	var open *Turn
	closeTurn := func() {
		if open != nil {
			addTurn(tr, *open)
			open = nil
		}
	}
	var last *Speaker
	for _, s := range segs {
		if !hasLetterOrDigit(tr.speech[s.start:s.end]) {
			continue
		}
		sp := last
		switch {
		case s.label != "":
			sp = sps.get(s.label)
		case sp == nil || !labelled:
			sp = sps.unknown()
		}
		if open != nil && sp != open.Speaker {
			closeTurn()
		}
		if open == nil {
			open = &Turn{Speaker: sp, Start: s.start, Line: doc.Line(s.start)}
			if len(s.marks) > 0 {
				open.Timed, open.Time = true, s.marks[0].Time
			}
		}
		open.End = s.end
		open.Marks = append(open.Marks, s.marks...)
		if !open.Timed && len(open.Marks) > 0 {
			open.Timed, open.Time = true, open.Marks[0].Time
		}
		last = sp
	}
	closeTurn()
	// a speaker made only for lines before the first label is dropped
	// from the list when it has no turn
	kept := tr.Speakers[:0]
	for _, sp := range tr.Speakers {
		for _, t := range tr.Turns {
			if t.Speaker == sp {
				kept = append(kept, sp)
				break
			}
		}
	}
	tr.Speakers = kept
	return tr, header, nil
}

// quoteShort quotes a line for an error message, cut to a readable length.
func quoteShort(s string) string {
	if len(s) > 60 {
		s = s[:60] + "…"
	}
	return "\"" + strings.ToValidUTF8(s, "") + "\""
}
