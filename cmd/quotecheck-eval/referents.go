package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"
)

// PolNeAR annotates who speaks as written ("he", "the senator") but not whom
// a pronoun or a description refers to. The scorer's fallback (goldPerson)
// takes the nearest named Source before it, which is often someone else: a
// quoted letter's author, a name in the sentence between. The reviewed
// referents list gives, for a pronoun or description Source, the person it
// refers to as a reader of the whole article resolves it. The list is made
// without the checker's answers (from -list-sources, which prints none) and
// covers every such Source of the split, not only the checker's misses, so
// it cannot only raise the score.

// referentRow is one reviewed referent: the Source at code point start in
// one article refers to referent.
type referentRow struct {
	split, article string
	start          int // the Source annotation's first code point
	source         string
	referent       string
	// heldOut: the row is of a batch labelled before any rule's author had
	// read its articles (column batch "held-out"), scored apart as a second
	// estimate beside dev
	heldOut bool
	line    int // line of the list, for errors
}

// readReferents reads the reviewed referents list: split, article,
// source_start (code points), source (as annotated), referent, note, and
// an optional batch ("held-out", or empty).
func readReferents(path string) ([]referentRow, error) {
	rows, lines, err := readTSVLines(path)
	if err != nil {
		return nil, err
	}
	var out []referentRow
	for i, r := range rows {
		row := referentRow{split: r["split"], article: r["article"], start: atoiOr(r["source_start"], -1),
			source: r["source"], referent: strings.TrimSpace(r["referent"]), heldOut: r["batch"] == "held-out", line: lines[i]}
		if row.split != "train" && row.split != "dev" {
			return nil, fmt.Errorf("%s:%d: split %q is neither train nor dev", path, row.line, row.split)
		}
		if b := r["batch"]; b != "" && b != "held-out" {
			return nil, fmt.Errorf("%s:%d: batch %q is neither empty nor held-out", path, row.line, b)
		}
		out = append(out, row)
	}
	return out, nil
}

// applyReferents replaces the fallback person of each listed Source with
// its reviewed referent, in the articles of split. A row that names no
// Source of an article, or a Source of other words than it says, is an
// error (the list is stale); so is a row for an article not read, unless
// only some were read (partial: a smoke run with -limit). A row whose
// referent is "?" (the readers could not tell) keeps the fallback and does
// not count as reviewed.
func applyReferents(arts []*article, split string, rows []referentRow, path string, partial bool) (applied int, err error) {
	byName := map[string]*article{}
	for _, a := range arts {
		byName[a.name] = a
	}
	for _, r := range rows {
		if r.split != split {
			continue
		}
		a := byName[r.article]
		if a == nil {
			if partial {
				continue
			}
			return applied, fmt.Errorf("%s:%d: no article %s/%s: the list is stale", path, r.line, r.split, r.article)
		}
		off := cpSpan(runeOffsets(a.text), r.start, r.start).start
		found := false
		for gi := range a.gold {
			g := &a.gold[gi]
			for i, s := range g.srcs {
				if s.start != off {
					continue
				}
				if !sameSourceText(s.text, r.source) {
					return applied, fmt.Errorf("%s:%d: the Source at %d in %s/%s is %q, not %q: the list is stale", path, r.line, r.start, r.split, r.article, s.text, r.source)
				}
				found = true
				if r.referent != "" && r.referent != "?" {
					g.reviewed = true
					g.heldOut = g.heldOut || r.heldOut
					g.people[i] = r.referent
				}
			}
		}
		if !found {
			return applied, fmt.Errorf("%s:%d: no Source at %d in %s/%s (%q): the list is stale", path, r.line, r.start, r.split, r.article, r.source)
		}
		applied++
	}
	return applied, nil
}

// sameSourceText tells whether a row's source column names the annotated
// Source: equal after folding space, or its beginning (the lister clips
// nothing, but a reader may have).
func sameSourceText(annotated, listed string) bool {
	a, l := strings.Join(strings.Fields(annotated), " "), strings.Join(strings.Fields(listed), " ")
	return l != "" && strings.HasPrefix(a, l)
}

// needsReferent tells whether a Source, as written, does not itself say who
// speaks: a pronoun or a description that neither holds a name in
// apposition nor stands for itself (an indefinite one).
func needsReferent(s string) bool {
	k := classifySource(s)
	if k == sourceName || k == sourceNone || classifySource(nameBeforeApposition(s)) == sourceName {
		return false
	}
	return !anonymous(s)
}

// listSources writes, for every pronoun or description Source of a direct
// quotation in arts, a row to review: where it is, what it says, the
// quotation and the text before it. It prints nothing of the checker's.
func listSources(w io.Writer, arts []*article) {
	fmt.Fprintln(w, "split\tarticle\tsource_start\tsource\tline\tquote\tcontext")
	for _, a := range arts {
		type row struct {
			off   int
			src   string
			quote string
		}
		seen := map[int]bool{}
		var rows []row
		for _, g := range a.gold {
			for _, s := range g.srcs {
				off, src := s.start, s.text
				if seen[off] || !needsReferent(src) {
					continue
				}
				seen[off] = true
				rows = append(rows, row{off, src, piecesText(a.text, g.pieces)})
			}
		}
		sort.Slice(rows, func(i, j int) bool { return rows[i].off < rows[j].off })
		for _, r := range rows {
			lo := max(0, r.off-700)
			for lo > 0 && !utf8.RuneStart(a.text[lo]) {
				lo--
			}
			hi := min(len(a.text), r.off+200)
			for hi < len(a.text) && !utf8.RuneStart(a.text[hi]) {
				hi++
			}
			ctx := strings.NewReplacer("\n", " ¶ ", "\t", " ").Replace(a.text[lo:r.off] + "⟦" + a.text[r.off:hi])
			fmt.Fprintf(w, "%s\t%s\t%d\t%s\t%d\t%s\t%s\n", a.split, a.name, utf8.RuneCountInString(a.text[:r.off]), r.src,
				1+strings.Count(a.text[:r.off], "\n"), clip(strings.ReplaceAll(r.quote, "\n", " "), 200), ctx)
		}
	}
}
