package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

func init() {
	Register("junit", func(Options) Formatter { return FormatterFunc(formatJUnit) })
}

// The JUnit XML report, in the shape that CI systems' test-report views
// read (Jenkins, GitLab, Azure Pipelines, test-reporter actions): a test
// suite per article and a test case per quote. A quote whose verdict fails
// the gate is a failure, a skipped quote is skipped, and the rest pass; every
// case carries its verdict and evidence in system-out. Inputs that could not
// be read are errors of a suite of their own. No times are written, so the
// same input gives the same bytes. Names and text are shown as in the text
// report (quotes.ShowName, quotes.ShowText), the file attribute too, so a
// control character is written escaped rather than left to XML, which
// forbids most of them, and a bidi override is not acted on by a viewer.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name      string      `xml:"name,attr"`
	Tests     int         `xml:"tests,attr"`
	Failures  int         `xml:"failures,attr"`
	Errors    int         `xml:"errors,attr"`
	Skipped   int         `xml:"skipped,attr"`
	Cases     []junitCase `xml:"testcase"`
	SystemOut *junitText  `xml:"system-out"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitProblem `xml:"failure"`
	Error     *junitProblem `xml:"error"`
	Skipped   *junitSkipped `xml:"skipped"`
	SystemOut *junitText    `xml:"system-out"`
}

type junitProblem struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

// junitText is a block of text kept as written, lines and all.
type junitText struct {
	Text string `xml:",cdata"`
}

// newJUnitText is text for a CDATA section, or nil for none.
func newJUnitText(s string) *junitText {
	if s == "" {
		return nil
	}
	return &junitText{xmlClean(s)}
}

// xmlClean replaces the characters XML 1.0 does not allow (most control
// characters) with U+FFFD: attributes are cleaned by encoding/xml, CDATA
// sections are not.
func xmlClean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20, r >= 0xD800 && r <= 0xDFFF, r == 0xFFFE, r == 0xFFFF:
			return '\uFFFD'
		}
		return r
	}, s)
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// junitInputs names the suite of inputs that could not be read.
const junitInputs = "quotecheck inputs"

func formatJUnit(w io.Writer, r *Run) error {
	out := junitSuites{Name: "quotecheck"}
	if len(r.Errors) > 0 {
		s := junitSuite{Name: junitInputs}
		for _, e := range r.Errors {
			s.Cases = append(s.Cases, junitCase{
				Name: showOneLine(e), Classname: junitInputs,
				Error: &junitProblem{Message: showOneLine(e), Type: "input"},
			})
			s.Tests++
			s.Errors++
		}
		out.Suites = append(out.Suites, s)
	}
	sums := r.Summarize()
	for i, a := range r.Articles {
		s := junitSuite{Name: showName(a.File)}
		var notes []string
		for _, wn := range a.Warnings {
			notes = append(notes, wn.String())
		}
		if sums[i].DifferentEvent {
			notes = append(notes, fmt.Sprintf("%s: warning: %s", showName(a.File), differentEvent(sums[i])))
		}
		s.SystemOut = newJUnitText(strings.Join(notes, "\n"))
		for _, f := range a.Findings {
			c := junitCase{
				Name:      fmt.Sprintf("%d:%d %s: “%s”", f.Start.Line, f.Start.Column, speakerName(f), showText(excerpt(f.Quote.Text, 60))),
				Classname: showName(a.File),
				File:      showName(f.File),
				Line:      f.Start.Line,
				SystemOut: newJUnitText(junitEvidence(f)),
			}
			s.Tests++
			switch {
			case r.Failing(f.Verdict):
				c.Failure = &junitProblem{Message: f.Verdict.String() + ": " + message(f, asGiven), Type: f.Verdict.String(), Text: xmlClean(junitEvidence(f))}
				c.SystemOut = nil
				s.Failures++
			case f.Verdict == align.Skipped:
				c.Skipped = &junitSkipped{Message: showOneLine(nonEmptyString(f.Reason, f.Verdict.Describe()))}
				c.SystemOut = nil
				s.Skipped++
			}
			s.Cases = append(s.Cases, c)
		}
		out.Suites = append(out.Suites, s)
	}
	for _, s := range out.Suites {
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Errors += s.Errors
		out.Skipped += s.Skipped
	}
	ew := &errWriter{w: w}
	io.WriteString(ew, xml.Header)
	enc := xml.NewEncoder(ew)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	io.WriteString(ew, "\n")
	return ew.err
}

// junitEvidence is a finding's verdict and evidence as plain text.
func junitEvidence(f align.Finding) string {
	return fmt.Sprintf("%s:%d:%d: %s: %s\n%s", showName(f.File), f.Start.Line, f.Start.Column, f.Verdict, message(f, asGiven), detail(f, asGiven))
}

func nonEmptyString(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
