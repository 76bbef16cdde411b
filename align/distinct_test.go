package align

import (
	"fmt"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDistinctiveMisattribution: words another speaker says prove a
// misattribution only when they are distinctive enough to be that
// speaker's remark (candidate.distinctive); a stock phrase of speech,
// however long, is judged as if nobody else said it, with a reason that
// says whose words it matches.
func TestDistinctiveMisattribution(t *testing.T) {
	rec := record(t, `MR. REED:  Good morning.  The ferry will run on Sundays from May.

MS. LOWELL:  Thank you so much for having me.  I think that is exactly right.  Let me be very clear about that.  I want to thank all of you for coming.  The harbor tax is dead.  We told them there is a right way and a wrong way to do it.  The lights were on all night.  Harbor City will pay 4 million dollars.  Shoulder to shoulder.
`)
	cases := []struct {
		name, speaker, quote string
		want                 Verdict
		reason               string
	}{
		{"thanks", "Reed", "Thank you so much for having me", Fabricated, "too common to tell"},
		{"agreement", "Reed", "I think that is exactly right", Fabricated, "too common to tell"},
		{"emphasis", "Reed", "Let me be very clear about that", Fabricated, "too common to tell"},
		{"thanks for coming", "Reed", "I want to thank all of you for coming", Fabricated, "too common to tell"},
		{"stock phrase, speaker not in the record", "Kemp", "I think that is exactly right", Unverifiable, "Kemp does not speak in the record; the words are in it, said by Ms. Lowell, but too common to tell"},
		{"short idiom", "Reed", "shoulder to shoulder", Fabricated, "too common to tell"},
		{"distinctive and short", "Reed", "the harbor tax is dead", Misattributed, "said by Ms. Lowell, not Reed"},
		{"a number and a name", "Reed", "Harbor City will pay 4 million dollars", Misattributed, "said by Ms. Lowell, not Reed"},
		{"distinctive six words", "Reed", "The lights were on all night", Misattributed, "said by Ms. Lowell, not Reed"},
		{"long passage of common words", "Reed", "We told them there is a right way and a wrong way to do it", Misattributed, "said by Ms. Lowell, not Reed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := verdictOf(t, rec, c.speaker, c.quote)
			assert.Equal(t, c.want, f.Verdict, f.Reason)
			assert.Contains(t, f.Reason, c.reason)
		})
	}
}

// TestDistinctiveWeight states the rule in its constants: a word weighs 1,
// a distinctive word 2.
func TestDistinctiveWeight(t *testing.T) {
	for _, c := range []struct {
		words, distinct int
		want            bool
	}{
		{5, 3, true},  // "the harbor tax is dead"
		{4, 2, false}, // "the timeline is unrealistic"
		{9, 0, false}, // "I want to thank all of you for coming"
		{6, 2, true},  // "the lights were on all night"
		{7, 1, false},
		{15, 1, true}, // a long passage
		{2*MinMisattributedWeight - 1, 0, false},
	} {
		cand := candidate{m: measures{quoteWords: c.words, matchedDistinct: c.distinct}}
		assert.Equal(t, c.want, cand.distinctive(), "%d words, %d distinctive", c.words, c.distinct)
	}
}

// TestMisattributedEarliestByDate: words two other speakers say word for
// word are said by the one of the earlier transcript, whatever the order
// the record lists its transcripts in.
func TestMisattributedEarliestByDate(t *testing.T) {
	later := "Harbor City, March 2, 2025\n\nDAN KEMP:  The ferry fare will double by the spring.\n\nTOM REED:  We shall see.\n"
	earlier := "Harbor City, January 7, 2025\n\nANN LOWELL:  The ferry fare will double by the spring.\n"
	for _, order := range [][]string{{later, earlier}, {earlier, later}} {
		var trs []*quotes.Transcript
		for i, text := range order {
			d, err := quotes.NewDoc(fmt.Sprintf("t%d.txt", i+1), []byte(text))
			require.NoError(t, err)
			tr, err := quotes.ParseTranscript(d)
			require.NoError(t, err)
			trs = append(trs, tr)
		}
		f := verdictOf(t, NewRecord(trs...), "Reed", "The ferry fare will double by the spring")
		assert.Equal(t, Misattributed, f.Verdict, f.Reason)
		assert.Equal(t, "said by Ann Lowell, not Reed", f.Reason)
	}
}
