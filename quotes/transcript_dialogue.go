package quotes

import (
	"regexp"
	"strings"
)

// dialogueRE matches a speaker label written as a name in ordinary case
// at a line's start, with the speech after it on the same line, as
// newsroom notes and interview transcripts write them: "Tom Reed: Good
// morning.", "Reed: …", "Q: …". One to three words of a capital and
// letters, then a colon and a space.
var dialogueRE = regexp.MustCompile(`^[\p{Zs}\t\x{FEFF}]*(\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’\-]*){0,2}):[\p{Zs}\t]+\S`)

// notDialogue are labels in ordinary case that a news page or a blog
// puts before a line of its own, never a speaker's name: "Correction:",
// "Read More:", "Watch:".
var notDialogue = map[string]bool{
	"CORRECTION": true, "CORRECTIONS": true, "CLARIFICATION": true, "UPDATED": true, "PUBLISHED": true,
	"POSTED": true, "FILED": true, "BY": true, "CREDIT": true, "CREDITS": true, "VIDEO": true,
	"WATCH": true, "LISTEN": true, "READ": true, "READ MORE": true, "SEE ALSO": true, "MORE": true,
}

// dialogueLabel is the label of a dialogue line (dialogueRE) and where
// the speech after it starts, or "" for another line; none is set for a
// label that introduces no speech ("Note:", "Update:", "Correction:",
// "Read More:"), whose line is no speaker's.
func dialogueLabel(line string) (label string, speech int, none bool) {
	if strings.IndexByte(line, ':') < 0 {
		return "", 0, false
	}
	m := dialogueRE.FindStringSubmatchIndex(line)
	if m == nil {
		return "", 0, false
	}
	label = line[m[2]:m[3]]
	if notSpeech[strings.ToUpper(label)] || notDialogue[strings.ToUpper(label)] {
		return "", 0, true
	}
	return label, m[3] + 1, false // past the colon
}

// dialogueLines counts the lines of the first lines of doc that open on
// a dialogue label, when the labels look like a conversation's: two or
// more, one of them at least twice, and the turn passing from one to
// another at least twice ("Reed:", "Q:", "Reed:"), which a header's or a
// footer's lines ("Harbor City: …", "Correction: …", "Correction: …")
// do not. 0 otherwise.
func dialogueLines(doc *Doc) int {
	count := map[string]int{}
	lines, changes, repeated, prev := 0, 0, false, ""
	for n := 1; n <= doc.Lines() && n <= 2000; n++ {
		if l, _, _ := dialogueLabel(doc.LineText(n)); l != "" {
			count[l]++
			lines++
			repeated = repeated || count[l] > 1
			if prev != "" && l != prev {
				changes++
			}
			prev = l
		}
	}
	if len(count) < 2 || !repeated || changes < 2 {
		return 0
	}
	return lines
}

// parseDialogue reads a record whose turns open on a name in ordinary
// case and a colon (dialogueRE), each running until the next: the name's
// family name is its key, as in the other layouts, so that "Tom Reed:"
// and "Reed:" are one speaker; "Q:" is the press. Lines before the first
// turn are the header.
func parseDialogue(doc *Doc) (*Transcript, []string) {
	return parseLabelled(doc, func(line string) (lineLabel, bool) {
		label, at, none := dialogueLabel(line)
		return lineLabel{name: label, speech: at, skip: none}, label != "" || none
	})
}
