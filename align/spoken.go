package align

import (
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// Numbers and times as a speaker says them and as news copy writes them.
// The tokenizer folds a number's words to digits one word at a time
// ("one and a half million" is "1 and a half million", "$1.5 million"
// "1.5 million"), which leaves the two apart; sameNumbers reads the words
// around a change whole, so that a quote that writes the record's number
// otherwise is no change:
//
//	"one and a half million"  "$1.5 million"  1500000
//	"two and a half years"    "2.5 years"     2.5 years
//	"half a million dollars"  "$500,000"      500000 ("a half million" too)
//	"three quarters"          "0.75"          0.75
//	"ten in the morning"      "10 a.m."       10:00 a.m. ("10:00 a.m." too)
//	"the nineties"            "the 1990s"     the decade 1990 ("the '90s" too)
//
// Another number is still a change: "$2.5 million" against "one and a half
// million" reads 2500000 against 1500000.

// sameNumbers tells, of each op of al, whether it is a change that says
// the same numbers as the record's words it stands against; nil when none
// is. A group of changes (with at most maxGroupEqual equal words among
// them, "half [a] million" against "a half million", and after them
// where the quote ends) is read with the
// equal words on either side of it (up to maxNumberContext each), which
// both sides share: "am" against the record's "in the morning" is a time
// after the shared "10". Where the quote ends (or begins) within the
// change, the record's free end is read on for up to maxNumberContext
// words ("We raised $500,000" aligns "500,000" as an insertion after
// "raised", where the record goes on "half a million"), as long as the
// word after them would not change the number ("half" is not the record's
// "0.5 million" cut short). n is the number of record words recWord reads.
func sameNumbers(q []Token, al Alignment, recWord func(int) string, n int) []bool {
	var same []bool
	ops := al.Ops
	for x := 0; x < len(ops); x++ {
		if !isChange(ops[x].Kind) {
			continue
		}
		// the group: changes from x to y, short equal runs between them
		y := x
		for z := x + 1; z < len(ops); z++ {
			if isChange(ops[z].Kind) {
				y = z
				continue
			}
			if ops[z].Kind != OpEqual || ops[z].Q1-ops[z].Q0 > maxGroupEqual {
				break
			}
			if z+1 == len(ops) {
				y = z // the quote ends within the number: "$1.5 million" for "a million and a half"
				break
			}
			if !isChange(ops[z+1].Kind) {
				break
			}
		}
		if sameNumbersIn(q, ops, x, y, recWord, n) {
			if same == nil {
				same = make([]bool, len(ops))
			}
			for z := x; z <= y; z++ {
				same[z] = true
			}
		}
		x = y
	}
	return same
}

// maxGroupEqual bounds the equal words within a group of changes, and
// maxNumberContext the words read on either side of it: a number or a time
// is a few words.
const (
	maxGroupEqual    = 2
	maxNumberContext = 6
	// maxNumberWords bounds the words either side of a group may hold
	maxNumberWords = 8
)

func isChange(k OpKind) bool { return k == OpSubstitute || k == OpInsert || k == OpDelete }

// sameNumbersIn tells whether the ops x to y (a group of changes) say the
// same as the record's words they stand against, read as numbers.
func sameNumbersIn(q []Token, ops []Op, x, y int, recWord func(int) string, n int) bool {
	// (most changes are no number said otherwise: a long change, or one
	// whose sides do not both hold a word of a number or a time, save
	// where the quote ends or begins within it; told before anything is
	// made)
	if ops[y].Q1-ops[x].Q0 > maxNumberWords || ops[y].R1-ops[x].R0 > maxNumberWords {
		return false
	}
	qs, rs := false, false
	for _, t := range q[ops[x].Q0:ops[y].Q1] {
		if t.Kind != Word || t.Marked {
			return false
		}
		qs = qs || spokenNumberWord(t.Norm) || t.Norm == numberSign
	}
	for k := ops[x].R0; !rs && k < ops[y].R1; k++ {
		w := recWord(k)
		rs = spokenNumberWord(w) || w == "number" || w == "no"
	}
	// a change of one side alone holds no word of the other: "9 a.m."
	// drops the record's "00" of "9:00 a.m.", as AP writes a time on the
	// hour
	atEnd := x == 0 || y+1 == len(ops)
	oneSided := ops[y].Q1 == ops[x].Q0 || ops[y].R1 == ops[x].R0
	if !(qs && rs) && !((atEnd || oneSided) && (qs || rs)) {
		return false
	}
	qw := make([]string, 0, ops[y].Q1-ops[x].Q0)
	for _, t := range q[ops[x].Q0:ops[y].Q1] {
		qw = append(qw, t.Norm)
	}
	rw := make([]string, 0, ops[y].R1-ops[x].R0)
	for k := ops[x].R0; k < ops[y].R1; k++ {
		rw = append(rw, recWord(k))
	}
	// the shared words before and after
	var before, after []string
	if x > 0 && ops[x-1].Kind == OpEqual {
		for k := max(ops[x-1].Q0, ops[x-1].Q1-maxNumberContext); k < ops[x-1].Q1; k++ {
			before = append(before, q[k].Norm)
		}
	}
	if y+1 < len(ops) && ops[y+1].Kind == OpEqual {
		for k := ops[y+1].Q0; k < min(ops[y+1].Q1, ops[y+1].Q0+maxNumberContext); k++ {
			after = append(after, q[k].Norm)
		}
	}
	// each side read as written, then, where either has a numeral with
	// two digits after its point, with those said apart (pointedApart:
	// "9.30" for "9:30" or "nine thirty", "$2.50" for "two fifty")
	return sameNumbersRead(ops, x, y, qw, rw, before, after, recWord, n, false) ||
		pointedApart(slices.Concat(qw, rw)) != nil && sameNumbersRead(ops, x, y, qw, rw, before, after, recWord, n, true)
}

// sameNumbersRead is sameNumbersIn's reading of the quote's words qw
// against the record's rw, the equal words before and after them shared,
// with the numerals that pointedApart splits said apart if apart.
func sameNumbersRead(ops []Op, x, y int, qw, rw, before, after []string, recWord func(int) string, n int, apart bool) bool {
	items := func(ws []string) []string {
		if a := pointedApart(ws); apart && a != nil {
			ws = a
		}
		return spokenItems(ws)
	}
	read := func(rec []string) []string {
		return items(numberSigns(slices.Concat(before, rec, after), len(before), len(before)+len(rec)))
	}
	want := items(slices.Concat(before, qw, after))
	if slices.Equal(read(rw), want) {
		return true
	}
	// the quote's end within the change: the record's words after it
	if y+1 == len(ops) {
		r1 := ops[y].R1
		for k := 1; k <= maxNumberContext && r1+k <= n; k++ {
			ext := slices.Clone(rw)
			for j := r1; j < r1+k; j++ {
				ext = append(ext, recWord(j))
			}
			got := read(ext)
			if slices.Equal(got, want) {
				// the next record word must not join the number
				if r1+k == n {
					return true
				}
				longer := read(append(ext, recWord(r1+k)))
				return len(longer) > len(got) && slices.Equal(longer[:len(got)], got)
			}
		}
	}
	// the quote's start within the change: the record's words before it
	if x == 0 {
		r0 := ops[x].R0
		for k := 1; k <= maxNumberContext && r0-k >= 0; k++ {
			var ext []string
			for j := r0 - k; j < r0; j++ {
				ext = append(ext, recWord(j))
			}
			ext = append(ext, rw...)
			got := read(ext)
			if slices.Equal(got, want) {
				if r0-k == 0 {
					return true
				}
				longer := read(append([]string{recWord(r0 - k - 1)}, ext...))
				return len(longer) > len(got) && slices.Equal(longer[len(longer)-len(got):], got)
			}
		}
	}
	return false
}

// numberSigns reads the record's words ws[lo:hi] with "number" and "no"
// before a numeral as the "No." of news copy (numberSign): a quote's "the
// No. 1 priority" is the record's "the number one priority", and its "No.
// 1" too. Only the quote's abbreviation is read so, never its word
// "number", for a record's "no two harbors" is no "number two harbors";
// nor a word both sides share (ws outside lo and hi), which the quote
// reads as written: "our number 2.5 million voters" for the record's "our
// number two and a half million voters".
func numberSigns(ws []string, lo, hi int) []string {
	for i := lo; i < hi && i+1 < len(ws); i++ {
		if (ws[i] == "number" || ws[i] == "no") && allDigits(ws[i+1]) {
			ws[i] = numberSign
		}
	}
	return ws
}

// pointedApart is ws with each numeral of one or two digits, a point and
// two digits ("9.30", "2.50") read as the two numbers a speaker says for
// it, the time British copy writes so ("9.30" for "9:30", "nine thirty")
// or a price ("two fifty"); nil when ws has none. A hundredth said as a
// decimal ("nine point three zero") is the numeral itself, read first.
func pointedApart(ws []string) []string {
	var out []string
	for i, w := range ws {
		j := strings.IndexByte(w, '.')
		if j < 1 || j > 2 || len(w) != j+3 || w[0] == '0' || !allDigits(w[:j]) || !allDigits(w[j+1:]) {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = slices.Clone(ws[:i])
		}
		out = append(out, w[:j], w[j+1:])
	}
	return out
}

// spokenNumberWord tells whether w may be part of a number or a time that
// the two sides write otherwise.
func spokenNumberWord(w string) bool {
	switch w {
	case "half", "quarter", "quarters", "am", "pm", "morning", "afternoon", "evening":
		return true
	}
	return isNumeral(w) || isDecade(w)
}

// isDecade tells whether w is a decade written in digits, "90s" or
// "1990s" (the tokenizer reads "the '90s", "the nineties" and "the
// 1990's" so).
func isDecade(w string) bool {
	d, ok := strings.CutSuffix(w, "s")
	return ok && (len(d) == 2 || len(d) == 4) && allDigits(d) && d[len(d)-1] == '0'
}

// decadeAt reads a decade at the head of ws as news copy writes it with
// its century, "~1990s": "1990s", and "90s" of 20s to 90s, which a speaker
// says for the decades of the 1900s ("the nineties", "the '90s", and "the
// nineteen nineties", "19" "90s"); k is 0 when ws does not start with one.
// A decade written with another century is its own ("1890s", "2020s"), and
// "00s" and "10s" name no century: "the '20s" is no "2020s", nor "the
// nineties" the "1890s".
func decadeAt(ws []string) (item string, k int) {
	switch {
	case len(ws) >= 2 && ws[0] == "19" && isDecade(ws[1]) && len(ws[1]) == 3 && ws[1] >= "20s":
		return "~19" + ws[1], 2 // "nineteen nineties"
	case len(ws) >= 1 && isDecade(ws[0]) && len(ws[0]) == 5:
		return "~" + ws[0], 1
	case len(ws) >= 1 && isDecade(ws[0]) && ws[0] >= "20s":
		return "~19" + ws[0], 1
	}
	return "", 0
}

// spokenItems reads folded words as a list of numbers ("#3/2"), times
// ("@10:00am") and the other words as they are: "1 and a half million"
// and "1.5 million" are both [#1500000], "10 in the morning" and "10 00
// am" both [@10:00am].
func spokenItems(ws []string) []string {
	out := make([]string, 0, len(ws))
	for i := 0; i < len(ws); {
		if item, k := decadeAt(ws[i:]); k > 0 {
			out = append(out, item)
			i += k
			continue
		}
		if item, k := clockTime(ws[i:]); k > 0 {
			out = append(out, item)
			i += k
			continue
		}
		if v, k := spokenNumber(ws[i:]); k > 0 {
			out = append(out, "#"+v.RatString())
			i += k
			continue
		}
		out = append(out, ws[i])
		i++
	}
	return out
}

// clockTime reads a time of day at the head of ws: an hour of 1 to 12,
// minutes of two digits if any, and "am", "pm", "in the morning", "in the
// afternoon" or "in the evening" ("10 in the morning" and "10:00 a.m." are
// "@10:00am"); k is 0 when ws does not start with one. An hour with no
// such word after it is a number.
func clockTime(ws []string) (item string, k int) {
	if len(ws) < 2 || !allDigits(ws[0]) || ws[0][0] == '0' || len(ws[0]) > 2 {
		return "", 0
	}
	h, _ := strconv.Atoi(ws[0])
	if h > 12 {
		return "", 0
	}
	minutes, k := "00", 1
	if len(ws[1]) == 2 && allDigits(ws[1]) && ws[1] < "60" {
		minutes, k = ws[1], 2
	}
	rest := ws[k:]
	switch {
	case len(rest) >= 1 && (rest[0] == "am" || rest[0] == "pm"):
		return "@" + ws[0] + ":" + minutes + rest[0], k + 1
	case len(rest) >= 3 && rest[0] == "in" && rest[1] == "the":
		switch rest[2] {
		case "morning":
			return "@" + ws[0] + ":" + minutes + "am", k + 3
		case "afternoon", "evening":
			return "@" + ws[0] + ":" + minutes + "pm", k + 3
		}
	}
	return "", 0
}

// fractionWords are the fractions a speaker says after "a" or "and a":
// "one and a half", "a quarter million".
var fractionWords = map[string]*big.Rat{"half": big.NewRat(1, 2), "quarter": big.NewRat(1, 4)}

// scaleValues are the values of scaleWords: "thousand" is 1000.
var scaleValues = func() map[string]*big.Rat {
	m := map[string]*big.Rat{}
	v := big.NewInt(1)
	for _, s := range scaleWords[1:] {
		v = new(big.Int).Mul(v, big.NewInt(1000))
		m[s] = new(big.Rat).SetInt(v)
	}
	return m
}()

// spokenNumber reads a number at the head of ws as a speaker says it, its
// words folded (numerals in digits): "1.5", "1 and a half", "5 hundred
// thousand", "half a million", "a half million", "a million and a half",
// "3 quarters", "2 hundred and 50", "3 point 2"; k is the words read, 0
// when ws does not start with a number.
func spokenNumber(ws []string) (v *big.Rat, k int) {
	const (
		none = iota
		num
		hundred
		scale
		fraction
	)
	total, cur := new(big.Rat), new(big.Rat)
	last := none
	var lastScale *big.Rat // the scale read last, for "a million and a half"
	at := func(i int) string {
		if i < len(ws) {
			return ws[i]
		}
		return ""
	}
	isScale := func(w string) (*big.Rat, bool) {
		s, ok := scaleValues[w]
		return s, ok
	}
	numeral := func(w string) (*big.Rat, bool) {
		if !isNumeral(w) {
			return nil, false
		}
		return new(big.Rat).SetString(w)
	}
	small := func(r *big.Rat, below int64) bool { // a whole number in [1, below)
		return r.IsInt() && r.Sign() > 0 && r.Cmp(big.NewRat(below, 1)) < 0
	}
	// fractionAt reads "a half", "half", "a quarter", "3 quarters" at i:
	// the fraction and the words it takes
	fractionAt := func(i int) (*big.Rat, int) {
		if at(i) == "a" {
			if f, ok := fractionWords[at(i+1)]; ok {
				return f, 2
			}
		}
		if at(i) == "half" {
			return fractionWords["half"], 1
		}
		if d, ok := numeral(at(i)); ok && small(d, 4) && at(i+1) == "quarters" {
			return new(big.Rat).Quo(d, big.NewRat(4, 1)), 2
		}
		return nil, 0
	}
	i := 0
loop:
	for i < len(ws) {
		w := ws[i]
		if s, ok := isScale(w); ok {
			if (last != num && last != hundred && last != fraction) || cur.Sign() == 0 || lastScale != nil && s.Cmp(lastScale) >= 0 {
				break
			}
			total.Add(total, new(big.Rat).Mul(cur, s))
			cur = new(big.Rat)
			last, lastScale = scale, s
			i++
			continue
		}
		switch {
		case w == "hundred":
			if last != num || !small(cur, 100) {
				break loop
			}
			cur.Mul(cur, big.NewRat(100, 1))
			last = hundred
			i++
		case w == "a" && last == none:
			if f, k := fractionAt(i); k > 0 {
				cur.Set(f) // "a half million"
				last = fraction
				i += k
				continue
			}
			if _, ok := isScale(at(i + 1)); ok || at(i+1) == "hundred" {
				cur.SetInt64(1) // "a million"
				last = num
				i++
				continue
			}
			break loop
		case w == "a" && last == fraction && i > 0 && ws[i-1] == "half":
			if _, ok := isScale(at(i + 1)); !ok {
				break loop
			}
			i++ // "half a million"
		case w == "and":
			if last == hundred || last == scale {
				if d, ok := numeral(at(i + 1)); ok && small(d, 100) {
					cur.Add(cur, d) // "2 hundred and 50"
					last = num
					i += 2
					continue
				}
			}
			if last != num && last != scale {
				break loop
			}
			f, k := fractionAt(i + 1)
			if k == 0 {
				break loop
			}
			if last == scale {
				total.Add(total, new(big.Rat).Mul(f, lastScale)) // "a million and a half"
				i += 1 + k
				last = none
				break loop
			}
			cur.Add(cur, f) // "1 and a half"
			last = fraction
			i += 1 + k
		case w == "point":
			d := at(i + 1)
			if last != num || !cur.IsInt() || !allDigits(d) {
				break loop
			}
			frac, _ := new(big.Rat).SetString("0." + d)
			cur.Add(cur, frac) // "3 point 2"
			i += 2
		default:
			if last == none {
				if f, k := fractionAt(i); k > 0 {
					cur.Set(f) // "half", "3 quarters"
					last = fraction
					i += k
					continue
				}
			}
			d, ok := numeral(w)
			if !ok {
				break loop
			}
			switch {
			case last == none:
			case last == hundred && small(d, 100):
			case last == scale && small(d, 1000):
			case last == num && cur.IsInt() && tensAndOnesRat(cur, d):
			default:
				break loop
			}
			cur.Add(cur, d)
			last = num
			i++
		}
	}
	if i == 0 {
		return nil, 0
	}
	return total.Add(total, cur), i
}

// tensAndOnesRat tells whether d said after cur is its ones: cur's last
// two digits a tens of 20 to 90, d 1 to 9 ("twenty five" apart is 25).
func tensAndOnesRat(cur, d *big.Rat) bool {
	if !d.IsInt() || !cur.IsInt() {
		return false
	}
	c := new(big.Int).Mod(cur.Num(), big.NewInt(100)).Int64()
	o := d.Num().Int64()
	return c >= 20 && c%10 == 0 && o >= 1 && o <= 9
}
