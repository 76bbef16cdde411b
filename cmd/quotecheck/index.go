package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/cmd/internal/cputime"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/report"
)

// The index command keeps an archive: every transcript a newsroom has,
// tokenized and indexed once into one file (align/archive_read.go tells
// its format), that check --archive opens in a moment.
//
//	quotecheck index build -o briefings.qci transcripts/
//	quotecheck index add briefings.qci new-briefing.txt
//	quotecheck index stats briefings.qci

const indexUsage = `Usage:
  quotecheck index build -o ARCHIVE [flags] TRANSCRIPT|FOLDER...
  quotecheck index add [flags] ARCHIVE TRANSCRIPT|FOLDER...
  quotecheck index stats ARCHIVE

build reads every transcript below the folders given (in every layout check
reads) and writes the archive; add appends transcripts to an archive without
reading the old ones again; stats tells what an archive holds.
`

// archiveExts are the files a folder given to index build or add holds:
// the transcript files check reads from a folder, and tables of turns.
var archiveExts = map[string]bool{".csv": true, ".tsv": true, ".tab": true, ".webvtt": true}

func runIndex(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, indexUsage)
		return exitError
	}
	switch args[0] {
	case "build":
		return runIndexBuild(ctx, args[1:], stdout, stderr, false)
	case "add":
		return runIndexBuild(ctx, args[1:], stdout, stderr, true)
	case "stats":
		return runIndexStats(args[1:], stdout, stderr)
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, indexUsage)
		return exitPass
	}
	fmt.Fprintf(stderr, "quotecheck index: unknown command %q (valid: build, add, stats)\n", args[0])
	return exitError
}

type indexFlags struct {
	fs       *flag.FlagSet
	output   string
	trFormat string
	media    string
	maxBytes int64
	jobs     int
	progress string
}

func newIndexFlags(name string, out io.Writer, add bool) *indexFlags {
	f := &indexFlags{fs: flag.NewFlagSet("index "+name, flag.ContinueOnError)}
	f.fs.SetOutput(out)
	if !add {
		f.fs.StringVar(&f.output, "o", "", "the archive to write (required)")
	}
	f.fs.StringVar(&f.trFormat, "transcript-format", "auto", "layout of the transcripts: "+strings.Join(quotes.Formats(), ", "))
	f.fs.StringVar(&f.media, "media", "", "address of the transcripts' recording")
	f.fs.Int64Var(&f.maxBytes, "max-file-size", defaultMaxBytes, "largest transcript file to read, in bytes")
	f.fs.IntVar(&f.jobs, "j", runtime.NumCPU(), "transcripts read and tokenized in parallel (the archive is the same whatever the number)")
	f.fs.StringVar(&f.progress, "progress", "auto", "progress on standard error: auto (on a terminal), always or never")
	return f
}

// archiveInputs turns the arguments into transcript files: a file itself,
// or every transcript below a folder, sorted.
func archiveInputs(args []string) ([]string, []error) {
	var files []string
	var errs []error
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", quotes.ShowName(arg), quotes.PathErr(err)))
			continue
		}
		if !st.IsDir() {
			files = append(files, arg)
			continue
		}
		var found []string
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if p != arg && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			ext := strings.ToLower(filepath.Ext(p))
			if transcriptExts[ext] || archiveExts[ext] {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %v", quotes.ShowName(arg), quotes.PathErr(err)))
			continue
		}
		if len(found) == 0 {
			errs = append(errs, fmt.Errorf("%s: folder holds no transcript", quotes.ShowName(arg)))
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, errs
}

// progress shows files, words, MB/s and time left on a terminal.
type progress struct {
	out          io.Writer
	on           bool
	start        time.Time
	totalFiles   int
	totalBytes   int64
	files, words atomic.Int64
	bytes        atomic.Int64
	stop         chan struct{}
	done         sync.WaitGroup
	phase        atomic.Value // string
	lastLen      int
}

func newProgress(out io.Writer, mode string, files int, bytes int64) *progress {
	p := &progress{out: out, start: time.Now(), totalFiles: files, totalBytes: bytes, stop: make(chan struct{})}
	p.on = mode == "always" || mode == "auto" && isTerminal(out)
	p.phase.Store("reading")
	if p.on {
		p.done.Add(1)
		go func() {
			defer p.done.Done()
			t := time.NewTicker(200 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-p.stop:
					fmt.Fprintf(p.out, "\r%s\r", strings.Repeat(" ", p.lastLen))
					return
				case <-t.C:
					p.draw()
				}
			}
		}()
	}
	return p
}

func (p *progress) draw() {
	el := time.Since(p.start).Seconds()
	b := p.bytes.Load()
	rate := float64(b) / 1e6 / max(el, 1e-9)
	line := fmt.Sprintf("%s: %d/%d files, %s words, %.1f MB/s", p.phase.Load(), p.files.Load(), p.totalFiles, human(p.words.Load()), rate)
	if b > 0 && b < p.totalBytes {
		left := time.Duration(float64(p.totalBytes-b) / float64(b) * el * float64(time.Second)).Round(time.Second)
		line += fmt.Sprintf(", %s left", left)
	}
	pad := max(p.lastLen-len(line), 0)
	fmt.Fprintf(p.out, "\r%s%s", line, strings.Repeat(" ", pad))
	p.lastLen = len(line)
}

// writing shows that the archive at path is being written, its name as
// quotes.ShowName shows it: the line is drawn on a terminal, where a name
// "rec\x1b[2J.qca" would clear it.
func (p *progress) writing(path string) { p.phase.Store("writing " + quotes.ShowName(path)) }

func (p *progress) finish() {
	if p.on {
		close(p.stop)
		p.done.Wait()
	}
}

// human writes a count as 12.3M, 45.6k or 789.
func human(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.2fG", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1fM", float64(n)/1e6)
	case n >= 1e4:
		return fmt.Sprintf("%.1fk", float64(n)/1e3)
	}
	return fmt.Sprint(n)
}

// chunksPerJob is how many chunks index build cuts its files into per job.
const chunksPerJob = 4

// runIndexBuild builds an archive (add false) or adds to one.
func runIndexBuild(ctx context.Context, args []string, stdout, stderr io.Writer, add bool) int {
	name := "build"
	if add {
		name = "add"
	}
	f := newIndexFlags(name, stderr, add)
	pos, err := parseInterspersed(f.fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitPass
		}
		return exitError
	}
	fail := func(format string, a ...any) int {
		return failed(stderr, "quotecheck index "+name+": ", format, a...)
	}
	var old *align.Record
	if add {
		if len(pos) < 2 {
			return fail("give the archive and the transcripts to add: quotecheck index add ARCHIVE FILE...")
		}
		f.output, pos = pos[0], pos[1:]
		t0 := time.Now()
		if old, err = align.OpenArchive(f.output); err == nil {
			err = old.Verify() // the join reads it all: a damaged archive is told as such, before anything is written
		}
		if err != nil {
			return fail("%v", err)
		}
		fmt.Fprintf(stderr, "quotecheck: %s: %d transcripts, %s words opened in %s; they are not read again\n",
			quotes.ShowName(f.output), old.NumTranscripts(), human(int64(old.Words())), time.Since(t0).Round(time.Millisecond))
	}
	if f.output == "" {
		return fail("-o ARCHIVE is required")
	}
	if len(pos) == 0 {
		return fail("no transcript given")
	}
	if f.jobs < 1 {
		return fail("-j: %d is not a number of jobs (at least 1)", f.jobs)
	}
	trFormat, err := quotes.ParseFormat(f.trFormat)
	if err != nil {
		return fail("%v", err)
	}
	inputErr := false
	noteInputErr := func(err error) {
		inputError(stderr, err)
		inputErr = true
	}
	files, errs := archiveInputs(pos)
	for _, e := range errs {
		noteInputErr(e)
	}
	if !add {
		// "index build -o rec.txt rec.txt" would write the archive over
		// the transcript it is built from; checked before anything is read
		if err := checkOutput(f.output, "the archive", inputFiles(files), false); err != nil {
			return fail("-o: %v", err)
		}
	}
	if old != nil {
		// a file already in the archive is not added twice
		have := map[string]bool{}
		oldTrs, err := old.Transcripts()
		if err != nil {
			return fail("%v", err)
		}
		for _, tr := range oldTrs {
			n, _, _ := strings.Cut(tr.Doc.Name, "#")
			have[n] = true
		}
		kept := files[:0]
		for _, p := range files {
			if have[p] {
				fmt.Fprintf(stderr, "quotecheck: %s: already in %s; not added again\n", quotes.ShowName(p), quotes.ShowName(f.output))
				continue
			}
			kept = append(kept, p)
		}
		files = kept
	}
	var totalBytes int64
	sizes := make([]int64, len(files))
	for i, p := range files {
		if st, err := os.Stat(p); err == nil {
			sizes[i] = st.Size()
			totalBytes += st.Size()
		}
	}
	cpu0 := cputime.Used()
	prog := newProgress(stderr, f.progress, len(files), totalBytes)
	// contiguous chunks of about equal size, tokenized in parallel and
	// joined in order: the archive does not depend on -j. Four a job, so
	// that a job slowed down is made up for and the texts of the chunks
	// read go to the archive (in order) while the next are read, and no
	// more: each chunk learns its words anew.
	nchunks := min(len(files), f.jobs*chunksPerJob)
	var chunks [][2]int
	if nchunks > 0 {
		per := totalBytes/int64(nchunks) + 1
		lo := 0
		var acc int64
		for i := range files {
			acc += sizes[i]
			if acc >= per || i == len(files)-1 {
				chunks = append(chunks, [2]int{lo, i + 1})
				lo, acc = i+1, 0
			}
		}
	}
	// through a link, the file it names is replaced and the link stays
	// ("latest.qca" linked to "2025-03.qca"), as a report's is
	target, err := report.LinkedFile(f.output)
	if err != nil {
		prog.finish()
		return fail("%s: %v", quotes.ShowName(f.output), quotes.PathErr(err))
	}
	aw, err := align.CreateArchive(target)
	if err != nil {
		prog.finish()
		return fail("%v", err)
	}
	parts := make([]*align.RecordBuilder, len(chunks))
	fileErrs := make([]error, len(files))
	next := atomic.Int64{}
	var wg sync.WaitGroup
	// the texts of the chunks go to the archive in order, each as soon as
	// it and those before it are read (not with a base: its texts come
	// first, and are written with the rest)
	chunkDone := make(chan int, len(chunks))
	streamed := make(chan struct{})
	go func() {
		defer close(streamed)
		have := make([]bool, len(chunks))
		n := 0
		for c := range chunkDone {
			have[c] = true
			// once stopped, what is read is thrown away: nothing more written
			for ; n < len(chunks) && have[n] && old == nil && ctx.Err() == nil; n++ {
				aw.AddTexts(parts[n])
			}
		}
	}()
	for range min(f.jobs, len(chunks)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				c := int(next.Add(1) - 1)
				if c >= len(chunks) || ctx.Err() != nil {
					return
				}
				b := align.NewRecordBuilder()
				var chunkBytes int64
				for i := chunks[c][0]; i < chunks[c][1]; i++ {
					chunkBytes += sizes[i]
				}
				b.Grow(int(chunkBytes))
				for i := chunks[c][0]; i < chunks[c][1]; i++ {
					doc, err := readDoc(files[i], f.maxBytes)
					var trs []*quotes.Transcript
					if err == nil {
						trs, err = quotes.ParseTranscripts(doc, quotes.ReadOptions{Format: trFormat, Media: f.media})
					}
					if err != nil {
						fileErrs[i] = err
					} else {
						prog.words.Add(int64(b.Add(trs...)))
					}
					prog.files.Add(1)
					prog.bytes.Add(sizes[i])
				}
				parts[c] = b
				chunkDone <- c
			}
		}()
	}
	wg.Wait()
	close(chunkDone)
	<-streamed
	if ctx.Err() != nil {
		aw.Abort()
		prog.finish()
		return interrupted(stderr)
	}
	read := time.Since(prog.start)
	added := 0
	for _, err := range fileErrs {
		if err == nil {
			added++
		}
	}
	if added == 0 && old == nil {
		aw.Abort()
		prog.finish()
		for _, err := range fileErrs {
			if err != nil {
				noteInputErr(err)
			}
		}
		return fail("no transcript could be read; %s not written", quotes.ShowName(f.output))
	}
	// the archive is written as the posting tables are derived: what
	// does not hang on them first
	prog.phase.Store("deriving the posting tables")
	t1 := time.Now()
	var derive time.Duration
	rec, werr := aw.Join(func() {
		derive = time.Since(t1)
		prog.writing(f.output)
	}, old, parts...)
	write := time.Since(t1) - derive
	prog.finish()
	for _, err := range fileErrs {
		if err != nil {
			noteInputErr(err)
		}
	}
	if werr != nil {
		return fail("writing %s: %v", quotes.ShowName(f.output), werr)
	}
	total := time.Since(prog.start)
	cpu := cputime.Used() - cpu0
	st, _ := os.Stat(f.output)
	var size int64
	if st != nil {
		size = st.Size()
	}
	if add {
		fmt.Fprintf(stdout, "%s: added %d files (%s words); the old transcripts were not read again: the posting tables were re-derived from the stored word ids in %s\n",
			quotes.ShowName(f.output), added, human(prog.words.Load()), derive.Round(time.Millisecond))
	}
	fmt.Fprintf(stdout, "%s: %d transcripts, %s words, %d speakers; %s (%.2f× the text) written in %s, %.1f MB/s (read and tokenized in %s, %.1f MB/s; joined and indexed in %s; written in %s; CPU %s)\n",
		quotes.ShowName(f.output), rec.NumTranscripts(), human(int64(rec.Words())), len(rec.Speakers()), humanBytes(size), float64(size)/float64(max(textBytes(rec), 1)),
		total.Round(time.Millisecond), float64(totalBytes)/1e6/max(total.Seconds(), 1e-9),
		read.Round(time.Millisecond), float64(totalBytes)/1e6/max(read.Seconds(), 1e-9), derive.Round(time.Millisecond), write.Round(time.Millisecond), cpu.Round(time.Millisecond))
	if inputErr {
		return exitError
	}
	return exitPass
}

func textBytes(r *align.Record) int64 {
	var n int64
	seen := map[string]bool{}
	trs, _ := r.Transcripts() // a record built here, not read from an archive
	for _, tr := range trs {
		base, _, _ := strings.Cut(tr.Doc.Name, "#")
		if !seen[base] {
			seen[base] = true
			n += int64(len(tr.Doc.Text))
		}
	}
	return n
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

func runIndexStats(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "quotecheck index stats: give one archive: quotecheck index stats ARCHIVE")
		return exitError
	}
	info, err := align.StatArchive(args[0])
	if err == nil {
		// every block's CRC, as a check would read them all: stats is
		// where a damaged archive is found before a check meets it
		var rec *align.Record
		if rec, err = align.OpenArchive(args[0]); err == nil {
			err = rec.Verify()
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "quotecheck index stats: %s\n", quotes.ShowText(err.Error()))
		return exitError
	}
	w := stdout
	fmt.Fprintf(w, "archive:      %s (format version %d)\n", quotes.ShowName(args[0]), info.Version)
	fmt.Fprintf(w, "transcripts:  %d (%d turns)\n", info.Transcripts, info.Turns)
	fmt.Fprintf(w, "words:        %d (%d distinct)\n", info.Words, info.Vocabulary)
	fmt.Fprintf(w, "speakers:     %d\n", info.Speakers)
	switch {
	case info.FirstDate == "":
		fmt.Fprintf(w, "dates:        none found\n")
	case info.Undated > 0:
		fmt.Fprintf(w, "dates:        %s to %s (%d transcripts undated)\n", info.FirstDate, info.LastDate, info.Undated)
	default:
		fmt.Fprintf(w, "dates:        %s to %s\n", info.FirstDate, info.LastDate)
	}
	fmt.Fprintf(w, "size:         %s, %.2f× the %s of text\n", humanBytes(info.FileBytes), float64(info.FileBytes)/float64(max(info.TextBytes, 1)), humanBytes(info.TextBytes))
	fmt.Fprintf(w, "checked:      every block's CRC, every transcript read\n")
	fmt.Fprintf(w, "sections:\n")
	for _, s := range info.Sections {
		fmt.Fprintf(w, "  %-8s %12d bytes  %5.1f%%\n", s.Tag, s.Bytes, 100*float64(s.Bytes)/float64(max(info.FileBytes, 1)))
	}
	return exitPass
}

// loadArchive opens --archive for check.
func loadArchive(path string) (*align.Record, error) {
	return align.OpenArchive(path)
}

// recordOf is the record check searches: the archive's, extended with the
// transcripts given (their posting tables then derived again), or the
// transcripts' own.
func recordOf(archive *align.Record, trs []*quotes.Transcript) *align.Record {
	switch {
	case archive == nil:
		return align.NewRecord(trs...)
	case len(trs) == 0:
		return archive
	}
	return archive.Extend(trs...)
}
