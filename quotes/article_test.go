package quotes

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func quoteTexts(t *testing.T, text string) []string {
	t.Helper()
	d, err := NewDoc("a.txt", []byte(text))
	require.NoError(t, err)
	var out []string
	for _, q := range ParseArticle(d).Quotes {
		out = append(out, q.Text)
	}
	return out
}

func TestExtractMixedDoubleMarks(t *testing.T) {
	checkQuoteTexts(t, []quoteTextCase{
		{"straight opens, curly closes", `"This is a long process,” said Paul Lindsay, a spokesman.`, []string{"This is a long process"}},
		{"curly opens, straight closes", `“Maybe he has difficulty," she remarked.`, []string{"Maybe he has difficulty"}},
		{"an opening shape typed as the closing mark", `It is “the best in the world“ and “the best in the region.”`,
			[]string{"the best in the world", "the best in the region."}},
		{"a straight mark before a word opens a quotation nested inside a quote", `“He said "no" to me,” she said.`,
			[]string{`He said "no" to me`, "no"}},
		{"a closing shape typed as the opening mark", "”Mr. Haddad embodies the worst of us. He has empowered bigots.” ― Lena Park",
			[]string{"Mr. Haddad embodies the worst of us. He has empowered bigots."}},
		{"after a space too", `She wrote ”we will win” and left.`, []string{"we will win"}},
		{"after an invisible mark at the paragraph's start", "He posted twice.\n\n\u202a”Keep the ferry running all winter!” wrote a reader.",
			[]string{"Keep the ferry running all winter!"}},
		{"a lone closing mark after a word opens nothing", `He said “yes” to that, no” more.`, []string{"yes"}},
		{"a closing shape with no close in its paragraph opens nothing", "”Mr. Haddad spoke.\n\nHe left.", nil},
		{"an opening shape after a space at the paragraph's end closes", "“The ferry runs late,” she said. “We wait. “\n\nThe dock was empty.",
			[]string{"The ferry runs late", "We wait."}},
	})
}

func TestExtractTwoApostrophes(t *testing.T) {
	checkQuoteTexts(t, []quoteTextCase{
		{"a quotation in two apostrophes", `''We finally may be seeing some wage growth,'' the economist wrote.`,
			[]string{"We finally may be seeing some wage growth"}},
		{"a single quote nested inside", `''They say the 'wrong track' is the issue,'' he said.`,
			[]string{"They say the 'wrong track' is the issue"}},
		{"over two paragraphs", "''First part.\n\n''Second part,'' she said.", []string{"First part. Second part"}},
		{"a possessive apostrophe is not a mark", `The voters' choice was clear.`, nil},
		{"'.' typed for the close before a bracket", `(A spokeswoman said that, ''The ferry will run all winter.'.') Others disagreed.`,
			[]string{"The ferry will run all winter."}},
		{"a nested quote closing before the close", `''Riders say it is on the 'wrong track.'.'' She left.`,
			[]string{"Riders say it is on the 'wrong track.'."}},
		{"closing after a nested single quote and a space", `''We all read 'Harbor Lights,' '' the librarian said. ''Twice.''`,
			[]string{"We all read 'Harbor Lights,'", "Twice."}},
	})
}

func TestExtractNestedCurlyDoubleMarks(t *testing.T) {
	checkQuoteTexts(t, []quoteTextCase{
		{"a quotation in the same curly marks inside one", "She wrote: “I would rather live in what he calls “a mess” than leave.” Then she left.",
			[]string{"I would rather live in what he calls “a mess” than leave.", "a mess"}},
		{"a mark opened again with one close after it starts anew", "She wrote: “I would rather stay. He said “go home” and left.",
			[]string{"go home"}},
		{"two quotations in a row are not nested", "He said “yes” and “no” to it.",
			[]string{"yes", "no"}},
	})
}

func TestExtractSingleCurlyMarks(t *testing.T) {
	checkQuoteTexts(t, []quoteTextCase{
		{"a headline quotes in single marks", "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance.\n\nGraham spoke on Monday.",
			[]string{"Incredibly Hateful Rhetoric"}},
		{"an apostrophe inside a single-mark quotation goes on", "Trump: ‘I’m the Worst Thing That Ever Happened.’\n\n“It is true,” he said.",
			[]string{"I’m the Worst Thing That Ever Happened.", "It is true"}},
		{"prose with double marks reads single marks as nested or apostrophes", "He spoke.\n\nShe called it ‘troubling’ and said “enough.”",
			[]string{"enough."}},
		{"a text with no double marks reads single marks", "He spoke at length.\n\nShe called it ‘troubling’ on Monday.",
			[]string{"troubling"}},
		{"a headline quotes in straight single marks", "Reed calls Kemp plan 'reckless,' but backs him.\n\nHe spoke.", []string{"reckless"}},
		{"straight apostrophes in a headline open nothing", "Reed's 'Never Again' pledge, players' union backs it.\n\nHe spoke.", []string{"Never Again"}},
		{"an apostrophe with no closing mark after it opens nothing", "Dockers will rock 'til dawn, Reed's crew says.\n\nHe spoke.", nil},
		{"a plural possessive closes nothing", "Dockers will rock 'til dawn, the players' union says.\n\nHe spoke.", nil},
		{"a clipped word opens nothing though a plural possessive follows", "Reed grew up in the 'burbs and joined the dockers' union.\n\nHe spoke.", nil},
		{"nor a clipped place name", "Veterans of 'Nam join the dockers' march in Salem.\n\nHe spoke.", nil},
		{"a given name that is also a clipped word opens a headline's quotation", "Reed Says 'Kay Is Right' on Ferry Plan\n\nTom Reed spoke on Monday in Salem.", []string{"Kay Is Right"}},
	})
}

func TestExtractBritishSingleMarks(t *testing.T) {
	checkQuoteTexts(t, []quoteTextCase{
		{"double marks only inside single-mark quotations: single marks quote, doubles nest",
			"The governor, Ann Lowell, promised aid. 'The state will stand with Harbor City, and I mean that in pounds, not in speeches,' she said.\n" +
				"Reed said: 'I spoke to the President this morning, and he told me, \"Whatever Harbor City needs, you call me directly,\"' Mr Reed said.",
			[]string{"The state will stand with Harbor City, and I mean that in pounds, not in speeches",
				`I spoke to the President this morning, and he told me, "Whatever Harbor City needs, you call me directly,"`,
				"Whatever Harbor City needs, you call me directly"}},
		{"in curly marks, apostrophes going on",
			"Reed’s crew don’t rock ’n’ roll as in the ’90s. ‘We won’t stop,’ Reed said.\n\n‘He told me, “Call me directly,” and I did,’ he added.",
			[]string{"We won’t stop", "He told me, “Call me directly,” and I did", "Call me directly"}},
		{"straight apostrophes open nothing",
			"Harbor City in the '90s was different; Reed's crew rock 'n' roll. 'He told me, \"Call me,\"' Reed said.",
			[]string{`He told me, "Call me,"`, "Call me"}},
		{"one double mark outside single marks: single marks nest as usual",
			"Reed spoke. 'He told me, \"Call me,\"' Reed said.\n\n\"She called it 'troubling' on Monday,\" Lowell said.",
			[]string{"Call me", "She called it 'troubling' on Monday"}},
		{"a double inside a single mark that never closes: no single-mark quotations",
			"Reed spoke. 'He told me, \"Call me,\" Reed said.\n\nShe called it 'troubling' on Monday.",
			[]string{"Call me"}},
	})
}

func TestBritishQuotationsWithinQuotations(t *testing.T) {
	text := "The governor, Ann Lowell, promised aid. 'The state will stand with Harbor City,' she said.\n" +
		"Reed said: 'I spoke to the President, and he told me, \"Call me directly,\"' Mr Reed said."
	d, err := NewDoc("a.txt", []byte(text))
	require.NoError(t, err)
	qs := ParseArticle(d).Quotes
	require.Len(t, qs, 3)
	assert.Equal(t, "Ann Lowell", qs[0].Speaker)
	assert.Equal(t, "Reed", qs[1].Speaker)
	assert.False(t, qs[1].Nested)
	assert.Equal(t, []Span{{strings.Index(text, `"Call`), strings.Index(text, `"'`) + 1}}, qs[1].Inner, "the President's words are not Reed's own")
	assert.True(t, qs[2].Nested)
	assert.Equal(t, "Call me directly", qs[2].Text)
}

func TestExtractDeckSingleMarks(t *testing.T) {
	checkQuoteTexts(t, []quoteTextCase{
		{"a deck under the headline quotes in single marks as the headline does",
			"Harbor City seawall row\n\nMayor vows 'better' seawall; governor says aid 'will not come overnight'\n\nTom Reed spoke on Monday. \"We will build it,\" he said.",
			[]string{"better", "will not come overnight", "We will build it"}},
		{"not prose under the headline",
			"Harbor City seawall row\n\nTom Reed spoke on Monday. He called it 'better' and left.\n\n\"We will build it,\" he said.",
			[]string{"We will build it"}},
		{"nor a second paragraph under prose",
			"Tom Reed spoke on Monday. Ann Lowell came too.\n\nMayor vows 'better' seawall\n\n\"We will build it,\" he said.",
			[]string{"We will build it"}},
	})
}

// quoteTextCase is an article and the quotations extracted from it.
type quoteTextCase struct {
	name string
	text string
	want []string
}

// checkQuoteTexts runs each case as a subtest: the quotations' texts, in
// order, are want.
func checkQuoteTexts(t *testing.T, tests []quoteTextCase) {
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, quoteTexts(t, tt.text))
		})
	}
}

func TestExtractLineBrokenParagraphs(t *testing.T) {
	checkQuoteTexts(t, []quoteTextCase{
		{"a line that goes on a sentence in lower case goes on its paragraph", "Ann Lowell spoke at the pier.\n“It has to be\ndone,” she said.\nTom Reed left.",
			[]string{"It has to be\ndone"}},
	})
}

// TestListItemsAreParagraphs: in a text written in blank-line paragraphs,
// whose single line breaks are taken for wrapping, a bulleted list of
// quotations each led by its speaker gives each its own speaker, rather
// than the first item's name speaking the whole list.
func TestListItemsAreParagraphs(t *testing.T) {
	text := "Officials briefed reporters on Thursday.\n\nThe river crested overnight.\n\nHere is what they said:\n• Police Chief Dan Kemp: “Officers went door to door.”\n• Gov. Ann Lowell: “The state will stand with the city.”\n- Omar Haddad: “Ships come back.”\n\nThe briefing ended at noon.\n\nCrews kept pumping."
	d, err := NewDoc("a.txt", []byte(text))
	require.NoError(t, err)
	qs := ParseArticle(d).Quotes
	require.Len(t, qs, 3)
	for k, want := range []string{"Dan Kemp", "Ann Lowell", "Omar Haddad"} {
		assert.Contains(t, qs[k].Speaker, want, qs[k].Text)
	}
	assert.True(t, listItem("  1. Reed: “Yes.”"))
	assert.False(t, listItem("-- he said"))
	assert.False(t, listItem("1998. It was"))
}

func TestPhotoCaption(t *testing.T) {
	for _, tt := range []struct {
		para string
		want bool
	}{
		{"Gov. Ann Lowell listens during a news conference. (AP Photo/Staff)", true},
		{"Gov. Ann Lowell listens during a news conference in Harbor City, Oct. 3. (AP Photo/Dan Kemp, File)", true},
		{"Gov. Ann Lowell listens during a news conference. REUTERS/Staff", true},
		{"Gov. Ann Lowell listens during a news conference. REUTERS/Dan Kemp.", true},
		{"Gov. Ann Lowell listens during a news conference. (Photo: Harbor City Times)", true},
		{"Gov. Ann Lowell listens. (Photo by Dan Kemp/Getty Images)", true},
		{"[Photo: Gov. Ann Lowell listens during a news conference.]", true},
		{"Gov. Ann Lowell listens during a news conference.", false},
		{"Reed posted a picture of the pier (photo below).", false},
		{"Reed said the union backed the AFL/CIO plan.", false},
		{"Lowell spoke to the AP on Monday.", false},
	} {
		assert.Equal(t, tt.want, photoCaption(tt.para), tt.para)
	}
}

func TestPhotoCaptionNamesNoSpeaker(t *testing.T) {
	lead := "Harbor City Mayor Tom Reed spoke to reporters on Monday.\n\n" +
		"“I spoke to the governor this morning, and she told me to call her directly,” Reed said.\n\n"
	quote := "\n\n“The state will stand with Harbor City, and I mean that in dollars.”"
	checkSpeakers(t, []speakerCase{
		{"a caption with a credit in brackets between two quotation paragraphs",
			lead + "Gov. Ann Lowell listens during a news conference. (AP Photo/Staff)" + quote, "Tom Reed"},
		{"an agency's credit after a slash",
			lead + "Gov. Ann Lowell listens during a news conference. REUTERS/Staff" + quote, "Tom Reed"},
		{"a credit that names the paper",
			lead + "Gov. Ann Lowell listens during a news conference. (Photo: Harbor City Times)" + quote, "Tom Reed"},
		{"a paragraph of narrative with no credit brings in its person",
			lead + "Gov. Ann Lowell listens during a news conference." + quote, "Ann Lowell"},
	})
}
