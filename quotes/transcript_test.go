package quotes

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite golden files")

const layouts = "../testdata/transcripts"

func readDoc(t testing.TB, path string) *Doc {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	d, err := NewDoc(path, data)
	require.NoError(t, err)
	return d
}

// dump shows what a reader made of a record, one turn a line: where the
// speech begins (line:column), who speaks, when, the speech with its
// disfluencies in {braces}.
func dump(trs []*Transcript) string {
	var b strings.Builder
	for _, tr := range trs {
		fmt.Fprintf(&b, "%s: %s", tr.Doc.Name, tr.Format)
		if tr.Media != "" {
			fmt.Fprintf(&b, ", media %s", tr.Media)
		}
		if tr.Unlabelled() {
			b.WriteString(", no speaker labels")
		}
		b.WriteString("\n")
		for _, sp := range tr.Speakers {
			fmt.Fprintf(&b, "  speaker %s: %q role %d aliases %q\n", sp.ID, sp.Display(), sp.Role, sp.Aliases)
		}
		for _, t := range tr.Turns {
			p := tr.Doc.Position(t.Start)
			fmt.Fprintf(&b, "  %d:%d %s", p.Line, p.Column, t.Speaker.ID)
			if t.Number > 0 {
				fmt.Fprintf(&b, " #%d", t.Number)
			}
			if t.Timed {
				fmt.Fprintf(&b, " at %s", FormatTime(t.Time))
			}
			text := tr.SpeechText()
			var s strings.Builder
			at := t.Start
			for _, d := range t.Disfluent {
				s.WriteString(text[at:d.Start] + "{" + text[d.Start:d.End] + "}")
				at = d.End
			}
			s.WriteString(text[at:t.End])
			fmt.Fprintf(&b, ": %s\n", strings.Join(strings.Fields(s.String()), " "))
			for _, m := range t.Marks {
				w := text[m.Offset:min(m.Offset+20, t.End)]
				fmt.Fprintf(&b, "    %s %q\n", FormatTime(m.Time), strings.Join(strings.Fields(w), " "))
			}
		}
	}
	return b.String()
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run 'make golden' to create it")
	assert.Equal(t, string(want), got)
}

// TestGoldenTranscriptLayouts reads each hand-made record of
// testdata/transcripts in the layout detected for it, and holds what was
// read (speakers, turns, lines, times, disfluencies) to a golden file.
func TestGoldenTranscriptLayouts(t *testing.T) {
	cases := []struct {
		file   string
		format Format
	}{
		{"remarks.txt", FormatRemarks},
		{"commercial.txt", FormatCommercial},
		{"dialogue.txt", FormatDialogue},
		{"briefing.vtt", FormatVTT},
		{"briefing.srt", FormatSRT},
		{"briefings.csv", FormatCSV},
		{"briefing.tsv", FormatTSV},
		{"unlabelled.txt", FormatPlain},
		{"hearing.txt", FormatRemarks},
		{"court.txt", FormatRemarks},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			d := readDoc(t, filepath.Join(layouts, c.file))
			assert.Equal(t, c.format, DetectFormat(d))
			trs, err := ParseTranscripts(d, ReadOptions{})
			require.NoError(t, err)
			got := dump(trs)
			golden(t, filepath.Join(layouts, c.file+".turns.golden"), got)
			// every turn's speech is inside the file and is the file's bytes
			// (a subtitle file's non-speech blanked)
			for _, tr := range trs {
				for _, turn := range tr.Turns {
					require.True(t, 0 <= turn.Start && turn.Start < turn.End && turn.End <= len(d.Text))
					for i := turn.Start; i < turn.End; i++ {
						s := tr.SpeechText()[i]
						assert.True(t, s == d.Text[i] || s == ' ', "speech byte %d is the file's or a blank", i)
					}
				}
			}
		})
	}
}

// TestStageDirections: what a transcript notes of the room, in
// parentheses or brackets, is no speech a quotation must hold; a speaker's
// own aside in parentheses is.
func TestStageDirections(t *testing.T) {
	// the stage directions of a transcript's text, as written
	stages := func(text string) []string {
		tr := readTranscript(t, "briefing.txt", text)
		var got []string
		for _, turn := range tr.Turns {
			for _, d := range turn.Disfluent {
				got = append(got, tr.Doc.Text[d.Start:d.End])
			}
		}
		return got
	}
	assert.Equal(t, []string{"(Laughter.)", "[inaudible]", "(Applause.)", "(Speaks in Japanese.)", "(ph)", "[crosstalk]"},
		stages("MS. LOWELL: The bridge is open. (Laughter.) We will [inaudible] keep it open (and I mean it) all year. (Applause.) (Speaks in Japanese.) Thank you, Mr. Kemp (ph).\n\nMR. REED: [crosstalk] Will it stay open?\n"))

	// an aside that opens on a word of the kind is still the speaker's
	assert.Equal(t, []string{"(Video shows the ferry docking.)"},
		stages("MR. REED: We are not closing it. (Speaking as a father, I worry about the traffic.) (Silence is not an option for this council.) The ferry is late (music to my ears, frankly). (Video shows the ferry docking.) Thank you.\n"))
	assert.True(t, StageWord("laughter"))
	assert.False(t, StageWord("and"))

	// a time stamp of the recording; a time the speaker says in
	// parentheses is speech
	assert.Equal(t, []string{"[00:12:31]", "(1:05:10.5)"},
		stages("MR. REED: The ferry [00:12:31] leaves at noon (1:05:10.5) every day (at 9:30, mind you).\n"))

	// a page's number on a line of its own, as a record turned from a
	// page layout keeps it; a number in a line of speech is speech
	assert.Equal(t, []string{"2", "Page 3 of 4", "- 4 -"},
		stages("MR. REED: The crews start in March\n\n2\n\nand we will hire\nPage 3 of 4\nforty workers and\n- 4 -\nbuy 2\nboats.\n"))
	// a number a speaker answers with after the label is speech
	assert.Empty(t, stages("MR. REED: How many boats?\n\nMS. LOWELL: 40\nin all.\n"))
}

// TestTitleOnlyLabels: a label of title words alone ("THE PRESIDENT",
// "THE MAYOR") is the office's holder the header names, after the title
// or before it after a comma, and an article may call them by surname; a
// title that goes on another title is another office, and a header that
// names two holders names none. "Q" with no colon, as the White House
// prints a question, opens a reporter's turn.
func TestTitleOnlyLabels(t *testing.T) {
	read := func(text string) *Transcript {
		tr := readTranscript(t, "remarks.txt", text)
		return tr
	}
	tr := read("Remarks by President Tom Reed and Vice President Dan Kemp Before Marine One Departure\n\n" +
		"THE PRESIDENT:  We will rebuild the seawall.\n\nQ    Mr. President, when will the work begin?\n\n" +
		"THE PRESIDENT:  In March.\n\nTHE VICE PRESIDENT:  And we will pay for it.\n")
	require.Len(t, tr.Turns, 4)
	assert.Equal(t, "Tom Reed", tr.Turns[0].Speaker.Name)
	assert.Equal(t, "Reed", tr.Turns[0].Speaker.Surname())
	assert.Contains(t, tr.Turns[0].Speaker.Aliases, "reed")
	assert.Contains(t, tr.Turns[0].Speaker.Aliases, "president reed")
	assert.Equal(t, RolePress, tr.Turns[1].Speaker.Role)
	assert.Equal(t, "Mr. President, when will the work begin?", tr.Doc.Text[tr.Turns[1].Start:tr.Turns[1].End])
	assert.Equal(t, "Dan Kemp", tr.Turns[3].Speaker.Name)

	tr = read("Remarks on the Seawall\n\nTom Reed, Mayor of Harbor City\n\nTHE MAYOR:  Good afternoon.\n")
	assert.Equal(t, "Tom Reed", tr.Turns[0].Speaker.Name)
	tr = read("Remarks by Mayor Tom Reed Jr. Before the Vote\n\nTHE MAYOR:  Good afternoon.\n")
	assert.Equal(t, "Reed", tr.Turns[0].Speaker.Surname())

	// two mayors in the header: no one
	tr = read("Mayor Tom Reed and Mayor Ann Lowell Hold a Joint Briefing\n\nTHE MAYOR:  Good afternoon.\n")
	assert.Equal(t, "", tr.Turns[0].Speaker.Name)
	assert.Equal(t, "The Mayor", tr.Turns[0].Speaker.Display())

	// a headline's verb after "the President" or after the name is no name
	for header, name := range map[string]string{
		"Remarks by the President Honoring Salem Veterans":                  "",
		"Remarks by the President Hosting Prime Minister Dan Kemp of Salem": "",
		"Remarks by President Tom Reed Marking Harbor City Day":             "Tom Reed",
	} {
		tr = read(header + "\n\nTHE PRESIDENT:  Good afternoon.\n")
		assert.Equal(t, name, tr.Turns[0].Speaker.Name, header)
	}
}

// TestHeaderInCapitals: a header written in capitals ("REMARKS BY TOM
// REED AT THE PRESS CONFERENCE") names its speaker by the name's words
// alone, not the run of capitals before them, and the name reads in
// title case.
func TestHeaderInCapitals(t *testing.T) {
	for header, name := range map[string]string{
		"REMARKS BY TOM REED AT THE PRESS CONFERENCE":                   "Tom Reed",
		"PRESS CONFERENCE WITH MAYOR TOM J. REED ON THE SEAWALL":        "Tom J. Reed",
		"Remarks by Tom Reed at the Press Conference":                   "Tom Reed",
		"Secretary of State Tom Reed's Remarks":                         "Tom Reed",
		"Remarks by Police Chief Tom Reed and Port Director Ann Lowell": "Tom Reed",
	} {
		tr := readTranscript(t, "remarks.txt", header+"\n\nMR. REED: We will rebuild the seawall.\n\nQ: When?\n\nMR. REED: In March.\n")
		require.NotEmpty(t, tr.Turns, header)
		assert.Equal(t, name, tr.Turns[0].Speaker.Name, header)
	}
	tr := readTranscript(t, "remarks.txt", "REMARKS BY PRESIDENT TOM REED BEFORE MARINE ONE DEPARTURE\n\nTHE PRESIDENT:  We will rebuild the seawall.\n")
	assert.Equal(t, "Tom Reed", tr.Turns[0].Speaker.Name)
}

// TestOfficeFromHeader: a label that gives no office ("MS. LOWELL:")
// takes the one the header writes before the speaker's full name, so that
// an article's "the governor" is theirs; honorifics are no office.
func TestOfficeFromHeader(t *testing.T) {
	for header, want := range map[string][2]string{
		"Remarks by Mayor Tom Reed and Governor Ann Lowell on the Flood":      {"Mayor", "Governor"},
		"REMARKS BY MAYOR TOM REED AND GOVERNOR ANN LOWELL":                   {"Mayor", "Governor"},
		"Secretary of State Tom Reed's Remarks with Dr. Ann Lowell":           {"Secretary of State", ""},
		"Press Availability with Tom Reed and Ann Lowell":                     {"", ""},
		"Remarks by Mayor Tom Reed; Tom Reed, Governor-elect, and Ann Lowell": {"Mayor", ""},
		// letters whose lower case is longer ("Ⱥ") or shorter ("İ") in
		// bytes: the name is found in the line itself
		"ȺȺȺȺȺȺȺȺȺȺȺȺ Remarks by Mayor Tom Reed and Governor Ann Lowell": {"Mayor", "Governor"},
		"İİİİİİİİİİİİ Remarks by Mayor Tom Reed and Governor Ann Lowell": {"Mayor", "Governor"},
	} {
		tr := readTranscript(t, "remarks.txt", header+"\n\nMR. REED: We will rebuild the seawall.\n\nMS. LOWELL: The state will pay.\n")
		require.Len(t, tr.Turns, 2, header)
		for k, sp := range []*Speaker{tr.Turns[0].Speaker, tr.Turns[1].Speaker} {
			if want[k] == "" {
				assert.True(t, honorificOnly(sp.Title), "%s: %s", header, sp.Title)
				assert.NotContains(t, sp.Aliases, "the mr.", header)
				continue
			}
			assert.Equal(t, want[k], sp.Title, header)
			assert.Contains(t, sp.Aliases, "the "+strings.ToLower(want[k]), header)
		}
	}
}

// TestSubtitleCharacterReferences: WebVTT and SubRip captions may write
// characters as references ("won&#39;t", "&amp;"); the speech holds the
// characters, each padded to its reference's length, so that words and
// positions stay whole, while tags are no speech.
func TestSubtitleCharacterReferences(t *testing.T) {
	for name, text := range map[string]string{
		"c.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Tom Reed>We won&#39;t stop &amp; it&apos;s <i>paid</i>.\n",
		"c.srt": "1\n00:00:01,000 --> 00:00:04,000\nREED: We won&#39;t stop &amp; it&apos;s <i>paid</i>.\n",
		// a reference named by a prefix alone is no character: a tag
		"d.vtt": "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Tom Reed>We won&#39;t stop &amp; it&apos;s &notit;<i>paid</i>.\n",
	} {
		tr := readTranscript(t, name, text)
		require.Len(t, tr.Turns, 1, name)
		speech := tr.SpeechText()[tr.Turns[0].Start:tr.Turns[0].End]
		plain := strings.Map(func(r rune) rune {
			if isPad(r) {
				return -1
			}
			return r
		}, speech)
		assert.Equal(t, "We won't stop & it's paid .", strings.Join(strings.Fields(plain), " "), name)
	}
}

// TestDialogueDetected: names in ordinary case and a colon label a
// record's turns when they look like a conversation, a "Q:" in capitals
// among them; one such line, or labels that introduce no speech
// ("Note:"), do not make a record of one.
func TestDialogueDetected(t *testing.T) {
	detect := func(text string) Format {
		doc, err := NewDoc("notes.txt", []byte(text))
		require.NoError(t, err)
		return DetectFormat(doc)
	}
	assert.Equal(t, FormatDialogue, detect("Reed: We will rebuild the seawall.\nQ: When?\nReed: In March.\nLowell: Not before the storms.\n"))
	assert.Equal(t, FormatPlain, detect("We will rebuild the seawall.\nReed: In March, I think.\nThe crews are ready.\n"))
	assert.Equal(t, FormatPlain, detect("Note: edited.\nUpdate: corrected.\nNote: again.\nWe will rebuild the seawall.\n"))
	assert.Equal(t, FormatRemarks, detect("MAYOR REED: We will rebuild the seawall.\n\nQ: When?\n\nMAYOR REED: In March.\n"))
	// a header's or a footer's labelled lines around a speech with no
	// labels: the speech is no turn of "Correction" nor a header
	assert.Equal(t, FormatPlain, detect("Harbor City: Mayor Tom Reed addressed the council.\nCorrection: An earlier version gave the wrong date.\n"+
		"Correction: An earlier version misspelled a name.\n\nWe will rebuild the seawall before the winter storms.\n"))
	assert.Equal(t, FormatPlain, detect("We will rebuild the seawall before the winter storms.\n\nThank you.\n\n"+
		"Read More: Council approves seawall budget\nRead More: Salem floods again\nWatch: The full address\n"))
	assert.Equal(t, FormatPlain, detect("Salem: The mayor spoke.\nWatch: The address\nSalem: Tom Reed\nWatch: Again\n\nWe will rebuild the seawall.\n"))
}

// TestNoSpeakerLabelEndsTurn: a line whose label names no speaker ("Note:",
// "Correction:") in a dialogue record is no one's speech: it ends the turn
// before it.
func TestNoSpeakerLabelEndsTurn(t *testing.T) {
	tr := readTranscript(t, "notes.txt", "Reed: We counted 12 ships.\nLowell: Not so.\nNote: Lowell later said the count was wrong.\nReed: It was 12.\nLowell: Fine.\n")
	require.Equal(t, FormatDialogue, tr.Format)
	var speech []string
	for _, turn := range tr.Turns {
		speech = append(speech, turn.Speaker.ID+": "+tr.Doc.Text[turn.Start:turn.End])
	}
	assert.Equal(t, []string{"REED: We counted 12 ships.", "LOWELL: Not so.", "REED: It was 12.", "LOWELL: Fine."}, speech)
}

// TestSpeakerKeysOfRealLabels: a record names one person in several ways,
// and two people must not share a key. A council's or a court's office
// before a surname ("COUNCILMAN HADDAD:") is a title, so a later
// "HADDAD:" is the same speaker; a name's suffix is not its family name,
// so "Tom Reed Jr." and "Dan Kemp Jr." are two people; and a video
// meeting's "Reed, Tom" is Tom Reed, not one "TOM" with every other Tom.
func TestSpeakerKeysOfRealLabels(t *testing.T) {
	read := func(name, text string) *Transcript {
		tr := readTranscript(t, name, text)
		return tr
	}
	tr := read("council.txt", "HARBOR CITY COUNCIL WORK SESSION\n\n"+
		"CHAIRWOMAN LOWELL: We will begin with public comment.\n\n"+
		"COUNCILMAN HADDAD: The ferry terminal is the worst deal this city has signed.\n\n"+
		"LOWELL: The deal was approved by this council.\n\n"+
		"HADDAD: And I was one of the two.\n")
	require.Len(t, tr.Turns, 4)
	assert.Len(t, tr.Speakers, 2)
	assert.Same(t, tr.Turns[0].Speaker, tr.Turns[2].Speaker)
	assert.Same(t, tr.Turns[1].Speaker, tr.Turns[3].Speaker)
	assert.Equal(t, "HADDAD", tr.Turns[1].Speaker.ID)

	tr = read("podcast.txt", "Tom Reed Jr. (00:00:03):\nMy guest today is Dan Kemp.\n\n"+
		"Dan Kemp Jr. (00:00:09):\nGlad to be here.\n\n"+
		"Tom Reed Jr. (00:00:15):\nSo what went wrong?\n")
	require.Len(t, tr.Turns, 3)
	assert.NotSame(t, tr.Turns[0].Speaker, tr.Turns[1].Speaker)
	assert.Equal(t, "REED", tr.Turns[0].Speaker.ID)
	assert.Equal(t, "KEMP", tr.Turns[1].Speaker.ID)

	tr = read("meeting.vtt", "WEBVTT\n\n00:00:03.120 --> 00:00:07.450\n<v Reed, Tom>Let's get started.</v>\n\n"+
		"00:00:08.010 --> 00:00:14.300\n<v Lowell, Ann>The application is due on Friday.</v>\n\n"+
		"00:00:19.000 --> 00:00:24.000\n<v Kemp, Tom>We can have the numbers by Wednesday.</v>\n")
	require.Len(t, tr.Turns, 3)
	assert.NotSame(t, tr.Turns[0].Speaker, tr.Turns[2].Speaker)
	assert.Equal(t, "Tom Reed", tr.Turns[0].Speaker.Name)
	assert.Equal(t, "KEMP", tr.Turns[2].Speaker.ID)
	assert.Contains(t, tr.Turns[2].Speaker.Aliases, "kemp")
}

// TestHearingLabels: a hearing's labels say more than the name: a
// member's party and state, a witness's post; the name before them is the
// speaker, keyed by family name so that a later "LOWELL:" is the same
// person, even when such a label opens the file, and a title the label
// abbreviates ("SEN.") is the office written out. A voice the record
// cannot name ("(UNKNOWN):", "UNIDENTIFIED MALE:", a line "(CROSSTALK)")
// speaks a turn of its own with no speaker, and a heading ("WITNESSES:",
// "PANEL II:") is no one's speech.
func TestHearingLabels(t *testing.T) {
	doc, err := NewDoc("hearing.txt", []byte("SEN. ANN LOWELL (D-SALEM): I want to say at the outset that the port authority has not been straight with us.\n"+
		"(UNKNOWN): That's not true.\n"+
		"REP. DAN KEMP (R-SALEM): Will the gentlewoman yield?\n"+
		"LOWELL: I will not.\n"+
		"UNIDENTIFIED MALE: Order!\n"+
		"SEN. LOWELL: The overruns are real.\n"+
		"(CROSSTALK)\n"+
		"PANEL II:\n"+
		"WITNESSES: Omar Haddad, Director, Harbor City Institute\n"+
		"DR. OMAR HADDAD, DIRECTOR, HARBOR CITY INSTITUTE: The overruns began in 2019.\n"+
		"(LAUGHTER)\n"+
		"Since then they have doubled.\n"))
	require.NoError(t, err)
	assert.Equal(t, FormatRemarks, DetectFormat(doc))
	tr, err := ParseTranscript(doc)
	require.NoError(t, err)
	turns := turnLines(tr)
	assert.Equal(t, []string{
		"LOWELL: I want to say at the outset that the port authority has not been straight with us.",
		"(UNKNOWN): That's not true.",
		"KEMP: Will the gentlewoman yield?",
		"LOWELL: I will not.",
		"(UNKNOWN): Order!",
		"LOWELL: The overruns are real.",
		"HADDAD: The overruns began in 2019. (LAUGHTER) Since then they have doubled.",
	}, turns)
	require.Len(t, tr.Turns, 7)
	lowell := tr.Turns[0].Speaker
	assert.Equal(t, "Ann Lowell", lowell.Name)
	assert.Equal(t, "Senator", lowell.Title) // "SEN.", written out
	assert.Contains(t, lowell.Aliases, "the senator")
	assert.Equal(t, RoleUnknown, tr.Turns[1].Speaker.Role)
	assert.Equal(t, "Omar Haddad", tr.Turns[6].Speaker.Name)
	assert.Len(t, tr.Speakers, 4)

	// a second Lowell keeps the whole name
	doc, err = NewDoc("hearing.txt", []byte("SEN. ANN LOWELL (D-SALEM): The overruns are real.\n\nREP. TOM LOWELL (R-SALEM): They are not.\n"))
	require.NoError(t, err)
	tr, err = ParseTranscript(doc)
	require.NoError(t, err)
	require.Len(t, tr.Turns, 2)
	assert.Equal(t, []string{"LOWELL", "TOM LOWELL"}, []string{tr.Turns[0].Speaker.ID, tr.Turns[1].Speaker.ID})
}

// TestSuffixAfterFamilyName: a label of a family name and a suffix ("MR.
// REED JR.:", "Reed Jr.:") is keyed by the family name, so an article's
// "Reed said" is theirs, never "JR".
func TestSuffixAfterFamilyName(t *testing.T) {
	for name, text := range map[string]string{
		"remarks.txt":  "MR. REED JR.:  We will rebuild.\n\nMS. LOWELL:  When?\n\nMR. REED JR.:  Soon.\n",
		"dialogue.txt": "Reed Jr.: We will rebuild.\nAnn Lowell: When?\nReed Jr.: Soon.\nAnn Lowell: Good.\n",
	} {
		_, _, tr := readTurns(t, name, text)
		require.NotEmpty(t, tr.Turns, name)
		assert.Equal(t, "REED", tr.Turns[0].Speaker.ID, name)
		assert.Contains(t, tr.Turns[0].Speaker.Aliases, "reed", name)
	}
}

// TestHearingLabelAfterByteOrderMark: a hearing's label opens the file
// after a byte order mark or a no-break space, as labelRE lets a label.
func TestHearingLabelAfterByteOrderMark(t *testing.T) {
	for _, lead := range []string{"\uFEFF", "\u00a0"} {
		_, turns, _ := readTurns(t, "hearing.txt", lead+"SEN. ANN LOWELL (D-SALEM): The overruns are real.\n\n"+
			"REP. DAN KEMP (R-SALEM): They are not.\n\nLOWELL: They are.\n")
		assert.Equal(t, []string{"LOWELL: The overruns are real.", "KEMP: They are not.", "LOWELL: They are."}, turns, "%q", lead)
	}
}

// TestSpeechInCapitalsIsNoHearingLabel: a line of speech in capitals with
// a comma before a colon ("THANK YOU, HARBOR CITY: WE WILL REBUILD.") goes
// on the turn; a hearing's name and post ("ANN LOWELL, MAYOR OF SALEM:",
// "LOWELL, DIRECTOR:") still labels one.
func TestSpeechInCapitalsIsNoHearingLabel(t *testing.T) {
	_, turns, _ := readTurns(t, "remarks.txt", "MAYOR REED: Thank you. And I say to everyone here tonight:\n"+
		"THANK YOU, HARBOR CITY: WE WILL REBUILD.\nNO, NO, NO: we will not wait.\nYES, SIR: we will not.\n\n"+
		"ANN LOWELL, MAYOR OF SALEM: Thank you.\n\nKEMP, DIRECTOR: And the ferry?\n\nQ: Mayor, when?\n")
	assert.Equal(t, []string{"REED: Thank you. And I say to everyone here tonight: THANK YOU, HARBOR CITY: WE WILL REBUILD. " +
		"NO, NO, NO: we will not wait. YES, SIR: we will not.", "LOWELL: Thank you.", "KEMP: And the ferry?", "Q: Mayor, when?"}, turns)
}

// TestInterviewAnswers: the "A:" turns of an interview are the person its
// header says it is with, keyed and named so that an article's "Lowell
// said" is theirs; a header that names two people, or none, leaves "A" as
// it is.
func TestInterviewAnswers(t *testing.T) {
	body := "\n\nQ: What went wrong with the seawall?\n\nA: The contractor walked away in March.\n\nQ: And now?\n\nA: It will be finished by winter.\n"
	for header, want := range map[string][3]string{
		"Interview with Mayor Ann Lowell of Salem":         {"LOWELL", "Ann Lowell", "Mayor"},
		"An interview with Ann Lowell":                     {"LOWELL", "Ann Lowell", ""},
		"INTERVIEW WITH ANN LOWELL, MAYOR OF SALEM":        {"LOWELL", "Ann Lowell", ""},
		"Interview with Ann Lowell and Dan Kemp":           {"A", "", ""},
		"Notes from the seawall site":                      {"A", "", ""},
		"Mayor's interview with the Harbor City Times":     {"A", "", ""},
		"Interview with Harbor City News":                  {"A", "", ""},
		"Interview with Ann Lowell by Dan Kemp of the Sun": {"LOWELL", "Ann Lowell", ""},
	} {
		tr := readTranscript(t, "interview.txt", header+body)
		require.Len(t, tr.Turns, 4, header)
		sp := tr.Turns[1].Speaker
		assert.Equal(t, want, [3]string{sp.ID, sp.Name, sp.Title}, header)
		assert.Same(t, sp, tr.Turns[3].Speaker, header)
		assert.Equal(t, RolePress, tr.Turns[0].Speaker.Role, header)
	}
}

// TestCourtTestimony: a court's "Q." lines are the lawyer's whom "BY
// MR. KEMP:" names, its "A." lines and "THE WITNESS:" the witness's whom
// the oath or the examination's heading names, until another is sworn;
// "THE COURT:" is the judge the header names, never the court's name; the
// page's line numbers are no speech. With no witness named the answers
// are "the witness", never the lawyer's. A newspaper's "Q." and "A." with
// no sign of a court are the press and the interviewee.
func TestCourtTestimony(t *testing.T) {
	read := func(text string) (*Transcript, []string) {
		tr := readTranscript(t, "court.txt", text)
		return tr, turnLines(tr)
	}
	tr, turns := read(" 1        IN THE SUPERIOR COURT OF HARBOR CITY\n" +
		" 2     BEFORE THE HONORABLE OMAR HADDAD, JUDGE\n" +
		" 3\n" +
		" 4              ANN LOWELL,\n" +
		" 5   having been duly sworn, testified as follows:\n" +
		" 6              DIRECT EXAMINATION\n" +
		" 7   BY MR. KEMP:\n" +
		" 8        Q.   Where were you that night?\n" +
		" 9        A.   At the port, near the north gate, until\n" +
		"10   about midnight.\n" +
		"11              MR. REED:  Objection.\n" +
		"12              THE COURT:  Overruled.\n" +
		"13              THE WITNESS:  I saw him there.\n" +
		"14              DIRECT EXAMINATION OF DAN SALEM\n" +
		"15   BY MR. REED:\n" +
		"16        Q.   Were you at the port?\n" +
		"17        A.   No.\n")
	assert.Equal(t, FormatRemarks, tr.Format)
	assert.Equal(t, []string{
		"KEMP: Where were you that night?",
		"LOWELL: At the port, near the north gate, until about midnight.",
		"REED: Objection.",
		"HADDAD: Overruled.",
		"LOWELL: I saw him there.",
		"REED: Were you at the port?",
		"SALEM: No.",
	}, turns)
	require.Len(t, tr.Turns, 7)
	judge := tr.Turns[3].Speaker
	assert.Equal(t, "Omar Haddad", judge.Name)
	assert.Equal(t, "Judge", judge.Title)
	assert.Equal(t, "Ann Lowell", tr.Turns[1].Speaker.Name)

	// no witness, no judge named: the answers are the witness's, the
	// court is the court
	tr, turns = read("IN THE SUPERIOR COURT OF HARBOR CITY\n\nBY MR. KEMP:\n  Q. Where were you?\n  A. At the port.\n  THE COURT: Go on.\n")
	assert.Equal(t, []string{"KEMP: Where were you?", "WITNESS: At the port.", "COURT: Go on."}, turns)
	require.Len(t, tr.Turns, 3)
	assert.Equal(t, "The Witness", tr.Turns[1].Speaker.Display())
	assert.Equal(t, "The Court", tr.Turns[2].Speaker.Display())

	// an interview printed with "Q." and "A."
	tr, turns = read("An interview with Ann Lowell\n\nQ. What went wrong?\nA. The contractor walked away.\nQ. And now?\nA. We start again.\n")
	require.Len(t, turns, 4)
	assert.Equal(t, "LOWELL: The contractor walked away.", turns[1])
	assert.Equal(t, RolePress, tr.Turns[0].Speaker.Role)
}

// TestCourtBareMarks: a court's "Q" and "A" written without a period
// before a wide space ("A    I never saw his face.") are the question's
// and the answer's marks; a line that opens on the word "A" is none.
func TestCourtBareMarks(t *testing.T) {
	doc, err := NewDoc("court.txt", []byte("IN THE SUPERIOR COURT OF SALEM COUNTY\n\n"+
		"ANN LOWELL, having been duly sworn, testified as follows:\n\nDIRECT EXAMINATION\n\nBY MR. KEMP:\n\n"+
		"Q    Where were you that night?\n\nA    I never saw his face.\nA man came in later.\n\nQ\tDid you hear anything?\n\nA\tOnly the ferry horn.\n"))
	require.NoError(t, err)
	tr, err := ParseTranscript(doc)
	require.NoError(t, err)
	turns := turnLines(tr)
	assert.Equal(t, []string{
		"KEMP: Where were you that night?",
		"LOWELL: I never saw his face. A man came in later.",
		"KEMP: Did you hear anything?",
		"LOWELL: Only the ferry horn.",
	}, turns)
}

// TestWideSpacedAIsNoAnswer: a line of speech that opens on the word "A"
// set with wide spaces, right under a line that breaks off mid-sentence,
// goes on that sentence: the White House's "Q    " lines make no
// interview of it.
func TestWideSpacedAIsNoAnswer(t *testing.T) {
	_, turns, _ := readTurns(t, "remarks.txt", "MS. LOWELL:  Good afternoon.\n\nQ    Did the mayor call?\n\n"+
		"MS. LOWELL:  He did.  And let me say,\nA    few more people came than we expected.\n\nQ    How many?\n\nMS. LOWELL:  Two hundred.\n")
	assert.Equal(t, []string{"LOWELL: Good afternoon.", "Q: Did the mayor call?",
		"LOWELL: He did. And let me say, A few more people came than we expected.", "Q: How many?", "LOWELL: Two hundred."}, turns)
}

// TestSwearingInIsNoOath: a header's or a speech's "Ann Lowell, who was
// sworn in on Tuesday" swears an office holder in, not a witness: the
// record is no court's, its "Q:" is the press and the line stays speech;
// a witness "duly sworn in" who "testified" is still sworn.
func TestSwearingInIsNoOath(t *testing.T) {
	_, turns, tr := readTurns(t, "remarks.txt", "Remarks by Governor Ann Lowell\n"+
		"Governor Ann Lowell, who was sworn in on Tuesday, spoke at City Hall.\n\n"+
		"GOVERNOR LOWELL: Thank you all for coming.\nTom Reed, who was sworn in as mayor last week, is with us.\n\n"+
		"Q: Governor, when will the bill pass?\n\nGOVERNOR LOWELL: This spring.\n")
	assert.Equal(t, []string{"LOWELL: Thank you all for coming. Tom Reed, who was sworn in as mayor last week, is with us.",
		"Q: Governor, when will the bill pass?", "LOWELL: This spring."}, turns)
	require.Len(t, tr.Turns, 3)
	assert.Equal(t, RolePress, tr.Turns[1].Speaker.Role)

	_, turns, _ = readTurns(t, "court.txt", "IN THE SUPERIOR COURT OF SALEM COUNTY\n\n"+
		"ANN LOWELL, having been duly sworn in, testified as follows:\n\nBY MR. KEMP:\n\n"+
		"Q.  Where were you that night?\n\nA.  At the port.\n")
	assert.Equal(t, []string{"KEMP: Where were you that night?", "LOWELL: At the port."}, turns)
}

// TestCaseCaptionNamesNoSpeaker: a party a case caption names ("STATE OF
// SALEM v. TOM REED", or on lines of its own around "vs.") gives no
// lawyer labelled "MR. REED:" the name Tom Reed; a party who is sworn is
// named by the oath, and a debate's "Tom Reed vs. Ann Lowell" still names
// its speakers.
func TestCaseCaptionNamesNoSpeaker(t *testing.T) {
	names := func(text string) map[string]string {
		tr := readTranscript(t, "record.txt", text)
		out := map[string]string{}
		for _, sp := range tr.Speakers {
			out[sp.ID] = sp.Name
		}
		return out
	}
	body := "\nBY MR. KEMP:\n\nQ.  Where were you?\n\nA.  At the port.\n\nMR. REED:  Objection.\n\nTHE COURT:  Overruled.\n"
	for _, header := range []string{
		"IN THE SUPERIOR COURT OF SALEM COUNTY\nSTATE OF SALEM v. TOM REED\n\nANN LOWELL, having been duly sworn, testified as follows:\n",
		"IN THE SUPERIOR COURT OF SALEM COUNTY\n\nSTATE OF SALEM,        )\n     Plaintiff,        )\nvs.                    )\nTOM REED,              )\n     Defendant.        )\n\nANN LOWELL, having been duly sworn, testified as follows:\n",
		"STATE OF SALEM\n\nversus\n\nTOM REED, Defendant\n\nANN LOWELL, having been duly sworn, testified as follows:\n",
	} {
		got := names(header + body)
		assert.Equal(t, "", got["REED"], header)
		assert.Equal(t, "Ann Lowell", got["LOWELL"], header)
	}
	got := names("STATE OF SALEM v. TOM REED\nIN THE SUPERIOR COURT\n\nTOM REED, having been duly sworn, testified as follows:\n\nBY MR. KEMP:\n\nQ.  Where were you?\n\nA.  At the port.\n")
	assert.Equal(t, "Tom Reed", got["REED"], "sworn")
	got = names("Debate: Tom Reed vs. Ann Lowell\n\nREED:  We will rebuild the harbor.\n\nLOWELL:  Not with new taxes.\n")
	assert.Equal(t, "Tom Reed", got["REED"], "a debate")
	assert.Equal(t, "Ann Lowell", got["LOWELL"], "a debate")
}

// readTranscript reads text as the transcript file name, in the layout
// detected for it.
func readTranscript(t *testing.T, name, text string) *Transcript {
	t.Helper()
	doc, err := NewDoc(name, []byte(text))
	require.NoError(t, err)
	tr, err := ParseTranscript(doc)
	require.NoError(t, err)
	return tr
}
