package quotes

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readTurns reads text as the file name, in the layout detected for it,
// and gives the layout and each turn as "KEY: speech".
func readTurns(t *testing.T, name, text string) (Format, []string, *Transcript) {
	t.Helper()
	doc, err := NewDoc(name, []byte(text))
	require.NoError(t, err)
	tr, err := ParseTranscript(doc)
	require.NoError(t, err)
	return tr.Format, turnLines(tr), tr
}

// turnLines is each turn of tr as "ID: its words", spaces joined: what a
// reader of the record sees of who says what.
func turnLines(tr *Transcript) []string {
	var turns []string
	for _, turn := range tr.Turns {
		turns = append(turns, turn.Speaker.ID+": "+joinFields(tr.Text(turn)))
	}
	return turns
}

func joinFields(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestNameAndTimeLines: a meeting recorder's export puts a name and the
// moment on a line of their own and the speech on the next lines; "Speaker
// 1" names no one. One such line among plain text ("Harbor City 10:30")
// is no label, nor is a page's "Updated 10:30", nor an agenda's lines
// with no speech under them.
func TestNameAndTimeLines(t *testing.T) {
	f, turns, tr := readTurns(t, "call.txt", "Tom Reed  0:18\nHow many people are you serving now?\n\n"+
		"Ann Lowell  0:21\nWe served more than nine thousand households\nin January alone.\n\n"+
		"Speaker 1  1:02:03\nThank you both.\n")
	assert.Equal(t, FormatCommercial, f)
	assert.Equal(t, []string{"REED: How many people are you serving now?",
		"LOWELL: We served more than nine thousand households in January alone.", "SPEAKER 1: Thank you both."}, turns)
	require.Len(t, tr.Turns, 3)
	assert.Equal(t, "Tom Reed", tr.Turns[0].Speaker.Name)
	assert.Equal(t, RoleUnknown, tr.Turns[2].Speaker.Role, "Speaker 1 names no one")
	assert.Equal(t, "00:00:21", FormatTime(tr.Turns[1].Time))
	assert.Equal(t, "01:02:03", FormatTime(tr.Turns[2].Time))

	f, _, _ = readTurns(t, "notes.txt", "Harbor City 10:30\nThe council met to hear the budget.\n\nWe will rebuild the seawall.\n")
	assert.Equal(t, FormatPlain, f)
	f, _, _ = readTurns(t, "notes.txt", "Updated 10:30\nPosted 9:15\nWe will rebuild the seawall.\n")
	assert.Equal(t, FormatPlain, f)
	// an agenda's times have no speech on the next line
	f, _, _ = readTurns(t, "council.txt", "Harbor City Council\nOpening Remarks 6:00\nPublic Comment 6:15\n\n"+
		"Good evening everyone. We will rebuild the seawall this year.\n")
	assert.Equal(t, FormatPlain, f)
}

// TestLabelsWithConstituencyOrRole: a parliament's record puts a member's
// constituency and party in parentheses after the name, on a line of its
// own with or without a colon, the speech on the next lines; a town hall's
// notes put a role in parentheses or after a comma before the colon. What
// the label adds is no part of the name. A name alone on a line, a
// header's "Tom Reed, Mayor of Harbor City" and a sentence's "Well, you
// know: …" are no labels.
func TestLabelsWithConstituencyOrRole(t *testing.T) {
	f, turns, tr := readTurns(t, "hansard.txt", "Tom Reed (Salem North) (Lab)\nHow many families is the food bank serving?\n\n"+
		"Ann Lowell (Harbor City) (Con):\nMore than nine thousand households.\n\n"+
		"Tom Reed (Salem North) (Lab)\nThat is a record.\n\nAnn Lowell (Harbor City) (Con)\nIt is.\n")
	assert.Equal(t, FormatDialogue, f)
	assert.Equal(t, []string{"REED: How many families is the food bank serving?", "LOWELL: More than nine thousand households.",
		"REED: That is a record.", "LOWELL: It is."}, turns)
	assert.Equal(t, "Tom Reed", tr.Turns[0].Speaker.Name)

	f, turns, _ = readTurns(t, "town.txt", "Harbor City town hall\nTom Reed, Mayor of Harbor City\n\n"+
		"Dan Kemp, Transit Director: The new bus line opens in March.\nAnn Lowell (resident): Will it stop at the harbor?\n"+
		"Dan Kemp, Transit Director of Harbor City: Every twenty minutes. Well, you know: it is a start.\n"+
		"Reed, Tom: Thank you.\nAnn Lowell (resident): Then I will take it.\n")
	assert.Equal(t, FormatDialogue, f)
	assert.Equal(t, []string{"KEMP: The new bus line opens in March.", "LOWELL: Will it stop at the harbor?",
		"KEMP: Every twenty minutes. Well, you know: it is a start.", "REED: Thank you.", "LOWELL: Then I will take it."}, turns)

	for _, line := range []string{"Tom Reed", "Tom Reed, Mayor of Harbor City", "Well, you know: it is a start.", "Tom Reed (Salem North) said so"} {
		label, _, _ := dialogueLabel(line)
		assert.Empty(t, label, line)
	}
}

// TestTimeBeforeLabel: an editing tool's export puts the moment in
// brackets before the label, the speech after it on the same line; a line
// that goes on the speech after a time alone is the turn's.
func TestTimeBeforeLabel(t *testing.T) {
	f, turns, tr := readTurns(t, "edit.txt", "[00:00:03] Tom Reed: How many people are you serving now?\n\n"+
		"[00:00:07] Ann Lowell: More than nine thousand households.\n\n"+
		"(01:02) Speaker 2: And in February?\n")
	assert.Equal(t, FormatCommercial, f)
	assert.Equal(t, []string{"REED: How many people are you serving now?", "LOWELL: More than nine thousand households.",
		"SPEAKER 2: And in February?"}, turns)
	require.Len(t, tr.Turns, 3)
	assert.Equal(t, "00:00:07", FormatTime(tr.Turns[1].Time))
	assert.Equal(t, "00:01:02", FormatTime(tr.Turns[2].Time))
	// a sentence after a time is no label: "[00:00:09] and the reason: …"
	_, form := commercialLabel("[00:00:09] and the reason: money.")
	assert.Equal(t, notCommercial, form)
	// a record with times and no labels: a sentence's "Look:" once is none
	f, turns, _ = readTurns(t, "times.txt", "[00:00:01] Good evening. We will rebuild the seawall.\n"+
		"[00:00:05] Look: the storms are coming.\n[00:00:09] Update: the vote passed.\n")
	assert.Equal(t, FormatPlain, f)
	assert.Len(t, turns, 1)
	// a family name alone labels when it labels two lines
	f, turns, _ = readTurns(t, "times.txt", "[00:00:01] Reed: Will it pass?\n[00:00:05] Lowell: Not this year.\n[00:00:09] Reed: Why not?\n")
	assert.Equal(t, FormatCommercial, f)
	assert.Equal(t, []string{"REED: Will it pass?", "LOWELL: Not this year.", "REED: Why not?"}, turns)
}

// TestRollingCaptions: YouTube's automatic captions show each cue's last
// line again at the next cue's start (and in a cue of a hundredth of a
// second between), the new words with their own moments under it; the
// record says each line once, at its place in the file. A cue opens on a
// line of one space before its text. Ordinary subtitles whose speaker
// says "No." in two cues keep both.
func TestRollingCaptions(t *testing.T) {
	text := "WEBVTT\nKind: captions\nLanguage: en\n\n" +
		"00:00:00.160 --> 00:00:03.590 align:start position:0%\n \n" +
		"thank<00:00:00.560><c> you</c><00:00:01.360><c> for</c><00:00:01.680><c> coming</c>\n\n" +
		"00:00:03.590 --> 00:00:03.600 align:start position:0%\nthank you for coming\n \n\n" +
		"00:00:03.600 --> 00:00:06.990 align:start position:0%\nthank you for coming\n" +
		"to<00:00:03.840><c> talk</c><00:00:04.080><c> about</c><00:00:04.560><c> the</c><00:00:05.040><c> seawall</c>\n\n" +
		"00:00:06.990 --> 00:00:07.000 align:start position:0%\nto talk about the seawall\n \n\n" +
		"00:00:07.000 --> 00:00:10.470 align:start position:0%\nto talk about the seawall\n" +
		"we<00:00:07.240><c> will</c><00:00:07.480><c> rebuild</c><00:00:07.800><c> it</c>\n\n" +
		"00:00:10.470 --> 00:00:10.480 align:start position:0%\nwe will rebuild it\n \n"
	f, turns, tr := readTurns(t, "captions.vtt", text)
	assert.Equal(t, FormatVTT, f)
	assert.Equal(t, []string{"(UNKNOWN): thank you for coming to talk about the seawall we will rebuild it"}, turns)
	require.Len(t, tr.Turns, 1)
	assert.Equal(t, strings.Index(text, "thank<"), tr.Turns[0].Start, "the first cue's text after its line of one space")
	assert.Equal(t, "160ms", tr.Turns[0].Time.String())
	talk := strings.Index(text, "to<00:00:03.840>")
	assert.Equal(t, "to", tr.SpeechText()[talk:talk+2], "the words stay where the file has them")
	at, ok := tr.TimeAt(talk)
	assert.True(t, ok)
	assert.Equal(t, "3.6s", at.String())
	at, _ = tr.TimeAt(strings.Index(text, " rebuild"))
	assert.Equal(t, "7.48s", at.String())

	_, turns, _ = readTurns(t, "talk.srt", "1\n00:00:01,000 --> 00:00:02,000\nREED: Will it pass?\n\n"+
		"2\n00:00:02,000 --> 00:00:03,000\nLOWELL: No.\n\n3\n00:00:03,000 --> 00:00:04,000\nNo.\n\n"+
		"4\n00:00:04,000 --> 00:00:05,000\nNot this year.\n\n5\n00:00:05,000 --> 00:00:06,000\nREED: Why not?\n")
	assert.Equal(t, []string{"REED: Will it pass?", "LOWELL: No. No. Not this year.", "REED: Why not?"}, turns)
}

// TestSubtitleTurns: a person's name in mixed case labels a cue even when
// that person speaks once ("Dan Kemp:"); ">>", at a line's start or
// within it, opens another speaker's turn, unnamed unless a name follows; in a cue of two lines opening on a
// dash the second is another speaker's. Caption text before a colon
// ("Note:", "Well:", "Harbor City:") names no one.
func TestSubtitleTurns(t *testing.T) {
	_, turns, _ := readTurns(t, "meeting.srt", "1\n00:00:01,000 --> 00:00:03,000\nREED: When can we see the figures?\n\n"+
		"2\n00:00:03,000 --> 00:00:05,000\nDan Kemp: We can have the numbers\nby Wednesday.\n\n"+
		"3\n00:00:05,000 --> 00:00:07,000\nREED: Good.\nWell: that is settled.\n\n"+
		"4\n00:00:07,000 --> 00:00:09,000\nNote: the figures came Friday.\nHarbor City: a port town.\n")
	assert.Equal(t, []string{"REED: When can we see the figures?", "KEMP: We can have the numbers by Wednesday.",
		"REED: Good. Well: that is settled. Note: the figures came Friday. Harbor City: a port town."}, turns)

	_, turns, tr := readTurns(t, "news.srt", "1\n00:00:01,000 --> 00:00:03,000\n>> REED: Will the bridge open?\n\n"+
		"2\n00:00:03,000 --> 00:00:05,000\n>> Not before June.\n\n3\n00:00:05,000 --> 00:00:07,000\nThe steel came late.\n\n"+
		"4\n00:00:07,000 --> 00:00:09,000\n>> REED: And the ferry?\n\n"+
		"5\n00:00:09,000 --> 00:00:11,000\n- REED: Is it running?\n- It runs every hour.\n\n"+
		"6\n00:00:11,000 --> 00:00:13,000\n-- and on Sundays.\n")
	assert.Equal(t, []string{"REED: Will the bridge open?", "(UNKNOWN): Not before June. The steel came late.",
		"REED: And the ferry? Is it running?", "(UNKNOWN): It runs every hour. - and on Sundays."}, turns)
	assert.Equal(t, RoleUnknown, tr.Turns[1].Speaker.Role)

	// within a line, as a broadcast's captions pass the turn
	_, turns, _ = readTurns(t, "news.srt", "1\n00:00:01,000 --> 00:00:03,000\nREED: WE WILL REBUILD. >> THANK YOU,\nMAYOR.\n\n"+
		"2\n00:00:03,000 --> 00:00:05,000\nAND THE FERRY? >> LOWELL: IT RUNS.\n\n"+
		"3\n00:00:05,000 --> 00:00:07,000\n<i>>> REED: EVERY HOUR.</i>\n")
	assert.Equal(t, []string{"REED: WE WILL REBUILD.", "(UNKNOWN): THANK YOU, MAYOR. AND THE FERRY?", "LOWELL: IT RUNS.", "REED: EVERY HOUR."}, turns)
}

// TestOverlapMatchesEveryLength: overlap, read once, finds the most
// leading lines of a cue that end the cue before, as trying every length
// from the longest does.
func TestOverlapMatchesEveryLength(t *testing.T) {
	brute := func(prev, next []string) int {
		for r := min(len(prev), len(next)); r > 0; r-- {
			if slices.Equal(next[:r], prev[len(prev)-r:]) {
				return r
			}
		}
		return 0
	}
	rng := rand.New(rand.NewPCG(7, 7))
	words := []string{"we will", "rebuild", "the seawall"}
	cue := func() []string {
		out := make([]string, rng.IntN(8))
		for i := range out {
			out[i] = words[rng.IntN(len(words))]
		}
		return out
	}
	for k := 0; k < 20000; k++ {
		prev, next := cue(), cue()
		require.Equal(t, brute(prev, next), overlap(prev, next), "%q %q", prev, next)
	}
}

// BenchmarkRollingRepeats reads two cues of many lines, the second
// opening on the first's last half: trying every length of overlap is
// quadratic in the lines.
func BenchmarkRollingRepeats(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("lines=%d", n), func(b *testing.B) {
			text := "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n" + strings.Repeat("we will\n", n) +
				"\n00:00:02.000 --> 00:00:03.000\n" + strings.Repeat("we will\n", n/2) + strings.Repeat("rebuild\n", n/2)
			doc, err := NewDoc("big.vtt", []byte(text))
			require.NoError(b, err)
			blocks := subtitleBlocks(doc)
			b.ReportAllocs()
			for b.Loop() {
				rollingRepeats(doc, blocks)
			}
		})
	}
}

// TestSentenceWithCommaIsNoRosterLabel: a line of speech that opens on a
// word, a comma and a name before a colon ("Thanks, Tom: that is good
// news.", "Yes, Mayor Reed: …") goes on the turn; a roster's "Reed, Tom:"
// labels when the record names Tom Reed elsewhere or uses it twice.
func TestSentenceWithCommaIsNoRosterLabel(t *testing.T) {
	_, turns, _ := readTurns(t, "notes.txt", "Tom Reed: Will the ferry run?\nAnn Lowell: Every hour.\nTom Reed: Good.\n"+
		"Ann Lowell: Every day.\nThanks, Tom: that is good news.\nYes, Mayor Reed: it is.\nTom Reed: Yes.\n")
	assert.Equal(t, []string{"REED: Will the ferry run?", "LOWELL: Every hour.", "REED: Good.",
		"LOWELL: Every day. Thanks, Tom: that is good news. Yes, Mayor Reed: it is.", "REED: Yes."}, turns)

	_, turns, _ = readTurns(t, "roster.txt", "Reed, Tom: Will the ferry run?\nLowell, Ann: Every hour.\n"+
		"Reed, Tom: Good.\nLowell, Ann: Every day.\n")
	assert.Equal(t, []string{"REED: Will the ferry run?", "LOWELL: Every hour.", "REED: Good.", "LOWELL: Every day."}, turns)
}
