package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// debateNames are the full names of the people of the 2016 debates, keyed
// by the CSV's Speaker column; a transcript's header lists them so that an
// article's "Donald Trump" or "Mr. Trump" finds the speaker TRUMP.
var debateNames = map[string]string{
	"Clinton": "Hillary Clinton", "Trump": "Donald J. Trump", "Pence": "Mike Pence", "Kaine": "Tim Kaine",
	"Holt": "Lester Holt", "Quijano": "Elaine Quijano", "Cooper": "Anderson Cooper",
	"Raddatz": "Martha Raddatz", "Wallace": "Chris Wallace",
}

// opponents: the other debater of each debate.
var opponents = map[string]string{"Clinton": "Trump", "Trump": "Clinton", "Pence": "Kaine", "Kaine": "Pence"}

// debate is one debate turned into a transcript: a label line per CSV row.
type debate struct {
	date    string // as the CSV writes it
	file    string
	tr      *quotes.Transcript
	csvLine map[int]int // transcript line -> CSV Line
	rows    []debateRow
}

type debateRow struct {
	line    int // the CSV's Line
	speaker string
	text    string
}

// readDebates splits the debate CSV into one transcript per Date, in the
// order the dates first appear. Each row becomes a turn "SPEAKER: text"
// (the Speaker column upper-cased), rows separated by a blank line.
func readDebates(path string) ([]*debate, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimPrefix(h, "\uFEFF")] = i
	}
	for _, c := range []string{"Line", "Speaker", "Text", "Date"} {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("%s: no %s column", path, c)
		}
	}
	byDate := map[string]*debate{}
	var out []*debate
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		date := rec[col["Date"]]
		d := byDate[date]
		if d == nil {
			d = &debate{date: date, csvLine: map[int]int{}}
			byDate[date] = d
			out = append(out, d)
		}
		n, _ := strconv.Atoi(rec[col["Line"]])
		d.rows = append(d.rows, debateRow{line: n, speaker: rec[col["Speaker"]], text: strings.Join(strings.Fields(rec[col["Text"]]), " ")})
	}
	for _, d := range out {
		var b strings.Builder
		seen := map[string]bool{}
		b.WriteString("Presidential debate of " + d.date + ". Participants:\n")
		for _, row := range d.rows {
			if full, ok := debateNames[row.speaker]; ok && !seen[row.speaker] {
				seen[row.speaker] = true
				b.WriteString(full + "\n")
			}
		}
		b.WriteString("\n")
		// consecutive rows of one speaker are one answer the CSV cut in
		// two (a quotation may run across the cut): a row of the same
		// speaker as the one before goes on the turn, on a line of its
		// own, so that every line still maps to its row
		line := strings.Count(b.String(), "\n") + 1
		for k, row := range d.rows {
			if k > 0 && d.rows[k-1].speaker == row.speaker {
				d.csvLine[line] = row.line
				b.WriteString(row.text + "\n")
				line++
				continue
			}
			if k > 0 {
				b.WriteString("\n")
				line++
			}
			d.csvLine[line] = row.line
			b.WriteString(strings.ToUpper(row.speaker) + ": " + row.text + "\n")
			line++
		}
		d.file = "debate-" + strings.ReplaceAll(d.date, "/", "-") + ".txt"
		doc, err := quotes.NewDoc(d.file, []byte(b.String()))
		if err != nil {
			return nil, err
		}
		if d.tr, err = quotes.ParseTranscript(doc); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// debateResults are the fidelity figures on the debates.
type debateResults struct {
	Real           confusion  `json:"real"`
	Generated      confusion  `json:"generated"`
	RealCases      []caseLine `json:"real_cases"`
	GeneratedWrong []caseLine `json:"generated_wrong"`
	FalseAlarms    ratio      `json:"false_alarms"` // truly verbatim or faithful quotes given a failing verdict, real and generated
	RealAlarms     ratio      `json:"false_alarms_real"`
	MisquotesRight ratio      `json:"generated_misquotes_given_their_verdict"`
	RightTurn      ratio      `json:"tied_to_right_turn_and_speaker"`
	RealRightTurn  ratio      `json:"real_tied_to_right_turn_and_speaker"`
	Missing        int        `json:"labels_without_article"`
}

// confusion counts verdicts: expected -> given -> n.
type confusion map[string]map[string]int

func (c confusion) add(want, got string) {
	if c[want] == nil {
		c[want] = map[string]int{}
	}
	c[want][got]++
}

// caseLine is one checked debate quotation.
type caseLine struct {
	Article string `json:"article"`
	Quote   string `json:"quote"`
	Want    string `json:"want"`
	Got     string `json:"got"`
	Turn    string `json:"turn"` // where the checker found it: date line speaker
	WantAt  string `json:"want_turn"`
	Speaker string `json:"speaker"`
	OK      bool   `json:"ok"`
	Reason  string `json:"reason"`
}

func debateRecord(ds []*debate) *align.Record {
	var trs []*quotes.Transcript
	for _, d := range ds {
		trs = append(trs, d.tr)
	}
	return align.NewRecord(trs...)
}

// turnOf names where a finding's source is: "date line SPEAKER".
func turnOf(ds []*debate, f align.Finding) string {
	if f.Source == nil {
		return ""
	}
	for _, d := range ds {
		if d.file == f.Source.File {
			return fmt.Sprintf("%s %d %s", d.date, d.csvLine[f.Source.Line], f.Source.SpeakerID)
		}
	}
	return ""
}

// failing tells the verdicts that fail the default gate.
func failing(v string) bool {
	for _, f := range align.DefaultFailing() {
		if f.String() == v {
			return true
		}
	}
	return false
}

func evalDebates(o options) (*debateResults, error) {
	csvPath := filepath.Join(o.data, "debates2016", "debate.csv")
	if _, err := os.Stat(csvPath); err != nil {
		return nil, nil
	}
	ds, err := readDebates(csvPath)
	if err != nil {
		return nil, err
	}
	rec := debateRecord(ds)
	res := &debateResults{Real: confusion{}, Generated: confusion{}}
	var alarms, alarmOf, realAlarms, realAlarmOf, turnOK, turnOf_, realTurnOK, realTurnOf int
	// (1) the hand labels
	if o.labels != "" {
		rows, err := readTSV(o.labels)
		if err != nil && !os.IsNotExist(err) {
			return nil, err
		}
		arts := map[string][]align.Finding{}
		docs := map[string]*quotes.Doc{}
		for _, r := range rows {
			key := r["split"] + "/" + r["article"]
			if _, ok := arts[key]; !ok {
				path := filepath.Join(o.data, "polnear", "data", r["split"], "text", r["article"]+".txt")
				data, err := os.ReadFile(path)
				if err != nil {
					arts[key] = nil
				} else {
					doc, err := quotes.NewDoc(r["article"]+".txt", data)
					if err != nil {
						return nil, err
					}
					docs[key] = doc
					arts[key] = rec.Check(quotes.ParseArticleKnown(doc, rec.Surnames()))
				}
			}
			doc := docs[key]
			if doc == nil {
				res.Missing++
				continue
			}
			byteAt := runeOffsets(doc.Text)
			ls := cpSpan(byteAt, atoiOr(r["start"], 0), atoiOr(r["end"], 0))
			want := r["verdict"]
			c := caseLine{Article: key, Quote: r["quote"], Want: want, Got: "not extracted"}
			if r["line"] != "" {
				c.WantAt = fmt.Sprintf("%s %s %s", r["debate_date"], r["line"], strings.ToUpper(r["source_speaker"]))
			}
			if f, ok := bestFinding(arts[key], ls); ok {
				c.Got, c.Turn, c.Reason, c.Speaker = f.Verdict.String(), turnOf(ds, f), f.Reason, f.SpeakerID
			}
			c.OK = c.Got == want && c.Turn == c.WantAt && strings.EqualFold(c.Speaker, r["attributed_to"])
			res.Real.add(want, c.Got)
			res.RealCases = append(res.RealCases, c)
			if want == "verbatim" || want == "faithful" {
				alarmOf++
				realAlarmOf++
				if failing(c.Got) {
					alarms++
					realAlarms++
				}
			}
			if c.WantAt != "" {
				realTurnOf++
				if c.Turn == c.WantAt && strings.EqualFold(c.Speaker, r["attributed_to"]) {
					realTurnOK++
				}
			}
		}
	}
	// (2) generated cases
	cases := generateCases(ds)
	hand, err := readHandCases(o.paraphrases, ds)
	if err != nil {
		return nil, err
	}
	cases = append(cases, hand...)
	var right, rightOf int
	for i, gc := range cases {
		doc, err := quotes.NewDoc(fmt.Sprintf("generated/%03d-%s.txt", i, gc.edit), []byte(gc.article))
		if err != nil {
			return nil, err
		}
		fs := rec.Check(quotes.ParseArticleKnown(doc, rec.Surnames()))
		c := caseLine{Article: doc.Name, Quote: gc.quote, Want: gc.want, Got: "not extracted", WantAt: gc.turn}
		if len(fs) == 1 {
			f := fs[0]
			c.Got, c.Turn, c.Reason, c.Speaker = f.Verdict.String(), turnOf(ds, f), f.Reason, f.SpeakerID
		} else if len(fs) > 1 {
			c.Got = fmt.Sprintf("%d quotes", len(fs))
		}
		res.Generated.add(gc.want, c.Got)
		c.OK = c.Got == gc.want && (gc.turn == "" || c.Turn == gc.turn)
		if gc.want == "verbatim" || gc.want == "faithful" {
			alarmOf++
			if failing(c.Got) {
				alarms++
			}
		} else {
			rightOf++
			if c.Got == gc.want {
				right++
			}
		}
		if gc.turn != "" {
			turnOf_++
			if c.Turn == gc.turn {
				turnOK++
			}
		}
		if !c.OK {
			res.GeneratedWrong = append(res.GeneratedWrong, c)
		}
	}
	res.FalseAlarms = newRatio(alarms, alarmOf)
	res.RealAlarms = newRatio(realAlarms, realAlarmOf)
	res.MisquotesRight = newRatio(right, rightOf)
	res.RightTurn = newRatio(turnOK, turnOf_)
	res.RealRightTurn = newRatio(realTurnOK, realTurnOf)
	return res, nil
}

// bestFinding is the finding whose quote shares most bytes with s; of
// those that share as many, the one with fewest bytes besides (a
// quotation nested in another, labelled on its own, is the nested one).
func bestFinding(fs []align.Finding, s span) (align.Finding, bool) {
	best, bestN, bestLen := align.Finding{}, 0, 0
	for _, f := range fs {
		n := min(f.Quote.End, s.end) - max(f.Quote.Start, s.start)
		if l := f.Quote.End - f.Quote.Start; n > bestN || n == bestN && n > 0 && l < bestLen {
			best, bestN, bestLen = f, n, l
		}
	}
	return best, bestN > 0
}

// genCase is a generated article quoting a debate turn with a known edit.
type genCase struct {
	edit    string
	quote   string
	article string
	want    string
	turn    string // "date line SPEAKER" of the source, "" for an invention
}

var sentenceRE = regexp.MustCompile(`[^.?!]+[.?!]+`)

// sourceSentences picks, for each debate and debater, perSpeaker sentences
// of 12 to 30 words spread evenly over their turns; sentences with quotation
// marks, dashes, ellipses or stage directions are passed over, since they
// are the transcriber's, not plain speech.
func sourceSentences(ds []*debate, d *debate, speaker string, perSpeaker int) []genSource {
	var all []genSource
	for _, row := range d.rows {
		if row.speaker != speaker {
			continue
		}
		for _, s := range sentenceRE.FindAllString(row.text, -1) {
			s = strings.TrimSpace(s)
			n := len(strings.Fields(s))
			if n < 12 || n > 30 || strings.ContainsAny(s, `"“”()[]…`) || strings.Contains(s, "--") || strings.Contains(s, "..") {
				continue
			}
			all = append(all, genSource{date: d.date, line: row.line, speaker: speaker, text: s})
			all[len(all)-1].first = firstUtterance(ds, speaker, s, all[len(all)-1])
		}
	}
	if len(all) == 0 {
		return nil
	}
	var out []genSource
	for i := 0; i < perSpeaker; i++ {
		out = append(out, all[(2*i+1)*len(all)/(2*perSpeaker)])
	}
	return out
}

type genSource struct {
	date, speaker, text string
	line                int
	first               string // the turn of the speaker's earliest utterance of text
}

func (g genSource) turn() string { return g.first }

// firstUtterance is the earliest turn of speaker, over the debates in
// order, that holds the sentence: the source a checker should name.
func firstUtterance(ds []*debate, speaker, sentence string, g genSource) string {
	for _, d := range ds {
		for _, row := range d.rows {
			if row.speaker == speaker && strings.Contains(strings.ToLower(row.text), strings.ToLower(sentence)) {
				return fmt.Sprintf("%s %d %s", d.date, row.line, strings.ToUpper(speaker))
			}
		}
	}
	return fmt.Sprintf("%s %d %s", g.date, g.line, strings.ToUpper(speaker))
}

// articleFor writes a short article quoting quote and attributing it to
// speaker, alternating the cue before and after the quote.
func articleFor(speaker, quote string, n int) string {
	full := debateNames[speaker]
	if n%2 == 0 {
		return fmt.Sprintf("The candidates met on stage for a debate.\n\n%s said: “%s”\n\nThe debate ended late.\n", full, quote)
	}
	q := strings.TrimRight(quote, ".")
	if !strings.HasSuffix(q, "?") && !strings.HasSuffix(q, "!") {
		q += ","
	}
	return fmt.Sprintf("The candidates met on stage for a debate.\n\n“%s” %s said.\n\nThe debate ended late.\n", q, full)
}

// bracketable are pronouns a writer may replace with a bracketed referent.
var bracketable = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "them": true, "him": true, "her": true}

// keepWords must survive an ellipsis: dropping them changes the meaning.
var keepWords = map[string]bool{"not": true, "never": true, "no": true, "if": true, "maybe": true, "probably": true,
	"some": true, "think": true, "unless": true, "nothing": true, "nobody": true}

func negation(w string) bool {
	l := strings.ToLower(strings.Trim(w, ",.;:?!"))
	return l == "not" || l == "never" || strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t")
}

// generateCases turns source sentences into quotes with known edits.
func generateCases(ds []*debate) []genCase {
	var srcs []genSource
	for _, d := range ds {
		var speakers []string
		for _, row := range d.rows {
			if _, ok := opponents[row.speaker]; ok && !contains(speakers, row.speaker) {
				speakers = append(speakers, row.speaker)
			}
		}
		sort.Strings(speakers)
		for _, sp := range speakers {
			srcs = append(srcs, sourceSentences(ds, d, sp, 3)...)
		}
	}
	var out []genCase
	add := func(g genSource, edit, quote, want, speaker string) {
		n := len(out)
		out = append(out, genCase{edit: edit, quote: quote, want: want, turn: g.turn(), article: articleFor(speaker, quote, n)})
	}
	for si, g := range srcs {
		w := strings.Fields(g.text)
		n := len(w)
		mid := n / 2
		add(g, "verbatim", g.text, "verbatim", g.speaker)
		// substitution: a word of the middle replaced by a word of another sentence
		other := strings.Fields(srcs[(si+1)%len(srcs)].text)
		sub := longestWord(other)
		if k := longestWordIndex(w[2 : n-2]); k >= 0 && !strings.EqualFold(strings.Trim(w[k+2], ",.?!"), sub) {
			e := append([]string{}, w...)
			e[k+2] = sub + trailingPunct(w[k+2])
			add(g, "substitution", strings.Join(e, " "), "altered", g.speaker)
		}
		// omission without ellipsis, and the same omission marked
		if k, ok := dropWindow(w, mid, 3); ok {
			e := append(append([]string{}, w[:k]...), w[k+3:]...)
			add(g, "omission", strings.Join(e, " "), "altered", g.speaker)
			m := append(append(append([]string{}, w[:k]...), "…"), w[k+3:]...)
			add(g, "ellipsis", strings.Join(m, " "), "faithful", g.speaker)
		}
		// brackets: a clarification inserted, and a quote begun mid-sentence
		e := append(append(append([]string{}, w[:3]...), "[in the debate]"), w[3:]...)
		add(g, "bracket-insert", strings.Join(e, " "), "faithful", g.speaker)
		for k := 1; k < n; k++ {
			if bracketable[strings.ToLower(w[k])] {
				e := append([]string{}, w...)
				e[k] = "[the candidate]"
				add(g, "bracket-replace", strings.Join(e, " "), "faithful", g.speaker)
				break
			}
		}
		// a dropped negation, unmarked and behind an ellipsis
		for k, x := range w {
			if !negation(x) {
				continue
			}
			l := strings.ToLower(x)
			e := append([]string{}, w...)
			switch {
			case l == "not" || l == "never":
				e = append(e[:k], e[k+1:]...)
			case strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t"):
				e[k] = dropNegation(x)
			}
			add(g, "negation-dropped", strings.Join(e, " "), "altered", g.speaker)
			if l == "not" || l == "never" {
				m := append(append(append([]string{}, w[:k]...), "…"), w[k+1:]...)
				add(g, "negation-ellipsis", strings.Join(m, " "), "altered", g.speaker)
			}
			break
		}
		// the sentence given to the other debater
		add(g, "other-debater", g.text, "misattributed", opponents[g.speaker])
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func trailingPunct(w string) string {
	t := strings.TrimRight(w, ",.;:?!")
	return w[len(t):]
}

func longestWord(ws []string) string {
	k := longestWordIndex(ws)
	if k < 0 {
		return "nonsense"
	}
	return strings.Trim(ws[k], ",.;:?!")
}

func longestWordIndex(ws []string) int {
	best, bestN := -1, 0
	for i, w := range ws {
		t := strings.Trim(w, ",.;:?!")
		if n := len([]rune(t)); n > bestN && n >= 5 && !strings.ContainsAny(t, "'’") {
			best, bestN = i, n
		}
	}
	return best
}

// dropWindow finds k nearest to mid such that words k..k+size-1 lie inside
// the sentence (two words kept at each end) and hold none of keepWords.
func dropWindow(w []string, mid, size int) (int, bool) {
	for d := 0; d < len(w); d++ {
		for _, k := range []int{mid - d, mid + d} {
			if k < 2 || k+size > len(w)-2 {
				continue
			}
			ok := true
			for _, x := range w[k : k+size] {
				l := strings.ToLower(strings.Trim(x, ",.;:?!"))
				if keepWords[l] || negation(x) || strings.ContainsAny(x, ",.;:?!") {
					ok = false
				}
			}
			if ok {
				return k, true
			}
		}
	}
	return 0, false
}

// dropNegation turns "don't" into "do", "can't" into "can", "won't" into "will".
func dropNegation(w string) string {
	l := strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	switch {
	case strings.HasPrefix(l, "won't"):
		return w[:1] + "ill" + w[len("won't"):]
	case strings.HasPrefix(l, "can't"):
		return w[:3] + w[len("can't"):]
	}
	i := strings.Index(l, "n't")
	return w[:i] + w[i+len("n't"):]
}

// readHandCases reads hand-written cases: a paraphrase of a turn, or an
// invention the speaker never said, with the verdict it deserves.
func readHandCases(path string, ds []*debate) ([]genCase, error) {
	if path == "" {
		return nil, nil
	}
	rows, err := readTSV(path)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil
		}
		return nil, err
	}
	known := map[string]bool{}
	for _, d := range ds {
		known[d.date] = true
	}
	var out []genCase
	for i, r := range rows {
		if r["date"] != "" && !known[r["date"]] {
			continue // the debate is not in this data (a smoke excerpt)
		}
		turn := ""
		if r["line"] != "" {
			turn = fmt.Sprintf("%s %s %s", r["date"], r["line"], strings.ToUpper(r["source_speaker"]))
		}
		out = append(out, genCase{edit: r["edit"], quote: r["quote"], want: r["verdict"], turn: turn,
			article: articleFor(r["speaker"], r["quote"], i)})
	}
	return out, nil
}

func printDebates(w io.Writer, r *debateResults) {
	verdicts := []string{"verbatim", "faithful", "altered", "paraphrased", "fabricated", "misattributed", "unverifiable", "skipped", "not extracted"}
	matrix := func(title string, c confusion) {
		fmt.Fprintf(w, "\n%s (rows: expected, columns: given)\n", title)
		fmt.Fprintf(w, "%-14s", "")
		for _, v := range verdicts {
			fmt.Fprintf(w, "%6.6s", v)
		}
		fmt.Fprintln(w, "  total")
		var rows []string
		for k := range c {
			rows = append(rows, k)
		}
		sort.Slice(rows, func(i, j int) bool { return index(verdicts, rows[i]) < index(verdicts, rows[j]) })
		for _, k := range rows {
			fmt.Fprintf(w, "%-14s", k)
			total := 0
			for _, v := range verdicts {
				fmt.Fprintf(w, "%6d", c[k][v])
			}
			for _, n := range c[k] {
				total += n
			}
			fmt.Fprintf(w, "  %5d\n", total)
		}
	}
	fmt.Fprintf(w, "\nDebates 2016 (the four debates as the record)\n")
	matrix("real quotations, hand-labelled", r.Real)
	matrix("generated quotations with known edits", r.Generated)
	fmt.Fprintf(w, "false alarms on verbatim/faithful quotes: %s (%d/%d); real only %s (%d/%d)\n", pct(r.FalseAlarms.Share), r.FalseAlarms.N, r.FalseAlarms.Of, pct(r.RealAlarms.Share), r.RealAlarms.N, r.RealAlarms.Of)
	fmt.Fprintf(w, "generated misquotes given their verdict: %s (%d/%d)\n", pct(r.MisquotesRight.Share), r.MisquotesRight.N, r.MisquotesRight.Of)
	fmt.Fprintf(w, "tied to the right turn and speaker: generated %s (%d/%d), real %s (%d/%d)\n", pct(r.RightTurn.Share), r.RightTurn.N, r.RightTurn.Of, pct(r.RealRightTurn.Share), r.RealRightTurn.N, r.RealRightTurn.Of)
	if r.Missing > 0 {
		fmt.Fprintf(w, "(%d labels skipped: their article is not in the data)\n", r.Missing)
	}
	fmt.Fprintf(w, "\nreal quotations case by case:\n")
	for _, c := range r.RealCases {
		mark := "ok "
		if !c.OK {
			mark = "XX "
		}
		fmt.Fprintf(w, "  %s%-13s got %-13s %-22q turn %q (want %q) %s\n      %s\n", mark, c.Want, c.Got, clip(c.Quote, 40), c.Turn, c.WantAt, c.Article, c.Reason)
	}
	if len(r.GeneratedWrong) > 0 {
		fmt.Fprintf(w, "\ngenerated cases not given their verdict or turn (%d):\n", len(r.GeneratedWrong))
		for _, c := range r.GeneratedWrong {
			fmt.Fprintf(w, "  %s: want %s at %q, got %s at %q: %q\n      %s\n", c.Article, c.Want, c.WantAt, c.Got, c.Turn, clip(c.Quote, 120), c.Reason)
		}
	}
}

func index(xs []string, x string) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return len(xs)
}
