package quotes

import (
	"slices"
	"sort"
	"strings"
)

// The people an article names are filed four ways, so that a description
// or a name is matched against the few people it may mean, not all of
// them: an article naming thousands of people ("Dan Kemp, a councilman
// from Salem, said “…”. The councilman added …", a thousand times over)
// made describedPerson read every person for each description, and
// lastMentionOf every person for each of those, and grew with the cube of
// the people.
//
//   - byWord, byLast: by the words of their names and by the last of
//     them (peopleSharing: the people sameName may match with a name);
//   - byName: by their name whole (lastMentionOf: a person's first mention
//     counts as a mention of their name);
//   - byTitle: by their titles (describedTitles: "the councilman" is only
//     ever someone titled councilman);
//   - firsts: in order of first mention, which with the mentions in order
//     of offset reads the people back from a place, latest mentioned first
//     (latestFitting).

// noteFirstMention files p, just added to People, in firsts.
func (a *Article) noteFirstMention(p *Person) {
	k := sort.Search(len(a.firsts), func(k int) bool { return a.People[a.firsts[k]].firstMention > p.firstMention })
	a.firsts = slices.Insert(a.firsts, k, p.at)
}

// describedTitles is the titles that make someone a candidate for a
// description (describedPerson's nounHit): a word of desc that is a person
// noun or an age ("the councilman", "the 17-year-old") or the head
// word ("the developer": a trade given in apposition), a role another
// name of which desc holds ("the doctor": a surgeon), or, for "the …
// leader" of a state, a head of state's title. most is the most titles of
// anyone that may count as hits: desc's words, those roles and those heads
// of state.
func describedTitles(desc map[string]bool, head string, stateLeader bool) (nouns map[string]bool, most int) {
	nouns = map[string]bool{}
	counted := map[string]bool{}
	add := func(t string, noun bool) {
		counted[t] = true
		if noun {
			nouns[t] = true
		}
	}
	for w := range desc {
		add(w, nounTitle(w) || w == head)
	}
	for t, others := range sameRole {
		if slices.ContainsFunc(others, func(w string) bool { return desc[w] }) {
			add(t, nounTitle(t) || t == head)
		}
	}
	if stateLeader {
		for t := range headOfState {
			add(t, true)
		}
	}
	return nouns, len(counted)
}

// nounTitle tells whether a title stands for a person, as the noun heading
// a description must: "councilman", "surgeon", "17-year-old".
func nounTitle(t string) bool {
	return personNouns[t] || strings.HasSuffix(t, "-year-old") || t == "teen" || t == "teenager"
}

// readEveryPerson makes latestFitting read every person, candidate or
// not, with their latest mention, as describedPerson did before the
// indexes, and peopleSharing hand over every person: the tests'
// brute-force twin, which must name the same.
var readEveryPerson = false

// fewCandidates is how many candidates latestFitting reads whole, each
// with its latest mention, rather than reading the mentions back.
const fewCandidates = 16

// latestFitting is the name of the person holding one of titles (see
// describedTitles) whom fits gives the most hits (0: they do not fit), of
// those the latest mentioned before at, of those the first in People; or
// "". most is the most hits fits may give.
//
// Of few candidates (byTitle), each is read with their latest mention. Of
// many, the mentions and first mentions are read back from at, so that
// those met first are the latest mentioned, until one fits with most hits
// (no one met further back may do better): "the councilman" in an article
// of a thousand councilmen reads back to the nearest, not through the
// thousand. A read back that passes many mentions (no one fits, or the
// one who does was named long before) stops and reads the candidates
// whole instead, so that the cost is bounded by theirs either way.
func (a *Article) latestFitting(titles map[string]bool, most, at int, fits func(*Person) int) string {
	best, bestOff, bestHits := "", -2, 0
	try := func(i, off int) {
		if off < 0 {
			// a person the article names only further on is no one a
			// description refers back to
			return
		}
		p := a.People[i]
		if hits := fits(p); hits > 0 && (hits > bestHits || hits == bestHits && off > bestOff) {
			best, bestOff, bestHits = p.Name, off, hits
		}
	}
	many := 0
	for t := range titles {
		many += len(a.byTitle[t])
	}
	whole := func() string {
		var cands []int
		for t := range titles {
			cands = append(cands, a.byTitle[t]...)
		}
		slices.Sort(cands)
		for _, i := range slices.Compact(cands) {
			try(i, a.lastMentionOf(a.People[i].Name, at))
		}
		return best
	}
	if readEveryPerson {
		for i, p := range a.People {
			try(i, a.lastMentionOf(p.Name, at))
		}
		return best
	}
	if many <= fewCandidates {
		return whole()
	}
	mi := sort.Search(len(a.mentions), func(k int) bool { return a.mentions[k].off >= at })
	fi := sort.Search(len(a.firsts), func(k int) bool { return a.People[a.firsts[k]].firstMention >= at })
	seen := map[string]bool{}
	var group []int
	meet := func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		for _, i := range a.byName[name] {
			if p := a.People[i]; p.Name == name && slices.ContainsFunc(p.Titles, func(t string) bool { return titles[t] }) {
				group = append(group, i)
			}
		}
	}
	for budget := 4*many + 64; (mi > 0 || fi > 0) && bestHits < most; {
		if budget <= 0 {
			best, bestOff, bestHits = "", -2, 0
			return whole()
		}
		// the latest offset left, and the names mentioned there (the
		// latest mention of each name first met here)
		off := -1
		if mi > 0 {
			off = a.mentions[mi-1].off
		}
		if fi > 0 {
			off = max(off, a.People[a.firsts[fi-1]].firstMention)
		}
		group = group[:0]
		for ; mi > 0 && a.mentions[mi-1].off == off; mi-- {
			meet(a.mentions[mi-1].name)
			budget--
		}
		for ; fi > 0 && a.People[a.firsts[fi-1]].firstMention == off; fi-- {
			meet(a.People[a.firsts[fi-1]].Name)
			budget--
		}
		slices.Sort(group)
		for _, i := range slices.Compact(group) {
			try(i, off)
		}
	}
	return best
}

// firstNamed is the first person of People whose name is name, or nil.
func (a *Article) firstNamed(name string) *Person {
	var first *Person
	for _, i := range a.byName[name] {
		if p := a.People[i]; p.Name == name && (first == nil || i < first.at) {
			first = p
		}
	}
	return first
}
