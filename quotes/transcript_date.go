package quotes

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateHead is how much of a transcript's text before its first turn is
// searched for its date: the header of a briefing, never its speech.
const dateHead = 4096

var (
	// 2025-01-07, 2025_01_07, 20250107 (in a file name)
	isoDateRE = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?:[^0-9]|$)`)
	// 01/07/2025, 1/7/25 (month first, as US government transcripts print it)
	slashDateRE = regexp.MustCompile(`(?:^|[^0-9/])(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/((?:19|20)?\d\d)(?:[^0-9/]|$)`)
	// January 7, 2025 / Jan. 7 2025
	monthDayRE = regexp.MustCompile(`(?i)\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
	// 7 January 2025
	dayMonthRE = regexp.MustCompile(`(?i)\b([0-3]?\d)(?:st|nd|rd|th)?\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+((?:19|20)\d\d)\b`)
)

// TranscriptDate finds the day a transcript records, as "2006-01-02", or
// "" when it gives none. In order: the event of a table's date column (the
// transcript named "file#9/26/16"), a date in the file's name
// ("briefing-2025-01-07.txt"), then the first date of the header before the
// first turn: "Tuesday, January 7, 2025", "7 January 2025", "01/07/2025"
// (month first) or "2025-01-07".
func TranscriptDate(tr *Transcript) string {
	if tr == nil || tr.Doc == nil {
		return ""
	}
	name := tr.Doc.Name
	if i := strings.LastIndexByte(name, '#'); i >= 0 {
		if d := findDate(name[i+1:]); d != "" {
			return d
		}
		name = name[:i]
	}
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	if d := findDate(name); d != "" {
		return d
	}
	head := tr.Doc.Text
	if len(tr.Turns) > 0 {
		head = head[:min(tr.Turns[0].Start, len(head))]
	}
	if len(head) > dateHead {
		head = head[:dateHead]
	}
	return findDate(head)
}

// findDate returns the earliest-placed date of s in any of the forms
// TranscriptDate reads, as "2006-01-02".
func findDate(s string) string {
	best, at := "", len(s)+1
	try := func(re *regexp.Regexp, ymd func(m []string) (int, int, int)) {
		loc := re.FindStringSubmatchIndex(s)
		if loc == nil || loc[0] >= at {
			return
		}
		m := make([]string, len(loc)/2)
		for i := range m {
			if loc[2*i] >= 0 {
				m[i] = s[loc[2*i]:loc[2*i+1]]
			}
		}
		y, mo, d := ymd(m)
		t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d || t.Month() != time.Month(mo) { // 31 February
			return
		}
		best, at = t.Format("2006-01-02"), loc[0]
	}
	atoi := func(s string) int { n, _ := strconv.Atoi(s); return n }
	try(isoDateRE, func(m []string) (int, int, int) { return atoi(m[1]), atoi(m[2]), atoi(m[3]) })
	try(slashDateRE, func(m []string) (int, int, int) {
		y := atoi(m[3])
		if len(m[3]) == 2 {
			y += 2000 // '69 and earlier is 19xx, as POSIX reads two-digit years
			if y >= 2069 {
				y -= 100
			}
		}
		return y, atoi(m[1]), atoi(m[2])
	})
	try(monthDayRE, func(m []string) (int, int, int) { return atoi(m[3]), monthNumber(m[1]), atoi(m[2]) })
	try(dayMonthRE, func(m []string) (int, int, int) { return atoi(m[3]), monthNumber(m[2]), atoi(m[1]) })
	return best
}

func monthNumber(s string) int {
	s = strings.ToLower(s)
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, m) {
			return i + 1
		}
	}
	return 0
}
