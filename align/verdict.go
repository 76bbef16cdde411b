package align

import (
	"fmt"
	"strings"
)

// Verdict is what a quotation is, measured against the record.
type Verdict uint8

const (
	Verbatim      Verdict = iota // the record's words; only typography differs
	Faithful                     // the record's words with marked editorial changes
	Altered                      // mostly the record's words, with unmarked changes
	Paraphrased                  // a passage of the record, substantially reworded
	Fabricated                   // the speaker speaks in the record, but never this
	Misattributed                // said in the record, by somebody else
	Unverifiable                 // nobody in the record said it, and the speaker is not in it
	Skipped                      // not a quotation to check: a term, a title, a scare quote
)

var verdictNames = [...]string{"verbatim", "faithful", "altered", "paraphrased", "fabricated", "misattributed", "unverifiable", "skipped"}

// Verdicts lists every verdict in order of severity of the gate's concern.
func Verdicts() []Verdict {
	return []Verdict{Verbatim, Faithful, Altered, Paraphrased, Fabricated, Misattributed, Unverifiable, Skipped}
}

func (v Verdict) String() string {
	if int(v) < len(verdictNames) {
		return verdictNames[v]
	}
	return fmt.Sprintf("verdict(%d)", v)
}

// MarshalText gives the verdict's word, so JSON, flags and configuration use
// the same words.
func (v Verdict) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// UnmarshalText reads a verdict's word.
func (v *Verdict) UnmarshalText(b []byte) error {
	p, err := ParseVerdict(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// ParseVerdict reads a verdict's word, case-insensitively.
func ParseVerdict(s string) (Verdict, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	for i, n := range verdictNames {
		if n == s {
			return Verdict(i), nil
		}
	}
	return 0, fmt.Errorf("unknown verdict %q (valid: %s)", s, strings.Join(verdictNames[:], ", "))
}

// ParseVerdicts reads a comma-separated list of verdicts.
func ParseVerdicts(s string) ([]Verdict, error) {
	var out []Verdict
	for _, f := range strings.Split(s, ",") {
		if strings.TrimSpace(f) == "" {
			continue
		}
		v, err := ParseVerdict(f)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// DefaultFailing are the verdicts that fail the gate unless told otherwise.
func DefaultFailing() []Verdict { return []Verdict{Altered, Paraphrased, Fabricated, Misattributed} }

// Describe is the verdict in plain words, for people.
func (v Verdict) Describe() string {
	switch v {
	case Verbatim:
		return "the record's words"
	case Faithful:
		return "the record's words, with marked editorial changes"
	case Altered:
		return "words changed without marking"
	case Paraphrased:
		return "a reworded passage of the record presented as a quotation"
	case Fabricated:
		return "not found in the record; it may come from another event"
	case Misattributed:
		return "said in the record by somebody else"
	case Unverifiable:
		return "the speaker is not in the record and nobody in it said this"
	case Skipped:
		return "not checked"
	}
	return v.String()
}
