package align

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// foldsOfVersion is the fingerprint (foldsFingerprint) of the rules that
// make an archive's words, by the archive version they are written in. An
// archive keeps its record's folded words and its turns' disfluencies as
// they were read when it was built; a change to those rules must bump
// archiveVersion, or an archive built before it is read as if built after
// and gives other findings than its transcripts do.
var foldsOfVersion = map[int]string{
	7: "dafbd07a2daf9526", // British spellings, numbers in compounds (47b7c04)
	8: "11200985125b172a", // stage directions among the disfluencies (bc0a793), months and "vs." (3a5f3a5), and rv10m-01, 05, 06
	// (the fingerprints above were taken before the ordinal, spoken-form and currency tables joined it)
	9:  "732fe19752007846", // ordinals, decades and scale ordinals, dollars, numbers joined by hyphens
	10: "38fca370509d1782", // words an ellipsis joins with no space read apart, time stamps among stage directions, short forms
	11: "6b645f5623399200", // "everyone" as "every one"
	// (the fingerprints above were taken before captions joined it)
	12: "f777ed573ec6a65b", // captions' character references as their characters
	13: "213e27d9c0e5b9d9", // "first" and "second" no ordinal numbers, fractions with a hyphen, a page's number among stage directions
	14: "015577afec1ae57e", // a page's number only on a line of its own, a caption's reference no character names blanked
	// (the fingerprints above were taken before a record's speakers joined it)
	15: "c06e87c98432ae04", // a speaker's office from the header ("Governor Ann Lowell": "the governor"), names in a header in capitals, local offices in labels, suffixes and rosters' "Reed, Tom"
	16: "730c7215cc18eec0", // titles without a period ("Mr Kemp", "Dr Lowell") as the words spoken
	// (the fingerprints above were taken before the words "re-" makes with a hyphen joined it)
	17: "4c6cea2810237943", // "re-sign" not "resign" (respelt)
	// (the fingerprints above were taken before "9.30pm", "11.05a.m.", "don‘t", "I′m", "we`re", "$3bn", "£250m", "$2tn" and "60 mph" joined the probe)
	18: "b2cb08295f84cebc", // a time with a point ("9.30pm") as "9:30 p.m.", an apostrophe typed "‘", "′" or "`" inside a word, "mph" as "miles per hour", "$3bn" as "$3 billion"
	// (the fingerprints above were taken before "don´t", "we＇re", "the-the", "f-fund", "3½", "¾", "re\u2011sign", "well\u2010known" and "har\u00adbor" joined the probe)
	19: "48c21a0cdaff2b50", // an apostrophe typed "´", "＇", "‛" or "ʹ" inside a word, a stammer written with a hyphen ("the-the", "f-fund") as the word, "3½" as "3 and a half", the hyphens U+2010 and U+2011 as "-" inside a word ("re‑sign" is "re-sign"), a soft hyphen as none
	// (the fingerprints above were taken before the currencies of a record's numbers joined it)
	20: "1ac5586952f9a305", // a record's numbers named in a currency, read when it is built
}

// foldsFingerprint hashes the fold tables and the words, disfluencies
// and currencies of a probe transcript.
func foldsFingerprint(t *testing.T) string {
	h := fnv.New64a()
	table := func(name string, m map[string]string) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(h, "%s %s=%s\n", name, k, m[k])
		}
	}
	flat := map[string]string{}
	for k, v := range contractions {
		flat[k] = strings.Join(v, " ")
	}
	table("contractions", flat)
	table("titles", spokenTitles)
	table("spelling", americanSpelling)
	nums := map[string]string{}
	for k, v := range numberWords {
		nums[k] = fmt.Sprint(v)
	}
	table("numbers", nums)
	ords := map[string]string{}
	for k, v := range ordinalWords {
		ords[k] = fmt.Sprint(v)
	}
	table("ordinals", ords)
	table("spoken", spokenForms)
	money := map[string]string{}
	for k := range currencyWords {
		money[k] = ""
	}
	table("currency", money)
	named := map[string]string{}
	for k, v := range currencyNamed {
		named[k] = currencyNames[v]
	}
	for k, v := range currencySigns {
		named[string(k)] = currencyNames[v]
	}
	table("currency names", named)
	respelled := map[string]string{}
	for k := range respelt {
		respelled[k] = ""
	}
	table("respelt", respelled)
	probe := "MS. LOWELL: The bridge is open. (Laughter.) We will, um, we will [inaudible] keep it open (and I mean it) " +
		"until Sept. 21 or Jan. 5, 2026 -- Reed vs. Lowell -- the five-year, 2,500-ton, twenty-four-hour organisation's " +
		"honour, centre-left, self-defence, the twenty-first and 3rd, the nineties, $5 million dollars, 10-12, seven-two, we were...we are, goin' [00:12:31] on Main St., everyone, one-third, the 1st and 2nd, CEO's, a thirty second ad, re-sign, re-elect, ‘to begin’, at 9.30pm, 11.05a.m., don‘t, I′m, we`re, $3bn, £250m, $2tn, 60 mph, don´t, we＇re, the-the f-fund, 3½, ¾, re\u2011sign, well\u2010known, har\u00adbor.\n\n2\n\n(Applause.) Thank you, Mr. Kemp (ph).\n\nMR. REED: [crosstalk] Will it stay open?\n\nMR. KEMP: 40\nin all.\n"
	// and captions, whose speech the subtitle reader makes
	captions := "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Tom Reed>We won&#39;t stop &amp; it&apos;s <i>paid</i>.\n"
	// and a header that names the speakers and their offices, whose
	// names, offices and aliases an archive keeps
	remarks := "REMARKS BY MAYOR TOM REED AND GOVERNOR ANN LOWELL\n\nMR. REED: We will.\n\nMS. LOWELL: The state will.\n"
	// (in a fixed order: the hash depends on it)
	for _, f := range []struct{ name, text string }{{"probe.txt", probe}, {"probe.vtt", captions}, {"remarks.txt", remarks}} {
		name, text := f.name, f.text
		d, err := quotes.NewDoc(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		tr, err := quotes.ParseTranscript(d)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%s: ", name)
		for _, n := range NewRecord(tr).currencies {
			fmt.Fprintf(h, "currency %d %d ", n.pos, n.c)
		}
		for _, turn := range tr.Turns {
			for _, tk := range Tokenize(tr.Text(turn), turn.Start, false) {
				fmt.Fprintf(h, "%s@%d-%d ", tk.Norm, tk.Start, tk.End)
			}
			for _, s := range turn.Disfluent {
				fmt.Fprintf(h, "disfluent %d-%d ", s.Start, s.End)
			}
		}
		if name == "remarks.txt" {
			// (the speakers of this probe alone: the fingerprints of
			// versions 14 and before were taken without them)
			for _, sp := range tr.Speakers {
				fmt.Fprintf(h, "speaker %s|%s|%s|%s ", sp.ID, sp.Name, sp.Title, strings.Join(sp.Aliases, ","))
			}
		}
	}
	return fmt.Sprintf("%016x", h.Sum64())
}

// TestArchiveVersionCoversFolds: the rules an archive's words are read
// with are those of its version (foldsOfVersion).
func TestArchiveVersionCoversFolds(t *testing.T) {
	got := foldsFingerprint(t)
	for v, fp := range foldsOfVersion {
		if fp == got && v != archiveVersion {
			t.Fatalf("the words are read as archives of version %d have them, but archiveVersion is %d", v, archiveVersion)
		}
	}
	if want := foldsOfVersion[archiveVersion]; want != got {
		t.Fatalf("the fold rules changed (fingerprint %s, version %d has %q): bump archiveVersion and note the change in align/archive_read.go, then record the new fingerprint here", got, archiveVersion, want)
	}
}
