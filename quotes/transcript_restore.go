package quotes

import "fmt"

// A record stored on disk (align's archive) is read back without reading
// its files again: these constructors rebuild a Doc and a Transcript from
// the parts DocParts and TranscriptParts give, checking them, so that a
// corrupt store is an error and never a Doc whose positions point outside
// its text.

// DocParts returns what RestoreDoc takes back besides the name and text:
// the byte offset of each line's start, and the code-point checkpoints of a
// text that is not ASCII (nil for ASCII). The slices are the Doc's own:
// read them, never change them.
func DocParts(d *Doc) (lineStarts, runeMarks []int) { return d.lines, d.runeMarks }

// RestoreDoc rebuilds the Doc of a transcript from its name, text, line
// starts and code-point checkpoints, as DocParts gave them. The text is
// taken as read by NewDoc before (valid UTF-8, no NUL); the line starts
// must begin at 0 and ascend within the text, and the checkpoints, when
// given, number one per runeStride bytes. The slices are kept, not copied.
func RestoreDoc(name, text string, lineStarts, runeMarks []int) (*Doc, error) {
	if len(lineStarts) == 0 || lineStarts[0] != 0 {
		return nil, &Error{File: name, Msg: "stored line starts do not begin at 0"}
	}
	for i := 1; i < len(lineStarts); i++ {
		if lineStarts[i] <= lineStarts[i-1] || lineStarts[i] > len(text) {
			return nil, &Error{File: name, Msg: fmt.Sprintf("stored line %d starts at %d, out of order or past the text's %d bytes", i+1, lineStarts[i], len(text))}
		}
	}
	if runeMarks != nil && len(runeMarks) != len(text)/runeStride+1 {
		return nil, &Error{File: name, Msg: fmt.Sprintf("%d stored code-point checkpoints for %d bytes of text", len(runeMarks), len(text))}
	}
	return &Doc{Name: name, Text: text, lines: lineStarts, runeMarks: runeMarks}, nil
}

// TranscriptParts returns the speech text of tr when it differs from its
// file's text (a subtitle file's speech, timings blanked), or "".
func TranscriptParts(tr *Transcript) (speech string) { return tr.speech }

// RestoreTranscript rebuilds a transcript read before: its Doc (see
// RestoreDoc), layout, recording address, speakers in order of first turn,
// turns, and the speech text TranscriptParts gave ("" when the speech is
// the file's text). Every turn must have one of the speakers and lie within
// the text; the turns keep the slices given.
func RestoreTranscript(doc *Doc, format Format, media string, speakers []*Speaker, turns []Turn, speech string) (*Transcript, error) {
	if doc == nil {
		return nil, &Error{File: "transcript", Msg: "no document"}
	}
	if speech != "" && len(speech) != len(doc.Text) {
		return nil, &Error{File: doc.Name, Msg: fmt.Sprintf("stored speech of %d bytes for a text of %d", len(speech), len(doc.Text))}
	}
	own := make(map[*Speaker]bool, len(speakers))
	for i, sp := range speakers {
		if sp == nil {
			return nil, &Error{File: doc.Name, Msg: fmt.Sprintf("stored speaker %d is missing", i+1)}
		}
		own[sp] = true
	}
	for i := range turns {
		t := &turns[i]
		if !own[t.Speaker] {
			return nil, &Error{File: doc.Name, Msg: fmt.Sprintf("stored turn %d has no speaker of the transcript", i+1)}
		}
		if t.Start < 0 || t.Start > t.End || t.End > len(doc.Text) {
			return nil, &Error{File: doc.Name, Msg: fmt.Sprintf("stored turn %d spans bytes %d to %d of a text of %d", i+1, t.Start, t.End, len(doc.Text))}
		}
	}
	return &Transcript{Doc: doc, Format: format, Media: media, Speakers: speakers, Turns: turns, speech: speech}, nil
}
