package align

import (
	"math"
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
)

// Record is everything the speakers said, in every transcript given,
// tokenized once and indexed for search.
type Record struct {
	Transcripts []*quotes.Transcript
	turns       []recTurn
	speakers    []*speakerInfo // in order of first turn
	byID        map[string]*speakerInfo
	df          map[string]int // paragraphs holding each stem
	docs        int
	index       *index
}

type recTurn struct {
	tr      int // transcript index
	turn    quotes.Turn
	speaker *speakerInfo
	toks    []Token
	base    int // position of toks[0] in the record's token stream
}

type speakerInfo struct {
	ID       string
	Display  string
	Surname  string
	Role     quotes.SpeakerRole
	Name     string
	Aliases  []string
	speakers []*quotes.Speaker
}

// NewRecord tokenizes and indexes the transcripts. Speakers with the same
// key in several transcripts are one person.
func NewRecord(trs ...*quotes.Transcript) *Record {
	r := &Record{Transcripts: trs, byID: map[string]*speakerInfo{}, df: map[string]int{}}
	pos := 0
	for ti, tr := range trs {
		for _, t := range tr.Turns {
			sp := r.byID[t.Speaker.ID]
			if sp == nil {
				sp = &speakerInfo{ID: t.Speaker.ID, Role: t.Speaker.Role}
				r.byID[sp.ID] = sp
				r.speakers = append(r.speakers, sp)
			}
			if !containsSpeaker(sp.speakers, t.Speaker) {
				sp.speakers = append(sp.speakers, t.Speaker)
				if len(t.Speaker.Name) > len(sp.Name) {
					sp.Name = t.Speaker.Name
				}
				sp.Aliases = append(sp.Aliases, t.Speaker.Aliases...)
			}
			text := tr.Text(t)
			toks := Tokenize(text, t.Start, false)
			r.turns = append(r.turns, recTurn{tr: ti, turn: t, speaker: sp, toks: toks, base: pos})
			pos += len(toks)
			// document frequency over paragraphs of speech
			for _, para := range strings.Split(text, "\n\n") {
				seen := map[string]bool{}
				for _, tk := range Tokenize(para, 0, false) {
					if !seen[tk.Stem] {
						seen[tk.Stem] = true
						r.df[tk.Stem]++
					}
				}
				if len(seen) > 0 {
					r.docs++
				}
			}
		}
	}
	for _, sp := range r.speakers {
		sp.Display = sp.speakers[0].Display()
		if sp.Name != "" {
			sp.Display = sp.Name
		}
		sp.Surname = sp.speakers[0].Surname()
	}
	r.index = buildIndex(r)
	return r
}

func containsSpeaker(list []*quotes.Speaker, s *quotes.Speaker) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Speakers returns the keys of the record's speakers in order of first turn.
func (r *Record) Speakers() []string {
	out := make([]string, len(r.speakers))
	for i, s := range r.speakers {
		out[i] = s.ID
	}
	return out
}

// Surnames returns the record's speakers' family names, lower case, as hints
// for reading articles.
func (r *Record) Surnames() []string {
	var out []string
	for _, s := range r.speakers {
		if s.Role == quotes.RolePerson {
			out = append(out, strings.ToLower(s.ID))
		}
	}
	return out
}

// ResolveSpeaker maps a person an article names (the resolved name, and the
// words it used) to a speaker of the record: by name (surname and
// compatible given names, either order), else by title for a description
// ("the Secretary"). It returns "" when the person does not speak in the
// record.
func (r *Record) ResolveSpeaker(name, asWritten string) string {
	for _, cand := range []string{name, asWritten} {
		if cand == "" {
			continue
		}
		for _, sp := range r.speakers {
			if sp.Role != quotes.RolePerson {
				continue
			}
			full := sp.Name
			if full == "" {
				full = sp.Surname
			}
			if quotes.SameName(cand, full) || quotes.SameName(cand, sp.Surname) && len(strings.Fields(cand)) == 1 {
				return sp.ID
			}
			if sp.Name != "" && quotes.SameName(cand, sp.Surname) && sameSurname(cand, sp.Surname) {
				return sp.ID
			}
		}
	}
	// descriptions by alias: "the Secretary", "the Ambassador"
	low := strings.ToLower(strings.TrimSpace(asWritten))
	var found []string
	for _, sp := range r.speakers {
		for _, a := range sp.Aliases {
			if a == low && strings.HasPrefix(a, "the ") {
				found = append(found, sp.ID)
				break
			}
		}
	}
	if len(found) == 1 {
		return found[0]
	}
	return ""
}

// sameSurname: the name's last word (or first, for family-name-first
// names) is the surname.
func sameSurname(name, surname string) bool {
	w := strings.Fields(strings.ToLower(name))
	s := strings.ToLower(surname)
	return len(w) > 0 && (w[len(w)-1] == s || w[0] == s)
}

// weight is the inverse document frequency of a stem over the record's
// paragraphs: rare words tell passages apart, common ones barely do. Stop
// words weigh a tenth.
func (r *Record) weight(stem, norm string) float64 {
	// a word the record never has weighs as one it has once: its absence
	// says the quote is reworded, not by how much
	w := math.Log(float64(r.docs+1) / (float64(max(r.df[stem], 1)) + 0.5))
	if w < 0.1 {
		w = 0.1
	}
	if stopwords[norm] {
		w *= 0.1
	}
	return w
}
