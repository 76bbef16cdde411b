package quotes

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkTranscripts holds what every reader promises, whatever the input:
// an error names the file, or every turn is a non-empty stretch of speech
// inside the input, its marks and disfluencies inside the turn.
func checkTranscripts(t *testing.T, d *Doc, trs []*Transcript, err error) {
	t.Helper()
	if err != nil {
		var e *Error
		if !errors.As(err, &e) || !strings.HasPrefix(e.File, d.Name) {
			t.Fatalf("error %q does not name the file", err)
		}
		return
	}
	if len(trs) == 0 {
		t.Fatal("no transcript and no error")
	}
	for _, tr := range trs {
		if len(tr.SpeechText()) != len(d.Text) {
			t.Fatalf("speech text is %d bytes, the file %d", len(tr.SpeechText()), len(d.Text))
		}
		if len(tr.Turns) == 0 {
			t.Fatal("a transcript with no turn")
		}
		for i, turn := range tr.Turns {
			if turn.Start < 0 || turn.End > len(d.Text) || turn.Start >= turn.End {
				t.Fatalf("turn %d span [%d,%d) outside the input of %d bytes", i, turn.Start, turn.End, len(d.Text))
			}
			if strings.TrimSpace(tr.Text(turn)) == "" || !hasLetterOrDigit(tr.Text(turn)) {
				t.Fatalf("turn %d holds no speech: %q", i, tr.Text(turn))
			}
			if turn.Speaker == nil {
				t.Fatalf("turn %d has no speaker", i)
			}
			if turn.Line != d.Line(turn.Start) && tr.Format != FormatRemarks && tr.Format != FormatCommercial && tr.Format != FormatDialogue {
				t.Fatalf("turn %d line %d, its speech starts on line %d", i, turn.Line, d.Line(turn.Start))
			}
			for _, s := range turn.Disfluent {
				if s.Start < turn.Start || s.End > turn.End || s.Start >= s.End {
					t.Fatalf("disfluency [%d,%d) outside turn [%d,%d)", s.Start, s.End, turn.Start, turn.End)
				}
			}
			if i > 0 && turn.Start < tr.Turns[i-1].End {
				t.Fatalf("turn %d starts at %d, inside turn %d ending at %d", i, turn.Start, i-1, tr.Turns[i-1].End)
			}
			tr.TimeAt(turn.Start)
		}
	}
}

// FuzzParseTranscripts feeds every reader arbitrary text, the layouts'
// hand-made examples as seeds.
func FuzzParseTranscripts(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(layouts, "*.*"))
	for _, p := range files {
		if strings.HasSuffix(p, ".golden") {
			continue
		}
		if data, err := os.ReadFile(p); err == nil {
			f.Add(filepath.Base(p), string(data))
		}
	}
	f.Add("x.csv", "Speaker,Text\n\"A\",\"unclosed\nB,x TRUMP: y\n")
	f.Add("x.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n<v A><v B>\n<00:00:01.500>\n")
	f.Add("x.srt", "1\n00:00:01,000 --> 00:00:02,000\n- A: -- -- um um\n")
	f.Fuzz(func(t *testing.T, name, text string) {
		d, err := NewDoc(name, []byte(text))
		if err != nil {
			return
		}
		for _, f := range formats {
			trs, err := ParseTranscripts(d, ReadOptions{Format: f})
			checkTranscripts(t, d, trs, err)
		}
	})
}

// FuzzDisfluencies: the spans are in order, inside the text given, on
// word boundaries.
func FuzzDisfluencies(f *testing.F) {
	f.Add("we will, um, will -- we are the the ready")
	f.Add("I think -- I think that uses this -- that uses this")
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, s := range Disfluencies(text, 0, len(text)) {
			if s.Start < prev || s.End > len(text) || s.Start >= s.End {
				t.Fatalf("span [%d,%d) out of order or outside %d bytes", s.Start, s.End, len(text))
			}
			prev = s.End
		}
	})
}
