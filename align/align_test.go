package align

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/quotecheck/quotecheck/quotes"
)

func norms(ts []Token) string {
	var s []string
	for _, t := range ts {
		switch t.Kind {
		case Editorial:
			s = append(s, "["+t.Norm+"]")
		case Ellipsis:
			s = append(s, "…")
		default:
			s = append(s, t.Norm)
		}
	}
	return strings.Join(s, " ")
}

// TestTokenizeKeepsApart: words that are other words stay apart.
func TestTokenizeKeepsApart(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"the analyses", "the analyzes"},         // a noun's plural, not the verb
		{"voted seven-two", "voted seventy-two"}, // a vote, not a number
		{"nine-eleven", "nine-one-one"},          // not one number either
		{"a five-zero vote", "a fifty vote"},
		{"twenty-four-seven", "two-forty-seven"},
		{"a thirty-second ad", "a 32nd ad"},            // a length of time, as often as an ordinal
		{"a seven-second delay", "a 72 delay"},         // an ordinal beside a number stays a word
		{"five million dollars", "five million euros"}, // only the dollar is written as a sign
		{"one second", "one two"},                      // "second" is as often a length of time
		{"a thirty second ad", "a thirty two ad"},
		{"the 1990s", "the 1890s"},
	} {
		assert.NotEqual(t, norms(Tokenize(c.a, 0, true)), norms(Tokenize(c.b, 0, true)), "%q and %q", c.a, c.b)
	}
}

func TestTokenizeFolds(t *testing.T) {
	cases := []struct{ a, b string }{
		{"We’re living", "we are living"},
		{"It's no accident", "it is no accident"},
		{"doesn't stop", "does not stop"},
		{"the U.S.-Japan alliance", "the US Japan alliance"},
		{"like-minded countries", "likeminded countries"},
		{"seven times", "7 times"},
		{"twenty-one times", "21 times"},
		{"1,000 people", "1000 people"},
		{"2,500 nurses", "two thousand five hundred nurses"},
		{"3,000,000 riders", "three million riders"},
		{"250 miles", "two hundred fifty miles"},
		{"1,200,450", "one million two hundred thousand four hundred fifty"},
		{"rose 50% in May", "rose 50 percent in May"},
		{"a 1,000% rise", "a one thousand percent rise"},
		{"a 50%-owned unit", "a 50 percent owned unit"},
		{"take 50%off", "take 50 percent off"},
		{"Gov. Reed and Dr. Kemp", "Governor Reed and Doctor Kemp"},
		{"it is OK", "it is okay"},
		{"on Sept. 21, Reed vs. Lowell", "on September 21, Reed versus Lowell"},
		{"on Sept 21 and Jan. 5", "on September 21 and January 5"},
		{"I spoke to Jan. She agreed", "I spoke to Jan, she agreed"}, // a period after a name changes no word
		{"it is O.K.", "it is ok"},
		{"rock & roll", "rock and roll"},
		{"the F.B.I. and the U.S.A.", "the FBI and the USA"},
		{"in the 1990's, 'til May", "in the 1990s, until May"},
		{"it is alright, I dunno, kinda late", "it is all right, I do not know, kind of late"},
		{"RÉSUMÉ", "resume"},
		{"Cafe\u0301", "café"}, // decomposed and precomposed accents
		{"“Quoted” — words…", "quoted words"},
		{"ﬁnal", "final"}, // ligature
		{"the organisation's honour, travelling to the centre", "the organization's honor, traveling to the center"},
		{"a favourite colour, analysed and practised", "a favorite color, analyzed and practiced"},
		{"a five-year plan, a twenty-four-hour ferry", "a 5-year plan, a 24-hour ferry"},
		{"the centre-left, in self-defence, a well-organised labour-intensive plan", "the center-left, in self-defense, a well-organized labor-intensive plan"},
		{"centre left", "center left"},
		{"behavioural favouritism, an organisational armoury", "behavioral favoritism, an organizational armory"},
		{"councillors destabilised and politicised it, libellous jewellers", "councilors destabilized and politicized it, libelous jewelers"},
		{"a paedophile, anaemia, greying, catalysed", "a pedophile, anemia, graying, catalyzed"},
		{"one-on-one, a twenty-one-year-old", "1-on-1, a 21-year-old"},
		// ordinals, decades and dollars, as news copy writes a speaker's words
		{"the twenty-first century, on the fifth of May", "the 21st century, on the 5th of May"},
		{"on September eleventh, the third time", "on Sept. 11, the 3rd time"},
		{"we came in first and second, the 100th day", "we came in 1st and 2nd, the one hundredth day"},
		{"a fourth-quarter drop, the 23rd floor", "a 4th-quarter drop, the twenty-third floor"},
		{"a seven-second delay", "a 7-second delay"},
		{"one-third of it, a one-fifth share", "one third of it, a one fifth share"},
		{"back in the nineties, the mid-eighties", "back in the '90s, the mid-80s"},
		{"five million dollars, one dollar, a one-dollar bill", "$5 million, $1, a $1 bill"},
		{"2.5 billion dollars", "$2.5 billion"},
		{"$3bn, £250m, $1.5bn, $2tn", "three billion, 250 million, 1.5 billion dollars, two trillion"},
		// speech as transcripts spell it, news copy's short forms
		{"we are goin' on, doin’ fine, y'know, tell 'em", "we are going on, doing fine, you know, tell them"},
		{"wait till May, etc.", "wait until May, et cetera"},
		{"winds of 60 mph, 100 KPH, 30 mpg", "winds of sixty miles per hour, 100 kilometres per hour, 30 miles per gallon"},
		{"they said ‘it will begin’ and ‘never again’", "they said it will begin and never again"}, // no dropped g
		{"the Salem Corp. and Harbor Co. on Main St. near St. Mary", "the Salem Corporation and Harbor Company on Main Street near Saint Mary"},
		{"donʼt ask the CEO's", "don't ask the CEOs"},
		{"don‘t ask, I′m here, we`re ready, the word ‘harbor‘", "don't ask, I'm here, we're ready, the word harbor"},
		{"at 9.30pm, at 11.05am, at 9.30p.m.", "at 9:30 p.m., at 11:05 a.m., at 9:30 p.m."},
		{"every one of them, some one, any one", "everyone of them, someone, anyone"},
		{"don´t ask, I＇m here, we‛re ready, donʹt go, Kemp´s", "don't ask, I'm here, we're ready, don't go, Kemp's"},
		// a stammer as a transcript writes it, and fractions as news copy does
		{"we will f-fund the-the clinic, I-I-I think, w-we're", "we will fund the clinic, I think, we're"},
		{"3½ years, ½ of it, ¼ of it, 2¾%", "three and a half years, half of it, a quarter of it, two and three quarters percent"},
	}
	for _, c := range cases {
		t.Run(c.a, func(t *testing.T) {
			a := Tokenize(c.a, 0, false)
			b := Tokenize(c.b, 0, false)
			assert.Equal(t, norms(b), norms(a))
		})
	}
	// the pronoun "us" is not the country
	assert.NotEqual(t, norms(Tokenize("told us", 0, false)), norms(Tokenize("told US", 0, false)))
	// a word said twice on purpose, a score, a prefix or a letter that
	// begins no word again is no stammer
	for _, c := range [][2]string{{"a so-so plan", "a so plan"}, {"a win-win deal", "a win deal"}, {"ten-ten", "ten"},
		{"re-read it", "read it"}, {"co-chair", "chair"}, {"an x-ray", "an ray"}, {"the t-shirt", "the shirt"}} {
		assert.NotEqual(t, norms(Tokenize(c[1], 0, false)), norms(Tokenize(c[0], 0, false)), c[0])
	}
}

func TestTokenizeQuoteMarks(t *testing.T) {
	cases := []struct{ in, want string }{
		{"[W]e’re living", "we are living"},
		{"to cooperate, [and] to communicate", "to cooperate [and] to communicate"},
		{"to keep peace … to keep security", "to keep peace … to keep security"},
		{"this alliance... to ensure", "this alliance … to ensure"},
		{"there (sic) money", "there [sic] money"},
		{"[the president] said", "[the] [president] said"},
		{"the harbor […] and the pier", "the harbor … and the pier"},
		{"the harbor [...] and [. . .] the pier", "the harbor … and … the pier"},
		{"the harbor...and the pier", "the harbor … and the pier"},
		{"the No. 1 priority, No\u00a010 and No 5, then No. And no 2", "the no. 1 priority no. 10 and no. 5 then no and no 2"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			assert.Equal(t, c.want, norms(Tokenize(c.in, 0, true)))
		})
	}
	// offsets point at the words in the text
	text := "He said: [W]e’re here."
	for _, tk := range Tokenize(text, 100, true) {
		assert.GreaterOrEqual(t, tk.Start, 100)
		assert.LessOrEqual(t, tk.End, 100+len(text))
	}
}

// a one-turn record for mechanism tests
func record(t *testing.T, text string) *Record {
	t.Helper()
	d, err := quotes.NewDoc("record.txt", []byte(text))
	require.NoError(t, err)
	tr, err := quotes.ParseTranscript(d)
	require.NoError(t, err)
	return NewRecord(tr)
}

const mechRecord = `MS. RIVERA:  We will not raise taxes on working families, and we will invest in schools, roads and clean water across the state.  If the legislature passes the budget, we can start building next spring.  Our neighbours have waited long enough for these repairs, and I intend to keep that promise to every county.

MR. OKAFOR:  The plan is expensive and the timeline is unrealistic, but we share the goal of safer bridges for our children.
`

func verdictOf(t *testing.T, rec *Record, speaker, quote string) Finding {
	t.Helper()
	text := speaker + ` said: "` + quote + `"`
	d, err := quotes.NewDoc("article.txt", []byte(text))
	require.NoError(t, err)
	a := quotes.ParseArticleKnown(d, rec.Surnames())
	require.Len(t, a.Quotes, 1)
	fs := rec.Check(a)
	require.Len(t, fs, 1)
	return fs[0]
}

func TestVerdictMechanisms(t *testing.T) {
	rec := record(t, mechRecord)
	cases := []struct {
		name, speaker, quote string
		want                 Verdict
		source               string
	}{
		{"typography only", "Rivera", "we won't raise taxes on working families", Verbatim, "RIVERA"},
		{"American spelling of the record's British", "Rivera", "Our neighbors have waited long enough for these repairs", Verbatim, "RIVERA"},
		{"mid-sentence start and case", "Rivera", "Invest in schools, roads and clean water", Verbatim, "RIVERA"},
		{"ellipsis for an omission", "Rivera", "we will invest in schools … across the state", Faithful, "RIVERA"},
		{"bracketed insertion", "Rivera", "[The governor's] neighbours have waited long enough for these repairs", Faithful, "RIVERA"},
		{"bracket replacing words", "Rivera", "[We] have waited long enough for these repairs", Faithful, "RIVERA"},
		{"a bracket holding the record's own words", "Rivera", "[Our neighbours] have waited long enough for [these] repairs", Faithful, "RIVERA"},
		{"ellipsis dropping a negation", "Rivera", "We will … raise taxes on working families", Altered, "RIVERA"},
		{"an opening ellipsis leaves out nothing, a negation before it neither", "Rivera", "… we will invest in schools, roads and clean water", Faithful, "RIVERA"},
		{"ellipsis dropping a condition", "Rivera", "the legislature passes the budget … we can start building next spring", Faithful, "RIVERA"},
		{"unmarked substitution", "Rivera", "we will invest in schools, roads and clean air across the state", Altered, "RIVERA"},
		{"a number changed in a short quote", "Okafor", "we share the goal of 2 bridges", Altered, "OKAFOR"},
		{"a number added in a short quote", "Okafor", "the goal of 2 safer bridges", Altered, "OKAFOR"},
		{"passages joined without an ellipsis", "Rivera", "we will invest in schools, roads and clean water, and I intend to keep that promise to every county", Altered, "RIVERA"},
		{"reworded", "Rivera", "every county has waited far too long for repairs, and I promise to keep going", Paraphrased, "RIVERA"},
		{"somebody else's words", "Rivera", "the plan is expensive and the timeline is unrealistic", Misattributed, "OKAFOR"},
		{"common phrase is no misattribution", "Rivera", "our children", Fabricated, ""},
		{"a run of small words kept, the words carrying the meaning not", "Rivera", "and we will celebrate tonight", Fabricated, ""},
		{"and with no speaker, no source either", "", "and we will celebrate tonight", Unverifiable, ""},
		{"not in the record", "Rivera", "the moon landing was the greatest day of my life", Fabricated, ""},
		{"speaker not in the record", "Smith", "the harvest festival begins on Friday with a parade", Unverifiable, ""},
		{"speaker not in the record, words of someone in it", "Smith", "the plan is expensive and the timeline is unrealistic", Misattributed, "OKAFOR"},
		{"a few opening words shared prove nothing", "Smith", "we will not raise the flag over the stadium this year", Unverifiable, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := verdictOf(t, rec, c.speaker, c.quote)
			assert.Equal(t, c.want, f.Verdict, "reason: %s, similarity %.2f", f.Reason, f.Similarity)
			if c.source == "" {
				assert.Nil(t, f.Source)
			} else if assert.NotNil(t, f.Source) {
				assert.Equal(t, c.source, f.Source.SpeakerID)
			}
		})
	}
}

// TestUnverifiableShortPhraseInRecord: a speaker not in the record given a
// phrase too short to prove whose it is, which a speaker of the record says:
// unverifiable, but the reason does not deny that the words are there.
func TestUnverifiableShortPhraseInRecord(t *testing.T) {
	rec := record(t, mechRecord)
	f := verdictOf(t, rec, "Smith", "the timeline is unrealistic")
	assert.Equal(t, Unverifiable, f.Verdict, f.Reason)
	assert.NotContains(t, f.Reason, "nobody in it said this")
	assert.Contains(t, f.Reason, "said by "+rec.byID["OKAFOR"].Display)

	f = verdictOf(t, rec, "Smith", "the harvest festival begins on Friday with a parade")
	assert.Contains(t, f.Reason, "nobody in it said this")
}

func TestEarliestUtterance(t *testing.T) {
	rec := record(t, `MS. RIVERA:  We stand together.  Thank you all for coming.

MR. OKAFOR:  Thank you.

MS. RIVERA:  Again: thank you all for coming.
`)
	f := verdictOf(t, rec, "Rivera", "Thank you all for coming.")
	require.Equal(t, Verbatim, f.Verdict)
	require.NotNil(t, f.Source)
	assert.Equal(t, 1, f.Source.Line)
}

func TestUnnamedQuoteNeverMisattributed(t *testing.T) {
	rec := record(t, mechRecord)
	d, err := quotes.NewDoc("a.txt", []byte(`Critics have called "the plan is expensive and the timeline is unrealistic" for months.`))
	require.NoError(t, err)
	fs := rec.Check(quotes.ParseArticleKnown(d, rec.Surnames()))
	require.Len(t, fs, 1)
	assert.Equal(t, Verbatim, fs[0].Verdict)
	assert.Equal(t, "OKAFOR", fs[0].SpeakerID)
}

// TestEllipsisAtTheEnds: an ellipsis opening or closing a quote says
// only that it begins or ends mid-passage: the source is the quoted words,
// not the turn from its start, and the diff leaves nothing out.
func TestEllipsisAtTheEnds(t *testing.T) {
	rec := record(t, mechRecord)
	f := verdictOf(t, rec, "Rivera", "… we can start building next spring …")
	require.Equal(t, Faithful, f.Verdict, f.Reason)
	require.NotNil(t, f.Source)
	assert.Equal(t, "we can start building next spring.", f.Source.Text)
	for _, d := range f.Diff {
		assert.False(t, d.Record, "no record words left out: %q", d.Text)
	}
}

func TestDiffRebuildsBothSides(t *testing.T) {
	rec := record(t, mechRecord)
	f := verdictOf(t, rec, "Rivera", "we will invest in schools, [and] roads … across the state")
	require.NotNil(t, f.Source)
	var quoteSide, recordSide []string
	for _, d := range f.Diff {
		switch {
		case d.Op == "equal":
			quoteSide = append(quoteSide, d.Text)
			recordSide = append(recordSide, d.Text)
		case d.Op == "delete" || d.Op == "editorial" && d.Record:
			recordSide = append(recordSide, d.Text)
		default:
			quoteSide = append(quoteSide, d.Text)
		}
	}
	fold := func(s string) string { return norms(Tokenize(s, 0, true)) }
	assert.Equal(t, fold(f.Quote.Text), fold(strings.Join(quoteSide, " ")))
	assert.Equal(t, fold(f.Source.Text), fold(strings.Join(recordSide, " ")))
}

// TestNumbersInWordsAndNumerals: a numeral and the same number in words
// are the same words, and a diff shows a number, or a contraction, that is
// one word read as several whole on each side.
func TestNumbersInWordsAndNumerals(t *testing.T) {
	rec := record(t, "MS. RIVERA:  We will hire two thousand five hundred nurses by spring, and we won't raise the fare.\n")
	f := verdictOf(t, rec, "Rivera", "we will hire 2,500 nurses by spring")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	// a numeral joined to a word is a compound like any other, written
	// apart or not
	rec24 := record(t, "MS. RIVERA:  We need a 24-hour ferry service for the island.\n")
	f = verdictOf(t, rec24, "Rivera", "we need a 24 hour ferry service")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)

	diff := func(quote string) string { return diffString(verdictOf(t, rec, "Rivera", quote).Diff) }
	assert.Equal(t, "we will hire [-two thousand five hundred-] {+3,000+} nurses by spring", diff("we will hire 3,000 nurses by spring"))
	assert.Equal(t, "and we [-won't-] {+will+} raise the fare.", diff("and we will raise the fare."))
}

// assertVerdicts checks each quote, given to speaker, against rec.
func assertVerdicts(t *testing.T, rec *Record, speaker string, want Verdict, quotes ...string) {
	t.Helper()
	for _, q := range quotes {
		f := verdictOf(t, rec, speaker, q)
		assert.Equal(t, want, f.Verdict, q+": "+f.Reason)
	}
}

// TestOrdinalsDecadesDollars: news copy writes a speaker's ordinals,
// decades and dollars in digits and signs; the quote is the record's words.
func TestOrdinalsDecadesDollars(t *testing.T) {
	rec := record(t, "MS. RIVERA:  On September eleventh we put five million dollars into the twenty-first century port, back where it stood in the nineties. It was the third vote.\n")
	assertVerdicts(t, rec, "Rivera", Verbatim,
		"On Sept. 11 we put $5 million into the 21st century port",
		"back where it stood in the '90s",
		"It was the 3rd vote.",
	)
	assertVerdicts(t, rec, "Rivera", Altered,
		"On Sept. 12 we put $5 million into the 21st century port",
		"we put $6 million into the 21st century port",
		"It was the 4th vote.",
	)
}

// TestRespelt: a hyphen is typography ("re-elect" is "reelect"), but for
// the words "re-" makes with one that are other words without it:
// "re-sign" (sign again) is not "resign".
func TestRespelt(t *testing.T) {
	rec := record(t, "MS. LOWELL:  I will re-sign the contract with Harbor City. We will recover the cost from the state. We re-elected Tom Reed.\n")
	assertVerdicts(t, rec, "Lowell", Altered,
		"I will resign the contract with Harbor City.",
		"We will re-cover the cost from the state.",
	)
	assertVerdicts(t, rec, "Lowell", Verbatim,
		"I will re-sign the contract with Harbor City.",
		"We reelected Tom Reed.",
	)
}

// TestRespeltTypedHyphens: the hyphens a word processor types, U+2010
// and the non-breaking U+2011, are the hyphen, on either side: "re‑sign"
// is "re-sign", not "resign"; a soft hyphen (U+00AD) marks where a word
// may break and is none ("re\u00adsign" is "resign"); any other compound
// typed so is typography, as with "-".
func TestRespeltTypedHyphens(t *testing.T) {
	rec := record(t, "MS. LOWELL:  I will re\u2011sign the contract with Harbor City. We will recover the cost from the state. It is a well\u2010known pier.\n")
	assertVerdicts(t, rec, "Lowell", Altered,
		"I will resign the contract with Harbor City.",
		"I will re\u00adsign the contract with Harbor City.",
		"We will re\u2011cover the cost from the state.",
		"We will re\u2010cover the cost from the state.",
	)
	assertVerdicts(t, rec, "Lowell", Verbatim,
		"I will re-sign the contract with Harbor City.",
		"I will re\u2010sign the contract with Harbor City.",
		"We will re\u00adcover the cost from the state.",
		"It is a well-known pier.",
		"It is a wellknown pier.",
	)
}

// TestRespeltWrittenApart: a word "re-" makes with a hyphen that is
// another word without it is the hyphenated word when written apart, as
// any compound is: "re sign" is "re-sign" (sign again), never "resign"
// joined; other words written apart still join ("re elect" is "reelect").
func TestRespeltWrittenApart(t *testing.T) {
	rec := record(t, "MS. LOWELL:  I will resign the contract with Harbor City. We will recover the cost from the state. We reelected Tom Reed.\n")
	assertVerdicts(t, rec, "Lowell", Altered,
		"I will re sign the contract with Harbor City.",
		"We will re cover the cost from the state.",
	)
	assertVerdicts(t, rec, "Lowell", Verbatim, "We re elected Tom Reed.")
	rec2 := record(t, "MS. LOWELL:  I will re sign the contract with Harbor City.\n")
	assertVerdicts(t, rec2, "Lowell", Altered, "I will resign the contract with Harbor City.")
}

// TestBracketChangesNumber: a bracket that stands for the record's words
// may say what they mean, but a bracket that puts another number, or the
// number in another currency, for the record's is a change of the
// speaker's words: altered, and the reason says so. A bracket for words
// with no number ("[$5 million]" for "it"), and one with the record's
// number written otherwise, stay faithful.
func TestBracketChangesNumber(t *testing.T) {
	rec := record(t, "MR. REED:  We will spend five million pounds on the harbor. We will spend it on the pier. The two of them will pay for the ferry. The vote was seven two on the pier.\n")
	for q, why := range map[string]string{
		"We will spend [six million pounds] on the harbor.": "a bracket changes a number: “6 million pounds” for the record's “5 million pounds”",
		"The [three] of them will pay for the ferry.":       "a bracket changes a number: “3” for the record's “2”",
		"The vote was [6-3] on the pier.":                   "a bracket changes a number: “6 3” for the record's “7 2”",
		"We will spend [$5 million] on the harbor.":         "a currency changed: dollars for the record's pounds",
	} {
		f := verdictOf(t, rec, "Reed", q)
		assert.Equal(t, Altered, f.Verdict, q+": "+f.Reason)
		assert.Equal(t, why, f.Reason, q)
	}
	assertVerdicts(t, rec, "Reed", Faithful,
		"We will spend [£5 million] on the harbor.",
		"We will spend [$5 million] on the pier.",
		"[Reed and Lowell] will pay for the ferry.",
		"The vote was [7-2] on the pier.",
	)
	// a bracket closing the quote stands for the record's words after
	// the run, as many as it holds
	rec2 := record(t, "MR. REED:  We will pay for the harbor, all five million. The vote was seven two.\n")
	assertVerdicts(t, rec2, "Reed", Altered, "We will pay for the harbor, all [six million].", "The vote was [6-3].")
	assertVerdicts(t, rec2, "Reed", Faithful, "We will pay for the harbor, all [$5 million].", "The vote was [7-2].")
}

// TestBracketTellsWhatNumberMeasures: a bracket that puts a date for the
// speaker's span of time ("[in 2020]" for "two years ago", "[on Sept. 5]"
// for "in two weeks") or an amount for a share ("[$2 million]" for "half
// of it") says what the number measures and stays faithful, where it was
// "a bracket changes a number"; a bracket closing the quote stands for
// the record's whole number after the run ("[$2.5 million]" for "two and
// a half million", "[in 2019]" for "twenty nineteen"), where it was cut
// to as many words as the bracket holds. A number of the same kind put
// otherwise, a decade among them, is still a change, and so is a
// currency a closing bracket changes.
func TestBracketTellsWhatNumberMeasures(t *testing.T) {
	rec := record(t, "MR. REED:  We passed the seawall plan two years ago and it works. We will vote on the ferry in two weeks and then we build. "+
		"We spent half of it on the pier in Salem. The harbor boomed in the nineties and then it died. We signed the lease in twenty nineteen. "+
		"It will cost two and a half million. The pier will cost five million pounds.\n")
	assertVerdicts(t, rec, "Reed", Faithful,
		"We passed the seawall plan [in 2020] and it works.",
		"We will vote on the ferry [on Sept. 5] and then we build.",
		"We spent [$2 million] on the pier in Salem.",
		"We signed the lease [in 2019].",
		"It will cost [$2.5 million].",
		"The harbor boomed [in the 1990s] and then it died.",
	)
	for q, why := range map[string]string{
		"We passed the seawall plan [3 years ago] and it works.": "a bracket changes a number: “3 years ago” for the record's “2 years ago”",
		"The harbor boomed [in the 1980s] and then it died.":     "a bracket changes a number: “in the 1980s” for the record's “in the 90s”",
		"We signed the lease [in 2020].":                         "a bracket changes a number: “in 2020” for the record's “in 20 19”",
		"It will cost [$3.5 million].":                           "a bracket changes a number: “3.5 million” for the record's “2 and a half million”",
		"The pier will cost [$5 million].":                       "a currency changed: dollars for the record's pounds",
	} {
		f := verdictOf(t, rec, "Reed", q)
		assert.Equal(t, Altered, f.Verdict, q+": "+f.Reason)
		assert.Equal(t, why, f.Reason, q)
	}
}

// TestCurrencyChanged: a number named in one currency on each side, by a
// sign or a word, is named in the same one, or the quote is altered and
// says so; where one side names none, or "$5 million" stands for "five
// million dollars", the sign is typography.
func TestCurrencyChanged(t *testing.T) {
	rec := record(t, "MR. REED:  The bridge will cost $5 million in Salem. The pier will cost five million dollars in Harbor City. The ferry will cost two million for the year. A stamp costs 50¢ at the pier.\n")
	for _, q := range []string{
		"The bridge will cost £5 million in Salem.",
		"The bridge will cost 5 million euros in Salem.",
		"The pier will cost €5 million in Harbor City.",
		"A stamp costs $50 at the pier.",
	} {
		f := verdictOf(t, rec, "Reed", q)
		assert.Equal(t, Altered, f.Verdict, q+": "+f.Reason)
		assert.Contains(t, f.Reason, "for the record's", q)
	}
	f := verdictOf(t, rec, "Reed", "The bridge will cost £5 million in Salem.")
	assert.Equal(t, "a currency changed: pounds for the record's dollars", f.Reason)
	// a number the two sides write otherwise, the record's words joined
	// or read as the quote's number, keeps its currency all the same
	// (where the quote ends within the number too, and for "half a
	// million")
	rec2 := record(t, "MR. REED:  The gate cost twenty one dollars in Salem. The mast cost nineteen ninety dollars in Harbor City. A ticket costs two fifty dollars. We paid half a million dollars for the pier.\n")
	for _, q := range []string{
		"The gate cost £21 in Salem.",
		"The mast cost €1990 in Harbor City.",
		"A ticket costs £2.50.",
		"We paid £500,000 for the pier.",
	} {
		f := verdictOf(t, rec2, "Reed", q)
		assert.Equal(t, Altered, f.Verdict, q+": "+f.Reason)
		assert.Contains(t, f.Reason, "for the record's dollars", q)
	}
	// numbers a speaker says in a row, written apart, are named apart:
	// "In 2019, $5 million" is in dollars, "£5, $7" in pounds, then
	// dollars
	rec3 := record(t, "MR. REED:  In 2019, $5 million went to Salem. We paid 20 $5 bills to the harbor. Tickets cost £5, $7 for visitors from Harbor City.\n")
	assertVerdicts(t, rec3, "Reed", Altered,
		"In 2019, £5 million went to Salem.",
		"We paid 20 £5 bills to the harbor.",
	)
	assertVerdicts(t, rec3, "Reed", Verbatim,
		"In 2019, $5 million went to Salem.",
		"We paid 20 $5 bills to the harbor.",
		"$7 for visitors from Harbor City",
	)
	assertVerdicts(t, rec2, "Reed", Verbatim,
		"The gate cost $21 in Salem.",
		"The mast cost $1990 in Harbor City.",
		"A ticket costs $2.50.",
		"We paid $500,000 for the pier.",
	)
	assertVerdicts(t, rec, "Reed", Verbatim,
		"The bridge will cost 5 million dollars in Salem.",
		"The pier will cost $5 million in Harbor City.",
		"The ferry will cost £2 million for the year.",
		"The bridge will cost five million in Salem.",
	)
}

// TestNumbersSpokenInARow: numbers a speaker says in a row are the one
// number they make as a speaker reads it ("twenty one" is 21, "nineteen
// eighty four" 1984), as written with a hyphen; never the number their
// digits make written together ("two, three days" is not 23 days), and
// numbers joined by a hyphen are each their own ("10-12" is not 1012).
func TestNumbersSpokenInARow(t *testing.T) {
	rec := record(t, "MS. RIVERA:  It took twenty one days in nineteen eighty four to build a twenty four hour ferry for two hundred twenty five riders. "+
		"Then it took two, three days to hire one, two workers. We expect 10-12 new ships; the vote was seven-two. "+
		"Growth was three point two percent, then point five percent, or three point one four.\n")
	assertVerdicts(t, rec, "Rivera", Verbatim,
		"It took 21 days in 1984 to build a 24-hour ferry for 225 riders.",
		"Growth was 3.2 percent, then 0.5 percent, or 3.14.",
		"it took twenty-one days",
		"We expect ten-twelve new ships; the vote was 7-2.",
	)
	assertVerdicts(t, rec, "Rivera", Altered,
		"Then it took 23 days to hire one, two workers.",
		"Then it took two, three days to hire 12 workers.",
		"We expect 1012 new ships",
		"the vote was 72.",
		"Growth was 3.3 percent, then 0.5 percent",
	)
}

// TestBracketsInsideWords: letters changed inside brackets within a word
// are a marked change ("rebuild[s]" for "rebuild", "[s]he" for "he"),
// the letters outside them the record's; an ellipsis in brackets or
// written with no space marks an omission; a bracket that adds a negation
// turns the record's words around.
func TestBracketsInsideWords(t *testing.T) {
	rec := record(t, "MS. RIVERA:  We rebuild the harbor every year. He said we will rebuild the harbor wall this year, and the pier next year. We always will.\n")
	assertVerdicts(t, rec, "Rivera", Faithful,
		"rebuild[s] the harbor every year",
		"[s]he said we will rebuild the harbor wall",
		"we will rebuild the harbor wall […] and the pier next year.",
		"we will rebuild the harbor wall...and the pier next year.",
	)
	f := verdictOf(t, rec, "Rivera", "rebuild[s] the harbor every year")
	require.NotEmpty(t, f.Diff)
	assert.Equal(t, DiffOp{Op: "editorial", Text: "rebuild", Record: true}, f.Diff[0], "the record's word the marked word stands in for")
	assertVerdicts(t, rec, "Rivera", Altered,
		"We [W]alk the harbor every year.", // the letters outside the brackets are not the record's
		"we will [not] rebuild the harbor wall this year",
		"We [never] will.",
	)
	assert.Equal(t, "a bracket adds “not”, which the record's words lack", verdictOf(t, rec, "Rivera", "we will [not] rebuild the harbor wall this year").Reason)
	// letters in brackets that make or unmake a negation: "[n]ever" for
	// "ever", "[P]ossible" for "impossible", "[un]fair", "can[not]",
	// "care[less]" for "careful"
	rec = record(t, "MS. RIVERA:  It is impossible, but we can do it if we ever try. The plan for the harbor wall is careful and fair to every family.\n")
	assertVerdicts(t, rec, "Rivera", Altered,
		"[P]ossible, but we can do it if we ever try",
		"we can[not] do it if we ever try",
		"we can do it if we [n]ever try",
		"The plan for the harbor wall is care[less] and fair to every family.",
		"The plan for the harbor wall is careful and [un]fair to every family.",
	)
	// a marked word a fold makes another ("[e]ight" is "8") stands in
	// for no record word whose ends are its letters ("right")
	rec = record(t, "MS. RIVERA:  We will get it right this year, and the pier next year.\n")
	assertVerdicts(t, rec, "Rivera", Altered, "We will get it [e]ight this year")
}

// TestRepeatedWordsProveNothing: a reading that keeps one content word
// the quote says twice ("we're going to …; we're going to …") and small
// words around it is no source of the named speaker's: the words are
// another speaker's, verbatim.
func TestRepeatedWordsProveNothing(t *testing.T) {
	rec := record(t, "MS. RIVERA:  So when I talk about how we're going to fund the parks, how we're going to get the trains running, and a lot more, I mean it.\n\n"+
		"MR. OKAFOR:  We're going to get them out; we're going to close the border. Then we will see.\n")
	f := verdictOf(t, rec, "Rivera", "We're going to get them out; we're going to close the border.")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)
	if assert.NotNil(t, f.Source) {
		assert.Equal(t, "OKAFOR", f.Source.SpeakerID)
	}
}

// TestYearsReadInPairs: a year written as a numeral is the record's two
// numbers spoken for it ("nineteen ninety", "twenty twenty"), as before
// numerals were read as words, while "2,500" stays "two thousand five
// hundred".
func TestYearsReadInPairs(t *testing.T) {
	rec := record(t, "MS. RIVERA:  The mill closed in nineteen ninety, and in twenty twenty we hired two thousand five hundred nurses.\n")
	assertVerdicts(t, rec, "Rivera", Verbatim,
		"The mill closed in 1990",
		"in 2020 we hired 2,500 nurses",
	)
}

// TestFarPassagesJoined: a quote that joins two sentences of one answer
// far apart is read across both — faithful with an ellipsis, altered
// without one — never as half a quote with words of its own.
func TestFarPassagesJoined(t *testing.T) {
	filler := strings.Repeat("The committee met again on Thursday and the week after to hear more witnesses about the schedule. ", 25)
	rec := record(t, "MS. RIVERA:  We will rebuild the harbour wall before the winter storms arrive. "+filler+
		"Every family on the coast deserves to sleep without fear of the sea.\n")
	cases := []struct {
		quote string
		want  Verdict
	}{
		{"We will rebuild the harbour wall before the winter storms arrive … Every family on the coast deserves to sleep without fear of the sea.", Faithful},
		{"We will rebuild the harbour wall before the winter storms arrive. Every family on the coast deserves to sleep without fear of the sea.", Altered},
	}
	for _, c := range cases {
		f := verdictOf(t, rec, "Rivera", c.quote)
		assert.Equal(t, c.want, f.Verdict, "%q: %s", c.quote, f.Reason)
		if assert.NotNil(t, f.Source) {
			assert.Contains(t, f.Source.Text, "harbour wall")
			assert.Contains(t, f.Source.Text, "fear of the sea")
		}
	}
}

// TestQuotedInRecord: words a speaker of the record gives in quotation
// marks, quoting someone, are in the record but are not that speaker's own:
// a quote of them given to another speaker is neither fabricated nor
// misattributed, and the report says whose quotation holds them. If
// someone else says them as their own, the quote is theirs.
func TestQuotedInRecord(t *testing.T) {
	rec := record(t, `MR. OKAFOR:  Good morning to all of you.

MS. RIVERA:  And one of the worst things he said was about a contestant. He called this woman "Miss Piggy." Then he called her "the worst speaker in the history of this county," because she was late.

MR. OKAFOR:  The plan is expensive and the timeline is unrealistic.
`)
	for _, quote := range []string{"Miss Piggy", "the worst speaker in the history of this county"} {
		f := verdictOf(t, rec, "Okafor", quote)
		assert.Equal(t, Verbatim, f.Verdict, "%q: %s", quote, f.Reason)
		if assert.NotNil(t, f.Source) {
			assert.Equal(t, "RIVERA", f.Source.SpeakerID)
			assert.Equal(t, 3, f.Source.Line)
		}
		assert.Contains(t, f.Reason, "quotation marks")
	}
	// the speaker's own words, outside the marks, are still hers alone
	f := verdictOf(t, rec, "Okafor", "one of the worst things he said was about a contestant")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)

	// another speaker who says the quoted words as his own: the quote
	// given to a third is misattributed to him
	rec = record(t, `MS. RIVERA:  He told us "we will build a wall and make them pay for every mile of it" and nothing else.

MR. CHEN:  We will build a wall and make them pay for every mile of it.

MR. OKAFOR:  The plan is expensive.
`)
	f = verdictOf(t, rec, "Okafor", "we will build a wall and make them pay for every mile of it")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)
	if assert.NotNil(t, f.Source) {
		assert.Equal(t, "CHEN", f.Source.SpeakerID)
	}
}

// TestMisspeltSpeaker: a quote given to a name one letter off a record
// speaker's surname is checked against that speaker, and the report says
// how the article spells the name; a name further off, or as close to two
// speakers, is not taken for either.
func TestMisspeltSpeaker(t *testing.T) {
	rec := record(t, mechRecord)
	f := verdictOf(t, rec, "Riviera", "we won't raise taxes on working families")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Equal(t, "RIVERA", f.SpeakerID)
	assert.Contains(t, f.Reason, "the article spells the name “Riviera”, the record “Rivera”")

	f = verdictOf(t, rec, "Okafur", "the plan is expensive and the timeline is unrealistic")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Equal(t, "OKAFOR", f.SpeakerID)

	// a near name whose speaker did not say the quote is someone else's
	f = verdictOf(t, rec, "Riviera", "the harvest festival begins on Friday with a parade")
	assert.Equal(t, Unverifiable, f.Verdict, f.Reason)
	assert.NotContains(t, f.Reason, "spells the name")

	f = verdictOf(t, rec, "Rovira", "we won't raise taxes on working families") // two letters off
	assert.Empty(t, f.SpeakerID, f.Reason)
	assert.NotContains(t, f.Reason, "spells the name")

	two := record(t, "MR. LARSEN:  We will build the bridge.\n\nMS. LARSON:  We will fund the bridge.\n")
	f = verdictOf(t, two, "Larsan", "we will build the bridge")
	assert.Empty(t, f.SpeakerID, "as close to two speakers: %s", f.Reason)
}

// TestDiffShowsReplacedEndWords: a quote's own words at either end stand
// in place of the record words there, and the source and diff show those
// words replaced, not the quote's added to a shorter passage: up to the end
// of the record's clause when it is near, else the one word next to it,
// and never past punctuation.
func TestDiffShowsReplacedEndWords(t *testing.T) {
	rec := record(t, "MS. RIVERA:  The dredging is paid for by the federal government. The ferry will run every hour starting in June, and the budget is balanced for the first time in a decade.\n")
	diff := func(quote string) (string, string) { return alteredDiff(t, rec, "Rivera", quote) }
	d, src := diff("the dredging is paid for by the state")
	assert.Equal(t, "the dredging is paid for by the [-federal government.-] {+state+}", d)
	assert.Equal(t, "The dredging is paid for by the federal government.", src)
	d, src = diff("the ferry will run every two hours")
	assert.Equal(t, "the ferry will run every [-hour-] {+two hours+}", d, "the clause runs on: one word")
	assert.Equal(t, "The ferry will run every hour", src)
	d, _ = diff("the budget is balanced for the first time in a generation")
	assert.Equal(t, "the budget is balanced for the first time in a [-decade.-] {+generation+}", d)
	d, _ = diff("their budget is balanced for the first time in a decade")
	assert.Equal(t, "[-the-] {+their+} budget is balanced for the first time in a decade", d)
	d, src = diff("the dredging is paid for by the federal government this year")
	assert.Equal(t, "the dredging is paid for by the federal government {+this year+}", d, "the record's sentence ends: nothing replaced")
	assert.Equal(t, "The dredging is paid for by the federal government.", src)
	d, src = diff("in June, and the budget is balanced for the first time in a decade, at last")
	assert.Equal(t, "in June, and the budget is balanced for the first time in a decade {+at last+}", d, "the turn ends: nothing replaced")
	assert.Equal(t, "in June, and the budget is balanced for the first time in a decade.", src)
}

// TestStageDirectionsLeftOut: a quotation that runs over a transcript's
// stage direction is the speaker's words, and the check says what it left
// out, as the transcript writes it.
func TestStageDirectionsLeftOut(t *testing.T) {
	rec := record(t, "MS. RIVERA:  Unemployment fell to four percent. (Laughter.) We spent $5 million on the bridge. [Applause] It opened [00:12:31] in June, um, on time.\n")
	f := verdictOf(t, rec, "Rivera", "Unemployment fell to four percent. We spent $5 million on the bridge. It opened in June, on time.")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Contains(t, f.Reason, "stage directions")
	assert.Contains(t, f.Reason, "“(Laughter.)”, “[Applause]”, “[00:12:31]”, “um” left out")
}

// TestJoinedAnswers: a quotation that joins passages of the speaker's
// separate answers with an ellipsis is faithful, its source both passages;
// joined without one, out of order, across a dropped negation, or with a
// piece too short to be found alone, it is not.
func TestJoinedAnswers(t *testing.T) {
	rec := record(t, "MS. RIVERA:  We need to finish the job before the winter comes, but not with new taxes.\n\nMR. OKAFOR:  Will the bridge stay open?\n\nMS. RIVERA:  Yes. The bridge will stay open all night, every night, for every driver.\n")
	f := verdictOf(t, rec, "Rivera", "We need to finish the job before the winter comes … The bridge will stay open all night, every night")
	assert.Equal(t, Altered, f.Verdict, "the ellipsis leaves out “not”: %s", f.Reason)
	assert.Contains(t, f.Reason, "drops “not”")

	rec = record(t, "MS. RIVERA:  We need to finish the job before the winter comes.\n\nMR. OKAFOR:  Will the bridge stay open?\n\nMS. RIVERA:  Yes. The bridge will stay open all night, every night, for every driver.\n")
	f = verdictOf(t, rec, "Rivera", "We need to finish the job before the winter comes … The bridge will stay open all night, every night")
	require.Equal(t, Faithful, f.Verdict, f.Reason)
	assert.Contains(t, f.Reason, "joined with an ellipsis")
	require.NotNil(t, f.Source)
	assert.Equal(t, "We need to finish the job before the winter comes. … The bridge will stay open all night, every night", f.Source.Text)
	assert.Equal(t, 1, f.Source.Line)

	f = verdictOf(t, rec, "Rivera", "We need to finish the job before the winter comes. The bridge will stay open all night, every night")
	assert.Equal(t, Altered, f.Verdict, "joined without an ellipsis: %s", f.Reason)
	assert.Contains(t, f.Reason, "joined without an ellipsis")
	f = verdictOf(t, rec, "Rivera", "The bridge will stay open all night, every night … We need to finish the job before the winter comes")
	assert.NotEqual(t, Faithful, f.Verdict, "out of the record's order: %s", f.Reason)
	f = verdictOf(t, rec, "Rivera", "We need to finish the job before the winter comes … every driver")
	assert.NotEqual(t, Faithful, f.Verdict, "a piece too short to be found alone: %s", f.Reason)
}

// TestNumberCutShort: the record's ends are free, but not inside a number
// read as several words: "paying 2,000" is not "paying 2,500" cut short
// after its "2 thousand", nor "500 dollars" its "2,500 dollars" cut at
// the start.
func TestNumberCutShort(t *testing.T) {
	rec := record(t, "MS. RIVERA:  And we are paying 2,500 dollars a month for the ferry, and three million for the bridge.\n")
	for _, c := range []struct{ quote, diff string }{
		{"and we are paying 2,000", "[-2,500-] {+2,000+}"},
		{"500 dollars a month for the ferry", "[-2,500-] {+500+}"},
	} {
		d, _ := alteredDiff(t, rec, "Rivera", c.quote)
		assert.Contains(t, d, c.diff, c.quote)
	}
	f := verdictOf(t, rec, "Rivera", "we are paying 2,500")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	f = verdictOf(t, rec, "Rivera", "three million for the bridge")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	// numbers written apart are whole words: "0" after "100" cuts nothing
	apart := record(t, "MS. RIVERA:  We counted 100 0 0 boats.\n")
	f = verdictOf(t, apart, "Rivera", "0 0 boats")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
}

// TestDiffReplacedWordsWhole: a word read as several tokens ("we're",
// "2,500") neither ends the record's clause nor is cut by the passage.
func TestDiffReplacedWordsWhole(t *testing.T) {
	rec := record(t, "MS. RIVERA:  The council won't raise fees on families we're serving. And we're paying 2,500 dollars a month for the ferry that runs every hour of the day.\n")
	diff := func(quote string) (string, string) { return alteredDiff(t, rec, "Rivera", quote) }
	d, src := diff("the council won't raise fees on families who live here")
	assert.Equal(t, "the council won't raise fees on families [-we're serving.-] {+who live here+}", d)
	assert.Equal(t, "The council won't raise fees on families we're serving.", src)
	d, _ = diff("raise fees on families we're serving. And we're spending")
	assert.Equal(t, "raise fees on families we're serving. And we're [-paying-] {+spending+}", d, "the clause runs on: one word")
}

// alteredDiff checks quote as speaker's against rec, requires it altered,
// and gives its diff written as "[-record-] {+quote+}" and its source
// passage.
func alteredDiff(t *testing.T, rec *Record, speaker, quote string) (string, string) {
	t.Helper()
	f := verdictOf(t, rec, speaker, quote)
	require.Equal(t, Altered, f.Verdict, f.Reason)
	require.NotNil(t, f.Source)
	return diffString(f.Diff), f.Source.Text
}

// diffString writes a diff as "[-record-] {+quote+}" around equal words.
func diffString(ops []DiffOp) string {
	var b strings.Builder
	for _, d := range ops {
		switch d.Op {
		case "delete":
			fmt.Fprintf(&b, "[-%s-] ", d.Text)
		case "insert":
			fmt.Fprintf(&b, "{+%s+} ", d.Text)
		default:
			b.WriteString(d.Text + " ")
		}
	}
	return strings.TrimSpace(b.String())
}

// TestJoinedAnswersOneTranscript: passages of two transcripts (two events)
// joined with an ellipsis are not one answer's passages joined.
func TestJoinedAnswersOneTranscript(t *testing.T) {
	var trs []*quotes.Transcript
	for i, text := range []string{
		"TOM REED:  We need to finish the job before the winter comes.\n",
		"TOM REED:  Our schools will get new money from the state next year.\n",
	} {
		d, err := quotes.NewDoc(fmt.Sprintf("t%d.txt", i+1), []byte(text))
		require.NoError(t, err)
		tr, err := quotes.ParseTranscript(d)
		require.NoError(t, err)
		trs = append(trs, tr)
	}
	rec := NewRecord(trs...)
	f := verdictOf(t, rec, "Reed", "We need to finish the job before the winter comes … Our schools will get new money from the state")
	assert.NotEqual(t, Faithful, f.Verdict, "passages of two transcripts: %s", f.Reason)
	assert.NotContains(t, f.Reason, "separate answers joined")
}

// TestJoinedAnswersCutAfterNumber: a sentence that ends on a number ends
// there ("in 2027."), so passages of separate answers joined after it
// without an ellipsis are read as such; a number's inner period
// ("2.5") cuts nothing.
func TestJoinedAnswersCutAfterNumber(t *testing.T) {
	rec := record(t, "TOM REED:  We will finish the new bridge in 2027.\n\nANN LOWELL:  Will the bridge stay open?\n\nTOM REED:  The bridge will stay open all night, every night, for every driver.\n")
	f := verdictOf(t, rec, "Reed", "We will finish the new bridge in 2027. The bridge will stay open all night, every night")
	assert.Equal(t, Altered, f.Verdict, f.Reason)
	assert.Contains(t, f.Reason, "joined without an ellipsis")
	text := "paid 2.5 billion"
	ts := Tokenize(text, 0, true)
	require.Len(t, ts, 3)
	assert.False(t, sentenceEndBetween(text, ts[0], ts[1]))
	assert.False(t, sentenceEndBetween(text, ts[1], ts[2]))
}

// TestPossessiveOfCapitalsNoPanic: a word whose folding is longer than
// it is written ("½" is "1⁄2") before "'s" is read without a panic (the
// test that "CEO's" is capitals reads the word as written).
func TestPossessiveOfCapitalsNoPanic(t *testing.T) {
	for _, w := range []string{"a½½½'s", "a½½½½½½’s", "CEO½'s"} {
		assert.NotPanics(t, func() { Tokenize(w, 0, true) }, w)
	}
	assert.Equal(t, norms(Tokenize("the CEOs", 0, false)), norms(Tokenize("the CEO’s", 0, false)))
	assert.Equal(t, norms(Tokenize("ask the CEOs.", 0, false)), norms(Tokenize("ask the CEO's.", 0, false)))
}

// TestUnbalancedBracketInWord: a word with a bracket closed or opened
// alone ("10]", "harbor[s") is checked without a panic, and stands in for
// no record word.
func TestUnbalancedBracketInWord(t *testing.T) {
	rec := record(t, "MS. RIVERA:  We have ten officers at the harbor every year.\n")
	for _, q := range []string{"We have 10] officers", "0]", "]", "the harbor[s every year", "We have 10]] officers", "the harbor]s[ every year"} {
		assert.NotPanics(t, func() { verdictOf(t, rec, "Rivera", q) }, q)
	}
	for _, w := range []string{"10]", "[s", "a]b[c", "a]b", "x[y"} {
		assert.Equal(t, "", bracketAround(w), w)
	}
}

// TestDecimalTensAndOnes: the number after a spoken decimal point is read
// whole, a tens and a ones as one: "three point twenty five" is 3.25,
// never 3.205.
func TestDecimalTensAndOnes(t *testing.T) {
	for _, c := range []struct {
		parts []string
		want  string
	}{
		{[]string{"3", "point", "20", "5"}, "3.25"},
		{[]string{"3", "point", "20"}, "3.20"},
		{[]string{"3", "point", "2", "5"}, "3.25"},
		{[]string{"point", "50"}, "0.50"},
	} {
		got, ok := joinedWord(c.parts)
		assert.True(t, ok, "%v", c.parts)
		assert.Equal(t, c.want, got, "%v", c.parts)
	}
	rec := record(t, "MS. RIVERA:  Growth in the harbor was three point twenty five percent this year.\n")
	f := verdictOf(t, rec, "Rivera", "Growth in the harbor was 3.25 percent this year.")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	f = verdictOf(t, rec, "Rivera", "Growth in the harbor was 3.205 percent this year.")
	assert.NotContains(t, []Verdict{Verbatim, Faithful}, f.Verdict, f.Reason)
}

// TestSecondAfterNumber: "second" after a number is as often a length of
// time: written apart in a transcript ("a thirty second ad") it is the
// "30-second" of news copy, as before ordinals were numbers, and "one
// second" is not "1 2".
func TestSecondAfterNumber(t *testing.T) {
	rec := record(t, "MS. RIVERA:  We ran a thirty second ad about the harbor wall, and give me one second to explain it.\n")
	assertVerdicts(t, rec, "Rivera", Verbatim,
		"We ran a 30-second ad about the harbor wall",
		"We ran a thirty-second ad about the harbor wall",
		"give me one 2nd to explain it", // "2nd" is the word
	)
	f := verdictOf(t, rec, "Rivera", "give me 1 2 to explain it")
	assert.NotContains(t, []Verdict{Verbatim, Faithful}, f.Verdict, f.Reason)
}

// TestFirstIsNotOne: "first" alone is not the number one ("the one thing"
// is not "the first thing"), while "twenty-first" and "21st" stay 21 and
// "1st" is "first".
func TestFirstIsNotOne(t *testing.T) {
	rec := record(t, "MS. RIVERA:  The one thing we will do for the harbor is to be the first to act in the twenty-first century.\n")
	assertVerdicts(t, rec, "Rivera", Verbatim,
		"The one thing we will do for the harbor is to be the 1st to act",
		"to be the first to act in the 21st century",
	)
	for _, q := range []string{
		"The first thing we will do for the harbor is to be the first to act",
		"The one thing we will do for the harbor is to be the one to act",
	} {
		f := verdictOf(t, rec, "Rivera", q)
		assert.NotContains(t, []Verdict{Verbatim, Faithful}, f.Verdict, q+": "+f.Reason)
	}
}

// TestFractionHyphenated: a fraction written with a hyphen is the one the
// record says with a space ("one-third" for "one third"), as before
// ordinals were numbers, and not another number ("13").
func TestFractionHyphenated(t *testing.T) {
	rec := record(t, "MS. RIVERA:  We will spend one third of the budget on the harbor wall this year.\n")
	f := verdictOf(t, rec, "Rivera", "We will spend one-third of the budget on the harbor wall")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	f = verdictOf(t, rec, "Rivera", "We will spend 13 of the budget on the harbor wall")
	assert.NotContains(t, []Verdict{Verbatim, Faithful}, f.Verdict, f.Reason)
}

// TestOfficeHolderNamedByHeader: a White House transcript labels its
// speaker "THE PRESIDENT" and names him in the header; an article quoting
// "Reed" quotes him, and a reporter's question ("Q" with no colon) is the
// reporter's words, not his.
func TestOfficeHolderNamedByHeader(t *testing.T) {
	rec := record(t, "Remarks by President Tom Reed Before Marine One Departure\n\n"+
		"THE PRESIDENT:  Good morning. We will rebuild the seawall before the winter storms arrive.\n\n"+
		"Q    Mr. President, we owe the fishermen a straight answer about the cost.\n\n"+
		"THE PRESIDENT:  Thank you all.\n")
	f := verdictOf(t, rec, "Reed", "We will rebuild the seawall before the winter storms arrive.")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Equal(t, "Tom Reed", f.Speaker)
	f = verdictOf(t, rec, "Reed", "we owe the fishermen a straight answer about the cost")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)
}

// TestApostropheDropped: a contraction and the word it makes written
// without its apostrophe are the same written word ("he'll" and "hell",
// "it's" and "its", "don't" and "dont"), either side; but where the other
// side has the contraction's first word right before, the words differ
// ("we were" is not "we're": a tense changed).
func TestApostropheDropped(t *testing.T) {
	rec := record(t, "MS. RIVERA:  People are living in he'll because its so dangerous. I dont know why. We were going to win. We're going to build it.\n")
	assertVerdicts(t, rec, "Rivera", Verbatim,
		"People are living in hell because it's so dangerous.",
		"I don't know why.",
		"I do not know why.",
		"We were going to win.",
	)
	assertVerdicts(t, rec, "Rivera", Altered,
		"We're going to win.",
		"We are going to win.",
		"We were going to build it.",
	)
	// a short quote finds the contraction written either way, and its
	// source is the speaker's first utterance of it
	var b strings.Builder
	filler := strings.Repeat("The harbor board met on Tuesday to talk about ferry fares and the new pier at Salem. ", 40)
	b.WriteString("MS. RIVERA:  They are living in he'll. " + filler + "\n\n")
	b.WriteString("MR. KEMP:  " + filler + "\n\n")
	b.WriteString("MS. RIVERA:  " + filler + " It was hell on earth.\n")
	rec = record(t, b.String())
	f := verdictOf(t, rec, "Rivera", "hell")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	require.NotNil(t, f.Source)
	assert.Equal(t, 1, f.Source.Line, "the first utterance, written with an apostrophe")
}

// TestApostropheDroppedShownByPunctuation: a word a contraction makes
// without its apostrophe ("well", "hell", "its") is the word it is, not
// the contraction, where punctuation follows it inside the quotation, on
// either side: a contracted auxiliary never ends a clause. A typing slip
// with nothing after it still passes, and a negation may end one ("I
// cant." for "I can't.").
func TestApostropheDroppedShownByPunctuation(t *testing.T) {
	rec := record(t, "MR. REED:  We'll fund the new clinic. Well, rebuild the old pier. He'll pay for it. I can't. The harbor is closed.\n")
	assertVerdicts(t, rec, "Reed", Altered,
		"Well, fund the new clinic.",
		"We'll rebuild the old pier.",
		"Hell. Pay for it.",
	)
	assertVerdicts(t, rec, "Reed", Verbatim,
		"Well fund the new clinic.",
		"Well, rebuild the old pier.",
		"Hell pay for it.",
		"I cant. The harbor is closed.",
	)
	for text, want := range map[string]bool{
		"Well, fund it":   true,
		"Well. Fund it":   true, // the period the tokenizer takes with the word
		"Well; fund it":   true,
		"Well,":           false, // a piece split by its attribution
		"Well -- we fund": false,
		"Well... we fund": false,
		"Well fund it":    false,
		"Well, ":          false,
	} {
		end := 4
		if strings.HasPrefix(text, "Well.") {
			end = 5
		}
		assert.Equal(t, want, pauseAfter(text, end), text)
	}
}

// TestDescriptionByRecordOffice: an article's "the governor" is the
// record's one governor (an office its header gives), even where the
// article's reader, naming no governor, read the description as another
// speaker of the record who holds another office; a speaker whose office
// the record does not tell may still be meant.
func TestDescriptionByRecordOffice(t *testing.T) {
	rec := record(t, "Remarks by Mayor Tom Reed and Governor Ann Lowell on the Flood\n\n"+
		"MR. REED:  We are going to build a better seawall. I will own that.\n\n"+
		"MS. LOWELL:  Harbor City will not be left alone. The state will pay for the pumps.\n")
	check := func(article string) Finding {
		d, err := quotes.NewDoc("article.txt", []byte(article))
		require.NoError(t, err)
		fs := rec.Check(quotes.ParseArticleKnown(d, rec.Surnames()))
		require.Len(t, fs, 1)
		return fs[0]
	}
	f := check("Tom Reed spoke first.\n\n“Harbor City will not be left alone,” the governor said.\n")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Equal(t, "Ann Lowell", f.Speaker)
	f = check("Tom Reed spoke first.\n\n“The state will pay for all of it,” the governor said.\n")
	assert.Equal(t, Altered, f.Verdict, f.Reason)
	f = check("Ann Lowell spoke first.\n\n“I will own that,” the mayor said.\n")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Equal(t, "Tom Reed", f.Speaker)

	// no office in the header: the reader's person stands
	rec = record(t, "Remarks on the Flood\n\nMR. REED:  We are going to build a better seawall.\n\nMS. LOWELL:  Harbor City will not be left alone.\n")
	f = check("Tom Reed spoke first.\n\n“Harbor City will not be left alone,” the governor said.\n")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)
}

// TestContractedAuxiliary: "'s" is read as "is" and "'d" as "would", but
// before "been", "got" or "had" they can only be "has" and "had": "He's
// been" is the record's "He has been"; "is" and "has" differ elsewhere.
func TestContractedAuxiliary(t *testing.T) {
	rec := record(t, "MS. RIVERA:  He has been a good friend to this city for twenty years. It's got to stop before the winter storms. "+
		"I had had enough of the delays at the port. She is going home to Salem tonight. The money for the seawall is gone.\n")
	assertVerdicts(t, rec, "Rivera", Verbatim,
		"He's been a good friend to this city for twenty years.",
		"It has got to stop before the winter storms.",
		"I'd had enough of the delays at the port.",
		"She's going home to Salem tonight.",
	)
	assertVerdicts(t, rec, "Rivera", Altered,
		"He is a good friend to this city for twenty years.",
		"She has going home to Salem tonight.",
		"The money for the seawall has gone.",
		"I would have enough of the delays at the port.",
	)
}

// TestNumbersSpokenWithAAndAnd: a speaker says "a million" and "two
// hundred and fifty"; news copy writes "$1 million" and "250", either
// side. Another number is still a change.
func TestNumbersSpokenWithAAndAnd(t *testing.T) {
	rec := record(t, "MS. RIVERA:  We spent two hundred and fifty dollars on each of the pumps this spring. We raised a million dollars from the state for the seawall. We hired 300 people at the port.\n")
	assertVerdicts(t, rec, "Rivera", Verbatim,
		"We spent $250 on each of the pumps this spring.",
		"We raised $1 million from the state for the seawall.",
		"We raised one million dollars from the state for the seawall.",
		"We hired three hundred people at the port.",
	)
	assertVerdicts(t, rec, "Rivera", Altered,
		"We spent $260 on each of the pumps this spring.",
		"We raised $2 million from the state for the seawall.",
		"We spent two hundred and sixty dollars on each of the pumps this spring.",
		"We raised a billion dollars from the state for the seawall.",
	)
	rec = record(t, "MS. RIVERA:  We hired three hundred and twelve people at the port in the spring.\n")
	assertVerdicts(t, rec, "Rivera", Verbatim, "We hired 312 people at the port in the spring.")
	rec = record(t, "MS. RIVERA:  We hired 312 people at the port in the spring.\n")
	assertVerdicts(t, rec, "Rivera", Verbatim, "We hired three hundred and twelve people at the port in the spring.")
}

// TestNumbersSaidOtherwise: a speaker says "one and a half million",
// "half a million" and "ten in the morning"; news copy writes "$1.5
// million", "$500,000" and "10 a.m.", either side. Another number or time
// is still a change.
func TestNumbersSaidOtherwise(t *testing.T) {
	rec := record(t, "MR. REED: We spent one and a half million dollars on the pumps. It took two and a half years. "+
		"We raised half a million dollars. The meeting starts at ten in the morning.\n")
	assertVerdicts(t, rec, "Reed", Verbatim,
		"We spent $1.5 million on the pumps.",
		"It took 2.5 years.",
		"We raised $500,000.",
		"We raised a half million dollars.",
		"The meeting starts at 10 a.m.",
		"The meeting starts at 10:00 a.m.",
	)
	assertVerdicts(t, rec, "Reed", Altered,
		"We spent $2.5 million on the pumps.",
		"The meeting starts at 10 p.m.",
	)
	changed := func(rec *Record, quotes ...string) {
		t.Helper()
		for _, q := range quotes {
			f := verdictOf(t, rec, "Reed", q)
			assert.Greater(t, f.Verdict, Faithful, q+": "+f.Reason)
		}
	}
	changed(rec, "We raised $600,000.", "It took 3.5 years.")
	rec = record(t, "MR. REED: We spent $1.5 million on the pumps. It took 2.5 years. The meeting starts at 10 a.m.\n")
	assertVerdicts(t, rec, "Reed", Verbatim,
		"We spent one and a half million dollars on the pumps.",
		"It took two and a half years.",
		"The meeting starts at ten in the morning.",
		"The meeting starts at 10:00 a.m.",
	)
	rec = record(t, "MR. REED: We raised $500,000 from the state for the seawall. We lost a million and a half dollars at the port. Three quarters of the money went to Salem.\n")
	assertVerdicts(t, rec, "Reed", Verbatim,
		"We raised half a million dollars from the state for the seawall.",
		"We lost $1.5 million",
		"0.75 of the money went to Salem.",
	)
	assertVerdicts(t, rec, "Reed", Altered, "0.25 of the money went to Salem.")
	changed(rec, "We lost $2.5 million at the port.", "We raised a million dollars from the state for the seawall.")
}

// TestNumberAbbreviated: news copy writes the speaker's "number" before a
// numeral "No." ("the No. 1 priority", "No 10" in British copy); a record
// that writes "No. 1" itself is read so too. Another number is a change,
// and a quote's word "number" is never the record's "no" ("no two harbors
// are alike").
func TestNumberAbbreviated(t *testing.T) {
	rec := record(t, "MR. REED: The harbor is our number one priority. I went to Number 10 to ask for the money. There are no two harbors alike.\n")
	assertVerdicts(t, rec, "Reed", Verbatim,
		"The harbor is our No. 1 priority.",
		"The harbor is our No.\u00a01 priority.",
		"I went to No 10 to ask for the money.",
	)
	assertVerdicts(t, rec, "Reed", Altered,
		"The harbor is our No. 2 priority.",
		"There are number two harbors alike.",
	)
	rec = record(t, "MR. REED: The harbor is our No. 1 priority.\n")
	assertVerdicts(t, rec, "Reed", Verbatim, "The harbor is our No. 1 priority.")
	// a "number" or "no" both sides share before a number said otherwise
	// is the word it is on both
	rec = record(t, "MR. REED: We want no two and a half percent raise for Salem. Our number two and a half million voters came.\n")
	assertVerdicts(t, rec, "Reed", Verbatim,
		"We want no 2.5 percent raise for Salem.",
		"Our number 2.5 million voters came.",
	)
}

// TestTimeWithPoint: British copy writes a time with a point ("9.30pm",
// "9.30 p.m.") where the record has "9:30 p.m." or "nine forty-five"; a
// price said "two fifty" is written "$2.50". Another time or price, or
// "am" for "pm", is a change.
func TestTimeWithPoint(t *testing.T) {
	rec := record(t, "MR. REED: The ferry leaves at 9:30 p.m. every night. The last bus is at nine forty-five. A ticket costs two fifty.\n")
	assertVerdicts(t, rec, "Reed", Verbatim,
		"The ferry leaves at 9.30pm every night.",
		"The ferry leaves at 9.30 p.m. every night.",
		"The last bus is at 9.45.",
		"A ticket costs $2.50.",
	)
	assertVerdicts(t, rec, "Reed", Altered,
		"The ferry leaves at 9.45pm every night.",
		"The ferry leaves at 9.30am every night.",
		"The last bus is at 9.40.",
		"A ticket costs $2.05.",
	)
}

// TestDecadesFractionsAndStammers: news copy writes a decade of the 1900s
// with its century or an apostrophe ("the 1990s", "the '90s") for the
// speaker's "the nineties", a fraction as one character ("3½ years"), a
// time on the hour without its minutes ("9 a.m." for "9:00 a.m."), and
// leaves out a stammer the transcript writes with a hyphen ("the-the",
// "f-fund"). Another decade, fraction, time or word is a change.
func TestDecadesFractionsAndStammers(t *testing.T) {
	rec := record(t, "MR. REED: The harbor boomed in the nineties. The bridge was built in the 1950s. It took three and a half years. "+
		"About three quarters of the money went to Salem. The clinic opens at 9:00 a.m. on Monday. We will f-fund the-the clinic.\n")
	assertVerdicts(t, rec, "Reed", Verbatim,
		"The harbor boomed in the 1990s.",
		"The bridge was built in the '50s.",
		"It took 3½ years.",
		"About ¾ of the money went to Salem.",
		"The clinic opens at 9 a.m. on Monday.",
		"We will fund the clinic.",
	)
	assertVerdicts(t, rec, "Reed", Altered,
		"The harbor boomed in the 1980s.",
		"The harbor boomed in the 1890s.",
		"The bridge was built in the '60s.",
		"The bridge was built in the 1850s.",
		"It took 2½ years.",
		"It took 3¼ years.",
		"About ¼ of the money went to Salem.",
		"The clinic opens at 9:30 a.m. on Monday.",
		"The clinic opens at 10 a.m. on Monday.",
		"We will fund the school.",
	)
	rec = record(t, "MR. REED: The harbor boomed in the 1990s. The mill closed in the 2020s. I I think we will fund the clinic.\n")
	assertVerdicts(t, rec, "Reed", Verbatim,
		"The harbor boomed in the '90s.",
		"The harbor boomed in the nineteen nineties.",
		"I-I think we will fund the clinic.",
	)
	// "the '20s" names no century: it is not the record's "2020s"
	assertVerdicts(t, rec, "Reed", Altered, "The mill closed in the '20s.", "The mill closed in the 1920s.")
}

// TestNegationFlippedShortQuote: a negation added, dropped or put for
// another word keeps the words around it one run, as a number changed
// does: a short quote that turns the speaker's words around is the
// passage altered, not a remark the record lacks ("I can't support that
// plan" has six words, of which the record's "I can" and "support that
// plan" are runs of two and three).
func TestNegationFlippedShortQuote(t *testing.T) {
	rec := record(t, "MR. REED:  It took 21 days to fix the pump. The budget is balanced. I can support that plan. We will always protect the harbor.\n")
	assertVerdicts(t, rec, "Reed", Altered,
		"I can't support that plan.",
		"We will never protect the harbor.",
		"is not balanced",
		"isn't balanced",
		"took 23 days",
	)
	assertVerdicts(t, rec, "Reed", Verbatim, "I can support that plan.", "is balanced")
	// a negation alone, or first, has no words of the record around it
	assertVerdicts(t, rec, "Reed", Fabricated, "never", "not balanced")
}

// TestScaleOfNumberChanged: a number's scale changed ("million" for
// "billion") is a number changed, which keeps the words around it one
// run: altered, however short, not a rewording.
func TestScaleOfNumberChanged(t *testing.T) {
	rec := record(t, "MR. REED:  We spent $2.5 billion on roads. The port cost two hundred million dollars.\n")
	assertVerdicts(t, rec, "Reed", Altered,
		"We spent $2.5 million on roads.",
		"The port cost two hundred thousand dollars.",
	)
}

// TestWordsRunOnAcrossInterjection: a speaker interrupted by another's
// interjection ("Right.", "(CROSSTALK)") goes on with the same words in
// the next turn, and a transcript may start a new turn for the same
// speaker; a quote across the break is the speaker's words, verbatim, its
// source both passages. A question between them ends the answer: a quote
// joining the two without an ellipsis is altered, as before.
func TestWordsRunOnAcrossInterjection(t *testing.T) {
	rec := record(t, "MR. REED:  The money is there, it is in the reserve fund, and we should spend it on the seawall --\n\nMS. LOWELL:  Right.\n\nMR. REED:  because the storms are getting worse every single year.\n\nMR. REED:  The council voted for it twice.\n\nMS. LOWELL:  What will the seawall cost the families of Salem?\n\nMR. REED:  Less than a new roof costs them after every storm.\n")
	f := verdictOf(t, rec, "Reed", "We should spend it on the seawall because the storms are getting worse every single year.")
	require.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Contains(t, f.Reason, "across an interjection")
	require.NotNil(t, f.Source)
	assert.Equal(t, "we should spend it on the seawall … because the storms are getting worse every single year.", f.Source.Text)
	assert.Equal(t, 1, f.Source.Line)
	f = verdictOf(t, rec, "Reed", "The storms are getting worse every single year. The council voted for it twice.")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Contains(t, f.Reason, "into the speaker's next turn")
	assertVerdicts(t, rec, "Reed", Faithful, "We should spend it on the seawall … because the storms are getting worse every single year.")
	assertVerdicts(t, rec, "Reed", Altered,
		"We should spend it on the seawall because the storms are getting worse every year.",
		"The council voted for it twice. Less than a new roof costs them after every storm.",
	)
}

// TestCurrencyAcrossInterjection: a quote read against two turns as one
// passage, across another speaker's interjection, keeps the currency test
// of a quote within one turn: "$5 million" for the record's "£5 million"
// is altered and says so, wherever the number stands.
func TestCurrencyAcrossInterjection(t *testing.T) {
	rec := record(t, "MR. REED:  We will spend £5 million on the harbor this year, and the --\n\nMS. LOWELL:  Right.\n\nMR. REED:  rest of the money goes to the schools and the clinic in Salem, and the --\n\nMS. LOWELL:  (CROSSTALK)\n\nMR. REED:  ferry will get €2 million.\n")
	for _, q := range []string{
		"We will spend $5 million on the harbor this year, and the rest of the money goes to the schools",
		"rest of the money goes to the schools and the clinic in Salem, and the ferry will get $2 million.",
	} {
		f := verdictOf(t, rec, "Reed", q)
		require.Equal(t, Altered, f.Verdict, q+": "+f.Reason)
		assert.Contains(t, f.Reason, "a currency changed: dollars for the record's", q)
		assert.Contains(t, f.Reason, "across an interjection", q)
	}
	assertVerdicts(t, rec, "Reed", Verbatim,
		"We will spend £5 million on the harbor this year, and the rest of the money goes to the schools",
		"rest of the money goes to the schools and the clinic in Salem, and the ferry will get €2 million.",
	)
}

// TestWordsLeftOutUnmarked: a quote whose every word is the record's, in
// order, with words of the passage left out and no ellipsis, is altered
// however short its runs are, not a rewording nor a remark the record
// lacks; a passage that leaves out more words than the quote keeps is no
// reading of it.
func TestWordsLeftOutUnmarked(t *testing.T) {
	rec := record(t, "MR. REED:  We need roads, we need bridges and we need schools. It is, I think, a disgrace. The pier was closed for years and nobody in the city council ever asked why it was.\n")
	assertVerdicts(t, rec, "Reed", Altered,
		"It is a disgrace.",
		"We need roads, bridges and schools.",
	)
	assertVerdicts(t, rec, "Reed", Verbatim, "It is, I think, a disgrace.", "a disgrace")
	assertVerdicts(t, rec, "Reed", Fabricated, "The pier and the council asked it.")
}

// TestTitlesWithoutPeriod: British copy writes a title without its period
// ("Mr Kemp"); it is the word the record's "Mr." is, and the word spoken.
func TestTitlesWithoutPeriod(t *testing.T) {
	rec := record(t, "MR. REED:  I told Mr. Kemp and Dr. Lowell that the pier will open. Mister Haddad agrees.\n")
	assertVerdicts(t, rec, "Reed", Verbatim,
		"I told Mr Kemp and Dr Lowell that the pier will open.",
		"Mr Haddad agrees.",
	)
	assertVerdicts(t, rec, "Reed", Altered, "I told Mrs Kemp and Dr Lowell that the pier will open.")
}

// TestInflectionChangedShortQuote: a word in another form, a tense or a
// number changed, keeps the words around it one run, as a number changed
// does: a short quote that changes "deserve" to "deserved" is the passage
// altered, not a remark the record lacks.
func TestInflectionChangedShortQuote(t *testing.T) {
	rec := record(t, "MR. REED:  Our workers deserve a raise. We will protect the harbor.\n")
	assertVerdicts(t, rec, "Reed", Altered,
		"Our workers deserved a raise.",
		"Our worker deserves a raise.",
	)
	assertVerdicts(t, rec, "Reed", Fabricated, "Our teachers earned a raise.")
}

// TestBracketAtStartReplacesFewest: a bracket opening a quote stands for
// the fewest record words before the matched run that make sense, never
// the last word of the sentence before, and the diff shows it as the
// writer wrote it, its marks and closing bracket included.
func TestBracketAtStartReplacesFewest(t *testing.T) {
	rec := record(t, "MR. REED:  We talked about the jobs. She told me the ward was full. In Salem, I met a nurse who worked nights. The doctors and I stayed on until dawn. Then she and I drove home to Salem.\n")
	for _, c := range []struct{ quote, diff, src string }{
		{"[The nurse] told me the ward was full", "[~She~] [The nurse] told me the ward was full", "She told me the ward was full."},
		{"[In Salem,] I met a nurse who worked nights", "[~In Salem~] [In Salem,] I met a nurse who worked nights", "In Salem, I met a nurse who worked nights."},
		{"[The doctors and I] stayed on until dawn", "[~The doctors and I~] [The doctors and I] stayed on until dawn", "The doctors and I stayed on until dawn."},
		{"[Ann Lowell and I] drove home to Salem", "[~she and I~] [Ann Lowell and I] drove home to Salem", "she and I drove home to Salem."},
	} {
		f := verdictOf(t, rec, "Reed", c.quote)
		require.Equal(t, Faithful, f.Verdict, f.Reason)
		require.NotNil(t, f.Source)
		assert.Equal(t, c.diff, editorialDiffString(f.Diff), c.quote)
		assert.Equal(t, c.src, f.Source.Text, c.quote)
	}
}

// editorialDiffString writes a diff as diffString does, with the record's
// words an editorial mark stands for as "[~record~]".
func editorialDiffString(ops []DiffOp) string {
	var b strings.Builder
	for _, d := range ops {
		if d.Op == "editorial" && d.Record {
			fmt.Fprintf(&b, "[~%s~] ", d.Text)
			continue
		}
		b.WriteString(diffString([]DiffOp{d}) + " ")
	}
	return strings.TrimSpace(b.String())
}

// TestSpokenItems: the words of a number or a time as a speaker says them
// and as news copy writes them (folded) read as the same item.
func TestSpokenItems(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"1 and a half million", "1.5 million"},
		{"2 and a half years", "2.5 years"},
		{"half a million", "5 hundred thousand"},
		{"a half million", "5 hundred thousand"},
		{"a million and a half", "1.5 million"},
		{"3 quarters of it", "0.75 of it"},
		{"2 hundred and 50", "250"},
		{"3 point 2", "3.2"},
		{"at 10 in the morning", "at 10 00 am"},
		{"at 7 30 in the evening", "at 7 30 pm"},
	} {
		assert.Equal(t, spokenItems(strings.Fields(tc.a)), spokenItems(strings.Fields(tc.b)), tc.a+" / "+tc.b)
	}
	for _, tc := range []struct{ a, b string }{
		{"1 and a half million", "2.5 million"},
		{"half a million", "5 hundred"},
		{"at 10 in the morning", "at 10 pm"},
		{"at 10 in the morning", "at 10 30 am"},
		{"3 quarters", "0.25"},
		{"1 2", "12"},
	} {
		assert.NotEqual(t, spokenItems(strings.Fields(tc.a)), spokenItems(strings.Fields(tc.b)), tc.a+" / "+tc.b)
	}
}

// TestLeftOutYieldsToVerbatim: a quote whose words one speaker says only
// with others between them, its runs too short to hold it, is that
// speaker's altered words only where no one says it as quoted: another
// speaker's verbatim passage makes it misattributed, when its words are
// distinctive enough to be hers (candidate.distinctive).
func TestLeftOutYieldsToVerbatim(t *testing.T) {
	rec := record(t, "MR. REED:  The ferry, and the fare, it is the whole point of the bill.\n\nMS. LOWELL:  Frankly, the ferry fare is the point here.\n")
	f := verdictOf(t, rec, "Reed", "the ferry fare is the point")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)
	// a stock phrase she says proves nothing: his words, picked out
	rec = record(t, "MR. REED:  I think that we all know it is the whole point of the bill.\n\nMS. LOWELL:  Frankly, I think that is the point here.\n")
	f = verdictOf(t, rec, "Reed", "I think that is the point")
	assert.Equal(t, Altered, f.Verdict, f.Reason)
	// with no one saying it as quoted, it stays his, altered
	rec = record(t, "MR. REED:  I think that we all know it is the whole point of the bill.\n\nMS. LOWELL:  Frankly, the ferry is late again.\n")
	f = verdictOf(t, rec, "Reed", "I think that is the point")
	assert.Equal(t, Altered, f.Verdict, f.Reason)
	// nor does a quote that leaves out one clause in long runs yield
	rec = record(t, "MR. REED:  It is, I think, a disgrace to the harbor.\n\nMS. LOWELL:  It is a disgrace to the harbor.\n")
	f = verdictOf(t, rec, "Reed", "It is a disgrace to the harbor")
	assert.Equal(t, Altered, f.Verdict, f.Reason)
}

// TestSpokenWordsEquiv: spokenWords counts a turn's disfluencies by search;
// it agrees with counting the turn's marks one by one.
func TestSpokenWordsEquiv(t *testing.T) {
	rec := record(t, "MR. REED:  The money is there, um, and we will, uh, spend it.\n\nMS. LOWELL:  (CROSSTALK)\n\nMR. KEMP:  Uh, right, um.\n\nMR. REED:  [inaudible] Because the storms are getting worse.\n")
	for ti := range rec.turns {
		tu := &rec.turns[ti]
		want := tu.n
		for _, m := range rec.disfluentMarks(tu.base, tu.base+tu.n, nil) {
			if m {
				want--
			}
		}
		assert.Equal(t, want, rec.spokenWords(ti), "turn %d", ti)
	}
}

// TestShortQuestionEndsAnswer: another speaker's short turn that asks
// ("Why not?") is a question, not an interjection: the speaker's next turn
// is another answer, and a quote that joins the two without an ellipsis
// is altered, as it is across a longer question.
func TestShortQuestionEndsAnswer(t *testing.T) {
	rec := record(t, "MR. REED:  We will not raise the ferry fares this year.\n\nMS. LOWELL:  Why not?\n\nMR. REED:  The budget for the harbor is already balanced.\n")
	f := verdictOf(t, rec, "Reed", "We will not raise the ferry fares this year. The budget for the harbor is already balanced.")
	assert.Equal(t, Altered, f.Verdict, f.Reason)
	assert.Contains(t, f.Reason, "separate answers joined without an ellipsis")
	// a short remark still interrupts without ending the answer
	rec = record(t, "MR. REED:  We will not raise the ferry fares this year.\n\nMS. LOWELL:  Right.\n\nMR. REED:  The budget for the harbor is already balanced.\n")
	f = verdictOf(t, rec, "Reed", "We will not raise the ferry fares this year. The budget for the harbor is already balanced.")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
}

// TestWholeNameBeforeSurname: an article's whole name is the record speaker
// it fits, not an earlier speaker who only shares the surname: "Ann Reed"
// is the councilmember, where she was the mayor Tom Reed who speaks first.
func TestWholeNameBeforeSurname(t *testing.T) {
	rec := record(t, "MAYOR TOM REED:  The ferry will run every hour starting in June.\n\n"+
		"COUNCILMEMBER ANN REED:  I want the fares to stay the same for every rider.\n")
	display := func(name string) string { return rec.byID[rec.ResolveSpeaker(name, name)].Display }
	assert.Equal(t, "Tom Reed", display("Tom Reed"))
	assert.Equal(t, "Ann Reed", display("Ann Reed"))
	f := verdictOf(t, rec, "Ann Reed", "I want the fares to stay the same for every rider")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Equal(t, "Ann Reed", f.Speaker)
}

// TestSurnameTwoSpeakersBear: a quote given by a surname alone that two
// speakers of the record bear is the one's who says it, where it was the
// first namesake's and the other's words misattributed ("said by Ann Reed,
// not Reed"); a given name tells them apart, and the article's own
// whole name, met before, still does.
func TestSurnameTwoSpeakersBear(t *testing.T) {
	rec := record(t, "MAYOR TOM REED:  The ferry will run every hour starting in June.\n\n"+
		"COUNCILMEMBER ANN REED:  I want the fares to stay the same for every rider.\n")
	f := verdictOf(t, rec, "Reed", "I want the fares to stay the same for every rider")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Equal(t, "Ann Reed", f.Speaker)
	f = verdictOf(t, rec, "Reed", "The ferry will run every hour starting in June")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Equal(t, "Tom Reed", f.Speaker)
	f = verdictOf(t, rec, "Tom Reed", "I want the fares to stay the same for every rider")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)

	d, err := quotes.NewDoc("article.txt", []byte("“The ferry will run every hour,” Tom Reed said.\n\n“I want the fares to stay the same for every rider,” Reed said.\n"))
	require.NoError(t, err)
	fs := rec.Check(quotes.ParseArticleKnown(d, rec.Surnames()))
	require.Len(t, fs, 2)
	assert.Equal(t, Misattributed, fs[1].Verdict, fs[1].Reason)
}

// TestReportedInRecord: words a questioner reports as someone's ("you
// said …", "Governor Lowell says …") are in the record but are not the
// questioner's own, as words inside another speaker's quotation marks are
// not: a quote of them given to another is neither misattributed nor
// fabricated, and the reason says whose report holds them. A report in the
// first person ("I said …") is the speaker's own words.
func TestReportedInRecord(t *testing.T) {
	rec := record(t, "MAYOR REED:  The harbor plan is finished.\n\n"+
		"Q:  Governor Lowell says the state will not pay a cent for the dredging. And you told the council that the clinic opens in June?\n\n"+
		"MAYOR REED:  I said we will rebuild the seawall before the winter storms. And I can say with confidence that the ferry fares will not go up this year.\n")
	for _, c := range []struct{ speaker, quote string }{
		{"Lowell", "the state will not pay a cent for the dredging"},
		{"Reed", "the clinic opens in June"},
	} {
		f := verdictOf(t, rec, c.speaker, c.quote)
		assert.Equal(t, Verbatim, f.Verdict, "%q: %s", c.quote, f.Reason)
		assert.Contains(t, f.Reason, "reports someone said")
	}
	for _, quote := range []string{"we will rebuild the seawall before the winter storms", "the ferry fares will not go up this year"} {
		f := verdictOf(t, rec, "Kemp", quote)
		assert.Equal(t, Misattributed, f.Verdict, "%q: %s", quote, f.Reason)
	}
	// the questioner's own words are still the questioner's
	f := verdictOf(t, rec, "Reed", "Governor Lowell says the state will not pay a cent")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)

	// the speaker who said the words as their own is the source, even in
	// other words than the report's; and a report proves the words no
	// one's, so the named speaker's own paraphrase stands
	rec = record(t, "Debate in Salem, moderated by Omar Haddad\n"+
		"HADDAD: Mayor Reed, your opponent says the harbor bond was a waste of forty million dollars. Your response?\n"+
		"REED: The harbor bond paid for the new piers and the seawall, and it created six hundred jobs.\n"+
		"HADDAD: Ms. Lowell, the mayor just said, quote, the harbor bond created six hundred jobs, end quote. Is that true?\n"+
		"LOWELL: No. The harbor bond was a waste of forty million dollars, and the jobs were temporary.\n"+
		"HADDAD: Mr. Reed, as you have always said, the piers come first. Is that still your view?\n"+
		"REED: Yes.\n")
	f = verdictOf(t, rec, "Kemp", "the harbor bond created six hundred jobs")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)
	if assert.NotNil(t, f.Source) {
		assert.Equal(t, "REED", f.Source.SpeakerID)
	}
	f = verdictOf(t, rec, "Lowell", "the harbor bond created six hundred jobs")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)
	if assert.NotNil(t, f.Source) {
		assert.Equal(t, "REED", f.Source.SpeakerID)
	}
	rec = record(t, "MR. HADDAD:  Ms. Lowell, the mayor said that the bridge repairs must start in the spring, when the river runs low.\n\n"+
		"MS. LOWELL:  The bridge repairs have to begin in spring, when the river is low, and the state engineers agree.\n")
	f = verdictOf(t, rec, "Lowell", "the bridge repairs must start in the spring, when the river runs low")
	assert.Equal(t, Paraphrased, f.Verdict, f.Reason)
}

// TestSayingAsideIsOwn: a verb of saying that reports no one ("that said,
// …", "having said that, …", "that being said, …", "truth be told, …",
// "let's say …") leaves the words after it the speaker's own, so a quote
// of them given to another is misattributed, where it was called a
// report whose speaker is not checked. A study "that says …" still
// reports the study.
func TestSayingAsideIsOwn(t *testing.T) {
	rec := record(t, "MAYOR TOM REED:  Having said that, the bridge repairs will begin on Monday and the tolls will stay low. "+
		"That said, the ferry will run every hour starting in June. With that being said, the clinic will open for every family in the valley. "+
		"Truth be told, the seawall needs forty million dollars before the winter storms. "+
		"There is a study from Salem that says the harbor will lose half of its fishing boats within ten years.\n\n"+
		"COUNCILMEMBER DAN KEMP:  I have nothing to add.\n")
	for _, quote := range []string{
		"the bridge repairs will begin on Monday and the tolls will stay low",
		"the ferry will run every hour starting in June",
		"the clinic will open for every family in the valley",
		"the seawall needs forty million dollars before the winter storms",
	} {
		f := verdictOf(t, rec, "Kemp", quote)
		assert.Equal(t, Misattributed, f.Verdict, "%q: %s", quote, f.Reason)
	}
	f := verdictOf(t, rec, "Kemp", "the harbor will lose half of its fishing boats within ten years")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Contains(t, f.Reason, "reports someone said")
}

// TestReportEndsWithItsSentence: a report is the sentence its verb of
// saying stands in; a reading that runs on into the reporter's next
// sentence holds the reporter's own words, and a quote of it given to
// another who speaks in the record is misattributed, where the whole was
// called a report.
func TestReportEndsWithItsSentence(t *testing.T) {
	rec := record(t, "MAYOR TOM REED:  The harbor plan is finished.\n\n"+
		"REPORTER:  Governor Lowell says the state will not pay. The city must pay for the dredging and the seawall out of its own reserves now.\n")
	f := verdictOf(t, rec, "Reed", "the state will not pay. The city must pay for the dredging and the seawall out of its own reserves now")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)
	f = verdictOf(t, rec, "Lowell", "the state will not pay")
	assert.Contains(t, f.Reason, "reports someone said")
}

// TestNamesakeIsAPerson: a speaker whose name only opens with the surname
// (a REED SHIPPING in the record) is no namesake of the mayor Tom Reed:
// "“…,” Reed said" of the company's words is misattributed, where it was
// given to the company as its own; a person who bears the surname still is.
func TestNamesakeIsAPerson(t *testing.T) {
	rec := record(t, "MAYOR TOM REED:  The ferry will run every hour starting in June for every rider in the city.\n\n"+
		"REED SHIPPING:  Our boats will carry the freight to Salem twice a week from the new pier.\n\n"+
		"COUNCILMEMBER ANN REED:  I want the fares to stay the same for every rider in the city.\n")
	f := verdictOf(t, rec, "Reed", "Our boats will carry the freight to Salem twice a week from the new pier")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)
	assert.Equal(t, "Tom Reed", f.Speaker)
	f = verdictOf(t, rec, "Reed", "I want the fares to stay the same for every rider in the city")
	assert.Equal(t, Verbatim, f.Verdict, f.Reason)
	assert.Equal(t, "Ann Reed", f.Speaker)
}

// TestVoiceNamedByRoleAlone: words a voice says that the record names by
// its role alone ("MODERATOR:", "Q:", "STAFF:", a "THE PRESIDENT:" no
// header names) are no misattribution of a person who does not speak in
// the record by name, who may be that voice (the debate's moderator Omar
// Haddad): they are found, and whose they are is not checked, where it was
// "said by Moderator, not Haddad". A speaker the record names is still
// told apart from the voice, and a voice whose label names a person is
// still somebody else.
func TestVoiceNamedByRoleAlone(t *testing.T) {
	rec := record(t, "MODERATOR:  Welcome. The harbor authority has spent forty million dollars on a seawall that still floods every spring.\n\n"+
		"MAYOR TOM REED:  The seawall will be finished before the first winter storm.\n\n"+
		"STAFF:  The full budget for the seawall goes on the city website next Friday morning.\n\n"+
		"Q:  My family has lived on Water Street for four generations and our basement floods.\n\n"+
		"THE PRESIDENT:  The federal government will pay half of the cost of every new seawall.\n\n"+
		"DAN KEMP:  The ferry fares must stay the same for every rider in Harbor City.\n")
	for _, c := range []struct{ speaker, quote, voice string }{
		{"Omar Haddad", "The harbor authority has spent forty million dollars on a seawall that still floods every spring", "MODERATOR"},
		{"Ann Lowell", "The full budget for the seawall goes on the city website next Friday morning", "STAFF"},
		{"Ann Lowell", "My family has lived on Water Street for four generations and our basement floods", "Q"},
		{"Ann Lowell", "The federal government will pay half of the cost of every new seawall", "THE PRESIDENT"},
	} {
		f := verdictOf(t, rec, c.speaker, c.quote)
		assert.Equal(t, Verbatim, f.Verdict, "%q: %s", c.quote, f.Reason)
		assert.Contains(t, f.Reason, "is not checked")
		if assert.NotNil(t, f.Source) {
			assert.Equal(t, c.voice, f.Source.SpeakerID)
		}
	}
	f := verdictOf(t, rec, "Reed", "The harbor authority has spent forty million dollars on a seawall that still floods every spring")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)
	f = verdictOf(t, rec, "Ann Lowell", "The ferry fares must stay the same for every rider in Harbor City")
	assert.Equal(t, Misattributed, f.Verdict, f.Reason)
}

// TestOfficeTellsNamesakesApart: an office before a surname two speakers
// bear is the one who holds it in the record ("Mayor Reed" is MAYOR TOM
// REED, "Councilmember Reed" COUNCILMEMBER ANN REED), whoever speaks
// first and whomever the article's full name for it was taken to be,
// where the name fell to the first to speak; a title neither holds ("Ms.
// Reed") tells them no more apart than the surname alone, and the quote
// is the one's who says it, where it was the first's and the other's
// words misattributed.
func TestOfficeTellsNamesakesApart(t *testing.T) {
	tom := "The ferry will run every hour starting in June from the new pier"
	ann := "I want the fares to stay the same for every rider on the harbor ferry"
	check := func(rec *Record, article string) Finding {
		t.Helper()
		d, err := quotes.NewDoc("article.txt", []byte(article))
		require.NoError(t, err)
		fs := rec.Check(quotes.ParseArticleKnown(d, rec.Surnames()))
		require.NotEmpty(t, fs)
		return fs[len(fs)-1]
	}
	annFirst := record(t, "COUNCILMEMBER ANN REED:  "+ann+".\n\nMAYOR TOM REED:  "+tom+".\n")
	tomFirst := record(t, "MAYOR TOM REED:  "+tom+".\n\nCOUNCILMEMBER ANN REED:  "+ann+".\n")
	for _, c := range []struct {
		rec     *Record
		article string
		want    Verdict
		speaker string
	}{
		{annFirst, "“" + tom + ",” Mayor Reed said.", Verbatim, "Tom Reed"},
		{annFirst, "“" + ann + ",” Mayor Reed said.", Misattributed, "Tom Reed"},
		{tomFirst, "“" + ann + ",” Councilmember Reed said.", Verbatim, "Ann Reed"},
		{tomFirst, "“" + tom + ",” Councilmember Reed said.", Misattributed, "Ann Reed"},
		{tomFirst, "“" + ann + ",” Ms. Reed said.", Verbatim, "Ann Reed"},
		{tomFirst, "Mayor Tom Reed and Councilmember Ann Reed spoke on Tuesday.\n\n“" + ann + ",” Councilmember Reed said.\n\n“" + tom + ",” Mayor Reed said.", Verbatim, "Tom Reed"},
	} {
		f := check(c.rec, c.article)
		assert.Equal(t, c.want, f.Verdict, "%s: %s", c.article, f.Reason)
		assert.Equal(t, c.speaker, f.Speaker, c.article)
	}
}

// TestOfficeBothNamesakesHold: an office two bearers of the surname hold
// ("Councilmember Reed" with COUNCILMEMBER ANN REED and COUNCILMEMBER TOM
// REED) tells them no more apart than the surname alone: the quote is the
// one's of them who says it, where the second's words were "said by Tom
// Reed, not Councilmember Reed". A namesake who does not hold the office
// (MAYOR DAN REED) is still told apart by it.
func TestOfficeBothNamesakesHold(t *testing.T) {
	ann := "I want the fares to stay the same for every rider on the harbor ferry"
	tom := "The ferry will run every hour starting in June from the new pier"
	dan := "We will build the new seawall before the first winter storm"
	rec := record(t, "COUNCILMEMBER ANN REED:  "+ann+".\n\nCOUNCILMEMBER TOM REED:  "+tom+".\n\nMAYOR DAN REED:  "+dan+".\n")
	for _, c := range []struct {
		quote, office string
		want          Verdict
		speaker       string
	}{
		{tom, "Councilmember", Verbatim, "Tom Reed"},
		{ann, "Councilmember", Verbatim, "Ann Reed"},
		{dan, "Councilmember", Misattributed, "Ann Reed"},
		{tom, "Mayor", Misattributed, "Dan Reed"},
	} {
		article := "“" + c.quote + ",” " + c.office + " Reed said."
		d, err := quotes.NewDoc("article.txt", []byte(article))
		require.NoError(t, err)
		fs := rec.Check(quotes.ParseArticleKnown(d, rec.Surnames()))
		require.Len(t, fs, 1)
		assert.Equal(t, c.want, fs[0].Verdict, "%s: %s", article, fs[0].Reason)
		assert.Equal(t, c.speaker, fs[0].Speaker, article)
	}
}

// TestOmissionDropsUntil: "until" makes a condition of what goes before
// it ("not … until the county pays"), as "unless" does: an ellipsis or a
// join of answers that leaves it out is altered.
func TestOmissionDropsUntil(t *testing.T) {
	rec := record(t, "MR. KEMP:  I will not pay for the road until the county pays for the bridge first. The ferry will keep running all year.\n")
	f := verdictOf(t, rec, "Kemp", "I will not pay for the road … the bridge first.")
	assert.Equal(t, Altered, f.Verdict, f.Reason)
	assert.Equal(t, "a marked omission drops “until”", f.Reason)
	assertVerdicts(t, rec, "Kemp", Faithful, "I will not pay for the road until the county pays … first.")
}

// TestEllipsisLeavesOutWholeSentences: an ellipsis between two sentences
// of a quote may leave out whole sentences of the record, and a negation
// or hedge of theirs qualifies none of the words the quote keeps: faithful
// (droppedInSentences). One left out of a sentence the quote keeps words
// of, or a sentence opening with a qualifier that qualifies the one
// before ("Not this year."), is still altered.
func TestEllipsisLeavesOutWholeSentences(t *testing.T) {
	rec := record(t, "MAYOR TOM REED:  We will fund the clinic. The state will not help us, and it never has. We will build the seawall. Nobody will stop us. We will win. We will hire nurses. Not this year, though. We will stay until the work is done. The harbor is ready.\n")
	assertVerdicts(t, rec, "Reed", Faithful,
		"We will fund the clinic. … We will build the seawall.",
		"We will fund the clinic … we will build the seawall.",
		"We will build the seawall. … We will win.",
	)
	for q, dropped := range map[string]string{
		"We will win. … We will stay until the work is done.": "not",   // "Not this year" qualifies "We will hire nurses"
		"We will stay … The harbor is ready.":                 "until", // within the sentence kept
	} {
		f := verdictOf(t, rec, "Reed", q)
		assert.Equal(t, Altered, f.Verdict, q+": "+f.Reason)
		assert.Equal(t, "a marked omission drops “"+dropped+"”", f.Reason, q)
	}
}

// TestEllipsisSentenceOpensWithCapital: after an abbreviation's period a
// sentence goes on in lower case ("at 9 a.m. on Monday unless it rains",
// "in the U.K. and not in Spain", "etc. but not"), so the words after it
// are no sentence of their own an ellipsis may leave out whole: the
// qualifier dropped with them still makes the quote altered. A sentence
// that opens with a capital is still left out whole.
func TestEllipsisSentenceOpensWithCapital(t *testing.T) {
	rec := record(t, "MAYOR TOM REED:  We meet at 9 a.m. on Monday unless it rains. The harbor is ready. We fund roads, schools, etc. but not the stadium. We will win. We went to the U.K. and not to Spain. We are back. Salem beat Harbor City vs. nobody else unless you count us. We are done. We will fund the clinic. The state will not help us. We will build the seawall.\n")
	for q, dropped := range map[string]string{
		"We meet at 9 a.m. … The harbor is ready.": "unless",
		"We fund roads, schools … We will win.":    "not",
		"We went to the U.K. … We are back.":       "not",
		"Salem beat Harbor City … We are done.":    "nobody",
	} {
		f := verdictOf(t, rec, "Reed", q)
		assert.Equal(t, Altered, f.Verdict, q+": "+f.Reason)
		assert.Equal(t, "a marked omission drops “"+dropped+"”", f.Reason, q)
	}
	assertVerdicts(t, rec, "Reed", Faithful, "We will fund the clinic. … We will build the seawall.")
}
