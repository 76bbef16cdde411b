package main

import (
	"bytes"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"go.yaml.in/yaml/v3"
)

// configName is the configuration file looked for in the working folder
// and each folder above it, up to the root of the file system.
const configName = ".quotecheck.yaml"

// config is a .quotecheck.yaml file. Paths in it are relative to its folder
// and are kept joined to that folder, so they work from any working folder.
//
//	transcripts: [transcripts/, remarks/2025-01-06.txt]
//	aliases:
//	  Tony Blinken: Antony J. Blinken
//	fail_on: [altered, paraphrased, fabricated, misattributed]
//	min_similarity: 0.8
//	ignore: [drafts/archive/, "**/README.md"]
//	baseline: .quotecheck-baseline.yaml
type config struct {
	Path string // the file, as shown in messages
	Dir  string // its folder

	Transcripts   []string
	Aliases       map[string]string
	FailOn        []align.Verdict
	HasFailOn     bool
	MinSimilarity float64
	HasMinSim     bool
	Ignore        []string // slash-separated patterns, relative to Dir
	Baseline      string

	lines map[string]int // key → line, and "transcripts#i" → line of item i
}

// configKeys are the keys a configuration may have, each with its reader.
var configKeys = map[string]func(c *config, n *yaml.Node) error{
	"transcripts": func(c *config, n *yaml.Node) error {
		list, err := stringList(n)
		for i, item := range list {
			c.Transcripts = append(c.Transcripts, c.join(item.Value))
			c.lines["transcripts#"+strconv.Itoa(i)] = item.Line
		}
		return err
	},
	"aliases": func(c *config, n *yaml.Node) error {
		if isNull(n) {
			return nil
		}
		if n.Kind != yaml.MappingNode {
			return typeErr(n, "a map from a name as articles write it to a speaker of the record")
		}
		c.Aliases = map[string]string{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind != yaml.ScalarNode || v.Kind != yaml.ScalarNode || strings.TrimSpace(k.Value) == "" || strings.TrimSpace(v.Value) == "" {
				return atLine(k.Line, "aliases: each entry is `name as written: speaker of the record`, both names")
			}
			if _, dup := c.Aliases[k.Value]; dup {
				return atLine(k.Line, "aliases: %q is given twice", k.Value)
			}
			c.Aliases[k.Value] = v.Value
		}
		return nil
	},
	"fail_on": func(c *config, n *yaml.Node) error {
		c.HasFailOn = true
		var words []*yaml.Node
		switch n.Kind {
		case yaml.ScalarNode:
			if isNull(n) {
				return nil // fail on nothing: a report that never fails
			}
			for w := range strings.SplitSeq(n.Value, ",") {
				words = append(words, &yaml.Node{Kind: yaml.ScalarNode, Value: strings.TrimSpace(w), Line: n.Line})
			}
		case yaml.SequenceNode:
			list, err := stringList(n)
			if err != nil {
				return err
			}
			words = list
		default:
			return typeErr(n, "a list of verdicts")
		}
		for _, w := range words {
			if w.Value == "" {
				continue
			}
			v, err := align.ParseVerdict(w.Value)
			if err != nil {
				return atLine(w.Line, "fail_on: %v", err)
			}
			c.FailOn = append(c.FailOn, v)
		}
		return nil
	},
	"min_similarity": func(c *config, n *yaml.Node) error {
		if n.Kind != yaml.ScalarNode || n.Tag != "!!float" && n.Tag != "!!int" {
			return typeErr(n, "a number from 0 to 1")
		}
		x, err := strconv.ParseFloat(n.Value, 64)
		if err != nil || x < 0 || x > 1 {
			return atLine(n.Line, "min_similarity: %s is not a number from 0 to 1", n.Value)
		}
		c.MinSimilarity, c.HasMinSim = x, true
		return nil
	},
	"ignore": func(c *config, n *yaml.Node) error {
		list, err := stringList(n)
		for _, item := range list {
			p := strings.TrimPrefix(filepath.ToSlash(item.Value), "./")
			if _, err := path.Match(strings.ReplaceAll(p, "**", "*"), ""); err != nil {
				return atLine(item.Line, "ignore: %q is not a glob pattern: %v", item.Value, err)
			}
			c.Ignore = append(c.Ignore, p)
		}
		return err
	},
	"baseline": func(c *config, n *yaml.Node) error {
		if n.Kind != yaml.ScalarNode || isNull(n) || n.Tag != "!!str" {
			return typeErr(n, "the path of a baseline file")
		}
		c.Baseline = c.join(n.Value)
		return nil
	},
}

func configKeyList() string {
	keys := make([]string, 0, len(configKeys))
	for k := range configKeys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

// lineError is a problem at a line of a YAML file; the file is added by
// the caller.
type lineError struct {
	Line int
	Msg  string
}

func (e *lineError) Error() string { return fmt.Sprintf("%d: %s", e.Line, e.Msg) }

func atLine(line int, format string, a ...any) error {
	return &lineError{line, fmt.Sprintf(format, a...)}
}

// inFile names the file of a lineError ("path:line: message"), or puts the
// path before any other error.
func inFile(path string, err error) error {
	var le *lineError
	if errors.As(err, &le) {
		return fmt.Errorf("%s:%d: %s", quotes.ShowName(path), le.Line, le.Msg)
	}
	return fmt.Errorf("%s: %v", quotes.ShowName(path), err)
}

// prefixed puts prefix before the message of err, keeping its line.
func prefixed(prefix string, err error) error {
	var le *lineError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &le):
		return &lineError{le.Line, prefix + le.Msg}
	}
	return fmt.Errorf("%s%w", prefix, err)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseYAML reads one YAML document into a node, turning the parser's
// "yaml: line N: …" into a lineError. firstLine is the line the text
// starts at in its file (front matter starts at line 2). A second document
// is an error at its "---": its settings would be ignored unsaid, as
// "fail_on: [altered]" after a "---" under the transcripts. An empty one
// (a "---" closing the file) is none.
func parseYAML(data []byte, firstLine int) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc, next yaml.Node
	if err := dec.Decode(&doc); err != nil && err != io.EOF {
		return nil, yamlErr(err, firstLine)
	}
	switch err := dec.Decode(&next); {
	case err == io.EOF:
	case err != nil:
		return nil, yamlErr(err, firstLine)
	case len(next.Content) > 0 && next.Content[0].Tag != "!!null":
		return nil, atLine(next.Line+firstLine-1, `a second YAML document ("---"): the file must hold one, or the rest would be ignored`)
	}
	shift(&doc, firstLine-1)
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return &yaml.Node{Kind: yaml.MappingNode, Line: firstLine}, nil // an empty file
	}
	return doc.Content[0], nil
}

// yamlErr is the parser's error at its line of the file.
func yamlErr(err error, firstLine int) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		return atLine(n+firstLine-1, "%s", m[2])
	}
	return atLine(firstLine, "%s", strings.TrimPrefix(msg, "yaml: "))
}

func shift(n *yaml.Node, by int) {
	if by == 0 {
		return
	}
	n.Line += by
	for _, c := range n.Content {
		shift(c, by)
	}
}

// mapping walks the keys of a mapping node: each key must be known, and
// given once.
func mapping(n *yaml.Node, what string, known []string, each func(key string, k, v *yaml.Node) error) error {
	if n.Kind != yaml.MappingNode {
		return typeErr(n, what)
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return atLine(k.Line, "a key must be a word")
		}
		if !contains(known, k.Value) {
			return atLine(k.Line, "unknown key %q (valid: %s)", k.Value, strings.Join(known, ", "))
		}
		if first, dup := seen[k.Value]; dup {
			return atLine(k.Line, "%s is given twice (first at line %d)", k.Value, first)
		}
		seen[k.Value] = k.Line
		if err := each(k.Value, k, v); err != nil {
			return err
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

// kindName says what a node is, for messages.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a map"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	switch n.Tag {
	case "!!null":
		return "empty"
	case "!!int", "!!float":
		return "the number " + n.Value
	case "!!bool":
		return "the boolean " + n.Value
	}
	// a paragraph read as YAML (an article given as the baseline) is
	// shown by its start: "the text \"As the harbor …\""
	const most = 60
	if r := []rune(n.Value); len(r) > most {
		return fmt.Sprintf("the text %q", string(r[:most])+" …")
	}
	return fmt.Sprintf("the text %q", n.Value)
}

func typeErr(n *yaml.Node, want string) error {
	return atLine(n.Line, "want %s, not %s", want, kindName(n))
}

// stringList reads a list of texts (an empty value is an empty list).
func stringList(n *yaml.Node) ([]*yaml.Node, error) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, typeErr(n, "a list")
	}
	for _, item := range n.Content {
		if item.Kind != yaml.ScalarNode || isNull(item) || item.Tag != "!!str" && item.Tag != "!!int" && item.Tag != "!!float" {
			return nil, typeErr(item, "a text")
		}
	}
	return n.Content, nil
}

func (c *config) join(p string) string {
	if filepath.IsAbs(p) {
		return filepath.Clean(p)
	}
	return filepath.Join(c.Dir, filepath.FromSlash(p))
}

// loadConfig reads and checks a configuration file of at most maxBytes
// bytes. Every listed transcript must exist.
func loadConfig(file string, maxBytes int64) (*config, error) {
	data, err := readLimited(file, maxBytes)
	if err != nil {
		return nil, err
	}
	c := &config{Path: file, Dir: filepath.Dir(file), lines: map[string]int{}}
	root, err := parseYAML(data, 1)
	if err != nil {
		return nil, inFile(file, err)
	}
	known := strings.Split(configKeyList(), ", ")
	err = mapping(root, "a map of settings ("+configKeyList()+")", known, func(key string, k, v *yaml.Node) error {
		c.lines[key] = k.Line
		return configKeys[key](c, v)
	})
	if err != nil {
		return nil, inFile(file, err)
	}
	for i, t := range c.Transcripts {
		if _, err := os.Stat(t); err != nil {
			return nil, fmt.Errorf("%s:%d: transcripts: %s: %v", quotes.ShowName(file), c.lines["transcripts#"+strconv.Itoa(i)], quotes.ShowName(t), quotes.PathErr(err))
		}
	}
	return c, nil
}

// findConfig looks for configName in dir and each folder above it. It
// returns "" when there is none. The path is relative to dir when the file
// is in dir or above it, as users read it in messages.
func findConfig(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for d := abs; ; {
		p := filepath.Join(d, configName)
		st, err := os.Stat(p)
		switch {
		case err == nil && !st.IsDir():
			if rel, err := filepath.Rel(abs, p); err == nil {
				return filepath.Join(dir, rel), nil
			}
			return p, nil
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return "", fmt.Errorf("%s: %v", quotes.ShowName(p), quotes.PathErr(err))
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", nil
		}
		d = parent
	}
}

// ignored reports whether an article's path matches one of the config's
// ignore patterns. A pattern with no slash matches a file or folder name at
// any depth (as in .gitignore); one with a slash matches the path from the
// config's folder; "**" matches any number of folders; a pattern that
// matches a folder matches everything in it.
func (c *config) ignored(file string) bool {
	if c == nil || len(c.Ignore) == 0 {
		return false
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return false
	}
	dir, err := filepath.Abs(c.Dir)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(dir, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	parts := strings.Split(filepath.ToSlash(rel), "/")
	for _, p := range c.Ignore {
		pat := strings.Split(strings.Trim(p, "/"), "/")
		if !strings.Contains(strings.Trim(p, "/"), "/") {
			pat = append([]string{"**"}, pat...)
		}
		if globMatch(pat, parts) {
			return true
		}
	}
	return false
}

// globMatch matches path segments against pattern segments, "**" standing
// for any number of segments; a pattern that matches a leading part of the
// path matches the whole (a folder holds its files).
func globMatch(pat, parts []string) bool {
	if len(pat) == 0 {
		return true
	}
	if pat[0] == "**" {
		for i := 0; i <= len(parts); i++ {
			if globMatch(pat[1:], parts[i:]) {
				return true
			}
		}
		return false
	}
	if len(parts) == 0 {
		return false
	}
	ok, _ := path.Match(pat[0], parts[0])
	return ok && globMatch(pat[1:], parts[1:])
}

// newsroomFlags are the flags of configuration, per-draft records, the
// baseline, changed drafts and standard input.
type newsroomFlags struct {
	config       string
	noConfig     bool
	baseline     string
	minSim       float64
	changedSince string
	stdinName    string
}

func (n *newsroomFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&n.config, "config", "", "read this configuration file instead of the "+configName+" found in the working folder or above")
	fs.BoolVar(&n.noConfig, "no-config", false, "read no configuration file")
	fs.StringVar(&n.baseline, "baseline", "", "a baseline file of acknowledged quotes, which pass the gate until their text or verdict changes (\"\" for none)")
	fs.Float64Var(&n.minSim, "min-similarity", 0, "a verbatim, faithful or altered quote less similar to its source than this (0..1) is reported as paraphrased")
	fs.StringVar(&n.changedSince, "changed-since", "", "check only the drafts changed since this git revision (and those changed or new in the working tree)")
	fs.StringVar(&n.stdinName, "stdin-filename", "", "the name of the article read from standard input (-) in reports, and the folder its front matter's paths are relative to")
}

// articleExts are the files of an article folder.
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

func articleExtList() string {
	var e []string
	for k := range articleExts {
		e = append(e, "*"+k)
	}
	sort.Strings(e)
	return strings.Join(e, ", ")
}

// stdinArticle is the argument that reads an article from standard input.
const stdinArticle = "-"

// newsroom is what the configuration and the newsroom flags decide about
// one run: the articles to check, and how.
type newsroom struct {
	cfg         *config
	articles    []string // files, and stdinArticle
	stdinDoc    []byte
	stdinName   string
	piped       map[string][]byte // articles that are pipes, read once for their front matter
	noneLeft    string            // why no article is left to check, when the given ones were left out
	frontMatter map[string]frontMatter
	fmErrs      map[string]error // articles whose front matter is wrong
	minSim      float64
	baseline    *baseline // check: the acknowledged quotes
	baselineOut string    // baseline command: the file to write
	ownRecords  bool      // some article names its own transcripts
}

// prepareNewsroom reads the configuration, applies it where no flag says
// otherwise, and picks the articles: folders expanded, ignored paths and
// drafts unchanged since -changed-since left out. writeBaseline is the
// baseline command: -o names the baseline to write, and no baseline is
// applied.
func prepareNewsroom(cf *checkFlags, args []string, stdin io.Reader, writeBaseline bool) (*newsroom, error) {
	n := &newsroom{frontMatter: map[string]frontMatter{}, fmErrs: map[string]error{}, piped: map[string][]byte{}}
	nf := &cf.nr
	set := map[string]bool{}
	cf.fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch {
	case nf.noConfig && nf.config != "":
		return nil, fmt.Errorf("-config and -no-config: give one")
	case nf.config != "":
		c, err := loadConfig(nf.config, cf.maxBytes)
		if err != nil {
			return nil, err
		}
		n.cfg = c
	case !nf.noConfig:
		p, err := findConfig(".")
		if err != nil {
			return nil, err
		}
		if p != "" {
			if n.cfg, err = loadConfig(p, cf.maxBytes); err != nil {
				return nil, err
			}
		}
	}
	if c := n.cfg; c != nil {
		if !set["transcript"] && !set["t"] {
			cf.transcripts = c.Transcripts
		}
		if !set["fail-on"] && c.HasFailOn {
			cf.failOn = joinVerdicts(c.FailOn)
		}
		if !set["min-similarity"] && c.HasMinSim {
			nf.minSim = c.MinSimilarity
		}
		if !set["baseline"] {
			nf.baseline = c.Baseline
		}
	}
	if nf.minSim < 0 || nf.minSim > 1 {
		return nil, fmt.Errorf("-min-similarity: %v is not a number from 0 to 1", nf.minSim)
	}
	n.minSim = nf.minSim

	if writeBaseline {
		if len(cf.formats) > 0 {
			return nil, fmt.Errorf("baseline writes a baseline file, not a report: -format does not apply (use -o FILE)")
		}
		n.baselineOut = cmp.Or(cf.output, nf.baseline, defaultBaseline)
		cf.output = ""
		// "baseline -o draft.md draft.md" would write over the draft
		if err := checkOutput(n.baselineOut, "the baseline", inputFiles(append(slices.Clone(cf.transcripts), args...)), true); err != nil {
			return nil, fmt.Errorf("-o: %v", err)
		}
		if st, err := os.Stat(n.baselineOut); err == nil && st.Mode().IsRegular() {
			// (a baseline written to a pipe or a device, "-o
			// /dev/stdout", has no reasons of its own to keep)
			old, err := loadBaseline(n.baselineOut, cf.maxBytes)
			if err != nil {
				return nil, err
			}
			n.baseline = old
		}
	} else if nf.baseline != "" {
		b, err := loadBaseline(nf.baseline, cf.maxBytes)
		if err != nil {
			if n.cfg != nil && !set["baseline"] {
				return nil, fmt.Errorf("%s:%d: baseline: %v (write one with quotecheck baseline)", quotes.ShowName(n.cfg.Path), n.cfg.lines["baseline"], err)
			}
			return nil, fmt.Errorf("-baseline: %v", err)
		}
		n.baseline = b
	}

	// the articles
	var changed map[string]bool
	if nf.changedSince != "" {
		var err error
		if changed, err = changedFiles(nf.changedSince); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			args = []string{"."}
		}
	}
	skip := map[string]bool{} // transcripts are no drafts, even in a folder of drafts
	for _, t := range cf.transcripts {
		files, _ := expandTranscripts(t)
		for _, f := range files {
			if abs, err := filepath.Abs(f); err == nil {
				skip[abs] = true
			}
		}
	}
	for _, arg := range args {
		if arg == stdinArticle {
			if n.stdinDoc != nil {
				return nil, fmt.Errorf("standard input (-) can be read once only")
			}
			data, err := io.ReadAll(io.LimitReader(stdin, cf.maxBytes+1))
			if err != nil {
				return nil, fmt.Errorf("standard input: %v", err)
			}
			n.stdinName = cmp.Or(nf.stdinName, "<stdin>")
			if int64(len(data)) > cf.maxBytes {
				return nil, fmt.Errorf("%s: larger than the %d-byte limit (raise it with -max-file-size)", quotes.ShowName(n.stdinName), cf.maxBytes)
			}
			n.stdinDoc = data
			if n.cfg.ignored(n.stdinName) {
				continue
			}
			n.articles = append(n.articles, arg)
			continue
		}
		files, err := expandArticles(arg, n.cfg)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			abs, _ := filepath.Abs(f)
			if n.cfg.ignored(f) || f != arg && skip[abs] {
				continue
			}
			if changed != nil && !changed[abs] {
				continue
			}
			n.articles = append(n.articles, f)
		}
	}
	if nf.stdinName != "" && n.stdinDoc == nil {
		return nil, fmt.Errorf("-stdin-filename names the article read from standard input: give - as an article")
	}
	if len(n.articles) == 0 {
		switch {
		case changed != nil:
			n.noneLeft = "no draft changed since " + nf.changedSince
		case len(args) > 0 && n.cfg != nil:
			n.noneLeft = "every article given is ignored by " + quotes.ShowName(n.cfg.Path)
		}
	}
	for _, a := range n.articles {
		var fm frontMatter
		var err error
		switch {
		case a == stdinArticle:
			fm, err = parseFrontMatter(n.stdinName, n.stdinDoc)
		case isPipe(a):
			// a pipe reads once ("check <(git show HEAD:draft.md)"): its
			// bytes are kept for the check, which read none where the
			// front matter had read them all
			data, rerr := readLimited(a, cf.maxBytes)
			if rerr != nil {
				n.fmErrs[a] = rerr // (the article's error, as reading it gives)
				continue
			}
			n.piped[a] = data
			fm, err = parseFrontMatter(a, data)
		default:
			fm, err = readFrontMatter(a, cf.maxBytes)
		}
		if err != nil {
			n.fmErrs[a] = err
			continue
		}
		n.frontMatter[a] = fm
		n.ownRecords = n.ownRecords || len(fm.Transcripts) > 0
	}
	return n, nil
}

// isPipe tells whether path names a pipe (a named one, or a shell's
// "<(…)").
func isPipe(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode()&fs.ModeNamedPipe != 0
}

// expandArticles turns an article argument into files: the file itself, or
// every article below a folder (hidden folders and ignored paths left out),
// sorted.
func expandArticles(arg string, c *config) ([]string, error) {
	st, err := os.Stat(arg)
	if err != nil || !st.IsDir() {
		return []string{arg}, nil // reading it reports the problem
	}
	all, err := filesBelow(arg, articleExts)
	if err != nil {
		return nil, err
	}
	if len(all) == 0 {
		return nil, fmt.Errorf("%s: folder holds no article (looked for %s)", quotes.ShowName(arg), articleExtList())
	}
	var files []string
	for _, p := range all {
		if !c.ignored(p) {
			files = append(files, p)
		}
	}
	return files, nil
}
