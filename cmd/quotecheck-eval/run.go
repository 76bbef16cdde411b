package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/quotecheck/quotecheck/report"
)

// results are every figure of a run, as written by -json.
type results struct {
	Data         string                     `json:"data"`
	PolNeAR      map[string]extractionScore `json:"polnear"`          // by split ("train", "dev"), gold as annotated
	Gaps         map[string]extractionScore `json:"polnear_reviewed"` // with the reviewed annotation gaps and referents
	ByPub        map[string]extractionScore `json:"polnear_dev_by_publisher"`
	GapRows      int                        `json:"gap_rows"`
	ReferentRows int                        `json:"referent_rows"`
	Debates      *debateResults             `json:"debates,omitempty"`
	Seeds        *seedResults               `json:"seeds,omitempty"`
	Worst        map[string][]caseRow       `json:"worst_cases,omitempty"`
	// WorstHeldOut counts the failures not listed because their article is
	// of the held-out batch of reviewed referents, kept unread
	WorstHeldOut int    `json:"worst_cases_held_out,omitempty"`
	FailureSplit string `json:"failure_split"`
}

type options struct {
	data, jsonPath, gaps, referents, labels, paraphrases, seeds, seedTable string
	listSources                                                            string
	limit, worst                                                           int
	failures                                                               string
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quotecheck-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	fs.StringVar(&o.data, "data", "../shared/eval", "the evaluation data: a folder holding polnear/ and debates2016/")
	fs.StringVar(&o.jsonPath, "json", "", "also write the figures as JSON to this file")
	fs.StringVar(&o.gaps, "gaps", "testdata/eval/polnear-gaps.tsv", "reviewed list of quotations the PolNeAR annotators missed")
	fs.StringVar(&o.referents, "referents", "testdata/eval/polnear-referents.tsv", "reviewed list of the people PolNeAR's pronoun and description Sources refer to")
	fs.StringVar(&o.listSources, "list-sources", "", "print the pronoun and description Sources of this split (train or dev) to review, with their context, and stop")
	fs.StringVar(&o.labels, "labels", "testdata/eval/debates/labels.tsv", "hand labels of debate quotations")
	fs.StringVar(&o.paraphrases, "cases", "testdata/eval/debates/cases.tsv", "hand-written debate cases (paraphrases, inventions)")
	fs.StringVar(&o.seeds, "seeds", "testdata/seeds", "the seed transcript and articles (regression row); empty to skip")
	fs.StringVar(&o.seedTable, "seed-table", "testdata/eval/seeds.tsv", "the seeds' verdict table")
	fs.IntVar(&o.limit, "limit", 0, "read only the first N articles of each split (a smoke run)")
	fs.StringVar(&o.failures, "failures", "train", "the PolNeAR split whose failures are printed (train by default: rules are improved by reading train, so that dev stays an honest estimate)")
	fs.IntVar(&o.worst, "worst", 12, "failures of each kind to print with their context")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "quotecheck-eval: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	pol := filepath.Join(o.data, "polnear", "data")
	if st, err := os.Stat(pol); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "quotecheck-eval: no evaluation data at %s (expected %s); give the data folder with -data\n", o.data, pol)
		return 2
	}
	if o.listSources != "" {
		meta, err := readMetadata(filepath.Join(pol, "metadata.tsv"))
		if err == nil {
			var arts []*article
			if arts, err = loadSplit(pol, o.listSources, meta, o.limit); err == nil {
				listSources(stdout, arts)
				return 0
			}
		}
		fmt.Fprintf(stderr, "quotecheck-eval: %v\n", err)
		return 2
	}
	res, err := evaluate(o)
	if err != nil {
		fmt.Fprintf(stderr, "quotecheck-eval: %v\n", err)
		return 2
	}
	printResults(stdout, res, o.worst)
	if o.jsonPath != "" {
		data, err := json.MarshalIndent(res, "", "  ")
		if err == nil {
			err = report.WriteFileAtomic(o.jsonPath, func(w io.Writer) error {
				_, err := w.Write(append(data, '\n'))
				return err
			})
		}
		if err != nil {
			fmt.Fprintf(stderr, "quotecheck-eval: %v\n", err)
			return 2
		}
	}
	return 0
}

func evaluate(o options) (*results, error) {
	res := &results{Data: o.data, PolNeAR: map[string]extractionScore{}, Gaps: map[string]extractionScore{},
		ByPub: map[string]extractionScore{}, Worst: map[string][]caseRow{}, FailureSplit: o.failures}
	pol := filepath.Join(o.data, "polnear", "data")
	meta, err := readMetadata(filepath.Join(pol, "metadata.tsv"))
	if err != nil {
		return nil, err
	}
	var gaps []gapRow
	if o.gaps != "" {
		if gaps, err = readGaps(o.gaps); err != nil && !os.IsNotExist(err) {
			return nil, err
		}
	}
	var refs []referentRow
	if o.referents != "" {
		if refs, err = readReferents(o.referents); err != nil && !os.IsNotExist(err) {
			return nil, err
		}
	}
	for _, split := range []string{"train", "dev"} {
		arts, err := loadSplit(pol, split, meta, o.limit)
		if err != nil {
			return nil, err
		}
		res.PolNeAR[split], _ = scoreArticles(arts)
		if split == "dev" {
			byPub := map[string][]*article{}
			for _, a := range arts {
				byPub[a.publisher] = append(byPub[a.publisher], a)
			}
			for p, as := range byPub {
				res.ByPub[p], _ = scoreArticles(as)
			}
		}
		added, err := addGaps(arts, gaps, o.gaps)
		if err != nil {
			return nil, err
		}
		res.GapRows += added
		n, err := applyReferents(arts, split, refs, o.referents, o.limit > 0)
		if err != nil {
			return nil, err
		}
		res.ReferentRows += n
		s, cases := scoreArticles(arts)
		res.Gaps[split] = s
		if split == o.failures {
			// failures against the reviewed gold: a listed gap is no
			// spurious quote, a listed referent no wrong speaker; none
			// from the held-out batch's articles, which stay unread
			res.WorstHeldOut = listFailures(res.Worst, cases, refs, split)
		}
	}
	if o.seeds != "" {
		sr, err := evalSeeds(o.seeds, o.seedTable)
		if err != nil {
			return nil, err
		}
		res.Seeds = sr
	}
	dr, err := evalDebates(o)
	if err != nil {
		return nil, err
	}
	res.Debates = dr
	return res, nil
}

// listFailures adds split's failure cases to worst by kind, save those of
// an article of the held-out batch of reviewed referents, which it only
// counts: that batch is an estimate only while nobody reads its failures.
func listFailures(worst map[string][]caseRow, cases []caseRow, refs []referentRow, split string) (heldOut int) {
	held := map[string]bool{}
	for _, r := range refs {
		if r.heldOut && r.split == split {
			held[split+"/"+r.article] = true
		}
	}
	for _, c := range cases {
		if held[c.Article] {
			heldOut++
			continue
		}
		worst[c.Kind] = append(worst[c.Kind], c)
	}
	return heldOut
}

func pct(x float64) string { return fmt.Sprintf("%.3f", x) }

func printResults(w io.Writer, r *results, worst int) {
	fmt.Fprintf(w, "quotecheck-eval on %s\n\n", r.Data)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "PolNeAR direct quotes\tarticles\tgold\textracted\toverlap P\toverlap R\toverlap F1\texact P\texact R\texact F1\tspeaker (name)\tspeaker (pron./descr.)")
	row := func(label string, s extractionScore) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s (%d)\t%s (%d)\t%s\t%s (%d)\t%s (%d)\t%s\t%s (%d/%d)\t%s (%d/%d)\n", label, s.Articles,
			s.Overlap.Gold, s.Overlap.Extracted,
			pct(s.Overlap.Precision), s.Overlap.TP, pct(s.Overlap.Recall), s.Overlap.TP, pct(s.Overlap.F1),
			pct(s.Exact.Precision), s.Exact.TP, pct(s.Exact.Recall), s.Exact.TP, pct(s.Exact.F1),
			pct(s.SpeakerName.Share), s.SpeakerName.N, s.SpeakerName.Of,
			pct(s.SpeakerPron.Share), s.SpeakerPron.N, s.SpeakerPron.Of)
	}
	for _, split := range []string{"train", "dev"} {
		if s, ok := r.PolNeAR[split]; ok {
			row(split, s)
		}
	}
	for _, split := range []string{"train", "dev"} {
		if s, ok := r.Gaps[split]; ok {
			row(split+" + reviewed", s)
		}
	}
	var pubs []string
	for p := range r.ByPub {
		pubs = append(pubs, p)
	}
	sort.Strings(pubs)
	for _, p := range pubs {
		row("dev: "+p, r.ByPub[p])
	}
	tw.Flush()
	fmt.Fprintf(w, "(+ reviewed: with %d reviewed annotation gaps and %d reviewed referents of pronoun and description Sources; overlap: ≥%.0f%% of the longer quote's words shared; counts in brackets are hits)\n", r.GapRows, r.ReferentRows, 100*minOverlap)
	for _, split := range []string{"train", "dev"} {
		if s, ok := r.Gaps[split]; ok && s.SpeakerReviewed.Of > 0 {
			fmt.Fprintf(w, "%s: speaker where a pronoun or description Source has a reviewed referent %s (%d/%d)\n", split,
				pct(s.SpeakerReviewed.Share), s.SpeakerReviewed.N, s.SpeakerReviewed.Of)
		}
		if s, ok := r.Gaps[split]; ok && s.SpeakerHeldOut.Of > 0 {
			fmt.Fprintf(w, "%s: … of them, the held-out batch (labelled before any rule's author read its articles) %s (%d/%d)\n", split,
				pct(s.SpeakerHeldOut.Share), s.SpeakerHeldOut.N, s.SpeakerHeldOut.Of)
		}
	}
	if r.Seeds != nil {
		fmt.Fprintf(w, "\nSeeds (regression): %d of %d quotes as the verdict table says\n", r.Seeds.Agree.N, r.Seeds.Agree.Of)
		for _, m := range r.Seeds.Mismatches {
			fmt.Fprintf(w, "  MISMATCH %s\n", m)
		}
	}
	if r.Debates != nil {
		printDebates(w, r.Debates)
	}
	if worst > 0 {
		var kinds []string
		for k := range r.Worst {
			kinds = append(kinds, k)
		}
		sort.Strings(kinds)
		if r.WorstHeldOut > 0 {
			fmt.Fprintf(w, "\n(%d failures in the articles of the held-out batch of reviewed referents are not listed: they stay unread, so that batch stays an estimate)\n", r.WorstHeldOut)
		}
		for _, k := range kinds {
			cs := r.Worst[k]
			fmt.Fprintf(w, "\nPolNeAR %s, %s (%d; first %d):\n", r.FailureSplit, k, len(cs), min(worst, len(cs)))
			for _, c := range cs[:min(worst, len(cs))] {
				fmt.Fprintf(w, "  %s:%d: %q\n      %s\n      context: %s\n", c.Article, c.Line, clip(c.Quote, 160), c.Detail, clip(strings.ReplaceAll(c.Context, "\n", " ¶ "), 320))
			}
		}
	}
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
