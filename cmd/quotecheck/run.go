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
	"slices"
	"sort"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/report"
)

// Exit codes.
const (
	exitPass  = 0 // the gate passes
	exitFail  = 1 // at least one quote has a failing verdict
	exitError = 2 // usage or input error (wins over exitFail)
	// exitInterrupted: stopped by SIGINT or SIGTERM (128 + SIGINT, as shells
	// report it); no report is written and existing report files are kept.
	exitInterrupted = 130
)

const usage = `quotecheck checks the quotations of articles against transcripts.

Usage:
  quotecheck check -t TRANSCRIPT [-t TRANSCRIPT ...] [flags] ARTICLE...
  quotecheck check --archive ARCHIVE [-t TRANSCRIPT ...] [flags] ARTICLE...
  quotecheck index build|add|stats ...   (quotecheck index help)
  quotecheck baseline -t TRANSCRIPT [-o BASELINE] [flags] ARTICLE...
  quotecheck version

Flags of check:
`

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run stopped early when ctx is cancelled (main cancels it on
// SIGINT and SIGTERM).
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		newCheckFlags(io.Discard).fs.SetOutput(stderr)
		cf := newCheckFlags(stderr)
		cf.fs.PrintDefaults()
		return exitError
	}
	switch args[0] {
	case "check":
		return runCheck(ctx, args[1:], stdin, stdout, stderr, false)
	case "baseline":
		return runCheck(ctx, args[1:], stdin, stdout, stderr, true)
	case "index":
		return runIndex(ctx, args[1:], stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, "quotecheck", version)
		return exitPass
	case "help", "-h", "--help", "-help":
		fmt.Fprint(stdout, usage)
		cf := newCheckFlags(stdout)
		cf.fs.PrintDefaults()
		return exitPass
	}
	fmt.Fprintf(stderr, "quotecheck: unknown command %q (valid: check, baseline, version, help)\n", args[0])
	return exitError
}

// multi is a repeatable string flag.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(s string) error { *m = append(*m, s); return nil }

type checkFlags struct {
	fs          *flag.FlagSet
	transcripts multi
	formats     multi
	output      string
	failOn      string
	color       string
	maxBytes    int64
	trFormat    string               // --transcript-format
	media       string               // --media
	jobs        int                  // -j: articles checked at once
	maxQuote    int                  // --max-quote-words
	artFormat   quotes.ArticleFormat // --article-format

	nr newsroomFlags // configuration, baseline, changed drafts, standard input

	archive    string        // --archive: a record stored by quotecheck index
	archiveRec *align.Record // and loaded
}

// defaultMaxBytes is the largest input file read unless told otherwise.
const defaultMaxBytes = 64 << 20

// defaultMaxQuoteWords is the longest quotation checked unless told
// otherwise: aligning a quote costs time and memory in proportion to the
// square of its length, and no real quotation comes near a thousand words.
const defaultMaxQuoteWords = 1000

func newCheckFlags(out io.Writer) *checkFlags {
	cf := &checkFlags{fs: flag.NewFlagSet("check", flag.ContinueOnError)}
	cf.fs.SetOutput(out)
	cf.fs.Var(&cf.transcripts, "transcript", "a transcript, the record (repeatable; a folder means every transcript in it)")
	cf.fs.Var(&cf.transcripts, "t", "short for -transcript")
	cf.fs.Var(&cf.formats, "format", "output format NAME or NAME=PATH (repeatable; formats: "+strings.Join(report.Names(), ", ")+")")
	cf.fs.StringVar(&cf.output, "o", "", "write the single format to this file instead of standard output")
	cf.fs.StringVar(&cf.failOn, "fail-on", joinVerdicts(align.DefaultFailing()), "verdicts that fail the gate (comma-separated)")
	cf.fs.StringVar(&cf.color, "color", "auto", "colour the text report: auto, always or never")
	cf.fs.Int64Var(&cf.maxBytes, "max-file-size", defaultMaxBytes, "largest input file to read, in bytes")
	cf.fs.StringVar(&cf.trFormat, "transcript-format", "auto", "layout of the transcripts: "+strings.Join(quotes.Formats(), ", ")+" (auto tells them from content and extension)")
	cf.fs.StringVar(&cf.media, "media", "", "address of the transcripts' recording, so findings link to the moment")
	cf.fs.IntVar(&cf.jobs, "j", runtime.NumCPU(), "articles checked in parallel (the report is the same whatever the number)")
	cf.fs.IntVar(&cf.maxQuote, "max-quote-words", defaultMaxQuoteWords, "longest quotation checked, in words; a longer one is skipped with a warning")
	cf.artFormat = quotes.ArticleAuto
	cf.fs.Func("article-format", "form of the articles: "+strings.Join(quotes.ArticleFormats(), ", ")+" (default auto: from extension and content)", func(s string) (err error) {
		cf.artFormat, err = quotes.ParseArticleFormat(s)
		return err
	})
	cf.fs.StringVar(&cf.archive, "archive", "", "an archive of transcripts written by quotecheck index build (with -t, the transcripts are added to it for the run)")
	cf.nr.register(cf.fs)
	return cf
}

func joinVerdicts(vs []align.Verdict) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = v.String()
	}
	return strings.Join(s, ",")
}

// parseInterspersed lets flags follow positional arguments, as users write
// them: "check draft.md -t remarks.txt". A flag it does not know is told
// on one line as quotes.ShowText shows it, then the usage: the flag
// package prints the name as given ("-a\x1b[2Jb" cleared the terminal).
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	out := fs.Output()
	fs.SetOutput(io.Discard)
	defer fs.SetOutput(out)
	for {
		if err := fs.Parse(args); err != nil {
			fs.SetOutput(out)
			if !errors.Is(err, flag.ErrHelp) {
				fmt.Fprintln(out, quotes.ShowText(err.Error()))
			}
			fs.Usage()
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

type output struct {
	format report.Formatter
	name   string
	path   string // "" for standard output
}

// runCheck checks articles; writeBaseline (the baseline command) writes
// the failing quotes as a baseline file instead of a report.
func runCheck(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, writeBaseline bool) int {
	cf := newCheckFlags(stderr)
	articles, err := parseInterspersed(cf.fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitPass
		}
		return exitError // the flag package has printed the problem
	}
	fail := func(format string, a ...any) int {
		return failed(stderr, "quotecheck: ", format, a...)
	}
	if cf.maxBytes < 0 {
		return fail("-max-file-size: %d is not a size in bytes", cf.maxBytes)
	}
	nr, err := prepareNewsroom(cf, articles, stdin, writeBaseline)
	if err != nil {
		return fail("%v", err)
	}
	articles = nr.articles
	if len(cf.transcripts) == 0 && !nr.ownRecords && nr.noneLeft == "" && cf.archive == "" {
		return fail("no transcript given (use -t FILE, -t FOLDER or --archive ARCHIVE)")
	}
	if len(articles) == 0 && nr.noneLeft == "" {
		return fail("no article given")
	}
	if cf.jobs < 1 {
		return fail("-j: %d is not a number of jobs (at least 1)", cf.jobs)
	}
	if cf.maxQuote < 1 {
		return fail("-max-quote-words: %d is not a number of words (at least 1)", cf.maxQuote)
	}
	failOn, err := align.ParseVerdicts(cf.failOn)
	if err != nil {
		return fail("-fail-on: %v", err)
	}
	color := false
	switch cf.color {
	case "always":
		color = true
	case "never":
	case "auto":
		color = isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
	default:
		return fail("-color: %q is not auto, always or never", cf.color)
	}
	// outputs
	var outs []output
	if len(cf.formats) == 0 {
		cf.formats = multi{"text"}
	}
	if cf.output != "" && len(cf.formats) > 1 {
		return fail("-o goes with a single format; use -format NAME=PATH for several")
	}
	stdoutUsed := false
	for _, spec := range cf.formats {
		name, path, _ := strings.Cut(spec, "=")
		if cf.output != "" {
			path = cf.output
		}
		fm, err := report.New(name, report.Options{Color: color && path == ""})
		if err != nil {
			return fail("-format: %v", err)
		}
		if path == "" {
			if stdoutUsed {
				return fail("-format: only one format can go to standard output; give the others a file (NAME=PATH)")
			}
			stdoutUsed = true
		}
		for _, o := range outs {
			if path != "" && filepath.Clean(o.path) == filepath.Clean(path) {
				return fail("-format: %s and %s both write %s; give each its own file", o.name, name, quotes.ShowName(path))
			}
		}
		outs = append(outs, output{fm, name, path})
	}

	trFormat, err := quotes.ParseFormat(cf.trFormat)
	if err != nil {
		return fail("%v", err)
	}

	run := &report.Run{FailOn: failOn}
	inputErr := false
	// the record
	var trs []*quotes.Transcript
	for _, arg := range cf.transcripts {
		files, err := expandTranscripts(arg)
		if err != nil {
			inputError(stderr, err)
			run.Errors = append(run.Errors, err.Error())
			inputErr = true
			continue
		}
		for _, f := range files {
			doc, err := readDoc(f, cf.maxBytes)
			if err == nil {
				var read []*quotes.Transcript
				read, err = quotes.ParseTranscripts(doc, quotes.ReadOptions{Format: trFormat, Media: cf.media})
				if err == nil {
					trs = append(trs, read...)
					run.Transcripts = append(run.Transcripts, f)
					continue
				}
			}
			inputError(stderr, err)
			run.Errors = append(run.Errors, err.Error())
			inputErr = true
		}
	}
	if len(trs) == 0 && len(cf.transcripts) > 0 {
		return exitError
	}
	if cf.archive != "" {
		if cf.archiveRec, err = loadArchive(cf.archive); err != nil {
			return fail("%v", err)
		}
		run.Transcripts = append(run.Transcripts, cf.archive)
	}
	if ctx.Err() != nil {
		return interrupted(stderr)
	}
	// articles in parallel, results in command-line order
	for _, res := range nr.check(ctx, cf, run, trs, quotes.ReadOptions{Format: trFormat, Media: cf.media}, stderr) {
		if res.err != nil {
			inputError(stderr, res.err)
			run.Errors = append(run.Errors, res.err.Error())
			inputErr = true
			continue
		}
		run.Articles = append(run.Articles, res.article)
	}
	if ctx.Err() != nil {
		return interrupted(stderr)
	}
	if cf.archiveRec != nil {
		// a part of the archive found corrupt while checking: no report
		// from it
		if err := cf.archiveRec.Err(); err != nil {
			return fail("%v", err)
		}
	}
	if writeBaseline {
		if inputErr {
			return fail("baseline not written: some inputs could not be read")
		}
		if err := nr.writeBaseline(run, stderr); err != nil {
			return fail("writing %v", err)
		}
		return exitPass
	}
	if err := checkOutputs(outs, run.Transcripts, articles); err != nil {
		if cf.output != "" {
			return fail("-o: %v", err)
		}
		return fail("-format: %v", err)
	}
	for _, o := range outs {
		if o.path == "" {
			if err := o.format.Format(stdout, run); err != nil {
				return fail("writing %s report: %v", o.name, err)
			}
			continue
		}
		if err := report.WriteFileAtomic(o.path, func(w io.Writer) error { return o.format.Format(w, run) }); err != nil {
			return fail("writing %v", err)
		}
	}
	switch {
	case inputErr:
		return exitError
	case !run.Passed():
		return exitFail
	}
	return exitPass
}

// checkOutputs refuses, before any report is written, a report file that
// would go over one of the run's inputs ("--format json=draft.md" with
// draft.md among the articles), that is a folder, or whose folder does not
// exist (a link's file's folder, for a link whose file is not there yet),
// or that is the file of another report by another name ("--format
// json=latest.json --format sarif=r.json" with latest.json a link to
// r.json; a pipe by two names): no report is written then, where writing
// the others would leave a part of the set.
func checkOutputs(outs []output, transcripts, articles []string) error {
	inputs := inputFiles(append(slices.Clone(transcripts), articles...))
	var written []output // the outputs before o that exist
	var stats []os.FileInfo
	toBe := map[string]int{} // the files of outputs not there yet, to the output's index
	for x, o := range outs {
		if o.path == "" {
			continue
		}
		if err := checkOutput(o.path, "the "+o.name+" report", inputs, true); err != nil {
			return err
		}
		st, err := os.Stat(o.path)
		if err != nil {
			// not there yet: two names of one file to be (r.json, and
			// latest.json a link to it) are told by the file they name
			file, ferr := report.LinkedFile(o.path)
			if ferr == nil {
				file, ferr = filepath.Abs(file)
			}
			if ferr != nil {
				continue
			}
			if y, ok := toBe[file]; ok {
				return fmt.Errorf("%s and %s both write %s; give each its own file", outs[y].name, o.name, quotes.ShowName(o.path))
			}
			toBe[file] = x
			continue
		}
		for y, other := range stats {
			if os.SameFile(st, other) {
				// two names of one file, a link or a pipe: the second
				// report would replace the first, or find the pipe
				// closed by it
				return fmt.Errorf("%s and %s both write %s; give each its own file", written[y].name, o.name, quotes.ShowName(o.path))
			}
		}
		written, stats = append(written, o), append(stats, st)
	}
	return nil
}

// inputFiles are the regular files among paths, to tell an output that is
// one of them by os.SameFile (through a link or another name too).
func inputFiles(paths []string) []os.FileInfo {
	var inputs []os.FileInfo
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			inputs = append(inputs, st)
		}
	}
	return inputs
}

// checkOutput tells why what (a report, the archive) cannot be written to
// path: path is one of inputs ("--format json=draft.md", "index build -o
// remarks.txt remarks.txt", or a link to either), a folder, or in a folder
// that does not exist; or, unless streams (a report, a baseline: written
// as they are, report.WriteFileAtomic), a named pipe, a device or a socket
// ("index build -o /dev/null": an archive is written at offsets, then
// renamed over path).
func checkOutput(path, what string, inputs []os.FileInfo, streams bool) error {
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return fmt.Errorf("%s: is a folder, not a file", quotes.ShowName(path))
	case err == nil && !st.Mode().IsRegular() && !streams:
		return fmt.Errorf("%s: is %s, not a file", quotes.ShowName(path), align.FileKind(st.Mode()))
	case err == nil:
		for _, in := range inputs {
			if os.SameFile(st, in) {
				return fmt.Errorf("%s is an input of the run; %s would overwrite it", quotes.ShowName(path), what)
			}
		}
	default:
		// a link whose file does not exist yet is written through
		// (report.LinkedFile): the file's folder must exist
		file, lerr := report.LinkedFile(path)
		if lerr != nil {
			return fmt.Errorf("%s: %v", quotes.ShowName(path), quotes.PathErr(lerr))
		}
		if dir, derr := os.Stat(filepath.Dir(file)); derr != nil {
			return fmt.Errorf("%s: %v", quotes.ShowName(path), quotes.PathErr(derr))
		} else if !dir.IsDir() {
			return fmt.Errorf("%s: %s is not a folder", quotes.ShowName(path), quotes.ShowName(filepath.Dir(file)))
		}
	}
	return nil
}

// transcriptExts are the file names read from a transcript folder.
var transcriptExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".tr": true, ".vtt": true, ".srt": true}

// expandTranscripts turns a -t argument into files: the file itself, or
// every transcript file below a folder, sorted.
func expandTranscripts(arg string) ([]string, error) {
	st, err := os.Stat(arg)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", quotes.ShowName(arg), quotes.PathErr(err))
	}
	if !st.IsDir() {
		return []string{arg}, nil
	}
	files, err := filesBelow(arg, transcriptExts)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: folder holds no transcript (looked for %s)", quotes.ShowName(arg), extList())
	}
	return files, nil
}

// filesBelow lists, sorted, the files below folder dir whose extension
// (in lower case) is one of exts, hidden folders left out.
func filesBelow(dir string, exts map[string]bool) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if exts[strings.ToLower(filepath.Ext(p))] {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %v", quotes.ShowName(dir), quotes.PathErr(err))
	}
	sort.Strings(files)
	return files, nil
}

func extList() string {
	var e []string
	for k := range transcriptExts {
		e = append(e, "*"+k)
	}
	sort.Strings(e)
	return strings.Join(e, ", ")
}

// readDoc reads a text file, refusing folders, oversized and binary files.
func readDoc(path string, maxBytes int64) (*quotes.Doc, error) {
	data, err := readLimited(path, maxBytes)
	if err != nil {
		return nil, err
	}
	return quotes.NewDoc(path, data)
}

// readLimited reads a file's bytes, refusing folders, devices, a named
// pipe no one writes to and files over maxBytes, with errors that name the
// file; a pipe with a writer is read (a shell's "-t <(…)"). Every input the
// run reads (articles, transcripts, the configuration, the baseline) comes
// through here.
func readLimited(path string, maxBytes int64) ([]byte, error) {
	f, st, err := align.OpenInput(path, "a file", true)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	tooBig := func() error {
		return fmt.Errorf("%s: larger than the %d-byte limit (raise it with -max-file-size)", quotes.ShowName(path), maxBytes)
	}
	if st.Size() > maxBytes {
		return nil, tooBig() // refused unread: a 10 GB file costs no 64 MiB buffer filled first
	}
	// room for the whole file and one byte more, as os.ReadFile: read
	// without growing the buffer, and a file grown meanwhile still seen
	data := make([]byte, 0, min(max(st.Size(), 0), maxBytes)+1)
	lr := io.LimitReader(f, maxBytes+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, rerr := lr.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if rerr != nil {
			if rerr != io.EOF {
				err = rerr
			}
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %v", quotes.ShowName(path), quotes.PathErr(err))
	}
	if int64(len(data)) > maxBytes {
		return nil, tooBig() // grown while read
	}
	if len(data) == 0 && st.Mode()&fs.ModeNamedPipe != 0 {
		return nil, fmt.Errorf("%s: a named pipe no one wrote to", quotes.ShowName(path))
	}
	if align.IsArchive(data) {
		return nil, fmt.Errorf("%s: is a quotecheck archive, not a text to read (check reads it with --archive)", quotes.ShowName(path))
	}
	return data, nil
}

// failed prints a usage or input error on one line, its text as
// quotes.ShowText shows it: a name or a value from the command line that
// holds a control character ("-o 'x\nok: gate passes'") is shown escaped, so
// it writes no line of its own. It returns exitError.
func failed(stderr io.Writer, prefix, format string, a ...any) int {
	fmt.Fprintf(stderr, "%s%s\n", prefix, quotes.ShowText(fmt.Sprintf(format, a...)))
	return exitError
}

// inputError prints an input that could not be read, on one line.
func inputError(stderr io.Writer, err error) {
	fmt.Fprintf(stderr, "quotecheck: %s\n", quotes.ShowText(err.Error()))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
