package quotes

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mixedPeopleArticle is an invented article of n sentences naming people
// from small lists, so that names share given names and surnames ("Ann
// Reed", "Tom Reed", "Reed" alone, "Ann" alone), grow ("Reed", then "Tom
// Reed"), hold two surnames ("Ann Reed Lowell", then "Ann Reed"), or
// no word but a title and an initial ("Gov. X." is "X."), and are
// described by titles that many hold ("the councilman", "the Ohio
// senator", "the doctor" for a surgeon, "his lawyer").
func mixedPeopleArticle(seed uint64, n int) string {
	rng := rand.New(rand.NewPCG(seed, 7))
	given := []string{"Ann", "Tom", "Dan", "Omar", "Lena", "Rosa", "Maria", "Paul"}
	surnames := []string{"Lowell", "Reed", "Kemp", "Haddad", "Ortiz", "Diaz", "Bell", "Nash", "Quin", "Moore"}
	titles := []string{"councilman", "senator", "mayor", "governor", "surgeon", "lawyer", "president", "vice president",
		"former governor", "spokeswoman", "17-year-old", "Ohio senator", "Republican senator", "developer", "Salem dentist"}
	descs := []string{"the councilman", "the senator", "the mayor", "the governor", "the doctor", "the attorney",
		"the president", "the former governor", "the spokeswoman", "the 17-year-old", "the Ohio senator",
		"the GOP senator", "the Russian leader", "his lawyer", "her spokeswoman", "the developer", "the dentist"}
	pick := func(l []string) string { return l[rng.IntN(len(l))] }
	var sb strings.Builder
	for i := range n {
		g, s := pick(given), pick(surnames)
		if rng.IntN(3) == 0 {
			s += pick([]string{"ford", "ton", "ley"})
		}
		switch rng.IntN(9) {
		case 0:
			fmt.Fprintf(&sb, "%s %s, a %s from Salem, said “we will, %d.” ", g, s, pick(titles), i)
		case 1:
			fmt.Fprintf(&sb, "“It is %d,” %s said. ", i, pick(descs))
		case 2:
			fmt.Fprintf(&sb, "%s’s aide disagreed. “Not %d,” %s said. ", s, i, pick([]string{"she", "he", "the aide"}))
		case 3:
			fmt.Fprintf(&sb, "Mayor %s %s met %s. “Yes, %d,” %s said. ", g, s, pick(surnames), i, s)
		case 4:
			fmt.Fprintf(&sb, "%s added that “the vote %d is close.” ", strings.ToUpper(pick(descs)[:1])+pick(descs)[1:], i)
		case 5:
			fmt.Fprintf(&sb, "%s %s, %s’s %s, said “maybe %d.” ", g, s, pick(surnames), pick(titles), i)
		case 6:
			fmt.Fprintf(&sb, "“Never, %d,” said %s. ", i, pick([]string{g, s, g + " " + s, "Ms. " + s}))
		case 7:
			// a name of two surnames, later written with the first only
			fmt.Fprintf(&sb, "%s %s %s spoke. “Again, %d,” said %s %s. ", g, s, pick(surnames), i, g, s)
		default:
			sb.WriteString("\n\n")
		}
		if i == n/2 {
			fmt.Fprintf(&sb, "“Fine, %d,” said Gov. X. ", i)
		}
	}
	return sb.String()
}

// lastMentionSlow is lastMentionOf as first written: every mention of the
// name and every person's first mention.
func lastMentionSlow(a *Article, name string, at int) int {
	best := -1
	for _, m := range a.mentions {
		if m.name == name && m.off < at && m.off > best {
			best = m.off
		}
	}
	for _, p := range a.People {
		if p.Name == name && p.firstMention < at && p.firstMention > best {
			best = p.firstMention
		}
	}
	return best
}

// TestPeopleIndexesMatchEveryPerson: each index gives what reading every
// person gives. peopleSharing holds every person sameName matches with a
// name, or who holds it (a name of no words too), in the order of People,
// where a person whose name grew after another's shared a word of it
// stays before them; lastMentionOf, firstNamed and personWord are their
// plain definitions; and
// latestFitting, reading the mentions back, names whom reading every
// candidate names, where the best fit is near, far or missing.
func TestPeopleIndexesMatchEveryPerson(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		text := mixedPeopleArticle(seed, 300+40*int(seed))
		d, err := NewDoc("a.txt", []byte(text))
		require.NoError(t, err)
		a := ParseArticle(d)
		require.Greater(t, len(a.People), fewPeople, "the indexes are read only past fewPeople")

		names := map[string]bool{}
		for _, m := range a.mentions {
			names[m.name], names[m.written] = true, true
		}
		for _, p := range a.People {
			names[p.Name] = true
		}
		for name := range names {
			var want, got []string
			for _, p := range a.People {
				if a.sameName(p.Name, name) || p.Name == name {
					want = append(want, fmt.Sprint(p.at))
				}
			}
			for _, p := range a.peopleSharing(name) {
				if a.sameName(p.Name, name) || p.Name == name {
					got = append(got, fmt.Sprint(p.at))
				}
			}
			assert.Equal(t, want, got, "peopleSharing(%q)", name)

			var first *Person
			for _, p := range a.People {
				if p.Name == name {
					first = p
					break
				}
			}
			assert.Same(t, first, a.firstNamed(name), "firstNamed(%q)", name)

			for _, f := range strings.Fields(name) {
				for _, s := range []string{f, f + "’s"} {
					w, want := word{s: s, lower: strings.ToLower(s), quote: -1}, false
					for _, p := range a.People {
						want = want || a.mayBePerson(p.Name) && slices.Contains(nameWords(p.Name), strings.ToLower(strings.ReplaceAll(trimPossessive(s), "’", "'")))
					}
					assert.Equal(t, want, a.personWord(w), "personWord(%q)", s)
				}
			}
		}

		rng := rand.New(rand.NewPCG(seed, 1))
		for range 60 {
			at := rng.IntN(len(text) + 1)
			for _, p := range a.People[:min(len(a.People), 40)] {
				require.Equal(t, lastMentionSlow(a, p.Name, at), a.lastMentionOf(p.Name, at), "lastMentionOf(%q, %d)", p.Name, at)
			}
			for _, desc := range []string{"the councilman", "the senator", "the Ohio senator", "the doctor", "the Russian leader", "the 17-year-old"} {
				words := strings.Fields(strings.ToLower(desc))[1:]
				dm := map[string]bool{}
				for _, w := range words {
					dm[w] = true
				}
				leader := words[len(words)-1] == "leader"
				titles, most := describedTitles(dm, words[len(words)-1], leader)
				for _, skip := range []int{0, 2, 7} {
					// fits: the titles desc holds, or its noun's other
					// names, passing over one person in skip (the nearest
					// fit is not always the one)
					fits := func(p *Person) int {
						if skip > 0 && p.at%skip == 0 {
							return 0
						}
						hits := 0
						for _, t := range p.Titles {
							if dm[t] || titles[t] {
								hits++
							}
						}
						return hits
					}
					want, wantOff, wantHits := "", -2, 0
					for _, p := range a.People {
						if !slices.ContainsFunc(p.Titles, func(t string) bool { return titles[t] }) {
							continue
						}
						off := lastMentionSlow(a, p.Name, at)
						if h := fits(p); off >= 0 && h > 0 && (h > wantHits || h == wantHits && off > wantOff) {
							want, wantOff, wantHits = p.Name, off, h
						}
					}
					require.Equal(t, want, a.latestFitting(titles, most, at, fits), "%q at %d, skip %d", desc, at, skip)
				}
			}
		}
	}
}

// TestDescriptionReadsNearestFirst: of an article of hundreds of people
// described alike ("Dan Kemp, a councilman from Salem, said “…”. The
// councilman added …"), "the councilman" is matched against the one
// councilman named last, not against every councilman named before.
func TestDescriptionReadsNearestFirst(t *testing.T) {
	text := manyPeopleArticle(800)
	d, err := NewDoc("a.txt", []byte(text))
	require.NoError(t, err)
	a := ParseArticle(d)
	titles, most := describedTitles(map[string]bool{"councilman": true}, "councilman", false)
	require.Greater(t, len(a.byTitle["councilman"]), 50)
	read := 0
	got := a.latestFitting(titles, most, len(text), func(p *Person) int {
		read++
		return 1
	})
	last := a.People[a.byTitle["councilman"][len(a.byTitle["councilman"])-1]].Name
	assert.Equal(t, last, got)
	assert.Equal(t, 1, read, "people read for “the councilman”")
}

// TestDescribedPersonAsEveryPerson: the speakers of articles naming many
// people, and of the seeds, are those reading every person for each
// description and each name names (readEveryPerson), so that
// describedTitles names every title that makes a description's noun (a
// person noun, a trade given in apposition: "Tom Reed, a Salem
// developer," is "the developer"), and peopleSharing hands over the
// people a name may be in the order of People.
func TestDescribedPersonAsEveryPerson(t *testing.T) {
	texts := []string{manyPeopleArticle(120)}
	for seed := uint64(1); seed <= 4; seed++ {
		texts = append(texts, mixedPeopleArticle(seed, 400))
	}
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(data))
		}
	}
	for k, text := range texts {
		d, err := NewDoc("a.txt", []byte(text))
		require.NoError(t, err)
		got := ParseArticle(d).Quotes
		readEveryPerson = true
		want := ParseArticle(d).Quotes
		readEveryPerson = false
		require.Equal(t, want, got, "text %d", k)
	}
}
