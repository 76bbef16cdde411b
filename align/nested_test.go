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

// A quotation that is nothing but a quotation of someone else's words
// has none of its own to judge once those are left out: no verdict of
// "fabricated" drawn from no words; the words it quotes are checked.
func TestNestedNothingButInner(t *testing.T) {
	rec := record(t, mechRecord)
	for _, text := range []string{
		"“‘We will not raise taxes on working families,’” Okafor said.",
		// three words of its own prove nothing either
		"“As they say, ‘we will not raise taxes on working families,’” Okafor said.",
	} {
		d, err := quotes.NewDoc("article.txt", []byte(text))
		require.NoError(t, err)
		fs := rec.Check(quotes.ParseArticleKnown(d, rec.Surnames()))
		require.Len(t, fs, 2)
		assert.Equal(t, Skipped, fs[0].Verdict, fs[0].Reason)
		assert.Equal(t, OnlyInner, fs[0].Reason)
		assert.Equal(t, Verbatim, fs[1].Verdict)
		assert.Equal(t, "RIVERA", fs[1].Source.SpeakerID)
	}
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

// A quotation nested in one whose verdict was reached with its words left
// out (the outer one misattributed whole, faithful without them) was not
// checked with it: it is checked on its own, and words of Kemp's quoted
// with a word added are altered, not skipped as checked.
func TestNestedLeftOutIsCheckedOnItsOwn(t *testing.T) {
	rec := record(t, mechRecord+`
MR. KEMP:  We will never raise taxes on working families in this state.

MS. RIVERA:  When he told us, I believed him.
`)
	d, err := quotes.NewDoc("article.txt", []byte("“When he told us, ‘we will never, ever raise taxes on working families in this state,’ I believed him,” Rivera said."))
	require.NoError(t, err)
	fs := rec.Check(quotes.ParseArticleKnown(d, rec.Surnames()))
	require.Len(t, fs, 2)
	assert.Equal(t, Faithful, fs[0].Verdict, fs[0].Reason)
	assert.NotEmpty(t, fs[0].LeftOut)
	assert.Equal(t, "we will never, ever raise taxes on working families in this state", fs[1].Quote.Text)
	assert.NotEqual(t, WithinFound, fs[1].Reason, "its words were left out of the outer verdict, not checked with it")
	assert.Equal(t, Altered, fs[1].Verdict, fs[1].Reason)
}
