package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
)

// article is one PolNeAR article with its gold quotations and the
// quotations the checker extracts.
type article struct {
	split, name, publisher string
	text                   string
	gold                   []goldQuote
	pred                   []quotes.Quote // quotations to check (skipped ones left out)
	skipped                []quotes.Quote
	words                  []int // word start offsets
}

// gapRow is a quotation the annotators missed, from the reviewed list.
type gapRow struct {
	split, article string
	start, end     int // code points
	note           string
	line           int // line of the list, for errors
}

// readMetadata maps article file names to publishers.
func readMetadata(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	col := map[string]int{}
	for n := 0; sc.Scan(); n++ {
		fs := strings.Split(sc.Text(), "\t")
		if n == 0 {
			for i, h := range fs {
				col[h] = i
			}
			continue
		}
		fi, ok1 := col["filename"]
		pi, ok2 := col["publisher"]
		if !ok1 || !ok2 || len(fs) <= max(fi, pi) {
			continue
		}
		out[fs[fi]] = fs[pi]
	}
	return out, sc.Err()
}

// readGaps reads the reviewed list of annotation gaps: split, article,
// start, end (code points, marks excluded), quote, note.
func readGaps(path string) ([]gapRow, error) {
	rows, lines, err := readTSVLines(path)
	if err != nil {
		return nil, err
	}
	var out []gapRow
	for i, r := range rows {
		out = append(out, gapRow{split: r["split"], article: r["article"], start: atoiOr(r["start"], -1),
			end: atoiOr(r["end"], -1), note: r["note"], line: lines[i]})
	}
	return out, nil
}

// readTSV reads a tab-separated file with a header line into maps.
func readTSV(path string) ([]map[string]string, error) {
	rows, _, err := readTSVLines(path)
	return rows, err
}

// readTSVLines is readTSV that also gives each row's line number in the
// file, for errors.
func readTSVLines(path string) ([]map[string]string, []int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	first := 0
	for first < len(lines) && strings.HasPrefix(lines[first], "#") {
		first++ // comments before the header
	}
	if first == len(lines) {
		return nil, nil, nil
	}
	head := strings.Split(lines[first], "\t")
	var out []map[string]string
	var at []int
	for n := first + 1; n < len(lines); n++ {
		l := lines[n]
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fs := strings.Split(l, "\t")
		m := map[string]string{}
		for i, h := range head {
			if i < len(fs) {
				m[h] = fs[i]
			}
		}
		out = append(out, m)
		at = append(at, n+1)
	}
	return out, at, nil
}

// loadSplit reads the articles of one split that have annotations, in name
// order; limit > 0 keeps the first limit articles.
func loadSplit(dir, split string, meta map[string]string, limit int) ([]*article, error) {
	anns, err := filepath.Glob(filepath.Join(dir, split, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	byArticle := map[string][]string{}
	var names []string
	for _, p := range anns {
		base := strings.TrimSuffix(filepath.Base(p), ".ann")
		i := strings.LastIndexByte(base, '_')
		if i < 0 {
			continue
		}
		name := base[:i]
		if _, ok := byArticle[name]; !ok {
			names = append(names, name)
		}
		byArticle[name] = append(byArticle[name], p)
	}
	sort.Strings(names)
	if limit > 0 && len(names) > limit {
		names = names[:limit]
	}
	var out []*article
	for _, name := range names {
		data, err := os.ReadFile(filepath.Join(dir, split, "text", name+".txt"))
		if err != nil {
			return nil, err
		}
		doc, err := quotes.NewDoc(name+".txt", data)
		if err != nil {
			return nil, err
		}
		byteAt := runeOffsets(doc.Text)
		var files []*annFile
		paths := byArticle[name]
		sort.Strings(paths)
		for _, p := range paths {
			af, err := readAnn(p, byteAt)
			if err != nil {
				return nil, err
			}
			files = append(files, af)
		}
		a := &article{split: split, name: name, publisher: meta[name], text: doc.Text, words: wordStarts(doc.Text)}
		if a.publisher == "" {
			a.publisher = strings.SplitN(name, "_", 2)[0]
		}
		a.gold = goldQuotes(doc.Text, files)
		parsed := quotes.ParseArticle(doc)
		for _, q := range parsed.Quotes {
			if q.Nested {
				continue // the gold holds a quotation's nested quotations as part of its words
			}
			if q.Skip != "" {
				a.skipped = append(a.skipped, q)
			} else {
				a.pred = append(a.pred, q)
			}
		}
		out = append(out, a)
	}
	return out, nil
}

// addGaps adds the reviewed annotation gaps to the gold of their articles.
// A gap that overlaps a gold quotation is an error: the annotators marked
// it, and the list is stale.
func addGaps(arts []*article, gaps []gapRow, path string) (added int, err error) {
	for _, g := range gaps {
		for _, a := range arts {
			if a.split != g.split || a.name != g.article {
				continue
			}
			byteAt := runeOffsets(a.text)
			s := trimSpan(a.text, cpSpan(byteAt, g.start, g.end))
			if s.end <= s.start {
				continue
			}
			for _, q := range a.gold {
				if !q.gap && overlaps(q.span(), s) {
					return added, fmt.Errorf("%s:%d: %s/%s is annotated after all: the list is stale", path, g.line, g.split, g.article)
				}
			}
			a.gold = append(a.gold, goldQuote{pieces: []span{s}, gap: true, kind: sourceNone})
			sort.SliceStable(a.gold, func(i, j int) bool { return a.gold[i].span().start < a.gold[j].span().start })
			added++
		}
	}
	return added, nil
}

// pair is a gold quotation matched to an extracted one.
type pair struct {
	g       int
	p       int
	overlap float64
	exact   bool
}

// match pairs gold and extracted quotations one to one, best overlap first.
// Overlap is the number of words inside both spans over the number of words
// of the longer of the two; a pair needs at least minOverlap. Exact means
// the two texts are equal after folding typography and trimming outer
// punctuation.
func match(a *article) []pair {
	var cands []pair
	for gi, g := range a.gold {
		gs := g.span()
		gw := wordsIn(a.words, gs)
		gt := foldText(piecesText(a.text, g.pieces))
		for pi, q := range a.pred {
			ps := span{q.Start, q.End}
			if !overlaps(gs, ps) {
				continue
			}
			inter := wordsIn(a.words, span{max(gs.start, ps.start), min(gs.end, ps.end)})
			den := max(gw, wordsIn(a.words, ps), 1)
			ov := float64(inter) / float64(den)
			exact := gt == foldText(q.Text)
			if exact {
				ov = 1
			}
			if ov >= minOverlap {
				cands = append(cands, pair{gi, pi, ov, exact})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].exact != cands[j].exact {
			return cands[i].exact
		}
		return cands[i].overlap > cands[j].overlap
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var out []pair
	for _, c := range cands {
		if usedG[c.g] || usedP[c.p] {
			continue
		}
		usedG[c.g], usedP[c.p] = true, true
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].g < out[j].g })
	return out
}

// minOverlap is the share of words a pair must share to count as the same
// quotation in the overlap score.
const minOverlap = 0.5

// prf is precision, recall and F1 with their counts.
type prf struct {
	TP        int     `json:"tp"`
	Extracted int     `json:"extracted"`
	Gold      int     `json:"gold"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func newPRF(tp, extracted, gold int) prf {
	r := prf{TP: tp, Extracted: extracted, Gold: gold}
	if extracted > 0 {
		r.Precision = float64(tp) / float64(extracted)
	}
	if gold > 0 {
		r.Recall = float64(tp) / float64(gold)
	}
	if r.Precision+r.Recall > 0 {
		r.F1 = 2 * r.Precision * r.Recall / (r.Precision + r.Recall)
	}
	return r
}

// ratio is a share with its counts.
type ratio struct {
	N     int     `json:"n"`
	Of    int     `json:"of"`
	Share float64 `json:"share"`
}

func newRatio(n, of int) ratio {
	r := ratio{N: n, Of: of}
	if of > 0 {
		r.Share = float64(n) / float64(of)
	}
	return r
}

// extractionScore is the score of one group of articles.
type extractionScore struct {
	Articles    int   `json:"articles"`
	Overlap     prf   `json:"overlap"`
	Exact       prf   `json:"exact"`
	SpeakerName ratio `json:"speaker_name"`
	SpeakerPron ratio `json:"speaker_pronoun_or_description"`
	// SpeakerReviewed: pronoun or description Sources with a reviewed referent
	SpeakerReviewed ratio `json:"speaker_reviewed_referent"`
	// SpeakerHeldOut: those of them whose referent is of the held-out batch
	SpeakerHeldOut ratio `json:"speaker_reviewed_referent_held_out"`
	SpeakerNone    int   `json:"matched_without_gold_source"`
}

// caseRow is one failure shown to the reader.
type caseRow struct {
	Kind    string `json:"kind"` // missed, spurious, partial, speaker
	Article string `json:"article"`
	Line    int    `json:"line"`
	Quote   string `json:"quote"`
	Detail  string `json:"detail"`
	Context string `json:"context"`
}

// scoreArticles scores extraction and attribution over arts and lists the
// failures.
func scoreArticles(arts []*article) (extractionScore, []caseRow) {
	var s extractionScore
	var tpO, tpE, ext, gold, nameOK, nameN, pronOK, pronN, revOK, revN, heldOK, heldN int
	var cases []caseRow
	for _, a := range arts {
		pairs := match(a)
		s.Articles++
		ext += len(a.pred)
		gold += len(a.gold)
		tpO += len(pairs)
		gotG, gotP := map[int]bool{}, map[int]bool{}
		for _, p := range pairs {
			gotG[p.g], gotP[p.p] = true, true
			g, q := a.gold[p.g], a.pred[p.p]
			if p.exact {
				tpE++
			} else {
				cases = append(cases, a.caseAt("partial", q.Start, q.Text, "gold: "+piecesText(a.text, g.pieces)))
			}
			if g.kind == sourceNone || g.gap {
				s.SpeakerNone++
				continue
			}
			pred := q.Speaker
			if pred == "" {
				pred = q.AttributedTo
			}
			ok := false
			for _, person := range g.people {
				ok = ok || samePerson(pred, person)
			}
			if g.kind == sourceName {
				nameN++
				if ok {
					nameOK++
				}
			} else {
				pronN++
				if ok {
					pronOK++
				}
				if g.reviewed {
					revN++
					if ok {
						revOK++
					}
				}
				if g.heldOut {
					heldN++
					if ok {
						heldOK++
					}
				}
			}
			if !ok {
				referent := strings.Join(uniq(g.people), " | ")
				if g.reviewed {
					referent += " (reviewed)"
				}
				cases = append(cases, a.caseAt("speaker-"+g.kind.String(), q.Start, q.Text,
					fmt.Sprintf("gold source %q = %s; checker: %q (%s, as %q)", g.source, referent, pred, q.Attribution, q.AttributedTo)))
			}
		}
		for gi, g := range a.gold {
			if !gotG[gi] {
				detail := "gold source: " + g.source
				for _, q := range a.skipped {
					if overlaps(span{q.Start, q.End}, g.span()) {
						detail += "; skipped as " + q.Skip
					}
				}
				cases = append(cases, a.caseAt("missed", g.span().start, piecesText(a.text, g.pieces), detail))
			}
		}
		for pi, q := range a.pred {
			if !gotP[pi] {
				cases = append(cases, a.caseAt("spurious", q.Start, q.Text, fmt.Sprintf("checker: %q (%s)", q.AttributedTo, q.Attribution)))
			}
		}
	}
	s.Overlap = newPRF(tpO, ext, gold)
	s.Exact = newPRF(tpE, ext, gold)
	s.SpeakerName = newRatio(nameOK, nameN)
	s.SpeakerPron = newRatio(pronOK, pronN)
	s.SpeakerReviewed = newRatio(revOK, revN)
	s.SpeakerHeldOut = newRatio(heldOK, heldN)
	return s, cases
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// caseAt describes a failure at offset off with the paragraph around it.
func (a *article) caseAt(kind string, off int, quote, detail string) caseRow {
	line := 1 + strings.Count(a.text[:off], "\n")
	start := strings.LastIndex(a.text[:off], "\n") + 1
	end := strings.IndexByte(a.text[off:], '\n')
	if end < 0 {
		end = len(a.text)
	} else {
		end += off
	}
	ctx := a.text[start:end]
	if len(ctx) > 400 {
		lo := max(start, off-200)
		hi := min(end, off+200)
		ctx = strings.ToValidUTF8("…"+a.text[lo:hi]+"…", "")
	}
	return caseRow{Kind: kind, Article: a.split + "/" + a.name, Line: line, Quote: quote, Detail: detail, Context: ctx}
}
