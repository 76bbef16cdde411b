package quotes

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A court's transcript of testimony labels a question "Q." and an answer
// "A.", often after the page's line numbers:
//
//	ANN LOWELL, having been duly sworn, testified as follows:
//	DIRECT EXAMINATION
//	BY MR. KEMP:
//	 4   Q.  Where were you that night?
//	 5   A.  At the port.
//	 6           THE COURT:  Speak up, please.
//
// "BY MR. KEMP:" names the lawyer who asks the Q. lines; the A. lines
// and "THE WITNESS:" are the witness's, whom the line that swears them in
// names ("ANN LOWELL, having been duly sworn" or "DIRECT EXAMINATION OF
// ANN LOWELL"), until another is sworn; "THE WITNESS" when none is named.
// "THE COURT:" is the judge (see judgeName). The line numbers are no
// speech: they are blanked.

// courtQARE matches a question's or an answer's mark, "Q." or "A.", then
// a space or the line's end, or the letter alone before a wide space (two
// spaces or a tab) and words, as some courts write it ("A    I never saw
// his face."; "A man came in" is no answer); a line number before it is
// blanked first.
var courtQARE = regexp.MustCompile(`^[ \t]*([QA])(?:\.(?:[ \t]+|$)|(?:  |\t)[ \t]*)`)

// lineNumber is the length of a transcript page's line number at a line's
// start, with the space before it: one or two figures, then a space or
// the line's end ("12   Q.  Where …"); 0 when the line opens on none.
func lineNumber(line string) int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	j := i
	for j < len(line) && j-i < 3 && line[j] >= '0' && line[j] <= '9' {
		j++
	}
	if j == i || j-i > 2 || j < len(line) && line[j] != ' ' && line[j] != '\t' {
		return 0
	}
	return j
}

// courtMark is 'Q' or 'A' for a line that opens on a question's or an
// answer's mark (courtQARE), 0 for another.
func courtMark(line string) byte {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i+1 >= len(line) || line[i] != 'Q' && line[i] != 'A' {
		return 0
	}
	if line[i+1] != '.' {
		// the letter alone: a wide space, then words
		if line[i+1] != '\t' && !strings.HasPrefix(line[i+1:], "  ") || strings.TrimSpace(line[i+1:]) == "" {
			return 0
		}
		return line[i]
	}
	if i+2 < len(line) && line[i+2] != ' ' && line[i+2] != '\t' {
		return 0
	}
	return line[i]
}

// qaMark is courtMark of line, prev the line before it, save that an "A"
// without its period right under a line that breaks off mid-sentence goes
// on that line's sentence, a line of speech set with wide spaces, no
// answer: "And let me say," then "A    few more people came…".
func qaMark(line, prev string) byte {
	m := courtMark(line)
	if m != 'A' || strings.TrimLeft(line, " \t")[1] == '.' {
		return m
	}
	t := strings.TrimRightFunc(prev, unicode.IsSpace)
	if r, _ := utf8.DecodeLastRuneInString(t); t != "" && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' || r == ';') {
		return 0
	}
	return m
}

// mayBeOath tells whether a line may swear a witness in (swornRE, oathRE).
func mayBeOath(line string) bool {
	return strings.Contains(line, "worn") || strings.Contains(line, "WORN") ||
		strings.Contains(line, "ffirmed") || strings.Contains(line, "FFIRMED")
}

// swornRE matches the line that swears a witness in: "ANN LOWELL, having
// been duly sworn, testified as follows:", "Whereupon, DR. OMAR HADDAD,
// called as a witness, being first duly sworn, …"; group 1 is the name.
// oathRE is the oath alone, on the line after the name's.
var (
	swornRE = regexp.MustCompile(`^[ \t]*(?:(?i:whereupon),?[ \t]*)?([A-Z][A-Za-z.'’\-]*(?:[ \t]+[A-Z][A-Za-z.'’\-]*){0,4}),[ \t]+` + oath)
	oathRE  = regexp.MustCompile(`^[ \t]*` + oath)
)

// oathOf is re's submatches (swornRE, oathRE) in line when it swears a
// witness in, nil when it does not: an office's swearing-in ("Ann Lowell,
// who was sworn in on Tuesday, spoke at City Hall") is no oath of a
// witness, unless the line goes on to their testimony ("sworn in,
// testified as follows:").
func oathOf(re *regexp.Regexp, line string) []string {
	m := re.FindStringSubmatchIndex(line)
	if m == nil {
		return nil
	}
	rest := line[m[1]:]
	if after := strings.Fields(rest); len(after) > 0 && strings.EqualFold(strings.TrimRight(after[0], ".,;:"), "in") {
		low := strings.ToLower(rest)
		if !strings.Contains(low, "testif") && !strings.Contains(low, "witness") && !strings.Contains(low, "examin") {
			return nil
		}
	}
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = line[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

const oath = `(?:[^:,]{0,80},[ \t]*)?(?i:having\s+been|being|who\s+was|was)\s+(?i:first\s+)?(?i:duly\s+)?(?i:sworn|affirmed)\b`

// examinationRE matches an examination's heading: "DIRECT EXAMINATION",
// "CROSS-EXAMINATION OF ANN LOWELL", "FURTHER REDIRECT EXAMINATION BY
// MR. KEMP"; group 1 is the witness, group 2 the lawyer.
var examinationRE = regexp.MustCompile(`^[ \t]*(?:[A-Z]+[ \t]*-?[ \t]*){0,2}EXAMINATION(?:[ \t]+OF[ \t]+([A-Z][A-Z.'’\- ]*?))?(?:[ \t]+BY[ \t]+([A-Z][A-Z.'’\- ]*?))?[ \t]*(?:\([A-Za-z ]*\))?[ \t]*:?[ \t]*$`)

// court is what a court's transcript has said so far about who speaks:
// the witness being examined and the lawyer examining them. A record of
// "Q." and "A." lines with no sign of a court (a newspaper's interview)
// is read with qa alone: "Q." is the press and "A." the speaker "A", as
// "Q:" and "A:" are.
type court struct {
	sps      *remarksSpeakers
	qa       bool // the record has "Q." and "A." lines
	on       bool // it is a court's: an oath, an examination, "THE COURT:", line numbers
	witness  *Speaker
	examiner *Speaker
}

// readCourt tells whether a record has "Q." and "A." lines and whether it
// is a court's transcript of testimony (it swears a witness in, heads an
// examination, has "THE COURT:" or "THE WITNESS:", or most of its lines
// open on a line number), and, for line numbers, gives its text with the
// numbers blanked to spaces ("" otherwise).
func readCourt(doc *Doc, sps *remarksSpeakers) (c *court, speech string) {
	c = &court{sps: sps}
	q, a, numbered, lines := 0, 0, 0, 0
	prev := ""
	for n := 1; n <= doc.Lines(); n++ {
		line := doc.LineText(n)
		if strings.TrimSpace(line) == "" {
			prev = ""
			continue
		}
		lines++
		if m := lineNumber(line); m > 0 {
			numbered++
			line = line[m:]
		}
		mark := qaMark(line, prev)
		prev = line
		switch m := mark; {
		case m == 'Q':
			q++
		case m == 'A':
			a++
		case mayBeOath(line) && oathOf(swornRE, line) != nil,
			strings.Contains(line, "EXAMINATION") && examinationRE.MatchString(line),
			strings.Contains(line, "THE COURT:"), strings.Contains(line, "THE WITNESS:"):
			c.on = true
		}
	}
	c.qa = q > 0 && a > 0
	if c.qa && 2*numbered >= lines {
		c.on = true
	}
	if !c.on || 2*numbered < lines {
		return c, ""
	}
	b := []byte(doc.Text)
	for n := 1; n <= doc.Lines(); n++ {
		start := doc.lines[n-1]
		if m := lineNumber(doc.LineText(n)); m > 0 {
			for i := start; i < start+m; i++ {
				if b[i] != '\t' {
					b[i] = ' '
				}
			}
		}
	}
	return c, string(b)
}

// courtLines counts the "Q." and "A." lines of a court's transcript among
// doc's first lines, for DetectFormat: 0 unless both are there.
func courtLines(doc *Doc) int {
	q, a := 0, 0
	prev := ""
	for n := 1; n <= doc.Lines() && n <= 2000; n++ {
		line := doc.LineText(n)
		if m := lineNumber(line); m > 0 {
			line = line[m:]
		}
		m := qaMark(line, prev)
		prev = line
		if m != 0 {
			if m == 'Q' {
				q++
			} else {
				a++
			}
		}
	}
	if q == 0 || a == 0 {
		return 0
	}
	return q + a
}

// heading reads a line that swears a witness in or heads an examination:
// it names the witness or the lawyer, and is no speech. The name may stand
// on a line of its own before the oath ("ANN LOWELL," then "having been
// duly sworn, …"), which next, the following line, tells.
func (c *court) heading(line, next string) bool {
	if !c.on {
		return false
	}
	if !mayBeOath(line) && !mayBeOath(next) && !strings.Contains(line, "EXAMINATION") {
		return false // most lines
	}
	m := oathOf(swornRE, line)
	if m == nil && strings.HasSuffix(strings.TrimSpace(line), ",") && oathOf(oathRE, next) != nil {
		m = oathOf(swornRE, strings.TrimSpace(line)+" "+strings.TrimSpace(next))
	}
	if m != nil {
		c.witness = c.sps.get(strings.ToUpper(m[1]), true)
		c.examiner = nil
		return true
	}
	if oathOf(oathRE, line) != nil {
		return true // "having been duly sworn, testified as follows:" after the name's line
	}
	m = examinationRE.FindStringSubmatch(line)
	if m == nil {
		return false
	}
	if m[1] != "" {
		c.witness = c.sps.get(strings.TrimSpace(m[1]), true)
	}
	if m[2] != "" {
		c.examiner = c.sps.get(strings.TrimSpace(m[2]), false)
	}
	return true
}

// speaker is the speaker of a label in a court's transcript ("Q", "A",
// "THE WITNESS"), or nil for a label that is no one of these.
func (c *court) speaker(label string) *Speaker {
	if !c.on {
		return nil
	}
	switch label {
	case "Q":
		if c.examiner == nil {
			c.examiner = c.sps.get("COUNSEL", false)
		}
		return c.examiner
	case "A", "THE WITNESS":
		if c.witness == nil {
			c.witness = c.sps.get("THE WITNESS", false)
		}
		return c.witness
	}
	return nil
}

// judgeName is the judge a court transcript's header names, for "THE
// COURT:": after "Judge" or "Honorable" ("BEFORE THE HONORABLE OMAR
// HADDAD", "Judge Omar Haddad") or before "Judge" after a comma ("OMAR
// HADDAD, JUDGE"). "" when it names no judge, or two.
func judgeName(header []string) string {
	found := ""
	for _, line := range header {
		words := strings.Fields(line)
		for i, w := range words {
			switch strings.ToLower(strings.Trim(w, ".,:;")) {
			case "judge", "honorable", "hon", "justice":
			default:
				continue
			}
			rest := words[i+1:]
			for len(rest) > 0 && labelTitle(strings.TrimRight(rest[0], ",;:")) {
				rest = rest[1:] // "Honorable Judge Omar Haddad"
			}
			name := nameRun(rest)
			if name == "" && i > 0 && strings.HasSuffix(words[i-1], ",") {
				// "OMAR HADDAD, JUDGE"
				k := i - 1
				before := []string{strings.TrimSuffix(words[k], ",")}
				for k--; k >= 0 && len(before) < 3 && nameWord(words[k]); k-- {
					before = append([]string{words[k]}, before...)
				}
				if nameWord(before[0]) {
					name = strings.Join(before, " ")
				}
			}
			switch {
			case name == "":
			case found == "" || strings.HasSuffix(name, " "+found):
				found = name
			case !strings.HasSuffix(found, " "+name) && found != name:
				return "" // two judges
			}
		}
	}
	return readable(found)
}

// giveName makes sp the person name, keyed by the family name, when no
// other speaker has that key: an interview's "A" or a court's "THE
// COURT" whom the header names.
func giveName(tr *Transcript, sp *Speaker, name, title string) {
	words := strings.Fields(name)
	if len(words) == 0 {
		return
	}
	id := strings.ToUpper(strings.Trim(words[familyWord(words)], ".,")) // "Tom Reed Jr.": REED
	for _, other := range tr.Speakers {
		if other.ID == id && other != sp {
			return
		}
	}
	sp.ID, sp.Name, sp.Title = id, name, title
}

// captionMarks are the words that set a case's parties apart in its
// caption: "STATE OF SALEM v. TOM REED".
var captionMarks = setOf(`v. vs. vs versus`)

// captionRoles are the words a caption gives a party's role with, and the
// words that tell a header is a court's.
var captionRoles = setOf(`court plaintiff plaintiffs defendant defendants petitioner petitioners ` +
	`respondent respondents appellant appellants appellee appellees`)

// withoutCaption is a court transcript's header with the lines of its
// case caption blank: a party the caption names ("STATE OF SALEM v. TOM
// REED") is no speaker's full name, so a lawyer labelled "MR. REED:" is
// not Tom Reed; a party who is sworn ("TOM REED, having been duly sworn")
// or labelled by full name is named by that line. The caption is the line
// that holds "v.", "vs." or "versus" between words; a mark on a line of
// its own ("vs.") takes the lines written next to it, up to a blank line
// and four lines each way, or else the nearest line of words each way:
//
//	STATE OF SALEM,       )
//	      Plaintiff,      )
//	vs.                   )
//	TOM REED,             )
//	      Defendant.      )
//
// A header that names no court and no party's role (a debate's "Tom Reed
// vs. Ann Lowell") is left as it is.
func withoutCaption(header []string) []string {
	court := false
	for _, line := range header {
		for _, w := range strings.Fields(line) {
			if captionRoles[strings.ToLower(strings.Trim(w, ".,:;()"))] {
				court = true
			}
		}
	}
	if !court {
		return header
	}
	var out []string
	blank := func(i int) {
		if out == nil {
			out = slices.Clone(header)
		}
		out[i] = ""
	}
	letters := func(line string) bool { return strings.IndexFunc(line, unicode.IsLetter) >= 0 }
	for i, line := range header {
		words := strings.Fields(line)
		k := slices.IndexFunc(words, func(w string) bool { return captionMarks[strings.ToLower(w)] })
		if k < 0 {
			continue
		}
		blank(i)
		alone := true // the mark is the line's only word
		for j, w := range words {
			if j != k && letters(w) {
				alone = false
			}
		}
		if !alone {
			continue
		}
		for _, step := range []int{-1, 1} {
			j := i + step
			for n := 0; n < 4 && j >= 0 && j < len(header) && strings.TrimSpace(header[j]) != ""; n++ {
				blank(j)
				j += step
			}
			if j == i+step { // a blank line next to it: the nearest line of words
				for j >= 0 && j < len(header) && !letters(header[j]) {
					j += step
				}
				if j >= 0 && j < len(header) {
					blank(j)
				}
			}
		}
	}
	if out == nil {
		return header
	}
	return out
}
