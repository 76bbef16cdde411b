package quotes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A hearing's transcript writes more than a name before the colon: the
// member's party and state ("SEN. ANN LOWELL (D-SALEM):"), a witness's
// post ("DR. OMAR HADDAD, DIRECTOR, HARBOR CITY INSTITUTE:"); and it
// labels a voice it cannot name ("(UNKNOWN):", "UNIDENTIFIED MALE:", a
// line "(CROSSTALK)"). The name before the parenthesis or the comma is
// the label; an unnamed voice is a turn of its own with no speaker, so
// that its words are never the previous speaker's.

// hearingRE matches a label of capitals with a parenthesis ("(D-SALEM)",
// "(voice-over)") or a comma and a post in capitals after it, before the
// colon: the label is the name, group 1.
var hearingRE = regexp.MustCompile(`^[\p{Zs}\t\x{FEFF}]*([A-Z][A-Z.'’\-]*(?:[ \t]+[A-Z][A-Z.'’\-]*){0,5})` +
	`(?:[ \t]*\([^():\n]{1,40}\)|,[ \t]*[A-Z][^a-z:\n]{0,80}?)[ \t]*:(?:[\p{Zs}\t]|$)`)

// unnamedRE matches a label in parentheses at a line's start, "(UNKNOWN):",
// or a line that opens on "(CROSSTALK)", with or without a colon: group 1
// is the words inside, group 2 the colon.
var unnamedRE = regexp.MustCompile(`^[\p{Zs}\t\x{FEFF}]*\(([A-Z][A-Z .'’\-]*)\)[ \t]*(:?)(?:[\p{Zs}\t]|$)`)

// hearingLabel matches the label of a hearing's line that labelRE does
// not ("SEN. ANN LOWELL (D-SALEM):", "(UNKNOWN):", "(CROSSTALK)"), as
// matchLabel does: the whole label with its space, then the label; unnamed
// tells a voice no one names. Most lines are speech: a line is looked at
// only when it opens on a parenthesis, or on capitals up to a parenthesis
// or a comma and then a colon.
func hearingLabel(line string) (m []int, unnamed bool) {
	i := 0
	for i < len(line) { // the leading space hearingRE and unnamedRE pass
		r, size := utf8.DecodeRuneInString(line[i:])
		if r != '\t' && r != '\uFEFF' && !unicode.Is(unicode.Zs, r) {
			break
		}
		i += size
	}
	if i >= len(line) {
		return nil, false
	}
	switch c := line[i]; {
	case c == '(':
		m := unnamedRE.FindStringSubmatchIndex(line)
		if m == nil {
			return nil, false
		}
		words := line[m[2]:m[3]]
		if m[4] == m[5] && !unnamedVoice(words) {
			return nil, false // "(LAUGHTER)": a stage direction within the turn
		}
		return []int{m[0], m[1], m[2], m[3]}, true
	case c >= 'A' && c <= 'Z':
		// capitals, periods, apostrophes, hyphens and spaces up to a
		// parenthesis or a comma
		j := i
		for j < len(line) {
			if c := line[j]; c >= 'A' && c <= 'Z' || c == '.' || c == '\'' || c == '-' || c == ' ' || c == '\t' {
				j++
			} else if strings.HasPrefix(line[j:], "’") {
				j += len("’")
			} else {
				break
			}
		}
		if j == len(line) || line[j] != '(' && line[j] != ',' || strings.IndexByte(line[j:], ':') < 0 {
			return nil, false
		}
		m := hearingRE.FindStringSubmatchIndex(line)
		if m == nil {
			return nil, false
		}
		if rest := strings.TrimLeft(line[m[3]:], " \t"); rest[0] == ',' && !postedName(line[m[2]:m[3]], rest[1:]) {
			return nil, false // "THANK YOU, HARBOR CITY: WE WILL…": speech in capitals
		}
		return m[:4], false
	}
	return nil, false
}

// postedName tells whether the words before a comma and a post in
// capitals name a person: two words or more after a title or opening on
// a given name ("DR. OMAR HADDAD, DIRECTOR, …", "ANN LOWELL, MAYOR OF
// SALEM:"), or any name before an office ("LOWELL, DIRECTOR:"). A line of
// speech in capitals ("THANK YOU, HARBOR CITY: WE WILL…", "NO, NO, NO:
// …", "YES, SIR: …") names no one.
func postedName(name, post string) bool {
	words := strings.Fields(name)
	if len(words) >= 2 && (labelTitle(words[0]) && !strings.EqualFold(words[0], "the") || isGivenName(words[0])) {
		return true
	}
	first := strings.Fields(post)
	if len(first) == 0 {
		return false
	}
	w := strings.ToLower(strings.TrimRight(first[0], ",:"))
	return labelTitle(w) && !honorifics[w] && !honorifics[w+"."] && w != "the" && w != "of" && w != "for"
}

// unnamedVoice tells whether a label names a voice the record cannot
// name: "UNIDENTIFIED MALE", "UNKNOWN SPEAKER", "CROSSTALK", "MULTIPLE
// SPEAKERS".
func unnamedVoice(label string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(label), " ")
	switch strings.ToUpper(first) {
	case "UNIDENTIFIED", "UNKNOWN", "UNIDENTIFIABLE", "CROSSTALK", "CROSS-TALK", "MULTIPLE", "SEVERAL", "VOICES":
		return true
	}
	return false
}

// hearingHeading tells whether a label heads a part of a hearing's record
// rather than speech: "CHAIRED BY:", "WITNESSES:", "PANEL I:", "ALSO
// PRESENT:". Its line ends the turn before it.
func hearingHeading(label string) bool {
	if hearingHeadings[label] {
		return true
	}
	first, rest, two := strings.Cut(label, " ")
	if !two {
		return false
	}
	last := label[strings.LastIndexAny(label, " \t")+1:]
	switch {
	case last == "BY" && first != "BY":
		return true // "CHAIRED BY", "REPORTED BY"
	case last == "PRESENT":
		return true // "MEMBERS PRESENT", "ALSO PRESENT"
	case first == "PANEL" || first == "PART" || first == "SESSION":
		return numeral(strings.TrimSpace(rest)) // "PANEL II"
	}
	return false
}

var hearingHeadings = setOf(`WITNESSES PANEL PANELISTS APPEARANCES PRESENT PRESIDING HEARING ` +
	`INDEX EXHIBITS SPEAKERS GUESTS`)

// numeral tells whether w is a number in figures or roman numerals ("2",
// "II", "IV.").
func numeral(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" {
		return false
	}
	return strings.Trim(w, "0123456789") == "" || strings.Trim(w, "IVXL") == ""
}

// intervieweeRE finds where a header names the person an interview is
// with: "Interview with Mayor Ann Lowell of Salem", "An interview with Ann
// Lowell", "Q&A with Ann Lowell"; group 1 is what follows.
var intervieweeRE = regexp.MustCompile(`(?i)\b(?:interview(?:ed|s)?|q\s*&\s*a|conversation)\s+(?:with|of)\s+(.+)`)

// interviewee is the one person the header says an interview is with, and
// the title before the name: "Ann Lowell", "Mayor" for "Interview with
// Mayor Ann Lowell of Salem". "" when it names no one, an organisation
// ("with the Harbor City Times", "with Harbor City News"), two people
// ("with Ann Lowell and Dan Kemp"), or two lines name different people.
func interviewee(header []string) (name, title string) {
	for _, line := range header {
		m := intervieweeRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		words := strings.Fields(m[1])
		if len(words) > 0 && strings.EqualFold(words[0], "the") {
			continue // "interview with the Harbor City Times": no person
		}
		var titles []string
		for len(words) > 0 && labelTitle(strings.TrimRight(words[0], ",;:")) {
			if !strings.EqualFold(words[0], "the") {
				titles = append(titles, titleCase(strings.TrimRight(words[0], ",;:")))
			}
			words = words[1:]
		}
		n := nameRun(words)
		if n == "" || orgName(n) {
			continue
		}
		if rest := words[len(strings.Fields(n)):]; len(rest) >= 2 && (strings.EqualFold(rest[0], "and") || rest[0] == "&") && nameWord(rest[1]) {
			return "", "" // "with Ann Lowell and Dan Kemp": two people
		}
		n = readable(n)
		if name != "" && name != n {
			return "", ""
		}
		name, title = n, strings.Join(titles, " ")
	}
	return name, title
}

// nameAnswers gives the "A:" turns of an interview (the speaker keyed "A"
// or "ANSWER") to the one person the header says the interview is with:
// the speaker is keyed by the family name and bears the name, so that an
// article's "Lowell said" is theirs. A record where that family name
// speaks under its own label as well is left as it is.
func nameAnswers(tr *Transcript, header []string) {
	for _, sp := range tr.Speakers {
		if sp.Role == RolePerson && sp.Name == "" && (sp.ID == "A" || sp.ID == "ANSWER") {
			if name, title := interviewee(header); name != "" {
				giveName(tr, sp, name, title)
			}
			return
		}
	}
}

// nameJudge gives "THE COURT:" the judge the header names (judgeName),
// with the title Judge: an article's "Haddad said" of the court's words is
// theirs.
func nameJudge(tr *Transcript, header []string) {
	for _, sp := range tr.Speakers {
		if sp.Role == RolePerson && sp.Label == "THE COURT" && sp.Name == "" {
			if name := judgeName(header); name != "" {
				giveName(tr, sp, name, "Judge")
			}
			return
		}
	}
}
