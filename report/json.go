package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

func init() {
	Register("json", func(Options) Formatter { return FormatterFunc(formatJSON) })
}

// The JSON report's shape; README.md documents it field by field.
type jsonReport struct {
	SchemaVersion int           `json:"schema_version"`
	Quotes        []jsonQuote   `json:"quotes"`
	Warnings      []jsonWarning `json:"warnings"`
	Errors        []string      `json:"errors"`
	Summary       jsonSummary   `json:"summary"`
}

type jsonQuote struct {
	File         string         `json:"file"`
	Line         int            `json:"line"`
	Column       int            `json:"column"`
	EndLine      int            `json:"end_line"`
	EndColumn    int            `json:"end_column"`
	Offset       int            `json:"offset"`
	EndOffset    int            `json:"end_offset"`
	Text         string         `json:"text"`
	AttributedTo string         `json:"attributed_to"`
	Speaker      string         `json:"speaker"`
	Attribution  string         `json:"attribution"`
	Verdict      align.Verdict  `json:"verdict"`
	Reason       string         `json:"reason"`
	Similarity   float64        `json:"similarity"`
	Wording      float64        `json:"wording"`
	Source       *jsonSource    `json:"source"`
	Diff         []align.DiffOp `json:"diff"`
	Nested       bool           `json:"nested,omitempty"` // quoted inside another quotation, which comes before it
}

type jsonSource struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
	At      string `json:"at,omitempty"`   // the moment in the recording, "00:14:31"
	Link    string `json:"link,omitempty"` // the recording at that moment
	// the transcript's date, and how many places of the record hold the
	// quote (verbatim or faithful), the source being the earliest
	Date        string `json:"date,omitempty"`
	Occurrences int    `json:"occurrences,omitempty"`
}

type jsonWarning struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Message string `json:"message"`
}

type jsonArticle struct {
	File           string         `json:"file"`
	Quotes         int            `json:"quotes"`
	Counts         map[string]int `json:"counts"`
	Failing        int            `json:"failing"`
	DifferentEvent bool           `json:"different_event"`
}

type jsonSummary struct {
	Articles []jsonArticle   `json:"articles"`
	Totals   map[string]int  `json:"totals"`
	Failing  int             `json:"failing"`
	Gate     string          `json:"gate"`
	FailOn   []align.Verdict `json:"fail_on"`
}

func round(x float64) float64 { return float64(int(x*1000+0.5)) / 1000 }

func countsMap(c Counts) map[string]int {
	m := map[string]int{}
	for _, v := range align.Verdicts() {
		m[v.String()] = c[v]
	}
	return m
}

func formatJSON(w io.Writer, r *Run) error {
	out := jsonReport{SchemaVersion: SchemaVersion, Quotes: []jsonQuote{}, Warnings: []jsonWarning{}, Errors: r.Errors}
	if out.Errors == nil {
		out.Errors = []string{}
	}
	for _, a := range r.Articles {
		for _, wn := range a.Warnings {
			out.Warnings = append(out.Warnings, jsonWarning{wn.File, wn.Pos.Line, wn.Pos.Column, wn.Msg})
		}
		for _, f := range a.Findings {
			q := jsonQuote{
				File: f.File, Line: f.Start.Line, Column: f.Start.Column, EndLine: f.End.Line, EndColumn: f.End.Column,
				Offset: f.Quote.Start, EndOffset: f.Quote.End, Text: f.Quote.Text,
				AttributedTo: f.AttributedTo, Speaker: f.Speaker, Attribution: f.Attribution.String(),
				Verdict: f.Verdict, Reason: f.Reason, Similarity: round(f.Similarity), Wording: round(f.Wording),
				Diff: f.Diff, Nested: f.Quote.Nested,
			}
			if q.Diff == nil {
				q.Diff = []align.DiffOp{}
			}
			if f.Source != nil {
				q.Source = &jsonSource{f.Source.File, f.Source.Line, f.Source.Speaker, f.Source.Text, f.Source.At, f.Source.Link, f.Source.Date, f.Source.Occurrences}
			}
			out.Quotes = append(out.Quotes, q)
		}
	}
	for _, s := range r.Summarize() {
		out.Summary.Articles = append(out.Summary.Articles, jsonArticle{s.File, s.Quotes, countsMap(s.Counts), s.Failing, s.DifferentEvent})
	}
	if out.Summary.Articles == nil {
		out.Summary.Articles = []jsonArticle{}
	}
	totals, failing := r.Totals()
	out.Summary.Totals = countsMap(totals)
	out.Summary.Failing = failing
	out.Summary.Gate = "pass"
	if failing > 0 {
		out.Summary.Gate = "fail"
	}
	out.Summary.FailOn = r.FailOn
	if out.Summary.FailOn == nil {
		out.Summary.FailOn = []align.Verdict{}
	}
	return encodeJSON(w, out)
}

// encodeJSON writes v as indented JSON, HTML's characters as they are, and
// with every character that quotes.ShowText escapes written as \u:
// "Reed\u202e" decodes to the same string, and the file read with cat or
// in an editor reorders nothing. encoding/json escapes the control characters
// and the line and paragraph separators in its strings itself, and leaves
// DEL, the C1 controls and the bidi embeddings, overrides and isolates as
// they are; outside its strings it writes only its layout, spaces and line
// breaks, which are kept.
func encodeJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	out := b.Bytes()
	if bytes.ContainsFunc(out, jsonHidden) {
		var e bytes.Buffer
		for _, r := range string(out) {
			if jsonHidden(r) {
				fmt.Fprintf(&e, `\u%04x`, r)
			} else {
				e.WriteRune(r)
			}
		}
		out = e.Bytes()
	}
	_, err := w.Write(out)
	return err
}

// jsonHidden reports whether encodeJSON escapes r: a character
// quotes.ShowText escapes, but for the line breaks of the layout.
func jsonHidden(r rune) bool { return r != '\n' && quotes.Hidden(r) }
