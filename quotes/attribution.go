package quotes

import (
	"cmp"
	"iter"
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Person is someone an article names, with every form of the name it uses
// and the descriptions it gives them ("defense minister").
type Person struct {
	Name         string   // the fullest name the article gives
	Titles       []string // lower-case title and description words
	firstMention int
	at           int // where in the article's People (its index by word)
	// the gender and whether an honorific told it, worked out on first
	// use and again after a title or a longer name is added
	g         int
	honorific bool
	gKnown    bool
	// reflexive: the gender a reflexive right after the name tells
	// ("Reed himself"), genderUnknown when none does or both do
	reflexive int
	reflexed  bool
	// fullGender: for a person named by a bare surname, the gender the
	// given name of the one full name the article gives that surname
	// elsewhere tells (noteFullNames), or genderUnknown
	fullGender int
	// owners: the last words, lower-cased, of the names whose aide an
	// apposition made them ("Omar Haddad, Reed’s spokesman," is Reed's)
	owners []string
	// titled: the article's people by title (Article.byTitle), where
	// addTitle files this one
	titled map[string][]int
}

// Grammatical gender of a person or a pronoun, for pronoun resolution.
const (
	genderUnknown = iota
	genderMale
	genderFemale
)

// maleTitles and femaleTitles tell a person's gender: honorifics only
// (copy calls a woman "spokesman" too, and "his daughter Ivanka Trump"
// names a relation of someone else).
var maleTitles = setOf(`mr sir`)
var femaleTitles = setOf(`mrs ms miss madam`)

// genderDisagrees tells whether the person name is known to be of
// another gender than g (genderUnknown disagrees with none).
func (a *Article) genderDisagrees(name string, g int) bool {
	if g == genderUnknown {
		return false
	}
	for _, p := range a.peopleSharing(name) {
		if p.Name == name {
			pg := p.gender()
			return pg != genderUnknown && pg != g
		}
	}
	return false
}

// otherGender tells whether two genders are both known and differ.
func otherGender(g, h int) bool {
	return g != genderUnknown && h != genderUnknown && g != h
}

// genderOf is the gender the article tells of the person name (by an
// honorific, a noun or a given name), or genderUnknown.
func (a *Article) genderOf(name string) int {
	for _, p := range a.peopleSharing(name) {
		if p.Name == name {
			return p.gender()
		}
	}
	return givenGender(name)
}

// gender is what the article tells of a person's gender by an honorific
// ("Mr.", "Ms."), when its honorifics agree.
func (p *Person) gender() int {
	if !p.gKnown {
		p.g, p.honorific = p.workOutGender()
		p.gKnown = true
	}
	return p.g
}

// workOutGender is gender, uncached, and whether an honorific told it.
func (p *Person) workOutGender() (int, bool) {
	m, f := false, false
	for _, t := range p.Titles {
		m = m || maleTitles[t]
		f = f || femaleTitles[t]
	}
	switch {
	case m && !f:
		return genderMale, true
	case f && !m:
		return genderFemale, true
	case m && f:
		return genderUnknown, false
	}
	// a noun only one sex is called by ("spokeswoman", "actress",
	// "husband"), where no honorific tells
	m, f = false, false
	for _, t := range p.Titles {
		m = m || maleNouns[t]
		// a title read as both ("representative": congressman and
		// congresswoman) tells nothing
		f = f || femaleNouns[t] && !(strings.HasSuffix(t, "woman") && slices.Contains(p.Titles, strings.TrimSuffix(t, "woman")+"man"))
	}
	switch {
	case m && !f:
		return genderMale, false
	case f && !m:
		return genderFemale, false
	}
	if g := givenGender(p.Name); g != genderUnknown {
		return g, false
	}
	if p.fullGender != genderUnknown {
		return p.fullGender, false // "Ann Lowell interviewed Tom Reed. Lowell spoke"
	}
	// a reflexive right after the bare name ("Reed himself"), where
	// nothing else tells
	return p.reflexive, false
}

// noteReflexives notes the gender a reflexive pronoun right after a
// person's name that opens its clause tells ("Reed himself went after the
// plan"), or the subject pronoun of the clause the name's past verb of
// speech reports ("Lowell said she was pleased"), for the people whose
// gender nothing else tells.
func (a *Article) noteReflexives(sents []sentence) {
	// others: the surnames of the people of each gender a given name or
	// an honorific brought in before the sentence ("Ann Lowell", "Ms.
	// Lowell"), whom a reported clause's pronoun may mean instead
	others := [3]map[string]bool{{}, {}, {}}
	for _, s := range sents {
		ws := s.words
		for k := 1; k < len(ws); k++ {
			n := k - 1 // the name's last word
			if (ws[k].lower == "he" || ws[k].lower == "she") && k >= 2 && speechVerbs[ws[k-1].lower] && strings.HasSuffix(ws[k-1].lower, "d") {
				n = k - 2 // the subject of a reported clause is the speaker's own: "Lowell said she was pleased"
			} else if ws[k].lower != "himself" && ws[k].lower != "herself" {
				continue
			}
			if ws[n].quote >= 0 || !ws[n].isCap() {
				continue
			}
			g := pronounGender(ws[k].lower)
			ph, ok := a.personEndingAt(ws, n)
			if !ok || ph.kind != AttrNamed {
				continue
			}
			if n == k-2 && otherThan(others[g], strings.ToLower(trimPossessive(ws[n].s))) {
				continue // the clause may be about another: "Ann Lowell missed the vote. Kemp said she was ill."
			}
			// the name opens its clause and a verb follows the pronoun
			// ("Reed himself went", "Lowell said she was"): after an
			// object ("handed it to Kemp herself.") the reflexive is the
			// subject's
			if ph.i != datelineEnd(ws) && ws[ph.i-1].s != "," && !conjunctions[ws[ph.i-1].lower] || k+1 >= len(ws) || ws[k+1].punct() || ws[k+1].quote >= 0 {
				continue
			}
			for _, p := range a.peopleSharing(ph.text) {
				if !a.sameName(p.Name, ph.text) {
					continue
				}
				switch {
				case !p.reflexed:
					p.reflexive, p.reflexed = g, true
				case p.reflexive != g:
					p.reflexive = genderUnknown
				}
				p.gKnown = false
				break
			}
		}
		for i := 0; i+1 < len(ws); i++ {
			if ws[i].quote >= 0 || !ws[i].isCap() || !ws[i+1].isCap() || ws[i+1].quote >= 0 {
				continue
			}
			// (the first word's own gender, read from its lower case: no
			// name is built for a pair of capitals, most of them no name)
			g := genderUnknown
			switch t := strings.Trim(ws[i].lower, ".,"); {
			case maleTitles[t] || maleGiven[t]:
				g = genderMale
			case femaleTitles[t] || femaleGiven[t]:
				g = genderFemale
			}
			if g != genderUnknown {
				others[g][trimPossessive(ws[i+1].lower)] = true
			}
		}
	}
}

// otherThan tells whether the set of surnames holds one other than sur.
func otherThan(set map[string]bool, sur string) bool {
	for s := range set {
		if s != sur {
			return true
		}
	}
	return false
}

// femaleNouns and maleNouns name a woman or a man only. The nouns in -man
// are not among them (copy calls a woman "spokesman" too), nor royal titles
// (also surnames: "Dana King").
var femaleNouns = setOf(`spokeswoman chairwoman congresswoman businesswoman councilwoman assemblywoman anchorwoman
actress waitress wife widow mother grandmother daughter sister`)
var maleNouns = setOf(`husband widower father grandfather son brother`)

// nounGender is the gender a person noun tells ("woman", "father"), else
// genderUnknown.
func nounGender(w string) int {
	switch {
	case w == "woman" || w == "girl" || w == "lady" || femaleNouns[w]:
		return genderFemale
	case w == "man" || w == "boy" || maleNouns[w]:
		return genderMale
	}
	return genderUnknown
}

// writtenGender is the gender an honorific at the head of a name as
// written tells ("Mrs. Kemp", "Mr Reed"), else genderUnknown.
func writtenGender(written string) int {
	f := strings.Fields(written)
	if len(f) < 2 {
		return genderUnknown
	}
	switch h := strings.ToLower(strings.TrimSuffix(f[0], ".")); {
	case maleTitles[h]:
		return genderMale
	case femaleTitles[h]:
		return genderFemale
	}
	return genderUnknown
}

// pronounGender is the gender a pronoun names.
func pronounGender(w string) int {
	switch strings.ToLower(w) {
	case "he", "him", "his", "himself":
		return genderMale
	case "she", "her", "hers", "herself":
		return genderFemale
	}
	return genderUnknown
}

// word is a token of article prose outside quotations.
type word struct {
	s          string // as written
	lower      string
	start, end int
	// quote: the index of the quotation this placeholder stands for, or
	// -1; an int32, so that with the two flags after it a word takes 56
	// bytes, not 64: every word of an article is held at once (the
	// sentences of 10 MB on one line, 120 MB at 64 bytes a word)
	quote int32
	// inert: the quotation is a work's title or words printed on a thing
	// ("author of “The Long Harbor,”", "“Vote Reed” pins"), no speech, so
	// an apposition may hold it; comma: a comma closes it inside its marks
	inert, comma bool
}

func (w word) isCap() bool {
	r, _ := utf8.DecodeRuneInString(w.s)
	return unicode.IsUpper(r)
}

func (w word) punct() bool {
	return w.quote < 0 && utf8.RuneCountInString(w.s) == 1 && strings.ContainsAny(w.s, ",;:—–()")
}

// Inside a word, combining marks belong to it (an accent written apart
// from its letter, "Pen\u0303a"), and so do the signs and control
// characters of Latin-1 (U+0080 to U+00BF, save the no-break space and the
// guillemets), which are what text decoded in the wrong encoding makes of
// an accented letter ("PeÃ±a", "FranÃ§ois"): the name stays one word.
// So does such a sign that a compatibility decomposition wrote as a space
// and a combining mark ("Ã¨" of "è" as "Ã \u0308": "HelÃ \u0308ne").
var wordRE = regexp.MustCompile(`[\p{L}\p{N}](?:[\x{C2}\x{C3}\x{302}\x{303}] \p{M}|[\p{L}\p{M}\p{N}.'’\-\x{80}-\x{9F}\x{A1}-\x{AA}\x{AC}-\x{BA}\x{BC}-\x{BF}])*|[,;:—–()]`)

// wordMatches yields the [start, end) of each match of wordRE in s, in order,
// as wordRE.FindAllStringIndex(s, -1) lists them, but found wordBatch at a
// time, so that a paragraph of 10 MB on one line never holds the spans of
// all its words at once (some 70 MB of them). wordRE has no anchor and no
// word boundary and never matches nothing, so what it matches at a place
// depends on the text from there on only, and a search from where a
// batch's last match ended finds what a search of the whole does: in "Tom
// Reed said" with batches of two, "Tom" and "Reed", then "said" from the
// space after "Reed".
func wordMatches(s string) iter.Seq[[]int] { return wordMatchesBy(s, wordBatch) }

// wordBatch is how many words wordMatches finds at once: enough that the
// search's start is paid for seldom, few enough that the batch is small.
const wordBatch = 256

func wordMatchesBy(s string, batch int) iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		for off := 0; off < len(s); {
			ms := wordRE.FindAllStringIndex(s[off:], batch)
			for _, m := range ms {
				m[0], m[1] = m[0]+off, m[1]+off
				if !yield(m) {
					return
				}
			}
			if len(ms) < batch {
				return
			}
			off = ms[len(ms)-1][1]
		}
	}
}

// speechVerbs are the verbs and participles that introduce or follow speech.
// A form news copy uses as often for a noun or for no speech is left out
// ("the protests", "her emails", "texts", "marvels", "Germans protesting
// against the pact").
var speechVerbs = setOf(`said say says saying told tell tells telling added add adds adding noted note notes noting
remarked remarks remark stressed stress stresses stressing declared declares declaring concluded concludes concluding conclude
stated states explained explains explaining asked asks asking answered answers replied replies replying responded responds
wrote writes writing tweeted tweets tweeting argued argues arguing insisted insists insisting quipped quips continued continues
emphasized emphasizes emphasizing emphasised emphasises underscored underscores underscoring acknowledged acknowledges
warned warns warning recalled recalls announced announces claimed claims claiming observed observes commented comments
reiterated reiterates urged urges suggested suggests predicted predicts promised promises vowed vows admitted admits
agreed agrees described describes called calls calling charged charges contended contends maintained maintains asserted asserts
boasted boasts joked jokes exclaimed exclaims shouted shouts yelled yells testified testifies posted posts reported reports
confirmed confirms denied denies highlighted highlights pointed points expressed expresses lauded praised criticized criticised
mused cautioned countered retorted interjected complained complains lamented conceded concedes reaffirmed reaffirms recounted
opined pledged pledges recommended recommends wondered began chimed elaborated affirmed adds explains cited cites accused accuses thundered
proclaimed proclaims spoke speaks speaking reflected reflects announced declaring concluding told
alleged alleges alleging chanted chanting screamed screaming shouting dubbed labeled labelled branded termed
referred refers referring blasted slammed mocked ridiculed touted derided decried denounced interjecting
questioned fumed scoffed sniped snapped quipping joking boasting bragged bragging griped groused marveled marvelled
recalled recalling conceding countering adding explaining arguing warning insisting
reads read remembered yelling shrieked whispered muttered sighed laughed cracked griped retweeted
barked retaliated growled snarled hissed roared beamed cried sobbed teased taunted gloated riffed
written spoken pressed demanded inquired probed queried pleaded reasoned gushed vented sneered
started reacted reacts offered assured assures interrupted texted emailed messaged affirms exhorted exhorts deadpanned
argue insist warn explain admit contend assert complain concede declare emphasize emphasise reiterate opine retort
interject scoff exclaim proclaim testify allege deny write maintain recount
repeated repeats repeating summarized summarizes summarised summarises objected objects confided confides
protested chided chides chiding scoffs scoffing laments lamenting cautions cautioning grouses grousing marveling marvelling vowing`)

// closingCueVerbs report the quotation before them only as the last word
// of its cue ("“…,” the governor clarified."): elsewhere they take an
// object more often than they report speech ("Reed clarified his
// remarks on Monday"), so they are no speechVerbs.
var closingCueVerbs = setOf(`clarified echoed`)

// answerVerbs are verbs of answering in their plain form, which speechVerbs
// leaves out (a plain "reply" or "answer" is as often a noun).
var answerVerbs = setOf(`respond reply answer retort`)

// speechInfinitive tells whether words[k] is a verb of answering after
// "to" that brings in the quotation at words[i], with only punctuation
// between: "prompting Reed to respond, “…”", "Reed was quick to reply:
// “…”". The infinitive's subject speaks (see subjectBefore).
func speechInfinitive(ws []word, k, i int) bool {
	if k < 1 || ws[k-1].lower != "to" || !answerVerbs[ws[k].lower] || ws[k].quote >= 0 {
		return false
	}
	return !slices.ContainsFunc(ws[k+1:i], func(w word) bool { return !w.punct() })
}

// phrasalSpeech are speech verbs of two words, read as one word.
var phrasalSpeech = map[string]bool{"went on": true, "goes on": true, "shot back": true, "shoots back": true,
	"fired back": true, "fires back": true, "hit back": true, "hits back": true, "pushed back": true,
	"snapped back": true, "wrote back": true, "chimed in": true, "weighed in": true, "pressed on": true,
	"pointed out": true, "points out": true, "spoke up": true, "piped up": true, "cut in": true,
	"summed up": true, "sums up": true}

func init() {
	for p := range phrasalSpeech {
		speechVerbs[p] = true
	}
}

// cueWords mark a sentence that reports what someone said, wrote or
// thought, beyond the speech verbs: a short quotation in such a sentence
// is a partial quote of that speech, not a writer's scare quote ("both
// oppose a formula called the “chained CPI”", "the lawsuit alleged that
// the party “failed to implement reasonable measures”").
var cueWords = setOf(`according call dub label brand term describe refer accuse allege denounce chant shout scream yell
described accusation accusations allegation allegations complaint statement letter slogan motto chant chants
referring calling labeling labelling branding naming named name tweet tweeted tweets wrote write writes read reads
believe believes believed thinks think thought feel feels felt insist support supports supported oppose opposes opposed
pledge pledged promise promised vow vowed warn urge ad ads interview remarks speech op-ed editorial memo report
says said billed`)

// objectVerbs report speech about someone, their object: in "Trump,
// who leads, mocked Marco Rubio for “…”" and "Cruz called the KKK
// “abhorrent”" the person after the verb is spoken of, never the speaker.
var objectVerbs = setOf(`mocked mocks called calls calling labeled labelled branded dubbed termed described describes
accused accuses blasted slammed ridiculed derided decried denounced criticized criticised praised lauded touted
urged urges thanked thanks attacked attacks chided scolded warned warns congratulated credited`)

// listenerVerbs take the listener as their object: in "telling Reuters,
// “…”" Reuters hears the quote.
var listenerVerbs = setOf(`told tell tells telling asked asks asking`)

// personNouns head the descriptions that stand for a person.
var personNouns = setOf(`official rival opponent officials minister secretary president vp senator candidate nominee spokesman spokeswoman
spokesperson ambassador governor chairman chairwoman chair leader director source sources aide adviser advisor congressman
congresswoman lawmaker chief representative businessman billionaire mogul diplomat envoy premier chancellor mayor judge
prosecutor attorney lawyer general admiral officer commander strategist pollster manager analyst economist professor expert
doctor activist founder executive ceo host anchor moderator reporter journalist author writer historian democrat republican
incumbent challenger frontrunner front-runner hopeful contender king queen prince pope cleric monk woman man mother father
wife husband daughter son friend colleague counterpart veteran voter supporter resident witness officer investigator head
minister's speaker whip suit lawsuit report statement letter memo complaint filing editorial email release story article study paper footnote textbook tweet member members delegate delegates person columnist editor narrator speechwriter consultant
actor actress protester protesters staffer staffers insider operative donor organizer neurosurgeon surgeon physician pastor
preacher rabbi bishop priest teacher student worker farmer owner entrepreneur commentator pundit correspondent
confidant confidante commenter look-alike impostor lady justice scientist scientists ally aides advisers advisors lawyers experts analysts allies friends supporters critics residents officials delegates
child boy girl kid teenager neighbor attendee participant demonstrator heckler caller viewer customer employee nurse soldier agent designer artist comedian singer musician athlete player coach fan
commissioner councilman councilwoman legislator trustee negotiator`)

// humanNoun tells whether a person noun names people, not a document:
// personNouns holds the document nouns too, for descriptions that speak.
func humanNoun(w string) bool { return personNouns[w] && !documentNouns[w] }

// documentNouns head descriptions of documents that speak ("the suit
// reads", "the report stated", "according to a study by …"): anonymous,
// resolved to a person only as the one who issued the document or, by a
// possessive, owns it ("Reed’s statement").
var documentNouns = setOf(`suit lawsuit report statement letter memo complaint filing editorial email release story article study paper footnote textbook tweet document`)

// descriptors are lower-case words that may stand between a title and a
// name: "former Vermont governor Howard Dean", "the economist Jared
// Bernstein", "Republican National Committee spokesman Sean Spicer".
var descriptors = setOf(`former longtime then retired acting senior top chief deputy assistant state federal
presidential political campaign party press media vice executive managing national security foreign policy
communications legal general senior-most veteran conservative liberal progressive`)

func isDescriptor(w string) bool {
	return descriptors[w] || personNouns[w] || titleWords[w] && w != "of" && w != "for" && w != "the" || isAge(w)
}

// isAge tells whether a word is an age before a name: "76-year-old".
func isAge(w string) bool {
	n, rest, ok := strings.Cut(w, "-")
	return ok && n != "" && strings.Trim(n, "0123456789") == "" && rest == "year-old"
}

// indefinite determiners make a description anonymous: "a Nevada
// Democrat", "another official" name nobody the article knows.
var indefinite = setOf(`a an another one some`)

// unnamedPronouns stand for a person unnamed: "someone in the crowd
// shouted".
var unnamedPronouns = setOf(`someone somebody`)

// indefinitePronouns stand for someone unnamed as the subject of a verb:
// "Another said", "Several tweeted", "Some chanted".
var indefinitePronouns = setOf(`another several some many others few most`)

// quantifiedGroup is the description a plural name is the head of after
// a quantifier and up to two modifiers ("Some Democrats", "several senior
// Republicans"): people left unnamed, not the body the name may stand for.
func (a *Article) quantifiedGroup(ws []word, ph phrase) (phrase, bool) {
	for k := ph.i - 1; k >= 0 && k >= ph.i-3; k-- {
		w := ws[k]
		if w.quote >= 0 || w.punct() {
			break
		}
		if groupQuantifiers[w.lower] {
			if d, ok := a.personAt(ws, k); ok && d.kind == AttrDescription && d.j == ph.j {
				return d, true
			}
			break
		}
		if w.isCap() || speechVerbs[w.lower] || finiteVerb(w.lower) {
			break
		}
	}
	return phrase{}, false
}

// groupModifier tells whether a word may stand between a quantifier and
// the plural it heads ("some younger voters"): a lower-case word that is no
// verb, determiner, preposition or conjunction ("Some think the senator
// …" is no description).
func groupModifier(w word) bool {
	l := w.lower
	return !w.isCap() && !speechVerbs[l] && !finiteAux[l] && !pluralVerbs[l] && !determiners[l] &&
		!objectPrepositions[l] && !conjunctions[l] && l != "of" && l != "who" && l != "that"
}

// groupQuantifiers open descriptions of people left unnamed when a plural
// of a person noun heads them: "Some Democrats", "several senior
// Republicans".
var groupQuantifiers = setOf(`some several many most few`)

// possessiveDet open descriptions of someone other than the person they
// refer to: "his spokesman", "Trump’s lawyer".
var possessiveDet = setOf(`his her their its`)

var pronouns = map[string]bool{"he": true, "she": true, "they": true}

var stopCaps = setOf(`The A An In On At For From With By As But And Or If When While After Before Since During This That These
Like Unlike Reached Asked Watching Given According
Those It Its Their His Her Our We They He She I You Your Then Now There Here What Why How Who Where Which Although Though
Meanwhile However Also Still Yet Indeed Over Under Amid Amidst Among Despite Following Looking Speaking Reflecting Economically
Together Initially Notable One Two Both Each Many Some Another Other Several Every Most Few Such Just Thus Even Any All Either Neither Mr Mrs Ms Dr Not Today Yesterday Tomorrow Monday Tuesday Wednesday
Thursday Friday Saturday Sunday January February March April May June July August September October November December
Nobody Everybody Everyone Anybody Anyone None Was Were Is Are Did Does Has Have Had Would Could Should Can
Outside Inside Alongside Beyond Throughout Across Behind Beside Toward Towards Around Against Within Without Upon Along Between Beneath Above Below Via Including Regarding Concerning
Late`)

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// nameWords are the words of a name that identify the person: title words,
// initials and punctuation dropped, lower case.
func nameWords(name string) []string {
	var out []string
	name = repairMojibake(name) // "TomÃ¡s" is "Tomás"
	for _, w := range strings.Fields(strings.ReplaceAll(name, "’", "'")) {
		w = strings.Trim(strings.ToLower(w), ".,;:'")
		w = strings.TrimSuffix(w, "'s")
		if w == "" || titleWords[w] || utf8.RuneCountInString(w) == 1 || w == "jr" || w == "sr" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// SameName reports whether two names can refer to one person: one's words
// are all among the other's ("Blinken" and "Antony J. Blinken", "Iwaya" and
// "Iwaya Takeshi"), or the surnames agree and the given names are
// compatible ("Tony Blinken" and "Antony Blinken").
//
// A name with a word of an organisation ("Trump University", "Clinton
// Foundation") names no person, so it is never one with a name without.
func SameName(a, b string) bool {
	return sameNameWords(nameWords(a), nameWords(b), orgName(a), orgName(b))
}

// sameNameWords is SameName of two names' words (nameWords) and whether
// each is an organisation's (orgName).
func sameNameWords(wa, wb []string, orgA, orgB bool) bool {
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	if orgA != orgB {
		return false
	}
	if subset(wa, wb) || subset(wb, wa) {
		return true
	}
	if wa[len(wa)-1] == wb[len(wb)-1] && len(wa) > 1 && len(wb) > 1 {
		x, y := wa[0], wb[0]
		return strings.HasSuffix(x, y) || strings.HasSuffix(y, x) || strings.HasPrefix(x, y) || strings.HasPrefix(y, x)
	}
	return false
}

// sameName is SameName for a name of the article's people, tried only when
// the two share a word (which SameName needs): the words of the people's
// names are kept, so that matching a phrase against every person stays
// cheap in a long article.
func (a *Article) sameName(person, other string) bool {
	pk, ow := a.keyOf(person), a.keyOf(other)
	shared := false
	for _, x := range ow.words {
		if slices.Contains(pk.words, x) {
			shared = true
			break
		}
	}
	return shared && sameNameWords(pk.words, ow.words, pk.org, ow.org)
}

// keyOf is a name's words and whether it is an organisation's, kept for
// the names met (up to maxCachedNames of them).
func (a *Article) keyOf(name string) nameKey {
	if a.wordsOf == nil {
		a.wordsOf = map[string]nameKey{}
	}
	k, found := a.wordsOf[name]
	if !found {
		k = nameKey{words: nameWords(name)}
		k.org = len(k.words) > 0 && orgName(name) // (no words: no match, whatever org)
		if len(a.wordsOf) < maxCachedNames {
			a.wordsOf[name] = k
		}
	}
	return k
}

// nameKey is what sameName keeps of a name: its words and whether it is an
// organisation's, worked out once (an article may name thousands).
type nameKey struct {
	words []string
	org   bool
}

// maxCachedNames bounds the words kept for names that are not people's.
const maxCachedNames = 1 << 16

// orgWords make a capitalised phrase the name of an organisation, a place
// or an event rather than a person.
var orgWords = setOf(`university college school academy institute institution foundation fund trust administration
club campaign committee council association society party center centre corporation company companies inc corp llc
group network news times post journal tribune herald magazine agency bureau department ministry office union league
hotel tower towers hospital church court congress senate house convention county city airlines bank museum library
organization organisation coalition alliance caucus pac states kingdom republic nations shoal island islands sea ocean
river street avenue airport embassy commission state channel authority board`)

// groupWords are capitalised adjectives of nations, parties and faiths: a
// phrase ending in one ("East German", "Libertarian") names no person.
var groupWords = setOf(`american chinese german russian mexican british french israeli iranian syrian japanese korean
republican democratic democrat libertarian conservative liberal progressive muslim christian catholic jewish latino
hispanic african european asian arab palestinian iraqi afghan canadian cuban indian pakistani turkish ukrainian eastern
western northern southern americans democrats republicans conservatives liberals progressives muslims christians
catholics jews latinos hispanics africans europeans asians arabs palestinians iraqis afghans canadians cubans indians
pakistanis turks ukrainians russians mexicans germans israelis iranians syrians koreans japanese voters`)

// placeNames are the American states and territories (Washington left out: a surname too),
// whose names stand alone as a sentence's subject ("New Hampshire votes
// first") and are no person a pronoun stands for.
var placeNames = setOf(`alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia wisconsin
wyoming america britain england europe china russia mexico canada israel iran iraq syria japan germany france
new_hampshire new_jersey new_mexico new_york north_carolina north_dakota south_carolina south_dakota rhode_island
west_virginia puerto_rico guam`)

// platformNames are the social media sites where people post ("Lowell
// took to Twitter"), no person a pronoun stands for, nor part of the name
// of a possessor before them ("Reed’s Facebook post" is Reed's).
var platformNames = setOf(`twitter facebook instagram youtube snapchat reddit tumblr periscope linkedin`)

// bodyWords end the names of bodies that are no person, though a title
// may begin with them ("Air Force Lt. Tyler Livingston" is a person,
// "the Chinese Air Force" is not).
var bodyWords = setOf(`force forces navy army corps guard police military government media press department editor`)

// mayBePerson tells whether a name a pronoun may stand for can be a
// person's: not an organisation's, a place's or a body's, not an adjective
// of a group, not a phrase with a possessive before its last word ("Rubio’s
// Miami"), nor one that opens with a preposition or a determiner ("Without
// Mr Murdoch").
func mayBePerson(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 || orgName(name) || stopCaps[strings.Trim(f[0], ".,")] || prepositionCaps[f[0]] {
		return false
	}
	if last := strings.ToLower(strings.Trim(f[len(f)-1], ".,")); groupWords[last] && givenGender(name) == genderUnknown || bodyWords[last] {
		return false // (a given name before it makes a surname of it: "Mark Cuban")
	}
	if placeNames[strings.ToLower(strings.Join(f, "_"))] || platformNames[strings.ToLower(strings.Join(f, " "))] {
		return false
	}
	for _, w := range f {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if notNameWords[lw] {
			return false // a headline's words: "Trump Wants To Do Things"
		}
		if _, suffix, ok := strings.Cut(lw, "-"); ok && placeAdjectiveEnds[suffix] {
			return false // an adjective of a place: "Salem-born", "Ohio-based"
		}
	}
	if len(f) == 1 && len(f[0]) >= 2 && strings.ToUpper(f[0]) == f[0] {
		return false // an acronym: "CNN", "FBI"
	}
	for k, w := range f[:len(f)-1] {
		if possessiveWord(w) && len(f)-k-1 < 2 {
			return false // "Rubio’s Miami"; but "NBC’s Dante Chinni" is Chinni
		}
	}
	return true
}

// placeAdjectiveEnds end an adjective a place's name heads with a
// hyphen: "Salem-born", "Ohio-based".
var placeAdjectiveEnds = setOf(`born based made bred raised educated`)

// mayBePerson is mayBePerson, remembered for the article's names.
func (a *Article) mayBePerson(name string) bool {
	if v, ok := a.personish[name]; ok {
		return v
	}
	if a.personish == nil {
		a.personish = map[string]bool{}
	}
	v := mayBePerson(name)
	if len(a.personish) < maxCachedNames {
		a.personish[name] = v
	}
	return v
}

// notNameWords are words no person's name holds: verbs and function
// words a title-case headline capitalises.
var notNameWords = setOf(`to does is are was were wants says takes makes gets`)

// prepositionCaps are prepositions that open a sentence, capitalised.
var prepositionCaps = setOf(`Without Within Across Against Along Around Behind Beyond Inside Outside Through Throughout Toward Towards Upon Via Near`)

// orgName tells whether a name is an organisation's: capitalised words
// ending in a word of an organisation ("Trump University", "Obama
// Administration’s"). A place or an affiliation after "of", "in", "from" or
// "at" is left out ("Ross Eisenbrey of the Economic Policy Institute" is a
// person); a phrase with lower-case words is a description, not a name.
func orgName(name string) bool {
	f := strings.Fields(name)
	for k, w := range f {
		if k > 0 && (w == "of" || w == "in" || w == "from" || w == "at" || strings.HasPrefix(w, "(")) {
			f = f[:k]
			break
		}
	}
	if len(f) == 0 {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && w != "the" && w != "and" {
			return false
		}
	}
	last := strings.ToLower(strings.Trim(trimPossessive(strings.Trim(f[len(f)-1], ".,;:")), "'’"))
	if orgWords[last] {
		return true
	}
	// a building or an institution named with its place after it:
	// "Reed Tower Manila", "Lowell University Salem"
	for k := 1; k+1 < len(f); k++ {
		w := f[k]
		if siteWords[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// siteWords head the name of a building or an institution, which a place
// may follow.
var siteWords = setOf(`tower towers hotel university college hospital museum airport stadium casino resort plaza`)

// trimPossessive drops a possessive ending: "Cruz’s" is "Cruz", "Jones’"
// is "Jones".
func trimPossessive(w string) string {
	for _, suf := range []string{"’s", "'s", "’S", "'S"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	for _, suf := range []string{"s’", "s'", "S’", "S'"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return strings.TrimRight(w, "’'")
		}
	}
	return w
}

// possessiveWord tells whether w ends in a possessive, ’s or a bare
// apostrophe after s ("the mayor’s", "the senators’", "Jones’").
func possessiveWord(w string) bool {
	return trimPossessive(w) != w
}

// apostropheAfterS is the bare apostrophe a word ending in s keeps as its
// possessive ("Jones’ aide", "the senators’ letter"), or "": trail is what
// the word reader trimmed from its end, rest the text after it. Only an
// apostrophe right after the s and before a space and the possessed word
// is one; a closing mark before a stop or a comma is not.
func apostropheAfterS(s, trail, rest, before string) string {
	if trail != "’" && trail != "'" || !(strings.HasSuffix(s, "s") || strings.HasSuffix(s, "S")) || utf8.RuneCountInString(s) < 2 {
		return ""
	}
	if trail == "’" && singleOpen(before) {
		return "" // it closes “‘the outsiders’ and …”
	}
	r, size := utf8.DecodeRuneInString(rest)
	if r != ' ' {
		return ""
	}
	if n, _ := utf8.DecodeRuneInString(rest[size:]); !unicode.IsLetter(n) {
		return ""
	}
	return trail
}

// singleOpen tells whether the text before a word holds a curly single
// quotation opened (‘) and not closed (’ before a space or a mark) since:
// the text is the few hundred bytes before the word.
func singleOpen(before string) bool {
	i := strings.LastIndex(before, "‘")
	if i < 0 {
		return false
	}
	rest := before[i+len("‘"):]
	for k := strings.Index(rest, "’"); k >= 0; k = strings.Index(rest, "’") {
		rest = rest[k+len("’"):]
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) {
			return false // closed
		}
	}
	return true
}

// maxSingleOpen is how far back (in bytes) singleOpen reads.
const maxSingleOpen = 300

func subset(a, b []string) bool {
	for _, x := range a {
		found := false
		for _, y := range b {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// holdWholeParagraphs makes attribute hold a paragraph's words whole and
// split them into sentences at its end, as it did before it copied them
// out a sentence at a time: the tests' twin, which must read the same.
var holdWholeParagraphs = false

// sentence is a run of words of one paragraph, quotations as placeholders.
type sentence struct {
	words []word
	para  int
}

// attribute finds the speaker of every quotation: a cue after the quote
// ("…,” Blinken said), a cue before it (Blinken said: “…”; saying, “…”),
// the subject of the sentence around a partial quote, the speaker of the
// previous quote when one attribution splits two quotes, and the previous
// speaker for a paragraph of quotation with no cue.
func (a *Article) attribute(paras []Span) {
	text := a.Doc.Text
	// quotation index by paragraph, and opaque spans
	type qspan struct{ open, close, idx int }
	var spans []qspan
	for i, r := range a.raw {
		spans = append(spans, qspan{r.open, r.close, i})
	}
	// sentences of each paragraph, quotations as placeholder words
	var sents []sentence
	qSent := make([]int, len(a.raw)) // sentence holding each quote's closing mark
	qOpenSent := make([]int, len(a.raw))
	for i := range qSent {
		qSent[i], qOpenSent[i] = -1, -1
	}
	si := 0
	captions := 0 // photo captions so far, which number no paragraph
	a.headParas = map[int]bool{}
	a.paraStarts = a.paraStarts[:0]
	for _, p := range paras {
		a.paraStarts = append(a.paraStarts, p.Start)
	}
	// words holds a paragraph's words only up to its latest sentence
	// marker: the sentences before it are copied out, each into a slice
	// of its own length, and the marker stays as the first word, the only
	// one a later word looks back at (markBefore, lineBreakEnds, a phrasal
	// verb). So an article of 2 MB on one line is held once, a sentence
	// at a time, not once whole and again in its sentences.
	var words []word
	pi := 0
	split := func(ws []word) {
		start := 0
		for i, w := range ws {
			if w.lower == "." {
				if i > start {
					sents = append(sents, sentence{words: slices.Clone(ws[start:i]), para: pi})
				}
				start = i + 1
				continue
			}
			if w.quote >= 0 {
				if qOpenSent[w.quote] < 0 {
					qOpenSent[w.quote] = len(sents)
				}
				qSent[w.quote] = len(sents)
			}
		}
		if len(ws) > start {
			sents = append(sents, sentence{words: slices.Clone(ws[start:]), para: pi})
		}
	}
	flushSentences := func() {
		if holdWholeParagraphs {
			return
		}
		if n := len(words); n > 1 && words[n-1].lower == "." {
			split(words[:n-1])
			words[0] = words[n-1]
			words = words[:1]
		}
	}
	for i, p := range paras {
		pi = i
		for si < len(spans) && spans[si].close <= p.Start {
			si++
		}
		if (si == len(spans) || spans[si].open >= p.End) && photoCaption(text[p.Start:p.End]) {
			captions++ // no sentences: as if it were not there
			continue
		}
		pi -= captions
		// (only a heading that holds a quotation is asked for: see
		// attributeQuote)
		if si < len(spans) && spans[si].open < p.End && a.headingPara(p, pi, len(paras)) {
			a.headParas[pi] = true
		}
		words = words[:0]
		pos := p.Start
		for pos < p.End {
			flushSentences()
			// next quotation overlapping this paragraph
			for si < len(spans) && spans[si].close <= pos {
				si++
			}
			next := p.End
			if si < len(spans) && spans[si].open < p.End {
				next = max(spans[si].open, pos)
			}
			for m := range wordMatches(text[pos:next]) {
				flushSentences()
				s := text[pos+m[0] : pos+m[1]]
				if !(utf8.RuneCountInString(s) == 2 && strings.HasSuffix(s, ".")) {
					s = strings.TrimRight(s, ".'’-") // keep initials: "J."
					s += apostropheAfterS(s, text[pos+m[0]+len(s):pos+m[1]], text[pos+m[1]:next], text[max(p.Start, pos+m[0]-maxSingleOpen):pos+m[0]])
				}
				if s == "" {
					s = text[pos+m[0] : pos+m[1]]
				}
				w := word{s: s, lower: strings.ToLower(s), start: pos + m[0], end: pos + m[0] + len(s), quote: -1}
				if n := len(words); n > 0 && words[n-1].lower != "." && lineBreakEnds(words[n-1], text[words[n-1].end:w.start]) {
					// a line of a paragraph that ends on a sentence's last
					// mark ends the sentence ("… posted it online.\nLATER:\n")
					words = append(words, word{s: ".", lower: ".", start: w.start, end: w.start, quote: -1})
				}
				if w.isCap() && markBefore(words, text, w.start) {
					// a question or exclamation mark in running text ends
					// its sentence: "… a President Ann Lowell? Reed says"
					words = append(words, word{s: ".", lower: ".", start: w.start, end: w.start, quote: -1})
				}
				if n := len(words); n > 0 && phrasalSpeech[words[n-1].lower+" "+w.lower] && words[n-1].end < w.start {
					// a phrasal speech verb is one word: "shot back", "went on"
					words[n-1].s += " " + w.s
					words[n-1].lower += " " + w.lower
					words[n-1].end = w.end
				} else {
					words = append(words, w)
				}
				// keep sentence-final periods as their own marker
				if e := pos + m[1]; e > pos+m[0]+len(s) && strings.HasSuffix(text[pos+m[0]:e], ".") && endsSentence(text, e, p.End, s) {
					words = append(words, word{s: ".", lower: ".", start: e - 1, end: e, quote: -1})
				}
			}
			// sentence ends marked by ! and ?
			if next >= p.End {
				break
			}
			q := spans[si]
			if markBefore(words, text, q.open) && quoteOpensCap(text, q.open, q.close) {
				// and so does one before a quotation that opens on a
				// capital: "What about the ferry? “That is for the state.”"
				words = append(words, word{s: ".", lower: ".", start: q.open, end: q.open, quote: -1})
			}
			words = append(words, word{s: "«Q»", lower: "«q»", start: q.open, end: q.close, quote: int32(q.idx)})
			inner := strings.TrimRight(text[q.open:min(q.close, p.End)], "”\"»」』' ")
			if q.close <= p.End && (strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!")) && startsSentence(text, q.close, p.End) {
				words = append(words, word{s: ".", lower: ".", start: q.close, end: q.close, quote: -1})
			}
			pos = min(q.close, p.End)
			if q.close > p.End {
				break
			}
			si++
		}
		// split into sentences at "." markers and ! ?
		split(words)
	}
	for _, s := range sents {
		a.sentEnds = append(a.sentEnds, s.words[len(s.words)-1].end)
		if w := s.words[0]; w.quote < 0 && (w.lower == "he" || w.lower == "she") {
			a.pronounHeads = append(a.pronounHeads, w)
		}
	}
	a.author = a.writerOf(paras)
	a.markInert(sents)
	a.proper = properWords(sents)
	a.findPeople(sents)
	a.noteReflexives(sents)

	var last lastCue                 // the most recent speaker
	cued := make([]bool, len(a.raw)) // the quote's sentence reports speech
	a.cued = cued
	for _, s := range sents {
		if hasCue(s.words) {
			for _, w := range s.words {
				if w.quote >= 0 {
					cued[w.quote] = true
				}
			}
		}
	}
	for si, s := range sents {
		hl := isHeadline(s.words) // (the sentence's words do not change below)
		// a person named as the subject of a sentence is whom a later
		// pronoun most likely means ("Rubio sought to ease his concerns.
		// He talked of …"), speaker or not
		if !hl {
			ph, ok := a.sentenceSubject(s.words, len(s.words), true)
			// (the name after an introductory phrase's comma, before the
			// comma of its apposition: "Meanwhile, Dan Kemp, a pilot
			// quoted in the paper, left")
			afterIntro := -1
			if ok && ph.kind == AttrNamed && ph.i > 1 && s.words[ph.i-1].s == "," {
				afterIntro = ph.i
			}
			if ok && ph.kind == AttrDescription {
				// a description with a name in apposition before the verb
				// ("the other candidate on the stage, former mayor Lena
				// Park, drew a contrast"): the name is the subject
				if nm, found := a.describedSubject(s.words, ph); found {
					ph = nm
				}
			}
			if ok && ph.kind == AttrDescription && !ph.thing && ph.j+2 < len(s.words) && s.words[ph.j].lower == "named" {
				// a person a description heading the sentence brings in by
				// name ("At the bakery, a teacher named Dan Reed keeps a
				// jar for the strike fund"): the name is the subject
				// (or its apposition: "a nurse named Dan Reed, 52, drives")
				if nm, found := a.personAt(s.words, ph.j+1); found && nm.kind == AttrNamed && len(nameWords(nm.text)) >= 2 && mayBePerson(nm.text) && nm.j < len(s.words) &&
					(s.words[nm.j].s == "," && appositionThenVerb(s.words, nm.j) || !s.words[nm.j].isCap() && !s.words[nm.j].punct() && s.words[nm.j].quote < 0 && !clauseOpeners[s.words[nm.j].lower]) {
					a.noteSubject(nm)
				}
			}
			if ok && ph.kind == AttrDescription && !ph.thing {
				// a person brought in unnamed by a description heading the
				// sentence whose noun tells a gender ("A retired nurse from
				// Salem, meanwhile, wrote …. “…,” she said" does not, "A
				// 30-year-old Salem woman wrote" does): a subject a later
				// pronoun of that gender means
				f := strings.Fields(strings.ToLower(ph.text))
				if len(f) >= 2 && (f[0] == "a" || f[0] == "an") {
					if g := nounGender(f[len(f)-1]); g != genderUnknown {
						a.addMention(mention{name: ph.text, off: ph.start, subject: true, person: true, wgender: g})
					}
				}
			}
			if ok && ph.kind == AttrDescription && !ph.thing {
				// a description of a person the article gave that title
				// ("the admiral took a seat. “…,” he said"): a subject a
				// later pronoun may mean
				if first, _, _ := strings.Cut(strings.ToLower(ph.text), " "); first == "the" && ph.j < len(s.words) && !s.words[ph.j].punct() && s.words[ph.j].quote < 0 {
					if best := a.coveredMention(ph.text, ph.start); best != "" {
						// (the untitled person at hand, as the quotation's
						// cue reads it: see untitledTopic)
						a.noteMention(a.untitledTopic(best, ph, ph.start), ph.start, true)
					} else if f := strings.Fields(strings.ToLower(ph.text)); len(f) >= 2 && candidateNouns[f[len(f)-1]] {
						// "the candidate", "the businessman" no title
						// covers: the person the article speaks of most
						if a.top != "" && !a.genderDisagrees(a.top, nounGender(f[len(f)-1])) {
							a.noteMention(a.top, ph.start, true)
						}
					}
				}
			}
			if !ok || ph.kind != AttrNamed {
				ph, ok = a.subjectAfterClause(s.words)
			}
			if ok && ph.kind == AttrNamed {
				a.notePair(s.words, ph)
			}
			titled := false
			if !ok || ph.kind != AttrNamed {
				ph, ok = a.titledSubject(s.words)
				titled = ok
			}
			if !ok || ph.kind != AttrNamed {
				// "The baker’s eldest daughter Ann Kemp brought …"
				if nm, found := closeAppositionSubject(s.words); found {
					ph, ok, titled = nm, true, true
				}
			}
			inverted := false
			if inv, found := a.invertedCopulaSubject(s.words); found {
				ph, ok, inverted = inv, true, true
			}
			if ok && ph.kind == AttrNamed {
				if nm, found := a.possessorAideSubject(s.words, ph); found {
					ph = nm // "Mr. Reed’s campaign chairman, Dan Kemp, dismissed"
				}
				ph = nameAfterPossessor(s.words, ph)
			}

			if ok && ph.kind == AttrNamed && possessiveSplit(ph.text) == ph.text && !attributiveName(s.words, ph) {
				// (a possessor's thing, "Haddad’s Miami rally drew
				// crowds", is no mention of the possessor as a subject,
				// nor is a name that modifies a noun, "The Reed campaign
				// was")
				if name, _ := a.resolveQuiet(ph); name != "" && possessiveWord(ph.text) {
					// a possessor read as the subject ("Reed’s temperament,
					// a worry of many, came under scrutiny"), written
					// without its possessive ending
					w := trimPossessive(a.writtenRun(ph))
					a.notePossessor(name, w, ph.start)
					a.noteOtherGender(sents, si, ph, name)
				} else if name != "" {
					a.noteWritten(name, a.writtenRun(ph), ph.start)
					a.noteOtherGender(sents, si, ph, name)
				} else if len(nameWords(ph.text)) >= 2 && (inverted || ph.j < len(s.words) && (!s.words[ph.j].isCap() && !s.words[ph.j].punct() ||
					(ph.i == 0 || titled || ph.i == 1 && headWord(s.words[0].lower) || ph.i > 0 && (ph.i == datelinePlaceEnd(s.words) || ph.i == datelineEnd(s.words))) && s.words[ph.j].s == "," && mayBePerson(ph.text) && appositionThenVerb(s.words, ph.j) ||
					ph.i == afterIntro && s.words[ph.j].s == "," && ph.j+1 < len(s.words) && (appositionOpeners[s.words[ph.j+1].lower] || possessiveWord(s.words[ph.j+1].s) || oneOfAt(s.words, ph.j+1)) && mayBePerson(ph.text) && appositionToVerb(s.words, ph.j) ||
					describedName(s.words, ph) && mayBePerson(ph.text))) {
					// a full name as the subject of a verb, or opening the
					// sentence (past a dateline, "SALEM — Dan Kemp, a
					// former governor, is", or its main clause after an
					// introductory phrase: "Meanwhile, Dan Kemp, a pilot
					// quoted in the paper, left", "Earlier, Dan Kemp, one of
					// the sheriffs, vouched") before an apposition that runs to a
					// verb ("Ann Lowell, the daughter of …, won"), or in
					// apposition to a description before the verb ("The
					// envoy, Marc Lebrun, uttered"): a person
					nm := a.addPerson(ph.text, ph.start).Name
					a.noteMention(nm, ph.start, true)
					a.noteOtherGender(sents, si, ph, nm)
				} else if full := a.fullOf[strings.ToLower(ph.text)]; full != "" && !strings.Contains(ph.text, " ") && ph.j < len(s.words) && s.words[ph.j].quote < 0 &&
					(!s.words[ph.j].isCap() && !s.words[ph.j].punct() || ph.i == 0 && s.words[ph.j].s == "," && appositionThenVerb(s.words, ph.j)) {
					// a surname alone as the subject of a verb, perhaps
					// past an apposition opening the sentence ("Reed, 45,
					// is a former pilot"), whose full
					// name the article gave only as an object or a
					// possessor ("… praised Dan Kemp’s plan. … Kemp blamed
					// the council. “…,” he wrote"): a person, of the gender
					// the full name's given name tells (kept under the
					// surname: the full name may be another of the family)
					a.noteSurnameOf(stripTitles(ph.text), full, ph.start)
				} else if nm := stripTitles(ph.text); inverted && len(a.mentionsOf[nm]) > 0 {
					// a surname the article met before, brought in again
					// ("Then there’s Lowell.")
					a.noteMention(nm, ph.start, true)
				}
			}
		}
		// a possessor heading a sentence whose subject is a thing of
		// theirs ("Kemp’s lawsuit demands …. He also seeks"), not an aide
		// ("Kemp’s spokesman said"): a subject a later pronoun may mean
		if !hl {
			if ph, ok := possessorHead(s.words); ok {
				if name, _ := a.resolveQuiet(ph); name != "" {
					w := a.writtenRun(ph)
					a.notePossessor(name, w, ph.start)
				} else {
					a.noteSubject(ph)
				}
			}
		}
		// a kin of a person named by a given name alone in apposition
		// heading the sentence ("Reed’s husband, Tom, painted …") acts in
		// it: a subject a later pronoun means, under the family's name
		if !hl {
			if ph, ok := a.kinSubject(s.words); ok {
				a.noteSubject(ph)
			}
		}
		// the person a group reports on ("Friends say Ann Reed also keeps
		// her father’s books") acts in the clause: no one of the group is
		// whom a later "he" or "she" means, the person may be
		if !hl {
			if ph, ok := a.groupReportedSubject(s.words); ok {
				a.noteSubject(ph)
			}
		}
		// the person a subject asked something ("Reed asked Kemp whether
		// …", "asked Kemp about …", or a quoted question: "A reporter
		// asked Lowell, “Will the state match?”") answers next: a later
		// pronoun may mean them before the one who asked
		if !hl {
			for k := 1; k+2 < len(s.words); k++ {
				if w := s.words[k]; w.quote >= 0 || w.lower != "asked" && w.lower != "asks" {
					continue
				}
				ph, ok := a.personAt(s.words, k+1)
				if !ok || ph.j >= len(s.words) || !askedAbout[s.words[ph.j].lower] && !a.questionPutAt(s.words, ph.j) {
					continue
				}
				if ph.kind == AttrNamed && possessiveSplit(ph.text) == ph.text {
					a.noteSubject(ph)
				} else if ph.kind == AttrDescription && s.words[ph.j].lower != "about" && s.words[ph.i].lower == "the" && ph.j == ph.i+2 && humanNoun(s.words[ph.i+1].lower) {
					// "Lowell asked the mayor whether …": the person the
					// article gave that title
					if name := a.describedPerson(ph, ph.start); name != "" {
						a.noteMention(name, ph.start, true)
					}
				}
			}
		}
		// "three economists -- Dan Kemp at …, Ann Lowell at … and Omar
		// Haddad at … -- raised": the people the dashes name are a
		// subject a later "they" means
		if !hl {
			a.noteListed(s.words)
			until := s.words[len(s.words)-1].end // "they" means the group in this sentence or the next only
			if si+1 < len(sents) {
				until = sents[si+1].words[len(sents[si+1].words)-1].end
			}
			a.noteGroup(s.words, until)
			a.noteTheyGroup(s.words, until)
			a.noteObjectGroups(s.words, until)
		}
		// a person the sentence brings in for the first time by a full
		// name with a title or an apposition, acting in a clause of their
		// own while no other person acts in it ("Back home, cuts are the
		// last thing state Senator Ann Lowell, a Democrat, wants to hear
		// about."), is whom a pronoun of the next sentence may mean
		if !hl && si+1 < len(sents) && sents[si+1].para <= s.para+1 {
			a.noteNewcomers(s.words, sents[si+1].words[len(sents[si+1].words)-1].end+1)
		}
		// the subject of a clause joined on after a comma ("…, but
		// Representative Kemp, who …, does not mince words"; "…, while
		// Haddad spoke") acts later than the sentence's own subject: a
		// later pronoun may mean them
		if !hl {
			for _, ph := range a.joinedSubjects(s.words) {
				a.noteSubject(ph)
			}
		}
		// a person a sentence opens on with "as for" before a comma ("As
		// for Kemp, he said …") is whom its pronoun means
		// and so is one it opens on with "for" ("For Lowell, a retiree,
		// the calls are a duty. “…,” she said")
		if at := forTopicAt(s.words); at > 0 && !hl {
			if ph, ok := a.personAt(s.words, at); ok && ph.kind == AttrNamed && ph.j < len(s.words) && s.words[ph.j].s == "," && possessiveSplit(ph.text) == ph.text {
				a.noteSubject(ph)
			}
		}
		// the person a cleft puts first ("As usual, it was Lowell who
		// drew the crowds") acts in its clause, the sentence's subject
		// in all but form: a later pronoun or description may mean them
		if !hl {
			if ph, ok := a.cleftSubject(s.words); ok {
				a.noteSubject(ph)
			}
		}
		// the person of an absolute clause ("…, with Ann Lowell, the
		// mayor, attacking the plan") acts in it, as a subject does: a
		// later pronoun may mean them
		if !hl {
			for _, ph := range a.absoluteSubjects(s.words) {
				a.noteSubject(ph) // a full name acting in the clause: a person
			}
		}
		// the person a relative clause is about ("…, came from Dana Reed,
		// who laughed when she …") acts in it: a pronoun later in the
		// sentence may mean them, one in a later sentence not
		if !hl {
			for _, ph := range a.relativeSubjects(s.words) {
				if name, _ := a.resolveQuiet(ph); name != "" {
					w := a.writtenRun(ph)
					a.addMention(mention{name: name, off: ph.start, subject: true, person: a.mayBePerson(name), written: w, wgender: writtenGender(w), until: s.words[len(s.words)-1].end + 1})
				} else if len(nameWords(ph.text)) >= 2 && mayBePerson(ph.text) {
					name := a.addPerson(ph.text, ph.start).Name
					a.addMention(mention{name: name, off: ph.start, subject: true, person: a.mayBePerson(name), until: s.words[len(s.words)-1].end + 1})
				}
			}
		}
		// the named subject of a clause that opens the sentence ("Even
		// before Kemp took the stage, his campaign …") acts in it: a
		// pronoun later in the sentence may mean them, one in a later
		// sentence not
		if !hl {
			if ph, ok := a.openingClauseSubject(s.words); ok {
				if name, _ := a.resolveQuiet(ph); name != "" {
					a.addMention(mention{name: name, off: ph.start, subject: true, person: a.mayBePerson(name), written: a.writtenRun(ph), wgender: writtenGender(a.writtenRun(ph)), until: s.words[len(s.words)-1].end + 1})
				}
			}
		}
		// every name of a person the article knows, whatever its role
		// ("… remarks Lowell made earlier. When she …"), is where a
		// pronoun of the other gender than its subject's may find them
		if !hl {
			a.noteNamed(s.words)
		}
		// the person a sentence that speaks of no one as its subject is
		// about, its main clause an existential one ("In his videos, there
		// are times when Reed plays the officer"; "With Tom Reed, there is
		// not much chance of that"), acts in it as a subject does: a later
		// pronoun may mean them
		if !hl {
			if ph, ok := a.existentialAbout(s.words); ok {
				a.noteSubject(ph)
			}
		}
		// the person an imperative that opens the sentence holds up as
		// its topic ("Just look at Tom Reed."; "Take Ann Lowell, the
		// mayor.") is whom a later pronoun means, not the subject of a
		// sentence before; a sentence of a few words and many capitals,
		// a heading by its look, is prose when the word before the name
		// is in lower case ("Just look at House Speaker Tom Reed.")
		if ph, ok := a.imperativeTopic(s.words); ok && (!hl || !s.words[ph.i-1].isCap()) {
			a.noteSubject(ph)
		}
		// so is the person a question is about, named before it as its
		// label ("And oh yes, Ann Lowell: what are her qualifications?")
		if ph, ok := a.questionTopic(s.words); ok && !hl {
			a.noteSubject(ph)
		}
		// speech reported without quotation marks also sets the speaker,
		// unless a quotation of the sentence already has one: a speech
		// verb after it belongs to a clause of its own ("…,” Hooton said
		// after Rubio spoke. “…”; "…,” Clinton said, referencing a super
		// PAC called Future45.)
		if !hl {
			a.noteThing(s.words)
		}
		// (a body the sentence brings in by name, "a company called
		// Harbor Data, which builds what it calls “…”", may speak in it)
		a.noteCalled(s.words)
		// (and so may a person it brings in unnamed before its quotation:
		// "a judge sentenced a young man after the man had written “…”")
		a.noteUnnamed(s.words)
		quoted := false
		var carriedHere []int // quotes of the sentence that only carried a speaker on
		for i, w := range s.words {
			if w.quote >= 0 {
				a.attributeQuote(int(w.quote), sents, si, i, &last)
				if q := a.Quotes[w.quote]; q.Attribution == AttrNamed && q.Speaker != "" {
					if a.spoke == nil {
						a.spoke = map[string]bool{}
					}
					a.spoke[q.Speaker] = true
				}
				quoted = quoted || a.Quotes[w.quote].AttributedTo != "" && a.Quotes[w.quote].Attribution != AttrCarried
				if a.Quotes[w.quote].Attribution == AttrCarried {
					carriedHere = append(carriedHere, i)
				}
				continue
			}
			// (a speech word after a possessive or a determiner is a noun:
			// "Lowell said she agrees with Reed’s remarks")
			if speechVerbs[w.lower] && !quoted && !(i > 0 && (nounBefore(s.words[i-1]) || gerundObject(s.words[i-1], w) && i+1 < len(s.words) && nounPrepositions[s.words[i+1].lower])) {
				if ph, ok := a.subjectBefore(s.words, i); ok && !reportedClause(s.words, ph, i) {
					if relativeSpeaker(s.words, ph, i) || ph.kind == AttrNamed && a.subordinateSpeaker(s.words, ph) {
						// the speaker of a relative clause inside a sentence
						// ("Lowell spared her rivals, particularly Mayor
						// Reed, who says …"), or of a clause a subordinator
						// opens after the main one ("Kemp spoke to
						// reporters, hours after Reed spoke"), is no subject
						// a later pronoun or description means: the
						// sentence's own subject is
						if name, _ := a.resolveQuiet(ph); name != "" {
							last = lastCue{name: name, as: name, para: s.para}
						}
					} else if name, kind := a.resolve(ph, w.start); name != "" {
						last = lastCue{name: name, as: name, para: s.para}
						if kind == AttrPronoun && pronounGender(ph.text) != genderUnknown {
							// "…, she said.": the person she means speaks
							// again, a subject a later pronoun may mean
							a.addMention(mention{name: name, off: w.start, subject: true, person: true, wgender: pronounGender(ph.text)})
						}
						// a quotation that only carried the last speaker on
						// is this one's when its subject follows it with no
						// clause between: a cue the quote's own reading
						// missed ("“…” the paper’s editor Ann Lowell
						// responded")
						for _, qk := range carriedHere {
							if !plainCueGap(s.words[qk+1:], ph.i-qk-1) {
								continue
							}
							q := &a.Quotes[s.words[qk].quote]
							q.AttributedTo, q.Speaker, q.Attribution = ph.text, name, kind
						}
						carriedHere = nil
					} else if f := strings.Fields(strings.ToLower(ph.text)); kind == AttrDescription && (ph.i == 0 || ph.i == datelineEnd(s.words)) && (f[0] == "a" || f[0] == "an" || possessiveDet[f[0]]) && humanNoun(f[len(f)-1]) &&
						singular(f[len(f)-1]) == f[len(f)-1] && !peoplePlurals[f[len(f)-1]] {
						// one brought in unnamed who speaks, heading the
						// sentence ("A dock worker said he was worried",
						// "His spokesman said he was ill"): a subject a
						// later pronoun may mean, of the gender its noun
						// tells (one: not "His critics said he was slow")
						a.addMention(mention{name: ph.text, off: ph.start, subject: true, person: true, wgender: nounGender(f[len(f)-1])})
					}
				}
			}
		}
		// "Reed issued the following statement:" gives the quotation
		// that follows its speaker
		if ph, ok := a.followingMessage(s.words); ok && !quoted {
			if name, _ := a.resolve(ph, ph.start); name != "" {
				last = lastCue{name: name, as: name, para: s.para}
			}
		}
		// and so does a person who closes a sentence that quotes no one
		// as its source: "The ferry will run by May, according to Tom
		// Reed. ¶ “…”" reports Reed's words
		if ph, ok := a.closingPersonSource(s.words); ok {
			if name, _ := a.resolve(ph, ph.start); name != "" {
				last = lastCue{name: name, as: name, para: s.para}
			}
		}
		a.noteIssued(s.words)
	}
	// quotations listed in one sentence ("“A” and “B,” Howard Dean said")
	// share the cue of the last one when they have none of their own (a
	// speaker carried on from before is none: "“…,” Reed said. “A” and
	// “B,” Lowell said" gives A to Lowell)
	for _, s := range sents {
		next := -1 // the quotation after the current one in the list
		for k := len(s.words) - 1; k >= 0; k-- {
			w := s.words[k]
			if w.quote < 0 {
				if w.s != "," && w.lower != "and" && w.lower != "or" {
					next = -1
				}
				continue
			}
			q := &a.Quotes[w.quote]
			if next >= 0 && (q.Attribution == AttrNone || q.Attribution == AttrCarried) {
				n := a.Quotes[next]
				if n.Attribution != AttrNone && n.Attribution != AttrCarried {
					q.AttributedTo, q.Speaker, q.Attribution = n.AttributedTo, n.Speaker, n.Attribution
				}
			}
			next = int(w.quote)
		}
	}
	// a quotation with no cue earlier in a sentence whose next quotation
	// has its cue right after it ("The plan was a “good start” that gave
	// “real results,” he said") is that speaker's too, when no speech verb
	// between them opens someone else's words, even when it carried the
	// last speaker on; not a title of a work, found so below ("The show
	// “Harbor Nights” was a “big hit,” Reed said")
	shared := map[int]bool{}
	for _, s := range sents {
		for k, w := range s.words {
			if w.quote < 0 || a.Quotes[w.quote].Attribution != AttrNone && a.Quotes[w.quote].Attribution != AttrCarried {
				continue
			}
			m := k + 1
			for m < len(s.words) && s.words[m].quote < 0 && !speechVerbs[s.words[m].lower] && !objectVerbs[s.words[m].lower] && s.words[m].s != ";" {
				m++
			}
			if m == len(s.words) || s.words[m].quote < 0 || !cueRightAfter(s.words, m) {
				continue
			}
			if n := a.Quotes[s.words[m].quote]; n.Attribution != AttrNone && n.Attribution != AttrCarried {
				q := &a.Quotes[w.quote]
				q.AttributedTo, q.Speaker, q.Attribution = n.AttributedTo, n.Speaker, n.Attribution
				shared[int(w.quote)] = true
			}
		}
	}
	for i := range a.Quotes {
		q := &a.Quotes[i]
		a.classifySkip(q, cued[i], a.raw[i])
		if i > 0 && q.Skip == "" && a.Quotes[i-1].Skip == skipTitle && a.listedTitle(*q, a.raw[i-1].close, a.raw[i].open) {
			q.Skip = skipTitle // starred in “Harbor Nights” and “The Long Road”
		}
		if shared[i] && q.Skip == skipTitle {
			q.AttributedTo, q.Speaker, q.Attribution = "", "", AttrNone
		}
	}
}

// askedAbout open what someone was asked, after the one asked: "asked
// Kemp whether …", "asked Kemp about …".
var askedAbout = setOf(`whether about if why how what when`)

// questionPutAt tells whether words[k] is a comma or colon before a quoted
// question, the words of the one who asks put to whom they name before
// it: "asked Lowell, “Will the state match?”".
func (a *Article) questionPutAt(ws []word, k int) bool {
	return k+1 < len(ws) && (ws[k].s == "," || ws[k].s == ":") && ws[k+1].quote >= 0 && isQuestion(a.Quotes[ws[k+1].quote].Text)
}

// possessorHead is the name a sentence opens on as the possessor of its
// subject when the noun it possesses is a thing, not a person: "Kemp’s
// lawsuit demands", "Ann Lowell’s plan would", not "Kemp’s spokesman".
func possessorHead(ws []word) (phrase, bool) {
	m := 0
	for m < len(ws) && m < 4 && ws[m].quote < 0 && ws[m].isCap() && !possessiveWord(ws[m].s) {
		m++
	}
	if m >= len(ws)-2 || ws[m].quote >= 0 || !ws[m].isCap() || !possessiveWord(ws[m].s) || stopCaps[ws[0].s] {
		return phrase{}, false
	}
	for k := m + 1; k < len(ws) && k <= m+3; k++ {
		w := ws[k]
		if w.quote >= 0 || w.punct() || w.isCap() {
			return phrase{}, false
		}
		if personNoun(w.lower) && !documentNouns[w.lower] || titleWords[w.lower] {
			return phrase{}, false
		}
		if k > m+1 && finiteVerb(w.lower) {
			break
		}
	}
	text := joinWords(ws[:m]) + " " + trimPossessive(ws[m].s)
	if m == 0 {
		text = trimPossessive(ws[m].s)
	}
	return phrase{text: text, kind: AttrNamed, start: ws[0].start, end: ws[m].start + len(trimPossessive(ws[m].s)), i: 0, j: m + 1}, true
}

// lineBreakEnds tells whether the text between word prev and the next
// word holds a line break right after a sentence's last mark (a full
// stop, a question or exclamation mark, a colon, a closing quotation
// mark), spaces aside; the mark may be prev itself (":").
func lineBreakEnds(prev word, gap string) bool {
	nl := strings.IndexByte(gap, '\n')
	if nl < 0 {
		return false
	}
	before := strings.TrimRight(gap[:nl], " \t\r\u00a0")
	if before == "" && prev.quote < 0 {
		before = prev.s
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	return before != "" && strings.ContainsRune(".?!:”\"", r)
}

// cueRightAfter tells whether the quotation at words[m] is followed by its
// cue: a speech verb within the next few words, past a comma, with no
// clause opened between (", he said", ", said Reed", ", the mayor
// added").
func cueRightAfter(ws []word, m int) bool {
	j := m + 1
	if j < len(ws) && ws[j].s == "," {
		j++
	}
	for k := j; k < len(ws) && k <= j+3; k++ {
		w := ws[k]
		if w.quote >= 0 || w.punct() || clauseOpeners[w.lower] || clauseLinks[w.lower] {
			return false
		}
		if speechVerbs[w.lower] {
			return !strings.HasSuffix(w.lower, "ing")
		}
	}
	return false
}

// bylineRE reads a byline opening a paragraph: "By Ann Lowell".
var bylineRE = regexp.MustCompile(`^By\s+(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){1,3})\s*$`)

// writerNoteRE reads a closing note on the writer: "Ann Lowell is a
// columnist for the Herald.", "Reed is senior editor at the Ledger."
var writerNoteRE = regexp.MustCompile(`^(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}) is (?:a |an |the )?((?:[\p{L}\-]+ ){0,4}?)(?i:reporter|editor|columnist|writer|author|correspondent|contributor|commentator)\b`)

// writerNoteModifier tells whether the words before the role in a note
// on the writer only qualify it ("a senior political", "an opinion"),
// with no clause of their own (clauseLinks) nor speech verb: "Dan Kemp is a lawyer who represented the
// author" is no note on the writer.
func writerNoteModifier(words string) bool {
	for _, w := range strings.Fields(words) {
		if w := strings.ToLower(w); clauseLinks[w] || speechVerbs[w] {
			return false
		}
	}
	return true
}

// excerptRE reads a note that the article is an excerpt of someone's book:
// "excerpts from bestselling author Ann Lowell’s new book".
var excerptRE = regexp.MustCompile(`\bexcerpts? (?:from|of) (?:[\p{Ll}\-]+ ){0,4}(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})(?:’s|'s) (?:new |latest |forthcoming |upcoming )?(?:book|memoir)\b`)

// maxWriterNote is the longest paragraph (in bytes) read as a byline or
// a note on the writer.
const maxWriterNote = 600

// writerOf is the writer the article names, or "": a byline or a note
// that the piece is an excerpt of their book in its first paragraphs, or
// a note on the writer closing it.
func (a *Article) writerOf(paras []Span) string {
	text := a.Doc.Text
	for k, p := range paras {
		if k >= 3 {
			break
		}
		if p.End-p.Start > maxWriterNote {
			continue // a byline or a note is a short paragraph
		}
		t := strings.TrimSpace(text[p.Start:p.End])
		if m := bylineRE.FindStringSubmatch(t); m != nil {
			return m[1]
		}
		if m := excerptRE.FindStringSubmatch(t); m != nil {
			return trimPossessive(m[1])
		}
	}
	for k := len(paras) - 1; k >= 0 && k >= len(paras)-2; k-- {
		if paras[k].End-paras[k].Start > maxWriterNote {
			continue
		}
		t := strings.TrimSpace(text[paras[k].Start:paras[k].End])
		if m := writerNoteRE.FindStringSubmatch(t); m != nil && writerNoteModifier(m[2]) {
			return m[1]
		}
	}
	return ""
}

// properWords are the words the article capitalises inside a sentence
// (not at its head, nor after a quotation that may end one): names, not
// common nouns that a sentence happens to begin with.
func properWords(sents []sentence) map[string]bool {
	out := map[string]bool{}
	for _, s := range sents {
		for i, w := range s.words {
			if i > 0 && w.isCap() && w.quote < 0 && s.words[i-1].quote < 0 && !s.words[i-1].punct() && !stopCaps[w.s] {
				out[w.lower] = true
			}
		}
	}
	return out
}

// hasCue tells whether a sentence reports speech: it has a speech verb or
// a cue word (see cueWords).
func hasCue(ws []word) bool {
	for _, w := range ws {
		if w.quote < 0 && (speechVerbs[w.lower] || cueWords[w.lower]) {
			return true
		}
	}
	return false
}

func endsSentence(text string, e, pend int, w string) bool {
	if abbreviations[strings.ToLower(strings.TrimSuffix(w, "."))] {
		return false
	}
	if utf8.RuneCountInString(strings.Trim(w, ".")) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			return false // an initial: "Antony J. Blinken"
		}
	}
	if strings.Count(w, ".") > 0 && strings.Contains(strings.TrimSuffix(w, "."), ".") {
		// U.S. at the end of a sentence is rare next to U.S. mid-sentence;
		// initials in a name ("scholar A.E. Dick Howard", "said J.M.
		// Berger") end none
		if e < pend && upperNext(text, e, pend) && initialsOfName(text, e, w) {
			return false
		}
		return e >= pend || startsSentence(text, e, pend) && upperNext(text, e, pend) && (!afterLower(text, e, w) || !titleOrBodyNext(text, e, pend))
	}
	return e >= pend || startsSentence(text, e, pend)
}

// initialsOfName tells whether w, a word of dotted capitals that ends at
// e, is a person's initials rather than a place's ("U.S.", "D.C."): single
// letters only, after a word (no dash, no comma) that is neither a
// determiner nor a preposition ("scholar A.E. Dick Howard", "said J.M.
// Berger"; not "the U.S. He", "in D.C. She", "Washington, D.C. He").
func initialsOfName(text string, e int, w string) bool {
	for _, part := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		r, n := utf8.DecodeRuneInString(part)
		if n == 0 || n != len(part) || !unicode.IsUpper(r) {
			return false
		}
	}
	start := strings.LastIndexAny(text[:e], " \t\n") + 1
	before := strings.TrimRight(text[:start], " \t")
	if before == "" || strings.HasSuffix(before, "\n") {
		return false
	}
	prev := before[strings.LastIndexAny(before, " \t\n")+1:]
	if r, _ := utf8.DecodeRuneInString(prev); !unicode.IsLetter(r) || strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ".") {
		return false
	}
	lp := strings.ToLower(prev)
	return !determiners[lp] && !objectPrepositions[lp] && !placePrepositions[lp] && !introOpeners[lp]
}

// titleOrBodyNext tells whether the word after offset e is a title or a
// word of an institution that dotted capitals stand before inside a
// sentence ("U.S. District Judge Ann Lowell", "U.S. Sen. Tom Reed", "the
// U.S. Chamber of Commerce"), not a word that may open the next sentence
// ("in the U.S. Tom Reed lives in Canada.", "in D.C. He said").
func titleOrBodyNext(text string, e, pend int) bool {
	rest := strings.TrimLeft(text[e:pend], " \t\n\r")
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(rest)
	}
	w := strings.ToLower(rest[:end])
	if w == "under" {
		return strings.HasPrefix(strings.ToLower(strings.TrimLeft(rest[end:], " ")), "secretary")
	}
	return titleWords[w] && !notTitleAfterDots[w] || titleAbbrevs[w] != nil || orgWords[w] || bodyWords[w] || orgHeads[w] || dottedInstitutions[w]
}

// notTitleAfterDots are the words of titleWords (a transcript's set) that
// open sentences as often as titles do, so that dotted capitals before
// them end their sentence ("in the U.S. Mr. Reed lives", "in the U.S.
// Under the plan"; "Under Secretary" is read apart).
var notTitleAfterDots = setOf(`the of for under former mr mrs ms dr sir lord lady american japanese us`)

// dottedInstitutions are words of offices and institutions a country's
// dotted abbreviation heads that the sets of titles and organisations
// leave out.
var dottedInstitutions = setOf(`district attorney supreme chamber circuit marines coast capitol customs treasury
intelligence forest park`)

// afterLower tells whether the word w ending at e follows a word in lower
// case in its sentence ("the U.S. Senate", "former U.S. Attorney"), not a
// dateline's or a heading's capitals ("SALEM, Ore. - U.S. …").
func afterLower(text string, e int, w string) bool {
	before := strings.TrimRight(text[:max(0, e-len(w)-1)], " \t")
	prev := before[strings.LastIndexAny(before, " \t\n")+1:]
	r, _ := utf8.DecodeRuneInString(prev)
	return unicode.IsLower(r) && strings.IndexAny(prev, ".,;:") < 0
}

func upperNext(text string, e, pend int) bool {
	rest := strings.TrimLeft(text[e:pend], " \t\n\r")
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && !strings.HasPrefix(rest, "S.")
}

// startsSentence tells whether a sentence may begin after offset e: a
// space, or a line break inside a paragraph ("…,” she said.\nOn Friday"),
// then a capital, a digit or a quotation mark.
func startsSentence(text string, e, pend int) bool {
	if e >= pend {
		return true
	}
	rest := text[e:pend]
	trimmed := strings.TrimLeft(rest, " \t\n\r")
	if len(trimmed) == len(rest) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(trimmed)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '“' || r == '"' || r == '«' || r == '„' || r == '‘' || strings.HasPrefix(trimmed, "''")
}

// markBefore tells whether a question or exclamation mark stands in the
// text between the last of words, no quotation nor a sentence's end, and
// offset at.
func markBefore(words []word, text string, at int) bool {
	n := len(words)
	return n > 0 && words[n-1].lower != "." && words[n-1].quote < 0 && words[n-1].end <= at && strings.ContainsAny(text[words[n-1].end:at], "?!")
}

// quoteOpensCap tells whether the quotation from open to close opens on a
// capital, past its opening marks: “That …”, not “the people's choice”.
func quoteOpensCap(text string, open, close int) bool {
	for _, r := range text[open:min(close, len(text))] {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.IsUpper(r)
		}
	}
	return false
}

var abbreviations = setOf(`mr mrs ms dr st sen rep gov gen lt col sgt jr sr inc co corp vs etc jan feb aug sept sep oct nov dec no prof rev hon ft mt capt cmdr adm maj
sens reps govs messrs gens`)

// phrase is a person phrase found in prose.
type phrase struct {
	text  string
	kind  AttributionKind
	start int // byte offset in the article
	end   int
	i, j  int // word indices [i, j)
	// thing: a description that no person noun heads (nounSubject): it
	// stands for a body, a document or a group, never the latest person
	thing bool
}

// datelinePlaceEnd is where the name begins after a dateline's place in
// capitals, alone or with its state, that opens words with its dash
// dropped ("SALEM - Ann Lowell", "SALEM, Ore. - Ann Lowell"); or 0.
func datelinePlaceEnd(ws []word) int {
	if len(ws) < 2 || !datelineCaps(ws[0].s) {
		return 0
	}
	if ws[1].isCap() && !datelineCaps(ws[1].s) && ws[1].quote < 0 {
		return 1
	}
	if 3 < len(ws) && ws[1].s == "," && (stateAbbrevs[strings.ToLower(ws[2].s)] != "" || isStateWord(ws[2].lower)) && ws[3].isCap() && ws[3].quote < 0 {
		return 3
	}
	return 0
}

// datelineCaps tells whether w is a word of five letters or more all in
// capitals, as a dateline writes its place ("CLEVELAND").
func datelineCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 5
}

// personAt parses a person phrase starting at words[i]: a pronoun, a
// description ("the high-ranking official"), or a name with optional
// titles ("Japanese Foreign Minister Iwaya Takeshi"). A short aside in
// brackets right after a name, a party and state or an acronym ("Rep. Jim
// McDermott (D-Wash.)", "Filippo Grandi (UNHCR)"), belongs to the phrase,
// not to its name.
func (a *Article) personAt(ws []word, i int) (phrase, bool) {
	ph, ok := a.personPhrase(ws, i)
	if ok && ph.kind == AttrNamed {
		if afterIndefinite(ws, ph.i) {
			return phrase{}, false
		}
		ph = withAside(ws, ph)
	}
	return ph, ok
}

// afterIndefinite tells whether words[i] follows the indefinite article:
// a name after it is a thing named for someone or something ("wearing a
// Lowell T-Shirt", "at a Reed-Kemp rally"), not a person.
func afterIndefinite(ws []word, i int) bool {
	if i == 0 || i >= len(ws) {
		return false
	}
	d := ws[i-1]
	return d.quote < 0 && (d.s == "a" || d.s == "an" || i == 1 && (d.s == "A" || d.s == "An"))
}

// maxAsideWords is the most words a bracketed aside after a name may have.
const maxAsideWords = 4

// withAside extends a named phrase over a bracketed aside that follows it.
func withAside(ws []word, ph phrase) phrase {
	if ph.j >= len(ws) || ws[ph.j].s != "(" {
		return ph
	}
	for k := ph.j + 1; k < len(ws) && k <= ph.j+maxAsideWords+1; k++ {
		if ws[k].quote >= 0 || ws[k].s == "(" || ws[k].s == "," {
			return ph
		}
		if ws[k].s == ")" {
			if k == ph.j+1 {
				return ph
			}
			ph.j, ph.end = k+1, ws[k].end
			return ph
		}
	}
	return ph
}

func (a *Article) personPhrase(ws []word, i int) (phrase, bool) {
	if i >= len(ws) || ws[i].quote >= 0 || ws[i].punct() {
		return phrase{}, false
	}
	w := ws[i]
	if i == 0 {
		// a dateline's place in capitals glued to the name after it, its
		// dash dropped: "SALEM - Ann Lowell said" is Ann Lowell, and so
		// is "SALEM, Ore. - Sen. Ann Lowell said"
		if k := datelinePlaceEnd(ws); k > 0 {
			return a.personPhrase(ws, k)
		}
	}
	if pronouns[w.lower] || w.s == "I" && (a.author != "" || narratorSpeaks(ws, i)) { // (a narrator the article names, or one who speaks)
		return phrase{text: w.s, kind: AttrPronoun, start: w.start, end: w.end, i: i, j: i + 1}, true
	}
	// a pronoun with a contracted verb: "He’s telling", "she'd said"
	if stem, _, ok := strings.Cut(strings.ReplaceAll(w.s, "’", "'"), "'"); ok && pronouns[strings.ToLower(stem)] {
		return phrase{text: stem, kind: AttrPronoun, start: w.start, end: w.start + len(stem), i: i, j: i + 1}, true
	}
	// an indefinite pronoun heading a sentence or following a quotation
	// as the subject of a verb ("Another said", "Several tweeted", "“…,”
	// some said"): someone the article leaves unnamed (a plural noun
	// after it, "Some voters", is no verb); "both" so is the pair named
	// before ("“…,” both said", see namedTogether)
	if (indefinitePronouns[w.lower] || w.lower == "both") && (w.isCap() || i > 0 && ws[i-1].quote >= 0) && i+1 < len(ws) && ws[i+1].quote < 0 && !ws[i+1].isCap() &&
		(speechVerbs[ws[i+1].lower] || finiteAux[ws[i+1].lower] || strings.HasSuffix(ws[i+1].lower, "ed")) {
		return phrase{text: w.s, kind: AttrDescription, start: w.start, end: w.end, i: i, j: i + 1}, true
	}
	// "both of them", "all of them", "each of them" or "each" so before
	// a speech verb: the people named together before (see namedTogether);
	// "some of them", "two of them": a share of them, no one named
	share := groupQuantifiers[w.lower] || w.lower != "one" && isNumeral(w.lower)
	if e := i + 1; (togetherPronouns[w.lower] || share) && (w.isCap() || i > 0 && ws[i-1].quote >= 0) {
		if e+1 < len(ws) && ws[e].lower == "of" && ws[e+1].lower == "them" {
			e += 2
		} else if w.lower != "each" {
			e = len(ws)
		}
		if e < len(ws) && ws[e].quote < 0 && speechVerbs[ws[e].lower] {
			return phrase{text: joinWords(ws[i:e]), kind: AttrDescription, start: w.start, end: ws[e-1].end, i: i, j: e}, true
		}
	}
	// "someone" or "somebody", perhaps with a phrase of where they were
	// ("someone in the crowd"), before a speech verb or after an inverted
	// one: a person the article leaves unnamed
	if unnamedPronouns[w.lower] {
		j := i + 1
		if j+1 < len(ws) && placePrepositions[ws[j].lower] && ws[j].quote < 0 {
			k := j + 1
			for k < len(ws) && k <= j+4 && ws[k].quote < 0 && !ws[k].punct() && !ws[k].isCap() && !speechVerbs[ws[k].lower] {
				k++
			}
			j = k
		}
		// (inverted only right after a quotation or a comma: "“…,”
		// shouted someone", not "Lowell said someone had to …", where
		// "someone" heads the clause said)
		inverted := i > 1 && ws[i-1].quote < 0 && speechVerbs[ws[i-1].lower] && (ws[i-2].quote >= 0 || ws[i-2].punct())
		if j < len(ws) && ws[j].quote < 0 && speechVerbs[ws[j].lower] || inverted {
			return phrase{text: joinWords(ws[i:j]), kind: AttrDescription, start: w.start, end: ws[j-1].end, i: i, j: j}, true
		}
	}
	// "the two", "the two lawmakers", "all three" heading a sentence or
	// after a quote before a speech verb: people named together before
	if (w.lower == "the" || w.lower == "all") && i+1 < len(ws) && peopleCounts[ws[i+1].lower] > 0 && ws[i+1].quote < 0 && (i == 0 || ws[i-1].quote >= 0) {
		j := i + 2
		for k := j; k < len(ws) && k < i+5 && ws[k].quote < 0 && !ws[k].isCap(); k++ {
			if sg := singular(ws[k].lower); sg != ws[k].lower && personNouns[sg] || strings.HasSuffix(ws[k].lower, "men") && personNouns[strings.TrimSuffix(ws[k].lower, "men")+"man"] {
				j = k + 1
				break
			}
		}
		v := j
		if v+2 < len(ws) && ws[v].s == "," && ws[v+2].s == "," {
			v += 3 // "the two, however, argue"
		}
		if v < len(ws) && (speechVerbs[ws[v].lower] || speechVerbs[ws[v].lower+"s"]) { // (a plural's verb: "write", "argue")
			return phrase{text: joinWords(ws[i:j]), kind: AttrDescription, start: w.start, end: ws[j-1].end, i: i, j: j}, true
		}
	}
	// a share of a group of people: "some of his supporters", "two of
	// the lawmakers", "many of Reed’s allies" ("one of" is read below)
	if (groupQuantifiers[w.lower] || w.lower == "both" || w.lower == "all" || w.lower != "one" && isNumeral(w.lower)) && i+2 < len(ws) && ws[i+1].lower == "of" && ws[i+1].quote < 0 {
		if d, ok := a.personPhrase(ws, i+2); ok && d.kind == AttrDescription && d.i == i+2 && pluralPeople(ws[d.j-1]) {
			return phrase{text: joinWords(ws[i:d.j]), kind: AttrDescription, start: w.start, end: d.end, i: i, j: d.j}, true
		}
	}
	// description: the/a + up to 4 modifiers + person noun (+ "of/for X")
	// (a quantity before a plural of a person noun, "Some Democrats",
	// "several senior Republicans", is people left unnamed)
	// (a possessive determiner heads one too: "his longtime doctor",
	// "her chief of staff")
	some := groupQuantifiers[w.lower]
	if w.lower == "the" || w.lower == "this" || indefinite[w.lower] || possessiveWord(w.lower) || possessiveDet[w.lower] && w.lower != "its" || some {
		for j := i + 1; j < len(ws) && j <= i+5; j++ {
			if ws[j].s == "," && w.lower == "the" && j == i+2 && !ws[j-1].isCap() && !personNouns[ws[j-1].lower] && coordinateTail(ws, j+1) {
				continue // coordinate adjectives: "the bespectacled, 71-year-old diplomat"
			}
			if ws[j].quote >= 0 || ws[j].punct() {
				break
			}
			if ws[j].lower == "that" || ws[j].lower == "who" || ws[j].lower == "which" {
				break // a clause: "His team protested that Lowell aides …"
			}
			if objectPrepositions[ws[j].lower] && !ws[j].isCap() && ws[j].lower != "of" && j > i+1 && !some && j+1 < len(ws) && ws[j+1].isCap() {
				// the head came before it: "a message from Under Secretary
				// Ann Lowell" is no secretary (but "of" may end a count:
				// "a group of protesters", and "Under" opens an office:
				// "the U.S. Under Secretary of Defense"); before a word
				// in lower case, a preposition may be part of a modifier
				// written without hyphens: "the newly elected at large
				// councilwoman"
				break
			}
			if (ws[j].lower == "the" || ws[j].lower == "a" || ws[j].lower == "an") && !objectPrepositions[ws[j-1].lower] {
				break // a verb's object: "The town released a statement", not one noun phrase
			}
			if some && j <= i+2 && ws[j].isCap() && groupWords[ws[j].lower] && j+1 < len(ws) && pluralPeople(ws[j+1]) {
				continue // a party or a people before the plural: "several Republican lawmakers"
			}
			if some && !personNouns[singular(ws[j].lower)] {
				if j > i+2 || !groupModifier(ws[j]) {
					break
				}
				continue // "several senior Republicans"
			}
			if documentNouns[ws[j].lower] && j+1 < len(ws) && ws[j+1].quote < 0 && !ws[j+1].isCap() && (orgHeads[ws[j+1].lower] || humanNoun(singular(ws[j+1].lower))) && !contactClauseAt(ws, j+2) {
				continue // a document's noun that modifies the head: "the editorial board", "the report authors"
			}
			// (or its possessive before a speech noun: "the Florida
			// senator’s answer was that …"; a body's noun before its
			// speech verb, perhaps past an aside: "the union, which
			// represents 4,000 dockers, said"; and a possessor's: "her
			// Twitter account posted", not the platform)
			if personNouns[ws[j].lower] || some || (w.lower == "the" && orgHeads[ws[j].lower] || ownedBodies[ws[j].lower] && (possessiveDet[w.lower] || possessiveWord(w.lower) && !capsBefore1(ws, i))) && !ws[j].isCap() && j+1 < len(ws) && speechVerbs[ws[mannerEnd(ws, timeEnd(ws, asideEnd(ws, j+1)))].lower] || j+1 < len(ws) && speechNouns[ws[j+1].lower] && personNouns[trimPossessive(ws[j].lower)] {
				// a run of person nouns is one noun, headed by its last:
				// "his chief aide", "the chief strategist", not "his
				// chief" (a plural ends it: "told the senators aides had
				// left")
				for !some && j+1 < len(ws) && humanNoun(ws[j].lower) && singular(ws[j].lower) == ws[j].lower && ws[j+1].quote < 0 && !ws[j+1].isCap() && humanNoun(ws[j+1].lower) {
					j++
				}
				// a capitalised name right after the title makes it a name
				if j+1 < len(ws) && ws[j+1].isCap() && !stopCaps[ws[j+1].s] && ws[j+1].quote < 0 && !speechVerbs[ws[j+1].lower] {
					break
				}
				// ("a source" stays anonymous: a description that
				// resolves to nobody, unless a name follows in
				// apposition: "A top strategist, John Weaver, tells",
				// "a spokeswoman for the governor, Lena Park, said")
				if nm, ok := a.appositionName(ws, j+1); ok {
					nm.i, nm.start = i, w.start
					return nm, true
				}
				// past a body after "of": "the director of the Lakeside
				// Museum, Ann Lowell,", or a phrase of time or place in
				// lower case: "the envoy at the time, Ann Lowell"
				k, lower := bodyAfterOf(ws, j+1), false
				if k == 0 {
					k, lower = lowerPhraseEnd(ws, j+1), true
				}
				if k > 0 {
					// past a lower-case phrase, only a name that a comma
					// or the sentence's end closes: a name and a verb
					// after it are a new clause ("said the mayor in the
					// end, Ann Lowell recalled")
					// (and not a body's name nor one of the other gender
					// than the head noun's: "a lawyer for the company,
					// Salem Ferry Co.," and "a spokeswoman for the mayor,
					// Tom Reed," name whom the phrase is about)
					if nm, ok := a.appositionName(ws, k); ok && (!lower || nm.j >= len(ws) || ws[nm.j].s == ",") &&
						!orgName(nm.text) && !otherGender(nounGender(ws[j].lower), a.genderOf(nm.text)) {
						nm.i, nm.start = i, w.start
						return nm, true
					}
				}
				// (a comma inside, which only "the" lets in, keeps to the
				// word before: "the bespectacled, 71-year-old diplomat")
				return phrase{text: strings.ReplaceAll(joinWords(ws[i:j+1]), " ,", ","), kind: AttrDescription, start: w.start, end: ws[j].end, i: i, j: j + 1}, true
			}
			if speechVerbs[ws[j].lower] {
				break
			}
		}
		if w.lower == "the" || w.lower == "a" || w.lower == "an" {
			i++
			if i >= len(ws) {
				return phrase{}, false
			}
			w = ws[i]
		}
	}
	if nm, ok := titledName(ws, i); ok {
		if i > 0 && ws[i-1].lower == "the" && ws[i-1].end <= w.start {
			nm.i, nm.start = i-1, ws[i-1].start
		}
		return nm, true
	}
	// name: capitalised words, title words and small joining words inside
	// (never first: "For African-Americans, …" names nobody)
	if modifierBeforeName(ws, i) {
		return modifiedPeople(ws, i)
	}
	if !w.isCap() || stopCaps[w.s] && !titleWords[w.lower] || w.lower == "for" || w.lower == "of" || w.lower == "to" {
		return phrase{}, false
	}
	j := i
	for j < len(ws) && ws[j].quote < 0 && !ws[j].punct() {
		x := ws[j]
		if j > i && (headlineVerbs[x.s] || x.isCap() && speechVerbs[x.lower] && strings.HasSuffix(x.lower, "ed") || notNameWords[x.lower]) {
			break // a headline: "…, Trevor Noah Says", "Maria Hinojosa Explained Why …", "Ann Lowell Wants To …"
		}
		if x.isCap() && (!stopCaps[x.s] || titleWords[x.lower]) || j > i && particleInName(ws, j) {
			j++
			if possessiveWord(x.s) && j < len(ws) && platformNames[ws[j].lower] {
				break // a person's posts: "Reed’s Facebook post"
			}
			continue
		}
		if (x.lower == "of" || x.lower == "for" || x.lower == "to") && j+1 < len(ws) && ws[j+1].isCap() && j > i && titleWords[ws[j-1].lower] {
			j++
			continue
		}
		break
	}
	if j > i && j+1 < len(ws) && a.nickname(ws[j]) && ws[j+1].isCap() && ws[j+1].quote < 0 && !stopCaps[ws[j+1].s] && isGivenName(ws[j-1].s) {
		// a nickname in quotation marks inside the name: "Dan “Buddy”
		// Kemp" is Dan Kemp
		k := j + 1
		for k < len(ws) && ws[k].quote < 0 && ws[k].isCap() && !stopCaps[ws[k].s] {
			k++
		}
		name := joinWords(ws[i:j]) + " " + joinWords(ws[j+1:k])
		if len(nameWords(name)) >= 2 {
			return phrase{text: name, kind: AttrNamed, start: ws[i].start, end: ws[k-1].end, i: i, j: k}, true
		}
	}
	if j == i {
		return phrase{}, false
	}
	if nm, ok := a.pastPlaceAside(ws, i, j); ok {
		return nm, true
	}
	ph := phrase{text: joinWords(ws[i:j]), start: ws[i].start, end: ws[j-1].end, i: i, j: j}
	if len(nameWords(ph.text)) == 0 {
		ph.kind = AttrDescription // "The Secretary", "The Minister"
		if !anyPersonNoun(ws[i:j]) {
			return phrase{}, false
		}
		// "U.S. Ambassador to Japan, Rahm Emanuel,"
		k := j
		for k < len(ws) && k < j+4 && ws[k].s != "," && ws[k].quote < 0 && !speechVerbs[ws[k].lower] {
			k++
		}
		if nm, ok := a.appositionName(ws, k); ok {
			nm.i, nm.start = i, ws[i].start
			return nm, true
		}
	} else {
		ph.kind = AttrNamed
	}
	return ph, true
}

// maxPlaceAsideWords is the most words the bracketed state of a place
// inside a title may have: "(Ore.)", "(N.H.)".
const maxPlaceAsideWords = 2

// pastPlaceAside reads a title whose place carries its state in brackets
// before the office and the person's name: "Salem County (Ore.) Sheriff
// Dan Kemp" is read as "Salem County Sheriff Dan Kemp" would be, a
// person, where the capitalised words ws[i:j] before the bracket hold no
// given name and the words after it read as an office and a name with
// one. Else the bracket, an aside of the place's, ended the name at the
// place; and a name right after it is one of its own, no title's ("In
// Salem (Ore.) Ann Lowell backed it" is Lowell, not "Salem Ann Lowell").
func (a *Article) pastPlaceAside(ws []word, i, j int) (phrase, bool) {
	if j >= len(ws) || ws[j].s != "(" || slices.ContainsFunc(ws[i:j], func(w word) bool { return isGivenName(w.s) }) {
		return phrase{}, false
	}
	q := j + 1
	for q < len(ws) && q <= j+maxPlaceAsideWords && ws[q].quote < 0 && ws[q].isCap() && !isGivenName(ws[q].s) {
		q++
	}
	if q == j+1 || q+1 >= len(ws) || ws[q].s != ")" || !ws[q+1].isCap() || ws[q+1].quote >= 0 || isGivenName(ws[q+1].s) {
		return phrase{}, false
	}
	nm, ok := a.personPhrase(ws, q+1)
	if !ok || nm.kind != AttrNamed || nm.i != q+1 || len(nameWords(nm.text)) < 2 || givenGender(nm.text) == genderUnknown {
		return phrase{}, false
	}
	return phrase{text: joinWords(ws[i:j]) + " " + nm.text, kind: AttrNamed, start: ws[i].start, end: nm.end, i: i, j: nm.j}, true
}

// rankAdjectives are capitalised adjectives of rank that open a noun
// phrase of people: "Top Reed aides", "Senior Lowell advisers".
var rankAdjectives = setOf(`top senior key leading prominent longtime fellow`)

// modifierBeforeName tells whether words[i], capitalised before another
// capitalised word, modifies the noun phrase the name after it stands in
// and is no given name: a number or a quantity ("Six Reed delegates",
// "Several Lowell aides") or an adjective of rank ("Top Reed aides"). The
// name starts after it; else "Top Reed" would be a person who takes Tom
// Reed's mentions. Before a title it opens an office ("Senior Adviser Ann
// Lowell"), which the name holds.
func modifierBeforeName(ws []word, i int) bool {
	w := ws[i]
	if i+1 >= len(ws) || !w.isCap() || !ws[i+1].isCap() || ws[i+1].quote >= 0 || titleWords[ws[i+1].lower] || isGivenName(w.s) {
		return false
	}
	return quantityWord(w.lower) || rankAdjectives[w.lower]
}

// modifiedPeople reads the noun phrase of people that the modifier at
// words[i] (modifierBeforeName) opens, a name and a person noun after it,
// perhaps past a few words of description: "Six Reed delegates", "Top
// Reed campaign aides", "Key Lowell ally". It is a description, of people
// the name does not name; with no person noun after the name there is no
// phrase at words[i].
func modifiedPeople(ws []word, i int) (phrase, bool) {
	k := i + 1
	for k < len(ws) && ws[k].quote < 0 && ws[k].isCap() && !stopCaps[ws[k].s] {
		k++
	}
	head := -1
	for e := k; e < len(ws) && e < k+maxModifiedWords && ws[e].quote < 0 && !ws[e].isCap(); e++ {
		if humanNoun(ws[e].lower) || humanNoun(singular(ws[e].lower)) {
			head = e
		} else if !isDescriptor(ws[e].lower) {
			break
		}
	}
	if k == i+1 || head < 0 {
		return phrase{}, false
	}
	return phrase{text: joinWords(ws[i : head+1]), kind: AttrDescription, start: ws[i].start, end: ws[head].end, i: i, j: head + 1}, true
}

// maxModifiedWords is how many lower-case words modifiedPeople reads
// after the name for the person noun: "Top Reed campaign aides".
const maxModifiedWords = 3

// narratorSpeaks tells whether the "I" at words[i] is a narrator the
// article does not name who speaks: a past verb of speech follows it, and a
// quotation or the sentence's start comes before ("“I am tired of
// promises,” I told my neighbors", "I told him: “…”"). Their words are no
// one's the article names, not the last speaker's carried on.
func narratorSpeaks(ws []word, i int) bool {
	if i+1 >= len(ws) || !pastSpeechVerb(ws[i+1].lower) {
		return false
	}
	b := i - 1
	if b >= 0 && ws[b].s == "," {
		b--
	}
	return i == 0 || b >= 0 && ws[b].quote >= 0
}

// nickname tells whether w is a quotation of one capitalised word of
// letters, as a nickname inside a name is written ("Dan “Buddy” Kemp").
func (a *Article) nickname(w word) bool {
	if w.quote < 0 {
		return false
	}
	r := a.raw[w.quote]
	inner := strings.Trim(a.Doc.Text[r.open:r.close], "“”\"'‘’ ")
	if inner == "" || len(inner) > 15 || !unicode.IsUpper([]rune(inner)[0]) {
		return false
	}
	for _, c := range inner {
		if !unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

// fullSpeakerNames gives a person the article knows by a surname alone
// the full name it wrote for them in any mention (a subject, a speaker,
// an object or a possessor) where the rules made no person of that
// ("Tom Reed, the mayor, said …. “…,” Reed said": the speaker is Tom
// Reed, not Reed), when it wrote one only; the quotations of that person
// take the full name.
func (a *Article) fullSpeakerNames() {
	full := map[string]string{} // a surname alone: its one full name, or "" for several
	see := func(name, written string) {
		if name == "" || strings.Contains(name, " ") || isGivenName(name) {
			return // (not a given name alone: "Susan")
		}
		w := stripTitles(trimPossessive(written))
		f := strings.Fields(w)
		if len(f) < 2 || !isGivenName(f[0]) || !a.sameName(name, w) || !strings.EqualFold(f[len(f)-1], name) {
			return
		}
		if prev, ok := full[name]; ok && prev != w {
			if pf := strings.Fields(prev); len(pf) < 2 || pf[0] != f[0] {
				full[name] = "" // two people: "Tom Reed", "Ann Reed"
			} else if len(f) > len(pf) {
				full[name] = w // one, with and without a middle name: the longer
			}
			return
		}
		full[name] = w
	}
	for _, m := range a.mentions {
		see(m.name, m.written)
	}
	for _, q := range a.Quotes {
		if q.Attribution == AttrNamed {
			see(q.Speaker, q.AttributedTo)
		}
	}
	a.fullNamesWritten(see)
	if len(full) == 0 {
		return
	}
	for _, q := range a.Quotes {
		if f := full[q.Speaker]; f != "" && q.Attribution == AttrPronoun && otherGender(pronounGender(q.AttributedTo), givenGender(f)) {
			full[q.Speaker] = "" // another of the family: "Ann Reed … Reed’s husband … he said"
		}
	}
	names := make(map[string]bool, len(a.People))
	for _, p := range a.People {
		names[p.Name] = true
	}
	for _, p := range a.People {
		if f := full[p.Name]; f != "" && names[f] {
			full[p.Name] = "" // another person has it
		}
	}
	grown := false
	for _, p := range a.People {
		if f := full[p.Name]; f != "" {
			p.Name, p.gKnown, grown = f, false, true
		}
	}
	if !grown {
		return
	}
	for i := range a.Quotes {
		if f := full[a.Quotes[i].Speaker]; f != "" {
			a.Quotes[i].Speaker = f
		}
	}
	a.byWord = nil
	for i := range a.People {
		a.indexPerson(i)
	}
}

// fullNamesWritten calls see for each given name and surname written
// together in the text whose surname alone names a person, where they
// stand inside a sentence: "Tom Reed met Ann Lowell" names no person Ann
// Lowell, but a later "Lowell said" is hers. A capitalised word opening
// a sentence may be no name ("Will Lowell run?").
func (a *Article) fullNamesWritten(see func(name, written string)) {
	alone := map[string]bool{}
	for _, p := range a.People {
		if !strings.Contains(p.Name, " ") {
			alone[p.Name] = true
		}
	}
	if len(alone) == 0 {
		return
	}
	const trailing = ".,;:!?)”’\"'" // punctuation after a word
	f := strings.Fields(a.Doc.Text)
	for k := 2; k < len(f); k++ {
		sn := trimPossessive(strings.TrimRight(f[k], trailing))
		if !alone[sn] {
			continue
		}
		if k+1 < len(f) && f[k] == sn {
			// a building or a body named for someone ("the Dan Kemp
			// Center") is no one's full name
			if nx := strings.ToLower(strings.TrimRight(f[k+1], trailing)); orgWords[nx] || siteWords[nx] {
				continue
			}
		}
		g := k - 1 // the given name, before a middle initial if one stands between ("Dan B. Kemp")
		if initial := f[g]; g > 1 && len(initial) == 2 && initial[1] == '.' && (word{s: initial}).isCap() {
			g--
		}
		given, before := f[g], f[g-1]
		if !(word{s: given}).isCap() || !isGivenName(given) || strings.ContainsAny(given, ".,") || strings.ContainsAny(before[len(before)-1:], ".!?:") {
			continue
		}
		see(sn, strings.Join(f[g:k], " ")+" "+sn)
	}
}

// repairNames gives the people and the speakers of the quotes their names
// in the letters meant, where the text was decoded in the wrong encoding
// (once or twice over: "TomÃ¡s", "TomÃ\u0083Â¡s" for "Tomás").
// The reading is done: only what the article reports changes.
func (a *Article) repairNames() {
	fixed := false
	for _, p := range a.People {
		if n := repairMojibake(p.Name); n != p.Name {
			p.Name, fixed = n, true
		}
	}
	if !fixed {
		return
	}
	for i := range a.Quotes {
		a.Quotes[i].Speaker = repairMojibake(a.Quotes[i].Speaker)
	}
	a.byWord = nil
	for i := range a.People {
		a.indexPerson(i)
	}
}

// repairMojibake undoes UTF-8 text read as Latin-1, as often as it was
// done (composing letters and accents written apart first: "A\u0303" is
// "Ã"); a name that does not decode so is kept as it is.
func repairMojibake(s string) string {
	ascii := true
	for i := 0; i < len(s) && ascii; i++ {
		ascii = s[i] < utf8.RuneSelf
	}
	if ascii {
		return s
	}
	nfc := norm.NFC.String(spacingAccents.Replace(s))
	t := nfc
	for range 3 {
		b := make([]byte, 0, len(t))
		ok := true
		for _, r := range t {
			if r > 0xFF {
				ok = false
				break
			}
			b = append(b, byte(r))
		}
		if !ok || !utf8.Valid(b) || string(b) == t {
			break
		}
		t = string(b)
	}
	if t == nfc {
		return s
	}
	return t
}

// spacingAccents writes back the Latin-1 signs that a compatibility
// decomposition makes a space and a combining mark (the only four: "¨",
// "¯", "´", "¸"), so that mojibake so written decodes: "HelÃ \u0308ne" is
// "HelÃ¨ne", which is "Helène".
var spacingAccents = strings.NewReplacer(" \u0308", "\u00a8", " \u0304", "\u00af", " \u0301", "\u00b4", " \u0327", "\u00b8")

// nameParticles are the lower-case words that stand inside a name, between
// its given name and its surname ("Ann de Vries", "Tom van der Berg",
// "Omar bin Haddad").
var nameParticles = setOf(`de da di del della der den van von du le la bin ibn al el dos das ter ten`)

// particleInName tells whether ws[j] is a lower-case word inside a name: a
// particle (nameParticles) or an Arabic article joined to the surname
// ("al-Haddad") after a capitalised word that is no title, before a
// capitalised word (past a second particle: "van der Berg"); the name
// reader would otherwise cut the name in two ("Ann" and "De Vries").
func particleInName(ws []word, j int) bool {
	if j < 1 || j >= len(ws) || ws[j].quote >= 0 {
		return false
	}
	w := ws[j].lower
	pre, rest, joined := strings.Cut(ws[j].s, "-")
	joined = joined && (pre == "al" || pre == "el") && rest != ""
	if !joined && (!nameParticles[w] || ws[j].s != w) {
		return false // tested first: the look back below is for particles only
	}
	// the word before is a capitalised word that is no title, or a first
	// particle after one ("van" in "van der"): one step back, no further
	prev := ws[j-1]
	if !prev.isCap() && nameParticles[prev.lower] && prev.s == prev.lower && j >= 2 {
		prev = ws[j-2]
	}
	if prev.quote >= 0 || !prev.isCap() || stopCaps[prev.s] || titleWords[prev.lower] {
		return false
	}
	if joined {
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r)
	}
	for k := j + 1; k < len(ws) && k <= j+2; k++ {
		x := ws[k]
		if x.quote >= 0 {
			return false
		}
		if x.isCap() {
			return !stopCaps[x.s] && !titleWords[x.lower]
		}
		if !nameParticles[x.lower] {
			return false
		}
	}
	return false
}

// coordinateTail tells whether the words from k, after a comma inside a
// description, are one or two lower-case modifiers and a lower-case
// person noun ("…, 71-year-old diplomat said"), so that the comma joins
// adjectives rather than ending the phrase.
func coordinateTail(ws []word, k int) bool {
	for m := k; m < len(ws) && m <= k+2; m++ {
		x := ws[m]
		if x.quote >= 0 || x.punct() || x.isCap() || unnamedClosed[x.lower] || speechVerbs[x.lower] || titleWords[x.lower] {
			return false
		}
		if personNouns[x.lower] {
			return m > k
		}
	}
	return false
}

// bodyAfterOf is the index just past "of" and a capitalised body's name
// at words[k] ("of the Lakeside Museum", "of the Bureau of Statistics"), or
// 0 when there is none.
func bodyAfterOf(ws []word, k int) int {
	if k >= len(ws) || ws[k].lower != "of" && ws[k].lower != "for" && ws[k].lower != "at" {
		return 0
	}
	j, caps := k+1, 0
	for j < len(ws) && j <= k+9 && ws[j].quote < 0 && ws[j].s != "," {
		switch {
		case ws[j].isCap():
			caps++
		case ws[j].lower == "the" || ws[j].lower == "of" || ws[j].lower == "for" || ws[j].lower == "and":
		default:
			return 0
		}
		j++
	}
	if caps == 0 || j >= len(ws) || ws[j].s != "," {
		return 0
	}
	return j
}

// clauseWord tells whether w opens or carries a clause of its own: a
// speech verb, an auxiliary, a clause opener or a relative word.
func clauseWord(w string) bool {
	return speechVerbs[w] || finiteAux[w] || clauseOpeners[w] || w == "who" || w == "which" || w == "that"
}

// lowerPhraseEnd is the index of the comma that ends a short phrase of
// lower-case words at words[k] that a preposition opens: of time or place
// ("at the time,", "in the region,") or of a charge ("of security,", "for
// the port,"), or 0 when there is none.
func lowerPhraseEnd(ws []word, k int) int {
	if k >= len(ws) || ws[k].lower != "at" && ws[k].lower != "in" && ws[k].lower != "of" && ws[k].lower != "for" {
		return 0
	}
	for j := k + 1; j < len(ws) && j <= k+4; j++ {
		switch w := ws[j]; {
		case w.s == ",":
			if j == k+1 {
				return 0
			}
			return j
		case w.quote >= 0 || w.punct() || w.isCap() || clauseWord(w.lower):
			return 0
		}
	}
	return 0
}

// titledName reads a name after title and description words some of which
// are lower case ("former Vermont governor Howard Dean", "economist Jared
// Bernstein", "Republican National Committee spokesman Sean Spicer"): the
// name is the run of capitalised words after the last lower-case one; the
// phrase covers the titles too.
func titledName(ws []word, i int) (phrase, bool) {
	j, last := i, -1
	for j < len(ws) && j < i+9 && ws[j].quote < 0 && !ws[j].punct() {
		x := ws[j]
		switch {
		case x.isCap() && (!stopCaps[x.s] || titleWords[x.lower]):
		case j > i && particleInName(ws, j):
		case isDescriptor(x.lower) && !x.isCap():
			last = j
		default:
			goto done
		}
		j++
	}
done:
	if last < 0 || last+1 >= j || j-last-1 > 4 {
		return phrase{}, false
	}
	name := joinWords(ws[last+1 : j])
	if len(nameWords(name)) == 0 || speechVerbs[ws[last+1].lower] {
		return phrase{}, false
	}
	return phrase{text: name, kind: AttrNamed, start: ws[i].start, end: ws[j-1].end, i: i, j: j}, true
}

// appositionName reads ", Name," (or ", Name" ending the clause) at
// words[k], the name that a preceding description describes.
func (a *Article) appositionName(ws []word, k int) (phrase, bool) {
	if k+1 >= len(ws) || ws[k].s != "," {
		return phrase{}, false
	}
	j := k + 1
	if w := ws[j]; w.quote < 0 && !w.isCap() && isDescriptor(w.lower) {
		// a title in lower case before the name: "the spokesman, former
		// senator Tom Reed"
		nm, ok := titledName(ws, j)
		if !ok || len(nameWords(nm.text)) < 2 || nm.j < len(ws) && ws[nm.j].s != "," && !speechVerbs[ws[nm.j].lower] && !employerEnds(ws, nm.j) {
			return phrase{}, false
		}
		return nm, true
	}
	for j < len(ws) && (ws[j].isCap() && ws[j].quote < 0 && !stopCaps[ws[j].s] || j > k+1 && particleInName(ws, j)) {
		j++
	}
	if j == k+1 || j-k-1 > 4 || len(nameWords(joinWords(ws[k+1:j]))) == 0 {
		return phrase{}, false
	}
	if j < len(ws) && ws[j].s != "," && !speechVerbs[ws[j].lower] && !employerEnds(ws, j) {
		return phrase{}, false
	}
	return phrase{text: joinWords(ws[k+1 : j]), kind: AttrNamed, start: ws[k+1].start, end: ws[j-1].end, i: k + 1, j: j}, true
}

// employerEnds tells whether words[j] opens the name's employer or place
// after "of", "from" or "at" that runs to the sentence's last word, with no
// punctuation between: "…,” said another envoy, Ann Lowell of the law firm
// Kemp Marine."
func employerEnds(ws []word, j int) bool {
	if ws[j].lower != "of" && ws[j].lower != "from" && ws[j].lower != "at" {
		return false
	}
	caps := 0
	for m := j + 1; m < len(ws); m++ {
		w := ws[m]
		if w.quote >= 0 || m > j+8 {
			return false
		}
		if w.punct() {
			return false // (a full stop is no word of its own: it ends the last one)
		}
		if w.isCap() {
			caps++
		} else if clauseWord(w.lower) {
			return false
		}
	}
	return caps > 0
}

// subjectAfterClause is the subject of a sentence that opens with a
// subordinate or participial clause of any length ("Asked whether he
// feared that Tom Reed, who …, would win, Ann Lowell shrugged"): a person
// the article names, after a comma and before a lower-case finite verb.
// The first such is the main clause's subject; a name inside the opening
// clause has no comma before it or no verb after it.
func (a *Article) subjectAfterClause(ws []word) (phrase, bool) {
	if len(ws) < 4 || !ws[0].isCap() || ws[0].quote >= 0 {
		return phrase{}, false
	}
	first := ws[0].lower
	if !introOpeners[first] && !clauseOpeners[first] && !strings.HasSuffix(first, "ed") && !strings.HasSuffix(first, "ing") {
		return phrase{}, false
	}
	for k := 1; k+2 < len(ws); k++ {
		if ws[k].quote >= 0 && !a.endsInComma(int(ws[k].quote)) {
			return phrase{}, false
		}
		if ws[k].s != "," && ws[k].quote < 0 {
			continue
		}
		ph, ok := a.personAt(ws, k+1)
		if !ok || ph.kind != AttrNamed || ph.j >= len(ws) {
			continue
		}
		if v := ws[ph.j]; v.quote < 0 && !v.isCap() && finiteVerb(v.lower) {
			if _, known := a.resolveQuiet(ph); known {
				return ph, true
			}
		}
	}
	return phrase{}, false
}

// otherInSentence is, for a description that opens a subordinate clause
// after its sentence's main clause ("Tom Reed met Ann Lowell after the
// mayor said …"), the one other person the main clause names, when the
// description resolved to the main clause's subject: a writer calls the
// subject again "he", not by a description. Else "".
func (a *Article) otherInSentence(ws []word, ph phrase, name string) string {
	if ph.i < 3 || !subordinators[ws[ph.i-1].lower] {
		return ""
	}
	subj, ok := a.sentenceSubject(ws, ph.i-1, true)
	if !ok || subj.kind != AttrNamed || subj.j >= ph.i-1 {
		return ""
	}
	if sn, _ := a.resolveQuiet(subj); sn != name {
		return ""
	}
	other, two := "", false
	a.namedRuns(ws, subj.j, ph.i-1, func(o phrase) bool {
		on, known := a.resolveQuiet(o)
		if !known && len(nameWords(o.text)) >= 2 && mayBePerson(o.text) && !orgName(o.text) {
			on, known = stripTitles(o.text), true // a full name
		}
		if !known || on == name || possessiveSplit(o.text) != o.text || !a.mayBePerson(on) {
			return true
		}
		if other != "" && other != on {
			two = true // two others: no telling
			return false
		}
		other = on
		return true
	})
	if two {
		return ""
	}
	return other
}

// namedRuns calls fn with each name phrase that opens at a capitalised
// word of ws[from:to] outside a quotation, reading on past its words, so
// that each name is met once; fn returns false to stop.
func (a *Article) namedRuns(ws []word, from, to int, fn func(ph phrase) bool) {
	for k := from; k < to; k++ {
		if ws[k].quote >= 0 || !ws[k].isCap() {
			continue
		}
		ph, ok := a.personAt(ws, k)
		if !ok || ph.kind != AttrNamed || ph.j <= k {
			continue
		}
		k = ph.j - 1
		if !fn(ph) {
			return
		}
	}
}

// subordinators open a clause that may come before the main one.
var subordinators = setOf(`when after before while as since because although though once until`)

// openingClauseSubject is the named subject of a subordinate clause that
// opens the sentence before a comma, perhaps after an adverb: "When Reed
// arrived, …", "Even before Ann Lowell took the stage, …".
func (a *Article) openingClauseSubject(ws []word) (phrase, bool) {
	h := datelineEnd(ws)
	if h+1 < len(ws) && (isAdverb(ws[h].lower) || ws[h].lower == "even" || ws[h].lower == "just" || ws[h].lower == "long") && !subordinators[ws[h].lower] {
		h++ // "Even before", "Just after"
	}
	if h+2 >= len(ws) || ws[h].quote >= 0 || !subordinators[ws[h].lower] {
		return phrase{}, false
	}
	ph, ok := a.personAt(ws, h+1)
	if !ok || ph.kind != AttrNamed || ph.j >= len(ws) || possessiveSplit(ph.text) != ph.text {
		return phrase{}, false
	}
	v := ws[ph.j]
	if v.quote >= 0 || v.punct() || v.isCap() || objectPrepositions[v.lower] || phraseStops[v.lower] {
		return phrase{}, false
	}
	for k := ph.j + 1; k < len(ws); k++ {
		if ws[k].quote >= 0 {
			return phrase{}, false
		}
		if ws[k].s == "," {
			return ph, true // the clause ends before the main one
		}
	}
	return phrase{}, false
}

// otherCueBetween tells whether words[from:to], between two quotations of
// a sentence, hold a cue of the second one's own: a name, a description or
// a pronoun of the other gender right before a speech verb, someone other
// than the speaker of the first quotation p, after the first one's own cue
// ("“…,” Reed said as a heckler yelled: “…”"), in a relative clause after
// a preposition ("to which Lowell replied") or with a colon that opens the
// second ("After Kemp called the plan “a fraud,” Reed said: “…”"); not the
// first one's cue ("“…,” Reed said, “…”"). A speech verb right after the
// first whose subject heads the sentence, set off by the comma of an aside
// that holds the first, is such a cue too ("Reed, asked about Lowell’s
// remark that the plan was “…,” said “…”"), and so is a participle of
// speech right before the second, after the first and perhaps "by", of
// the subject heading the sentence ("Reed responded to Lowell, who called
// the plan “…,” by saying “…”").
func (a *Article) otherCueBetween(ws []word, from, to int, p *Quote) bool {
	firstCue := -1 // the first speech verb between
	// (a first quotation that closes an opening clause has its cue
	// before it: the cue after it is the second one's, "When a voter
	// shouted, “Fix it,” Reed joked, “…”")
	_, opening := a.openingClauseCue(ws, from-1)
	// from on, so that an inverted cue's verb right after the first
	// quotation counts as its cue ("“…,” said Lowell as Reed yelled")
	for v := max(from, 1); v < to; v++ {
		// (an infinitive of answering right before the second is its
		// cue, its subject before "to": "“…,” prompting Reed to respond,
		// “…”")
		inf := speechInfinitive(ws, v, to)
		if w := ws[v]; w.quote >= 0 || !speechVerbs[w.lower] && !inf || objectVerbs[w.lower] || w.isCap() || nounBefore(ws[v-1]) {
			continue
		}
		if firstCue < 0 {
			firstCue = v
		}
		colon := v+2 == to && ws[v+1].s == ":"
		end := v
		if inf {
			end = v - 1
		}
		ph, ok := a.subjectBefore(ws, v)
		// (a relative clause after a preposition has a speaker of its
		// own: "Reed told Lowell, “…,” to which Lowell replied, “…”")
		relative := ok && ph.i >= 2 && ws[ph.i-1].lower == "which" && objectPrepositions[ws[ph.i-2].lower]
		// (or the subject heading the sentence, before the aside that
		// holds the first quotation, of a verb right after it)
		before := ok && !inf && ph.i == 0 && ph.j < from && ws[ph.j].s == "," && !strings.HasSuffix(ws[v].lower, "ing") &&
			!slices.ContainsFunc(ws[from:v], func(x word) bool { return !x.punct() })
		// (and a participle of speech right before the second takes the
		// sentence's subject before the first: "Reed responded to Lowell,
		// who called the plan “…,” by saying “…”")
		before = before || ok && !inf && ph.i == datelineEnd(ws) && ph.j < from && strings.HasSuffix(ws[v].lower, "ing") &&
			(v+1 == to || v+2 == to && (ws[v+1].s == "," || ws[v+1].s == ":")) &&
			!slices.ContainsFunc(ws[from:v], func(x word) bool { return !x.punct() && x.lower != "by" }) // (not "… and asking", another participle's)
		if !ok || !before && (ph.j != end || ph.i < from || !colon && !inf && !relative && !opening && ph.i <= firstCue) || ph.i > 0 && ws[ph.i-1].lower == "that" {
			continue // (speech the first one's cue reports: "“…,” Reed recalled, adding that Kemp said: “…”")
		}
		switch ph.kind {
		case AttrNamed:
			name, known := a.resolveQuiet(ph)
			if !known {
				name = stripTitles(ph.text)
			}
			if p.Speaker == "" && p.AttributedTo != "" || p.Speaker != "" && !a.sameName(p.Speaker, name) {
				return true // (a first one with a description or a pronoun no name was found for: "“…,” a heckler yelled as Reed said, “…”")
			}
		case AttrDescription:
			if !strings.EqualFold(ph.text, p.AttributedTo) {
				return true
			}
		case AttrPronoun:
			// one of the other gender than the first one's speaker:
			// "“…,” Reed said as she shouted, “…”"
			if p.Speaker != "" && otherGender(pronounGender(ph.text), a.genderOf(p.Speaker)) {
				return true
			}
		}
	}
	return false
}

// maxOpeningClauseWords is the most words openingClauseCue reads of an
// opening clause: far more than prose puts there, few enough that a
// sentence of thousands of quotations is read in linear time.
const maxOpeningClauseWords = 150

// openingClauseCue is the speaker of a quotation at words[i] that closes a
// subordinate clause opening the sentence, perhaps after an adverb ("When
// a voter shouted, “Fix it,” Lowell laughed", "After Reed said the plan
// would be “a disaster,” Lowell …"): the subject, inside the clause, of
// the last speech verb before the quotation. The clause holds no comma
// but one right after that verb, and a comma ends it right after the
// quotation (inside its marks or after them), before the main clause; it
// is read over no more than maxOpeningClauseWords words, so that the
// look-back stays bounded in a sentence of many quotations.
func (a *Article) openingClauseCue(ws []word, i int) (phrase, bool) {
	h := datelineEnd(ws)
	if h+1 < len(ws) && (isAdverb(ws[h].lower) || ws[h].lower == "even" || ws[h].lower == "just" || ws[h].lower == "long") && !subordinators[ws[h].lower] {
		h++ // "Even before", "Just after"
	}
	if h+2 >= i || i-h > maxOpeningClauseWords || ws[h].quote >= 0 || !subordinators[ws[h].lower] || i+2 >= len(ws) {
		return phrase{}, false
	}
	if !a.commaAfterQuote(ws, i) {
		return phrase{}, false
	}
	v := -1
	for k := h + 1; k < i; k++ {
		w := ws[k]
		if w.quote >= 0 {
			continue
		}
		if w.s == "," && !(k == i-1 && v == k-1) || w.s == ";" || w.s == ":" {
			return phrase{}, false
		}
		if speechVerbs[w.lower] && !w.isCap() && !nounBefore(ws[k-1]) && !strings.HasSuffix(w.lower, "ing") {
			v = k
		}
	}
	if v < 0 {
		return phrase{}, false
	}
	ph, ok := a.subjectBefore(ws, v)
	if !ok || ph.i <= h || ph.j > v {
		return phrase{}, false
	}
	// speech reported inside the clause's: "When Lowell pointed out that
	// Reed calls it “a scam,”" is what Lowell says
	if out, ok := a.outerSpeaker(ws, ph); ok && out.i > h {
		ph = out
	}
	return ph, true
}

// signedLine tells whether a name that signs a quotation ends its line,
// the next quotation opening the next line of a paragraph whose lines are
// wrapped ("“…” ― Lena Park\n“…” ― Omar Haddad").
func signedLine(text string, ws []word, ph phrase) bool {
	return ph.j < len(ws) && ws[ph.j].quote >= 0 && ph.end <= ws[ph.j].start && strings.Contains(text[ph.end:ws[ph.j].start], "\n")
}

// topicColonSpeaker reads the name opening a sentence that gives a topic
// or a short title after a comma and then a colon before the quotation:
// "Ann Lowell, on the ferry vote: “…”", "Tom Reed, asked about the pier:
// “…”", and the lines of a roundup of reactions, perhaps numbered: "Dan
// Kemp, harbor master: “…”", "2. Lena Park, the council president: “…”".
func (a *Article) topicColonSpeaker(ws []word, k int) (phrase, bool) {
	ph, ok := a.personAt(ws, listMarkerEnd(a.Doc.Text, ws))
	if !ok || ph.kind != AttrNamed || ph.j+1 >= k || k-ph.j > maxTopicWords || ws[ph.j].s != "," || !a.isPersonName(ph, ws, false) && !(len(nameWords(ph.text)) >= 2 && isGivenName(ws[ph.i].s)) {
		return phrase{}, false
	}
	topic := topicOpeners[ws[ph.j+1].lower]
	if topic && ph.j+2 >= k || !topic && k-ph.j-1 > maxSignatureTitle {
		return phrase{}, false
	}
	for _, w := range ws[ph.j+1 : k] {
		if w.quote >= 0 || w.punct() && w.s != "," || finiteVerb(w.lower) || !topic && (speechVerbs[w.lower] || w.lower == "and" || isGivenName(w.s)) {
			return phrase{}, false // (a title, not a list of names: "Tom Reed, Ann Lowell: “…”")
		}
	}
	return ph, true
}

// listMarkerEnd is the index of the first word after the number that
// opens a line of a numbered list ("1. Tom Reed", "2) Ann Lowell"), or 0.
func listMarkerEnd(text string, ws []word) int {
	if len(ws) < 2 || ws[0].quote >= 0 || ws[0].s == "" || ws[0].s[0] < '0' || ws[0].s[0] > '9' {
		return 0
	}
	switch n := strings.TrimLeft(ws[0].s, "0123456789"); {
	case n == "." || n == "" && strings.HasPrefix(text[ws[0].end:ws[1].start], "."): // (the reader keeps the full stop of "1.", as of an initial)
		return 1
	case n == "" && ws[1].s == ")":
		return 2
	}
	return 0
}

// maxTopicWords is how many words a topic between a name and its colon may
// run to; topicOpeners open it.
const maxTopicWords = 10

var topicOpeners = setOf(`on about regarding asked`)

// maxSignatureTitle is how many words the title after a signing name may
// run to: "— Ann Lowell, mayor of Salem".
const maxSignatureTitle = 8

// signatureTitle tells whether the words from words[j] to the end of the
// sentence are a title set off by a comma after a name that signs a
// quotation: ", Salem mayor", ", a nurse at Harbor General" (a few words,
// no quotation and no verb).
func signatureTitle(ws []word, j int) bool {
	if j >= len(ws) || ws[j].s != "," || len(ws)-j-1 > maxSignatureTitle {
		return false
	}
	n := 0
	for _, w := range ws[j+1:] {
		if w.quote >= 0 || finiteVerb(w.lower) || speechVerbs[w.lower] {
			return false
		}
		if !w.punct() {
			n++
		}
	}
	return n > 0
}

// absoluteSubjects are the people named as the subjects of absolute
// clauses: "with" and a name, an aside set off by commas or dashes
// allowed after it, then a participle ("…, with Ann Lowell — who has
// called for higher rates — attacking the plan"). A word in -ing that is
// a preposition or a noun ("with Tom Reed during the talks") makes none.
func (a *Article) absoluteSubjects(ws []word) []phrase {
	var out []phrase
	for k := 0; k+2 < len(ws); k++ {
		if ws[k].lower != "with" || ws[k].quote >= 0 {
			continue
		}
		ph, ok := a.personAt(ws, k+1)
		if !ok || ph.kind != AttrNamed || ph.i != k+1 || ph.j >= len(ws) || !ws[ph.i].isCap() || determiners[ws[ph.i].lower] {
			continue // "with the Reed meeting": a name modifying a noun
		}
		if last := ws[ph.j-1].s; possessiveSplit(ph.text) != ph.text || possessiveWord(last) {
			continue // "with Reed’s raising the issue": a possessor
		}
		v := ph.j
		if open := ws[v].s; open == "," || open == "—" || open == "–" {
			v = -1
			for m := ph.j + 1; m < len(ws) && m <= ph.j+maxAppositionGap; m++ {
				if ws[m].quote >= 0 || ws[m].s == "." {
					break
				}
				if ws[m].s == open {
					v = m + 1
					break
				}
			}
			if v < 0 || v >= len(ws) {
				continue
			}
		}
		w := ws[v]
		if w.quote >= 0 || w.isCap() || len(w.lower) < 5 || !strings.HasSuffix(w.lower, "ing") || notParticiples[w.lower] {
			continue
		}
		out = append(out, ph)
		k = ph.j - 1
	}
	return out
}

// notParticiples are words in -ing that are prepositions or nouns, no
// verb an absolute clause may have.
var notParticiples = setOf(`during including regarding concerning according excluding considering barring pending
notwithstanding following thing something nothing anything everything morning evening spring string building`)

// reportedClause tells whether a phrase opens a clause that reports what
// someone else said: it comes right after "that" ("noted that Reed
// himself has acknowledged") or a speech verb, and so is not the
// sentence's subject nor one a later pronoun means; v is
// the index of the phrase's own verb.
func reportedClause(ws []word, ph phrase, v int) bool {
	if ph.i == 0 || ph.i-1 == v {
		return false // "…, said Reed": the verb's own inverted subject
	}
	p := ws[ph.i-1]
	if p.quote < 0 && ph.i >= 2 && pastSpeechVerb(p.lower) && !listenerVerbs[p.lower] && !objectVerbs[p.lower] && ws[ph.i-2].quote < 0 {
		// or right after another subject's speech verb, whose object it
		// is not ("Reed, the party chairman, said Kemp continued to …"):
		// what that subject reports
		return true
	}
	return p.quote < 0 && p.lower == "that"
}

// nameBeforePlace is the person named before "of" or "from" and the place
// or body a relative clause follows ("Sen. Ann Lowell of Ohio, who said"
// is Lowell, not Ohio), else ph itself: also when ph is a person's name
// by a given name or an honorific ("a gift to Dan Kemp from Ann Lowell,
// who said" is Lowell).
func (a *Article) nameBeforePlace(ws []word, ph phrase) phrase {
	if ph.i < 2 || ws[ph.i-1].lower != "of" && ws[ph.i-1].lower != "from" || ws[ph.i-1].lower == "from" && givenGender(ph.text) != genderUnknown && !orgName(ph.text) && !placeName(ph.text) || writtenGender(ph.text) != genderUnknown {
		return ph
	}
	if p, ok := a.personEndingAt(ws, ph.i-2); ok && p.kind == AttrNamed && !orgName(p.text) && (len(nameWords(p.text)) >= 2 || a.quietKnown(p)) {
		return p
	}
	return ph
}

// mainClauseSubordinators open a clause after a sentence's main clause
// whose subject is no later pronoun's: "while", "whereas" and "though"
// are left out, as they join a clause of equal weight (joinedSubjects).
var mainClauseSubordinators = setOf(`when after before as since because once until`)

// subordinateSpeaker tells whether the named subject of a speech verb
// speaks in a clause a subordinator opens right before it, after the
// sentence's main clause, whose subject is a person: "Kemp spoke to
// reporters, hours after Reed spoke", "Kemp laughed as Reed said the plan
// was dead". Kemp, not Reed, is whom a later "he" or "the senator" means,
// as in "Kemp spoke to reporters after Reed left". The subordinator may
// stand before the whole name the speaker's phrase ends ("as Senator Dan
// Kemp said": the phrase may be "Kemp").
func (a *Article) subordinateSpeaker(ws []word, ph phrase) bool {
	k := ph.i - 1
	for k > 0 && ws[k].quote < 0 && ws[k].isCap() && !stopCaps[ws[k].s] {
		k--
	}
	if k < 1 || ws[k].quote >= 0 || !mainClauseSubordinators[ws[k].lower] {
		return false
	}
	subj, ok := a.sentenceSubject(ws, k, true)
	if !ok || subj.j > k || subj.thing {
		return false
	}
	return subj.kind == AttrNamed || subj.kind == AttrDescription || subj.kind == AttrPronoun && pronounGender(subj.text) != genderUnknown
}

// relativeDescription is the description of a person that the relative
// "who" at words[w] follows, right before it or before a comma: "the
// harbor master, who said", "a street magician who promises". Its
// noun is a person's: a role the reader knows or a word of an agent
// ("-er", "-or", "-ist"); a name the description stands in apposition to
// is the person ("Dan Kemp, a Harbor native who writes …").
func (a *Article) relativeDescription(ws []word, w int) (phrase, bool) {
	e := w // the end of the description
	if ws[w-1].s == "," {
		e = w - 1
	}
	if e < 2 || ws[e-1].isCap() || ws[e-1].quote >= 0 || !nounSubjectHead(ws[e-1]) || !agentNoun(ws[e-1].lower) {
		return phrase{}, false
	}
	for k := e - 2; k >= 0 && k >= e-6; k-- {
		x := ws[k]
		if x.quote >= 0 || x.punct() || objectPrepositions[x.lower] || speechVerbs[x.lower] || finiteAux[x.lower] {
			break
		}
		if determiners[x.lower] {
			if x.lower == "that" || x.lower == "this" && k+1 < len(ws) && ws[k+1].isCap() {
				break
			}
			if k >= 2 && ws[k-1].s == "," {
				if nm, ok := a.personEndingAt(ws, k-2); ok && nm.kind == AttrNamed {
					return nm, true
				}
			}
			return phrase{text: joinWords(ws[k:e]), kind: AttrDescription, start: x.start, end: ws[e-1].end, i: k, j: e}, true
		}
	}
	return phrase{}, false
}

// agentNoun tells whether a noun in lower case may name a person: a role
// the reader knows, or a word of an agent ("impersonator", "spymaster",
// "economist", "historian", "participant").
func agentNoun(w string) bool {
	w = singular(w)
	if personNouns[w] {
		return true
	}
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "woman"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// relativeSpeaker tells whether phrase ph, not at the head of its
// sentence, speaks with the verb at words[v] in a relative clause after it
// ("…, particularly Mayor Reed, who says …").
func relativeSpeaker(ws []word, ph phrase, v int) bool {
	if ph.i < 2 || ph.j+1 >= v || ws[ph.j].s != "," || ws[ph.j+1].lower != "who" {
		return false
	}
	for _, w := range ws[ph.j+2 : v] {
		if !isAdverb(w.lower) && !auxiliaries[w.lower] {
			return false
		}
	}
	return true
}

// attributiveName tells whether a named phrase modifies the noun after it
// rather than naming the subject: a determiner before it and a lower-case
// word after it that is no verb ("The Reed campaign was", "the Ortiz
// administration has").
func attributiveName(ws []word, ph phrase) bool {
	if ph.i == 0 || ph.j >= len(ws) || !determiners[ws[ph.i-1].lower] {
		return false
	}
	n := ws[ph.j]
	if n.quote < 0 && !n.isCap() && strings.HasSuffix(n.lower, "s") && !speechVerbs[n.lower] && !finiteAux[n.lower] && ph.j+1 < len(ws) && finiteAux[ws[ph.j+1].lower] {
		return true // a plural noun before its verb: "the Reed outlets have been"
	}
	return n.quote < 0 && !n.punct() && !n.isCap() && !finiteVerb(n.lower) && !speechVerbs[n.lower] && !isAdverb(n.lower) && !objectPrepositions[n.lower]
}

func anyPersonNoun(ws []word) bool {
	for _, w := range ws {
		if personNouns[w.lower] {
			return true
		}
	}
	return false
}

func joinWords(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.s
	}
	return strings.Join(parts, " ")
}

// isPersonName tells whether a named phrase names a person rather than a
// place or an organisation: it carries a title, is already known as a
// person, or is a record speaker's name.
func (a *Article) isPersonName(ph phrase, ws []word, strong bool) bool {
	if ph.kind != AttrNamed {
		return true
	}
	for _, p := range a.peopleSharing(ph.text) {
		if a.sameName(p.Name, ph.text) {
			return true
		}
	}
	for _, k := range a.known {
		for _, w := range nameWords(ph.text) {
			if w == k {
				return true
			}
		}
	}
	for k, w := range ws[ph.i:ph.j] {
		if titleWords[w.lower] && w.lower != "the" && w.lower != "of" && w.lower != "for" && w.lower != "state" && w.lower != "us" && w.lower != "u.s." && w.lower != "affairs" && w.lower != "japanese" && w.lower != "american" {
			return true
		}
		if titleAbbrevs[w.lower] != nil && ph.i+k+1 < ph.j && (w.lower != "gen" || ph.i+k+2 < ph.j) {
			return true // "Sen. Ann Lowell", "Gov. Tom Reed", not "Ravi Sen"
		}
		if officeAt(ws, ph.i+k, ph.j) {
			return true // "Police Chief Dan Kemp", "Harbor Fire Chief Ann Lowell"
		}
	}
	return strong
}

// officeAt tells whether words[k], before end, is a capitalised office
// (officeWords) that a given name and a surname follow inside a name:
// "Chief" in "Police Chief Dan Kemp".
func officeAt(ws []word, k, end int) bool {
	return k+2 < end && ws[k].isCap() && officeWords[ws[k].lower] && isGivenName(ws[k+1].s)
}

// lowerNounTitle tells whether a named phrase holds a noun of a person in
// lower case right before the name, as a title ("retired neurosurgeon Dan
// Kemp", "businessman Tom Reed"), or set off by a comma before it ("his
// rival, Tom Reed", "Her father, Brad, 39,"): the name is a person's. A
// given name alone after a named owner's kin is left to kinSubject, which
// reads it with the owner's surname ("Reed’s husband, Tom," is Tom Reed).
func lowerNounTitle(ws []word, ph phrase) bool {
	for k := ph.i; k+1 < ph.j; k++ {
		if w := ws[k]; !w.isCap() && humanNoun(w.lower) && (ws[k+1].isCap() || ws[k+1].s == "," && (len(nameWords(ph.text)) >= 2 || !possessiveWord(ws[ph.i].s))) {
			return true
		}
	}
	return false
}

// findPeople registers the people an article names: titled names
// ("Secretary of State Antony Blinken"), appositions ("Japan's defense
// minister, Nobuo Kishi,") and the subjects and objects of speech verbs.
func (a *Article) findPeople(sents []sentence) {
	for _, s := range sents {
		ws := s.words
		if isHeadline(ws) {
			continue
		}
		for i := 0; i < len(ws); i++ {
			ph, ok := a.personAt(ws, i)
			if !ok {
				continue
			}
			if ph.kind == AttrNamed {
				v := ph.j
				if v < len(ws) && (ws[v].lower == "himself" || ws[v].lower == "herself") {
					v++ // "Lowell herself said"
				}
				near := (v < len(ws) && speechVerbs[ws[v].lower]) || (ph.i > 0 && speechVerbs[ws[ph.i-1].lower])
				if a.isPersonName(ph, ws, near) || ph.i < ph.j && ph.start != ws[ph.i].start || lowerNounTitle(ws, ph) {
					p := a.addPerson(ph.text, ph.start)
					// whom the role serves holds no title of the person's:
					// "the spokesman for the mayor, Dan Kemp," is no mayor,
					// nor "an adviser to the governor, Rosa Diaz," (whose
					// phrase opens after "to") a governor
					served := ph.i > 1 && servedBy(ws[ph.i-1]) && humanNoun(ws[ph.i-2].lower) &&
						slices.ContainsFunc(ws[ph.i:ph.j], func(w word) bool { return w.s == "," })
					for k, w := range ws[ph.i:ph.j] {
						if served || k > 0 && servedBy(w) {
							break
						}
						if (titleWords[w.lower] || personNouns[w.lower]) && w.lower != "the" && w.lower != "of" {
							p.addTitle(trimPossessive(w.lower))
						}
						p.addTitles(affiliationTitles(w))
					}
					p.addTitles(employerTitles(ws, ph))
					if ph.j+1 < len(ws) && ws[ph.j].s == "," && (ph.j+2 == len(ws) || ws[ph.j+2].s == "," || ws[ph.j+2].punct()) {
						// "Dan Reyes, R-Ohio, said", "… with Sen. Dan Reyes, R-Ohio."
						p.addTitles(affiliationTitles(ws[ph.j+1]))
					}
					if ph.j < len(ws) && (ws[ph.j].s == "," || copulaAt(ws, ph.j) > 0) {
						ts, owner := titlesAfter(ws, ph.j, true)
						p.addTitles(ts)
						p.addOwner(determinerOwner(ws, ph, owner, ts))
					}
					p.addTitles(placeOfTitles(ws, ph.j))
				} else if ph.j < len(ws) && (ws[ph.j].s == "," || copulaAt(ws, ph.j) > 0) && len(nameWords(ph.text)) >= 2 && mayBePerson(ph.text) {
					// a full name in apposition to an age or to a
					// description a person noun heads is a person wherever
					// it stands, as an object or in a list ("named Dan
					// Kemp, a former prosecutor, to lead …", "Ann Lowell,
					// a surgeon, and Tom Reed, 52, are running")
					if ts, owner := titlesAfter(ws, ph.j, false); len(ts) > 0 {
						p := a.addPerson(ph.text, ph.start)
						p.addTitles(ts)
						p.addOwner(determinerOwner(ws, ph, owner, ts))
					} else if ts, _ := titlesAfter(ws, ph.j, true); len(ts) > 0 && givenGender(ph.text) != genderUnknown {
						// a description no person noun heads makes no one
						// a person, but its titles go to the person the
						// article takes the name for ("Ann Lowell, a Salem
						// dentist, told the council …")
						a.addTrades(stripTitles(ph.text), ts)
					}
				}
				// a possessor's aide named in apposition: "Ann Lowell’s
				// spokeswoman, Rosa Diaz, declined" is Diaz, the spokeswoman
				if nm, ok := a.possessorAideSubject(ws, ph); ok && nm.i > ph.j {
					p := a.addPerson(nm.text, nm.start)
					p.addOwner(ownerWord(ph.text))
					for _, w := range ws[ph.j:nm.i] {
						if w.quote < 0 && !w.punct() && !w.isCap() {
							p.addTitle(w.lower)
						}
					}
					i = nm.j - 1
					continue
				}
			}
			// apposition: DESCRIPTION , NAME ,
			if ph.kind == AttrDescription && ph.j+1 < len(ws) && ws[ph.j].s == "," {
				if nm, ok := a.personAt(ws, ph.j+1); ok && nm.kind == AttrNamed && !openingPhraseSubject(ws, ph, nm) {
					p := a.addPerson(nm.text, nm.start)
					for k, w := range ws[ph.i:ph.j] {
						if k > 0 && servedBy(w) {
							break // (as above: "an adviser to the governor, Rosa Diaz,")
						}
						if w.lower != "the" && w.lower != "a" {
							p.addTitle(trimPossessive(w.lower))
						}
					}
					i = nm.j - 1
					continue
				}
			}
			i = ph.j - 1
		}
	}
	a.settleTrades()
	a.noteFullNames(sents)
	for _, p := range a.People {
		a.noteFullGender(p)
	}
	sort.SliceStable(a.People, func(i, j int) bool { return a.People[i].firstMention < a.People[j].firstMention })
}

// servedBy tells whether w opens whom a role before a name serves ("the
// spokesman for the mayor", "an adviser to the governor"): the words after
// it are that person's, no title of the role's holder.
func servedBy(w word) bool { return w.lower == "for" || w.lower == "to" }

// copulaAt is the length of a copula at words[k] after a name, whose
// description the name's person is as an apposition's ("Ann Lowell is the
// governor of the state", "Tom Reed has been mayor for six years"): "is"
// or "was" 1, "has been" or "had been" 2; 0 for none.
func copulaAt(ws []word, k int) int {
	switch {
	case k+1 >= len(ws) || ws[k].quote >= 0:
		return 0
	case ws[k].s == "is" || ws[k].s == "was": // (not a headline's "Is")
		return 1
	case (ws[k].s == "has" || ws[k].s == "had") && ws[k+1].s == "been" && k+2 < len(ws):
		return 2
	}
	return 0
}

// titlesAfter reads the titles, and the owner's word, that words[k] after
// a name gives its person: an apposition its comma opens ("Tom Reed, the
// mayor,"), or a copula's description (copulaAt), which may be a role with
// no article before it that ends the clause: "Tom Reed is mayor", "Tom
// Reed has been mayor since 2019".
func titlesAfter(ws []word, k int, person bool) ([]string, string) {
	if ws[k].s == "," {
		return appositionTitles(ws, k+1, person)
	}
	c := k + copulaAt(ws, k)
	if ts, owner := appositionTitles(ws, c, person); len(ts) > 0 {
		return ts, owner
	}
	var ts []string
	e := c
	for ; e < len(ws) && e < c+maxAppositionTitleWords && ws[e].quote < 0 && !ws[e].punct() && !ws[e].isCap() && isDescriptor(ws[e].lower) && !objectPrepositions[ws[e].lower]; e++ {
		ts = append(ts, ws[e].lower)
	}
	if len(ts) == 0 || !personNoun(ts[len(ts)-1]) || e < len(ws) && ws[e].s != "," && !objectPrepositions[ws[e].lower] && ws[e].lower != "since" {
		return nil, ""
	}
	return ts, ""
}

// openingPhraseSubject tells whether the name nm after a description ph
// and its comma is the main clause's subject, no apposition: a preposition
// opening the sentence governs the description, and no comma closes the
// name ("According to his doctor, Reed is in “excellent health”", "Unlike
// the governor, Ann Lowell backs the plan"; not "According to his
// spokesman, Dan Kemp, the plan is …").
func openingPhraseSubject(ws []word, ph, nm phrase) bool {
	if ph.i == 0 || ph.i > 2 || nm.j >= len(ws) || ws[nm.j].punct() || ws[nm.j].quote >= 0 {
		return false
	}
	p := ws[ph.i-1].lower
	return objectPrepositions[p] || openingPrepositions[p]
}

// openingPrepositions are the prepositions besides objectPrepositions that
// may open a sentence with a phrase of their own: "Like her father, …".
var openingPrepositions = setOf(`like unlike despite after before besides beyond`)

// noteFullGender notes the gender of a person named by a bare surname that
// the one full name the article gives it elsewhere tells (see fullOf),
// when that full name heads a sentence as its subject ("Ann Lowell
// interviewed Tom Reed. Lowell spoke"; not "the son of Ann Lowell …
// Lowell said", who may be another of the family).
func (a *Article) noteFullGender(p *Person) {
	if full := a.fullOf[strings.ToLower(p.Name)]; full != "" && a.fullHeads[full] && !strings.Contains(p.Name, " ") {
		p.fullGender, p.gKnown = givenGender(full), false
	}
}

// noteFullNames notes, for each surname the article also writes alone, the
// one full name of two words whose given name tells a gender that ends in
// it ("… the volunteers Eva Kemp and Gloria Lowell …. For Lowell, …"):
// whom the surname alone means, though no title or speech verb made them
// a person.
func (a *Article) noteFullNames(sents []sentence) {
	var cands []string // full names of two words with a given name
	heads := map[string]bool{}
	alone := map[string]bool{}
	capAt := func(ws []word, k int) bool { return k >= 0 && k < len(ws) && ws[k].quote < 0 && ws[k].isCap() }
	nameAt := func(ws []word, k int) bool {
		return capAt(ws, k) && !stopCaps[ws[k].s] && !titleWords[ws[k].lower] && !titleWords[ws[k].lower+"."] // (the reader drops an abbreviation's full stop: "Sen")
	}
	for _, s := range sents {
		ws := s.words
		if isHeadline(ws) {
			continue
		}
		for i, w := range ws {
			if !nameAt(ws, i) || nameAt(ws, i-1) {
				continue
			}
			if nameAt(ws, i+1) && !capAt(ws, i+2) {
				name := w.s + " " + trimPossessive(ws[i+1].s)
				if givenGender(name) != genderUnknown {
					cands = append(cands, name)
					// (the second of two full names joined by "and" heads it
					// too: "Ann Lowell and Dan Kemp clashed …")
					h := datelineEnd(ws)
					pair := i == h+3 && ws[h+2].lower == "and" && nameAt(ws, h) && nameAt(ws, h+1) && heads[ws[h].s+" "+ws[h+1].s]
					if (i == h || pair) && i+2 < len(ws) && ws[i+2].quote < 0 && !ws[i+2].punct() && trimPossessive(ws[i+1].s) == ws[i+1].s {
						heads[name] = true // "Ann Lowell interviewed …"
					}
				}
				continue
			}
			if !capAt(ws, i+1) && !isGivenName(w.s) {
				alone[strings.ToLower(trimPossessive(w.s))] = true
			}
		}
	}
	a.fullOf, a.fullHeads = map[string]string{}, heads
	for _, c := range cands {
		f := strings.Fields(c)
		sur := strings.ToLower(f[len(f)-1])
		if !alone[sur] || !mayBePerson(c) || isStateWord(sur) {
			continue
		}
		if prev, ok := a.fullOf[sur]; ok && prev != c {
			a.fullOf[sur] = "" // two people share it: neither
			continue
		}
		a.fullOf[sur] = c
	}
}

// isHeadline tells a title-case heading ("Blinken Comments on the
// Alliance") from prose: its capitalised words would read as names. A
// finite verb in lower case makes it prose, however many capitals it
// has ("In Salem, Ohio, Ann Lowell walked in.").
func isHeadline(ws []word) bool {
	caps, n := 0, 0
	verb := false
	for _, w := range ws {
		if w.quote >= 0 || w.punct() {
			continue
		}
		n++
		if w.isCap() {
			caps++
		} else if finiteVerb(w.lower) || irregularPasts[w.lower] || speechVerbs[w.lower] && !strings.HasSuffix(w.lower, "ing") {
			// (a speech verb in lower case too: "Gov. Ann Lowell said,
			// “…”" is a sentence of running text, whatever its quote)
			verb = true
		}
	}
	return n >= 3 && caps*10 >= n*7 && !verb
}

// appositionHead tells whether the words ws[k:e] an article opens, set off
// by commas right after a name, are a description of the person though no
// noun of personNouns heads them: a trade the list does not hold ("Tom
// Reed, a billionaire developer," is "the developer" and "the
// billionaire"; "Ann Lowell, a Salem dentist," is "the dentist"). The
// words open with an article and end at a comma, a relative word or a
// preposition, and the last is a lower-case word of letters that is no
// function word nor a participle. Only for a name
// already taken for a person's: such words make no name a person's
// ("Harbor City, a port town,").
func appositionHead(ws []word, k, e int) bool {
	if k < 2 || ws[k-1].s != "," || !ws[k-2].isCap() || e >= len(ws) || e-k < 2 || e-k >= maxAppositionTitleWords {
		return false
	}
	if o := ws[k].lower; o != "a" && o != "an" && o != "the" {
		return false // (not an absolute phrase: "Diaz, her voice shaking, said")
	}
	if end := ws[e]; end.s != "," && !clauseLinks[end.lower] && !clauseOpeners[end.lower] && !objectPrepositions[end.lower] {
		return false
	}
	h := ws[e-1]
	if h.isCap() || possessiveWord(h.s) || determiners[h.lower] || isAdverb(h.lower) || finiteVerb(h.lower) || strings.HasSuffix(h.lower, "ing") {
		return false
	}
	return strings.IndexFunc(h.lower, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0
}

// maxAppositionTitleWords is how many words of an apposition after a
// name appositionTitles reads.
const maxAppositionTitleWords = 6

// appositionTitles are the titles an apposition set off after a name
// from words[k] gives its person: an age ("Ann Lowell, 17," is "the
// 17-year-old" and "the teen"), and the words of a description an article, a
// possessor or a possessive determiner opens, up to a comma, a preposition
// or a relative word, when a person noun heads it ("Tom Reed, the city’s
// mayor," is "the mayor"; "Rosa Diaz, his lawyer," is "the lawyer";
// "Ann Lowell, an actress who grew up here," is "the actress"; "Dan
// Kemp, a Harbor Republican," is "the Harbor Republican"), or, with no
// article, words of a role alone up to "of", "for", "at" or a comma ("Dan
// Kemp, chief executive of Harbor Marine," is "the chief executive"); and
// owner, the word (see ownerWord) of the name whose aide the apposition
// makes them ("Reed’s spokesman", "a spokesman for Reed"), or "". person:
// the name is already taken for a person's, so that a description no
// person noun heads gives titles too (appositionHead).
func appositionTitles(ws []word, k int, person bool) (ts []string, owner string) {
	if k < len(ws) && (k+1 == len(ws) || ws[k+1].s == ",") {
		if n, err := strconv.Atoi(ws[k].s); err == nil && n > 0 && n < 120 {
			ts = append(ts, ws[k].s+"-year-old")
			if n >= 13 && n <= 19 {
				ts = append(ts, "teen", "teenager") // "the teen said"
			}
			k += 2 // "Ann Lowell, 17, a student at …,"
		}
	}
	if k >= len(ws) {
		return ts, ""
	}
	// (a role with no article before it, "chief executive of Harbor
	// Marine", "spokeswoman for the authority": lower-case words up to
	// "of", "for", "at" or a comma)
	bare := !(ws[k].lower == "a" || ws[k].lower == "an" || ws[k].lower == "the" || possessiveWord(ws[k].s) || possessiveDet[ws[k].lower])
	var f []string
	e := k
	for ; e < len(ws) && e < k+maxAppositionTitleWords; e++ {
		w := ws[e]
		if w.quote >= 0 || w.punct() || objectPrepositions[w.lower] || clauseLinks[w.lower] || clauseOpeners[w.lower] {
			break
		}
		if bare && (w.isCap() || !isDescriptor(w.lower)) {
			return ts, "" // (not "through a spokeswoman")
		}
		if possessiveWord(w.s) && w.isCap() {
			owner = ownerWord(w.s) // "Reed’s spokesman"
		}
		f = append(f, w.lower)
	}
	if bare && (e == len(ws) || ws[e].s != "," && ws[e].lower != "of" && ws[e].lower != "for" && ws[e].lower != "at") {
		return ts, ""
	}
	if bare && ws[e].s != "," {
		// (not a title before the next name of a list: "met Tom Reed,
		// chief of staff Dan Kemp and …", "director of communications
		// Dan Kemp")
		m := e + 1
		for m < len(ws) && ws[m].quote < 0 && !ws[m].punct() && !ws[m].isCap() && !objectPrepositions[ws[m].lower] && ws[m].lower != "the" && ws[m].lower != "a" && ws[m].lower != "an" {
			m++
		}
		if m > e+1 && m < len(ws) && ws[m].isCap() && ws[m].quote < 0 {
			return ts, ""
		}
	}
	if len(f) < 2 && !bare || len(f) == 0 || !personNoun(f[len(f)-1]) && (bare || !person || !appositionHead(ws, k, e)) {
		return ts, ""
	}
	for _, w := range afterPossessor(f) {
		w = trimPossessive(w)
		if w == "a" || w == "an" || w == "the" || possessiveDet[w] {
			continue
		}
		if pw := partyWords[w]; pw != "" {
			w = pw
		}
		ts = append(ts, w)
	}
	if e+1 < len(ws) && ws[e].lower == "for" && ws[e+1].isCap() && ws[e+1].quote < 0 {
		c := e + 1
		for c+1 < len(ws) && ws[c+1].isCap() && ws[c+1].quote < 0 {
			c++
		}
		owner = ownerWord(ws[c].s) // "a spokesman for Reed"
	}
	return ts, owner
}

// determinerOwner is the owner of the role an apposition after the name
// ph gives: owner, the one a name writes ("Reed’s spokesman", see
// ownerWord), or, for one "his" or "her" opens, that word after a NUL
// ("\x00his"): whom it means is not known while the people are being
// registered, but the gender tells "Rosa Diaz, his lawyer," from "Dan
// Kemp, her lawyer," (see ownedBy).
func determinerOwner(ws []word, ph phrase, owner string, ts []string) string {
	// only a role: "Rosa Diaz, her voice shaking," tells nothing of whose
	// lawyer she is
	if k := ph.j + 1; owner == "" && len(ts) > 0 && k < len(ws) && (ws[k].lower == "his" || ws[k].lower == "her") {
		return "\x00" + ws[k].lower
	}
	return owner
}

// ownedBy tells whether p may be the aide of owner (see ownerWord; ""
// when it is not known), the owner of a description that det ("his",
// "her" or "") opens: p has no owner noted, or owner among them, or a
// named one when owner is not known, or a role "his" or "her" opened, of
// the same word as det, or any when det names no gender ("Reed’s
// lawyer").
func (p *Person) ownedBy(owner, det string) bool {
	if len(p.owners) == 0 || owner != "" && slices.Contains(p.owners, owner) {
		return true
	}
	for _, o := range p.owners {
		g, marker := strings.CutPrefix(o, "\x00")
		if marker && (det == "" || g == det) || !marker && owner == "" {
			return true
		}
	}
	return false
}

// ownerWord is the word a possessor's name is matched by: its last word,
// lower-cased, with no possessive ending ("Reed’s" is "reed").
func ownerWord(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(trimPossessive(f[len(f)-1]), ".,;:’'"))
}

// titleAbbrevs are the abbreviated titles and the words a description
// may call their holder by: "Sen. Ann Lowell" is "the senator".
var titleAbbrevs = map[string][]string{"sen": {"senator", "lawmaker"}, "sen.": {"senator", "lawmaker"},
	"rep": {"representative", "congressman", "congresswoman", "lawmaker"}, "rep.": {"representative", "congressman", "congresswoman", "lawmaker"},
	"gov": {"governor"}, "gov.": {"governor"}, "senator": {"lawmaker"}, "representative": {"congressman", "congresswoman", "lawmaker"},
	"congressman": {"lawmaker"}, "congresswoman": {"lawmaker"},
	"dr": {"doctor", "physician"}, "gen": {"general"}, "prof": {"professor"}, "adm": {"admiral"}}

// partyLetters are the parties of a party and state tag ("R-Fla.").
var partyLetters = map[string]string{"r": "republican", "d": "democrat", "i": "independent"}

// partyWords are the capitalised words of a party before a name
// ("Republican presidential candidate Ann Lowell"), as titles.
var partyWords = map[string]string{"republican": "republican", "gop": "republican", "democratic": "democrat",
	"democrat": "democrat", "independent": "independent"}

// stateAbbrevs are the states of a party and state tag, as news copy
// abbreviates them ("D-Calif.", "R-S.C.", "I-Vt.", "R-TX").
var stateAbbrevs = map[string]string{"ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california",
	"cal": "california", "colo": "colorado", "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia",
	"ill": "illinois", "ind": "indiana", "kan": "kansas", "kans": "kansas", "ky": "kentucky", "la": "louisiana",
	"md": "maryland", "mass": "massachusetts", "mich": "michigan", "minn": "minnesota", "miss": "mississippi",
	"mo": "missouri", "mont": "montana", "neb": "nebraska", "nev": "nevada", "n.h": "new hampshire", "n.j": "new jersey",
	"n.m": "new mexico", "n.y": "new york", "n.c": "north carolina", "n.d": "north dakota", "okla": "oklahoma",
	"ore": "oregon", "pa": "pennsylvania", "r.i": "rhode island", "s.c": "south carolina", "s.d": "south dakota",
	"tenn": "tennessee", "tex": "texas", "vt": "vermont", "va": "virginia", "wash": "washington", "w.va": "west virginia",
	"wis": "wisconsin", "wisc": "wisconsin", "wyo": "wyoming", "al": "alabama", "ak": "alaska", "az": "arizona",
	"ar": "arkansas", "ca": "california", "co": "colorado", "ct": "connecticut", "de": "delaware", "fl": "florida",
	"hi": "hawaii", "id": "idaho", "il": "illinois", "in": "indiana", "ia": "iowa", "ks": "kansas", "me": "maine",
	"ma": "massachusetts", "mi": "michigan", "mn": "minnesota", "ms": "mississippi", "mt": "montana", "ne": "nebraska",
	"nv": "nevada", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico", "ny": "new york", "nc": "north carolina",
	"nd": "north dakota", "oh": "ohio", "ok": "oklahoma", "or": "oregon", "ri": "rhode island", "sc": "south carolina",
	"sd": "south dakota", "tn": "tennessee", "tx": "texas", "ut": "utah", "wa": "washington",
	"wv": "west virginia", "wi": "wisconsin", "wy": "wyoming"}

// affiliationTitles are the titles a word of a named phrase gives its
// person beyond its title words: an abbreviated title's words ("Sen."),
// a party and state tag's party and state ("R-Fla." makes "the Florida
// Republican"), a state or a party before the name ("Vermont Sen.",
// "Republican candidate").
func affiliationTitles(w word) []string {
	if w.quote >= 0 || w.punct() {
		return nil
	}
	if ts, ok := titleAbbrevs[w.lower]; ok {
		return ts
	}
	if party, state, ok := strings.Cut(w.lower, "-"); ok && partyLetters[party] != "" && w.s[0] >= 'A' && w.s[0] <= 'Z' {
		st := stateAbbrevs[strings.TrimSuffix(state, ".")]
		if st == "" && placeNames[strings.ReplaceAll(state, " ", "_")] {
			st = state // "R-Texas", "D-Ohio"
		}
		if st == "" {
			return nil
		}
		return append([]string{partyLetters[party]}, strings.Fields(st)...)
	}
	if !w.isCap() {
		return nil
	}
	if pw := partyWords[w.lower]; pw != "" {
		return []string{pw}
	}
	if placeNames[w.lower] {
		return []string{w.lower}
	}
	return nil
}

// placeOfTitles are the words of a place "of" brings in right after a
// name, one word or two that placeNames holds, before no other capital:
// "Sen. Tom Reed of Ohio" is "the Ohio senator", "Rep. Ann Lowell of New
// York" "the New York congresswoman".
func placeOfTitles(ws []word, k int) []string {
	capAt := func(m int) bool { return m < len(ws) && ws[m].quote < 0 && ws[m].isCap() }
	if k+1 >= len(ws) || ws[k].lower != "of" || !capAt(k+1) {
		return nil
	}
	for n := 2; n >= 1; n-- {
		if !capAt(k+n) || capAt(k+n+1) {
			continue
		}
		f := make([]string, 0, n)
		for _, w := range ws[k+1 : k+1+n] {
			f = append(f, strings.Trim(w.lower, ".,"))
		}
		if placeNames[strings.Join(f, "_")] {
			return f
		}
	}
	return nil
}

func (p *Person) addTitles(ts []string) {
	for _, t := range ts {
		p.addTitle(t)
	}
}

// addOwner notes owner (see ownerWord) among the person's owners.
func (p *Person) addOwner(owner string) {
	if owner != "" && !slices.Contains(p.owners, owner) {
		p.owners = append(p.owners, owner)
	}
}

func (p *Person) addTitle(t string) {
	for _, x := range p.Titles {
		if x == t {
			return
		}
	}
	p.Titles = append(p.Titles, t)
	p.gKnown = false
	if p.titled != nil {
		p.titled[t] = append(p.titled[t], p.at)
	}
}

func (a *Article) addPerson(name string, off int) *Person {
	for _, p := range a.peopleSharing(name) {
		if a.sameName(p.Name, name) {
			if len(nameWords(name)) > len(nameWords(p.Name)) {
				p.Name = stripTitles(name)
				p.gKnown = false
				a.indexPerson(p.at)
			}
			return p
		}
	}
	if a.byTitle == nil {
		a.byTitle = map[string][]int{}
	}
	p := &Person{Name: stripTitles(name), firstMention: off, at: len(a.People), titled: a.byTitle}
	p.addTitles(a.trades[p.Name])
	a.noteFullGender(p)
	a.People = append(a.People, p)
	a.indexPerson(len(a.People) - 1)
	a.noteFirstMention(p)
	return p
}

// addTrades gives the person of a full name the titles ts, or keeps them
// for when the article takes the name for a person's (addPerson).
func (a *Article) addTrades(name string, ts []string) {
	for _, p := range a.peopleSharing(name) {
		if a.sameName(p.Name, name) {
			p.addTitles(ts)
			return
		}
	}
	if a.trades == nil {
		a.trades = map[string][]string{}
	}
	a.trades[name] = append(a.trades[name], ts...)
}

// settleTrades gives the titles kept for a full name no person had when
// its apposition was read (addTrades) to the one person the article took
// a shorter form of the name for after it: in "Ann Lowell, a Salem
// dentist, told the council …. “…,” Lowell said", the person is "Lowell",
// who is the dentist. Where two people may be the name, neither is.
func (a *Article) settleTrades() {
	names := slices.Sorted(maps.Keys(a.trades))
	for _, name := range names {
		var one *Person
		for _, p := range a.peopleSharing(name) {
			if a.sameName(p.Name, name) {
				if one != nil {
					one = nil
					break
				}
				one = p
			}
		}
		if one != nil {
			one.addTitles(a.trades[name])
		}
	}
}

// indexPerson files person i of People under the words of their name and
// its last word, so that peopleSharing finds them, and under the name
// whole (byName). A name that grew keeps its old entries: they only add a
// candidate that sameName then turns down, or whose name is no longer the
// one looked up. Each list stays in the order of People, once each: a
// person named "Reed" first and "Tom Reed" after another Tom is filed
// under "tom" before him, as reading every person meets them.
func (a *Article) indexPerson(i int) {
	if a.byWord == nil {
		a.byWord, a.byLast = map[string][]int{}, map[string][]int{}
	}
	if a.byName == nil {
		a.byName = map[string][]int{}
	}
	fileUnder(a.byName, a.People[i].Name, i)
	ws := a.keyOf(a.People[i].Name).words
	for _, w := range ws {
		fileUnder(a.byWord, w, i)
	}
	if len(ws) > 0 {
		fileUnder(a.byLast, ws[len(ws)-1], i)
	}
}

// fileUnder puts i into the list of key in index, kept in order and
// once each (a person is mostly filed last, at the end).
func fileUnder(index map[string][]int, key string, i int) {
	ix := index[key]
	if k, found := slices.BinarySearch(ix, i); !found {
		index[key] = slices.Insert(ix, k, i)
	}
}

// fewPeople is how many people peopleSharing hands over whole.
const fewPeople = 32

// peopleSharing is the people whose names share a word with name that
// sameName may match with it, in the order of People: those who hold
// every word of name (filed under its rarest word), or whose last word
// name holds (one of its words holds them in byLast: a name is the same
// as another only when one's words are all among the other's, or their
// last words agree). Matching a name so costs what the people sharing its
// rarest word cost, not all of them, nor all who share a given name: of a
// thousand people named Ann, "Ann Lowell" reads the Lowells and anyone
// called Ann alone. A name of no words is looked up whole, for the
// callers that ask who bears a name as written.
func (a *Article) peopleSharing(name string) []*Person {
	if len(a.People) <= fewPeople || readEveryPerson {
		return a.People // reading them all costs less than gathering some
	}
	ws := a.keyOf(name).words
	var ix []int
	switch {
	case len(ws) == 0:
		// a name of no words but titles and initials ("Gov. X." is "X."),
		// which sameName matches with none: those who bear it as written
		ix = a.byName[name]
	case len(ws) == 1:
		ix = a.byWord[ws[0]] // (byLast's are among them)
	default:
		rare := ws[0]
		for _, w := range ws {
			ix = append(ix, a.byLast[w]...)
			if len(a.byWord[w]) < len(a.byWord[rare]) {
				rare = w
			}
		}
		ix = append(ix, a.byWord[rare]...)
		slices.Sort(ix)
		ix = slices.Compact(ix)
	}
	out := make([]*Person, len(ix))
	for k, i := range ix {
		out[k] = a.People[i]
	}
	return out
}

// stripTitles drops the leading title words of a name: "Secretary of State
// Antony Blinken" is "Antony Blinken".
func stripTitles(name string) string {
	name = possessiveSplit(name)
	words := strings.Fields(name)
	for k := len(words) - 3; k > 0; k-- {
		if titleAbbrevs[strings.ToLower(strings.Trim(words[k], ".,"))] != nil {
			// the capitalised words before a title inside a name modify
			// it or open the sentence: "Salem Democratic Rep. Ann
			// Lowell", "Consider Sen. Tom Reed" are Lowell and Reed
			words = words[k+1:]
			break
		}
	}
	for len(words) > 1 {
		w := strings.ToLower(strings.Trim(words[0], ".,"))
		if titleWords[w] || w == "to" || nameWordsEmpty(words[0]) || titleAbbrevs[w] != nil && (w != "gen" || len(words) > 2) || countryAbbrevs[w] && len(words) > 2 || rankTitles[w] && (len(words) > 2 || !surnameRanks[w]) {
			words = words[1:]
			if w == "for" || w == "of" {
				words = pastOfficeObject(words)
			}
			continue
		}
		if next := strings.ToLower(strings.Trim(words[1], ".,")); len(words) > 2 && ((placeNames[w] || partyWords[w] != "") && (titleWords[next] || titleAbbrevs[next] != nil) || partyWords[w] != "" && (maleGiven[next] || femaleGiven[next])) {
			words = words[1:] // "Ohio Gov. Ann Lowell", "Republican Sen. Dan Reyes", "Democrat Ann Lowell"
			continue
		}
		break
	}
	// a body's or a place's name before an office and a given name and a
	// surname is the holder's employer, no part of the name, nor is an
	// office of two words: "Harbor Police Chief Rosa Diaz", "Salem Mayor
	// Ann Lowell", "Chief Justice Ann Lowell"
	for t := 0; t+2 < len(words) && t <= maxEmployerWords; t++ {
		w := strings.ToLower(strings.Trim(words[t], ".,"))
		if !officeWords[w] && titleAbbrevs[w] == nil && !rankTitles[w] {
			continue
		}
		if g := strings.ToLower(strings.Trim(words[t+1], ".,")); maleGiven[g] || femaleGiven[g] {
			words = words[t+1:]
			break
		}
	}
	// a name is never kept with a possessive: "Ted Cruz’s" is "Ted Cruz"
	if n := len(words); n > 0 {
		words[n-1] = trimPossessive(words[n-1])
	}
	return strings.Join(words, " ")
}

// pastOfficeObject is the words of a name after the object of an office
// that "for" or "of" opens, when a given name and a surname follow it
// ("Political Affairs Ann Lowell" of "Under Secretary for Political
// Affairs Ann Lowell" is Ann Lowell), or the words as they are.
func pastOfficeObject(words []string) []string {
	for g := 1; g+1 < len(words) && g <= maxOfficeObjectWords; g++ {
		if isGivenName(words[g]) {
			return words[g:]
		}
	}
	return words
}

// maxOfficeObjectWords is the most words pastOfficeObject passes over.
const maxOfficeObjectWords = 4

// employerTitles are the capitalised words of a body or a place that open
// a name before its office and a given name, lower-cased, which a
// description of the person may keep with the office: "Police Chief Dan
// Kemp" is "the police chief", "Port Director Omar Haddad" "the port
// director" (see stripTitles).
func employerTitles(ws []word, ph phrase) []string {
	for k := ph.i + 1; k < ph.j && k-ph.i <= maxEmployerWords; k++ {
		if !officeAt(ws, k, ph.j) {
			continue
		}
		var ts []string
		for _, w := range ws[ph.i:k] {
			if !w.isCap() || titleWords[w.lower] || isGivenName(w.s) {
				return nil
			}
			ts = append(ts, trimPossessive(w.lower))
		}
		return ts
	}
	return nil
}

// officeWords are the offices a body's or a place's name may stand
// before, ahead of the holder's name: "Harbor Police Chief Rosa Diaz".
var officeWords = setOf(`president chief mayor director chairman chairwoman chair commissioner superintendent secretary
spokesman spokeswoman spokesperson governor senator representative minister ambassador judge principal dean executive
treasurer councilman councilwoman manager coach founder editor justice`)

// rankTitles are titles of rank, law and faith a name as written may
// open with, before a given name and a surname: "the Rev. Ann Lowell",
// "Lt. Gov. Dan Kemp", "Attorney General Ann Lowell". They only leave the
// name: unlike titleWords they make no capitalised phrase a person's.
var rankTitles = setOf(`attorney rev reverend lt lieutenant sgt sergeant capt captain col colonel cmdr commander adm rabbi imam bishop sheriff`)

// surnameRanks are the rankTitles that are surnames too ("Ann Bishop"):
// dropped only before a given name and a surname, where the others go
// before a surname alone as well ("Capt. Lowell").
var surnameRanks = setOf(`attorney bishop captain commander`)

// countryAbbrevs are the dotted abbreviations of countries and unions a
// title may open with: "U.S. Sen. Tom Reed", "U.N. envoy Ann Lowell".
var countryAbbrevs = setOf(`u.s u.n u.k e.u`)

// maxAsCommentWords is how many words after a quotation an "as" comment
// clause may begin, and how long its subject may be.
const maxAsCommentWords = 6

// asCommentAfter tells whether a comment clause with "as", its subject and
// a speech verb follows the quotation ws[i] in its sentence, after a comma
// ("… a “regional” candidate, as Reed’s campaign manager suggested"): the
// clause credits the quoted word to its subject.
func asCommentAfter(ws []word, i int) bool {
	for k := i + 1; k+2 < len(ws) && k <= i+maxAsCommentWords; k++ {
		if ws[k].quote >= 0 || ws[k].s == "." {
			return false
		}
		if !isComma(ws[k]) || ws[k+1].lower != "as" {
			continue
		}
		for v := k + 3; v < len(ws) && v <= k+2+maxAsCommentWords; v++ {
			if ws[v].quote >= 0 || ws[v].punct() {
				return false
			}
			if speechVerbs[ws[v].lower] {
				return true
			}
		}
		return false
	}
	return false
}

// nameAfterPossessor is the full name a named phrase ends in after a
// possessive ("Harbor News’ Ann Lowell", "the Herald’s Tom Reed"): the
// person the phrase stands for, whose words it narrows to; else ph.
func nameAfterPossessor(ws []word, ph phrase) phrase {
	tail := possessiveSplit(ph.text)
	if tail == ph.text || !strings.HasSuffix(ph.text, " "+tail) {
		return ph
	}
	n := len(strings.Fields(tail))
	i := ph.j - n
	if i <= ph.i || joinWords(ws[i:ph.j]) != tail || !possessiveWord(ws[i-1].s) {
		return ph
	}
	return phrase{text: tail, kind: AttrNamed, start: ws[i].start, end: ph.end, i: i, j: ph.j}
}

// possessiveSplit keeps the person of a name with a possessive before its
// last word: the possessor ("Rubio’s Miami" is Rubio, "Trump’s Middle
// Eastern" Trump), or the name after the possessive when it reads as a
// person's, an employer before it ("NBC’s Dante Chinni" is Dante Chinni).
func possessiveSplit(name string) string {
	words := strings.Fields(name)
	for k := 0; k+1 < len(words); k++ {
		if trimPossessive(words[k]) == words[k] {
			continue
		}
		if after := strings.Join(words[k+1:], " "); len(words)-k-1 >= 2 && mayBePerson(after) {
			return after
		}
		return strings.Join(append(slices.Clone(words[:k]), trimPossessive(words[k])), " ")
	}
	return name
}

func nameWordsEmpty(w string) bool { return len(nameWords(w)) == 0 }

// mention is a person phrase at a place, for pronoun resolution.
type mention struct {
	// other: a person the sentence names besides its subject, whom only
	// a pronoun of the other gender than the subject's may mean
	other   bool
	name    string
	off     int
	subject bool
	person  bool   // the name may be a person's (mayBePerson)
	written string // the name as written, when it may be several people's ("Clinton")
	// wgender: the gender an honorific heading written tells (writtenGender),
	// worked out once: a pronoun reads up to maxMentionsBack mentions
	wgender int
	until   int // where the mention stops counting, when its sentence bounds it; 0: never
	// from: where the mention of a newcomer starts counting (the next
	// sentence), for a pronoun whose gender does not disagree only
	from int
	// possessor: the person a sentence's subject belongs to ("Reed’s plan
	// failed"), whom a pronoun of another gender than theirs does not take
	// for another of the family
	possessor bool
}

// resolve turns a phrase into the name of a person of the article. A name is
// matched against the people the article names; a pronoun is the most
// recent person spoken of as a subject; a description is the most recent
// person it describes, else the most recent subject.
func (a *Article) resolve(ph phrase, at int) (string, AttributionKind) {
	switch ph.kind {
	case AttrNamed:
		// of several people the name may be ("Clinton": Bill or
		// Hillary), the one spoken of last
		var match *Person
		matchOff := -2
		for _, p := range a.peopleSharing(ph.text) {
			if a.sameName(p.Name, ph.text) {
				if off := a.lastMentionOf(p.Name, at); match == nil || off > matchOff {
					match, matchOff = p, off
				}
			}
		}
		if match != nil {
			a.noteWritten(match.Name, a.writtenRun(ph), at)
			return match.Name, AttrNamed
		}
		name := stripTitles(ph.text)
		if full := a.fullOf[strings.ToLower(trimPossessive(name))]; full != "" && !strings.Contains(name, " ") {
			// a surname alone whose full name the article gave only as
			// an object: of the gender its given name tells, as a
			// subject's is ("… spoke after Tom Reed. Reed had praised
			// Lowell. “…,” she said" is not Reed)
			a.noteSurnameOf(name, full, at)
			return name, AttrNamed
		}
		a.noteMention(name, at, true)
		return name, AttrNamed
	case AttrPronoun:
		if ph.text == "I" {
			return a.author, AttrPronoun // the narrator: the writer, if the article names them
		}
		if ph.text == "they" || ph.text == "They" {
			return a.theyAt(at), AttrPronoun
		}
		var skip func(string) bool
		if of := a.quotedOf; of != "" {
			skip = func(name string) bool { return a.sameName(name, of) }
		}
		if m, ok := a.lastMentionWhere(at, pronounGender(ph.text), skip); ok {
			return m, AttrPronoun
		}
		return "", AttrPronoun
	case AttrDescription:
		lf := strings.Fields(strings.ToLower(ph.text)) // the description's words, lower-cased
		if n, ok := namedTogether(ph.text); ok {
			// "the two wrote": the people a sentence last had as its
			// subject, not far back, as many as the description tells
			if togetherPronouns[lf[0]] && n == 0 {
				// "each said", "all of them said": whom "they" would mean,
				// a group too
				return a.theyAt(at), AttrDescription
			}
			if pair := a.latestPairOf(at, n); pair != "" {
				return pair, AttrDescription
			}
			if n > 0 {
				return "", AttrDescription // no one person
			}
		}
		// (a plural in -ers or -ists that speaks is of people too, though
		// groupHead leaves such plurals out: "the dockers said")
		if h := lf[len(lf)-1]; (len(lf) == 2 || len(lf) <= maxBarePlural && lowerAfterFirst(ph.text)) && lf[0] == "the" && (groupHead(word{s: h, lower: h, quote: -1}) || agentPlural(h)) {
			// "the lawyers said": the group of lawyers a sentence had as
			// its subject not far back ("Kemp’s lawyers relied on …")
			if g, ok := a.latestGroupOf(groupKey(h), at); ok {
				if k := issuesBefore(a.groups, at+1) - 1; k < 0 || a.groups[k].off != at {
					// once a phrase; and as a sentence's subject, it is
					// whom "they" means up to the end of the next ("…,
					// the groups say. They argue that …")
					a.addGroup(issue{noun: groupKey(h), name: g, off: at, named: true, until: a.nextSentenceEnd(at)})
				}
				return g, AttrDescription
			}
			if personNoun(singular(h)) && !orgHeads[singular(h)] || agentPlural(h) {
				// else no one person the article named ("“…,” the
				// lawyers said" is not the last person spoken of): the
				// people brought in unnamed with that noun, or none
				intro, _ := a.unnamedOf(ph.text, at)
				return intro, AttrDescription
			}
		}
		if n := peopleCounts[lf[min(1, len(lf)-1)]]; lf[0] == "the" && bodyPlural(lf[len(lf)-1]) && (len(lf) == 2 || len(lf) == 3 && n > 0) {
			// "the unions said", "the two companies said": bodies, no
			// one person nor one body; those named together as the
			// subject just before ("Salem Freight and Harbor Lines
			// announced a merger"), as many as the description tells,
			// or none; not two a given name tells are people ("Tom Reed
			// and Ann Lowell announced a merger")
			if pair := a.latestPairOf(at, n); pair != "" && !a.givenNameIn(pair) {
				return pair, AttrDescription
			}
			return "", AttrDescription
		}
		if ph.thing {
			return a.resolveThing(ph, at), AttrDescription
		}
		if name, ok := a.ownerOf(ph, at); ok {
			return name, AttrDescription // "“…,” the Reed campaign said"
		}
		if documentNouns[lf[len(lf)-1]] {
			if name := a.issuerAfter(ph); name != "" {
				return name, AttrDescription // "a letter signed by Ann Lowell says"
			}
		}
		if first := lf[0]; indefinite[first] || indefinitePronouns[first] || unnamedPronouns[first] || barePeopleText(lf) || len(lf) > 2 && lf[1] == "of" && quantityWord(first) {
			return "", AttrDescription // (nor a share of a group: "two of his aides")
		}
		if documentNouns[lf[len(lf)-1]] {
			// "Reed’s statement said", "his tweet read": the person
			// whose document it is
			if name := a.documentOwner(ph, at); name != "" {
				return name, AttrDescription
			}
			// "the statement said": the document the article last said
			// someone issued ("the museum issued a statement"), else a
			// document of no person ("the suit reads")
			if name := a.issuerOf(lf[len(lf)-1], at); name != "" {
				return name, AttrDescription
			}
			// else the document as the text brought it in ("an email
			// was sent to members. … The email said"); with none, a noun
			// of a body too is the body named ("The Salem Gazette
			// endorsed Lowell. … the paper said")
			intro := a.documentIntro(lf[len(lf)-1], at)
			if intro == "" && lf[0] == "the" && orgHeads[lf[len(lf)-1]] {
				intro = a.namedBody(lf, ph.start)
			}
			return intro, AttrDescription
		}
		f := lf
		for len(f) > 2 && isAdverb(f[len(f)-1]) {
			f = f[:len(f)-1] // "the board recently wrote"
		}
		// the body the sentence before was about is not the one the
		// description means (bodyHeadFits)
		otherBody := false
		if len(f) >= 2 && f[0] == "the" && orgHeads[f[len(f)-1]] {
			if body := bodyPossessor(strings.Fields(ph.text)); body != "" {
				return body, AttrDescription // "the Salem Gazette’s editorial board"
			}
			// "the group said", "the foundation wrote": the body of that
			// kind the article last named
			if body := a.calledBodyOf(f[len(f)-1], at); body != "" {
				return body, AttrDescription
			}
			if body := a.describedBody(f, ph.start); body != "" {
				return body, AttrDescription
			}
			if body := a.namedBody(f, ph.start); body != "" {
				return body, AttrDescription
			}
			if body := a.bodySubject(at); body != "" && !strings.ContainsFunc(ph.text[1:], unicode.IsUpper) { // (not "the Harbor People’s Weekly newspaper", which names its body)
				if bodyHeadFits(f[len(f)-1], body) {
					return body, AttrDescription
				}
				otherBody = true
			}
			// a body a possessor that describes a person owns is theirs,
			// or no one's the article names: "the mayor’s office" is the
			// mayor's, not the governor's whom the article named last
			if k := len(f) - 2; k >= 1 && possessiveWord(f[k]) && !startsUpper(f[k]) {
				op := phrase{text: strings.Join(append(slices.Clone(f[:k]), trimPossessive(f[k])), " "), kind: AttrDescription, start: ph.start, end: ph.end}
				return a.describedPerson(op, at), AttrDescription
			}
		}
		// "the woman said" after "a young woman asked": the person
		// brought in unnamed, unless a named person the description
		// fits was spoken of since
		intro, introOff := a.unnamedOf(ph.text, at)
		if best := a.describedPerson(ph, at); best != "" && (intro == "" || a.lastMentionOf(best, at) > introOff) {
			best = a.untitledTopic(best, ph, at)
			a.noteMention(best, at, true)
			return best, AttrDescription
		}
		if intro != "" {
			a.noteUnnamedSubject(intro, lf, at)
			return intro, AttrDescription
		}
		if (lf[0] == "its" || lf[0] == "their") && ownVoice(lf[len(lf)-1]) {
			return a.resolveThing(ph, at), AttrDescription // "its website says": the body's (see resolveThing)
		}
		if possessiveDet[lf[0]] || possessiveWord(lf[0]) || len(afterPossessor(lf)) < len(lf) {
			// "his spokesman", "the senator’s aide" is not he, unless
			// in apposition to a name; the lines after it may name them
			if name := a.aideInApposition(ph); name != "" {
				return name, AttrDescription
			}
			if name := a.aideNamedAfter(ph, at); name != "" {
				return name, AttrDescription
			}
			return a.roleNamedAfter(ph, at), AttrDescription
		}
		if outsideRoles[lf[len(lf)-1]] {
			return "", AttrDescription // "the moderator" is none of the people the story is about
		}
		skip := a.otherRole(ph)
		if asker := a.asker; asker != "" {
			// the one who answers a question is not who asked it
			other := skip
			skip = func(name string) bool { return name == asker || other != nil && other(name) }
		}
		if otherBody {
			// a body of another kind than the one just spoken of, which
			// the article does not name, and no person named before it:
			// "Mayor Tom Reed spoke. … The Salem Teachers Union said it
			// would strike. The school board called the threat “…”" is
			// neither the union nor Reed
			return "", AttrDescription
		}
		if u := a.unnamedSince(lf, at, skip); u != "" {
			a.noteUnnamedSubject(u, lf, at)
			return u, AttrDescription
		}
		// (of the gender its noun tells: "the chairwoman" is no man)
		if m, ok := a.lastMentionWhere(at, nounGender(lf[len(lf)-1]), skip); ok {
			a.noteMention(m, at, true)
			return m, AttrDescription
		}
		return "", AttrDescription
	}
	return "", AttrNone
}

// ownVoice tells whether a thing "its" or "their" opens speaks for the
// body or the people it means: a document, an account or a website ("its
// website", "their statement"); not other people nor another body ("their
// families", "its tenants", "their union").
func ownVoice(head string) bool {
	return documentNouns[head] || accountNouns[head] || ownVoiceNouns[head]
}

// ownVoiceNouns are the places a body or people publish in their own
// voice, besides documents and accounts: "its website".
var ownVoiceNouns = setOf(`website websites site blog newsletter homepage tweets`)

// bodyPossessor is the body whose name, with its possessive ending, a
// description of a body holds after "the" (words f): "the Salem Gazette’s
// editorial board" is the Gazette's; or "" (a person's: "the Reed
// family’s foundation").
func bodyPossessor(f []string) string {
	if len(f) < 3 || !strings.EqualFold(f[0], "the") {
		return ""
	}
	for e := 1; e < len(f)-1 && startsUpper(f[e]); e++ {
		if possessiveWord(f[e]) {
			name := trimPossessive(strings.Join(f[1:e+1], " "))
			last := strings.ToLower(trimPossessive(f[e]))
			if orgName(name) || mediaEnds[last] || groupEnds[last] || !mayBePerson(name) {
				return name
			}
			return ""
		}
	}
	return ""
}

// contactClauseAt tells whether words[k], right after a document's noun
// and the noun of people or a body after it, goes on a relative clause
// with no "that" whose subject those are: "The letter union members
// received said", "The report lawyers obtained said" are the
// letter's and the report's, not the people's. It is a further noun of
// people or a body, or a past verb that is no speech verb.
func contactClauseAt(ws []word, k int) bool {
	if k >= len(ws) || ws[k].quote >= 0 || ws[k].punct() || ws[k].isCap() || speechVerbs[ws[k].lower] {
		return false
	}
	w := ws[k].lower
	return orgHeads[w] || humanNoun(singular(w)) || irregularPasts[w] || strings.HasSuffix(w, "ed")
}

// documentPhrase is the noun phrase a document's noun at words[h] heads
// when a body's noun possesses it: "the newspaper’s editorial", "the
// group’s latest letter".
func documentPhrase(ws []word, h int) (phrase, bool) {
	for k := h - 1; k >= 1 && k >= h-3; k-- {
		w := ws[k]
		if w.quote >= 0 || w.punct() || w.isCap() {
			return phrase{}, false
		}
		if owner := trimPossessive(w.lower); owner != w.lower {
			if !orgHeads[owner] || ws[k-1].lower != "the" {
				return phrase{}, false
			}
			return phrase{text: joinWords(ws[k-1 : h+1]), kind: AttrDescription, start: ws[k-1].start, end: ws[h].end, i: k - 1, j: h + 1, thing: true}, true
		}
	}
	return phrase{}, false
}

// bodySubject is the latest subject before at, not far back, that is no
// person's name: a body that a description of a body may mean ("Twitter
// said …. The company said").
func (a *Article) bodySubject(at int) string {
	end := sort.Search(len(a.mentions), func(k int) bool { return a.mentions[k].off >= at })
	for k := end - 1; k >= 0 && at-a.mentions[k].off <= maxBodyBack; k-- {
		if m := a.mentions[k]; m.subject && m.person {
			return "" // a person spoken of since
		} else if m.subject && (orgName(m.name) || !mayBePerson(m.name)) {
			return m.name
		}
	}
	return ""
}

// bodyFamilies are the nouns of orgHeads that may name one kind of body,
// so that a description headed by one may mean a body whose name ends in
// another of the same family ("the Salem Police Department … the agency
// said"; "Harbor Bank … the company said"). A credit union is a bank
// ("Harbor Federal Credit Union … the bank said"), a club an association
// ("the Salem Rowing Club … the association said"), and a school district
// speaks through its board ("the Salem Board of Education … the district
// said").
var bodyFamilies = [][]string{
	strings.Fields(`company firm corporation bank airline`),
	strings.Fields(`agency office bureau department authority ministry commission board`),
	strings.Fields(`group association coalition alliance federation league society union committee foundation
institute center centre caucus council club`),
	strings.Fields(`school university college institute`),
	strings.Fields(`legislature council committee commission caucus`),
	strings.Fields(`district board`),
	strings.Fields(`bank union`),
}

// kindlessEnds are the nouns of orgHeads that end the names of bodies of
// every kind, and so tell none: "Harbor Shipping Group" is a company,
// "Salem Media Network" too, "Harbor Medical Center" a hospital.
var kindlessEnds = setOf(`group network center centre`)

// bodyHeadFits tells whether a body's name may be what a description of a
// body headed by noun means when the name does not hold the noun: a name
// that ends in no noun of orgHeads, or in one of kindlessEnds, tells no
// kind ("Harbor Shipping said …. The company said"), and one that does
// must end in a noun of the same family (bodyFamilies) or of the noun's
// kind (bodyKinds); "the board" is not the Salem Teachers Union, which
// was the subject just before ("The Salem Teachers Union said it would
// strike. The board called the threat “irresponsible”"). "The
// organization" may be any body.
func bodyHeadFits(noun, name string) bool {
	f := strings.Fields(name)
	for k, w := range f {
		if k > 0 && (w == "of" || w == "for") {
			f = f[:k] // "the Board of Elections"
			break
		}
	}
	if len(f) == 0 || noun == "organization" || noun == "organisation" {
		return true
	}
	last := strings.ToLower(trimPossessive(strings.Trim(f[len(f)-1], ".,;:’'")))
	if !orgHeads[last] || kindlessEnds[last] || last == noun || last == noun+"s" || bodyKinds[noun][last] {
		return true
	}
	for _, fam := range bodyFamilies {
		if slices.Contains(fam, noun) && slices.Contains(fam, last) {
			return true
		}
	}
	return false
}

// resolveThing is whom a description no person noun heads stands for: a
// body the article named ("the foundation"), a document's issuer ("the
// statement"), the possessor of a body or a message ("his campaign",
// "Lowell’s office"), or nobody ("the ad", "21 percent").
func (a *Article) resolveThing(ph phrase, at int) string {
	f := strings.Fields(strings.ToLower(ph.text))
	head := f[len(f)-1]
	if len(f) >= 3 && f[0] == "the" && documentNouns[head] {
		// a body's document: "the newspaper’s editorial"
		if owner := trimPossessive(f[1]); owner != f[1] && orgHeads[owner] {
			return a.namedBody([]string{owner}, ph.start)
		}
	}
	switch {
	case documentNouns[head]:
		if name := a.documentOwner(ph, at); name != "" {
			return name // "its statement", "their letter"
		}
		if name := a.issuerOf(head, at); name != "" {
			return name
		}
		return a.documentIntro(head, at)
	case f[0] == "the" && orgHeads[head]:
		if body := a.calledBodyOf(head, at); body != "" {
			return body // "a group called …", then "the group"
		}
		if body := a.describedBody(f, ph.start); body != "" {
			return body // "a Lakeside ballot commission …", then "the commission"
		}
		return a.namedBody(f, ph.start)
	case len(f) >= 2 && possessiveDet[f[0]] && !personNoun(head) && (f[0] != "its" && f[0] != "their" || ownVoice(head)):
		// (not "his wife", another person; "its website" is the body's
		// "it" would mean, "their website" the people's "they" would)
		return a.possessiveDetOwner(f[0], ph.start, at)
	case ownedBodies[head]:
		name, _ := a.ownerOf(ph, at)
		return name
	}
	return ""
}

// possessiveDetOwner is whom the possessive determiner det (in lower case)
// of a description starting at offset start means: the body "its" means
// (see thingAt), the people "their" means (see theyAt), else the person
// last named before at of the determiner's gender ("his", "her").
func (a *Article) possessiveDetOwner(det string, start, at int) string {
	switch det {
	case "its":
		_, name, _ := a.thingAt(start)
		return name
	case "their":
		return a.theyAt(start)
	}
	name, _ := a.lastMentionAgreeing(at, pronounGender(det))
	return name
}

// capsBefore1 tells whether the word before words[i] is one in capitals
// out of any quotation: the possessive at words[i] then ends a name of
// several words ("Ann Lowell’s Twitter account", "the Salem Police
// Department’s Twitter account"), which is read whole as a name, not as a
// description that opens at its last word.
func capsBefore1(ws []word, i int) bool {
	return i > 0 && ws[i-1].isCap() && ws[i-1].quote < 0
}

// ownedBodies head descriptions of a body or an account that belongs to
// one person and speaks for them, as the person would: "Reed’s campaign",
// "the Lowell administration", "his office", "her Twitter account".
var ownedBodies = setOf(`campaign camp team office administration account feed`)

// ownerOf is the person whose body a description of one of ownedBodies
// names (see resolveThing): the one "his" or "her" means ("his
// campaign"), the name with its possessive ending ("Reed’s campaign"), or
// a name the article knows as a person's between "the" and the noun ("the
// Reed campaign"). With an owner written that is no person the article
// knows ("the Salem office", a place's), it is no one; ok tells whether
// the description writes an owner.
func (a *Article) ownerOf(ph phrase, at int) (name string, ok bool) {
	f := strings.Fields(ph.text)
	if len(f) < 2 || !ownedBodies[strings.ToLower(f[len(f)-1])] {
		return "", false
	}
	if d := strings.ToLower(f[0]); d == "his" || d == "her" {
		return a.possessiveDetOwner(d, ph.start, at), true
	}
	k := 0
	if strings.EqualFold(f[0], "the") {
		k = 1
	}
	e, owned := k, false
	for e < len(f)-1 && startsUpper(f[e]) && !owned {
		owned = possessiveWord(f[e])
		e++
	}
	if e == k {
		return "", false
	}
	name = trimPossessive(strings.Join(f[k:e], " "))
	if n, known := a.resolveQuiet(phrase{text: name, kind: AttrNamed}); known {
		return n, true
	}
	if full := a.fullOf[strings.ToLower(name)]; full != "" {
		return full, true // a surname whose full name the article gave as an object only
	}
	if owned && k == 0 && mayBePerson(name) && !orgName(name) {
		return stripTitles(name), true
	}
	return "", true
}

// documentOwner is the person a possessive heading the description of a
// document names, whose document it is: a person the article knows by the
// name before ’s ("Reed’s statement", "Tom Reed’s latest tweet"), or
// whom "his" or "her" means ("her letter"), the body "its" means ("its
// statement", see thingAt) or the people "their" means ("their letter",
// see theyAt); or "".
func (a *Article) documentOwner(ph phrase, at int) string {
	f := strings.Fields(ph.text)
	switch first := strings.ToLower(f[0]); first {
	case "his", "her", "its", "their":
		// ("its": the thing before the description, for a document that
		// heads its sentence is a thing of its own, "Its statement called …")
		return a.possessiveDetOwner(first, ph.start, at)
	}
	for k, w := range f[:len(f)-1] {
		if !startsUpper(w) {
			return ""
		}
		if owner := trimPossessive(w); owner != w {
			name, _ := a.resolveQuiet(phrase{text: strings.Join(append(f[:k:k], owner), " "), kind: AttrNamed})
			return name
		}
	}
	return ""
}

// issuerAfterRE reads who issued a document right after its noun: "a
// letter signed by Ann Lowell", "an email sent out by Tom Reed", "a
// statement from Lena Park".
var issuerAfterRE = regexp.MustCompile(`^\s+(?:(?:sent|sent out|released|issued|signed|posted|written|put out)\s+)?(?:by|from)\s+(\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3})`)

// issuerAfter is the person the words right after a document's noun name
// as its issuer ("a fundraising email sent by Tom Reed warned …"), as the
// article calls them, or "": a person the article knows, or a full name,
// or the possessor of the account it came from ("a tweet from Reed’s
// account").
func (a *Article) issuerAfter(ph phrase) string {
	m := issuerAfterRE.FindStringSubmatch(a.Doc.Text[ph.end:min(len(a.Doc.Text), ph.end+80)])
	if m == nil {
		return ""
	}
	name := trimPossessive(m[1])
	if name != m[1] && !accountAfter(a.Doc.Text[ph.end+len(m[0]):min(len(a.Doc.Text), ph.end+len(m[0])+40)]) {
		return "" // a possessor's body or aide: "a statement from Lowell’s office"
	}
	if n, known := a.resolveQuiet(phrase{text: name, kind: AttrNamed}); known {
		return n
	}
	if len(nameWords(name)) >= 2 && mayBePerson(name) && !orgName(name) {
		return stripTitles(name)
	}
	return ""
}

// accountNouns name where a person posts: "a tweet from Reed’s account".
var accountNouns = setOf(`account accounts page feed channel handle profile`)

// accountAfter tells whether rest, the words after a possessor, opens with
// an account noun, perhaps after up to two words in lower case: "account",
// "personal account", "official campaign page". What is posted to a
// person's account is theirs, unlike what their office or their aide
// issues.
func accountAfter(rest string) bool {
	for i, w := range strings.Fields(rest) {
		w = strings.TrimRight(w, ".,;:")
		if accountNouns[w] {
			return true
		}
		if i >= 2 || w != strings.ToLower(w) {
			return false
		}
	}
	return false
}

// orgHeads head descriptions of bodies, not people: "the group", "the
// board", "the newspaper". A description stands for a body whose name holds
// its noun ("the foundation" for the Lakeside Foundation), or, for a noun
// of a kind of body (bodyKinds), an acronym ("the network" for KXTV) or a
// name that ends in a word of that kind ("the group" for the Lakeside
// Alliance, "the newspaper" for the Valley Gazette).
var orgHeads = setOf(`group board website newspaper paper network agency foundation organization organisation
committee firm outlet site union council commission institute bank company department authority ministry
association coalition alliance federation league society museum university college school hospital district
court legislature caucus corporation airline church club center centre office bureau party`)

var (
	mediaEnds = setOf(`news times post journal tribune herald magazine gazette daily press review star sun chronicle
globe examiner inquirer observer register dispatch beacon network channel radio television tv advocate courier ledger
sentinel bulletin monitor enquirer courant telegraph guardian`)
	groupEnds = setOf(`group organization organisation committee coalition alliance foundation association pac society
union league council fund institute center centre network caucus project`)
	agencyEnds = setOf(`agency office bureau department administration authority commission service board`)
	// agencyNouns are nouns of a description of an agency that an acronym
	// stands for only when it holds the noun's initial ("the bureau" is
	// the FBI; "the agency" may be the IRS)
	agencyNouns = setOf(`office bureau`)
	companyEnds = setOf(`inc corp corporation co company companies llc ltd plc holdings industries lines airlines motors
partners enterprises technologies systems foods pharmaceuticals brands labs`)
	bodyKinds = map[string]map[string]bool{"newspaper": mediaEnds, "paper": mediaEnds, "outlet": mediaEnds,
		"website": mediaEnds, "site": mediaEnds, "network": mediaEnds, "group": groupEnds,
		"organization": groupEnds, "organisation": groupEnds, "company": companyEnds, "firm": companyEnds,
		"agency": agencyEnds, "office": agencyEnds, "bureau": agencyEnds}
)

// companyBeforeRE ends the words before a name that make it a company's:
// "employers such as Monsanto", "the chief executive of Harbor Freight".
var companyBeforeRE = regexp.MustCompile(`(?i)(?:\b(?:companies|firms|employers|businesses|corporations)\s+(?:such\s+as|like|including)|\b(?:executive|ceo|founder|owner|officer)\s+of(?:\s+the)?)\s+$`)

// maxBodyBack is how far back (in bytes) a description of a body looks for
// the body's name.
const maxBodyBack = 1500

// bodyRE finds runs of capitalised words, with small joining words inside:
// "the Lakeside Foundation", "Board of Elections", "KXTV".
var bodyRE = regexp.MustCompile(`\p{Lu}[\p{L}\p{N}.&'’\-]*(?:(?:\s+(?:of|for|and|the|on|de))*\s+\p{Lu}[\p{L}\p{N}.&'’\-]*)*`)

// describedBody is the body a sentence last had as its subject in a
// description headed by the noun that heads desc (a description's words,
// lower-cased) with words of its own ("the trade group for the Harbor
// clinics spelled out …. “…,” the group wrote"), as written, when no name
// a description of that noun may mean comes between, not far back; or "".
func (a *Article) describedBody(desc []string, at int) string {
	noun := desc[len(desc)-1]
	k := sort.Search(len(a.things), func(k int) bool { return a.things[k].off >= at }) - 1
	for ; k >= 0 && at-a.things[k].off <= maxBodyBack; k-- {
		t := a.things[k]
		f := strings.Fields(strings.ToLower(t.text))
		if t.ph.kind != AttrDescription || t.ph.end > at || len(f) < 2 || f[len(f)-1] != noun {
			continue
		}
		if len(f) == 2 && f[0] == "the" {
			continue // "the group" alone stands for what it stood for
		}
		if possessiveDet[f[0]] || possessiveWord(f[0]) || a.namedBodyFrom(desc, t.ph.end, at, false) != "" {
			return "" // "her group" is hers
		}
		return t.text
	}
	return ""
}

// dateCaps are the words in capitals of a date that may follow a body's
// name after a preposition ("the Salem Port Authority on Monday", "in
// March"), where the name ends; other words stopCaps lists may go on a
// name ("the Coalition for Our Schools", "the Alliance for Every Child").
var dateCaps = setOf(`Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
March April May June July August September October November December`)

// namedBody is the body that a description (its words desc, lower-cased)
// headed by a noun of orgHeads stands for: the latest such name before at,
// not far back, that holds the description's words before its noun ("the
// budget office" is the Harbor Budget Office, not an Oval Office named
// since), else the latest that fits its noun alone; or "". A description
// with words of its own looks further back, up to maxHeldBodyBack, for a
// name that holds its noun and them all ("the budget office" pages after
// "the Harbor Budget Office").
func (a *Article) namedBody(desc []string, at int) string {
	from := max(0, at-maxBodyBack)
	if body := a.namedBodyFrom(desc, from, at, false); body != "" || from == 0 {
		return body
	}
	return a.namedBodyFrom(desc, max(0, at-maxHeldBodyBack), from, true)
}

// maxHeldBodyBack is how far back (in bytes) a description of a body with
// words of its own looks for a name that holds them all.
const maxHeldBodyBack = 4 * maxBodyBack

// namedBodyFrom is namedBody from offset from on, up to at; held: only a
// name that holds the noun and every word before it, of a description
// that has such words.
func (a *Article) namedBodyFrom(desc []string, from, at int, held bool) string {
	noun, editorial := desc[len(desc)-1], slices.Contains(desc, "editorial")
	var mods []string // the words a name had best hold besides the noun
	for _, w := range desc[:len(desc)-1] {
		if w != "the" && w != "editorial" {
			mods = append(mods, trimPossessive(w))
		}
	}
	if held && len(mods) == 0 {
		return ""
	}
	latest := "" // the latest name that fits the noun alone
	for from > 0 && from < at && a.Doc.Text[from]&0xC0 == 0x80 {
		from++ // a rune's start
	}
	var ms [][]int
	for _, m := range bodyRE.FindAllStringIndex(a.Doc.Text[from:at], -1) {
		ms = append(ms, splitAtSentenceEnds(a.Doc.Text[from:at], m)...)
	}
	for k := len(ms) - 1; k >= 0; k-- {
		name := strings.TrimRight(a.Doc.Text[from+ms[k][0]:from+ms[k][1]], ".’'")
		f := strings.Fields(name)
		if len(f) > 2 && f[1] == "the" && (subordinators[strings.ToLower(f[0])] || conjunctions[strings.ToLower(f[0])]) {
			// a clause's first word before the body: "While the State
			// Department …"
			name, f = strings.Join(f[2:], " "), f[2:]
		}
		for c := 1; c+1 < len(f); c++ {
			if !startsUpper(f[c]) && dateCaps[strings.TrimRight(f[c+1], ".,")] {
				// a date after the body: "the Salem Port Authority on
				// Monday"
				name, f = strings.Join(f[:c], " "), f[:c]
				break
			}
		}
		holds, n := false, 0
		for _, w := range f {
			t := trimPossessive(w)
			holds = holds || strings.EqualFold(t, noun) || strings.EqualFold(t, noun+"s") // "Harbor Airlines" for "the airline"
			if slices.ContainsFunc(mods, func(m string) bool { return strings.EqualFold(t, m) }) {
				n++
			}
		}
		if held && (!holds || n < len(mods)) {
			continue
		}
		bare := f
		if len(f) == 2 && f[0] == "The" {
			bare = f[1:] // "The FBI opened an inquiry"
		}
		acronym := len(bare) == 1 && utf8.RuneCountInString(bare[0]) >= 2 && strings.ToUpper(trimPossessive(bare[0])) == trimPossessive(bare[0])
		if acronym && (noun == "agency" || agencyNouns[noun]) {
			// (an agency's acronym is no country's, "the U.S. attorney’s
			// office", and one for "the office" or "the bureau" spells
			// its noun: the FBI, the GAO, not the NFL or the NAACP)
			ac := trimPossessive(bare[0])
			acronym = !strings.Contains(ac, ".") && (!agencyNouns[noun] || strings.Contains(ac, strings.ToUpper(noun[:1])))
		}
		kind := bodyKinds[noun]
		if editorial {
			kind = mediaEnds // "the editorial board" is a newspaper's
		}
		// (a newspaper is no acronym: "the newspaper" after "the Salem
		// Gazette … the HPA" is the Gazette; a network may be, "KXTV")
		company := noun == "company" || noun == "firm"
		fits := holds && len(f) >= 2 || kind != nil && (acronym && !editorial && noun != "newspaper" && noun != "paper" && !company || len(f) >= 2 && kind[strings.ToLower(trimPossessive(f[len(f)-1]))])
		// (not a body a name's word tells is no company: "an officer of
		// the Salem Police Department"; "employers such as Monsanto" is one)
		fits = fits || company && !stopCaps[f[0]] && (!orgName(trimPossessive(name)) || companyEnds[strings.ToLower(trimPossessive(f[len(f)-1]))]) && companyBeforeRE.MatchString(a.Doc.Text[max(0, from+ms[k][0]-40):from+ms[k][0]])
		// "the Harbor Ledger, the county’s largest newspaper,"
		fits = fits || kind != nil && len(f) >= 2 && a.kindInApposition(from+ms[k][1], kind, noun)
		if !fits {
			continue
		}
		if n == len(mods) {
			return trimPossessive(name)
		}
		if latest == "" {
			latest = trimPossessive(name)
		}
	}
	return latest
}

// splitAtSentenceEnds cuts a run of capitalised words at a word that ends
// a sentence ("the Lakeside Golf Foundation. Almost sixty courses …" holds
// "Lakeside Golf Foundation" and "Almost"): a word of three or more
// letters and a period, no period inside it (not "St." or "U.S.").
func splitAtSentenceEnds(text string, m []int) [][]int {
	var out [][]int
	start := m[0]
	for _, w := range wordSpans(text, m[0], m[1]) {
		word := text[w[0]:w[1]]
		if w[1] < m[1] && strings.HasSuffix(word, ".") && !strings.Contains(word[:len(word)-1], ".") && utf8.RuneCountInString(word) >= 4 {
			out = append(out, []int{start, w[1]})
			start = w[1]
			for start < m[1] && (text[start] == ' ' || text[start] == '\n' || text[start] == '\t') {
				start++
			}
		}
	}
	return append(out, []int{start, m[1]})
}

// wordSpans are the spans of the space-separated words of text[lo:hi].
func wordSpans(text string, lo, hi int) [][2]int {
	var out [][2]int
	for k := lo; k < hi; {
		for k < hi && (text[k] == ' ' || text[k] == '\n' || text[k] == '\t') {
			k++
		}
		e := k
		for e < hi && text[e] != ' ' && text[e] != '\n' && text[e] != '\t' {
			e++
		}
		if e > k {
			out = append(out, [2]int{k, e})
		}
		k = e
	}
	return out
}

// conflicts tells whether a description names a state (or a party) and a
// person's titles name only others.
func conflicts(titles []string, desc map[string]bool, kind func(string) bool) bool {
	descHas, theirs, same := false, false, false
	for w := range desc {
		descHas = descHas || kind(w)
	}
	for _, t := range titles {
		if kind(t) {
			theirs = true
			same = same || desc[t]
		}
	}
	return descHas && theirs && !same
}

func isStateWord(w string) bool { return placeNames[w] || stateNameWords[w] }

func isPartyWord(w string) bool { return w == "republican" || w == "democrat" || w == "independent" }

// statesIn is the words of the states a description names: a state of two
// words only whole ("the New York senator", not "the new governor").
func statesIn(words []string) map[string]bool {
	out := map[string]bool{}
	for i, w := range words {
		if placeNames[w] {
			out[w] = true
		}
		if i+1 < len(words) && placeNames[w+"_"+words[i+1]] {
			out[w], out[words[i+1]] = true, true
		}
	}
	return out
}

// stateNameWords are the words of the states whose names have two.
var stateNameWords = setOf(`new hampshire jersey mexico york north south carolina dakota rhode island west`)

// outsideRoles are the people a story quotes by their part in an event
// alone: none of the people it names unless the article gave them that
// title.
var outsideRoles = setOf(`moderator moderators narrator announcer interviewer questioner heckler hecklers caller crowd audience`)

// modifiedRole tells whether a role modifier the description leaves out
// heads a title it names: "Vice President Reed" is not "the president",
// but "Former Gov. Dan Kemp, the Senate candidate," is "the candidate".
func modifiedRole(titles []string, desc map[string]bool) bool {
	return modifiedNounIn(titles, func(w string) bool { return desc[w] }) != ""
}

// modifiedNounIn is the person noun a role modifier of words heads when
// has holds the noun but not the modifier, or "". (The modifier holds the
// first person noun after it: "former New Jersey governor", not a later
// "candidate".)
func modifiedNounIn(words []string, has func(string) bool) string {
	for k, w := range words {
		if !roleModifiers[w] || has(w) {
			continue
		}
		for _, u := range words[k+1:] {
			if personNoun(u) {
				if has(u) {
					return u
				}
				break
			}
		}
	}
	return ""
}

// lacksModifier is the person noun of the description's words whose role
// modifier titles lack though they name the noun ("the former governor"
// and Gov. Ann Lowell, "the vice president" and President Reed), or "".
func lacksModifier(titles, words []string) string {
	return modifiedNounIn(words, func(w string) bool { return slices.Contains(titles, w) })
}

// titledBefore tells whether the article puts a capitalised title that
// means noun right before name ("Gov. Ann Lowell" for "governor"): an
// office the person holds as the article speaks, where an apposition may
// date it ("Tom Reed, the governor from 2010 to 2018,").
func (a *Article) titledBefore(name, noun string) bool {
	text := a.Doc.Text
	for off := 0; name != ""; {
		k := strings.Index(text[off:], name)
		if k < 0 {
			return false
		}
		k += off
		if before := strings.Fields(text[max(0, k-24):k]); len(before) > 0 {
			t := before[len(before)-1]
			if lt := strings.ToLower(t); lt != t && (strings.TrimSuffix(lt, ".") == noun || slices.Contains(titleAbbrevs[lt], noun)) {
				return true
			}
		}
		off = k + len(name)
	}
	return false
}

// roleModifiers make another role of the title after them: a vice
// president, a deputy director, a former governor (not "the governor").
var roleModifiers = setOf(`vice deputy assistant lieutenant associate former`)

// kindInApposition tells whether the name ending at end has a description
// in apposition after it whose last word is noun or of kind, or a noun of
// the same kind of body (sameBodyKind): "the Harbor Star, the state’s
// largest newspaper,", "Harbor Marine, a shipping business," for "the
// company".
func (a *Article) kindInApposition(end int, kind map[string]bool, noun string) bool {
	rest := a.Doc.Text[end:min(len(a.Doc.Text), end+maxKindApposition)]
	if !strings.HasPrefix(rest, ", ") {
		return false
	}
	stop := strings.IndexAny(rest[2:], ",.;:")
	if stop < 0 {
		return false
	}
	f := strings.Fields(rest[2 : 2+stop])
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	return last == noun || kind[last] || last == "newspaper" && mediaKind(kind) || sameBodyKind[last] != "" && sameBodyKind[last] == sameBodyKind[noun]
}

// sameBodyKind names the kind of body of the nouns an apposition may call a
// body by and a later description may call it by otherwise: a company ("a
// shipping firm", then "the company"), a newspaper ("a daily paper", then
// "the newspaper"), a group ("a nonprofit", then "the group").
var sameBodyKind = map[string]string{}

func init() {
	for kind, nouns := range map[string]string{
		"company":   `company firm business corporation conglomerate manufacturer retailer startup lender insurer`,
		"newspaper": `newspaper paper daily weekly tabloid`,
		"group":     `group organization organisation nonprofit charity`,
	} {
		for _, w := range strings.Fields(nouns) {
			sameBodyKind[w] = kind
		}
	}
}

// mediaKind tells whether a kind of body is the media's.
func mediaKind(kind map[string]bool) bool { return kind["news"] && kind["times"] }

// maxKindApposition is how far (in bytes) after a body's name its
// apposition is read.
const maxKindApposition = 80

// describedPerson is the latest-mentioned person before at whose titles
// cover a description's person noun and most of its modifiers ("the
// admiral" is Admiral Harris), or "".
func (a *Article) describedPerson(ph phrase, at int) string {
	desc := map[string]bool{}
	words := afterPossessor(strings.Fields(strings.ToLower(ph.text)))
	for _, w := range words {
		if w != "the" && w != "a" && w != "an" {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s")
			if pw := partyWords[w]; pw != "" {
				w = pw // "the GOP senator" is a Republican
			}
			desc[w] = true
		}
	}
	// "the Russian leader" heads a state; "the opposition leader" does not
	stateLeader := len(words) > 0 && words[len(words)-1] == "leader" && !slices.ContainsFunc(words, func(w string) bool { return otherLeaders[w] })
	states := statesIn(strings.Fields(strings.ToLower(ph.text)))
	g := genderUnknown // the gender the head noun tells: "the congresswoman"
	if len(words) > 0 {
		g = nounGender(words[len(words)-1])
	}
	owner := a.describedOwner(ph, at)
	ownerDet := "" // "his" or "her" opening the description
	if f := strings.Fields(strings.ToLower(ph.text)); len(f) > 1 && (f[0] == "his" || f[0] == "her") {
		ownerDet = f[0]
	}
	// the one the description fits best ("the Ohio governor": the governor
	// from Ohio, not one of no state told), of those the latest spoken of;
	// a person the article names only further on is no one a description
	// refers back to ("The billionaire called it “…”" before "billionaire
	// Ann Lowell" comes up)
	head := ""
	if len(words) > 0 {
		head = words[len(words)-1]
	}
	titles, most := describedTitles(desc, head, stateLeader) // (every title that may set nounHit below)
	return a.latestFitting(titles, most, at, func(p *Person) int {
		if otherGender(g, p.gender()) {
			return 0 // a man is not "the congresswoman"
		}
		if (owner != "" || ownerDet != "") && !p.ownedBy(owner, ownerDet) {
			return 0 // Lowell's spokesman is not "Reed’s spokesman", nor "her lawyer" "his lawyer"
		}
		if n := lacksModifier(p.Titles, words); modifiedRole(p.Titles, desc) || n != "" && a.titledBefore(p.Name, n) {
			return 0 // a vice president is not "the president", nor a governor "the former governor"
		}
		if conflicts(p.Titles, states, isStateWord) || conflicts(p.Titles, desc, isPartyWord) {
			return 0 // an Ohio senator is not "the Oregon senator"
		}
		hits, nounHit := 0, false
		for _, t := range p.Titles {
			if desc[t] || slices.ContainsFunc(sameRole[t], func(w string) bool { return desc[w] }) {
				hits++
				if nounTitle(t) {
					nounHit = true // (an age stands for a person: "the 17-year-old")
				} else if len(words) > 0 && t == words[len(words)-1] && !isDescriptor(t) && !orgHeads[t] && !documentNouns[t] {
					// a trade the person was given in apposition heads
					// the description ("Tom Reed, a Salem developer," is
					// "the developer")
					nounHit = true
				}
			} else if stateLeader && headOfState[t] {
				hits++ // "the Russian leader": a president or a premier
				nounHit = true
			}
		}
		if !nounHit || hits*2 < len(desc) {
			return 0
		}
		return hits
	})
}

// untitledTopic is whom a bare office ("the senator") that best, a titled
// person, fits means when best was last spoken of before the paragraph
// before this one and this one's latest subject is a person the article
// gave no title: the writer names the office of the one the paragraph is
// about ("Sen. Dan Kemp spoke on Monday. ¶ … ¶ Tom Reed stopped by his
// headquarters. Walking in, the senator said …" is Reed, not Kemp); else
// best. Best is still in view where a sentence since opens with a pronoun
// that means them ("Sen. Dan Kemp toured the pier. ¶ He met Tom Reed
// there. ¶ Reed said the storm was the worst he had seen. “…,” the
// senator said" is Kemp) or speaks in a quotation since ("“…,” Kemp
// said. ¶ “…” ¶ Tom Reed lost his boat. “…,” the senator said"), and the
// office tells another than the subject the writer just named as a
// quotation's speaker in this paragraph ("Ann Lowell lost her roof. “I
// cried,” Lowell said. “We will rebuild,” the senator said." is not
// Lowell).
func (a *Article) untitledTopic(best string, ph phrase, at int) string {
	f := strings.Fields(strings.ToLower(ph.text))
	if len(f) != 2 || f[0] != "the" || !roleNouns[f[1]] {
		return best // (an office alone: "the Mexican president" tells more than an office)
	}
	here := min(at, ph.start)
	prev, para := a.paraBounds(here)
	if a.lastMentionOf(best, at) >= prev {
		return best // (the paragraph before is still in view)
	}
	s, ok := a.lastMentionWhere(at, nounGender(f[1]), nil)
	if !ok || s == best || a.lastMentionOf(s, at) < para || !a.mayBePerson(s) || orgName(s) {
		return best
	}
	for _, i := range a.byName[s] {
		if len(a.People[i].Titles) > 0 {
			return best
		}
	}
	from := max(prev, here-maxTopicBack)
	for k := sort.Search(len(a.pronounHeads), func(k int) bool { return a.pronounHeads[k].start >= from }); k < len(a.pronounHeads) && a.pronounHeads[k].start < here; k++ {
		w := a.pronounHeads[k]
		if m, ok := a.lastMentionWhere(w.start, pronounGender(w.lower), nil); ok && m == best {
			return best
		}
	}
	for k := sort.Search(len(a.Quotes), func(k int) bool { return a.Quotes[k].Start >= from }); k < len(a.Quotes) && a.Quotes[k].Start < here; k++ {
		if q := a.Quotes[k]; q.Speaker == best || q.Start >= para && q.Speaker == s && q.Attribution == AttrNamed {
			return best
		}
	}
	return s
}

// maxTopicBack is how far back (in bytes) untitledTopic reads the
// pronouns and quotations that keep a titled holder in view: more than
// two paragraphs of news, and a bound on the work for each description in
// an article of one long paragraph of quotes.
const maxTopicBack = 4000

// paraBounds is the start of the paragraph before the one that holds off,
// and of that one, as paragraphs reads them: a paragraph of text wrapped
// at a fixed width runs over several lines.
func (a *Article) paraBounds(off int) (prev, para int) {
	k := sort.SearchInts(a.paraStarts, off+1) - 1
	if k >= 0 {
		para = a.paraStarts[k]
	}
	if k >= 1 {
		prev = a.paraStarts[k-1]
	}
	return prev, para
}

// describedOwner is the word (see ownerWord) of the one whose aide a
// description of a person says they are: the possessor a name writes
// ("Reed’s spokesman", "the Reed spokesman"), or the one "his" or "her"
// means, passing over those who are aides themselves ("Omar Haddad,
// Reed’s spokesman, denied it. Dan Kemp, Lowell’s spokesman, confirmed
// it. “…,” his spokesman said" is Reed's); or "".
func (a *Article) describedOwner(ph phrase, at int) string {
	f := strings.Fields(ph.text)
	if len(f) < 2 {
		return ""
	}
	switch d := strings.ToLower(f[0]); {
	case d == "his" || d == "her":
		name, _ := a.lastMentionWhere(at, pronounGender(d), func(name string) bool {
			for _, p := range a.peopleSharing(name) {
				if p.Name == name && len(p.owners) > 0 {
					return true
				}
			}
			return false
		})
		return ownerWord(name)
	case d == "the" && len(f) >= 3 && startsUpper(f[1]):
		e := 1
		for e+1 < len(f)-1 && startsUpper(f[e+1]) {
			e++
		}
		return ownerWord(f[e]) // "the Reed spokesman"
	}
	for k := len(f) - 2; k >= 0; k-- {
		if possessiveWord(f[k]) {
			if startsUpper(f[k]) {
				return ownerWord(f[k])
			}
			break
		}
	}
	return ""
}

// sameRole are the other nouns a description may call the holder of a
// role by: a surgeon is "the doctor", an attorney "the lawyer".
var sameRole = map[string][]string{"surgeon": {"doctor", "physician"}, "neurosurgeon": {"doctor", "physician", "surgeon"},
	"physician": {"doctor"}, "doctor": {"physician"}, "attorney": {"lawyer"}, "lawyer": {"attorney"}}

// headOfState are the titles of those a description headed by "leader"
// may mean.
var headOfState = setOf(`president premier chancellor king queen`)

// otherLeaders are the words of a description headed by "leader" that lead
// something other than a state: "the opposition leader", "the union leader".
var otherLeaders = setOf(`opposition union party majority minority house senate team labor rebel rebels militia church
religious community student students business civic tribal gang cult band squad council caucus`)

// candidateNouns head descriptions of the person a campaign story is about
// ("the candidate", "the GOP nominee", "the businessman").
var candidateNouns = setOf(`candidate nominee front-runner frontrunner businessman billionaire mogul`)

// coveredMention is the person of the latest mention before at, no
// further back than maxMentionsBack, whose titles cover every word of a
// description but its article (titlesCover); else, of an article naming
// few people, the one person whose titles cover it; or "".
func (a *Article) coveredMention(desc string, at int) string {
	end := sort.Search(len(a.mentions), func(k int) bool { return a.mentions[k].off >= at })
	var checked []string // names already found not to fit: a person spoken of often is read once
	for k := end - 1; k >= 0 && k >= end-maxMentionsBack; k-- {
		m := a.mentions[k]
		if !m.person || slices.Contains(checked, m.name) {
			continue
		}
		if a.titlesCover(m.name, desc) {
			return m.name
		}
		if len(checked) < 8 {
			checked = append(checked, m.name)
		}
	}
	one := ""
	if len(a.People) <= fewPeople {
		// of few people, the one, never a subject yet but named before
		// at, whose titles cover it ("joined by President Tom Reed"):
		// reading them all costs little
		for _, p := range a.People {
			if p.Name != one && a.titlesCover(p.Name, desc) && p.firstMention < at {
				if one != "" {
					return ""
				}
				one = p.Name
			}
		}
	}
	return one
}

// afterPossessor is the words of a description after its last possessive
// word, those of the person it describes: "the former mayor’s spokeswoman"
// is a spokeswoman, not a former mayor. A description that ends in its
// possessive ("the mayor’s"), or no person noun heads, keeps its words.
func afterPossessor(f []string) []string {
	if len(f) < 2 || !personNoun(f[len(f)-1]) {
		return f // "the Harbor People’s Weekly newspaper" is a body's name
	}
	for k := len(f) - 2; k >= 0; k-- {
		if possessiveWord(f[k]) || strings.HasSuffix(f[k], "s’") || strings.HasSuffix(f[k], "s'") {
			return f[k+1:]
		}
	}
	return f
}

// aideInApposition is the person a description of a possessor's aide
// ("Lowell’s campaign manager") stands for when it is an apposition to a
// name the article knows ("Tom Reed, Lowell’s campaign manager was asked
// …"), or "". Of the capitalised words before the comma, the name is the
// longest run the article knows that ends there: not "When Tom Reed".
func (a *Article) aideInApposition(ph phrase) string {
	m := nameBeforeAppositionRE.FindStringSubmatch(a.Doc.Text[max(0, ph.start-60):ph.start])
	if m == nil {
		return ""
	}
	w := strings.Fields(m[1])
	for k := range w {
		if n, known := a.resolveQuiet(phrase{text: strings.Join(w[k:], " "), kind: AttrNamed}); known && a.mayBePerson(n) && !orgName(n) {
			return n
		}
	}
	return ""
}

// titlesCover tells whether the titles of the person name cover every
// word of a description but its article ("the Ohio governor": both "ohio"
// and "governor"), as a subject a later pronoun may mean must.
func (a *Article) titlesCover(name, desc string) bool {
	for _, p := range a.peopleSharing(name) {
		if p.Name != name {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(desc)) {
			w = trimPossessive(w)
			if pw := partyWords[w]; pw != "" {
				w = pw
			}
			if w != "the" && !slices.Contains(p.Titles, w) {
				return false
			}
		}
		return true
	}
	return false
}

// nameBeforeAppositionRE finds a full name and a comma at the end of
// the text before an apposition.
var nameBeforeAppositionRE = regexp.MustCompile(`(\p{Lu}[\p{L}.\-]+(?:\s+\p{Lu}[\p{L}.\-]+){1,2}),\s+$`)

// maxAideAhead is how far (in bytes) after a possessor's unnamed aide the
// text is read for the aide's name.
const maxAideAhead = 1200

// aideNamedAfter is the person a description of a possessor's aide ("the
// governor’s spokeswoman", "Ann Lowell’s top aide", "his lawyer" with the
// one "his" means) stands for when the lines right after it bring in a new
// person by full name with the possessor's name in an apposition ("Maria
// Ortiz, Lowell’s press secretary,"; "Maria Ortiz, vice chair of Lowell’s
// campaign,"; "Rosa Diaz, a lawyer for Reed,"), or "".
func (a *Article) aideNamedAfter(ph phrase, at int) string {
	f := strings.Fields(ph.text)
	k := len(f) - 2
	for k >= 0 && trimPossessive(f[k]) == f[k] && !strings.HasSuffix(f[k], "s’") {
		k--
	}
	var owner string
	switch d := strings.ToLower(f[0]); {
	case k < 0 && (d == "his" || d == "her"):
		owner = a.possessiveDetOwner(d, ph.start, at) // "his lawyer": the one "his" means
	case k < 0:
		return ""
	default:
		owner = strings.TrimSuffix(trimPossessive(f[k]), "’")
	}
	if k >= 0 && !startsUpper(owner) {
		// a description of the possessor: "the former mayor’s"
		if k == 0 {
			return ""
		}
		op := phrase{text: strings.Join(append(slices.Clone(f[:k]), owner), " "), kind: AttrDescription}
		if owner = a.describedPerson(op, at); owner == "" {
			if owner, _ = a.lastMentionWhere(at, genderUnknown, a.otherRole(op)); owner == "" {
				return ""
			}
		}
	}
	nw := nameWords(owner)
	if len(nw) == 0 {
		return ""
	}
	surname := nw[len(nw)-1]
	rest := a.Doc.Text[ph.end:min(len(a.Doc.Text), ph.end+maxAideAhead)]
	for _, m := range aideAppositionRE.FindAllStringSubmatchIndex(rest, -1) {
		name := rest[m[2]:m[3]]
		of := m[4:6] // the possessor: "Lowell’s press secretary"
		if of[0] < 0 {
			of = m[6:8] // or the one served: "a lawyer for Lowell"
		}
		if !strings.EqualFold(rest[of[0]:of[1]], surname) || strings.ContainsAny(rest[m[0]:m[1]], "“”\"") {
			continue
		}
		if n, known := a.resolveQuiet(phrase{text: name, kind: AttrNamed}); known {
			name = n
		}
		if a.lastMentionOf(name, at) >= 0 || !mayBePerson(name) || orgName(name) || a.sameName(name, owner) {
			continue // someone spoken of already, or the possessor
		}
		return stripTitles(name)
	}
	return ""
}

// maxRoleAhead is how far (in bytes) after a possessor's unnamed aide or
// relation the text is read for a newcomer who holds the role: about the
// next two sentences.
const maxRoleAhead = 500

// roleNamedAfter is the person a description of a possessor's aide or
// relation stands for ("his longtime physician", "Reed’s lawyer"), when
// no one spoken of before holds the role and the lines right after it
// bring in a newcomer whose titles hold its head noun: "According to his
// longtime physician, Reed is in “excellent” health. The letter was signed
// by Dr. Ann Lowell, a physician in Salem." is Lowell's; or "". A newcomer
// an apposition makes another's aide is not theirs: "According to Kemp’s
// doctor, … Dr. Ann Lowell, Reed’s physician, …" (see ownedBy).
func (a *Article) roleNamedAfter(ph phrase, at int) string {
	f := strings.Fields(strings.ToLower(ph.text))
	head := trimPossessive(f[len(f)-1])
	if !humanNoun(head) {
		return ""
	}
	g := nounGender(head)
	owner, det := a.describedOwner(ph, at), ""
	if f[0] == "his" || f[0] == "her" {
		det = f[0]
	}
	best, bestOff := "", len(a.Doc.Text)
	for _, p := range a.People {
		off := p.firstMention
		if off < ph.end || off > ph.end+maxRoleAhead || off >= bestOff || otherGender(g, p.gender()) {
			continue
		}
		if !slices.ContainsFunc(p.Titles, func(t string) bool { return t == head || slices.Contains(sameRole[t], head) }) {
			continue
		}
		if (owner != "" || det != "") && !p.ownedBy(owner, det) {
			continue // (Reed's physician is not "Kemp's doctor")
		}
		if !mayBePerson(p.Name) || orgName(p.Name) || a.lastMentionOf(p.Name, ph.start) >= 0 {
			continue // (someone spoken of before is no newcomer)
		}
		best, bestOff = p.Name, off
	}
	return best
}

// aideAppositionRE finds a full name with an apposition that holds a
// possessor's name ("Maria Ortiz, Lowell’s press secretary,", "Tom Reed,
// a senior adviser to Lowell’s campaign,") or the name of the one served
// ("Rosa Diaz, a lawyer for Reed,", "Rosa Diaz, who represents Reed,").
var aideAppositionRE = regexp.MustCompile(`(\p{Lu}[\p{L}.\-]+(?:\s+\p{Lu}[\p{L}.\-]+){1,2}),\s+(?:[^,.;]{0,60}?\s)?(?:(\p{Lu}[\p{L}\-]+)(?:’s|'s|’|')\s|(?:for|represents|representing)\s+(\p{Lu}[\p{L}\-]+)[,.\s])`)

// otherRole rules out, for a description headed by a person noun, the
// people the article gave another role of that kind and not this one: "the
// Ohio senator" is not the one it called the president, "the candidate"
// not the mayor.
func (a *Article) otherRole(ph phrase) func(string) bool {
	f := strings.Fields(strings.ToLower(ph.text))
	head := trimPossessive(f[len(f)-1])
	candidate := candidateNouns[head]
	if !roleNouns[head] && !candidate {
		return nil
	}
	former := slices.Contains(f, "former") // (a former congressman may be a senator now)
	party := ""
	for _, w := range f {
		if pw := partyWords[trimPossessive(w)]; pw != "" {
			party = pw
		}
	}
	// (the first person of a name, as lastMentionAgreeing reads a.People)
	out, seen := map[string]bool{}, map[string]bool{}
	for _, p := range a.People {
		if seen[p.Name] {
			continue
		}
		seen[p.Name] = true
		other := false
		for _, t := range p.Titles {
			if t == head || slices.Contains(titleAbbrevs[t], head) {
				other = false
				break
			}
			// "the candidate" is not the one the article called the
			// mayor or the judge: an office none runs for the White
			// House from
			other = other || !former && roleNouns[t] && (!candidate || nonCandidateRoles[t])
		}
		if party != "" && slices.ContainsFunc(p.Titles, func(t string) bool { return isPartyWord(t) && t != party }) {
			other = true // "the Republican candidate" is no Democrat
		}
		if other {
			out[p.Name] = true
		}
	}
	return func(name string) bool { return out[name] }
}

// nonCandidateRoles are the offices of roleNouns whose holders a
// description of a candidate ("the candidate", "the GOP front-runner")
// does not mean.
var nonCandidateRoles = setOf(`mayor judge ambassador minister chairman chairwoman`)

// maxAnswerGap is how far (in bytes) after a question a quote may be its
// answer.
const maxAnswerGap = 400

// roleNouns are the offices a person holds one of at a time, for
// otherRole.
var roleNouns = setOf(`president senator governor mayor congressman congresswoman representative secretary
minister ambassador judge chairman chairwoman`)

// notePair notes the two people of a sentence's subject when a second
// name follows its first after "and" and a verb follows that, perhaps
// past an apposition ("Sen. Tom Reed (R-Ohio) and Rep. Ann Lowell
// (D-Ore.) sent a letter"; "Ann Lowell and Dan Kemp, who run the port,
// said"), as one speaker a description of two may mean; and so the people
// of a list of names set off by commas before the "and" ("Ned Hale, Lena
// Park and Dan Kemp signed"), as one speaker "they" may mean, and the one
// the subject met ("Tom Reed met with Ann Lowell on Monday").
func (a *Article) notePair(ws []word, ph phrase) {
	list := []phrase{ph}
	k := ph.j
	if nm, ok := a.metName(ws, k); ok {
		a.addPair(append(list, nm))
		return
	}
	for k+1 < len(ws) && isComma(ws[k]) && len(list) < maxListedNames {
		if len(list) >= 2 && ws[k+1].lower == "and" {
			k++ // a comma before the "and" too: "Hale, Park, and Kemp"
			break
		}
		nm, ok := a.personAt(ws, k+1)
		if !ok || nm.kind != AttrNamed {
			return
		}
		list, k = append(list, nm), nm.j
	}
	if k+1 >= len(ws) || ws[k].lower != "and" {
		return
	}
	nm, ok := a.personAt(ws, k+1)
	if !ok || nm.kind != AttrNamed || nm.j >= len(ws) || ws[nm.j].isCap() || ws[nm.j].quote >= 0 || ws[nm.j].punct() && !(ws[nm.j].s == "," && appositionThenVerb(ws, nm.j)) {
		return
	}
	a.addPair(append(list, nm))
}

// addPair notes the people of named phrases as one subject (a.pairs):
// "Tom Reed and Ann Lowell", "Ned Hale, Lena Park and Dan Kemp".
func (a *Article) addPair(list []phrase) {
	names := make([]string, 0, len(list))
	for _, p := range list {
		n, ok := a.resolveQuiet(p)
		if !ok {
			t, _, _ := strings.Cut(p.text, " (")
			n = stripTitles(t)
		}
		if n == "" || len(nameWords(n)) == 0 {
			return
		}
		names = append(names, n)
	}
	last := len(names) - 1
	a.pairs = append(a.pairs, issue{name: strings.Join(names[:last], ", ") + " and " + names[last], off: list[0].start})
}

// meetingVerbs take as their object someone who then acts with the
// subject: "Reed met with Lowell".
var meetingVerbs = setOf(`met meets`)

// metName is the person named right after a verb of meeting at words[k],
// perhaps past "with", whom a phrase of time or place or the sentence's
// end follows: "met with Ann Lowell on Monday", "met Ann Lowell."; not a
// possessor of those met ("met Ann Lowell’s aides").
func (a *Article) metName(ws []word, k int) (phrase, bool) {
	if k+1 >= len(ws) || ws[k].quote >= 0 || !meetingVerbs[ws[k].lower] {
		return phrase{}, false
	}
	m := k + 1
	if ws[m].lower == "with" {
		m++
	}
	nm, ok := a.personAt(ws, m)
	if !ok || nm.kind != AttrNamed || trimPossessive(nm.text) != nm.text || !a.isPersonName(nm, ws, true) ||
		nm.j < len(ws) && (ws[nm.j].quote >= 0 || !ws[nm.j].punct() && !objectPrepositions[ws[nm.j].lower]) {
		return phrase{}, false
	}
	return nm, true
}

// maxListedNames is how many names set off by commas notePair reads
// before the "and" of a list.
const maxListedNames = 6

// pairOpenedBefore is the first name of a pair whose second is the named
// phrase ph, "and" between, a verb in lower case after it, when the pair
// heads the sentence, perhaps after "both" or an opening phrase's comma
// ("Tom Reed and Ann Lowell said", "Both Reed and Lowell called"; not
// "Kemp thanked Reed and Lowell said", where Reed is an object).
func (a *Article) pairOpenedBefore(ws []word, ph phrase) (phrase, bool) {
	if ph.kind != AttrNamed || ph.j >= len(ws) || ws[ph.j].quote >= 0 || ws[ph.j].punct() || ws[ph.j].isCap() {
		return phrase{}, false // (a verb follows: no colon, "… - Mark Blumenthal and Jon Cohen: “…”")
	}
	if full, ok := a.personEndingAt(ws, ph.j-1); ok && full.kind == AttrNamed {
		ph = full // the whole name a cue read the surname of: "Ann Lowell said"
	}
	if ph.i < 2 || ws[ph.i-1].lower != "and" {
		return phrase{}, false
	}
	first, ok := a.personEndingAt(ws, ph.i-2)
	if !ok || first.kind != AttrNamed || first.i != datelineEnd(ws) && ws[first.i-1].s != "," && ws[first.i-1].lower != "both" {
		return phrase{}, false
	}
	if nm, _, ok := a.pairedName(ws, first); !ok || nm.i != ph.i {
		return phrase{}, false
	}
	return first, true
}

// pairedName is the second name of a pair the named phrase ph opens, "and"
// between ("Tom Reed and Ann Lowell", "state Senator Tom Reed and House
// Speaker Ann Lowell"), and the index of the word after the pair, past
// the second name's employer after "of" or "at" ("… of the Harbor
// Institute for Ports and Docks") and an apposition set off by commas
// that runs to a speech verb (", both Republicans,"): where the pair's
// verb stands. Both must be names of people.
func (a *Article) pairedName(ws []word, ph phrase) (phrase, int, bool) {
	if ph.kind != AttrNamed || ph.j+1 >= len(ws) || ws[ph.j].lower != "and" || possessiveSplit(ph.text) != ph.text || !a.isPersonName(ph, ws, false) && len(nameWords(ph.text)) < 2 {
		return phrase{}, 0, false
	}
	nm, ok := a.personAt(ws, ph.j+1)
	if !ok || nm.kind != AttrNamed || possessiveSplit(nm.text) != nm.text || !a.isPersonName(nm, ws, false) && len(nameWords(nm.text)) < 2 || !mayBePerson(nm.text) || !mayBePerson(ph.text) {
		return phrase{}, 0, false
	}
	k := nm.j
	if k < len(ws) && (ws[k].lower == "of" || ws[k].lower == "at") {
		// the employer: capitalised words and the small words inside a
		// body's name, up to a lower-case word
		e, caps := k+1, 0
		for e < len(ws) && e <= k+maxEmployerWords && ws[e].quote < 0 && !ws[e].punct() && (ws[e].isCap() || bodyNameWords[ws[e].lower]) {
			if ws[e].isCap() {
				caps++
			}
			e++
		}
		if caps > 0 && e < len(ws) && !ws[e].isCap() {
			k = e
		}
	}
	return nm, pastApposition(ws, k), true
}

// maxPairCueWords is the most words a pair's cue after a quotation may
// hold before its verb.
const maxPairCueWords = 30

// maxTradeWords is the most lower-case words a pair's cue after a
// quotation may open on before the first name: "harbor pilots".
const maxTradeWords = 3

// maxEmployerWords is the most words pairedName reads of an employer
// after a pair's second name.
const maxEmployerWords = 10

// bodyNameWords are the lower-case words a body's name may hold: "the
// Institute for Ports and Docks".
var bodyNameWords = setOf(`the of for and on`)

// namedTogether tells whether a description means people named together
// before it, and how many of them, or 0 when it does not tell: "both",
// "both candidates", "both of them", "the two", "the two lawmakers", "the
// pair" two; "the three", "all three", "the trio" three; "the committee
// chairmen", "each", "all of them".
func namedTogether(desc string) (int, bool) {
	f := strings.Fields(strings.ToLower(desc))
	if len(f) >= 3 && f[len(f)-2] == "of" && f[len(f)-1] == "them" {
		f = f[:len(f)-2] // "both of them" is "both", "the three of them" "the three"
	}
	if len(f) == 1 && (f[0] == "each" || f[0] == "all") {
		return 0, true
	}
	if len(f) > 0 && f[0] == "both" {
		// alone or before a plural of people the pair could be ("both
		// candidates"), not of bodies or things ("both parties", "both
		// sides", "both unions")
		return 2, len(f) == 1 || len(f) == 2 && pairNoun(f[1])
	}
	if len(f) < 2 || f[0] != "the" && f[0] != "all" {
		return 0, false
	}
	if n := peopleCounts[f[1]]; n > 0 {
		return n, len(f) == 2 || pairNoun(f[len(f)-1]) // "the two lawmakers", not "the two sides"
	}
	if n := setNouns[f[1]]; n > 0 && len(f) == 2 && f[0] == "the" {
		return n, true
	}
	last := f[len(f)-1]
	return 0, f[0] == "the" && strings.HasSuffix(last, "men") && personNouns[strings.TrimSuffix(last, "men")+"man"] // "the chairmen"
}

// togetherPronouns head a cue's subject that means people named together
// before: "both of them said", "each said".
var togetherPronouns = setOf(`both all each`)

// peopleCounts are the numbers a description of people named together
// may give: "the two", "all three".
var peopleCounts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

// setNouns are the nouns of a set of people named together, with how
// many it holds: "the pair", "the trio".
var setNouns = map[string]int{"pair": 2, "duo": 2, "couple": 2, "trio": 3}

// latestPairOf is latestPair(at) when it holds n people, or any number
// when n is 0; else "".
func (a *Article) latestPairOf(at, n int) string {
	if pair := a.latestPair(at); pair != "" && (n == 0 || peopleIn(pair) == n) {
		return pair
	}
	return ""
}

// peopleIn is how many people a name of people named together holds:
// "Tom Reed and Ann Lowell" two, "Ned Hale, Lena Park and Dan Kemp" three.
func peopleIn(names string) int {
	return strings.Count(names, ", ") + 2
}

// givenNameIn tells whether one of the names of a pair ("Tom Reed and Ann
// Lowell", "Reed, Lowell and Kemp") is a person's by a given name, its own
// or that of the full name the article gives its surname (fullOf).
func (a *Article) givenNameIn(pair string) bool {
	for _, x := range strings.Split(strings.ReplaceAll(pair, " and ", ", "), ", ") {
		if givenGender(x) != genderUnknown || givenGender(a.fullOf[strings.ToLower(x)]) != genderUnknown {
			return true
		}
	}
	return false
}

// pairNoun tells whether a plural can mean two people named before:
// "candidates", "men", not "parties", "sides" nor "unions".
func pairNoun(w string) bool {
	sg := singular(w)
	return peoplePlurals[w] || personNoun(sg) && !orgHeads[sg] && !groupNouns[sg]
}

// latestPair is the two people a sentence last had as its subject before
// at, not far back ("Reed and Lowell wrote a book. … they argue", "the two
// wrote"), or "" when that subject is not two people ("Texas and Ohio
// have").
func (a *Article) latestPair(at int) string {
	k := issuesBefore(a.pairs, at) - 1
	if k < 0 || at-a.pairs[k].off > maxPairDistance {
		return ""
	}
	p := a.pairs[k]
	if x, y, _ := strings.Cut(p.name, " and "); a.mayBePerson(x) && a.mayBePerson(y) && !placeName(x) && !placeName(y) {
		return p.name
	}
	return ""
}

// maxPairDistance is how far back (in bytes) a description of two looks
// for the pair it means.
const maxPairDistance = 3000

// resolveQuiet is the person a named phrase stands for, without noting a
// mention.
func (a *Article) resolveQuiet(ph phrase) (string, bool) {
	for _, p := range a.peopleSharing(ph.text) {
		if a.sameName(p.Name, ph.text) {
			return p.Name, true
		}
	}
	return "", false
}

// headWord tells whether w, a sentence's first word, may stand before its
// subject: a conjunction or an adverb ("Now Ann Lowell, …, is"), or "even"
// ("And even Tom Reed tried to help, noting that …").
func headWord(w string) bool {
	return conjunctions[w] || w == "now" || w == "then" || w == "even" || sentenceAdverbs[w]
}

// kinNouns name a person by their kin.
var kinNouns = setOf(`husband wife son daughter brother sister father mother widow widower`)

// kinSubject is the person a sentence opens on as the kin of a person
// named before, by a given name alone set off by commas before a word in
// lower case: "Reed’s husband, Tom, painted …". The person is read as the
// given name and the kin's surname ("Tom Reed").
func (a *Article) kinSubject(ws []word) (phrase, bool) {
	m := 0
	for m < len(ws) && m < 3 && ws[m].quote < 0 && ws[m].isCap() && !possessiveWord(ws[m].s) {
		m++
	}
	if m+5 >= len(ws) || ws[m].quote >= 0 {
		return phrase{}, false
	}
	kin, c1, given, c2, v := ws[m+1], ws[m+2], ws[m+3], ws[m+4], ws[m+5]
	if !kinNouns[kin.lower] || kin.quote >= 0 || c1.s != "," || given.quote >= 0 || !given.isCap() || possessiveWord(given.s) || stopCaps[given.s] || c2.s != "," {
		return phrase{}, false
	}
	if v.quote >= 0 || v.punct() || v.isCap() || determiners[v.lower] || appositionOpeners[v.lower] {
		return phrase{}, false
	}
	// (the owner is looked up only past the kin and the given name)
	owner := ""
	if ws[m].isCap() && possessiveWord(ws[m].s) {
		text := trimPossessive(ws[m].s)
		if m > 0 {
			text = joinWords(ws[:m]) + " " + text
		}
		owner, _ = a.resolveQuiet(phrase{text: text, kind: AttrNamed, start: ws[0].start, end: ws[m].end, i: 0, j: m + 1})
	}
	if owner == "" || !a.mayBePerson(owner) {
		return phrase{}, false
	}
	f := strings.Fields(stripTitles(owner))
	if len(f) == 0 {
		return phrase{}, false
	}
	for len(f) > 1 && (abbreviations[strings.ToLower(strings.Trim(f[len(f)-1], ".,"))] || f[len(f)-1] == "II" || f[len(f)-1] == "III") {
		f = f[:len(f)-1] // "Tom Reed Jr." is a Reed
	}
	full := given.s + " " + f[len(f)-1]
	if !mayBePerson(full) {
		return phrase{}, false
	}
	return phrase{text: full, kind: AttrNamed, start: given.start, end: given.end, i: m + 3, j: m + 4}, true
}

// groupReportedSubject is the named subject of the clause a plural
// group's speech verb reports, perhaps after "that", when a verb in lower
// case follows the name: "friends say Ann Reed also keeps", "rowers
// said Mr. Kemp would". Only the first speech verb of the sentence, within
// its first words, is read.
func (a *Article) groupReportedSubject(ws []word) (phrase, bool) {
	for k := 1; k+2 < len(ws) && k < maxIntroWords+4; k++ {
		w := ws[k]
		if w.quote >= 0 {
			return phrase{}, false
		}
		if w.lower != "say" && w.lower != "said" {
			continue
		}
		g := ws[k-1]
		if g.quote >= 0 || !strings.HasSuffix(g.lower, "s") || strings.HasSuffix(g.lower, "ss") || !(personNoun(g.lower) && !g.isCap() || g.isCap() && partyWords[strings.TrimSuffix(g.lower, "s")] != "") {
			return phrase{}, false
		}
		at := k + 1
		if ws[at].lower == "that" {
			at++
		}
		ph, ok := a.personAt(ws, at)
		if !ok || ph.kind != AttrNamed || ph.j >= len(ws) || possessiveSplit(ph.text) != ph.text {
			return phrase{}, false
		}
		if v := ws[ph.j]; v.quote >= 0 || v.isCap() || v.punct() || objectPrepositions[v.lower] || conjunctions[v.lower] || determiners[v.lower] {
			return phrase{}, false
		}
		return ph, true
	}
	return phrase{}, false
}

// closeAppositionSubject is the full name that heads a sentence in close
// apposition to a description, with no comma between, before a finite
// verb in lower case: "The baker’s eldest daughter Ann Kemp brought …",
// "Her longtime lawyer Dan Reed filed …". The description is a
// determiner or a possessive and a few words in lower case ending in a
// person noun or a title.
func closeAppositionSubject(ws []word) (phrase, bool) {
	if len(ws) < 5 || ws[0].quote >= 0 {
		return phrase{}, false
	}
	k := 1 // past "Reed’s" or "Her"
	switch {
	case ws[0].lower == "the" && possessiveWord(ws[1].s):
		k = 2 // past "The mayor’s"
	case ws[0].lower == "the" || possessiveWord(ws[0].s) || possessiveDet[ws[0].lower]:
	default:
		return phrase{}, false
	}
	noun := -1
	for ; k < len(ws) && k <= 6; k++ {
		w := ws[k]
		if w.quote >= 0 || w.punct() || w.isCap() {
			break
		}
		isNoun := personNoun(w.lower) || titleWords[w.lower]
		if noun >= 0 && !isNoun || strings.HasSuffix(w.lower, "ed") || speechVerbs[w.lower] || objectVerbs[w.lower] || listenerVerbs[w.lower] || issueVerbs[w.lower] || makerVerbs[w.lower] {
			break // a verb, or a word past the person noun: "The mayor fired aide …"
		}
		if isNoun {
			noun = k
		}
	}
	if noun < 0 || noun+1 != k || k >= len(ws) {
		return phrase{}, false
	}
	run := k
	for run < len(ws) && run < k+3 && ws[run].quote < 0 && ws[run].isCap() && !possessiveWord(ws[run].s) && !stopCaps[ws[run].s] {
		run++
	}
	if run-k < 2 || run >= len(ws) {
		return phrase{}, false
	}
	name := joinWords(ws[k:run])
	// (a past tense in -ed or not: "brought", "took")
	if v := ws[run]; v.quote >= 0 || v.isCap() || v.punct() || objectPrepositions[v.lower] || conjunctions[v.lower] || determiners[v.lower] || strings.HasSuffix(v.lower, "ing") || !mayBePerson(name) || givenGender(name) == genderUnknown {
		return phrase{}, false
	}
	return phrase{text: name, kind: AttrNamed, start: ws[k].start, end: ws[run-1].end, i: k, j: run}, true
}

// describedName tells whether a named phrase is the name in apposition to
// a description before it (in the phrase, or before the comma the phrase
// opens after), the comma closing the name right before a word in lower
// case: "The envoy, Marc Lebrun, uttered a whisper"; not a name that an
// apposition of its own follows ("Ann Lowell, star of “…,” is").
func describedName(ws []word, ph phrase) bool {
	if ph.i >= len(ws) || ph.j+1 >= len(ws) || ws[ph.j].s != "," {
		return false
	}
	// the comma opening the apposition, after a description that a
	// determiner heads ("The envoy, Marc Lebrun,"; not "Across town,
	// Harbor Point, however,")
	opened := ph.i >= 2 && ws[ph.i-1].s == "," && determinerHeaded(ws, ph.i-1)
	for k := ph.i + 1; k < ph.j-1 && !opened; k++ {
		opened = ws[k].s == "," && determinerHeaded(ws, k)
	}
	if !opened {
		return false
	}
	if f := strings.Fields(ph.text); len(f) == 0 || ws[ph.j-1].quote >= 0 || ws[ph.j-1].s != f[len(f)-1] && !endsBeforeBody(ws, ph, f[len(f)-1]) {
		return false // the name must end the phrase, or its employer or place after "of" ("Sen. Dan Reyes of Ohio,")
	}
	v := ws[ph.j+1]
	return v.quote < 0 && !v.punct() && !v.isCap() && !appositionOpeners[v.lower] && !determiners[v.lower]
}

// determinerHeaded tells whether the words right before words[c] are a
// phrase with a word in lower case that a determiner or a possessive
// heads, within eight words ("The envoy", "his lawyer", "Mr. Reed’s
// campaign chairman", "the envoy to the United Nations"; not "Across
// town").
func determinerHeaded(ws []word, c int) bool {
	lower := false
	for k := c - 1; k >= 0 && k >= c-8; k-- {
		x := ws[k]
		if (possessiveDet[x.lower] || possessiveWord(x.s) || determiners[x.lower] && (k == 0 || !(objectPrepositions[ws[k-1].lower] || placePrepositions[ws[k-1].lower] || introOpeners[ws[k-1].lower] || ws[k-1].lower == "among" || ws[k-1].lower == "across"))) && lower {
			return true // (a determiner of a name inside, "the United Nations", reads on)
		}
		if x.punct() || x.quote >= 0 {
			return false
		}
		lower = lower || !x.isCap()
	}
	return false
}

func (a *Article) noteMention(name string, off int, subject bool) {
	a.addMention(mention{name: name, off: off, subject: subject, person: a.mayBePerson(name)})
}

// noteSurnameOf notes a subject mention of the surname name written
// alone, whose full name full the article gave only as an object or a
// possessor: of the gender full's given name tells, kept under the
// surname (the full name may be another of the family).
func (a *Article) noteSurnameOf(name, full string, off int) {
	a.addMention(mention{name: name, off: off, subject: true, person: a.mayBePerson(name), wgender: givenGender(full)})
}

// noteSubject notes the person of phrase ph acting in a clause as a
// subject that later pronouns may mean: the person it resolves to, or,
// for a full name not known yet that may be a person's, a new person.
func (a *Article) noteSubject(ph phrase) {
	if name, _ := a.resolveQuiet(ph); name != "" {
		a.noteWritten(name, a.writtenRun(ph), ph.start)
	} else if len(nameWords(ph.text)) >= 2 && mayBePerson(ph.text) {
		a.noteMention(a.addPerson(ph.text, ph.start).Name, ph.start, true)
	} else if full := a.fullOf[strings.ToLower(trimPossessive(ph.text))]; full != "" {
		// a surname alone whose full name the article gave once
		a.noteMention(a.addPerson(full, ph.start).Name, ph.start, true)
	}
}

// noteWritten notes a subject mention of the person name, written as
// written ("Clinton" for Hillary Clinton).
func (a *Article) noteWritten(name, written string, off int) {
	if written != name && !a.mayBePerson(name) && givenGender(written) != genderUnknown && mayBePerson(written) {
		// a given name makes a person of a name that alone reads as a
		// group's: "Mark Cuban", then "Cuban said"
		a.personish[name] = true
	}
	g := writtenGender(written)
	if g == genderUnknown && written != name {
		// a given name written with the surname the article knows the
		// person by tells the mention's gender: "Dan Kemp" where only
		// "Kemp said" named a person
		g = givenGender(written)
	}
	a.addMention(mention{name: name, off: off, subject: true, person: a.mayBePerson(name), written: written, wgender: g})
}

// notePossessor notes the person name, written as written, as a
// sentence's subject read from a possessor ("Reed’s plan seemed sad"):
// flagged, so that no other of the family is taken for it.
func (a *Article) notePossessor(name, written string, off int) {
	a.addMention(mention{name: name, off: off, subject: true, person: a.mayBePerson(name), written: written, wgender: writtenGender(written), possessor: true})
}

// writtenRun is a named phrase as the text writes it: with the
// capitalised words right before it that the phrase reader left out
// ("Donald Trump" where a cue read "Trump said"), so that a bare surname is
// told from a full name. It takes in no word of the sentence before:
// where the surname repeats the word that ends that sentence, the full
// name that sentence closed on is the one written ("… met Tom Reed. Reed
// said" is "Tom Reed"); where it does not, the surname is written alone
// ("… met Tom Reed. Lowell said" is "Lowell", no man; "… grew up in
// Salem. Reed said" is "Reed", a bare surname).
func (a *Article) writtenRun(ph phrase) string {
	text := a.Doc.Text
	start, end := ph.start, ph.end
	for n := 0; n < 3; n++ {
		if start < 2 || text[start-1] != ' ' {
			break
		}
		w := start - 1
		for w > 0 && (isNameByte(text[w-1]) || text[w-1] >= 0x80) {
			w--
		}
		if w == start-1 {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[w:])
		if !unicode.IsUpper(r) || stopCaps[strings.TrimRight(text[w:start-1], ".")] {
			break
		}
		if wd := strings.TrimSuffix(text[w:start-1], "."); len(wd) < start-1-w && endsSentence(text, start-1, ph.end, wd) {
			f := strings.Fields(trimPossessive(ph.text))
			if end != ph.end || len(f) == 0 || !strings.EqualFold(wd, f[len(f)-1]) {
				break
			}
			end = start - 2
		}
		start = w
	}
	if end <= start || ph.end > len(text) {
		return ph.text
	}
	return text[start:end]
}

func isNameByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '.' || b == '-' || b == '\''
}

// addMention keeps the mentions in order of offset (of equal offsets, in
// the order noted), and each name's offsets in order, so that the latest
// mention before a place is found from there back, not by reading every
// mention: an article of 20,000 quotes notes as many.
func (a *Article) addMention(m mention) {
	if m.person && pluralNounName(m.name) && !a.proper[strings.ToLower(m.name)] {
		// a plural person noun read as a name at the head of a sentence
		// ("Friends offered …", "Aides said …") is many people, not one
		// a later "he" or "she" means
		m.person = false
	}
	i := len(a.mentions)
	if i > 0 && a.mentions[i-1].off > m.off {
		i = sort.Search(len(a.mentions), func(k int) bool { return a.mentions[k].off > m.off })
	}
	a.mentions = slices.Insert(a.mentions, i, m)
	if a.mentionsOf == nil {
		a.mentionsOf = map[string][]int{}
	}
	offs := a.mentionsOf[m.name]
	j := len(offs)
	if j > 0 && offs[j-1] > m.off {
		j = sort.SearchInts(offs, m.off+1)
	}
	a.mentionsOf[m.name] = slices.Insert(offs, j, m.off)
	if m.person && m.subject && !m.other {
		if a.subjectCount == nil {
			a.subjectCount = map[string]int{}
		}
		a.subjectCount[m.name]++
		if a.top == "" || a.subjectCount[m.name] > a.subjectCount[a.top] {
			a.top = m.name
		}
	}
}

func (a *Article) lastMention(at int) (string, bool) {
	return a.lastMentionAgreeing(at, genderUnknown)
}

// pluralNounName tells whether a name is one word, a person noun or a
// title in the plural, or a rough count of people: "Critics", "Aides",
// "Thousands" ("Thousands protested outside the hall").
func pluralNounName(name string) bool {
	if strings.ContainsAny(name, " .") {
		return false
	}
	w := strings.ToLower(name)
	return strings.HasSuffix(w, "s") && (personNoun(w) || titleWords[w] || titleWords[strings.TrimSuffix(w, "s")] || countNouns[w])
}

// lastMentionAgreeing is the latest subject before at whose gender, where
// the article tells it, agrees with g.
func (a *Article) lastMentionAgreeing(at, g int) (string, bool) {
	return a.lastMentionWhere(at, g, nil)
}

// lastMentionWhere is lastMentionAgreeing of the subjects skip does not
// rule out.
func (a *Article) lastMentionWhere(at, g int, skip func(name string) bool) (string, bool) {
	// the people by name, the first of a name as a.People has it (none
	// where the pronoun tells no gender)
	person := func(name string) *Person {
		if g == genderUnknown {
			return nil
		}
		return a.firstNamed(name)
	}
	// the latest mention before at that qualifies; of several at one
	// offset, the first noted; no further back than maxMentionsBack
	end := sort.Search(len(a.mentions), func(k int) bool { return a.mentions[k].off >= at })
	best, bestOff := "", -1
	bounded := "" // the latest person a relative clause acted in, its sentence over
	for k := end - 1; k >= 0 && k >= end-maxMentionsBack; k-- {
		m := a.mentions[k]
		if best != "" && m.off < bestOff {
			break
		}
		if m.until > 0 && at >= m.until && m.from == 0 && bounded == "" && !m.other && m.subject && m.person && g != genderUnknown && (m.wgender == genderUnknown || m.wgender == g) &&
			(skip == nil || !skip(m.name)) {
			if p := person(m.name); p == nil || p.gender() == genderUnknown || p.gender() == g {
				bounded = m.name
			}
		}
		if !m.subject || !m.person || m.until > 0 && at >= m.until || skip != nil && skip(m.name) || m.other && g == genderUnknown {
			continue
		}
		if m.from > 0 && (at < m.from || g == genderUnknown) { // (a written gender that disagrees is passed over below)
			continue
		}
		name := m.name
		if otherGender(g, m.wgender) {
			// the honorific the mention is written with tells its gender,
			// whatever person the surname was matched to ("Mrs. Kemp" where
			// the article also names Mr. Kemp)
			continue
		}
		if p := person(name); p != nil && p.gender() != genderUnknown && p.gender() != g {
			// "Clinton herself … she": another person the name as
			// written may be, whose gender agrees
			name = ""
			for _, o := range a.peopleSharing(m.written) {
				if m.written != "" && o.Name != m.name && o.gender() == g && a.sameName(o.Name, m.written) {
					name = o.Name
					break
				}
			}
			if name == "" && bounded != "" {
				// a person a relative clause since acted in, whose gender
				// does not disagree, before another of the family
				name = bounded
			}
			if name == "" && m.written != "" && !m.possessor && !strings.Contains(m.written, " ") && !p.honorific && givenGender(p.Name) != genderUnknown {
				// a bare surname in the text whose full name gave the
				// gender by a given name only: another of the family
				// ("Tom Reed" named once, then "Reed … she"),
				// unless a subject just before is a person the article
				// tells is of that gender ("Reed shook hands. Lowell
				// stayed in the car. “…,” he said" is Tom Reed), or one
				// was named in any role since the full name (see
				// namedOfGenderNear; givenNamedIn, of a full name the
				// article made no person of)
				name = m.written
				if o, ok := a.agreeingJustBefore(k, g, p.Name, person); ok && (skip == nil || !skip(o)) {
					name = o
				} else if o, ok := a.namedOfGenderNear(a.lastMentionOf(p.Name, m.off), at, g, m.off); ok && (skip == nil || !skip(o)) {
					name = o
				} else if o, ok := a.namedOfGenderNear(a.mentionBeforeClause(p.Name, m.off), at, g, m.off); ok && (skip == nil || !skip(o)) &&
					// (past the mention the subject's cue noted in its own
					// clause, of a person the pronoun's paragraph names)
					!strings.Contains(a.Doc.Text[max(0, a.lastMentionOf(o, at)):at], "\n") {
					name = o
				} else if o, ok := a.givenNamedIn(a.lastMentionOf(p.Name, m.off), m.off, g); ok && (skip == nil || !skip(o)) {
					name = o
				}
			}
			if name == "" {
				continue
			}
		}
		best, bestOff = name, m.off
		if p := person(name); g == genderFemale && m.wgender == genderUnknown && (p == nil || p.gender() == genderUnknown) {
			// "she" after a subject whose gender the article never tells
			// means a woman it named since in another role ("Kemp praised
			// Ann Lowell. “…,” she said" is Lowell): news copy names more
			// men than women, so a subject of no told gender is weaker
			// evidence than a told woman; "he" keeps the subject (taking
			// a told man named since lowers the figures), though not a
			// woman named only in a role no mention notes (noteNamed:
			// taking her over the subject lowered them too)
			if o, ok := a.namedOfGenderNear(m.off, at, g, at); ok && (skip == nil || !skip(o)) {
				best = o
			}
		}
	}
	return best, best != ""
}

// givenNamedIn is the full name written last between from and to (not
// further back than maxGenderNear) with a given name of gender g, that
// the article made no person of: a woman named only as an object
// ("Mayor Tom Reed met Ann Lowell. Reed shook hands. “…,” she said" is
// Lowell, not another Reed), whom namedOfGenderNear, reading people
// only, does not see. The two words are a name of their own: not after
// an article ("the Rose Garden", "the Ann Lowell statue") nor before
// another capitalised word but a date ("Omar Haddad Square", "Lake Mary
// High School"; "met Ann Lowell Monday" is Lowell).
func (a *Article) givenNamedIn(from, to, g int) (string, bool) {
	const trailing = ".,;:!?)”’\"'" // punctuation after a word
	f := strings.Fields(a.Doc.Text[max(0, from, to-maxGenderNear):to])
	for k := len(f) - 2; k >= 0; k-- {
		given, sn := f[k], trimPossessive(strings.TrimRight(f[k+1], trailing))
		if !(word{s: given}).isCap() || !(word{s: sn}).isCap() || strings.ContainsAny(given, trailing+"“‘(") || strings.ContainsAny(sn, trailing+"“‘(") {
			continue
		}
		if k > 0 && slices.Contains([]string{"the", "a", "an"}, strings.ToLower(f[k-1])) ||
			sn == f[k+1] && k+2 < len(f) && (word{s: f[k+2]}).isCap() && !dateCaps[strings.TrimRight(f[k+2], trailing)] {
			continue
		}
		full := given + " " + sn
		if givenGender(full) != g || !mayBePerson(full) || a.firstNamed(full) != nil {
			continue
		}
		return full, true
	}
	return "", false
}

// maxGenderNear is how far back (in bytes) namedOfGenderNear looks: a few
// sentences.
const maxGenderNear = 800

// namedOfGenderNear is the person of gender g, as the article tells it by
// an honorific, a noun or a given name, it named last before at in any role,
// after since (the full name of the family the pronoun's subject is of)
// and not further back than maxGenderNear: whom a pronoun of that gender
// means before another of the subject's family ("Mayor Tom Reed sparred
// with Ann Lowell. ¶ “…,” Reed said as she shouted" is Lowell, not a
// second Reed; "Lena Ortiz spoke. ¶ Bill Park campaigned. ¶ Park spoke.
// “…,” she said" is another Park). A name in a role no mention notes (an
// object, a possessor, "the remarks Lowell made": noteNamed) counts past
// anyFrom only, the subject the pronoun would otherwise take: "Reed
// praised the remarks Ann Lowell made. When she …" is Lowell, but one
// named before that subject is not taken over another of its family.
func (a *Article) namedOfGenderNear(since, at, g, anyFrom int) (string, bool) {
	best, bestOff := "", -1
	for _, p := range a.People {
		off := p.firstMention
		if offs := a.mentionsOf[p.Name]; len(offs) > 0 {
			if i := sort.SearchInts(offs, at); i > 0 {
				off = max(off, offs[i-1])
			}
		}
		if off >= at || off <= since || p.gender() != g {
			off = -1
		}
		if anyFrom < at {
			// a name in any role past anyFrom (noteNamed), of a surname
			// alone too whose one full name tells the gender ("Ann Lowell
			// is weighing her choice. … the remarks Lowell made")
			offs := a.namedAt[p.Name]
			if i := sort.SearchInts(offs, at); i > 0 && offs[i-1] > max(off, anyFrom) && a.toldGender(p) == g {
				off = offs[i-1]
			}
		}
		if off < 0 || off < at-maxGenderNear || off <= bestOff {
			continue
		}
		best, bestOff = p.Name, off
	}
	return best, best != ""
}

// toldGender is the gender of person p, or for a surname alone of no
// told gender, the gender the given name of the one full name the article
// writes it with tells (fullOf: "Ann Lowell" for "Lowell").
func (a *Article) toldGender(p *Person) int {
	if g := p.gender(); g != genderUnknown || strings.Contains(p.Name, " ") {
		return g
	}
	return givenGender(a.fullOf[strings.ToLower(p.Name)])
}

// noteNamed notes where the sentence ws names a person the article knows,
// in any role: an object, after a preposition, a possessor, the subject of
// a reduced relative clause ("Miners still resent the remarks Ann Lowell
// made. When she …"; "… the remarks by Lowell"). No mention: only
// namedOfGenderNear reads them, for a pronoun whose gender the subject
// before it contradicts, so that "she" is the woman named there, not
// another of a man's family the article never names. A name
// several people share ("Lowell": Ann and Tom) is noted for each, the
// pronoun's gender telling them apart.
func (a *Article) noteNamed(ws []word) {
	for i := 0; i < len(ws); i++ {
		if ws[i].quote >= 0 || !ws[i].isCap() {
			continue
		}
		ph, ok := a.personAt(ws, i)
		if !ok || ph.kind != AttrNamed || ph.j <= i {
			continue
		}
		text := possessiveSplit(ph.text)
		for _, p := range a.peopleSharing(text) {
			if !a.sameName(p.Name, text) {
				continue
			}
			if a.namedAt == nil {
				a.namedAt = map[string][]int{}
			}
			offs := a.namedAt[p.Name]
			if n := len(offs); n == 0 || offs[n-1] < ph.start {
				a.namedAt[p.Name] = append(offs, ph.start)
			}
		}
		i = ph.j - 1
	}
}

// maxFamilyBack is how many mentions before a subject of the other
// gender a pronoun looks for the subject before it, before taking the
// subject's surname for another of the family.
const maxFamilyBack = 4

// agreeingJustBefore is the person of the subject mention nearest before
// mention k (among the maxFamilyBack before it) when the article tells
// their gender as g, by an honorific or a given name. Earlier mentions of
// name, the person mention k was matched to, are passed over within
// mention k's paragraph, and the subject found past them must stand in
// it: in "Ann Lowell won. Tom Reed came second. Reed did not concede.
// “…,” she said" the subject before Reed is Lowell, not Tom Reed again,
// but "Lena Ortiz spoke. ¶ Bill Park campaigned. ¶ Park spoke. “…,” she
// said" is another Park.
func (a *Article) agreeingJustBefore(k, g int, name string, person func(string) *Person) (string, bool) {
	passed := false // a subject mention of name passed over
	for j := k - 1; j >= 0 && j >= k-maxFamilyBack; j-- {
		m := a.mentions[j]
		if !m.subject || !m.person || m.other || m.until > 0 || m.from > 0 {
			continue
		}
		if m.name == name || passed {
			if strings.Contains(a.Doc.Text[m.off:a.mentions[k].off], "\n") {
				return "", false
			}
			if m.name == name {
				passed = true
				continue
			}
		}
		if m.wgender == g {
			return m.name, true
		}
		if p := person(m.name); p != nil && p.gender() == g && m.wgender == genderUnknown {
			return m.name, true
		}
		return "", false
	}
	return "", false
}

// describedSubject is the name in apposition after a description that
// heads a sentence, when a verb follows the name's closing comma:
// "the other candidate on the stage, former mayor Lena Park, drew".
func (a *Article) describedSubject(ws []word, ph phrase) (phrase, bool) {
	if first, _, _ := strings.Cut(strings.ToLower(ph.text), " "); first != "the" && !indefinite[first] {
		return phrase{}, false // not "his spokesman"
	}
	return a.nameInApposition(ws, ph.j)
}

// possessorAideSubject is the name in apposition after a possessor's aide
// heading a sentence, when a verb follows the name's closing comma: "Mr.
// Reed’s campaign chairman, Dan Kemp, dismissed …". ph is the possessor,
// read as the sentence's subject.
func (a *Article) possessorAideSubject(ws []word, ph phrase) (phrase, bool) {
	if ph.j <= ph.i || !possessiveWord(ws[ph.j-1].s) {
		return phrase{}, false
	}
	for k := ph.j; k < len(ws) && k <= ph.j+3; k++ {
		if w := ws[k]; w.quote >= 0 || w.isCap() || w.punct() {
			break
		}
		if humanNoun(ws[k].lower) {
			return a.nameInApposition(ws, ph.j)
		}
	}
	return phrase{}, false
}

// nameInApposition is the name set off by commas after a description
// that ends at words[j] or runs on a few words after it, when a verb
// follows the name's closing comma.
func (a *Article) nameInApposition(ws []word, j int) (phrase, bool) {
	for k := j; k < len(ws) && k <= j+maxDescribedGap; k++ {
		if ws[k].quote >= 0 || ws[k].punct() && ws[k].s != "," {
			break
		}
		if ws[k].s != "," {
			continue
		}
		nm, ok := a.personAt(ws, k+1)
		if !ok || nm.kind != AttrNamed {
			nm, ok = a.nameBeforeComma(ws, k+1)
		}
		if ok && nm.kind == AttrNamed && nm.j < len(ws) && ws[nm.j].s != "," {
			// the name's employer after it: "Dan Kemp of Harbor College,"
			if e := bodyAfterOf(ws, nm.j); e > 0 {
				nm.j = e
			}
		}
		if ok && nm.kind == AttrNamed && nm.j+1 < len(ws) && ws[nm.j].s == "," {
			if v := ws[nm.j+1]; v.quote < 0 && !v.punct() && !v.isCap() && !appositionOpeners[v.lower] && !determiners[v.lower] {
				return nm, true
			}
		}
		break
	}
	return phrase{}, false
}

// nameBeforeComma reads a title and a name from words[i] to the next comma
// ("former Secretary of State Lena Park,"): the last two or three
// capitalised words before the comma, when they are a person the article
// names or a full name.
func (a *Article) nameBeforeComma(ws []word, i int) (phrase, bool) {
	c := i
	for c < len(ws) && c < i+maxAppositionGap && ws[c].s != "," {
		if ws[c].quote >= 0 || ws[c].punct() {
			return phrase{}, false
		}
		c++
	}
	if c >= len(ws) || ws[c].s != "," {
		return phrase{}, false
	}
	for n := 3; n >= 2; n-- {
		if c-n < i {
			continue
		}
		run := ws[c-n : c]
		caps := true
		for _, w := range run {
			caps = caps && w.isCap() && !stopCaps[w.s]
		}
		if !caps {
			continue
		}
		ph := phrase{text: joinWords(run), kind: AttrNamed, start: run[0].start, end: run[n-1].end, i: c - n, j: c}
		if _, known := a.resolveQuiet(ph); known {
			return ph, true
		}
	}
	return phrase{}, false
}

// maxDescribedGap is how many words a description heading a sentence may
// run on for before the comma of a name in apposition ("the other
// candidate on the stage, …").
const maxDescribedGap = 6

// endsInComma tells whether a quotation ends with a comma inside its
// marks ("as “Medicare for all,” Park said"): the comma closes the clause
// the quotation is in.
func (a *Article) endsInComma(qi int) bool {
	inner := strings.TrimRight(a.Doc.Text[a.raw[qi].open:a.raw[qi].close], "”\"»」』'’ ")
	return strings.HasSuffix(inner, ",")
}

// commaAfterQuote tells whether a comma closes the quotation at words[i],
// inside its marks or right after them.
func (a *Article) commaAfterQuote(ws []word, i int) bool {
	return i+1 < len(ws) && (a.endsInComma(int(ws[i].quote)) || ws[i+1].s == ",")
}

// clauseJoiners join a clause with a subject of its own to a sentence
// after a comma.
var clauseJoiners = setOf(`but while whereas although though yet`)

// joinedSubjects are the named subjects of clauses joined on after a comma
// by a conjunction (clauseJoiners): a name, perhaps with an apposition or a
// relative clause between commas after it, then a finite verb in lower
// case.
func (a *Article) joinedSubjects(ws []word) []phrase {
	var out []phrase
	for k := 1; k+3 < len(ws); k++ {
		if ws[k].s == ";" && ws[k+1].isCap() && ws[k+1].quote < 0 {
			// a clause after a semicolon has a subject of its own: "Reed
			// wants a toll; Lowell wants none"
			if ph, ok := a.personAt(ws, k+1); ok && ph.kind == AttrNamed && ph.j < len(ws) && possessiveSplit(ph.text) == ph.text {
				if v := ws[ph.j]; v.quote < 0 && !v.isCap() && finiteVerb(v.lower) {
					out = append(out, ph)
				}
			}
			continue
		}
		if ws[k].s != "," || !clauseJoiners[ws[k+1].lower] && ws[k+1].lower != "and" {
			// "while" and "whereas" join a clause with no comma too
			// ("Reed held a rally while Lowell hosted a dinner")
			if !(ws[k+1].lower == "while" || ws[k+1].lower == "whereas") || ws[k].punct() || ws[k].quote >= 0 {
				continue
			}
		}
		// past an adverb of time: "…, and since then Reyes has seen"
		h := k + 2
		if h+1 < len(ws) && ws[h].lower == "since" && ws[h+1].lower == "then" {
			h += 2
		} else if h < len(ws) && (ws[h].lower == "then" || ws[h].lower == "now" || ws[h].lower == "later" || ws[h].lower == "soon") {
			h++
		}
		if h+1 >= len(ws) {
			continue
		}
		ph, ok := a.personAt(ws, h)
		if !ok || ph.kind != AttrNamed || ph.j >= len(ws) || possessiveSplit(ph.text) != ph.text {
			continue
		}
		if ws[k+1].lower == "and" && !a.quietKnown(ph) && givenGender(ph.text) == genderUnknown {
			// after "and", only a person the article named or a full name
			// with a given name: not "…, and the Harbor Accord will"
			continue
		}
		v := ws[ph.j]
		if v.quote < 0 && !v.isCap() && finiteVerb(v.lower) || v.s == "," && appositionThenVerb(ws, ph.j) {
			out = append(out, ph)
		}
	}
	return out
}

// maxMentionsBack is how many mentions back a pronoun looks for one that
// agrees with it: a pronoun no mention agrees with would otherwise read
// them all, in an article of thousands of quotes.
const maxMentionsBack = 1000

// lastMentionOf is the offset of the latest mention of the person name
// before at (their first mention counts too), or -1.
func (a *Article) lastMentionOf(name string, at int) int {
	best := -1
	if offs := a.mentionsOf[name]; len(offs) > 0 {
		if i := sort.SearchInts(offs, at); i > 0 {
			best = offs[i-1]
		}
	}
	for _, i := range a.byName[name] {
		if p := a.People[i]; p.Name == name && p.firstMention < at && p.firstMention > best {
			best = p.firstMention
		}
	}
	return best
}

// mentionBeforeClause is the offset of the latest mention of the person
// name before at, passing over one of at's own clause: a cue notes its
// subject where the name stands and again at its speech verb, so that in
// "Mayor Tom Reed met Ann Lowell. Reed called the plan “reckless.”" the
// mention before the one at "called" is "Mayor Tom Reed", not "Reed".
func (a *Article) mentionBeforeClause(name string, at int) int {
	off := a.lastMentionOf(name, at)
	if off >= 0 && len(strings.Fields(a.Doc.Text[off:at])) == 1 {
		off = a.lastMentionOf(name, off)
	}
	return off
}

// subjectBefore finds who speaks with the speech verb at words[v]: the person
// phrase just before it (allowing an apposition or adverb between), else the
// subject at the head of the sentence.
func (a *Article) subjectBefore(ws []word, v int) (phrase, bool) {
	// participles (saying, adding) take the sentence subject
	participle := strings.HasSuffix(ws[v].lower, "ing")
	// an infinitive takes the subject of the verbs before it: "Mr. Trump
	// was prompted to say", "Clinton went on to tell", split or not ("to
	// further explain")
	to := v - 1
	for to >= 2 && (strings.HasSuffix(ws[to].lower, "ly") || ws[to].lower == "further" || ws[to].lower == "also") {
		to--
	}
	if to >= 1 && ws[to].lower == "to" && !participle {
		for e := to - 1; e >= 0 && e >= to-4; e-- {
			if ph, ok := a.personEndingAt(ws, e); ok {
				if ph.i > 0 && (objectPrepositions[ws[ph.i-1].lower] || wishVerbs[ws[ph.i-1].lower]) {
					// the object of a preposition ("took to Twitter to
					// say"), or of a verb of wishing or asking, whose
					// words are wished for, not said ("would like Reed
					// to say", "urged Lowell to explain"): the subject
					// stands before it
					e = ph.i
					continue
				}
				return ph, true
			}
			// (a verb of wishing that is also one of speech, "urged",
			// is passed over to the subject before it)
			if w := ws[e]; w.quote >= 0 || w.punct() || speechVerbs[w.lower] && !wishVerbs[w.lower] {
				break
			}
		}
	}
	// a relative clause: "…, Mr. Sanders, who said he …"; the person is
	// the name right before ", who" (an adverb may stand before the verb)
	w := v - 1
	for w > 0 && (isAdverb(ws[w].lower) || auxiliaries[ws[w].lower]) && ws[w].lower != "who" {
		w--
	}
	if w >= 2 && ws[w].lower == "who" && ws[w-1].s == "," && !participle {
		for k := max(0, w-7); k < w-1; k++ {
			if ph, ok := a.personAt(ws, k); ok && ph.j == w-1 && ph.kind == AttrNamed {
				return a.nameBeforePlace(ws, ph), true
			}
		}
	}
	// or with no comma: "a post from Ann Lowell who wrote, “…”"
	if w >= 1 && ws[w].lower == "who" && ws[w-1].isCap() && !participle {
		for k := max(0, w-4); k < w; k++ {
			if ph, ok := a.personAt(ws, k); ok && ph.j == w && ph.kind == AttrNamed && a.isPersonName(ph, ws, true) && (len(nameWords(ph.text)) >= 2 || a.quietKnown(ph)) {
				return ph, true
			}
		}
	}
	// a description before "who": "a lecture from the harbor master,
	// who said …", "a street magician who promises that …"
	if w >= 1 && ws[w].lower == "who" && !participle {
		if ph, ok := a.relativeDescription(ws, w); ok {
			return ph, true
		}
	}
	// inversion after a comma: ", said Secretary Blinken"; not "calling
	// Rubio’s plan …" nor ", said Republicans are …" (an object clause)
	if (v > 0 && ws[v-1].s == "," || v > 0 && ws[v-1].quote >= 0) && !listenerVerbs[ws[v].lower] && !objectVerbs[ws[v].lower] && !participle {
		if ph, ok := a.personAt(ws, v+1); ok && endsClause(ws, ph.j) && !a.subjectOfQuote(ws, ph.j) && (ph.kind != AttrNamed || a.isPersonName(ph, ws, true)) {
			return ph, true
		}
	}
	if !participle && v > 0 && ws[v-1].s == "," {
		// the head of the sentence set off by an apposition that runs to
		// the verb speaks, whoever the apposition names: "Marco Rubio,
		// whose hometown, Miami, is …, argues"
		if ph, ok := a.sentenceSubject(ws, v, true); ok && (ph.i == 0 || ph.i == 1 && conjunctions[ws[0].lower]) && ph.j < v && ws[ph.j].s == "," && gapOK(ws[ph.j:v]) {
			return ph, true
		}
	}
	// a cue set off by commas inside a sentence the quote goes on with
	// ("Lowell, a top aide said, “is very confident”") is no apposition
	parenthetical := v+2 < len(ws) && ws[v+1].s == "," && a.subjectOfQuote(ws, v+2)
	if v > 0 && !participle && ws[v-1].s != "," && !parenthetical {
		// an apposition whose closing comma the copy left out: "Katie
		// Packer, who is chairman of Our Principles Pac said", "Sam Lau,
		// the communications director for the Iowa Democratic Party said"
		if ph, ok := a.sentenceSubject(ws, v, true); ok && (ph.i == 0 || ph.i == 1 && conjunctions[ws[0].lower]) && ph.kind == AttrNamed &&
			ph.j+1 < v && ws[ph.j].s == "," && appositionOpeners[ws[ph.j+1].lower] && v-ph.j <= maxAppositionGap && plainGap(ws[ph.j+1:v]) {
			return ph, true
		}
	}
	if !participle {
		// far enough back to reach a subject before a long apposition
		// ("Hugh Hill, a doctor at the clinic who treated him, said")
		dl := datelineEnd(ws)
		t := timeStart(ws, v) // a phrase of time right before the verb: "City officials on Monday said"
		for k := v - 1; k >= dl && k >= v-maxAppositionGap-2; k-- {
			if ws[k].quote >= 0 {
				break
			}
			if ph, ok := a.personAt(ws, k); ok && ph.j <= v {
				if ph.kind == AttrNamed {
					if d, found := a.quantifiedGroup(ws, ph); found {
						ph = d // "Some Democrats say": people unnamed, not the party
					}
				}
				if s := ph.i; ph.kind == AttrNamed && ph.j < v && personNouns[ws[ph.j].lower] && (s == dl || ws[s-1].punct() || ws[s-1].quote >= 0 || conjunctions[ws[s-1].lower]) &&
					(ph.j+1 >= t || onlyAdverbs(ws[ph.j+1:t])) {
					// the noun the name modifies heads the subject, right
					// before the verb or a phrase of time before it: "City
					// officials said", "Reed aides on Monday said" are
					// neither the city nor Reed
					return phrase{text: joinWords(ws[s : ph.j+1]), kind: AttrDescription, start: ws[s].start, end: ws[ph.j].end, i: s, j: ph.j + 1}, true
				}
				if ph.kind == AttrNamed && !a.isPersonName(ph, ws, ph.j == v || ws[ph.j].s == "," || onlyAdverbs(ws[ph.j:v])) {
					continue
				}
				if ph.kind == AttrNamed && k == dl && ph.j == k+1 && ph.j < v && ws[ph.j].s == "," && introWord(ws[k].lower) && !a.isPersonName(ph, ws, false) {
					// a word opening the sentence before a comma is an
					// introductory adverb, not the person the apposition
					// after it runs to the speech word from: "Earlier,
					// Dan Kemp, a pilot charged in the case, was freed"
					continue
				}
				if ph.kind != AttrPronoun && ph.j == v {
					// the name or description is the object of the
					// description heading the clause: "A spokesman for
					// candidate Ann Lowell called", "a columnist for the
					// news site Harbor said", "A senior aide to the
					// governor said"
					if d, ok := a.ofDescription(ws, ph.i); ok {
						return d, true
					}
				}
				// (unless the cue is set off by commas inside a sentence
				// the quote goes on with)
				if k > 0 && ws[k-1].s == "," && !(parenthetical && ph.j == v) && (indefinite[ws[k].lower] && (ph.j < v || k < 2 || ws[k-2].isCap() || ws[k-2].quote >= 0) || ph.kind == AttrDescription && ph.j < v) {
					continue // an apposition describing the subject: "Tad Devine, a media adviser, said"; "Tom Fitton, the president of Judicial Watch, a group …, said"
				}
				if ph.kind == AttrNamed && ph.j < v && personNouns[ws[ph.j].lower] {
					continue // a name that modifies a person noun: "she is a Reed supporter but concedes"
				}
				if k > 0 && ph.j < v && ph.kind == AttrNamed && orgName(ph.text) {
					continue // an organisation inside an apposition: "Senator Richard Shelby, who heads the Senate Banking Committee, which …, said"
				}
				if k > 0 && objectPrepositions[ws[k-1].lower] && possessiveDet[ws[k].lower] {
					continue // the object of a preposition: "an email to his supporters notes"
				}
				if k > 0 && objectPrepositions[ws[k-1].lower] && ph.j < v {
					continue // the object of a preposition in an apposition: "who worked for Sen. Lamar Alexander, …, called"
				}
				if k > 0 && ph.j+1 == v && ws[ph.j].lower == "and" && !ws[k-1].punct() && ws[k-1].quote < 0 && !conjunctions[ws[k-1].lower] {
					continue // the object of the verb before "and": "Lowell praised Mayor Reed and said"
				}
				r := k // the start of the run of capitalised words the phrase begins in
				for r > 0 && ws[r-1].isCap() && ws[r-1].quote < 0 && !stopCaps[ws[r-1].s] {
					r--
				}
				// (a pronoun is no place: "…, the year she moved to
				// Salem, she explained")
				if ph.kind != AttrPronoun && r >= 3 && ws[r-1].s == "," && ws[r-2].isCap() && placePrepositions[ws[r-3].lower] {
					continue // the state of a place: "Stacy Baker of Columbia, South Carolina says"
				}
				if afterPlacePreposition(ws, k, ph.j < v && ws[ph.j].s == ",") || r < k && r > 0 && placePrepositions[ws[r-1].lower] ||
					r > 1 && ws[r-1].lower == "the" && placePrepositions[ws[r-2].lower] {
					// a place in the apposition: "Brianne Stone, 29, of
					// Huntsville, Ala., says"; or the end of a place of
					// several words after the name: "Tom Reed of North
					// Dakota said" is not Dakota; nor is a body named
					// with its article: "Tom Reed of The Ledger wrote"
					continue
				}
				// between phrase end and verb: adverbs or a bracketed apposition
				// only, or the comma closing an apposition the phrase is part
				// of ("Trump’s attorney, Alan Garten, said")
				if gapOK(ws[ph.j:v]) || v == ph.j+1 && ws[ph.j].s == "," && appositive(ws, ph) {
					return ph, true
				}
			}
		}
	}
	if participle && v > 1 && ws[v-1].s == "," {
		// ", Mr. Manafort said, adding …" and ", said Spicer, adding
		// …": the participle goes on from the speech verb's clause
		if pastSpeechVerb(ws[v-2].lower) {
			if ph, ok := a.subjectBefore(ws, v-2); ok {
				return ph, true
			}
		}
		for k := v - 2; k >= 0 && k >= v-7; k-- {
			if pastSpeechVerb(ws[k].lower) {
				// (after a verb whose object is the one spoken of or to,
				// that person is its object unless the verb is inverted:
				// "Reed praised Ann Lowell, saying …" is Reed's)
				inverted := k == 0 || ws[k-1].quote >= 0 || ws[k-1].s == "," && k >= 2 && ws[k-2].quote >= 0
				if !inverted && (objectVerbs[ws[k].lower] || listenerVerbs[ws[k].lower]) {
					break
				}
				if ph, ok := a.personAt(ws, k+1); ok && ph.j == v-1 && (ph.kind != AttrNamed || a.isPersonName(ph, ws, true)) {
					return ph, true
				}
				break
			}
		}
	}
	if participle && v > 0 && ws[v-1].s != "," {
		// a person right before the participle does it: "footage of
		// Kemp saying, “…”", "…, with Tom Reed tweeting that “…”",
		// past adverbs too: "the news of Ann Lowell quietly saying “…”"
		for k := v - 1; k >= 0 && k >= v-4; k-- {
			if ph, ok := a.personAt(ws, k); ok && (ph.j == v || ph.j < v && onlyAdverbs(ws[ph.j:v])) && ph.kind == AttrNamed && a.isPersonName(ph, ws, true) && k > 0 && (ws[k-1].lower == "of" || ws[k-1].lower == "with") {
				return ph, true
			}
		}
		// a group after "with" does it: "…, with many marchers and
		// spectators chanting “…”"
		if ph, ok := withGroup(ws, v); ok {
			return ph, true
		}
	}
	// the head of the sentence speaks: a full name or a name set off by an
	// apposition is a person even when nothing else says so ("Michael
	// Demastus, pastor of …, said:"); a lone capitalised word must be
	// known as one ("Critics have called …" names nobody)
	if participle && v > 1 && documentNouns[ws[v-1].lower] {
		// a document's participle speaks for the document: "after the
		// newspaper’s editorial telling him to leave …"
		if ph, ok := documentPhrase(ws, v-1); ok {
			return ph, true
		}
	}
	if participle && v > 1 && ws[v-1].s == "," && chantParticiples[ws[v].lower] && !(v+1 < len(ws) && ws[v+1].s == ":") {
		// a crowd's participle after a clause joined on with a subject of
		// its own goes on from that clause: "Reed spoke downtown, where
		// 50 dockers had gathered, chanting …"; not a speaker's "saying"
		// ("Reed spoke, as the union cheered, saying: “…”")
		if ph, ok := a.joinedClauseSubject(ws, v); ok {
			return ph, true
		}
	}
	if participle && v >= 3 && ws[v-1].lower == "as" {
		// "A brief note quoted the head nurse as saying “…”": the message
		// that quotes reports the words
		if ph, ok := quotingMessage(ws, v-1); ok {
			return ph, true
		}
	}
	if !participle && v > 0 {
		// a description whose phrase after it names no person runs to
		// the verb: "People familiar with the talks said"
		if d, found := a.ofDescription(ws, v-1); found {
			return d, true
		}
	}
	ph, ok := a.sentenceSubject(ws, v, true)
	if !ok && participle {
		// a message's participle speaks for whoever sent it, a subject no
		// person phrase heads: "His office put out a statement saying
		// …", "the campaign sent a text message to supporters saying"
		if iv := issuingVerb(ws, v); iv > 0 {
			return a.nounSubject(ws, iv)
		}
	}
	if ok {
		if d, found := a.possessorsAide(ws, ph, v); found {
			return d, true
		}
	}
	if ok && !participle && ph.kind == AttrNamed && !a.isPersonName(ph, ws, false) &&
		len(nameWords(ph.text)) < 2 && !(ph.j < len(ws) && ws[ph.j].s == ",") && !a.proper[ws[ph.i].lower] {
		return phrase{}, false
	}
	return ph, ok
}

// possessorsAide is the description of an aide that a named possessor ph
// heads, ending before words[limit]: "Ann Lowell’s spokesman rallied
// supporters, saying" is the spokesman, not Lowell.
func (a *Article) possessorsAide(ws []word, ph phrase, limit int) (phrase, bool) {
	if ph.kind != AttrNamed || ph.j <= ph.i || !possessiveWord(ws[ph.j-1].s) {
		return phrase{}, false
	}
	d, found := a.personAt(ws, ph.j-1)
	if !found || d.j <= ph.j || d.j > limit {
		return phrase{}, false
	}
	switch d.kind {
	case AttrNamed:
		return d, true // the aide's name in apposition: "Ann Lowell’s spokesman, Dan Kemp, said"
	case AttrDescription:
		d.text, d.start, d.i = joinWords(ws[ph.i:d.j]), ph.start, ph.i
		return d, true
	}
	return phrase{}, false
}

// messageNouns head the messages a participle of speech may follow: "a
// statement saying", "a text message reading".
var messageNouns = setOf(`statement letter memo email release message tweet post note announcement notice`)

// quotingMessage is the message heading its clause whose verb "quoted"
// stands a few words before the "as" at words[as] ("A brief note quoted
// the head nurse as saying"): a determiner, up to three words in lower case and a
// message noun.
func quotingMessage(ws []word, as int) (phrase, bool) {
	q := -1
	for k := as - 1; k >= 1 && k >= as-5; k-- {
		if w := ws[k]; w.quote >= 0 || w.punct() {
			return phrase{}, false
		}
		if ws[k].lower == "quoted" || ws[k].lower == "quotes" {
			q = k
			break
		}
	}
	if q < 2 || !messageNouns[ws[q-1].lower] {
		return phrase{}, false
	}
	for s := q - 2; s >= 0 && s >= q-5; s-- {
		w := ws[s]
		if w.quote >= 0 || w.punct() || w.isCap() && s > 0 {
			return phrase{}, false
		}
		if determiners[w.lower] {
			if s > 0 && !clauseBoundary(ws[s-1]) {
				return phrase{}, false
			}
			return phrase{text: joinWords(ws[s:q]), kind: AttrDescription, start: ws[s].start, end: ws[q-1].end, i: s, j: q, thing: true}, true
		}
	}
	return phrase{}, false
}

// messageTime are the words of a phrase of time with no preposition (see
// timeEnd), as may stand between a message and its participle: "a
// statement Wednesday saying", "an email late Friday calling", "a letter
// this week urging".
var messageTime = setOf(`monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
morning afternoon evening night week weekend month year late early this last`)

// timeEnd is the index after a phrase of time that opens at words[k]
// with no preposition but "on" or "in" ("on Monday", "late Monday",
// "Monday night", "late on Friday", "this week", "earlier this month"), or
// a date ("on March 3", "Nov. 3", "in March", "in 2019"), or a span
// ("two weeks ago", "a day later", "the next day"), or k when none does:
// words of messageTime ending on a noun of time, or a month and its day,
// and a word after them (so the index is always one of words).
func timeEnd(ws []word, k int) int {
	if k+3 < len(ws) && ws[k+1].quote < 0 && timeNouns[ws[k+1].lower] && !ws[k+1].isCap() {
		f, l := ws[k].lower, ws[k+2].lower
		if (f == "a" || isNumeral(f)) && (l == "ago" || l == "later" || l == "earlier") {
			return k + 3 // a span counted back or on: "two weeks ago", "a day later"
		}
	}
	if k+3 < len(ws) && ws[k].lower == "the" && relativeDays[ws[k+1].lower] && timeNouns[ws[k+2].lower] && !ws[k+2].isCap() {
		return k + 3 // "the next day", "the following week"
	}
	end := k
	for m := k; m+1 < len(ws) && m < k+4 && ws[m].quote < 0; m++ {
		w := ws[m].lower
		if w == "on" || w == "in" || w == "earlier" || w == "later" {
			if m > k && ws[m-1].lower != "late" && ws[m-1].lower != "early" {
				break // "on" or "earlier" opens the phrase, or follows "late": "late on Friday"
			}
			continue
		}
		switch {
		case isMonth(ws[m]):
			end = m + 1 // a month: "in March", "on Nov. 3"
		case m > k && isMonth(ws[m-1]) && isNumeral(w) && len(w) <= 2:
			return m + 1 // its day: "March 3"
		case m > k && ws[m-1].lower == "in" && len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumeral(w):
			return m + 1 // a year: "in 2019"
		case !messageTime[w]:
			return end
		case timeNouns[w] || w == "yesterday" || w == "today" || w == "tonight":
			end = m + 1
		}
	}
	return end
}

// isMonth tells whether w is a month's name, written out or as news copy
// shortens it before a day ("Nov. 3", "Sept. 12"), capitalised.
func isMonth(w word) bool {
	return w.quote < 0 && (dateCaps[w.s] && !dayCaps[w.s] || monthAbbrevs[w.s])
}

// relativeDays are the words that place a day, a week or a year from
// the last one told of: "the next day", "the following week".
var relativeDays = setOf(`next following previous same`)

// dayCaps are the words of dateCaps that name a day, not a month.
var dayCaps = setOf(`Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday`)

// monthAbbrevs are the months news copy shortens before a day.
var monthAbbrevs = setOf(`Jan Feb Aug Sept Oct Nov Dec`)

// mannerEnd is the index after a phrase of the means of speech that
// opens at words[k], "in" and a message or an interview ("in a
// statement", "in an email", "in a radio interview"), perhaps with its
// time ("in a statement Monday"), or k when none does.
func mannerEnd(ws []word, k int) int {
	if k+2 >= len(ws) || ws[k].lower != "in" || ws[k+1].lower != "a" && ws[k+1].lower != "an" {
		return k
	}
	for h := k + 2; h+1 < len(ws) && h <= k+4 && ws[h].quote < 0 && !ws[h].punct(); h++ {
		if w := ws[h].lower; messageNouns[w] || documentNouns[w] || w == "interview" {
			return timeEnd(ws, toWhomEnd(ws, h+1))
		}
	}
	return k
}

// toWhomEnd is the index after whom a message is sent to, "to" and a
// short noun phrase in lower case, that opens at words[k] ("an email to
// members", "a letter to the council"), or k when none does.
func toWhomEnd(ws []word, k int) int {
	if k+2 >= len(ws) || ws[k].lower != "to" || ws[k].quote >= 0 {
		return k
	}
	m := k + 1
	if determiners[ws[m].lower] || possessiveDet[ws[m].lower] {
		m++
	}
	if m+1 < len(ws) && ws[m].quote < 0 && !ws[m].isCap() && !ws[m].punct() && (humanNoun(singular(ws[m].lower)) || orgHeads[ws[m].lower]) {
		return m + 1
	}
	return k
}

// timeStart is where a phrase of time that ends right before words[v]
// opens (see timeEnd), or v when none ends there: "The council on Monday
// released", "City officials late Monday said".
func timeStart(ws []word, v int) int {
	for s := max(0, v-4); s < v; s++ {
		if timeEnd(ws, s) == v {
			return s
		}
	}
	return v
}

// issueVerbs send out a message: "put out a statement", "sent an email".
var issueVerbs = setOf(`issued issues released releases put puts sent sends posted posts published publishes emailed emails`)

// issuingVerb is the index of the verb that sent out the message whose
// participle of speech is at words[v] ("put out a statement saying",
// "sent a text message to supporters saying"), or -1.
func issuingVerb(ws []word, v int) int {
	k := timeStart(ws, v) - 1 // past a time: "a letter to members on Friday night calling"
	for p := k; p >= 0 && p >= k-3; p-- {
		if ws[p].quote >= 0 || ws[p].punct() || messageNouns[ws[p].lower] {
			break
		}
		if objectPrepositions[ws[p].lower] {
			k = p - 1 // past a short phrase: "to supporters", "in Salem"
			break
		}
	}
	k = timeStart(ws, k+1) - 1 // past a time before the phrase: "a letter Friday to members calling"
	if k < 2 || !messageNouns[ws[k].lower] {
		return -1
	}
	d := k - 1
	for d > 0 && d >= k-3 && ws[d].quote < 0 && !ws[d].punct() && !indefinite[ws[d].lower] && !ws[d].isCap() {
		d-- // modifiers: "a text message", "a fundraising email"
	}
	if d < 1 || ws[d].lower != "a" && ws[d].lower != "an" {
		return -1
	}
	iv := d - 1
	if iv > 0 && (ws[iv].lower == "out" || ws[iv].lower == "up") {
		iv-- // "put out", "sent out"
	}
	if ws[iv].quote >= 0 || ws[iv].isCap() || !issueVerbs[ws[iv].lower] {
		return -1
	}
	return iv
}

// agentPlural tells whether w is a plural of one who does something,
// "-ers", "-ors", "-ists", "-ants", "-ents": "onlookers", "spectators",
// "activists", "residents"; not a plural of a document ("letters",
// "papers") nor one in -ments, which names things ("documents",
// "statements").
func agentPlural(w string) bool {
	if strings.HasSuffix(w, "ments") || documentNouns[singular(w)] {
		return false
	}
	for _, suf := range []string{"ers", "ors", "ists", "ants", "ents"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// crowdNouns head a group of people no person noun names.
var crowdNouns = setOf(`crowd crowds audience audiences throng throngs mob mobs chorus`)

// withGroup is the group of people after "with" that a participle of
// speech at words[v] follows: lower-case words, their head a person noun,
// a crowd or an agent's plural, none a possessive determiner ("with many marchers and
// spectators chanting", "with the crowds yelling"; not "with tears in her
// eyes saying").
func withGroup(ws []word, v int) (phrase, bool) {
	for w := v - 2; w >= 0 && w >= v-6; w-- {
		x := ws[w]
		if x.quote >= 0 || x.punct() || x.isCap() {
			return phrase{}, false
		}
		if x.lower != "with" {
			continue
		}
		head := ws[v-1].lower
		if !personNoun(head) && !crowdNouns[head] && !agentPlural(head) {
			return phrase{}, false // "with tears in her eyes saying" is no group
		}
		for _, x := range ws[w+1 : v] {
			if possessiveDet[x.lower] {
				return phrase{}, false // "with her aides saying": hers
			}
		}
		return phrase{text: joinWords(ws[w+1 : v]), kind: AttrDescription, start: ws[w+1].start, end: ws[v-1].end, i: w + 1, j: v}, true
	}
	return phrase{}, false
}

// followingMessage is the subject of a sentence that ends in a colon
// after "the following" message: "Reed issued the following statement:",
// "the mayor released the following letter:".
func (a *Article) followingMessage(ws []word) (phrase, bool) {
	n := len(ws)
	if n < 4 || ws[n-1].s != ":" || !messageNouns[ws[n-2].lower] || ws[n-3].lower != "following" || ws[n-4].lower != "the" {
		return phrase{}, false
	}
	ph, ok := a.sentenceSubject(ws, n-4, true)
	if !ok || ph.kind == AttrNamed && !a.isPersonName(ph, ws, true) {
		return phrase{}, false
	}
	return ph, true
}

// joinedSpeaker tells whether words[from:to] hold a clause joined on by a
// conjunction whose named subject speaks: "and Lowell calling it", "but
// Reed said".
func (a *Article) joinedSpeaker(ws []word, from, to int) bool {
	for c := from; c+2 < to; c++ {
		if ws[c].lower != "and" && ws[c].lower != "but" && ws[c].lower != "while" {
			continue
		}
		ph, ok := a.personAt(ws, c+1)
		if ok && ph.kind == AttrNamed && ph.j < to && speechVerbs[ws[ph.j].lower] && a.isPersonName(ph, ws, true) {
			return true
		}
	}
	return false
}

// appositionOpeners begin an apposition or a relative clause after a name.
var appositionOpeners = setOf(`who the a an his her their its whose`)

// oneOfAt tells whether "one of" opens at words[k], as an apposition that
// makes its name one of a group may: "Dan Kemp, one of the sheriffs,".
func oneOfAt(ws []word, k int) bool {
	return k+1 < len(ws) && ws[k].quote < 0 && ws[k].lower == "one" && ws[k+1].lower == "of"
}

// plainGap tells whether words hold no comma, quotation or speech verb.
func plainGap(ws []word) bool {
	for _, w := range ws {
		if w.s == "," || w.quote >= 0 || speechVerbs[w.lower] {
			return false
		}
	}
	return true
}

// sentenceAdverbs open a sentence before its subject, and name nobody:
// "Instead, the mayor has insisted", "Meanwhile Ann Lowell, who …, spoke".
var sentenceAdverbs = setOf(`meanwhile however instead still also indeed later earlier`)

// conjunctions may open a sentence before its subject: "But Tom Fitton, …,
// said".
var conjunctions = setOf(`but and yet so or still`)

// onlyAdverbs tells whether the words between a subject and its verb are
// adverbs, at least one ("Ferdie Pacheco once said"; not "Critics have
// called").
func onlyAdverbs(ws []word) bool {
	for _, w := range ws {
		if !isAdverb(w.lower) {
			return false
		}
	}
	return len(ws) > 0
}

// nounBefore tells whether a word makes the next one a noun: a
// possessive or a determiner ("Trump’s remarks", "the claims").
func nounBefore(w word) bool {
	return determiners[w.lower] && w.lower != "that" || possessiveDet[w.lower] || possessiveWord(w.lower) ||
		w.lower == "these" || w.lower == "those" || w.lower == "our" || w.lower == "my" || w.lower == "your"
}

// gerundObject tells whether w, a speech verb in -s after the word prev in
// -ing, is a plural noun instead, the object of prev: "blamed Reed for
// making claims about the harbor", not "says".
func gerundObject(prev, w word) bool {
	return prev.quote < 0 && !prev.isCap() && len(prev.lower) > 5 && strings.HasSuffix(prev.lower, "ing") && !notParticiples[prev.lower] && w.lower != "says" && strings.HasSuffix(w.lower, "s")
}

// nounPrepositions follow a plural speech noun and seldom the verb of
// the same spelling: "charges of fraud", "claims about the port".
var nounPrepositions = setOf(`of against into about over`)

// pluralAfterPreposition tells whether w, a speech verb in -s after the
// preposition prev, is a plural noun instead: "popular in states across
// the country", "a series of notes", not "says".
func pluralAfterPreposition(prev, w word) bool {
	return prev.quote < 0 && w.lower != "says" && strings.HasSuffix(w.lower, "s") && (placePrepositions[prev.lower] || prev.lower == "across" || prev.lower == "for" || prev.lower == "with")
}

// pastSpeechVerb tells whether w is a speech verb that can only be a verb:
// a past tense ("said", "added") or "says", not "comments" or "remarks".
func pastSpeechVerb(w string) bool {
	return speechVerbs[w] && (strings.HasSuffix(w, "ed") || w == "said" || w == "says" || w == "told" || w == "wrote")
}

// introOpeners open an introductory phrase that may hold a place with its
// own commas.
var introOpeners = setOf(`after before during while when since as following despite amid near outside inside`)

// mainClauseBefore tells whether the words before the comma at words[k]
// open on a noun phrase an article heads, of a few words, and its
// auxiliary, and the words after it hold no clause: the sentence's main
// clause, no introductory phrase ("The remark was aimed at Ann Lowell, his
// rival": the remark is the subject).
func mainClauseBefore(ws []word, k int) bool {
	if k < 3 || ws[0].lower != "the" && ws[0].lower != "a" && ws[0].lower != "an" {
		return false
	}
	for _, w := range ws[k+1:] {
		if w.quote >= 0 || conjunctions[w.lower] || !w.isCap() && (finiteVerb(w.lower) || irregularPasts[w.lower] || speechVerbs[w.lower]) {
			return false // a clause after the comma: "…, but Kemp wasn't having it"
		}
	}
	for m := 1; m < k && m <= 4; m++ {
		w := ws[m]
		if finiteAux[w.lower] && w.lower != "also" {
			return m > 1
		}
		if w.quote >= 0 || w.punct() || objectPrepositions[w.lower] || introOpeners[w.lower] || pronouns[w.lower] || conjunctions[w.lower] || w.lower == "that" || w.lower == "who" || w.lower == "which" {
			return false
		}
	}
	return false
}

// wishVerbs take a person who is to do what the infinitive after them
// says, not one who has done it: "would like Reed to say", "urged Lowell
// to explain".
var wishVerbs = setOf(`want wants wanted wanting like likes liked love loves loved urge urges urged urging expect expects
expected need needs needed invite invites invited inviting encourage encourages encouraged challenge challenges challenged
dare dares dared beg begs begged implore implores implored prefer prefers preferred wish wishes wished ask asks asked
asking tell tells told telling order orders ordered instruct instructs instructed`)

// objectPrepositions take a person as their object, who is then not the
// subject of the sentence.
var objectPrepositions = setOf(`for with by to about against under at of from in on`)

// placePrepositions introduce a place or an organisation, not a speaker.
var placePrepositions = setOf(`of in from at near`)

// afterPlacePreposition tells whether the phrase at words[k] belongs to a
// place set off by a preposition: "of Huntsville", or, when the phrase
// itself is set off by commas (inApposition), "of Huntsville, Ala.,".
func afterPlacePreposition(ws []word, k int, inApposition bool) bool {
	if !inApposition {
		return k > 0 && placePrepositions[ws[k-1].lower]
	}
	for m := k - 1; m >= 0 && m >= k-6; m-- {
		if placePrepositions[ws[m].lower] {
			return true
		}
		if ws[m].quote >= 0 || ws[m].s != "," && !ws[m].isCap() {
			return false
		}
	}
	return false
}

// endsClause tells whether a person phrase ending before word j ends its
// clause, as the speaker after an inverted verb does (", said Blinken."
// ", said Blinken on Tuesday, “…”"): the sentence ends, or punctuation, a
// quotation or a word of time or place follows, not a verb.
func endsClause(ws []word, j int) bool {
	if j >= len(ws) || ws[j].quote >= 0 || ws[j].punct() {
		return true
	}
	return clauseTail[ws[j].lower]
}

// clauseTail are words that may follow an inverted speaker: prepositions
// and words of time ("said Clinton in an interview", "said Trump on
// Tuesday", "said Cruz, who …"), a weekday alone too (", Ann Lowell said
// Thursday.")
var clauseTail = setOf(`into in on at during after before to from of for with about while when as last this that
yesterday today tonight earlier later recently who whose which monday tuesday wednesday thursday friday saturday sunday`)

// introWord tells whether a capitalised first word opens an
// introductory phrase rather than naming someone: an adverb ("Early",
// "Later"), a participle ("Continuing"), a word of time ("Hours later").
func introWord(w string) bool {
	return strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || introTime[w] || introAdverbs[w] || numberWords[w] ||
		len(w) > 6 && strings.HasSuffix(w, "ed") && !isGivenName(w) // a participle: "Horrified at the prospect, …", not "Mildred"
}

// introAdverbs open a sentence before a comma as adverbs of frequency,
// degree or manner, not as names: "Often, Mr. Kemp interrupted himself".
var introAdverbs = setOf(`often sometimes usually again once rather instead still yet thus hence besides otherwise nevertheless nonetheless
also too indeed perhaps maybe meanwhile moreover furthermore however therefore now then later earlier afterward afterwards
first second third finally lastly secondly thirdly similarly likewise additionally consequently`)

var introTime = setOf(`hours days weeks months years minutes moments later earlier last next soon once back asked
shortly then`)

// maxIntroWords is the most words an introductory phrase set off by a
// comma may have before the subject of its sentence.
const maxIntroWords = 20

// maxClauseIntroWords is the most words an opening clause ("When …",
// "After …") set off by a comma may have before the main clause.
const maxClauseIntroWords = 40

// maxAppositionGap is the most words (commas included) an apposition
// between a subject and its speech verb may have.
const maxAppositionGap = 28

// appositive tells whether phrase ph is set off as an apposition: a
// comma stands before it, or it joins a description and a name ("Trump’s
// attorney, Alan Garten").
func appositive(ws []word, ph phrase) bool {
	if ph.i > 0 && ws[ph.i-1].s == "," {
		return true
	}
	for k := ph.i; k < ph.j; k++ {
		if ws[k].s == "," {
			return true
		}
	}
	return ph.start < ws[ph.i].start
}

// gapOK accepts what may stand between a subject and its verb: a few
// adverbs ("also", "in turn"), or an apposition set off by commas.
func gapOK(gap []word) bool {
	if len(gap) == 0 {
		return true
	}
	if len(gap) > 1 && gap[0].s == "," && subjectPronouns[gap[1].lower] {
		// a clause of its own, not an apposition: "…about Lowell, he
		// looked at me, frowned and said"
		return false
	}
	if n := len(gap); n >= 2 && clauseVerbJoiners[gap[n-1].lower] && gap[n-2].s == "," {
		// the verb goes on from the sentence's own after ", and": "Kemp
		// met Ann Lowell, the mayor, and said" (Lowell is the object)
		return false
	}
	commas := 0
	for k, w := range gap {
		// a speech verb in the gap has its own subject, unless it opens
		// a participle clause of the apposition (", asked about …,")
		if speechVerbs[w.lower] && len(gap) > 1 && (k == 0 || gap[k-1].s != ",") {
			return false
		}
		if w.s == "," || w.s == "—" || w.s == "–" || w.s == "(" || w.s == ")" {
			commas++
		}
		if w.quote >= 0 {
			return false
		}
	}
	if commas >= 2 && len(gap) <= maxAppositionGap {
		return true
	}
	if commas == 0 && clauseVerbJoiners[gap[len(gap)-1].lower] {
		return false // the verb goes on from another: "declined to discuss the report but said"
	}
	return commas == 0 && len(gap) <= 2
}

// modals are the auxiliaries of mood that auxiliaries leaves out: "can",
// "may", "must", "should".
var modals = setOf(`can may must should`)

// possessorsDescription is the description of a person that a name
// with its possessive ending heads, read from the name on: "Ann Lowell’s
// spokesman" (a name in apposition after it is the person: "Ann Lowell’s
// spokesman, Kim Dow,").
func (a *Article) possessorsDescription(ws []word, ph phrase) (phrase, bool) {
	if ph.kind != AttrNamed || ph.j-ph.i < 2 || !possessiveWord(ws[ph.j-1].lower) {
		return phrase{}, false
	}
	d, ok := a.personPhrase(ws, ph.j-1)
	if !ok || d.j <= ph.j {
		return phrase{}, false
	}
	if d.kind == AttrDescription {
		d.text = joinWords(ws[ph.i:d.j])
	} else if d.kind != AttrNamed {
		return phrase{}, false
	}
	d.i, d.start = ph.i, ph.start
	return d, true
}

// heardPassive tells whether words[k] is "be" before "heard" or "seen", or
// that participle after "be": "a clerk can be heard saying".
func heardPassive(ws []word, k int) bool {
	w := ws[k].lower
	if w == "be" {
		return k+1 < len(ws) && (ws[k+1].lower == "heard" || ws[k+1].lower == "seen")
	}
	return (w == "heard" || w == "seen") && k > 0 && ws[k-1].lower == "be"
}

// clauseVerbJoiners join a verb to the one before it, whose subject it
// shares: "declined to comment but said".
var clauseVerbJoiners = setOf(`but and yet`)

// sentenceSubject is the first person phrase of the sentence before word
// limit, after an introductory phrase set off by a comma. strong: the
// sentence has a speech verb whose subject this is ("Trump replied,
// telling Reuters"), so a name there is taken for a speaker even when
// nothing else says it is a person.
func (a *Article) sentenceSubject(ws []word, limit int, strong bool) (phrase, bool) {
	start := datelineEnd(ws)
	if start > 0 {
		ws = ws[start:] // indices below are into the rest; phrases are moved back after
		limit -= start
		ph, ok := a.sentenceSubject(ws, limit, strong)
		ph.i += start
		ph.j += start
		return ph, ok
	}
	introMax := maxIntroWords
	if len(ws) > 0 && introOpeners[ws[0].lower] {
		introMax = maxClauseIntroWords // a clause: "When Reed tried to defend … in 1989, Kemp …"
	}
	for k := 0; k < limit && k < introMax; k++ {
		// (a quoted title whose marks hold the comma ends the phrase too:
		// "After a show called “Harbor Nights,” the anchor …")
		if ws[k].s == "," || k > 0 && ws[0].quote < 0 && ws[k].quote >= 0 && a.endsInComma(int(ws[k].quote)) {
			// an introductory phrase ("Early in his campaign, Trump …",
			// "Hours later, Trump …"), unless the sentence opens with a
			// person ("Hugh Hill, a doctor, …")
			if mainClauseBefore(ws, k) {
				break // no introductory phrase: "The remark was aimed at Ann Lowell, his rival."
			}
			head := 0 // an adverb or a conjunction may come first: "Now Donald Trump, …, is"
			if len(ws) > 1 && headWord(ws[0].lower) {
				head = 1
				if len(ws) > 2 && headWord(ws[1].lower) {
					head = 2 // "And so Reed, …"
				}
			}
			if ph, ok := a.personAt(ws, head); !ok || ph.kind == AttrNamed && ph.j == head+1 && introWord(ws[head].lower) && !a.isPersonName(ph, ws, false) ||
				ph.kind == AttrDescription && (ws[head].lower == "a" || ws[head].lower == "an") && a.nameThenVerb(ws, k+1) {
				// (an indefinite description set off before the name it
				// describes: "A nurse by training, Lowell ran …")
				start = k + 1
			}
			break
		}
	}
	if ph, ok := a.titledAfterWork(ws, limit); ok {
		return ph, true
	}
	var fallback *phrase // a name that may yet be a place of the introductory phrase
	prepAfter := false   // the phrase after the first comma opens with a preposition
	for tries := 0; tries < 3; tries++ {
		reach := start + 1
		if start+2 < limit && headWord(ws[start].lower) && ws[start].quote < 0 && ws[start+1].quote < 0 && headWord(ws[start+1].lower) {
			reach = start + 2 // two words before the subject: "And yet Reed kept"
		}
		for k := start; k < limit && k <= reach; k++ {
			if ph, ok := a.personAt(ws, k); ok && ph.j <= limit {
				if fallback != nil && k == fallback.j+1 && (ph.kind == AttrDescription || ph.kind == AttrNamed && possessiveWord(ph.text)) && len(nameWords(fallback.text)) >= 2 && appositionToVerb(ws, fallback.j) {
					// the description is the apposition of the full name
					// after the introductory phrase, and runs to the verb
					// both share: "On Monday, Dan Kemp, a man accused of
					// theft, was freed" is Kemp (and so is a possessor's:
					// "…, Dan Kemp, Salem’s harbor master, was freed")
					return *fallback, true
				}
				// a place that goes on the introductory phrase:
				// "Speaking in Salem, New Hampshire, Trump …"
				// (or a state's abbreviation: "in Salem, Ore., Reed …")
				abbrev := ph.j == ph.i+1 && stateAbbrevs[strings.ToLower(ph.text)] != ""
				if ph.kind == AttrNamed && start > 0 && ph.j < limit && ws[ph.j].s == "," {
					if m := appositionEnd(ws, ph.j); m >= 0 && m < limit && ws[m].quote < 0 && subjectPronouns[ws[m].lower] {
						// a name set off after the introductory phrase,
						// and its apposition, before a subject pronoun:
						// the phrase's object, the pronoun the subject
						// ("Like his rival, Tom Reed, a ferry pilot, he
						// voted no")
						return phrase{}, false
					}
					if !a.isPersonName(ph, ws, false) || abbrev {
						if fallback == nil && !abbrev && a.isPersonName(ph, ws, strong) {
							fallback = &ph
						}
						break
					}
				}
				if ph.kind == AttrNamed && !a.isPersonName(ph, ws, strong) {
					return phrase{}, false
				}
				return ph, true
			}
		}
		// the introductory phrase goes on to the next comma: "At a
		// campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …"; only
		// a phrase that opens with a preposition or a participle
		// (or, after a first phrase of time, a phrase that opens with
		// one: "The day before, at a rally in Salem, Ore., Mr. Reed …");
		// each part up to 11 words ("Moreover, as part of the exchange
		// with Reed, Lowell cited …")
		opens := func(w word) bool {
			return w.quote < 0 && (objectPrepositions[w.lower] || introOpeners[w.lower] || strings.HasSuffix(w.lower, "ing"))
		}
		if tries == 0 && start > 0 && start < len(ws) && opens(ws[start]) {
			prepAfter = true
		}
		if start == 0 || ws[0].quote >= 0 || !opens(ws[0]) && !prepAfter {
			break
		}
		next := -1
		for k := start; k < limit && k < start+12; k++ {
			if ws[k].s == "," {
				next = k + 1
				break
			}
			if ws[k].quote >= 0 || finiteVerb(ws[k].lower) && !ws[k].isCap() {
				break
			}
		}
		if next < 0 || next >= limit {
			break
		}
		start = next
	}
	if fallback != nil {
		return *fallback, true
	}
	return phrase{}, false
}

// nameThenVerb tells whether words[i] opens a name that a finite verb in
// lower case follows.
func (a *Article) nameThenVerb(ws []word, i int) bool {
	ph, ok := a.personAt(ws, i)
	if !ok || ph.kind != AttrNamed || ph.j >= len(ws) {
		return false
	}
	v := ws[ph.j]
	return v.quote < 0 && !v.isCap() && !v.punct() && !clauseTail[v.lower] && !determiners[v.lower] && !conjunctions[v.lower] && !objectPrepositions[v.lower]
}

// titledAfterWork is the subject of a sentence that opens on a quoted
// work's title and a lower-case title before a full name and a verb:
// "“Harbor Nights” star Tom Reed turned the tables".
func (a *Article) titledAfterWork(ws []word, limit int) (phrase, bool) {
	if len(ws) < 4 || ws[0].quote < 0 {
		return phrase{}, false
	}
	if t := strings.TrimSpace(a.Quotes[ws[0].quote].Text); t == "" || strings.ContainsAny(t[len(t)-1:], ",.;:!?") {
		return phrase{}, false // a quotation set off: "“Harbor Nights,” whose …"
	}
	k := 1
	for k < len(ws) && k <= 2 && !ws[k].isCap() {
		if w := ws[k]; w.quote >= 0 || w.punct() || speechVerbs[w.lower] || finiteVerb(w.lower) || auxiliaries[w.lower] || workJoiners[w.lower] {
			return phrase{}, false
		}
		k++
	}
	if k == 1 || k >= limit {
		return phrase{}, false
	}
	ph, ok := a.personAt(ws, k)
	if !ok || ph.kind != AttrNamed || ph.j >= limit || len(nameWords(ph.text)) < 2 || ws[ph.j].isCap() || ws[ph.j].punct() || ws[ph.j].quote >= 0 {
		return phrase{}, false
	}
	return ph, true
}

// workJoiners are the small words that tie a quoted title to the words
// after it in other ways than as a title of the name that follows: "“Harbor
// Nights” and Tom Reed", "“Harbor Nights” by Tom Reed".
var workJoiners = setOf(`a an the and or of by for to in on at with from as that which who whom whose but than`)

// datelineEnd is where a sentence begins after a dateline ("WASHINGTON —",
// "WASHINGTON, Dec. 8 (UPI) —", "Washington (AFP) –"): capital words,
// numbers, commas and a bracketed agency before a dash, the first word in
// capitals or an agency in brackets. It is 0 without one.
func datelineEnd(ws []word) int {
	caps, agency := false, false
	for k := 0; k < len(ws) && k < 8; k++ {
		w := ws[k]
		switch {
		case w.s == "—" || w.s == "–":
			if k > 0 && (caps || agency) {
				return k + 1
			}
			return 0
		case w.s == "(" || w.s == ")" || w.s == ",":
			agency = agency || w.s == ")"
		case k == 0 && w.s == strings.ToUpper(w.s) && utf8.RuneCountInString(w.s) > 1:
			caps = true
		case w.isCap() || w.quote < 0 && strings.IndexFunc(w.s, unicode.IsDigit) == 0:
		default:
			return 0
		}
	}
	return 0
}

// namedSubject tells whether a named phrase heading a sentence is its
// subject even though nothing says it is a person: an English finite verb
// follows it, and it is a full name or a word the article capitalises
// inside sentences ("Moore thanked him for “…”", "Ramos believes in
// journalism that “takes sides”"), not a headline's capitals nor a common
// noun that happens to begin the sentence.
func (a *Article) namedSubject(ws []word, ph phrase) bool {
	if ph.kind != AttrNamed {
		return true
	}
	if isHeadline(ws) || ph.j >= len(ws) {
		return false
	}
	// "Democratic leaders", "GOP nominees": an adjective before the
	// person noun that heads the subject; "He’s", "It’s": a contraction
	next, head := ws[ph.j], ws[ph.i]
	if next.quote >= 0 || next.punct() || next.isCap() || personNoun(next.lower) || stopCaps[trimPossessive(head.s)] {
		return false
	}
	return finiteVerb(next.lower) && (len(nameWords(ph.text)) >= 2 || a.proper[head.lower])
}

// invertedCopulaSubject is the person a sentence names after its verb
// when a phrase of place or manner stands before it ("Across town, making
// calls for the campaign, is Tom Reed, a retired teacher"; "Among the
// speakers was Ann Lowell"), or "so" that likens them to the sentence
// before ("So was Ann Lowell, who spoke for an hour"): a full name, or a
// person the article knows, right after "is" or "was" with no subject
// before.
func (a *Article) invertedCopulaSubject(ws []word) (phrase, bool) {
	if ph, ok := a.existentialName(ws); ok {
		return ph, true
	}
	if len(ws) < 4 || ws[0].quote >= 0 || !(objectPrepositions[ws[0].lower] || introOpeners[ws[0].lower] || ws[0].lower == "among" || ws[0].lower == "across" ||
		strings.HasSuffix(ws[0].lower, "ing") || ws[0].lower == "so" && (ws[1].lower == "is" || ws[1].lower == "was")) {
		return phrase{}, false
	}
	for k := 1; k+1 < len(ws) && k < maxIntroWords+10; k++ {
		if ws[k].quote < 0 && !ws[k].isCap() && ws[k].lower != "is" && ws[k].lower != "was" && (finiteAux[ws[k].lower] || pastSpeechVerb(ws[k].lower)) {
			return phrase{}, false // a verb before: "In May, Reed said the winner was Tom Kemp"
		}
		if ws[k].lower != "is" && ws[k].lower != "was" {
			continue
		}
		ph, ok := a.personAt(ws, k+1)
		if !ok || ph.kind != AttrNamed || !(ph.j == len(ws) || ws[ph.j].s == "," || ws[ph.j].punct()) {
			return phrase{}, false
		}
		if len(nameWords(ph.text)) >= 2 && mayBePerson(ph.text) || a.quietKnown(ph) {
			return ph, true
		}
		return phrase{}, false
	}
	return phrase{}, false
}

// existentialName is the person a sentence brings in with "there is" or
// "there was", perhaps after a conjunction, "then" or "also": "Then there’s
// Lowell.", "So there was Mr. Kemp last week, …". The name is a full name
// or one the article knows.
func (a *Article) existentialName(ws []word) (phrase, bool) {
	k := 0
	if len(ws) > 0 && (conjunctions[ws[0].lower] || ws[0].lower == "then" || ws[0].lower == "also") { // ("so" is a conjunction)
		k = 1
	}
	if k+1 >= len(ws) || ws[k].quote >= 0 {
		return phrase{}, false
	}
	switch ws[k].lower {
	case "there’s", "there's":
		k++
	case "there":
		if k+2 >= len(ws) || ws[k+1].lower != "is" && ws[k+1].lower != "was" {
			return phrase{}, false
		}
		k += 2
	default:
		return phrase{}, false
	}
	ph, ok := a.personAt(ws, k)
	if !ok || ph.kind != AttrNamed || possessiveSplit(ph.text) != ph.text || ph.j < len(ws) && possessiveWord(ws[ph.j-1].s) {
		return phrase{}, false
	}
	if len(nameWords(ph.text)) >= 2 && mayBePerson(ph.text) || a.quietKnown(ph) || a.mayBePerson(ph.text) && len(a.mentionsOf[stripTitles(ph.text)]) > 0 {
		return ph, true
	}
	return phrase{}, false
}

// existentialAbout is the person a sentence whose main clause is
// existential ("there is", "there are", "there was", "there were", after
// an introductory phrase set off by a comma or a conjunction) is about,
// when existentialName does not read it: the person named right after the
// verb, past a phrase of place before it ("Yet there in the back was Tom
// Reed, the grocer"); else the named subject of a clause that a noun right
// after the verb opens with "when", "that" or "where" ("In his videos,
// there are times when Reed plays the officer"; "there is also the
// possibility that Mrs. Lowell, if elected, might run"); else the person
// an opening "with" or "for" names before the comma ("With Tom Reed,
// there is not much chance of that"). No one else is the main clause's
// subject, so it is whom a later pronoun most likely means. The name is a
// full name or one the article knows, not a possessor.
func (a *Article) existentialAbout(ws []word) (phrase, bool) {
	if _, ok := a.existentialName(ws); ok {
		return phrase{}, false // (read as the sentence's subject)
	}
	person := func(k int) (phrase, bool) {
		ph, ok := a.personAt(ws, k)
		if !ok || ph.kind != AttrNamed || ph.i != k || possessiveSplit(ph.text) != ph.text || possessiveWord(ws[ph.j-1].s) || a.opensList(ws, ph) {
			return phrase{}, false
		}
		if len(nameWords(ph.text)) >= 2 && mayBePerson(ph.text) || a.quietKnown(ph) || a.mayBePerson(ph.text) && len(a.mentionsOf[stripTitles(ph.text)]) > 0 {
			return ph, true
		}
		return phrase{}, false
	}
	// "there": the sentence's first word past conjunctions and adverbs,
	// or the first past an introductory phrase's comma
	t := datelineEnd(ws)
	for t < len(ws) && t < 2 && ws[t].quote < 0 && headWord(ws[t].lower) {
		t++
	}
	intro := -1 // the comma that ends an introductory phrase
	if t < len(ws) && !existentialThere[ws[t].lower] {
		for k := t; k < len(ws) && k <= maxClauseIntroWords; k++ {
			if ws[k].quote >= 0 {
				return phrase{}, false
			}
			if ws[k].s == "," {
				intro = k
				break
			}
		}
		if intro < 0 {
			return phrase{}, false
		}
		t = intro + 1
	}
	if t+2 >= len(ws) || ws[t].quote >= 0 || !existentialThere[ws[t].lower] {
		return phrase{}, false
	}
	// the verb, past a phrase of place ("there in the back was")
	v := t + 1
	if ws[t].lower == "there" {
		if thereAtPrepositions[ws[v].lower] {
			for v < len(ws) && v <= t+maxExistentialPlaceWords && ws[v].quote < 0 && !ws[v].punct() && !existentialBe[ws[v].lower] {
				v++
			}
		}
		if v >= len(ws) || !existentialBe[ws[v].lower] {
			return phrase{}, false
		}
		v++
	}
	for v < len(ws) && ws[v].quote < 0 && (isAdverb(ws[v].lower) || sentenceAdverbs[ws[v].lower]) && ws[v].lower != "in" {
		v++ // "there is also"
	}
	if v >= len(ws) {
		return phrase{}, false
	}
	if ph, ok := person(v); ok {
		return ph, true
	}
	// a clause after a noun: "times when", "the possibility that"
	for k := v; k < len(ws) && k <= v+maxExistentialNounWords; k++ {
		w := ws[k]
		if w.quote >= 0 || w.punct() || w.isCap() {
			break
		}
		if k > v && existentialClauseOpeners[w.lower] {
			if ph, ok := person(k + 1); ok && ph.j < len(ws) && ws[ph.j].quote < 0 && (ws[ph.j].s == "," || !ws[ph.j].punct() && !ws[ph.j].isCap() && !phraseStops[ws[ph.j].lower]) {
				return ph, true
			}
			break
		}
	}
	// the person of an opening "with" or "for" phrase
	if h := datelineEnd(ws); intro > h+1 && (ws[h].lower == "with" || ws[h].lower == "for") {
		if ph, ok := person(h + 1); ok && ph.j == intro {
			return ph, true
		}
	}
	return phrase{}, false
}

// imperativeTopic is the person a sentence that is an imperative of
// looking holds up, its last words a name (perhaps with an apposition
// after a comma): "Just look at House Speaker Tom Reed.", "Consider Ann
// Lowell, the mayor.", "Take Dan Kemp." The name is a full name or one the
// article knows, not a possessor.
func (a *Article) imperativeTopic(ws []word) (phrase, bool) {
	k := 0
	for k < len(ws) && k < 2 && ws[k].quote < 0 && (ws[k].lower == "just" || ws[k].lower == "now" || conjunctions[ws[k].lower]) {
		k++
	}
	if k+1 >= len(ws) || ws[k].quote >= 0 {
		return phrase{}, false
	}
	switch ws[k].lower {
	case "look":
		if ws[k+1].lower != "at" {
			return phrase{}, false
		}
		k += 2
	case "consider", "take":
		k++
	default:
		return phrase{}, false
	}
	ph, ok := a.personAt(ws, k)
	if !ok || ph.kind != AttrNamed || ph.i != k || possessiveSplit(ph.text) != ph.text || possessiveWord(ws[ph.j-1].s) || a.opensList(ws, ph) {
		return phrase{}, false
	}
	if ph.j < len(ws) && (ws[ph.j].s != "," || slices.ContainsFunc(ws[ph.j:], func(w word) bool { return w.quote >= 0 })) {
		return phrase{}, false // (the name ends the sentence, or an apposition does)
	}
	if len(nameWords(ph.text)) >= 2 && mayBePerson(ph.text) || a.quietKnown(ph) {
		return ph, true
	}
	return phrase{}, false
}

// questionOpeners are the words a direct question opens on.
var questionOpeners = setOf(`what who whom whose why how where when which is are was were do does did can could will would should has have had`)

// secondPerson are the pronouns that address someone.
var secondPerson = setOf(`you your yours yourself yourselves`)

// maxTopicLead is the most words before a question's label: "And oh yes,".
const maxTopicLead = 4

// questionTopic is the person a sentence names as the label of the
// question that follows a colon, the sentence ending on a question mark:
// "And oh yes, Ann Lowell: What, exactly, are her qualifications?",
// "Tom Reed: is he ready?". The label opens the sentence, perhaps past a
// few words in lower case and a comma; the name is a full name or one the
// article knows, not a possessor. "Reed told Lowell: what now?" is no
// label. The question speaks of the label in the third person and to
// no one: a question put to "you" is an interviewer's turn, its label
// who asks ("Dan Kemp: What will you do about the pier?"), and so is one
// with no pronoun that may mean the label ("Dan Kemp: Why did the pier
// close?", "Dan Kemp: Why did she resign?").
func (a *Article) questionTopic(ws []word) (phrase, bool) {
	c := slices.IndexFunc(ws, func(w word) bool { return w.s == ":" || w.quote >= 0 })
	if c < 1 || c+1 >= len(ws) || ws[c].quote >= 0 || !questionOpeners[ws[c+1].lower] {
		return phrase{}, false
	}
	if slices.ContainsFunc(ws[c+1:], func(w word) bool { return secondPerson[w.lower] }) {
		return phrase{}, false
	}
	last := ws[len(ws)-1]
	if last.quote >= 0 || !strings.HasPrefix(strings.TrimLeft(a.Doc.Text[last.end:], " ”’\"')"), "?") {
		return phrase{}, false
	}
	for k := 0; k < c && k <= maxTopicLead+1; k++ {
		if k > 0 && ws[k-1].s != "," {
			continue
		}
		ph, ok := a.personAt(ws, k)
		if !ok || ph.kind != AttrNamed || ph.i != k || ph.j != c || possessiveWord(ws[ph.j-1].s) {
			continue
		}
		// (the words before the label's comma: in lower case but the first)
		lead := ws[:max(0, k-1)]
		if slices.ContainsFunc(lead, func(w word) bool { return w.punct() || w.quote >= 0 }) ||
			len(lead) > 1 && slices.ContainsFunc(lead[1:], word.isCap) {
			return phrase{}, false
		}
		if !(len(nameWords(ph.text)) >= 2 && mayBePerson(ph.text) || a.quietKnown(ph)) {
			return phrase{}, false
		}
		// (a pronoun of the question that may mean the label: of its
		// gender, where its given name or honorific tells one)
		g := givenGender(ph.text)
		if g == genderUnknown {
			g = writtenGender(ph.text)
		}
		if !slices.ContainsFunc(ws[c+1:], func(w word) bool {
			pg := pronounGender(w.s)
			return pg != genderUnknown && (g == genderUnknown || pg == g)
		}) {
			return phrase{}, false
		}
		return ph, true
	}
	return phrase{}, false
}

// opensList tells whether the named phrase ph is the first of people
// named together, whom no one pronoun means: "and" or "or" after it
// ("there were Tom Reed and Omar Haddad"), or a comma and another name
// that a comma, "and" or "or" follows ("there was a time when Tom Reed,
// Ann Lowell and Omar Haddad met"; "Look at Tom Reed, Ann Lowell and Dan
// Kemp."). An apposition after the comma is no list: "Ann Lowell, the
// mayor"; "Tom Reed, Harbor City Council President."
func (a *Article) opensList(ws []word, ph phrase) bool {
	k := ph.j
	if k+1 >= len(ws) || ws[k].quote >= 0 {
		return false
	}
	if ws[k].lower == "and" || ws[k].lower == "or" || ws[k].s == "&" {
		return true
	}
	if !isComma(ws[k]) {
		return false
	}
	nm, ok := a.personAt(ws, k+1)
	if !ok || nm.kind != AttrNamed || nm.i != k+1 || nm.j >= len(ws) || ws[nm.j].quote >= 0 {
		return false
	}
	return isComma(ws[nm.j]) || ws[nm.j].lower == "and" || ws[nm.j].lower == "or"
}

// existentialThere are the words that open an existential clause.
var existentialThere = setOf(`there there’s there's`)

// existentialBe are the forms of "be" after "there" that existentialAbout
// reads.
var existentialBe = setOf(`is are was were`)

// existentialClauseOpeners open the clause after the noun of an
// existential sentence: "there are times when", "there is the chance that".
var existentialClauseOpeners = setOf(`when that where`)

// thereAtPrepositions open a phrase of place between "there" and its
// verb: "there in the back was".
var thereAtPrepositions = setOf(`in at on near behind beside among outside inside`)

// maxExistentialPlaceWords is how many words such a phrase may hold, and
// maxExistentialNounWords how many the noun before the clause may ("also
// the possibility", "not much chance").
const (
	maxExistentialPlaceWords = 5
	maxExistentialNounWords  = 4
)

// finiteVerb tells whether a word reads as an English finite verb: an
// auxiliary, a past tense in -ed, or a third person in -s ("thanked",
// "believes", "has"). Prose in another language ("Martin sagte …") has no
// subject read here.
func finiteVerb(w string) bool {
	if finiteAux[w] {
		return true
	}
	n := utf8.RuneCountInString(w)
	return n > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"))
}

var finiteAux = setOf(`is was are were has had have will would could can may might must shall should did does do also`)

// irregularPasts are the pasts of common verbs that end in neither -ed
// nor -s: one in lower case makes a sentence of names prose, no heading
// ("Ann Lowell met Tom Reed on Monday.").
var irregularPasts = setOf(`met beat won lost told saw led ran got made took gave sent held kept paid sat stood spoke wrote knew thought
brought bought fought caught taught sought felt found became came went began chose drove rose fell shot heard meant sold built spent
struck swore threw wore broke forgot forgave froze grew hung rode sang sank slept shook swam tore understood woke withdrew`)

// lastCue is the most recent speaker: the person given speech (name), or
// the words of an anonymous cue ("a senior adviser") that a quotation
// following in the same paragraph carries on.
type lastCue struct {
	name, as string
	para     int
}

// attributeQuote finds the speaker of the quotation whose placeholder is
// word i of sentence si.
func (a *Article) attributeQuote(qi int, sents []sentence, si, i int, last *lastCue) {
	q := &a.Quotes[qi]
	if qi > 0 {
		if p := a.Quotes[qi-1]; p.Speaker != "" && strings.HasSuffix(p.Text, "?") && q.Start-p.End <= maxAnswerGap {
			a.asker = p.Speaker // "“…?” Lena Park asked. “…,” the senator said."
		}
	}
	defer func() { a.asker = "" }() // this quote's alone, not later cues'

	s := sents[si]
	ws := s.words
	c := i + 1 // the cue after the quotation, past a comma outside its marks
	if c < len(ws) && ws[c].s == "," {
		c++
	}
	if c+1 < len(ws) && pronouns[ws[c].lower] && speechVerbs[ws[c+1].lower] {
		// a name heading the sentence right before a quotation that its
		// cue's pronoun reports ("Kemp “wasted the money,” he said") is
		// the quoted clause's subject, not whom the pronoun means
		if of, ok := a.personAt(ws, 0); ok && of.kind == AttrNamed && of.j == i {
			a.quotedOf = of.text
			defer func() { a.quotedOf = "" }()
		}
	}
	set := func(ph phrase, kind AttributionKind) bool {
		// (the second name of a pair heading the sentence stands for the
		// pair: "Tom Reed and Ann Lowell said the plan was “…”")
		if first, ok := a.pairOpenedBefore(ws, ph); ok {
			ph = first
		}
		// two people joined by "and" before their verb speak together:
		// "Tom Reed and Ann Lowell issued a statement calling it “…”"
		// and so do two after an inverted cue's verb, the clause ending
		// with them: "“…,” said Reed and Lowell", "“…,” said Reed and
		// Lowell in a joint statement" (not "“…,” said Reed and Lowell
		// nodded", where the second has a verb of their own)
		inverted := ph.i > 0 && speechVerbs[ws[ph.i-1].lower]
		if nm, v, ok := a.pairedName(ws, ph); ok && (inverted && (v == len(ws) || ws[v].s == "," || objectPrepositions[ws[v].lower]) ||
			!inverted && v < len(ws) && ws[v].quote < 0 && !ws[v].isCap() && !ws[v].punct() &&
				!clauseTail[ws[v].lower] && !determiners[ws[v].lower] && !conjunctions[ws[v].lower] && !objectPrepositions[ws[v].lower]) {
			first, _ := a.resolve(ph, ph.start)
			second, _ := a.resolve(nm, nm.start)
			if first != "" && second != "" && first != second {
				name := first + " and " + second
				q.AttributedTo, q.Speaker, q.Attribution = joinWords(ws[ph.i:nm.j]), name, AttrNamed
				*last = lastCue{name: name, as: name, para: s.para}
				return true
			}
		}
		var name string
		var k AttributionKind
		// a pronoun in a clause "in what" opens means the main
		// clause's subject the comma brings in, whoever came before
		// ("Tom Kemp spoke. In what he called a “fair deal,” Dan Reed
		// signed the plan" is Reed's); in other opening clauses ("After
		// he …") someone before who fits comes first
		inWhat, forward := "", false
		if ph.kind == AttrPronoun && len(ws) > 1 && ws[0].lower == "in" && ws[1].lower == "what" {
			inWhat, forward = a.cataphoraSubject(ws, ph)
		}
		if forward {
			name, k = inWhat, AttrPronoun
		} else {
			name, k = a.resolve(ph, ph.start)
		}
		if ph.kind == AttrPronoun && name == "" {
			// "After he blasted the film for being “…,” Pastor Tom Reed
			// has …": a pronoun that nothing before it means, in a clause
			// opening the sentence, means the main clause's subject
			if nm, ok := a.cataphoraSubject(ws, ph); ok {
				name = nm
			} else if g := pronounGender(ph.text); g != genderUnknown {
				// no subject before it: the person the sentences just
				// before name last, in any role ("the promise Ms. Lowell
				// has made is … “…,” she said")
				name = a.namedJustBefore(sents, si, ph.start, g)
			}
		}
		if ph.kind == AttrDescription && name == "" && a.plainPersonDescription(ph) {
			name = a.describedJustBefore(sents, si, ph)
		}
		if ph.kind == AttrDescription && name != "" {
			if o := a.otherInSentence(ws, ph, name); o != "" {
				name = o
			}
		}
		if ph.kind == AttrPronoun && name != "" && ph.j+1 < len(ws) && listenerVerbs[ws[ph.j].lower] {
			// "…,” he told Reed: Reed listens, so he is someone else
			if l, ok := a.personAt(ws, ph.j+1); ok && l.kind == AttrNamed {
				if ln, _ := a.resolveQuiet(l); ln == name {
					name, _ = a.lastMentionWhere(ph.start, pronounGender(ph.text), func(n string) bool { return n == ln })
				}
			}
		}
		if ph.kind == AttrPronoun && name != "" && namesInQuote(q.Text, name) {
			// "“… whether Senator Reed's message could win …,” he said":
			// a speaker seldom names themself; he is someone else
			if other, ok := a.lastMentionWhere(ph.start, pronounGender(ph.text), func(n string) bool { return n == name }); ok && !namesInQuote(q.Text, other) {
				name = other
			}
		}
		if kind == AttrNone {
			kind = k
		}
		q.AttributedTo = ph.text
		q.Speaker = name
		q.Attribution = kind
		if name != "" {
			*last = lastCue{name: name, as: name, para: s.para}
		} else if kind == AttrDescription {
			*last = lastCue{as: ph.text, para: s.para}
		}
		return true
	}
	// 0. a source the whole sentence is credited to ("…,” Lowell said,
	//    according to the Tribune; "According to the Tribune, Lowell
	//    said …") reports the quote: the speaker's words come through it
	//    (a source, most often an outlet, is no subject later pronouns
	//    mean: it is not noted as a mention)
	if ph, ok := a.reportingSource(ws); ok {
		if ph.thing {
			// a poll or a report the article names no author of
			name := a.resolveThing(ph, ph.start)
			q.AttributedTo, q.Speaker, q.Attribution = ph.text, name, AttrDescription
			*last = lastCue{name: name, as: ph.text, para: s.para}
			return
		}
		name, known := a.resolveQuiet(ph)
		if !known {
			name = stripTitles(ph.text)
		}
		q.AttributedTo, q.Speaker, q.Attribution = ph.text, name, AttrNamed
		*last = lastCue{name: name, as: name, para: s.para}
		return
	}
	// a passive's agent right after the quote: "the plan was called
	// “reckless” by Tom Reed", "often labeled a “sham” by Democrats"
	if ph, ok := a.passiveAgent(ws, i); ok {
		set(ph, AttrNone)
		return
	}
	// the agent of a passive verb of speech that introduces the quote:
	// "Reed was told by Lowell that “…”", "Kemp was warned by the
	// governor: “…”" is Lowell's and the governor's, not the subject's
	if ph, ok := a.speechPassiveAgent(ws, i); ok {
		set(ph, AttrNone)
		return
	}
	// a passive's agent before the quote: "Lowell was described by Tom
	// Reed as “reckless”"
	agent, passive, isPassive := a.passiveOf(ws, i)
	if isPassive && agent.text != "" {
		set(agent, AttrNone)
		return
	}
	// an opening participle of speech that holds the quote is the main
	// clause's subject's: "Calling the plan “a fraud,” Reed left"
	if ph, ok := a.participleSubject(ws, i); ok {
		set(ph, AttrNone)
		return
	}
	// "In Lowell’s words," or "In the words of Ann Lowell," opening the
	// sentence gives the quotation after it to that person
	if ph, ok := a.inWordsOf(ws, i); ok {
		set(ph, AttrNone)
		return
	}
	// a relative clause ending on its speech verb holds the quote, whose
	// subject speaks it, before any cue after the quote: "In a video that
	// Judge Ann Lowell called “shameful,” Reed charged …"
	if ph, ok := a.relativeCueSubject(ws, i); ok {
		if ph.kind == AttrDescription {
			// a bare plural of people is no one person: "what critics
			// call “…”", not a critic the article named
			q.AttributedTo, q.Speaker, q.Attribution = ph.text, "", AttrDescription
			return
		}
		set(ph, AttrNone)
		return
	}
	// a quotation closing a relative clause whose "who" speaks it, set off
	// after a name, is the name's, not the cue's after it: "Unlike Reed,
	// who called it “a disaster,” Lowell said …"
	if ph, ok := a.relativeSpeechAntecedent(ws, i); ok {
		set(ph, AttrNone)
		return
	}
	// a quotation in the clause of a possessor's speech noun, closing a
	// phrase that opens the sentence, is the possessor's, not the cue's
	// after it: "Asked about Lowell’s remark that the plan was “dead,”
	// Reed said …"
	if ph, ok := a.openingSpeechNounOwner(ws, i); ok {
		set(ph, AttrNone)
		return
	}
	// a quotation closing a clause that opens the sentence ("When …",
	// "After …") and has a subject and a speech verb of its own is that
	// subject's, not the main clause's after the comma: "When a voter
	// shouted, “Fix it,” Lowell laughed", "After Reed said the plan would
	// be “a disaster,” Lowell said: …"
	if ph, ok := a.openingClauseCue(ws, i); ok {
		set(ph, AttrNone)
		return
	}
	// 1. a cue right after the quote: ", Blinken said" / ", said Blinken"
	j := i + 1
	for j < len(ws) && ws[j].punct() {
		j++
	}
	// a crowd's voice after the quote: "“…,” came shouts from the crowd"
	if ph, ok := crowdVoiceAfter(ws, i, j); ok {
		q.AttributedTo, q.Speaker, q.Attribution = ph.text, "", AttrDescription
		return
	}
	// (a semicolon after a quotation inside its sentence ends the clause
	// that holds it: the cue after it is the next clause's, "Ann Lowell
	// called it “a start”; Reed called it “a giveaway”")
	semicolon := i > 0 && slices.ContainsFunc(ws[i+1:j], func(w word) bool { return w.s == ";" })
	// (a title inside a clause is no speech the verb after it reports: the
	// verb is the clause's, "Ann Lowell, appearing on “Salem Sunday,” said
	// the plan was …")
	title := i > 0 && ws[i].inert
	if j < len(ws) && ws[j].quote < 0 && j <= i+2 && !semicolon && !title && !a.cueIntroducesNext(q, ws, j) {
		// "…,” it said: a body or a document the article just spoke of
		// (and "…,” they said, when no two people were the subject just
		// before: a body, "the newspaper writes … “…,” they conclude")
		// (but not a thing that resolves to no one, when a preposition
		// just brought in people: "The plan drew fire from dock workers.
		// “…,” they said" is the dock workers)
		if v := j + 1; (ws[j].lower == "it" || ws[j].lower == "they" && a.latestPair(ws[j].start) == "" && !a.peopleOverThing(ws[j].start)) && v < len(ws) && speechVerbs[ws[v].lower] && !strings.HasSuffix(ws[v].lower, "ing") {
			if a.setThing(q, ws[j], s.para, last) {
				return
			}
		}
		// a copula and a speech noun or "how … put it" name the speaker:
		// "…,” was Ann Lowell’s response", "…,” came her reply", "…,” is
		// how Lowell put it"; the quotation opens its sentence (a quoted
		// phrase inside one is a noun the copula's subject: "Lowell said
		// “a new ferry” was Reed’s answer", "The “ferry tax” was his reply")
		if ph, ok := a.copulaCue(ws, j); ok && !slices.ContainsFunc(ws[:i], func(w word) bool { return !w.punct() }) {
			set(ph, AttrNone)
			return
		}
		// (a participle of speech and "that" open the clause it reports,
		// no speaker after them: "…,” adding that Reed had “…”")
		if speechVerbs[ws[j].lower] && !(strings.HasSuffix(ws[j].lower, "ing") && j+1 < len(ws) && ws[j+1].lower == "that") {
			if ph, ok := a.personAt(ws, j+1); ok && (ph.kind != AttrNamed || a.isPersonName(ph, ws, true)) {
				// a name that only modifies the title before the
				// speaker's name: "…,” said Oversight ranking Democrat
				// Ann Lowell; "…,” said Reed constituent Kim Dow
				if n, ok := a.invertedName(ws, j+1); ok && ph.kind == AttrNamed && ph.j < n.j && ph.j < len(ws) && !ws[ph.j].isCap() &&
					len(nameWords(n.text)) >= 2 && !a.sameName(n.text, ph.text) {
					ph = n
				}
				set(ph, AttrNone)
				return
			}
			// any noun phrase after an inverted verb speaks: "…,” said
			// the designer, who works …; "…,” said his best friend at
			// Lehigh, Bruce Turry
			if !listenerVerbs[ws[j].lower] {
				if ph, ok := a.invertedSubject(ws, j+1); ok {
					set(ph, AttrNone)
					return
				}
				// "…,” said undecided Republican voter Stephanie Hooton
				// of Derry: titles the reader does not know, then a name
				if ph, ok := a.invertedName(ws, j+1); ok {
					set(ph, AttrNone)
					return
				}
			}
		}
		// two people joined by "and", perhaps after lower-case words of
		// their trade: "“…,” Tom Reed and Ann Lowell of the Harbor
		// Institute wrote", "“…,” harbor pilots Tom Reed and Ann Lowell
		// said", "“…,” Sen. Tom Reed and Rep. Ann Lowell, both
		// Republicans, said"
		for k := j; k < len(ws) && k <= j+maxTradeWords; k++ {
			if ph, ok := a.personAt(ws, k); ok && ph.kind == AttrNamed {
				if _, v, ok := a.pairedName(ws, ph); ok && v < len(ws) && v <= j+maxPairCueWords && speechVerbs[ws[v].lower] {
					set(ph, AttrNone)
					return
				}
				break
			}
			if w := ws[k]; w.quote >= 0 || w.punct() || w.isCap() || speechVerbs[w.lower] || finiteAux[w.lower] || clauseOpeners[w.lower] {
				break
			}
		}
		if ph, ok := a.personAt(ws, j); ok {
			if d, ok := a.possessorsDescription(ws, ph); ok {
				ph = d // "“…,” Ann Lowell’s spokesman said"
			}
			k := ph.j
			// an apposition: "Hugh Hill, a doctor at the clinic, said",
			// commas inside it ("Anne Richards, assistant secretary of
			// state for population, refugees, and migration, said"): the
			// apposition ends at the last comma before a speech verb
			k = pastApposition(ws, k)
			if k+1 < len(ws) && ws[k].s == "," && speechVerbs[ws[k+1].lower] {
				k++ // the comma closing an apposition the phrase holds: "the spokesman, Josh Earnest, said"
			}
			// (a modal, and a passive of hearing or seeing: "…?” a
			// teacher can be heard asking"; each in lower case
			// only, for a capital ends a name: "…,” Tom May said", "…,”
			// Tom Still said"; and "both", "all" or "each" after "they":
			// "…,” they both said")
			they := ph.kind == AttrPronoun && strings.EqualFold(ph.text, "they")
			for k < len(ws) && k <= ph.j+3 && !speechVerbs[ws[k].lower] && ws[k].quote < 0 && !ws[k].isCap() &&
				(isAdverb(ws[k].lower) || auxiliaries[ws[k].lower] || modals[ws[k].lower] || heardPassive(ws, k) || they && togetherPronouns[ws[k].lower]) {
				k++
			}
			if k < len(ws) && (speechVerbs[ws[k].lower] || closingCueVerbs[ws[k].lower] && k+1 == len(ws)) && (ph.kind != AttrNamed || a.isPersonName(ph, ws, true)) {
				set(ph, AttrNone)
				return
			}
		}
		// a subject the phrase reader does not know, right before the
		// verb: "…,” councilmember Mark Levine said; "…,” James
		// Pethokoukis of the American Enterprise Institute wrote
		if ph, ok := a.plainSubject(ws, j); ok {
			set(ph, AttrNone)
			return
		}
		// a description the phrase reader does not know, then a name in
		// apposition that speaks: "…,” the assailant, Tom Reed, told …",
		// "…,” Ms. Lowell’s press aide, Dan Kemp, wrote"
		if ph, ok := a.describedApposition(ws, j); ok {
			set(ph, AttrNone)
			return
		}
		// "according to X", "according to a filing by X"
		if ws[j].lower == "according" && j+2 < len(ws) && ws[j+1].lower == "to" {
			if ph, ok := a.accordingTo(ws, j+2); ok {
				set(ph, AttrNone)
				return
			}
		}
	}
	// 1b. a name after a dash ends the sentence: "“…” ― Adriana Rodarte",
	//     the way a quotation is signed
	if j < len(ws) && ws[j].quote < 0 {
		if ph, ok := a.personAt(ws, j); ok && ph.kind == AttrNamed && (ph.j == len(ws) || signedLine(a.Doc.Text, ws, ph) || (i == 0 || furnitureLabel(ws, i)) && signatureTitle(ws, ph.j)) && ws[i].end <= ph.start &&
			strings.ContainsAny(a.Doc.Text[ws[i].end:ph.start], "―—–") && strings.Trim(a.Doc.Text[ws[i].end:ph.start], " ―—–-\u00a0") == "" {
			set(ph, AttrNone)
			return
		}
	}
	// 2. a split quote: "A," she said, "B." takes the first one's speaker,
	//    unless a relative clause between gives the second its own
	//    ("“A,” and Reyes, who says it's “B.”"), or a clause joined on
	//    with a subject and a speech verb of its own ("21 percent said
	//    “A” and 14 percent said “B”")
	for k := i - 1; k >= 0; k-- {
		if ws[k].quote >= 0 {
			if _, ok := crowdChant(ws, k); ok {
				// a crowd's chant inside the speaker's words is the
				// crowd's; the words after it go on the speaker's: "He
				// said, “…” - at which point the crowd chanted “…” - “…”"
				continue
			}
			prev := &a.Quotes[ws[k].quote]
			// a subject whose verb the sentence leaves out speaks the
			// second: "Reed called the plan “a mistake”; Lowell, “a
			// start.”"
			if ph, ok := a.gappedSubject(ws, k, i); ok {
				set(ph, AttrNone)
				return
			}
			// and a clause joined on after the first with a subject and a
			// verb of its own, the subject: "Reed called it “waste,” but
			// Lowell sees “investment.”"
			if ph, ok := a.joinedAfterQuote(ws, k, i); ok {
				set(ph, AttrNone)
				return
			}
			// a crowd's chant right before the quote is the crowd's, not
			// the words of the speaker before ("He said, “…” - at which
			// point the crowd chanted “…”")
			_, relative := crowdChant(ws, i)
			joiner := -1
			for m, w := range ws[k+1 : i] {
				relative = relative || w.lower == "who"
				if w.lower == "and" || w.s == ";" || clauseJoiners[w.lower] {
					joiner = k + 1 + m
				} else if joiner >= 0 && m+k+1 > joiner+1 && speechVerbs[w.lower] {
					relative = true
				}
			}
			// (nor when a clause of its own joined on between has a person
			// speak: "… “hopeful” and Lowell calling it a “good start”")
			relative = relative || a.joinedSpeaker(ws, k+1, i)
			// nor when a relative clause gave the first its own: "in a
			// clip that Lowell called “cruel,” Reed vowed to “…”",
			// "Unlike Reed, who called it “…,” Lowell said “…”"
			if _, ok := a.relativeCueSubject(ws, k); ok {
				relative = true
			} else if _, ok := a.relativeSpeechAntecedent(ws, k); ok {
				relative = true
			} else if _, ok := a.openingSpeechNounOwner(ws, k); ok {
				relative = true // "Asked about Lowell’s remark that it was “…,” Reed said “…”"
			}
			// nor when a cue between has a subject of its own, a name or
			// a description, someone other than the first one's speaker:
			// "“…,” Reed said as a heckler yelled, “…”"
			relative = relative || a.otherCueBetween(ws, k+1, i, prev)
			if (prev.Speaker != "" || prev.AttributedTo != "") && !relative {
				q.AttributedTo, q.Speaker, q.Attribution = prev.AttributedTo, prev.Speaker, prev.Attribution
				return
			}
			break
		}
	}
	// 2b. a headline's "Name On …" speaks the quote that follows, when no
	//     speech verb stands between: "Lowell On The Ferry Vote: ‘We Will
	//     Win’", "Tom Reed On Why Harbor Workers Feel “Forgotten”"
	//     (a list item's number on the line before it is passed over:
	//     "3\nTom Reed On …")
	if h := a.listNumber(ws); i > h+1 && !stopCaps[ws[h].s] && (s.para == 0 || isHeadline(ws)) {
		if ph, ok := a.personAt(ws, h); ok && ph.kind == AttrNamed && ph.j+1 < i && ws[ph.j].lower == "on" && !anySpeechVerb(ws[ph.j:i]) {
			set(ph, AttrNone)
			return
		}
	}
	// 2c. a crowd's chant or cheer: "the crowd loudly reprised the chant
	//    “…”", "roused the crowd to chants of “…”", "got the crowd to cheer
	//    for “…”" (a crowd is no one a later cue carries on)
	if ph, ok := crowdChant(ws, i); ok {
		q.AttributedTo, q.Speaker, q.Attribution = ph.text, "", AttrDescription
		return
	}
	// 2d. a verdict on someone's claim: the quote right after "Name is
	//     right" or "wrong" is the claim judged, the name's words ("Fact
	//     Check: Tom Reed Is Right, ‘Ten Thousand Jobs’", "Ann Lowell was
	//     wrong that “the ferry pays for itself”")
	if ph, ok := a.judgedClaimant(ws, i); ok {
		set(ph, AttrNone)
		return
	}
	// 3. a cue before the quote in its sentence: the last speech verb, or
	//    a possessor's speech noun ("Obama’s “…” promise", "Trump’s claim
	//    that there have been “…”")
	if i > 0 && i+1 < len(ws) && speechNouns[ws[i+1].lower] {
		if ph, ok := a.possessor(ws, i-1); ok {
			set(ph, AttrNone)
			return
		}
		// a possessive pronoun: "Reed mocked her “never sell” promise"
		// is whom "her" means, not the sentence's subject
		// ("Reed gave her “stay the course” advice": "her" after a verb
		// of giving is its indirect object, the advice Reed's)
		if p := ws[i-1]; p.lower == "his" || (p.lower == "her" && !(i >= 2 && givingVerbs[ws[i-2].lower])) {
			set(phrase{text: p.s, kind: AttrPronoun, start: p.start, end: p.end, i: i - 1, j: i}, AttrNone)
			return
		}
	}
	for k := i - 1; k >= 0; k-- {
		if ws[k].quote >= 0 {
			break
		}
		if isPassive && k == passive {
			continue // "Reed was called “a liar”": not Reed's words; a cue before may speak them
		}
		// a thing that carries words, or a headline or an ad, reads the
		// quote: "held up a sign saying “…”", "a hat reading, “…”", "a
		// headline that said, “…”"
		if (speechVerbs[ws[k].lower] || ws[k].lower == "reading") && (k+1 == i || k+2 == i && (ws[k+1].s == "," || ws[k+1].s == ":")) {
			if ph, ok := a.displayThing(ws, k); ok {
				// (a thing speaks no later quotation: no cue to carry on)
				q.AttributedTo, q.Speaker, q.Attribution = ph.text, "", AttrDescription
				return
			}
		}
		// (or "was" and an adjective before a colon: "His answer was
		// blunt: “…”")
		copulaColon := k+4 == i && (ws[k+1].lower == "was" || ws[k+1].lower == "is") && ws[k+3].s == ":" && ws[k+2].quote < 0 && !ws[k+2].punct() && !ws[k+2].isCap()
		if speechNouns[ws[k].lower] && k > 0 && (k == i-1 || ws[k+1].lower == "that" || k+2 == i && (ws[k+1].s == ":" || ws[k+1].s == "," || ws[k+1].lower == "for") || copulaColon || nounClauseAfter(ws, k, i)) {
			// the noun's possessor, perhaps past one modifier ("Mr.
			// Trump’s debate interjection that … “smart”"), when the quote
			// is what was said (right after the noun or in its "that"
			// clause), not a word about it ("denounced Park’s remarks as
			// “cheap”")
			// right after the noun, the quote may be a verb's word about
			// it ("Park called Haddad’s remarks “disgusting”"): then only
			// with no such verb before it
			thatClause := k+1 < i && ws[k+1].lower == "that" || nounClauseAfter(ws, k, i)
			if thatClause && asCommentAfter(ws, i) {
				break // "her argument that she is no “regional” candidate, as Reed’s aide suggested": the comment's
			}
			if ph, ok := a.possessor(ws, k-1); ok && (thatClause || !verbBefore(ws, ph.i)) {
				// inside what someone else reports: "Lowell said Thursday
				// that Reed’s claim that … is “…”" is Lowell's
				if out, ok := a.reporterBefore(ws, ph); ok && countAux(ws[k+1:i]) >= 2 {
					ph = out
				}
				set(ph, AttrNone)
				return
			}
			if k > 1 && !ws[k-1].isCap() && !ws[k-1].punct() {
				if ph, ok := a.possessor(ws, k-2); ok && (thatClause || !verbBefore(ws, ph.i)) {
					set(ph, AttrNone)
					return
				}
			}
			// a possessive pronoun, perhaps past one modifier: "her
			// claim that she “never sent …”", "his March remark that"
			for _, p := range []int{k - 1, k - 2} {
				if p >= 0 && (ws[p].lower == "his" || ws[p].lower == "her") && (p == k-1 || !ws[k-1].punct()) && (thatClause || !verbBefore(ws, p)) {
					set(phrase{text: ws[p].s, kind: AttrPronoun, start: ws[p].start, end: ws[p].end, i: p, j: p + 1}, AttrNone)
					return
				}
			}
		}
		// a headline's "Name:" (the first paragraph, or a line in title
		// case) speaks what follows: "Trump: ‘I’m the …’"
		if h := a.listNumber(ws); ws[k].s == ":" && k > h && !stopCaps[ws[h].s] && (s.para == 0 || isHeadline(ws)) && !a.handleAt(ws[k-1]) {
			if ph, ok := a.personAt(ws, h); ok && ph.j == k && ph.kind == AttrNamed && !furniturePhrase(ws, ph) {
				if speechVerbs[ws[h].lower] && ph.j > h+1 {
					// an inverted verb heading the name is no part of
					// it: "Says Tom Reed: “…”"
					if nm, found := a.personAt(ws, h+1); found && nm.j == k && nm.kind == AttrNamed {
						ph = nm
					}
				}
				// a title-case verb inside the run ends the name: the
				// subject before it speaks ("Ann Lowell Praises Harbor’s
				// Editor Tom Reed: ‘…’")
				for v := ph.i + 1; v < ph.j; v++ {
					if w := ws[v]; w.isCap() && (headlineVerbs[w.s] || headlineActs[w.s] || speechVerbs[w.lower] && strings.HasSuffix(w.lower, "s")) {
						if sub, ok := a.personAt(ws[:v], 0); ok && sub.kind == AttrNamed && sub.j == v {
							ph = sub
						}
						break
					}
				}
				set(ph, AttrNone)
				return
			}
		}
		// "Name: “…”" in running text, with no speech verb before it:
		// "Pollsters agree - Carl Bialik: “…”", "… doesn’t surprise
		// Republican pollster Daron Shaw: “…”"
		if k == i-1 && ws[k].s == ":" && !anySpeechVerb(ws[:k]) {
			if ph, ok := a.topicColonSpeaker(ws, k); ok {
				set(ph, AttrNone) // "Ann Lowell, on the vote: “…”"
				return
			}
			if ph, ok := a.colonSpeaker(ws, k); ok {
				set(ph, AttrNone)
				if k > 0 && a.handleAt(ws[k-1]) {
					q.AttributedTo = "@" + ws[k-1].s // as written
				}
				return
			}
			if k > 0 && a.handleAt(ws[k-1]) {
				return // a handle no record's speaker goes with: no one the article names
			}
		}
		if ws[k].lower == "according" && k+2 < i && ws[k+1].lower == "to" {
			if ph, ok := a.personAt(ws, k+2); ok {
				set(ph, AttrNone)
				return
			}
			if ph, ok := a.accordingThing(ws, k+2); ok {
				set(ph, AttrNone) // "According to the newspaper, “…”"
				return
			}
		}
		// "as X put it, “…”": the idiom is a speech verb
		if (ws[k].lower == "put" || ws[k].lower == "puts") && k+1 < i && ws[k+1].lower == "it" {
			if ph, ok := a.subjectBefore(ws, k); ok {
				set(ph, AttrNone)
				return
			}
			// "As Ann Lowell, author of “The Long Harbor,” put it": the
			// name after "as", past an apposition a title may close
			if ph, ok := a.asNameApposition(ws, k); ok {
				set(ph, AttrNone)
				return
			}
		}
		// a capitalised word inside a name is no verb ("United States"),
		// nor a word after a possessive or a determiner ("Trump’s
		// remarks", "the claims")
		if (speechVerbs[ws[k].lower] || speechInfinitive(ws, k, i)) && !(k > 0 && ws[k].isCap() && ws[k-1].isCap() && !isHeadline(ws)) && !(k > 0 && nounBefore(ws[k-1])) && !(k > 0 && pluralAfterPreposition(ws[k-1], ws[k])) {
			// "a company called Harbor Data, which builds what it calls
			// “…”": "it" right before the verb is the body the sentence
			// brought in by name
			if k > 0 && ws[k-1].lower == "it" {
				if c := issuesBefore(a.called, ws[k-1].start) - 1; c >= 0 && a.called[c].off >= ws[0].start {
					q.AttributedTo, q.Speaker, q.Attribution = ws[k-1].s, a.called[c].name, AttrPronoun
					*last = lastCue{name: a.called[c].name, as: a.called[c].name, para: s.para}
					return
				}
			}
			// a passive "asked by" gives the asker: "Reed was asked by
			// moderator Ann Lowell whether the plan would mean “…”"; the
			// one asked stays the subject a later cue carries on
			if ph, ok := a.askedBy(ws, k, i); ok {
				name, known := a.resolveQuiet(ph)
				if !known {
					name = stripTitles(ph.text)
				}
				q.AttributedTo, q.Speaker, q.Attribution = ph.text, name, AttrNamed
				return
			}
			if ph, ok := a.subjectBefore(ws, k); ok {
				// speech reported inside another's: "Lena Park said Lowell
				// called on members to be “united”" is what Park says
				// Lowell did: the outer speaker's words
				if out, ok := a.outerSpeaker(ws, ph); ok {
					ph = out
				} else if out, ok := a.parentheticalSpeaker(ws, ph, k); ok {
					ph = out // "Lowell, Tom Reed said, called the plan “a fraud”"
				}
				set(ph, AttrNone)
				return
			}
			// "said Secretary Blinken: “…”"; after "told" or "asked" the
			// person is the listener, not the speaker, after "called" or
			// "mocked" the one spoken of; in "said he and others are …"
			// the person begins an object clause
			if ph, ok := a.personAt(ws, k+1); ok && ph.j <= i && !listenerVerbs[ws[k].lower] && !objectVerbs[ws[k].lower] && endsClause(ws, ph.j) && !strings.HasSuffix(ws[k].lower, "ing") &&
				!a.subjectOfQuote(ws, ph.j) {
				set(ph, AttrNone)
				return
			}
			// a subject no person phrase heads: "the network said that
			// …", "21 percent said “…”"
			if ph, ok := a.nounSubject(ws, k); ok {
				set(ph, AttrNone)
				return
			}
			// "It says: “…”": a body or a document the article just
			// spoke of
			if e := k - 1; e >= 0 && ws[e].lower == "it" && !strings.HasSuffix(ws[k].lower, "ing") && (e == 0 || clauseBoundary(ws[e-1]) || !ws[e-1].isCap() && !objectVerbs[ws[e-1].lower]) {
				if a.setThing(q, ws[e], s.para, last) {
					return
				}
			}
		}
	}
	// 3b. the quote ends its sentence and the next one is only its cue
	//    (a cue before it in its own sentence comes first):
	//    "“…?” Beck questioned." (a mark and a capital end a sentence);
	//    not a cue whose colon introduces the next quote ("Kemp said: “…”")
	if i == len(ws)-1 && si+1 < len(sents) && sents[si+1].para == s.para && !a.cueIntroducesNext(q, sents[si+1].words, 0) {
		// (set reads the words around the cue's phrase: those of the cue's
		// sentence, which the phrase's indexes count in)
		next := sents[si+1].words
		if ph, ok := a.cueClause(next); ok {
			// (a source the cue is credited to reports the quote: "“…?”
			// Lowell asked, according to the Herald.")
			if src, ok := a.reportingSource(sents[si+1].words); ok && !src.thing && src.kind == AttrNamed {
				name, known := a.resolveQuiet(src)
				if !known {
					name = stripTitles(src.text)
				}
				q.AttributedTo, q.Speaker, q.Attribution = src.text, name, AttrNamed
				*last = lastCue{name: name, as: name, para: s.para}
				return
			}
			ws = next
			set(ph, AttrNone)
			return
		}
		// or opens on words that point back at it, as 5c reads them
		// from the next paragraph: "“We will not be moved.” That was
		// how Tom Reed put it.", "… The words came from Tom Reed."
		if ph, ok := a.speakerPointingBack(next); ok {
			ws = next
			set(ph, AttrNone)
			return
		}
	}
	// 3c. a cue clause closing the sentence after a comma: "Ann Lowell
	//    is an “able leader” who won twice, the editorial board writes."
	//    speaks the sentence, not its subject
	if i > 0 {
		for k := len(ws) - 2; k > i; k-- {
			if ws[k].quote >= 0 {
				break
			}
			if ws[k].s != "," {
				continue
			}
			if ph, ok := a.cueClause(ws[k+1:]); ok {
				ph.i, ph.j = ph.i+k+1, ph.j+k+1
				set(ph, AttrNone)
				return
			}
			if ph, ok := a.plainSubject(ws, k+1); ok && endsClause(ws, ph.j+1) {
				set(ph, AttrNone) // ", the group says."
				return
			}
			break
		}
	}
	// 3d. a cue later in the sentence, after a clause that follows the
	//    quote: "“Boots on the ground” would be appropriate, Ben Carson
	//    said after the attacks." It comes before the sentence's subject:
	//    in "Reed “felt a duty to act on” the plan, Lowell said." the
	//    subject is whom the cue's speaker speaks of
	if ph, ok := a.laterCue(ws, i); ok {
		set(ph, AttrNone)
		return
	}
	// 3e. a partial quote a passive of naming, blame or praise holds
	//    with no agent is about its subject, not said by it: "Lowell
	//    was described as “aloof” in a poll", "Reed has been accused of
	//    “lying”"; nor is it the speaker's before
	if isPassive {
		return
	}
	// 3f. a term "so-called" brings in, with no verb of speech before
	//    it in its sentence, is no one's words: "The so-called “harbor
	//    tax” would add $40 a bill" (not the subject's, nor the last
	//    speaker's carried on)
	if i > 0 && ws[i-1].lower == "so-called" && !anySpeechVerb(ws[:i]) {
		return
	}
	// 4e. a partial quote in a relative clause after a person's name is
	//    the person's: "Reed contrasted that with Lowell, who is looking
	//    to bring “people together.”" (not a short quote no speech is
	//    reported around, a term or a scare quote)
	if ph, ok := a.relativeAntecedent(ws, i); ok && (letterWords(q.Text) > 4 && !isTitleCase(q.Text) || a.cued[qi]) {
		set(ph, AttrNone)
		return
	}
	// 4a. a partial quote in a clause joined on after the sentence's own,
	//    with a subject of its own: "Reed proposed a vote in May, but the
	//    Lowell campaign rejected it as “absurd”", "Reed spoke downtown,
	//    where 50 dockers had gathered, chanting “…”"
	if ph, ok := a.joinedClauseSubject(ws, i); ok {
		set(ph, AttrNone)
		return
	}
	// 4. a partial quote: the sentence's subject speaks it (a
	//    possessor's aide, not the possessor: "Mr. Reed’s campaign
	//    chairman, Dan Kemp, dismissed it as “…”")
	if i > 0 {
		if ph, ok := a.sentenceSubject(ws, i, false); ok {
			if d, found := a.possessorsAide(ws, ph, i); found {
				ph = d
			}
			set(ph, AttrNone)
			return
		}
	}
	// 4b. a partial quote whose subject is a name nothing else calls a
	//    person: "Moore thanked him for “…”"
	if i > 0 {
		if ph, ok := a.sentenceSubject(ws, i, true); ok && a.namedSubject(ws, ph) {
			set(ph, AttrNone)
			return
		}
	}
	// 4d. a partial quote whose sentence's subject is a noun phrase no
	//    person phrase heads, before its first verb: "Harbor shipping
	//    experts have doubted that … “…”", "Outside, about 200 marchers
	//    gathered, chanting “…”" (not a short quote no speech is reported
	//    around)
	if ph, ok := a.headNounSubject(ws, i); ok && (letterWords(q.Text) > 4 && !isTitleCase(q.Text) && !objectOfVerb(ws, i) || a.cued[qi]) {
		set(ph, AttrNone)
		return
	}
	// 4c. a partial quote after a clause whose subject is a pronoun, in a
	//    sentence whose own subject is read nowhere above: "Still, more
	//    often than not he seemed to side with Kemp, to go by the way he
	//    pictured himself -- as a “…”" (not a short quote no speech is reported around,
	//    a term or a scare quote)
	if ph, ok := pronounSubjectBefore(ws, i); ok && (letterWords(q.Text) > 4 && !isTitleCase(q.Text) || a.cued[qi]) {
		set(ph, AttrNone)
		return
	}
	// 4d. a quotation that is a paragraph of its own, signed in the
	//    paragraph under it: "“…” ¶ — Tom Reed, mayor of Salem"
	if i == 0 && onlyQuotesAfter(ws, i) && si+1 < len(sents) && sents[si+1].para == s.para+1 && (si+2 >= len(sents) || sents[si+2].para != s.para+1) {
		if ph, ok := a.signatureBelow(sents[si+1].words, a.raw[qi].close); ok {
			if name, kind := a.resolve(ph, ph.start); name != "" {
				q.AttributedTo, q.Speaker, q.Attribution = ph.text, name, kind
				*last = lastCue{name: name, as: name, para: s.para}
				return
			}
		}
	}
	// (a heading's quotation, as a subheading pulls one out of the
	// story, speaks for no one its own line does not name: "“…,” Reed
	// said. ¶ Lowell spoke next. “…” ¶ ## “The fishermen are the heart
	// of this city”" is not Lowell's; the paragraphs around it are no
	// cue of it)
	if a.headParas[s.para] {
		return
	}
	// 5. the quote follows a sentence that names its speaker
	//    ("Blinken said:" ends the previous sentence), or carries on the
	//    speaker of the previous paragraph
	// (not into a new paragraph whose quotation, alone in its
	// sentence, names that speaker in the third person, as a speaker
	// seldom names themself: "“…,” Reed wrote. ¶ “Reed's piece misses
	// the point.”")
	// (a lead-in of a topic before a quotation that ends the sentence
	// is no cue: "On the strike: “…”", "Asked about the strike, “…”";
	// the quotation opens on a capital, as words said whole do, not a
	// fragment the sentence runs on into: "For now, “the bridge is a
	// dream.”")
	if last.as != "" && (s.para-last.para <= 1 && (i == 0 || topicLeadIn(ws, i) && onlyQuotesAfter(ws, i) && quoteOpensCap(q.Text, 0, len(q.Text))) && !(onlyQuotesAfter(ws, i) && namesInQuote(q.Text, last.name) && !namesFamilyOf(q.Text, last.name)) || s.para == last.para) {
		// unless the sentence before is about someone else, who then
		// speaks ("“…,” Reed said. Lowell seemed taken aback. “…”")
		if ph, name, ok := a.subjectBeforeQuote(sents, si, i, letterWords(q.Text) > 4); ok && name != last.name {
			q.AttributedTo = ph.text
			q.Speaker = name
			q.Attribution = AttrCarried
			*last = lastCue{name: name, as: cmp.Or(name, ph.text), para: s.para}
			return
		}
		// nor when the sentence opening the quotation's paragraph, after
		// the speaker's, names someone else and no one more, in whatever
		// role: "“…,” Reed said. ¶ It was a view Ann Lowell did not
		// share. “This plan will bankrupt the city.”" (not a short
		// quotation, which may be a term, nor one that speaks of a "he"
		// or a "she", who may be that person: "The remark was aimed at
		// Ann Lowell. “She knows what she did.”")
		if letterWords(q.Text) > 4 && !pronounOfGenderIn(q.Text, genderUnknown) {
			if ph, name, ok := a.otherNamedBefore(sents, si, i, last.name); ok {
				q.AttributedTo, q.Speaker, q.Attribution = ph.text, name, AttrCarried
				*last = lastCue{name: name, as: name, para: s.para}
				return
			}
		}
		q.AttributedTo = last.as
		q.Speaker = last.name
		q.Attribution = AttrCarried
		// a paragraph that opens on nothing but the quotation goes on
		// the speaker's words, and the next such paragraph carries them
		// on in turn: "Lowell spoke for an hour. ¶ “A.” ¶ “B.” ¶ “C.”"
		// (not a cry of a few words, which may be anyone's: a crowd's
		// "“Nooooo!”" under a candidate's question)
		if i == 0 && onlyQuotesAfter(ws, i) && (si == 0 || sents[si-1].para < s.para) && letterWords(q.Text) > 4 {
			last.para = s.para
		}
		return
	}
	// 5b. a quotation opening its sentence with no speaker to carry on
	//    (none yet, or paragraphs without quotations since) is the named
	//    subject's of the sentence before, in its own paragraph or ending
	//    the one before, not the headline's: "Reed spoke to the crowd for
	//    an hour. ¶ “We will win.”", "Lowell had a warning for the
	//    council. “If you sell the docks, …”"; only when nothing but
	//    quotations follows it in its sentence, where a cue the rules
	//    cannot read may stand (“…”, sagte Weber.); a pronoun heading the
	//    sentence before ("She had a warning. “…”") counts only for a
	//    quotation of more than four words, not a short one that may be
	//    a term
	if i == 0 && si > 0 && (sents[si-1].para == s.para-1 || sents[si-1].para == s.para && letterWords(q.Text) > 4) && !heading(sents, si-1) && onlyQuotesAfter(ws, i) {
		if ph, name, ok := a.subjectBeforeQuote(sents, si, i, letterWords(q.Text) > 4); ok {
			q.AttributedTo = ph.text
			q.Speaker = name
			q.Attribution = AttrCarried
			*last = lastCue{name: name, as: cmp.Or(name, ph.text), para: s.para}
			return
		}
	}
	// 5c. a quotation that is a paragraph of its own, cued by the next
	//    paragraph's opening words that point back at it: "“We can do
	//    better.” ¶ With those words, Ann Lowell opened her campaign",
	//    "That was how the mayor put it", "So said Tom Reed"
	if i == 0 && onlyQuotesAfter(ws, i) && si+1 < len(sents) && sents[si+1].para == s.para+1 && (si == 0 || sents[si-1].para < s.para) {
		if ph, ok := a.speakerPointingBack(sents[si+1].words); ok {
			if name, kind := a.resolve(ph, ph.start); name != "" {
				q.AttributedTo, q.Speaker, q.Attribution = ph.text, name, kind
				*last = lastCue{name: name, as: name, para: s.para}
			}
		}
	}
	// 5d. a quotation that is a paragraph of its own, in which one
	//    person speaks ("I", "my"), after one paragraph of narrative that
	//    brings in no one goes on the last speaker's words: "“…,” Reed
	//    said. ¶ The council voted 5 to 2 to approve the plan. ¶ “I am
	//    proud of this council.”" (not words a crowd or a body may say:
	//    "¶ The plan drew protests. ¶ “Shame on the council!”")
	afterOwnPara := i == 0 && onlyQuotesAfter(ws, i) && si > 0 && sents[si-1].para == s.para-1 // (a paragraph of its own after one of narrative)
	if q.AttributedTo == "" && last.name != "" && s.para-last.para == 2 && afterOwnPara && speaksAsOne(q.Text) && a.noOneBetween(sents, si) {
		q.AttributedTo, q.Speaker, q.Attribution = last.as, last.name, AttrCarried
		last.para = s.para
	}
	// 5e. a quotation that is a paragraph of its own, with no speaker
	//    yet, after a paragraph of narrative that brings in one person
	//    and quotes no one, is that person's words, however the
	//    paragraph brings them in: "Critics are not convinced. Among
	//    them is Ann Lowell, a council member. ¶ “It will never work.”",
	//    "For Ann Lowell, the plan is a fantasy. ¶ “…”" (not a quotation
	//    that names them in the third person, or speaks of one of their
	//    gender so: "Tom Reed died on Monday. ¶ “He was a giant of this
	//    city.”")
	if q.AttributedTo == "" && afterOwnPara {
		if name, ok := a.onlyPersonBefore(sents, si); ok && !namesInQuote(q.Text, name) && !pronounOfGenderIn(q.Text, a.genderOf(name)) {
			q.AttributedTo, q.Speaker, q.Attribution = name, name, AttrCarried
			*last = lastCue{name: name, as: name, para: s.para}
		}
	}
}

// maxLeadInWords is the most words topicLeadIn reads before its mark.
const maxLeadInWords = 8

// topicLeadIn tells whether the words before the quotation at words[i] are
// only a short lead-in of its topic that a colon or a comma ends, with no
// subject, verb, name or noun of people of its own: "On the strike: “…”",
// "Asked about the strike, “…”" (a participle of asking may open it).
func topicLeadIn(ws []word, i int) bool {
	if i < 2 || i > maxLeadInWords+1 || ws[i-1].s != ":" && ws[i-1].s != "," {
		return false
	}
	for k, w := range ws[:i-1] {
		if k == 0 && askingLeads[w.lower] {
			continue
		}
		if w.quote >= 0 || k > 0 && w.isCap() || w.punct() || pronouns[w.lower] || w.lower == "i" || w.lower == "we" || w.lower == "you" ||
			speechVerbs[w.lower] || finiteVerb(w.lower) || irregularPasts[w.lower] || personNoun(w.lower) || personNoun(singular(w.lower)) || crowdNouns[w.lower] {
			return false // (nor who else speaks: "From the crowd: “…”")
		}
	}
	return true
}

// askingLeads are the participles of asking that open a lead-in of a
// topic: "Asked about the strike, “…”".
var askingLeads = setOf(`asked pressed questioned`)

// pronounOfGenderIn tells whether text holds a pronoun of the third person
// singular of gender g ("he", "his" for genderMale), or of either gender
// when g is genderUnknown.
func pronounOfGenderIn(text string, g int) bool {
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch strings.ToLower(f) {
		case "he", "him", "his", "himself":
			if g != genderFemale {
				return true
			}
		case "she", "her", "hers", "herself":
			if g != genderMale {
				return true
			}
		}
	}
	return false
}

// onlyPersonBefore is the one person the paragraph before sentence si, which
// opens its own paragraph, brings in: all its mentions that may be a
// person's are that person's. The paragraph holds no quotation, is no
// heading, and does not end on a colon that introduces what follows
// ("Transcript as follows:").
func (a *Article) onlyPersonBefore(sents []sentence, si int) (string, bool) {
	from, ok := paragraphBefore(sents, si)
	if !ok {
		return "", false
	}
	for _, s := range sents[from:si] {
		for _, w := range s.words {
			if w.quote >= 0 {
				return "", false
			}
		}
	}
	name, one := a.onePersonMentioned(sents[from].words[0].start, sents[si].words[0].start)
	return name, one && name != ""
}

// paragraphBefore is the sentence that opens the paragraph ending right
// before sentence si, when that paragraph is no heading and does not end
// on a colon that introduces what follows ("Transcript as follows:").
func paragraphBefore(sents []sentence, si int) (int, bool) {
	from := si - 1
	for from > 0 && sents[from-1].para == sents[si-1].para {
		from--
	}
	last := sents[si-1].words
	if heading(sents, from) || len(last) == 0 || last[len(last)-1].s == ":" {
		return 0, false
	}
	return from, true
}

// onePersonMentioned is the name of the person that all the mentions
// between start and end that may be a person's are of, "" when there are
// none; one is false when they are of more than one person.
func (a *Article) onePersonMentioned(start, end int) (name string, one bool) {
	k := sort.Search(len(a.mentions), func(k int) bool { return a.mentions[k].off >= start })
	for ; k < len(a.mentions) && a.mentions[k].off < end; k++ {
		if m := a.mentions[k]; m.person {
			if name != "" && m.name != name {
				return "", false
			}
			name = m.name
		}
	}
	return name, true
}

// otherNamedBefore is the one person, other than the last speaker, that
// the sentence before the quotation opening sentence si names, when that
// sentence opens the quotation's paragraph in the paragraph after the
// speaker's, quotes no one, and holds no pronoun of a person (who may be
// the speaker): "It was a view Ann Lowell did not share. “…”". A full name
// the article had not registered becomes a person.
func (a *Article) otherNamedBefore(sents []sentence, si, i int, speaker string) (phrase, string, bool) {
	if i != 0 || si == 0 || sents[si-1].para != sents[si].para || si > 1 && sents[si-2].para == sents[si].para {
		return phrase{}, "", false
	}
	ws := sents[si-1].words
	var one phrase
	name, fresh := "", false // fresh: one is a name the article has not registered
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		if w.quote >= 0 || pronouns[w.lower] || personPronouns[w.lower] {
			return phrase{}, "", false
		}
		if !w.isCap() {
			continue
		}
		ph, ok := a.personAt(ws, k)
		if !ok || ph.kind != AttrNamed {
			continue
		}
		k = ph.j - 1
		n, known := a.resolveQuiet(ph)
		if known && n != "" && !a.isPersonName(ph, ws, false) {
			continue
		}
		unknown := !known || n == ""
		if unknown {
			// (a full name with a given name the article did not meet
			// as a subject: "… drawn fire from Ann Lowell")
			if f := nameWords(ph.text); len(f) < 2 || !isGivenName(f[0]) || !mayBePerson(ph.text) {
				continue
			}
			n = stripTitles(ph.text)
		}
		if name != "" && n != name || a.sameName(n, speaker) {
			return phrase{}, "", false
		}
		one, name, fresh = ph, n, unknown
	}
	if name == "" {
		return phrase{}, "", false
	}
	if fresh {
		name = a.addPerson(one.text, one.start).Name
	}
	return one, name, true
}

// noOneBetween tells whether the paragraph before sentence si, which
// opens its own paragraph, is narrative that brings in no one: prose with
// a verb, not a heading nor words a colon ends that introduce what
// follows ("Transcript as follows:"), that holds no quotation, no pronoun
// of a person, no noun of people, and no mention of one that may be a
// person.
func (a *Article) noOneBetween(sents []sentence, si int) bool {
	from, ok := paragraphBefore(sents, si)
	if !ok {
		return false
	}
	verb := false
	for _, s := range sents[from:si] {
		if d := datelineEnd(s.words); d < len(s.words) && indefiniteOpeners[s.words[d].lower] {
			// a sentence that opens on an indefinite phrase may bring in
			// one no list of nouns of people holds: "A passenger on the
			// ferry filmed the crash. ¶ “I saw …”"
			return false
		}
		for _, w := range s.words {
			if w.quote >= 0 || pronouns[w.lower] || personPronouns[w.lower] || personNoun(w.lower) || personNoun(singular(w.lower)) ||
				bystanderNouns[w.lower] || bystanderNouns[singular(w.lower)] {
				return false // (nor a noun of people: "Protesters gathered outside.")
			}
			verb = verb || !w.isCap() && (finiteVerb(w.lower) || irregularPasts[w.lower])
		}
	}
	if !verb {
		return false
	}
	name, one := a.onePersonMentioned(sents[from].words[0].start, sents[si].words[0].start)
	return one && name == ""
}

// bystanderNouns are nouns of people in the news of an event that
// personNouns leaves out: a paragraph holding one brings someone in
// ("Survivors swam to shore. ¶ “I saw …”").
var bystanderNouns = setOf(`passenger survivor victim driver teen fisherman patient visitor tourist shopper parent rider pilot`)

// indefiniteOpeners open a phrase that may bring in someone new.
var indefiniteOpeners = setOf(`a an one another`)

// speaksAsOne tells whether a quotation's words are one person's, who
// speaks of themself: "I", "me", "my", "myself", "mine".
func speaksAsOne(text string) bool {
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch f {
		case "I", "me", "my", "My", "myself", "mine":
			return true
		}
	}
	return false
}

// personPronouns are the pronouns other than a subject's that stand for
// people: a paragraph holding one speaks of someone.
var personPronouns = setOf(`him his her hers them their we us our i me my you your`)

// signatureBelow reads the name that signs a quotation from the paragraph
// under it, a dash before the name and perhaps a short title after it:
// "— Ann Lowell, Salem harbor master". close is where the quotation ends.
func (a *Article) signatureBelow(ws []word, close int) (phrase, bool) {
	k := 0
	for k < len(ws) && k < 3 && (ws[k].s == "—" || ws[k].s == "–") {
		k++ // "— — Ann Lowell": an HTML <footer> that writes its own dash
	}
	if k >= len(ws) || close > ws[k].start {
		return phrase{}, false
	}
	gap := a.Doc.Text[close:ws[k].start]
	if !strings.ContainsAny(gap, "―—–-") || strings.Trim(gap, " \t\r\n―—–-\u00a0") != "" {
		return phrase{}, false
	}
	ph, ok := a.personAt(ws, k)
	if !ok || ph.kind != AttrNamed || ph.j != len(ws) && !signatureTitle(ws, ph.j) && !(ph.j+1 == len(ws) && ws[ph.j].s == ".") {
		return phrase{}, false
	}
	return ph, true
}

// speakerPointingBack reads the speaker of a quotation ending its sentence
// from the words opening the next sentence or paragraph that point back at
// it: "With those words, NAME …", "With that, NAME …", "That was how NAME
// put it", "That is what NAME told …", "So said NAME", or that say whose
// words it was (see wordsOwner): "The words came from NAME". A name must
// be a person's.
func (a *Article) speakerPointingBack(ws []word) (phrase, bool) {
	if ph, ok := a.wordsOwner(ws); ok {
		return ph, true
	}
	k := -1
	switch {
	case len(ws) > 3 && ws[0].lower == "with" && (ws[1].lower == "those" || ws[1].lower == "these") && ws[2].lower == "words" && ws[3].s == ",":
		k = 4
	case len(ws) > 2 && ws[0].lower == "with" && ws[1].lower == "that" && ws[2].s == ",":
		k = 3
	case len(ws) > 2 && (ws[0].lower == "that" || ws[0].lower == "this") && (ws[1].lower == "was" || ws[1].lower == "is") && (ws[2].lower == "how" || ws[2].lower == "what"):
		k = 3
	case len(ws) > 1 && (ws[0].lower == "that's" || ws[0].lower == "that’s") && (ws[1].lower == "how" || ws[1].lower == "what"):
		k = 2
	case len(ws) > 1 && ws[0].lower == "so" && (ws[1].lower == "said" || ws[1].lower == "says"):
		k = 2
	}
	if k < 0 || k >= len(ws) {
		return phrase{}, false
	}
	ph, ok := a.personAt(ws, k)
	if !ok || ph.kind == AttrNamed && !a.isPersonName(ph, ws, false) && !(len(nameWords(ph.text)) >= 2 && isGivenName(ws[ph.i].s)) {
		return phrase{}, false
	}
	if ws[0].lower == "so" {
		return ph, true
	}
	if ph.j >= len(ws) || ws[ph.j].quote >= 0 || ws[ph.j].isCap() || ws[ph.j].punct() {
		return phrase{}, false // no verb after the name: the subject of none
	}
	if ws[0].lower != "with" && !speechVerbs[ws[ph.j].lower] && ws[ph.j].lower != "put" {
		return phrase{}, false // not "That is what Reed wants"
	}
	if ws[0].lower == "with" && ws[1].lower == "that" && !speechVerbs[ws[ph.j].lower] {
		return phrase{}, false // "With that, Reed shut the office": an act after it, not its speaker
	}
	return ph, true
}

// spokenNouns are the nouns a sentence that says whose words a quotation
// was calls them by: "The words came from Reed".
var spokenNouns = setOf(`words remark remarks`)

// wordsOwner reads the person a sentence says the words before it were
// spoken by: "The words came from Tom Reed", "Those were Reed’s words",
// "The remark was Lowell’s". The person is named, and ends the sentence.
func (a *Article) wordsOwner(ws []word) (phrase, bool) {
	n := len(ws)
	if n < 3 || !demonstrativeHeads[ws[0].lower] {
		return phrase{}, false
	}
	var ph phrase
	var ok bool
	switch {
	case n > 4 && spokenNouns[ws[1].lower] && (ws[2].lower == "came" || ws[2].lower == "come" || ws[2].lower == "comes") && ws[3].lower == "from":
		// "The words came from Reed", "… from the mayor"
		if ph, ok = a.personAt(ws, 4); !ok || ph.j != n || ph.kind == AttrPronoun {
			return phrase{}, false
		}
		if ph.kind == AttrDescription {
			return ph, !ph.thing
		}
	case ws[0].lower != "the" && copulas[ws[1].lower] && spokenNouns[ws[n-1].lower]:
		// "Those were Reed’s words"
		ph, ok = a.possessor(ws, n-2)
		ok = ok && ph.i == 2
	case spokenNouns[ws[1].lower] && copulas[ws[2].lower]:
		// "The words were Reed’s"
		ph, ok = a.possessor(ws, n-1)
		ok = ok && ph.i == 3
	}
	if !ok || ph.kind != AttrNamed || !a.isPersonName(ph, ws, false) && !(len(nameWords(ph.text)) >= 2 && isGivenName(ws[ph.i].s)) {
		return phrase{}, false
	}
	return ph, true
}

// demonstrativeHeads open a sentence that points back at the quotation
// before it.
var demonstrativeHeads = setOf(`the those these that this`)

// asideClose is the comma before words[i] that closes a short aside the
// comma at words[k] opens (", Dan E. Kemp,", ", in a letter,", ", 2025,"),
// or 0.
func asideClose(ws []word, k, i int) int {
	if ws[k].s != "," {
		return 0
	}
	for m := k + 1; m < i && m <= k+maxRelativeName; m++ {
		switch {
		case ws[m].s == ",":
			if m > k+1 {
				return m
			}
			return 0
		case ws[m].quote >= 0:
			return 0
		}
	}
	return 0
}

// relativeAntecedent is the person named right before a relative "who"
// (after a comma or not) whose clause holds the quotation at words[i],
// with no comma between "who" and the quotation: "… with Lowell, who is
// looking to bring “people together.”" Only as far back as the quotation
// before, or an opening clause's most words.
func (a *Article) relativeAntecedent(ws []word, i int) (phrase, bool) {
	w := -1
	for k := i - 1; k >= 1 && k >= i-maxClauseIntroWords; k-- {
		if ws[k].quote >= 0 || ws[k].s == "," || ws[k].s == ";" || ws[k].s == ":" {
			break
		}
		if ws[k].lower == "who" {
			w = k
			break
		}
	}
	if w < 1 {
		return phrase{}, false
	}
	if whoIsObject(ws, w, i) {
		return phrase{}, false
	}
	e := w // the name's end
	if ws[w-1].s == "," {
		e = w - 1
	}
	for k := max(0, e-4); k < e; k++ {
		if ph, ok := a.personAt(ws, k); ok && ph.j == e && ph.kind == AttrNamed && possessiveSplit(ph.text) == ph.text &&
			a.isPersonName(ph, ws, true) && (len(nameWords(ph.text)) >= 2 || a.quietKnown(ph)) {
			return ph, true
		}
	}
	return phrase{}, false
}

// relativeSpeechAntecedent is the person named (or described:
// describedAntecedent) before a relative "who" that a speech verb follows,
// in a clause the quotation at words[i] and a comma close, when no speech
// verb comes before the name in the sentence (the antecedent read as
// relativeAntecedent does): "Unlike Reed, who
// called it “a disaster,” Lowell said" is Reed's, not Lowell's; in "Kemp
// said Reed, who called it “…,” was wrong" the words are what Kemp
// reports.
func (a *Article) relativeSpeechAntecedent(ws []word, i int) (phrase, bool) {
	if !a.commaAfterQuote(ws, i) {
		return phrase{}, false
	}
	ph, ok := a.relativeAntecedent(ws, i)
	if !ok {
		ph, ok = a.describedAntecedent(ws, i)
	}
	if !ok || anySpeechVerb(ws[:ph.i]) {
		return phrase{}, false
	}
	w := ph.j // "who", after the name's comma or not
	if ws[w].s == "," {
		w++
	}
	v := w + 1
	for v < i && (auxiliaries[ws[v].lower] || isAdverb(ws[v].lower)) {
		v++
	}
	if v >= i || !speechVerbs[ws[v].lower] || strings.HasSuffix(ws[v].lower, "ing") {
		return phrase{}, false
	}
	return ph, true
}

// openingSpeechNounOwner is the possessor of a speech noun ("Lowell’s
// remark", "her claim") whose "that" clause holds the quotation at
// words[i], when the quotation and a comma close a phrase opening the
// sentence on a participle or a preposition, and no comma or speech verb
// of its own stands between the noun and the quotation: "Asked about
// Lowell’s remark that the plan was “dead,” Reed said …", "Responding to
// her claim that it is “reckless,” Reed said …" are Lowell's words.
func (a *Article) openingSpeechNounOwner(ws []word, i int) (phrase, bool) {
	if !a.commaAfterQuote(ws, i) {
		return phrase{}, false
	}
	h := datelineEnd(ws) // (past a quotation and a dash too: "“Enough,” —")
	if h+3 >= i {
		return phrase{}, false
	}
	if o := ws[h]; o.quote >= 0 || !(strings.HasSuffix(o.lower, "ing") || o.lower == "asked" || introOpeners[o.lower] || objectPrepositions[o.lower]) {
		return phrase{}, false
	}
	for k := i - 2; k > h+1; k-- {
		if w := ws[k]; w.quote >= 0 || w.punct() || speechVerbs[w.lower] && !speechNouns[w.lower] && !nounBefore(ws[k-1]) {
			return phrase{}, false
		}
		if !speechNouns[ws[k].lower] || ws[k+1].lower != "that" {
			continue
		}
		if p := ws[k-1]; p.lower == "his" || p.lower == "her" {
			return phrase{text: p.s, kind: AttrPronoun, start: p.start, end: p.end, i: k - 1, j: k}, true
		}
		if ph, ok := a.possessor(ws, k-1); ok && ph.i > h {
			return ph, true
		}
		return phrase{}, false
	}
	return phrase{}, false
}

// gappedSubject is the subject of a clause whose verb the sentence leaves
// out, set between the quotation at words[k] and the one at words[i] that
// ends the sentence: after a semicolon, or after "and" or a joiner of
// clauses, a person and a comma ("Reed called the plan “a mistake”;
// Lowell, “a start.”", "Reed said “yes”; Lowell, “no.”", "… and the
// mayor, “no.”"); with no comma, only after a semicolon and a name ("Reed
// said “yes”; Lowell “no.”"), for "and Lowell “a fraud”" may be another
// of the verb's objects.
func (a *Article) gappedSubject(ws []word, k, i int) (phrase, bool) {
	for _, w := range ws[i+1:] {
		if !w.punct() {
			return phrase{}, false
		}
	}
	j := k + 1
	if j < i && ws[j].s == "," {
		j++
	}
	semicolon := j < i && ws[j].s == ";"
	if j >= i || !semicolon && ws[j].lower != "and" && !clauseJoiners[ws[j].lower] {
		return phrase{}, false
	}
	ph, ok := a.personAt(ws, j+1)
	if !ok || ph.kind == AttrPronoun {
		return phrase{}, false
	}
	if ph.j+1 == i && ws[ph.j].s == "," || semicolon && ph.j == i && ph.kind == AttrNamed {
		return ph, true
	}
	return phrase{}, false
}

// joinedAfterQuote is the subject of a clause that a joiner ("but",
// "while", "and") opens right after the quotation at words[k] and its
// comma, a name or a description that runs to a finite verb of its own
// (clauseSubjectAt), or "he" or "she" before one, when the quotation at
// words[i] closes that clause: "Reed called it “waste,” but Lowell sees
// “investment.”"; so too of the main clause after a subordinate one the
// first closes ("Where Reed sees “waste,” Lowell sees “investment.”").
// Not when a verb of speech before the first, other than one of naming,
// reports a clause the joined one may go on ("He said Reed has been “…,”
// and Democrats would need to “…”" is what he says).
func (a *Article) joinedAfterQuote(ws []word, k, i int) (phrase, bool) {
	j := k + 1
	if j < i && ws[j].s == "," {
		j++
	} else if !a.endsInComma(int(ws[k].quote)) {
		return phrase{}, false
	}
	if h := datelineEnd(ws); h < k && (subordinators[ws[h].lower] || ws[h].lower == "if" || ws[h].lower == "where") &&
		!slices.ContainsFunc(ws[h+1:k], func(w word) bool { return w.punct() }) {
		j-- // the main clause after a clause the first closes: "Where Reed sees “waste,” Lowell sees …"
	} else if ws[j].lower != "and" && !clauseJoiners[ws[j].lower] {
		return phrase{}, false
	}
	if j+2 >= i {
		return phrase{}, false
	}
	for _, w := range ws[:k] {
		if speechVerbs[w.lower] && !namingVerb(w.lower) {
			return phrase{}, false
		}
	}
	if p := ws[j+1]; (p.lower == "he" || p.lower == "she") && finiteVerb(ws[j+2].lower) {
		if a.speakerWithin(ws, j+3, i) {
			return phrase{}, false
		}
		return phrase{text: p.s, kind: AttrPronoun, start: p.start, end: p.end, i: j + 1, j: j + 2}, true // "… but she sees “…”"
	}
	ph, ok := a.clauseSubjectAt(ws, j+1, i, false)
	if !ok || ph.i != j+1 || ph.kind != AttrNamed && ph.kind != AttrDescription || a.speakerWithin(ws, ph.j+1, i) {
		return phrase{}, false
	}
	return ph, true
}

// speakerWithin tells whether words[from:to] hold a speech verb right
// after a person of its own, a clause inside the joined one whose speaker
// the quotation closing it is: "…, but the crowd cheered when Lowell said
// it was “…”" is Lowell's, not the crowd's.
func (a *Article) speakerWithin(ws []word, from, to int) bool {
	for x := max(from, 1); x < to; x++ {
		if ws[x].quote >= 0 {
			return false
		}
		if speechVerbs[ws[x].lower] {
			if ph, ok := a.personEndingAt(ws, x-1); ok && ph.i >= from {
				return true
			}
		}
	}
	return false
}

// namingVerb tells whether w is a verb of naming in the present or the
// past ("calls", "called", "described", "labeled").
func namingVerb(w string) bool {
	return namingPresents[w] || strings.HasSuffix(w, "d") && (namingPresents[w[:len(w)-1]] || strings.HasSuffix(w, "ed") && namingPresents[w[:len(w)-2]])
}

// describedAntecedent is the description of a person ("the mayor") set
// off by a comma right before a relative "who" whose clause holds the
// quotation at words[i], with no comma between "who" and the quotation:
// "Unlike the mayor, who called it “a disaster,” …".
func (a *Article) describedAntecedent(ws []word, i int) (phrase, bool) {
	w := -1
	for k := i - 1; k >= 2 && k >= i-maxClauseIntroWords; k-- {
		if ws[k].quote >= 0 || ws[k].punct() {
			break
		}
		if ws[k].lower == "who" {
			w = k
			break
		}
	}
	if w < 2 || ws[w-1].s != "," {
		return phrase{}, false
	}
	for k := max(0, w-6); k < w-1; k++ {
		if ph, ok := a.personAt(ws, k); ok && ph.j == w-1 && ph.kind == AttrDescription && a.plainPersonDescription(ph) {
			return ph, true
		}
	}
	return phrase{}, false
}

// subjectClauseOpeners join a clause with a subject of its own on to the
// sentence's, after a comma or a dash (clauseJoiners, "and") or with no
// comma (these).
var subjectClauseOpeners = setOf(`while whereas where as when after before because until`)

// joinedClauseSubject is the subject of the clause joined on after the
// sentence's own that holds the partial quote at words[i]: the clause
// opens, after the sentence's first words, on a joiner ("…, but", "…,
// while", "— where", "as") and a name or a description followed by a
// finite verb in lower case (perhaps past an adverb), and no other joiner
// stands between it and the quote. Only as far back as the quotation
// before it, or an opening clause's most words.
func (a *Article) joinedClauseSubject(ws []word, i int) (phrase, bool) {
	for k := i - 1; k >= 2 && k >= i-maxClauseIntroWords; k-- {
		w := ws[k]
		if w.quote >= 0 {
			break
		}
		afterBreak := ws[k-1].s == "," || ws[k-1].s == "—" || ws[k-1].s == "–" || ws[k-1].s == "-"
		if gap := a.Doc.Text[min(ws[k-1].end, ws[k].start):ws[k].start]; strings.ContainsAny(gap, "—–-") && strings.Trim(gap, " —–-\u00a0") == "" {
			afterBreak = true // a dash the reader keeps no word for: "… in May - but …"
		}
		joiner := afterBreak && (clauseJoiners[w.lower] || w.lower == "and" || subjectClauseOpeners[w.lower])
		if !joiner && !subjectClauseOpeners[w.lower] {
			continue
		}
		if ph, ok := a.clauseSubjectAt(ws, k+1, i, w.lower == "as" && !afterBreak); ok && mainVerbBefore(ws, k) {
			return ph, true
		}
		if joiner {
			break // a clause the rules cannot read ends the search
		}
		// (a preposition, no clause: "rejected the idea as “…”")
	}
	return phrase{}, false
}

// mainVerbBefore tells whether a finite verb in lower case, or a
// quotation, stands before words[k] in its sentence: the clause that k
// opens is joined on to a main one ("Reed spoke downtown, where …"), not
// part of an opening phrase ("On Monday night as the crowd gathered, Reed
// …"). Only as far back as the quotation before, or an opening clause's
// most words.
func mainVerbBefore(ws []word, k int) bool {
	for m := k - 1; m >= 0; m-- {
		if w := ws[m]; w.quote >= 0 || !w.isCap() && (finiteVerb(w.lower) || speechVerbs[w.lower]) || m < k-maxClauseIntroWords {
			return true // (or more words than an opening phrase holds)
		}
	}
	return false
}

// clauseSubjectAt is the subject opening a clause at words[h], before
// words[i]: a name or a description (no indefinite one after a
// preposition-like "as" that holds more than one noun phrase: "as a
// delegate and in a statement credited"), or a noun phrase no person
// noun heads ("the ferry union", "about 50 dockers"), that runs to the
// clause's finite verb in lower case, perhaps past an adverb. An
// auxiliary or a verb in -ed is that verb before one in -s, which may be
// a plural noun ("about 50 dockers had gathered").
func (a *Article) clauseSubjectAt(ws []word, h, i int, asWord bool) (phrase, bool) {
	if h < i && (ws[h].lower == "then" || ws[h].lower == "now" || ws[h].lower == "later" || ws[h].lower == "soon") {
		h++
	}
	v := -1
	for pass := 0; pass < 2 && v < 0; pass++ {
		for k := h + 1; k < i && k <= h+maxNounSubject; k++ {
			w := ws[k]
			if w.quote >= 0 || w.punct() {
				break
			}
			if w.isCap() || !finiteVerb(w.lower) {
				continue
			}
			if pass == 1 || finiteAux[w.lower] || strings.HasSuffix(w.lower, "ed") {
				v = k
				break
			}
		}
	}
	if v < 0 {
		return phrase{}, false
	}
	for k := v + 1; k < i-1; k++ {
		if w := ws[k].s; w == "," || w == "—" || w == "–" {
			if m := asideClose(ws, k, i); m > 0 {
				k = m // an aside set off by commas: "chided a neighbour, Dan Kemp, for his “…”"
				continue
			}
			return phrase{}, false // the clause closed before the quote: "…, while the union watched, to end the “…”"
		}
	}
	e := v // the subject's end, before an adverb
	if e-1 > h && isAdverb(ws[e-1].lower) {
		e--
	}
	ph, ok := a.personAt(ws, h)
	if !ok || ph.i != h || ph.j != e {
		// a body or a group no person noun heads: "…, but the ferry
		// union rejected it as “…”"
		if np, found := a.nounSubject(ws, v); found && np.i == h && np.j > np.i+1 {
			return np, true // (not a verb after "and": "…, and bans")
		}
		return phrase{}, false
	}
	if ph.kind == AttrPronoun || possessiveSplit(ph.text) != ph.text {
		return phrase{}, false
	}
	if ph.kind == AttrNamed && !a.quietKnown(ph) && givenGender(ph.text) == genderUnknown {
		return phrase{}, false // not "…, and the Harbor Accord will"
	}
	if asWord && ph.kind == AttrDescription && indefinite[ws[h].lower] {
		// "as a delegate and in a statement credited": a role, no
		// clause, unless the description is one noun phrase ("as a
		// waiter walks in")
		for _, w := range ws[ph.i+1 : ph.j] {
			if w.lower == "and" || w.lower == "or" || objectPrepositions[w.lower] || w.punct() {
				return phrase{}, false
			}
		}
	}
	return ph, true
}

// objectOfVerb tells whether the quotation at words[i] is the object of a
// verb that reports no speech, past a determiner: "voted to approve the
// “…”", "backed a “…”" (the thing done, not words said).
func objectOfVerb(ws []word, i int) bool {
	k := i - 1
	for k >= 0 && determiners[ws[k].lower] && ws[k].quote < 0 {
		k--
	}
	if k < 1 || k == i-1 || ws[k].quote >= 0 || ws[k].punct() || ws[k].isCap() || speechVerbs[ws[k].lower] {
		return false
	}
	return ws[k-1].lower == "to" || finiteVerb(ws[k].lower)
}

// onlyQuotesAfter tells whether nothing but quotations and punctuation
// follows words[i] in its sentence.
func onlyQuotesAfter(ws []word, i int) bool {
	for _, w := range ws[i+1:] {
		if w.quote < 0 && !w.punct() {
			return false
		}
	}
	return true
}

// heading tells whether sentence k is an article's heading: a first
// paragraph of one sentence, or a title-case line.
func heading(sents []sentence, k int) bool {
	return k == 0 && (len(sents) < 2 || sents[1].para != 0) || isHeadline(sents[k].words)
}

// headingPara tells whether paragraph p, the pi-th of n, is a heading:
// one the reader marks so (Doc.headings: HTML's <h2>, Markdown's "## …"
// and underlined headings) or, in plain text, which has no markup, a
// short line between paragraphs whose last word has no mark after it,
// as a sentence of prose has: "“The fishermen are the heart of this
// city”", "Harbor plan".
func (a *Article) headingPara(p Span, pi, n int) bool {
	text := a.Doc.Text
	t := strings.TrimSpace(text[p.Start:p.End])
	if t == "" {
		return false
	}
	start := p.Start + strings.Index(text[p.Start:p.End], t)
	if a.Doc.orig != "" || a.Doc.unit != "" {
		for _, h := range a.Doc.headings {
			if h.Start <= start && start+len(t) <= h.End {
				return true
			}
		}
		return false
	}
	if pi == 0 || pi == n-1 || strings.ContainsAny(t, "\r\n") || !headingLike(t) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t, "”\"’'»」』"))
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// maxDescribedWords is the most words describedApposition reads before
// the comma that opens the name.
const maxDescribedWords = 6

// cueIntroducesNext tells whether the cue from words[j], after a quotation
// q that ends its own sentence, ends in a colon before the next quotation,
// which it introduces: "“…,” Ortiz said. “We are not criminals.” Kemp
// said: “…”" (the colon's quote is Kemp's, the one before is not).
func (a *Article) cueIntroducesNext(q *Quote, ws []word, j int) bool {
	t := strings.TrimRight(q.Text, " ’'\"”")
	if t == "" || !strings.ContainsAny(t[len(t)-1:], ".!?") {
		return false
	}
	for v := j; v < len(ws) && v <= j+6 && ws[v].quote < 0; v++ {
		if speechVerbs[ws[v].lower] {
			return v+2 < len(ws) && ws[v+1].s == ":" && ws[v+2].quote >= 0
		}
	}
	return false
}

// describedApposition is the name in apposition to a description that
// opens at words[j] and speaks: "the assailant, Tom Reed, told", "another
// fraternity brother, Dan Kemp, recalled", "Ms. Lowell’s press aide, Dan
// Kemp, wrote". The description opens with a determiner or holds a
// possessive, and its last word is in lower case (a noun).
func (a *Article) describedApposition(ws []word, j int) (phrase, bool) {
	c := j
	possessive := false
	for c < len(ws) && c < j+maxDescribedWords && ws[c].quote < 0 && !ws[c].punct() && !speechVerbs[ws[c].lower] {
		possessive = possessive || possessiveWord(ws[c].lower)
		c++
	}
	if c == j || c >= len(ws) || ws[c].s != "," || ws[c-1].isCap() {
		return phrase{}, false
	}
	if !possessive && !determiners[ws[j].lower] && !indefinite[ws[j].lower] {
		return phrase{}, false
	}
	nm, ok := a.appositionName(ws, c)
	if !ok || !a.isPersonName(nm, ws, false) && len(nameWords(nm.text)) < 2 {
		return phrase{}, false
	}
	v := nm.j
	if v < len(ws) && ws[v].s == "," {
		v++
	}
	if v < len(ws) && isAdverb(ws[v].lower) {
		v++
	}
	if v >= len(ws) || !speechVerbs[ws[v].lower] || strings.HasSuffix(ws[v].lower, "ing") {
		return phrase{}, false
	}
	return nm, true
}

// cataphoraSubject is the person a pronoun in an opening subordinate
// clause ("After he …, Tom Reed has …", "In what he called …, Reed …")
// looks forward to: the name heading
// the main clause after the clause's comma, before a lower-case verb, of a
// gender that does not disagree.
func (a *Article) cataphoraSubject(ws []word, ph phrase) (string, bool) {
	if ph.i < 1 || ph.i > 2 || ph.i >= len(ws) || ws[ph.i].start != ph.start || !introOpeners[ws[0].lower] && !(ws[0].lower == "in" && ws[1].lower == "what") {
		return "", false
	}
	for k := ph.j; k+1 < len(ws); k++ {
		if ws[k].s != "," && !(ws[k].quote >= 0 && strings.HasSuffix(strings.TrimRight(a.Doc.Text[ws[k].start:ws[k].end], "”\"’' "), ",")) {
			continue // (or a quotation a comma closes inside its marks)
		}
		nm, ok := a.personAt(ws, k+1)
		if !ok || nm.kind != AttrNamed || nm.j >= len(ws) || ws[nm.j].isCap() || ws[nm.j].punct() || ws[nm.j].quote >= 0 {
			return "", false
		}
		name, known := a.resolveQuiet(nm)
		if !known {
			if len(nameWords(nm.text)) < 2 || !mayBePerson(nm.text) {
				return "", false
			}
			name = stripTitles(nm.text)
		}
		g := pronounGender(ph.text)
		for _, p := range a.peopleSharing(name) {
			if p.Name == name && p.gender() != genderUnknown && p.gender() != g {
				return "", false
			}
		}
		if gg := givenGender(name); gg != genderUnknown && gg != g {
			return "", false
		}
		return name, true
	}
	return "", false
}

// maxNamedBack is how many sentences back namedJustBefore reads.
const maxNamedBack = 3

// namedJustBefore is the person the article knows whom the words before
// at, in sentence si and the maxNamedBack sentences before it, name last,
// whose gender does not disagree with g; or "".
func (a *Article) namedJustBefore(sents []sentence, si, at, g int) string {
	for k := si; k >= 0 && k >= si-maxNamedBack; k-- {
		ws := sents[k].words
		best := ""
		end := sort.Search(len(ws), func(i int) bool { return ws[i].start >= at })
		a.namedRuns(ws, 0, end, func(ph phrase) bool {
			name, known := a.resolveQuiet(ph)
			if nm := stripTitles(ph.text); !known && len(nameWords(nm)) >= 2 && givenGender(nm) == g && a.mayBePerson(nm) {
				// a full name whose given name tells the pronoun's gender
				// is a person, though nothing else has said so ("And
				// then Ann Lowell: what are her plans? She …")
				best = nm
				return true
			}
			if !known || !a.mayBePerson(name) {
				return true
			}
			for _, p := range a.peopleSharing(name) {
				if p.Name == name {
					if pg := p.gender(); pg == genderUnknown || pg == g {
						best = name
					}
					break
				}
			}
			return true
		})
		if best != "" {
			return best
		}
	}
	return ""
}

// plainPersonDescription tells whether a description is a definite one
// of one person by a noun of theirs ("the Ohio senator", "the
// 43-year-old"): no document, no possessor's aide, no group, no one of an
// event alone ("the moderator").
func (a *Article) plainPersonDescription(ph phrase) bool {
	f := strings.Fields(strings.ToLower(ph.text))
	_, together := namedTogether(ph.text)
	if len(f) < 2 || f[0] != "the" || ph.thing || together || len(afterPossessor(f)) < len(f) {
		return false
	}
	head := f[len(f)-1]
	if documentNouns[head] || outsideRoles[head] || orgHeads[head] || singular(head) != head {
		return false // (nor "the members", "the officials")
	}
	return personNouns[head] || isAge(head)
}

// maxJustBeforeWords is how many words of a sentence describedJustBefore
// reads: the head of the sentence, where its subject stands.
const maxJustBeforeWords = 40

// describedJustBefore is whom a definite description of one person that
// no subject before it means stands for: the first person named in the
// nearest of the sentences just before it that names anyone (most often
// its subject), in any role, when the article gave them no other role and
// their gender does not disagree ("At the moment Dan Kemp heard the
// news, he was in Salem. … Later, the Ohio governor told reporters,
// “…”"); a full name with a given name counts as a person, and so does a
// surname alone whose one full name the article gave (fullOf). Headings
// are passed over. Or "".
func (a *Article) describedJustBefore(sents []sentence, si int, ph phrase) string {
	f := strings.Fields(strings.ToLower(ph.text))
	g := nounGender(f[len(f)-1])
	for k := si - 1; k >= 0 && k >= si-maxNamedBack; k-- {
		ws := sents[k].words
		if heading(sents, k) {
			continue // a heading's names are no sentence's
		}
		first := ""
		a.namedRuns(ws, 0, min(len(ws), maxJustBeforeWords), func(n phrase) bool {
			name, known := a.resolveQuiet(n)
			if !known {
				name = stripTitles(n.text)
				if full := a.fullOf[strings.ToLower(name)]; full != "" {
					name = full // "Kemp" alone, where the article gave "Dan Kemp" once
				} else if len(nameWords(name)) < 2 || givenGender(name) == genderUnknown {
					return true
				}
			}
			if !a.mayBePerson(name) || orgName(name) {
				return true
			}
			first = name
			return false
		})
		if first == "" {
			continue
		}
		if skip, gf := a.otherRole(ph), givenGender(first); skip != nil && skip(first) || a.genderDisagrees(first, g) || otherGender(g, gf) {
			return ""
		}
		return first
	}
	return ""
}

// familyNouns follow a surname that names a family, not one of it: "The
// Lowell family has run this shop" may be a Lowell's own words.
var familyNouns = setOf(`family family's families clan household`)

// namesFamilyOf tells whether text names the family of the person name,
// their surname followed by a noun of a family ("the Lowell family").
func namesFamilyOf(text, name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	ws := strings.Fields(text)
	for k := 0; k+1 < len(ws); k++ {
		if strings.Trim(ws[k], "“\"‘'") == f[len(f)-1] && familyNouns[strings.ToLower(strings.TrimRight(ws[k+1], ".,;:!?”\"’'"))] {
			return true
		}
	}
	return false
}

// namesInQuote tells whether a quotation's words name the person name by
// the last word of the name, capitalised, in the third person: as a
// possessor ("Reed's message") or after a title ("Senator Reed").
func namesInQuote(text, name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	for i := 0; ; {
		k := strings.Index(text[i:], last)
		if k < 0 {
			return false
		}
		k += i
		end := k + len(last)
		i = end
		if k > 0 && isNameByte(text[k-1]) || end < len(text) && (text[end] >= 'a' && text[end] <= 'z') {
			continue
		}
		rest := text[end:]
		if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			return true
		}
		before := strings.TrimRight(text[:k], " ")
		w := before
		if b := strings.LastIndexAny(before, " \"“‘"); b >= 0 {
			_, size := utf8.DecodeRuneInString(before[b:])
			w = before[b+size:] // past the space or mark, however many bytes it takes
		}
		if titleWords[strings.ToLower(strings.TrimSuffix(w, "."))] && startsUpper(w) {
			return true
		}
	}
}

// pluralVerbs are present-tense verbs that agree with a plural subject
// only.
var pluralVerbs = setOf(`are were have do say think believe want need feel agree worry hope expect`)

// theyAt is whom "they" or "their" at offset at means: the people a
// sentence last had as its subject, not far back ("Reed and Lowell wrote a
// book. … they argue"), unless the plural noun phrase of people below
// headed a sentence since; else a group a sentence had as its subject with a
// plural verb ("Millennials say …. They are …"); else the plural noun
// phrase of people heading a sentence ("Top Kemp aides conceded …. They
// said"); or "".
func (a *Article) theyAt(at int) string {
	if pair := a.latestPair(at); pair != "" {
		// (unless a plural of people headed a sentence since: "Reed met
		// with Lowell. Dozens of nurses rallied outside. “…,” they
		// said" are the nurses)
		if k := issuesBefore(a.groups, at) - 1; k >= 0 && a.groups[k].named && at <= a.groups[k].until &&
			a.groups[k].off > a.pairs[issuesBefore(a.pairs, at)-1].off {
			return a.groups[k].name
		}
		return pair
	}
	if g := a.latestGroup(at); g != "" {
		return g
	}
	if g := a.latestGroupPhrase(at); g != "" {
		return g
	}
	// else the people a preposition brought in, in the sentence or the
	// one before, when no subject is plural: "The plan drew fire from
	// Democrats and Republicans in Congress. They slammed …"
	return a.objectGroupAt(at)
}

// peopleOverThing tells whether "they" at offset at means the people a
// preposition brought in (objectGroupAt) rather than a thing (thingAt)
// that resolves to no one: "The plan drew fire from dock workers."
func (a *Article) peopleOverThing(at int) bool {
	if a.objectGroupAt(at) == "" {
		return false
	}
	_, name, _ := a.thingAt(at)
	return name == ""
}

// objectGroupAt is the plural noun phrase of people a preposition brought
// in last before at, in at's sentence or the one before (noteObjectGroups),
// or "".
func (a *Article) objectGroupAt(at int) string {
	if k := issuesBefore(a.objectGroups, at) - 1; k >= 0 && at <= a.objectGroups[k].until {
		return a.objectGroups[k].name
	}
	return ""
}

// nextSentenceEnd is the end of the sentence after the one holding offset
// at (of the one holding it, when it is the last).
func (a *Article) nextSentenceEnd(at int) int {
	k := sort.SearchInts(a.sentEnds, at)
	if k+1 < len(a.sentEnds) {
		return a.sentEnds[k+1]
	}
	if k < len(a.sentEnds) {
		return a.sentEnds[k]
	}
	return at
}

// maxGroupBack is how far (in bytes) "they" looks back for a group.
const maxGroupBack = 1500

// latestGroup is the one-word name of a group ("Millennials") that the
// latest subject mention before at, not far back, has as a subject with a
// plural verb right after it, or "".
func (a *Article) latestGroup(at int) string {
	end := sort.Search(len(a.mentions), func(k int) bool { return a.mentions[k].off >= at })
	for k := end - 1; k >= 0 && k >= end-maxMentionsBack && at-a.mentions[k].off <= maxGroupBack; k-- {
		m := a.mentions[k]
		if !m.subject || strings.ContainsAny(m.name, " .") || m.off+len(m.name) > len(a.Doc.Text) || a.Doc.Text[m.off:m.off+len(m.name)] != m.name {
			continue
		}
		after := m.off + len(m.name)
		rest := strings.TrimLeft(a.Doc.Text[after:min(len(a.Doc.Text), after+40)], " ")
		next, _, _ := strings.Cut(rest, " ")
		if pluralVerbs[strings.ToLower(strings.TrimRight(next, ".,;:"))] {
			return m.name
		}
	}
	return ""
}

// collectivePeople are nouns of a body of people that a plural verb and
// "they" take, with no plural's s ("Police said", "The Kemp family said").
var collectivePeople = setOf(`police family couple staff crew`)

// headPrepositions open a phrase of place or kind after the head of a
// plural of people ("Residents of Salem", "Republicans in the Senate").
var headPrepositions = setOf(`of in from at`)

// maxHeadPrepositionWords is how many words such a phrase may hold.
const maxHeadPrepositionWords = 5

// maxGroupWords is how many words noteGroup reads of a plural noun
// phrase heading a sentence.
const maxGroupWords = 7

// noteGroup notes the plural noun phrase of people that heads a sentence
// before its verb ("Nine farm and church groups are asking …", "Top Kemp
// strategists conceded …", "Striking dock workers marched …", "The
// mayor’s lawyers relied on …", "Dozens of nurses rallied …"), as a
// subject a later "they" may mean. Its verb is one groupVerb knows: a few
// plural presents, an auxiliary, a speech verb or a past in -ed; an
// irregular past ("Striking dock workers took …") leaves the sentence
// unnoted. A definite phrase ("The lawyers also cited …") is noted as the
// group noted last with its head noun, not far back, when there is one. A
// later "they" may mean the group up to until, the end of the next
// sentence.
func (a *Article) noteGroup(ws []word, until int) {
	s := datelineEnd(ws)
	if s < len(ws) && (ws[s].lower == "but" || ws[s].lower == "and") {
		s++
	}
	for k := s; k < len(ws) && k <= maxIntroWords; k++ {
		if ws[k].quote >= 0 || speechVerbs[ws[k].lower] || finiteAux[ws[k].lower] {
			break
		}
		if ws[k].s == "," && objectPrepositions[ws[s].lower] {
			s = k + 1 // past an opening phrase: "In reply, Kemp’s lawyers cited …"
			break
		}
	}
	if s >= len(ws) || indefinite[ws[s].lower] || clauseOpeners[ws[s].lower] || ws[s].lower == "that’s" || ws[s].lower == "that's" {
		return // "A group of …", "One of …": groupOf's; "If voters …" opens no main clause
	}
	for h := s; h < len(ws) && h < s+maxGroupWords; h++ {
		w := ws[h]
		if h == s+1 && w.lower == "of" && countNouns[ws[s].lower] {
			continue // a count of the people: "Dozens of nurses rallied"
		}
		if w.quote >= 0 || w.punct() || pronouns[w.lower] || w.lower == "it" || finiteAux[w.lower] || speechVerbs[w.lower] ||
			objectPrepositions[w.lower] || w.lower == "of" || w.lower == "who" || w.lower == "that" || h > s && determiners[w.lower] {
			return
		}
		if h > s && groupVerb(w) {
			return // past the sentence's own verb: "Ann Reed thanked supporters gathered …"
		}
		if h == s && h == datelineEnd(ws) && w.isCap() && groupHead(word{s: w.lower, lower: w.lower, quote: -1}) {
			w = word{s: w.lower, lower: w.lower, quote: -1} // a bare plural opening the sentence: "Teachers walked out"
		}
		collective := collectivePeople[w.lower] && (!w.isCap() || h == s)
		if !groupHead(w) && !collective && !(h > s && w.isCap() && strings.HasSuffix(w.lower, "s") && partyWords[singular(w.lower)] != "") {
			continue // (or a party's plural after other words: "Senate Democrats blocked"; or a collective noun: "Police said")
		}
		v := h + 1
		for v < len(ws) && v < h+3 && ws[v].quote < 0 && isAdverb(ws[v].lower) && ws[v].lower != "in" {
			v++ // "lawyers also cited"
		}
		end := h + 1 // the end of the phrase: past a phrase of place or kind after its head ("Residents of Salem said")
		if v == h+1 && v < len(ws) && headPrepositions[ws[v].lower] {
			for p := v + 1; p < len(ws) && p <= v+maxHeadPrepositionWords && ws[p].quote < 0 && !ws[p].punct() && !clauseLinks[ws[p].lower]; p++ {
				// (the preposition's object comes first: a past right
				// after it is an adjective, "Parents of disabled children
				// said")
				if p > v+1 && groupVerb(ws[p]) && !determiners[ws[p-1].lower] {
					end, v = p, p
					break
				}
			}
		}
		noun := groupKey(w.lower)
		if v >= len(ws) || !groupVerb(ws[v]) {
			if groupHead(w) {
				// no group a later "they" means, but "the lawyers" means
				// no group of lawyers before it: "The lawyers for the
				// city disagreed. “…,” the lawyers said"
				a.addGroup(issue{noun: noun, off: ws[s].start})
			}
			return
		}
		name, named := joinWords(ws[s:end]), true
		// a definite phrase names no group by its own words ("The
		// lawyers"), but for a party's plural or a name in it ("The
		// Democrats said …. “…,” they said", "The Kemp family said")
		if f := ws[s].lower; (f == "the" || f == "these" || f == "those") && !slices.ContainsFunc(ws[s+1:end], word.isCap) {
			named = false
			if g, ok := a.latestGroupOf(noun, ws[s].start); ok {
				name, named = g, true
			}
		}
		a.addGroup(issue{noun: noun, name: name, off: ws[s].start, named: named, until: until})
		return
	}
}

// noteTheyGroup notes again, as the subject of a sentence that "they"
// heads (past a quotation: "“…,” they said"), the group that "they"
// means (theyAt), one a sentence headed (noteGroup) or a preposition
// brought in (noteObjectGroups): a "they" up to until, the end of the next
// sentence, means it too ("Dock workers marched in Salem. They said “…”
// They also said “…”"). A group or pair heading a sentence since takes
// over, as it would from the group itself.
func (a *Article) noteTheyGroup(ws []word, until int) {
	k := datelineEnd(ws)
	for k < len(ws) && (ws[k].quote >= 0 || ws[k].punct()) {
		k++
	}
	if k >= len(ws) || ws[k].lower != "they" {
		return
	}
	at := ws[k].start
	g := a.theyAt(at)
	if g == "" {
		return
	}
	if i := issuesBefore(a.groups, at) - 1; i >= 0 && a.groups[i].named && at <= a.groups[i].until && a.groups[i].name == g {
		a.addGroup(issue{noun: a.groups[i].noun, name: g, off: at, named: true, until: until})
	} else if g == a.objectGroupAt(at) {
		a.addGroup(issue{name: g, off: at, named: true, until: until})
	}
}

// objectGroupPrepositions open a plural noun phrase of people whom a
// later "they" may mean, none of them the sentence's subject: "criticism
// from Democrats", "greeted by thousands of protesters"; not "with",
// after which "they" means the subject too ("Reed met with Lowell’s
// aides. “…,” they said" is no one the rules can name).
var objectGroupPrepositions = setOf(`from by among against between`)

// maxObjectGroupModifiers is how many words may stand before the head of
// such a phrase ("angry Salem dock workers").
const maxObjectGroupModifiers = 3

// noteObjectGroups notes the plural noun phrases of people that a
// preposition opens (objectGroupPrepositions): perhaps a count or a
// quantifier first ("thousands of", "several"), up to
// maxObjectGroupModifiers modifiers, a plural of people (groupHead) or
// of a party or a nation ("Democrats", "Germans"), perhaps another after
// "and", and perhaps a place after "in", "of" or "from" ("Democrats and
// Republicans in Congress"). A later "they" may mean one up to until,
// the end of the next sentence, when no subject is plural (theyAt).
func (a *Article) noteObjectGroups(ws []word, until int) {
	for k := 0; k+1 < len(ws); k++ {
		if ws[k].quote >= 0 || !objectGroupPrepositions[ws[k].lower] {
			continue
		}
		if e := objectGroupEnd(ws, k+1); e > k+1 {
			name := joinWords(ws[k+1 : e])
			a.objectGroups = append(a.objectGroups, issue{name: name, off: ws[k+1].start, named: true, until: until})
			k = e - 1
		}
	}
}

// objectGroupEnd is the index past the plural noun phrase of people that
// opens at words[s] (see noteObjectGroups), or s when there is none.
func objectGroupEnd(ws []word, s int) int {
	h := s
	if h+1 < len(ws) && countNouns[ws[h].lower] && ws[h+1].lower == "of" {
		h += 2 // "thousands of protesters"
	} else if h < len(ws) && (groupQuantifiers[ws[h].lower] || isNumeral(ws[h].lower)) {
		h++ // "several senators", "200 nurses"
	}
	end := s
	for part := 0; part < 2; part++ {
		e := pluralPeopleEnd(ws, h)
		if e < 0 {
			break
		}
		end = e
		if e+1 < len(ws) && ws[e].lower == "and" && ws[e].quote < 0 {
			h = e + 1 // "Democrats and Republicans", "farmers and ranchers"
			continue
		}
		break
	}
	if end == s {
		return s
	}
	if end+1 < len(ws) && (ws[end].lower == "in" || ws[end].lower == "of" || ws[end].lower == "from") && ws[end].quote < 0 {
		// a place: "in Congress", "from Salem"
		p := end + 1
		for p < len(ws) && p < end+4 && ws[p].quote < 0 && ws[p].isCap() && !stopCaps[ws[p].s] {
			p++
		}
		if p > end+1 {
			end = p
		}
	}
	return end
}

// pluralPeopleEnd is the index past a plural of people at words[h] or
// after up to maxObjectGroupModifiers modifiers ("dock workers", "senior
// Democrats"), or -1.
func pluralPeopleEnd(ws []word, h int) int {
	for k := h; k < len(ws) && k <= h+maxObjectGroupModifiers; k++ {
		w := ws[k]
		if w.quote >= 0 || w.punct() || determiners[w.lower] || clauseLinks[w.lower] || objectPrepositions[w.lower] || speechVerbs[w.lower] || finiteAux[w.lower] {
			return -1
		}
		if groupHead(w) || w.isCap() && strings.HasSuffix(w.lower, "s") && groupWords[w.lower] {
			if k+1 < len(ws) && ws[k+1].quote < 0 && !ws[k+1].punct() && (groupHead(ws[k+1]) || personNouns[ws[k+1].lower]) {
				continue // the head is further on: "union leaders" is read on to its last noun
			}
			return k + 1
		}
	}
	return -1
}

// countNouns are the nouns of a rough count of people before "of":
// "Dozens of nurses", "hundreds of dock workers".
var countNouns = setOf(`dozens hundreds thousands millions scores`)

// addGroup notes a group (a.groups) in order of offset.
func (a *Article) addGroup(g issue) {
	i := len(a.groups)
	if i > 0 && a.groups[i-1].off > g.off {
		i = sort.Search(len(a.groups), func(k int) bool { return a.groups[k].off > g.off })
	}
	a.groups = slices.Insert(a.groups, i, g)
}

// groupKey is the singular of a plural head of a group of people, one
// word for all the plurals of bodies: "the groups" may mean "nine
// church organizations".
func groupKey(w string) string {
	if one := singular(w); !orgHeads[one] && !groupNouns[one] {
		return one
	}
	return "group"
}

// groupHead tells whether w may head a plural noun phrase of people: a
// plural in lower case of a person noun, of people in -nts or of a body
// ("aides", "residents", "groups"); not any plural in -ers, which may be
// things ("containers"), nor "banks", bodies that hold money rather than
// speak.
func groupHead(w word) bool {
	if w.quote >= 0 || w.isCap() || !strings.HasSuffix(w.lower, "s") || strings.HasSuffix(w.lower, "ss") {
		return false
	}
	one := singular(w.lower)
	if documentNouns[one] || one == "bank" {
		return false
	}
	return personNoun(one) || personNouns[w.lower] || agentPeople[w.lower] || orgHeads[one] || groupNouns[one]
}

// bodyPlural tells whether w is the plural of a body's noun: "unions",
// "companies", "groups".
func bodyPlural(w string) bool {
	if one, ok := strings.CutSuffix(w, "ies"); ok {
		return orgHeads[one+"y"]
	}
	return singular(w) != w && orgHeads[singular(w)]
}

// agentPeople are plurals of people in -nts that personNoun does not
// know: "migrants", "parents".
var agentPeople = setOf(`immigrants migrants parents constituents respondents dissidents applicants protestants attendants`)

// groupVerb tells whether w may be the verb of a plural subject: an
// auxiliary, a speech verb, a past in -ed or a few plural presents ("are",
// "relied", "say", "argue"); no irregular past ("took", "went"), nor a
// number word in -ed ("Several hundred dock workers marched").
func groupVerb(w word) bool {
	if w.quote >= 0 || w.punct() || w.isCap() || strings.HasSuffix(w.lower, "ing") || numberWords[w.lower] {
		return false
	}
	return finiteAux[w.lower] || pluralVerbs[w.lower] || speechVerbs[w.lower] || strings.HasSuffix(w.lower, "ed") && utf8.RuneCountInString(w.lower) > 3
}

// latestGroupOf is the group with the head noun noun noted last before at,
// not far back, that its own words identify ("Top Kemp aides", not "the
// aides").
func (a *Article) latestGroupOf(noun string, at int) (string, bool) {
	end := issuesBefore(a.groups, at)
	for k := end - 1; k >= 0 && k >= end-maxMentionsBack && at-a.groups[k].off <= maxGroupNounBack; k-- {
		if g := a.groups[k]; g.noun == noun {
			return g.name, g.named
		}
	}
	return "", false
}

// maxGroupNounBack is how far back (in bytes) "the aides" looks for the
// group of aides it means.
const maxGroupNounBack = 3000

// latestGroupPhrase is the plural noun phrase of people, named by its own
// words ("Top Kemp aides", not "The lawyers"), that heads at's sentence or
// the one just before it, with no group noted after it (noteGroup).
func (a *Article) latestGroupPhrase(at int) string {
	if k := issuesBefore(a.groups, at) - 1; k >= 0 && a.groups[k].named && at <= a.groups[k].until {
		return a.groups[k].name
	}
	return ""
}

// maxListedWords is how many words a dashed apposition that lists the
// people of a plural subject may hold.
const maxListedWords = 40

// noteListed notes as a pair (a.pairs) the people a dashed apposition
// right after a plural person noun lists ("three economists -- Dan Kemp
// at …, Ann Lowell at … and Omar Haddad at … --"), two or more full names,
// as one subject "they" may mean: "Dan Kemp, Ann Lowell and Omar Haddad".
func (a *Article) noteListed(ws []word) {
	dash := func(k int) bool {
		return ws[k].quote < 0 && (ws[k].s == "—" || ws[k].s == "–" || k > 0 && strings.Contains(a.Doc.Text[ws[k-1].end:ws[k].start], "--"))
	}
	open := -1 // the word after the opening dash
	for k := 1; k < len(ws) && k <= maxIntroWords; k++ {
		if dash(k) {
			if p := ws[k-1]; p.quote < 0 && !p.isCap() && strings.HasSuffix(p.lower, "s") && personNoun(p.lower) {
				open = k
				if ws[k].s == "—" || ws[k].s == "–" {
					open++
				}
			}
			break
		}
	}
	if open < 0 {
		return
	}
	var names []string
	for k := open; k < len(ws) && k < open+maxListedWords; k++ {
		if k > open && dash(k) {
			break
		}
		if !ws[k].isCap() || ws[k].quote >= 0 || k > 0 && (ws[k-1].lower == "at" || ws[k-1].lower == "of" || ws[k-1].lower == "the" || ws[k-1].lower == "in") {
			continue
		}
		if nm, ok := a.personAt(ws, k); ok && nm.kind == AttrNamed && len(nameWords(nm.text)) >= 2 && mayBePerson(nm.text) {
			names = append(names, stripTitles(nm.text))
			k = max(k, nm.j-1)
		}
	}
	if len(names) < 2 {
		return
	}
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	a.pairs = append(a.pairs, issue{name: name, off: ws[open].start})
}

// plainCueGap tells whether the first n words, those between a quote and
// a subject after it, are few and open no clause of their own ("as Reed
// did, or that …").
func plainCueGap(ws []word, n int) bool {
	if n < 0 || n > 9 {
		return false
	}
	for _, w := range ws[:n] {
		if w.quote >= 0 || clauseLinks[w.lower] || speechVerbs[w.lower] {
			return false
		}
	}
	return true
}

// placedAfter tells whether the words from words[j] only place or move
// the subject before them, no word of what it thinks: "stood beside him",
// "was in the crowd", "arrived late".
func placedAfter(ws []word, j int) bool {
	if j >= len(ws) {
		return false
	}
	if w := ws[j].lower; placingVerbs[w] {
		return true
	}
	return j+1 < len(ws) && copulas[ws[j].lower] && (objectPrepositions[ws[j+1].lower] || ws[j+1].lower == "among")
}

// placingVerbs place or move a subject: "stood beside him", "arrived late".
var placingVerbs = setOf(`stood sat knelt arrived walked watched listened waited stands sits arrives walks watches listens waits`)

// copulas join a subject to its state or place: "was blunt", "is in Salem".
var copulas = setOf(`was is were are`)

// clauseLinks join a clause on: words a speaker's subject and a quotation
// before it do not have between them.
var clauseLinks = setOf(`as while when after before because and but or if than like who which that whom whose where`)

// subjectBeforeQuote is the named person the sentence before a quotation
// that opens its sentence is about, when that sentence quotes no one (save
// in a relative clause with a speaker of its own, "whom Lowell called
// “…”"): a quotation with no cue after "Park seemed taken aback." is more
// likely Park's than the last speaker's. With pron, a "he" or "she" heading that
// sentence stands for the person it means ("She had a warning for the
// council. “…”"), and a description of a person heading it is the speaker
// as a description is ("His spokeswoman was blunt. “…”"), its name
// perhaps "" (no one the article names), and so is a document heading it
// ("The letter was blunt. “…”"), its name whom it resolves to. When that
// sentence asks someone, or is a quoted question and a cue that names
// whom it was put to ("“…?” the moderator asked Lowell."), the one asked
// answers (see answerer).
func (a *Article) subjectBeforeQuote(sents []sentence, si, i int, pron bool) (phrase, string, bool) {
	if i != 0 || si == 0 {
		return phrase{}, "", false
	}
	p := sents[si-1]
	qi := int(sents[si].words[i].quote)
	// a question and its cue that names whom it was put to: "“…?” the
	// moderator asked Lowell. “…”" is Lowell's answer
	if len(p.words) > 2 && p.words[0].quote >= 0 && isQuestion(a.Quotes[p.words[0].quote].Text) {
		k := 1
		for k < len(p.words) && p.words[k].punct() {
			k++
		}
		if ph, ok := a.personAt(p.words, k); ok && ph.j < len(p.words) && askingVerbs[p.words[ph.j].lower] {
			return a.answerer(p.words, ph.j, pron, qi)
		}
	}
	// a quoted question closing a sentence that puts it to someone:
	// "A reporter asked Lowell, “Will the state match?” ¶ “…”" is
	// Lowell's answer
	if n := len(p.words); n > 3 && p.words[n-1].quote >= 0 {
		for v := 1; v+3 < n; v++ {
			if !askingVerbs[p.words[v].lower] {
				continue
			}
			if ph, ok := a.personAt(p.words, v+1); ok && ph.j == n-2 && a.questionPutAt(p.words, ph.j) {
				return a.answerer(p.words, v, pron, qi)
			}
		}
	}
	relQuoted := false
	for k, w := range p.words {
		if w.quote >= 0 {
			// (save one a relative clause with a speaker of its own
			// holds: "Tom Reed, whom Lowell once called “a fraud,” spoke
			// on Monday. ¶ “…”" is still about Reed)
			if _, ok := a.relativeCueSubject(p.words, k); !ok {
				return phrase{}, "", false
			}
			relQuoted = true
		}
	}
	if isHeadline(p.words) {
		return phrase{}, "", false
	}
	ph, ok := a.sentenceSubject(p.words, len(p.words), true)
	if ok && ph.j < len(p.words) && askingVerbs[p.words[ph.j].lower] {
		// the one the subject asks answers: "Reporters pressed him on
		// the cost. “…”" is his reply, "Reporters asked Reed about the
		// cost. “…”" Reed's
		return a.answerer(p.words, ph.j, pron, qi)
	}
	noSpeech := !slices.ContainsFunc(p.words, func(w word) bool { return pastSpeechVerb(w.lower) })
	// (a pronoun may speak a short sentence too: "She nodded. “He is
	// right.”")
	if (pron || qi >= 0 && saidWhole(a.Quotes[qi].Text)) && ok && ph.kind == AttrPronoun && pronounGender(ph.text) != genderUnknown && noSpeech {
		if name, _ := a.resolve(ph, ph.start); name != "" {
			return ph, name, true
		}
		return phrase{}, "", false
	}
	if pron && ok && ph.kind == AttrDescription && !ph.thing && noSpeech && humanNoun(p.words[ph.j-1].lower) && !placedAfter(p.words, ph.j) {
		// so does a description of a person whose mood or stance the
		// sentence tells ("His spokeswoman was blunt. “…”"), perhaps of
		// no one the article names; not one the sentence only places or
		// moves ("His wife stood beside him", "was in the crowd")
		name, _ := a.resolve(ph, ph.start)
		return ph, name, true
	}
	if pron && ok && ph.kind == AttrDescription && noSpeech && documentNouns[p.words[ph.j-1].lower] {
		// and so does a document's ("The letter was blunt. “…”"), as
		// its cue's would ("“…,” the letter said")
		return ph, a.resolveThing(ph, ph.start), true
	}
	if !ok || ph.kind != AttrNamed || possessiveSplit(ph.text) != ph.text || !a.isPersonName(ph, p.words, true) {
		return phrase{}, "", false
	}
	name, known := a.resolveQuiet(ph)
	if !known && acronymName(ph.text) && issuesMessage(p.words, ph.j) {
		// a body named by its initials that issued a message: "The HFC
		// issued a statement. ¶ “…”" is the body's
		return ph, stripTitles(ph.text), true
	}
	if !known && relQuoted && len(nameWords(ph.text)) >= 2 && mayBePerson(ph.text) {
		// (a full name the relative clause's quotation kept from
		// reading as a subject's is a person all the same)
		name, known = a.addPerson(ph.text, ph.start).Name, true
	}
	if !known || name == "" {
		return phrase{}, "", false
	}
	return ph, name, true
}

// answerer is the person the asking verb at words[v] puts a question to,
// its object, who answers it with the quotation qi: a name, or with pron
// "him" or "her". A question answers nothing (it may be the one put to
// them: "Reporters asked Reed about the cost. “How much?”").
func (a *Article) answerer(ws []word, v int, pron bool, qi int) (phrase, string, bool) {
	if v+1 >= len(ws) || qi < 0 || isQuestion(a.Quotes[qi].Text) {
		return phrase{}, "", false
	}
	o := ws[v+1]
	obj, found := a.personAt(ws, v+1)
	if o.lower == "him" || o.lower == "her" {
		obj, found = phrase{text: o.s, kind: AttrPronoun, start: o.start, end: o.end, i: v + 1, j: v + 2}, pron
	} else if found && (obj.kind != AttrNamed || !a.isPersonName(obj, ws, true)) {
		found = false
	}
	if found {
		if name, _ := a.resolve(obj, obj.start); name != "" {
			return obj, name, true
		}
	}
	return phrase{}, "", false
}

// isQuestion tells whether a quotation's words end with a question mark.
func isQuestion(text string) bool {
	return strings.HasSuffix(strings.TrimRight(text, " ”\"’'"), "?")
}

// askingVerbs put a question to their object, who answers it.
var askingVerbs = setOf(`asked pressed questioned quizzed grilled`)

// acronymName tells whether a name is one word of two to six capitals:
// a body named by its initials ("HFC").
func acronymName(name string) bool {
	name = strings.TrimPrefix(strings.TrimPrefix(name, "the "), "The ")
	if n := len(name); n < 2 || n > 6 {
		return false
	}
	for _, r := range name {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// issuesMessage tells whether the verb right after words[j] (past an
// adverb) sends out a message: "issued a statement", "released a brief
// letter".
func issuesMessage(ws []word, j int) bool {
	for j < len(ws) && isAdverb(ws[j].lower) {
		j++
	}
	if j+2 >= len(ws) || !issueVerbs[ws[j].lower] || ws[j+1].lower != "a" && ws[j+1].lower != "an" {
		return false
	}
	for k := j + 2; k < len(ws) && k <= j+4; k++ {
		if w := ws[k]; w.quote >= 0 || w.punct() {
			return false
		} else if messageNouns[w.lower] {
			return true
		}
	}
	return false
}

// noteIssued notes the documents a sentence says someone issued: an
// indefinite document ("a statement", "a new report") from or by a named
// person or body ("a report by the Lakeside Council"), else of the
// sentence's named or pronoun subject ("the museum issued a statement",
// "Ortiz said in a statement", "She sent an email").
func (a *Article) noteIssued(ws []word) {
	for k, w := range ws {
		if w.quote >= 0 || !documentNouns[w.lower] {
			continue
		}
		d := k - 1
		for d >= 0 && d >= k-3 && ws[d].quote < 0 && !ws[d].punct() && !indefinite[ws[d].lower] && ws[d].lower != "the" && (!ws[d].isCap() || d > 0 && ws[d-1].lower == "the") {
			d-- // (a date between: "the November 23 lawsuit")
		}
		if d < 0 || ws[d].lower != "a" && ws[d].lower != "an" && ws[d].lower != "the" {
			continue
		}
		if ws[d].lower != "the" && docIntroEnd(ws, k) {
			if _, ok := a.sentenceSubject(ws, d, true); !ok {
				// a document no one is said to have made ("an email was
				// sent to members", "A report released in May found")
				a.docIntros = append(a.docIntros, issue{noun: w.lower, name: a.Doc.Text[ws[d].start:w.end], off: w.start})
			}
		}
		name := ""
		b := k + 1
		if b < len(ws) && makerVerbs[ws[b].lower] {
			b++ // "a lawsuit filed by …"
		}
		byName := false
		if b < len(ws) && (ws[b].lower == "from" || ws[b].lower == "by") {
			byName = true
			if ph, ok := a.personAt(ws, b+1); ok && ph.kind == AttrNamed {
				name = a.quietName(ph)
			} else if ok && ph.j+1 < len(ws) && (ws[ph.j].lower == "named" || ws[ph.j].lower == "called") {
				// "filed by a former staffer named Ann Lowell"
				if nm, found := a.personAt(ws, ph.j+1); found && nm.kind == AttrNamed {
					name = a.quietName(nm)
				}
			}
		}
		if name == "" && (ws[d].lower == "the" || byName) {
			continue // the document spoken of already, or one of an unnamed maker
		}
		if name == "" {
			if ph, ok := a.sentenceSubject(ws, d, true); ok {
				switch ph.kind {
				case AttrNamed:
					name = a.quietName(ph)
				case AttrPronoun:
					if ph.text != "they" && ph.text != "They" {
						name, _ = a.lastMentionAgreeing(ph.start, pronounGender(ph.text))
					}
				}
			}
		}
		if name != "" {
			a.issued = append(a.issued, issue{noun: w.lower, name: name, off: w.start, named: byName, doc: a.Doc.Text[ws[d].start:w.end]})
		}
	}
}

// unnamedClosed are the words that never stand between an indefinite
// determiner and its person noun: they end the phrase ("a case in which
// the official", "one of the voters").
var unnamedClosed = setOf(`the a an his her their its this that these those who whom which what of in on at by for from
with to and or but as than said says told he she they it we you i not no`)

// noteUnnamed notes the people a sentence brings in unnamed, by an
// indefinite description headed by a person noun ("a young woman asked",
// "said another unnamed party official", "One man in the front row"), so that
// a later "the woman said" means them. A description in apposition to a
// name ("Ann Lowell, a teacher,", "a teacher, Ann Lowell,") is that
// person's, not an unnamed one.
func (a *Article) noteUnnamed(ws []word) {
	for k, w := range ws {
		if w.quote >= 0 || w.lower != "a" && w.lower != "an" && w.lower != "one" && w.lower != "another" {
			continue
		}
		if k >= 2 && ws[k-1].s == "," && a.personWord(ws[k-2]) {
			continue // "Ann Lowell, a teacher"
		}
		from := k + 1
		if w.lower == "one" && k+1 < len(ws) && ws[k+1].lower == "of" {
			from = k + 2 // "one of two witnesses", "one of the organizers"
			if from < len(ws) && (ws[from].lower == "the" || ws[from].lower == "his" || ws[from].lower == "her" || ws[from].lower == "their") {
				from++
			}
		}
		for j := from; j < len(ws) && j <= k+maxUnnamedWords; j++ {
			x := ws[j]
			if x.quote >= 0 || x.punct() || unnamedClosed[x.lower] || speechVerbs[x.lower] || finiteAux[x.lower] {
				break
			}
			if from != k+1 {
				if sg := singular(x.lower); sg != x.lower && humanNoun(sg) && (j+1 == len(ws) || !personNouns[ws[j+1].lower]) {
					a.unnamed = append(a.unnamed, issue{noun: sg, name: a.Doc.Text[w.start:x.end], off: w.start})
					break
				}
				continue
			}
			// (a noun no list knows is a person's when "who" follows it:
			// "another worshiper who prays there", "a Harbor Lines
			// cashier who saw it")
			who := j+1 < len(ws) && ws[j+1].lower == "who" && ws[j+1].quote < 0 && !documentNouns[x.lower] && !orgHeads[x.lower]
			if !humanNoun(x.lower) && !who || j+1 < len(ws) && personNouns[ws[j+1].lower] && ws[j+1].quote < 0 {
				continue // "a campaign official", "a Lakeside Town Council member"
			}
			if j+2 < len(ws) && ws[j+1].s == "," && a.personWord(ws[j+2]) {
				break // "a teacher, Ann Lowell,"
			}
			acts := who || k == 0 || ws[k-1].s == "," || speechVerbs[ws[k-1].lower] && ws[k-1].quote < 0
			a.unnamed = append(a.unnamed, issue{noun: x.lower, name: a.Doc.Text[w.start:x.end], off: w.start, acts: acts})
			break
		}
	}
}

// personWord tells whether a word is a word of the name of a person the
// article names ("Lowell", not "Hampshire" in "in New Hampshire, a young
// woman asked").
func (a *Article) personWord(w word) bool {
	if w.quote >= 0 || !w.isCap() {
		return false
	}
	lw := strings.ToLower(strings.ReplaceAll(trimPossessive(w.s), "’", "'"))
	for _, i := range a.byWord[lw] { // (those whose name held the word: see indexPerson)
		if p := a.People[i]; a.mayBePerson(p.Name) && slices.Contains(nameWords(p.Name), lw) {
			return true
		}
	}
	return false
}

// genericPersonNouns say no more of a person than that they are one, or
// that they told the writer: "the person", "the source" mean whoever was
// brought in unnamed last ("a longtime aide to the mayor said …", then "the
// person added").
var genericPersonNouns = setOf(`person source individual`)

// personNoun tells whether w is a person noun or one with a plural's s
// ("voters").
func personNoun(w string) bool {
	return personNouns[w] || personNouns[strings.TrimSuffix(w, "s")]
}

// singular is a plural noun's singular: "witnesses" is "witness",
// "organizers" "organizer".
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"):
		return strings.TrimSuffix(w, "es")
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s"):
		return strings.TrimSuffix(w, "s")
	}
	return w
}

// whoIsObject tells whether the relative "who" at words[w] is the object
// of another's verb, whose subject comes next, before words[end]:
// "Lowell, who Kemp calls “…”", "it was Reed who the mayor blamed"; not
// "who this week is".
func whoIsObject(ws []word, w, end int) bool {
	if w+1 >= end {
		return false
	}
	n := ws[w+1]
	return (n.isCap() || determiners[n.lower] || subjectPronouns[n.lower]) && !timeNouns[n.lower] && !(w+2 < end && timeNouns[ws[w+2].lower])
}

// cleftSubject is the person a cleft sentence puts first, named after
// "it was" or "it is" and before a "who" that is the subject of its
// clause: "It was Ann Lowell who drew the crowds", "as usual, it is Reed
// who decides"; not "It was Ann Lowell who Kemp blamed", where Kemp acts.
func (a *Article) cleftSubject(ws []word) (phrase, bool) {
	for k := 0; k+3 < len(ws); k++ {
		if ws[k].lower != "it" || ws[k].quote >= 0 || ws[k+1].lower != "was" && ws[k+1].lower != "is" {
			continue
		}
		ph, ok := a.personAt(ws, k+2)
		if ok && ph.kind == AttrNamed && ph.i == k+2 && ph.j < len(ws) && ws[ph.j].lower == "who" && ws[ph.j].quote < 0 && !whoIsObject(ws, ph.j, len(ws)) && possessiveSplit(ph.text) == ph.text {
			return ph, true
		}
	}
	return phrase{}, false
}

// forTopicAt is where the name a sentence opens on with "as for" or
// "for" begins, or 0.
func forTopicAt(ws []word) int {
	switch {
	case len(ws) > 4 && ws[0].lower == "as" && ws[1].lower == "for":
		return 2
	case len(ws) > 3 && ws[0].lower == "for":
		return 1
	}
	return 0
}

// noteCalled notes the bodies a sentence brings in by the name they are
// called, in quotation marks or capitals: "a website called “Harbor If
// Ortiz Wins”", "a group named Lakeside Forward".
func (a *Article) noteCalled(ws []word) {
	for k := 1; k+1 < len(ws); k++ {
		if ws[k].quote >= 0 || ws[k].lower != "called" && ws[k].lower != "named" || !orgHeads[ws[k-1].lower] && !calledHeads[ws[k-1].lower] {
			continue
		}
		d := k - 2
		for d >= 0 && d >= k-5 && ws[d].quote < 0 && !ws[d].punct() && !indefinite[ws[d].lower] {
			d--
		}
		if d < 0 || !indefinite[ws[d].lower] {
			continue // "a new website called …", not "the site called …"
		}
		name := ""
		if n := ws[k+1]; n.quote >= 0 {
			name = strings.TrimSpace(strings.Trim(a.Quotes[n.quote].Text, ",.;: "))
		} else if ph, ok := a.personAt(ws, k+1); ok && ph.kind == AttrNamed {
			name = ph.text
		}
		if name != "" {
			a.called = append(a.called, issue{noun: ws[k-1].lower, name: name, off: ws[k].start})
		}
	}
}

// calledBodyOf is the body of the noun brought in last by the name it is
// called (noteCalled), not too far back, or "".
func (a *Article) calledBodyOf(noun string, at int) string {
	for k := issuesBefore(a.called, at) - 1; k >= 0 && at-a.called[k].off <= maxBodyBack; k-- {
		if a.called[k].noun == noun {
			return a.called[k].name
		}
	}
	// "a program called Harbor Watch. The group …": a generic noun for
	// the body brought in just before under another
	if k := issuesBefore(a.called, at) - 1; k >= 0 && at-a.called[k].off <= maxCalledGeneric && genericBodies[noun] {
		return a.called[k].name
	}
	return ""
}

// calledHeads are nouns besides orgHeads a body is brought in by, with
// its name after "called": "a program called …", "a coalition called …".
var calledHeads = setOf(`program initiative coalition movement project nonprofit charity association alliance`)

// genericBodies are the nouns that may stand for a body the article
// brought in under another noun ("the group" for "a program called …").
var genericBodies = setOf(`group organization organisation`)

// maxCalledGeneric is how far (in bytes) a generic noun for a body looks
// back for one brought in under another noun.
const maxCalledGeneric = 300

// issuesBefore is how many of is, in order of offset, lie before at: a
// look-back starts there and stops at its distance, so that it costs no more
// in an article of many quotations.
func issuesBefore(is []issue, at int) int {
	return sort.Search(len(is), func(k int) bool { return is[k].off >= at })
}

// maxUnnamedWords is how many words an unnamed person's description may
// run to after its determiner, its noun included.
const maxUnnamedWords = 6

// maxUnnamedDistance is how far (in bytes) back an unnamed person may be
// brought in for a definite description to mean them.
const maxUnnamedDistance = 2500

// unnamedOf is the person brought in unnamed last before at, not too far
// back, whose noun heads the definite description desc ("the woman", "this
// source", "the second official"), as the article wrote them, and where.
func (a *Article) unnamedOf(desc string, at int) (string, int) {
	f := strings.Fields(strings.ToLower(desc))
	if len(f) < 2 || f[0] != "the" && f[0] != "this" && f[0] != "that" || determiners[f[1]] {
		return "", -1 // (not "that the person", a clause)
	}
	noun := ""
	for _, w := range f[1:] {
		if humanNoun(w) {
			noun = w // (not "the editorial board")
		}
	}
	if noun == "" {
		return "", -1
	}
	for k := issuesBefore(a.unnamed, at) - 1; k >= 0 && at-a.unnamed[k].off <= maxUnnamedDistance; k-- {
		if u := a.unnamed[k]; u.noun == noun || genericPersonNouns[noun] {
			if m, ok := a.lastMention(at); ok {
				for _, p := range a.People {
					if p.Name == m && p.firstMention > u.off && len(p.Titles) == 0 && !(len(a.mentionsOf[m]) > 0 && a.mentionsOf[m][0] < u.off) {
						// the latest subject, named first after it with
						// no title of their own, may be the one it
						// brought in ("A lawmaker … Dan Ortiz said");
						// not one spoken of before it, though the
						// article registers them as a person only
						// later ("Tom Reed’s daughter runs the firm. …
						// a young designer …")
						return "", -1
					}
				}
			}
			return u.name, u.off
		}
	}
	return "", -1
}

// unnamedSince is whom a definite description of a person in no office
// (its words lf, lower-cased) that fits no one's titles means when the
// article brought someone in unnamed, under any noun, as one who acts
// (see noteUnnamed) after the person it would otherwise take (the latest
// subject, see lastMentionWhere) was last spoken of: the latest such, of
// a gender its noun does not deny ("Ann Lowell, a pharmacist, spoke. … ¶
// At a drugstore, an elderly clerk who saw it was shaken. “…,” the woman
// said" is the clerk); or "".
func (a *Article) unnamedSince(lf []string, at int, skip func(string) bool) string {
	if len(lf) < 2 || lf[0] != "the" {
		return ""
	}
	head := lf[len(lf)-1]
	if !humanNoun(head) || roleNouns[head] || candidateNouns[head] || genericPersonNouns[head] {
		return "" // (the same noun, or "the person": see unnamedOf)
	}
	g := nounGender(head)
	k := issuesBefore(a.unnamed, at) - 1
	for ; k >= 0 && at-a.unnamed[k].off <= maxUnnamedDistance; k-- {
		if a.unnamed[k].acts && !otherGender(g, nounGender(a.unnamed[k].noun)) {
			break
		}
	}
	if k < 0 || at-a.unnamed[k].off > maxUnnamedDistance {
		return ""
	}
	u := a.unnamed[k]
	if m, ok := a.lastMentionWhere(at, g, skip); ok && a.lastMentionOf(m, at) > u.off {
		return ""
	}
	return u.name
}

// noteUnnamedSubject notes the person brought in unnamed (name) whom a
// description (its words lf, lower-cased) at at means as a subject that a
// later pronoun may mean, when its noun tells a gender: "said the woman,
// … “…,” she said", "a cashier who saw it … “…,” the woman said. “…,”
// she added".
func (a *Article) noteUnnamedSubject(name string, lf []string, at int) {
	if g := nounGender(lf[len(lf)-1]); g != genderUnknown {
		a.addMention(mention{name: name, off: at, subject: true, person: true, wgender: g})
	}
}

// quietKnown tells whether a named phrase is a person the article knows.
func (a *Article) quietKnown(ph phrase) bool {
	_, ok := a.resolveQuiet(ph)
	return ok
}

// quietName is the person or body a named phrase stands for, noting no
// mention.
func (a *Article) quietName(ph phrase) string {
	if name, ok := a.resolveQuiet(ph); ok {
		return name
	}
	return stripTitles(ph.text)
}

// maxIssueDistance is how far (in bytes) back a document's issue may be
// for a description of it to mean it.
const maxIssueDistance = 600

// maxNamedIssueDistance is how far (in bytes) a document whose maker the
// text named with it ("a lawsuit filed by Ann Lowell") is still spoken of
// as theirs.
const maxNamedIssueDistance = 2000

// issuerOf is who last issued a document of the noun before at, not too
// far back, or "". A document someone issued ("the museum released a
// statement. … The statement said", "a report by the council") speaks as
// the document, brought in by an article, while its issuer has spoken no
// quotation named ("Lowell said in a statement" names her its speaker).
func (a *Article) issuerOf(noun string, at int) string {
	for k := len(a.issued) - 1; k >= 0; k-- {
		if is := a.issued[k]; is.off < at && (is.noun == noun || sameDocument[is.noun] == noun) && (at-is.off <= maxIssueDistance || is.named && at-is.off <= maxNamedIssueDistance) {
			if !a.spoke[is.name] && !strings.HasPrefix(strings.ToLower(is.doc), "the ") {
				return is.doc
			}
			return is.name
		}
	}
	return ""
}

// docIntroEnd tells whether the document's noun at words[k] ends its noun
// phrase: the sentence's end, a mark, or a verb, preposition or relative
// word after it ("an email was sent", "a report released in May", "a
// statement of concern"), not a noun it modifies ("an email fundraising
// appeal") nor a quotation that is the document.
func docIntroEnd(ws []word, k int) bool {
	if k+1 == len(ws) {
		return true
	}
	n := ws[k+1]
	return n.quote < 0 && (n.punct() || finiteAux[n.lower] || makerVerbs[n.lower] || objectPrepositions[n.lower] || n.lower == "that" || n.lower == "which")
}

// documentIntro is a document of the noun as the text brought it in, not
// far back before at, no maker named with it ("an email was sent to
// members", "a report released in May"), or "".
func (a *Article) documentIntro(noun string, at int) string {
	for k := issuesBefore(a.docIntros, at) - 1; k >= 0 && at-a.docIntros[k].off <= maxIssueDistance; k-- {
		if d := a.docIntros[k]; d.noun == noun || sameDocument[d.noun] == noun {
			return d.name
		}
	}
	return ""
}

// sameDocument gives the short noun a document is spoken of by later: a
// lawsuit is "the suit".
var sameDocument = map[string]string{"lawsuit": "suit"}

// closingPersonSource is the person a sentence that quotes no one closes
// on as its source, after a comma, by a name with a given name: "…,
// according to Tom Reed".
func (a *Article) closingPersonSource(ws []word) (phrase, bool) {
	for k := len(ws) - 3; k > 0; k-- {
		if ws[k].quote >= 0 {
			return phrase{}, false
		}
		if ws[k].lower != "according" || ws[k+1].lower != "to" || ws[k-1].s != "," {
			continue
		}
		if slices.ContainsFunc(ws[:k], func(w word) bool { return w.quote >= 0 }) {
			return phrase{}, false
		}
		// (a person's name with a given name, not an outlet's name:
		// "according to The Hill")
		ph, ok := a.personAt(ws, k+2)
		if !ok || ph.j != len(ws) || ph.thing {
			return phrase{}, false
		}
		f := nameWords(ph.text)
		if ph.kind != AttrNamed || len(f) < 2 || !isGivenName(f[0]) {
			return phrase{}, false
		}
		return ph, true
	}
	return phrase{}, false
}

// reportingSource is the named source a sentence as a whole is credited
// to, through which its speaker's words come: "according to X" opening the
// sentence before a comma, or closing it after one ("…,” Lowell said,
// according to the Tribune."), or "X reported" closing it after a comma.
func (a *Article) reportingSource(ws []word) (phrase, bool) {
	n := len(ws)
	// "…, the Tribune reported." / "…, reported the Tribune."
	for c := n - 3; c >= 0 && c >= n-9; c-- {
		if ws[c].s != "," && ws[c].quote < 0 {
			continue // (or a quote, ending in its own comma)
		}
		if ws[c+1].lower == "reported" {
			if ph, ok := a.personAt(ws, c+2); ok && ph.kind == AttrNamed && ph.j == n {
				return ph, true
			}
		}
		if ph, ok := a.personAt(ws, c+1); ok && ph.kind == AttrNamed {
			v := ph.j
			if v < n && (v+2 == n && isAdverb(ws[v].lower) || ws[v].lower == "first") {
				v++
			}
			if v+1 == n && ws[v].lower == "reported" {
				return ph, true
			}
		}
		break
	}
	for k := 0; k+2 < n; k++ {
		if ws[k].lower != "according" || ws[k+1].lower != "to" || ws[k].quote >= 0 {
			continue
		}
		opens := k == 0
		// (the comma may stand inside the marks of a quote before it:
		// "…,” according to a Harbor Daily poll.")
		closes := k > 0 && (ws[k-1].s == "," || ws[k-1].quote >= 0 && a.endsInComma(int(ws[k-1].quote)))
		// (or no comma after a speech verb's short tail: "…,” Lowell
		// said in a statement according to the Herald.)
		for m := k - 1; m >= 0 && m >= k-4 && !closes && ws[m].quote < 0 && !ws[m].punct(); m-- {
			closes = pastSpeechVerb(ws[m].lower) && m < k-1 && tailPhrase(ws[m+1:k])
		}
		if !opens && !closes {
			continue
		}
		ph, ok := a.personAt(ws, k+2)
		if !ok || ph.kind != AttrNamed {
			// a poll, a report or a body no person noun heads:
			// "According to the exit polls, 24% of voters …"
			if th, found := a.accordingThing(ws, k+2); found {
				ph, ok = th, true
			}
		} else if ph.j < n && !ws[ph.j].isCap() && !ws[ph.j].punct() && ws[ph.j].quote < 0 {
			// a name that modifies the documents' noun: "According to
			// White House pool reports, Reed said …"
			if th, found := a.accordingThing(ws, k+2); found {
				ph = th
			}
		}
		if !ok || ph.kind != AttrNamed && !ph.thing || ph.kind == AttrNamed && ph.j < n && !ws[ph.j].punct() && ws[ph.j].quote < 0 {
			// a document or a recording and who made it: "according to a
			// court filing by Ann Lowell", "according to audio provided
			// by Radio Kestrel"
			ph, ok = a.documentMaker(ws, k+3, k+8, true)
			if !ok {
				// a record the words run to the comma or the sentence's end
				// with: "according to White House pool reports, …",
				// "…, according to Lowell’s account"
				ph, ok = a.reportRecord(ws, k+2)
			}
			if !ok && closes {
				// an unnamed source, or a record a person noun may head,
				// closing the sentence: "…, according to a source at the
				// station.", "…, according to a pool report."
				ph, ok = recordToEnd(ws, k+2)
			}
			if !ok {
				continue
			}
		}
		if opens && ph.j < n && ws[ph.j].s == "," && ph.j+1 < n && ws[ph.j+1].quote < 0 {
			return ph, true
		}
		if closes && (ph.j == n || ph.j < n && ws[ph.j].s == "," && ph.j+1 < n && (ws[ph.j+1].quote >= 0 || tailPhrase(ws[ph.j+1:]))) {
			return ph, true
		}
	}
	return phrase{}, false
}

// tailPhrase tells whether words, after the comma that closes an
// "according to" source, are a phrase of time or place to the end of the
// sentence, with no verb or quote of its own: "…, according to the
// Ledger, during a flight home."
func tailPhrase(ws []word) bool {
	if len(ws) == 0 || !clauseTail[ws[0].lower] || ws[0].lower == "who" || ws[0].lower == "which" || ws[0].lower == "that" || ws[0].lower == "as" || ws[0].lower == "while" || ws[0].lower == "when" {
		return false
	}
	for _, w := range ws {
		if w.quote >= 0 || speechVerbs[w.lower] || finiteAux[w.lower] {
			return false
		}
	}
	return true
}

// reportRecord reads the record after "according to" at words[k] that
// runs to a comma or the sentence's end, a lower-case noun its head: a
// possessor's account is the possessor's ("Lowell’s account"), any other
// record is a thing ("White House pool reports", "audio provided to the
// Ledger").
func (a *Article) reportRecord(ws []word, k int) (phrase, bool) {
	e := k
	for e < len(ws) && e < k+maxThingWords && ws[e].quote < 0 && !ws[e].punct() && !finiteAux[ws[e].lower] && !speechVerbs[ws[e].lower] {
		e++
	}
	if e == k || e < len(ws) && ws[e].s != "," {
		return phrase{}, false
	}
	h := k // the head: the last word before a participle or a preposition
	for h+1 < e && !placePrepositions[ws[h+1].lower] && !objectPrepositions[ws[h+1].lower] && !strings.HasSuffix(ws[h+1].lower, "ed") {
		h++
	}
	head := ws[h]
	if head.isCap() || personNoun(head.lower) || personNoun(singular(head.lower)) || head.lower == "him" || head.lower == "her" || head.lower == "them" {
		return phrase{}, false
	}
	if h == k+1 && ws[k].isCap() && possessiveWord(ws[k].s) {
		name := trimPossessive(ws[k].s)
		return phrase{text: name, kind: AttrNamed, start: ws[k].start, end: ws[k].start + len(name), i: k, j: e}, true
	}
	return phrase{text: joinWords(ws[k:e]), kind: AttrDescription, start: ws[k].start, end: ws[e-1].end, i: k, j: e, thing: true}, true
}

// accordingTo is the source after "according to" at words[k]: a person,
// or who made the document or the figures named there ("according to a
// court filing by Ann Lowell", "according to estimates by the Lakeside
// Council").
func (a *Article) accordingTo(ws []word, k int) (phrase, bool) {
	ph, ok := a.personAt(ws, k)
	if ok && ph.kind == AttrNamed {
		return ph, true
	}
	// (a document may read as a description: "a court filing")
	if by, found := a.documentMaker(ws, k+1, k+6, false); found {
		return by, true
	}
	return ph, ok
}

// documentMaker is the name of who made the document whose words run
// from words[from] on, after "by" or "from" no later than words[to]: "a
// court filing by Ann Lowell", "a statement released late Monday by the
// Salem Port Authority"; "from" gives a message's or a document's
// sender, perhaps past its time: "a statement from Ann Lowell", "an
// email Monday from Reed’s office". Who reviewed or obtained it did not
// make it ("a memo obtained by the Gazette"), unless passed is set: a
// source the whole sentence is credited to may be who passed the record
// on ("according to audio provided by Radio Kestrel"). A name right after
// the document's noun that a verb of making follows made it: "remarks
// Reed made Monday".
func (a *Article) documentMaker(ws []word, from, to int, passed bool) (phrase, bool) {
	for b := from; b < len(ws) && b <= to && ws[b].quote < 0 && !ws[b].punct(); b++ {
		if d := ws[b-1].lower; documentNouns[d] || messageNouns[d] || speechNouns[d] {
			// the maker named in a relative clause with no "that": "remarks
			// Reed made Monday", "a letter Ann Lowell wrote"
			if ph, ok := a.personAt(ws, b); ok && ph.kind == AttrNamed && ph.j < len(ws) && contactMakers[ws[ph.j].lower] {
				return ph, true
			}
		}
		n := timeStart(ws, b) - 1
		if ws[b].lower != "by" && !(ws[b].lower == "from" && n >= from-1 && (messageNouns[ws[n].lower] || documentNouns[ws[n].lower])) {
			continue
		}
		if !passed && strings.HasSuffix(ws[b-1].lower, "ed") && !makerVerbs[ws[b-1].lower] {
			break
		}
		if by, found := a.personAt(ws, b+1); found && by.kind == AttrNamed && (ws[b].lower == "by" || a.senderName(by, ws)) {
			return by, true
		}
		break
	}
	return phrase{}, false
}

// senderName tells whether a name after "from" may send a message: a
// body, a person the article knows or a given name tells, not a place it
// was sent from ("a report from Washington", "a dispatch from Salem").
func (a *Article) senderName(ph phrase, ws []word) bool {
	if placeName(ph.text) {
		return false
	}
	f := strings.Fields(ph.text)
	return orgName(ph.text) || mediaEnds[strings.ToLower(trimPossessive(f[len(f)-1]))] || a.isPersonName(ph, ws, givenGender(ph.text) != genderUnknown)
}

// inWordsOf is the person an opening "In X’s words," or "In the words of
// X," names, when the quotation at words[i] comes after it: "In Lowell’s
// words, the ferry is “a lifeline.”"
func (a *Article) inWordsOf(ws []word, i int) (phrase, bool) {
	if i < 4 || ws[0].lower != "in" {
		return phrase{}, false
	}
	at := 1
	if ws[1].lower == "the" && ws[2].lower == "words" && ws[3].lower == "of" {
		at = 4
	}
	if at == 1 && (ws[1].lower == "his" || ws[1].lower == "her") {
		if ws[2].lower == "words" && ws[3].s == "," && oneClause(ws[4:i]) {
			return phrase{text: ws[1].s, kind: AttrPronoun, start: ws[1].start, end: ws[1].end, i: 1, j: 2}, true
		}
		return phrase{}, false
	}
	ph, ok := a.personAt(ws, at)
	if !ok || ph.kind == AttrDescription && at == 1 || ph.j >= i {
		return phrase{}, false
	}
	if at == 1 {
		// a possessor before "words": "Lowell’s"
		if ph.j+1 >= i || ws[ph.j].lower != "words" || ws[ph.j].quote >= 0 || ph.kind != AttrNamed || !possessiveWord(ws[ph.j-1].s) {
			return phrase{}, false
		}
		return ph, ws[ph.j+1].s == "," && oneClause(ws[ph.j+2:i])
	}
	return ph, ws[ph.j].s == "," && oneClause(ws[ph.j+1:i])
}

// oneClause tells whether words run on in the clause they open: no verb
// of speech, no semicolon and no word joining another clause ("…, but
// Reed called it “…”").
func oneClause(ws []word) bool {
	return !anySpeechVerb(ws) && !slices.ContainsFunc(ws, func(w word) bool { return w.s == ";" || clauseJoiners[w.lower] })
}

// makerVerbs say who made a document: "a filing submitted by Ann Lowell".
var makerVerbs = setOf(`filed submitted issued released published prepared compiled conducted authored signed produced`)

// contactMakers say in a relative clause with no "that" that its subject,
// a name, made the document or the words before it: "remarks Reed made",
// "a letter Lowell wrote", "a statement Kemp issued".
var contactMakers = setOf(`made wrote gave delivered sent posted issued released published signed filed`)

// personEndingAt is the person phrase, a name or a pronoun, that ends
// with words[e].
func (a *Article) personEndingAt(ws []word, e int) (phrase, bool) {
	for k := max(0, e-5); k <= e; k++ {
		if ph, ok := a.personAt(ws, k); ok && ph.j == e+1 && (ph.kind == AttrPronoun || ph.kind == AttrNamed && a.isPersonName(ph, ws, true)) {
			return ph, true
		}
	}
	return phrase{}, false
}

// verdictWords judge a claim by its speaker: "Reed is right that …".
var verdictWords = setOf(`right wrong correct incorrect mistaken`)

// judgedClaimant is the person a verdict right before the quotation at
// words[i] judges, whose claim the quotation is: "Tom Reed Is Right,
// ‘…’", "Lowell was flatly wrong that “…”", "Reed is correct about
// “…”". The verdict is the writer's, the claim the person's; a verdict
// inside the quotation ("Lowell: Reed is “dangerously wrong”") or one
// with words between it and the quotation ("Reed was right, said
// Lowell, …") judges nothing quoted. After a comma or a colon the
// quotation may be no claim but a speaker's own words, whom a speech verb
// before the name, or one outside quotations after the quotation, tells:
// "Kemp said Reed was right, “and …”", "Reed is right, “we need more
// boats,” and the port must grow, Lowell said".
func (a *Article) judgedClaimant(ws []word, i int) (phrase, bool) {
	k := i - 1
	mark := k >= 0 && ws[k].quote < 0 && (ws[k].s == "," || ws[k].s == ":")
	if mark || k >= 0 && ws[k].quote < 0 && (ws[k].lower == "that" || ws[k].lower == "about" || ws[k].lower == "on") {
		k--
	}
	if k < 1 || ws[k].quote >= 0 || !verdictWords[ws[k].lower] {
		return phrase{}, false
	}
	k--
	if ws[k].quote < 0 && strings.HasSuffix(ws[k].lower, "ly") && k > 0 {
		k-- // "flatly", "absolutely"
	}
	if w := ws[k].lower; ws[k].quote >= 0 || !(w == "is" || w == "was" || w == "are" || w == "were") || k < 1 {
		return phrase{}, false
	}
	ph, ok := a.personEndingAt(ws, k-1)
	if !ok || ph.kind != AttrNamed || mark && (anySpeechVerb(ws[:ph.i]) || slices.ContainsFunc(ws[i:], func(w word) bool { return w.quote < 0 && speechVerbs[w.lower] })) {
		return phrase{}, false
	}
	return ph, true
}

// speechNouns name an utterance whose possessor is its speaker: "Trump’s
// claim that …", "Obama’s “…” promise".
var speechNouns = setOf(`claim claims remark remarks comment comments statement statements promise promises pledge vow
assertion assertions interjection insistence boast boasts quip quips words slogan mantra refrain catchphrase tweet tweets
warning warnings accusation accusations charge suggestion suggestions prediction declaration description descriptions
retort reply response answer admission argument arguments contention call calls message verdict advice
complaint complaints objection objections`)

// copulaCue is the speaker a copula after a quotation names, the copula at
// words[j]: the possessor of a speech noun ("“…,” was Ann Lowell’s
// response", "“…,” came her reply"), the person after it ("was the
// answer from Ann Lowell"), or the subject of "how … put it" ("is how
// Lowell put it").
func (a *Article) copulaCue(ws []word, j int) (phrase, bool) {
	if j+2 >= len(ws) || !copulaCues[ws[j].lower] {
		return phrase{}, false
	}
	if ws[j+1].lower == "how" {
		if ph, ok := a.personAt(ws, j+2); ok && ph.j+1 < len(ws) && (ws[ph.j].lower == "put" || ws[ph.j].lower == "puts") && ws[ph.j+1].lower == "it" {
			return ph, true
		}
		return phrase{}, false
	}
	for n := j + 2; n < len(ws) && n <= j+3; n++ {
		if !speechNouns[ws[n].lower] {
			continue
		}
		if p := ws[n-1]; possessiveDet[p.lower] && p.lower != "its" {
			return phrase{text: p.s, kind: AttrPronoun, start: p.start, end: p.end, i: n - 1, j: n}, true
		}
		if ph, ok := a.possessor(ws, n-1); ok {
			return ph, true
		}
		if ws[n-1].lower == "the" && n+2 < len(ws) && (ws[n+1].lower == "from" || ws[n+1].lower == "of") {
			if ph, ok := a.personAt(ws, n+2); ok && ph.kind != AttrPronoun {
				return ph, true
			}
		}
		return phrase{}, false
	}
	return phrase{}, false
}

// copulaCues join a quotation to the noun or clause after it that names
// its speaker: "…,” was her reply", "…,” came the answer from Reed".
var copulaCues = setOf(`was is came comes`)

// relativeCueSubject is the named subject of a relative clause that ends
// on a speech verb in the past right before the quotation at words[i]
// ("what Mr. Kemp called “…”", "a clip that Judge Ann Lowell has
// described as “…”", "the plan, which Reed dubbed “…”"): a clause opened
// by "what", "which", "who" or "whom", by "whose" and its noun ("Kemp,
// whose plan Lowell called “…”"), or by "that" after a noun (after a verb
// "that" opens reported speech, "Park said that Reed called …", the outer
// speaker's). The verb is a past, or a present of naming ("Lowell, who
// Reed calls “…”"), perhaps before a copula ("Reed, who Lowell says is
// “…”"). A bare plural of people after "what", "which" or
// "whom" is the subject as a description ("what critics call “…”").
func (a *Article) relativeCueSubject(ws []word, i int) (phrase, bool) {
	v := i - 1
	if v >= 0 && ws[v].lower == "as" {
		v--
	}
	if v >= 3 && copulas[ws[v].lower] && (ws[v-1].lower == "says" || ws[v-1].lower == "said") {
		v-- // the copula of a clause the relative word is the subject of: "Reed, who Lowell says is “…”"
	}
	if v < 2 || !pastSpeechVerb(ws[v].lower) && !passiveVerbs[ws[v].lower] && !namingPresents[ws[v].lower] {
		return phrase{}, false
	}
	e := v - 1
	for e > 0 && e >= v-2 && (auxiliaries[ws[e].lower] || isAdverb(ws[e].lower)) && !ws[e].isCap() {
		e--
	}
	if e >= 1 && (groupHead(ws[e]) || ws[e].quote < 0 && strings.HasSuffix(ws[e].lower, "s") && (!ws[e].isCap() && personNouns[ws[e].lower] || ws[e].isCap() && partyWords[singular(ws[e].lower)] != "")) && (ws[e-1].lower == "what" || ws[e-1].lower == "which" || ws[e-1].lower == "whom") {
		// a bare plural of people, or a party's members: "what critics
		// call “…”", "what Democrats call “…”" is theirs, no one
		// person's
		return phrase{text: ws[e].s, kind: AttrDescription, start: ws[e].start, end: ws[e].end, i: e, j: e + 1}, true
	}
	var ph phrase
	for k := max(1, e-maxRelativeName); k <= e && ph.j == 0; k++ {
		if p, ok := a.personAt(ws, k); ok && p.j == e+1 && p.kind == AttrNamed && a.isPersonName(p, ws, true) {
			ph = p // the longest: "that U.S. District Judge Ann W. Lowell called"
		}
	}
	if ph.j == 0 {
		return phrase{}, false
	}
	r := ph.i // past capitalised words the name leaves out: "that U.S. District Judge …"
	for r > 1 && r > ph.i-3 && ws[r-1].isCap() && ws[r-1].quote < 0 {
		r--
	}
	if r < 1 {
		return phrase{}, false // the name opens the sentence: no clause word before it
	}
	switch ws[r-1].lower {
	case "what", "which", "whom", "who":
	case "that":
		if r < 2 {
			return phrase{}, false
		}
		if n := ws[r-2]; n.punct() || n.quote >= 0 || n.isCap() || speechVerbs[n.lower] || cueWords[n.lower] || finiteVerb(n.lower) || auxiliaries[n.lower] || isAdverb(n.lower) {
			return phrase{}, false
		}
	default:
		if !a.contactNounPhrase(ws, r) && !whoseNoun(ws, r) {
			return phrase{}, false
		}
	}
	return ph, true
}

// givingVerbs take an indirect object before a thing given: "gave her
// “…” advice".
var givingVerbs = setOf(`gave give gives giving sent send sends offered offer offers handed hand hands told tell tells
showed show shows left leave leaves wished wish wishes paid pay pays owed owe owes taught teach teaches`)

// namingPresents are the present tenses of verbs that name a thing by a
// quotation, read in a relative clause: "Lowell, who Reed calls “the
// spender”", "what Kemp describes as “…”".
var namingPresents = setOf(`calls call describes describe labels label dubs dub terms term brands brand`)

// whoseNoun tells whether the words before words[r] are "whose" and a
// noun in lower case, perhaps past one word more, opening a relative
// clause whose subject follows: "Kemp, whose plan Lowell called “…”".
func whoseNoun(ws []word, r int) bool {
	for d := r - 2; d >= 0 && d >= r-3; d-- {
		w := ws[d+1]
		if w.quote >= 0 || w.punct() || w.isCap() || speechVerbs[w.lower] || finiteVerb(w.lower) || auxiliaries[w.lower] {
			return false
		}
		if ws[d].lower == "whose" {
			return true
		}
	}
	return false
}

// contactNounPhrase tells whether the words before words[r] are a noun
// phrase set off by a comma or a dash that a relative clause with no
// "that" follows: ", a claim Lowell called “…”", "— a move Reed
// described as “…”", and after a quotation whose marks close the comma
// ("“…,” a claim Lowell called “…”").
func (a *Article) contactNounPhrase(ws []word, r int) bool {
	n := ws[r-1]
	if n.punct() || n.quote >= 0 || n.isCap() || determiners[n.lower] || speechVerbs[n.lower] || finiteVerb(n.lower) || auxiliaries[n.lower] || isAdverb(n.lower) || clauseLinks[n.lower] || objectPrepositions[n.lower] {
		return false
	}
	for d := r - 2; d >= 1 && d >= r-3; d-- {
		w := ws[d]
		if w.quote >= 0 || w.punct() || w.isCap() {
			return false
		}
		if w.lower == "a" || w.lower == "an" || w.lower == "another" {
			p := ws[d-1]
			return p.s == "," || p.s == "—" || p.s == "–" || p.quote >= 0 && a.endsInComma(int(p.quote))
		}
	}
	return false
}

// maxRelativeName is the most words before its verb relativeCueSubject
// reads a name in.
const maxRelativeName = 8

// verbBefore tells whether a speech verb, or a verb that reports speech
// about someone, stands in words[:i]: its subject, not the possessor
// after it, is the one who speaks.
func verbBefore(ws []word, i int) bool {
	for _, w := range ws[:i] {
		if speechVerbs[w.lower] || objectVerbs[w.lower] || listenerVerbs[w.lower] {
			return true
		}
	}
	return false
}

// possessor is the person whose possessive ends at words[k] ("Obama’s",
// "Mr. Trump’s"): a name the article knows as a person, or a name of two
// words or more that is no organisation's.
func (a *Article) possessor(ws []word, k int) (phrase, bool) {
	w := ws[k]
	if w.quote >= 0 || !w.isCap() {
		return phrase{}, false
	}
	stem := trimPossessive(w.s)
	if stem == w.s {
		return phrase{}, false
	}
	r := k
	for r > 0 && k-r < 4 && ws[r-1].isCap() && ws[r-1].quote < 0 && !stopCaps[ws[r-1].s] {
		r--
	}
	for ; r <= k; r++ {
		parts := make([]string, 0, k-r+1)
		for _, x := range ws[r:k] {
			parts = append(parts, x.s)
		}
		name := strings.Join(append(parts, stem), " ")
		ph := phrase{text: name, kind: AttrNamed, start: ws[r].start, end: ws[k].end - (len(w.s) - len(stem)), i: r, j: k + 1}
		if _, known := a.resolveQuiet(ph); known || len(nameWords(name)) >= 2 && !orgName(name) {
			return ph, true
		}
	}
	return phrase{}, false
}

// subjectOfQuote tells whether words[j] is a quotation that carries on a
// clause begun before it, so that a name right before it is the clause's
// subject and not an inverted speaker: "said Fiorina “was personally
// involved”". The quotation opens with a lower-case word.
func (a *Article) subjectOfQuote(ws []word, j int) bool {
	if j >= len(ws) || ws[j].quote < 0 {
		return false
	}
	t := strings.TrimLeft(a.Quotes[ws[j].quote].Text, " .…'‘\"“")
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

// maxPlainSubject is the most words plainSubject reads before a verb.
const maxPlainSubject = 12

// postModifier tells whether words[k], inside the subject words[j:v]
// that a determiner or a plural of people with none opens, begins the
// phrase after its head that says who the unnamed speaker is: "a person
// familiar with the talks", "an official briefed on the plan", "a source
// close to Reed", "an aide to Reed", "people close to Reed", "aides to
// Reed".
func postModifier(ws []word, j, k, v int) bool {
	if k+1 >= v || !determiners[ws[j].lower] && !(k > j && k-j <= maxBarePlural && barePeople(ws[j:k])) {
		return false
	}
	return sourceTail(ws, k)
}

// sourceTail tells whether words[k] begins the phrase after a person noun
// that says who an unnamed speaker is: a source adjective and its
// preposition ("close to", "familiar with"), or "to" or "with" right after
// the noun ("an aide to Reed").
func sourceTail(ws []word, k int) bool {
	if k < 1 || k+1 >= len(ws) || ws[k].isCap() {
		return false
	}
	w, next := ws[k].lower, ws[k+1].lower
	if sourceAdjectives[w] {
		return next == "with" || next == "to" || next == "on" || next == "about" || next == "in"
	}
	return (w == "to" || w == "with") && personNoun(ws[k-1].lower)
}

// sourceAdjectives describe an unnamed source by what they know or whom
// they are near: "familiar with", "close to", "briefed on".
var sourceAdjectives = setOf(`familiar close briefed knowledgeable involved loyal allied`)

// plainSubject reads the words from words[j] to a speech verb that ends
// the clause as its subject, when a quotation's cue follows it and the
// phrase reader finds no person there: lower-case titles it does not know
// ("super PAC spokeswoman Kellyanne Conway said", "public defender Shannon
// S. Quill wrote"), a place or an employer after the name ("Jeb Bush of
// Florida said"). The speaker is the run of capitalised words that ends
// the subject before any preposition; a subject after a determiner whose
// head is not capitalised describes ("the designer said").
func (a *Article) plainSubject(ws []word, j int) (phrase, bool) {
	v := j
	for v < len(ws) && v < j+maxPlainSubject && ws[v].quote < 0 && !ws[v].punct() && !speechVerbs[ws[v].lower] && !pronouns[ws[v].lower] {
		v++
	}
	if v == j || v >= len(ws) || !speechVerbs[ws[v].lower] || ws[v].isCap() || strings.HasSuffix(ws[v].lower, "ing") || listenerVerbs[ws[v].lower] && v+1 < len(ws) && ws[v+1].lower == "that" {
		return phrase{}, false
	}
	if stopCaps[ws[j].s] && !titleWords[ws[j].lower] || finiteAux[ws[j].lower] || phraseStops[ws[j].lower] || clauseOpeners[ws[j].lower] {
		return phrase{}, false
	}
	if st := capsBefore(ws, j, v); a.moodName(ws, j, st, v) {
		return phrase{text: joinWords(ws[st:v]), kind: AttrNamed, start: ws[j].start, end: ws[v-1].end, i: j, j: v}, true // "a visibly tired Reed told"
	}
	end := v
	for k := j + 1; k < v; k++ {
		if placePrepositions[ws[k].lower] || ws[k].lower == "for" || postModifier(ws, j, k, v) {
			end = k
			break
		}
	}
	for k := j; k < end; k++ {
		if k+1 == end-1 && (orgHeads[ws[k+1].lower] || personNoun(ws[k+1].lower)) && !finiteAux[ws[k].lower] {
			continue // a noun before the head: "the rights group says", "the sales staff said", "union leaders said"
		}
		if k > j && k+1 == v && end == v && determiners[ws[j].lower] && !finiteAux[ws[k].lower] {
			continue // a plural heading the subject right before the verb, no verb itself: "the dockers say"
		}
		if finiteVerb(ws[k].lower) && !ws[k].isCap() && !personNoun(ws[k].lower) && !isDescriptor(ws[k].lower) && !possessiveWord(ws[k].lower) {
			return phrase{}, false // "…,” the report by Smith was said to …: a clause, not a subject (a possessive is none: "the firm’s chief executive")
		}
	}
	n := end // the name heads the subject: "the Republican nominee said" names nobody
	st := n
	for st > j && ws[st-1].isCap() {
		st--
	}
	if n > st && len(nameWords(joinWords(ws[st:n]))) > 0 && !indefinite[ws[j].lower] {
		if n-st == 1 && !a.proper[ws[st].lower] && !a.isPersonName(phrase{text: ws[st].s, kind: AttrNamed, i: st, j: n}, ws, false) {
			return phrase{}, false // "Given …": a capital that only begins a sentence
		}
		return phrase{text: joinWords(ws[st:n]), kind: AttrNamed, start: ws[j].start, end: ws[v-1].end, i: j, j: v}, true
	}
	if n == st && (determiners[ws[j].lower] || possessiveWord(ws[j].lower) || end-j <= maxBarePlural && barePeople(ws[j:end])) {
		return phrase{text: joinWords(ws[j:end]), kind: AttrDescription, start: ws[j].start, end: ws[end-1].end, i: j, j: v}, true
	}
	return phrase{}, false
}

// lowerAfterFirst tells whether every word of text after its first is in
// lower case: "the union officials", not "the Reed aides".
func lowerAfterFirst(text string) bool {
	_, rest, _ := strings.Cut(text, " ")
	return !strings.ContainsFunc(rest, unicode.IsUpper)
}

// barePeopleText is barePeople of a description's lower-cased words.
func barePeopleText(lf []string) bool {
	if len(lf) > maxBarePlural {
		return false
	}
	ws := make([]word, len(lf))
	for k, f := range lf {
		ws[k] = word{s: f, lower: f, quote: -1}
	}
	return barePeople(ws)
}

// maxBarePlural is how many words a plural of people with no determiner
// may run to as a cue's subject: "senior union officials".
const maxBarePlural = 4

// barePeople tells whether the words are a plural of people with no
// determiner, its modifiers in lower case or a number: "officials",
// "union officials", "two senior aides" (many people unnamed, none of
// whom a carried speaker or a person named before is).
func barePeople(ws []word) bool {
	h := ws[len(ws)-1]
	if !pluralPeople(h) || orgHeads[singular(h.lower)] || groupNouns[singular(h.lower)] {
		return false
	}
	for k, w := range ws[:len(ws)-1] {
		if w.quote >= 0 || w.punct() || determiners[w.lower] || possessiveWord(w.s) || finiteAux[w.lower] || isAdverb(w.lower) || w.isCap() && k > 0 ||
			subjectPronouns[w.lower] || w.lower == "you" || w.lower == "it" {
			return false // (a pronoun is a clause's subject: "lest you confuse people")
		}
	}
	return true
}

// pluralPeople tells whether w is a plural of people: "aides", "people".
func pluralPeople(w word) bool {
	return groupHead(w) || peoplePlurals[w.s]
}

// peoplePlurals are plurals of people that end in no s: "people close to
// Reed said", "two men said".
var peoplePlurals = setOf(`people men women children`)

// clauseOpeners begin a clause of their own after a quotation: "…,” when
// Clinton blasted him.
var clauseOpeners = setOf(`when while as if because since although though where until unless whereas so then
than even just only not`)

// headlineVerbs are the capitalised speech verbs that end a name in a
// headline ("…, Trevor Noah Says", "Howard Dean Tells Democratic
// Convention"); never words that are part of names ("United States").
var headlineVerbs = setOf(`Says Tells Asks Warns Urges Slams Blasts Admits Insists Argues Explains Writes Tweets Jokes Vows Claims Calls`)

// listNumber is 1 when a sentence opens on a list item's number alone on
// its line ("3\nTom Reed On …"), which a heading after it passes over;
// else 0.
func (a *Article) listNumber(ws []word) int {
	if len(ws) < 2 || ws[0].quote >= 0 || strings.TrimLeft(ws[0].s, "0123456789") != "" {
		return 0
	}
	if !strings.Contains(a.Doc.Text[ws[0].end:ws[1].start], "\n") {
		return 0
	}
	return 1
}

// headlineActs are the title-case verbs of a heading that says what its
// subject did or said ("Lowell Praises Reed", "Report Debunks Kemp",
// "Reed Responds"), not words that are also nouns or names ("Hits",
// "Fires", "Thanks", "Backs").
var headlineActs = setOf(`Praises Debunks Rips Mocks Knocks Attacks Defends Accuses Endorses Blames Scolds Chides Lauds Hails Rebukes Dismisses Responds Answers Reacts Denies Confirms`)

// determiners open a noun phrase that may speak after an inverted speech
// verb.
var determiners = setOf(`the a an his her their its another one this that`)

// phraseStops end the noun phrase of invertedSubject: a relative clause or
// a prepositional phrase follows its head.
var phraseStops = setOf(`who whom whose which that of in at from for with to on about by as after before during
while when because since and or but`)

// invertedSubject reads the subject of an inverted speech verb when it is
// a noun phrase no person noun heads: a determiner and up to five words
// ("said the designer, who works for another brand"). A name in
// apposition after it, past a short prepositional phrase, is the speaker
// ("said his best friend at Lehigh, Bruce Turry"). The phrase describes:
// it resolves as a description does.
func (a *Article) invertedSubject(ws []word, i int) (phrase, bool) {
	if i >= len(ws) || ws[i].quote >= 0 {
		return phrase{}, false
	}
	if !(determiners[ws[i].lower] || possessiveWord(ws[i].lower)) {
		// a plural of people with no determiner, up to the clause's end
		// or the phrase after it that says who they are: "said union
		// officials, who …", "said people close to Reed"
		ends := func(j int) bool {
			return j == len(ws) || ws[j].punct() || phraseStops[ws[j].lower] || postModifier(ws, i, j, len(ws))
		}
		j := i
		for j < i+maxBarePlural && !ends(j) && ws[j].quote < 0 {
			j++
		}
		if j > i && ends(j) && barePeople(ws[i:j]) {
			return phrase{text: joinWords(ws[i:j]), kind: AttrDescription, start: ws[i].start, end: ws[j-1].end, i: i, j: j}, true
		}
		return phrase{}, false
	}
	j := i + 1
	if ws[i].lower == "one" && j+1 < len(ws) && ws[j].lower == "of" {
		j += 2 // one of many: "said one of two witnesses who …"
	}
	from := j
	for j < len(ws) && j <= from+4 && ws[j].quote < 0 && !ws[j].punct() && !phraseStops[ws[j].lower] && !speechVerbs[ws[j].lower] && !pronouns[ws[j].lower] {
		j++
	}
	if j == from && from == i+1 && (ws[i].lower == "one" || ws[i].lower == "another") && (j == len(ws) || ws[j].punct() && ws[j].s != "(") {
		// "one" or "another" alone: "“…,” read one", "said another."
		return phrase{text: ws[i].s, kind: AttrDescription, start: ws[i].start, end: ws[i].end, i: i, j: j}, true
	}
	if j == from || j > from+4 {
		return phrase{}, false
	}
	// a name in apposition: ", Bruce Turry" after the phrase or after a
	// prepositional phrase of a few words
	for k := j; k < len(ws) && k <= j+4 && ws[k].quote < 0; k++ {
		if ws[k].s == "," {
			if nm, ok := a.appositionName(ws, k); ok {
				nm.i, nm.start = i, ws[i].start
				return nm, true
			}
			break
		}
	}
	if st := capsBefore(ws, from, j); a.moodName(ws, i, st, j) {
		return phrase{text: joinWords(ws[st:j]), kind: AttrNamed, start: ws[st].start, end: ws[j-1].end, i: i, j: j}, true // "said an upbeat Reed"
	}
	return phrase{text: joinWords(ws[i:j]), kind: AttrDescription, start: ws[i].start, end: ws[j-1].end, i: i, j: j}, true
}

// capsBefore is where the run of capitalised words that ends before
// words[e] begins, not before words[from].
func capsBefore(ws []word, from, e int) int {
	st := e
	for st > from && ws[st-1].isCap() && ws[st-1].quote < 0 {
		st--
	}
	return st
}

// moodName tells whether words[i:n], an indefinite article, lower-case
// words of mood or manner and the name words[st:n], are a known person in a
// passing state ("a visibly tired Reed", "an upbeat Lowell"), not a thing
// named for someone ("a Reed ally"), someone unnamed, nor a noun of speech
// a relative clause with the name follows ("a claim Lowell called").
func (a *Article) moodName(ws []word, i, st, n int) bool {
	if !indefinite[ws[i].lower] || ws[i].lower == "one" || ws[i].lower == "another" || st <= i+1 || st >= n || st > i+4 ||
		strings.Contains(a.Doc.Text[ws[i].start:ws[n-1].end], "\n") { // (one line: a heading's words are no part of it)
		return false
	}
	for _, w := range ws[i+1 : st] {
		if w.isCap() || w.quote >= 0 || w.punct() || personNoun(w.lower) || titleWords[w.lower] || speechNouns[w.lower] || reportNouns[w.lower] {
			return false // (a noun of speech heads a clause the name's verb is in: "“…,” a claim Lowell called “…”")
		}
	}
	return a.quietKnown(phrase{text: joinWords(ws[st:n]), kind: AttrNamed, start: ws[st].start, end: ws[n-1].end, i: st, j: n})
}

// invertedName reads lower-case words and then a name after an inverted
// speech verb, up to a preposition, a comma or the end of the clause: the
// name is the run of capitalised words that ends the phrase, after its
// last title word ("former South Carolina Gov. Jim Hodges").
func (a *Article) invertedName(ws []word, i int) (phrase, bool) {
	j := i
	for j < len(ws) && j < i+maxPlainSubject && ws[j].quote < 0 && !ws[j].punct() && !phraseStops[ws[j].lower] && !speechVerbs[ws[j].lower] {
		j++
	}
	if j == i || !endsClause(ws, j) && !phraseStops[ws[j].lower] {
		return phrase{}, false
	}
	st := j
	for st > i && ws[st-1].isCap() {
		st--
	}
	if st == j || st == i && j-i < 2 {
		return phrase{}, false
	}
	for k := j - 2; k >= st; k-- {
		if titleWords[ws[k].lower] {
			st = k + 1
			break
		}
	}
	name := joinWords(ws[st:j])
	if len(nameWords(name)) == 0 {
		return phrase{}, false
	}
	return phrase{text: name, kind: AttrNamed, start: ws[i].start, end: ws[j-1].end, i: i, j: j}, true
}

// anySpeechVerb tells whether a speech verb is among the words.
func anySpeechVerb(ws []word) bool {
	for _, w := range ws {
		if speechVerbs[w.lower] {
			return true
		}
	}
	return false
}

// asNameApposition reads "As Name, apposition, put it": a name right after
// "as" opening the sentence, and an apposition from the comma after it to
// the verb at words[v], closed by a comma or by a title whose marks hold
// one ("As Ann Lowell, author of “The Long Harbor,” put it"), holding no
// other quotation and no speech verb.
func (a *Article) asNameApposition(ws []word, v int) (phrase, bool) {
	if v < 4 || ws[0].lower != "as" || !isComma(ws[v-1]) {
		return phrase{}, false
	}
	ph, ok := a.personAt(ws, 1)
	if !ok || ph.kind != AttrNamed || ph.j >= v-1 || ws[ph.j].s != "," || v-ph.j > maxAppositionGap {
		return phrase{}, false
	}
	for _, w := range ws[ph.j+1 : v-1] {
		if w.quote >= 0 && !w.inert || speechVerbs[w.lower] {
			return phrase{}, false
		}
	}
	return ph, true
}

// outerSpeaker is the named subject of "said" or "says" right before the
// phrase ph (perhaps with "that" between), when ph is the subject of a
// speech verb inside that clause: "Lena Park said Lowell called …".
func (a *Article) outerSpeaker(ws []word, ph phrase) (phrase, bool) {
	v := ph.i - 1
	// the phrase may be a full name's last word: "said that Ann Lowell"
	for n := 0; n < 3 && v >= 1 && ws[v].isCap() && !ws[v].punct(); n++ {
		v--
	}
	cites := false
	if v >= 1 && ws[v].lower == "that" {
		v--
		if c := citingVerb(ws, v); c > 0 {
			v, cites = c, true // "Park cited reports that Lowell called …"
		}
	}
	if v < 1 || ph.kind != AttrNamed || !cites && !reportingVerbs[ws[v].lower] {
		return phrase{}, false
	}
	if cites && ph.j+1 < len(ws) && ws[ph.j+1].quote >= 0 {
		return phrase{}, false // a relative clause: "remarks that Lowell called “hateful”"
	}
	out, ok := a.subjectBefore(ws, v)
	if !ok || out.j > v {
		return phrase{}, false
	}
	return out, true
}

// citingVerb is the verb that cites the report noun at words[n], whose
// "that" clause tells what was reported: "cited reports", "pointed to
// claims", "noted accounts"; 0 when there is none.
func citingVerb(ws []word, n int) int {
	if n < 2 || !reportNouns[ws[n].lower] {
		return 0
	}
	v := n - 1
	if ws[v].lower == "the" || ws[v].lower == "those" || ws[v].lower == "earlier" {
		v-- // "cited the reports that"
	}
	if v >= 1 && ws[v].lower == "to" {
		v-- // "pointed to reports that"
		if v >= 1 && !pointingVerbs[ws[v].lower] {
			return 0
		}
	} else if v >= 1 && !citingVerbs[ws[v].lower] {
		return 0
	}
	return v
}

// reportNouns are nouns of reported speech a "that" clause completes:
// "reports that", "claims that".
var reportNouns = setOf(`reports report claims accounts allegations remarks comments`)

// citingVerbs cite a report: "Park cited reports that …"; pointingVerbs
// do so with "to": "Park pointed to reports that …".
var (
	citingVerbs   = setOf(`cited cites noted notes mentioned mentions recalled recalls invoked invokes`)
	pointingVerbs = setOf(`pointed points referred refers alluded alludes`)
)

// reporterBefore is the speaker of a reporting verb whose clause opens
// right before the possessor ph, past "that" and a word of time between:
// "Lowell said Thursday that Reed’s claim …".
func (a *Article) reporterBefore(ws []word, ph phrase) (phrase, bool) {
	v := ph.i - 1
	if v >= 1 && ws[v].lower == "that" {
		v--
	}
	if v >= 1 && (clauseTail[ws[v].lower] && ws[v].isCap() || ws[v].lower == "today" || ws[v].lower == "yesterday") {
		v-- // a weekday: "said Thursday that"
	}
	if v < 1 || !reportingVerbs[ws[v].lower] {
		return phrase{}, false
	}
	out, ok := a.subjectBefore(ws, v)
	if !ok || out.j > v || out.kind != AttrNamed {
		return phrase{}, false
	}
	return out, true
}

// parentheticalSpeaker reads a cue set off by commas between the subject
// ph and its speech verb at words[v]: in "Lowell, Tom Reed said, called
// the plan “a fraud”" Reed reports the sentence.
func (a *Article) parentheticalSpeaker(ws []word, ph phrase, v int) (phrase, bool) {
	if ph.j+3 >= v || ws[ph.j].s != "," || ws[v-1].s != "," || ws[v-2].lower != "said" && ws[v-2].lower != "says" {
		return phrase{}, false
	}
	out, ok := a.personAt(ws, ph.j+1)
	if !ok || out.kind != AttrNamed || out.j != v-2 || !a.isPersonName(out, ws, true) {
		return phrase{}, false
	}
	return out, true
}

// reportingVerbs take a clause reporting what someone said: "Park said
// (that) …", "Park argued …".
var reportingVerbs = setOf(`said says noted notes argued argues claimed claims wrote writes added adds insisted insists
recalled recalls explained explains contended contends stressed stresses suggested suggests charged charges complained complains`)

func init() {
	// a phrasal speech verb is one word: "Park pointed out that …"
	for _, v := range []string{"pointed out", "points out"} {
		reportingVerbs[v] = true
	}
}

// listenerPreps are the prepositions before a listener: "to", "for",
// "toward".
var listenerPreps = setOf(`to for toward towards`)

// colonSpeaker reads the name that ends right before the colon at
// words[k]: the longest such phrase of up to eight words, a full name, a
// person the article knows or a name opening its clause, not a lone word
// after another ("auf Französisch:").
func (a *Article) colonSpeaker(ws []word, k int) (phrase, bool) {
	if k > 0 && a.handleAt(ws[k-1]) {
		return a.handleSpeaker(ws, k-1)
	}
	for st := max(0, k-8); st < k; st++ {
		if ws[st].quote >= 0 || ws[st].punct() {
			continue
		}
		ph, ok := a.personAt(ws, st)
		if !ok || ph.j != k || ph.kind != AttrNamed {
			continue
		}
		if furniturePhrase(ws, ph) {
			return phrase{}, false // a label of the page: "PULL QUOTE: “…”", "QUOTE OF THE DAY: “…”"
		}
		// a full name, a known person, or a name opening its clause (after
		// punctuation or a spaced hyphen: "… caucus - HuffPollster:");
		// not a word after a preposition ("auf Französisch:")
		// the object of "to" or "for" is whom the words are put to, not
		// their speaker: "a blunt message to Lowell: “…”", "a question
		// for Reed: “…”"
		if st > 0 && listenerPreps[ws[st-1].lower] {
			return phrase{}, false
		}
		opens := st == 0 || ws[st-1].punct() || ws[st-1].end <= ws[st].start && strings.Contains(a.Doc.Text[ws[st-1].end:ws[st].start], " - ")
		if !opens && len(nameWords(ph.text)) < 2 && !a.isPersonName(ph, ws, false) {
			return phrase{}, false
		}
		return ph, true
	}
	return phrase{}, false
}

// furnitureWords are the words of the labels a page sets before a
// quotation, which are no one's name: "PULL QUOTE", "QUOTE OF THE DAY",
// "BY THE NUMBERS", "WHAT THEY SAID".
var furnitureWords = setOf(`pull quote quotes quoted quotable of the day week year by numbers what they said overheard
key takeaway takeaways highlights in their own words`)

// furniturePhrase tells whether a phrase read as a name is a label of the
// page, all furnitureWords: "PULL QUOTE", "BY THE NUMBERS".
func furniturePhrase(ws []word, ph phrase) bool {
	return !slices.ContainsFunc(ws[ph.i:ph.j], func(w word) bool { return !furnitureWords[w.lower] })
}

// furnitureLabel tells whether the words before the quotation words[i]
// are only a label of the page and its colon: "PULL QUOTE: “…”".
func furnitureLabel(ws []word, i int) bool {
	return i >= 2 && ws[i-1].s == ":" && !slices.ContainsFunc(ws[:i-1], func(w word) bool { return !furnitureWords[w.lower] })
}

// handleAt tells whether w is a social media handle: a word an "@" is
// glued to ("@MayorTomReed").
func (a *Article) handleAt(w word) bool {
	return w.quote < 0 && w.start > 0 && a.Doc.Text[w.start-1] == '@'
}

// handleSpeaker is the speaker of a quotation a handle before a colon
// heads ("@MayorTomReed: “…”"): a handle is no name as written, but one
// that holds the surname of one of the record's speakers as a word of its
// own (handleHolds) is that person (Tom Reed, when the record has a Reed);
// else no one.
func (a *Article) handleSpeaker(ws []word, h int) (phrase, bool) {
	w := ws[h]
	for _, k := range a.known {
		if len(k) < 3 || !handleHolds(w.s, k) {
			continue
		}
		name := strings.ToUpper(k[:1]) + k[1:]
		for _, p := range a.People {
			if f := nameWords(p.Name); len(f) > 0 && f[len(f)-1] == k {
				name = p.Name
				break
			}
		}
		return phrase{text: name, kind: AttrNamed, start: w.start, end: w.end, i: h, j: h + 1}, true
	}
	return phrase{}, false
}

// handleHolds tells whether a handle holds the surname k (lower case) as
// a word of its own: one its capitals or underscores set apart
// ("MayorTomReed", "mayor_reed"), or, in a handle all in lower case, its
// start or end ("tomreed"); not letters inside a word ("FreedomCaucus").
func handleHolds(handle, k string) bool {
	if strings.ToLower(handle) == handle {
		parts := strings.FieldsFunc(handle, func(r rune) bool { return !unicode.IsLetter(r) })
		return slices.ContainsFunc(parts, func(p string) bool { return strings.HasPrefix(p, k) || strings.HasSuffix(p, k) })
	}
	start, prev := 0, ' '
	for i, r := range handle {
		if i > start && (unicode.IsUpper(r) && unicode.IsLower(prev) || !unicode.IsLetter(r)) {
			if strings.ToLower(handle[start:i]) == k {
				return true
			}
			start = i
		}
		if !unicode.IsLetter(r) {
			start = i + utf8.RuneLen(r)
		}
		prev = r
	}
	return strings.ToLower(handle[start:]) == k
}

// appositionThenVerb tells whether the comma at words[k] opens an
// apposition that a comma closes before a lower-case word, the verb of the
// subject before it: "Ann Lowell, the daughter of Tom Lowell, won".
func appositionThenVerb(ws []word, k int) bool {
	for m := k + 2; m+1 < len(ws) && m <= k+maxAppositionGap; m++ {
		if ws[m].quote >= 0 && !ws[m].inert {
			return false
		}
		if isComma(ws[m]) {
			// an apposition may hold commas of its own, before a place's
			// state or after an age: "Ann Lowell, 33, a nurse from Salem,
			// Ore., finds"
			n := ws[m+1]
			if n.quote >= 0 || conjunctions[n.lower] {
				return false
			}
			if n.punct() || n.isCap() || appositionOpeners[n.lower] || determiners[n.lower] || n.s[0] >= '0' && n.s[0] <= '9' {
				continue
			}
			return true
		}
	}
	return false
}

// appositionToVerb tells whether the comma at words[k] opens an apposition
// that the next comma closes before a word in lower case that may be the
// verb of the subject before it: "Dan Kemp, a man accused of theft, was
// freed". Not before a subject pronoun, which is the sentence's subject
// ("Like his rival, Tom Reed, a ferry pilot, he voted no": Reed is the
// object of the opening phrase), a conjunction, an article or a number;
// an apposition holding a name set off by commas of its own is not read
// ("Dan Kemp, the mayor, Tom Reed, said").
func appositionToVerb(ws []word, k int) bool {
	m := appositionEnd(ws, k)
	if m < 0 {
		return false
	}
	n := ws[m]
	return n.quote < 0 && !n.punct() && !n.isCap() && !conjunctions[n.lower] && !appositionOpeners[n.lower] && !determiners[n.lower] && !(n.s[0] >= '0' && n.s[0] <= '9') &&
		!subjectPronouns[n.lower] && n.lower != "it" && n.lower != "you"
}

// asideEnd is k, or, when words[k] is a comma that opens an apposition or
// a clause set off by commas ("The union, which represents 4,000 dockers,
// said"), the index of the word after the comma that closes it.
func asideEnd(ws []word, k int) int {
	if m := dashAsideEnd(ws, k); m > 0 {
		return m // "the union — in a statement Monday night — called"
	}
	if !isComma(ws[k]) {
		return k
	}
	for m := appositionEnd(ws, k); m >= 0; m = appositionEnd(ws, m-1) {
		if !isNumeral(ws[m].lower) || !isNumeral(ws[m-2].lower) {
			return m
		}
		// (a comma inside a number goes on: "which represents 4,000
		// dockers,")
	}
	return k
}

// dashAsideEnd is the index of the word after the dash that closes an
// aside the dash at words[k] opens, within maxAppositionGap words and
// with no quotation or bracket inside ("Reed — speaking Monday in Salem —
// said"), or -1.
func dashAsideEnd(ws []word, k int) int {
	if k >= len(ws) || ws[k].s != "—" && ws[k].s != "–" {
		return -1
	}
	for m := k + 2; m+1 < len(ws) && m <= k+maxAppositionGap; m++ {
		if ws[m].quote >= 0 || ws[m].s == "(" || ws[m].s == "." {
			return -1
		}
		if ws[m].s == "—" || ws[m].s == "–" {
			return m + 1
		}
	}
	return -1
}

// appositionEnd is the index of the word after the comma that closes the
// apposition the comma at words[k] opens, within maxAppositionGap words
// and with no quotation, dash or bracket inside; or -1.
func appositionEnd(ws []word, k int) int {
	for m := k + 2; m+1 < len(ws) && m <= k+maxAppositionGap; m++ {
		if ws[m].quote >= 0 && !ws[m].inert || ws[m].s == "—" || ws[m].s == "–" || ws[m].s == "(" {
			return -1
		}
		if isComma(ws[m]) {
			return m + 1
		}
	}
	return -1
}

// markInert marks the placeholders of quotations that are a work's title
// or words printed on a thing, read from the text around them alone (see
// classifySkip), and those whose marks close a comma.
func (a *Article) markInert(sents []sentence) {
	text := a.Doc.Text
	for _, s := range sents {
		for k, w := range s.words {
			if w.quote < 0 {
				continue
			}
			q, r := &a.Quotes[w.quote], a.raw[w.quote]
			if endsInWord(text, r) && printedOn(text, r.close) || isTitleCase(q.Text) && letterWords(q.Text) <= 8 && a.namesWork(q, r.open, false) {
				inner := strings.TrimRight(text[r.open:r.close], "”\"’'»」』 ")
				s.words[k].inert, s.words[k].comma = true, strings.HasSuffix(inner, ",")
			}
		}
	}
}

// isComma tells whether w is a comma, or a title's quotation whose marks
// close one ("author of “The Long Harbor,” said").
func isComma(w word) bool {
	return w.s == "," || w.inert && w.comma
}

// pastApposition skips an apposition that starts with the comma at
// words[k] and ends with the last comma before a speech verb (an adverb may
// stand between): "Hugh Hill, a doctor at the clinic, said"; "Anne
// Richards, assistant secretary of state for population, refugees, and
// migration, said". It gives k unchanged when no such apposition is there.
func pastApposition(ws []word, k int) int {
	if m := dashAsideEnd(ws, k); m > 0 && (speechVerbs[ws[m].lower] || isAdverb(ws[m].lower) && m+1 < len(ws) && speechVerbs[ws[m+1].lower]) {
		return m // set off by dashes: "Reed — speaking Monday in Salem — said"
	}
	if k >= len(ws) || ws[k].s != "," {
		return k
	}
	for m := k + 1; m < len(ws) && m <= k+maxAppositionGap; m++ {
		if ws[m].quote >= 0 && !ws[m].inert || ws[m].s == "." {
			break
		}
		if isComma(ws[m]) && m+1 < len(ws) && (speechVerbs[ws[m+1].lower] || isAdverb(ws[m+1].lower) && m+2 < len(ws) && speechVerbs[ws[m+2].lower]) {
			return m + 1
		}
	}
	// the closing comma left out: "Nate Silver, the polling guru who
	// founded fivethirtyeight.com tweeted"
	if k+1 < len(ws) && appositionOpeners[ws[k+1].lower] {
		for m := k + 2; m < len(ws) && m <= k+maxAppositionGap; m++ {
			if ws[m].quote >= 0 || ws[m].punct() {
				break
			}
			if pastSpeechVerb(ws[m].lower) && !ws[m].isCap() {
				return m
			}
		}
	}
	return k
}

// laterCue finds a cue that closes the sentence of the quotation at word i
// after a comma: ", Ben Carson said …" or ", said Ben Carson …", with no
// other quotation between and the verb reporting no clause of its own
// (", he said that …" begins new speech).
func (a *Article) laterCue(ws []word, i int) (phrase, bool) {
	listed := true // only "and", "or" and commas since the quote: a list of quotes
	for k := i; k < len(ws); k++ {
		if k == i {
			// a quotation opening its sentence before "was how" or "is
			// how" and the one who put it so: "“Not a dime more” was
			// how Lowell put it", "… is how Reed described the deal"
			if i == 0 && k+4 < len(ws) && (ws[k+1].lower == "was" || ws[k+1].lower == "is") && ws[k+2].lower == "how" {
				if ph, ok := a.personAt(ws, k+3); ok && ph.j < len(ws) && (speechVerbs[ws[ph.j].lower] || ws[ph.j].lower == "put" || ws[ph.j].lower == "puts" || ws[ph.j].lower == "summed") && (ph.kind != AttrNamed || a.isPersonName(ph, ws, false)) {
					return ph, true
				}
			}
			// the quote's own closing comma stands before the next word:
			// "“…,” as Cruz said"
			if k+2 < len(ws) && ws[k+1].lower == "as" {
				if ph, ok := a.personAt(ws, k+2); ok && ph.j < len(ws) && speechVerbs[ws[ph.j].lower] && !ws[ph.j].isCap() && (ph.kind != AttrNamed || a.isPersonName(ph, ws, true)) {
					return ph, true
				}
			}
			continue
		}
		if ws[k].quote >= 0 {
			if listed {
				continue // "“A” and “B,” Howard Dean said": one cue for both
			}
			return phrase{}, false
		}
		if ws[k].s != "," && ws[k].lower != "and" && ws[k].lower != "or" {
			listed = false
		}
		if ws[k].s != "," || k+1 >= len(ws) {
			continue
		}
		// ", according to campaign manager Jeff Weaver"
		if k+3 < len(ws) && ws[k+1].lower == "according" && ws[k+2].lower == "to" {
			if ph, ok := a.accordingTo(ws, k+3); ok {
				return ph, true
			}
		}
		// ", as Cruz said on Monday"
		if k+3 < len(ws) && ws[k+1].lower == "as" {
			if ph, ok := a.personAt(ws, k+2); ok && ph.j < len(ws) && speechVerbs[ws[ph.j].lower] && !ws[ph.j].isCap() && (ph.kind != AttrNamed || a.isPersonName(ph, ws, true)) {
				return ph, true
			}
		}
		// ", Justice Department senior trial counsel Caroline Lewis
		// Wolverton wrote in a court filing"
		if ph, ok := a.plainSubject(ws, k+1); ok && ph.kind == AttrNamed && endsClause(ws, ph.j+1) {
			return ph, true
		}
		if speechVerbs[ws[k+1].lower] && !listenerVerbs[ws[k+1].lower] && !strings.HasSuffix(ws[k+1].lower, "ing") {
			if ph, ok := a.personAt(ws, k+2); ok && endsClause(ws, ph.j) && (ph.kind != AttrNamed || a.isPersonName(ph, ws, true)) {
				return ph, true
			}
		}
		ph, ok := a.personAt(ws, k+1)
		if ok {
			if d, found := a.possessorsDescription(ws, ph); found {
				ph = d // ", Ann Lowell’s spokesman said"
			}
		}
		if !ok || ph.kind == AttrNamed && !a.isPersonName(ph, ws, true) {
			continue
		}
		v := pastApposition(ws, ph.j)
		for v < len(ws) && v <= ph.j+2 && (isAdverb(ws[v].lower) || auxiliaries[ws[v].lower]) {
			v++
		}
		if v < len(ws) && speechVerbs[ws[v].lower] && !strings.HasSuffix(ws[v].lower, "ing") && endsClause(ws, v+1) &&
			(v+1 >= len(ws) || ws[v+1].lower != "that" && ws[v+1].quote < 0) {
			return ph, true
		}
	}
	return phrase{}, false
}

// cueClause reads a sentence that is only a cue: a person and a speech
// verb ("Freddy Ortega said.", "Trump said on Tuesday."), the verb not
// followed by what he said ("Trump said the wall …" reports new speech).
func (a *Article) cueClause(ws []word) (phrase, bool) {
	ph, ok := a.personAt(ws, 0)
	if !ok || ph.kind == AttrNamed && !a.isPersonName(ph, ws, true) {
		return phrase{}, false
	}
	k := pastApposition(ws, ph.j) // "Miller, a retired worker, said"
	for k < len(ws) && k <= ph.j+2 && isAdverb(ws[k].lower) {
		k++
	}
	if k < len(ws) && (ws[k].lower == "has" || ws[k].lower == "had") {
		k++
	}
	if k >= len(ws) || !speechVerbs[ws[k].lower] {
		return phrase{}, false
	}
	for k+1 < len(ws) && isAdverb(ws[k+1].lower) && !clauseTail[ws[k+1].lower] {
		k++ // "said pleasantly into the phone"
	}
	if !endsClause(ws, k+1) {
		// a listener may follow a verb that takes one: "Trump asked
		// reporters rhetorically", "she told CNN on Sunday"
		if !listenerVerbs[ws[k].lower] || k+1 >= len(ws) || ws[k+1].lower == "that" || pronouns[ws[k+1].lower] {
			return phrase{}, false
		}
		m := k + 2 // the listener: a name or a short noun phrase ("Britain’s ITV television station")
		for m < len(ws) && m <= k+5 && !ws[m].punct() && ws[m].quote < 0 && !clauseTail[ws[m].lower] && !speechVerbs[ws[m].lower] {
			m++
		}
		if !endsClause(ws, m) {
			return phrase{}, false
		}
		return ph, true
	}
	// "He said that …" reports a statement of its own: it is no cue
	if k+1 < len(ws) && (ws[k+1].lower == "that" || ws[k+1].quote >= 0) {
		return phrase{}, false
	}
	return ph, true
}

// auxiliaries stand between a speaker and a speech verb: "Clinton has said".
var auxiliaries = setOf(`has had have would will could might once`)

func isAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") || w == "also" || w == "then" || w == "later" || w == "once" || w == "again" || w == "in" || w == "turn" || w == "further" || w == "still"
}

// skipTitle is the skip reason of a title of a work.
const skipTitle = "title of a work"

// listedTitle tells whether quotation q, opening at open, is listed right
// after a title that closed at prevClose, only a comma, "and" or "or"
// between them, and is capitalised as a title is: the next title of the
// list ("roles in “Apollo 13,” and “Austin Powers”").
func (a *Article) listedTitle(q Quote, prevClose, open int) bool {
	if prevClose > open {
		return false
	}
	for _, w := range strings.Fields(a.Doc.Text[prevClose:open]) {
		if w != "," && w != "and" && w != "or" && w != "&" {
			return false
		}
	}
	n := letterWords(q.Text)
	return n <= 8 && startsUpper(q.Text) && (n == 1 || isTitleCase(q.Text))
}

// letterWords is the number of words of s that hold a letter.
func letterWords(s string) int {
	n := 0
	for _, f := range strings.FieldsFunc(s, unicode.IsSpace) {
		if strings.IndexFunc(f, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// saidWhole tells whether a quotation that is a sentence of its own reads
// as words said, which the one a pronoun heading the sentence before means
// may speak (see subjectBeforeQuote): more than four words, or a shorter
// sentence of two words or more that opens on a capital and ends on a
// stop, not in title case ("She nodded. “He is right.”"), as a term seldom
// is ("“Yes We Can”", "“resilience”").
func saidWhole(text string) bool {
	if letterWords(text) > 4 {
		return true
	}
	t := strings.TrimRight(text, " ”\"’'")
	return letterWords(text) >= 2 && t != "" && strings.ContainsAny(t[len(t)-1:], ".!?") && quoteOpensCap(t, 0, len(t)) && !isTitleCase(t)
}

// classifySkip marks the quotations that are not speech to check: terms,
// titles and scare quotes with no speaker, and quotes with no words.
//
// A short quotation with no speaker is a term or a scare quote unless its
// sentence reports speech (cued): then it is a partial quote of that speech
// whose speaker the sentence does not name in a form read here. A
// quotation whose opening mark follows "=" is a value in markup
// (author="@name"), not speech. Whatever its speaker, a quotation is no
// speech when it is printed on a thing named right after it (“Settle For
// Lowell” shirts). r gives the offsets of its marks.
func (a *Article) classifySkip(q *Quote, cued bool, r rawQuote) {
	text, open := a.Doc.Text, r.open
	words := letterWords(q.Text)
	switch {
	case words == 0:
		q.Skip = "no words to check"
	case open > 0 && text[open-1] == '=':
		q.Skip = "a value in markup"
	case endsInWord(text, r) && printedOn(text, r.close):
		q.Skip = "words printed on a thing"
	case isTitleCase(q.Text) && words <= 8 && a.namesWork(q, open, false) && !a.headlineSpoken(q, open):
		q.Skip = skipTitle
	case bylineAfter(a.Doc.Text, q.End):
		q.Skip = skipTitle // a piece's headline and its writer: “Ferry fares to rise,” by the Herald's Ann Lowell
	case words == 1 && startsUpper(q.Text) && a.namesWork(q, open, true) && !a.headlineSpoken(q, open):
		q.Skip = skipTitle // Mr. Reed's show, “Harbor Talk.”; a network’s “Today”; roles in “Night Ferry”
	case isTitleCase(q.Text) && words <= 8 && endsWithWorkNoun(q.Text):
		q.Skip = skipTitle // a “Commander-in-Chief Forum”
	case q.Attribution == AttrNone && words <= 4 && (!cued || soCalled(text, open)):
		q.Skip = "term or scare quote with no speaker"
	case q.Attribution == AttrNone && isTitleCase(q.Text) && words <= 10 && !cued:
		q.Skip = skipTitle
	}
}

// soCalled tells whether the quotation opening at open follows
// "so-called", which marks a term: "the so-called “harbor tax”".
func soCalled(text string, open int) bool {
	before := strings.TrimRight(text[max(0, open-12):open], " \u00a0")
	return strings.HasSuffix(strings.ToLower(before), "so-called")
}

// displayNouns head the things whose words a quotation gives: things that
// carry printed words, headlines and ads.
var displayNouns = setOf(`headline headlines ad ads advertisement billboard billboards sign signs placard placards banner banners
poster posters hat hats cap caps shirt shirts t-shirt t-shirts sticker stickers button buttons`)

// displayThing is the noun phrase of a thing that carries words, a
// headline or an ad, right before the verb of speech at words[v] that
// gives its words: "a sign saying", "a campaign hat reading", "a headline
// that said", "one of her ads asking".
func (a *Article) displayThing(ws []word, v int) (phrase, bool) {
	p := v - 1
	if p > 0 && (ws[p].lower == "that" || ws[p].lower == "which") && !strings.HasSuffix(ws[v].lower, "ing") {
		p--
	}
	if p < 1 || ws[p].quote >= 0 || !displayNouns[ws[p].lower] {
		return phrase{}, false
	}
	d := p - 1
	for d >= 0 && d >= p-4 && ws[d].quote < 0 && !ws[d].punct() && !determiners[ws[d].lower] && !possessiveDet[ws[d].lower] && !objectPrepositions[ws[d].lower] {
		d--
	}
	if d < 0 || !determiners[ws[d].lower] && !possessiveDet[ws[d].lower] {
		return phrase{}, false
	}
	if d >= 2 && ws[d-1].lower == "of" && ws[d-2].lower == "one" {
		d -= 2 // "one of her ads"
	}
	return phrase{text: joinWords(ws[d : p+1]), kind: AttrDescription, start: ws[d].start, end: ws[p].end, i: d, j: p + 1, thing: true}, true
}

// thingWords are things that carry printed words.
var thingWords = setOf(`hat hats cap caps shirt shirts t-shirt t-shirts sign signs placard placards banner banners
button buttons pin pins sticker stickers tote bag bags mug mugs jersey jerseys poster posters gear billboard billboards tour tours`)

// printedOn tells whether a thing that carries printed words follows the
// quotation whose closing mark ends at close, after a space, as the next
// word or, after a word in lower case, the one after it: the words are
// printed on it ("“Settle For Lowell” shirts", "a “Talk Reyes to Me”
// tote bag", "“Ann Lowell” campaign pins").
func printedOn(text string, close int) bool {
	rest, _, _ := strings.Cut(text[close:min(len(text), close+40)], "\n")
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	ws := strings.Fields(rest)
	for i, w := range ws[:min(2, len(ws))] {
		if thingWords[strings.ToLower(strings.TrimRight(w, ".,;:!?)"))] {
			return true
		}
		if i > 0 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) && r != '-' }) >= 0 {
			return false
		}
	}
	return false
}

// endsInWord tells whether the words inside a quotation's marks end in a
// letter or a digit, as a slogan does, not in the punctuation of
// a sentence or a clause ("“We lost.” T-shirts appeared").
func endsInWord(text string, r rawQuote) bool {
	inner := strings.TrimRightFunc(text[r.open:r.close], func(c rune) bool {
		return unicode.IsSpace(c) || strings.ContainsRune("”\"’'»」』", c)
	})
	c, _ := utf8.DecodeLastRuneInString(inner)
	return unicode.IsLetter(c) || unicode.IsDigit(c)
}

// headlineSpoken tells whether quotation q, opening at open, has a
// speaker and stands where a headline gives its speaker's words (see
// headlineSpeaks), so that its capitals make no title. It is asked last,
// of a likely title only: the headline's test reads the whole first line.
func (a *Article) headlineSpoken(q *Quote, open int) bool {
	return q.Attribution != AttrNone && a.headlineSpeaks(open)
}

// headlineSpeaks tells whether offset off is in the article's headline
// (a first paragraph read as a heading, with a body after it) after a
// speaker and a colon ("Palmer: Harbor Board’s ‘Budget Is A Fantasy’"):
// such a headline gives its speaker's words, capitalised as every word of
// a headline is, so that Title Case after a possessive makes no title.
func (a *Article) headlineSpeaks(off int) bool {
	text := a.Doc.Text
	end := strings.IndexByte(text, '\n')
	if end < 0 || off >= end || strings.TrimSpace(text[end:]) == "" {
		return false
	}
	return headingLike(text[:end]) && strings.Contains(text[:off], ": ")
}

// workNouns name works whose titles are quoted: "the memoir “Tough
// Choices”", "the “Off Message” podcast", "the cult classic “Harbor
// Nights”".
var workNouns = setOf(`show shows program programme podcast book books memoir novel film movie documentary series
album song column newsletter segment broadcast magazine pageant play musical episode sitcom drama article essay
report poem painting exhibit exhibition hit anthem forum commentary hymn ad ads spot video autobiography biography tune
concert programs programmes podcasts memoirs novels films movies documentaries albums songs columns segments broadcasts
magazines pageants plays musicals episodes sitcoms dramas essays poems videos classic classics`)

// namesWork tells whether a quotation in capitals stands where a title
// stands: after a possessive (MSNBC’s “Morning Joe”) or a work noun (her
// memoir, “Tough Choices”), after a part played in the work or a hand in
// making it (starred in “Parks and Recreation”, co-author of “Going
// Viral”), after "on" where one speaks on a show (said on “Harbor
// Tonight”; Reed, on “Morning Call,” said) or after "told", whose
// listener it is (Reed told “Harbor Tonight”), before a work noun (the
// “Off Message” podcast) or a part in it (the “Jane The Virgin” actress),
// or with a work noun in an apposition after it (“Twin Peaks,” the cult
// series).
//
// oneWord asks of a title of one word, which may as well be a person's
// word ("Tom Reed's “Oops”", "his “Ronnie”"): only what stands before it
// tells a title then, and a possessive only when it is a network's or an
// outlet's (NBC’s “Today”).
func (a *Article) namesWork(q *Quote, open int, oneWord bool) bool {
	text := a.Doc.Text
	prevLower, at := wordBefore(text, open)
	before, _ := wordBefore(text, at)
	if _, ok := possessor(prevLower); ok && (!oneWord || outletBefore(text, open)) {
		return true
	}
	switch {
	case workNouns[prevLower]:
		return true
	case prevLower == "of" && (workNouns[before] || workMakers[before]):
		// "this weekend’s broadcast of “Fox News Sunday”", "an episode of
		// “The Dan Reyes Morning Show”", "co-author of “Going Viral”"
		return true
	case prevLower == "in" && workParts[before]:
		return true // "starred in “Parks and Recreation”"
	case prevLower == "told" || prevLower == "tells" || prevLower == "telling":
		return true // "Reed told “Harbor Tonight” that …": whom one tells is no speech
	case prevLower == "on" && strings.EqualFold(strings.TrimSpace(text[at:open]), "on") && (onAirBefore(text, at) || asideOn(text, at, q.End)):
		// (right after "on", no colon between: "went on: “We Will Win”"
		// goes on speaking)
		return true // "said on “Harbor Tonight”", "appearing on “Today”", "Reed, on “Morning Call,” said"
	case oneWord:
		return false
	}
	end := q.End
	for end < len(text) {
		r, size := utf8.DecodeRuneInString(text[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\n' {
			break
		}
		end += size
	}
	next := text[end:min(len(text), end+40)]
	ws := strings.FieldsFunc(next, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	// a part in the work right after its title (the “Avatar” star), or
	// the work noun right after it, or after one word more: the “Keepin'
	// It Real” radio program
	if len(ws) > 0 && workRoles[strings.ToLower(ws[0])] {
		return true
	}
	if appositiveWork(text[q.End:min(len(text), q.End+60)]) {
		return true
	}
	for _, w := range ws[:min(len(ws), 2)] {
		if workNouns[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// appositiveWork tells whether the text after a quotation's words opens
// with an apposition headed by a work noun: its closing mark, a comma, an
// article and a work noun at most two words on (“Twin Peaks,” the cult
// series; “Reyes Unbound,” a biography). A speaker's name after the comma
// makes no apposition (“We Will Win,” Palmer said, a song …).
func appositiveWork(rest string) bool {
	rest = strings.TrimLeft(rest, "”\"’'»")
	rest, ok := strings.CutPrefix(rest, ",")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, "”\"’'»")
	ws := strings.Fields(rest)
	if len(ws) < 2 || ws[0] != "a" && ws[0] != "an" && ws[0] != "the" {
		return false
	}
	for _, w := range ws[1:min(len(ws), 4)] {
		bare := strings.ToLower(strings.TrimRight(w, ".,;:!?"))
		if workNouns[bare] {
			return true
		}
		if bare != strings.ToLower(w) {
			return false // the clause ends before a work noun
		}
	}
	return false
}

// workMakers have a hand in a work and stand before "of" and its title:
// "co-author of “Going Viral”", "the host of “Hardball”", "star of
// “Harbor Nights”".
var workMakers = setOf(`author co-author authors creator creators director producer host hosts episode edition broadcast star co-star`)

// possessor is w without its possessive ending, ’s or s’ ("NBC’s",
// "CBS'"), and whether it had one.
func possessor(w string) (string, bool) {
	if t := trimPossessive(w); t != w {
		return t, true
	}
	for _, suf := range []string{"s’", "s'", "S’", "S'"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimRight(w, "’'"), true
		}
	}
	return w, false
}

// workParts are the parts people take in a work, before "in" and its
// title: "starred in “Parks and Recreation”", "roles in “Apollo 13”".
var workParts = setOf(`starred stars starring role roles acting appeared appears appearing cast`)

// onAirWords, before "on" and a quotation in capitals, tell that the
// quotation is a broadcast's title, the show a speaker spoke on: "said on
// “Harbor Tonight”", "appearing on “Salem Sunday”", "an interview on
// “Face the City”".
var onAirWords = setOf(`said says saying spoke speaks speaking told tells telling appeared appears appearing appearance
appearances interview interviews interviewed remarks comments guest went going aired airing asked asking`)

// onAirBefore tells whether the word before the "on" at offset at, past a
// word of time, is one of onAirWords: "said Sunday on “Harbor Tonight”".
func onAirBefore(text string, at int) bool {
	w, wat := wordBefore(text, at)
	if timeNouns[w] {
		w, _ = wordBefore(text, wat)
	}
	return onAirWords[w]
}

// asideOn tells whether the "on" at offset at opens an aside set off by
// commas that the quotation ending at end closes: "Reed, on “Morning
// Call,” said …" names the show he spoke on.
func asideOn(text string, at, end int) bool {
	before := strings.TrimRight(text[max(0, at-40):at], " \u00a0")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	rest := strings.TrimLeft(text[end:min(len(text), end+8)], "”\"’'»")
	return strings.HasPrefix(rest, ",") || strings.HasSuffix(strings.TrimRight(text[max(0, end-4):end], "”\"’'»"), ",")
}

// workRoles are the people of a work named right after its title: the
// “Jane The Virgin” actress, the “Avatar” star, a show's host, guests and
// audience (the “Morning Call” moderator, audience, viewers).
var workRoles = setOf(`star stars co-star actress actor actors creator host hosts anchor anchors moderator guest guests
panelist panelists audience audiences viewers listeners`)

// outletBefore tells whether the word before the quotation opening at open
// is the possessive of a network or an outlet rather than of a person: an
// acronym (NBC’s “Today”) or a name ending in a word of an organisation
// (Harbor News Channel’s “Nightline”).
func outletBefore(text string, open int) bool {
	lo := max(0, open-60)
	before := strings.TrimRight(text[lo:open], " ,\u00a0")
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	last, _ := possessor(f[len(f)-1])
	if len(last) >= 2 && strings.IndexFunc(last, unicode.IsLetter) >= 0 && strings.ToUpper(last) == last {
		return true
	}
	k := len(f) - 1
	for k > 0 && startsUpper(f[k-1]) {
		k--
	}
	return orgName(strings.Join(append(f[k:len(f)-1:len(f)-1], last), " "))
}

// bylineAfter tells whether a byline follows the quotation ending at end:
// a comma, the closing mark and "by" with an outlet's possessive and its
// writer ("“Ferry fares to rise,” by the Herald's Ann Lowell"), the way a
// piece's headline is cited with its writer. The comma and the possessive
// tell it from the agent of a passive ("called “reckless” by Palmer",
// "“rude and unprompted,” by Palmer last week").
func bylineAfter(text string, end int) bool {
	rest := text[end:min(len(text), end+80)]
	comma := false
	for rest != "" {
		r, size := utf8.DecodeRuneInString(rest)
		if r == ',' {
			comma = true
		} else if r != '"' && r != '”' && r != '“' && r != '\'' && r != '’' {
			break
		}
		rest = rest[size:]
	}
	after, ok := strings.CutPrefix(rest, " by ")
	if !comma || !ok {
		return false
	}
	// the outlet's possessive before the writer, among capitalised words:
	// "by Times' Ann Lowell", "by The Harbor Herald's Ann Lowell"
	ws := strings.Fields(strings.TrimPrefix(strings.TrimPrefix(after, "the "), "The "))
	for i, w := range ws[:min(4, len(ws))] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
			return i < 3
		}
	}
	return false
}

// wordBefore is the word that ends before offset open, past spaces and a
// comma, lower case and without its punctuation, and the offset it starts
// at (for the word before it).
func wordBefore(text string, open int) (string, int) {
	lo := max(0, open-40)
	before := strings.TrimRight(text[lo:open], " ,\u00a0")
	start := strings.LastIndexAny(before, " \n\t(") + 1
	return strings.ToLower(strings.Trim(before[start:], ",.:;")), lo + start
}

// endsWithWorkNoun tells whether a title ends with a work noun of its own:
// "Commander-in-Chief Forum", "The Dan Reyes Morning Show".
func endsWithWorkNoun(s string) bool {
	f := strings.Fields(strings.TrimRight(s, ".,;:!?"))
	return len(f) > 1 && workNouns[strings.ToLower(f[len(f)-1])]
}

// startsUpper tells whether s opens as a title does: an upper-case letter
// or a digit ("13th").
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// titleSmallWords stay in lower case in a title ("A Tale of the Harbor").
var titleSmallWords = setOf(`a an the of and or for to in on at by with from as vs`)

// isTitleCase tells whether every word of s but titleSmallWords begins in
// upper case, of two words or more.
func isTitleCase(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		n++
		if !unicode.IsUpper(r) && !titleSmallWords[strings.ToLower(w)] {
			return false
		}
	}
	return n > 1
}

// maxNounSubject is the most words nounSubject reads before a verb.
const maxNounSubject = 10

// nounSubject is the subject of the speech verb at words[v] when no person
// phrase heads it: a noun phrase that opens a clause and runs to the verb,
// perhaps past adverbs. It is a body, a document or a message ("In a
// statement, the network said that …", "The ad claims “…”"), a share of
// people ("21 percent said “…”", "About four in 10 said they were
// “…”"), or, heading its sentence without a determiner, a group of them
// ("Local farmers say …"). The phrase describes, and is marked thing: it
// resolves to no person by the latest mention (see resolve).
func (a *Article) nounSubject(ws []word, v int) (phrase, bool) {
	if strings.HasSuffix(ws[v].lower, "ing") {
		return phrase{}, false // a participle's subject heads its clause
	}
	e := v - 1
	for e >= 0 && ws[e].quote < 0 {
		if isAdverb(ws[e].lower) && ws[e].lower != "in" || auxiliaries[ws[e].lower] {
			e--
		} else if t := timeStart(ws, e+1); t <= e && t > 0 && !strings.HasSuffix(ws[t-1].lower, "ed") {
			e = t - 1 // past a phrase of time: "The council on Monday released", not "The report released Monday"
		} else {
			break
		}
	}
	if e < 0 || !nounSubjectHead(ws[e]) {
		return phrase{}, false
	}
	s := e
	for s > 0 && e-s+1 < maxNounSubject && nounSubjectWord(ws, s-1) {
		s--
	}
	if s > 0 && !clauseBoundary(ws[s-1]) {
		return phrase{}, false
	}
	first := ws[s]
	if e == s && (determiners[first.lower] || possessiveDet[first.lower] || quantityWord(first.lower)) {
		return phrase{}, false // a determiner or a number alone
	}
	switch {
	case determiners[first.lower] && !indefinite[first.lower] && first.lower != "that" || possessiveDet[first.lower] ||
		first.lower == "these" || first.lower == "those" || first.lower == "our":
	case possessiveWord(first.lower):
	case quantityWord(first.lower):
		if !quantityPhrase(ws[s : e+1]) {
			return phrase{}, false
		}
	case (s == datelineEnd(ws) && first.isCap() && e > s || s > 0 && !first.isCap() && !ws[s-1].punct() && ws[s-1].quote < 0) &&
		strings.HasSuffix(ws[e].lower, "s") && !strings.HasSuffix(ws[e].lower, "ss"):
		// "Local farmers say": a group heading its sentence, or its
		// clause ("what former workers have called “…”")
		for _, w := range ws[s+1 : e+1] {
			if w.isCap() {
				return phrase{}, false
			}
		}
	default:
		return phrase{}, false
	}
	return phrase{text: joinWords(ws[s : e+1]), kind: AttrDescription, start: ws[s].start, end: ws[e].end, i: s, j: e + 1, thing: true}, true
}

// nounSubjectHead tells whether a word may end the noun phrase before a
// verb: a lower-case noun, or a number or a share ("21 percent", "four in
// 10").
func nounSubjectHead(w word) bool {
	if w.quote >= 0 || w.punct() || pronouns[w.lower] || w.lower == "it" || w.lower == "who" || speechVerbs[w.lower] || finiteAux[w.lower] ||
		clauseOpeners[w.lower] || phraseStops[w.lower] || determiners[w.lower] || possessiveDet[w.lower] || isAdverb(w.lower) {
		return false
	}
	return !w.isCap() || isNumeral(w.lower)
}

// nounSubjectWord tells whether words[k] may stand inside the noun phrase
// before a verb: no punctuation, quotation, verb or clause word, and "in"
// or "of" only inside a share ("one in three", "21 percent of voters").
func nounSubjectWord(ws []word, k int) bool {
	w := ws[k]
	if quantityWords[w.lower] && k+1 < len(ws) && isNumeral(ws[k+1].lower) {
		return true // "about four in 10"
	}
	if w.lower == "in" || w.lower == "of" {
		return k > 0 && k+1 < len(ws) && (isNumeral(ws[k-1].lower) || ws[k-1].lower == "percent") && (w.lower == "of" || isNumeral(ws[k+1].lower))
	}
	if w.quote >= 0 || w.punct() || pronouns[w.lower] || w.lower == "it" || speechVerbs[w.lower] || finiteAux[w.lower] || clauseOpeners[w.lower] ||
		phraseStops[w.lower] || objectPrepositions[w.lower] || w.lower == "that" || w.lower == "which" || w.lower == "who" || w.lower == "what" {
		return false
	}
	return !listenerVerbs[w.lower] && !objectVerbs[w.lower]
}

// clauseBoundary tells whether a clause may begin after w: punctuation, a
// quotation, a conjunction or a word that opens a clause ("that", "which").
func clauseBoundary(w word) bool {
	return w.quote >= 0 || w.punct() || conjunctions[w.lower] || clauseOpeners[w.lower] || w.lower == "that" || w.lower == "which" || w.lower == "what" ||
		w.lower == "whom" || w.lower == "because" || w.lower == "after" || w.lower == "before"
}

// quantityWords open a share of people: "21 percent", "about four in 10",
// "most voters", "many Republicans".
var quantityWords = setOf(`about nearly almost roughly some most many few several half all both more fewer majority`)

var numberWords = setOf(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred`)

func quantityWord(w string) bool { return quantityWords[w] || isNumeral(w) }

// isNumeral tells whether a word is a number, in figures or in words, or a
// percentage ("21", "21%", "four").
func isNumeral(w string) bool {
	if numberWords[w] {
		return true
	}
	w = strings.TrimSuffix(w, "%")
	return w != "" && strings.Trim(w, "0123456789.,") == ""
}

// quantityPhrase tells whether a phrase that opens with a quantity word
// counts people: a number or a share in it, or a quantity word before a
// plural ("most voters"), not "some time" or "more work".
func quantityPhrase(ws []word) bool {
	for _, w := range ws {
		if isNumeral(w.lower) || w.lower == "percent" || w.lower == "majority" || w.lower == "half" {
			return true
		}
	}
	last := ws[len(ws)-1].lower
	return len(ws) >= 2 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// thing is a body or a document that heads a sentence ("The letter
// reflected …", "Still, the Lakeside Council opposed …"): what a later
// "it said" means.
type thing struct {
	text string
	ph   phrase
	off  int
}

// timeNouns end a phrase of time that may open a sentence: "This week,",
// "Late on Monday,".
var timeNouns = setOf(`week weeks month months year years day days morning afternoon evening night weekend
monday tuesday wednesday thursday friday saturday sunday`)

// maxThingWords is the most words of a noun phrase noteThing keeps.
const maxThingWords = 6

// noteThing notes the subject of a sentence when it is a body the article
// names or a noun phrase no person noun heads, past an opening phrase set
// off by a comma ("Still, …", "As for Mr. Kim, the staff letter noted").
// A sentence whose subject is "it" goes on with the thing before.
func (a *Article) noteThing(ws []word) {
	start := datelineEnd(ws)
	for c := start; c < len(ws) && c < start+8; c++ {
		if ws[c].quote >= 0 {
			break
		}
		if ws[c].s == "," {
			f := ws[start].lower
			if introWord(f) || sentenceAdverbs[f] || conjunctions[f] || objectPrepositions[f] || introOpeners[f] || f == "as" ||
				c > start && timeNouns[ws[c-1].lower] {
				start = c + 1 // (a phrase of time too: "Just this week, …")
			}
			break
		}
	}
	if start+1 < len(ws) && conjunctions[ws[start].lower] && determiners[ws[start+1].lower] {
		start++ // "But a Lakeside commission …"
	}
	if start >= len(ws) || ws[start].quote >= 0 {
		return
	}
	if w := ws[start].lower; (w == "a" || w == "an" || w == "the") && start+1 < len(ws) && ws[start+1].isCap() {
		// a body's noun after the name of its place or owner: "a Lakeside
		// ballot commission", "the Harbor County school board"
		c := start + 1
		for c < len(ws) && c < start+maxThingWords && ws[c].quote < 0 && !ws[c].punct() && !phraseStops[ws[c].lower] && !determiners[ws[c].lower] && !finiteVerb(ws[c].lower) && !speechVerbs[ws[c].lower] {
			c++
		}
		if h := ws[c-1]; orgHeads[h.lower] && !h.isCap() && !peopleAt(ws, c) {
			ph := phrase{text: joinWords(ws[start:c]), kind: AttrDescription, start: ws[start].start, end: h.end, i: start, j: c, thing: true}
			a.things = append(a.things, thing{text: ph.text, ph: ph, off: ph.start})
			return
		}
	}
	if ph, ok := a.personAt(ws, start); ok && ph.kind != AttrDescription {
		if ph.kind == AttrNamed && ph.j < len(ws) && ws[ph.j].quote < 0 && (orgName(ph.text) && !ws[ph.j].isCap() && !ws[ph.j].punct() &&
			!personNoun(singular(ws[ph.j].lower)) || isComma(ws[ph.j]) && bodyApposition(ws, ph.j+1)) {
			// (not a body's name before the people of it, who are the
			// subject: "City officials said …. “…,” they said"; a name
			// of no body's word is one when its apposition says so:
			// "Salem Harbor Watch, an environmental group, sued")
			a.things = append(a.things, thing{text: ph.text, ph: ph, off: ph.start})
		}
		return // a body, a person or a pronoun
	}
	w := ws[start]
	if !(determiners[w.lower] && w.lower != "that" || possessiveWord(w.lower)) || possessiveDet[w.lower] {
		return
	}
	e := start + 1
	for e < len(ws) && e < start+maxThingWords && ws[e].quote < 0 && !ws[e].punct() && !ws[e].isCap() && !phraseStops[ws[e].lower] &&
		!determiners[ws[e].lower] && !finiteVerb(ws[e].lower) && !speechVerbs[ws[e].lower] && !isAdverb(ws[e].lower) {
		e++
	}
	if e == start+1 || e >= len(ws) || peopleAt(ws, e) {
		return // (nor the words before the plural of people that heads the phrase: "The two senators toured")
	}
	head := ws[e-1].lower
	if personNoun(head) && !documentNouns[head] {
		return
	}
	ph := phrase{text: joinWords(ws[start:e]), kind: AttrDescription, start: ws[start].start, end: ws[e-1].end, i: start, j: e, thing: true}
	a.things = append(a.things, thing{text: ph.text, ph: ph, off: ph.start})
}

// peopleAt tells whether words[k] is a plural of people in lower case,
// the head of a noun phrase whose words before it noteThing would take
// for a thing: "The two senators", "The Harbor City council members".
func peopleAt(ws []word, k int) bool {
	return k < len(ws) && ws[k].quote < 0 && !ws[k].isCap() && singular(ws[k].lower) != ws[k].lower && humanNoun(singular(ws[k].lower))
}

// bodyApposition tells whether the words from words[k] are an indefinite
// description of a body set off by commas before a verb, headed by a
// body's noun: "an environmental group,", "a Salem shipping company,"; not
// a person's ("a member of the union,", "a union organizer,").
func bodyApposition(ws []word, k int) bool {
	if k >= len(ws) || ws[k].lower != "a" && ws[k].lower != "an" {
		return false
	}
	for e := k + 1; e < len(ws) && e <= k+maxThingWords; e++ {
		w := ws[e]
		if w.quote >= 0 || objectPrepositions[w.lower] || clauseLinks[w.lower] || w.lower == "who" || w.lower == "that" {
			return false
		}
		if isComma(w) {
			h := ws[e-1]
			return e > k+1 && !h.isCap() && (orgHeads[h.lower] || orgWords[h.lower]) && e+1 < len(ws) && ws[e+1].quote < 0 && !ws[e+1].isCap() && !ws[e+1].punct()
		}
	}
	return false
}

// setThing gives quote q to the thing a subject "it" (the word it) means
// (see thingAt). The quote's speaker is whom that thing resolves to, and
// the thing as the article gave it is who it is attributed to.
func (a *Article) setThing(q *Quote, it word, para int, last *lastCue) bool {
	text, name, ok := a.thingAt(it.start)
	if !ok {
		return false
	}
	q.AttributedTo, q.Speaker, q.Attribution = text, name, AttrPronoun
	*last = lastCue{name: name, as: text, para: para}
	return true
}

// thingAt is the thing "it" or "its" at offset at means: the body or
// document the article last put at the head of a sentence, or a document a
// sentence said someone issued since, when no person has been a subject
// since and it is not far back; its text as the article gave it, and whom
// it resolves to (a body, a document's issuer).
func (a *Article) thingAt(at int) (text, name string, ok bool) {
	k := sort.Search(len(a.things), func(k int) bool { return a.things[k].off >= at }) - 1
	var t thing
	if k >= 0 && at-a.things[k].off <= maxBodyBack {
		t = a.things[k]
	}
	// (or, when one came after it, the document a sentence last said
	// someone other than it issued: "Reed sent a letter to supporters.
	// “…,” it read"; "The museum issued a statement. “…,” it said" is the
	// museum)
	var doc *issue
	if d := issuesBefore(a.issued, at) - 1; d >= 0 && a.issued[d].doc != "" && at-a.issued[d].off <= maxIssueDistance &&
		(t.text == "" || a.issued[d].off > t.off && !SameName(a.issued[d].name, t.text)) && !inDocumentAfter(a.Doc.Text[at:min(len(a.Doc.Text), at+60)]) {
		// (not "it said in a statement": a document speaks in no
		// document, the one who issued that statement does)
		doc = &a.issued[d]
		t.off = doc.off
	}
	if t.text == "" && doc == nil {
		return "", "", false
	}
	end := sort.Search(len(a.mentions), func(m int) bool { return a.mentions[m].off >= at })
	for m := end - 1; m >= 0 && a.mentions[m].off > t.off; m-- {
		if a.mentions[m].subject && a.mentions[m].person {
			return "", "", false // a person spoken of since: "it" is no body's
		}
	}
	switch {
	case doc != nil:
		return doc.doc, a.issuerOf(doc.noun, at), true
	case t.ph.kind == AttrNamed:
		return t.text, a.quietName(t.ph), true
	}
	return t.text, a.resolveThing(t.ph, at), true
}

// inDocumentRE opens a cue whose subject speaks in a document: "it said
// in a statement", "it wrote in its filing".
var inDocumentRE = regexp.MustCompile(`^(?i:it)\s+(?:\w+\s+){1,2}?in\s+(?:a|an|its|the)\s+(?:\w+\s+)?(\w+)`)

// inDocumentAfter tells whether text, from a pronoun "it" on, says that
// it spoke in a document: "it said in a statement", "it said in a court
// filing".
func inDocumentAfter(text string) bool {
	m := inDocumentRE.FindStringSubmatch(text)
	return m != nil && documentNouns[strings.ToLower(m[1])]
}

// accordingThing reads the noun phrase after "according to" at words[k]
// when no person phrase is there: "the" and words to the comma that ends
// it, a preposition's place included ("the exit polls in New Hampshire"),
// headed by no person noun. It is a thing (see nounSubject).
func (a *Article) accordingThing(ws []word, k int) (phrase, bool) {
	if k >= len(ws) || ws[k].lower != "the" && !ws[k].isCap() {
		return phrase{}, false
	}
	e := k + 1
	// (a speech word before the comma is the noun: "pool reports,")
	for e < len(ws) && e < k+maxThingWords && ws[e].quote < 0 && !ws[e].punct() && !finiteAux[ws[e].lower] && (!speechVerbs[ws[e].lower] || e+1 < len(ws) && ws[e+1].s == ",") {
		e++
	}
	if e == k+1 || e >= len(ws) || ws[e].s != "," {
		return phrase{}, false
	}
	head := ws[e-1]
	if ws[k].lower != "the" && !recordNouns[head.lower] {
		return phrase{}, false // "White House pool reports", not "Ann Lowell" or "Reuters"
	}
	if head.isCap() || personNoun(head.lower) && !recordNouns[head.lower] {
		// "the exit polls in New Hampshire": the head before the place
		h := k + 1
		for h < e && !placePrepositions[ws[h].lower] {
			h++
		}
		if h == e || ws[h-1].isCap() || personNoun(ws[h-1].lower) {
			return phrase{}, false
		}
	}
	return phrase{text: joinWords(ws[k:e]), kind: AttrDescription, start: ws[k].start, end: ws[e-1].end, i: k, j: e, thing: true}, true
}

// maxRecordWords is the most words a record after a closing "according
// to" has.
const maxRecordWords = 8

// recordToEnd is the noun phrase from words[k] to the end of the sentence
// after a closing "according to" when no name heads it, an article or a
// lower-case word its first: a source of people or a record ("a source at
// the station", "multiple sources who have seen it", "a pool report").
func recordToEnd(ws []word, k int) (phrase, bool) {
	n := len(ws)
	if k >= n || n-k > maxRecordWords {
		return phrase{}, false
	}
	for _, w := range ws[k:] {
		if w.quote >= 0 || w.punct() || speechVerbs[w.lower] && w.lower != "reports" {
			return phrase{}, false
		}
	}
	first := ws[k]
	if first.isCap() || possessiveWord(first.s) {
		return phrase{}, false
	}
	return phrase{text: joinWords(ws[k:n]), kind: AttrDescription, start: first.start, end: ws[n-1].end, i: k, j: n, thing: true}, true
}

// recordNouns head the records a name may modify after "according to"
// with no article: "according to White House pool reports".
var recordNouns = setOf(`reports records documents estimates figures polls transcripts filings notes accounts minutes`)

// relativeSubjects are the people named, not at the head of a sentence,
// right before ", who" ("…, came from Dana Reed, who …") or before an
// apposition that "who" follows ("…, Dana Reed, the Ohio mayor who …"):
// the subjects of the relative clauses.
func (a *Article) relativeSubjects(ws []word) []phrase {
	var out []phrase
	for i := 3; i+1 < len(ws); i++ {
		if ws[i].lower != "who" || ws[i+1].isCap() || pronounGender(ws[i+1].lower) != genderUnknown || ws[i+1].quote >= 0 {
			continue // (not "Reyes, who he says …": the object of the clause)
		}
		// an apposition the clause is of, headed by a person noun after a
		// determiner: "Dana Reed, the Ohio mayor who …", "Dana Reed, a
		// delegate from Ohio who …", "Dana Reed of Ohio, the ranking
		// member of the panel, who …"
		apposition := func(from int) int {
			for k := from; k >= 2 && k >= i-maxAppositionWho; k-- {
				if ws[k].quote >= 0 {
					break
				}
				if ws[k].s == "," {
					if determiners[ws[k+1].lower] && slices.ContainsFunc(ws[k+1:i], func(w word) bool { return humanNoun(w.lower) }) {
						return k - 1
					}
					break
				}
			}
			return -1
		}
		e := i - 2
		if ws[i-1].s != "," {
			if e = apposition(i - 2); e < 0 {
				continue
			}
		}
		ph, ok := a.personEndingAt(ws, e)
		if (!ok || ph.kind != AttrNamed || !a.mayBePerson(ph.text)) && ws[i-1].s == "," {
			if e = apposition(i - 2); e >= 0 {
				if o := ofPlaceStart(ws, e); o > 0 {
					e = o - 1 // "Dana Reed of Ohio, the …"
				}
				ph, ok = a.personEndingAt(ws, e)
			}
		}
		if ok && ph.kind == AttrNamed && ph.i > 0 && possessiveSplit(ph.text) == ph.text {
			out = append(out, ph)
		}
	}
	return out
}

// maxAppositionWho is how many words back from a relative "who" the comma
// opening an apposition the clause is of may stand.
const maxAppositionWho = 14

// ofPlaceStart is where "of" and the capitalised place or body after it
// that end at words[e] begin ("of California", "of the Harbor Institute"),
// or 0.
func ofPlaceStart(ws []word, e int) int {
	for k := e; k > 0 && k >= e-5; k-- {
		switch {
		case ws[k].lower == "of" || ws[k].lower == "from":
			if k < e {
				return k
			}
			return 0
		case ws[k].quote >= 0 || !ws[k].isCap() && ws[k].lower != "the":
			return 0
		}
	}
	return 0
}

// titledSubject is the full name a run of title words the phrase reader
// does not know leads up to at the head of a sentence, when a verb or an
// apposition that runs to a verb follows it ("Former US secretary of state
// Jane Holt, a Reyes supporter, fanned …"): the name has a given name,
// and a lower-case title word stands in the run.
func (a *Article) titledSubject(ws []word) (phrase, bool) {
	titled := false
	for i := 0; i < len(ws) && i < 8; i++ {
		w := ws[i]
		if w.quote >= 0 || w.punct() {
			return phrase{}, false
		}
		if !w.isCap() {
			if !titleWords[w.lower] && !personNouns[w.lower] && w.lower != "of" {
				return phrase{}, false
			}
			titled = titled || titleWords[w.lower] || personNouns[w.lower]
			continue
		}
		if !titled {
			continue
		}
		ph, ok := a.personAt(ws, i)
		if !ok || ph.kind != AttrNamed || ph.i != i || len(nameWords(ph.text)) < 2 || givenGender(ph.text) == genderUnknown || ph.j >= len(ws) {
			continue
		}
		if v := ws[ph.j]; v.quote < 0 && !v.isCap() && finiteVerb(v.lower) || v.s == "," && appositionThenVerb(ws, ph.j) {
			return ph, true
		}
		return phrase{}, false
	}
	return phrase{}, false
}

// placeName tells whether a word of name is a place's or a state's.
func placeName(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	for i := range f {
		f[i] = strings.Trim(f[i], ".,")
	}
	// the whole name: "North Carolina" is a place, "Dakota Reyes" and
	// "Tom West" are people
	return placeNames[strings.Join(f, "_")]
}

// subjectPronouns are the personal pronouns that only a subject takes.
var subjectPronouns = setOf(`he she they i we`)

// passiveVerbs are the participles that name a thing by a quotation in the
// passive, whose agent after "by" said it: "called “reckless” by Reed".
var passiveVerbs = setOf(`called labeled labelled dubbed branded termed deemed described nicknamed`)

// beForms mark a passive before its participle.
var beForms = setOf(`is are was were be been being`)

// passiveAgent is the named agent after "by" right after the quotation at
// words[i], when a passive participle stands before the quotation, perhaps
// with "as" or an article between ("has been called “strategic ambiguity”
// by Tom Reed", "— often labeled as a “witch hunt” by Democrats —"); the
// participle follows a form of "be", perhaps with an adverb between, or
// opens a phrase after a comma or a dash. A byline's possessive outlet
// ("by the Herald's Ann Lowell") is none.
func (a *Article) passiveAgent(ws []word, i int) (phrase, bool) {
	j := i + 1
	if j < len(ws) && ws[j].s == "," {
		j++
	}
	if j+1 >= len(ws) || ws[j].quote >= 0 || ws[j].lower != "by" {
		return phrase{}, false
	}
	k := i - 1
	for n := 0; n < 2 && k >= 0 && ws[k].quote < 0 && (ws[k].lower == "as" || ws[k].lower == "a" || ws[k].lower == "an" || ws[k].lower == "the"); n++ {
		k--
	}
	if k < 1 || ws[k].quote >= 0 || !passiveVerbs[ws[k].lower] || ws[k].lower == "described" && ws[k+1].lower != "as" {
		return phrase{}, false
	}
	b := k - 1
	if (isAdverb(ws[b].lower) || ws[b].lower == "often" || ws[b].lower == "sometimes" || ws[b].lower == "since") && b > 0 {
		b--
	}
	if ws[b].quote >= 0 || !beForms[ws[b].lower] && ws[b].s != "," && ws[b].s != "—" && ws[b].s != "–" {
		return phrase{}, false
	}
	ph, ok := a.personAt(ws, j+1)
	if !ok || ph.kind != AttrNamed || strings.Contains(ph.text, "’s") || strings.Contains(ph.text, "'s") {
		return phrase{}, false
	}
	return ph, true
}

// passiveParticiples name, blame or praise someone by a quotation in the
// passive: whoever is so named speaks none of it ("Reed was accused of
// “lying”", "Lowell has been described as “aloof”"). Each is a verb of
// speech, so the quotation stays one its sentence reports.
var passiveParticiples = setOf(`called labeled labelled dubbed branded termed described accused criticized criticised
praised lauded mocked ridiculed derided blasted slammed denounced`)

// passiveOf reads the quotation at words[i] as the object of a passive
// participle of naming, blame or praise: a form of "be", perhaps an
// adverb, the participle, and at most seven words before the quotation,
// perhaps an agent after "by", none a verb of speech, a form of "be", a
// conjunction, "that" or a stop ("Lowell was described by Tom Reed as “reckless”",
// "Reed has been accused of “lying”", "Kemp is often praised by the
// union for his “steady hand”"). It gives the agent when a name follows
// "by", the participle's index, and whether the passive stands there:
// its subject is whom the words are about, not their speaker.
func (a *Article) passiveOf(ws []word, i int) (agent phrase, v int, ok bool) {
	k := i - 1
	for n := 0; k > 1 && ws[k].quote < 0 && !passiveParticiples[ws[k].lower]; n, k = n+1, k-1 {
		if n == 7 || ws[k].punct() || speechVerbs[ws[k].lower] || beForms[ws[k].lower] || conjunctions[ws[k].lower] || clauseJoiners[ws[k].lower] || ws[k].lower == "that" {
			return phrase{}, 0, false
		}
	}
	if k < 2 || ws[k].quote >= 0 || !passiveParticiples[ws[k].lower] {
		return phrase{}, 0, false
	}
	if ws[k].lower == "described" && ws[k+1].lower != "as" && ws[k+1].lower != "by" {
		return phrase{}, 0, false
	}
	for b := k + 1; b < i; b++ {
		if ws[b].lower == "by" {
			if ph, ok := a.personAt(ws, b+1); ok && ph.kind == AttrNamed && !strings.Contains(ph.text, "’s") && !strings.Contains(ph.text, "'s") {
				agent = ph
			}
			break
		}
	}
	b := k - 1
	if b > 0 && (isAdverb(ws[b].lower) || ws[b].lower == "often" || ws[b].lower == "since" || ws[b].lower == "widely" || ws[b].lower == "long") {
		b--
	}
	if ws[b].quote >= 0 || !beForms[ws[b].lower] || ws[b].lower == "being" {
		return phrase{}, 0, false // not a gerund: "Lowell spoke of being called “aloof”" tells her own story
	}
	return agent, k, true
}

// speechPassiveAgent is the agent of a passive verb of speech whose
// object the quotation at words[i] is, when only "that", a colon or a comma
// stands between them: "Reed was told by Lowell that “…”", "Kemp was
// assured by the governor: “…”".
func (a *Article) speechPassiveAgent(ws []word, i int) (phrase, bool) {
	for k := i - 3; k >= 1; k-- {
		if ws[k].quote >= 0 {
			return phrase{}, false
		}
		if !beForms[ws[k-1].lower] || !pastSpeechVerb(ws[k].lower) || ws[k+1].lower != "by" {
			continue
		}
		ph, ok := a.personAt(ws, k+2)
		if !ok || ph.thing || ph.j > i { // (a name that holds the quotation: "by Dan “Buddy” Kemp")
			return phrase{}, false
		}
		for _, w := range ws[ph.j:i] {
			if w.lower != "that" && w.s != ":" && w.s != "," {
				return phrase{}, false
			}
		}
		return ph, true
	}
	return phrase{}, false
}

// maxOfDescription is the most words ofDescription reads back, from a
// name to the preposition before it and from there to the description.
const maxOfDescription = 6

// ofPrepositions join a description to the name it is of: "a spokesman
// for Lowell", "the director of the Harbor Museum", "officials in Reed’s
// office".
var ofPrepositions = setOf(`for of at with from in`)

// ofDescription is the description a name at words[k] is the object of,
// through "for", "of", "at", "with", "from" or "in" and perhaps a title or a
// noun before it, or through a participle's "to" or "by" ("another source
// speaking to the Ledger said", "a letter from the Harbor League obtained
// by the Ledger warns"), when the description opens its clause: "A
// spokesman for candidate Ann Lowell called", "a columnist for the news
// site Harbor said"; or through the phrase after a person noun that says
// who an unnamed speaker is (sourceTail), the description perhaps a plural
// of people with no determiner: "A person close to Reed said", "Aides to
// Reed said", "People familiar with the talks said".
func (a *Article) ofDescription(ws []word, k int) (phrase, bool) {
	tail := func(p int) bool { return sourceTail(ws, p) || sourceTail(ws, p-1) }
	p := k - 1
	for n := 0; p > 0 && n < maxOfDescription && !ofPrepositions[ws[p].lower] && !participlePreposition(ws, p) && !tail(p); n++ {
		if w := ws[p]; w.quote >= 0 || w.punct() || speechVerbs[w.lower] || finiteAux[w.lower] || strings.HasSuffix(w.lower, "ed") {
			return phrase{}, false
		}
		p--
	}
	if p < 1 || !ofPrepositions[ws[p].lower] && !participlePreposition(ws, p) && !tail(p) {
		return phrase{}, false
	}
	if ws[p].lower == "in" && slices.ContainsFunc(ws[p+1:k], func(w word) bool { return w.lower != "the" && !w.isCap() && !possessiveWord(w.lower) }) {
		// "in" joins a description only to the name or the possessor
		// right after it ("Officials in Reed’s office said"), not to a
		// place or a time a lower-case noun ends ("The other candidate in
		// the race Ann Lowell said" is Lowell)
		return phrase{}, false
	}
	if sourceTail(ws, p-1) {
		p-- // a source adjective's phrase: "a person close to Reed"
	} else if !ofPrepositions[ws[p].lower] && !sourceTail(ws, p) {
		p-- // a participle's phrase: "speaking to the Ledger", "obtained by the Ledger"
	}
	dl := datelineEnd(ws)
	for s := max(0, p-2*maxOfDescription); s < p; s++ {
		if !(s == dl || s > 0 && clauseBoundary(ws[s-1])) {
			continue // (a description opens its clause)
		}
		d, ok := a.personAt(ws, s)
		if (!ok || d.kind != AttrDescription) && p-s <= maxBarePlural {
			// a plural of people with no determiner, its capital only the
			// sentence's: "Aides to Reed said", "People close to Reed
			// said"
			// (no verb nor conjunction before the plural: "Reed met
			// people close to the mayor and said", "Lowell and aides to
			// the mayor said" have a subject of their own)
			verbed := slices.ContainsFunc(ws[s:p-1], func(w word) bool {
				return irregularPasts[w.lower] || clauseLinks[w.lower] || finiteVerb(w.lower)
			})
			bare := ws[s:p]
			if !verbed && s == dl {
				bare = slices.Clone(bare)
				bare[0].s = bare[0].lower
			}
			if !verbed && barePeople(bare) {
				d, ok = phrase{text: joinWords(ws[s:p]), kind: AttrDescription, start: ws[s].start, end: ws[p-1].end, i: s, j: p}, true
			}
		}
		if !ok || d.kind != AttrDescription || d.j > p {
			continue
		}
		// (the words between the description and the preposition modify
		// it: "A letter from the Harbor League obtained by …")
		if d.j == p || plainModifiers(ws[d.j:p]) {
			return d, true
		}
	}
	return phrase{}, false
}

// participlePreposition tells whether words[p] is "to" or "by" after a
// participle that may modify a noun before a name: "a source speaking to
// the Ledger", "a letter obtained by the Ledger" (not "a letter signed
// by", whose maker it names).
func participlePreposition(ws []word, p int) bool {
	if p < 2 || ws[p].lower != "to" && ws[p].lower != "by" {
		return false
	}
	w := ws[p-1].lower
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") && !makerVerbs[w] && !speechVerbs[w]
}

// plainModifiers tells whether words, between a description and a
// participle or preposition after it, only go on the description: a
// preposition and a name or nouns, no verb, punctuation or quote.
func plainModifiers(ws []word) bool {
	if len(ws) == 0 || !ofPrepositions[ws[0].lower] {
		return false
	}
	for _, w := range ws {
		if w.quote >= 0 || w.punct() || speechVerbs[w.lower] || finiteAux[w.lower] || w.lower == "who" || w.lower == "that" || w.lower == "which" {
			return false
		}
	}
	return true
}

// chantParticiples are the participles of a crowd's voice a joined
// clause's subject goes on with after a comma: "…, where 50 dockers had
// gathered, chanting “…”" (subjectBefore).
var chantParticiples = setOf(`chanting shouting cheering yelling singing screaming`)

// voiceNouns are the sounds of a crowd that come from it: "came shouts
// from the crowd".
var voiceNouns = setOf(`shouts shout chants chant cries cry cheers yells screams calls`)

// crowdVoiceAfter is the crowd a quote's words come from, in a cue right
// after the quote at words[i] (its first word at words[j]) that has a
// crowd's voice come from the crowd: "“…,” came shouts from the crowd",
// "“…!” rose a chant from the audience"; the crowd up to its noun.
func crowdVoiceAfter(ws []word, i, j int) (phrase, bool) {
	if j != i+1 && !(j == i+2 && ws[i+1].s == ",") || j+3 >= len(ws) || ws[j].quote >= 0 || ws[j].lower != "came" && ws[j].lower != "rose" && ws[j].lower != "went" {
		return phrase{}, false
	}
	k := j + 1
	if ws[k].lower == "up" {
		k++ // "came up a shout from"
	}
	if ws[k].lower == "a" || ws[k].lower == "the" {
		k++ // "went the chant from"
	}
	if k+2 >= len(ws) || !voiceNouns[ws[k].lower] || ws[k+1].lower != "from" {
		return phrase{}, false
	}
	for h := k + 2; h < len(ws) && h <= k+5; h++ {
		w := ws[h]
		if w.quote >= 0 || w.punct() || w.isCap() && h > k+2 {
			return phrase{}, false
		}
		if crowdNouns[w.lower] || singular(w.lower) != w.lower && personNoun(singular(w.lower)) {
			return phrase{text: joinWords(ws[k+2 : h+1]), kind: AttrDescription, start: ws[k+2].start, end: w.end, i: k + 2, j: h + 1}, true
		}
	}
	return phrase{}, false
}

// chantWords name what a crowd does with the words it repeats: "the
// chant", "chants of", "cheer for".
var chantWords = setOf(`chant chants chanted chanting cheer cheers cheered cheering roar roared roaring`)

// maxChantWords is the most words crowdChant reads back from a quote to a
// chant word, and from there to the crowd.
const maxChantWords = 6

// crowdChant is the crowd whose chant or cheer the quote at words[i] is:
// a chant word shortly before the quote, and before it, in the same
// clause, a crowd ("the crowd loudly reprised the chant “…”", "roused the
// crowd to chants of “…”"). No speech verb or name stands between the
// chant word and the quote, nor a name between the crowd and the chant.
func crowdChant(ws []word, i int) (phrase, bool) {
	chant := -1
	for k := i - 1; k >= 0 && k >= i-maxChantWords; k-- {
		w := ws[k]
		if w.quote >= 0 || w.punct() || w.isCap() || speechVerbs[w.lower] && !chantWords[w.lower] {
			return phrase{}, false
		}
		if chantWords[w.lower] {
			chant = k
			break
		}
		if w.lower != "of" && w.lower != "for" {
			return phrase{}, false // (the crowd's object, not its words: "cheered his line about “…”")
		}
	}
	if chant < 0 {
		return phrase{}, false
	}
	for k := chant - 1; k >= 1 && k >= chant-maxChantWords; k-- {
		w := ws[k]
		if w.quote >= 0 || w.punct() || w.isCap() || speechVerbs[w.lower] {
			return phrase{}, false
		}
		if crowdNouns[w.lower] && (ws[k-1].lower == "the" || ws[k-1].lower == "a") {
			return phrase{text: ws[k-1].s + " " + w.s, kind: AttrDescription, start: ws[k-1].start, end: w.end, i: k - 1, j: k + 1}, true
		}
	}
	return phrase{}, false
}

// maxNounPhraseGap is the most words a phrase of time or place may have
// between a speech noun and its "that" clause.
const maxNounPhraseGap = 6

// nounClauseAfter tells whether the quote at words[i] is in the clause the
// speech noun at words[k] opens past a phrase of time or place ("her
// assertion during the debate that “…”", "Lowell’s suggestion at a town
// hall that she was “…”"), or in the infinitive a promise opens ("his
// promise to be “neutral”").
func nounClauseAfter(ws []word, k, i int) bool {
	if k+2 >= i {
		return false
	}
	if ws[k+1].lower == "to" && promiseNouns[ws[k].lower] {
		return k+4 >= i // "his promise to be “…”"
	}
	if !objectPrepositions[ws[k+1].lower] && ws[k+1].lower != "during" || ws[k+1].lower == "for" || ws[k+1].lower == "of" || ws[k+1].lower == "about" || ws[k+1].lower == "against" {
		return false
	}
	for m := k + 2; m < i && m <= k+1+maxNounPhraseGap; m++ {
		w := ws[m]
		if w.lower == "that" {
			return m > k+2
		}
		if w.quote >= 0 || w.punct() || speechVerbs[w.lower] || finiteAux[w.lower] || w.lower == "who" || w.lower == "which" {
			return false
		}
	}
	return false
}

// promiseNouns are speech nouns an infinitive may follow with what was
// promised: "his promise to be “neutral”".
var promiseNouns = setOf(`promise promises pledge vow`)

// headNounSubject is the noun phrase no person phrase heads that is the
// subject of the sentence's first verb before the quote at words[i], past
// an introductory phrase set off by a comma: "Harbor shipping experts
// have doubted …", "Outside the arena, about 200 marchers gathered …".
func (a *Article) headNounSubject(ws []word, i int) (phrase, bool) {
	// "A group of …" heading the sentence, or its main clause after an
	// introductory phrase: "A group of 40 pilots … sent the mayor a
	// petition against the “…”"
	dl := datelineEnd(ws)
	for s := dl; s < i && s <= maxIntroWords; s++ {
		if s == dl || ws[s-1].s == "," {
			if ph, ok := groupOf(ws, s); ok && ph.j < i && !newClauseBetween(ws, ph.j, i) {
				return ph, true
			}
		}
		if ws[s].quote >= 0 {
			break
		}
	}
	for v := 1; v < i && v <= maxIntroWords+maxNounSubject; v++ {
		w := ws[v]
		if w.quote >= 0 {
			return phrase{}, false
		}
		if w.punct() || w.isCap() || !(finiteAux[w.lower] || finiteVerb(w.lower) || speechVerbs[w.lower]) ||
			isNumeral(ws[v-1].lower) || agentPlural(w.lower) || personNoun(singular(w.lower)) {
			continue // (a plural noun is no verb: "200 marchers")
		}
		ph, ok := a.nounSubject(ws, v)
		if !ok {
			continue
		}
		if ph.i != dl && ws[ph.i-1].s != "," {
			return phrase{}, false // not the sentence's subject
		}
		// people, a group or a body, or a number of them ("about 200
		// marchers", "the council", "73 percent of voters"), not a thing
		// ("The plan", "The legislation")
		head := ws[ph.j-1].lower
		if !personNoun(singular(head)) && !crowdNouns[head] && !orgHeads[singular(head)] && !agentPlural(head) && !quantityPhrase(ws[ph.i:ph.j]) {
			return phrase{}, false
		}
		return ph, true
	}
	return phrase{}, false
}

// newClauseBetween tells whether a clause with a subject of its own opens
// in words[from:to]: after a semicolon, or after a comma and "and" or
// "but" before an article, a pronoun or a name (", and the league said
// …"), not a list's last item (", pilots and deckhands").
func newClauseBetween(ws []word, from, to int) bool {
	for k := from; k < to; k++ {
		if ws[k].s == ";" {
			return true
		}
		if ws[k].s == "," && k+2 < to && (ws[k+1].lower == "and" || ws[k+1].lower == "but") {
			if n := ws[k+2]; determiners[n.lower] || pronouns[n.lower] || n.isCap() {
				return true
			}
		}
	}
	return false
}

// groupNouns head a group of people "of" names the members of: "a group
// of artists", "a coalition of unions".
var groupNouns = setOf(`group coalition team panel band handful delegation contingent army trio pair couple bunch`)

// groupOf is the description of a group of people opening at words[s]: an
// article, up to two modifiers and a group noun before "of" ("A group of
// comedians", "a bipartisan group of 32 experts"), the description up to
// the noun.
func groupOf(ws []word, s int) (phrase, bool) {
	if s+2 >= len(ws) || ws[s].lower != "a" && ws[s].lower != "an" && ws[s].lower != "the" {
		return phrase{}, false
	}
	for h := s + 1; h < len(ws) && h <= s+3; h++ {
		w := ws[h]
		if w.quote >= 0 || w.punct() || w.isCap() {
			return phrase{}, false
		}
		if groupNouns[w.lower] {
			if h+1 >= len(ws) || ws[h+1].lower != "of" {
				return phrase{}, false
			}
			return phrase{text: joinWords(ws[s : h+1]), kind: AttrDescription, start: ws[s].start, end: w.end, i: s, j: h + 1, thing: true}, true
		}
	}
	return phrase{}, false
}

// maxPronounBack is the most words pronounSubjectBefore reads back from a
// quote.
const maxPronounBack = 25

// pronounSubjectBefore is the nearest "he", "she" or "they" before the
// quote at words[i] in its sentence that is the subject of a verb right
// after it ("how he portrayed himself as “…”", "one in which she took
// credit for “…”"), no quote between.
func pronounSubjectBefore(ws []word, i int) (phrase, bool) {
	for k := i - 1; k >= 0 && k >= i-maxPronounBack; k-- {
		w := ws[k]
		if w.quote >= 0 || w.s == "," {
			break
		}
		if !pronouns[w.lower] || k+1 >= i {
			continue
		}
		if n := ws[k+1]; n.quote >= 0 || n.punct() || n.isCap() || conjunctions[n.lower] || objectPrepositions[n.lower] {
			continue
		}
		return phrase{text: w.s, kind: AttrPronoun, start: w.start, end: w.end, i: k, j: k + 1}, true
	}
	return phrase{}, false
}

// askedBy is the agent of a passive "asked" at words[k]: the person after
// "by" asks what follows, up to the quotation at words[i] ("Reed was asked
// by moderator Ann Lowell, who backs him, “…”"); not when another speech
// verb stands between, the one asked answering ("… asked by Ann Lowell
// about the tax and answered, “…”").
func (a *Article) askedBy(ws []word, k, i int) (phrase, bool) {
	if ws[k].lower != "asked" || k < 1 || k+2 >= len(ws) || !beForms[ws[k-1].lower] || ws[k+1].lower != "by" {
		return phrase{}, false
	}
	ph, ok := a.personAt(ws, k+2)
	if !ok || ph.kind != AttrNamed || !a.isPersonName(ph, ws, true) {
		return phrase{}, false
	}
	for _, w := range ws[ph.j:min(i, len(ws))] {
		if speechVerbs[w.lower] {
			return phrase{}, false
		}
	}
	return ph, true
}

// noteOtherGender notes the one other person sentence si names besides
// its subject ph (the person name), when the article tells the subject's
// gender and not that the other's is the same: a later pronoun of the other
// gender means them, not an earlier subject ("Ann Lowell replaced Reed on
// the board. He was moved to …"). The note counts to the end of the
// second sentence after.
func (a *Article) noteOtherGender(sents []sentence, si int, ph phrase, name string) {
	// the subject's gender as the sentence writes it, by an honorific or a
	// given name: not a bare surname several people share ("Clinton")
	w := a.writtenRun(ph)
	gs := writtenGender(w)
	if gs == genderUnknown {
		gs = givenGender(w)
	}
	// (or, for a bare surname only one person of the article has, that
	// person's gender, when the other person's is known to differ: "Tom
	// Reed … Reed told Lowell" and Lowell is Ann Lowell)
	byPerson := false
	if gs == genderUnknown && a.onlyPersonNamed(w, name) {
		gs, byPerson = a.genderOf(name), true
	}
	if gs == genderUnknown {
		return
	}
	other := genderMale
	if gs == genderMale {
		other = genderFemale
	}
	ws := sents[si].words
	found, foundOff, foundText, n := "", 0, "", 0
	a.namedRuns(ws, ph.j, len(ws), func(o phrase) bool {
		if possessiveSplit(o.text) != o.text {
			return true
		}
		on, _ := a.resolveQuiet(o)
		if on == "" || on == name || !a.mayBePerson(on) {
			return true
		}
		if a.genderOf(on) == gs {
			// a surname two people share ("Lowell"): the one of the
			// other gender
			for _, p := range a.peopleSharing(o.text) {
				if p.Name != name && p.gender() == other && a.sameName(p.Name, o.text) {
					on = p.Name
					break
				}
			}
		}
		if on != found {
			n++
		}
		found, foundOff, foundText = on, o.start, o.text
		return true
	})
	if n != 1 {
		return
	}
	if byPerson && a.genderOf(found) != other {
		return
	}
	if givenGender(found) == gs {
		return
	}
	for _, p := range a.People {
		if p.Name == found && p.gender() == gs {
			return
		}
	}
	last := min(si+2, len(sents)-1)
	ls := sents[last].words
	a.addMention(mention{name: found, off: foundOff, subject: true, person: true, other: true, wgender: other, until: ls[len(ls)-1].end + 1, written: foundText})
}

// onlyPersonNamed tells whether name is the one person of the article the
// name as written may be.
func (a *Article) onlyPersonNamed(written, name string) bool {
	for _, p := range a.peopleSharing(written) {
		if p.Name != name && a.sameName(p.Name, written) {
			return false
		}
	}
	return true
}

// speechParticiples open a phrase whose quotation its sentence's subject
// said, beyond the speech and object verbs in -ing.
var speechParticiples = setOf(`acknowledging conceding admitting citing dismissing describing declaring`)

// maxParticipleWords is the most words an opening participle phrase has
// before its quotation.
const maxParticipleWords = 8

// participleSubject is the subject of the main clause when the sentence
// opens with a participle of speech, perhaps after "in" or "by", whose
// phrase ends with the quotation at words[i] and a comma: "In calling the
// plan “a fraud,” Tom Reed again showed his temper", "Conceding that the
// bill “needs work,” the senator voted for it". The subject is a person
// the article knows by name or a description, a lower-case word after it
// that opens no phrase of its own (its verb, or an adverb).
func (a *Article) participleSubject(ws []word, i int) (phrase, bool) {
	p := datelineEnd(ws)
	if p < len(ws) && (ws[p].lower == "in" || ws[p].lower == "by") {
		p++
	}
	if p >= i || i-p > maxParticipleWords || ws[p].quote >= 0 || !ws[p].isCap() && p == 0 {
		return phrase{}, false
	}
	w := ws[p].lower
	if !strings.HasSuffix(w, "ing") || !(speechVerbs[w] || objectVerbs[w] || speechParticiples[w]) || listenerVerbs[w] {
		return phrase{}, false
	}
	for k := p + 1; k < i; k++ {
		if ws[k].quote >= 0 || ws[k].punct() {
			return phrase{}, false // one quotation, the phrase's last words
		}
	}
	k := i + 1
	if k < len(ws) && ws[k].s == "," {
		k++
	} else if !strings.HasSuffix(strings.TrimRight(a.Doc.Text[ws[i].start:ws[i].end], "”\"'’ "), ",") {
		return phrase{}, false
	}
	if k+1 < len(ws) && (ws[k].lower == "though" || ws[k].lower == "however") && ws[k+1].s == "," {
		k += 2 // "…,” though, Reed did"
	}
	ph, ok := a.personAt(ws, k)
	if !ok || ph.kind == AttrPronoun || ph.j >= len(ws) || ws[ph.j].quote >= 0 || ws[ph.j].punct() {
		return phrase{}, false
	}
	if ph.kind == AttrNamed && !a.isPersonName(ph, ws, false) {
		return phrase{}, false
	}
	if v := ws[ph.j]; v.isCap() || phraseStops[v.lower] {
		return phrase{}, false
	}
	return ph, true
}

func countAux(ws []word) int {
	n := 0
	for _, w := range ws {
		if finiteAux[w.lower] && w.lower != "also" {
			n++
		}
	}
	return n
}

// endsBeforeBody tells whether the named phrase ph, whose name ends on the
// word last, runs on past it over "of", "for" or "at" and a body or a place only ("Sen.
// Dan Reyes of Ohio", "Ann Lowell of the Harbor Institute").
func endsBeforeBody(ws []word, ph phrase, last string) bool {
	for k := ph.i; k+1 < ph.j; k++ {
		if ws[k].s == last {
			return bodyAfterOf(ws, k+1) == ph.j
		}
	}
	return false
}

// noteNewcomers notes the people a sentence brings in for the first time
// by a full name with a title before it ("state Senator Ann Lowell") or
// an apposition after it ("Tom Reed, a delegate from Ohio"), who act in a
// clause of their own ("…, a Democrat, wants", "…, a delegate who
// dressed up"), when no quotation's speaker, no "he" or "she" and no
// other person of the article whose gender may be theirs acts in the
// sentence: a pronoun of the next sentence, up to until, may mean them.
func (a *Article) noteNewcomers(ws []word, until int) {
	for _, w := range ws {
		// a quotation, or "he" or "she" (perhaps "he’s")
		if stem, _, _ := strings.Cut(strings.ReplaceAll(w.lower, "’", "'"), "'"); w.quote >= 0 || stem == "he" || stem == "she" {
			return
		}
	}
	end := ws[len(ws)-1].end + 1
	// whether a subject of each gender may act in the sentence, worked out
	// once a gender (a sentence may name many newcomers)
	mayBe := map[int]bool{}
	subjectMayBe := func(g int) bool {
		v, ok := mayBe[g]
		if !ok {
			v = a.subjectMayBe(ws[0].start, end, g)
			mayBe[g] = v
		}
		return v
	}
	a.namedRuns(ws, 0, len(ws), func(ph phrase) bool {
		if ph.kind != AttrNamed || ph.i == 0 || possessiveSplit(ph.text) != ph.text || len(nameWords(ph.text)) < 2 || !mayBePerson(ph.text) || orgName(ph.text) {
			return true
		}
		name := stripTitles(ph.text)
		if n, known := a.resolveQuiet(ph); known {
			name = n
		}
		if len(a.mentionsOf[name]) > 0 {
			return true // met before
		}
		prev := ws[ph.i-1]
		titled := ph.start < ws[ph.i].start || prev.quote < 0 && !prev.isCap() && (personNoun(prev.lower) || titleWords[prev.lower])
		k, apposed := ph.j, false
		if k+1 < len(ws) && ws[k].s == "," {
			if next := ws[k+1]; next.quote < 0 && (next.lower == "a" || next.lower == "an" || next.lower == "the" || isAge(next.lower)) {
				// past the apposition, to its closing comma or a "who"
				// inside it
				apposed = true
				for k++; k < len(ws) && ws[k].s != "," && ws[k].lower != "who"; k++ {
				}
				if k < len(ws) && ws[k].s == "," {
					k++
				}
			}
		}
		acts := k < len(ws) && ws[k].quote < 0 && !ws[k].isCap() && (ws[k].lower == "who" && apposed || finiteVerb(ws[k].lower))
		g := givenGender(ph.text)
		if (titled || apposed) && acts && !subjectMayBe(g) {
			a.addMention(mention{name: name, off: ph.start, subject: true, person: true, until: until, from: end, wgender: g})
		}
		return true
	})
}

// subjectMayBe tells whether a person acts as the subject of a sentence
// between start and end whose gender, as the article tells it, is not
// other than g.
func (a *Article) subjectMayBe(start, end, g int) bool {
	k := sort.Search(len(a.mentions), func(k int) bool { return a.mentions[k].off >= start })
	for ; k < len(a.mentions) && a.mentions[k].off < end; k++ {
		m := a.mentions[k]
		if !m.subject || !m.person || m.other || m.from > 0 || m.until > 0 {
			continue
		}
		mg := m.wgender
		if mg == genderUnknown {
			mg = a.genderOf(m.name)
		}
		if mg == genderUnknown || g == genderUnknown || mg == g {
			return true
		}
	}
	return false
}
