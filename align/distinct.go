package align

// Distinctive words. Words another speaker says prove a misattribution only
// when they could not be anybody's: "Thank you so much for having me" or "I
// think that is exactly right", said by Ann Lowell and quoted as Tom Reed's,
// is no remark of Lowell's that Reed was given, however many words it has,
// while "the harbor tax is dead" is. A word is distinctive when it is
// neither a stop word nor one of stockWords, the words that make up the
// stock phrases of speech: greetings and thanks ("good morning everyone",
// "thank you for coming"), agreement and emphasis ("I think that's right",
// "let me be very clear"), the verbs of saying, thinking and wanting, and
// the forms of address of a meeting ("Mr. Chairman, members of the
// committee"). A name or a number is never one of them, so it counts
// (the number "1" aside, as it is also the pronoun "one": "no one", "one
// of them"). A quote's distinct distinctive words that a reading keeps are
// measures.matchedDistinct; MinDistinctWords of them make the reading's
// words somebody's (candidate.distinctive).
//
// The list is small and written by hand from general knowledge of English
// function words, stock verbs and the formulas of speeches, hearings and
// interviews, in their inflections and in the tokenizer's folded forms
// ("thank-you" is "thankyou", "OK" is "okay"); it is not a frequency list,
// which would put the words of politics ("tax", "law", "order", "jobs")
// among the common ones and leave "We have to bring back law and order"
// anybody's.
var stockWords = setOfWords(`much many lot lots really quite something anything everything nothing someone anyone
	everyone everybody somebody anybody nobody yes yeah yep okay oh ah well even still already yet ever never always though
	although however whether since like unless around across without within upon onto toward towards among along per 1 one
	ones thing things stuff way ways kind sort bit little every another less least enough else whole together forward
	hey hello hi please thanks thank thankyou thanked thanking sorry excuse pardon welcome welcomed
	say says said saying tell tells told telling talk talks talked talking speak speaks spoke speaking ask asks asked asking
	answer answers answered think thinks thought thinking know knows knew known knowing want wants wanted wanting go goes
	went gone going come comes came coming get gets got gotten getting make makes made making take takes took taken taking
	see sees saw seen seeing look looks looked looking mean means meant believe believes believed like likes liked need
	needs needed give gives gave given giving keep keeps kept try tries tried trying feel feels felt hope hopes hoped agree
	agrees agreed appreciate appreciates appreciated join joined hear hears heard understand understood guess suppose
	supposed seem seems seemed happen happens happened love loved wish remember start started continue continued put puts
	having doing done work works worked working
	good great nice fine glad happy pleased proud honored grateful delighted thrilled excited wonderful terrific fantastic
	important clear clearly sure certain certainly right exactly absolutely definitely totally completely obviously frankly
	honestly simply actually basically truly indeed pretty real true correct big new old first last next long best better
	closely
	morning afternoon evening today tonight time times moment
	folks ladies gentlemen guys people person question questions point points fact course matter honor privilege pleasure
	opportunity chance end part respect due mistake god bless mr mrs ms dr sir madam chair chairman chairwoman member
	members ranking committee colleagues distinguished`)

// distinctiveWord tells whether a quote's word, folded, is distinctive: not
// a stop word nor a stock word of speech.
func distinctiveWord(norm string) bool { return !stopwords[norm] && !stockWords[norm] }

// distinctive tells whether the words a reading c by somebody else keeps
// are enough to be that speaker's own remark: a weight of
// MinMisattributedWeight, each of the quote's words weighing 1 and each
// distinctive word one more, with MinDistinctWords distinctive words among
// them ("the harbor tax is dead": five words and “harbor”, “tax”, “dead”,
// 8), where "I want to thank all of you for coming" has no distinctive
// word; or twice that weight, a long passage, whatever its words.
func (c *candidate) distinctive() bool {
	w := c.m.quoteWords + c.m.matchedDistinct
	return w >= MinMisattributedWeight && c.m.matchedDistinct >= MinDistinctWords || w >= 2*MinMisattributedWeight
}

// tooCommon is the reason's clause for a quote whose words somebody else
// of the record says, verbatim to altered, too few or too common to be
// that speaker's remark (candidate.distinctive): the reason must not deny
// that the words are there. "" when no one says them as their own.
func (r *Record) tooCommon(other *candidate) string {
	if other == nil || other.level > Altered || r.othersWords(other) {
		return ""
	}
	what := "the words are in it, said by " + other.sp.Display
	if other.level == Altered {
		what = "words close to them are in it, said by " + other.sp.Display
	}
	if other.m.matchedDistinct >= MinDistinctWords {
		return what + ", but too few to tell whether it is the same remark"
	}
	return what + ", but too common to tell whether it is the same remark"
}
