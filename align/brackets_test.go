package align

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBracketPutsAnotherName: a bracket may name whom or what the
// record's words mean ("[Lowell]" for "she", "[Mayor Reed]" for "Tom
// Reed", "[Salem]" for "the City"), but a bracket that puts another name
// for a name of the record puts another person or place in the speaker's
// mouth: altered, and the reason names both.
//
// One word of the record is compared only where a speaker of the record
// bears it: a given name, a nickname, a kinship word or another name of
// a place may stand for the bracket's name ("[Reed]" for "Tom" under a
// label MAYOR REED, "[Kemp]" for "Dan", "[Robert Kemp]" for "Bob", "[his
// mother, Margaret Reed,]" for "Mom", "[the United States]" for
// "America"), and a bracket put in at the quote's end adds to it ("with
// Ann Lowell [of Salem]").
func TestBracketPutsAnotherName(t *testing.T) {
	rec := record(t, "MAYOR TOM REED:  Ann Lowell will not pay for the clinic. She told me so last week. Lowell's plan is a good plan for Harbor City. The state owes Salem a great deal of money. Tom has kept his word, and Reed will keep it. We love the City and its harbor. I spoke to Omar in Salem. Omar Haddad runs the ferry. Kemp will not run the ferry, and I told Kemp so. Nurses will keep the ward open. Dr. Kemp runs the clinic.\n\n"+
		"COUNCILMEMBER ANN LOWELL:  The mayor is right about that.\n")
	arc, err := LoadArchive("test.qci", archiveOf(t, rec))
	require.NoError(t, err)
	for q, why := range map[string]string{
		"[Dan Kemp] will not pay for the clinic.":                           "a bracket puts “Dan Kemp” for the record's “Ann Lowell”",
		"[Kemp's] plan is a good plan for Harbor City.":                     "a bracket puts “Kemp's” for the record's “Lowell's”",
		"The state owes [Harbor City] a great deal of money.":               "", // one word may be another name of the same place ("[the United States]" for "America")
		"Lowell's plan is a good plan for [Salem].":                         "", // put in at the end, it adds more often than it replaces ("with Ann Lowell [of Salem]")
		"[Ann Reed] will not pay for the clinic.":                           "a bracket puts “Ann Reed” for the record's “Ann Lowell”",
		"I spoke to [Dan] in Salem.":                                        "", // one given name may be anyone's, or a nickname
		"[Lowell] will not run the ferry.":                                  "", // Kemp, one word no speaker bears, is not told apart
		"The state owes [the Salem city government] a great deal of money.": "",
		"[Dan Kemp] will not pay for the clinic, she told me.":              "a bracket puts “Dan Kemp” for the record's “Ann Lowell”",
		"[Salem's nurses] will keep the ward open.":                         "",
		"[Dan Kemp] runs the clinic.":                                       "",
		"[Tom Reed] has kept his word, and Reed will keep it.":              "",
		"[Mayor Reed] has kept his word, and Reed will keep it.":            "",
		"Tom has kept his word, and [the mayor] will keep it.":              "",
		"Tom has kept his word, and [Tom] will keep it.":                    "",
		"[Lowell] told me so last week.":                                    "",
		"[Ann Lowell] told me so last week.":                                "",
		"[Lowell] will not pay for the clinic.":                             "",
		"[Councilmember Lowell] will not pay for the clinic.":               "",
		"[Her] plan is a good plan for Harbor City.":                        "",
		"We love [Salem] and its harbor.":                                   "",
		"I spoke to [Haddad] in Salem.":                                     "",
		"The state owes [Salem, Ore.,] a great deal of money.":              "",
		"[The Harbor City council] is right about that.":                    "",
		"The state owes [Salem's city government] a great deal of money.":   "",
	} {
		speaker := "Reed"
		if q == "[The Harbor City council] is right about that." {
			speaker = "Lowell"
		}
		f := verdictOf(t, rec, speaker, q)
		// a record loaded from its archive reads its words' places and
		// capitals as the record it was written from
		g := verdictOf(t, arc, speaker, q)
		assert.Equal(t, f.Reason, g.Reason, q)
		if why == "" {
			assert.Equal(t, Faithful, f.Verdict, q+": "+f.Reason)
			continue
		}
		assert.Equal(t, Altered, f.Verdict, q+": "+f.Reason)
		assert.Equal(t, why, f.Reason, q)
	}
}

// TestBracketAddsQuantifier: a bracket holding only a word that says how
// much, how often or how surely puts a claim in the speaker's mouth
// ("we will cut [all] taxes"); one that names a referent, or stands for
// such a word of the record's, does not.
func TestBracketAddsQuantifier(t *testing.T) {
	rec := record(t, "MS. RIVERA:  We will cut taxes next spring. The county will pay for the bridge if the voters approve it. We will fund every school. They will all pay.\n")
	for q, why := range map[string]string{
		"We will cut [all] taxes next spring.":         "a bracket adds “all”, which the record's words lack",
		"We will [only] cut taxes next spring.":        "a bracket adds “only”, which the record's words lack",
		"The county will [always] pay for the bridge.": "a bracket adds “always”, which the record's words lack",
		"We will cut [some of the] taxes next spring.": "a bracket adds “some”, which the record's words lack",
	} {
		f := verdictOf(t, rec, "Rivera", q)
		assert.Equal(t, Altered, f.Verdict, q+": "+f.Reason)
		assert.Equal(t, why, f.Reason, q)
	}
	assertVerdicts(t, rec, "Rivera", Faithful,
		"We will cut [property] taxes next spring.",
		"We will fund [each] school.",
		"[All three council members] will all pay.",
		"The county will pay for [the Salem bridge] if the voters approve it.",
	)
}

// TestSicStandsForNoWord: "[sic]" marks the word before it as the
// speaker's, as spoken; it stands for no word of the record, so a record
// word it takes the place of is dropped unmarked.
func TestSicStandsForNoWord(t *testing.T) {
	rec := record(t, "MR. REED:  The state owes Salem a great deal of money. We will hire nurses for the clinic.\n")
	assertVerdicts(t, rec, "Reed", Altered,
		"The state owes Salem a [sic] deal of money.",
		"We will hire nurses [sic] the clinic.",
	)
	assertVerdicts(t, rec, "Reed", Faithful,
		"The state owes Salem a great deal [sic] of money.",
		"We will hire nurses for the clinic [sic].",
	)
}

// TestBracketRewritesClause: a bracket that keeps the record's words
// around the one it changes rewrites the sentence ("[We will close the
// clinic]" for "We will fund the clinic"), and one that opens with a
// conjunction adds a clause or an item of its own ("[and fire
// doctors]"): altered. A bracket naming a referent, mending grammar or
// dating a remark stays faithful.
func TestBracketRewritesClause(t *testing.T) {
	rec := record(t, "MAYOR TOM REED:  We will fund the clinic in Salem this year, and the harbor school will get its new roof. We will hire nurses for the clinic. I think it will pass. They passed it last year, and the council did the right thing. Last year's budget was a mess. The city will fund the clinic next spring. It costs too much and it takes too long.\n")
	for q, why := range map[string]string{
		"[We will close the clinic] in Salem this year.":                                          "a bracket changes the speaker's words: “close” for the record's “fund”",
		"We will fund the clinic in Salem this year, and [the county will pay for the new roof].": "a bracket changes the speaker's words: “county” for the record's “harbor”",
		"We will hire nurses [and fire doctors] for the clinic.":                                  "a bracket changes the speaker's words: “and fire doctors” put in",
		"The city will fund the clinic [and the school] next spring.":                             "a bracket changes the speaker's words: “and the school” put in",
	} {
		f := verdictOf(t, rec, "Reed", q)
		assert.Equal(t, Altered, f.Verdict, q+": "+f.Reason)
		assert.Equal(t, why, f.Reason, q)
	}
	assertVerdicts(t, rec, "Reed", Faithful,
		"I think [the bond] will pass.",
		"[Lawmakers] passed [the budget] last year, and the council did the right thing.",
		"[The 2019] budget was a mess.",
		"[He said the city would] fund the clinic next spring.",
		"[The city will fund] the clinic next spring.",
		"[It] costs too much and it takes too long [to build].",
		"It costs too much [and] it takes too long.",
		"We will hire nurses for the [Salem] clinic.",
	)
}

// TestBracketNewsroomClarifications: brackets a copy desk writes to say
// whom or what the speaker meant stay faithful: a surname for a given
// name under a label that gives the surname alone, a full name for a
// nickname, a name for a kinship word, another name of a country, a
// place put in after a name at the quote's end, and a word that widens
// or hedges put in place of the speaker's own word of that kind.
func TestBracketNewsroomClarifications(t *testing.T) {
	rec := record(t, "MAYOR REED:  We met with Ann Lowell. Harbor City will pay its share. I spoke with Dan yesterday and he agreed. I spoke with Bob about the harbor. I told Mom the news. Our country, America, needs more clinics. I don't know whether we can pay for it. Everyone on the board agreed to the plan. We just need one more vote.\n\n"+
		"COUNCILOR ANN LOWELL:  Thank you. Tom has kept his word on the clinic.\n")
	for _, c := range []struct{ speaker, q string }{
		{"Lowell", "[Reed] has kept his word on the clinic."},
		{"Reed", "I spoke with [Kemp] yesterday and he agreed."},
		{"Reed", "I spoke with [Robert Kemp] about the harbor."},
		{"Reed", "I told [his mother, Margaret Reed,] the news."},
		{"Reed", "Our country, [the United States], needs more clinics."},
		{"Reed", "We met with Ann Lowell [of Salem]."},
		{"Reed", "I don't know [if] we can pay for it."},
		{"Reed", "[All] on the board agreed to the plan."},
		{"Reed", "We [only] need one more vote."},
	} {
		f := verdictOf(t, rec, c.speaker, c.q)
		assert.Equal(t, Faithful, f.Verdict, c.q+": "+f.Reason)
	}
}

// TestBracketDescribesOfficeHolder: a bracket that names a person by the
// office they hold describes them as "[the mayor]" does, whatever place
// or party it names with the office ("[the Harbor City mayor]",
// "[Salem's mayor]", "[the mayor of Harbor City]", "[the Democratic
// governor]"): no name put for the record's. A name after the office
// ("[Harbor City Mayor Dan Kemp]") is still one.
func TestBracketDescribesOfficeHolder(t *testing.T) {
	rec := record(t, "MAYOR TOM REED:  Ann Lowell will not pay for the clinic. I called Dan Kemp on Monday.\n\n"+
		"COUNCILMEMBER ANN LOWELL:  Tom has kept his word. I agree with Tom Reed on the clinic.\n")
	for _, c := range []struct{ speaker, q string }{
		{"Lowell", "[The Harbor City mayor] has kept his word."},
		{"Lowell", "[Salem's mayor] has kept his word."},
		{"Lowell", "[The mayor of Harbor City] has kept his word."},
		{"Lowell", "I agree with [the Harbor City mayor] on the clinic."},
		{"Reed", "[The Salem councilwoman] will not pay for the clinic."},
		{"Reed", "I called [the Democratic governor] on Monday."},
		{"Reed", "I called [Salem's governor] on Monday."},
	} {
		f := verdictOf(t, rec, c.speaker, c.q)
		assert.Equal(t, Faithful, f.Verdict, c.q+": "+f.Reason)
	}
	f := verdictOf(t, rec, "Reed", "[Harbor City Mayor Dan Kemp] will not pay for the clinic.")
	assert.Equal(t, Altered, f.Verdict, f.Reason)
	assert.Equal(t, "a bracket puts “Harbor City Mayor Dan Kemp” for the record's “Ann Lowell”", f.Reason)
}

// TestOpeningBracketStandsForFewest: a bracket opening the quote stands
// for the fewest record words that make sense (openingBracketFrom), as
// the source passage shows it, so its checks read no words of the
// sentence before: "[The schools in Salem] need more money" for "We only
// fund schools. They need more money." drops no "only", and "[The old
// Salem clinic] costs too much" for "… not close the clinic. It costs
// too much." rewrites no "close".
func TestOpeningBracketStandsForFewest(t *testing.T) {
	rec := record(t, "MAYOR TOM REED:  We will not close the clinic. It costs too much. We only fund schools. They need more money. I spoke to the governor about the clinic. He said no to the clinic.\n")
	assertVerdicts(t, rec, "Reed", Faithful,
		"[The schools in Salem] need more money.",
		"[The old Salem clinic] costs too much.",
		"[The governor of the state] said no to the clinic.",
	)
	// the words the bracket stands for still count: "not" left out
	f := verdictOf(t, rec, "Reed", "[We will close the clinic.] It costs too much.")
	assert.Equal(t, Altered, f.Verdict, f.Reason)
	assert.Equal(t, "a marked omission drops “not”", f.Reason)
}

// TestBracketOfficeApartFromName: a name a comma sets apart from an
// office in a bracket is still a name ("[Dan Kemp, Salem's mayor,]",
// "[Dan Kemp, mayor of Salem,]", "[the mayor of Harbor City, Dan
// Kemp,]" for "Tom" are altered), where the office's place was taken for
// all the capitalised words beside it; and a party's member describes a
// person as an office does ("[the Salem Democrat]", "[the Harbor City
// Republican]" for "Tom" stay faithful), where "[Democrat Dan Kemp]"
// names Kemp.
func TestBracketOfficeApartFromName(t *testing.T) {
	rec := record(t, "MAYOR TOM REED:  We will win.\n\n"+
		"COUNCILMEMBER ANN LOWELL:  Tom has kept his word. I agree with Tom Reed on the clinic.\n")
	for q, put := range map[string]string{
		"[Dan Kemp, Salem's mayor,] has kept his word.":            "Dan Kemp Salem's mayor",
		"[Dan Kemp, mayor of Salem,] has kept his word.":           "Dan Kemp mayor of Salem",
		"[Kemp, mayor] has kept his word.":                         "Kemp mayor",
		"[The mayor of Harbor City, Dan Kemp,] has kept his word.": "The mayor of Harbor City Dan Kemp",
		"[Democrat Dan Kemp] has kept his word.":                   "Democrat Dan Kemp",
	} {
		f := verdictOf(t, rec, "Lowell", q)
		assert.Equal(t, Altered, f.Verdict, q+": "+f.Reason)
		assert.Equal(t, "a bracket puts “"+put+"” for the record's “Tom”", f.Reason, q)
	}
	assertVerdicts(t, rec, "Lowell", Faithful,
		"[The Salem Democrat] has kept his word.",
		"[The Harbor City Republican] has kept his word.",
		"I agree with [the Salem Democrat] on the clinic.",
		"[Salem's Democratic mayor] has kept his word.",
	)
}
