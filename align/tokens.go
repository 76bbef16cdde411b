package align

import (
	"iter"
	"maps"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// TokenKind tells words from the editorial marks of a quotation.
type TokenKind uint8

const (
	Word      TokenKind = iota // a word of speech
	Editorial                  // a word inside [brackets]: the writer's, not the speaker's
	Ellipsis                   // "…" or "...": words of the record left out on purpose
)

// Token is one word of a transcript or a quotation after folding, with the
// byte span of the word it came from. A contraction yields two tokens with
// the same span ("we're" is "we" "are").
type Token struct {
	Norm       string // folded form compared for equality: "are", "us", "21"
	Stem       string // snowball stem of Norm, compared for paraphrase (set for quote tokens; see stem)
	Start, End int    // byte span in the original text
	Kind       TokenKind
	Marked     bool // the word had brackets inside it: "[W]e're"
	// pause: of a quote's word, punctuation inside the quotation follows
	// it ("Well, fund the clinic": a comma), set by Record.quoteTokens;
	// such a word is no contraction written without its apostrophe
	// (stopsContraction)
	pause bool
	// currency: of a quote's number word, the currency its number is
	// named in (an index of currencyNames; 0 for none), set by
	// Record.quoteTokens: "£5 million" is in pounds (numberCurrencies)
	currency uint8
	// upper: of a quote's word, written with a capital first letter
	// ("[Dan Kemp]"), set by Record.quoteTokens: a bracket's name
	// (bracketRenames)
	upper bool
	// apart: of a bracket's word, a comma or another mark that ends a
	// clause follows it inside the brackets ("[Dan Kemp, mayor of
	// Salem,]": "Kemp" and "Salem"), set by Record.quoteTokens: a name
	// set apart from an office is no word of the office (bracketName)
	apart bool
	// around: of a marked word read as one token, the letters before its
	// first bracket and after its last, folded, joined by a zero byte
	// ("rebuild[s]": "rebuild\x00"): the record's word it stands in for
	// has them at its ends (standsInFor)
	around string
	// wid is the word's id in the record it is checked against, plus one
	// (1: the record never has it), set by Record.quoteTokens so that the
	// phases of a check look the word up once; 0: not looked up yet
	wid uint32
}

// folders map a word to a comparable form: compatibility-normalised (NFKC:
// ligatures, full-width forms, precomposed and decomposed accents alike),
// accents removed, case-folded. A chain keeps state between calls, so each
// goroutine takes its own from the pool (articles are checked in parallel).
var folders = sync.Pool{New: func() any {
	return transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFKC, cases.Fold())
}}

func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s) // the common case, without the transform chain
	}
	folder := folders.Get().(transform.Transformer)
	out, _, err := transform.String(folder, s)
	folders.Put(folder)
	if err != nil {
		return strings.ToLower(s)
	}
	return out
}

// tokenRE finds words, with apostrophes, inner periods (U.S.), hyphens
// (the Unicode hyphen U+2010 and the non-breaking hyphen U+2011 too, which
// word processors type: "re‑sign" is "re-sign"; and the soft hyphen
// U+00AD, which is no hyphen: hyphens), digits with separators
// and a percent sign, and brackets inside a word ([W]e're); an ampersand
// is a word of its own ("and"); bracketed groups, ellipses and dashes are
// found separately.
var tokenRE = regexp.MustCompile(`\p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?%?|\[\p{L}{1,2}\][\p{L}\p{N}\p{M}'’‘′\x60´＇‛.\-\x{2010}\x{2011}\x{00AD}\[\]%]+|\[[^\[\]\n]{0,200}\]|…|\.\s?\.\s?\.|&|[\p{L}\p{N}\[][\p{L}\p{N}\p{M}'’‘′\x60´＇‛.\-\x{2010}\x{2011}\x{00AD}\[\]%]*`)

// contractions expand to the words they stand for, so that "we're" and
// "we are" are the same words.
var contractions = map[string][]string{
	"can't": {"can", "not"}, "won't": {"will", "not"}, "shan't": {"shall", "not"}, "ain't": {"is", "not"},
	"let's": {"let", "us"}, "it's": {"it", "is"}, "that's": {"that", "is"}, "there's": {"there", "is"},
	"here's": {"here", "is"}, "what's": {"what", "is"}, "who's": {"who", "is"}, "he's": {"he", "is"},
	"she's": {"she", "is"}, "where's": {"where", "is"}, "how's": {"how", "is"}, "i'm": {"i", "am"},
	"y'all": {"you", "all"}, "gonna": {"going", "to"}, "wanna": {"want", "to"}, "gotta": {"got", "to"},
	"ok": {"okay"}, "til": {"until"}, "alright": {"all", "right"}, "kinda": {"kind", "of"}, "sorta": {"sort", "of"},
	"lemme": {"let", "me"}, "gimme": {"give", "me"}, "outta": {"out", "of"}, "lotta": {"lot", "of"}, "dunno": {"do", "not", "know"},
	"vs": {"versus"},
	// months as news copy abbreviates them before a day ("Sept. 21"), with
	// or without the period: a word's tokens depend on its own text alone
	// (recordBuild.tokens), and "Jan." ending a sentence must stay the word
	// "Jan," is, the name
	"jan": {"january"}, "feb": {"february"}, "apr": {"april"}, "aug": {"august"}, "sep": {"september"},
	"sept": {"september"}, "oct": {"october"}, "nov": {"november"}, "dec": {"december"},
	// speech as transcripts spell it, and news copy's short forms
	"y'know": {"you", "know"}, "em": {"them"}, "till": {"until"},
	"etc": {"et", "cetera"}, "approx": {"approximately"}, "gov't": {"government"}, "int'l": {"international"},
	// speeds as news copy abbreviates them in all references ("winds of
	// 60 mph"): no other word is spelt so
	"mph": {"miles", "per", "hour"}, "kph": {"kilometers", "per", "hour"}, "mpg": {"miles", "per", "gallon"},
	// "St." is a saint or a street: both, and the words, are one word
	"street": {"st"}, "saint": {"st"},
	// titles as British copy writes them, without the period that
	// spokenTitles reads ("Mr Kemp" is "Mr. Kemp", "Mister Kemp"): no
	// other word is spelt so
	"mr": {"mister"}, "dr": {"doctor"}, "jr": {"junior"}, "sgt": {"sergeant"},
	// a pronoun written as one word or two ("every one of them")
	"everyone": {"every", "1"}, "anyone": {"any", "1"}, "someone": {"some", "1"}, "noone": {"no", "1"},
}

// spokenTitles are the titles news copy abbreviates before a name, with
// the words a speaker says: "Dr." is "doctor". The abbreviation is read so
// wherever it stands, capitalised with its period ("Dominican Rep." too):
// both sides fold alike, so this only ever makes equal words equal.
var spokenTitles = map[string]string{
	"dr": "doctor", "mr": "mister", "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general",
	"lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "cmdr": "commander", "adm": "admiral",
	"prof": "professor", "rev": "reverend", "pres": "president", "supt": "superintendent", "atty": "attorney",
	"jr": "junior", "sr": "senior", "mt": "mount", "ft": "fort", "dept": "department",
	"corp": "corporation", "inc": "incorporated", "co": "company", "bros": "brothers", "assn": "association",
	"univ": "university", "ave": "avenue", "blvd": "boulevard", "rd": "road",
}

var suffixContractions = []struct {
	suffix string
	word   string
}{
	{"n't", "not"}, {"'re", "are"}, {"'ve", "have"}, {"'ll", "will"}, {"'d", "would"}, {"'m", "am"},
}

var numberWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// ordinalWords are the ordinals a speaker says, read as their numbers,
// as news copy writes them in digits for a speaker's words ("the 21st
// century", "Sept. 11" for "September eleventh"). Two are not among them:
// "first" alone is not "one" ("the one thing" is not "the first thing"),
// and "second" after a number is as often a length of time ("a thirty
// second ad", "one second"), which numbers spoken in a row would join
// ("thirty" and 2 as 32) or keep as two ("1 2"). "1st" and "2nd" are the
// words "first" and "second" (ordinalNumeral), "twenty-first" 21
// (ordinalOnes).
var ordinalWords = map[string]int{
	"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
	"eightieth": 80, "ninetieth": 90,
}

// spokenForms are words a speaker says that news copy writes otherwise,
// with the word that copy folds to: a decade ("the nineties" is "the
// '90s") and an ordinal of a scale ("the hundredth day" is "the 100th
// day", read as "1 hundred").
var spokenForms = map[string]string{
	"twenties": "20s", "thirties": "30s", "forties": "40s", "fifties": "50s", "sixties": "60s",
	"seventies": "70s", "eighties": "80s", "nineties": "90s",
	"hundredth": "hundred", "thousandth": "thousand", "millionth": "million", "billionth": "billion",
}

// ordinalOnes is the number of an ordinal after a tens ("twenty-first"):
// those of ordinalWords, and "first".
func ordinalOnes(w string) (int, bool) {
	if w == "first" {
		return 1, true
	}
	n, ok := ordinalWords[w]
	return n, ok
}

// currencyWords are read as nothing, as the sign news copy writes for them
// is ("$" is no word): "$5 million" is "five million dollars", whose
// "dollars" comes after the number's words, where no sign stands.
var currencyWords = map[string]bool{"dollar": true, "dollars": true}

// currencyNames are the currencies a number is named in, as a sign before
// it ("$5", "£5") or after it ("50¢", "5€"), or a word after it ("five
// million dollars"); Token.currency is an index of them. A sign is no
// word and "dollars" reads as nothing (currencyWords), so that "$5
// million" is "five million dollars"; a number named in two currencies
// ("$5 million" against "£5 million") is a change all the same
// (Record.currencyChanged). "¥" is the yen's sign and the yuan's.
var currencyNames = []string{"", "dollars", "pounds", "euros", "yen or yuan", "rupees", "won", "rubles", "lira",
	"shekels", "pesos", "naira", "cents", "francs"}

// currencySigns and currencyNamed give the index of currencyNames of a
// sign and of a word after a number.
var (
	currencySigns = map[rune]uint8{'$': 1, '£': 2, '€': 3, '¥': 4, '₹': 5, '₩': 6, '₽': 7, '₺': 8, '₪': 9, '₱': 10,
		'₦': 11, '¢': 12}
	currencyNamed = map[string]uint8{"dollar": 1, "dollars": 1, "bucks": 1, "pound": 2, "pounds": 2, "quid": 2,
		"sterling": 2, "euro": 3, "euros": 3, "yen": 4, "yuan": 4, "renminbi": 4, "rupee": 5, "rupees": 5,
		"ruble": 7, "rubles": 7, "rouble": 7, "roubles": 7, "peso": 10, "pesos": 10, "cent": 12, "cents": 12,
		"franc": 13, "francs": 13}
)

// numberCurrencies sets Token.currency of each number of toks (tokens of
// text, in order): the tokens a number is read in (numberSpan: "5"
// "million", "a" "million"; then as written, writtenApart) take the
// currency named by a sign right before the first or right after the
// last, or by the word after the last (currencyAround).
func numberCurrencies(text string, toks []Token) {
	word := func(k int) string {
		if toks[k].Kind != Word && toks[k].Kind != Editorial {
			return "" // (a bracket's words name theirs: "[$5 million]")
		}
		return toks[k].Norm
	}
	for s := 0; s < len(toks); {
		_, e := numberSpan(word, len(toks), s) // (the word before s is in no number)
		if e == s {
			s++
			continue
		}
		for e > s {
			ps, pe := s, s+1 // each number written apart (writtenApart)
			for pe < e && !writtenApart(text, toks[pe-1], toks[pe]) {
				pe++
			}
			if c := currencyAround(text, toks[ps].Start, toks[pe-1].End); c != 0 {
				for k := ps; k < pe; k++ {
					toks[k].currency = c
				}
			}
			s = pe
		}
	}
}

// writtenApart tells whether the words a and b of text (b after a) of a
// run of number words are two numbers as written, something but a space
// between them: "In 2019, $5 million" is "2019" and "$5 million", "20 $5
// bills" "20" and "$5", though read in a row ("2019 5 million").
func writtenApart(text string, a, b Token) bool {
	return b.Start >= a.End && strings.Trim(text[a.End:b.Start], " \t\r\n\u00a0") != ""
}

// numberSpan is the run [s, e) of the n words word gives that holds word j
// and reads one number: numerals, number words, "half" and "quarter", and
// "a" before a scale or them ("half a million", "a quarter million",
// "twenty one", "5 million"); s == e where word j is in no number. A
// quote's words are read so (numberCurrencies), and a window of the
// record's (Record.currencyAt): one reading for both sides.
func numberSpan(word func(k int) string, n, j int) (s, e int) {
	in := func(k int) bool {
		switch w := word(k); w {
		case "a":
			next := ""
			if k+1 < n {
				next = word(k + 1)
			}
			return numberScales[next] || next == "half" || next == "quarter"
		case "half", "quarter":
			return true
		default:
			return numberWord(w)
		}
	}
	if !in(j) {
		return j, j
	}
	s, e = j, j+1
	for s > 0 && in(s-1) {
		s--
	}
	for e < n && in(e) {
		e++
	}
	return s, e
}

// currencyAround is the currency named around the number written at
// text[start:end]: by a sign right before or after it, or a word after it.
func currencyAround(text string, start, end int) uint8 {
	if r, _ := utf8.DecodeLastRuneInString(text[:start]); currencySigns[r] != 0 {
		return currencySigns[r]
	}
	if r, _ := utf8.DecodeRuneInString(text[end:]); currencySigns[r] != 0 {
		return currencySigns[r]
	}
	rest := strings.TrimLeft(text[end:], " \u00a0")
	w := rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsLetter))]
	return currencyNamed[strings.ToLower(w)]
}

// hyphenLen is the length in bytes of the hyphen s starts with: "-", or
// U+2010 or U+2011 (hyphens); 0 where it starts with none.
func hyphenLen(s string) int {
	switch {
	case strings.HasPrefix(s, "-"):
		return 1
	case strings.HasPrefix(s, "\u2010"), strings.HasPrefix(s, "\u2011"):
		return len("\u2010")
	}
	return 0
}

// ordinalNumeral is the number of a numeral written as an ordinal, "21st",
// "2nd", "11th", "1,000th": its digits; ok is false for other words.
func ordinalNumeral(w string) (string, bool) {
	if len(w) < 3 || w[0] < '0' || w[0] > '9' {
		return "", false
	}
	switch w[len(w)-2:] {
	case "nd":
		if w[len(w)-3] == '2' {
			return "", false // "2nd" is "second", "22nd" a word of its own
		}
		return number(w[:len(w)-2])
	case "st", "rd", "th":
		return number(w[:len(w)-2])
	}
	return "", false
}

// number folds a number word ("seven", "twenty-one") or a numeral with
// separators ("1,000") to digits; ok is false for other words, a numeral
// with letters among them too ("24-hour", "1990s").
func number(w string) (string, bool) {
	if n, ok := numberWords[w]; ok {
		return strconv.Itoa(n), true
	}
	if n, ok := ordinalWords[w]; ok {
		return strconv.Itoa(n), true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		tens, ok1 := numberWords[w[:i]]
		ones, ok2 := numberWords[w[i+1:]]
		if !ok2 {
			// "twenty-first"; not "thirty-second" ("second" is no
			// ordinal word), which stays the compound it is
			ones, ok2 = ordinalOnes(w[i+1:])
		}
		if ok1 && ok2 && tens >= 20 && tens%10 == 0 && ones > 0 && ones < 10 {
			return strconv.Itoa(tens + ones), true
		}
	}
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		d := strings.TrimSuffix(dropSeparators.Replace(w), ".")
		if strings.Trim(d, "0123456789.") == "" {
			return d, true
		}
	}
	return "", false
}

// Tokenize folds text into tokens. Offsets are relative to text plus base,
// so a turn can be tokenized in place within its transcript. In a quotation
// (quote true) bracketed words are Editorial and ellipses are Ellipsis
// tokens; in a record they are read as plain words and dropped.
func Tokenize(text string, base int, quote bool) []Token {
	var out []Token
	scanTokens(text, base, quote, func(_ int, ts []Token) bool {
		out = append(out, ts...)
		return true
	})
	for i := range out {
		if out[i].Kind != Ellipsis {
			out[i].Stem = stem(out[i].Norm)
		}
	}
	return out
}

// stem is the snowball English stem of a folded word. The record stems each
// distinct word once (Record.wordID), so a long record does not pay for it
// per token.
func stem(norm string) string { return english.Stem(norm, false) }

// stemShared is stem through a cache shared by every record being built:
// the parts of an archive, tokenized at once, each meet most of the same
// words. The cache takes at most maxStemShared words, so a long-running
// process does not grow with every word it ever reads.
func stemShared(norm string) string {
	stemMu.RLock()
	s, ok := stemCache[norm]
	stemMu.RUnlock()
	if ok {
		return s
	}
	s = stem(norm)
	stemMu.Lock()
	if len(stemCache) < maxStemShared {
		stemCache[strings.Clone(norm)] = strings.Clone(s)
	}
	stemMu.Unlock()
	return s
}

const maxStemShared = 1 << 20

var (
	stemMu    sync.RWMutex
	stemCache = map[string]string{} // folded word → its stem
)

// scanTokens calls fn with the tokens of each word of text in order, and
// the byte offset (base-relative) where that word's match starts; fn stops
// the scan by returning false. A scan started at a word's start yields the
// same tokens from there on as a scan of the whole text, which lets the
// record re-read a stretch of a long turn from a checkpoint.
func scanTokens(text string, base int, quote bool, fn func(at int, ts []Token) bool) {
	var buf []Token
	m := []int{0, 0}
	for off := 0; ; {
		start, end := nextMatch(text, off)
		if start < 0 {
			return
		}
		m[0], m[1] = start, end
		buf = appendMatch(buf[:0], text, m, base, quote)
		if len(buf) > 0 && !fn(base+start, buf) {
			return
		}
		off = end
	}
}

// nextMatch finds the next match of tokenRE at or after off, by hand: the
// regular expression is the specification (a test holds the two equal on
// generated and real text) and this is its fast path, several times faster
// over a long record. It returns -1, -1 when there is none.
func nextMatch(text string, off int) (int, int) {
	for i := off; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, the common case, by table
			switch scanClass[c] {
			case scLetter:
				return i, wordEnd(text, i+1)
			case scDigit:
				if e := groupedNumber(text, i); e > 0 {
					return i, e
				}
				return i, wordEnd(text, i+1)
			case scDot:
				if e := dots(text, i); e > 0 {
					return i, e
				}
			case scAmpersand:
				return i, i + 1
			case scBracket:
				if e := bracketPrefixWord(text, i); e > 0 {
					return i, e
				}
				if e := bracketGroup(text, i); e > 0 {
					return i, e
				}
				return i, wordEnd(text, i+1)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '…':
			return i, i + size
		case unicode.IsDigit(r) || unicode.IsNumber(r):
			if e := groupedNumber(text, i); e > 0 {
				return i, e
			}
			return i, wordEnd(text, i+size)
		case unicode.IsLetter(r):
			return i, wordEnd(text, i+size)
		}
		i += size
	}
	return -1, -1
}

// scanClass of an ASCII byte: what nextMatch makes of it. wordByte: the
// ASCII bytes of [\p{L}\p{N}\p{M}'’‘′`´＇‛.\-\[\]%].
const (
	scOther = iota
	scLetter
	scDigit
	scDot
	scBracket
	scAmpersand
)

var scanClass, wordByte = func() (class [utf8.RuneSelf]uint8, word [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			class[c] = scLetter
		case c >= '0' && c <= '9':
			class[c] = scDigit
		case c == '.':
			class[c] = scDot
		case c == '[':
			class[c] = scBracket
		case c == '&':
			class[c] = scAmpersand
		}
		word[c] = isWordRune(rune(c))
	}
	return
}()

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.M, r) ||
		r == '\'' || r == '’' || r == '‘' || r == '′' || r == '`' || r == '´' || r == '＇' || r == '‛' || r == '.' || r == '-' || r == '[' || r == ']' || r == '%' ||
		r == '\u2010' || r == '\u2011' || r == '\u00ad'
}

// wordEnd: [\p{L}\p{N}\p{M}'’‘′`´＇‛.\-\x{2010}\x{2011}\x{00AD}\[\]%]* from i.
func wordEnd(text string, i int) int {
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			if !wordByte[c] {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			break
		}
		i += size
	}
	return i
}

// dots: \.\s?\.\s?\. at i.
func dots(text string, i int) int {
	n := 0
	for n < 3 {
		if i >= len(text) || text[i] != '.' {
			return 0
		}
		i++
		n++
		if n < 3 && i < len(text) {
			if c := text[i]; (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') && i+1 < len(text) && text[i+1] == '.' {
				i++
			}
		}
	}
	return i
}

// bracketPrefixWord: \[\p{L}{1,2}\][\p{L}\p{N}\p{M}'’‘′`´＇‛.\-\x{2010}\x{2011}\x{00AD}\[\]%]+ at i.
func bracketPrefixWord(text string, i int) int {
	j := i + 1
	letters := 0
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		letters++
		j += size
	}
	if letters == 0 || letters > 2 || j >= len(text) || text[j] != ']' {
		return 0
	}
	e := wordEnd(text, j+1)
	if e == j+1 {
		return 0
	}
	return e
}

// bracketGroup: \[[^\[\]\n]{0,200}\] at i (200 characters at most).
func bracketGroup(text string, i int) int {
	j, n := i+1, 0
	for j < len(text) && n <= 200 {
		r, size := utf8.DecodeRuneInString(text[j:])
		switch r {
		case ']':
			return j + 1
		case '[', '\n':
			return 0
		}
		j += size
		n++
	}
	return 0
}

// groupedNumber: \p{N}{1,3}(?:,\p{N}{3})+(?:\.\p{N}+)?%? at i.
func groupedNumber(text string, i int) int {
	digits := func(j, max int) (int, int) {
		n := 0
		for j < len(text) && (max == 0 || n < max) {
			if c := text[j]; c < utf8.RuneSelf {
				if c < '0' || c > '9' {
					break
				}
				j++
				n++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsNumber(r) {
				break
			}
			j += size
			n++
		}
		return j, n
	}
	j, n := digits(i, 3)
	if n == 0 {
		return 0
	}
	groups := 0
	for j < len(text) && text[j] == ',' {
		k, m := digits(j+1, 3)
		if m != 3 {
			break
		}
		j = k
		groups++
	}
	if groups == 0 {
		return 0
	}
	if j < len(text) && text[j] == '.' {
		if k, m := digits(j+1, 0); m > 0 {
			j = k
		}
	}
	if j < len(text) && text[j] == '%' {
		j++
	}
	return j
}

func appendMatch(out []Token, text string, m []int, base int, quote bool) []Token {
	s := text[m[0]:m[1]]
	start, end := base+m[0], base+m[1]
	if quote && (s == "No." || s == "No" || s == "NO.") && numeralAt(text, m[1]) {
		// "No. 1", "No 10": the abbreviation news copy writes for the
		// speaker's "number" before a numeral, read apart from the word
		// "no" (sameNumbers reads it as the record's "number", or "no"
		// before a number; a quote's "number" is never a record's "no")
		return append(out, tok(numberSign, start, end, false))
	}
	if isASCIILetters(s) {
		if quote && len(s) == 3 && m[0] > 0 && text[m[0]-1] == '(' && m[1] < len(text) && text[m[1]] == ')' && strings.EqualFold(s, "sic") {
			return append(out, Token{Norm: "sic", Start: start, End: end, Kind: Editorial}) // "(sic)", as "[sic]"
		}
		// a plain word: no ellipsis, bracket or trailing periods
		return appendWord(out, s, start, end, false)
	}
	switch {
	case s == "&":
		return append(out, tok("and", start, end, false)) // "rock & roll"
	case s == "…" || strings.HasPrefix(s, "."):
		if quote {
			out = append(out, Token{Norm: "…", Start: start, End: end, Kind: Ellipsis})
		}
		return out
	case s[0] == '[' && s[len(s)-1] == ']' && strings.Count(s, "[") == 1:
		if inner := strings.TrimSpace(s[1 : len(s)-1]); inner == "…" || inner != "" && strings.Trim(inner, ". ") == "" && strings.Count(inner, ".") >= 3 {
			// "[…]", "[...]": an ellipsis in brackets, as some style
			// guides mark an omission
			if quote {
				out = append(out, Token{Norm: "…", Start: start, End: end, Kind: Ellipsis})
			}
			return out
		}
		for _, t := range Tokenize(s[1:len(s)-1], start+1, false) {
			if quote {
				t.Kind = Editorial
			}
			out = append(out, t)
		}
		return out
	}
	if i := strings.Index(s, "..."); i > 0 {
		// an ellipsis between two words with no space ("harbor...and"):
		// the words apart, and the ellipsis of a quote between them
		j := i + 3
		for j < len(s) && s[j] == '.' {
			j++
		}
		if j < len(s) {
			out = appendMatch(out, text, []int{m[0], m[0] + i}, base, quote)
			if quote {
				out = append(out, Token{Norm: "…", Start: start + i, End: start + j, Kind: Ellipsis})
			}
			return appendMatch(out, text, []int{m[0] + j, m[1]}, base, quote)
		}
	}
	ellipsisAfter := false
	if strings.HasSuffix(s, "..") {
		s = strings.TrimRight(s, ".")
		end = start + len(s)
		ellipsisAfter = quote
	}
	marked := strings.ContainsAny(s, "[]")
	written := s
	if marked {
		s = dropBrackets.Replace(s)
	}
	n := len(out)
	out = appendWord(out, s, start, end, marked && quote)
	if marked && quote && len(out) == n+1 {
		out[n].around = bracketAround(written)
	}
	if ellipsisAfter {
		out = append(out, Token{Norm: "…", Start: end, End: base + m[1], Kind: Ellipsis})
	}
	return out
}

// numberSign is the token of the "No." news copy writes before a numeral
// in a quotation (appendMatch): no word of a record folds to it.
const numberSign = "no."

// numeralAt tells whether text has a numeral at i, after spaces (a
// non-breaking one too): "No. 1", "No.\u00a010".
func numeralAt(text string, i int) bool {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r != ' ' && r != '\u00a0' && r != '\u202f' {
			break
		}
		j += size
	}
	return j > i && j < len(text) && text[j] >= '0' && text[j] <= '9'
}

func appendWord(out []Token, s string, start, end int, marked bool) []Token {
	// a word of ASCII letters alone, as most are: of the steps below only
	// the case, a number word, a contraction without an apostrophe
	// ("gonna") and an initialism ("US") concern it (TestAppendWordFastPath
	// holds the two paths equal)
	if w, ok := asciiLetters(s); ok && (len(s) > 3 || !isInitialism(s)) {
		if len(w) >= len(maybeSpecial) || !maybeSpecial[len(w)][w[0]-'a'] {
			return append(out, tok(w, start, end, marked))
		}
		if n, ok := numberWords[w]; ok {
			return append(out, tok(strconv.Itoa(n), start, end, marked))
		}
		if n, ok := ordinalWords[w]; ok {
			return append(out, tok(strconv.Itoa(n), start, end, marked))
		}
		if d, ok := spokenForms[w]; ok {
			return append(out, tok(d, start, end, marked))
		}
		if currencyWords[w] {
			return out
		}
		if parts, ok := contractions[w]; ok {
			for _, p := range parts {
				out = append(out, tok(p, start, end, marked))
			}
			return out
		}
		if us, ok := americanSpelling[w]; ok {
			return append(out, tok(us, start, end, marked)) // "honour" is "honor"
		}
		return append(out, tok(w, start, end, marked))
	}
	return appendWordSlow(out, s, start, end, marked)
}

// maybeSpecial[n][c] is set when a number word, a contraction or a British
// spelling of n letters starts with letter c: the others need no look-up.
var maybeSpecial [24][26]bool

func init() {
	mark := func(w string) {
		if isASCIILetters(w) && len(w) < len(maybeSpecial) && w == strings.ToLower(w) {
			maybeSpecial[len(w)][w[0]-'a'] = true
		}
	}
	for _, words := range []iter.Seq[string]{maps.Keys(numberWords), maps.Keys(contractions), maps.Keys(americanSpelling),
		maps.Keys(ordinalWords), maps.Keys(spokenForms), maps.Keys(currencyWords)} {
		for w := range words {
			mark(w)
		}
	}
}

// asciiLetters returns s in lower case when it is ASCII letters alone.
func asciiLetters(s string) (string, bool) {
	upper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			upper = true
		} else if c < 'a' || c > 'z' {
			return "", false
		}
	}
	if s == "" {
		return "", false
	}
	if upper {
		return strings.ToLower(s), true
	}
	return s, true
}

// isASCIILetters tells whether s is ASCII letters alone (and not empty).
func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// appendWordSlow is appendWord for any word.
func appendWordSlow(out []Token, s string, start, end int, marked bool) []Token {
	dropped := len(s) >= 5 && (strings.HasSuffix(s, "in'") || strings.HasSuffix(s, "in’") || strings.HasSuffix(s, "inʼ"))
	s = strings.TrimRight(s, "-\u2010\u2011\u00ad'’ʼ‘′`´＇‛ʹ")
	if s == "" {
		return out
	}
	if dropped && isASCIILetters(s) && droppedG[strings.ToLower(s)] {
		// a g dropped as a transcript spells it: "goin'" is "going"
		// (of the words speech drops it from: a closing quotation mark
		// after "begin" or "again" is no dropped g)
		return appendWord(out, s+"g", start, end, marked)
	}
	if k := stammered(s); k > 0 {
		// a word begun again, as a transcript writes a stammer: "the-the"
		// is "the", "f-fund" "fund", "I-I-I" "I"
		return appendWord(out, s[k:], start, end, marked)
	}
	if whole, frac, pct, ok := vulgarFraction(s); ok {
		// "3½", "¼", "2¾%": the words a speaker says for them, "3 and a
		// half", "a quarter", "2 and 3 quarters percent" (spokenNumber
		// reads them as it reads "3.5", "0.25")
		if whole != "" {
			out = append(appendNumber(out, whole, start, end, marked), tok("and", start, end, marked))
		}
		for _, w := range strings.Fields(frac) {
			if whole != "" && w == "half" {
				out = append(out, tok("a", start, end, marked)) // "3 and a half"
			}
			out = append(out, tok(w, start, end, marked))
		}
		if pct {
			out = append(out, tok("percent", start, end, marked))
		}
		return out
	}
	if i := strings.IndexByte(s, '%'); i > 0 && i+1 < len(s) {
		// a percent sign inside a word ends a number, as a space would:
		// "50%-owned" is "50 percent owned", "50%off" "50 percent off"
		out = appendWord(out, s[:i+1], start, start+i+1, marked)
		k := i + 1
		for k < len(s) && hyphenLen(s[k:]) > 0 {
			k += hyphenLen(s[k:])
		}
		if k < len(s) {
			out = appendWord(out, s[k:], start+k, end, marked)
		}
		return out
	}
	// U.S., U.K.: capital initials with periods, or the same in capitals
	// without them ("US"), are one abbreviation; "us" in lower case stays a
	// pronoun.
	if i := strings.IndexAny(s, "-\u2010\u2011"); i > 0 && isInitialism(s[:i]) {
		// "U.S.-Japan" is "U.S." and "Japan"
		out = appendWord(out, s[:i], start, start+i, marked)
		n := hyphenLen(s[i:])
		return appendWord(out, s[i+n:], start+i+n, end, marked)
	}
	if isInitialism(s) {
		// the letters, as the same initialism written without periods
		// is ("F.B.I." is "FBI", "U.S.A." is "USA"), but for "U.S." and
		// "US", kept apart from the pronoun "us"
		n := strings.ToLower(strings.ReplaceAll(s, ".", ""))
		switch n {
		case "us":
			n = "us."
		case "ok":
			n = "okay" // "OK", "O.K." and "okay" are one word
		}
		return append(out, Token{Norm: n, Start: start, End: end, Marked: marked})
	}
	if a, ok := strings.CutSuffix(s, "."); ok && a != "" && a[0] >= 'A' && a[0] <= 'Z' {
		if t := spokenTitles[strings.ToLower(a)]; t != "" {
			// a title abbreviated as news copy abbreviates it before a
			// name, in quotations too: "Gov. Reed" is "Governor Reed"
			return append(out, tok(t, start, end, marked))
		}
	}
	w := fold(typedMarks(strings.TrimSuffix(s, ".")))
	w = strings.Trim(w, ".")
	if w == "" {
		return out
	}
	if p, ok := strings.CutSuffix(w, "'s"); ok && p != "" && (p[0] >= '0' && p[0] <= '9' || capitals(strings.TrimSuffix(apostrophes.Replace(strings.TrimSuffix(s, ".")), "'s"))) {
		w = p + "s" // "the 1990's" is "the 1990s", "CEO's" "CEOs"
	}
	if p, ok := strings.CutSuffix(w, "%"); ok {
		// "50%" is "50 percent"
		if n, ok := number(p); ok {
			return append(appendNumber(out, n, start, end, marked), tok("percent", start, end, marked))
		}
	}
	if strings.Contains(w, "%") {
		w = strings.ReplaceAll(w, "%", "")
		if w == "" {
			return out
		}
	}
	if h, mm, ampm, ok := pointedClock(w); ok {
		// a time as British copy writes it, "9.30pm": the hour, the
		// minutes and "pm" apart, as "9:30 p.m." is
		out = appendWord(out, h, start, end, marked)
		out = appendWord(out, mm, start, end, marked)
		return append(out, tok(ampm, start, end, marked))
	}
	switch w {
	case "1st":
		return append(out, tok("first", start, end, marked)) // (see ordinalWords)
	case "2nd":
		return append(out, tok("second", start, end, marked))
	}
	if n, ok := ordinalNumeral(w); ok {
		return appendNumber(out, n, start, end, marked) // "21st" is "21", as "twenty-first" is
	}
	if d, ok := spokenForms[w]; ok {
		return append(out, tok(d, start, end, marked))
	}
	if currencyWords[w] {
		return out
	}
	if n, scale, ok := scaleAbbreviated(w); ok {
		// "$3bn", "£250m", "$2tn", as British copy writes them: the
		// numeral and its scale, as "3 billion" is
		return append(appendNumber(out, n, start, end, marked), tok(scale, start, end, marked))
	}
	if n, ok := number(w); ok {
		if readInPairs(w) {
			return append(out, tok(n, start, end, marked))
		}
		return appendNumber(out, n, start, end, marked)
	}
	if parts, ok := contractions[w]; ok {
		for _, p := range parts {
			out = append(out, tok(p, start, end, marked))
		}
		return out
	}
	for _, sc := range suffixContractions {
		if strings.HasSuffix(w, sc.suffix) && len(w) > len(sc.suffix) {
			out = appendWord(out, w[:len(w)-len(sc.suffix)], start, end, marked)
			return append(out, tok(sc.word, start, end, marked))
		}
	}
	w = strings.TrimSuffix(w, "'")
	// a hyphenated compound is one word, hyphens dropped: "like-minded"
	// and "likeminded" are equal, and the aligner joins "like minded" or
	// "shoulder to shoulder" when the other side writes them apart; a
	// number word in it is its digits, as it is alone ("five-year" is
	// "5-year", "twenty-four-hour" "24-hour"), and a British spelling
	// its American one ("centre-left" is "center-left")
	if parts, ok := numberRun(w); ok {
		// numbers joined by hyphens, a range or a score ("10-12",
		// "seven-two", "twenty-four-seven"): each is its own number, as
		// when written apart, never the one their digits make together
		// ("10-12" is not 1012, nor "seven-two" seventy-two)
		for _, n := range parts {
			out = appendNumber(out, n, start, end, marked)
		}
		return out
	}
	if respelt[w] {
		return append(out, tok(w, start, end, marked)) // "re-sign" is not "resign"
	}
	if strings.ContainsAny(w, "-.") {
		w = dropJoins.Replace(compoundParts(w))
	}
	if us, ok := americanSpelling[w]; ok {
		w = us
	} else if p, ok := strings.CutSuffix(w, "'s"); ok && americanSpelling[p] != "" {
		w = americanSpelling[p] + "'s" // "the organisation's"
	}
	return append(out, tok(w, start, end, marked))
}

// pauseAfter tells whether punctuation that ends a clause follows the
// word of text ending at end, with words after it (Token.pause): "Well,
// fund the clinic", "Well. We fund it". A dash or an ellipsis is no such
// mark (a speaker breaks off after a contraction: "We'll -- we will"), nor
// a comma closing the text (a quotation split by its attribution:
// “Well,” Reed said, “…”).
func pauseAfter(text string, end int) bool {
	if end <= 0 || end > len(text) {
		return false
	}
	at := end
	if text[end-1] == '.' {
		at = end - 1 // the tokenizer takes a word's period with it: "Well."
	} else if at >= len(text) || !strings.ContainsRune(",;:!?.", rune(text[at])) {
		return false
	}
	if strings.HasPrefix(text[at:], "..") {
		return false
	}
	return strings.IndexFunc(text[at+1:], unicode.IsLetter) >= 0
}

// respelt are the words "re-" makes with a hyphen that are other words
// without it: "re-sign" (sign again) is not "resign", "re-cover" not
// "recover", "re-form" not "reform". Such a word keeps its hyphen, where
// any other compound drops it ("re-elect" is "reelect").
var respelt = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("sent laid creation collection presentation formation") {
		m["re-"+w] = true // "re-sent" is not "resent"
	}
	for _, base := range strings.Fields("sign cover form press lease mark present serve sort strain treat solve act fund collect dress lay") {
		stem := strings.TrimSuffix(base, "e")
		for _, w := range []string{base, base + "s", stem + "ed", stem + "ing"} {
			m["re-"+w] = true
		}
	}
	return m
}()

// stammered is the offset in s, a word, of the part a speaker stammers
// into, past the parts before it that begin it again, each the word
// itself ("the-the", "I-I-I think") or its first letter ("f-fund",
// "w-we're"); 0 when s begins with no such part. Words that say a part
// twice on purpose are no stammer ("so-so", "win-win", "bye-bye":
// reduplicated), nor numbers ("ten-ten", a score), nor a letter before a
// word it does not begin ("e-mail", "x-ray").
func stammered(s string) int {
	k := 0
	for {
		i := strings.IndexByte(s[k:], '-')
		if i <= 0 {
			return k
		}
		part, rest := s[k:k+i], s[k+i+1:]
		next := rest
		if j := strings.IndexByte(rest, '-'); j >= 0 {
			next = rest[:j]
		}
		p, n := fold(typedMarks(part)), fold(typedMarks(next))
		if !isASCIILetters(p) || n == "" || reduplicated[p] {
			return k
		}
		if _, num := numberWords[p]; num {
			return k
		}
		if p != n && (len(p) != 1 || len(n) < 2 || n[0] != p[0]) {
			return k
		}
		k += i + 1
	}
}

// reduplicated are the words English says twice as one word ("a so-so
// plan", "a win-win deal"), which stammered keeps whole.
var reduplicated = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`so no bye win yo go tut hush pooh knock night tom pom choo boo cha hip rah ha ho hee
	goody never dum chop can bling tsk tick pee poo mama papa chi tai bon wah hum tutu walla bora sing pago baden aye`) {
		m[w] = true
	}
	return m
}()

// vulgarFractions are the fractions news copy writes as one character
// ("3½ years", AP's style for a fraction after a whole number), with the
// words a speaker says for them; after a whole number "½" is "and a half"
// (vulgarFraction).
var vulgarFractions = map[rune]string{'½': "half", '¼': "a quarter", '¾': "3 quarters"}

// vulgarFraction reads a word written as a numeral with a fraction of
// vulgarFractions after it, or the fraction alone, and a percent sign
// after them if any ("3½", "½", "2¾%"): the numeral's digits ("" for
// none), the fraction's words and whether a percent sign follows.
func vulgarFraction(s string) (whole, frac string, percent bool, ok bool) {
	s, percent = strings.CutSuffix(s, "%")
	r, size := utf8.DecodeLastRuneInString(s)
	frac, ok = vulgarFractions[r]
	if !ok {
		return "", "", false, false
	}
	whole = s[:len(s)-size]
	if whole != "" && (!allDigits(whole) || whole[0] == '0') {
		return "", "", false, false
	}
	return whole, frac, percent, true
}

// scaleAbbreviated reads a folded word that is a numeral with the scale
// news copy abbreviates after it ("3bn", "1.5bn", "250m", "2tn"): the
// numeral's digits and the scale's word ("billion").
func scaleAbbreviated(w string) (n, scale string, ok bool) {
	for _, a := range [...]struct{ abbr, word string }{{"bn", "billion"}, {"tn", "trillion"}, {"m", "million"}} {
		if p, cut := strings.CutSuffix(w, a.abbr); cut && p != "" && p[0] >= '1' && p[0] <= '9' && strings.Trim(p, "0123456789.,") == "" {
			if n, ok := number(p); ok {
				return n, a.word, true
			}
		}
	}
	return "", "", false
}

// pointedClock reads a folded word that is a time with a point between
// its hour and its minutes and am or pm after them ("9.30pm", "11.05a.m"):
// the hour ("9"), the minutes ("30") and "am" or "pm".
func pointedClock(w string) (hour, minutes, ampm string, ok bool) {
	i := strings.IndexByte(w, '.')
	if i < 1 || i > 2 || len(w) < i+5 || !allDigits(w[:i]) || !allDigits(w[i+1:i+3]) || w[i+1] > '5' {
		return "", "", "", false
	}
	switch w[i+3:] {
	case "am", "pm", "a.m", "p.m":
		return w[:i], w[i+1 : i+3], strings.ReplaceAll(w[i+3:], ".", ""), true
	}
	return "", "", "", false
}

// bracketAround is the around of a marked word as written (Token.around).
// A word with a bracket left open or closed alone ("10]", "[s", "a]b[c")
// has none: it stands in for no word.
func bracketAround(w string) string {
	i, j := strings.IndexByte(w, '['), strings.LastIndexByte(w, ']')
	if i < 0 || j < i || strings.IndexByte(w, ']') < i || strings.LastIndexByte(w, '[') > j {
		return ""
	}
	pre, suf := w[:i], w[j+1:]
	norm := func(x string) string { return strings.Trim(fold(apostrophes.Replace(x)), ".") }
	return norm(pre) + "\x00" + norm(suf)
}

// standsInFor tells whether the marked word t is the record's word rec
// with letters changed inside its brackets alone: "rebuild[s]" for
// "rebuild", "[s]he" for "he", "harbor['s]" for "harbor".
func (t *Token) standsInFor(rec string) bool {
	if t.around == "" {
		return false
	}
	pre, suf, _ := strings.Cut(t.around, "\x00")
	// both words keep the letters outside the brackets: a fold may have
	// made the quote's word another ("[e]ight" is "8", which "right" does
	// not stand for)
	for _, w := range []string{rec, t.Norm} {
		if len(pre)+len(suf) > len(w) || !strings.HasPrefix(w, pre) || !strings.HasSuffix(w, suf) {
			return false
		}
	}
	return !flipsNegation(t.Norm, rec, pre, suf)
}

// flipsNegation tells whether the letters a bracket changes inside a word
// (the quote's word q for the record's rec, both with pre and suf at
// their ends) turn it around: a negation or qualifier made or unmade
// ("[n]ever" for "ever", "[P]ossible" for "impossible"), or a negating
// prefix or suffix added or taken away ("[un]fair", "care[less]" for
// "careful", "can[not]" for "can").
func flipsNegation(q, rec, pre, suf string) bool {
	if negations[q] != negations[rec] || qualifiers[q] != qualifiers[rec] {
		return true
	}
	qMid, recMid := q[len(pre):len(q)-len(suf)], rec[len(pre):len(rec)-len(suf)]
	for _, mid := range []string{qMid, recMid} {
		if pre == "" {
			for _, p := range negatingPrefixes {
				if strings.HasPrefix(mid, p) {
					return true
				}
			}
		}
		if suf == "" {
			for _, x := range negatingSuffixes {
				if strings.HasSuffix(mid, x) {
					return true
				}
			}
		}
	}
	return false
}

// negatingPrefixes and negatingSuffixes are the letters that, added to a
// word or taken from it, deny it.
var (
	negatingPrefixes = []string{"un", "in", "im", "il", "ir", "non", "dis", "mis", "anti"}
	negatingSuffixes = []string{"less", "not", "n't", "nt"}
)

// droppedG are the words a transcript may write with their g dropped
// and an apostrophe ("goin'", "nothin'"), without it.
var droppedG = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`goin doin nothin somethin anythin everythin talkin sayin gettin makin takin comin
		lookin thinkin tryin workin runnin puttin livin givin askin tellin keepin playin waitin walkin fightin
		lyin feelin callin payin buildin standin sittin leavin movin startin stoppin kiddin messin fixin
		rockin rollin missin winnin losin wonderin willin hopin followin hangin bringin buyin
		sellin drivin flyin eatin drinkin sleepin helpin hearin watchin listenin pushin pullin`) {
		m[w] = true
	}
	return m
}()

// compoundParts writes the number words among the hyphenated parts of w
// as digits: "five-year" is "5-year", "twenty-four-hour" "24-hour" (a tens
// word and a ones word are one number; numbers of a hundred and more are
// left as they are); and a British spelling among them as the American
// one, as it is alone: "self-defence" is "self-defense".
func compoundParts(w string) string {
	if strings.IndexByte(w, '-') < 0 {
		return w
	}
	parts := strings.Split(w, "-")
	changed := false
	// a number beside another is left in words: digits run together once
	// the hyphens go, and "seven-two" (a vote) would be "72", as
	// "seventy-two" is
	isNum := func(k int) bool {
		if k < 0 || k >= len(parts) {
			return false
		}
		_, ok := numberWords[parts[k]]
		return ok || allDigits(parts[k])
	}
	for i := 0; i < len(parts); i++ {
		if i+1 < len(parts) {
			if n, ok := number(parts[i] + "-" + parts[i+1]); ok && !allDigits(parts[i]) {
				if !isNum(i-1) && !isNum(i+2) {
					parts[i], parts[i+1] = n, ""
					changed = true
				}
				i++
				continue
			}
		}
		if n, ok := numberWords[parts[i]]; ok && !isNum(i-1) && !isNum(i+1) {
			parts[i] = strconv.Itoa(n)
			changed = true
		} else if n, ok := ordinalWords[parts[i]]; ok && !isNum(i-1) && !isNum(i+1) {
			parts[i] = strconv.Itoa(n) // "fourth-quarter" is "4th-quarter"; "seven-second" stays a length
			changed = true
		} else if n, ok := ordinalNumeral(parts[i]); ok && !isNum(i-1) && !isNum(i+1) {
			parts[i] = n
			changed = true
		} else if d, ok := spokenForms[parts[i]]; ok {
			parts[i] = d // "mid-nineties"
			changed = true
		} else if currencyWords[parts[i]] {
			parts[i] = "" // "a one-dollar bill" is "a $1 bill"
			changed = true
		} else if us, ok := americanSpelling[parts[i]]; ok {
			parts[i] = us
			changed = true
		}
	}
	if !changed {
		return w
	}
	return strings.Join(parts, "-")
}

// numberRun is the numbers of a word of numbers joined by hyphens alone
// ("10-12", "seven-two"), in digits, a tens and a ones beside it read as
// one ("twenty-four-seven" is 24 and 7); ok is false for other words.
func numberRun(w string) ([]string, bool) {
	if !strings.Contains(w, "-") {
		return nil, false
	}
	parts := strings.Split(w, "-")
	out := make([]string, 0, len(parts))
	for i, p := range parts {
		n, ok := numberWords[p]
		ord, isOrd := ordinalWords[p]
		switch {
		case ok:
			p = strconv.Itoa(n)
		case isOrd && i > 0:
			// a fraction, "one-third", is its numbers, as "one third"
			// written apart is ("thirty-second" stays a length of time:
			// "second" is no ordinal word)
			out = append(out, strconv.Itoa(ord))
			continue
		case !allDigits(p):
			return nil, false
		}
		if k := len(out) - 1; k >= 0 {
			if n, ok := tensAndOnes(out[k], p); ok {
				out[k] = n // "twenty-four"
				continue
			}
		}
		out = append(out, p)
	}
	return out, true
}

// tensAndOnes is the number a tens and a ones spoken in a row make, in
// digits ("20" "4" is "24"); ok is false for other numbers.
func tensAndOnes(tens, ones string) (string, bool) {
	if len(tens) == 2 && tens[0] >= '2' && tens[0] <= '9' && tens[1] == '0' && len(ones) == 1 && ones[0] >= '1' && ones[0] <= '9' {
		return tens[:1] + ones, true
	}
	return "", false
}

// readInPairs tells whether the written word w is a numeral a speaker
// reads as two numbers, as a year is ("1990" is "nineteen ninety", "2024"
// "twenty twenty-four"): four digits with no separator, the first two 10
// to 20 and the last two 10 to 99. Such a numeral stays one word, so that
// the record's two numbers written apart join to it as a compound does;
// read as "1 thousand 9 hundred 90" it would match neither. ("2000",
// "2005" and "1,990" are read as a number is.)
func readInPairs(w string) bool {
	if len(w) != 4 || !allDigits(w) {
		return false
	}
	return w[:2] >= "10" && w[:2] <= "20" && w[2:] >= "10"
}

// capitals tells whether s is two or more ASCII capitals alone ("CEO").
func capitals(s string) bool {
	return len(s) >= 2 && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// allDigits tells whether s is ASCII digits alone.
func allDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// scaleWords name the powers of a thousand a number is read in.
var scaleWords = [...]string{"", "thousand", "million", "billion", "trillion"}

// appendNumber appends the number n (digits, from number) as the words it
// is read in, each number of them in digits, so that a numeral and the
// same number in words are the same words: "2,000" is "2 thousand", as
// "two thousand" is, and "2,500" and "two thousand five hundred" are both
// "2 thousand 5 hundred". A number below 100, one with a fraction and one
// too long to read so is a word of its own.
func appendNumber(out []Token, n string, start, end int, marked bool) []Token {
	if len(n) < 3 || len(n) > 3*len(scaleWords) || !allDigits(n) || n[0] == '0' {
		return append(out, tok(n, start, end, marked))
	}
	for g := (len(n) - 1) / 3; g >= 0; g-- {
		// the group of three digits (or fewer, at the head) of scale g
		hi := len(n) - 3*g
		v, _ := strconv.Atoi(n[max(0, hi-3):hi])
		if v == 0 {
			continue
		}
		if v >= 100 {
			out = append(out, tok(strconv.Itoa(v/100), start, end, marked), tok("hundred", start, end, marked))
		}
		if v%100 > 0 {
			out = append(out, tok(strconv.Itoa(v%100), start, end, marked))
		}
		if g > 0 {
			out = append(out, tok(scaleWords[g], start, end, marked))
		}
	}
	return out
}

// the replacers of appendWord and number, built once (a Replacer is safe
// for concurrent use)
var (
	dropSeparators = strings.NewReplacer(",", "", "\u00a0", "")
	dropBrackets   = strings.NewReplacer("[", "", "]", "")
	// the right single quotation mark, the modifier letters; and in a word
	// only (no word starts with them), the left single quotation mark, the
	// prime, the backtick, the acute accent of a European keyboard, the
	// full-width apostrophe and the reversed quotation mark that copy
	// pasted from the web puts for an apostrophe ("don‘t", "I′m", "we`re",
	// "don´t", "don＇t"); the modifier prime ("donʹt") is a letter, and
	// the acute accent must go before folding, which reads it as a space
	apostrophes = strings.NewReplacer("’", "'", "ʼ", "'", "ʹ", "'", "‘", "'", "′", "'", "`", "'", "´", "'", "＇", "'", "‛", "'")
	dropJoins   = strings.NewReplacer("-", "", ".", "")
	// the hyphens word processors type, U+2010 and the non-breaking
	// U+2011, are the hyphen: "re‑sign" is "re-sign", not "resign"; the
	// soft hyphen U+00AD, a place the word may break, is none ("re\u00adsign"
	// is "resign")
	hyphens = strings.NewReplacer("\u2010", "-", "\u2011", "-", "\u00ad", "")
)

// typedMarks is s with the apostrophes and hyphens typed as other
// characters read as "'" and "-" (apostrophes, hyphens): s itself, with
// no copy made, when it holds none of them (no byte past ASCII, no
// backtick), as most words do.
func typedMarks(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '`' {
			return hyphens.Replace(apostrophes.Replace(s))
		}
	}
	return s
}

func tok(norm string, start, end int, marked bool) Token {
	return Token{Norm: norm, Start: start, End: end, Marked: marked}
}

// isInitialism: "U.S.", "U.S", "US", "UK", "U.N." — two or three capitals,
// alone or each followed by a period.
func isInitialism(s string) bool {
	letters := strings.ReplaceAll(s, ".", "")
	n := utf8.RuneCountInString(letters)
	if n < 2 || n > 3 {
		return false
	}
	for _, r := range letters {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	if strings.Contains(s, ".") {
		return true
	}
	return letters == "US" || letters == "UK" || letters == "UN" || letters == "EU"
}

// stopwords carry little meaning on their own; paraphrase scoring gives them
// a low weight.
var stopwords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an the and or but if of to in on at by for with from as is are was were be been being am
	it its this that these those there here i me my we us our you your he him his she her they them their what which who whom
	whose not no do does did have has had will would shall should can could may might must so than then too very just also
	about into over under up down out off again further once all any both each few more most other some such only own same
	when where why how while because until against between through during before after above below s t now let get got`) {
		stopwords[w] = true
	}
}

// negations are the qualifiers that deny: one a bracket adds turns the
// record's words around ("we will [not] rebuild").
var negations = map[string]bool{"not": true, "no": true, "never": true, "nor": true, "neither": true,
	"none": true, "nothing": true, "nobody": true, "without": true}

// quantifiers are the words that say how much, how often or how surely
// (a condition too), which a bracket holding nothing else puts in the
// speaker's mouth: "we will cut [all] taxes", "[only]", "[always]"
// (bracketQualifies). Modals are not among them: a bracket may change a
// tense ("he [could]" for "I can").
var quantifiers = setOfWords(`all every each always only entire whole everybody everything completely
	totally entirely solely forever definitely certainly absolutely some almost nearly partly partially hardly
	barely seldom rarely sometimes perhaps maybe possibly probably if unless except until`)

// setOfWords is the set of the words of s.
func setOfWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// qualifiers are the words whose loss changes what was said: negations,
// conditions and hedges. Dropping one even with an ellipsis or brackets
// makes a quote altered, not faithful.
var qualifiers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`not no never nor neither none nothing nobody without if unless until except only almost nearly
	perhaps maybe possibly probably might may could partly partially hardly barely seldom rarely sometimes some`) {
		qualifiers[w] = true
	}
}
