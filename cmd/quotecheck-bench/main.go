// Command quotecheck-bench measures the quote search side by side with the
// tools a user would otherwise reach for, over records of growing size cut
// from real prose, and writes a table, JSON figures and a log-log chart.
//
//	go run ./cmd/quotecheck-bench -data ../shared/eval -out cmd/quotecheck-bench/results
//
// Records are the novels of the evaluation data, paragraphs given in turn
// to twenty speakers; beyond the novels' 2.3 million words they repeat with
// 5% of their words varied, so that repeats are not identical. Quotes are
// taken from random turns with up to 15% of their words edited
// (substituted, dropped, added, cut with an ellipsis, bracketed, retyped);
// one in five is a sentence of a news article that is not in the record.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/align/synth"
	"github.com/quotecheck/quotecheck/cmd/internal/cputime"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/report"
)

// profile receives a CPU profile of the quote checks when set.
var profile io.Writer

// showSlow prints the slowest quotes of each size (-slow).
var showSlow bool

type config struct {
	data        string
	out         string
	sizes       []int
	quotes      int
	peerQuotes  int
	peers       bool
	difflibMax  int
	fuzzballMax int
	peerBudget  time.Duration
	archive     string // -archive: the folder of make bench-huge
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quotecheck-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c config
	var sizes string
	fs.StringVar(&c.data, "data", "../shared/eval", "the evaluation data folder (novels/ and polnear/)")
	fs.StringVar(&c.out, "out", "", "folder to write results.md, results.json and chart.svg (empty: print only)")
	fs.StringVar(&sizes, "sizes", "2k,100k,1M,10M", "record sizes in words")
	fs.IntVar(&c.quotes, "quotes", 1000, "quotes per record size")
	fs.IntVar(&c.peerQuotes, "peer-quotes", 50, "quotes (a fixed sample of the same) given to each peer")
	fs.BoolVar(&c.peers, "peers", true, "run the peers (python3 difflib, npm fuzzball)")
	difflibMax := fs.String("difflib-max", "10M", "largest record the difflib peer is run on")
	fuzzballMax := fs.String("fuzzball-max", "1M", "largest record the fuzzball peer is run on")
	fs.DurationVar(&c.peerBudget, "peer-budget", 90*time.Second, "time a peer may take per record size; the rest is extrapolated")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the quote checks to this file")
	fs.BoolVar(&showSlow, "slow", false, "print the slowest quotes of each size")
	replot := fs.String("replot", "", "rewrite results.md and chart.svg in this folder from its results.json, without measuring")
	fs.StringVar(&c.archive, "archive", "", "the folder of make bench-huge (bin/huge): its archives' figures (N/queries.json) go into archive.json and the chart")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	var err error
	if c.sizes, err = parseSizes(sizes); err != nil {
		fmt.Fprintln(stderr, "quotecheck-bench: -sizes:", err)
		return 2
	}
	if c.difflibMax, err = parseSize(*difflibMax); err != nil {
		fmt.Fprintln(stderr, "quotecheck-bench: -difflib-max:", err)
		return 2
	}
	if c.fuzzballMax, err = parseSize(*fuzzballMax); err != nil {
		fmt.Fprintln(stderr, "quotecheck-bench: -fuzzball-max:", err)
		return 2
	}
	if *replot != "" {
		data, err := os.ReadFile(filepath.Join(*replot, "results.json"))
		var res []Result
		if err == nil {
			err = json.Unmarshal(data, &res)
		}
		if err != nil {
			fmt.Fprintln(stderr, "quotecheck-bench: -replot:", err)
			return 2
		}
		c.out = *replot
		return write(c, res, stdout, stderr)
	}
	if st, err := os.Stat(filepath.Join(c.data, "novels")); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "quotecheck-bench: no evaluation data at %s (expected %s/novels/*.txt); give its path with -data\n", c.data, c.data)
		return 2
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(stderr, "quotecheck-bench:", err)
			return 2
		}
		defer f.Close()
		profile = f
	}
	res, err := bench(c, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "quotecheck-bench:", err)
		return 2
	}
	return write(c, res, stdout, stderr)
}

// write prints the table and, with -out, writes the three result files.
func write(c config, res []Result, stdout, stderr io.Writer) int {
	md := table(res)
	fmt.Fprint(stdout, md)
	if c.out != "" {
		if err := os.MkdirAll(c.out, 0o755); err != nil {
			fmt.Fprintln(stderr, "quotecheck-bench:", err)
			return 2
		}
		js, _ := json.MarshalIndent(res, "", "  ")
		arc, err := archivePoints(c)
		if err != nil {
			fmt.Fprintln(stderr, "quotecheck-bench:", err)
			return 2
		}
		files := map[string][]byte{"results.md": []byte(md), "results.json": append(js, '\n'), "chart.svg": []byte(chart(res, arc))}
		if c.archive != "" {
			ajs, _ := json.MarshalIndent(arc, "", "  ")
			files["archive.json"] = append(ajs, '\n')
		}
		for name, body := range files {
			if err := report.WriteFileAtomic(filepath.Join(c.out, name), func(w io.Writer) error { _, err := w.Write(body); return err }); err != nil {
				fmt.Fprintln(stderr, "quotecheck-bench:", err)
				return 2
			}
		}
	}
	return 0
}

func parseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := parseSize(f)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

func parseSize(s string) (int, error) {
	s = strings.TrimSpace(s)
	mult := 1
	switch {
	case strings.HasSuffix(s, "k"):
		mult, s = 1000, strings.TrimSuffix(s, "k")
	case strings.HasSuffix(s, "M"):
		mult, s = 1000000, strings.TrimSuffix(s, "M")
	}
	n, err := strconv.Atoi(s)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("%q is not a size such as 2k or 10M", s)
	}
	return n * mult, nil
}

// Result is one record size's figures.
type Result struct {
	Words         int     `json:"words"`
	TextBytes     int     `json:"text_bytes"`
	Turns         int     `json:"turns"`
	BuildSeconds  float64 `json:"build_seconds"`
	BuildMBs      float64 `json:"build_mb_per_s"`
	MemoryRatio   float64 `json:"memory_ratio"` // heap held for the record (text included) / text bytes
	Quotes        int     `json:"quotes"`
	MedianMicros  float64 `json:"median_us"`
	CPUMicros     float64 `json:"cpu_mean_us"` // process CPU time over the quotes, per quote: robust to a busy machine
	P99Micros     float64 `json:"p99_us"`
	Present       int     `json:"present"`
	FoundRight    int     `json:"found_right_place"`
	Absent        int     `json:"absent"`
	AbsentMatched int     `json:"absent_matched"`
	Peers         []Peer  `json:"peers"`
	SampleQC      Peer    `json:"sample_quotecheck"` // quotecheck on the peers' sample
}

// ArchivePoint is the figures of an archive of make bench-huge: quotes
// checked against the archive opened from disk (align's TestHugeQueries
// writes them to N/queries.json beside the archive of N words).
type ArchivePoint struct {
	Words        int     `json:"words"`
	TextBytes    int64   `json:"text_bytes"`
	ArchiveBytes int64   `json:"archive_bytes"`
	OpenSeconds  float64 `json:"open_seconds"`
	Quotes       int     `json:"quotes"`
	MedianMicros float64 `json:"median_us"`
	P99Micros    float64 `json:"p99_us"`
	CPUMicros    float64 `json:"cpu_mean_us"`
}

// archiveSeries is the chart's name for the archive's points.
const archiveSeries = "archive, on disk"

// archivePoints reads the archives' figures: from the folder of -archive
// when given (every N/queries.json in it, by size), else from the
// archive.json of the output folder, if any.
func archivePoints(c config) ([]ArchivePoint, error) {
	var files []string
	if c.archive != "" {
		var err error
		if files, err = filepath.Glob(filepath.Join(c.archive, "*", "queries.json")); err != nil || len(files) == 0 {
			return nil, fmt.Errorf("-archive: no */queries.json under %s (run make bench-huge first)", c.archive)
		}
	}
	var out []ArchivePoint
	if len(files) == 0 {
		data, err := os.ReadFile(filepath.Join(c.out, "archive.json"))
		if errors.Is(err, os.ErrNotExist) {
			return nil, nil
		}
		if err == nil {
			err = json.Unmarshal(data, &out)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", filepath.Join(c.out, "archive.json"), err)
		}
		return out, nil
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var p ArchivePoint
		if err := json.Unmarshal(data, &p); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b ArchivePoint) int { return a.Words - b.Words })
	return out, nil
}

// Peer is a peer's figures on the fixed sample.
type Peer struct {
	Name          string  `json:"name"`
	Quotes        int     `json:"quotes"` // quotes actually run
	SecondsQuote  float64 `json:"seconds_per_quote"`
	Present       int     `json:"present"`
	FoundRight    int     `json:"found_right_place"`
	Absent        int     `json:"absent"`
	AbsentMatched int     `json:"absent_matched"`
	Extrapolated  bool    `json:"extrapolated"`
	Note          string  `json:"note,omitempty"`
}

type benchQuote struct {
	synth.Quote
	id      int
	speaker string // name given to the checker
}

func bench(c config, log io.Writer) ([]Result, error) {
	runtime.GOMAXPROCS(1) // figures per quote on one core
	paras, err := novelParagraphs(filepath.Join(c.data, "novels"))
	if err != nil {
		return nil, err
	}
	absentSrc, err := newsParagraphs(filepath.Join(c.data, "polnear", "data"))
	if err != nil || len(absentSrc) == 0 {
		return nil, fmt.Errorf("no news articles for absent quotes under %s/polnear/data: %v", c.data, err)
	}
	var out []Result
	var lastPeer = map[string]Peer{}
	var lastPeerWords = map[string]int{}
	for _, size := range c.sizes {
		fmt.Fprintf(log, "record of %d words…\n", size)
		turns := synth.Turns(synth.Grow(paras, size), 20)
		res, qs, rec, tr := measureRecord(turns, c, absentSrc)
		res.Words = size
		if c.peers {
			sample := qs[:min(c.peerQuotes, len(qs))]
			res.SampleQC = sampleQuotecheck(rec, tr, sample)
			for _, p := range []struct {
				name string
				max  int
			}{{"difflib", c.difflibMax}, {"fuzzball", c.fuzzballMax}} {
				var pr Peer
				if size <= p.max {
					pr, err = runPeer(p.name, turns, tr, sample, c.peerBudget, log)
					if err != nil {
						pr = Peer{Name: p.name, Note: err.Error()}
					}
				}
				if pr.Quotes == 0 && lastPeerWords[p.name] > 0 {
					prev := lastPeer[p.name]
					pr = Peer{Name: p.name, SecondsQuote: prev.SecondsQuote * float64(size) / float64(lastPeerWords[p.name]),
						Extrapolated: true, Note: fmt.Sprintf("extrapolated linearly from %s words", human(lastPeerWords[p.name]))}
				} else if pr.Quotes > 0 {
					lastPeer[p.name], lastPeerWords[p.name] = pr, size
				}
				res.Peers = append(res.Peers, pr)
			}
		}
		out = append(out, res)
		fmt.Fprintf(log, "  median %.0f µs, p99 %.0f µs, found %d/%d, absent matched %d/%d, memory %.2f× text\n",
			res.MedianMicros, res.P99Micros, res.FoundRight, res.Present, res.AbsentMatched, res.Absent, res.MemoryRatio)
	}
	return out, nil
}

// novelParagraphs reads the novels in name order.
func novelParagraphs(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no novels in %s", dir)
	}
	sort.Strings(files)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, synth.Paragraphs(string(b), 8)...)
	}
	return out, nil
}

func newsParagraphs(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		out = append(out, synth.Paragraphs(string(b), 12)...)
	}
	return out, nil
}

func measureRecord(turns []synth.Turn, c config, absentSrc []string) (Result, []benchQuote, *align.Record, *quotes.Transcript) {
	text := []byte(synth.Transcript(turns))
	runtime.GC()
	debug.FreeOSMemory()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	t0 := time.Now()
	doc, err := quotes.NewDoc("record.txt", text)
	if err != nil {
		panic(err) // generated text is always valid
	}
	tr, err := quotes.ParseTranscript(doc)
	if err != nil {
		panic(err)
	}
	rec := align.NewRecord(tr)
	build := time.Since(t0)
	runtime.GC()
	runtime.ReadMemStats(&after)
	res := Result{TextBytes: len(text), Turns: len(tr.Turns), BuildSeconds: build.Seconds(),
		BuildMBs:    float64(len(text)) / 1e6 / build.Seconds(),
		MemoryRatio: float64(after.HeapAlloc-before.HeapAlloc) / float64(len(text))}

	rng := rand.New(rand.NewPCG(11, uint64(len(turns))))
	kinds := []synth.Edit{synth.Substitute, synth.Drop, synth.Insert, synth.EllipsisCut, synth.Bracket, synth.Typography}
	var qs []benchQuote
	for i := 0; i < c.quotes; i++ {
		var q benchQuote
		if i%5 == 4 {
			q.Quote = synth.Absent(rng, absentSrc, 10+rng.IntN(20))
			q.speaker = surname(turns[rng.IntN(len(turns))].Speaker)
		} else {
			ti := rng.IntN(len(turns))
			n := 8 + rng.IntN(23)
			q.Quote = synth.TakeEdited(rng, turns, ti, n, 0.15, kinds)
			q.speaker = surname(q.Speaker)
		}
		q.id = i
		qs = append(qs, q)
	}
	times := make([]float64, 0, len(qs))
	if profile != nil {
		pprof.StartCPUProfile(profile)
		defer pprof.StopCPUProfile()
	}
	cpu0 := cputime.Used()
	type slow struct {
		us float64
		q  benchQuote
		v  align.Verdict
	}
	var slowest []slow
	for _, q := range qs {
		t := time.Now()
		f := rec.CheckQuote(q.Text, q.speaker)
		us := float64(time.Since(t).Microseconds())
		times = append(times, us)
		if showSlow {
			slowest = append(slowest, slow{us, q, f.Verdict})
			var p, fr, a, m int
			score(&p, &fr, &a, &m, q, f, tr)
			if p == 1 && fr == 0 {
				src := ""
				if f.Source != nil {
					src = f.Source.Text
				}
				fmt.Fprintf(os.Stderr, "  missed: %s %q\n      source %q\n      passage %q\n", f.Verdict, q.Text, src, q.Passage)
			}
		}
		score(&res.Present, &res.FoundRight, &res.Absent, &res.AbsentMatched, q, f, tr)
	}
	res.CPUMicros = (cputime.Used() - cpu0).Seconds() * 1e6 / float64(len(qs))
	if showSlow {
		slices.SortFunc(slowest, func(a, b slow) int { return int(b.us - a.us) })
		for _, s := range slowest[:min(8, len(slowest))] {
			fmt.Fprintf(os.Stderr, "  slow: %.0f µs %s absent=%v %q\n", s.us, s.v, s.q.Absent, s.q.Text)
		}
	}
	res.Quotes = len(qs)
	slices.Sort(times)
	res.MedianMicros = times[len(times)/2]
	res.P99Micros = times[min(len(times)-1, len(times)*99/100)]
	runtime.KeepAlive(rec)
	return res, qs, rec, tr
}

func surname(label string) string { return strings.TrimPrefix(label, "SPEAKER ") }

// score counts a finding: a present quote is found when its verdict is
// verbatim, faithful or altered and its source lies in the turn it was
// taken from; an absent quote is matched when it gets any source at all.
func score(present, found, absent, matched *int, q benchQuote, f align.Finding, tr *quotes.Transcript) {
	if q.Absent {
		*absent++
		if f.Source != nil {
			*matched++
		}
		return
	}
	*present++
	if f.Verdict <= align.Altered && f.Source != nil {
		t := tr.Turns[q.Turn]
		// the turn it was taken from, or the same words said earlier: a
		// record grown by repetition says many passages twice, and the
		// source is then the earliest utterance, as it should be
		if f.Source.Start >= t.Start && f.Source.Start < t.End || sameWords(f.Source.Text, q.Passage) {
			*found++
		}
	}
}

func sameWords(a, b string) bool {
	fold := func(s string) string {
		var w []string
		for _, t := range align.Tokenize(s, 0, false) {
			w = append(w, t.Norm)
		}
		return strings.Join(w, " ")
	}
	return fold(a) == fold(b)
}

func sampleQuotecheck(rec *align.Record, tr *quotes.Transcript, sample []benchQuote) Peer {
	p := Peer{Name: "quotecheck", Quotes: len(sample)}
	t := time.Now()
	for _, q := range sample {
		score(&p.Present, &p.FoundRight, &p.Absent, &p.AbsentMatched, q, rec.CheckQuote(q.Text, q.speaker), tr)
	}
	p.SecondsQuote = time.Since(t).Seconds() / float64(len(sample))
	return p
}

// runPeer runs a peer script on the sample within the time budget. A peer
// reports the best turn per quote; a present quote is found when that is
// the turn it was taken from, an absent quote matched when the peer's score
// reaches 0.8 (as sure as it gets of a match).
func runPeer(name string, turns []synth.Turn, tr *quotes.Transcript, sample []benchQuote, budget time.Duration, log io.Writer) (Peer, error) {
	dir, err := os.MkdirTemp("", "quotecheck-peer-")
	if err != nil {
		return Peer{}, err
	}
	defer os.RemoveAll(dir)
	recPath, qPath, outPath := filepath.Join(dir, "record.jsonl"), filepath.Join(dir, "quotes.jsonl"), filepath.Join(dir, "out.jsonl")
	if err := writeJSONL(recPath, len(turns), func(i int) any { return map[string]string{"speaker": turns[i].Speaker, "text": turns[i].Text} }); err != nil {
		return Peer{}, err
	}
	if err := writeJSONL(qPath, len(sample), func(i int) any { return map[string]any{"id": sample[i].id, "text": sample[i].Text} }); err != nil {
		return Peer{}, err
	}
	here := peersDir()
	var cmd *exec.Cmd
	ctx, cancel := context.WithTimeout(context.Background(), budget)
	defer cancel()
	switch name {
	case "difflib":
		if _, err := exec.LookPath("python3"); err != nil {
			return Peer{}, errors.New("python3 not found")
		}
		cmd = exec.CommandContext(ctx, "python3", filepath.Join(here, "difflib_peer.py"), recPath, qPath, outPath)
	case "fuzzball":
		mods, err := fuzzballModules(log)
		if err != nil {
			return Peer{}, err
		}
		cmd = exec.CommandContext(ctx, "node", filepath.Join(here, "fuzzball_peer.js"), recPath, qPath, outPath)
		cmd.Env = append(os.Environ(), "NODE_PATH="+mods)
	}
	fmt.Fprintf(log, "  %s on %d quotes (budget %s)…\n", name, len(sample), budget)
	cmd.Stderr = log
	runErr := cmd.Run()
	p := Peer{Name: name}
	f, err := os.Open(outPath)
	if err != nil {
		if runErr != nil {
			return Peer{}, fmt.Errorf("%s: %v", name, runErr)
		}
		return Peer{}, err
	}
	defer f.Close()
	byID := map[int]benchQuote{}
	for _, q := range sample {
		byID[q.id] = q
	}
	total := 0.0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r struct {
			ID      int     `json:"id"`
			Turn    int     `json:"turn"`
			Score   float64 `json:"score"`
			Seconds float64 `json:"seconds"`
		}
		if json.Unmarshal(sc.Bytes(), &r) != nil {
			continue // a line cut short by the budget
		}
		q := byID[r.ID]
		p.Quotes++
		total += r.Seconds
		if q.Absent {
			p.Absent++
			if r.Score >= 0.8 {
				p.AbsentMatched++
			}
		} else {
			p.Present++
			if r.Turn == q.Turn {
				p.FoundRight++
			}
		}
	}
	if p.Quotes > 0 {
		p.SecondsQuote = total / float64(p.Quotes)
	}
	if ctx.Err() != nil {
		p.Note = fmt.Sprintf("time budget reached after %d quotes", p.Quotes)
	}
	return p, nil
}

func writeJSONL(path string, n int, item func(int) any) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i := 0; i < n; i++ {
		if err := enc.Encode(item(i)); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// peersDir is the folder of the peer scripts, beside this file.
func peersDir() string {
	for _, d := range []string{"cmd/quotecheck-bench/peers", "peers", "../quotecheck-bench/peers"} {
		if _, err := os.Stat(filepath.Join(d, "difflib_peer.py")); err == nil {
			return d
		}
	}
	return "cmd/quotecheck-bench/peers"
}

var fuzzballDir string

// fuzzballModules installs the npm package fuzzball into a temporary folder
// once and returns its node_modules path.
func fuzzballModules(log io.Writer) (string, error) {
	if fuzzballDir != "" {
		return filepath.Join(fuzzballDir, "node_modules"), nil
	}
	if _, err := exec.LookPath("npm"); err != nil {
		return "", errors.New("npm not found")
	}
	dir, err := os.MkdirTemp("", "quotecheck-fuzzball-")
	if err != nil {
		return "", err
	}
	fmt.Fprintln(log, "  installing fuzzball with npm into", dir)
	cmd := exec.Command("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", dir, "fuzzball")
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("npm install fuzzball: %v", err)
	}
	fuzzballDir = dir
	return filepath.Join(dir, "node_modules"), nil
}

func human(n int) string {
	switch {
	case n >= 1000000 && n%1000000 == 0:
		return fmt.Sprintf("%dM", n/1000000)
	case n >= 1000 && n%1000 == 0:
		return fmt.Sprintf("%dk", n/1000)
	}
	return strconv.Itoa(n)
}

func pct(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.1f%% (%d/%d)", 100*float64(a)/float64(b), a, b)
}

func table(res []Result) string {
	var b strings.Builder
	fmt.Fprintln(&b, "| words | build | memory | median / quote | p99 / quote | CPU / quote (mean) | edited quotes found at the right place | absent quotes matched |")
	fmt.Fprintln(&b, "|---|---|---|---|---|---|---|---|")
	for _, r := range res {
		fmt.Fprintf(&b, "| %s | %.2f s (%.1f MB/s) | %.2f× text | %.0f µs | %.0f µs | %.0f µs | %s | %s |\n", human(r.Words), r.BuildSeconds, r.BuildMBs,
			r.MemoryRatio, r.MedianMicros, r.P99Micros, r.CPUMicros, pct(r.FoundRight, r.Present), pct(r.AbsentMatched, r.Absent))
	}
	if len(res) > 0 && len(res[0].Peers) > 0 {
		fmt.Fprintln(&b)
		fmt.Fprintln(&b, "Peers on the same fixed sample of quotes (time per quote; accuracy: present quotes sourced to the right turn; absent quotes scored ≥ 0.8):")
		fmt.Fprintln(&b)
		fmt.Fprintln(&b, "| words | tool | time / quote | found at the right place | absent matched | quotecheck is faster by |")
		fmt.Fprintln(&b, "|---|---|---|---|---|---|")
		for _, r := range res {
			qc := r.SampleQC
			fmt.Fprintf(&b, "| %s | quotecheck | %s | %s | %s | |\n", human(r.Words), dur(qc.SecondsQuote), pct(qc.FoundRight, qc.Present), pct(qc.AbsentMatched, qc.Absent))
			for _, p := range r.Peers {
				t := dur(p.SecondsQuote)
				if p.Extrapolated {
					t += " (extrapolated)"
				}
				acc, abs := pct(p.FoundRight, p.Present), pct(p.AbsentMatched, p.Absent)
				if p.Extrapolated || p.Quotes == 0 {
					acc, abs = "–", "–"
				}
				speed := "–"
				if p.SecondsQuote > 0 && qc.SecondsQuote > 0 {
					speed = fmt.Sprintf("%.0f×", p.SecondsQuote/qc.SecondsQuote)
				}
				note := ""
				if p.Note != "" {
					note = " — " + p.Note
				}
				fmt.Fprintf(&b, "| %s | %s | %s | %s | %s | %s%s |\n", human(r.Words), p.Name, t, acc, abs, speed, note)
			}
		}
	}
	return b.String()
}

func dur(s float64) string {
	switch {
	case s == 0:
		return "–"
	case s < 1e-3:
		return fmt.Sprintf("%.0f µs", s*1e6)
	case s < 1:
		return fmt.Sprintf("%.1f ms", s*1e3)
	}
	return fmt.Sprintf("%.2f s", s)
}

// chart draws seconds per quote against record size, log-log, one line per
// tool; extrapolated points are hollow and joined by a dashed line.
func chart(res []Result, arc []ArchivePoint) string {
	const W, H, L, R, T, B = 660, 400, 88, 150, 20, 50
	type pt struct {
		x, y  float64
		extra bool
	}
	series := map[string][]pt{}
	order := []string{"quotecheck"}
	for _, a := range arc {
		if len(series[archiveSeries]) == 0 {
			order = append(order, archiveSeries)
		}
		series[archiveSeries] = append(series[archiveSeries], pt{float64(a.Words), a.MedianMicros / 1e6, false})
	}
	for _, r := range res {
		series["quotecheck"] = append(series["quotecheck"], pt{float64(r.Words), r.MedianMicros / 1e6, false})
		for _, p := range r.Peers {
			if p.SecondsQuote <= 0 {
				continue
			}
			if _, ok := series[p.Name]; !ok {
				order = append(order, p.Name)
			}
			series[p.Name] = append(series[p.Name], pt{float64(r.Words), p.SecondsQuote, p.Extrapolated})
		}
	}
	minX, maxX, minY, maxY := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, s := range series {
		for _, p := range s {
			minX, maxX = math.Min(minX, p.x), math.Max(maxX, p.x)
			minY, maxY = math.Min(minY, p.y), math.Max(maxY, p.y)
		}
	}
	if math.IsInf(minX, 0) {
		return `<svg xmlns="http://www.w3.org/2000/svg"/>`
	}
	lx0, lx1 := math.Floor(math.Log10(minX)), math.Ceil(math.Log10(maxX))
	ly0, ly1 := math.Floor(math.Log10(minY)), math.Ceil(math.Log10(maxY))
	if lx1 == lx0 {
		lx1++
	}
	if ly1 == ly0 {
		ly1++
	}
	X := func(x float64) float64 { return L + (math.Log10(x)-lx0)/(lx1-lx0)*(W-L-R) }
	Y := func(y float64) float64 { return H - B - (math.Log10(y)-ly0)/(ly1-ly0)*(H-T-B) }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", W, H, W, H)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", W, H)
	for e := lx0; e <= lx1; e++ {
		x := X(math.Pow(10, e))
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#ddd"/><text x="%.1f" y="%d" text-anchor="middle">%s</text>`+"\n", x, T, x, H-B, x, H-B+18, human(int(math.Pow(10, e))))
	}
	for e := ly0; e <= ly1; e++ {
		y := Y(math.Pow(10, e))
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/><text x="%d" y="%.1f" text-anchor="end">%s</text>`+"\n", L, y, W-R, y, L-6, y+4, dur(math.Pow(10, e)))
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle">record size (words)</text>`+"\n", (L+W-R)/2, H-12)
	fmt.Fprintf(&b, `<text x="16" y="%d" text-anchor="middle" transform="rotate(-90 16 %d)">time per quote</text>`+"\n", (T+H-B)/2, (T+H-B)/2)
	colors := []string{"#1b6ca8", "#5dade2", "#c0392b", "#27ae60", "#8e44ad"}
	for i, name := range order {
		s := series[name]
		col := colors[i%len(colors)]
		for k := 1; k < len(s); k++ {
			dash := ""
			if s[k].extra {
				dash = ` stroke-dasharray="5,4"`
			}
			fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="2"%s/>`+"\n", X(s[k-1].x), Y(s[k-1].y), X(s[k].x), Y(s[k].y), col, dash)
		}
		for _, p := range s {
			fill := col
			if p.extra {
				fill = "white"
			}
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="4" fill="%s" stroke="%s" stroke-width="2"/>`+"\n", X(p.x), Y(p.y), fill, col)
		}
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s" stroke-width="2"/><text x="%d" y="%d">%s</text>`+"\n", W-R+12, T+14+i*20, W-R+32, T+14+i*20, col, W-R+38, T+18+i*20, name)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" fill="#555">hollow: extrapolated</text>`+"\n", W-R+12, T+18+len(order)*20)
	b.WriteString("</svg>\n")
	return b.String()
}
