package align

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes"
)

// A bracket may put a name for the words of the record it stands for:
// "[Lowell] told me so" for "She told me so", "[Mayor Reed] has kept his
// word" for "Tom Reed has kept his word", "[Salem's] plan" for "our plan".
// The word DP reads folded words alone and cannot tell a name from a
// pronoun, so it reads "[Dan Kemp] will not pay" for the record's "Ann
// Lowell will not pay" as faithful too. bracketRenames tells the two
// apart with the capitals of both sides: a bracket whose name is another
// than the one the record's words it replaces are puts another person,
// place or body in the speaker's mouth.

// bracketRenames is, of an alignment al of q to the window w (whose words
// are seg), the first bracket that puts another name for the record's
// name it stands for: "“Dan Kemp” for the record's “Ann Lowell”", or ""
// where none does. The record's words are a name when written with
// capitals (a word opening a sentence only when a speaker of the record
// bears it or the record writes it with a capital within a sentence
// elsewhere: "Lowell's plan …"), not a title ("the Mayor"), a pronoun or
// a day or month; the bracket's name is its capitalised words but those.
// The two are one name when either side holds the other's last word
// ("[Mayor Reed]" for "Tom Reed", "[Ann]" for "Ann Lowell", "[Lowell,
// D-Salem,]" for "Lowell"), or the record puts the two last words
// together in a name: a speaker's ("[Reed]" for "Tom", with MAYOR TOM
// REED in the record) or a name said in it ("[Lowell]" for "Ann", where
// the record says "Ann Lowell" somewhere). A bracket for a pronoun or a description ("she",
// "the mayor", "our") names its referent, which is not checked.
func (r *Record) bracketRenames(q []Token, al Alignment, w window, seg []uint32) string {
	for x, op := range al.Ops {
		if op.Kind != OpEditorial {
			continue
		}
		b := bracketName(q[op.Q0:op.Q1])
		if len(b) == 0 {
			continue
		}
		r0, r1 := op.R0, op.R1
		switch {
		case r0 == r1:
			// words put in replace no name, at the quote's end too,
			// where they add to it more often than they stand for the
			// record's next words ("with Ann Lowell [of Salem]")
			continue
		case x == 0:
			// a bracket opening the quote stands for the fewest record
			// words that make sense (openingBracketFrom): "[Ann Lowell]
			// told me" for "… in Salem. She told me" replaces "She",
			// not "Salem. She"
			r0 = max(r0, openingBracketFrom(q, al, func(k int) string { return r.words.str(seg[k]) }))
		}
		if r0 >= r1 {
			continue
		}
		rec, written := r.recordName(w, r0, r1)
		if len(rec) == 0 || r.sameName(b, rec) {
			continue
		}
		if len(rec) == 1 && !r.speakerBears(rec[0]) {
			// one word may be anyone's given name, nickname or another
			// name of the same thing ("[Reed]" for "Tom" under a label
			// MAYOR REED, "[Robert Kemp]" for "Bob", "[the United States]"
			// for "America"): only a full name, or a name a speaker of the
			// record bears, is one the bracket can be told to change
			continue
		}
		return "“" + writtenName(q[op.Q0:op.Q1]) + "” for the record's “" + written + "”"
	}
	return ""
}

// bracketName is the name a bracket's words q hold: the words written
// with a capital that are no stop word, title, day, month or "[sic]",
// folded, without a possessive's "'s" ("[Mayor Kemp's]" is "kemp").
// Capitalised words that say which office a title names, before it or
// after its "of", "from" or "for", are no name of its holder when no name
// follows the title: "[the Harbor City mayor]", "[Salem's mayor]", "[the
// Democratic governor]", "[the mayor of Harbor City]" describe the person
// as "[the mayor]" does, where "[Harbor City Mayor Dan Kemp]" names Kemp;
// so does a party's member ("[the Salem Democrat]"). A name set apart by
// a comma is no word of the office: "[Dan Kemp, Salem's mayor,]" and
// "[the mayor of Harbor City, Dan Kemp]" name Kemp.
func bracketName(q []Token) []string {
	office := make([]bool, len(q)) // words naming an office's place or party
	for h, t := range q {
		member := partyMembers[t.Norm] && t.upper
		if !member && !quotes.TitleWord(t.Norm) || stopwords[t.Norm] || h+1 < len(q) && !t.apart && q[h+1].upper && nameWord(q[h+1].Norm) {
			continue // no title, or one before its holder's name ("Mayor Reed")
		}
		office[h] = member // (a title is no name word anyway)
		for k := h - 1; k >= 0 && !q[k].apart && q[k].upper && (nameWord(q[k].Norm) || quotes.TitleWord(q[k].Norm)); k-- {
			office[k] = true // "the Harbor City mayor", "Salem's mayor"
		}
		if h+2 < len(q) && !t.apart && (q[h+1].Norm == "of" || q[h+1].Norm == "from" || q[h+1].Norm == "for") {
			for k := h + 2; k < len(q) && (q[k].upper || q[k].Norm == "the"); k++ {
				office[k] = true // "the mayor of Harbor City"
				if q[k].apart {
					break // "the mayor of Harbor City, Dan Kemp"
				}
			}
		}
	}
	var out []string
	for k, t := range q {
		if t.Kind == Editorial && t.upper && nameWord(t.Norm) && !office[k] {
			out = append(out, withoutPossessive(t.Norm))
		}
	}
	return out
}

// partyMembers are the nouns for a member of a party, which written with
// a capital describe a person as an office does: "[the Salem Democrat]",
// "[the Harbor City Republican]".
var partyMembers = setOfWords(`democrat republican libertarian`)

// nameWord tells whether a folded word written with a capital may be a
// word of a name: not a stop word ("The", "She"), a title ("Mayor",
// "Sen."), a day or a month, a number or "[sic]".
func nameWord(w string) bool {
	base := withoutPossessive(w)
	if base == "" || stopwords[base] || quotes.TitleWord(base) || calendarWords[base] || base == "sic" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(base)
	return unicode.IsLetter(r)
}

// calendarWords are the days and months: a name for one ("[March 3]" for
// "Monday") dates what the speaker said, and a date is no person.
var calendarWords = setOfWords(`monday tuesday wednesday thursday friday saturday sunday january february march
	april may june july august september october november december`)

// withoutPossessive is w without a possessive's "'s" or "'".
func withoutPossessive(w string) string {
	w = strings.TrimSuffix(w, "'s")
	return strings.TrimSuffix(w, "'")
}

// writtenName is a bracket's words as a reason shows them: each word
// written with a capital capitalised ("Dan Kemp").
func writtenName(q []Token) string {
	ws := make([]string, 0, len(q))
	for _, t := range q {
		w := t.Norm
		if t.upper {
			r, n := utf8.DecodeRuneInString(w)
			w = string(unicode.ToUpper(r)) + w[n:]
		}
		ws = append(ws, w)
	}
	return strings.Join(ws, " ")
}

// recordName is the name that the window w's words [r0, r1) hold, or
// part of: the folded words of the first run of capitalised words written
// together that holds a name word of the range, titles left out, and the
// run as the record writes it ("Ann Lowell" for the range "Lowell").
// A run of one word opening a sentence is a name only when the record
// writes the word with a capital within a sentence elsewhere
// (writtenAsName: "Kemp will not pay", not "Nurses will not pay"); one
// after "the", "our" or another determiner ("the Council" is a
// description) or in a passage written all in capitals only when a
// speaker of the record bears a word of it.
func (r *Record) recordName(w window, r0, r1 int) ([]string, string) {
	t := &r.turns[w.turn]
	lo, hi := max(0, w.lo+r0-3), min(t.n, w.lo+r1+3)
	toks := r.turnTokens(w.turn, lo, hi)
	if len(toks) != hi-lo {
		return nil, ""
	}
	trI, tk := r.turnPlace(w.turn)
	tr := r.transcript(trI)
	text := tr.SpeechText()
	turnStart := tr.Turns[tk].Start
	at := func(k int) Token { return toks[k-lo] }
	written := func(k int) string { return text[at(k).Start:at(k).End] }
	together := func(a, b int) bool { // words a and b written with space alone between
		// (a word's span may hold a period after it, "Salem.", which
		// ends the name)
		ta, tb := at(a), at(b)
		return sameSpan(ta, tb) || ta.End <= tb.Start && strings.TrimSpace(text[ta.End:tb.Start]) == "" &&
			!strings.HasSuffix(text[ta.Start:ta.End], ".")
	}
	cased := false // the passage tells capitals from small letters
	for k := lo; k < hi && !cased; k++ {
		cased = strings.IndexFunc(written(k), unicode.IsLower) >= 0
	}
	capital := func(k int) bool { return startsUpper(written(k)) }
	from, to := w.lo+r0, w.lo+r1
	for k := from; k < to; k++ {
		if !capital(k) || !nameWord(at(k).Norm) {
			continue
		}
		// the run of capitalised words written together around k
		s, e := k, k+1
		for s > lo && together(s-1, s) && capital(s-1) && !stopwords[at(s-1).Norm] {
			s--
		}
		for e < hi && together(e-1, e) && capital(e) && !stopwords[withoutPossessive(at(e).Norm)] {
			e++
		}
		var words []string
		within := false // a name word of the run stands within a sentence
		for j := s; j < e; j++ {
			if n := at(j).Norm; nameWord(n) {
				words = append(words, withoutPossessive(n))
				within = within || j > s
			}
		}
		within = within || !opensSentence(text, turnStart, at(s).Start) || r.writtenAsName(at(s).Norm)
		described := s > lo && determiners[at(s-1).Norm] && together(s-1, s)
		if !slices.ContainsFunc(words, r.speakerBears) && (!cased || described || !within) {
			continue
		}
		return words, strings.TrimRight(oneLine(text[at(s).Start:at(e-1).End]), ".,;:!?")
	}
	return nil, ""
}

// writtenAsName tells whether the record writes the folded word w with a
// capital within a sentence somewhere (of the first places of its stem,
// maxNamePlaces): a capitalised word opening a sentence ("Kemp will not
// pay") is a name when the record writes it so elsewhere ("I told Kemp
// so"), where "Nurses will not pay" is not.
func (r *Record) writtenAsName(w string) bool {
	id := r.words.lookup(w)
	if id == 0 || r.index == nil {
		return false
	}
	posts := r.stemPostings(r.stemOf[id])
	for _, p := range posts[:min(len(posts), maxNamePlaces)] {
		ti := r.turnAt(int(p))
		t := &r.turns[ti]
		k := int(p) - t.base
		toks := r.turnTokens(ti, k, k+1)
		if len(toks) != 1 || toks[0].Norm != w {
			continue
		}
		trI, tk := r.turnPlace(ti)
		tr := r.transcript(trI)
		text := tr.SpeechText()
		if startsUpper(text[toks[0].Start:toks[0].End]) && !opensSentence(text, tr.Turns[tk].Start, toks[0].Start) {
			return true
		}
	}
	return false
}

// maxNamePlaces is how many places of a word writtenAsName reads at most.
const maxNamePlaces = 32

// determiners are the words before a noun that make a capitalised word
// after them a description rather than a name ("the Council", "our
// Mayor").
var determiners = setOfWords(`the a an this that these those our their his her its my your`)

// opensSentence tells whether the word at byte at of text opens a
// sentence: nothing but space, quotation marks, brackets or dashes stands
// between it and the turn's start (from) or a period, question or
// exclamation mark or colon, the period of a title's abbreviation aside
// ("Dr. Reed", "U.S. Navy"), which is written with a capital ("stop us.
// We will win" ends a sentence).
func opensSentence(text string, from, at int) bool {
	k := at
	for k > from {
		c, n := utf8.DecodeLastRuneInString(text[from:k])
		if !unicode.IsSpace(c) && !strings.ContainsRune("\"“”‘’'([—–-", c) {
			break
		}
		k -= n
	}
	if k <= from {
		return true
	}
	c, _ := utf8.DecodeLastRuneInString(text[from:k])
	if c == '.' {
		s := strings.LastIndexFunc(text[from:k-1], func(c rune) bool { return !unicode.IsLetter(c) }) + 1
		prev := text[from+s : k-1]
		low := strings.ToLower(prev)
		return !startsUpper(prev) || spokenTitles[low] == "" && !quotes.TitleWord(low)
	}
	return c == '?' || c == '!' || c == ':'
}

// speakerBears tells whether a speaker of the record has the folded word
// w in their name.
func (r *Record) speakerBears(w string) bool {
	for _, sp := range r.speakers {
		if sp.Role == quotes.RolePerson && slices.Contains(nameWords(sp), w) {
			return true
		}
	}
	return false
}

// nameWords are the folded words of a speaker's name ("MAYOR TOM REED":
// "mayor", "tom", "reed").
func nameWords(sp *speakerInfo) []string {
	ws := strings.Fields(fold(cmp.Or(sp.Name, sp.Display)))
	for i, f := range ws {
		ws[i] = strings.Trim(f, ".,")
	}
	return ws
}

// sameName tells whether a bracket's name b and the record's name rec
// (folded words, see bracketRenames) may name one person, place or body.
func (r *Record) sameName(b, rec []string) bool {
	bl, rl := b[len(b)-1], rec[len(rec)-1]
	has := slices.Contains[[]string]
	if has(b, rl) || has(rec, bl) {
		return true
	}
	for _, sp := range r.speakers {
		if sp.Role != quotes.RolePerson {
			continue
		}
		if ws := nameWords(sp); has(ws, bl) && has(ws, rl) {
			return true
		}
	}
	return r.namedTogether(rl, bl)
}

// namedTogether tells whether the record says the folded words a and b
// next to each other anywhere ("Ann Lowell", "Lowell, Ann" not), a's
// possessive too: one name. A word said too often to have its places
// indexed is taken to be said with b somewhere.
func (r *Record) namedTogether(a, b string) bool {
	id := r.words.lookup(a)
	if id == 0 || r.index == nil {
		return true
	}
	s := r.stemOf[id]
	posts := r.stemPostings(s)
	if len(posts) == 0 {
		return true // (too common to be indexed)
	}
	for _, p := range posts {
		lo, hi := max(0, int(p)-1), min(len(r.norms), int(p)+2)
		r.needNorms(lo, hi)
		if withoutPossessive(r.words.str(r.norms[p])) != a {
			continue
		}
		for k := lo; k < hi; k++ {
			if k != int(p) && withoutPossessive(r.words.str(r.norms[k])) == b {
				return true
			}
		}
	}
	return false
}

// startsUpper tells whether a word as written opens with a capital
// letter, past an opening bracket ("[W]e").
func startsUpper(s string) bool {
	c, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "["))
	return unicode.IsUpper(c)
}

// bracketRewrites tells whether a bracket, q, standing for the record's
// words [r0, r1) of a window of n words (recWord gives them), says
// something else than the record in the record's own words, or adds a
// clause of its own: "[We will close the clinic] this year" for "We will
// fund the clinic this year" keeps the record's words about the one it
// changes (at least two, and half of the bracket's, found in order among
// the record's words around), so it is no referent named but the
// sentence rewritten, a word of the record's left out ("fund") for a word
// of the writer's ("close"); "we will hire nurses [and fire doctors]"
// puts in, with a conjunction, words standing for none of the record's.
// closing tells that the bracket closes the quote, where it stands for
// the record's words after the run, as many as it holds (the aligner
// gives it none).
// It gives "“close” for the record's “fund”" or "“and fire doctors” put
// in", or "". A word of the bracket's that is a name (bracketRenames
// reads those), a number (bracketRenumbers) or has the stem of a word
// around is no change: "[the 2019 budget]" for "last year's budget",
// "[he said the city would fund]" for "the city will fund", "[the harbor
// school's roof]" for "its roof" stay faithful.
func bracketRewrites(q []Token, r0, r1, n int, closing bool, recWord func(int) string) string {
	content := func(w string) bool { return !stopwords[w] && !hasDigit(w) && !numberWord(w) && w != "sic" }
	if r0 == r1 && closing {
		r1 = min(n, r0+len(q)) // (as bracketRenumbers reads it)
	}
	if r0 == r1 {
		if len(q) < 2 || !conjunctions[q[0].Norm] {
			return ""
		}
		for _, t := range q[1:] {
			if content(t.Norm) {
				words := make([]string, len(q))
				for k, t := range q {
					words[k] = t.Norm
				}
				return "“" + strings.Join(words, " ") + "” put in"
			}
		}
		return ""
	}
	if len(q) < 2 {
		return ""
	}
	lo, hi := max(0, r0-len(q)), min(n, r1+len(q))
	// the bracket's words found in order among the record's words
	// around (their longest common subsequence)
	prev, cur := make([]int, hi-lo+1), make([]int, hi-lo+1)
	for _, t := range q {
		for j := lo; j < hi; j++ {
			if recWord(j) == t.Norm {
				cur[j-lo+1] = prev[j-lo] + 1
			} else {
				cur[j-lo+1] = max(prev[j-lo+1], cur[j-lo])
			}
		}
		prev, cur = cur, prev
	}
	if shared := prev[hi-lo]; shared < 2 || 2*shared < len(q) {
		return ""
	}
	around := map[string]bool{} // (stemmed only now: few brackets get here)
	for k := lo; k < hi; k++ {
		around[stem(recWord(k))] = true
	}
	put := ""
	inBracket := map[string]bool{}
	for _, t := range q {
		inBracket[stem(t.Norm)] = true
		if put == "" && t.Kind == Editorial && !t.upper && content(t.Norm) && !around[stem(t.Norm)] {
			put = t.Norm
		}
	}
	if put == "" {
		return ""
	}
	for k := r0; k < r1; k++ {
		if w := recWord(k); content(w) && !inBracket[stem(w)] {
			return "“" + put + "” for the record's “" + w + "”"
		}
	}
	return ""
}

// conjunctions open a bracket that adds a clause or an item of its own
// ("[and fire doctors]"); alone, such a word in brackets mends grammar.
var conjunctions = setOfWords(`and or but nor`)
