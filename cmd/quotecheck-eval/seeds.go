package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// seedResults compare the seed articles' verdicts with the table of
// testdata/eval/seeds.tsv.
type seedResults struct {
	Agree      ratio    `json:"agree"`
	Mismatches []string `json:"mismatches"`
}

// evalSeeds checks the seed articles against the seed transcript (the
// file numbered 000) and compares each quote with its row of the table.
func evalSeeds(dir, tablePath string) (*seedResults, error) {
	table, err := readTSV(tablePath)
	if err != nil {
		return nil, err
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no seed files in %s", dir)
	}
	rec, err := loadRecord(paths[0])
	if err != nil {
		return nil, err
	}
	byArticle := map[string][]map[string]string{}
	for _, r := range table {
		byArticle[r["article"]] = append(byArticle[r["article"]], r)
	}
	res := &seedResults{}
	agree, total := 0, 0
	for _, p := range paths[1:] {
		prefix := strings.SplitN(filepath.Base(p), "_", 2)[0]
		want := byArticle[prefix]
		fs, err := checkArticle(rec, p)
		if err != nil {
			return nil, err
		}
		total += len(want)
		if len(fs) != len(want) {
			res.Mismatches = append(res.Mismatches, fmt.Sprintf("%s: %d quotes found, the table has %d", prefix, len(fs), len(want)))
		}
		for i := 0; i < min(len(fs), len(want)); i++ {
			f, w := fs[i], want[i]
			var why []string
			if !strings.HasPrefix(f.Quote.Text, w["begins"]) {
				why = append(why, fmt.Sprintf("quote %q", clip(f.Quote.Text, 40)))
			}
			if !strings.Contains("|"+w["verdicts"]+"|", "|"+f.Verdict.String()+"|") {
				why = append(why, "verdict "+f.Verdict.String()+", want "+w["verdicts"])
			}
			if f.Verdict != align.Skipped && f.SpeakerID != w["speaker"] {
				why = append(why, fmt.Sprintf("speaker %q, want %q", f.SpeakerID, w["speaker"]))
			}
			if w["source"] != "" && (f.Source == nil || f.Source.SpeakerID != w["source"]) {
				why = append(why, "source speaker, want "+w["source"])
			}
			if len(why) == 0 {
				agree++
			} else {
				res.Mismatches = append(res.Mismatches, fmt.Sprintf("%s %q: %s", prefix, w["begins"], strings.Join(why, "; ")))
			}
		}
	}
	res.Agree = newRatio(agree, total)
	return res, nil
}

// loadRecord reads transcripts into a record.
func loadRecord(paths ...string) (*align.Record, error) {
	var trs []*quotes.Transcript
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		d, err := quotes.NewDoc(p, data)
		if err != nil {
			return nil, err
		}
		tr, err := quotes.ParseTranscript(d)
		if err != nil {
			return nil, err
		}
		trs = append(trs, tr)
	}
	return align.NewRecord(trs...), nil
}

func checkArticle(rec *align.Record, path string) ([]align.Finding, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d, err := quotes.NewDoc(path, data)
	if err != nil {
		return nil, err
	}
	return rec.Check(quotes.ParseArticleKnown(d, rec.Surnames())), nil
}
