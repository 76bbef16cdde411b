package quotes

import (
	"regexp"
	"strings"
)

// parsePlain reads speech with no speaker labels: the whole text is one
// turn of an unknown speaker, so that quotes are still checked against its
// words (the report says who said them is not known).
func parsePlain(doc *Doc) *Transcript {
	tr := &Transcript{Doc: doc}
	sps := newSpeakers(tr)
	addTurn(tr, Turn{Speaker: sps.unknown(), Start: 0, End: len(doc.Text)})
	return tr
}

// Disfluencies finds the disfluencies of verbatim speech in text[start:end]
// and returns their byte spans, in order:
//
//   - fillers: "um", "uh", "er", "erm", "ah", "hmm" and their spellings;
//   - a word said twice in a row ("the the"), with nothing but space, a
//     dash or a filler between, or a pair or triple of words said twice with
//     a dash or a filler between ("I think -- I think"): the first saying is
//     the disfluency. Words people double on purpose ("very very", "no no",
//     "that that") are not;
//   - a false start: one to four words broken off with "--" and begun again
//     ("we were -- we are ready"), when the fragment is at most two words or
//     the new start repeats one of its words. A pair of dashes around a
//     short phrase within one sentence is a parenthesis, not a false start.
//
// A quotation that leaves them out is still the speaker's words.
func Disfluencies(text string, start, end int) []Span {
	type word struct {
		s, e int
		norm string
	}
	var ws []word
	var gaps []string // gaps[i] is the text before ws[i]
	prev := start
	seg := text[start:end]
	for _, m := range dfWordRE.FindAllStringIndex(seg, -1) {
		s, e := start+m[0], start+m[1]
		ws = append(ws, word{s, e, strings.ToLower(strings.ReplaceAll(text[s:e], "’", "'"))})
		gaps = append(gaps, text[prev:s])
		prev = e
	}
	gaps = append(gaps, text[prev:end])
	mark := make([]bool, len(ws))
	// fillers
	for i, w := range ws {
		if fillers[w.norm] {
			mark[i] = true
		}
	}
	// repeats of one to three words, fillers between them left aside:
	// "will, um, will" is a repeat
	quiet := func(g string) bool { return strings.Trim(g, " \t\r\n-—–…") == "" }
	var idx []int     // the words that are not fillers
	var gap []bool    // whether only space, dashes or fillers come before idx[k]
	var broken []bool // and whether that is more than space: a dash or a filler
	for i := range ws {
		if mark[i] {
			continue
		}
		q, b := false, false
		if k := len(idx); k > 0 {
			between := text[ws[idx[k-1]].e:ws[i].s]
			if i-idx[k-1] > 1 {
				// fillers between: their commas go with them
				between = strings.ReplaceAll(dfWordRE.ReplaceAllString(between, ""), ",", "")
			}
			q = quiet(between)
			b = q && (i-idx[k-1] > 1 || strings.TrimSpace(between) != "")
		}
		idx = append(idx, i)
		gap = append(gap, q)
		broken = append(broken, b)
	}
	for n := 1; n <= 3; n++ {
		for i := 0; i+2*n <= len(idx); i++ {
			same := true
			for k := 0; k < n && same; k++ {
				same = ws[idx[i+k]].norm == ws[idx[i+n+k]].norm && !mark[idx[i+k]]
			}
			for k := 1; k <= 2*n-1 && same; k++ {
				same = gap[i+k]
			}
			// a phrase said twice runs on in plain speech ("looking at
			// this at this time" may be meant); it is a repeat when broken
			// off with a dash or a filler
			if !same || n == 1 && doubled[ws[idx[i]].norm] || n > 1 && !broken[i+n] {
				continue
			}
			for k := 0; k < n; k++ {
				mark[idx[i+k]] = true
			}
		}
	}
	// false starts: "--" after a fragment of one to four words
	boundary := func(g string) bool { return strings.ContainsAny(g, ".?!;:,\n") || strings.Contains(g, "--") }
	for i := 1; i < len(ws); i++ {
		g := gaps[i]
		if !strings.Contains(g, "--") || strings.ContainsAny(g, ".?!") {
			continue
		}
		// the fragment: back to a boundary
		lo := i - 1
		for lo > 0 && !boundary(gaps[lo]) && i-lo <= 4 {
			lo--
		}
		if i-lo > 4 || lo > 0 && !boundary(gaps[lo]) {
			continue
		}
		// a dash pair around a phrase is a parenthesis
		paired := strings.Contains(gaps[lo], "--")
		for k := i + 1; k < len(ws) && k <= i+10 && !paired; k++ {
			if strings.Contains(gaps[k], "--") {
				paired = true
			}
			if strings.ContainsAny(gaps[k], ".?!") {
				break
			}
		}
		if paired {
			continue
		}
		restart := false
		for k := lo; k < i; k++ {
			if ws[k].norm == ws[i].norm {
				restart = true
			}
		}
		if i-lo > 2 && !restart {
			continue
		}
		for k := lo; k < i; k++ {
			mark[k] = true
		}
	}
	var out []Span
	for i, w := range ws {
		if !mark[i] {
			continue
		}
		if n := len(out); n > 0 && quiet(text[out[n-1].End:w.s]) {
			out[n-1].End = w.e
			continue
		}
		out = append(out, Span{w.s, w.e})
	}
	return out
}

var dfWordRE = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*(?:-[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*)*`)

var fillers = map[string]bool{
	"um": true, "umm": true, "ummm": true, "uh": true, "uhh": true, "uhm": true, "er": true, "erm": true,
	"ah": true, "hmm": true, "mm": true, "mhm": false,
}

// doubled are words that people say twice on purpose.
var doubled = map[string]bool{
	"very": true, "really": true, "no": true, "yes": true, "so": true, "that": true, "had": true, "is": true,
	"never": true, "many": true, "much": true, "more": true, "far": true, "long": true, "bye": true, "ha": true,
	"please": true, "now": true, "well": true, "go": true, "knock": true, "again": true, "over": true,
}
