package quotes

import (
	"encoding/csv"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// A table of turns (CSV or TSV) has one turn per row. Its columns are found
// by their header names: the speaker ("Speaker", "Name", "Who"), the speech
// ("Text", "Transcript", "Speech", "Utterance"), and optionally the moment
// ("Time", "Timestamp", "Start"), the record's own turn number ("Line",
// "Turn", "Index") and the event ("Date", "Event", "Debate"). A file with
// an event column holds several records, one per value, named
// "file#value" (see ParseTranscripts). Each turn's span is its speech field
// in the file, so that findings point at the file's own line.
//
// A row's speech that holds a second speaker's label inline (a transcriber's
// slip such as "… same question? TRUMP: …") is split there, when the label
// names a speaker of the table.

var columnNames = map[string][]string{
	"speaker": {"speaker", "name", "who", "person", "speaker name", "speaker_name", "character"},
	"text":    {"text", "transcript", "speech", "utterance", "content", "dialogue", "words", "sentence", "statement"},
	"time":    {"time", "timestamp", "start", "start time", "start_time", "begin", "offset", "timecode"},
	"number":  {"line", "line number", "line_number", "turn", "index", "#", "no", "no.", "id"},
	"event":   {"date", "event", "debate", "session", "episode"},
}

// inlineLabelRE finds a speaker label inside a row's speech.
var inlineLabelRE = regexp.MustCompile(`(?:^|[\s"”])([A-Z][A-Z'’.\-]+(?:[ \t]+[A-Z][A-Z'’.\-]+){0,2}):(?:\s|$)`)

func parseTable(doc *Doc, f Format) ([]*Transcript, error) {
	// line starts as encoding/csv counts lines: at '\n' only
	starts := []int{0}
	for i := 0; i < len(doc.Text); i++ {
		if doc.Text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	offset := func(line, col int) int {
		if line < 1 || line > len(starts) {
			return len(doc.Text)
		}
		return min(starts[line-1]+col-1, len(doc.Text))
	}
	r := csv.NewReader(strings.NewReader(doc.Text))
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	if f == FormatTSV {
		r.Comma = '\t'
	}
	rowErr := func(err error) error {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return &Error{File: doc.Name, Pos: Position{Line: pe.Line, Column: pe.Column}, Msg: pe.Err.Error()}
		}
		return &Error{File: doc.Name, Msg: err.Error()}
	}
	hdr, err := r.Read()
	if err == io.EOF {
		return nil, &Error{File: doc.Name, Msg: "empty table; expected a header row naming speaker and text columns"}
	}
	if err != nil {
		return nil, rowErr(err)
	}
	col := map[string]int{}
	for i, h := range hdr {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		for role, names := range columnNames {
			if _, done := col[role]; done {
				continue
			}
			for _, n := range names {
				if h == n {
					col[role] = i
				}
			}
		}
	}
	_, hasSpeaker := col["speaker"]
	_, hasText := col["text"]
	if !hasSpeaker || !hasText {
		return nil, &Error{File: doc.Name, Pos: Position{Line: 1},
			Msg: "the header row needs a speaker and a text column (found " + strconv.Quote(strings.Join(hdr, ",")) + "; expected names such as Speaker and Text)"}
	}

	type row struct {
		speaker    string
		start, end int // the speech field's bytes, quotes excluded
		line       int
		number     int
		time       string
		event      string
	}
	var rows []row
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, rowErr(err)
		}
		end := int(r.InputOffset())
		field := func(role string) (string, int, int, bool) {
			i, ok := col[role]
			if !ok || i >= len(rec) {
				return "", 0, 0, false
			}
			l, c := r.FieldPos(i)
			s := offset(l, c)
			e := end
			if i+1 < len(rec) {
				l2, c2 := r.FieldPos(i + 1)
				e = offset(l2, c2) - 1 // the separator
			}
			e = max(s, min(e, len(doc.Text)))
			for e > s && (doc.Text[e-1] == '\n' || doc.Text[e-1] == '\r') {
				e--
			}
			if e > s && doc.Text[s] == '"' {
				s++
				if e > s && doc.Text[e-1] == '"' {
					e--
				}
			}
			return rec[i], s, e, true
		}
		sp, _, _, _ := field("speaker")
		_, ts, te, _ := field("text")
		num, _, _, _ := field("number")
		tm, _, _, _ := field("time")
		ev, _, _, _ := field("event")
		n, _ := strconv.Atoi(strings.TrimSpace(num))
		rows = append(rows, row{speaker: strings.TrimSpace(sp), start: ts, end: te, line: doc.Line(ts), number: n,
			time: strings.TrimSpace(tm), event: strings.TrimSpace(ev)})
	}

	// the table's speakers, for inline labels
	known := map[string]bool{}
	for _, rw := range rows {
		if rw.speaker != "" {
			known[speakerFromName(rw.speaker).ID] = true
		}
	}

	var out []*Transcript
	byEvent := map[string]*Transcript{}
	spsOf := map[*Transcript]*speakers{}
	for _, rw := range rows {
		tr := byEvent[rw.event]
		if tr == nil {
			d := doc
			if _, ok := col["event"]; ok && rw.event != "" {
				c := *doc
				c.Name = doc.Name + "#" + rw.event
				d = &c
			}
			tr = &Transcript{Doc: d}
			byEvent[rw.event] = tr
			spsOf[tr] = newSpeakers(tr)
			out = append(out, tr)
		}
		sps := spsOf[tr]
		var sp *Speaker
		if rw.speaker == "" {
			sp = sps.unknown()
		} else {
			sp = sps.get(rw.speaker)
		}
		t := Turn{Speaker: sp, Start: rw.start, End: rw.end, Number: rw.number}
		if d, ok := parseClock(rw.time); ok {
			t.Timed, t.Time = true, d
			t.Marks = []TimeMark{{Offset: rw.start, Time: d}}
		}
		// inline labels of the table's other speakers split the row
		body := doc.Text[rw.start:rw.end]
		for _, m := range inlineLabelRE.FindAllStringSubmatchIndex(body, -1) {
			label := body[m[2]:m[3]]
			other := speakerFromName(label)
			if !known[other.ID] || other.ID == t.Speaker.ID {
				continue
			}
			first := t
			first.End = rw.start + m[2]
			addTurn(tr, first)
			t = Turn{Speaker: sps.get(label), Start: rw.start + m[1], End: rw.end, Number: rw.number, Timed: t.Timed, Time: t.Time}
		}
		addTurn(tr, t)
	}
	// speakers with no turn left (a row of only a label) are dropped
	for _, tr := range out {
		kept := tr.Speakers[:0]
		for _, sp := range tr.Speakers {
			for _, t := range tr.Turns {
				if t.Speaker == sp {
					kept = append(kept, sp)
					break
				}
			}
		}
		tr.Speakers = kept
	}
	return out, nil
}
