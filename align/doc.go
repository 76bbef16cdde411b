// Package align finds where in the record a quotation comes from and how it
// differs, and gives it a verdict.
//
// # Pipeline
//
//	article quote ──tokenize──▶ words ──index──▶ candidate windows ──DP──▶ alignment
//	                                                                │
//	   verdict ◀── speaker rules ◀── best reading per speaker ◀─────┘
//
// 1. Tokenize (tokens.go). Both sides are folded so that only typography
// differs between equal words: NFKD, accents removed, NFKC, Unicode case
// folding (golang.org/x/text); curly and straight apostrophes alike, and
// inside a word the "‘", "′", "`", "´" and "＇" web copy types for one
// ("don‘t", "don´t");
// contractions expanded ("we're" is "we are", "doesn't" is "does not");
// hyphenated compounds written together ("like-minded" is "likeminded");
// "U.S." and "US" one token, kept apart from the pronoun "us", and any
// initialism with periods the same without them ("F.B.I." is "FBI");
// number words as numerals ("seven" is "7", "twenty-one" is "21"), and a
// numeral of 100 or more as the words it is read in, each number of them in digits
// ("2,500" is "2 thousand 5 hundred", as "two thousand five hundred" is;
// a year read in pairs, "1990", stays one word, which "nineteen ninety"
// joins to as a compound; a diff shows such a word whole); "50%" is "50
// percent", "3bn" is "3 billion" ("250m", "2tn" alike), "mph" is "miles
// per hour", "&" is "and", "OK" is "okay", "'til" is "until", "alright" is
// "all right", the spoken forms "kinda", "lemme", "dunno" are their words;
// a numeral's plural with an apostrophe is the same without ("1990's"), a
// numeral joined to a word is a compound ("24-hour"), as is a number word
// ("five-year" is "5year"), a time with a point and "pm" is its hour,
// minutes and "pm" ("9.30pm" is "9 30 pm", as "9:30 p.m." is), a
// fraction as one character is the words said for it ("3½" is "3 and a
// half", "¾" "3 quarters"), a stammer written with a hyphen is the word
// stammered into ("the-the" is "the", "f-fund" "fund"), a title
// news copy abbreviates before a name is
// the word spoken ("Gov." is "governor", "Dr." is "doctor"), and so is an
// abbreviated month ("Sept.") and "vs."; a British spelling is the
// American one ("honour" is "honor", "organised" "organized"; spelling.go
// lists only words whose two spellings are one word in either country).
// The turn's stage directions ("(Laughter.)", "[inaudible]") are kept
// with its disfluencies, which a quote may leave out. In a quote,
// [bracketed] words are Editorial tokens and "…" or "..." is an Ellipsis
// token; a reading that starts or ends inside a number written as one
// word ("2,500" cut to "2 thousand") is a change. The words are
// found by a hand-written scanner held equal to its specification, the
// regular expression tokenRE, by a test and a fuzz target.
//
// 2. Candidates (index.go). The index holds, for every record token, the
// hashed pair of its stem and the next token's (a pair survives an
// inflection); a bucket of more than maxPostings places is left out, as
// too common to locate anything ("of the"). Each pair of the quote votes,
// for each place the record has it, for the diagonal "record position −
// quote position" in buckets of bucketSize (16) tokens: a passage quoted
// with a few words changed keeps most votes on one diagonal. The best
// maxWindows diagonals over the whole record, and again within the named
// speaker's turns, become windows widened by half the quote's length, in
// the turns the votes came from. When that finds no close reading, the
// quote's bagStems rarest content stems vote by bare position, in spans of
// 1.5× the quote, for the passages a paraphrase rearranges. Quotes of
// fewer than six words vote with single stems too, and a short quote of
// common words that nothing anchors is read against all of the named
// speaker's words (up to maxScanTokens). A pair said more than
// queryPostings times votes only while the quote's hits stay within
// hitBudget, but the two rarest pairs always vote: when an edit breaks
// one of them, the commoner pairs keep the quote's place in view.
//
// 3. Alignment (dp.go). Each window is aligned with a semi-global word DP:
// all of the quote against any stretch of the window. A substituted or
// added word costs 8; dropped record words are a gap costing 4 to open
// and 1 a word, so a quote that drops words mid-passage, or joins two
// passages, is read as the passage with a gap; an Editorial word costs
// nothing, and record words a bracket replaces 1 each; record words
// skipped right after an Ellipsis, and a verbatim transcript's
// disfluencies, cost nothing. A compound written apart on one side
// ("shoulder to shoulder" against "shoulder-to-shoulder") joins up to
// maxJoin words at no cost. Ties go to the earliest passage, so repeated
// words are sourced to their first utterance. The best-voted windows are
// aligned first; when they hold the speaker's own words verbatim or
// faithfully, the rest are not aligned.
//
// The DP's cells are cheap: a run of cells is a small function of
// conditional moves whose only dependence on the cell to its left is the
// gap opened, and no moves are stored: the trace back recomputes which
// step gave each cell it passes its cost (dp_equiv_test.go holds it equal
// to a reference DP that stores them). Compounds are looked for only where
// a window's word may take part in one, found ahead of the cells from the
// quote's suffixes and runs of words; a Bloom filter of the record's words
// (wordfilter.go) answers most of those look-ups without the vocabulary.
// A reading at a faithful level or closer changes no word, so it can only
// be where the quote's runs of words (words with no bracket or ellipsis
// between them) stand in a row, in order, disfluencies left out, or where
// a compound join may happen (mayBeFaithful). Counting a verbatim or
// faithful quote's other places (archive_occurrences.go) passes over the
// other windows without their DP, and a short quote of common words read
// in all of its speaker's words is read first in those turns alone: when
// they give such a reading, the rest cannot do better.
//
// 4. Verdict of one reading (check.go). From the alignment's steps:
// verbatim when every quote word is matched and nothing else happened;
// faithful when only editorial marks differ, unless the words they leave
// out hold a negation, condition or qualifier ("not", "if", "only", "may":
// the qualifiers set in tokens.go), which makes it altered (an ellipsis
// opening or closing the quote leaves nothing out: it says only that the
// quote begins or ends mid-passage, as any quote may; nor does one that
// leaves out whole sentences between two of the quote's, their
// qualifiers qualifying none of its words, droppedInSentences; and a
// bracket opening the quote stands for the fewest record words,
// openingBracketFrom); altered when at
// least AlteredRunShare of the quote's words stand in runs of MinRun equal
// words and at least half its distinct content words (not stop words,
// each counted once however often the quote says it) are the record's: a run of small words kept while the words that carry the
// meaning are the writer's ("there was a full investigation" against
// "there was a horrible shooting") is no source. A number changed, added
// or dropped, its scale too ("million" for "billion"), does not break a
// run, and between equal words stands in it ("took 23 days" against "took
// 21 days" is altered, however short); nor does a negation added, dropped
// or put for another word ("I can't support that plan" against "I can
// support that plan", "will never" against "will always"), nor a word in
// another form, of the same stem ("deserved" for "deserve"); a quote whose
// every word is the record's, in order, with words left out unmarked, no
// more than it keeps, is altered however short its runs ("It is a
// disgrace" against "It is, I think, a disgrace"); a bracket that adds a negation the
// words it stands for lack ("we will [not] rebuild") makes a quote
// altered, and so does one that holds nothing but a word of how much, how
// often or how surely ("[all]", "[only]": bracketQualifies), puts another
// name for the record's (bracketRenames, read with the capitals of both
// sides: "[Dan Kemp]" for "Ann Lowell", where "[Lowell]" for "she" and
// "[the Harbor City mayor]" for "Tom Reed" name a referent), or rewrites the record's words around the one it changes
// or adds a clause with a conjunction (bracketRewrites); "[sic]" stands
// for no record word; a marked word whose letters outside its brackets are the
// record word's ends ("rebuild[s]") is marked, not changed. Otherwise the
// paraphrase score decides: each quote word weighs its
// rarity in the record (inverse document frequency over paragraphs); a
// word is kept when the alignment keeps it in a run of two or more, or,
// for a content word, when its stem occurs in the best stretch of 1.5× the
// quote's length; a quote of at least MinParaphraseWords content words
// keeping ParaphraseScore of its weight is paraphrased.
//
// 5. Speakers. The best reading of each speaker is kept (closest kind of
// match, then score, then earliest). The named speaker's own reading wins
// when it is at least a paraphrase, unless somebody else said the words at
// least nearly verbatim. A reading by somebody else proves misattribution
// only when it is verbatim to altered, or a paraphrase keeping
// DistinctWording of the passage's wording, and its words are distinctive
// (distinct.go): they weigh MinMisattributedWeight, a word 1 and a word that
// is neither a stop word nor a stock word of speech 2, with MinDistinctWords
// such words among them, or twice that weight whatever they are; a short
// or stock phrase ("shoulder to shoulder", "Let me be very clear about
// that") proves nothing. Of two other speakers equally close, the earlier
// transcript's (by date) is named. A reading that stands inside
// another speaker's quotation marks, or after their verb of saying ("you
// said …", "Lowell says …"), is theirs to report, not their own: it proves
// no misattribution, and a speaker who says the words as their own comes
// first. A surname alone that two speakers bear names the one whose
// reading is closer. A quote with no speaker (or a
// pronoun that resolved to nobody) takes the best reading of anybody and
// is never misattributed. What is left is fabricated when the named speaker
// speaks in the record, else unverifiable; a quote whose few or common
// words somebody of the record does say, verbatim to altered, has a
// reason that names them, not one that says nobody said it.
//
// # Worked example (the seeds)
//
// 001 quotes Blinken: "When I took this job, the first instruction President
// Biden gave me was to do everything possible to rejuvenate our alliances".
// The record has "…to do everything possible to re-energize, rejuvenate, in
// some cases even reimagine, our alliances and partnerships". The index puts
// most of the quote's words on one diagonal of Blinken's turn; the DP
// matches all 21 and drops six record words without an ellipsis (cost 18;
// reading the last three quote words as the quote's own would cost 24).
// Eighteen of the 21 words stand in a run of three or more equal words (run
// share 0.86 ≥ AlteredRunShare), but six words were dropped unmarked:
// altered, with wording 2·21/(21+27) = 0.875.
//
// The same article gives Blinken "Together, we are not just allies. We are
// friends—and that is what makes us truly strong". Blinken's best reading is
// nothing (paraphrase score 0.12); Emanuel's turn has "we're not just allies
// by treaty; we're also friends" (wording 0.60 ≥ DistinctWording, score
// 0.42 ≥ ParaphraseScore): misattributed, with Emanuel's passage as source.
//
// # Why the thresholds have their values
//
// MinRun = 3: two equal words in a row ("in the", "we are") happen by chance
// in any rewording of a passage on the same subject; three rarely do.
// AlteredRunShare = 0.55: altered quotes of the seeds keep 0.60 to 0.93 of
// their words in such runs, their paraphrases at most 0.45. ParaphraseScore
// = 0.35: the seeds' reworded quotes score 0.42 to 0.71 against their
// passage, quotes from other meetings up to 0.35 against the named speaker
// (a thin margin; two others, at 0.37 and 0.56, may be called either way). MinParaphraseWords = 4: below that a quote is the record's words
// or it is not ("extraordinary hospitality" shares "extraordinary" and
// nothing else). MinDistinctWords = 2 and MinMisattributedWeight = 8:
// "shoulder to shoulder" (3 + 1) and "I want to thank all of you for
// coming" (no distinctive word) are anybody's, "the harbor tax is dead"
// (5 + 3) and the six words of "we have to stop the violence" (6 + 2) a
// remark; a passage of sixteen (a debater's sentence of common words,
// "there is a right way and a wrong way to do it") is one whatever its
// words, where stock phrases of speech stay shorter ("It is a great honor
// to be here with all of you tonight": 12). DistinctWording = 0.5: a
// misattribution must carry a passage; the seeds' quotes of other meetings keep up to 0.48 of
// somebody's wording, so DistinctCoverage = 0.5 asks besides that the
// passage hold half the quote's words (the "not just allies" quote: 9 of
// 17). The measured effect of each on real copy is in the
// README's accuracy section.
package align
