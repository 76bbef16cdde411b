package quotes

import (
	"regexp"
	"slices"
	"strconv"
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
// with neither goes on with the previous speaker, but a line opening on
// ">>", or the second of a cue's lines opening on a dash, is another
// speaker's whom the record does not name. A name written in mixed case
// counts as a label only when it labels at least two cue lines, is a voice
// tag's, or is a person's name with a given name first ("Dan Kemp:"), so
// that a sentence such as "Look: we…" is not a speaker. A file with no
// speaker at all is read with the speaker unknown. Rolling captions, whose
// cues repeat the cue before's last line, are read once (rollingRepeats).

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
// the previous one, or, when change is set, is someone else's whom the
// cue does not name).
type segment struct {
	label      string
	change     bool
	start, end int
	marks      []TimeMark
}

// turnRE matches a cue line that opens another speaker's turn: ">>" (and
// a news programme's ">>>"), or a dash ("- ", "-") as a cue of two
// speakers' lines opens each ("- Will it pass?" / "- Not this year.");
// not "--", which goes on a sentence.
var turnRE = regexp.MustCompile(`^[ \t]*(?:(>>>?)|-(?:[^-]|$))`)

// midTurnRE finds ">>" within a cue line, where a broadcast's captions
// pass the turn to another speaker: "WE WILL REBUILD. >> THANK YOU, MAYOR."
var midTurnRE = regexp.MustCompile(`>>>?[ \t]*`)

// cueMarks are the spans of a cue line's tags (tagRE) and of its ">>"
// (midTurnRE) in order; a tag's ">" is no part of a ">>" ("<i>>> REED:").
func cueMarks(line string) [][]int {
	tags := tagRE.FindAllStringIndex(line, -1)
	if !strings.Contains(line, ">>") {
		return tags
	}
	masked := []byte(line)
	for _, t := range tags {
		for i := t[0]; i < t[1]; i++ {
			masked[i] = ' '
		}
	}
	out := append([][]int(nil), tags...)
	out = append(out, midTurnRE.FindAllIndex(masked, -1)...)
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

// personLabel tells whether a label in mixed case that a record gives
// once is a person's name: two or three words, the first a given name,
// none a word a page puts before a colon ("Dan Kemp:", "Ann Lowell:";
// not "Well:", "Note:", "Harbor City:").
func personLabel(l string) bool {
	words := strings.Fields(l)
	if len(words) < 2 || len(words) > 3 || !isGivenName(words[0]) || notDialogue[strings.ToUpper(l)] {
		return false
	}
	for _, w := range words {
		if notSpeech[strings.ToUpper(w)] || notDialogue[strings.ToUpper(w)] {
			return false
		}
	}
	return true
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
		return isUpperRE.MatchString(l) || labelCount[l] >= 2 || personLabel(l)
	}

	var header []string
	var segs []segment
	blocks := subtitleBlocks(doc)
	repeated := rollingRepeats(doc, blocks)
	for _, b := range blocks {
		first, timing, n := b.first, b.timing, b.end
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
		cueStart, dashes := true, 0
		for k := timing + 1; k < n; k++ {
			ls := doc.lines[k-1]
			line := doc.LineText(k)
			if repeated[k] || strings.TrimSpace(line) == "" {
				// blank: the cue before said it, or a line of one space
				// (the cue's moment goes to its first words)
				continue
			}
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
				// ">>" is another speaker; so is a cue's second line
				// opening on a dash, after a first that does
				if tm := turnRE.FindStringSubmatchIndex(line); tm != nil {
					cur.change = tm[2] >= 0 || dashes > 0
				}
			}
			if tm := turnRE.FindStringSubmatchIndex(line); tm != nil && tm[2] < 0 {
				dashes++
			}
			for _, tm := range cueMarks(line[pos:]) {
				s, e := pos+tm[0], pos+tm[1]
				tag := line[s:e]
				if tag[0] != '<' && tag[0] != '{' && tag[0] != '&' {
					// ">>" within a line: another speaker from here on,
					// named by a label after it ("… >> REED: Thank you.")
					blank(ls+s, ls+e)
					cur.end = ls + s
					if lm := cueLblRE.FindStringSubmatchIndex(line[e:]); lm != nil && isLabel(line[e+lm[2]:e+lm[3]]) {
						blank(ls+e, ls+e+lm[1])
						open(line[e+lm[2]:e+lm[3]], ls+e+lm[1])
					} else {
						open("", ls+e)
						cur.change = true
					}
					continue
				}
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
		case s.change || sp == nil || !labelled:
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

// block is a subtitle file's run of lines [first, end) up to a blank
// line; timing is the line of its cue timing, 0 for a block that is no
// cue (the WebVTT header, a NOTE).
type block struct{ first, timing, end int }

// subtitleBlocks splits a subtitle file into its blocks. A line of white
// space alone ends a block, save right after a cue's timing with the
// cue's text after it: YouTube's captions open a cue on a line of one
// space ("00:00:00.160 --> 00:00:03.590" / " " / "thank<00:00:00.560><c>
// you</c>"), and the text under it is the cue's, not a block of its own.
func subtitleBlocks(doc *Doc) []block {
	blank := func(n int) bool { return n > doc.Lines() || strings.TrimSpace(doc.LineText(n)) == "" }
	timed := func(n int) bool { return n <= doc.Lines() && strings.Contains(doc.LineText(n), "-->") }
	var out []block
	n := 1
	for n <= doc.Lines() {
		for n <= doc.Lines() && blank(n) {
			n++
		}
		b := block{first: n}
		for n <= doc.Lines() {
			if blank(n) {
				if doc.LineText(n) == "" || b.timing == 0 || n != b.timing+1 || blank(n+1) || timed(n+1) {
					break
				}
			} else if b.timing == 0 && n <= b.first+1 && timed(n) {
				b.timing = n
			}
			n++
		}
		if b.first >= n {
			break
		}
		b.end = n
		out = append(out, b)
	}
	return out
}

// rollingRepeats finds the lines of "rolling" captions that a cue repeats
// from the cue before it: YouTube's automatic captions, and a broadcast's
// roll-up captions, show a cue's last line again as the next cue's first,
// the new words under it ("to talk about the seawall budget" /
// "we<00:00:07.240><c> will</c>…", then "we will rebuild it…" / "…"), so
// that read as written the record says each line twice. A cue's leading
// lines that are, tags aside, the previous cue's last lines are repeats;
// a file is read as rolling only when half its cues or more open on one,
// so that a speaker's "No." in two cues of ordinary subtitles stays.
// The lines are left blank in the speech text, so every other word keeps
// its place.
func rollingRepeats(doc *Doc, blocks []block) map[int]bool {
	textOf := func(n int) string {
		return strings.Join(strings.Fields(tagRE.ReplaceAllString(doc.LineText(n), " ")), " ")
	}
	var prev []string
	cues, opening := 0, 0
	rep := map[int]bool{}
	for _, b := range blocks {
		if b.timing == 0 {
			continue
		}
		var lines []string
		var at []int
		for k := b.timing + 1; k < b.end; k++ {
			if t := textOf(k); t != "" {
				lines, at = append(lines, t), append(at, k)
			}
		}
		if cues > 0 {
			if r := overlap(prev, lines); r > 0 {
				opening++
				for _, k := range at[:r] {
					rep[k] = true
				}
			}
		}
		cues++
		prev = lines
	}
	if opening < 2 || 2*opening < cues-1 {
		return nil
	}
	return rep
}

// overlap is the most leading lines of next that are the last lines of
// prev, 0 for none: next's prefix function, then prev read once, as Knuth,
// Morris and Pratt find a word, in time linear in the two, where trying
// every length is quadratic in a cue of many lines.
func overlap(prev, next []string) int {
	if len(prev) == 0 || len(next) == 0 {
		return 0
	}
	pi := make([]int, len(next)) // pi[i]: the longest proper border of next[:i+1]
	for i, k := 1, 0; i < len(next); i++ {
		for k > 0 && next[i] != next[k] {
			k = pi[k-1]
		}
		if next[i] == next[k] {
			k++
		}
		pi[i] = k
	}
	k := 0 // the most leading lines of next that end prev read so far
	for _, line := range prev {
		for k > 0 && (k == len(next) || line != next[k]) {
			k = pi[k-1]
		}
		if line == next[k] {
			k++
		}
	}
	return k
}

// quoteShort quotes a line for an error message, cut to a readable length
// (60 characters) and quoted as Go quotes it, so that a control character
// or a bidi override on the line is shown escaped, never acted on:
// "00:01:02 --> \x1b[2J".
func quoteShort(s string) string {
	n := 0
	for i := range s { // cut at the 60th character, not reading the rest into runes
		if n == 60 {
			s = s[:i] + "…"
			break
		}
		n++
	}
	return strconv.Quote(s)
}
