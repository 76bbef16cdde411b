package align

import (
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A quotation inside a record speaker's quotation is the speaker's report
// of someone's words: it is checked with the quotation around it. Inside a
// quotation the record does not hold as its speaker's (someone outside
// the record quoting a record speaker), it is checked on its own.
func TestNestedQuotations(t *testing.T) {
	rec := record(t, mechRecord+`
MS. RIVERA:  My father told me, "never sell the family farm," and I never did.
`)
	check := func(text string) []Finding {
		d, err := quotes.NewDoc("article.txt", []byte(text))
		require.NoError(t, err)
		return rec.Check(quotes.ParseArticleKnown(d, rec.Surnames()))
	}

	fs := check("“My father told me, ‘never sell the family farm,’ and I never did,” Rivera said.")
	require.Len(t, fs, 2)
	assert.Equal(t, Verbatim, fs[0].Verdict)
	assert.Equal(t, "never sell the family farm", fs[1].Quote.Text)
	assert.Equal(t, Skipped, fs[1].Verdict)
	assert.Equal(t, WithinFound, fs[1].Reason)

	fs = check("Lena Park, a nurse, was in the audience.\n\n“When Rivera told us, ‘we will not raise taxes on working families,’ I believed her,” Park said.")
	require.Len(t, fs, 2)
	assert.Equal(t, Unverifiable, fs[0].Verdict, "the nurse's own words are not in the record, and the words she quotes are Rivera's, not hers")
	assert.Equal(t, "we will not raise taxes on working families", fs[1].Quote.Text)
	assert.Equal(t, Verbatim, fs[1].Verdict)
	assert.Equal(t, "RIVERA", fs[1].SpeakerID)
}

// A quotation given to the wrong speaker stays misattributed though it
// quotes someone inside it: the record holds its speaker's own words too.
func TestNestedKeepsMisattribution(t *testing.T) {
	rec := record(t, mechRecord+`
MS. RIVERA:  My father told me, "never sell the family farm," and I never sold an acre of it to anyone.
`)
	d, err := quotes.NewDoc("article.txt", []byte("“My father told me, ‘never sell the family farm,’ and I never sold an acre of it to anyone,” Okafor said."))
	require.NoError(t, err)
	fs := rec.Check(quotes.ParseArticleKnown(d, rec.Surnames()))
	require.NotEmpty(t, fs)
	assert.Equal(t, Misattributed, fs[0].Verdict)
	assert.Equal(t, "RIVERA", fs[0].Source.SpeakerID)
}
