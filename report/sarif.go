package report

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

func init() {
	Register("sarif", func(Options) Formatter { return FormatterFunc(formatSARIF) })
}

// SARIF 2.1.0 (the OASIS Static Analysis Results Interchange Format), which
// code-scanning views read (GitHub code scanning, Azure DevOps, the SARIF
// viewers of editors). One run; one rule per verdict, with its help; one
// result per quote whose verdict fails the gate, its region the quoted words
// (columns in Unicode code points, the end column just past the last
// character, as the JSON report has them), its message the verdict with
// the source passage, its speaker and the word diff, and the source passage
// as a related location. Input errors and warnings are the invocation's
// notifications.
//
// Artifact URIs are relative to the root of the repository (uriBaseId
// %SRCROOT%) when the file is in one, as code scanning wants them; else
// the path as given (a file: URI when absolute). URIs escape every odd
// character of a name; messages show names and text as the text report
// does (quotes.ShowName, quotes.ShowText), since viewers show them as
// they are; the snippets and properties are the inputs' own, escaped as in
// the JSON report.
const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifSrcRoot = "%SRCROOT%"
	sarifInfoURI = "https://github.com/quotecheck/quotecheck"
	sarifHelpURI = "https://github.com/quotecheck/quotecheck#verdicts"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	Results     []sarifResult     `json:"results"`
	ColumnKind  string            `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string             `json:"id"`
	Name                 string             `json:"name"`
	ShortDescription     sarifText          `json:"shortDescription"`
	FullDescription      sarifText          `json:"fullDescription"`
	Help                 sarifMultiText     `json:"help"`
	HelpURI              string             `json:"helpUri"`
	DefaultConfiguration sarifConfiguration `json:"defaultConfiguration"`
	Properties           sarifRuleProps     `json:"properties"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifMultiText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown"`
}

type sarifConfiguration struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool                `json:"executionSuccessful"`
	Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Properties          sarifResultProps  `json:"properties"`
}

type sarifResultProps struct {
	Speaker      string  `json:"speaker"`
	AttributedTo string  `json:"attributedTo"`
	Attribution  string  `json:"attribution"`
	Similarity   float64 `json:"similarity"`
	Wording      float64 `json:"wording"`
}

type sarifLocation struct {
	ID               *int                   `json:"id,omitempty"`
	PhysicalLocation *sarifPhysicalLocation `json:"physicalLocation,omitempty"`
	Message          *sarifText             `json:"message,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
	Region           *sarifRegion          `json:"region,omitempty"`
}

type sarifArtifactLocation struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine"`
	StartColumn int        `json:"startColumn,omitempty"`
	EndLine     int        `json:"endLine,omitempty"`
	EndColumn   int        `json:"endColumn,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

// sarifFingerprint names the partial fingerprint of a result: the quote's
// words and which occurrence of them in the file it is, so that an alert
// follows its quote when lines above it are edited.
const sarifFingerprint = "quoteText/v1"

// verdictHelp is each verdict's rule: a short name, what it means, and what
// a writer does about it.
var verdictHelp = map[align.Verdict]struct{ name, full, fix string }{
	align.Verbatim: {"VerbatimQuote",
		"The quote is the record's words; only typography and punctuation differ (quote marks, dashes, spacing, case, commas, contractions, hyphenation, numerals).",
		"Nothing to do."},
	align.Faithful: {"FaithfulQuote",
		"The quote is the record's words with properly marked editorial changes: [bracketed] insertions or replacements, an ellipsis for an omission.",
		"Nothing to do; check that the marked change keeps the sense."},
	align.Altered: {"AlteredQuote",
		"The quote is mostly the record's words, with changes that are not marked.",
		"Restore the record's words (the diff shows them), mark the change with [brackets] or an ellipsis, or take the changed words out of the quotation marks."},
	align.Paraphrased: {"ParaphrasedQuote",
		"The quote is recognisably a passage of the record, substantially reworded, yet in quotation marks.",
		"Quote the record's words from the source passage, or report the passage as paraphrase without quotation marks."},
	align.Fabricated: {"FabricatedQuote",
		"The named speaker speaks in the record, but nothing in it supports the quote; it may come from another event.",
		"Find where the quote comes from: give its transcript with --transcript, or remove the quote."},
	align.Misattributed: {"MisattributedQuote",
		"The passage is in the record, said by someone other than the named speaker.",
		"Attribute the quote to the person who said it (the source names them)."},
	align.Unverifiable: {"UnverifiableQuote",
		"The named speaker is not in the record and nobody in it said the words, or the quote has no speaker and is not in the record.",
		"Check the quote against a record where its speaker speaks: give that transcript with --transcript."},
	align.Skipped: {"SkippedQuotation",
		"Not a quotation to check: a speakerless term, a title, a scare quote.",
		"Nothing to do."},
}

func sarifLevel(l Level) string {
	switch l {
	case LevelError:
		return "error"
	case LevelWarning:
		return "warning"
	}
	return "none"
}

func sarifRules(r *Run) []sarifRule {
	var rules []sarifRule
	for _, v := range align.Verdicts() {
		h := verdictHelp[v]
		rules = append(rules, sarifRule{
			ID:               v.String(),
			Name:             h.name,
			ShortDescription: sarifText{v.Describe()},
			FullDescription:  sarifText{h.full},
			Help: sarifMultiText{
				Text:     h.full + " " + h.fix,
				Markdown: "**" + v.String() + "**: " + h.full + "\n\n" + h.fix,
			},
			HelpURI:              sarifHelpURI,
			DefaultConfiguration: sarifConfiguration{sarifLevel(r.Level(align.Finding{Verdict: v}))},
			Properties:           sarifRuleProps{Tags: []string{"quotation", "accuracy"}},
		})
	}
	return rules
}

// sarifArtifact is a file's location as a URI, relative to the repository's
// root when it is in one.
func sarifArtifact(paths repoPaths, path string) sarifArtifactLocation {
	if rel, ok := paths.relOK(path); ok {
		return sarifArtifactLocation{URI: (&url.URL{Path: rel}).String(), URIBaseID: sarifSrcRoot}
	}
	p := filepath.ToSlash(path)
	if filepath.IsAbs(path) {
		return sarifArtifactLocation{URI: (&url.URL{Scheme: "file", Path: p}).String()}
	}
	return sarifArtifactLocation{URI: (&url.URL{Path: p}).String()}
}

func formatSARIF(w io.Writer, r *Run) error {
	paths := newRepoPaths()
	run := sarifRun{
		Tool:        sarifTool{sarifDriver{Name: "quotecheck", InformationURI: sarifInfoURI, Rules: sarifRules(r)}},
		Invocations: []sarifInvocation{{ExecutionSuccessful: len(r.Errors) == 0}},
		Results:     []sarifResult{},
		ColumnKind:  "unicodeCodePoints",
	}
	inv := &run.Invocations[0]
	for _, e := range r.Errors {
		inv.Notifications = append(inv.Notifications, sarifNotification{Level: "error", Message: sarifText{showOneLine(e)}})
	}
	ruleIndex := map[align.Verdict]int{}
	for i, v := range align.Verdicts() {
		ruleIndex[v] = i
	}
	sums := r.Summarize()
	for i, a := range r.Articles {
		art := sarifArtifact(paths, a.File)
		for _, wn := range a.Warnings {
			inv.Notifications = append(inv.Notifications, sarifNotification{
				Level: "warning", Message: sarifText{showOneLine(wn.Msg)},
				Locations: []sarifLocation{{PhysicalLocation: &sarifPhysicalLocation{ArtifactLocation: art,
					Region: &sarifRegion{StartLine: wn.Pos.Line, StartColumn: wn.Pos.Column}}}},
			})
		}
		if sums[i].DifferentEvent {
			inv.Notifications = append(inv.Notifications, sarifNotification{
				Level: "warning", Message: sarifText{differentEvent(sums[i])},
				Locations: []sarifLocation{{PhysicalLocation: &sarifPhysicalLocation{ArtifactLocation: art}}},
			})
		}
		seen := map[string]int{}
		for _, f := range a.Findings {
			text := oneLine(f.Quote.Text)
			occurrence := seen[text]
			seen[text]++
			if r.Level(f) != LevelError {
				continue
			}
			res := sarifResult{
				RuleID:    f.Verdict.String(),
				RuleIndex: ruleIndex[f.Verdict],
				Level:     "error",
				Message:   sarifText{f.Verdict.String() + ": " + speakerAs(f) + ": " + reasonText(f) + "\n" + detail(f, paths.rel)},
				Locations: []sarifLocation{{PhysicalLocation: &sarifPhysicalLocation{
					ArtifactLocation: sarifArtifact(paths, f.File),
					Region: &sarifRegion{StartLine: f.Start.Line, StartColumn: f.Start.Column,
						EndLine: f.End.Line, EndColumn: f.End.Column, Snippet: &sarifText{f.Quote.Text}},
				}}},
				PartialFingerprints: map[string]string{sarifFingerprint: fingerprint(text, occurrence)},
				Properties: sarifResultProps{Speaker: f.Speaker, AttributedTo: f.AttributedTo, Attribution: f.Attribution.String(),
					Similarity: round(f.Similarity), Wording: round(f.Wording)},
			}
			if f.Source != nil {
				id := 1
				res.RelatedLocations = []sarifLocation{{
					ID: &id,
					PhysicalLocation: &sarifPhysicalLocation{ArtifactLocation: sarifArtifact(paths, f.Source.File),
						Region: &sarifRegion{StartLine: f.Source.Line, Snippet: &sarifText{f.Source.Text}}},
					Message: &sarifText{"source: " + showOneLine(f.Source.Speaker)},
				}}
			}
			run.Results = append(run.Results, res)
		}
	}
	return encodeJSON(w, sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}})
}

// fingerprint identifies a quote by its words and their occurrence.
func fingerprint(text string, occurrence int) string {
	h := sha256.New()
	io.WriteString(h, strings.ToLower(text))
	h.Write([]byte{0, byte(occurrence), byte(occurrence >> 8)})
	return hex.EncodeToString(h.Sum(nil))[:32]
}
