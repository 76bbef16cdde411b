package quotes

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAttribution(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		speaker string // the speaker of the last quote
	}{
		{"a subject before a long apposition",
			"Zeke Emanuel, an oncologist who advised Obama on the health care overhaul, said the law has been a success “by any stretch of any metric.”",
			"Zeke Emanuel"},
		{"the listener of told is not the speaker",
			"Donald Trump returned the compliment, telling Reuters, “Sheldon and I have been friends for a long time.”",
			"Donald Trump"},
		{"a short apposition still works",
			"“We will win,” Hugh Hill, a doctor at the clinic, said.",
			"Hugh Hill"},
		{"a participle's object is not its speaker",
			"Paul then interjected, calling Rubio’s proposed credit “a welfare transfer payment.”",
			"Paul"},
		{"a name after the verb that begins an object clause is not the speaker",
			"Tad Devine, a senior media adviser, said Republicans are engaged in misguided “mischief.”",
			"Tad Devine"},
		{"a description and a name in apposition before the verb",
			"Trump's attorney, Alan Garten, said Nunberg was \"looking for free publicity.\"",
			"Alan Garten"},
		{"a cue that is a sentence of its own after a quote ending in a question mark",
			"Freddy Ortega came early.\n\n\"His strategy, it's all a show, no?\" Freddy Ortega said.\n\n“What was the pivot point?” Beck questioned.",
			"Beck"},
		{"lower-case titles before a name",
			"\"He's obviously struggling,\" said former Vermont governor Howard Dean (D), a Clinton supporter.",
			"Howard Dean"},
		{"a title in lower case between capitalised words and the name",
			"\"There were 24 arrests,\" Republican National Committee spokesman Sean Spicer told me.",
			"Sean Spicer"},
		{"a pronoun means the latest subject, speaker or not",
			"“We will win,” Trump said.\n\nMarco Rubio sought to ease his concerns. He talked of reforms to “close loopholes.”",
			"Rubio"},
		{"the subject after an introductory phrase",
			"Early in his campaign, Donald Trump attacked Romney, calling him, among other things, “a failed candidate.”",
			"Donald Trump"},
		{"a person right before a participle after 'of'",
			"Clinton spoke first.\n\nThe spot concludes with footage of Trump saying during the debate, “That makes me smart,” when Clinton blasted him.",
			"Trump"},
		{"the comma closing an apposition before the verb",
			"''It was an act of terrorism,'' the White House spokesman, Josh Earnest, said on Tuesday.",
			"Josh Earnest"},
		{"a full name at the head of the sentence before an apposition of many words",
			"Michael Demastus, pastor of the Fort Des Moines Church of Christ in the state capital and a Cruz supporter, said: “I have heard a lot of candidates pray.”",
			"Michael Demastus"},
		{"a cue later in the sentence, after a clause that follows the quote",
			"“Boots on the ground” would be appropriate, Republican candidate Ben Carson said after the attacks.",
			"Ben Carson"},
		{"an auxiliary between the speaker and the verb after the quote",
			"“She has the best friends,” Bill Clinton has said while stumping for his wife.",
			"Bill Clinton"},
		{"a role noun before an inverted speaker's name",
			"“We have had better conventions,” said Texas delegate Bill Eastland.",
			"Bill Eastland"},
		{"a place in the apposition is not the speaker",
			"Brianne Stone, 29, of Huntsville, Ala., says her concern is the climate. “We are not going to act in time,” she says.",
			"Brianne Stone"},
		{"a headline's name before a colon",
			"Kasich: ‘We Are Going To Go All The Way To Cleveland.’\n\nThe governor spoke.",
			"Kasich"},
		{"a place ending an introductory clause is no apposition",
			"Soon after Debbie Wasserman Schultz was booed on Monday at a breakfast in Philadelphia, Canova wrote to his followers, “It’s time to end her career,” and shared a link.",
			"Canova"},
		{"a participle clause with a speech verb inside an apposition",
			"The issue came up after Mr. Trump, asked about the deaths of journalists under Mr. Putin, had said, ''I think our country does plenty of killing also.''",
			"Mr. Trump"},
		{"the subject after a long introductory phrase",
			"Mr. Smith spoke next.\n\nAsked whether the campaign should take responsibility for the flap to bring the questions to a halt, Mr. Smith shot back: ''That would be good.''",
			"Mr. Smith"},
		{"a lone surname at the head of the sentence, capitalised inside another sentence",
			"The report reached Powell on Monday.\n\nPowell has said the messages were not secret, because “I do not see what makes them classified.”",
			"Powell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := parseQuotes(t, tt.text)
			require.NotEmpty(t, qs)
			got := qs[len(qs)-1].Speaker
			assert.True(t, SameName(tt.speaker, got), "speaker %q, want %q", got, tt.speaker)
		})
	}
}

// skipOf is the skip reason of the quotation whose text is quote.
func skipOf(t *testing.T, text, quote string) string {
	t.Helper()
	for _, q := range parseQuotes(t, text) {
		if q.Text == quote {
			return q.Skip
		}
	}
	require.Failf(t, "no such quotation", "%q", quote)
	return ""
}

func TestSkipShortQuotes(t *testing.T) {
	tests := []struct {
		name, text, quote string
		skipped           bool
	}{
		{"a scare quote in a sentence that reports no speech", `A “concession” wagon was pulled through the crowd.`, "concession", true},
		{"a partial quote in a sentence that reports speech", `The lawsuit alleged that the party “failed to implement measures.”`, "failed to implement measures.", false},
		{"a term somebody named", `Both oppose an inflation formula called the "chained CPI" that would cut payments.`, "chained CPI", false},
		{"a value in markup", `<tweet author="@realDonaldTrump" date="March 9">Great rally!</tweet>`, "@realDonaldTrump", true},
		{"a programme after a network's name", `Johnson tells MSNBC’s “Morning Joe” on Friday that it remains under investigation.`, "Morning Joe", true},
		{"a book after a work noun", `She wrote in her memoir, "Tough Choices," that she was adamant.`, "Tough Choices", true},
		{"a title before a work noun", `Palmer sat down for the “Off Message” podcast on Monday.`, "Off Message", true},
		{"a title after a work noun and of", `On this weekend’s broadcast of “Fox News Sunday,” Palmer said little.`, "Fox News Sunday", true},
		{"a title after an episode of", `On Tuesday’s episode of “The Dan Reyes Morning Show,” Palmer laughed.`, "The Dan Reyes Morning Show", true},
		{"a title a word before its work noun", `Palmer took calls on his "Keepin' It Real" radio program on Sunday.`, "Keepin' It Real", true},
		{"a title after an anthem", `She sang the civil rights anthem “A Change Is Gonna Come” at the end.`, "A Change Is Gonna Come", true},
		{"a one-word title after its work noun", `He sat for an interview on Mr. King's show, ''Politicking.'' Others did not.`, "Politicking.", true},
		{"a one-word title may open with a digit", "“We made it for everyone,” Ava DuVernay said. Ava DuVernay showed her documentary, “13th,” to the crowd.", "13th", true},
		{"a title that ends with a work noun", `Park stressed her record during a "Commander-in-Chief Forum" on Wednesday.`, "Commander-in-Chief Forum", true},
		{"a work noun two words on is no title's", `“We Will Win,” Palmer said, a song in her voice.`, "We Will Win", false},
		{"a Title Case chant is speech", `Some chanted “USA! USA!” as he spoke.`, "USA! USA!", false},
		{"a headline quoting its speaker after a possessive", "Palmer: Harbor Board’s ‘Budget Is A Fantasy’\n\nThe mayor spoke on Sunday.", "Budget Is A Fantasy", false},
		{"a headline naming a programme after a network's possessive", "Palmer Tells Channel Nine’s ‘Harbor Tonight’ She Will Run\n\nThe mayor spoke on Sunday.", "Harbor Tonight", true},
		{"a headline with its byline", `HARBOR NEWS—"Ferry fares rise again next spring," by the Herald's Ann Lowell: "Riders will pay more."`, "Ferry fares rise again next spring", true},
		{"a byline with an outlet's name of several words", `"Ferry fares rise again next spring," by The Harbor Daily Herald's Ann Lowell: "Riders will pay more."`, "Ferry fares rise again next spring", true},
		{"the agent of a passive is no byline", `The plan was called "a reckless gamble" by Palmer on Monday.`, "a reckless gamble", false},
		{"nor after a comma", `Officials faulted the "rude remarks, delivered wholly unprompted and unkindly," by Palmer last week.`, "rude remarks, delivered wholly unprompted and unkindly", false},
		{"a title before a part in the work", `Since then, the “Harbor Nights” actress has spoken out.`, "Harbor Nights", true},
		{"a title after a part played in it", `Lena Park, who starred in “Harbor Nights,” posted the clip.`, "Harbor Nights", true},
		{"a title after a hand in making it", `“It spreads fast,” said Ann Lowell, the co-author of “Going Viral,” on Monday.`, "Going Viral", true},
		{"a work noun in an apposition after the title", `He helped revive ''Harbor Nights,'' the cult series that ended in 1991.`, "Harbor Nights", true},
		{"a one-word title after a network's possessive", `Palmer told NBC’s “Today” on Monday that she would run.`, "Today", true},
		{"a title with a digit after a possessive in s'", `Palmer said in an interview for CBS' ''60 Minutes'' that she would run.`, "60 Minutes", true},
		{"a one-word quote after a person's possessive is their word", `Palmer recalled Tom Reed's “Oops” on Monday.`, "Oops", false},
		{"a title listed after a title", `Lena Park, who starred in “Harbor Nights” and “Ferry Tales,” posted the clip.`, "Ferry Tales", true},
		{"titles listed after a title, one with a digit", `He had roles in “Harbor Nights,” “Apollo 13,” and “Ferry Tales.”`, "Apollo 13", true},
		{"words printed on a thing named after them", `Supporters waved “Park for Mayor” signs from their seats.`, "Park for Mayor", true},
		{"words printed on a thing after a word in lower case", `She wore a cowboy hat and “Vote Lowell” campaign pins.`, "Vote Lowell", true},
		{"a sentence quoted before a thing is no print on it", `Palmer told reporters, "We lost." T-shirts appeared within the hour.`, "We lost.", false},
		{"a term so-called brings in after a sentence with a cue is skipped as a term", "“We will fight this,” Tom Reed said. The so-called “harbor tax” would add $40 to each bill.", "harbor tax", true},
		{"a show before its audience", `“The budget is balanced,” Tom Reed told the “Morning Call” audience.`, "Morning Call", true},
		{"a show before its moderator", `Tom Reed told “Meet the City” moderator Lena Park that the budget was balanced.`, "Meet the City", true},
		{"a show one is asked on", `Asked on “Morning Call” whether he would run, Tom Reed said, “Maybe.”`, "Morning Call", true},
		{"a show in an aside opened by on", `Tom Reed, on “Morning Call,” said: “The budget is balanced.”`, "Morning Call", true},
		{"a show one tells", `Tom Reed told “Harbor Tonight” that the plan was dead.`, "Harbor Tonight", true},
		{"a show one tells after the quotation", `“The plan is dead,” Tom Reed told “Harbor Tonight.”`, "Harbor Tonight.", true},
		{"a show one speaks on", `Ann Lowell said on “Harbor Tonight” that the plan was dead.`, "Harbor Tonight", true},
		{"a show one appears on after a day", `Appearing Sunday on "Face the City," Dan Kemp said he would run.`, "Face the City", true},
		{"a one-word show one appears on", `Ann Lowell went on “Tonight” to defend the plan.`, "Tonight", true},
		{"a show after an interview on it", `In an interview on “Salem Sunday,” Tom Reed said the plan was dead.`, "Salem Sunday", true},
		{"speech in capitals after went on and a colon", `Tom Reed spoke first. Ann Lowell went on: “We Will Win.”`, "We Will Win.", false},
		{"speech in capitals after speaking on a day and a colon", `Ann Lowell, speaking on Monday, went on: “We Will Win.”`, "We Will Win.", false},
		{"the name of a tour, whoever made it", `On Monday, Reed began his three-day "Reed Can Fix It" bus tour in Salem.`, "Reed Can Fix It", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			skip := skipOf(t, tt.text, tt.quote)
			assert.Equal(t, tt.skipped, skip != "", "skip reason %q", skip)
		})
	}
}

// TestAnonymousCueCarries: a quotation that follows an anonymous cue in
// its paragraph is the same anonymous speaker's, not nobody's.
func TestAnonymousCueCarries(t *testing.T) {
	qs := parseQuotes(t, "Trump spoke first.\n\n“That can go a long way,” said a senior Cruz adviser. “I would be surprised if he changed.”")
	require.Len(t, qs, 2)
	assert.Equal(t, "a senior Cruz adviser", qs[1].AttributedTo)
	assert.Equal(t, "", qs[1].Speaker)
	assert.Equal(t, AttrCarried, qs[1].Attribution)
}

// TestDocumentSpeaksForNobody: a document's words ("the suit reads") are
// the document's, with a speaker the article names nowhere else.
func TestDocumentSpeaksForNobody(t *testing.T) {
	qs := parseQuotes(t, "Podliska was fired in June.\n\n“The chairman tied these statements to the firing,” the suit reads.")
	require.Len(t, qs, 1)
	assert.Equal(t, "the suit", qs[0].AttributedTo)
	assert.Equal(t, "", qs[0].Speaker)
	assert.Equal(t, AttrDescription, qs[0].Attribution)
}

// TestSentenceHeadNoun: a capitalised common noun heading a sentence
// ("Critics have called …") is no speaker: the article never capitalises
// it inside a sentence.
func TestSentenceHeadNoun(t *testing.T) {
	qs := parseQuotes(t, `Critics have called "the plan is expensive and the timeline is unrealistic" for months.`)
	require.Len(t, qs, 1)
	assert.Equal(t, "", qs[0].AttributedTo)
}

func TestIndefiniteDescriptionIsAnonymous(t *testing.T) {
	qs := parseQuotes(t, "Trump spoke first.\n\n“The gap is too wide,” said a Nevada Democrat.")
	require.Len(t, qs, 1)
	assert.Equal(t, "a Nevada Democrat", qs[0].AttributedTo)
	assert.Equal(t, "", qs[0].Speaker, "an indefinite description names nobody, not the last person named")
	assert.Equal(t, AttrDescription, qs[0].Attribution)
}

// TestCueBeforeWinsOverNextStatement: "X …, saying, “…”. He said that …"
// gives the quote to X as named; the next sentence reports a statement of
// its own, not a cue.
func TestCueBeforeWinsOverNextStatement(t *testing.T) {
	qs := parseQuotes(t, "Okafor described the plan, saying, “The bridge will open in May.” He said that the budget was secure.")
	require.Len(t, qs, 1)
	assert.Equal(t, "Okafor", qs[0].AttributedTo)
	assert.Equal(t, AttrNamed, qs[0].Attribution)
}

// TestOrganisationIsNoPerson: a name ending in a word of an organisation
// is never one person with the name it begins with, and a later surname
// alone resolves to the person, not to the organisation.
func TestOrganisationIsNoPerson(t *testing.T) {
	assert.False(t, SameName("Trump", "Trump University"))
	assert.False(t, SameName("Obama Administration’s", "Obama"))
	assert.True(t, SameName("Trump University", "Trump University"))
	assert.True(t, SameName("Ross Eisenbrey of the Economic Policy Institute", "Ross Eisenbrey"), "an affiliation is no organisation name")
	assert.True(t, SameName("Trump", "Donald Trump"))

	qs := parseQuotes(t, "Trump University said in a statement that the suit had no merit.\n\n“We will win,” Trump said.")
	require.Len(t, qs, 1)
	assert.Equal(t, "Trump", qs[0].Speaker)

	// a building named with its place after it ("Reed Tower Manila")
	assert.False(t, SameName("Reed", "Reed Tower Manila"))
	qs = parseQuotes(t, "A lawmaker wants Reed banned from the country.\n\n“We must vet them,” Reed said.\n\nReed has licensed his name to Reed Tower Manila, a residential tower.")
	require.Len(t, qs, 1)
	assert.Equal(t, "Reed", qs[0].Speaker)
}

// TestPossessiveLeavesName: a person first named with a possessive is
// known by the name without it.
func TestPossessiveLeavesName(t *testing.T) {
	qs := parseQuotes(t, "Senator Ted Cruz’s plan was criticised on Monday.\n\n“It will fail,” Cruz said.")
	require.Len(t, qs, 1)
	assert.Equal(t, "Ted Cruz", qs[0].Speaker)
}

// TestPartialQuoteNamedSubject: a partial quote's sentence subject is its
// speaker when it is a name the article capitalises inside sentences and
// a verb follows it, even though no title or speech verb says it is a
// person; an adjective before a person noun is no such subject: the group
// the noun heads is (a description, not the name "Democratic").
func TestPartialQuoteNamedSubject(t *testing.T) {
	qs := parseQuotes(t, "The governor met Moore on Monday.\n\nMoore thanked him for “stepping up and taking action when others would not.”")
	require.Len(t, qs, 1)
	assert.Equal(t, "Moore", qs[0].Speaker)

	qs = parseQuotes(t, "The Democratic convention opened on Monday.\n\nDemocratic leaders are worried about a “jarring split-screen image of protests” this week.")
	require.Len(t, qs, 1)
	assert.Equal(t, "", qs[0].Speaker)
	assert.Equal(t, "Democratic leaders", qs[0].AttributedTo)
}

// TestSpeechVerbAfterCuedQuote: a speech verb after a quotation that its
// sentence already attributes belongs to a clause of its own, so the next
// quotation carries on the quotation's speaker, not that clause's subject.
func TestSpeechVerbAfterCuedQuote(t *testing.T) {
	qs := parseQuotes(t, "Rubio took questions in Iowa.\n\n“I'm satisfied with his response on the border,” Hooton said after Rubio spoke. “My biggest concern is getting rid of the criminals.”")
	require.Len(t, qs, 2)
	assert.Equal(t, "Hooton", qs[1].Speaker)
}

// TestEarlierQuoteSharesLaterCue: a quotation with no cue of its own
// earlier in a sentence takes the cue right after the sentence's next
// quotation, unless a speech verb between them opens another's words; so
// does one that only carried the last speaker on.
func TestEarlierQuoteSharesLaterCue(t *testing.T) {
	tests := []struct {
		name, text, speaker string // speaker of the last quote but one
		quotes              int    // quotations found
	}{
		{"a quote opening its sentence that would carry the last speaker on, listed before a quote with its cue",
			"Tom Reed spoke first. “We will win,” Reed said. “The plan is good” and “the plan is fair,” Ann Lowell said.", "Ann Lowell", 3},
		{"a quote opening its sentence that would carry the last speaker on, a clause, then a quote with its cue",
			"Tom Reed spoke first. “We will win,” Reed said. “The plan is a good start” that gave “real results,” Ann Lowell said.", "Ann Lowell", 3},
		{"a partial quote, a clause, then a quote with its cue after it",
			"Tom Reed spoke on Monday. Ann Lowell did not.\n\nThe ferry plan was a “good start” that gave “real results,” he said.", "Tom Reed", 2},
		{"a speech verb between keeps the later cue from the first quote",
			"Tom Reed spoke on Monday.\n\nThe ferry plan was a “good start” to some, and Ann Lowell praised its “real results,” Reed said.", "", 2},
		{"a title of a work takes no later cue",
			"Tom Reed spoke on Monday.\n\nThe show “Harbor Nights” was a “big hit,” Reed said.", "", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := parseQuotes(t, tt.text)
			require.Len(t, qs, tt.quotes)
			q := qs[len(qs)-2]
			if tt.speaker == "" {
				assert.Empty(t, q.Speaker)
				return
			}
			assert.True(t, SameName(tt.speaker, q.Speaker), "speaker %q, want %q", q.Speaker, tt.speaker)
		})
	}
}

// TestAttributionCues: cues read by the subject, apposition, colon and
// headline mechanisms, on sentences written for the test.
func TestAttributionCues(t *testing.T) {
	tests := []struct {
		name, text  string
		speaker, as string // the last quote's speaker and its words in the article
	}{
		{"a reflexive between a name and its speech verb keeps the name a speaker", "Tom Reed spoke first. Lowell herself said the plan was “alive.”", "Lowell", "Lowell"},
		{"a plural present of speech in its bare form is a cue", "Ann Lowell spoke first.\n\n“The plan is dead,” critics argue.", "", "critics"},
		{"and so is a bare form after a modal and an adverb", "Ann Lowell spoke first.\n\n“The plan is dead,” Reed would later write.", "Reed", "Reed"},
		{"the object of a verb of wishing before an infinitive of speech says nothing: the quotation is the subject's",
			"Ann Lowell spoke first. Lowell said she would like Reed to say why there is “no question” he is right.", "Ann Lowell", "she"},
		{"nor when an adverb splits the infinitive",
			"Ann Lowell spoke first. Lowell said she wants Reed to further explain why there is “no question” he is right.", "Ann Lowell", "she"},
		{"and so is the object of a verb of wishing that is also one of speech",
			"Ann Lowell spoke first. Lowell urged Reed to explain why there is “no question” he is right.", "Ann Lowell", "Lowell"},
		{"the object of a verb that makes someone speak does speak",
			"Ann Lowell spoke first. The question prompted Reed to say “never again.”", "Reed", "Reed"},
		{"a partial quote in a relative clause a who opens before another's name and a present of naming is that name's",
			"“We will fight this,” Tom Reed said on Tuesday. Ann Lowell, who Reed calls “the spender,” voted for it.", "Tom Reed", "Reed"},
		{"a partial quote in a relative clause a whose and its noun open is the clause subject's",
			"“We will fight this,” Tom Reed said on Tuesday. Dan Kemp, whose plan Lowell called “a mess,” voted no.", "Lowell", "Lowell"},
		{"a partial quote between a possessive pronoun and a speech noun is whom the pronoun means, not the subject",
			"Ann Lowell spoke at the union hall on Monday.\n\nTom Reed mocked her “never sell” promise.", "Ann Lowell", "her"},
		{"her after a verb of giving is its indirect object: the partial quote before a speech noun is the subject's",
			"Ann Lowell spoke at the union hall on Monday.\n\nTom Reed gave her “stay the course” advice before the vote.", "Tom Reed", "Tom Reed"},
		{"a participle of speech and that after a quotation open the clause it reports, no speaker after them",
			"Tom Reed, the mayor, left the hall early.\n\nAnn Lowell vowed to “take this fight to the voters,” adding that the mayor had “lost the trust of the harbor.”", "Ann Lowell", "Lowell"},
		{"a partial quote after what, a bare plural of people and a present of naming is theirs as a description, no one person's",
			"Tom Reed met Ann Lowell on Monday.\n\nThe vote capped what critics call “a year of broken promises.”", "", "critics"},
		{"a term so-called brings in, with no verb of speech before it, is no one's words",
			"“We will fight this,” Tom Reed said. The so-called “harbor tax” would add $40 a year to each bill.", "", ""},
		{"a term so-called brings in after a verb of speech stays the speaker's",
			"Tom Reed spoke at the pier.\n\nAnn Lowell said the so-called “harbor tax” was a fraud.", "Ann Lowell", "Lowell"},
		{"a passive of naming with its agent before the quotation gives the agent",
			"Tom Reed spoke at the pier.\n\nRosa Diaz was described by Ned Hale as “reckless.”", "Ned Hale", "Ned Hale"},
		{"a passive of blame with no agent is no word of its subject's",
			"Tom Reed spoke at the pier.\n\nAnn Lowell has been accused of “flip-flopping” on the ferry.", "", ""},
		{"a passive of praise whose agent is no name is no word of its subject's",
			"Tom Reed spoke at the pier.\n\nAnn Lowell was praised by the union for her “steady hand.”", "", ""},
		{"a passive of naming after a cue of another is the cue's speaker's",
			"Tom Reed spoke at the pier.\n\nAnn Lowell said Reed had been called “a coward” in the hall.", "Ann Lowell", "Lowell"},
		{"a gerund of a passive of naming tells the subject's own story",
			"Tom Reed spoke at the pier.\n\nAnn Lowell spoke of being described as “aloof” in the poll.", "Ann Lowell", "Ann Lowell"},
		{"a name after a dash signs the quotation before it also when a short title follows it",
			"Tom Reed opened the harbor meeting.\n\n“The pier is unsafe.” — Ann Lowell, Salem harbor master", "Ann Lowell", "Ann Lowell"},
		{"a name opening a sentence that gives a topic before a colon speaks the quotation after it",
			"Tom Reed opened the harbor meeting.\n\nAnn Lowell, on the fare rise: “It is a tax on workers.”", "Ann Lowell", "Ann Lowell"},
		{"a quotation standing alone as a paragraph is the one the next paragraph's opening words point back to",
			"Lowell opens campaign\n\nThe crowd waited an hour in the rain.\n\n“We can do better than this.”\n\nWith those words, Ann Lowell opened her campaign on Monday.", "Ann Lowell", "Ann Lowell"},
		{"a quotation standing alone as a paragraph is the described person's whom the next paragraph says put it so",
			"Mayor Tom Reed spoke Monday.\n\nThe crowd waited an hour in the rain.\n\n“We can do better than this.”\n\nThat is how the mayor put it.", "Tom Reed", "the mayor"},
		{"a quotation standing alone as a paragraph is no one's whom the next paragraph says wants it",
			"Lowell opens campaign\n\nThe crowd waited an hour in the rain.\n\n“We can do better than this.”\n\nThat is what Salem voters want, polls show.", "", ""},
		{"a quotation that is a paragraph of its own is the one who signs it after a dash in the paragraph under it",
			"Harbor toll vote\n\nReaders wrote in.\n\n“The toll is a tax on workers.”\n\n— Dan Kemp, Salem\n\nThe vote is Friday.", "Dan Kemp", "Dan Kemp"},
		{"an opening in a possessor's words does not reach past another's verb of speech to the quotation",
			"Tom Reed spoke at the pier.\n\nIn Lowell’s words, the ferry is a lifeline, but Reed called it “a money pit.”", "Tom Reed", "Reed"},
		{"with that before an act in the next paragraph does not give a short quotation standing alone a speaker",
			"Ferry vote set\n\nThe board met on Monday.\n\n“Closed for repairs.”\n\nWith that, Tom Reed shut the ferry office for a month.", "", ""},
		{"a surname alone after a relative's full name as an object keeps its own pronoun",
			"Tom Reed met with the son of Ann Lowell at the pier.\n\n“The pier was her life,” Lowell said. He wept. “We will keep it,” he said.", "Lowell", "he"},
		{"the person a description names who is asked about something does not answer next",
			"Mayor Tom Reed spoke at the pier. Dan Kemp, a builder, listened.\n\nKemp asked the mayor about the fares. “We cannot pay that,” he said.", "Kemp", "he"},
		{"a cue after a semicolon that follows a quotation is the next clause's, not the quotation's",
			"Tom Reed opposed the plan. Ann Lowell called it “a good start”; Reed called it a giveaway.", "Ann Lowell", "Lowell"},
		{"a name opening a line of a roundup before a short title and a colon speaks the quotation after it",
			"Reactions came quickly.\n\nDan Kemp, harbor master: “The port is ready.”", "Dan Kemp", "Dan Kemp"},
		{"a name opening a numbered line before a title and a colon speaks the quotation after it, not the title",
			"Reactions came quickly.\n\n1. Tom Reed, the mayor: “We will rebuild.”\n\n2. Lena Park, the council president: “We waited too long.”", "Lena Park", "Lena Park"},
		{"a place opening a line before a short title and a colon speaks nothing",
			"Tom Reed opened the harbor meeting.\n\nNorth Salem, harbor town: “It is a tax on workers.”", "", ""},
		{"a place opening a sentence that gives a topic before a colon speaks nothing",
			"Tom Reed opened the harbor meeting.\n\nNorth Salem, on the fare rise: “It is a tax on workers.”", "", ""},
		{"a party's members after what and before a verb of naming speak as a description, not a named person",
			"Mayor Tom Reed met Ann Lowell on Monday.\n\nThe vote capped what Democrats call “a year of broken promises.”", "", "Democrats"},
		{"a plural of people with no determiner after a quotation speaks as the description, not the speaker before",
			"Tom Reed opened the harbor meeting.\n\n“The fare rise is a tax on workers,” union officials said.", "", "union officials"},
		{"a plural of a person noun in -s with no determiner after a quotation is no verb: it speaks as the description",
			"Tom Reed opened the harbor meeting.\n\n“The fare rise is a tax on workers,” union leaders said.", "", "union leaders"},
		{"a plural person noun the list holds only as a plural speaks as the description after a quotation",
			"Tom Reed opened the harbor meeting.\n\n“The fare rise is a tax on workers,” critics say.", "", "critics"},
		{"people with a phrase that says who they are after a quotation speak as the description, not the person the phrase names",
			"Tom Reed opened the harbor meeting.\n\n“The fare rise is a tax on workers,” people close to Reed said.", "", "people"},
		{"people with a phrase that says who they are after an inverted verb speak as the description",
			"Tom Reed opened the harbor meeting.\n\n“The fare rise is a tax on workers,” said people close to Reed.", "", "people"},
		{"a description before close to and a name, opening the sentence, speaks, not the name",
			"Tom Reed opened the harbor meeting.\n\nA person close to Reed said he was “furious about the leak.”", "", "A person"},
		{"a plural of people before to and a name, opening the sentence, speaks, not the name",
			"Tom Reed opened the harbor meeting.\n\nAides to Reed said the mayor was “furious about the leak.”", "", "Aides"},
		{"a description before to and another description, opening the sentence, speaks, not the one it is an aide to",
			"Tom Reed opened the harbor meeting.\n\nA senior aide to the mayor said he was “furious about the leak.”", "", "A senior aide"},
		{"a name and a verb before people close to someone are the subject, no description of people",
			"Tom Reed opened the harbor meeting.\n\nReed met people close to the mayor and said the plan was “a disaster.”", "Tom Reed", "Reed"},
		{"a name and a verb before aides to someone are the subject, no description of aides",
			"Tom Reed opened the harbor meeting.\n\nReed met aides to the mayor and said the plan was “a disaster.”", "Tom Reed", "Reed"},
		{"people familiar with a matter opening the sentence speak as the description",
			"Tom Reed opened the harbor meeting.\n\nPeople familiar with the talks said the mayor was “furious about the leak.”", "", "People"},
		{"an indefinite pronoun after a quotation before its verb speaks as the description",
			"Harbor voters were split on Monday.\n\n“We need a new ferry,” some said.", "", "some"},
		{"a share of a group after a quotation speaks as the description, no one person",
			"Tom Reed opened the harbor meeting.\n\n“The fare rise is a tax on workers,” two of his aides said.", "", "two of his aides"},
		{"a share of a group opening a sentence speaks as the description",
			"Tom Reed opened the harbor meeting.\n\nSome of his supporters said the fare rise was “a tax on workers.”", "", "Some of his supporters"},
		{"a party's adjective between a quantifier and a plural of people is a modifier, not the head",
			"Tom Reed opened the harbor meeting.\n\n“The fare rise is a tax on workers,” several Republican lawmakers said.", "", "several Republican lawmakers"},
		{"a plural of people with no determiner after an inverted verb speaks as the description",
			"Tom Reed opened the harbor meeting.\n\n“The fare rise is a tax on workers,” said senior dock officials, who asked not to be named.", "", "senior dock officials"},
		{"a plural of people with a number and no determiner speaks as the description",
			"Ann Lowell opened the harbor meeting.\n\n“We were never asked,” two harbor officials told the board.", "", "two harbor officials"},
		{"a the plural of people with a modifier that no group before means is no one person",
			"Tom Reed opened the harbor meeting.\n\n“The fare rise is a tax on workers,” the union officials said.", "", "the union officials"},
		{"a word of time opening the sentence is no person",
			"Late that night, the ferry board put out a notice calling the new fares “fair to riders.”", "", "the ferry board"},
		{"a given name written with a surname the article knows alone tells the mention's gender",
			"Ann Lowell spoke at the pier. Dan Kemp listened.\n\nShe said Kemp called the pier “a ruin.”", "Ann Lowell", "She"},
		{"speech reported inside a report another cites is the citer's",
			"Ann Lowell spoke at the pier on Monday.\n\nTom Reed cited reports that Lowell called the plan “a giveaway.”", "Tom Reed", ""},
		{"speech reported inside a report another points to is the citer's, a pronoun citing",
			"Ann Lowell rose to answer the toll board. Dan Kemp sat at the end of the table.\n\nShe pointed to accounts that Kemp called the toll plan “a swindle.”", "Ann Lowell", "She"},
		{"a report noun whose that opens a relative clause leaves the quotation with the clause's speaker",
			"Ann Lowell spoke at the pier on Monday.\n\nTom Reed cited remarks that Lowell called “hateful.”", "Ann Lowell", "Lowell"},
		{"a report noun after a verb that cites nothing leaves the reported speaker",
			"Ann Lowell spoke at the pier on Monday.\n\nTom Reed denied reports that Lowell called the plan “a giveaway.”", "Ann Lowell", "Lowell"},
		{"a man's name in apposition after a spokeswoman for someone is whom she speaks for, not the speaker",
			"Tom Reed won the vote on Tuesday.\n\nA spokeswoman for the mayor, Tom Reed, was blunt: “The plan is dead on arrival.”", "", "A spokeswoman"},
		{"a body's name in apposition after a lawyer for it is the client, not the speaker",
			"Ann Lowell won the vote on Tuesday.\n\nA lawyer for the company, Salem Ferry Company, was blunt: “The plan is dead on arrival.”", "", "A lawyer"},
		{"a name in apposition after an indefinite description and the phrase after its noun is the speaker, not the description",
			"Tom Reed won the vote on Tuesday.\n\nA spokeswoman for the mayor, Lena Park, was blunt: “If you sell the docks, you lose the city.”", "Lena Park", "Lena Park"},
		{"a copula and a possessor's speech noun after a quotation name its speaker, not the speaker before",
			"“We won,” Tom Reed said after the vote.\n\n“He won fairly,” was Ann Lowell's response.", "Ann Lowell", "Ann Lowell"},
		{"a copula and a possessive pronoun's speech noun after a quotation name its speaker",
			"“We won,” Tom Reed said after the vote. Ann Lowell was asked about it.\n\n“He won fairly,” came her reply.", "Ann Lowell", "her"},
		{"a copula after a quoted phrase inside a sentence names no speaker: the cue before the quote stands",
			"Ann Lowell spoke first. Tom Reed took notes.\n\nLowell said “a new ferry” was the answer of the Reed campaign to every question.", "Ann Lowell", "Lowell"},
		{"a copula after a quoted noun a determiner opens names no speaker: the cue after the sentence stands",
			"Ann Lowell spoke first. Tom Reed took notes.\n\nThe “ferry tax” was Reed’s response to the deficit, Lowell said.", "Ann Lowell", "Lowell"},
		{"is how and a person who put it after a quotation name its speaker",
			"“We won,” Tom Reed said after the vote.\n\n“He won fairly,” is how Ann Lowell put it.", "Ann Lowell", "Ann Lowell"},
		{"an indefinite article and words of mood before a known name after a quotation are that person",
			"Mayor Tom Reed met the dock workers on Monday.\n\n“We are close,” a visibly tired Reed told reporters.", "Tom Reed", "Reed"},
		{"an indefinite article and words of mood before a known name after an inverted verb are that person",
			"Mayor Tom Reed met the dock workers on Monday.\n\n“We are close,” said an upbeat Reed.", "Tom Reed", "Reed"},
		{"a quotation standing alone after a sentence whose subject describes a person is that description's",
			"Tom Reed won the vote on Tuesday.\n\nHis spokeswoman was blunt. “If you sell the docks, you lose the city.”", "", "His spokeswoman"},
		{"a quotation that is a paragraph of its own after a sentence that only places a description of a person is the last speaker's",
			"“The boats are ready,” Tom Reed said on Monday at the pier. His wife stood beside him.\n\n“We have the money and the crews.”", "Tom Reed", "Tom Reed"},
		{"a quotation that is a paragraph of its own after a sentence that puts a description of a person somewhere is the last speaker's",
			"“The boats are ready,” Tom Reed said on Monday at the pier. His wife was in the crowd.\n\n“We have the money and the crews.”", "Tom Reed", "Tom Reed"},
		{"a quotation that is a paragraph of its own after a sentence whose subject describes a person is that description's, not the last speaker's",
			"“We won,” Tom Reed said on Tuesday. The union's president was less sure.\n\n“We have heard this before from the mayor.”", "", "The union's president"},
		{"a quotation standing alone after a sentence of its own paragraph that quotes no one is that sentence's named subject's",
			"Tom Reed won the vote on Tuesday.\n\nAnn Lowell had a warning for the council. “If you sell the docks, you lose the city.”", "Ann Lowell", "Ann Lowell"},
		{"a quotation standing alone after a sentence a pronoun heads is the speaker's that pronoun means",
			"Tom Reed won the vote on Tuesday. Ann Lowell came second.\n\nShe had a warning for the council. “If you sell the docks, you lose the city.”", "Ann Lowell", "She"},
		{"a quotation after a sentence a pronoun heads is not the last speaker's when the pronoun means someone else",
			"Tom Reed won the vote on Tuesday. Ann Lowell came second.\n\n“We will fix the docks,” Mr. Reed said. She shook her head. “He said that four years ago.”", "Ann Lowell", "She"},
		{"an abbreviated title before a full name makes a person whose title a description names",
			"Gov. Tom Reed signed the ferry bill on Tuesday. Ann Lowell did not attend.\n\n“This is a good day for Salem,” the governor said.", "Tom Reed", "the governor"},
		{"a party and state tag ending the sentence after a name is that person's, so a description of another state is not them",
			"Tom Reed toured the docks with Sen. Ann Lowell, D-Ohio.\n\nThe Oregon senator told reporters he felt good, and “we will see what happens.”", "Tom Reed", "The Oregon senator"},
		{"a former holder of one office may hold another now: the former congressman may be the senator named before",
			"Sen. Tom Reed toured the docks on Monday.\n\nThe former congressman, who led the harbor caucus for years, called the plan “a good start.”", "Tom Reed", "The former congressman"},
		{"an abbreviated doctor's title makes its holder the doctor a description names",
			"Dr. Tom Reed opened the clinic on Tuesday. Ann Lowell did not attend.\n\n“This is a good day for Salem,” the doctor said.", "Tom Reed", "the doctor"},
		{"an abbreviated general's title makes its holder the general a description names",
			"Gen. Tom Reed toured the base on Tuesday. Ann Lowell did not attend.\n\n“This is a good day for Salem,” the general said.", "Tom Reed", "the general"},
		{"a quotation opening its sentence before was how and a name is that person's",
			"Tom Reed defended the ferry plan on Monday. Ann Lowell opposed it.\n\n“We cannot afford it” was how Lowell put it.", "Ann Lowell", "Lowell"},
		{"a quotation opening its sentence before is how and a description is that person's",
			"Mayor Tom Reed defended the ferry plan on Monday. Ann Lowell opposed it.\n\n“A fair deal for every rider” is how the mayor described the plan.", "Tom Reed", "the mayor"},
		{"deadpanned reports speech",
			"Tom Reed defended the ferry plan on Monday. Ann Lowell opposed it.\n\n“The ferry is dead, and everyone knows it,” deadpanned Lowell.", "Ann Lowell", "Lowell"},
		{"a preposition before a name is no relative clause's subject: a lawyer for Reed speaks as the description",
			"Tom Reed won the vote on Monday. Ann Lowell lost.\n\nOn Tuesday, a lawyer for Reed said “the case is closed.”", "", "a lawyer"},
		{"a verb of praise after an apposition to its subject is not inverted: the subject speaks the participle's quotation",
			"Ann Lowell spoke at the pier.\n\nThe mayor, Tom Reed, praised Ann Lowell, saying, “She is a true leader.”", "Tom Reed", ""},
		{"a name after a dash in the middle of a sentence with a quotation is an aside, not its signature",
			"Tom Reed spoke at the pier.\n\nReed called the pier “unsafe” — Ann Lowell, for one, the harbor master.", "Tom Reed", ""},
		{"a pronoun heading the sentence before a quotation that reports another's answer does not speak it",
			"Tom Reed chaired the hearing.\n\n“We will fix the docks,” Rosa Diaz said. She listened as Ann Lowell answered. “You had four years to do it.”", "Ann Lowell", ""},
		{"a short quotation standing alone after a sentence of its paragraph with no speech is no one's words",
			"Ann Lowell walked past the mural on the pier. “Save our docks.”", "", ""},
		{"was how with no verb of speech after the name gives no speaker",
			"“The Harbor City” is how Salem is known to sailors.", "", ""},
		{"a former office holder of one party is no one the article tags with another party",
			"Gov. Ann Lowell, D-Ohio, toured the docks on Monday.\n\n“The ferry is safe,” the former Republican governor said.", "", "the former Republican governor"},
		{"a list of two names before a colon is no name with its title: the name before the colon speaks",
			"Tom Reed spoke first.\n\nDan Kemp, Ann Lowell: “We will rebuild.”", "Ann Lowell", "Ann Lowell"},
		{"a partial quote in a relative clause with no that after a quotation closing a comma is the clause subject's, not the first quotation's speaker's",
			"Mayor Tom Reed defended the ferry plan on Monday. Ann Lowell, a council member, opposed it.\n\nThe mayor said the plan would “pay for itself within five years,” a claim Lowell called “laughable.”", "Ann Lowell", "Lowell"},
		{"the person a description names who is asked something answers next",
			"Mayor Tom Reed defended the ferry plan on Monday. Ann Lowell, a council member, opposed it.\n\nLowell asked the mayor whether he would debate her. “Any time, any place,” he said.", "Tom Reed", "he"},
		{"a possessive determiner's message before a colon is the possessor's",
			"Mayor Tom Reed defended the ferry plan on Monday. Ann Lowell, a council member, opposed it.\n\nHer message: “Fix the docks first.”", "Ann Lowell", "Her"},
		{"a possessive determiner's verdict before a colon is the possessor's",
			"Mayor Tom Reed defended the ferry plan on Monday. Ann Lowell, a council member, opposed it.\n\nHer verdict: “Dead on arrival, like the last one.”", "Ann Lowell", "Her"},
		{"an opening in a possessor's words gives the quotation after it to the possessor",
			"Mayor Tom Reed defended the ferry plan on Monday. Ann Lowell, a council member, opposed it.\n\nIn Lowell’s words, the ferry is “a lifeline, not a luxury.”", "Ann Lowell", "Lowell’s"},
		{"an opening in her words gives the quotation after it to the person she means",
			"Mayor Tom Reed defended the ferry plan on Monday. Ann Lowell, a council member, opposed it.\n\nIn her words, the ferry is “a lifeline, not a luxury.”", "Ann Lowell", "her"},
		{"an opening in the words of a name gives the quotation after it to that person",
			"Mayor Tom Reed defended the ferry plan on Monday. Ann Lowell, a council member, opposed it.\n\nIn the words of Ann Lowell, the ferry is “a lifeline, not a luxury.”", "Ann Lowell", "Ann Lowell"},
		{"a possessive pronoun's speech noun, a copula and an adjective before a colon give the quotation to the possessor",
			"Mayor Tom Reed defended the ferry plan on Monday. Ann Lowell, a council member, opposed it.\n\nHer message was simple: “Fix the docks first.”", "Ann Lowell", "Her"},
		{"a speaker's own participle after a clause whose subject is a crowd stays the speaker's: only a crowd's participle goes on from the clause",
			"Tom Reed spoke at the pier, as the union cheered, saying “We will win.”", "Tom Reed", "Tom Reed"},
		{"an unnamed source after a quotation, described by what it knows, speaks as the description",
			"Tom Reed opened the harbor meeting.\n\n“The deal is close,” a person familiar with the talks said.", "", "a person"},
		{"an unnamed source close to a named person is not that person",
			"Tom Reed opened the harbor meeting.\n\n“We have the votes,” a source close to Reed said.", "", "a source"},
		{"an aide to a named person after a quotation speaks as the description",
			"Tom Reed opened the harbor meeting.\n\n“The plan is over,” an aide to Reed said.", "", "an aide"},
		{"an adverb opening the sentence before a comma is no person a speech word in the apposition after the name sends back to",
			"Ann Lowell opened the hearing.\n\nEarlier, Ned Hale, a ferry pilot charged in the crash, was released on bail.\n\n“I never left the bridge,” he said.", "Ned Hale", "he"},
		{"an adverb opening the sentence is no person before a name whose apposition holds accused of",
			"Ann Lowell opened the hearing.\n\nLater, Ned Hale, a clerk accused of shredding the ledgers, resigned.\n\n“I kept every page,” he said.", "Ned Hale", "he"},
		{"a full name after an introductory phrase is the subject, not the description of its apposition that runs to the verb",
			"Ann Lowell opened the hearing.\n\nOn Monday, Ned Hale, a man accused of arson, was released on bail.\n\n“I was at home,” he said.", "Ned Hale", "he"},
		{"a full name after a phrase of place is the subject before an apposition with a description of a person and a participle",
			"Ann Lowell opened the hearing.\n\nIn Salem, Ned Hale, a man charged with fraud, pleaded not guilty.\n\n“I kept every page,” he said.", "Ned Hale", "he"},
		{"a full name after an introductory adverb and before an apposition that runs to the verb is the subject a later pronoun means",
			"Ann Lowell opened the hearing.\n\nMeanwhile, Ned Hale, a ferry pilot quoted in the harbor report, left the room.\n\n“I have nothing to hide,” he said.", "Ned Hale", "he"},
		{"a full name after a phrase of time opened by a preposition and before an apposition holding quoted is the subject a later pronoun means",
			"Ann Lowell opened the hearing.\n\nBy noon, Ned Hale, a pilot quoted in the report, took the stand.\n\n“I have nothing to hide,” he said.", "Ned Hale", "he"},
		{"a full name after an introductory phrase and before an apposition opened by a possessive is the subject a later pronoun means",
			"Ann Lowell chairs the port board.\n\nOn Friday, Ned Hale, Salem’s night clerk, quit.\n\n“I should have gone years ago,” he said.", "Ned Hale", "he"},
		{"a name set off after an opening phrase before a subject pronoun is that phrase's object, not the subject a later pronoun means",
			"Dan Kemp runs the port board.\n\nLike his rival, Tom Reed, a ferry pilot, he voted no.\n\n“I never liked the plan,” he said.", "Dan Kemp", "he"},
		{"a description that refers back to no one is no former holder of its noun named in the next sentence",
			"The mayor called the plan “reckless.” Tom Reed, the former mayor, disagreed.", "", "The mayor"},
		{"a description that refers back to no one is no later name with its noun as a title in another role",
			"The senator called the ferry bill “a disgrace.” It was written by Senator Tom Reed.", "", "The senator"},
		{"a name in a relative clause after there was is not the subject a later pronoun means over the main clause's",
			"Tom Kemp spoke first. Dan Reed came later.\n\nKemp nodded, and there was a rule that Reed wrote long ago. “It works,” he said.", "Tom Kemp", "he"},
		{"a name after two head words heads its sentence",
			"Dan Reed met voters. Tom Kemp spoke.\n\nAnd yet Mr. Reed kept his seat on the board. “It works,” he said.", "Reed", "he"},
		{"a name after two head words heads its sentence before a participle clause set off by a comma",
			"Dan Reed met voters. Tom Kemp spoke.\n\nAnd so Reed left the hall early, shaking his head at the vote. “It works,” he said.", "Dan Reed", "he"},
		{"a person a description heading the sentence brings in by name with named is the subject a later pronoun means",
			"Tom Kemp spoke first.\n\nAt the bakery, a teacher named Dan Reed keeps a jar of coins for the strike fund. “Every bit helps,” he said.", "Dan Reed", "he"},
		{"a person brought in with named and an apposition before the verb is the subject a later pronoun means",
			"Tom Kemp spoke first.\n\nA nurse named Dan Reed, 52, drives the night van to the clinic. “Someone has to,” he said.", "Dan Reed", "he"},
		{"a pronoun in a clause after opens means the person named before who fits, not the main clause's subject",
			"Tom Kemp criticized the ferry plan on Monday.\n\nAfter he called it “a fraud,” Dan Reed walked out of the meeting.", "Tom Kemp", "he"},
		{"a pronoun in a clause when opens means the subject named before, not the main clause's subject",
			"Dan Reed questioned Tom Kemp on Monday.\n\nWhen he asked about the “missing funds,” Kemp refused to answer.", "Dan Reed", "he"},
		{"a pronoun in a clause after opens that no one before it means still means the main clause's subject",
			"The ferry board met on Monday.\n\nAfter he called it “a fraud,” Dan Reed walked out of the meeting.", "Dan Reed", "he"},
		{"a pronoun in a clause opening the sentence means the main clause's subject after the comma, not the subject before",
			"Tom Kemp spoke first.\n\nIn what he called a “fair deal,” Mayor Dan Reed signed the plan.", "Dan Reed", "he"},
		{"a nickname in quotation marks inside a full name leaves the name one person's, the subject a later pronoun means",
			"The Harbor Gazette covered the regatta.\n\nAt the pier, the crews lined up early. Ann “Sunny” Lowell of Salem steered the lead boat. “We trained all winter,” she said.", "Ann Lowell", "she"},
		{"a name after a title in lower case in apposition to an inverted cue's description speaks",
			"Ann Kemp opened the fair.\n\n“The bridge will shut in May,” said the town spokeswoman, former judge Ann Lowell.", "Ann Lowell", ""},
		{"exhorted reports speech",
			"Tom Reed ran the meeting.\n\nThe vote was close. “Come out on Tuesday and bring a neighbor,” Ann Lowell exhorted the students.", "Ann Lowell", ""},
		{"a name opening its sentence after a description before a speech verb is no relative clause's subject (and no index before the sentence)",
			"Tom Reed spoke on Monday.\n\nThe envoy Marc Lebrun said “no.”", "Marc Lebrun", ""},
		{"the one a passive asked by names is not the speaker when the one asked answers between",
			"Tom Reed spoke.\n\nLowell was asked by Dan Kemp about the tax and answered, “It is fair.”", "", ""},
		{"a person's name after from before a relative who is the one who speaks, not a name before it",
			"Tom Reed spoke.\n\nThe painting was a gift to Dan Kemp from Ann Lowell, who said it was “a thank-you.”", "Ann Lowell", ""},
		{"dotted capitals after a lower-case word end the sentence before a name that opens the next",
			"Ferry strike ends.\n\nDan Kemp lives in the U.S. Tom Reed lives in Canada. “We will see,” he said.", "Tom Reed", ""},
		{"a capitalised pair set off by commas after a phrase no determiner heads is no name in apposition",
			"Tom Reed spoke.\n\nAcross town, Harbor Point, however, stayed quiet. “We are fine,” he said.", "Tom Reed", ""},
		{"a definite description means the person named just before it also in an article's first paragraph when no heading opens it",
			"When the vote came, the ferry carrying Dan Kemp was still at sea. The harbor was calm that evening.\n\nLater, the Ohio governor told reporters, “it will pay off.”", "Dan Kemp", "the Ohio governor"},
		{"a determiner inside a sentence's subject ends the body's name a description may mean (it had sliced past the description and panicked)",
			"A Harbor pilot the union said, “We are tired.”", "", "the union"},
		{"a description of a body means the body named before, not a subject with the description inside it",
			"The Harbor Union met on Monday.\n\nA Harbor pilot the union hired quit. “We are tired,” the union said.", "The Harbor Union", "the union"},
		{"a college after of whose name holds a given name is no person a relative clause's speaker is read past",
			"Tom Reed spoke.\n\nThe plan was praised by Dan Kemp of Walter Lane College, who said it was “a fine start.”", "Dan Kemp", ""},
		{"dotted capitals end the sentence before an honorific that opens the next",
			"Ferry strike ends.\n\nDan Kemp lives in the U.S. Mr. Reed lives in Canada. “We will see,” he said.", "Reed", ""},
		{"dotted capitals end the sentence before a preposition that opens the next",
			"Ferry strike ends.\n\nDan Kemp lives in the U.S. Under the plan, Tom Reed would stay. “We will see,” he said.", "Tom Reed", ""},
		{"what a crowd cheers for after a possessive is its object, not its chant",
			"Tom Reed spoke.\n\nThe audience cheered loudly for his “Fix the Harbor” plan.", "", ""},
		{"a pronoun in another clause before a partial quote does not speak it",
			"“We will win,” Ann Lowell said on Monday.\n\nWhen he arrived, voters got a leaflet promising “free rides for all on the new ferry.”", "", ""},
		{"a phrase a preposition opens, with an article inside, is no description a name stands in apposition to",
			"Tom Reed spoke.\n\nAcross the bay, Harbor Point, however, stayed quiet. “We are fine,” he said.", "Tom Reed", ""},
		{"a given name in -ed opening a sentence is no participle",
			"Tom Reed spoke.\n\nMildred, a dock worker for 30 years, thinks the ferry is “always late and always full.”", "", ""},
		{"a possessor's claim whose content the quotation gives is the possessor's, inside what another reports",
			"Tom Reed spoke.\n\nAnn Lowell said Reed’s claim that “the port is closing” was false.", "Tom Reed", ""},
		{"according to after an object clause's verb is no source of the quotation before",
			"Tom Reed spoke.\n\n“We did it,” Ann Lowell said the vote went according to the Harbor Plan.", "Ann Lowell", ""},
		{"dotted capitals run on before Under Secretary",
			"Tom Reed spoke first.\n\n“It is over,” the U.S. Under Secretary of Defense, Ann Lowell, said.", "Ann Lowell", ""},
		{"a name after a dateline's place in capitals, its dash dropped, then an apposition and a verb",
			"Tom Reed spoke.\n\nSALEM - Ann Lowell, the city's mayor, is promising “a new ferry.”", "Ann Lowell", ""},
		{"a quotation opening its paragraph keeps no subject of the paragraph before when words the rules cannot read follow it",
			"Ferry strike ends.\n\nTom Reed drove to the hall on Monday.\n\n„Wir werden gewinnen“, sagte Ann Lowell.", "", ""},
		{"a body heading a sentence does not speak a quotation that is the object of a verb of no speech",
			"Tom Reed spoke.\n\nThe council voted to approve the “harbor renewal and ferry plan for the whole city.”", "", ""},
		{"a description a relative who with a speech verb follows speaks, not the sentence's subject",
			"Tom Reed spoke on Monday.\n\nThe campaign video features a street magician who promises that Reed will \"make the potholes vanish\" and \"pull jobs out of a hat.\"", "", "a street magician"},
		{"a description in apposition to a name before a relative who is the name",
			"Tom Reed spoke on Monday.\n\nHis rival met Dan Kemp, a Harbor lawyer who writes that the town is \"a jewel.\"", "Dan Kemp", ""},
		{"a relative clause after a name and its place speaks for the name, not the place",
			"Tom Reed spoke on Monday.\n\nThe vote gave fodder to rivals such as Sen. Dan Kemp of Ohio, who mused on the radio that Reed was \"unfit to serve.\"", "Dan Kemp", ""},
		{"an introductory phrase ending on a quoted title whose marks hold the comma, then the subject",
			"Budget fight goes on.\n\nTom Reed spoke first.\n\nOn Monday on the radio show “Harbor Nights,” Representative Dan Kemp discussed a bill he was writing, which would end “reckless spending” in the city.", "Dan Kemp", ""},
		{"a description headed by leader means a president the article titled",
			"President Ann Lowell held a news conference on Monday. She praised Tom Reed. Reed had called her a friend.\n\n“He is a talented man,” the Canadian leader said.", "Ann Lowell", "the Canadian leader"},
		{"a description of a candidate is not the one the article titled mayor",
			"Tom Reed urged Mayor Dan Kemp to reopen the pier. Kemp closed it in May.\n\n“The pier is the heart of this city,” the Republican presidential candidate said on Friday.", "Tom Reed", "the Republican presidential candidate"},
		{"a description of a party's candidate is no one of the other party",
			"Tom Reed spoke first. Sen. Dan Kemp (D-Ore.) answered him.\n\n“Taxes must fall,” the Republican candidate said.", "Tom Reed", "the Republican candidate"},
		{"a pronoun after a description's quote means the one the description stood for",
			"Tom Reed urged Mayor Dan Kemp to reopen the pier. Kemp closed it in May.\n\n“The pier matters,” the Republican candidate told reporters.\n\nThe pier was a “jewel of the city,” he said.", "Tom Reed", "he"},
		{"a sentence opening on \"For\" and a surname whose full name the article gave once, with no title or speech verb",
			"The first two volunteers are Eva Kemp and Gloria Lowell, women who remember the old days.\n\n\"We have had offices here since April,\" said Stephanie Reed, the campaign director.\n\nFor Lowell, a retiree and one of the volunteers at the phone bank, making calls two nights a week is a duty.\n\n“I do it for my grandchildren,” she said.", "Gloria Lowell", ""},
		{"a heading's name before a colon ends at a title-case verb inside it",
			"Ann Lowell Praises Harbor’s Night Editor Tom Reed: ‘Very Good Reporter.’\n\nThe mayor spoke on Monday.", "Ann Lowell", ""},
		{"a heading's \"Name On …\" after a list item's number on the line before it",
			"Ten Things Ferry Riders Said.\n\nRiders gave us plenty to think about.\n\n1\nDan Kemp On Why The Night Ferry Feels “Forgotten.”\n\nPhoto by the author.", "Dan Kemp", ""},
		{"a bracketed party and state after the name",
			"“Taxes will rise,” Rep. Ann Lowell (D-Ore.) said on Monday.", "Ann Lowell", ""},
		{"a long apposition with commas inside it",
			"“We start today,” Maria Ortiz, director of housing, schools, and transport for the county, said.", "Maria Ortiz", ""},
		{"an inverted verb before a noun phrase no person noun heads",
			"“It was a long night,” said the bartender, who asked not to be named.", "", "the bartender"},
		{"an inverted verb, a description and a name in apposition after a place",
			"“He never slept,” said his roommate at Cornell, Dan Reyes.", "Dan Reyes", ""},
		{"a name and a colon before the quote",
			"Analysts agree - Omar Haddad: “The rally will not last.”", "Omar Haddad", ""},
		{"a full name after a verb and a colon",
			"The figures do not surprise Lena Park: “Wages always lag.”", "Lena Park", ""},
		{"lower-case titles the reader does not know before a name",
			"“The deal is done,” union organiser Priya Nair said.", "Priya Nair", ""},
		{"a place after the name before the verb",
			"“It failed,” Tom Reed of the Brookings Institution wrote.", "Tom Reed", ""},
		{"a cue sentence with a listener after a question",
			"“Are we done here?” Garcia asked reporters. “I think we are.”", "Garcia", ""},
		{"as someone put it",
			"As the historian Ruth Mendel put it, “Empires end quietly.”", "Ruth Mendel", ""},
		{"a headline's speech verb ends the name",
			"Tariffs Are ‘A Tax On Families,’ Jane Holt Says\n\nThe rest of the story.", "Jane Holt", ""},
		{"a name holding a word that is also a verb",
			"“Trade must be fair,” United States Trade Representative Karen Doyle said.", "Karen Doyle", ""},
		{"a verb that speaks of its object does not invert",
			"Lena Park, who trails in the polls, mocked Omar Haddad for “wasting everyone’s time.”", "Lena Park", ""},
		{"a verb that speaks of its object does not give its object the quote",
			"Gov. Ann Lowell (D-Ore.), also a candidate, called the plan “reckless.”", "Ann Lowell", ""},
		{"a capitalised word of a name is no speech verb",
			"Mayor Ruth Mendel said the judge, Tom Reed of the United States District Court, was “a disgrace.”", "Ruth Mendel", ""},
		{"an organisation inside an apposition is not the subject",
			"Senator Dan Reyes, who chairs the Senate Finance Committee, which writes tax law, said the bill was “dead on arrival.”", "Dan Reyes", ""},
		{"a person after a preposition inside an apposition is not the subject",
			"Maria Ortiz, who once worked for Sen. Tom Reed (R-Ohio), one of the bill’s authors, called it “a landmark.”", "Maria Ortiz", ""},
		{"a headline's name before \"On\" speaks the quote after a colon",
			"Lowell On Kemp Leaving The Harbor Board: ‘I Think She Will Be Back.’\n\nThe vote was on Monday.", "Lowell", ""},
		{"an apposition may hold a title or words printed on a thing",
			"“The ferry must run,” delegate Tom Reed, wearing a red hat and “Vote Reed” pins, said quietly.", "Tom Reed", ""},
		{"an apposition may hold a title whose marks close its comma",
			"“The pier is unsafe,” Lena Park, author of “The Long Harbor,” said on Monday.", "Lena Park", ""},
		{"a document's issuer named right after its noun",
			"Tom Reed spoke first. Later, an email sent out by Lena Park on Tuesday warned of the fight ahead: “There are five votes left.”", "Lena Park", ""},
		{"a document's issuer after from",
			"Tom Reed spoke first. A statement from Lena Park said the pier was “unsafe.”", "Lena Park", ""},
		{"a name after \"to\" or \"for\" before a colon is the listener",
			"Mayor Ann Lowell spoke on Monday.\n\nTom Reed had a blunt message for Lowell: “It is time to open the pier.”", "Tom Reed", ""},
		{"as a name, with an apposition a title closes, put it",
			"Tom Reed spoke.\n\nAs Lena Park, professor of law at Salem and author of “The Long Harbor,” put it, “The ferry must run.”", "Lena Park", ""},
		{"speech reported inside another's said is the outer speaker's",
			"Mayor Ann Lowell spoke on Monday.\n\nTom Reed said Lowell called on members to be “closely united.”", "Tom Reed", ""},
		{"a cue set off by commas between a subject and its speech verb",
			"Mayor Ann Lowell spoke on Monday.\n\nLowell, Tom Reed said, called the plan “a fraud.”", "Tom Reed", ""},
		{"a cue closing the sentence speaks a partial quote, not the subject, and carries on",
			"Ann Lowell “felt a duty to act on” the plan, Tom Reed said. “This is core work for her.”", "Tom Reed", ""},
		{"a quote after a sentence about someone else is theirs, not the last speaker's",
			"“The vote was a mistake,” Tom Reed said. Mayor Ann Lowell seemed taken aback by the remark. “Did you read the bill at all?”", "Ann Lowell", ""},
		{"according to a document and who made it, right after the quote",
			"“We will appeal,” Tom Reed said. “The bridge was never safe,” according to a court filing submitted by Ann Lowell, the city attorney.", "Ann Lowell", ""},
		{"according to figures and who made them, later in the sentence",
			"“We will appeal,” Tom Reed said. A “fair rent” for a family of four is about $900, according to estimates by Maria Ortiz of the Urban League.", "Maria Ortiz", ""},
		{"a clause joined on between two quotes gives the second its own speaker",
			"“We lost,” Tom Reed said of the vote, but Ann Lowell said it was “a fair result.”", "Ann Lowell", ""},
		{"a subject after the quote that its own reading missed replaces the speaker carried on",
			"“We will appeal,” Tom Reed said. “We found no link at all,” the Lakeside Council's head of research, Ann Lowell, told the Tribune.", "Ann Lowell", ""},
		{"a participle goes on from the cue before it",
			"The vote will come next week, Lena Park said, adding that it was “long overdue.”", "Lena Park", ""},
		{"a participle after a noun that looks like a verb",
			"A Park aide tried to play down Haddad’s comments, saying they were “not a big deal.”", "", "A Park aide"},
		{"an introductory phrase with a place and its state",
			"Speaking at a rally in Salem, Oregon, Omar Haddad attacked Park, calling her “a total fraud.”", "Omar Haddad", ""},
		{"the head of the sentence before an apposition naming another place",
			"Dan Reyes, whose hometown, Miami, is sinking, argues that inaction will “drown us all.”", "Dan Reyes", ""},
		{"an anonymous description with a name in apposition",
			"A top strategist, Maria Ortiz, tells reporters the result will be “decisive.”", "Maria Ortiz", ""},
		{"a cue sentence after two apostrophes typed for a mark",
			"''Can we win Ohio?'' Mr. Haddad asked. ''I don't know.''", "Omar Haddad", ""},
		{"a phrasal speech verb",
			"Omar Haddad spoke first.\n\n“Let me finish,” Lena Park shot back. “You had your turn.”", "Lena Park", ""},
		{"two partial quotes and one cue after an apposition",
			"Taxes are “a burden” and “a drag on growth,” Tom Reed, the former mayor of Salem, told the crowd.", "Tom Reed", ""},
		{"according to after the quote and its clause",
			"The campaign is paying “dozens” of canvassers, according to campaign manager Dan Reyes.", "Dan Reyes", ""},
		{"an inverted verb before titles the reader does not know",
			"“I don’t know where he stands,” said undecided voter Ruth Mendel of Derry, before the event.", "Ruth Mendel", ""},
		{"an inverted verb before a place and a title",
			"“She will be tougher,” said former Oregon Gov. Maria Ortiz, a longtime backer.", "Maria Ortiz", ""},
		{"a pronoun means the latest subject its honorific agrees with",
			"Ms. Park spoke first.\n\nThen Mr. Haddad took the floor.\n\n“We will win,” she said.", "Park", ""},
		{"a person after 'with' does the participle",
			"Republicans were quick to respond, with Tom Reed tweeting that it was “a disaster.”", "Tom Reed", ""},
		{"a comparison opening the sentence names no subject",
			"Like Park, Omar Haddad also rejected the idea, arguing that there is “room to move.”", "Omar Haddad", ""},
		{"a speech verb after a possessive is a noun",
			"Omar Haddad denounced Park’s remarks as “hurtful and cheap.”", "Omar Haddad", ""},
		{"an adverb between a full name and its verb",
			"Famed trainer Omar Haddad once said: “Float like a butterfly.”", "Omar Haddad", ""},
		{"quotes listed in one sentence share the cue of the last",
			"Taxes are “a burden” and “a drag,” Lena Park said.", "Lena Park", ""},
		{"a description in apposition is not the subject",
			"But Dan Reyes, the head of the Reyes Group, a firm that has sued the city, said that “the damage is done.”", "Dan Reyes", ""},
		{"an apposition whose closing comma is missing",
			"Lena Park, who is chairman of Our Future Fund said in a statement that it was “a shocking ad.”", "Lena Park", ""},
		{"a cue sentence with a listener of several words",
			"“Who knows?” Omar Haddad told Britain’s ITV television station in an interview.", "Omar Haddad", ""},
		{"a long subject with a place before the verb",
			"“It is a stretch,” Tom Reed of the Center for Arms Control and Nonproliferation Studies wrote.", "Tom Reed", ""},
		{"an apposition after a quote whose closing comma is missing",
			"“Park needs a plan,” Tom Reed, the analyst who founded a polling site tweeted on Wednesday.", "Tom Reed", ""},
		{"as someone said, after a partial quote",
			"The race “is a dead heat,” as Omar Haddad said on the radio, so every vote counts.", "Omar Haddad", ""},
		{"a later cue with titles the reader does not know",
			"“It will search the records” that match the request, senior trial counsel Ruth Mendel wrote in a court filing.", "Ruth Mendel", ""},
		{"a cue sentence with an apposition and an adverb after the verb",
			"“How are you today?” Lena Park, a retired nurse, said pleasantly into the phone.", "Lena Park", ""},
		{"a dateline is not the subject",
			"SALEM, Ore. (AP) — Gov. Maria Ortiz on Monday rejected the plan and called it “a gift to developers.”", "Maria Ortiz", ""},
		{"a dateline in capitals alone",
			"PORTLAND — Tom Reed said the plan was “a gift to developers.”", "Tom Reed", ""},
		{"the state after a place is not the subject",
			"Ruth Mendel of Salem, Oregon says she thinks Park can win if she keeps “doing what she’s doing.”", "Ruth Mendel", ""},
		{"a name after a spaced hyphen and before a colon",
			"Polls did catch the late shift - PollWatch: “Our final survey had it close.”", "PollWatch", ""},
		{"a speech verb of manner after the quote",
			"“Sit down,” Haddad barked.", "Haddad", ""},
		{"an adverb before the head of the sentence and its apposition",
			"Maria Ortiz spoke at noon.\n\nNow Maria Ortiz, the most unusual candidate in years, is promising “a big show” for the city.", "Maria Ortiz", ""},
		{"a relative clause after a name",
			"The loss was steep for Omar Haddad, who said he intended to get “recharged and take a day off.”", "Omar Haddad", ""},
		{"a relative clause between two quotes gives the second its own speaker",
			"Contrast that with Haddad, who has called the pact “insanity,” and Lena Park, who says it is “a disaster.”", "Lena Park", ""},
		{"a possessor's speech noun and its that clause",
			"The fact-checkers seized on Lena Park’s claim that there had been “thousands of complaints” this year.", "Lena Park", ""},
		{"a possessor's speech noun after the quote",
			"It is the old pull of Omar Haddad’s “if you like your plan, you can keep it” promise.", "Omar Haddad", ""},
		{"a speech noun past a modifier, after another speaker's verb",
			"Maria Ortiz responded to Mr. Haddad’s debate interjection that dodging taxes made him “smart.”", "Haddad", ""},
		{"a name before a quote that carries on its clause is the clause's subject",
			"In an interview, Tom Reed, a former vice president of sales, said Lena Park “was personally involved in all of it.”", "Tom Reed", ""},
		{"a speech verb in the infinitive takes the subject before it",
			"The meeting was so calm that Mr. Haddad was prompted to say, “I cannot believe how civil it has been.”", "Haddad", ""},
		{"a pronoun before an infinitive speech verb",
			"Lena Park spoke for an hour.\n\nShe went on to say, “We will win this.”", "Lena Park", ""},
		{"a pronoun with a contracted verb is a pronoun, not a name",
			"Omar Haddad is once again questioning the vote.\n\nHe’s telling supporters to watch for “a big, big problem.”", "Omar Haddad", ""},
		{"a pronoun skips places and a possessor's place",
			"Lena Park arrived on Monday.\n\nThe United States stayed silent. Haddad’s Miami rally drew crowds.\n\n“We will win,” she said.", "Lena Park", ""},
		{"a pronoun may stand for a name after an outlet's possessive",
			"Lena Park arrived on Monday. Debates rarely matter, noted NBC’s Omar Haddad.\n\n“Debates happen late,” he wrote.", "Omar Haddad", ""},
		{"a surname two people share is the one spoken of last",
			"Tom Park spoke in Ohio on Monday.\n\nLena Park spoke in Iowa on Tuesday.\n\n“We will win,” Park said.", "Lena Park", ""},
		{"a pronoun skips a person whose given name disagrees with it",
			"Lena Park arrived on Monday. Omar Haddad left early.\n\n“We will win,” she said.", "Lena Park", ""},
		{"a pronoun takes the person of a shared surname whose gender agrees",
			"Lena Park, the daughter of former Senator Tom Park, won the primary.\n\nTom Park represented the district for a decade.\n\n“It is time to look forward,” Park said.\n\n“No state has been hurt more,” she said.", "Lena Park", ""},
		{"a pronoun skips a man named in full before a speech verb",
			"Lena Park spoke on Monday.\n\nOmar Haddad said on Tuesday that he would win.\n\n“I will fight,” she said.", "Lena Park", ""},
		{"a verb's word about a possessor's remarks is the subject's",
			"Lena Park called Omar Haddad’s remarks “disgusting.”", "Lena Park", ""},
		{"a pronoun skips states, acronyms and groups",
			"Lena Park arrived on Monday.\n\nNew Hampshire votes first. CNN reported the results. Democrats cheered.\n\n“We will win,” she said.", "Lena Park", ""},
		{"a pronoun skips a title-case phrase with a verb in it",
			"Lena Park arrived on Monday.\n\nHaddad Wants To Do Things drew a crowd.\n\n“We will win,” she said.", "Lena Park", ""},
		{"a pronoun skips a social media site",
			"Lena Park took to Twitter to say thanks.\n\n“This is your win,” she wrote.", "Lena Park", ""},
		{"a pronoun skips a body named a state",
			"Lena Park spoke on Monday. The Coastal State claimed the raid.\n\n“It will be contained,” she said.", "Lena Park", ""},
		{"a pronoun skips a military body",
			"Tom Reed spoke on Monday. The Chinese Air Force flew over the islands.\n\n“We are watching,” he said.", "Tom Reed", ""},
		{"a name after a dash signs the quotation",
			"The readers wrote in.\n\n“We will win.” ― Lena Park", "Lena Park", ""},
		{"a name after an em dash signs it too",
			"The readers wrote in.\n\n“We will win.” — Omar Haddad", "Omar Haddad", ""},
		{"an indefinite pronoun heading the sentence speaks for someone unnamed",
			"Two nurses left the meeting early.\n\nAnother said the new rota was “simply unworkable.”", "", "Another"},
		{"a pronoun after a name in apposition to an indefinite subject",
			"One juror, Ann Lowell, voted first.\n\nAnother juror, Tom Reed of Dayton, explained his vote.\n\n“It was never close,” he said.", "Tom Reed", ""},
		{"a pronoun means the subject after a long opening clause, not a name inside it",
			"Ann Lowell, the head of the port authority, toured the docks.\n\nAsked whether Tom Reed, the mayor, who has called the plan a disaster, would block it, Lowell shrugged.\n\n“We will see,” she said.", "Ann Lowell", ""},
		{"a name garbled by the wrong encoding stays one name",
			"“The border stays open,” President Jos\u00c3\u00a9 Mu\u00c3\u00b1oz said on Friday.", "Jos\u00c3\u00a9 Mu\u00c3\u00b1oz", ""},
		{"a name with an accent written apart from its letter stays one name",
			"“The border stays open,” President Rene\u0301 Nu\u0303nez said on Friday.", "Rene\u0301 Nu\u0303nez", ""},
		{"a name stops before a title-case verb or function word, so a pronoun still finds its person",
			"Mayor Dan Ortiz opened the meeting.\n\nposted by the desk at noon: Dan Ortiz Wants To Do Things His Way at the port\n\nTom Reed spoke at length.\n\n“Let me talk,” Ortiz shot back.\n\n“Quiet,” he demanded.", "Dan Ortiz", ""},
		{"a name that modifies a person noun before a speech verb is not its subject",
			"Tom Reed spoke.\n\n“We will win,” said Kim Dow, a teacher. She is a Reed supporter but concedes that her friends like Ortiz.\n\n“They will not change,” she said.", "Kim Dow", ""},
		{"a name after a determiner that modifies a noun is no subject a pronoun means",
			"Tom Reed spoke.\n\nKim Dow is a teacher. The Reed campaign was the first one she joined.\n\n“It is a false choice,” she said.", "Kim Dow", ""},
		{"a person's dotted initials end no sentence",
			"Gov. Dan Ortiz spoke.\n\nOrtiz said he had asked historian R.J. Tom Reed of Dayton for advice.\n\n“We are on firm ground,” he said.", "Dan Ortiz", ""},
		{"the subject of a speech verb in a that-clause is no subject a pronoun means",
			"Tom Reed spoke.\n\nDan Ortiz said tension was high. He said he was focused on the platform and noted that Reed himself has acknowledged he will not win.\n\n“We ask for little,” he said.", "Dan Ortiz", ""},
		{"a description's possessive before a speech noun speaks",
			"Tom Reed spoke first.\n\nMayor Ann Lowell took the stage after him. The mayor’s answer was that the city “cannot wait any longer.”", "Ann Lowell", ""},
		{"an inverted verb before a name that only modifies the title of the speaker's name",
			"Tom Reed spoke.\n\n“The rules are clear,” said Reed constituent Kim Dow when asked about the vote.", "Kim Dow", ""},
		{"a place of several words after the name before the verb is not the speaker",
			"The council met.\n\nCouncil Chairman R.J. Tom Reed of North Dakota said he was “outraged” by the plan.", "Tom Reed", ""},
		{"a body named with its article after of before the verb is not the speaker",
			"The weekly covered the race.\n\nTom Reed of The Ledger wrote, “If you want change, you have to vote for it.”", "Tom Reed", ""},
		{"a surname that alone reads as a group's is a person after a given name",
			"Alan Christian, the owner of the team, says he may run.\n\n“It is too early to tell,” Christian said.\n\n“There are many variables,” he said.", "Alan Christian", ""},
		{"a sentence adverb and its comma before the subject",
			"Mayor Dan Ortiz spoke first.\n\nInstead, the mayor has insisted that the vote was “fair and square.”", "Dan Ortiz", ""},
		{"the person of an absolute clause after with is the subject a later pronoun means",
			"The plan would raise some taxes, said Lena Park, an economist.\n\nIt’s become an issue in the race, with Ann Lowell — who’s called for higher rates on the rich — attacking Tom Reed’s plan.\n\n“It will not work,” she said at the rally.", "Ann Lowell", ""},
		{"an absolute clause set off by commas",
			"The plan would raise some taxes, said Lena Park, an economist.\n\nThe vote is close, with Ann Lowell, the mayor, leading in the count.\n\n“We will win,” she said.", "Ann Lowell", ""},
		{"a name after with before a preposition in -ing is no subject",
			"Ann Lowell spoke on Monday.\n\nThe talks went on with Lena Park during the night.\n\n“We will win,” she said.", "Ann Lowell", ""},
		{"a possessor after with is no subject of an absolute clause",
			"Lena Park spoke.\n\nPark said there was nothing wrong with Mrs. Lowell's raising the issue. But she suggested that Lowell had other aims: “They face an election.”", "Lena Park", ""},
		{"a name modifying a noun after with is no subject of an absolute clause",
			"Lena Park spoke.\n\nAnn Lowell said she would go ahead with the Park meeting, although she added that she “will listen.”", "Ann Lowell", ""},
		{"a source the sentence is credited to after its speaker's cue",
			"Mayor Dan Ortiz spoke first.\n\n“We will not close the library,” Ortiz said Monday, according to the Lakeside Gazette.", "Lakeside Gazette", ""},
		{"a source the sentence is credited to before its speaker's cue",
			"Mayor Dan Ortiz spoke first.\n\nAccording to Radio Kestrel, Ortiz said the budget was “a shambles.”", "Radio Kestrel", ""},
		{"an outlet reporting a sentence after its last comma",
			"Mayor Dan Ortiz said the plan was “a disgrace” and would be dropped, the Lakeside Gazette reported.", "Lakeside Gazette", ""},
		{"a pronoun after an outlet's report means the person, not the outlet",
			"Mayor Dan Ortiz said the plan was “a disgrace,” Radio Kestrel first reported.\n\n“It is over,” he said.", "Dan Ortiz", ""},
		{"a document whose issuer the article just named, but never as a speaker, speaks as itself",
			"The Lakeside Museum issued a statement on Friday about the fire.\n\n“We are saddened by the loss,” the statement said.", "a statement", ""},
		{"a document speaks for whoever the article just said issued it when they spoke a quotation named",
			"“The fire is out,” the Lakeside Museum said on Friday. The Lakeside Museum issued a statement later about the fire.\n\n“We are saddened by the loss,” the statement said.", "Lakeside Museum", ""},
		{"a document whose author is named after it, but never as a speaker, speaks as itself",
			"The vote was close. Some members left early, and a report by Mayor Dan Ortiz came out.\n\n“The town is broke,” the report said.", "a report", ""},
		{"a document speaks for the author named after it once they spoke a quotation named",
			"The vote was close. “We lost,” Mayor Dan Ortiz said. Some members left early, and a report by Mayor Dan Ortiz came out.\n\n“The town is broke,” the report said.", "Dan Ortiz", ""},
		{"an email whose sender the article just named, but never as a speaker, speaks as itself",
			"Mayor Dan Ortiz sent an email to donors on Friday.\n\nThe email said the town needed “your help.”", "an email", ""},
		{"a description of a body speaks for the body of that kind last named",
			"The Lakeside Alliance held a rally on Monday. Mayor Dan Ortiz spoke there.\n\n“We will keep marching,” the group said.", "Lakeside Alliance", ""},
		{"a description of a body speaks for the body whose name holds its noun",
			"The Kestrel Foundation gave the town a grant. Mayor Dan Ortiz thanked them.\n\n“It was the right thing to do,” the foundation said.", "Kestrel Foundation", ""},
		{"a source the sentence is credited to through a recording it made",
			"Mayor Dan Ortiz spoke first.\n\n“We will not close the library,” Ortiz said Monday, according to audio provided by Radio Kestrel.", "Radio Kestrel", ""},
		{"a description, a body after of, and a name in apposition",
			"Tom Reed spoke first.\n\nOn Monday, however, the director of the Lakeside Museum, Ann Lowell, said that calls by Mr. Reed and his wife, Lena Park, were “direct and rude.”", "Ann Lowell", ""},
		{"an age before a name heading the sentence",
			"Tom Reed spoke first.\n\n64-year-old Ann Lowell, owner of the Main Street bakery and a member of the council since 1990, endorsed Reed, saying he “knows this town.”", "Ann Lowell", ""},
		{"a possessive description is not the person it belongs to",
			"Trump spoke first.\n\n“No comment,” his spokesman said.", "", "his spokesman"},
		{"a pronoun means the name in apposition to a description heading the sentence before",
			"Tom Reed spoke first.\n\nBut the other candidate on the stage, former Secretary of State Lena Park, drew a contrast, saying the plan would fail.\n\n“It will pass,” she said.", "Lena Park", ""},
		{"the subject after an opening clause whose quotation holds the clause's comma",
			"Ann Lowell and Dana Kemp spoke first.\n\nWhen the host pointed out that Kemp refers to it as “a fair deal,” Lowell seized upon the reference. “It is not fair,” she said.", "Ann Lowell", ""},
		{"a pronoun means the person a sentence opens on with as for",
			"“We lost,” Dana Kemp said.\n\nAs for Robin Lowell, she said she is not worried. “I will win,” she said.", "Robin Lowell", ""},
		{"an adverb of frequency opening a sentence before a comma is no name",
			"Tom Reed spoke first.\n\nOften, Mr. Kemp interrupted himself, as if bantering with his notes. “I really mean this,” he said.", "Kemp", ""},
		{"a negative or universal pronoun heading a sentence is no name a pronoun means",
			"Tom Reed spoke first.\n\nNobody asked about the plan. He called it “shameful.”", "Tom Reed", ""},
		{"a definite description means the person an indefinite one brought in",
			"Mayor Tom Reed held a meeting on Monday.\n\nAt the meeting in New Harbor, a young teacher asked Mr. Reed about the budget.\n\n“Where did the money go?” the teacher said.", "a young teacher", ""},
		{"a definite description means the one brought in unnamed though the latest subject, spoken of before, is registered as a person only later",
			"Tom Reed’s eldest daughter, 34, runs the family firm.\n\nAs the vote went on, a young designer at the firm watched from home. The worker said she was upset about the leave rules.\n\n“It is hard to come back to work,” said the designer.\n\nTom Reed said he would not comment.", "a young designer", ""},
		{"a definite description means one its own sentence brought in unnamed before it",
			"Mayor Tom Reed spoke on Monday.\n\nIn May a judge fined a young man after the man had written that the mayor should “resign at once.”", "a young man", ""},
		{"a definite description no subject before it means is the first person the nearest sentence before it names",
			"Ferry strike ends.\n\nSALEM - When word of the vote reached Dan Kemp, he was aboard a ferry in the harbor. Rain fell all afternoon. Later, the Ohio governor told reporters, \"it will pay off.\"", "Dan Kemp", ""},
		{"a definite description no subject before it means is a surname the sentence before names alone, whose full name the article gave",
			"Harbor voters turned to Dan Kemp supporters in May.\n\nIt was unclear whether Kemp would stay in the race. Later the Ohio senator wrote to donors: “We fight on.”", "Dan Kemp", ""},
		{"a definite description means no one brought in unnamed whom a bare name since may reveal",
			"A lawmaker in Kestrel wants the festival banned.\n\nDan Ortiz, citing data from the city, said the crowds were too big. The lawmaker called the festival “a nuisance.”", "Dan Ortiz", ""},
		{"a vice president is not the president a description means",
			"Former President Tom Reed spoke at noon.\n\nVice President Dan Reyes also spoke.\n\n“We will win,” the former president said.", "Tom Reed", ""},
		{"a party and state tag tells which senator a description means",
			"Sen. Ann Lowell (D-Ore.) said the vote would come soon.\n\nSen. Dan Reyes (R-Ohio) said it would not.\n\n“The bill is dead,” the Oregon senator said.", "Ann Lowell", ""},
		{"a state before an abbreviated title tells which governor a description means",
			"Ohio Gov. Ann Lowell said the vote would come soon.\n\nGov. Dan Reyes said it would not.\n\n“The bill is dead,” the Ohio governor said.", "Ann Lowell", ""},
		{"an editorial board speaks for the newspaper last named",
			"The Harbor Journal published an editorial on Monday. Mayor Dan Ortiz answered it.\n\n“The mayor must go,” the editorial board wrote.", "Harbor Journal", ""},
		{"an editorial board speaks for the body a newspaper in apposition names",
			"The pro-union Lakeside Lantern, the county’s largest newspaper, ran an editorial. Mayor Dan Ortiz answered it.\n\n“The mayor must go,” the editorial board recently wrote.", "Lakeside Lantern", ""},
		{"a newspaper's name may end in a word of a newspaper's nameplate",
			"The Kestrel Advocate called for a recount. Mayor Dan Ortiz said there would be none.\n\n“The count was flawed,” the newspaper said.", "Kestrel Advocate", ""},
		{"the person means whoever was brought in unnamed last",
			"Mayor Tom Reed spoke to one person close to him on Friday.\n\n“We have work to do,” said a longtime aide to the mayor.\n\n“It will be hard,” the person added.", "a longtime aide", ""},
		{"one of several brought in unnamed is whom the singular means",
			"Mayor Tom Reed spoke about the crash on Friday.\n\n“It was loud,” said one of two witnesses, who asked not to be named.\n\n“I ran outside,” the witness said.", "one of two witnesses", ""},
		{"a moderator is none of the people named unless given that title",
			"Mayor Tom Reed took the stage at the debate on Monday.\n\n“Where were you in March?” the moderator asked.", "", "the moderator"},
		{"a cue clause closing the sentence after a comma speaks a partial quote, not the subject",
			"Mayor Dan Reyes spoke on Monday.\n\nDan Reyes is an “able leader” who won twice, Ann Lowell says.", "Ann Lowell", ""},
		{"a body's cue clause closing the sentence speaks a partial quote; an acronym is no newspaper",
			"The Harbor Journal ran an editorial on Monday about the NRA.\n\nMayor Dan Reyes, who met the NRA, is an “able leader” who won twice, the editorial board writes.", "Harbor Journal", ""},
		{"a noun ending in s before the head of a description is no verb",
			"The Lakeside Alliance held a rally on Monday. Mayor Dan Ortiz spoke there.\n\nDan Ortiz should be “held to account” for the delays, the rights group says.", "Lakeside Alliance", ""},
		{"a first lady is a person a description may head",
			"Ann Lowell spent eight years in the governor's mansion.\n\nThe former first lady calls it her “duty.”", "Ann Lowell", ""},
		{"a justice is a person a description may head",
			"Justice Ann Lowell spoke at the law school on Monday.\n\nIn the interview, the justice said she did not “want to guess” about the vote.", "Ann Lowell", ""},
		{"a description of a body before a speech verb is the subject that speaks",
			"KXTV aired the debate on Monday. Mayor Dan Ortiz said it was unfair.\n\nIn a statement, the network said that his claim was “false.”", "KXTV", ""},
		{"a description may open with this",
			"Senator Ann Lowell spoke at noon. Dan Ortiz replied.\n\nIn the end, this senator declared that the bridge was “a waste.”", "Ann Lowell", ""},
		{"a comma between adjectives stays inside a description",
			"Mayor Dan Ortiz opened the debate at noon.\n\n“Where were you in March?” the tired, gray-haired moderator asked.", "", "the tired, gray-haired moderator"},
		{"a body's name ends where its sentence does",
			"Mayor Dan Ortiz said the figures come from the Lakeside Golf Foundation. Almost sixty courses have closed.\n\nCourses keep closing, a trend that the foundation predicts will go on “for years.”", "Lakeside Golf Foundation", ""},
		{"a description of a body means the one brought in by the name it is called",
			"Dan Ortiz, a radio host, has set up a website called “Harbor If Reyes Wins” for people who want to move.\n\nOrtiz told the Lakeside Ledger he has had many emails.\n\n“We welcome everyone,” the website says.", "Harbor If Reyes Wins", ""},
		{"a pair whose given name is also a state's is still two people",
			"Ann Lowell spoke first.\n\nIn their new book, Dakota Reyes and Dan Kemp argue that the plan failed.\n\nEven at best, they write, the plan has “produced nothing of value.”", "Dakota Reyes and Dan Kemp", ""},
		{"a pair whose surname is a word of a state's name is still two people",
			"Ann Lowell spoke first.\n\nIn their new book, Tom West and Dan Kemp argue that the plan failed.\n\nEven at best, they write, the plan has “produced nothing of value.”", "Tom West and Dan Kemp", ""},
		{"new before an office names no state",
			"Ohio Gov. Ann Lowell said the vote would come soon.\n\nDan Reyes said it would not.\n\n“The bill is dead,” the new governor said.", "Ann Lowell", ""},
		{"a state of two words before an office rules out a governor of another",
			"Ohio Gov. Ann Lowell said the vote would come soon.\n\nNew York Gov. Dan Reyes said it would not.\n\n“The bill is dead,” the New York governor said.", "Dan Reyes", ""},
		{"a pronoun means the subject of a clause joined on by a conjunction after a comma",
			"Tom Reed spoke first.\n\nSome members were sympathetic, but Representative Kemp, who has welcomed support from the union, does not mince words.\n\n“It will pass,” he said.", "Kemp", ""},
		{"a thing no person noun heads speaks before the quote",
			"Mayor Dan Ortiz spoke first.\n\nOn Monday, the new ad claimed that the figures were “badly out of date.”", "", "the new ad"},
		{"a share of people speaks, and a clause joined on gives the next quote its own share",
			"Mayor Dan Ortiz spoke first.\n\nAsked about the ferry, 38 percent said “probably not” and 12 percent said “never.”", "", "12 percent"},
		{"a share of people counted with about and a number in words",
			"Mayor Dan Ortiz spoke first.\n\nAbout one in five Lakeside voters said they were “very worried” about the ferry.", "", "About one in five Lakeside voters"},
		{"a document's words read after the quote",
			"Mayor Dan Ortiz spoke first.\n\n“We will rebuild the pier,” the letter read.", "", "the letter"},
		{"it after a quote means the body that heads the sentence before",
			"Mayor Dan Ortiz spoke first.\n\nStill, the Lakeside Council opposed the levy. “Keep the levy where it is,” it recommended.", "Lakeside Council", ""},
		{"it before a quote means the document that heads the sentence before",
			"Mayor Dan Ortiz spoke first.\n\nThe flyer showed a ferry on fire. It says: “Save our boats.”", "", "The flyer"},
		{"a number in words opening a sentence before a comma is no name",
			"Tom Reed spoke first.\n\nEleven years earlier, he had backed the levy as “the price of a working harbor.”", "Tom Reed", ""},
		{"a name right before who with no comma speaks",
			"Tom Reed spoke first.\n\nAmong the replies was a post from Dana Kemp who wrote, “The ferry is late again.”", "Dana Kemp", ""},
		{"a poll a sentence opens on with according to reports the quote",
			"Tom Reed spoke first.\n\nAccording to the exit polls in Lakeside, most voters want a mayor who will “fix the ferry.”", "", "the exit polls in Lakeside"},
		{"a group with no determiner heading a clause after a conjunction speaks",
			"Tom Reed spoke first.\n\nThe plan passed on Monday, and critics say it is “a giveaway.”", "", "critics"},
		{"a group with no determiner heading a clause after what speaks",
			"Tom Reed spoke first.\n\nThe fight over whether the ferry is what local workers have called a “floating wreck” went on.", "", "local workers"},
		{"a poll credited inside a sentence before its quote",
			"Tom Reed spoke first.\n\nOther groups, according to the survey, back “a new ferry” too.", "", "the survey"},
		{"a possessive pronoun before a speech noun speaks its that clause",
			"Ann Lowell spoke on Monday.\n\nThe row began with her claim that the levy was “a fraud.”", "Ann Lowell", ""},
		{"a call for a quote is speech its possessor made",
			"Ann Lowell spoke on Monday.\n\nThe mood turned after her call for “a full audit” of the port.", "Ann Lowell", ""},
		{"a message speaks for nobody the article names",
			"Mayor Dan Ortiz spoke first.\n\nThe brochure promises “a week of sunshine.”", "", "The brochure"},
		{"a person's office speaks for the person",
			"Mayor Ann Lowell left early.\n\nHer office says the plan is “fully funded.”", "Ann Lowell", ""},
		{"a new full name heading a sentence before an apposition with commas of its own and a verb",
			"Ruth Ortiz spoke first.\n\nAnn Lowell, 33, a nurse who lives in Salem, Ore., finds herself in a similar job.\n\n“I have loans,” she said.", "Ann Lowell", ""},
		{"the speaker of a relative clause after plural titles is no subject a later pronoun means",
			"Sen. Dan Reyes says he did well in the debate.\n\nSpeaking Monday, Reyes refrained from attacking his rivals, particularly Govs. Tom Reed and Bill Kemp, who say the senator lacks experience.\n\nHe dismissed the critique, saying it was his campaign’s “greatest night.”", "Dan Reyes", ""},
		{"an auxiliary opening a question is no part of the name after it",
			"Dan Reyes asked Mayor Tom Reed about the plan. Reed answered with a shrug.\n\nWas Reyes satisfied with the answer?\n\n“Not really,” he said.", "Dan Reyes", ""},
		{"an ordinal adverb opening a sentence before a comma is no name",
			"Ruth Ortiz spoke first.\n\nFirst, Ann Lowell identified the judge as biased.\n\nShe insisted he had “a conflict.”", "Ann Lowell", ""},
		{"a name ending in State is a body, no person a pronoun means",
			"Ann Lowell spoke first.\n\nOn Saturday, Ms. Lowell declined to say whether she thought Mr. Reed had underestimated the Coastal State, also known as CS, which harbor officials have said was behind the raids.\n\nBut she did dispute his view that it was “contained.”", "Ann Lowell", ""},
		{"a speech word after a possessive is a noun, and the possessor no subject a pronoun means",
			"Ruth Ortiz spoke first.\n\nDana Kemp said on Monday she agrees with Ortiz’s remarks.\n\n“It is time,” she said.", "Dana Kemp", ""},
		{"the object of a verb before and is not the subject of the speech verb after it",
			"Ann Lowell praised Mayor Dan Reyes and said the plan was “sound and fair.”", "Ann Lowell", ""},
		{"an infinitive's subject is not the object of a preposition before it",
			"Supporters waited in the hall.\n\nAnn Lowell took to Facebook to say thanks.\n\n“This is your win,” she wrote.", "Ann Lowell", ""},
		{"a noun only women are called by tells a gender where no honorific does",
			"Tom Kemp spoke first.\n\nThe ministry spokeswoman, Lin Qiao, said the talks went well.\n\n“We are not worried,” he said.", "Tom Kemp", ""},
		{"a mention written with an honorific of the other gender is not the pronoun's, whoever the surname matched",
			"Mr. Kemp, the mayor, greeted the guests.\n\nMr. Reed said the mayor had been gracious. But Mrs. Kemp, who was busy, was not as friendly. “There was some frost,” he said.", "Reed", ""},
		{"the person a relative clause is about is whom a pronoun inside it means",
			"Ann Lowell spoke first.\n\nThe best answer came from student Lena Marsh, who made the room laugh when she called the plan “a bit dull.”", "Lena Marsh", ""},
		{"a line break after a sentence's period ends the sentence, as a space does",
			"Ann Lowell spoke first.\n\n“It is wrong,” she said. “It must stop.”\nOn Friday, Rep. Tom Kemp reacted to the news, saying so.", "Ann Lowell", ""},
		{"the person of an apposition a relative clause follows is whom a pronoun inside the clause means",
			"Tom Kemp spoke first.\n\nThe latest is Rep. Dan Reyes, the Ohio congressman who gained fame in 2009 when he yelled “You fool!” at the mayor.", "Dan Reyes", ""},
		{"the subject of a clause joined on by and past an adverb of time is whom a later pronoun means",
			"Tom Kemp led the race.\n\nBut that was last fall, and since then Dan Reyes has seen his standing tumble. “I am still here,” he declared.", "Dan Reyes", ""},
		{"a full name after a run of title words heading a sentence is the subject a later pronoun means",
			"Ann Lowell spoke first.\n\nFormer US secretary of state Jane Holt, a Reyes supporter, fanned controversy earlier this year over her remark that “there is no place for quitters.”", "Jane Holt", ""},
		{"the subject of a clause joined on by while with no comma is whom a later pronoun means",
			"Ann Lowell spoke first.\n\nTom Reyes held a rally Saturday while Jane Holt hosted an event Monday, during which she said the town was “ready for change.”", "Jane Holt", ""},
		{"they after two people named together as a sentence's subject means the two",
			"Ann Lowell spoke first.\n\nIn their new book, Tom Reyes and Dan Kemp argue that the plan failed.\n\nEven at best, they write, the plan has “produced nothing of value.”", "Tom Reyes and Dan Kemp", ""},
		{"a comma and a subject pronoun open a clause of their own, not an apposition of the name before",
			"Reyes for Mayor.\n\nWhen I asked Dan Reyes about Ann Lowell, he looked at me, furrowed his brow and said, “I will endorse YOU!”", "Dan Reyes", ""},
		{"the listener of a pronoun's told is not whom the pronoun means",
			"Dan Reyes waited in line at the town hall.\n\nMayor Tom Kemp spoke about jobs.\n\n“People like me have been hurt by this plan,” he told Kemp.", "Dan Reyes", ""},
		{"the person before a relative clause whose subject is a pronoun is its object, not whom the pronoun means",
			"Ann Lowell spoke first.\n\nThe talk turned to Lena Marsh, who she called “a rival.”", "Ann Lowell", ""},
		{"a description of one office is not the latest subject the article gave another",
			"President Tom Kemp spoke first.\n\nSen. Dan Reyes, R-Ohio, appearing on TV right after the speech, said Kemp failed to address concerns. Nothing the president said “will help,” the Ohio senator said.", "Dan Reyes", ""},
		{"a plural description of two office holders means the two a sentence last had as its subject",
			"Sen. Tom Reed (R-Ohio) and Sen. Ann Lowell (D-Ore.) sent a letter to the mayor on Monday.\n\nMayor Dan Ortiz has not answered it.\n\n“We expect a reply,” the committee chairmen wrote.", "Tom Reed and Ann Lowell", ""},
		{"the two heading a sentence before a plural's speech verb are the two a sentence last had as its subject",
			"Sen. Tom Reed and Sen. Ann Lowell sent a letter to the mayor on Monday.\n\nMayor Dan Ortiz has not answered it.\n\nThe two lawmakers, however, argue that the reply is “long overdue.”", "Tom Reed and Ann Lowell", ""},
		{"a name right after another subject's speech verb is what that subject reports, not the subject a later pronoun means",
			"Dan Kemp still has fences to mend at home. Tom Reed, the chairman of the county party, said Kemp continued to hurt his cause. “It has not gone well for him,” he said.", "Tom Reed", ""},
		{"a pronoun of the other gender than the subject's means the one other person the sentence named",
			"Tom Reed joined the board in 2010.\n\nDan Kemp spoke first.\n\nAfter the vote, Ann Lowell replaced Reed on the board. He was moved to the finance committee.\n\n“It was a fair fight,” he said.", "Tom Reed", ""},
		{"a description answering a question is not the one who asked it",
			"Tom Reed spoke to the press on Monday.\n\n“Will you run?” Ann Lowell asked.\n\n“I will, yes. I think so,” the senator said.", "Tom Reed", ""},
		{"an opening participle of speech holding the quote is the main clause's subject's",
			"Ann Lowell spoke first.\n\nConceding that the ferry plan “needs more work,” though, Tom Reed did vote for it on Monday.", "Tom Reed", ""},
		{"speech reported inside a pronoun's report is the outer speaker's",
			"Tom Reed spoke on Monday.\n\nLater, he said that Ann Lowell called the plan “a fraud.”", "Tom Reed", ""},
		{"speech reported inside another reporting verb is the outer speaker's",
			"Ann Lowell spoke on Monday.\n\nTom Reed argued that Lowell called the plan “a fraud.”", "Tom Reed", ""},
		{"a passive's agent after the quote said it",
			"The harbor plan — often labeled as a “giveaway” by Ann Lowell — passed on Monday, and Tom Reed voted for it.", "Ann Lowell", ""},
		{"a description heading a sentence that a person's titles cover is a subject a later pronoun means",
			"Admiral Tom Reed commands the fleet.\n\nMayor Dan Kemp met him on Monday. Asked about the harbor, the admiral took a seat.\n\n“It is deep enough,” he said.", "Tom Reed", ""},
		{"a message's participle of speech speaks for whoever sent it, a subject no person phrase heads",
			"Tom Reed lost the vote. Dan Kemp won.\n\nHis office put out a statement saying the county “will not back down.”", "Dan Kemp", ""},
		{"a description the phrase reader does not know, then a name in apposition that speaks",
			"Maria Ortiz, 26, was hurt in Salem, Ore.\n\n“He had it coming,” the assailant, Dan Kemp, told a radio host.", "Dan Kemp", ""},
		{"a possessor's aide, then a name in apposition that speaks",
			"Ann Lowell, 61, flew to Salem, Ore.\n\n“The vote draws us together: all of us + the harbor,” Ms. Lowell’s press aide, Omar Haddad, wrote on Twitter.", "Omar Haddad", ""},
		{"an indefinite description after a clause that ends in a comma is the subject, not an apposition",
			"Tom Reed spoke.\n\nSome booed, and when Reed thanked the town and said it was good to be home, a woman yelled “Stay there!”", "", "a woman"},
		{"one of many after an inverted verb speaks",
			"“It was a mess,” said one of two witnesses who saw the ferry crash.", "", "one of two witnesses"},
		{"a record the sentence is credited to at its end is the source",
			"“We are winning,” Tom Reed said during the session, according to audio provided to the Ledger.", "", "audio provided to the Ledger"},
		{"a possessor's account the sentence is credited to is the possessor's",
			"Dan Kemp met Ann Lowell in May.\n\n“I know the family,” Lowell replied at the time, according to Kemp’s account.", "Dan Kemp", ""},
		{"a child, a neighbor or a fan is a person a description may be headed by",
			"Ann Lowell showed a painting to the class.\n\n“Who is that?” Lowell asked.\n\nAnother child responded, “That is the mayor.”", "", "Another child"},
		{"a sign a person holds up gives the words, not the person",
			"Tom Reed spoke.\n\nAnn Lowell held up a sign saying “Harbor for All.”", "", "a sign"},
		{"a headline that said gives the words",
			"Ann Lowell posted her note under a headline that said, “Harbor Wins Again.”", "", "a headline"},
		{"a preposition opening the sentence is no word of a name",
			"Ann Lowell spoke.\n\nAlongside Tom Reed’s calls for action, a top strategist said Lowell would have to choose, saying, “She must choose.”", "", "a top strategist"},
		{"a plural noun a name modifies before its verb makes the name no subject",
			"Tom Lowell owns the papers.\n\nDan Kemp, a strategist, said the ads aimed at a deal. The Lowell outlets have been standing in the way, he said, by creating a “false bubble.”", "Dan Kemp", ""},
		{"a speech verb joined on by but shares the subject of the verb before it, not its object",
			"Tom Reed spoke.\n\nA spokesman for Harbor Networks declined to address the city’s audit in detail but said that “every ledger was kept the same way.”", "", "A spokesman"},
		{"a group after with does the participle of speech",
			"The harbor was on their minds, with many marchers and onlookers chanting “Keep the ferry.”", "", "many marchers and onlookers"},
		{"a cue set off by commas inside the sentence the quote goes on with is no apposition",
			"Ann Lowell spoke.\n\nLowell, a top aide said, “is sure the ferry vote will go her way” against Reed.", "", "a top aide"},
		{"one alone after an inverted verb speaks",
			"Planes wrote messages over the stadium.\n\n“The harbor is great!” read one.", "", "one"},
		{"the following statement someone issued is theirs in the next paragraph",
			"Ann Lowell spoke first.\n\nWhen the ferry sank in 1998, Mayor Tom Reed released the following statement:\n\n“We mourn the crew of the ferry.”", "Tom Reed", ""},
		{"a narrator's I is the writer a byline names",
			"Harbor Days.\n\nBy Ann Lowell\n\nTom Reed turned to me. “I am not shy,” I said.", "Ann Lowell", ""},
		{"a narrator's I is the writer whose book the piece is an excerpt of",
			"Harbor Days, Part 2.\n\nEditor’s note: The following is an excerpt from author Dan Kemp’s new book.\n\nTom Reed turned to me.\n\n“Okay,” I said, “let me start again.”", "Dan Kemp", ""},
		{"a narrator's I is the writer a closing note names",
			"Tom Reed asked me about the ferry. I told him later that its “schedule” was a mess.\n\nMaria Ortiz is a columnist for the Harbor Ledger.", "Maria Ortiz", ""},
		{"the named subject of a clause opening the sentence is whom a pronoun later in it means",
			"Dan Kemp arrived late. Tom Reed spoke first.\n\nWhen Kemp took the stage, he called the plan “a fine start.”", "Dan Kemp", ""},
		{"a possessor's aide heading the sentence is the aide, not the possessor",
			"In response to the plan, Ann Lowell’s spokesman rallied supporters, saying: “We have to stop him.”", "", "Ann Lowell’s spokesman"},
		{"a description of a possessor's aide is not the possessor its titles fit",
			"Mayor Tom Reed opened the park. The mayor’s spokeswoman said: “He will not run.”", "", "mayor’s spokeswoman"},
		{"a possessor's aide in apposition to a name is that person",
			"Tom Reed runs the campaign. When Tom Reed, Lowell’s campaign manager was asked about the debates, he laughed and said, “We’ll see.”", "Tom Reed", ""},
		{"a description opening a clause after the main one is the other person the main clause names, not its subject",
			"Tom Reed spoke first.\n\nTom Reed took on Ann Lowell on Sunday after the mayor had said on Saturday that he was “a disgrace.”", "Ann Lowell", ""},
		{"a sentence opening on a quoted work's title and a lower-case title has the name after them as its subject",
			"“Harbor Nights” star Tom Reed staged a mock casting call. He asked the tall actors to look “taller.”", "Tom Reed", ""},
		{"a description after a subject titled by a quoted work is that subject, not a person brought in unnamed before",
			"Some fans did not want a new actor in the role.\n\n“Harbor Nights” star Tom Reed staged a mock casting call. With the help of a friend, the actor held a pretend tryout and asked the tall actors to look “taller.”", "Tom Reed", ""},
		{"a participle of speech after a body's document speaks for the body the description means",
			"The Harbor Ledger ran an editorial on Monday.\n\nTom Reed did visit the county, but not until the week after the newspaper’s editorial telling him to leave his “lakeside office” and see the closed mills.", "The Harbor Ledger", ""},
		{"records a name modifies after an opening \"according to\" report the sentence's quotation",
			"Tom Reed spoke.\n\nAccording to City Hall pool reports, Reed said “there is hope” in the town.", "", "City Hall pool reports"},
		{"a record a person noun may head, closing the sentence after \"according to\", reports its quotation",
			"Tom Reed spoke.\n\n“They do not care,” Reed said of the families, according to a pool report.", "", "a pool report"},
		{"an unnamed source closing the sentence after \"according to\" reports its quotation, all its words",
			"Tom Reed spoke.\n\nThe Reeds grew “restless” during the break, according to a source at the station.", "", "a source at the station"},
		{"a lawsuit the text says someone filed is theirs when \"the suit\" speaks, further on than a document of a guessed maker, and not the one who attacked it",
			"Ann Lowell's agency slammed a lawsuit filed by a fired aide on Monday.\n\nThe May 2 lawsuit filed by a former aide named Tom Reed alleges a long list of violations.\n\n" +
				"The agency has faced many complaints over the years, and several of its senior officials have left their posts since the spring, some of them under pressure from the county board and others on their own account. The board met on Monday to discuss the budget, the hiring freeze and the state of the harbor, which has been closed to large ships for most of the year. Officials said the closures cost the county millions of dollars in lost fees and left dozens of workers idle for months. A vote on the budget is expected next week, and the board chair has said she hopes it will pass without a long debate. The harbor may reopen in the fall.\n\n“The agency failed him at every turn,” the suit says.", "Tom Reed", ""},
		{"a description of a body no named body of its kind fits is the body that was the subject just before",
			"“We will grow,” Kestrel said in a statement on Monday. The company said it had closed “hundreds of kiosks” since May.", "Kestrel", ""},
		{"a department is a body, named without the clause's first word",
			"The board met on Monday.\n\nWhile the Harbor Department said it had done its best, it missed the goal. The department said it will “be done by the end of the month.”", "Harbor Department", ""},
		{"a possessor's unnamed aide is the new person the next lines name as the possessor's",
			"Ann Lowell’s top aide rallied supporters, saying: “We have to stop him.”\n\nMaria Ortiz, vice chair of Lowell’s campaign, wrote to donors on Monday.", "Maria Ortiz", ""},
		{"a person a relative clause acted in comes before another of the family of a surname whose given name disagrees",
			"Tom Reed spoke first.\n\nReed may feel that way too. My favorite line came from student Morgan Kemp, who made me laugh when she called him “a grandpa.”\n\nReally?\n\n“Savage,” she said.", "Morgan Kemp", ""},
		{"earlier mentions of the surname's own person are passed over in looking for the subject of the pronoun's gender before it",
			"Ann Lowell won the vote in Salem on Tuesday. Tom Reed came second. Reed did not concede.\n\n“We will count every ballot again,” she said.", "Ann Lowell", ""},
		{"a reflexive right after a bare name tells that person's gender",
			"Ms. Lowell spoke first on Monday.\n\nKemp himself went after her record. Later, Kemp spoke again.\n\n“I am tired of this,” she said.", "Lowell", ""},
		{"a full name after an inverted \"is\" behind a phrase of place or manner is the subject a later pronoun means",
			"Dan Kemp spoke first.\n\nAcross town, making calls for the campaign, is Tom Reed, a retired teacher who left his job.\n\n“It is hard work,” he said.", "Tom Reed", ""},
		{"a plural person noun heading a sentence is no one a later he or she means",
			"Tom Reed spoke first.\n\nFriends offered to help. “It was fine,” he said.", "Tom Reed", ""},
		{"a description heading a sentence is the one person of few whose titles cover it, though never a subject yet",
			"Dan Kemp spoke first.\n\nLater he met with President Tom Reed on the porch of the old house. Dan Kemp left early. After lunch, the president took a seat.\n\n“It went well,” he said.", "Tom Reed", ""},
		{"they said, with no two people the subject just before, is the body the article just spoke of",
			"Tom Reed spoke on Monday.\n\nThe Harbor Ledger ran an editorial on Monday. The newspaper, long a critic of the mayor, writes that the plan failed. “The plan is a mess,” they say.", "The Harbor Ledger", ""},
		{"\"conclude\" is a speech verb",
			"Tom Reed spoke on Monday.\n\nThe Harbor Ledger ran an editorial on Monday. The newspaper, long a critic of the mayor, writes that the plan failed. “The plan is a mess,” they conclude.", "The Harbor Ledger", ""},
		{"a pronoun nothing before it means, in a clause opening the sentence, means the main clause's named subject",
			"Pastor Wants Ferry Board Replaced.\n\nAfter he faulted the board for being too “slow,” Pastor Tom Reed has now set his sights on the harbor.", "Tom Reed", ""},
		{"a pronoun no subject before it means is the person the sentences just before name last",
			"The Long Race.\n\nThe most telling promise Ms. Ann Lowell has made in the race is that she will not overpromise. “We need less of that,” she has said.", "Ann Lowell", ""},
		{"a closing line on someone who is not the writer names no narrator",
			"Tom Reed met me at the dock.\n\n“Go home,” I said.\n\nDan Kemp is a lawyer who represented the author.", "", "I"},
		{"a thing after with is no group that speaks",
			"Ann Lowell left the stage with tears in her eyes saying “I am done.”", "Ann Lowell", ""},
		{"the opposition leader is not the president",
			"President Tom Reed spoke on Monday.\n\nLater, Dan Kemp answered. “We will fight this,” the opposition leader said.", "Dan Kemp", ""},
		{"a reflexive after an object tells nothing of the object's gender",
			"Kemp spoke first.\n\nMs. Lowell later handed the letter to Kemp herself.\n\n“It is done,” he said.", "Kemp", ""},
		{"a pronoun's speaker is not the person the quotation names in the third person",
			"Tom Reed won the vote on Tuesday.\n\nHis campaign manager, Dan Kemp, said the win would help. It should give the campaign a boost, Reed said.\n\n“There was a question whether Senator Reed’s message could win, and he proved it could,” he said.", "Dan Kemp", ""},
		{"a title after a nested curly mark names the person in the quotation too",
			"Tom Reed won the vote on Tuesday.\n\nHis campaign manager, Dan Kemp, said the win would help. It should give the campaign a boost, Reed said.\n\n“We told them ‘Senator Reed will win,’ and he did,” he said.", "Dan Kemp", ""},
		{"a candidate's description heading a sentence that no title covers is the person the article speaks of most",
			"Tom Reed opened his campaign on Monday. Tom Reed spoke for an hour. Tom Reed then left for the coast.\n\nDan Kemp, a rival, called it “a circus.” Kemp left early.\n\nThe businessman has said that he will not give details. “I will wait,” he said.", "Tom Reed", ""},
		{"a pronoun no known person before it means is a full name just before whose given name tells its gender",
			"Tom Reed spoke first.\n\nAnd then there is Ann Lowell, the last of them: what are her plans, and when? She had a line ready when she said, “We will win.”", "Ann Lowell", ""},
		{"a question mark in running text ends its sentence: the name before it is not run into the next",
			"Tom Reed spoke first.\n\nAnd what of a President Ann Lowell? Reed says she “cannot win.”", "Tom Reed", ""},
		{"a line of a paragraph ending on a colon or a full stop ends its sentence",
			"Dan Kemp opened the show.\n\nThe boat went up for sale on a website, BoatList.com.\nEARLIER:\nTom Reed is selling the boat he raced.\n\n“I am free,” he told reporters.", "Tom Reed", ""},
		{"a bare apostrophe after a final s is a possessive: a possessor's aide speaks",
			"Tom Reeves lost on Tuesday.\n\n“We will be back,” Reeves’ spokesman said.", "", "Reeves’ spokesman"},
		{"a bare straight apostrophe after a final s is a possessive too",
			"Tom Reeves lost on Tuesday.\n\n“We will be back,” Reeves' spokesman said.", "", "Reeves' spokesman"},
		{"a plural's bare possessive is a determiner of the description after it",
			"The Joneses sued the city.\n\n“It is over,” said the Joneses’ lawyer.", "", "the Joneses’ lawyer"},
		{"a full name after an outlet's possessive heading a sentence is its subject, whom a later pronoun means",
			"Ann Lowell spoke on Tuesday night.\n\nThe Herald’s Dan Kemp noticed that no station cut away from Lowell. He commented that his paper “stayed with” her all night.", "Dan Kemp", ""},
		{"a speech verb in -s after a preposition is a plural noun, no verb",
			"Tom Reed spoke on Monday.\n\nAnn Lowell is popular in states across the country, not a “regional” candidate, Maria Ortiz said after the vote.", "Maria Ortiz", ""},
		{"a passive \"asked by\" gives the asker, not the one asked",
			"Ann Lowell and Dan Reed met on stage.\n\nLowell was asked by moderator Tom Kemp, who once worked for her, whether her plan would mean “another tax on every family.”", "Tom Kemp", ""},
		{"a record after \"according to\" closes the sentence past the comma inside the quotation's marks",
			"Ann Lowell leads the race.\n\nSome 40 percent of voters said they trust Lowell to “fix the harbor,” according to a Harbor Daily poll taken in May.", "", "a Harbor Daily poll taken in May"},
		{"a source after \"according to\" closes the sentence before a phrase of time or place",
			"Dan Reed visited the port.\n\n“I met him and nothing more,” the mayor told reporters, according to the Harbor Ledger, during a flight home from the coast.", "Harbor Ledger", ""},
		{"a speech noun's that-clause past a phrase of time or place",
			"Ann Lowell spoke on Monday. Tom Reed spoke next.\n\nCritics mocked her assertion during the debate that “we now finally have a plan” for the port.", "Ann Lowell", ""},
		{"a possessor's suggestion at an event that … is the possessor's",
			"Ann Lowell spoke on Monday. Tom Reed spoke next.\n\nLowell lost the ferry vote last spring, in part over Mr. Reed's pointed claim at a packed council meeting that her budget was “built on sand.”", "Tom Reed", ""},
		{"a promise's infinitive holds what was promised",
			"Tom Reed spoke on Monday.\n\nYet although Reed's earlier record, among other things his promise to be “quiet” about the tolls, has drawn criticism, he gave a speech Monday.", "Tom Reed", ""},
		{"a participle in -ed opening a sentence is no name: the subject after its phrase speaks",
			"Ann Whitfield is a news anchor on Harbor radio.\n\nAlarmed by the thought of a second toll bridge, Whitfield believes in reporting that “picks a side.”", "Ann Whitfield", ""},
		{"a number of people past an introductory phrase is the subject a participle of speech goes on from",
			"Tom Reed spoke on Monday.\n\nOutside the arena, about 200 marchers gathered in three groups, holding signs and chanting “Send him home now, please.”", "", "about 200 marchers"},
		{"a group of people heading the sentence speaks its partial quote",
			"Tom Reed spoke on Monday.\n\nA group of 40 pilots and deckhands this week sent the mayor a petition against the “reckless plan of the port board.”", "", "A group"},
		{"a group of people heading the sentence does not speak a quote in a later clause with a subject of its own: that subject does",
			"Tom Reed spoke on Monday.\n\nA group of pilots called for a boycott, and the harbor league plans to “return every gift he ever made to us.”", "", "the harbor league"},
		{"a group heading the sentence with a verb that reports no speech speaks its partial quote",
			"Tom Reed spoke on Monday.\n\nHarbor shipping experts have doubted the plan, but have speculated that the port might still lose “its biggest customers within a year.”", "", "Harbor shipping experts"},
		{"a partial quote after a clause whose subject is a pronoun, in a sentence whose subject is read nowhere",
			"Tom Reed owns the paper.\n\nStill, more often than not he seemed to side with Mr. Kemp, to go by the way he pictured himself in his column -- as a “harbor skeptic who wants the old ferry back.”", "Tom Reed", ""},
		{"a crowd roused to chants speaks them, not the one who roused it",
			"Dan Reed spoke on Monday.\n\nDressed as a ship's captain, Mr. Kemp stirred the crowd to noisy chants of “Sink the toll!”", "", "the crowd"},
		{"a crowd's chant in a clause joined on after the sentence's subject",
			"Dan Reed spoke on Monday.\n\nWhistles filled the hall when Reed named the toll board, and before long the crowd took up the chant “Sink the toll!” that echoed off the walls.", "", "the crowd"},
		{"a study is a document a description may head after \"according to\"",
			"Tom Reed runs the port.\n\nThe tax cut emissions by 5 percent with “no effect on growth,” according to a study last year by economists at Harbor College.", "", "a study"},
		{"a name right before the speech verb that is the object of the description heading the clause is not the speaker",
			"Tom Reed runs for mayor.\n\nA spokesman for mayoral candidate Tom Reed called the report on the harbor “outrageous.”", "", "A spokesman"},
		{"a name after a participle's preposition that goes on the description heading the clause is not the speaker",
			"Tom Reed runs for mayor.\n\nAnother source speaking to the Harbor Ledger said, “The inspectors are looking at the books.”", "", "Another source"},
		{"a name after a participle's preposition past a description's own preposition is not the speaker",
			"Tom Reed runs for mayor.\n\nA May 2 letter from the Harbor League obtained by the Ledger warns that “any further word will come from our lawyer.”", "", "A May 2 letter"},
		{"a name after a description's preposition is not the speaker, nor is a noun in -s after it (\"news\") a verb",
			"Tom Reed runs for mayor.\n\nAfter Reed was listed as a donor, a columnist for the news site Harbor wrote that he felt “deeply embarrassed” by it.", "", "a columnist"},
		{"an as-comment with a speech verb after the quotation takes it from the possessor of a speech noun's that-clause",
			"Ann Lowell won on Tuesday.\n\nThe wins back her claim that she is more than a “harbor-town” mayor, as Reeves’ campaign manager suggested.", "", "Reeves’ campaign manager"},
		{"a cue after the quote's clause with a weekday after its verb, past a possessor before the quote",
			"Tom Reed spoke on Monday.\n\nReed’s “blunders” are an embarrassment, Dan Kemp said Thursday.", "Dan Kemp", ""},
		{"a quantifier before a party's plural heads a description of people left unnamed, not the party",
			"Tom Reed spoke first.\n\nMany Republicans argue the levy could spell the “end of an era” for the harbor.", "", "Many Republicans"},
		{"a quantifier and a modifier before a party's plural, lower case inside a sentence",
			"Tom Reed spoke first.\n\nDuring the recess, several older Democrats were overheard muttering that the budget was “a fantasy.”", "", "several older Democrats"},
		{"an introductory phrase of time, then a prepositional one holding a place and a state's abbreviation, before the subject",
			"Mr. Ortiz spoke first.\n\nThe night before, at a town hall in Bend, Ore., Mr. Reed sounded equally sharp, insisting the plan had failed. “It is a mess,” he said.", "Reed", ""},
		{"a document no one is said to have made is the one the text brought in by an indefinite noun phrase",
			"Tom Reed spoke first.\n\nOn Friday evening, a memo was mailed by the rowing club’s treasurer to every member. The memo said, “The dues will rise in May.”", "a memo", ""},
		{"dotted capitals after a lower-case word and before a title are no sentence end",
			"Tom Reed spoke on Monday.\n\nIn a video that U.S. District Judge Ann Lowell called “cruel,” Reed charged the city with neglect.", "Ann Lowell", ""},
		{"dotted capitals before a word that opens sentences end the sentence",
			"Tom Reed spoke on Monday. Ann Lowell lives in the U.S. She says the plan is “cruel.”", "Ann Lowell", ""},
		{"a full name in apposition to a description heading the sentence, its comma right before the verb, is the subject a later he means",
			"Tom Reed spoke first. “We are close,” Reed said.\n\nThe envoy, Marc Lebrun, uttered a whisper. “We will see,” he said.", "Marc Lebrun", ""},
		{"a short sentence of many capitals with a finite verb in lower case is no headline: its subject is whom a later she means",
			"Tom Reed spoke first. “We are close,” Reed said.\n\nIn Salem, Ohio, Ann Lowell walked in. “We will see,” she said.", "Ann Lowell", ""},
		{"an indefinite description set off before the name it describes opens the sentence: the name is the subject of the partial quote",
			"Jane Reed spoke first. Ann Lowell was there.\n\nA Salem voter who backs Reed, Lowell lost her job when the plant “closed without warning.”", "Ann Lowell", ""},
		{"an introductory phrase going on past a comma for seven words before the subject of a partial quote",
			"Jane Reed spoke first. Ann Lowell was there.\n\nMoreover, as part of the exchange with Reed, Lowell referenced a report that “less than half of the ferries” were late.", "Ann Lowell", ""},
		{"a full name after an opening adverb, set off by an apposition before its verb, is a person: the subject of the partial quote",
			"Jane Reed spoke first.\n\nNow Ann Lowell, the most unusual candidate in years, is promising to build “a grand harbor” for the city.", "Ann Lowell", ""},
		{"a phrasal speech verb reports the clause after it, whose quotation is its subject's",
			"Jane Reed spoke first. Ann Lowell was there. Dan Kemp came too.\n\nWhen Lowell pointed out that Reed refers to the plan as “a scam,” Kemp seized on it.", "Ann Lowell", ""},
		{"a possessor's claim inside what someone else reports, past a weekday and that, is the reporter's quotation",
			"Tom Reed spoke first.\n\nKemp aide Ann Lowell said Friday that Reed’s charge that the ferry is losing money is “pure fiction.”", "Ann Lowell", ""},
		{"a source credited with according to, no comma after the speech verb's tail, reports the quote",
			"Jane Reed spoke first. Ann Lowell was there.\n\n“The port is safe,” Lowell said in a statement according to the Salem Herald.", "Salem Herald", ""},
		{"a source credited with according to in the cue sentence after a question reports the quote",
			"Jane Reed spoke first. Ann Lowell was there.\n\n“Is the port safe?” Lowell said at a news conference, according to the Salem Herald.", "Salem Herald", ""},
		{"a relative clause ending on a speech verb holds the quote, before a cue verb after it",
			"Tom Reed spoke on Monday. Ann Lowell answered.\n\nUnder what Ms. Lowell called “the old model,” Harbor Point Yacht Club charged new members $900.", "Ann Lowell", ""},
		{"a relative clause after that and a noun gives its quote a speaker of its own, not the main clause's later quotation",
			"Tom Reed spoke on Monday. Ann Lowell answered.\n\nIn a video that Judge Ann Lowell described as “cruel,” Reed vowed to “fight on.”", "Tom Reed", ""},
		{"an indefinite description heading a sentence, then a name and its employer in apposition before the verb: the name is the subject",
			"Tom Reed spoke first. Most polls agree.\n\nAnother pollster, Dan Whitfield of Harbor College, said his survey showed the mayor ahead.\n\n“The numbers hold,” he said in an email.", "Dan Whitfield", ""},
		{"a surname a man and a woman share, named besides a man as the subject, is the woman a later she means",
			"Ann Lowell won the vote in May. The hall held a painting of former Gov. Tom Lowell.\n\nMaria Ortiz opened the meeting.\n\nRep. Dan Kemp said Lowell called on members to be “united.” She added that the race “is about jobs.”", "Ann Lowell", ""},
		{"a surname alone as a sentence's subject, whose full name the article gave only as a possessor, is a subject a later pronoun means",
			"Tom Reed came to town on Monday, delivering a critique of Dan Kemp’s failed plan. Eric Ortiz, the council chair, agreed.\n\nKemp blamed the council for the delay. “We lost a year,” he wrote.", "Kemp", ""},
		{"a name heading a sentence as the possessor of a thing that is its subject is whom a later pronoun means",
			"The board fired its longtime aide Dan Kemp in the spring. Eric Ortiz, the chairman, said the firing was fair.\n\nKemp’s complaint asks for back pay. He also wants “a public apology” from the board.", "Dan Kemp", ""},
		{"a name heading a sentence as the possessor of an aide who is its subject is not whom a later pronoun means",
			"The board fired its longtime aide Dan Kemp in the spring. Eric Ortiz, the chairman, said the firing was fair.\n\nKemp’s lawyer filed a suit on Monday on behalf of her client. He called the suit “plainly baseless.”", "Eric Ortiz", ""},
		{"a surname met before brought in again by \"there’s\" is whom a later pronoun means",
			"Tom Reed spoke first. “We won,” Kemp said on Monday.\n\nEric Ortiz agreed.\n\nThen there’s Kemp.\n\n“It is over,” he wrote last week.", "Kemp", ""},
		{"a full name brought in by \"there was\" is whom a later pronoun means",
			"Tom Reed spoke first.\n\nSo there was Dan Kemp last week, hosting a town hall on the pier. He also shared a video that was “plainly doctored.”", "Dan Kemp", ""},
		{"a relative clause after a name, its place and a long apposition acts as a subject a later pronoun of its gender means",
			"Eric Ortiz spoke first. Ortiz said the vote was fair.\n\nThe plan was backed Friday by Sen. Ann Lowell of Ohio, the ranking member of the budget panel, who said the cuts were sound.\n\n“It is a good plan,” she said in a statement.", "Ann Lowell", ""},
		{"a surname alone as a subject whose full name the article gave once after an abbreviated title",
			"The mayor is in a close race with Sen. Dan Kemp of Ohio, whose bid began in May. Eric Ortiz said the race was close.\n\nKemp appeared to wave it off, when he told reporters the race was “a formality.”", "Dan Kemp", ""},
		{"a quotation opening its paragraph with no speaker to carry on is the named subject's of the sentence ending the paragraph before",
			"Tom Reed spoke first. “We are close,” Reed said.\n\nThe vote was set for May.\n\nAfter the count on Monday, Ann Lowell drove to the hall in her old truck.\n\n“We will win this time.”", "Ann Lowell", ""},
		{"a description of a body means the description of that noun a sentence had as its subject after an opening phrase of time, not a name ending in the noun before it",
			"Harbor Health Group has threatened to leave the market.\n\nOther insurers are raising alarms. Just this week, the trade group for the Lakeside clinics spelled out its concerns. \"The pool is out of balance,\" the group wrote.", "the trade group", ""},
		{"a description of a body means an indefinite one after a conjunction, its place's name inside, not a body named before it",
			"The Lakeside Board of Elections was firm: \"No more talk.\"\n\nBut a Harbor County ballot commission in January was less sure.\n\nThat, the commission said, \"would help.\"", "a Harbor County ballot commission", ""},
		{"\"it\" after a description of a body heading a sentence means the indefinite description of that noun before it",
			"The Lakeside Board of Elections was firm: \"No more talk.\"\n\nBut a Harbor County ballot commission in January was less sure.\n\nThe commission ruled for Reed in May. It said a court \"should settle it.\"", "a Harbor County ballot commission", ""},
		{"the person a subject asked whether something was so answers, before the one who asked",
			"Tom Reed spoke first.\n\nLast week, the Herald’s Eric Ortiz asked Dan Kemp whether the plan was fair.\n\n“It is fair, and it is overdue,” he said.", "Dan Kemp", ""},
		{"an opening clause of more than twenty words before its comma, then the main clause's subject",
			"Tom Reed spoke first. Mr. Kemp listened.\n\nWhen Mr. Reed tried to explain his old column praising the ferry deal as “sound” after the board scrapped it in a long and angry meeting in the spring of 1994, Mr. Kemp sharply objected.\n\n“I think the deal failed,” he said.", "Kemp", ""},
		{"a possessor's aide heading a sentence, then the aide's name in apposition before the verb: the name is the subject",
			"Tom Reed spoke first.\n\nOn the radio, Mr. Reed’s campaign manager, Dan Kemp, shrugged off the audit. He tried to keep Mr. Reed apart from the dispute, saying the campaign now cared only about a “clean slate” for the harbor.", "Dan Kemp", ""},
		{"a name in apposition after a description of a person and a phrase of time in lower case is the speaker after the quote",
			"Tom Reed spoke first.\n\n“The tides were never the problem,” wrote the harbor envoy at the time, Dan E. Kemp.", "Dan E. Kemp", ""},
		{"a name in apposition after an indefinite description, its employer after it ending the sentence, is the speaker after the quote",
			"Tom Reed spoke first.\n\n“The tides were never the problem,” said another harbor envoy, Dan Kemp of the law firm Kemp Marine.", "Dan Kemp", ""},
		{"a description heading a sentence ends before an article after its verb: the verb's object is no part of it",
			"Tom Reed spoke first.\n\nThe harbor board released a statement saying the plan “is fair to every ferry crew on the line.”", "", "The harbor board"},
		{"a message's participle after a phrase and a time that follow the message speaks for the message's sender",
			"Tom Reed spoke first.\n\nThe dockers' union sent a letter to members on Friday night calling the plan “a betrayal.”", "", "The dockers' union"},
		{"a message's participle after a time with no preposition speaks for the message's sender",
			"Tom Reed spoke first.\n\nThe harbor board released a statement Wednesday saying the plan “is fair to every ferry crew on the line.”\n\nThe dockers' union sent an email late Friday calling the plan “a betrayal.”", "", "The dockers' union"},
		{"a description of a newspaper means a name that ends in a newspaper's word, not an acronym named since",
			"Tom Reed spoke first.\n\nOn Monday the Salem Gazette said the plan would help the HPA, the pilots' union. The union's fight with the HPA went on.\n\nAccording to the newspaper, “The pilots will not give in to the plan this year.”", "Salem Gazette", ""},
		{"a pronoun right before the speech verb, after a phrase that ends on a place, speaks: a pronoun is no state of a place",
			"Tom Reed runs the guild. Ann Lowell spoke on Monday.\n\nAfter Lowell met Reed in 2008, the year she moved to work at Salem, she explained that the guild would “fix the harbor.”", "Ann Lowell", ""},
		{"a quotation closing an opening clause with its own subject and speech verb is that subject's, not the cue of the main clause after it",
			"Tom Reed spoke on Monday.\n\nAfter Dan Kemp said the plan would be “a disaster for the harbor,” Reed replied that it would not.", "Dan Kemp", ""},
		{"a quotation right after an opening clause's speech verb and its comma is the clause's subject's",
			"Tom Reed spoke on Monday.\n\nWhen a voter in the back shouted, “Fix the ferry,” Reed replied that he would.", "", "a voter"},
		{"a cue between two quotations of a sentence that has its own subject after the first one's cue gives the second its own speaker",
			"Dan Kemp spoke on Monday.\n\n“We will win,” Ann Lowell said as Tom Reed yelled, “You will not!”", "Tom Reed", ""},
		{"an inverted cue's verb right after the first quotation is not the cue between that gives the second its speaker",
			"Dan Kemp spoke on Monday.\n\n“We will win,” said Ann Lowell as Tom Reed yelled, “You will not!”", "Tom Reed", ""},
		{"a named cue between gives the second quotation its speaker when the first one's cue is a description",
			"Dan Kemp spoke on Monday.\n\n“We will win,” a heckler yelled as Tom Reed said, “You will not!”", "Tom Reed", ""},
		{"a name and a verb after an inverted cue's description and a lower-case phrase are a new clause, not the description's name",
			"Tom Reed was the mayor.\n\n“We will close the pier,” said the mayor in the end, Ann Lowell recalled.", "Tom Reed", "the mayor"},
		{"a crowd's voice after \"came up\" and an article speaks the quotation",
			"Dan Kemp spoke at the pier.\n\n“Count the ballots,” came up a shout from the crowd.", "", "the crowd"},
		{"a crowd's voice after \"went the\" speaks the quotation",
			"Dan Kemp spoke at the pier.\n\n“We lost,” went the chant from the crowd.", "", "the crowd"},
		{"a speaker's participle after a clause joined on goes on from the speaker, not the joined clause's subject",
			"Ann Lowell spoke.\n\nTom Reed spoke on Monday, as the ferry union cheered, saying: “The port will stay open.”", "Tom Reed", ""},
		{"a clause joined on that closes before a partial quote leaves the sentence's subject the speaker",
			"Ann Lowell spoke.\n\nTom Reed proposed a vote on Monday, while the ferry union watched, to end the “absurd and reckless plan.”", "Tom Reed", ""},
		{"a name set off by commas inside a joined clause does not close it before its partial quote",
			"Ann Lowell spoke.\n\nThe row echoes a quarrel in June when Tom Reed chided a neighbour, Dan E. Kemp, for his “noisy old boat.”", "Tom Reed", ""},
		{"a short aside set off by commas inside a joined clause does not close it before its partial quote",
			"Ann Lowell spoke.\n\nTom Reed proposed a vote on Monday, but Dan Kemp rejected it, in a letter, for its “absurd and reckless” terms.", "Dan Kemp", ""},
		{"a crowd's participle after a joined clause and an aside of its own is the crowd's",
			"Ann Lowell spoke.\n\nTom Reed spoke downtown, where 50 dockers had gathered, many of them in boots, chanting “Open the port now!”", "", "50 dockers"},
		{"a speaker's participle with a colon after a joined clause goes on from the speaker",
			"Ann Lowell spoke.\n\nTom Reed spoke, as the union booed, shouting: “The port will stay open.”", "Tom Reed", ""},
		{"a time phrase after a relative who leaves its antecedent the speaker",
			"Tom Reed spoke.\n\nReed contrasted that with Ann Lowell, who this week is looking to bring “people together to win the vote.”", "Ann Lowell", ""},
		{"a title before a verb's object heading no sentence is no close apposition that makes the object the subject",
			"Ferry strike ends.\n\nAnn Lowell spoke on Monday.\n\nMayor Dan Reed opened the hall.\n\nThe mayor fired aide Tom Kemp last week.\n\n“It was time,” he said.", "Dan Reed", "he"},
		{"a noun in -ing such as evening before a speech verb in -s leaves the verb a verb",
			"Ferry strike ends.\n\nAnn Lowell spoke on Monday.\n\nTom Kemp met her at the harbor.\n\nTom Kemp said Dan Reed this evening warns of a strike.\n\n“It is bad,” he said.", "Dan Reed", "he"},
		{"a kin of a person whose name ends in Jr. is read under the family's name, not the suffix",
			"Ferry strike ends.\n\nTom Reed Jr. spoke on Monday.\n\nAnn Lowell met him.\n\nReed’s wife, Ann, threw a party at the harbor.\n\n“It was fun,” she said.", "Ann Reed", "she"},
		{"a cue whose colon opens the second quotation of a sentence, after an opening clause's quotation, is the second one's",
			"Tom Reed spoke on Monday.\n\nAfter Dan Kemp said the plan would be “a disaster for the harbor,” Reed said: “It is not.”", "Tom Reed", ""},
		{"a long opening clause still gives its quotation to the clause's speaker",
			"Tom Reed spoke.\n\nWhen Dan Kemp said that the old harbor plan that the council had drawn up in the long cold winter of the year before the last election after many weeks of hearings and many more weeks of quiet talks with the dock crews and the ferry pilots of the bay would be “a disaster,” Reed replied that it would not.", "Dan Kemp", ""},
		{"a possessive inside a description that speaks after the quotation is no finite verb that makes it a clause",
			"Tom Reed spoke.\n\n“The plan is weak,” the company’s chief executive said.", "", "the company’s chief executive"},
		{"the cue after a quotation that closes an opening clause is the next quotation's, not carried from the clause's speaker",
			"Tom Reed spoke.\n\nWhen a man shouted, “Fix it,” Reed joked, “We will.”", "Tom Reed", ""},
		{"a crowd's chant inside a speaker's split quotation is the crowd's, not the speaker's",
			"Tom Reed spoke at the pier.\n\nHe said, “We will dredge the channel” - at which point the crowd chanted “Dredge it now!”", "", "the crowd"},
		{"the words after a crowd's chant inside a speaker's split quotation go on the speaker's",
			"Tom Reed spoke at the pier.\n\nHe said, “We will dredge the channel” - at which point the crowd chanted “Dredge it now!” - “and open the old docks.” The pier was full.", "Tom Reed", ""},
		{"a chanting participle after a clause whose subject is a number of people is theirs, not the sentence subject's",
			"Ann Lowell spoke near the ferry terminal, where about 40 dock workers had gathered on Monday, chanting “no boat, no vote” after the talks broke down.", "", "about 40 dock workers"},
		{"a name in apposition after a verb's object, then a comma and a verb joined by and: the sentence's subject speaks, not the object",
			"Tom Reed spoke first.\n\nDan Kemp met Ann Lowell, the harbor master, and called the plan “a fraud.”", "Dan Kemp", ""},
		{"a crowd's shouts that come from it after the quotation speak it",
			"Ann Lowell took the stage.\n\n“Count the ballots,” came shouts from the crowd, as the chair paused.", "", "the crowd"},
		{"a partial quote in a clause joined on after the sentence's own with a subject of its own is that subject's",
			"Ann Lowell spoke.\n\nTom Reed proposed a vote on Monday, but the ferry union rejected the idea as “absurd” at once.", "", "the ferry union"},
		{"a clause joined on after a dash the reader keeps no word for has its own subject too",
			"Ann Lowell spoke.\n\nTom Reed proposed a vote on Monday - but the ferry union rejected the idea as “absurd” at once.", "", "the ferry union"},
		{"a participle after a joined clause with a subject of its own goes on from that clause",
			"Ann Lowell spoke.\n\nTom Reed spoke downtown, where about 50 dockers had gathered on Monday, chanting “fair pay now.”", "", "about 50 dockers"},
		{"a clause inside an opening phrase, with no main verb before it, leaves the main clause's subject the speaker",
			"Ann Lowell spoke.\n\nOn Monday night as the four remaining candidates took the stage, Tom Reed opened with a call to “unite” the party.", "Tom Reed", ""},
		{"a partial quote whose sentence a possessor's aide heads, the aide's name in apposition, is the aide's, not the possessor's",
			"Tom Reed spoke first.\n\nOn television, Mr. Reed’s campaign chairman, Dan Kemp, dismissed criticism of the plan as “harbor talking points.”", "Dan Kemp", ""},
		{"a title a party's word and a possessor stand before, its holder in apposition with a place after of, makes the holder the subject a later pronoun means",
			"Dan Kemp spoke first.\n\nKemp’s chief Democratic rival, Sen. Tom Reed of Ohio, was the only board member who missed the ferry vote. Instead he sailed home. “I am tired,” he said.", "Tom Reed", ""},
		{"a partial quote in a relative clause after a person's name is the person's, not the sentence subject's",
			"Tom Reed spoke.\n\nReed contrasted that with Ann Lowell, who is looking to bring “people together to win the vote.”", "Ann Lowell", ""},
		{"the person a pronoun reporting speech without quotation marks means speaks again, and is whom a surname two people share means next",
			"Ferry board meets.\n\nMs. Ann Reed runs the ferry board. Mr. Tom Reed joined it in May.\n\nThe docks are old, she said.\n\n“It will take a year,” Reed said.", "Ann Reed", ""},
		{"a person a sentence brings in by a full name with a title and an apposition, acting in a clause of their own while no other person acts in it, is whom a pronoun of the next sentence means",
			"Ferry board meets.\n\nHarbor Lines earned $7 billion last year.\n\nBack in Salem, higher fares are the last thing state Senator Wynn Lowell, a Democrat, wants to hear about these days.\n\n“My family has all worked the boats,” she said.", "Wynn Lowell", ""},
		{"a possessor heading a sentence whose subject is a thing of theirs is no other of the family a pronoun of the other gender means, nor a speaker ending in a possessive",
			"Tom Reed spoke. Ann Lowell watched him. Reed’s plan seemed sad. “We lost,” she said.", "Ann Lowell", "she"},
		{"a possessor read as the subject of a sentence is no other of the family a pronoun of the other gender means",
			"Tom Reed spoke. Ann Lowell watched him. Reed’s plan, a ferry line, failed. “We lost,” she said.", "Ann Lowell", "she"},
		{"of an article's few people, the one whose titles cover a description heading a sentence is one named before it, not further on",
			"Ferry strike ends.\n\nTom Reed held rallies in the south on Monday. The Republican candidate took to the radio. “We will win,” he said.\n\nFormer Republican presidential candidate Dan Kemp spoke at the harbor.", "Tom Reed", ""},
		{"a name heading a sentence right before a quotation its cue's pronoun reports is the quoted clause's subject, not whom the pronoun means",
			"Ferry strike ends.\n\nMayor Tom Reed further called Dan Kemp “weak,” and said he should not run. Kemp “wasted the harbor fund,” he said.", "Tom Reed", ""},
		{"an American territory as a sentence's subject is no person a pronoun means",
			"Ferry strike ends.\n\nAnn Lowell runs the harbor bank. Since May, Puerto Rico has bought its ferries through the bank. “It is a mix of jobs,” she said.", "Ann Lowell", "she"},
		{"a kin named by a given name alone in apposition heading a sentence is a subject a later pronoun means, under the family's name",
			"Ferry strike ends.\n\nAt the regatta, Dan Kemp kept his lead over Ann Reed.\n\nOn Monday, Reed called Kemp lucky. Kemp aide Jim Hale called that “silly.”\n\nReed’s husband, Tom, painted the fence of the boat club on Sunday.\n\n“I like the smell of paint,” he said.", "Tom Reed", "he"},
		{"the person a group's speech verb reports on acts in the clause and is whom a later pronoun means, not the last speaker",
			"Ferry strike ends.\n\nAnn Reed runs a bakery. Her father, Tom Reed, runs the ferry.\n\n“Bread keeps well,” said Maria Lopez, a Salem baker who sells rye.\n\nBesides the ovens, friends say Ann Reed also keeps her father’s books.\n\n“We bake at dawn,” she said at the market.", "Ann Reed", "she"},
		{"a full name in close apposition to a possessor's description heading a sentence, before its verb, is its subject a later description means",
			"Ferry strike ends.\n\nHarbor Speaker Tom Reed opened the meeting on Monday.\n\nThe baker’s eldest daughter Ann Kemp brought bread to the meeting.\n\nWith many watching, the Salem-born former rower thanked the crowd.\n\n“Bread is for all,” said the 46-year-old.", "Ann Kemp", "the 46-year-old"},
		{"a speech word in -s after a word in -ing and before a preposition such as about is a noun, and the person before it no speaker a later pronoun means",
			"Bill Reed spoke.\n\nAnn Reed ran for mayor.\n\nAsked about the ferry fares, Dan Lowell blamed Reed for making claims about the harbor.\n\n“She started this,” he said.", "Dan Lowell", "he"},
		{"they, with no pair or one-word group before, means the plural noun phrase of people heading a sentence not far back",
			"Ferry strike ends.\n\nAnn Reed runs the ferry line.\n\nTop Kemp strategists conceded the point on Monday. They called the fare plan “a loser for us.”", "Top Kemp strategists", "They"},
		{"the lawyers means the group of lawyers heading a sentence after an opening phrase not far back",
			"Ferry strike ends.\n\nTwo pilots, Dan Ortiz and Ann Lowell, sued Tom Kemp over the fares.\n\nIn reply, Kemp’s lawyers cited the harbor charter.\n\nThe charter, the lawyers said, “settles the matter.”", "Kemp’s lawyers", "the lawyers"},
		{"a plural object after the sentence's verb is no group heading it that a later they means",
			"Ferry strike ends.\n\nAnn Reed thanked supporters gathered at the pier on Monday. They called her plan “a lifeline.”", "", "They"},
		{"they means no group heading a sentence before another sentence's subject",
			"Ferry strike ends.\n\nDock workers walked off the job on Monday.\n\nThe Harbor Ferry Company and the city council set out a new plan on Tuesday. They called it “a fair start.”", "", "They"},
		{"they means no group of an unnamed definite plural heading the sentence before",
			"Ferry strike ends.\n\nThe lawyers filed the suit on Monday. They called it “overdue.”", "", "They"},
		{"a plural of things in -ers heading a sentence is no group a later they means",
			"Ferry strike ends.\n\nShipping containers piled up on the pier on Monday. They called the delay “regrettable.”", "", "They"},
		{"the lawyers means no group of lawyers before a nearer plural of lawyers heading a sentence that no verb follows",
			"Tom Kemp chaired the meeting.\n\nIn reply, Kemp’s lawyers cited the charter.\n\nThe lawyers for the city disagreed. “We will appeal,” the lawyers said.", "", "the lawyers"},
		{"the lawyers means no group of lawyers before a nearer plural of lawyers heading a sentence before an aside",
			"Tom Kemp chaired the meeting.\n\nIn reply, Kemp’s lawyers cited the charter.\n\nThe company’s lawyers, however, called the charter “irrelevant,” the lawyers said.", "", "the lawyers"},
		{"a plural of people heading a sentence before a past in -ed is a group a later they means",
			"Ferry strike ends.\n\nAnn Reed runs the ferry line.\n\nStriking dock workers marched to the pier on Monday. They called the fares “a scandal.”", "Striking dock workers", "They"},
		{"a plural of people heading a sentence before an irregular past is noted as no group",
			"Ferry strike ends.\n\nAnn Reed runs the ferry line.\n\nStriking dock workers took to the pier on Monday. They called the fares “a scandal.”", "", "They"},
		{"a party's plural after other words heading a sentence before its verb is a group a later they means",
			"Ferry strike ends.\n\nAnn Reed runs the ferry line.\n\nHarbor Council Democrats blocked the fare bill on Monday. They called it “a giveaway to the boat owners.”", "Harbor Council Democrats", "They"},
		{"a plural description of people no group before means is no one person",
			"Ferry strike ends.\n\nTom Kemp chaired the harbor board meeting on Monday.\n\n“We will appeal the ruling,” the lawyers said.", "", "the lawyers"},
		{"a person after of and before an adverb and a participle of speech speaks the quotation",
			"Ferry strike ends.\n\nTom Kemp chaired the harbor board meeting on Monday.\n\nWhat do you make of Ann Lowell quietly saying “let it go” after the vote?", "Ann Lowell", ""},
		{"a message heading its clause that quoted someone as saying reports the quotation",
			"Ferry strike ends.\n\nTom Kemp chaired the harbor board meeting on Monday.\n\nA brief note quoted the head nurse as saying “The east ward stays shut.”", "", "A brief note"},
		{"a description a full name with its possessive ending heads speaks after the quotation, not the possessor",
			"Ferry strike ends.\n\nTom Kemp chaired the harbor board meeting on Monday.\n\nAnn Lowell spoke next.\n\n“The plan is dead,” Ann Lowell’s spokesman said.", "", "Ann Lowell’s spokesman"},
		{"a description a full name with its possessive ending heads speaks in a cue closing the sentence after a partial quote",
			"Ferry strike ends.\n\nTom Kemp chaired the harbor board meeting on Monday.\n\nAnn Lowell spoke next.\n\nThe plan is “dead on arrival” and must go, Ann Lowell’s spokesman said.", "", "Ann Lowell’s spokesman"},
		{"a capitalised May after a name is the name's end, not a modal before the speech verb",
			"Ferry strike ends.\n\nTom Kemp chaired the harbor board meeting on Monday.\n\n“The plan is dead,” Reed May said.", "Reed May", "Reed May"},
		{"a capitalised adverb after a name is the name's end, not an adverb before the speech verb",
			"Ferry strike ends.\n\nTom Kemp chaired the harbor board meeting on Monday.\n\n“The plan is dead,” Reed Still said.", "Reed Still", "Reed Still"},
		{"a description before a modal and a passive of hearing speaks the quotation before it",
			"Ferry strike ends.\n\nTom Kemp chaired the library board meeting on Monday.\n\n“Who pays for the new roof?” a teacher can be heard asking the clerk.", "", "a teacher"},
		// found by probing invented news copy for whom a name or pronoun means
		{"an age of a teenager set off after a name gives its person the teen a later description means",
			"Lena Park, 16, spoke first at the rally. Tom Reed, 45, spoke after her. “We are the future,” the teen said.", "Lena Park", "the teen"},
		{"a description whose noun tells a gender is no person of the other gender whose titles it covers",
			"Rep. Tom Reed, R-Salem, and Rep. Ann Lowell, D-Harbor, wrote the ferry bill together. “It took a year,” the congresswoman said.", "Ann Lowell", "the congresswoman"},
		{"a description set off after a name gives its person a title a later description means",
			"Lena Park, a nurse who grew up in Salem, returned to open the clinic. Mayor Tom Reed cut the ribbon. “I cried all morning,” the nurse said.", "Lena Park", "the nurse"},
		{"an age set off after a name gives its person the age a later description means",
			"Lena Park, 17, was the youngest speaker at the rally. Tom Reed, 45, spoke after her. “We are the future,” the 17-year-old said.", "Lena Park", "the 17-year-old"},
		{"a former holder of an office is not the holder a bare description of the office means",
			"Gov. Ann Lowell signed the bill on Monday.\n\nFormer Gov. Dan Kemp, who wrote the first draft, watched from the gallery.\n\n“It was a long road,” the governor said.", "Ann Lowell", "the governor"},
		{"a former holder of one office is still the holder of another a description means",
			"Former Gov. Dan Kemp, the Senate candidate, toured the harbor on Monday. Tom Reed drove the boat. “It was a long road,” the candidate said.", "Dan Kemp", "the candidate"},
		{"a short sentence of capitalised words with a speech verb in lower case is running text, not a headline: its titled name is a person",
			"Dan Kemp chairs the port board.\n\nGov. Ann Lowell said, “We won.”\n\nKemp was not there. “It took a year,” the governor said.", "Ann Lowell", "the governor"},
		{"a quotation standing alone after a sentence in which a body named by its initials issued a statement is the body's",
			"Tom Reed spoke at the pier on Monday.\n\nAt the mayor’s request, the HFC issued a statement apologizing to riders.\n\n“We are deeply sorry for the delays and will refund every ticket.”", "HFC", "HFC"},
		{"a subject of the pronoun's gender just before a subject of the other gender is whom the pronoun means, not another of the latter's family",
			"Dan Kemp, the harbor master, and Rosa Diaz, his deputy, reached the dock at noon. Kemp waved to the pilots. Diaz stayed in the truck. “We came to look at the pilings,” he said.", "Kemp", "he"},
		{"a bare plural of people opening a sentence before its verb is the group a later they means",
			"Tom Reed chairs the school board.\n\nTeachers walked off the job in Salem on Monday. “We have no choice,” they said.", "Teachers", "they"},
		{"the named subject of a clause after a semicolon is whom a later pronoun of their gender means",
			"Dan Kemp and Rosa Diaz run the port board. Kemp backs the toll; Diaz opposes it. “It is a tax on workers,” she said.", "Rosa Diaz", "she"},
		{"the object of a verb of praise or blame right before a participle of speech is spoken of, not the participle's speaker",
			"Tom Reed praised Ann Lowell, saying, “She is a true leader.”", "Tom Reed", "Tom Reed"},
		{"the listener of told right before a participle of speech is not its speaker",
			"Dan Kemp told Lena Park, adding, “The ferry runs at noon.”", "Dan Kemp", "Dan Kemp"},
		// found by probing features, columns and statements of bodies
		{"a body a possessor that describes a person owns is that person's",
			"Governor Ann Lowell and Mayor Tom Reed met in Salem.\n\n“We will go,” Lowell said.\n\nThe mayor’s office said in a statement that “the city cannot pay its bills.”", "Tom Reed", "The mayor’s office"},
		{"a body a possessor that describes no one named owns is no one's, not the person named last",
			"Governor Ann Lowell was in Salem on Tuesday.\n\nThe mayor’s office said in a statement that “the city cannot pay its bills.”", "", "The mayor’s office"},
		{"a short sentence quoted after a sentence a pronoun heads is that pronoun's person's, not the last speaker's",
			"Governor Ann Lowell met Mayor Tom Reed in Salem.\n\n“The state will stand with Harbor City,” Lowell said.\n\nHe shrugged. “I believe her.”", "Tom Reed", "He"},
		{"a narrator no byline names who speaks does not carry on the last speaker",
			"Governor Ann Lowell met Mayor Tom Reed in Salem.\n\n“The state will stand with Harbor City,” Lowell said.\n\n“I am tired of promises,” I told my neighbors.", "", "I"},
		{"a narrator no byline names who speaks before the quotation",
			"Governor Ann Lowell met Mayor Tom Reed in Salem.\n\n“The state will stand with Harbor City,” Lowell said.\n\nI told my neighbors: “The council has failed us.”", "", "I"},
		{"the agent of a passive verb of speech speaks the quotation, not the subject",
			"Mayor Tom Reed and Governor Ann Lowell met on Monday.\n\nReed was told by Lowell that “the state will stand with Harbor City.”", "Ann Lowell", "Lowell"},
		{"and so does a description as the agent",
			"Mayor Tom Reed and Governor Ann Lowell met on Monday.\n\nDan Kemp was warned by the governor: “I am not going to make promises.”", "Ann Lowell", "the governor"},
		{"the spokesman for the mayor holds no title of the mayor's",
			"Mayor Tom Reed defended the plan.\n\nThe spokesman for the mayor, Dan Kemp, said the plan was sound.\n\n“It is a good plan,” the mayor told reporters.", "Tom Reed", "the mayor"},
		{"nor an adviser to the governor the governor's",
			"Governor Ann Lowell signed the bill.\n\nAn adviser to the governor, Rosa Diaz, said it was overdue.\n\n“It is law now,” the governor said.", "Ann Lowell", "the governor"},
		{"one who speaks in a clause a subordinator opens after the main clause is no later pronoun's subject",
			"Tom Reed and Dan Kemp met on Monday.\n\nKemp spoke to reporters, hours after Reed spoke.\n\n“We will win,” he said.", "Dan Kemp", "he"},
		{"nor a later description's",
			"Sen. Tom Reed and Sen. Dan Kemp met on Monday.\n\nKemp laughed as Reed told reporters the vote was lost.\n\n“We will win,” the senator said.", "Dan Kemp", "the senator"},
		{"and so when the subordinate speaker is named in full for the first time",
			"Tom Reed laughed as Dan Kemp told reporters the vote was lost.\n\n“We will win,” he said.", "Tom Reed", "he"},
		{"or after a title",
			"Tom Reed spoke to reporters, hours after Senator Dan Kemp spoke.\n\n“We will win,” he said.", "Tom Reed", "he"},
		{"a clause while joins on is of equal weight: its speaker is",
			"Tom Reed and Dan Kemp met on Monday.\n\nKemp laughed while Reed told reporters the vote was lost.\n\n“We will win,” he said.", "Tom Reed", "he"},
		{"a run of person nouns is one description, headed by its last",
			"Tom Reed spoke on Monday.\n\nHis chief strategist said: “We will win.”", "", "His chief strategist"},
		{"and a name in apposition after the run is the speaker",
			"Tom Reed spoke on Monday.\n\n“We will win,” said his chief aide, Dan Kemp.", "Dan Kemp", "Dan Kemp"},
		{"and so is a name right after it",
			"Tom Reed spoke on Monday.\n\n“We will win,” said the chief strategist Dan Kemp.", "Dan Kemp", "Dan Kemp"},
		{"they with no plural subject before it means the people a preposition brought in",
			"Omar Haddad spoke on Monday.\n\nThe plan drew criticism from Democrats and Republicans in Congress. They slammed it as “a disaster.”", "Democrats and Republicans in Congress", "They"},
		{"and so after a quotation, over a thing that is no one",
			"Omar Haddad spoke on Monday.\n\nThe plan drew criticism from dock workers in Salem. “It is a disaster,” they said.", "dock workers in Salem", "they"},
		{"a pair the sentence has as its subject stays whom they means",
			"Omar Haddad spoke on Monday.\n\nTom Reed and Ann Lowell heard from dock workers. “It is a disaster,” they said.", "Tom Reed and Ann Lowell", "they"},
		{"and so does a body",
			"Omar Haddad spoke on Monday.\n\nThe Harbor Union heard from dock workers. “It is a disaster,” they said.", "Harbor Union", "Harbor Union"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := parseQuotes(t, tt.text)
			require.NotEmpty(t, qs)
			q := qs[len(qs)-1]
			if tt.name == "quotes listed in one sentence share the cue of the last" {
				q = qs[0]
			}
			if tt.speaker != "" {
				assert.True(t, SameName(tt.speaker, q.Speaker), "speaker %q, want %q", q.Speaker, tt.speaker)
				if tt.as != "" {
					assert.Equal(t, tt.as, q.AttributedTo)
				}
			} else {
				assert.Empty(t, q.Speaker)
				assert.Equal(t, tt.as, q.AttributedTo)
			}
		})
	}
}

// TestAttributionNotACue: words that look like a cue and are not.
func TestAttributionNotACue(t *testing.T) {
	for _, text := range []string{
		"Martin sagte auf Französisch: »Die Union ist ein Verein.«",
		"The spot shows him saying, “That makes me smart,” when Clinton blasted him.",
		"For Latino voters, on the other hand, “jobs come first.”",
	} {
		for _, q := range parseQuotes(t, text) {
			assert.NotEqual(t, "Französisch", q.Speaker, text)
			assert.NotEqual(t, "Clinton", q.Speaker, text)
			assert.NotContains(t, q.AttributedTo, "Latino", text)
		}
	}
}

// TestSameNameFilterEqualsSameName: the article's word filter in front of
// SameName never changes its answer.
func TestSameNameFilterEqualsSameName(t *testing.T) {
	names := []string{"Antony J. Blinken", "Blinken", "Tony Blinken", "Antony Blinken", "Mr. Blinken", "Trump University",
		"Donald Trump", "Trump", "Ivanka Trump", "Sen. Ted Cruz", "Cruz’s", "Rahm Emanuel", "Ambassador Emanuel", "", "The Minister"}
	a := &Article{}
	for _, x := range names {
		for _, y := range names {
			assert.Equal(t, SameName(x, y), a.sameName(x, y), "%q / %q", x, y)
		}
	}
}

// TestHeadlineVerbEndsName: a headline's capitalised past-tense speech
// verb, or a common verb ("Makes", "Takes"), is not part of the name
// before it.
func TestHeadlineVerbEndsName(t *testing.T) {
	qs := parseQuotes(t, "Lena Park Explained Why She Felt “Invisible” As A Child\n\nLena Park said she grew up in Ohio.\n")
	require.NotEmpty(t, qs)
	assert.Equal(t, "Lena Park", qs[0].Speaker)
	assert.NotContains(t, qs[0].AttributedTo, "Explained")
	// nor a common verb of a headline that says what its subject did
	qs = parseQuotes(t, "Reed Makes Pitch Against ‘Costly Ferry Plan’\n\nTom Reed spoke on Monday in Salem against Ann Lowell, the mayor. Reed said he was ready.\n")
	require.NotEmpty(t, qs)
	assert.Equal(t, "Tom Reed", qs[0].Speaker)
}

// TestSpeakerExact: the speaker of one quotation, written in full as the
// article resolves it, where the name is not only matched (SameName).
func TestSpeakerExact(t *testing.T) {
	tests := []struct {
		name, text string
		n, k       int    // the quotations the text holds, and the one tested
		speaker    string // its Speaker, exactly
	}{
		{"a surname alone speaks under the full name written for it as an object",
			"Tom Reed met Dan Kemp in Salem on Tuesday. The talks ran late.\n\n“We are close to a deal,” Kemp said.",
			1, 0, "Dan Kemp"},
		{"a full name with and without a middle initial is one person's",
			"Tom Reed met Dan B. Kemp in Salem on Tuesday, and later Dan Kemp of the port board.\n\n“We are close to a deal,” Kemp said.",
			1, 0, "Dan B. Kemp"},
		{"a building named for someone is no full name for a surname alone",
			"Tom Reed spoke at the Dan Kemp Center in Salem on Tuesday.\n\n“We are close to a deal,” Kemp said.",
			1, 0, "Kemp"},
		{"a surname two people written as objects share keeps the surname",
			"Tom Reed met Dan Kemp and Rosa Kemp in Salem on Tuesday.\n\n“We are close to a deal,” Kemp said.",
			1, 0, "Kemp"},
		{"a surname given once with a man's given name, then alone for a woman, keeps a later she",
			"Lena Ortiz spoke first.\n\nFormer President Bill Park campaigned in Ohio on Monday.\n\nPark spoke in Iowa on Tuesday. “We will win,” she said.",
			1, 0, "Park"},
		{"one brought in unnamed who speaks as the woman is whom a later she means",
			"“We are done,” Haines said on Monday.\n\nOne woman from the harbor town did not learn of it until 2008.\n\n“It was a shock,” said the woman, who asked not to be named.\n\n“I am still scared,” she said.",
			3, 2, "One woman"},
		{"a body brought in as a program called X is what the group and its it mean",
			"Mark Reed now helps lead a program called Harbor Watch. The group seeks to end drownings through what it calls “sensible rules.” Other parents also take part.",
			1, 0, "Harbor Watch"},
		{"it before a speech verb is the body its own sentence named, not the subject",
			"The two clubs met on Friday. They paid $4,100 to a company called Harbor Data, which sells what it calls “tidy” maps of the bay.",
			1, 0, "Harbor Data"},
		{"they with no pair before means a group that was a subject with a plural verb",
			"Tom Reed ran the survey.\n\nCommuters still like the old boats. Commuters say they want more night sailings.\n\nThey are wary of the “fast boat” plan the county drew up.",
			1, 0, "Commuters"},
		{"the people listed between dashes after a plural noun are whom they means",
			"Tom Reed wrote about the ferries.\n\nIn a new report, three economists -- Dan Kemp at the state university, Ann Lowell at the city college and Omar Haddad at the port authority -- looked hard at the fleet.\n\nThey studied the old hulls. The repairs, they found, never held.\n\n“These boats should be retired,” they argued.",
			1, 0, "Dan Kemp, Ann Lowell and Omar Haddad"},
		{"a cue ending in a colon after a quotation that ends its sentence introduces the next quotation, not that one",
			"Tom Reed spoke first.\n\n“We are tired,” Ms. Ortiz said. “We are not to blame.” Mr. Kemp said: “The storm is the cause.”",
			3, 1, "Ortiz"},
		{"a dateline's place in capitals, its hyphen dropped, is no part of the name after it",
			"Ferry vote set.\n\nSALEM - Ann Lowell painted a dark picture of the harbor on Thursday. “We will see,” she said.",
			1, 0, "Ann Lowell"},
		{"a dateline's place in capitals and its state, the hyphen dropped, are no part of the name after them",
			"Ferry vote set.\n\nSALEM, Ore. - Sen. Ann Lowell painted a dark picture of the harbor on Thursday. “We will see,” she said.",
			1, 0, "Ann Lowell"},
		{"a name after the indefinite article is a thing named for someone, not a longer name of the person",
			"The harbor board vote is in May. Three people are running.\n\nLowell said on Monday that the ferry needs money.\n\nOne voter, wearing a Lowell T-Shirt, said she likes him.\n\nLowell said he has held no fundraising dinners. “I owe no one,” he said.",
			1, 0, "Lowell"},
		{"a country's dotted abbreviation before a title is no part of the name",
			"“It is over,” U.S. Sen. Tom Reed said.",
			1, 0, "Tom Reed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := parseQuotes(t, tt.text)
			require.Len(t, qs, tt.n)
			assert.Equal(t, tt.speaker, qs[tt.k].Speaker)
		})
	}
}

// TestPossessiveNamesNoPerson: a possessor's thing ("Haddad’s Miami
// rally") does not become a person whose name the possessor's mentions
// take on, and an employer's possessive before a name keeps the name.
func TestPossessiveNamesNoPerson(t *testing.T) {
	qs := parseQuotes(t, "Haddad spoke first on Monday.\n\nPark campaigned in Haddad’s Miami backyard on Wednesday as she looked to make inroads.\n\nHaddad spoke again. “We will win,” Haddad said.")
	require.Len(t, qs, 1)
	assert.Equal(t, "Haddad", qs[0].Speaker)
	assert.Equal(t, "Haddad", possessiveSplit("Haddad’s Miami"))
	assert.Equal(t, "Donald Trump", possessiveSplit("Donald Trump’s Middle Eastern"))
	assert.Equal(t, "Dante Chinni", possessiveSplit("NBC’s Dante Chinni"))
	assert.Equal(t, "Lena Park", possessiveSplit("Lena Park"))
}

// TestSignedLinesOfOneParagraph: quotations signed with a dash, one a line,
// in a paragraph whose lines are wrapped: each name signs its own line.
func TestSignedLinesOfOneParagraph(t *testing.T) {
	qs := parseQuotes(t, "The readers wrote in.\n\n“We will win.” ― Lena Park\n“We will not.” ― Omar Haddad\n“Maybe.” ― Ann Lowell")
	require.Len(t, qs, 3)
	for k, want := range []string{"Lena Park", "Omar Haddad", "Ann Lowell"} {
		assert.Equal(t, want, qs[k].Speaker, qs[k].Text)
	}
}

// TestThatBeforeDescriptionOpensClause: "adding that the person who …"
// opens a clause; "that the person" is no description of someone brought
// in unnamed before.
func TestThatBeforeDescriptionOpensClause(t *testing.T) {
	text := "Earlier, a longtime aide to the mayor spoke to reporters.\n\nCampaign Director Dana Kemp called the idea a “ridiculous notion,” adding that the person who “needs to explain is the mayor.”"
	qs := parseQuotes(t, text)
	require.NotEmpty(t, qs)
	assert.NotEqual(t, "a longtime aide", qs[0].Speaker)
}

// TestNameParticles: a lower-case particle inside a name, or an Arabic
// article joined to the surname, keeps the name whole in the article's
// people, on sentences written for the test.
func TestNameParticles(t *testing.T) {
	tests := []struct{ text, want, not string }{
		{"Mayor Ann de Vries toured the site on Monday. “We will rebuild,” De Vries said.", "Ann de Vries", "Ann"},
		{"Judge Tom van der Berg spoke first. “It is sound,” Van der Berg said.", "Tom van der Berg", "Tom"},
		{"“Talks will go on,” said Omar al-Haddad, the envoy.", "Omar al-Haddad", "Omar"},
		{"Dan Kemp said that de facto rules apply. “We follow them,” he said.", "Dan Kemp", "Dan Kemp de"},
	}
	for _, tt := range tests {
		d, err := NewDoc("a.txt", []byte(tt.text))
		require.NoError(t, err)
		var names []string
		for _, p := range ParseArticle(d).People {
			names = append(names, p.Name)
		}
		assert.Contains(t, names, tt.want, tt.text)
		assert.NotContains(t, names, tt.not, tt.text)
	}
}

// TestMojibakeNames: a name in text decoded in the wrong encoding, once or
// twice over, is reported in the letters meant and is one person with the
// name written right, on names made up for the test.
func TestMojibakeNames(t *testing.T) {
	assert.True(t, SameName("TomÃ¡s Ruiz", "Tomás Ruiz"))
	assert.True(t, SameName("Ruiz", "TomA\u0303\u0083A\u0302\u00a1s Ruiz"))
	assert.Equal(t, "José", repairMojibake("José")) // Latin-1 that is no UTF-8 stays
	for _, text := range []string{
		"“We will stay,” said TomÃ¡s Ruiz.",
		"“We will stay,” said TomA\u0303\u0083A\u0302\u00a1s Ruiz, the mayor.",
	} {
		qs := parseQuotes(t, text)
		require.NotEmpty(t, qs)
		assert.Equal(t, "Tomás Ruiz", qs[len(qs)-1].Speaker, text)
	}
}

// TestApostropheAfterS: a bare apostrophe after a final s is a possessive
// before the word it possesses, but not when it closes a curly single
// quotation opened before it.
func TestApostropheAfterS(t *testing.T) {
	assert.Equal(t, "’", apostropheAfterS("Reeves", "’", " spokesman said", "Tom Reed spoke. "))
	assert.Equal(t, "", apostropheAfterS("outsiders", "’", " and left", "Lowell called them ‘the "))
	assert.Equal(t, "’", apostropheAfterS("Reeves", "’", " aide said", "they called it ‘odd’ and "), "a quotation closed before")
	assert.Equal(t, "", apostropheAfterS("Reeves", "’", ", and", ""), "before a comma")
}

// TestUnnamedSubjectOfGender: a person brought in unnamed by an indefinite
// description heading a sentence, whose noun tells a gender, is whom a
// later pronoun of that gender means, before a named person of that gender
// spoken of earlier.
func TestUnnamedSubjectOfGender(t *testing.T) {
	qs := parseQuotes(t, "Ann Lowell spoke first.\n\nA 40-year-old Salem woman, meanwhile, was fined in May after she posted a photo of the pier. “Shame on the council!” she wrote.")
	require.NotEmpty(t, qs)
	assert.Equal(t, "A 40-year-old Salem woman", qs[len(qs)-1].Speaker)
}

// parseQuotes parses text as an article and gives its quotations.
func parseQuotes(t *testing.T, text string) []Quote {
	t.Helper()
	d, err := NewDoc("a.txt", []byte(text))
	require.NoError(t, err)
	return ParseArticle(d).Quotes
}

// TestPairSpeaks: two people joined by "and" as a quotation's subject
// speak it together, not the first or the last alone (SameName would take
// either one for the pair, so the speaker is compared whole).
func TestPairSpeaks(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"both after a quotation, before its verb, is the pair named before",
			"Tom Reed and Ann Lowell debated at the pier on Monday.\n\n“We need a new ferry,” both said.", "Tom Reed and Ann Lowell"},
		{"both before a plural of bodies is not the pair of people named before",
			"Tom Reed and Ann Lowell debated at the pier on Monday.\n\nBoth parties said the harbor needs “a new ferry.”", ""},
		{"both before a plural of sides is not the pair of people named before",
			"Tom Reed and Ann Lowell debated at the pier on Monday.\n\nBoth sides said the harbor needs “a new ferry.”", ""},
		{"the two and a plural of sides is not the pair of people named before",
			"Tom Reed and Ann Lowell debated at the pier on Monday.\n\nThe two sides said the harbor needs “a new ferry.”", ""},
		{"both and a plural person noun opening a sentence is the pair named before",
			"Tom Reed and Ann Lowell debated at the pier on Monday.\n\nBoth candidates said the harbor needs “a new ferry.”", "Tom Reed and Ann Lowell"},
		{"two people joined by and before their verb speak a partial quote together, not the first alone",
			"Dan Kemp spoke first.\n\nTom Reed and Ann Lowell issued a statement calling the vote a “fair result.”", "Tom Reed and Ann Lowell"},
		{"two people joined by and after lower-case words of their trade and before their employer speak the quote before them",
			"Dan Kemp spoke first.\n\n“The harbor will close,” dock engineers Tom Reed and Ann Lowell of the Salem Institute for Ports and Docks wrote in May.", "Tom Reed and Ann Lowell"},
		{"two titled people joined by and, then an apposition, speak the quote before them",
			"Dan Kemp spoke first.\n\n“We hope the ferry runs,” county clerk Tom Reed and Mayor Ann Lowell, both Democrats, said in a letter.", "Tom Reed and Ann Lowell"},
		{"two people joined by and, then a relative clause set off by commas before their verb, are the they who speak",
			"Tom Reed spoke first. Ann Lowell and Dan Kemp, who run the port, said the fees would rise. “We have no choice,” they said.", "Ann Lowell and Dan Kemp"},
		{"two people joined by and, then an apposition before their verb, are the two who speak",
			"Tom Reed spoke first. Ann Lowell and Dan Kemp, the port owners, said the fees would rise. “We have no choice,” the two said.", "Ann Lowell and Dan Kemp"},
		{"an inverted cue's name before and and another clause speaks alone",
			"Dan Kemp spoke first.\n\n“We will win,” said Tom Reed and Ann Lowell nodded.", "Tom Reed"},
	})
}

// TestThePartySpeaksAsThey: a party's plural after "the", subject of the
// sentence before, names its group by its own words, so it is whom "they"
// means.
func TestThePartySpeaksAsThey(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the party's members who said something are the they who say the quotation",
			"Tom Reed spoke first. The Democrats said the bill was unfair. “It hurts families,” they said.", "The Democrats"},
	})
}

// TestBodyBeforeItsPeople: a body's name before a noun of its people
// ("City officials") is no body "they" or "it" means: the people are the
// subject.
func TestBodyBeforeItsPeople(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the officials of a body named before them are the they who say the quotation",
			"Tom Reed spoke first. City officials said the bridge would reopen. “It is safe,” they said.", "City officials"},
		{"the workers of a body of several words are the they who say the quotation",
			"Tom Reed spoke first. Harbor Ferry Company officials said the ferry would run. “It is safe,” they said.", "Harbor Ferry Company officials"},
	})
}

// TestSurnameOfObjectTellsGender: a surname alone as the subject of a
// verb of speech, whose full name the article gave only as an object, is
// of the gender its given name tells, so a pronoun of the other gender
// does not take it for another of the family.
func TestSurnameOfObjectTellsGender(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"she after a man's surname whose full name was an object is the woman before him",
			"Ann Lowell spoke after Tom Reed. Reed had praised Lowell for her work on the docks.\n\n“I am grateful,” she said.", "Ann Lowell"},
	})
}

// TestSoWasName: "So was Ann Lowell" and "Also there was Ann Lowell" make
// the name after the verb the sentence's subject, whom a later pronoun
// means.
func TestSoWasName(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"so and a copula before a name make it the subject a later she means",
			"Rosa Diaz was at the hearing. So was Ann Lowell, who spoke for an hour. “We need a new bridge,” she said.", "Ann Lowell"},
		{"also before there was brings in the name after it",
			"Rosa Diaz was at the hearing. Also there was Ann Lowell. “We need a new bridge,” she said.", "Ann Lowell"},
	})
}

// TestSurnameBeforeAppositionIsSubject: a surname alone opening a
// sentence before an apposition that runs to its verb, whose full name the
// article gave only as an object, is the subject a later pronoun means.
func TestSurnameBeforeAppositionIsSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a surname before an age and a verb is the subject he means",
			"Dan Kemp named Tom Reed as his deputy on Monday. Reed, 45, is a former pilot. “I know these waters,” he said.", "Reed"},
		{"a surname before a description and a verb is the subject he means",
			"Dan Kemp named Tom Reed as his deputy on Monday. Reed, a former pilot, starts on Friday. “I know these waters,” he said.", "Reed"},
	})
}

// TestUnnamedSpeakerIsPronounSubject: one brought in unnamed by an
// indefinite description heading a sentence, who speaks, is the subject a
// later pronoun means, not the person named before.
func TestUnnamedSpeakerIsPronounSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"he after an unnamed worker who spoke is the worker, not the man named before",
			"Dan Kemp runs the port. A longtime dock worker said he was worried. “I could lose my job,” he said.", "A longtime dock worker"},
		{"she after an unnamed woman who spoke is the woman",
			"Ann Lowell runs the port.\n\nA woman in the crowd said she was worried.\n\n“I could lose my job,” she said.", "A woman"},
		{"he after an aide a possessive heads who spoke is the aide, not the man it belongs to",
			"Dan Kemp did not attend. His spokesman said he was ill. “He will be back next week,” he said.", "His spokesman"},
		{"not a plural a possessive heads: the he is the man before",
			"Tom Reed runs the port. His critics said he was too slow. “I am careful,” he said.", "Tom Reed"},
		{"not a plural an indefinite article heads",
			"Tom Reed runs the port. A few critics said he was too slow. “I am careful,” he said.", "Tom Reed"},
	})
}

// TestCollectiveGroup: a collective noun of people with no plural's s
// ("Police", "family") heading a sentence, and a definite phrase a name
// is in, are the group a later "they" means.
func TestCollectiveGroup(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"police with no plural's s who said something are the they who say the quotation",
			"Tom Reed spoke first. Police said the man was armed. “He fired twice,” they said.", "Police"},
		{"a family a name heads after the is the they who say the quotation",
			"Tom Reed spoke first. The Kemp family said the verdict was fair. “We are relieved,” they said.", "The Kemp family"},
	})
}

// TestGroupWithPhraseOfPlace: a plural of people heading a sentence,
// with a phrase of place or kind after its head ("Residents of Salem"),
// is the group a later "they" means.
func TestGroupWithPhraseOfPlace(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"residents of a place who said something are the they who say the quotation",
			"Tom Reed spoke first. Residents of Salem said the water was brown. “We cannot drink it,” they said.", "Residents of Salem"},
		{"members of a body who said something are the they who say the quotation",
			"Tom Reed spoke first. Members of the board said the plan was rushed. “We need more time,” they said.", "Members of the board"},
		{"a phrase that closes on a clause makes no group",
			"Tom Reed spoke first. Residents of Salem who lost power said the storm was bad. “We cannot drink it,” they said.", ""},
		{"a past right after the preposition is an adjective of its object, no verb",
			"Tom Reed spoke first. Parents of disabled children said the cuts were cruel. “We were never asked,” they said.", "Parents of disabled children"},
	})
}

// TestReportedPronounTellsGender: the subject pronoun of a clause a bare
// name's past verb of speech reports tells that person's gender, when
// nothing else does.
func TestReportedPronounTellsGender(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"she after a woman and a man told by the pronouns of what they said is the woman",
			"Lowell said she was pleased. Reed said he was less sure. “We are far apart,” she said.", "Lowell"},
		{"not when a woman named before may be the she the man reports on",
			"Ann Lowell missed the vote on Monday. Kemp said she was ill. Kemp was not convinced. “We need her here,” he said.", "Kemp"},
	})
}

// speakerCase is a text and the speaker its last quotation must have,
// spelled exactly so.
type speakerCase struct{ name, text, speaker string }

// checkSpeakers runs each case as a subtest: the last quotation's speaker
// is compared whole, not by SameName.
func checkSpeakers(t *testing.T, tests []speakerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := parseQuotes(t, tt.text)
			require.NotEmpty(t, qs)
			assert.Equal(t, tt.speaker, qs[len(qs)-1].Speaker)
		})
	}
}

// TestExistentialSentenceAbout: a sentence whose main clause is
// existential ("there is", "there are") has no person as its subject; the
// person it is about acts in it, and a later pronoun means them, not the
// subject of a sentence before. Neither a possessor nor a person beside
// another subject is taken.
func TestExistentialSentenceAbout(t *testing.T) {
	kemp := "Dan Kemp, a biologist, said the camp was a mistake. “It is a disgrace,” Kemp said.\n\n"
	checkSpeakers(t, []speakerCase{
		{"the subject of a clause after the noun",
			kemp + "In his own videos, there are times when Tom Reed plays the eager officer for the camp. “They want me!” he says from behind the camera.",
			"Tom Reed"},
		{"a subject set off by an aside in a clause after the noun",
			"Ms. Lowell noted that naming a judge is part of any legacy. “It lasts,” Ms. Lowell said.\n\n" +
				"Should they rebuff any nominee, there is also the possibility that Mrs. Kemp, if elected, might nominate Mr. Reed himself. “What a great idea,” she said in Salem.",
			"Kemp"},
		{"a name after the verb past a phrase of place",
			"Tom Reed, 52, has worked at the store for 27 years.\n\n" + kemp +
				"The workers roared. Yet there in the back was Reed, the grocer. He was not feeling it.\n\n“This is like a contest,” he said.",
			"Tom Reed"},
		{"the person of an opening with-phrase",
			kemp + "With Tom Reed, there is not much chance of that. Just ask him. “You think I am going to change?” he said.",
			"Tom Reed"},
		{"no possessor",
			kemp + "There is no doubt that Tom Reed’s plan failed. “It was a mistake,” he said.",
			"Dan Kemp"},
		{"no with-phrase before a subject",
			kemp + "With Tom Reed at his side, Omar Haddad spoke. “We will win,” he said.",
			"Omar Haddad"},
		{"no first name of a pair after the verb",
			kemp + "There were Tom Reed and Omar Haddad, both in tears. “We lost,” he said.",
			"Dan Kemp"},
		{"no first name of a list in a clause after the noun",
			kemp + "There was a time when Tom Reed, Ann Lowell and Omar Haddad met often. “We lost,” he said.",
			"Dan Kemp"},
	})
}

// TestEvenBeforeSubject: "even" before a sentence's subject, after a
// conjunction or opening the sentence, does not make the words up to a
// later comma an introductory phrase: the name after it is the subject a
// later pronoun means.
func TestEvenBeforeSubject(t *testing.T) {
	lead := "Tom Reed spoke first. “We are ready,” Reed said.\n\n"
	end := "\n\n“It is not my job,” he said."
	checkSpeakers(t, []speakerCase{
		{"after a conjunction", lead + "And even Dan Kemp tried to help them off the hook, noting that he would demur too." + end, "Dan Kemp"},
		{"opening the sentence", lead + "Even Dan Kemp tried to help them, noting that he would demur too." + end, "Dan Kemp"},
		{"an introductory phrase still is one", lead + "Even after the vote in Salem, Dan Kemp tried to help them." + end, "Dan Kemp"},
	})
}

// TestImperativeTopic: the person an imperative of looking holds up ("Just
// look at …", "Now consider …") is whom a later pronoun means, not the
// subject of a sentence before; a possessor's thing or no person is not
// taken.
func TestImperativeTopic(t *testing.T) {
	lead := "Tom Reed spoke first. “We are ready,” Reed said.\n\nThat is more than you can say for others. "
	checkSpeakers(t, []speakerCase{
		{"look at a titled name, a sentence with the look of a heading",
			lead + "Just look at House Speaker Dan Kemp. He has said he gets his ideas from a novel. In 2010, he warned the board, because he thought it “risks inflation.”",
			"House Speaker Dan Kemp"},
		{"look at a name before an apposition",
			lead + "Just look at Dan Kemp, the mayor of the city. “We lost,” he said.",
			"Dan Kemp"},
		{"consider a name",
			lead + "Now consider Dan Kemp. “We lost,” he said.",
			"Dan Kemp"},
		{"no possessor", lead + "Just look at Dan Kemp’s record. “We lost,” he said.", "Tom Reed"},
		{"no first name of a list", lead + "Look at Dan Kemp, Omar Haddad and Ann Lowell. “We lost,” he said.", "Tom Reed"},
		{"an apposition of capitals is no list",
			lead + "Just look at Dan Kemp, Harbor City Council President. “We lost,” he said.",
			"Dan Kemp"},
		{"no person", lead + "Look at the numbers. “We lost,” he said.", "Tom Reed"},
	})
}

// TestQuestionTopic: the person a question is about, named as its label
// before a colon ("And oh yes, Ann Lowell: what are her
// qualifications?"), is whom a later pronoun means, not the subject of a
// sentence before, nor another of that subject's family; a name after a
// verb is no label, nor is an interviewer's name before a question put
// to "you" or with no pronoun that may mean them.
func TestQuestionTopic(t *testing.T) {
	lead := "Tom Reed spoke first. “We are ready,” Reed said.\n\nThat is more than you can say for others. "
	checkSpeakers(t, []speakerCase{
		{"a label after a few words and a comma",
			lead + "And oh yes, Ann Lowell: What, exactly, are her qualifications? Losing a race by ten points? She had a great line a while back when she said, “Flying is not an accomplishment.”",
			"Ann Lowell"},
		{"a label opening the sentence", lead + "Dan Kemp: is he ready? “We lost,” he said.", "Dan Kemp"},
		{"a name after a verb", lead + "Reed told Dan Kemp: what now? “We lost,” he said.", "Tom Reed"},
		{"an interviewer's label before a question to you",
			"Mayor Tom Reed sat down with the Salem Gazette on Friday.\n\nDan Kemp: What will you do about the pier?\n\n“We will rebuild it next year,” he said.",
			"Tom Reed"},
		{"an interviewer's label before a question of no one",
			"Mayor Tom Reed sat down with the Salem Gazette on Friday. He spoke for an hour.\n\nDan Kemp: Why did the pier close?\n\n“The storm took it,” he said.",
			"Tom Reed"},
		{"an interviewer's label before a question of another",
			"Mayor Tom Reed sat down with the Salem Gazette on Friday. He spoke for an hour.\n\nDan Kemp: Why did she resign?\n\n“She was tired,” he said.",
			"Tom Reed"},
	})
}

// TestBodyNounsMeanNamedBody: "the authority", "the ministry", "the
// museum", "the airline" and the other nouns of a kind of body mean the
// body the article named with that noun, not the last person spoken of.
func TestBodyNounsMeanNamedBody(t *testing.T) {
	lead := func(body, noun string) string {
		return "Tom Reed met officials of the " + body + " last week. Reed left early. “We will meet again,” the " + noun + " said."
	}
	checkSpeakers(t, []speakerCase{
		{"authority", lead("Salem Port Authority", "authority"), "Salem Port Authority"},
		{"ministry", lead("Ministry of Ports", "ministry"), "Ministry of Ports"},
		{"museum", lead("Harbor City Museum", "museum"), "Harbor City Museum"},
		{"a plural name", lead("Salem Harbor Airlines", "airline"), "Salem Harbor Airlines"},
	})
}

// TestBodySubjectOfOtherKind: a description of a body whose name was not
// given means the body the last sentence had as its subject only when that
// body's name ends in no noun of another kind of body: "the board" is not
// the Salem Teachers Union, while "the agency" may be a department and
// "the company" a name that tells no kind.
func TestBodySubjectOfOtherKind(t *testing.T) {
	lead := func(body, desc string) string {
		return "The " + body + " said Monday it would appeal.\n\n" + desc + " called the ruling “a mistake.”"
	}
	checkSpeakers(t, []speakerCase{
		{"a board is no union", lead("Salem Teachers Union", "The school board"), ""},
		{"a board is no association", lead("Harbor Nurses Association", "The board"), ""},
		{"a company is no department", lead("Salem Police Department", "The company"), ""},
		{"an agency may be a department", lead("Salem Police Department", "The agency"), "The Salem Police Department"},
		{"a group may be a union", lead("Salem Teachers Union", "The group"), "The Salem Teachers Union"},
		{"a company may be a bank", lead("Harbor Savings Bank", "The company"), "Harbor Savings Bank"},
		{"a name of no kind", lead("Harbor Shipping", "The company"), "Harbor Shipping"},
	})
}

// TestBodyOfOtherKindNoPerson: a description of a body that the body the
// sentence before was about turns down (bodyHeadFits) is a body the
// article does not name, not the person spoken of before that body; and
// a name ending in a noun that ends bodies of every kind ("Group",
// "Network", "Center"), or in one of the description's family ("Credit
// Union" for "the bank"), is still that body.
func TestBodyOfOtherKindNoPerson(t *testing.T) {
	lead := func(body, desc string) string {
		return "Mayor Tom Reed spoke in Salem on Friday.\n\n" + body + " said Monday it would cut 200 jobs. " + desc + " called the cuts “painful.”"
	}
	checkSpeakers(t, []speakerCase{
		{"a board is no union, nor the mayor", lead("The Salem Teachers Union", "The school board"), ""},
		{"a hospital is no college, nor the mayor", lead("Harbor City College", "The hospital"), ""},
		{"a company that ends in Group", lead("Harbor Shipping Group", "The company"), "Harbor Shipping Group"},
		{"a company that ends in Network", lead("Salem Media Network", "The company"), "Salem Media Network"},
		{"a hospital that ends in Center", lead("Harbor Medical Center", "The hospital"), "Harbor Medical Center"},
		{"a bank that is a credit union", lead("Harbor Federal Credit Union", "The bank"), "Harbor Federal Credit Union"},
		{"a union is no company", lead("The Salem Teachers Union", "The company"), ""},
		{"a district that is a board", lead("The Salem School Board", "The district"), "Salem School Board"},
	})
}

// TestTradeInApposition: a description set off after a person's name that
// no noun of personNouns heads ("a billionaire developer", "a Salem
// dentist") gives the person titles all the same, so that "the developer"
// or "the dentist" later is that person, not the last one spoken of, also
// where the article took only the surname for a person ("“…,” Lowell
// said"); a description of another noun still is not them.
func TestTradeInApposition(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a trade after a speaker's name",
			"Tom Reed, a billionaire developer from Harbor City, said Tuesday that the tax was unfair. Sen. Dan Kemp of Salem disagreed.\n\n“Nobody likes him,” the developer said.", "Tom Reed"},
		{"a trade after a subject's name, its modifier",
			"Tom Reed, a billionaire developer, spoke on Tuesday. Sen. Dan Kemp of Salem left early.\n\n“Nobody likes him,” the billionaire said.", "Tom Reed"},
		{"a trade after a name the article takes for a person's later",
			"Ann Lowell, a Salem dentist, told the council on Monday that the water was unsafe. Councilwoman Lena Ortiz disagreed.\n\n“I see what it does to teeth,” the dentist said.", "Ann Lowell"},
		{"a trade after a full name, the person read by the surname after it",
			"Ann Lowell, a Salem dentist, told the council on Monday that the water was unsafe. “It is poison,” Lowell said. Councilwoman Lena Ortiz disagreed.\n\n“I see what it does to teeth,” the dentist said.", "Ann Lowell"},
		{"another noun is not the trade",
			"Tom Reed, a Salem developer, spoke on Tuesday. Dan Kemp left early.\n\n“Nobody likes him,” the owner said.", "Dan Kemp"},
	})
}

// TestDocumentNounDocument: "the document" is a document, as "the report"
// is: with no issuer named, no person spoken of before it.
func TestDocumentNounDocument(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"an unnamed employee's document",
			"Tom Reed spoke on Monday. One worker provided a document to the council. “Night shifts are optional,” the document states.", ""},
		{"a document a body released",
			"Tom Reed spoke on Monday. The Harbor Port Authority released a document on Friday. “Night shifts are optional,” the document states.", "a document"},
	})
}

// TestPaperMeansNewspaper: "the paper", a noun of a document and of a
// body, is the newspaper the article named when it brought in no paper as
// a document; a paper brought in as one stays the document.
func TestPaperMeansNewspaper(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the newspaper",
			"The Salem Gazette endorsed Ann Lowell on Sunday. Tom Reed called it a mistake. “She is the better choice,” the paper said.", "The Salem Gazette"},
		{"a research paper",
			"Researchers at Harbor University published a paper on Monday. Tom Reed told the Salem Gazette it was wrong. “The tax failed,” the paper said.", "a paper"},
	})
}

// TestAideOfTheirOwner: a description of an aide that names whose aide
// ("Reed’s spokesman", "a spokesman for Reed", or "his spokesman" with
// "his" meaning Reed) is the aide the article gave that owner, not
// another's aide of the same role spoken of since.
func TestAideOfTheirOwner(t *testing.T) {
	const two = "Tom Reed and Ann Lowell are running for mayor. Omar Haddad, Reed’s spokesman, denied the report. Dan Kemp, Lowell’s spokesman, confirmed it. "
	checkSpeakers(t, []speakerCase{
		{"Reed's spokesman", two + "“The report is false,” Reed’s spokesman said.", "Omar Haddad"},
		{"his spokesman", two + "“The report is false,” his spokesman said.", "Omar Haddad"},
		{"her spokesman", two + "“The report is true,” her spokesman said.", "Dan Kemp"},
		{"a spokesman for",
			"Omar Haddad, a spokesman for Reed, denied the report. Dan Kemp, a spokesman for Lowell, confirmed it. “The report is false,” Reed’s spokesman said.",
			"Omar Haddad"},
	})
	// a role "his" or "her" opens is of a man or of a woman: "his lawyer"
	// is not the one named since as "her lawyer"
	const trial = "Tom Reed faces trial for assaulting Ann Lowell. Rosa Diaz, his lawyer, filed a motion on Monday. Dan Kemp, her lawyer, opposed it. "
	checkSpeakers(t, []speakerCase{
		{"his lawyer", trial + "“The charges are baseless,” his lawyer said.", "Rosa Diaz"},
		{"her lawyer", trial + "“The charges are sound,” her lawyer said.", "Dan Kemp"},
		// "her" opening no role notes no owner
		{"her voice", "Tom Reed and Ann Lowell were charged on Monday. Rosa Diaz, a lawyer, spoke for Reed. Diaz, her voice shaking, said the case was weak. Dan Kemp, her lawyer, said Lowell would plead. “We will appeal,” his lawyer said.", "Rosa Diaz"},
	})
}

// TestPartyMeansNamedParty: "the party" and "the state party" are the
// party the article named, not the last person spoken of.
func TestPartyMeansNamedParty(t *testing.T) {
	const endorsed = "The Harbor Democratic Party endorsed Ann Lowell. Tom Reed was not surprised. "
	checkSpeakers(t, []speakerCase{
		{"the party", endorsed + "“She is our choice,” the party said.", "The Harbor Democratic Party"},
		{"the state party", endorsed + "“She is our choice,” the state party said.", "The Harbor Democratic Party"},
	})
}

// TestBodyDescriptionFarBack: a description of a body with words of its
// own ("the budget office") finds the name that holds them all further
// back than a bare noun ("the office") looks.
func TestBodyDescriptionFarBack(t *testing.T) {
	filler := strings.Repeat("Tom Reed spoke about the harbor and its ferries for a long while on Monday. ", 25)
	text := "The Harbor Budget Office studied the plan.\n\n" + filler + "\n\nAccording to the budget office, the plan “costs more than it saves.”"
	checkSpeakers(t, []speakerCase{
		{"the budget office", text, "The Harbor Budget Office"},
	})
}

// TestAideNamedAfterServed: a description of an aide ("his lawyer") is
// the person the lines after it bring in as that owner's aide, with the
// owner's possessive or as the one served ("Rosa Diaz, a lawyer for Reed,",
// "Rosa Diaz, who represents Reed,").
func TestAideNamedAfterServed(t *testing.T) {
	const said = "Tom Reed faces trial next month. “The charges are baseless,” his lawyer said. "
	checkSpeakers(t, []speakerCase{
		{"a lawyer for", said + "Rosa Diaz, a lawyer for Reed, filed a motion on Monday.", "Rosa Diaz"},
		{"who represents", said + "Rosa Diaz, who represents Reed, filed a motion on Monday.", "Rosa Diaz"},
		{"his, then a possessive", said + "Rosa Diaz, Reed’s lawyer, filed a motion on Monday.", "Rosa Diaz"},
	})
}

// TestRoleNamedAfter: a possessor's aide or relation no one named before
// fits is the newcomer the next lines give its role ("Dr. Ann Lowell", "a
// physician"), not one of another role, nor one named far on, nor one an
// apposition makes another's ("Reed’s physician" for "Kemp’s physician").
func TestRoleNamedAfter(t *testing.T) {
	const said = "Tom Reed spoke at the pier on Monday.\n\nAccording to his longtime personal physician, the mayor is in “excellent” health. "
	checkSpeakers(t, []speakerCase{
		{"a doctor's title in the next sentence", said + "The letter was signed by Dr. Ann Lowell, a physician in Salem.", "Ann Lowell"},
		{"another noun of the same role", said + "The letter was signed by Ann Lowell, a surgeon in Salem.", "Ann Lowell"},
		{"a newcomer of another role is not the physician", said + "The letter was signed by Ann Lowell, a nurse in Salem.", ""},
		{"not pages on", said + strings.Repeat("The pier will reopen in May. ", 20) + "Dr. Ann Lowell, a physician in Salem, agreed.", ""},
	})
	const kemps = "Tom Reed and Dan Kemp spoke at the pier on Monday.\n\nAccording to Kemp’s longtime physician, the governor is in “excellent” health. "
	checkSpeakers(t, []speakerCase{
		{"a named possessor's", kemps + "The letter was signed by Dr. Ann Lowell, a physician in Salem.", "Ann Lowell"},
		{"a newcomer an apposition makes another's aide is not the possessor's",
			kemps + "The letter was countersigned by Dr. Ann Lowell, Reed’s physician in Salem.", ""},
	})
}

// TestCleftSubject: the person a cleft puts first ("it was Ann Lowell who
// drew the crowds") is the sentence's subject in all but form, whom a later
// description or pronoun may mean, not a person spoken of before it; not
// when "who" is the object of another's verb ("it was Reed who Kemp
// blamed") or the name a possessor ("it was Lowell's plan that").
func TestCleftSubject(t *testing.T) {
	const lead = "Sen. Tom Reed and Gov. Dan Kemp spoke at the pier on Monday.\n\nAs usual, it was Ann Lowell who drew the crowds. "
	checkSpeakers(t, []speakerCase{
		{"a description of no one's title", lead + "Appearing on a Sunday show, the front-runner said Reed had “failed the city” as mayor.", "Ann Lowell"},
		{"a pronoun", lead + "Appearing on a Sunday show, she said Reed had “failed the city” as mayor.", "Ann Lowell"},
		{"a who that is the object: the one who acts in the clause",
			"Sen. Tom Reed and Gov. Dan Kemp spoke at the pier on Monday.\n\nAs usual, it was Tom Reed who Dan Kemp blamed. Appearing on a Sunday show, he said the port had “failed the city.”", "Dan Kemp"},
	})
	// a cleft whose "who" is an object, or whose name is a possessor,
	// puts no subject first
	for _, text := range []string{
		"Sen. Tom Reed and Gov. Dan Kemp spoke at the pier on Monday.\n\nAs usual, it was Ann Lowell who Kemp blamed. Appearing on a Sunday show, the front-runner said Reed had “failed the city” as mayor.",
		"Sen. Tom Reed and Gov. Dan Kemp spoke at the pier on Monday.\n\nAs usual, it was Ann Lowell's plan that drew the crowds. Appearing on a Sunday show, the front-runner said Reed had “failed the city” as mayor.",
	} {
		qs := parseQuotes(t, text)
		require.NotEmpty(t, qs)
		assert.NotEqual(t, "Ann Lowell", qs[len(qs)-1].Speaker, text)
	}
}

// TestSameRoleOtherNoun: a description may call the holder of a role by
// another noun of that role: a surgeon is "the doctor", an attorney "the
// lawyer".
func TestSameRoleOtherNoun(t *testing.T) {
	const surgeon = "Tom Reed, a surgeon at Harbor General Hospital, treated the victims. Ann Lowell visited. "
	checkSpeakers(t, []speakerCase{
		{"surgeon, then the doctor", surgeon + "“They will recover,” the doctor said.", "Tom Reed"},
		{"surgeon, then the physician", surgeon + "“They will recover,” the physician said.", "Tom Reed"},
		{"attorney, then the lawyer",
			"Tom Reed faces trial. Rosa Diaz, his attorney, filed a motion. Ann Lowell spoke. “The charges are baseless,” the lawyer said.", "Rosa Diaz"},
	})
}

// TestOfficeOfUntitledTopic: a bare office ("the senator") whose only
// titled holder was last spoken of paragraphs back means the person the
// paragraph is about when the article gave them no title: the writer
// names the office of the one at hand. Not when the titled holder is of
// this paragraph or the one before, also where a pronoun that means the
// holder stands for the name or the holder speaks on in a quotation of
// its own, nor when the person at hand holds another title or was just
// quoted by name, nor for a description that tells more than the office.
// A later pronoun means whom the office did. A paragraph is as paragraphs reads it: text wrapped at
// a fixed width runs one over several lines.
func TestOfficeOfUntitledTopic(t *testing.T) {
	const kemp = "Sen. Dan Kemp spoke at the pier on Monday. “We are worried,” Kemp said.\n\nThe pier reopened in May after a year of repairs.\n\n"
	checkSpeakers(t, []speakerCase{
		{"the subject of the sentence before",
			kemp + "Tom Reed stopped by his headquarters to give a pep talk. Walking in, the senator said his campaign was “closing really strong.”", "Tom Reed"},
		{"the subject of the same sentence",
			kemp + "Tom Reed defends his record in a new commercial: “I fought the plan,” the senator says to the camera.", "Tom Reed"},
		{"the titled holder in this paragraph too",
			"Ann Lowell spoke at the pier on Monday.\n\nSen. Dan Kemp stopped by. Ann Lowell greeted the crowd. Walking in, the senator said his campaign was “closing really strong.”", "Dan Kemp"},
		{"the titled holder in the paragraph before",
			"Sen. Dan Kemp spoke at the pier on Monday. “We are worried,” Kemp said.\n\nTom Reed stopped by his headquarters. Walking in, the senator said his campaign was “closing really strong.”", "Dan Kemp"},
		{"a person at hand of another title",
			kemp + "Tom Reed, a lobbyist, stopped by his headquarters. Walking in, the senator said his campaign was “closing really strong.”", "Dan Kemp"},
		{"the titled holder in the paragraph before as a pronoun",
			kemp + "He met Tom Reed, whose shop flooded.\n\nReed said the storm was the worst he had seen. “We will rebuild,” the senator said.", "Dan Kemp"},
		{"the titled holder speaking on in the paragraph before",
			"Sen. Dan Kemp spoke at the pier on Monday. “We are worried,” Kemp said.\n\n“The storm was the worst in years, and the pier is gone.”\n\nTom Reed lost his boat. “We will rebuild,” the senator said.", "Dan Kemp"},
		{"then the one a pronoun means",
			kemp + "Tom Reed stopped by his headquarters. “We built it,” the senator said. “We will win,” he said.", "Tom Reed"},
		{"a person at hand just quoted by name",
			kemp + "Ann Lowell lost her roof in the storm. “I cried,” Lowell said. “We will rebuild,” the senator said.", "Dan Kemp"},
		{"the subject of the same sentence, in wrapped text",
			"Sen. Dan Kemp spoke at the pier on Monday. “We are\nworried,” Kemp said.\n\nThe pier reopened in May after a year of\nrepairs.\n\nTom Reed defends his record in a new commercial\nthat aired on Monday: “I fought the plan,” the senator\nsays to the camera.", "Tom Reed"},
		{"the titled holder in this paragraph, in wrapped text",
			"Sen. Dan Kemp toured the harbor on Monday and met the\nowners of the shops that the storm had flooded in the\nnight. Ann Lowell lost her roof. “We will rebuild,” the senator said.\n\nThe pier reopened on Tuesday after the repairs were\ndone by the city.", "Dan Kemp"},
		{"a description that tells more than the office",
			"Sen. Dan Kemp of Ohio spoke at the pier on Monday. “We are worried,” Kemp said.\n\nThe pier reopened in May.\n\nTom Reed stopped by his headquarters. Walking in, the Ohio senator said his campaign was “closing really strong.”", "Dan Kemp"},
	})
}

// TestUnnamedUnderAnotherNoun: a definite description of a person in no
// office that fits no one's titles ("the woman", "the actor") means the
// person brought in unnamed under another noun as one who acts, when they
// came in after the latest subject was last spoken of, and a later
// pronoun of the gender the description tells means them too; a noun no
// list knows is a person's when "who" follows it ("a cashier who saw it").
// Not an unnamed person of the other gender, nor one brought in as an
// object, nor before a named person spoken of since, nor for an office.
func TestUnnamedUnderAnotherNoun(t *testing.T) {
	const lowell = "Ann Lowell, a pharmacist, spoke at the pier on Monday. “We are worried,” Lowell said.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a subject of a known person noun",
			lowell + "At a drugstore near the pier, a neighbor was shaken by the talk. “One guy came in and said it,” the woman said.", "a neighbor"},
		{"a noun of no list that a relative clause makes a person's",
			lowell + "At a drugstore near the pier, an elderly cashier who saw it was shaken. “One guy came in and said it,” the woman said.", "an elderly cashier"},
		{"then the one a pronoun of the description's gender means",
			lowell + "At a drugstore near the pier, an elderly cashier who saw it was shaken. “One guy came in and said it,” the woman said. “He was yelling,” she added.", "an elderly cashier"},
		{"the noun of an actor, another noun",
			"Tom Reed spoke at the pier on Monday. “We are worried,” Reed said.\n\nOne ad stars a Harbor City impersonator who promises that Reed will “keep the peace.” “It is a two-horse race,” the actor says of the race.", "a Harbor City impersonator"},
		{"the other gender",
			lowell + "At a drugstore near the pier, a father who saw it was shaken. “One guy came in and said it,” the woman said.", "Ann Lowell"},
		{"an object",
			lowell + "She told of a case of a neighbor at the pier. “One guy came in and said it,” the woman said.", "Ann Lowell"},
		{"a named person spoken of since",
			lowell + "A neighbor was shaken by the talk. Lowell was too. “One guy came in and said it,” the woman said.", "Ann Lowell"},
	})
}

// TestCopulaGivesRole: a description a copula gives a name ("Ann Lowell
// is the governor of the state") is that person's role, as an apposition
// is.
func TestCopulaGivesRole(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"is the governor of",
			"Ann Lowell is the governor of the state. Tom Reed criticized the plan. “The plan is sound,” the governor said.", "Ann Lowell"},
		{"is the state's governor",
			"Ann Lowell is the state’s governor. Tom Reed criticized the plan. “The plan is sound,” the governor said.", "Ann Lowell"},
	})
}

// TestBareRoleApposition: a role with no article set off after a name
// ("Dan Kemp, chief executive of Harbor Marine,", "Rosa Diaz, spokeswoman
// for the authority,") is the person's role, as one with an article is;
// words that are no role ("Reed, through a spokeswoman,") give none.
func TestBareRoleApposition(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"chief executive of",
			"Dan Kemp, chief executive of Harbor Marine, met Tom Reed on Monday. “We want a fair deal,” the company’s chief executive said.", "Dan Kemp"},
		{"spokeswoman for",
			"Rosa Diaz, spokeswoman for the Harbor Port Authority, met Tom Reed on Monday. “We want a fair deal,” the authority’s spokeswoman said.", "Rosa Diaz"},
		{"president of",
			"Ann Lowell, president of the Harbor Teachers Union, met Tom Reed on Monday. “We want a fair contract,” the union’s president said.", "Ann Lowell"},
		{"no role",
			"Tom Reed, through a spokeswoman, declined to comment. Ann Lowell spoke next. “She is wrong,” he said later.", "Tom Reed"},
	})
}

// TestBodyNameEndsBeforeDate: a body's name that a date follows ("the
// Salem Port Authority on Monday") ends before the date, so "the
// authority" later is the body.
func TestBodyNameEndsBeforeDate(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"on a day", "Tom Reed met officials of the Salem Port Authority on Monday. Reed left early. “We will meet again,” the authority said.", "Salem Port Authority"},
		{"on a date", "Tom Reed met officials of Salem Harbor Airlines on March 3. Reed left early. “We will meet again,” the airline said.", "Salem Harbor Airlines"},
		// a capital of no date after a preposition goes on with the name
		{"for Our", "Tom Reed met officials of the Salem Coalition for Our Schools. Reed left early. “We will meet again,” the coalition said.", "Salem Coalition for Our Schools"},
		{"for Every", "Tom Reed met officials of the Harbor City Alliance for Every Child. Reed left early. “We will meet again,” the alliance said.", "Harbor City Alliance for Every Child"},
	})
}

// TestOwnedBodyIsItsOwner: a campaign, an office or an administration a
// person's name owns ("Reed’s campaign", "the Reed campaign") speaks a
// quotation before its cue for that person, as it does in a cue before
// the quotation, not for the last person spoken of; a place's office is no
// person's.
func TestOwnedBodyIsItsOwner(t *testing.T) {
	lead := "Tom Reed is running for mayor. Ann Lowell spoke first. “She is out of touch,” "
	checkSpeakers(t, []speakerCase{
		{"the name before the noun", lead + "the Reed campaign said.", "Tom Reed"},
		{"an administration", lead + "the Reed administration said.", "Tom Reed"},
		{"a possessive", lead + "Reed’s office said in a statement.", "Tom Reed"},
		{"a place's office", lead + "the Salem office said.", ""},
	})
}

// TestBodyWithAsideSpeaks: a description of a body set off from its
// speech verb by an apposition or a relative clause ("The union, which
// represents 4,000 dockers, said") is the verb's subject, as it is right
// before the verb, not the last speaker carried on.
func TestBodyWithAsideSpeaks(t *testing.T) {
	lead := "The Salem Dockers Union met Tom Reed on Friday. “We will talk again,” Reed said. "
	checkSpeakers(t, []speakerCase{
		{"a relative clause", lead + "The union, which represents 4,000 dockers, said the cuts were “an insult to every family.”", "The Salem Dockers Union"},
		{"an apposition", lead + "The union, the largest on the waterfront, called the cuts “an insult to every family.”", "The Salem Dockers Union"},
		{"a colon", lead + "The union, which represents most dockers, said: “The cuts are an insult to every family.”", "The Salem Dockers Union"},
	})
}

// TestPluralBeforeVerbIsSubject: a plural noun that a determiner opens,
// right before a speech verb that closes the sentence, is the cue's
// subject, not a verb of its own ("the dockers say"), so the cue speaks the
// sentence's quotation, not the subject of the sentence nor the last
// speaker.
func TestPluralBeforeVerbIsSubject(t *testing.T) {
	for _, text := range []string{
		"Ann Lowell spoke on Monday. Reed’s remarks feed “a climate of fear” on the waterfront, the dockers say.",
		"Ann Lowell spoke on Monday. The plan would create “a two-tier port,” the dockers said.",
		"Ann Lowell spoke on Monday. “The plan is a disgrace,” the dockers said.",
	} {
		qs := parseQuotes(t, text)
		require.NotEmpty(t, qs, text)
		assert.Equal(t, "the dockers", qs[len(qs)-1].AttributedTo, text)
	}
}

// TestAgentPluralIsNoOnePerson: a plural of an agent noun the person
// nouns do not list ("dockers", "welders") that speaks is people, not the
// one person spoken of before: "“…,” the dockers said" is no one named.
func TestAgentPluralIsNoOnePerson(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"after a cue", "Ann Lowell spoke on Monday. “The plan is a disgrace,” the dockers said.", ""},
		{"a cue closing the sentence", "Ann Lowell spoke on Monday. The plan would create “a two-tier port,” the welders say.", ""},
		// a plural of documents in -ers or -ents is no people: the letters
		// are Reed's, the documents Lowell's, as "the letter" would be
		{"letters", "Tom Reed sent letters to supporters on Monday. “I will not back down,” the letters said.", "Tom Reed"},
		{"documents", "Ann Lowell filed documents with the court. “The defendant acted in bad faith,” the documents said.", "Ann Lowell"},
	})
}

// TestOwnedAccountSpeaks: a person's account or campaign that a possessive
// opens, before its speech verb, speaks for that person, not for the
// platform its name holds: "her Twitter account posted" is hers.
func TestOwnedAccountSpeaks(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"her account", "Ann Lowell spoke on Monday. The next day, her Twitter account posted: “Thank you, Salem!”", "Ann Lowell"},
		{"a name's account", "Ann Lowell spoke on Monday. The next day, Lowell’s Twitter account posted: “Thank you, Salem!”", "Ann Lowell"},
		// a name of several words that owns the account is read whole:
		// the person or the body it names, not "Lowell" nor
		// "Department’s Twitter account" and no one
		{"a full name's account", "Tom Reed spoke on Monday. Ann Lowell’s Twitter account posted: “Thank you, Salem!”", "Ann Lowell"},
		{"a body's account", "Tom Reed spoke on Monday. The Salem Police Department’s Twitter account posted: “Stay inside.”", "Salem Police Department"},
		{"a council's account", "Tom Reed spoke on Monday. The Harbor City Council’s account posted: “Meeting canceled.”", "Harbor City Council"},
	})
}

// TestSomeoneSpeaks: "someone" or "somebody", perhaps with where they
// were ("someone in the crowd"), before a speech verb or after an
// inverted one is a person left unnamed, not the last speaker carried on
// nor the main clause's subject.
func TestSomeoneSpeaks(t *testing.T) {
	lead := "Tom Reed spoke at the rally. "
	for _, tt := range []struct{ text, as string }{
		{lead + "“Lowell!” someone shouted.", "someone"},
		{lead + "Someone in the crowd shouted, “Lowell!”", "Someone in the crowd"},
		{lead + "“Lowell!” shouted somebody near the stage.", "somebody near the stage"},
		{lead + "When someone in the audience shouted, “Lowell,” Reed laughed.", "someone in the audience"},
	} {
		qs := parseQuotes(t, tt.text)
		require.NotEmpty(t, qs, tt.text)
		assert.Equal(t, "", qs[0].Speaker, tt.text)
		assert.Equal(t, tt.as, qs[0].AttributedTo, tt.text)
	}
	// "someone" heading the clause a speech verb reports is no inverted
	// subject: the quotation is the reporter's
	for _, text := range []string{
		"Ann Lowell said someone had to tell Reed that the plan was “dead on arrival.”",
		"Ann Lowell said somebody would have to pay for the “disastrous” plan.",
	} {
		qs := parseQuotes(t, text)
		require.NotEmpty(t, qs, text)
		assert.Equal(t, "Ann Lowell", qs[0].Speaker, text)
	}
}

// TestCompanyIsNamedCompany: "the company" or "the firm" means the
// company the article named: a name ending in a company's word ("Lines",
// "Co."), one set off with "a shipping company", or one that a company's
// officer or "companies such as" stands before; not the person who runs
// it, nor an agency's acronym.
func TestCompanyIsNamedCompany(t *testing.T) {
	cue := " “We will review the decision,” the company said."
	checkSpeakers(t, []speakerCase{
		{"a company's word", "Tom Reed is the chief executive of Salem Freight Lines." + cue, "Salem Freight Lines"},
		{"in apposition", "Tom Reed runs Harbor Freight, a shipping company." + cue, "Harbor Freight"},
		{"after its officer", "Tom Reed is the chief executive of Harbor Freight." + cue, "Harbor Freight"},
		{"such as", "The bill drew fire from employers such as Kemco, which opposed it." + cue, "Kemco"},
	})
	qs := parseQuotes(t, "Tom Reed spoke to the FBI on Monday. Reed left early."+cue)
	require.NotEmpty(t, qs)
	assert.NotEqual(t, "FBI", qs[0].Speaker, "an agency's acronym is no company")
	for _, tt := range []struct{ text, body string }{
		{"Ann Lowell, a senior officer of the Salem Police Department, spoke on Monday.", "Salem Police Department"},
		{"Ann Lowell, the chief executive of Harbor City University, spoke on Monday.", "Harbor City University"},
	} {
		qs := parseQuotes(t, tt.text+cue)
		require.NotEmpty(t, qs)
		assert.NotEqual(t, tt.body, qs[0].Speaker, "a body a name's word tells is no company")
	}
}

// TestNameBeforePersonNounDescribes: a name that modifies a person noun
// heading the sentence's subject right before its speech verb ("City
// officials said", "Reed aides said") is no speaker: the description is,
// as it is in a cue after the quotation.
func TestNameBeforePersonNounDescribes(t *testing.T) {
	lead := "Tom Reed is the mayor of Harbor City. "
	for _, tt := range []struct{ text, as string }{
		{lead + "City officials said the plan was “on track.”", "City officials"},
		{lead + "Reed aides said the plan was “on track.”", "Reed aides"},
		{lead + "But Reed supporters said: “The plan is on track.”", "Reed supporters"},
	} {
		qs := parseQuotes(t, tt.text)
		require.NotEmpty(t, qs, tt.text)
		assert.Equal(t, "", qs[0].Speaker, tt.text)
		assert.Equal(t, tt.as, qs[0].AttributedTo, tt.text)
	}
}

// TestDescriptionWithInSpeaks: a description of people whose phrase
// after it opens with "in" ("Officials in the mayor’s office") runs to the
// speech verb as one with "at" or "for" does, so its partial quote is no
// one else's.
func TestDescriptionWithInSpeaks(t *testing.T) {
	for _, text := range []string{
		"Tom Reed is the mayor of Harbor City. Officials in the mayor’s office said the plan was “on track.”",
		"Tom Reed is the mayor of Harbor City. Officials in Reed’s office said: “The plan is on track.”",
	} {
		qs := parseQuotes(t, text)
		require.NotEmpty(t, qs, text)
		assert.Equal(t, "Officials", qs[0].AttributedTo, text)
		assert.Equal(t, "", qs[0].Speaker, text)
	}
	checkSpeakers(t, []speakerCase{
		{"the other candidate in the race",
			"Tom Reed is the mayor. The other candidate in the race Ann Lowell said the plan was “a disaster.”", "Ann Lowell"},
		{"the only woman in the race",
			"Tom Reed is the mayor. The only woman in the race Ann Lowell said the plan was “a disaster.”", "Ann Lowell"},
	})
}

// TestItMeansIssuedDocument: "it" before a speech verb means the document
// a sentence just before said someone issued, when no body or document
// headed a sentence since, as "the letter" would: the document while its
// issuer has spoken no quotation named, else the issuer; a body that
// issued it and heads the sentence is still "it".
func TestItMeansIssuedDocument(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the document", "Ann Lowell is running. Tom Reed sent a letter to supporters. “I will not back down,” it read.", "a letter"},
		{"its issuer", "Ann Lowell is running. “We will win,” Tom Reed said. Reed sent a letter to supporters. “I will not back down,” it read.", "Tom Reed"},
		{"the body", "The Salem Port Authority issued a statement on Monday. “We had no choice,” it said.", "Salem Port Authority"},
		{"it spoke in a statement, no document",
			"Tom Reed filed a lawsuit against Salem Freight on Monday. “The claims are baseless,” it said in a statement.", ""},
		{"it spoke in a statement after a complaint",
			"Salem Freight cut 200 jobs on Monday. Tom Reed, a union leader, filed a complaint with the state. “We followed the law,” it said in a statement.", ""},
	})
}

// TestEditorialBoardIsPaper: "the editorial board" is a description
// headed by "board", not "the editorial" cut short, and a body's name with
// its possessive ending inside it is the body that speaks: "the Salem
// Gazette’s editorial board wrote" is the Gazette's, not the last person's.
func TestEditorialBoardIsPaper(t *testing.T) {
	lead := "Ann Lowell is running. "
	checkSpeakers(t, []speakerCase{
		{"the board before a partial quote", lead + "The Salem Gazette backed her. The editorial board wrote that Lowell was “out of touch.”", "The Salem Gazette"},
		{"the paper's board after the quote", lead + "“She is out of touch,” the Salem Gazette’s editorial board wrote.", "Salem Gazette"},
		{"the paper's board before a colon", lead + "The Salem Gazette’s editorial board wrote: “She is out of touch.”", "Salem Gazette"},
		{"a letter people received",
			"Salem Freight sent a letter to its workers on Friday. The letter union members received on Monday said the plan was “dead.”", "a letter"},
		{"a report people obtained",
			"The Salem Port Authority released a report on Friday. The report lawyers obtained on Monday said the expansion was “too costly.”", "a report"},
	})
}

// TestPossessiveDescription: a description a possessive determiner heads
// ("his longtime doctor") is a person phrase as one "the" heads is, so
// that "according to" before it credits the sentence's quotation to it,
// not to the sentence's subject.
func TestPossessiveDescription(t *testing.T) {
	qs := parseQuotes(t, "Tom Reed spoke on Friday.\n\nAccording to his longtime barber, the harbor master wanted “a shorter cut” before the regatta.")
	require.NotEmpty(t, qs)
	assert.Equal(t, "his longtime barber", qs[len(qs)-1].AttributedTo)
	// one after a preposition is its object, no subject: the possessor's
	// email notes it
	qs = parseQuotes(t, "Tom Reed spoke on Friday.\n\nReed’s fundraising email to his supporters notes that Salem Supervisor Ann Lowell, who is running for the state Senate, “is a fine lawyer who has fought for fair wages in her city.”")
	require.NotEmpty(t, qs)
	assert.Equal(t, "Reed’s fundraising email", qs[len(qs)-1].AttributedTo)
	// a clause after the noun is no part of the description
	qs = parseQuotes(t, "Tom Reed spoke on Friday.\n\nHis campaign protested that Lowell aides had “made a mess of the count in every ward.”")
	require.NotEmpty(t, qs)
	assert.NotContains(t, qs[len(qs)-1].AttributedTo, "that")
}

// A relative "who" that another's verb takes as its object is the one
// described: its antecedent does not speak the quotation in the clause.
func TestObjectRelativeNotSpeaker(t *testing.T) {
	for _, text := range []string{
		"Tom Reed spoke.\n\nReed met Ann Lowell, who Dan Kemp has long seen as “the worst choice for the harbor in years.”",
		"Tom Reed spoke.\n\nReed thanked Ann Lowell, who the crowd greeted with “loud and long cheers for the whole harbor.”",
	} {
		qs := parseQuotes(t, text)
		require.NotEmpty(t, qs)
		assert.False(t, SameName("Ann Lowell", qs[len(qs)-1].Speaker), "%q: speaker %q", text, qs[len(qs)-1].Speaker)
	}
}

// A description refers back to a person named before it, never to one the
// article names only further on.
func TestDescriptionRefersBack(t *testing.T) {
	qs := parseQuotes(t, "Tom Reed spoke on Monday.\n\nThe billionaire called the plan “a fraud.”\n\nLater, billionaire Ann Lowell spoke at the harbor.")
	require.NotEmpty(t, qs)
	assert.False(t, SameName("Ann Lowell", qs[0].Speaker), "speaker %q", qs[0].Speaker)
	assert.Equal(t, "The billionaire", qs[0].AttributedTo)
}

// TestPlaceAdjectiveIsNoName: a capitalised adjective of a place with a
// hyphen ("Salem-born") is no word of a name a pronoun means.
func TestPlaceAdjectiveIsNoName(t *testing.T) {
	d, err := NewDoc("a.txt", []byte("Ferry strike ends.\n\nAnn Lowell spoke.\n\nThe Salem-born, Harbor-made Mr. Reed sailed home first. On the pier he waved his cap and called his boat “Old Kemp” again."))
	require.NoError(t, err)
	qs := ParseArticle(d).Quotes
	require.NotEmpty(t, qs)
	for _, q := range qs {
		assert.NotContains(t, q.Speaker, "-made")
		assert.NotContains(t, q.Speaker, "-born")
	}
}

// TestSpeakerNameDropsRankTitles checks that a title of rank, law or faith
// before a given name and a surname is not reported as part of the name.
func TestSpeakerNameDropsRankTitles(t *testing.T) {
	for _, cue := range []string{
		"said the Rev. Ann Lowell.",
		"Attorney General Ann Lowell said.",
		"said Lt. Gov. Ann Lowell.",
		"said Capt. Ann Lowell. “We will close it,” Sgt. Lowell said.",
		"Sheriff Ann Lowell told reporters.",
	} {
		t.Run(cue, func(t *testing.T) {
			qs := parseQuotes(t, "Tom Reed opened the harbor meeting.\n\n“The pier is unsafe,” "+cue)
			require.NotEmpty(t, qs)
			assert.True(t, qs[len(qs)-1].Speaker == "Ann Lowell" || qs[len(qs)-1].Speaker == "Lowell", qs[len(qs)-1].Speaker)
		})
	}
}

// TestStripTitlesInside: the capitalised words before a title inside a
// name are no part of the person's name.
func TestStripTitlesInside(t *testing.T) {
	for in, want := range map[string]string{
		"Salem Democratic Rep Ann Lowell": "Ann Lowell",
		"Consider Sen Tom Reed":           "Tom Reed",
		"Harbor Gov. Dan Kemp":            "Dan Kemp",
		"Ravi Sen":                        "Ravi Sen",
		"Chen Sen Wei":                    "Chen Sen Wei",
		"Gen Tanaka":                      "Gen Tanaka",
	} {
		assert.Equal(t, want, stripTitles(in), in)
	}
}

// A body's or a place's name before an office and a given name and a
// surname is the holder's employer, not part of the name.
func TestEmployerBeforeOffice(t *testing.T) {
	for in, want := range map[string]string{
		"Democrat Ann Lowell":                   "Ann Lowell", // a party before a given name
		"Republican National Committee":         "Republican National Committee",
		"Harbor Police Chief Rosa Diaz":         "Rosa Diaz",
		"Salem Mayor Ann Lowell":                "Ann Lowell",
		"Dock Workers Union President Dan Kemp": "Dan Kemp",
		"Harbor Chief":                          "Harbor Chief", // no name after the office
		"Chief Justice Ann Lowell":              "Ann Lowell",
	} {
		assert.Equal(t, want, stripTitles(in), in)
	}
	qs := parseQuotes(t, "Harbor Police Chief Rosa Diaz said on Monday that the case was closed. “We are done with it,” she said.")
	require.NotEmpty(t, qs)
	assert.Equal(t, "Rosa Diaz", qs[len(qs)-1].Speaker)
}

func TestBarePeople(t *testing.T) {
	for text, want := range map[string]bool{
		"union officials":       true,
		"two senior aides":      true,
		"again officials":       false,
		"the officials":         false,
		"union":                 false,
		"officials who watched": false,
	} {
		assert.Equal(t, want, barePeopleText(strings.Fields(text)), text)
	}
}

// TestFullSpeakerNames: a person the rules know by a surname alone speaks
// under the one full name the article wrote for them, spelled out.
func TestFullSpeakerNames(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a full name in an apposition before a speech verb",
			"Harbor toll vote\n\nAnn Lowell, the council president, said the toll was fair. Tom Reed disagreed.\n\n“Everyone pays the same,” Lowell said.", "Ann Lowell"},
		{"a full name as a cue after a quotation",
			"Harbor toll vote\n\n“It is a tax on workers,” Tom Reed, the mayor, said. “Plain and simple.”\n\n“We will see,” Reed said.", "Tom Reed"},
		{"two full names for one surname: neither",
			"Harbor toll vote\n\nTom Reed thinks the toll is unfair. Ann Reed, who runs the ferry, disagrees.\n\n“We will see,” Reed said.", "Reed"},
		{"two people the appositions made for one surname: the one spoken of last",
			"Harbor toll vote\n\nTom Reed, the mayor, said the toll was unfair. Ann Reed, his sister, said it was fair.\n\n“We will see,” Reed said.", "Ann Reed"},
	})
}

// TestDescriptionAfterIntroduction: a description later in the article
// means the person an earlier sentence introduced with it.
func TestDescriptionAfterIntroduction(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a name in apposition after a dateline with its dash",
			"SALEM — Dan Kemp, a former governor, is running for the Senate. “I am the only one with experience,” the former governor said on Monday.", "Dan Kemp"},
		{"a name in apposition as an object",
			"The governor on Tuesday named Dan Kemp, a former prosecutor, to lead the inquiry. “We will follow the facts,” the former prosecutor said.", "Dan Kemp"},
		{"a name after a noun of a person in lower case, as an object",
			"The crowd cheered retired neurosurgeon Dan Kemp in Salem. Ann Lowell campaigned in Harbor City. “We will win,” the retired neurosurgeon said.", "Dan Kemp"},
		{"a name after a noun of a person in lower case, after a preposition",
			"Voters in Salem turned out for businessman Tom Reed on Monday. Ann Lowell campaigned in Harbor City. “We will win,” the businessman said.", "Tom Reed"},
		{"a known name set off after an opening phrase before a subject pronoun is no subject",
			"Tom Reed flies ferries.\n\nDan Kemp runs the port board.\n\nLike his rival, Tom Reed, a ferry pilot, he voted no.\n\n“I never liked the plan,” he said.", "Dan Kemp"},
		{"a given name set off after a kin noun a pronoun owns",
			"Ann Pelletier, 14, hoisted a sign. Her father, Brad, 39, worried about the news. “People are afraid,” he said.", "Brad"},
		{"a state after a name and of",
			"Sen. Tom Reed of Ohio and Sen. Dan Kemp of Oregon clashed. “This bill is a disgrace,” the Ohio senator said.", "Tom Reed"},
		{"a role modifier of the description rules out no one an apposition gives the office with its years",
			"Tom Reed, the governor from 2010 to 2018, backs the ferry tax. Ann Lowell opposes it. “The tax is fair,” the former governor said.", "Tom Reed"},
		{"a role modifier of the description rules out no one an apposition gives the office who has since retired",
			"Tom Reed, Ohio’s governor for eight years, retired in May. Ann Lowell replaced him. “The tax is fair,” the former governor said.", "Tom Reed"},
		{"a role modifier of the description rules out a holder of the office without it",
			"Gov. Ann Lowell signed the bill. Her predecessor, Tom Reed, had vetoed it twice. “It is a mistake,” the former governor said.", "Tom Reed"},
		{"a possessor's aide named in apposition has the aide's title",
			"Ann Lowell’s spokeswoman, Rosa Diaz, declined to comment. Lowell spoke later. “We are fine,” the spokeswoman said.", "Rosa Diaz"},
		{"a description that no title covers falls back to the latest person of the gender its noun tells",
			"Ann Lowell, who chairs the finance committee, opened the hearing. Tom Reed testified. “We need answers,” the chairwoman said.", "Ann Lowell"},
		{"a name in apposition in a list",
			"Dan Kemp, a former secretary of state, and Tom Reed, a real estate mogul, are running for governor. “I am the only one with experience,” the former secretary of state said on Monday.", "Dan Kemp"},
	})
}

// TestIrregularPastMakesProse: a sentence of names whose verb is an
// irregular past in lower case ("met", "beat") is prose, no heading, so
// its people are the ones a later pronoun or surname means.
func TestIrregularPastMakesProse(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a later he is the man the sentence of names met, not the woman who spoke before",
			"Sen. Lena Park met Gov. Tom Reed. Park said the talks went well. “We made progress,” she said. Reed was less sure. “There is work to do,” he said.", "Tom Reed"},
		{"a surname alone takes the full name the sentence of names gave",
			"Sen. Lena Park met Gov. Tom Reed on Monday. Park said the talks went well. “We made progress,” she said.", "Lena Park"},
	})
}

// TestWorkTitleAfterStar: a quotation in capitals after the star of a
// work or a "classic" names the work: a title, no one's words.
func TestWorkTitleAfterStar(t *testing.T) {
	for _, text := range []string{
		"Ann Lowell, star of “Harbor Nights,” is not sure she can vote for Tom Reed.",
		"Ann Lowell, who played in the holiday classic “Harbor Nights,” is not sure she can vote for Tom Reed.",
	} {
		qs := parseQuotes(t, text)
		require.NotEmpty(t, qs)
		assert.Equal(t, skipTitle, qs[0].Skip, text)
	}
}

// TestVPHeadsDescription: "VP" is a person noun, so that a possessor's
// "VP" heading a sentence is the speaker, not the possessor.
func TestVPHeadsDescription(t *testing.T) {
	qs := parseQuotes(t, "Ann Lowell named Tom Reed as her running mate on Friday. Lowell’s potential VP then revealed Lowell “asked me twice before I said yes.”")
	require.NotEmpty(t, qs)
	assert.Equal(t, "Lowell’s potential VP", qs[len(qs)-1].AttributedTo)
	assert.NotEqual(t, "Ann Lowell", qs[len(qs)-1].Speaker)
}

// TestNameStopsAtFullStop: a surname that opens a sentence is no part of
// the name that closed the sentence before: it is that name's person when
// it repeats its surname, and a person of its own when not.
func TestNameStopsAtFullStop(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a surname repeating the full name the sentence before closed on is that person",
			"Dan Kemp spoke first. Ann Lowell met with Tom Reed. Reed said the talks went well. “We made progress,” he said.", "Tom Reed"},
		{"a surname after another's full name that closed the sentence before is its own",
			"Ann Lowell spoke with Tom Reed. Kemp said the talks went well. “We made progress,” he said.", "Kemp"},
		{"a named speaker after another's full name that closed the sentence before is its own",
			"Ann Lowell spoke with Tom Reed. Kemp said: “We made progress.”", "Kemp"},
		{"a surname after a place that closed the sentence before is a bare surname: another of the family",
			"Tom Reed spoke on Monday. He grew up in Salem. Reed was pleased. “I am glad,” she said.", "Reed"},
	})
}

// TestNewsSpeechVerbs: the speech verbs news copy uses beyond "said" are
// cues, in the forms the reader handles (past, present, participle), and
// a rough count of people a verb of protest or speech follows ("Thousands
// protested outside the hall") is many people, not one a later "he" means.
func TestNewsSpeechVerbs(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"protested after a quotation", "Ann Lowell spoke first. “We were never asked,” Tom Reed protested.", "Tom Reed"},
		{"chided", "Ann Lowell spoke first. “You were late,” Tom Reed chided.", "Tom Reed"},
		{"laments", "Ann Lowell spoke first. “It will never pass,” Tom Reed laments.", "Tom Reed"},
		{"a count of people is no one a pronoun means", "Tom Reed spoke first. Thousands protested outside the hall on Monday. “We will win,” he said.", "Tom Reed"},
		{"a count of people before a speech verb of old", "Tom Reed spoke first. Hundreds chanted outside the hall on Monday. “We will win,” he said.", "Tom Reed"},
	})
	// the cue is the sentence's own, not the speaker before carried on
	qs := parseQuotes(t, "Ann Lowell spoke first. His campaign protested that Lowell aides were being “disingenuous.”")
	require.Len(t, qs, 1)
	assert.Equal(t, "His campaign", qs[0].AttributedTo)
}

// TestWrittenRunStopsAtFullStop: the written form of a surname opening a
// sentence takes in no word of the sentence before, so that no given name
// there tells its gender ("Tom Reed. Lowell" is not a man) and it stays
// a bare surname ("Salem. Reed").
func TestWrittenRunStopsAtFullStop(t *testing.T) {
	tests := []struct{ text, at, written string }{
		{"Ann Lowell met Tom Reed. Lowell savaged Reed in a speech.", "Lowell savaged", "Lowell"},
		{"Tom Reed grew up in Salem. Reed was pleased.", "Reed was", "Reed"},
	}
	for _, tt := range tests {
		t.Run(tt.written, func(t *testing.T) {
			d, err := NewDoc("a.txt", []byte(tt.text))
			require.NoError(t, err)
			a := ParseArticle(d)
			off := strings.Index(tt.text, tt.at)
			found := false
			for _, m := range a.mentions {
				if m.off == off && m.written != "" {
					found = true
					assert.Equal(t, tt.written, m.written)
					assert.Equal(t, genderUnknown, m.wgender)
				}
			}
			assert.True(t, found, "no subject mention at %q", tt.at)
		})
	}
}

// TestQuoteParagraphRun: a run of paragraphs that are nothing but a
// quotation goes on the speaker of the paragraph before the run, however
// long the run, but a cry of a few words does not carry it on, and a
// quotation that names that speaker in the third person is not theirs.
func TestQuoteParagraphRun(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a run of quotation paragraphs after a paragraph about the speaker",
			"Ann Lowell, the council member, spoke at length on Monday.\n\n“We have waited ten years for this bridge.”\n\n“The money is there. The plans are there.”\n\n“What we lack is the will to build it.”", "Ann Lowell"},
		{"a run of quotation paragraphs after a cue",
			"“We have waited ten years for this bridge,” Ann Lowell said on Monday.\n\n“The money is there. The plans are there.”\n\n“What we lack is the will to build it.”", "Ann Lowell"},
		{"a cry of a few words does not carry the speaker on",
			"“Do we give up and go home?” Tom Reed asked the crowd.\n\n“No!”\n\n“Or do we roll up our sleeves and get to work?”", ""},
		{"a quotation naming the last speaker in the third person is not theirs",
			"“The harbor tax will pay for itself within a decade,” Tom Reed wrote in the Herald.\n\n“The money will come from the ferry lines and from nowhere else.”\n\n“Reed’s column never says what happens if the ferry lines close.”", ""},
		{"a quotation naming the speaker's family by their surname may be theirs",
			"“We opened in 1980,” Ann Lowell said on Monday.\n\n“The Lowell family has run this shop for three generations, and we will not close.”", "Ann Lowell"},
		{"a quotation naming the speaker of the paragraph before in the third person is not theirs",
			"“The harbor tax will pay for itself within a decade,” Tom Reed wrote in the Herald.\n\n“Reed’s column never says what happens if the ferry lines close.”", ""},
	})
}

// TestPointingBackInParagraph: words opening the next sentence of the
// quotation's own paragraph that point back at it name its speaker, as
// they do from the next paragraph.
func TestPointingBackInParagraph(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"that was how NAME put it",
			"Ann Lowell, the council member, addressed the crowd on Monday.\n\n“We will not be moved.” That was how Tom Reed put it later.", "Tom Reed"},
		{"that is what a pronoun told",
			"Ann Lowell spoke first. Tom Reed followed her. “We will not be moved.” That is what she told the crowd.", "Ann Lowell"},
		{"that was how a description put it (set reads the cue's own sentence)",
			"Mayor Tom Reed and Ann Lowell spoke on Thursday.\n\nLowell spoke first. “I will own that.” That was how the mayor put it.", "Tom Reed"},
	})
}

// TestWordsOwnerAfterQuote: a sentence right after a quotation with no cue
// that says whose words they were names its speaker, as the words that
// point back at it do.
func TestWordsOwnerAfterQuote(t *testing.T) {
	const lede = "Mayor Tom Reed and Police Chief Dan Kemp spoke on Thursday.\n\nKemp spoke. “I will own that.” "
	checkSpeakers(t, []speakerCase{
		{"the words came from NAME", lede + "The words came from Reed.", "Tom Reed"},
		{"those were NAME's words", lede + "Those were Reed’s words.", "Tom Reed"},
		{"those were a full name's words", lede + "Those were Tom Reed’s words.", "Tom Reed"},
		{"the words were NAME's", lede + "The words were Reed’s.", "Tom Reed"},
		{"the remark came from a description", lede + "The remark came from the mayor.", "Tom Reed"},
		{"a sentence that goes on after the name is no such cue", lede + "Those were Reed’s words, not Kemp’s.", "Dan Kemp"},
	})
}

// TestQuoteAfterNarrativeParagraph: a quotation that is a paragraph of its
// own, one person's words, after a paragraph of narrative that brings in
// no one goes on the last speaker's words; not after a paragraph that
// brings in people, nor words that may be a crowd's.
func TestQuoteAfterNarrativeParagraph(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a paragraph of narrative between two quotations of one speaker",
			"Tom Reed, the mayor, spoke first. “The plan is sound,” Reed said.\n\nThe council voted 5 to 2 to approve it after a three-hour debate.\n\n“I am proud of this council.”", "Tom Reed"},
		{"a paragraph that brings in people",
			"“The plan is sound,” Tom Reed said.\n\nProtesters gathered outside City Hall on Tuesday.\n\n“Shame on the council for this vote! I am ashamed of my city.”", ""},
		{"words that may be a crowd's",
			"“The plan is sound,” Tom Reed said.\n\nThe plan drew protests outside City Hall on Tuesday.\n\n“Shame on the council for this vote!”", ""},
		{"a paragraph that brings in someone by an indefinite phrase no noun of people names",
			"“The ferry sank in minutes,” Tom Reed, the harbor master, said.\n\nA passenger on the ferry filmed the crash from the deck.\n\n“I saw the boat go under and I could not move.”", ""},
		{"a paragraph that brings in people by a noun of an event's bystanders",
			"“The ferry sank in minutes,” Tom Reed, the harbor master, said.\n\nSurvivors swam to shore in the dark.\n\n“I saw the boat go under and I could not move.”", ""},
	})
}

// TestOnlyPersonOfParagraphBefore: a quotation that is a paragraph of its
// own, with no speaker yet, after a paragraph of narrative that brings in
// one person, however it brings them in, is that person's.
func TestOnlyPersonOfParagraphBefore(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the person an inverted copula brings in",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Tom Reed said.\n\nCritics are not convinced. Among them is Ann Lowell, a council member.\n\n“It will never work.”", "Ann Lowell"},
		{"the person a topic phrase brings in",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Tom Reed said.\n\nFor Ann Lowell, a council member, the plan is a fantasy.\n\n“It will never work.”", "Ann Lowell"},
		{"the person a pronoun of the last speaker stands beside",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Tom Reed said.\n\nHe has clashed often with Ann Lowell, who leads the council.\n\n“We disagree on almost everything.”", "Tom Reed"},
		{"not a quotation that speaks of the one person by a pronoun of their gender",
			"Ferry sinks off Salem\n\nThe ferry sank on Monday.\n\nAmong the dead was Tom Reed, a fisherman from Salem.\n\n“He knew the sea better than anyone.”", ""},
	})
}

// TestQuestionBeforeQuote: a question mark before a quotation that opens
// on a capital ends the question's sentence, so the quotation opens its
// own and carries the last speaker on, as an answer.
func TestQuestionBeforeQuote(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"an interviewer's question before the answer",
			"Harbor City approves ferry plan\n\nTom Reed, the mayor, spoke to reporters on Monday. “Not one cent,” he said.\n\nWhat about the ferry? “That is a matter for the state.”", "Tom Reed"},
	})
}

// TestTopicLeadInCarries: a short lead-in of a topic before a quotation
// that ends its sentence, with no subject, verb or name of its own, is
// no cue: the quotation carries the last speaker on as one opening its
// sentence does; not when the lead-in brings in others who speak.
func TestTopicLeadInCarries(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a topic and a colon",
			"Harbor City approves ferry plan\n\nTom Reed, the mayor, spoke to reporters on Monday. “The plan is sound,” he said.\n\nOn the strike: “We will talk to the union.”", "Tom Reed"},
		{"a participle of asking and a comma",
			"Harbor City approves ferry plan\n\nTom Reed, the mayor, spoke to reporters on Monday. “The plan is sound,” he said.\n\nAsked about the strike, “We will talk to the union.”", "Tom Reed"},
		{"not a fragment in lower case the lead-in runs on into",
			"Harbor City approves ferry plan\n\nTom Reed, the mayor, spoke to reporters on Monday. “The plan is sound,” he said.\n\nFor now, “the bridge is a dream.”", ""},
		{"a crowd in the lead-in",
			"Harbor City approves ferry plan\n\nTom Reed, the mayor, spoke to reporters on Monday. “The plan is sound,” he said.\n\nFrom the crowd: “Shame on you!”", ""},
	})
}

// TestRelativeQuoteKeepsSubject: a quotation a relative clause holds with
// a speaker of its own ("whom Lowell once called “a fraud,”") does not
// make the sentence about that speaker: a quotation after it with no cue
// is the sentence's subject's.
func TestRelativeQuoteKeepsSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"in the next paragraph",
			"Harbor City approves ferry plan\n\nTom Reed, whom Ann Lowell once called “a fraud,” spoke on Monday.\n\n“I have never lied to this city. Not once.”", "Tom Reed"},
		{"in the same paragraph",
			"Harbor City approves ferry plan\n\nTom Reed, whom Ann Lowell once called “a fraud,” spoke on Monday. “I have never lied to this city. Not once.”", "Tom Reed"},
	})
}

// TestOtherNamedBeforeQuote: a sentence opening the paragraph after the
// speaker's that names someone else and no one more, in whatever role,
// gives that person the quotation after it; not when the quotation speaks
// of a "he" or a "she", who may be that person.
func TestOtherNamedBeforeQuote(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a subject of a relative clause",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Tom Reed said on Monday.\n\nIt was a view Ann Lowell did not share. “This plan will bankrupt the city.”", "Ann Lowell"},
		{"an object",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Tom Reed said on Monday.\n\nThe plan has drawn fire from Ann Lowell. “This plan will bankrupt the city.”", "Ann Lowell"},
		{"the speaker named beside the other",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Tom Reed said on Monday.\n\nReed has clashed often with Ann Lowell. “This plan will make the city rich.”", "Tom Reed"},
	})
}

// TestMainClauseBeforeComma: a sentence that opens on a noun phrase and
// its auxiliary has its subject there, not in an apposition after a comma
// that ends the sentence: "The remark was aimed at Ann Lowell, his rival."
// is about the remark, and a quotation after it carries the last speaker
// on, not "his rival".
func TestMainClauseBeforeComma(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"an apposition ending the sentence is no subject",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Tom Reed said on Monday.\n\nThe remark was aimed at Ann Lowell, his rival. “She knows what she did to this city.”", "Tom Reed"},
		{"a clause after the comma keeps its subject",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Tom Reed said on Monday.\n\nThe moderators were ready to move on, but Ann Lowell was not having it. “I want people at home to think about this.”", "Ann Lowell"},
	})
}

// TestDocumentBeforeQuote: a document heading the sentence before a
// quotation with no cue, a sentence with no speech, speaks it, as its cue
// would ("“…,” the letter said").
func TestDocumentBeforeQuote(t *testing.T) {
	for _, text := range []string{
		"Harbor City approves ferry plan\n\nAnn Lowell, the council member, sent a letter to the mayor, Tom Reed, on Monday.\n\nThe letter was blunt. “Your plan will bankrupt the city.”",
		"Harbor City approves ferry plan\n\n“The plan is sound,” Tom Reed said on Monday.\n\nThe report, released by the council in May, disagreed. “The plan would cost twice what the mayor says.”",
	} {
		qs := parseQuotes(t, text)
		require.NotEmpty(t, qs)
		q := qs[len(qs)-1]
		assert.Contains(t, []string{"The letter", "The report"}, q.AttributedTo, text)
		assert.NotEqual(t, "Tom Reed", q.Speaker, text)
	}
}

// TestAccordingToSetsSpeaker: a person who closes a sentence that quotes
// no one as its source ("…, according to Tom Reed.") reports their words,
// and a quotation after it carries them on; an outlet does not.
func TestAccordingToSetsSpeaker(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a person's name",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Ann Lowell said on Monday.\n\nThe ferry will run by May, according to Tom Reed.\n\n“We have the boats and we have the crews.”", "Tom Reed"},
		{"an outlet's name",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Ann Lowell said on Monday.\n\nThe ferry will run by May, according to the Herald.\n\n“We have the boats and we have the crews.”", ""},
	})
}

// TestInvertedVerbBeforeColonName: a capitalised speech verb heading a
// name before a colon is no part of the name: "Says Tom Reed: “…”" is
// Tom Reed's.
func TestInvertedVerbBeforeColonName(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"says",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Ann Lowell said on Monday.\n\nSays Tom Reed: “We have no boats and we have no crews.”", "Tom Reed"},
	})
}

// TestAnswerAfterAsking: a quotation after a sentence whose subject asks
// or presses someone is the answer of the one asked, not the asker's; a
// question after it is the asker's.
func TestAnswerAfterAsking(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"pressed him",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Tom Reed said on Monday.\n\nReporters pressed him on the cost. “It will pay for itself within ten years.”", "Tom Reed"},
		{"asked a name",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Ann Lowell said on Monday.\n\nReporters asked Tom Reed about the cost. “It will pay for itself within ten years.”", "Tom Reed"},
		{"a question is the asker's",
			"Harbor City approves ferry plan\n\n“The plan is sound,” Ann Lowell said on Monday.\n\nReporters asked Tom Reed about the cost. “How much will the city pay for it?”", "Reporters"},
	})
}

// TestAuthorityAndBoardAreBodies: a name ending in "Authority" or "Board"
// names a body, which a later "it said" means.
func TestAuthorityAndBoardAreBodies(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"an authority",
			"The Salem Port Authority voted on Monday to delay the expansion. “The plan is too costly at this time,” it said.", "Salem Port Authority"},
		{"a board",
			"The Harbor City School Board voted on Monday to close two schools. “We had no other choice,” it said in a statement.", "Harbor City School Board"},
	})
}

// TestTitleBeforeVerbIsNoQuote: a show's or a book's title inside the
// clause before a speech verb is no quotation the verb reports: the verb is
// the clause's subject's, and so is a partial quote after it.
func TestTitleBeforeVerbIsNoQuote(t *testing.T) {
	for _, text := range []string{
		"Ann Lowell, appearing on “Salem Sunday,” said the plan was “dead on arrival.”",
		"Ann Lowell, the author of “The Long Harbor,” said the plan was “dead on arrival.”",
	} {
		qs := parseQuotes(t, text)
		require.Len(t, qs, 2, text)
		assert.Equal(t, "Ann Lowell", qs[1].AttributedTo, text)
		assert.Equal(t, AttrNamed, qs[1].Attribution, text)
	}
}

// TestListOfNamesIsThey: three or more names set off by commas before an
// "and" and a verb are one subject "they" means; "the two" is not three.
func TestListOfNamesIsThey(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"they after three names",
			"Ned Hale, Lena Park and Dan Kemp signed the letter.\n\n“We stand together on this,” they said.", "Ned Hale, Lena Park and Dan Kemp"},
		{"a comma before the and",
			"Mayor Ned Hale, Lena Park, and Sheriff Dan Kemp signed the letter.\n\n“We stand together on this,” they said.", "Ned Hale, Lena Park and Dan Kemp"},
		{"the two are not three",
			"Ned Hale, Lena Park and Dan Kemp signed the letter.\n\n“We stand together on this,” the two said.", ""},
	})
}

// TestCountOfNamedTogether: "the three", "all three", "the pair", "the
// duo", "the couple" and "the trio" mean the people named together before
// when they are as many; "the three" after two names is no one.
func TestCountOfNamedTogether(t *testing.T) {
	three := "Ned Hale, Lena Park and Dan Kemp signed the letter.\n\n“We stand together on this,” "
	two := "Tom Reed and Ann Lowell signed the letter.\n\n“We stand together on this,” "
	checkSpeakers(t, []speakerCase{
		{"the three", three + "the three wrote.", "Ned Hale, Lena Park and Dan Kemp"},
		{"all three", three + "all three said.", "Ned Hale, Lena Park and Dan Kemp"},
		{"the pair", two + "the pair wrote.", "Tom Reed and Ann Lowell"},
		{"the duo", two + "the duo said.", "Tom Reed and Ann Lowell"},
		{"the couple", two + "the couple said.", "Tom Reed and Ann Lowell"},
		{"the three are not two", two + "the three said.", ""},
	})
}

// TestDocumentOfItsOwner: a document a possessive names the owner of
// ("Reed’s statement", "her letter") speaks for that person.
func TestDocumentOfItsOwner(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a name's possessive",
			"Mayor Tom Reed spoke about the ferry this week.\n\nReed’s statement said, “The ferry will run by May.”", "Tom Reed"},
		{"a full name's possessive",
			"Mayor Tom Reed spoke about the ferry this week.\n\n“The ferry will run by May,” Tom Reed’s latest statement said.", "Tom Reed"},
		{"a possessive determiner",
			"Mayor Tom Reed met Council member Ann Lowell this week.\n\nShe wrote to him on Friday. Her letter read, “The ferry will run by May.”", "Ann Lowell"},
	})
}

// TestInfinitiveOfAnswering: "to respond", "to reply" right before a
// quotation bring it in as their subject's answer: "prompting Reed to
// respond, “…”" is Reed's, not the sentence subject's nor the speaker's
// of a quotation before it.
func TestInfinitiveOfAnswering(t *testing.T) {
	const lede = "Mayor Tom Reed sparred with Council member Ann Lowell on Thursday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"prompting someone to respond",
			lede + "Lowell criticized the plan, prompting Reed to respond, “I have three.”", "Tom Reed"},
		{"quick to reply after a clause of another subject",
			lede + "Lowell criticized the plan, and Reed was quick to reply: “I have three.”", "Tom Reed"},
		{"after a quotation of another speaker",
			lede + "Lowell said Reed “has no plan,” prompting Reed to respond, “I have three.”", "Tom Reed"},
	})
}

// TestBodyByApposition: a name of no body's word ("Salem Harbor Watch")
// heading a sentence is a body a later "it said" means when an indefinite
// description of a body stands in apposition to it; a person's apposition
// ("a union organizer") leaves the name a person.
func TestBodyByApposition(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"an environmental group",
			"Salem Harbor Watch, an environmental group, sued the city on Monday. “The dredging will kill the bay,” it said.", "Salem Harbor Watch"},
		{"a shipping company",
			"Kemp Logistics, a Salem shipping company, laid off 40 workers. In a statement, it called the cuts “necessary to survive.”", "Kemp Logistics"},
		{"a person's apposition",
			"Tom Reed, a union organizer, spoke on Monday. “The cuts were not necessary,” he said.", "Tom Reed"},
	})
}

// TestOtherGenderAfterBareSurname: a person named besides a subject
// written as a bare surname that only one person of the article has is
// whom a pronoun of the other gender means, when the article tells both
// genders: "Reed told Lowell, “…” “…,” she replied" is Ann Lowell's, not a
// second Reed's.
func TestOtherGenderAfterBareSurname(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"she after a bare surname's listener",
			"Mayor Tom Reed sparred with Council member Ann Lowell on Thursday.\n\nReed told Lowell, “You have no plan.” “I have three,” she replied.", "Ann Lowell"},
		{"he after a bare surname's object",
			"Council member Ann Lowell sparred with Mayor Tom Reed on Thursday.\n\nLowell criticized Reed at length. “She has no plan,” he said.", "Tom Reed"},
	})
}

// TestCountOfPeopleIsThey: a rough count of people before "of" heading a
// sentence ("Dozens of nurses rallied") is a group a later "they" means.
func TestCountOfPeopleIsThey(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"dozens of",
			"Tom Reed spoke first. Dozens of nurses rallied outside Salem General. “We are exhausted,” they said.", "Dozens of nurses"},
		{"hundreds of, a modifier before the plural",
			"Tom Reed spoke first. Hundreds of dock workers rallied outside the port. “We are exhausted,” they said.", "Hundreds of dock workers"},
	})
}

// TestNumberWordIsNoVerb: a number word in -ed ("hundred") in a plural
// noun phrase heading a sentence is no past verb that ends the phrase
// before its head: "Several hundred dock workers marched" is a group a
// later "they" means.
func TestNumberWordIsNoVerb(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"they heading the sentence after",
			"Tom Reed spoke first. Several hundred dock workers marched on Friday. They said “the fares are a scandal.”", "Several hundred dock workers"},
		{"they in the cue after",
			"Tom Reed spoke first. Several hundred dock workers marched on Friday. “The fares are a scandal,” they said.", "Several hundred dock workers"},
	})
}

// TestTheyKeepsGroup: a "they" heading a sentence that means a group
// keeps that group as the subject a "they" of the next sentence means;
// a group or pair heading a sentence in between takes over, and a
// sentence in between with no "they" ends it.
func TestTheyKeepsGroup(t *testing.T) {
	const workers = "Tom Reed spoke first. Dock workers marched in Salem. "
	checkSpeakers(t, []speakerCase{
		{"they heading the next sentence",
			workers + "They said “the fares are too high.” They also said “the boats are late.”", "Dock workers"},
		{"they in the cues of quotations opening the sentences",
			workers + "“The fares are too high,” they said. “The boats are late,” they said.", "Dock workers"},
		{"over a pair heading a sentence before the group",
			"Tom Reed and Ann Lowell met on Monday. Dock workers marched in Salem. They said “the fares are too high.” They also said “the boats are late.”", "Dock workers"},
		{"a group a preposition brought in",
			"Tom Reed spoke first. The plan drew criticism from dock workers in Salem. They said “the fares are too high.” They also said “the boats are late.”", "dock workers in Salem"},
		{"a new group in between takes over",
			workers + "They said “the fares are too high.” Nurses rallied in Harbor City. They also said “the boats are late.”", "Nurses"},
		{"a new pair in between takes over",
			workers + "They said “the fares are too high.” Ann Lowell and Omar Haddad spoke next. They also said “the boats are late.”", "Ann Lowell and Omar Haddad"},
		{"a person heading a sentence in between ends the group",
			workers + "They said “the fares are too high.” Ann Lowell spoke next. They also said “the boats are late.”", ""},
	})
}

// TestOneOfApposition: "one of" opens an apposition after a full name
// heading the main clause past an opening phrase, as "a" does: the name
// is the subject a later pronoun means.
func TestOneOfApposition(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"one of after an opening adverb",
			"Tom Reed spoke first.\n\nEarlier, Dan Kemp, one of the sheriffs, vouched for the plan. “It will work,” he said.", "Dan Kemp"},
		{"one of a count after an opening phrase of time",
			"Tom Reed spoke first.\n\nOn Friday, Dan Kemp, one of three sheriffs in Salem, vouched for the plan. “It will work,” he said.", "Dan Kemp"},
		{"a pronoun of the other gender is not the name",
			"Ann Lowell spoke first.\n\nEarlier, Dan Kemp, one of the sheriffs, vouched for the plan. “It will work,” she said.", "Ann Lowell"},
	})
}

// TestPlaceAsideInTitle: a place's state in brackets inside the title
// before a name ("Salem County (Ore.) Sheriff Dan Kemp") does not end the
// name at the place: the person is read as without the bracket.
func TestPlaceAsideInTitle(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the subject past an opening adverb and an apposition",
			"Tom Reed spoke first.\n\nEarlier, Salem County (Ore.) Sheriff Dan Kemp, one of the most outspoken figures in the debate, vouched for Reed’s plan.\n\nHe said, “It will work.”", "Dan Kemp"},
		{"the subject heading the sentence",
			"Tom Reed spoke first.\n\nHarbor City (Calif.) Mayor Ann Lowell backed the plan on Monday. “It will work,” she said.", "Ann Lowell"},
		{"a name's own aside still ends it",
			"Sen. Tom Reed (R-Ore.) backed the plan. “It will work,” he said.", "Tom Reed"},
		{"a bracket after a place and no person's name after it",
			"Tom Reed spoke first.\n\nSalem County (Ore.) Sheriff’s Office deputies backed the plan. “It will work,” he said.", "Tom Reed"},
		{"a name right after the bracket, no office before it, is its own",
			"Tom Reed spoke first.\n\nIn Salem (Ore.) Ann Lowell backed the plan.\n\n“It will work,” she said.", "Ann Lowell"},
	})
}

// TestOwnCueBetweenQuotes: a cue between two quotations of a sentence
// gives the second its own speaker when a relative clause after a
// preposition brings it in ("to which Lowell replied") or its pronoun is
// of the other gender than the first one's speaker ("as she shouted").
func TestOwnCueBetweenQuotes(t *testing.T) {
	const lede = "Mayor Tom Reed sparred with Council member Ann Lowell on Thursday. Lowell spoke first.\n\n"
	checkSpeakers(t, []speakerCase{
		{"to which a name replied",
			lede + "Reed told Lowell, “You have no plan,” to which Lowell replied, “I have three.”", "Ann Lowell"},
		{"to which a pronoun replied",
			lede + "Reed told Lowell, “You have no plan,” to which she replied, “I have three.”", "Ann Lowell"},
		{"a pronoun of the other gender",
			lede + "“You have no plan,” Reed said as she shouted, “I have three.”", "Ann Lowell"},
	})
}

// TestOfficeHoldersArePeople: "commissioners", "legislators",
// "trustees" and "negotiators" are plurals of people, whose phrase
// heading a sentence is a group a later "they" means.
func TestOfficeHoldersArePeople(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"commissioners",
			"Tom Reed spoke first. The Salem port commissioners voted against the plan. “We were not persuaded,” they said.", "The Salem port commissioners"},
		{"legislators",
			"Tom Reed spoke first. Several Salem legislators objected to the plan. “We were not persuaded,” they said.", "Several Salem legislators"},
	})
}

// TestLongPlaceOfGroupIsThey: a phrase of place or kind of five words
// after the head of a plural of people ("Members of the Salem port
// commission") still leaves the phrase a group a later "they" means.
func TestLongPlaceOfGroupIsThey(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"members of a body of three words",
			"Tom Reed spoke first. Members of the Salem port commission voted against the plan. “We were not persuaded,” they said.", "Members of the Salem port commission"},
	})
}

// TestPronounTakesNamedOfItsGender: a pronoun of the other gender than a
// subject written as a bare surname means a person of its gender the
// article named just before in any role, before another of the subject's
// family; with no such person it is another of the family still.
func TestPronounTakesNamedOfItsGender(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"a person named as an object just before",
			"Mayor Tom Reed sparred with Council member Ann Lowell on Thursday.\n\n“You have no plan,” Reed said as she shouted, “I have three.”", "Ann Lowell"},
		{"in a sentence of their own",
			"Mayor Tom Reed met Ann Lowell. Reed shook hands. “I am glad,” she said.", "Ann Lowell"},
		{"named as an object, not at the end of the sentence",
			"Mayor Tom Reed met Ann Lowell on Monday. Reed shook hands. “I am glad,” she said.", "Ann Lowell"},
		{"named as an object, a date after the name",
			"Mayor Tom Reed met Ann Lowell Monday. Reed shook hands. “I am glad,” she said.", "Ann Lowell"},
		{"a place after an article is no one named",
			"Mayor Tom Reed spoke in the Rose Garden on Monday. Reed shook hands. “I am glad,” she said.", "Reed"},
		{"a name inside a longer capitalised name is no one named",
			"Mayor Tom Reed spoke at Lake Mary High School on Monday. Reed shook hands. “I am glad,” she said.", "Reed"},
		{"nor one before a place's word",
			"Ann Lowell spoke at Omar Haddad Square on Monday. Lowell shook hands. “I am glad,” he said.", "Lowell"},
		{"no one of the gender named",
			"Tom Reed spoke on Monday. Reed was pleased. “I am glad,” she said.", "Reed"},
	})
}

// TestPronounTakesNamedInAnyRole: the person of the pronoun's gender named
// after the subject in a role no mention notes (the subject of a reduced
// relative clause, a possessor) is whom the pronoun means before another
// of the subject's family, a surname alone of the gender its one full name
// tells; one named before that subject is not.
func TestPronounTakesNamedInAnyRole(t *testing.T) {
	const lead = "Labor Secretary Tom Reed is on the shortlist of people Ann Lowell is considering as a running mate.\n\n" +
		"Reed, 54, grew up in a mining town. Reed has spent months in the region.\n\n"
	checkSpeakers(t, []speakerCase{
		{"the subject of a reduced relative clause",
			lead + "Coal miners are still smarting from remarks Lowell made earlier this year. When she was talking about clean energy, she offered up this line: “We will close the mines.”",
			"Ann Lowell"},
		{"a possessor",
			lead + "Coal miners still resent Lowell’s remarks on clean energy. She offered up this line: “We will close the mines.”",
			"Ann Lowell"},
		{"one named before the subject",
			"Dan Kemp, a pilot, flies tours over Salem.\n\nAnn Reed runs the map shop. The shop sold maps to Kemp last week. In her videos, Reed plays the eager clerk. “They want me!” he says from behind the camera.",
			"Reed"},
	})
}

// TestDocumentOfItsOrTheirOwner: a document "its" opens is the body's
// that "it" would mean, and one "their" opens the people's that "they"
// would mean, also when it heads its sentence.
func TestDocumentOfItsOrTheirOwner(t *testing.T) {
	const council = "Tom Reed spoke first. The Harbor City Council released its budget on Monday. "
	const pair = "Tom Reed and Ann Lowell wrote to the mayor on Monday. "
	checkSpeakers(t, []speakerCase{
		{"its statement after the quote", council + "“We cut where we could,” its statement said.", "Harbor City Council"},
		{"its statement heading the sentence", council + "Its statement called the cuts “painful but necessary.”", "Harbor City Council"},
		{"their letter after the quote", pair + "“The plan is a betrayal,” their letter said.", "Tom Reed and Ann Lowell"},
		{"their letter heading the sentence", pair + "Their letter called the plan “a betrayal of the harbor.”", "Tom Reed and Ann Lowell"},
	})
}

// TestAnswerAfterQuotedQuestion: a quotation after a quoted question whose
// cue names whom it was put to ("“…?” the moderator asked Lowell.", "A
// reporter asked Lowell, “…?”") is that person's answer, not the asker's;
// a question after it stays the asker's.
func TestAnswerAfterQuotedQuestion(t *testing.T) {
	const lede = "Council member Ann Lowell debated Mayor Tom Reed on Thursday.\n\n"
	const put = lede + "A reporter asked Lowell, “Governor, will the state match?”\n\n"
	checkSpeakers(t, []speakerCase{
		{"a question put after its cue, answered with a pronoun",
			put + "“I am not going to negotiate in front of cameras,” she answered.", "Ann Lowell"},
		{"and with a pronoun when a man spoke last",
			"Gov. Ann Lowell and Mayor Tom Reed spoke on Thursday.\n\nReed took the first question. Another reporter asked Lowell, “Governor, will the state match?”\n\n“I am not going to negotiate in front of cameras,” she answered.", "Ann Lowell"},
		{"a question put after its cue, answered without a cue",
			put + "“I am not going to negotiate in front of cameras.”", "Ann Lowell"},
		{"a question after the question put after its cue",
			put + "“And why not?”", ""},
		{"a titled asker",
			lede + "“Do you support the plan?” moderator Lena Park asked Lowell. “Absolutely, I support it.”", "Ann Lowell"},
		{"a described asker",
			lede + "“Do you support the plan?” the moderator asked Lowell. “Absolutely, I support it.”", "Ann Lowell"},
		{"a question after it",
			lede + "“Do you support the plan?” moderator Lena Park asked Lowell. “And why now?”", "Lena Park"},
	})
}

// TestMoreSpeechVerbs: verbs of repeating, making plain, summing up,
// objecting and confiding report the quotation before them, which is not
// carried on from the speaker before; "clarified" and "echoed" only as the
// last word of the cue.
func TestMoreSpeechVerbs(t *testing.T) {
	const lede = "Gov. Ann Lowell and Mayor Tom Reed spoke on Thursday.\n\n“We will build a better seawall,” Reed said.\n\n“I am not going to negotiate in front of cameras,” "
	var cases []speakerCase
	for _, cue := range []string{"the governor repeated", "the governor clarified", "the governor summed up",
		"the governor objected", "the governor confided", "the governor echoed", "Lowell clarified", "summarized the governor"} {
		cases = append(cases, speakerCase{cue, lede + cue + ".", "Ann Lowell"})
	}
	// (not "clarified" with more words after it: the cue is not read)
	cases = append(cases, speakerCase{"clarified before more words", lede + "the governor clarified on Friday.", "Tom Reed"})
	checkSpeakers(t, cases)
}

// TestPageLabelIsNoSpeaker: a label of the page before a colon ("PULL
// QUOTE:", "QUOTE OF THE DAY:") is no one's name, and a dash signature
// after the quotation names its speaker; a handle before a colon is no
// name as written, but one that holds the surname of one of the record's
// speakers is that person.
func TestPageLabelIsNoSpeaker(t *testing.T) {
	const lede = "Mayor Tom Reed and Port Director Omar Haddad spoke on Thursday.\n\n"
	tests := []struct {
		name, text  string
		known       []string
		speaker, as string
	}{
		{"a label, then a dash signature", lede + "PULL QUOTE: “I would rather lose a week than lose a life.” — Omar Haddad, port director", nil, "Omar Haddad", "Omar Haddad"},
		{"a label alone", lede + "QUOTE OF THE DAY: “I would rather lose a week than lose a life.”", nil, "", ""},
		{"a label of numbers", lede + "BY THE NUMBERS: “Eleven water rescues, two arrests.”", nil, "", ""},
		{"a handle, no record", lede + "@MayorTomReed: “We are going to build a better seawall.”", nil, "", ""},
		{"a handle holding a speaker's surname", lede + "@MayorTomReed: “We are going to build a better seawall.”", []string{"Reed", "Haddad"}, "Tom Reed", "@MayorTomReed"},
		{"a handle holding no speaker's surname", lede + "@SalemHarbor: “We are going to build a better seawall.”", []string{"Reed", "Haddad"}, "", ""},
		{"a handle whose word only contains a speaker's surname", lede + "@FreedomCaucus: “We are going to build a better seawall.”", []string{"Reed", "Haddad"}, "", ""},
		{"a handle in lower case ending in a speaker's surname", lede + "@tomreed: “We are going to build a better seawall.”", []string{"Reed", "Haddad"}, "Tom Reed", "@tomreed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewDoc("a.txt", []byte(tt.text))
			require.NoError(t, err)
			qs := ParseArticleKnown(d, tt.known).Quotes
			require.NotEmpty(t, qs)
			q := qs[len(qs)-1]
			assert.Equal(t, tt.speaker, q.Speaker)
			assert.Equal(t, tt.as, q.AttributedTo)
		})
	}
}

// TestHandleHolds: a handle holds a surname as a word of its own.
func TestHandleHolds(t *testing.T) {
	for _, tc := range []struct {
		handle string
		want   bool
	}{
		{"MayorTomReed", true}, {"TomReed2024", true}, {"mayor_reed", true}, {"REED", true}, {"tomreed", true}, {"reedforsalem", true},
		{"FreedomCaucus", false}, {"GreedWatch", false}, {"SalemHarbor", false}, {"freedomcaucus", false},
	} {
		assert.Equal(t, tc.want, handleHolds(tc.handle, "reed"), tc.handle)
	}
}

// TestOfficeAfterEmployer: a capitalised office after a body's or a
// place's name and before a given name and a surname ("Police Chief Dan
// Kemp") makes a person of the name, whom a description with the body's
// word and the office ("the police chief") means.
func TestOfficeAfterEmployer(t *testing.T) {
	const lede = "Port Director Omar Haddad and Police Chief Dan Kemp appeared with Mayor Tom Reed on Thursday.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a description after the quote",
			lede + "“We made eleven water rescues,” the police chief said.", "Dan Kemp"},
		{"a description heading the sentence before a pronoun's",
			lede + "The police chief was blunt. “We made eleven water rescues,” he said.", "Dan Kemp"},
		{"a description heading the sentence before a quotation with no cue",
			lede + "The police chief was blunt. “We made eleven water rescues and two arrests.”", "Dan Kemp"},
		{"the first of the pair",
			lede + "The port director was blunt. “Ships come back, people do not,” he said.", "Omar Haddad"},
	})
}

// TestTweetIsADocument: a tweet speaks as a document does: for whoever the
// words after it say sent it, or whose it is.
func TestTweetIsADocument(t *testing.T) {
	const lede = "Mayor Tom Reed spoke about the ferry this week.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a tweet from a name",
			lede + "A tweet from Reed said, “The ferry will run by May.”", "Tom Reed"},
		{"after an inverted verb",
			lede + "“The ferry will run by May,” said a tweet from Reed.", "Tom Reed"},
	})
}

// TestPluralOfBodiesIsNoOne: "the unions", "the two companies" are no one
// person nor one body: the two named together as the subject just before,
// or no one.
func TestPluralOfBodiesIsNoOne(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the companies",
			"Salem Freight and Harbor Lines announced a merger on Monday. “This deal makes us stronger,” the companies said in a joint statement.", "Salem Freight and Harbor Lines"},
		{"the two companies",
			"Salem Freight and Harbor Lines announced a merger on Monday. “This deal makes us stronger,” the two companies said.", "Salem Freight and Harbor Lines"},
		{"the unions, no pair before",
			"Tom Reed spoke first. The Salem Teachers Union and the Harbor Nurses Union held a joint rally. “We stand together,” the unions said.", ""},
		{"the companies, two people before",
			"Tom Reed and Ann Lowell announced a merger of their firms on Monday. “This deal makes us stronger,” the companies said.", ""},
		{"the two unions, their two leaders before",
			"Tom Reed and Ann Lowell lead the two largest unions in Salem. “We will not give in,” the two unions said in a statement.", ""},
	})
}

// TestEachOrAllOfThem: "each", "both of them" and "all of them" before a
// speech verb mean the people named together before, or the group "they"
// would mean.
func TestEachOrAllOfThem(t *testing.T) {
	const two = "Tom Reed and Ann Lowell signed the letter.\n\n“We stand together on this,” "
	checkSpeakers(t, []speakerCase{
		{"each", two + "each said.", "Tom Reed and Ann Lowell"},
		{"both of them", two + "both of them said.", "Tom Reed and Ann Lowell"},
		{"all of them after three names",
			"Ned Hale, Lena Park and Dan Kemp signed the letter.\n\n“We stand together on this,” all of them said.", "Ned Hale, Lena Park and Dan Kemp"},
		{"all of them after a group",
			"Tom Reed spoke first. Dozens of nurses rallied outside Salem General. “We are exhausted,” all of them said.", "Dozens of nurses"},
		{"both of them with no one before", "Tom Reed spoke first. The plan drew fire. “It will never pass,” both of them said.", ""},
	})
}

// TestTheyBothSaid: "both", "all" or "each" between "they" and its
// speech verb after a quote leave "they" the cue's subject.
func TestTheyBothSaid(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"they both said",
			"Tom Reed and Ann Lowell signed the letter. “We stand together on this,” they both said.", "Tom Reed and Ann Lowell"},
		{"they all said",
			"Tom Reed spoke first. Dozens of nurses rallied outside Salem General. “We are exhausted,” they all said.", "Dozens of nurses"},
	})
}

// TestTheyAfterTheGroupSpoke: a definite plural ("the groups") that
// speaks a quote means the group the article brought in before; as the
// subject of its sentence it is also whom "they" means in the next, however
// far back the group was brought in.
func TestTheyAfterTheGroupSpoke(t *testing.T) {
	far := "Nine church groups are asking Mayor Tom Reed to drop the plan.\n\n" +
		"Reed has led the city since 2019. He was a ferry captain before that. His plan would raise fares by a third. The council votes next week.\n\n"
	checkSpeakers(t, []speakerCase{
		{"they in the next sentence",
			far + "The fares are “far beyond what riders can pay,” the groups say. They argue that Reed should “listen to riders.”", "Nine church groups"},
		{"not two sentences on",
			far + "The fares are “far beyond what riders can pay,” the groups say. The vote is on Monday. Dan Kemp, a council member, agrees. They argue that Reed should “listen to riders.”", ""},
	})
}

// TestBareSurnameOfSubjectFullName: a bare surname whose one full name
// heads a sentence as its subject is that person, of the gender the given
// name tells, so that a pronoun of the other gender is someone else:
// "Lena Park interviewed Governor Ned Hale. ¶ Park asked whether he would
// sign. “…,” he said" is Hale's answer, not Park's.
func TestBareSurnameOfSubjectFullName(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"the interviewer asks",
			"Lena Park interviewed Governor Ned Hale on Friday.\n\nPark asked whether he would sign the bill. “Not in its current form,” he said.", "Ned Hale"},
		{"the interviewer speaks",
			"Ann Lowell interviewed Mayor Tom Reed on Friday. Lowell spoke about the bill. “Not in its current form,” he said.", "Tom Reed"},
	})
}

// TestMetNameIsThey: the subject and the person it met ("Tom Reed met
// with Ann Lowell on Monday") are the two a later "they" means; not the
// possessor of those met.
func TestMetNameIsThey(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"met",
			"Tom Reed met Ann Lowell on Monday.\n\n“We expect a deal soon,” they said.", "Tom Reed and Ann Lowell"},
		{"met with, a place after the name",
			"Tom Reed met with Ann Lowell at the port on Monday. “We expect a deal soon,” they said in a joint statement.", "Tom Reed and Ann Lowell"},
		{"met a name's aides",
			"Tom Reed met with Ann Lowell's aides on Monday. “We expect a deal soon,” they said.", ""},
		{"met, then a group",
			"Tom Reed met with Ann Lowell on Monday. Dozens of nurses rallied outside the hall. “We are exhausted,” they said.", "Dozens of nurses"},
		{"a pair, then a group, all of them",
			"Tom Reed and Ann Lowell led the march. Dozens of nurses rallied outside Salem General. “We are exhausted,” all of them said.", "Dozens of nurses"},
	})
}

// TestPostFromAccount: a document from a person's account speaks for
// them, unlike one from their office.
func TestPostFromAccount(t *testing.T) {
	const lede = "Mayor Tom Reed spoke about the ferry this week.\n\n"
	checkSpeakers(t, []speakerCase{
		{"a tweet from an account",
			lede + "A tweet from Reed’s account read, “The ferry will run by May.”", "Tom Reed"},
		{"after an inverted verb, a campaign account",
			lede + "“The ferry will run by May,” read a tweet from Reed’s campaign account.", "Tom Reed"},
		{"an office is not the person",
			lede + "A statement from Reed’s office said, “The ferry will run by May.”", ""},
	})
}

// TestPluralOfPeopleIsNoThing: the words before a plural of people that
// heads a sentence ("The two senators", "The Harbor City council
// members") are no thing a later "they" or "it" means: the people are the
// subject.
func TestPluralOfPeopleIsNoThing(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"council members",
			"The Harbor City council members voted against the plan. “We were not persuaded,” they said.", "The Harbor City council members"},
	})
	qs := parseQuotes(t, "The two senators toured the flooded district on Friday.\n\n“No family should wait a month for help,” they said.")
	require.NotEmpty(t, qs)
	assert.Equal(t, "they", qs[0].AttributedTo)
}

// TestPossessorBeforePlatform: a site's name after a possessive name is
// no part of the name: "Reed’s Facebook post said" is Tom Reed's post.
func TestPossessorBeforePlatform(t *testing.T) {
	qs := parseQuotes(t, "Mayor Tom Reed spoke about the ferry this week.\n\nReed’s Facebook post said, “The ferry will run by May.”")
	require.NotEmpty(t, qs)
	assert.Equal(t, "Tom Reed", qs[len(qs)-1].Speaker)
	assert.NotContains(t, qs[len(qs)-1].AttributedTo, "Facebook")
}

// TestItsOrTheirNonDocument: a thing no person noun heads that "its" or
// "their" opens ("its website") speaks for the body "it" would mean or the
// people "they" would, as a document does; "its spokesman" stays unnamed.
func TestItsOrTheirNonDocument(t *testing.T) {
	const port = "The Salem Port Authority approved the plan on Monday. "
	checkSpeakers(t, []speakerCase{
		{"according to its website", port + "According to its website, the expansion will create “400 new jobs.”", "Salem Port Authority"},
		{"its website says", port + "“The expansion will create 400 jobs,” its website says.", "Salem Port Authority"},
		{"their website says",
			"Tom Reed and Ann Lowell launched a campaign. “The plan will create 400 jobs,” their website says.", "Tom Reed and Ann Lowell"},
		{"its spokesman", port + "“The expansion will create 400 jobs,” its spokesman said.", ""},
		{"their families are others",
			"Two students were injured in the crash on Monday. “They are recovering,” their families said.", ""},
		{"its tenants are others", port + "“We are thrilled,” its tenants said.", ""},
		{"their union is another body",
			"Tom Reed and Ann Lowell were arrested on Monday. “They did nothing wrong,” their union said.", ""},
	})
}

// TestShareOfThem: "two of them", "some of them" before a speech verb are
// the cue's subject, a share of a group no one named: not the speaker of a
// quotation before.
func TestShareOfThem(t *testing.T) {
	const nurses = "Tom Reed spoke first. Dozens of nurses rallied outside. “We are exhausted,” "
	checkSpeakers(t, []speakerCase{
		{"two of them", nurses + "two of them said.", ""},
		{"some of them", nurses + "some of them said.", ""},
	})
	qs := parseQuotes(t, nurses+"two of them said.")
	require.NotEmpty(t, qs)
	assert.Equal(t, "two of them", qs[0].AttributedTo)
}

// TestAgencyNounsMeanNamedAgency: "the office", "the bureau" and "the
// agency" mean the agency the article named, and a description's words
// before its noun pick the name that holds them ("the budget office" is
// the budget office, not an Oval Office named since); no person spoken of
// after it.
func TestAgencyNounsMeanNamedAgency(t *testing.T) {
	const budget = "The Harbor Budget Office studied the plan. Tom Reed attacked it. "
	checkSpeakers(t, []speakerCase{
		{"the budget office", budget + "“The plan costs more,” the budget office said.", "The Harbor Budget Office"},
		{"the office", budget + "“The plan costs more,” the office said.", "The Harbor Budget Office"},
		{"the agency", budget + "“The plan costs more,” the agency said.", "The Harbor Budget Office"},
		{"the bureau", "The Harbor Budget Bureau studied the plan. Tom Reed attacked it. “The plan costs more,” the bureau said.",
			"The Harbor Budget Bureau"},
		{"its words pick the name",
			"The Harbor Budget Office studied the plan. Tom Reed met the governor in the Oval Office on Monday. “The plan costs more,” the budget office said.",
			"The Harbor Budget Office"},
		{"an acronym heading its sentence",
			"The FBI opened an inquiry on Monday. Tom Reed denied wrongdoing. “We do not comment on inquiries,” the bureau said.", "The FBI"},
	})
}

// TestTimeBetweenSubjectAndVerb: a phrase of time with no comma around it
// ("on Monday", "late Monday", "this week") between a cue's subject and
// its speech verb leaves that subject the speaker.
func TestTimeBetweenSubjectAndVerb(t *testing.T) {
	body := func(time string) string {
		return "Tom Reed met officials of the Salem Port Authority. Reed left early. The authority " + time + " said the plan was “a fraud.”"
	}
	checkSpeakers(t, []speakerCase{
		{"a body's noun before on and a day", body("on Monday"), "Salem Port Authority"},
		{"a body's noun before late and a day", body("late Monday"), "Salem Port Authority"},
		{"a body's noun before a day alone", body("Tuesday"), "Salem Port Authority"},
		{"a body's noun before a day and its part", body("on Tuesday night"), "Salem Port Authority"},
		{"a body's noun before this week", body("earlier this month"), "Salem Port Authority"},
		// a date too
		{"a body's noun before a month and a day", body("on Nov. 3"), "Salem Port Authority"},
		{"a body's noun before in and a month", body("in late March"), "Salem Port Authority"},
		{"a body's noun before in and a year", body("in 2019"), "Salem Port Authority"},
		// and a span counted from another time
		{"a body's noun before a span ago", body("two weeks ago"), "Salem Port Authority"},
		{"a body's noun before the next day", body("the next day"), "Salem Port Authority"},
		// and so does the means of speech: "in a statement"
		{"a body's noun before in a statement", body("in a statement"), "Salem Port Authority"},
		{"a body's noun before in a Facebook post and a day", body("in a Facebook post Monday"), "Salem Port Authority"},
		{"a body's noun before a day and in a statement", body("on Monday in a statement"), "Salem Port Authority"},
		{"a body's noun before in a letter to whom", body("in a letter to its members on Monday"), "Salem Port Authority"},
		// and so does an aside set off by dashes
		{"a body's noun before an aside in dashes", body("— in a statement Monday night —"), "Salem Port Authority"},
		{"a name before an aside in dashes, after the quotation",
			"Tom Reed is the mayor. Ann Lowell spoke first. “The port is a done deal,” Reed — speaking Monday in Salem — said.", "Tom Reed"},
	})
	// a name that modifies a person noun heading the subject is no speaker
	// past a phrase of time either
	qs := parseQuotes(t, "Tom Reed spoke. Ann Lowell left. Reed aides late Monday said the port was “a done deal.” City officials on Tuesday night said the plan was “a fraud.”")
	require.Len(t, qs, 2)
	assert.Equal(t, "Reed aides", qs[0].AttributedTo)
	assert.Equal(t, "", qs[0].Speaker)
	assert.Equal(t, "City officials", qs[1].AttributedTo)
	assert.Equal(t, "", qs[1].Speaker)
	// nor is a subject no person noun heads, of a message's sender or of
	// a group, and a participle's time after a verb stays the verb's
	qs = parseQuotes(t, "Tom Reed spoke. The Harbor City Council voted on Monday. The council on Monday released a statement calling the port “a done deal.” "+
		"Local farmers late Monday called the port “a disaster.” Two council members on Monday night said the vote was “rushed.” The statement released Monday said the plan was “final.”")
	require.Len(t, qs, 4)
	assert.Equal(t, "The Harbor City Council", qs[0].Speaker)
	assert.Equal(t, "Local farmers", qs[1].AttributedTo)
	assert.Equal(t, "Two council members", qs[2].AttributedTo)
	assert.Equal(t, "The statement", qs[3].AttributedTo)
	for _, q := range qs[1:] {
		assert.Equal(t, "", q.Speaker)
	}
}

// TestAccordingToMessageFrom: "according to" a message or a document
// "from" someone, perhaps past its time, is that sender's, as one "by"
// them is; data from someone is no message of theirs.
func TestAccordingToMessageFrom(t *testing.T) {
	lead := "Tom Reed is the mayor of Harbor City. Ann Lowell spoke first. "
	checkSpeakers(t, []speakerCase{
		{"closing the sentence", lead + "The port is “a done deal,” according to a statement from Reed.", "Tom Reed"},
		{"past its time", lead + "The port is “a done deal,” according to an email Monday from Reed.", "Tom Reed"},
		{"right after the quotation", lead + "“The port is a done deal,” according to a statement from Reed.", "Tom Reed"},
		{"an outlet's report", lead + "The port is “a done deal,” according to a report from the Salem Gazette.", "Salem Gazette"},
		{"data", lead + "The port is “a done deal,” according to data from Reed.", ""},
	})
}

// TestAccordingToMakerClause: "according to" words or a document that a
// name right after it made, in a relative clause with no "that" ("remarks
// Reed made Monday"), is that name's; one the name received is not.
func TestAccordingToMakerClause(t *testing.T) {
	lead := "Tom Reed is the mayor of Harbor City. Ann Lowell spoke first. "
	checkSpeakers(t, []speakerCase{
		{"closing the sentence", lead + "The port is “a done deal,” according to remarks Reed made Monday.", "Tom Reed"},
		{"right after the quotation", lead + "“The port is a done deal,” according to a statement Reed issued late Monday.", "Tom Reed"},
		{"received", lead + "The port is “a done deal,” according to a letter Reed received.", ""},
	})
}

// TestBodyKindInApposition: a body's name with an apposition of its kind
// in other words ("a shipping business", "a shipping firm", "a
// nonprofit") is the body a later description of that kind means ("the
// company", "the group"), not the last person spoken of.
func TestBodyKindInApposition(t *testing.T) {
	sued := func(apposition, noun string) string {
		return "Tom Reed is the mayor of Harbor City. Harbor Marine, " + apposition + ", sued the city. Reed was angry. “We will win,” the " + noun + " said."
	}
	checkSpeakers(t, []speakerCase{
		{"business then company", sued("a shipping business", "company"), "Harbor Marine"},
		{"firm then company", sued("a shipping firm", "company"), "Harbor Marine"},
		{"nonprofit then group", sued("a nonprofit", "group"), "Harbor Marine"},
	})
}

// TestSubjectAcrossAside: a speech verb right after a quotation whose
// subject heads the sentence before an aside holding that quotation gives
// the next quotation its subject, not the aside's speaker: "Reed, asked
// about Lowell’s remark that the plan was “…,” said “…”".
func TestSubjectAcrossAside(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	for _, tt := range []struct{ name, text, first, second string }{
		{"a name", lead + "Reed, asked about Lowell’s remark that the plan was “dead on arrival,” said “she has not read it.”", "Ann Lowell", "Tom Reed"},
		{"a description", lead + "The mayor, responding to Lowell’s charge that the plan was “dead on arrival,” said “she has not read it.”", "Ann Lowell", "Tom Reed"},
		{"the subject's own aside", lead + "Reed, who has called the plan “a lifeline,” said “it is alive.”", "Tom Reed", "Tom Reed"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			qs := parseQuotes(t, tt.text)
			require.Len(t, qs, 2)
			assert.Equal(t, tt.first, qs[0].Speaker)
			assert.Equal(t, tt.second, qs[1].Speaker)
		})
	}
}

// TestRelativeSpeechAntecedent: a quotation closing a relative clause
// whose "who" speaks it, after a name, is the name's, not the cue's after
// it, which speaks the next quotation: "Unlike Reed, who called it “…,”
// Lowell said “…”".
func TestRelativeSpeechAntecedent(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	for _, tt := range []struct{ name, text, first, second string }{
		{"unlike", lead + "Unlike Reed, who called it “a disaster,” Lowell said “it is a good start.”", "Tom Reed", "Ann Lowell"},
		{"an adverb and an auxiliary", lead + "Unlike Reed, who has repeatedly called it “a disaster,” Lowell said she liked it.", "Tom Reed", ""},
		{"the subject's own", lead + "Reed, who called it “a disaster,” said “it is a good start.”", "Tom Reed", "Tom Reed"},
		{"inside another's report", "Dan Kemp spoke first. Kemp said Reed, who called it “a disaster,” was wrong.", "Dan Kemp", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			qs := parseQuotes(t, tt.text)
			require.NotEmpty(t, qs)
			assert.Equal(t, tt.first, qs[0].Speaker)
			if tt.second != "" {
				require.Len(t, qs, 2)
				assert.Equal(t, tt.second, qs[1].Speaker)
			}
		})
	}
}

// TestPossessiveApposition: an apposition a possessive determiner opens
// ("Rosa Diaz, his lawyer,") gives the name its role as one a possessive
// name opens does ("Rosa Diaz, Reed’s lawyer,"), so a later "his lawyer"
// or "Reed’s lawyer" is that person.
func TestPossessiveApposition(t *testing.T) {
	const trial = "Tom Reed faces trial next month. Rosa Diaz, his lawyer, filed a motion on Monday. "
	checkSpeakers(t, []speakerCase{
		{"his lawyer", trial + "“The charges are baseless,” his lawyer said.", "Rosa Diaz"},
		{"Reed's lawyer", trial + "“The charges are baseless,” Reed’s lawyer said.", "Rosa Diaz"},
		{"his doctor",
			"Tom Reed is running for governor. Dan Kemp, his longtime doctor, released a letter on Friday. “He is in excellent health,” his doctor wrote.",
			"Dan Kemp"},
	})
}

// TestOpeningSpeechNounOwner: a quotation in the "that" clause of a
// possessor's speech noun, closing a phrase that opens the sentence, is
// the possessor's, not the cue's after it, which speaks the next
// quotation: "Asked about Lowell’s remark that the plan was “…,” Reed
// said “…”".
func TestOpeningSpeechNounOwner(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	for _, tt := range []struct{ name, text, first, second string }{
		{"asked about", lead + "Asked about Lowell’s remark that the plan was “dead on arrival,” Reed said “she has not read it.”", "Ann Lowell", "Tom Reed"},
		{"responding to", lead + "Responding to Lowell’s claim that the plan was “dead,” Reed said it was “very much alive.”", "Ann Lowell", "Tom Reed"},
		{"her claim", lead + "Responding to her claim that the plan was “dead,” Reed said it was “very much alive.”", "Ann Lowell", "Tom Reed"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			qs := parseQuotes(t, tt.text)
			require.Len(t, qs, 2)
			assert.Equal(t, tt.first, qs[0].Speaker)
			assert.Equal(t, tt.second, qs[1].Speaker)
		})
	}
}

// TestGappedSubject: a subject whose verb the sentence leaves out, after a
// semicolon or a joiner and before a comma, speaks the quotation after
// it: "Reed said “yes”; Lowell, “no.”". With "and" and no comma the name
// may be another of the verb's objects, and stays the first one's.
func TestGappedSubject(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	checkSpeakers(t, []speakerCase{
		{"a semicolon and a comma", lead + "Reed called the plan “a mistake”; Lowell, “a good start.”", "Ann Lowell"},
		{"a semicolon alone", lead + "Asked about the plan, Reed said “yes”; Lowell “no.”", "Ann Lowell"},
		{"and a comma", lead + "Asked about the plan, Reed said “yes,” and Lowell, “no.”", "Ann Lowell"},
		{"an object", lead + "Reed called Dan Kemp “a liar” and Lowell “a fraud.”", "Tom Reed"},
	})
}

// TestOpeningPhraseNoApposition: a description a preposition opening the
// sentence governs, then a comma and a name no comma closes, is no
// apposition: the name is the main clause's subject and takes no role of
// the description ("Unlike the governor, Ann Lowell backs the plan" makes
// Lowell no governor; "According to his doctor, Reed is …" makes Reed no
// doctor of his own).
func TestOpeningPhraseNoApposition(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"unlike the governor",
			"Governor Dan Kemp spoke on Monday. Unlike the governor, Ann Lowell backs the plan. “It is a bad plan,” the governor said.", "Dan Kemp"},
		{"according to his doctor",
			"Tom Reed is running for governor. According to his doctor, Reed is in “excellent health.”", ""},
		{"an apposition a comma closes",
			"Tom Reed is the governor. According to his spokesman, Dan Kemp, the plan is “on track.” Reed left. “We are done,” his spokesman said.", "Dan Kemp"},
	})
}

// TestJoinedAfterQuote: a clause a joiner opens right after a quotation,
// with a subject and a verb of its own, gives the quotation that closes it
// to its subject, not the first one's speaker: "Reed called it “waste,”
// but Lowell sees “investment.”" Not inside a clause a verb of speech
// reports.
func TestJoinedAfterQuote(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	checkSpeakers(t, []speakerCase{
		{"but", lead + "Reed called it “waste,” but Lowell sees “investment.”", "Ann Lowell"},
		{"while", lead + "Reed called it “waste,” while Lowell sees it as “investment.”", "Ann Lowell"},
		{"a description", lead + "Lowell called it “waste,” while the mayor sees “investment.”", "Tom Reed"},
		{"reported", "Dan Kemp spoke first. He said Reed has been “a tremendous help,” and Lowell would need to “step up.”", "Dan Kemp"},
	})
}

// TestMainClauseAfterQuote: the main clause after a subordinate one that a
// quotation closes gives the quotation that closes it to its own subject,
// and so does a "he" or "she" after a joiner: "Where Reed sees “waste,”
// Lowell sees “investment.”"
func TestMainClauseAfterQuote(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	checkSpeakers(t, []speakerCase{
		{"where", lead + "Where Reed sees “waste,” Lowell sees “investment.”", "Ann Lowell"},
		{"if", lead + "If Reed sees “waste,” Lowell sees “investment.”", "Ann Lowell"},
		{"while and a description", lead + "While the mayor sees “waste,” Lowell sees “investment.”", "Ann Lowell"},
		{"she after but", "Tom Reed and Ann Lowell clashed on Monday. Reed called it “waste,” but she sees “investment.”", "Ann Lowell"},
	})
}

// TestFamilyPastOwnCue: a pronoun of the other gender than a subject
// written as a bare surname means the person of its gender the paragraph
// named since the surname's full name, also when the surname's cue noted
// it twice in its clause: "Mayor Tom Reed and Council member Ann Lowell
// clashed on Monday. Reed called the plan “reckless.” She said …" is
// Lowell's, not a second Reed's.
func TestFamilyPastOwnCue(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	checkSpeakers(t, []speakerCase{
		{"she said", lead + "Reed called the plan “reckless.” She said it was “overdue.”", "Ann Lowell"},
		{"she called", lead + "Reed called the plan “reckless.” She called it “overdue.”", "Ann Lowell"},
		{"after but", lead + "Reed called it “waste,” but she sees “investment.”", "Ann Lowell"},
	})
}

// TestPairSecondFullNameHeads: the second of two full names joined by
// "and" at the head of a sentence heads it as the first does, so the
// surname alone takes the gender its given name tells and a pronoun of
// the other gender means someone else: "Ann Lowell and Dan Kemp clashed on
// Monday. Kemp called it “waste.” She said …" is Lowell's, not Kemp's.
func TestPairSecondFullNameHeads(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"she", "Ann Lowell and Dan Kemp clashed on Monday. Kemp called it “waste.” She said it was “an investment.”", "Ann Lowell"},
		{"he", "Dan Kemp and Ann Lowell clashed on Monday. Lowell called it “waste.” He said it was “an investment.”", "Dan Kemp"},
	})
}

// TestPairSecondBeforeVerb: a cue whose subject read is the second name of
// a pair heading the sentence is the pair's, as a cue after the quotation
// is: "Tom Reed and Ann Lowell said the plan was “overdue.”" is both's,
// not Lowell's; "Dan Kemp thanked Reed and Lowell said …" is Lowell's.
func TestPairSecondBeforeVerb(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	checkSpeakers(t, []speakerCase{
		{"full names", "The council voted on Monday. Tom Reed and Ann Lowell said the plan was “overdue.”", "Tom Reed and Ann Lowell"},
		{"surnames", lead + "Reed and Lowell called the plan “overdue.”", "Tom Reed and Ann Lowell"},
		{"both", lead + "Both Reed and Lowell called the plan “overdue.”", "Tom Reed and Ann Lowell"},
		{"after an opening phrase", lead + "On Monday, Reed and Lowell said the plan was “overdue.”", "Tom Reed and Ann Lowell"},
		{"an object before", lead + "Dan Kemp thanked Reed and Lowell said the plan was “overdue.”", "Ann Lowell"},
	})
}

// TestSpeechNounNoMood: a noun of speech after "a" before a name is no
// word of mood ("a visibly tired Reed said"): the name's verb is in a
// relative clause on the noun, no cue of the quotation before it: "Reed
// called the plan “a mistake,” a claim Lowell called “nonsense.”"
func TestSpeechNounNoMood(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	qs := parseQuotes(t, lead+"Reed called the plan “a mistake,” a claim Lowell called “nonsense.”")
	require.Len(t, qs, 2)
	assert.Equal(t, "Tom Reed", qs[0].Speaker)
	assert.Equal(t, "Ann Lowell", qs[1].Speaker)
	checkSpeakers(t, []speakerCase{
		{"a mood", lead + "“It is a mistake,” a visibly tired Reed said.", "Tom Reed"},
	})
}

// TestDescribedRelativeSpeaker: a description set off before a relative
// "who" that a speech verb follows speaks the quotation closing that
// clause, as a name does: "Unlike the mayor, who called it “…,” Lowell
// said …" is the mayor's.
func TestDescribedRelativeSpeaker(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	qs := parseQuotes(t, lead+"Unlike the mayor, who called it “a disaster,” Lowell said “it is a start.”")
	require.Len(t, qs, 2)
	assert.Equal(t, "Tom Reed", qs[0].Speaker)
	assert.Equal(t, "Ann Lowell", qs[1].Speaker)
}

// TestComplaintIsSpeechNoun: a complaint or an objection is a noun of
// speech, whose possessor speaks the quotation in its "that" clause, not
// the subject who dismisses it: "Reed brushed off Lowell’s complaint that
// the plan was “rushed.”"
func TestComplaintIsSpeechNoun(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	checkSpeakers(t, []speakerCase{
		{"complaint", lead + "Reed brushed off Lowell’s complaint that the plan was “rushed.”", "Ann Lowell"},
		{"objection", lead + "Reed waved away Lowell’s objection that the vote was “premature.”", "Ann Lowell"},
	})
}

// TestLeadingQuoteAndDash: a sentence that opens on a quotation and a
// dash, which datelineEnd reads as a dateline's capitals, does not panic
// in the readers of a clause that opens the sentence.
func TestLeadingQuoteAndDash(t *testing.T) {
	for _, text := range []string{
		"Tom Reed spoke in Salem on Monday. “Enough,” —\n\nReed left.",
		"Tom Reed spoke in Salem on Monday. “Enough,” — when Reed says it, he means “stop.”",
		"Tom Reed spoke in Salem on Monday. “Enough,” — if Reed says it, Ann Lowell hears “stop.”",
	} {
		require.NotPanics(t, func() { parseQuotes(t, text) }, text)
	}
}

// TestSpeechPassiveNickname: a passive verb of speech whose agent's name
// holds a quotation (a nickname) reads no agent past the quotation (it
// sliced the words backwards and panicked).
func TestSpeechPassiveNickname(t *testing.T) {
	text := "Mayor Tom Reed met Dan Kemp.\n\nReed was told by Dan “Buddy” Kemp that the ferry was late."
	require.NotPanics(t, func() { parseQuotes(t, text) }, text)
}

// TestAgencyNounAcronymSpellsNoun: "the office" or "the bureau" is an
// acronym the article named only when the acronym holds the noun's
// initial ("The FBI" for "the bureau"), not any acronym named before (the
// NFL, the NAACP), and no agency noun means a country's "U.S.".
func TestAgencyNounAcronymSpellsNoun(t *testing.T) {
	for _, tc := range []struct{ name, text, not string }{
		{"U.S. attorney's office", "Dan Kemp was charged on Monday with fraud, the U.S. attorney’s office in Salem said. Kemp denies it. “He faces 10 years in prison,” the office said.", "U.S"},
		{"a league for the office", "Tom Reed is the mayor of Salem. The NFL fined the Salem team on Monday. Reed’s office answered. “The fine is unfair,” the office said.", "The NFL"},
		{"a league for the bureau", "Tom Reed was charged on Monday. The NFL suspended him. “He faces 10 games,” the bureau said.", "The NFL"},
		{"a country for the agency", "Dan Kemp was charged on Monday, U.S. officials said. Kemp denies it. “He faces 10 years in prison,” the agency said.", "U.S"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			qs := parseQuotes(t, tc.text)
			require.NotEmpty(t, qs)
			assert.NotEqual(t, tc.not, qs[len(qs)-1].Speaker)
		})
	}
	checkSpeakers(t, []speakerCase{
		{"the EPA for the agency", "The EPA fined the port on Monday. Tom Reed objected. “The fine stands,” the agency said.", "The EPA"},
	})
}

// TestJoinedClauseWithSpeakerOfItsOwn: a clause joined on after a
// quotation gives the quotation closing it to its subject only when no
// clause inside it has a speaker and a speech verb of its own: "…, but
// the crowd cheered when Lowell said it was “…”" is Lowell's.
func TestJoinedClauseWithSpeakerOfItsOwn(t *testing.T) {
	const lead = "Tom Reed spoke in Salem on Monday. Ann Lowell listened. "
	checkSpeakers(t, []speakerCase{
		{"but … when", lead + "Reed called the plan “a waste,” but the crowd cheered when Lowell said it was “a good start.”", "Ann Lowell"},
		{"but … after", lead + "Reed called the plan “a waste,” but the council voted for it after Lowell called it “a good start.”", "Ann Lowell"},
		{"main clause … as", lead + "When Reed called the plan “a waste,” the crowd cheered as Lowell said it was “a good start.”", "Ann Lowell"},
		{"she … when", lead + "Reed called the plan “a waste,” but she smiled when Dan Kemp said it was “a good start.”", "Dan Kemp"},
		{"the joined subject's own", lead + "Reed called the plan “a waste,” but Lowell sees it as “a good start.”", "Ann Lowell"},
	})
}

// TestBareRoleNotTitleOfNextName: a role with no article after a name's
// comma is no apposition when its "of" phrase runs into the next name of
// a list ("met Mayor Tom Reed, chief of staff Dan Kemp and …"): the role
// is Kemp's title, not Reed's.
func TestBareRoleNotTitleOfNextName(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"chief of staff", "Police Chief Rosa Diaz spoke on Monday. Later, Ann Lowell met Mayor Tom Reed, chief of staff Dan Kemp and two aides. “We made progress,” the chief said.", "Rosa Diaz"},
		{"the role's own", "Dan Kemp, chief executive of Harbor Marine, met Tom Reed on Monday. “We want a fair deal,” the chief executive said.", "Dan Kemp"},
		{"for and a lower-case object", "Rosa Diaz, spokeswoman for the port workers, met Tom Reed on Monday. “We want a fair deal,” the spokeswoman said.", "Rosa Diaz"},
	})
	for _, text := range []string{
		"Ann Lowell met Mayor Tom Reed, director of communications Dan Kemp and two aides on Monday. Lowell left early. “We made progress,” the director said.",
	} {
		qs := parseQuotes(t, text)
		require.NotEmpty(t, qs)
		assert.NotEqual(t, "Tom Reed", qs[len(qs)-1].Speaker)
	}
}

// TestAccordingToMessageFromPlace: "according to" a message "from" a
// place is no one's by that place: "a report from Washington" and "a
// dispatch from Salem" name where it came from, not who sent it.
func TestAccordingToMessageFromPlace(t *testing.T) {
	lead := "Tom Reed is the mayor of Harbor City. Ann Lowell spoke first. "
	checkSpeakers(t, []speakerCase{
		{"a city", lead + "The port is “a done deal,” according to a report from Salem.", ""},
		{"a capital", lead + "The port is “a done deal,” according to a report from Washington.", ""},
		{"a body", lead + "The port is “a done deal,” according to a statement from the Salem Port Authority.", "Salem Port Authority"},
		{"a person", lead + "The port is “a done deal,” according to an email from Ann Lowell.", "Ann Lowell"},
		{"a person named there", lead + "The port is “a done deal,” according to an email from Dan Kemp.", "Dan Kemp"},
	})
}

// TestParticipleAfterRelative: a participle of speech right before a
// quotation, after another quotation a relative clause gave its own
// speaker, takes the sentence's subject: "Reed responded to Lowell, who
// called the plan “…,” by saying “…”" is Reed's second; "… with Kemp
// tweeting that it was a “disaster” and asking, “…”" stays Kemp's.
func TestParticipleAfterRelative(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	checkSpeakers(t, []speakerCase{
		{"by saying", lead + "Reed responded to Lowell, who called the plan “reckless,” by saying “it is overdue.”", "Tom Reed"},
		{"saying", lead + "Reed praised Lowell, who called the plan “a start,” saying, “She is right.”", "Tom Reed"},
		{"and asking", "Critics were quick to respond, with Dan Kemp tweeting that it was a “disaster” and asking, “Who will pay for this?”", "Dan Kemp"},
	})
}

// TestRelativeSaysCopula: a relative clause whose speaker says the
// relative word "is" what the quotation holds is that speaker's: "Reed,
// who Lowell says is “a bully,” declined to comment" is Lowell's.
func TestRelativeSaysCopula(t *testing.T) {
	const lead = "Mayor Tom Reed and Council member Ann Lowell clashed on Monday. "
	checkSpeakers(t, []speakerCase{
		{"says is", lead + "Reed, who Lowell says is “a bully,” declined to comment.", "Ann Lowell"},
		{"said was", lead + "Reed, who Dan Kemp said was “a bully,” declined to comment.", "Dan Kemp"},
	})
}

// TestHeadingQuoteNoCarry: a quotation standing as a heading of its own
// (Markdown "## “…”" or an underlined heading, HTML <h2>, in plain text a
// short line with no final mark between paragraphs) does not carry the
// speaker of the paragraph before it: it has no speaker, unless its own
// line names one.
func TestHeadingQuoteNoCarry(t *testing.T) {
	const lead = "Mayor Tom Reed spoke first. “We will rebuild the harbor,” Reed said.\n\nGovernor Ann Lowell spoke next. “The state will pay for half,” Lowell said.\n\n"
	tests := []struct {
		name, format, text, speaker string
	}{
		{"markdown", "markdown", lead + "## “The fishermen are the heart of this city”\n\nThe crowd cheered.\n", ""},
		{"markdown underlined", "markdown", lead + "“The fishermen are the heart of this city”\n------------------------------------------\n\nThe crowd cheered.\n", ""},
		{"markdown, its line names one", "markdown", lead + "## Reed: “The fishermen are the heart of this city”\n\nThe crowd cheered.\n", "Tom Reed"},
		{"html", "html", "<p>" + strings.ReplaceAll(strings.TrimSpace(lead), "\n\n", "</p><p>") + "</p>\n<h2>“The fishermen are the heart of this city”</h2>\n<p>The crowd cheered.</p>\n", ""},
		{"plain text", "text", lead + "“The fishermen are the heart of this city”\n\nThe crowd cheered.\n", ""},
		{"plain text, a paragraph of words said", "text", lead + "“The fishermen are the heart of this city.”\n\nThe crowd cheered.\n", "Ann Lowell"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadArticle("a", []byte(tt.text), ArticleFormat(tt.format))
			require.NoError(t, err)
			qs := ParseArticle(d).Quotes
			require.Len(t, qs, 3)
			assert.Equal(t, "Ann Lowell", qs[1].Speaker)
			assert.Equal(t, tt.speaker, qs[2].Speaker)
		})
	}
}

// TestPairAfterInvertedCue: two people joined by "and" after an inverted
// cue's verb, ending its clause, speak together, as they do before it:
// "“…,” said Reed and Lowell" is both's; "“…,” said Reed and Lowell
// nodded" stays Reed's.
func TestPairAfterInvertedCue(t *testing.T) {
	const lead = "Mayor Tom Reed and Governor Ann Lowell spoke at the harbor. "
	checkSpeakers(t, []speakerCase{
		{"the sentence ends", lead + "“The state will pay,” said Reed and Lowell.", "Tom Reed and Ann Lowell"},
		{"a phrase after", lead + "“The state will pay,” said Reed and Lowell in a joint statement.", "Tom Reed and Ann Lowell"},
		{"a clause after", lead + "“The state will pay,” said Reed and Lowell, who met on Monday.", "Tom Reed and Ann Lowell"},
		{"the second's own verb", lead + "“The state will pay,” said Reed and Lowell nodded.", "Tom Reed"},
	})
}

// TestCopulaTitle: a title a copula gives a name ("Tom Reed has been mayor
// for six years", "Tom Reed is mayor") is the person's, as an
// apposition's is, so a later "the mayor" means them and not whoever was
// named last.
func TestCopulaTitle(t *testing.T) {
	const tail = " He spoke at the harbor on Monday.\n\nDan Kemp, a fisherman, asked about the seawall.\n\nThe mayor nodded. “We will rebuild the harbor this year,” he said."
	checkSpeakers(t, []speakerCase{
		{"has been", "Tom Reed has been mayor for six years." + tail, "Tom Reed"},
		{"is, ending the sentence", "Tom Reed is mayor." + tail, "Tom Reed"},
		{"has been, since", "Tom Reed has been mayor since 2019." + tail, "Tom Reed"},
		{"was the", "Tom Reed was the mayor of Salem." + tail, "Tom Reed"},
	})
}

// TestSheMeansWomanNamedSinceUnmarkedSubject: "she" passes over a subject
// whose gender the article never tells for a woman named since in another
// role; "he" keeps the subject.
func TestSheMeansWomanNamedSinceUnmarkedSubject(t *testing.T) {
	checkSpeakers(t, []speakerCase{
		{"she after an unmarked subject and a woman as its object",
			"Kemp praised Ann Lowell on Tuesday. “The ferry leaves at noon,” she said.", "Ann Lowell"},
		{"he after an unmarked subject and a man as its object",
			"Kemp praised Tom Reed on Tuesday. “The ferry leaves at noon,” he said.", "Kemp"},
		{"she after a subject the article tells is a woman",
			"Ms. Kemp praised Ann Lowell on Tuesday. “The ferry leaves at noon,” she said.", "Kemp"},
	})
}

// TestVerdictOnClaim: the quotation right after a verdict on a person
// ("Tom Reed Is Right", "Lowell was wrong that") is the claim judged, the
// person's words, not the words of whoever the headline or sentence
// credits with the verdict; a verdict inside the quotation, a speaker
// who goes on after the comma, or one the sentence names after a comma's
// quotation, keeps its speaker, and a verdict on no one named or on a
// body gives the quotation to no one judged.
func TestVerdictOnClaim(t *testing.T) {
	tests := []struct {
		name, text, speaker string
	}{
		{"a fact check's headline gives the claim to the one judged",
			"Harbor Check: Tom Reed Is Right, ‘Ten Thousand Jobs’ At The Port\n\nThe mayor spoke on Monday.\n", "Tom Reed"},
		{"in running text, with that, and an adverb",
			"The audit came out on Friday. Ann Lowell was flatly wrong that “the ferry pays for itself,” it found.\n", "Ann Lowell"},
		{"about",
			"Dan Kemp is correct about “the worst storm in a century,” the weather office said on Tuesday in a note.\n", "Dan Kemp"},
		{"a verdict inside the quotation is the speaker's own",
			"Ann Lowell: Tom Reed Is “Dangerously Wrong” On The Port\n\nThe mayor spoke on Monday.\n", "Ann Lowell"},
		{"after a comma, a speaker before the verdict goes on",
			"The vote came on Friday. Dan Kemp said Reed was right, “and everyone in Salem knows it.”\n", "Dan Kemp"},
		{"after a comma, a speaker the sentence names after the quotation",
			"Tom Reed and Ann Lowell spoke on Friday. Reed is right, “we need more boats,” and the port must grow, Lowell said.\n", "Ann Lowell"},
		{"after a colon, a speaker the sentence names after the quotation",
			"Tom Reed and Ann Lowell spoke on Friday. Reed is right: “we need more boats” to carry the freight, Lowell told reporters.\n", "Ann Lowell"},
		{"a verdict on no one named",
			"Tom Reed and Ann Lowell spoke on Friday. It is right that “the port must grow,” Reed said.\n", "Tom Reed"},
		{"a verdict on a body",
			"Tom Reed and Ann Lowell spoke on Friday. Reed said the council was wrong that “the ferry pays for itself.”\n", "Tom Reed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := parseQuotes(t, tt.text)
			require.NotEmpty(t, qs)
			assert.Equal(t, tt.speaker, qs[0].Speaker)
		})
	}
}

// TestTitleAfterPreposition: a title after a preposition inside a
// noun phrase ("a message from Undersecretary …") opens the name after
// it, no description of a message's "secretary", and the office's object
// after "for" or "of" is no part of the name: the person is one of the
// article's people, whom a later "she" means; "of" still ends a count
// ("a group of protesters"), and a preposition before a word in lower
// case ends no description ("the newly elected at large councilwoman").
func TestTitleAfterPreposition(t *testing.T) {
	assert.Equal(t, "Ann Lowell", stripTitles("Under Secretary for Political Affairs Ann Lowell"))
	assert.Equal(t, "Ann Lowell", stripTitles("Secretary of Harbor Affairs Ann Lowell"))
	checkSpeakers(t, []speakerCase{
		{"an office with its object after a message from",
			"In one email, Deputy Adviser Dan Kemp wrote to Tom Reed about the trip.\n\nKemp was responding to a message from Undersecretary for Political Affairs Ann Lowell, reporting that a plane had landed in Salem. “Salem plane wheels up,” she wrote.\n",
			"Ann Lowell"},
	})
	d, err := NewDoc("a.txt", []byte("He got a message from Under Secretary for Harbor Affairs Ann Lowell on Monday."))
	require.NoError(t, err)
	people := ParseArticle(d).People
	require.Len(t, people, 1)
	assert.Equal(t, "Ann Lowell", people[0].Name)
	assert.Contains(t, people[0].Titles, "secretary")
	for _, tt := range []struct{ text, as string }{
		{"Tom Reed spoke.\n\nA group of protesters chanted “Liar!”\n", "A group of protesters"},
		{"Tom Reed spoke.\n\nAnother of his advisers called it “a mess.”\n", "Another of his advisers"},
		// (a preposition before a word in lower case may be part of a
		// modifier written without hyphens)
		{"Tom Reed spoke.\n\n“It is a good day,” the newly elected at large councilwoman said.\n", "the newly elected at large councilwoman"},
	} {
		qs := parseQuotes(t, tt.text)
		require.NotEmpty(t, qs)
		assert.Equal(t, tt.as, qs[len(qs)-1].AttributedTo, tt.text)
	}
}

// TestMojibakeSpacedAccent: mojibake whose Latin-1 sign a compatibility
// decomposition wrote as a space and a combining mark ("Ã¨" of "è" as
// "Ã \u0308") stays one word of the name, which is repaired whole.
func TestMojibakeSpacedAccent(t *testing.T) {
	assert.Equal(t, "Helène", repairMojibake("HelÃ \u0308ne"))
	qs := parseQuotes(t, "Tom Reed spoke.\n\nThe French minister of energy, HÃ©lÃ \u0308ne Lowell, alluded to the vote, saying the deal might be “signed by then.”\n")
	require.NotEmpty(t, qs)
	assert.Equal(t, "Hélène Lowell", qs[len(qs)-1].Speaker)
}

// TestModifierBeforeSurname: a capitalised number, quantity or adjective
// of rank before a surname ("Top Reed aides", "Six Reed delegates") is no
// given name: no person "Top Reed" takes Tom Reed's mentions, and the
// phrase with its person noun is a description of people unnamed.
func TestModifierBeforeSurname(t *testing.T) {
	for _, text := range []string{
		"Tom Reed said he wants a debate in Salem. Top Reed aides said Ann Lowell was stalling.\n\n“We are tired of waiting,” Reed said.\n",
		"Tom Reed said he wants a debate in Salem. Six Reed delegates walked out on Monday.\n\n“We are tired of waiting,” Reed said.\n",
	} {
		d, err := NewDoc("a.txt", []byte(text))
		require.NoError(t, err)
		a := ParseArticle(d)
		for _, p := range a.People {
			assert.NotContains(t, []string{"Top Reed", "Six Reed"}, p.Name, text)
		}
		require.NotEmpty(t, a.Quotes)
		assert.Equal(t, "Tom Reed", a.Quotes[len(a.Quotes)-1].Speaker, text)
	}
	for _, tt := range []struct{ text, as string }{
		{"Tom Reed spoke.\n\nSix Reed delegates called the plan “a farce.”\n", "Six Reed delegates"},
		{"Tom Reed spoke.\n\nAccording to Top Reed aides, the plan was “a sham.”\n", "Top Reed aides"},
		{"Tom Reed spoke.\n\nThree Salem voters called it “a joke.”\n", "Three Salem voters"},
		{"Tom Reed spoke.\n\n“Call it a draw,” Senior Adviser Ann Lowell said.\n", "Senior Adviser Ann Lowell"},
	} {
		qs := parseQuotes(t, tt.text)
		require.NotEmpty(t, qs)
		assert.Equal(t, tt.as, qs[len(qs)-1].AttributedTo, tt.text)
	}
}
