package quotes

import (
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Format is a layout a record comes in.
type Format string

// The layouts a record is read in. FormatAuto tells them apart by the
// file's content and extension (see DetectFormat).
const (
	FormatAuto       Format = "auto"
	FormatRemarks    Format = "remarks"    // official transcript: "SECRETARY BLINKEN:" labels, "Q:" for the press
	FormatCommercial Format = "commercial" // transcription service: "Jane Doe (00:01:02):", "Speaker 1 [00:01:02]", "[00:01:02] Jane Doe:" or "Jane Doe  1:02" before the paragraph
	FormatDialogue   Format = "dialogue"   // a name in ordinary case and a colon before the speech: "Tom Reed: Good morning.", "Tom Reed (Salem North) (Lab)"
	FormatVTT        Format = "vtt"        // WebVTT subtitles, speakers in <v Name> voice tags
	FormatSRT        Format = "srt"        // SubRip subtitles, speakers as "NAME:" at a cue's start
	FormatCSV        Format = "csv"        // one turn per row, columns found by header names
	FormatTSV        Format = "tsv"        // the same, separated by tabs
	FormatPlain      Format = "plain"      // speech with no speaker labels: the speaker is unknown
)

var formats = []Format{FormatAuto, FormatRemarks, FormatCommercial, FormatDialogue, FormatVTT, FormatSRT, FormatCSV, FormatTSV, FormatPlain}

// Formats lists the names ParseFormat accepts.
func Formats() []string {
	out := make([]string, len(formats))
	for i, f := range formats {
		out[i] = string(f)
	}
	return out
}

// ParseFormat reads a layout's name; the error lists the valid names.
func ParseFormat(s string) (Format, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return FormatAuto, nil
	}
	for _, f := range formats {
		if string(f) == s {
			return f, nil
		}
	}
	return "", &Error{File: "--transcript-format", Msg: "unknown transcript format \"" + s + "\" (valid: " + strings.Join(Formats(), ", ") + ")"}
}

// ReadOptions tell ParseTranscripts how to read a record.
type ReadOptions struct {
	Format Format // FormatAuto or "" to detect the layout
	Media  string // the recording's address; overrides one a header line gives
}

var (
	vttSignRE  = regexp.MustCompile(`^\x{FEFF}?WEBVTT(?:[ \t]|\r?\n|\r|$)`)
	srtSignRE  = regexp.MustCompile(`^[\x{FEFF}\s]*\d+[ \t]*\r?\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->`)
	cueTimeRE  = regexp.MustCompile(`(?m)^[ \t]*(?:\d+:)?\d{2}:\d{2}[.,]\d{1,3}[ \t]+-->[ \t]+(?:\d+:)?\d{2}:\d{2}[.,]\d{1,3}`)
	tableHdrRE = regexp.MustCompile(`(?i)\b(speaker|name|who|person)\b`)
)

// DetectFormat tells a record's layout from its content, then its
// extension: a "WEBVTT" signature, SubRip's numbered cues, a header row
// naming speaker and text columns, a transcription service's timed labels,
// an official transcript's upper-case labels; a file with none of these is
// speech with no speaker labels.
func DetectFormat(doc *Doc) Format {
	text := doc.Text
	head := text
	if len(head) > 4096 {
		head = head[:4096]
	}
	switch {
	case vttSignRE.MatchString(head):
		return FormatVTT
	case srtSignRE.MatchString(head):
		return FormatSRT
	}
	ext := strings.ToLower(filepath.Ext(strings.SplitN(doc.Name, "#", 2)[0]))
	switch ext {
	case ".vtt", ".webvtt":
		return FormatVTT
	case ".srt":
		return FormatSRT
	case ".csv":
		return FormatCSV
	case ".tsv", ".tab":
		return FormatTSV
	}
	first, _, _ := strings.Cut(strings.TrimLeft(head, "\uFEFF"), "\n")
	if tableHdrRE.MatchString(first) && len(strings.Fields(first)) <= 12 {
		if strings.Count(first, "\t") >= 1 {
			return FormatTSV
		}
		if strings.Count(first, ",") >= 1 && !strings.Contains(first, ": ") {
			return FormatCSV
		}
	}
	if cueTimeRE.MatchString(head) {
		if strings.Contains(head, "-->") && !strings.Contains(head, ",") {
			return FormatVTT
		}
		return FormatSRT
	}
	commercial, remarks := commercialLines(doc), 0
	for n := 1; n <= doc.Lines() && n <= 2000; n++ {
		line := doc.LineText(n)
		if _, form := commercialLabel(line); form != notCommercial {
			continue
		}
		if m := matchLabel(line); m != nil && isSpeakerLabel(strings.TrimSpace(line[m[2]:m[3]])) {
			remarks++
		} else if m, unnamed := hearingLabel(line); m != nil && !unnamed {
			remarks++ // "SEN. ANN LOWELL (D-SALEM):"
		}
	}
	remarks += courtLines(doc) // "Q." and "A." lines of testimony
	switch {
	case commercial > 0 && commercial >= remarks:
		return FormatCommercial
	case commercial == 0 && dialogueLines(doc) > 2*remarks:
		// names in ordinary case label most turns ("Reed:", "Lowell:"),
		// a "Q:" or two in capitals among them
		return FormatDialogue
	case remarks > 0:
		return FormatRemarks
	}
	return FormatPlain
}

// ParseTranscript reads a record in the layout its content and name tell
// (see DetectFormat). A file that holds several events (a CSV with a date
// column) is read as one record; ParseTranscripts reads each on its own.
func ParseTranscript(doc *Doc) (*Transcript, error) {
	trs, err := ParseTranscripts(doc, ReadOptions{})
	if err != nil {
		return nil, err
	}
	if len(trs) == 1 {
		return trs[0], nil
	}
	all := &Transcript{Doc: doc, Format: trs[0].Format, Media: trs[0].Media}
	seen := map[*Speaker]bool{}
	for _, tr := range trs {
		for _, t := range tr.Turns {
			t.Index = len(all.Turns)
			all.Turns = append(all.Turns, t)
			if !seen[t.Speaker] {
				seen[t.Speaker] = true
				all.Speakers = append(all.Speakers, t.Speaker)
			}
		}
		if tr.speech != "" {
			all.speech = tr.speech
		}
	}
	return all, nil
}

// ParseTranscripts reads the record or records of one file: one
// transcript, or one per event for a table with a date column (each named
// "file#date", its positions still those of the file). A file with no
// speech, or whose layout is broken, is an error naming the file and line.
func ParseTranscripts(doc *Doc, opt ReadOptions) ([]*Transcript, error) {
	f := opt.Format
	if f == "" || f == FormatAuto {
		f = DetectFormat(doc)
	}
	var trs []*Transcript
	var header []string
	var err error
	switch f {
	case FormatRemarks:
		var tr *Transcript
		tr, header = parseRemarks(doc)
		trs = []*Transcript{tr}
	case FormatCommercial:
		var tr *Transcript
		tr, header = parseCommercial(doc)
		trs = []*Transcript{tr}
	case FormatDialogue:
		var tr *Transcript
		tr, header = parseDialogue(doc)
		trs = []*Transcript{tr}
	case FormatVTT, FormatSRT:
		var tr *Transcript
		tr, header, err = parseSubtitles(doc, f)
		trs = []*Transcript{tr}
	case FormatCSV, FormatTSV:
		trs, err = parseTable(doc, f)
	case FormatPlain:
		trs = []*Transcript{parsePlain(doc)}
	default:
		_, err = ParseFormat(string(f))
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	if len(trs) == 0 {
		return nil, &Error{File: doc.Name, Msg: noSpeechMsg(f)}
	}
	media := opt.Media
	if media == "" {
		media = mediaFromHeader(header)
	}
	for _, tr := range trs {
		if len(tr.Turns) == 0 {
			return nil, &Error{File: tr.Doc.Name, Msg: noSpeechMsg(f)}
		}
		tr.Format = f
		tr.Media = media
		finish(tr, header)
	}
	return trs, nil
}

func noSpeechMsg(f Format) string {
	switch f {
	case FormatRemarks:
		return "no speaker-labelled speech (expected lines such as \"SECRETARY BLINKEN: ...\")"
	case FormatCommercial:
		return "no speech after a timed label (expected lines such as \"Jane Doe (00:01:02):\")"
	case FormatDialogue:
		return "no speech after a name and a colon (expected lines such as \"Tom Reed: Good morning.\")"
	case FormatVTT, FormatSRT:
		return "no subtitle cue holds speech"
	case FormatCSV, FormatTSV:
		return "no row holds speech"
	}
	return "no speech"
}

// mediaRE finds a header line giving the recording's address.
var mediaRE = regexp.MustCompile(`(?i)^[\s\x{FEFF}]*(?:media|video|audio|recording|url)[ \t]*[:=][ \t]*(https?://\S+)\s*$`)

func mediaFromHeader(header []string) string {
	for _, line := range header {
		if m := mediaRE.FindStringSubmatch(line); m != nil {
			return m[1]
		}
	}
	return ""
}

// finish gives each speaker its full name and aliases (an interview's
// "A:" the name of the one person its header says it is with, a court's
// "THE COURT:" the judge's), numbers the turns and finds their
// disfluencies and stage directions.
func finish(tr *Transcript, header []string) {
	nameAnswers(tr, header)
	nameJudge(tr, header)
	uncaptioned := withoutCaption(header)
	for _, sp := range tr.Speakers {
		if sp.Name == "" {
			sp.Name = fullNameFromHeader(sp, uncaptioned)
		}
		if sp.Name == "" {
			sp.Name = nameByTitle(sp, header)
		}
		if sp.Name != "" && honorificOnly(sp.Title) {
			// "MS. LOWELL:" under "Remarks by Mayor Tom Reed and
			// Governor Ann Lowell": the governor, whom an article may
			// call "the governor"
			if office := headerOffice(sp.Name, header); office != "" {
				sp.Title = office
			}
		}
		sp.Aliases = aliases(sp)
	}
	text := tr.SpeechText()
	for i := range tr.Turns {
		t := &tr.Turns[i]
		t.Index = i
		t.Disfluent = Disfluencies(text, t.Start, t.End)
		if sd := StageDirections(text, t.Start, t.End); sd != nil {
			t.Disfluent = mergeSpans(t.Disfluent, sd)
		}
	}
}

// speakerFromName makes the speaker of a label written as a name rather
// than in capitals ("Antony Blinken", "Secretary Blinken", "Speaker 1"): the
// key is the family name in capitals, as an official transcript's label
// would give it, so that the same person read from either layout is one
// speaker.
func speakerFromName(name string) *Speaker {
	name = strings.Join(strings.Fields(strings.TrimSpace(name)), " ")
	upper := strings.ToUpper(name)
	if name == upper || pressLabels[upper] || upper == "MODERATOR" || genericRE.MatchString(name) {
		sp := newSpeaker(upper)
		if genericRE.MatchString(name) {
			// "Speaker 1" is its own key, never "1", and names no one:
			// whether "Lowell said" it is not checked
			sp.ID = upper
			sp.Title = ""
			sp.Name = titleCase(name)
			sp.Role = RoleUnknown
		}
		return sp
	}
	sp := newSpeaker(upper)
	if swapped, ok := familyFirst(name); ok {
		// "Reed, Tom", as a meeting's roster lists its people
		sp = newSpeaker(strings.ToUpper(swapped))
		sp.Label = upper
		name = swapped
	}
	var rest []string
	for _, w := range strings.Fields(name) {
		if !labelTitle(w) {
			rest = append(rest, w)
		}
	}
	if len(rest) >= 2 {
		// "Tom Reed Jr.", "Reed Jr.": the family name is the word before the suffix
		sp.ID = strings.ToUpper(strings.Trim(rest[familyWord(rest)], ".,"))
		sp.Name = strings.Join(rest, " ")
	}
	return sp
}

// familyFirst turns a name written family name first, "Reed, Tom" (a video
// meeting's roster, a court's list), into "Tom Reed": one word before the
// comma, one or two capitalised words after it that are neither a title
// nor a suffix ("Reed, Jr." and "Kemp, Director" stay as they are).
func familyFirst(name string) (string, bool) {
	before, after, ok := strings.Cut(name, ",")
	if !ok || strings.Contains(after, ",") {
		return "", false
	}
	fam, given := strings.Fields(before), strings.Fields(after)
	if len(fam) != 1 || len(given) == 0 || len(given) > 2 {
		return "", false
	}
	for _, w := range append(given, fam[0]) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || labelTitle(w) || nameSuffixes[strings.ToLower(strings.Trim(w, ".,"))] {
			return "", false
		}
	}
	return strings.Join(given, " ") + " " + fam[0], true
}

// genericRE matches the labels a transcription service gives voices it
// could not name.
var genericRE = regexp.MustCompile(`(?i)^(?:speaker|unknown speaker|unidentified speaker|voice|participant|person)[ \t]*[0-9A-Z]?\d*$`)

// speakers is a transcript's speakers by key, added in order of first turn.
type speakers struct {
	tr   *Transcript
	byID map[string]*Speaker
}

func newSpeakers(tr *Transcript) *speakers { return &speakers{tr: tr, byID: map[string]*Speaker{}} }

// get returns the speaker for label (upper-case, or a name as written).
func (s *speakers) get(label string) *Speaker {
	sp := speakerFromName(label)
	if old := s.byID[sp.ID]; old != nil {
		if old.Name == "" && sp.Name != "" {
			old.Name = sp.Name
		}
		return old
	}
	s.byID[sp.ID] = sp
	s.tr.Speakers = append(s.tr.Speakers, sp)
	return sp
}

// unknown is the one voice of a record with no speaker labels.
func (s *speakers) unknown() *Speaker { return unknownSpeaker(s.tr, s.byID) }

// unknownSpeaker is the one speaker of tr (by key in byID) whom the record
// does not name, made at its first turn.
func unknownSpeaker(tr *Transcript, byID map[string]*Speaker) *Speaker {
	const id = "(UNKNOWN)"
	if sp := byID[id]; sp != nil {
		return sp
	}
	sp := &Speaker{ID: id, Label: "unknown speaker", Role: RoleUnknown}
	byID[id] = sp
	tr.Speakers = append(tr.Speakers, sp)
	return sp
}

// addTurn appends a turn of speech [start,end), white space trimmed; an
// empty turn is dropped.
func addTurn(tr *Transcript, t Turn) {
	text := tr.SpeechText()
	t.Start = trimSpaceStart(text, t.Start, t.End)
	t.End = trimSpaceEnd(text, t.Start, t.End)
	if t.End <= t.Start || !hasLetterOrDigit(text[t.Start:t.End]) {
		return
	}
	if t.Line == 0 {
		t.Line = tr.Doc.Line(t.Start)
	}
	t.Index = len(tr.Turns)
	tr.Turns = append(tr.Turns, t)
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
