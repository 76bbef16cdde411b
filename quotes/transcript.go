package quotes

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// SpeakerRole tells a person on the record from a reporter asking a question.
type SpeakerRole int

const (
	RolePerson    SpeakerRole = iota // a named speaker
	RolePress                        // "Q:" / "QUESTION:" turns: the press
	RoleModerator                    // "MODERATOR:" turns
	RoleUnknown                      // a record with no speaker labels: who speaks is not known
)

// Speaker is one voice of a transcript.
type Speaker struct {
	ID      string // canonical key: the label without its title, "BLINKEN"
	Label   string // the label as written, "SECRETARY BLINKEN"
	Name    string // the fullest name known, "Antony J. Blinken"
	Title   string // the title words of the label, "Secretary"
	Role    SpeakerRole
	Aliases []string // lower-case forms an article may use, sorted
}

// Display is the speaker's name as shown in reports.
func (s *Speaker) Display() string {
	if s == nil {
		return ""
	}
	if s.Name != "" {
		return s.Name
	}
	switch s.Role {
	case RolePress:
		return "a reporter (" + s.Label + ")"
	case RoleUnknown:
		return "an unknown speaker"
	}
	return titleCase(s.Label)
}

// Surname is the speaker's family name, or the label for a title-only speaker.
func (s *Speaker) Surname() string {
	if s == nil {
		return ""
	}
	if f := strings.Fields(s.Name); len(f) > 0 && titlesOnly(s.ID) {
		// "THE PRESIDENT", whom the header names "President Tom Reed"
		return strings.Trim(f[familyWord(f)], ".,") // "Tom Reed Jr.": Reed
	}
	return titleCase(s.ID)
}

// familyWord is the index of the family name among a name's words: the
// last word, or the word before the suffixes ("Tom Reed Jr.", "REED JR.").
func familyWord(words []string) int {
	family := len(words) - 1
	for family > 0 && nameSuffixes[strings.ToLower(strings.Trim(words[family], ".,"))] {
		family--
	}
	return family
}

// nameSuffixes end a name after the family name: "Tom Reed Jr.".
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// titlesOnly tells whether a label is made of title words alone ("THE
// PRESIDENT", "THE SECRETARY"): an office, whose holder the header names.
func titlesOnly(label string) bool {
	words := strings.Fields(label)
	for _, w := range words {
		if !titleWords[strings.ToLower(w)] {
			return false
		}
	}
	return len(words) > 0
}

// Turn is one uninterrupted stretch of speech by one speaker.
type Turn struct {
	Speaker *Speaker
	Index   int // position among the transcript's turns
	Start   int // byte offset of the first byte of speech (after the label)
	End     int // byte offset just past the speech
	Line    int // 1-based line of the label
	// Number is the record's own number for the turn (a CSV's line
	// column), 0 when it has none.
	Number int
	// Timed tells whether the record gives a time; Time is then the moment
	// the turn begins, counted from the start of the recording.
	Timed bool
	Time  time.Duration
	// Marks are the moments of words within the turn, by byte offset: the
	// start of each subtitle cue, or a word's own timestamp. A word's time is
	// that of the last mark at or before it (see Transcript.TimeAt).
	Marks []TimeMark
	// Disfluent are the byte spans of a verbatim transcript's disfluencies:
	// fillers ("um", "uh"), a word said twice, a false start broken off with
	// "--"; and of its stage directions ("(Laughter.)", "[inaudible]"). A
	// quotation may leave them out and still be the speaker's words. They
	// are in order and do not overlap.
	Disfluent []Span
}

// TimeMark is the moment of the speech starting at byte offset Offset.
type TimeMark struct {
	Offset int
	Time   time.Duration
}

// Transcript is a record: speaker-labelled turns of one file (or of one
// event of a file that holds several, see ParseTranscripts).
type Transcript struct {
	Doc      *Doc
	Format   Format     // the layout it was read in
	Media    string     // the recording's address, from --media or a header line; "" if unknown
	Speakers []*Speaker // in order of first turn
	Turns    []Turn
	// speech is Doc.Text with every byte that is not speech (subtitle
	// timings, cue numbers, tags) blanked to a space: the same length, so
	// that offsets into it are offsets into the file. "" when the file
	// holds speech and labels only.
	speech string
}

// Text returns the speech of turn t.
func (tr *Transcript) Text(t Turn) string { return tr.SpeechText()[t.Start:t.End] }

// SpeechText is the file's text with everything that is not speech (a
// subtitle file's cue numbers, timings and tags) blanked to spaces. It has
// the file's length, so a byte offset means the same place in both.
func (tr *Transcript) SpeechText() string {
	if tr.speech != "" {
		return tr.speech
	}
	return tr.Doc.Text
}

// Unlabelled reports whether the record names no speaker at all, so that
// quotes are checked against it with the speaker unknown.
func (tr *Transcript) Unlabelled() bool {
	for _, sp := range tr.Speakers {
		if sp.Role != RoleUnknown {
			return false
		}
	}
	return len(tr.Speakers) > 0
}

// TimeAt returns the moment of the speech at byte offset off, when the
// record gives times.
func (tr *Transcript) TimeAt(off int) (time.Duration, bool) {
	i := sort.Search(len(tr.Turns), func(i int) bool { return tr.Turns[i].End > off })
	if i == len(tr.Turns) || tr.Turns[i].Start > off {
		// between turns: the turn before
		if i == 0 {
			return 0, false
		}
		i--
	}
	t := &tr.Turns[i]
	if !t.Timed {
		return 0, false
	}
	at := t.Time
	for _, m := range t.Marks {
		if m.Offset > off {
			break
		}
		at = m.Time
	}
	return at, true
}

// MomentURL is the address of the recording at the moment of offset off,
// or "" when the record has no media address or no time there. YouTube
// takes the time as a t parameter; other players as a media fragment
// ("#t=871").
func (tr *Transcript) MomentURL(off int) string {
	d, ok := tr.TimeAt(off)
	if tr.Media == "" || !ok {
		return ""
	}
	return MomentURL(tr.Media, d)
}

// MomentURL adds the moment d to a media address.
func MomentURL(media string, d time.Duration) string {
	secs := int(d / time.Second)
	base, _, _ := strings.Cut(media, "#")
	if strings.Contains(base, "youtube.com/") || strings.Contains(base, "youtu.be/") {
		sep := "?"
		if strings.Contains(base, "?") {
			sep = "&"
		}
		return base + sep + "t=" + strconv.Itoa(secs) + "s"
	}
	return base + "#t=" + strconv.Itoa(secs)
}

// FormatTime shows a moment as HH:MM:SS, as reports print it: "00:14:31".
func FormatTime(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	s := int(d / time.Second)
	return pad2(s/3600) + ":" + pad2(s/60%60) + ":" + pad2(s%60)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// labelRE matches a speaker label at the start of a line: upper-case words
// (with periods, apostrophes and hyphens) then a colon, as official
// transcripts print them: "SECRETARY BLINKEN:", "MR. PRICE:", "Q:".
var labelRE = regexp.MustCompile(`^[\p{Zs}\t\x{FEFF}]*((?:[A-Z][A-Z.'’\-]*)(?:[ \t]+[A-Z][A-Z.'’\-]*){0,5}):(?:[\p{Zs}\t]|$)`)

// matchLabel is labelRE.FindStringSubmatchIndex(line) by hand, without
// the regular expression's setup for each line (a record has a label a
// turn): after the line's leading space, one to six words of a capital
// then capitals, periods, apostrophes and hyphens, apart by spaces and
// tabs, a colon right after the last, then a space, a tab or the end. A
// word runs as far as its characters do and the space between words as
// far as it does, as neither can go on into the other, so the expression
// has one way to match and this finds it. A test holds the two equal.
func matchLabel(line string) []int {
	if !mayBeLabel(line) {
		return nil
	}
	i := 0
	for i < len(line) {
		r, size := utf8.DecodeRuneInString(line[i:])
		if r != '\t' && r != '\uFEFF' && !unicode.Is(unicode.Zs, r) {
			break
		}
		i += size
	}
	start, words := i, 0
	for {
		// a word: [A-Z][A-Z.'’\-]*
		if i >= len(line) || line[i] < 'A' || line[i] > 'Z' {
			return nil
		}
		i++
		for i < len(line) {
			if c := line[i]; c >= 'A' && c <= 'Z' || c == '.' || c == '\'' || c == '-' {
				i++
			} else if strings.HasPrefix(line[i:], "’") {
				i += len("’")
			} else {
				break
			}
		}
		words++
		end := i
		if i < len(line) && line[i] == ':' {
			i++
			if i < len(line) {
				r, size := utf8.DecodeRuneInString(line[i:])
				if r != '\t' && !unicode.Is(unicode.Zs, r) {
					return nil
				}
				i += size
			}
			return []int{0, i, start, end}
		}
		if words == 6 {
			return nil
		}
		// [ \t]+ before the next word
		j := i
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		if i == j {
			return nil
		}
	}
}

// questionLine matches a reporter's question as the White House prints
// it, "Q" with no colon, then a tab or two spaces or more, then the
// question ("Q    Mr. President, …"), as matchLabel does a label: the
// whole label with its space, and the label.
func questionLine(line string) []int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i+2 >= len(line) || line[i] != 'Q' || !(line[i+1] == '\t' || line[i+1] == ' ' && line[i+2] == ' ') {
		return nil
	}
	j := i + 1
	for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
		j++
	}
	if j == len(line) {
		return nil
	}
	return []int{0, j, i, i + 1}
}

// mayBeLabel tells whether line may match labelRE, without running it (most
// lines are speech): after the line's leading space, a capital, then only
// capitals, periods, apostrophes, hyphens, spaces and tabs up to a colon.
// A test holds that labelRE matches no line it says no to.
func mayBeLabel(line string) bool {
	i := 0
	for i < len(line) {
		r, size := utf8.DecodeRuneInString(line[i:])
		if r != '\t' && r != '\uFEFF' && !unicode.Is(unicode.Zs, r) {
			break
		}
		i += size
	}
	if i >= len(line) || line[i] < 'A' || line[i] > 'Z' {
		return false
	}
	for ; i < len(line); i++ {
		switch c := line[i]; {
		case c == ':':
			return true
		case c >= 'A' && c <= 'Z', c == '.', c == '\'', c == '-', c == ' ', c == '\t':
		case strings.HasPrefix(line[i:], "’"):
			i += len("’") - 1
		default:
			return false
		}
	}
	return false
}

// titleWords are words that name an office rather than a person. A label's
// title words are dropped to find the speaker's key, and they make a
// capitalised phrase in an article a person's title.
var titleWords = map[string]bool{
	"secretary": true, "ambassador": true, "president": true, "vice": true,
	"prime": true, "minister": true, "foreign": true, "defense": true, "defence": true,
	"mr": true, "mr.": true, "mrs": true, "mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true,
	"senator": true, "sen.": true, "governor": true, "gov.": true, "rep.": true, "representative": true,
	"the": true, "general": true, "gen.": true, "admiral": true, "chairman": true, "chair": true,
	"deputy": true, "under": true, "undersecretary": true, "assistant": true, "spokesperson": true, "spokesman": true,
	"spokeswoman": true, "press": true, "mayor": true, "judge": true, "justice": true,
	"chancellor": true, "premier": true, "king": true, "queen": true, "prince": true, "princess": true,
	"state": true, "of": true, "for": true, "affairs": true, "sir": true, "lord": true, "lady": true,
	"director": true, "commissioner": true, "speaker": true, "leader": true, "majority": true, "minority": true,
	"u.s.": true, "us": true, "japanese": true, "american": true, "former": true,
}

// notSpeech are labels that end in a colon but introduce page furniture or
// headings, never speech.
var notSpeech = map[string]bool{
	"NOTE": true, "SOURCE": true, "SOURCES": true, "TAGS": true, "SHARE": true, "UPDATE": true,
	"RELATED": true, "LOCATION": true, "TIME": true, "DATE": true, "SUBJECT": true, "PHOTO": true,
	"ATTENDEES": true, "PARTICIPANTS": true, "TRANSCRIPT": true, "END": true, "CONTENTS": true,
}

var pressLabels = map[string]bool{"Q": true, "QUESTION": true, "REPORTER": true, "AUDIENCE MEMBER": true, "PARTICIPANT": true}

// furnitureRE matches lines that blogs and government sites print after a
// transcript; a turn stops before them.
var furnitureRE = regexp.MustCompile(`(?i)^\s*(no comments:?|post a comment|\d+ comments?|share this|subscribe( us)?|related( articles| posts)?:?|tags:.*|labels:.*|newer post|older post|home|leave a reply|# # #|###|-###-)\s*$`)

// parseRemarks reads an official transcript: upper-case speaker labels
// ("SECRETARY BLINKEN:", "Q:") at the start of a line, each turn running
// until the next label. Header lines before the first turn are returned for
// the speakers' full names. A hearing's labels say more than the name
// ("SEN. ANN LOWELL (D-SALEM):", see hearingLabel); a voice the record
// cannot name ("(UNKNOWN):", "UNIDENTIFIED MALE:") speaks a turn of its
// own with no speaker; a heading ("WITNESSES:", "PANEL II:") ends the turn
// and is header.
func parseRemarks(doc *Doc) (*Transcript, []string) {
	tr := &Transcript{Doc: doc, Format: FormatRemarks}
	sps := &remarksSpeakers{tr: tr, byID: map[string]*Speaker{}, keyOf: map[string]string{}}
	text := doc.Text
	c, numbered := readCourt(doc, sps)
	if numbered != "" {
		text, tr.speech = numbered, numbered // a court's line numbers blanked
	}
	prevLine := func(n int) string { // line n-1 of text
		if n < 2 {
			return ""
		}
		return text[doc.lines[n-2] : doc.lines[n-2]+len(doc.LineText(n-1))]
	}
	var open *Turn
	var header []string // non-speech lines before the first turn
	closeTurn := func(end int) {
		if open == nil {
			return
		}
		open.End = trimSpaceEnd(text, open.Start, end)
		if open.End > open.Start && hasLetterOrDigit(text[open.Start:open.End]) {
			open.Index = len(tr.Turns)
			tr.Turns = append(tr.Turns, *open)
		}
		open = nil
	}
	for n := 1; n <= doc.Lines(); n++ {
		start := doc.lines[n-1]
		line := doc.LineText(n)
		line = text[start : start+len(line)]
		if c.on {
			next := ""
			if n < doc.Lines() {
				next = text[doc.lines[n] : doc.lines[n]+len(doc.LineText(n+1))]
			}
			if c.heading(line, next) {
				closeTurn(start)
				header = append(header, line)
				continue
			}
		}
		if c.qa && qaMark(line, prevLine(n)) != 0 {
			m := courtQARE.FindStringSubmatchIndex(line)
			closeTurn(start)
			label := line[m[2]:m[3]]
			sp := c.speaker(label)
			if sp == nil {
				sp = sps.get(label, false) // "Q." the press, "A." whom the header may name
			}
			bodyStart := trimSpaceStart(text, start+m[1], start+len(line))
			open = &Turn{Speaker: sp, Start: bodyStart, Line: n}
			continue
		}
		m := matchLabel(line)
		if m == nil {
			m = questionLine(line)
		}
		unnamed, hearing := false, false
		if m == nil {
			m, unnamed = hearingLabel(line)
			hearing = m != nil && !unnamed
		}
		if m != nil {
			label := strings.TrimSpace(line[m[2]:m[3]])
			if !unnamed && hearingHeading(label) {
				closeTurn(start)
				header = append(header, line)
				continue
			}
			if unnamed || isSpeakerLabel(label) {
				closeTurn(start)
				var sp *Speaker
				switch {
				case unnamed || unnamedVoice(label):
					sp = sps.unknown()
				case c.on && strings.HasPrefix(label, "BY "):
					// "BY MR. KEMP:": who asks the questions that follow
					c.examiner = sps.get(strings.TrimSpace(label[3:]), false)
					header = append(header, line)
					continue
				default:
					// "THE WITNESS:", and "Q:" and "A:" in testimony, are
					// whom the court's record says they are
					if sp = c.speaker(label); sp == nil {
						sp = sps.get(label, hearing)
					}
				}
				bodyStart := trimSpaceStart(text, start+m[1], start+len(line))
				open = &Turn{Speaker: sp, Start: bodyStart, Line: n}
				continue
			}
		}
		if furnitureRE.MatchString(line) {
			closeTurn(start)
			continue
		}
		if open == nil {
			header = append(header, line)
		}
	}
	closeTurn(len(text))
	return tr, header
}

// remarksSpeakers are the speakers of an official transcript by key.
type remarksSpeakers struct {
	tr    *Transcript
	byID  map[string]*Speaker
	keyOf map[string]string // the key of each label met: labels repeat
}

// get returns the speaker of an upper-case label. A label of a full name
// ("SEN. ANN LOWELL", "DR. OMAR HADDAD") is keyed by the family name, as
// the other layouts key a name, with the name in title case, so that a
// later "LOWELL:" or "SEN. LOWELL:" is the same person; a second person
// of that family name ("TOM LOWELL") keeps the whole name as the key.
func (s *remarksSpeakers) get(label string, hearing bool) *Speaker {
	if key, ok := s.keyOf[label]; ok {
		return s.byID[key]
	}
	sp := newSpeaker(label)
	if words := strings.Fields(sp.ID); sp.Role == RolePerson && len(words) >= 2 && len(words) <= 4 && nameLabel(label, words, hearing) {
		family := familyWord(words) // "TOM REED JR.", "REED JR."
		name := titleCase(sp.ID)
		switch old := s.byID[words[family]]; {
		case old == nil:
			sp.ID, sp.Name = words[family], name
		case old.Name == "" || old.Name == name:
			old.Name = name // "LOWELL:" before "SEN. ANN LOWELL:"
			sp = old
		default:
			sp.Name = name // a second Lowell: the whole name is the key
		}
	}
	if old := s.byID[sp.ID]; old != nil {
		sp = old
	} else {
		s.byID[sp.ID] = sp
		s.tr.Speakers = append(s.tr.Speakers, sp)
	}
	s.keyOf[label] = sp.ID
	return sp
}

// nameLabel tells whether a label whose key is words is a person's
// name: none of the key's words is a title, and a hearing's label
// ("SEN. ANN LOWELL (D-SALEM):"), a title before the name ("DR. OMAR
// HADDAD") or a given name first ("ANN LOWELL") tells a name from a
// phrase ("LA MINISTRE MARTIN", "AUDIENCE VOICE").
func nameLabel(label string, words []string, hearing bool) bool {
	for _, w := range words {
		if labelTitle(w) {
			return false // "THE VICE PRESIDENT"
		}
	}
	first := strings.Fields(label)[0]
	return hearing || labelTitle(first) && !strings.EqualFold(first, "the") || isGivenName(words[0])
}

// unknown is the voice a record cannot name ("(UNKNOWN):", "UNIDENTIFIED
// MALE:"): one speaker for all of them, whom no article's name resolves
// to.
func (s *remarksSpeakers) unknown() *Speaker { return unknownSpeaker(s.tr, s.byID) }

// trimSpaceStart moves start past white space, up to end.
func trimSpaceStart(text string, start, end int) int {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) && r != '\uFEFF' {
			break
		}
		start += size
	}
	return start
}

// trimSpaceEnd moves end back before white space, down to start.
func trimSpaceEnd(text string, start, end int) int {
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return end
}

func isSpeakerLabel(label string) bool {
	if notSpeech[label] {
		return false
	}
	// at least one letter beyond single-character roman numerals or list markers
	letters := 0
	for _, r := range label {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 1 && len(label) <= 60
}

// speakerKey is the label without title words: "SECRETARY BLINKEN" and
// "BLINKEN" are one speaker. A label made only of titles ("THE PRESIDENT",
// "MODERATOR") is its own key.
func speakerKey(label string) string {
	label = strings.ReplaceAll(label, "’", "'")
	words := strings.Fields(label)
	var rest []string
	for _, w := range words {
		if !labelTitle(w) {
			rest = append(rest, strings.Trim(w, "."))
		}
	}
	if len(rest) == 0 {
		return strings.Join(words, " ")
	}
	return strings.Join(rest, " ")
}

// localTitles are offices of local government, the courts and the police
// that a record's label puts before a surname ("COUNCILWOMAN LOWELL",
// "SHERIFF KEMP", "Chairwoman Ann Lowell"). Dropped from a label's key as
// titleWords are, so that "COUNCILMAN HADDAD:" and a later "HADDAD:" are one
// speaker; kept out of titleWords, which the article's reader uses too.
var localTitles = setOf(`chairwoman chairperson councilman councilwoman councilmember councillor ` +
	`alderman alderwoman alderperson supervisor sheriff delegate del. congressman congresswoman ` +
	`assemblyman assemblywoman assemblymember senators trustee treasurer superintendent ` +
	`detective officer sgt. sergeant lt. lieutenant capt. captain chief professor prof. ` +
	`rev. reverend hon. honorable`)

// TitleWord tells whether a word of a name or a speaker's label is a
// title rather than part of a name: "Councilmember" and "Ms." in
// "Councilmember Reed", "Ms. Reed"; "THE" and "PRESIDENT" in "THE
// PRESIDENT".
func TitleWord(w string) bool { return labelTitle(w) }

// labelTitle tells whether a word of a speaker's label is a title rather
// than part of a name.
func labelTitle(w string) bool {
	low := strings.ToLower(w)
	return titleWords[low] || localTitles[low]
}

// titlesInFull are the offices a label abbreviates, written out: a
// speaker's title is the office, so that "SEN. ANN LOWELL:" is Senator
// Ann Lowell, "the senator" (not "the sen."); "Mr." and "Dr." stay as
// they are.
var titlesInFull = map[string]string{
	"sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general", "sgt.": "sergeant",
	"lt.": "lieutenant", "capt.": "captain", "prof.": "professor", "rev.": "reverend", "hon.": "honorable",
	"del.": "delegate",
}

func newSpeaker(label string) *Speaker {
	sp := &Speaker{ID: speakerKey(label), Label: label}
	var title []string
	for _, w := range strings.Fields(label) {
		if labelTitle(w) && !strings.EqualFold(w, "the") {
			if full := titlesInFull[strings.ToLower(w)]; full != "" {
				w = full // "SEN. LOWELL": Senator, whom an article may call "the senator"
			}
			title = append(title, titleCase(w))
		}
	}
	sp.Title = strings.Join(title, " ")
	switch {
	case pressLabels[label]:
		sp.Role = RolePress
	case label == "MODERATOR":
		sp.Role = RoleModerator
	}
	return sp
}

// nameRE finds runs of capitalised words, initials included:
// "Antony J. Blinken".
var nameRE = regexp.MustCompile(`\p{Lu}[\p{L}'’\-]*\.?(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]*\.?))*`)

// fullNameFromHeader looks for the longest capitalised name in the header
// whose words include the speaker's key, e.g. "Antony J. Blinken" for
// BLINKEN ("Blinken's" too). The name is the words before the key back to
// a title word or a word a headline goes on with, so that a header in
// capitals ("REMARKS BY TOM REED AT …") gives "Tom Reed", in title case.
func fullNameFromHeader(sp *Speaker, header []string) string {
	if sp.Role != RolePerson || sp.Label == "THE COURT" {
		// the court is no one the header names by that word ("IN THE
		// SUPERIOR COURT"): see nameJudge
		return ""
	}
	key := strings.ToLower(sp.ID)
	best := ""
	for _, line := range header {
		for _, m := range nameRE.FindAllString(line, -1) {
			words := strings.Fields(m)
			end := -1
			for i, w := range words {
				w = strings.ToLower(strings.Trim(w, ".,"))
				if w == key || strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") == key {
					end = i
				}
			}
			if end < 0 {
				continue
			}
			words[end] = strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(words[end], ",;:"), "'s"), "’s")
			start := end
			for start > 0 && nameWord(words[start-1]) {
				start--
			}
			if end-start > 4 {
				continue
			}
			name := readable(strings.Join(words[start:end+1], " "))
			if utf8.RuneCountInString(name) > utf8.RuneCountInString(best) {
				best = name
			}
		}
	}
	return best
}

// honorifics are the title words of a label that tell no office: "MR.",
// "MS.", "DR.".
var honorifics = setOf(`mr mr. mrs mrs. ms ms. miss dr dr. sir madam`)

// honorificOnly tells whether a label's title words tell no office: none,
// or honorifics alone.
func honorificOnly(title string) bool {
	for _, w := range strings.Fields(title) {
		if !honorifics[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// headerOffice is the office the header gives a speaker right before
// their full name: the title words in front of it ("Governor" in "Remarks
// by Mayor Tom Reed and Governor Ann Lowell", "Secretary of State" in
// "Secretary of State Tom Reed's Remarks"), in title case; "" when the
// header puts none there, or only honorifics, or names them twice with
// two offices.
func headerOffice(name string, header []string) string {
	found := ""
	nw := strings.Fields(name)
	if len(nw) == 0 {
		return ""
	}
	for _, line := range header {
		// the name's words, compared word by word: folding a line's case
		// may change its length ("Ⱥ" folds to three bytes from two), so
		// no offset into the folded line is one into the line
		all := strings.Fields(line)
		for k := 0; k+len(nw) <= len(all); k++ {
			if !nameAt(all[k:], nw) {
				continue
			}
			words := all[:k]
			var office []string
			for i := len(words) - 1; i >= 0; i-- {
				w := strings.ToLower(strings.Trim(words[i], ".,"))
				if !labelTitle(w) && !labelTitle(w+".") || w == "the" || strings.ContainsAny(words[i], ",;:") {
					break
				}
				office = append([]string{words[i]}, office...)
			}
			if len(office) > 0 && (strings.EqualFold(office[0], "of") || strings.EqualFold(office[0], "for")) {
				office = nil // "… of the Governor …": no office of theirs
			}
			o := readable(strings.Join(office, " "))
			if o == "" || honorificOnly(o) {
				continue
			}
			if found != "" && found != o {
				return ""
			}
			found = o
		}
	}
	return found
}

// nameAt tells whether words open on the name's words nw, in any case,
// the last as a word's start ("Lowell's").
func nameAt(words, nw []string) bool {
	last := len(nw) - 1
	for i, w := range nw[:last] {
		if !strings.EqualFold(words[i], w) {
			return false
		}
	}
	return strings.HasPrefix(strings.ToLower(words[last]), strings.ToLower(nw[last]))
}

// nameByTitle is the name of the holder of the office a label of title
// words alone names ("THE PRESIDENT", "THE SECRETARY"), as the header
// gives it: after the title ("Remarks by President Tom Reed Before …")
// or before it after a comma ("Tom Reed, Mayor of Harbor City"); a title
// that goes on another title ("Vice President Kemp" for "THE PRESIDENT")
// is another office. "" when the header names no one, or two people.
func nameByTitle(sp *Speaker, header []string) string {
	if sp.Role != RolePerson || !titlesOnly(sp.Label) {
		return ""
	}
	var title []string
	for _, w := range strings.Fields(sp.Label) {
		if !strings.EqualFold(w, "the") {
			title = append(title, strings.ToLower(w))
		}
	}
	if len(title) == 0 {
		return ""
	}
	found := ""
	for _, line := range header {
		words := strings.Fields(line)
		for i := 0; i+len(title) <= len(words); i++ {
			if !titleAt(words, i, title) || i > 0 && titleWords[strings.ToLower(strings.Trim(words[i-1], ".,"))] && !strings.EqualFold(words[i-1], "the") {
				continue
			}
			name := ""
			if i == 0 || !strings.EqualFold(words[i-1], "the") {
				// "the President" is the office: what follows is no name
				// ("Remarks by the President Honoring …")
				name = nameRun(words[i+len(title):])
			}
			if name == "" && i > 0 && strings.HasSuffix(words[i-1], ",") {
				// "Tom Reed, Mayor of …"
				k := i - 1
				before := []string{strings.TrimSuffix(words[k], ",")}
				for k--; k >= 0 && len(before) < 3 && nameWord(words[k]); k-- {
					before = append([]string{words[k]}, before...)
				}
				if nameWord(before[len(before)-1]) {
					name = strings.Join(before, " ")
				}
			}
			switch {
			case name == "":
			case found == "" || strings.HasSuffix(name, " "+found):
				found = name // the fuller of "Reed" and "Tom Reed"
			case !strings.HasSuffix(found, " "+name) && found != name:
				return "" // two people hold it, or the header is no guide
			}
		}
	}
	return readable(found)
}

// titleAt tells whether words[i:] open on the title words (lower case).
func titleAt(words []string, i int, title []string) bool {
	for k, t := range title {
		if !strings.EqualFold(strings.Trim(words[i+k], ".,:;"), t) {
			return false
		}
	}
	return true
}

// nameRun is the name words open on: up to three capitalised words or
// initials, ending before a word a title-case headline goes on with
// ("Before", "On", "Delivers") or a comma after a word.
func nameRun(words []string) string {
	var out []string
	for _, w := range words {
		if len(out) == 3 || !nameWord(w) {
			break
		}
		out = append(out, strings.TrimRight(w, ",;:"))
		if strings.ContainsAny(w[len(w)-1:], ",;:") {
			break
		}
	}
	return strings.Join(out, " ")
}

// nameWord tells whether a header word may be part of a person's name: a
// capitalised word or an initial that is no title word and no word a
// title-case headline goes on with.
func nameWord(w string) bool {
	w = strings.TrimRight(w, ",;:")
	r, _ := utf8.DecodeRuneInString(w)
	if w == "" || !unicode.IsUpper(r) {
		return false
	}
	low := strings.ToLower(strings.TrimSuffix(w, "."))
	return !labelTitle(low) && !headlineWords[low]
}

// headlineWords are the words after a name in a title-case headline of
// remarks: "President Tom Reed Before Marine One Departure", "… Delivers
// Remarks".
var headlineWords = setOf(`by before after on at in to from with during for of about and upon following ahead ` +
	`remarks press conference briefing statement delivers announces speaks holds signs meets hosts welcomes ` +
	`visits discusses departure arrival meeting event roundtable interview joint bilateral call readout ` +
	`address addresses participates gives tours travels ` +
	// a headline's verb after the name: "President Tom Reed Honoring Salem Veterans"
	`honoring honouring celebrating hosting marking commemorating announcing highlighting launching unveiling ` +
	`touting welcoming signing awarding presenting recognizing recognising delivering visiting receiving urging ` +
	`introducing outlining touring meeting addressing discussing`)

// aliases lists the lower-case forms by which an article may name sp: full
// name, surname, first and last name, title and surname.
func aliases(sp *Speaker) []string {
	set := map[string]bool{}
	add := func(s string) {
		s = strings.ToLower(strings.Join(strings.Fields(s), " "))
		if s != "" {
			set[s] = true
		}
	}
	add(sp.ID)
	add(sp.Label)
	if sp.Title != "" {
		add(sp.Title + " " + sp.ID)
	}
	if !honorificOnly(sp.Title) {
		add("the " + sp.Title) // "the governor"; not "the mr."
	}
	if sp.Name != "" {
		add(sp.Name)
		words := strings.Fields(sp.Name)
		if len(words) > 2 {
			add(words[0] + " " + words[len(words)-1])
		}
		if titlesOnly(sp.ID) {
			// the office's holder by surname: "Reed", "President Reed"
			add(sp.Surname())
			add(sp.Title + " " + sp.Surname())
		}
	}
	out := make([]string, 0, len(set))
	for s := range set {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// readable is a header's words as a name or an office reads: in title
// case when the header writes them in capitals ("TOM REED" is "Tom Reed",
// "SECRETARY OF STATE" "Secretary of State"), else as written.
func readable(s string) string {
	if s != strings.ToUpper(s) {
		return s
	}
	return strings.NewReplacer(" Of ", " of ", " For ", " for ").Replace(titleCase(s))
}

func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		words[i] = string(unicode.ToUpper(r)) + w[size:]
		// Mc/Mac and hyphenated names keep their inner capitals readable enough
		if j := strings.IndexAny(words[i], "-'’"); j > 0 && j+1 < len(words[i]) {
			r2, s2 := utf8.DecodeRuneInString(words[i][j+1:])
			words[i] = words[i][:j+1] + string(unicode.ToUpper(r2)) + words[i][j+1+s2:]
		}
	}
	return strings.Join(words, " ")
}
