package quotes

import (
	"regexp"
	"strings"
)

// dialogueRE matches a speaker label written as a name in ordinary case
// at a line's start, as newsroom notes, interview transcripts and a
// parliament's record write them: "Tom Reed: Good morning.", "Reed: …",
// "Q: …". One to three words of a capital and letters (group 1), then
// what the label adds about the speaker and the name does not hold: a
// constituency, party or role in parentheses (group 2: "Tom Reed (Salem
// North) (Lab)", "Ann Lowell (resident):"), or a role of capitalised words
// after a comma (group 3: "Dan Kemp, Transit Director:"); then a colon, a
// space and the speech (group 4 the colon), or, for a label with
// parentheses, the line's end with or without a colon, the speech on the
// next lines, as a parliament's record prints it.
var dialogueRE = regexp.MustCompile(`^[\p{Zs}\t\x{FEFF}]*(\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}.'’\-]*){0,2})` +
	`((?:[ \t]*\([^()\n]{1,60}\))*)` +
	`(,[ \t]+\p{Lu}[\p{L}\p{M}.'’\-]*(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.'’\-]*|of|for|the|and|on|to)){0,5})?` +
	`(?:(:)[\p{Zs}\t]+\S|:?[\p{Zs}\t]*$)`)

// notDialogue are labels in ordinary case that a news page or a blog
// puts before a line of its own, never a speaker's name: "Correction:",
// "Read More:", "Watch:".
var notDialogue = map[string]bool{
	"CORRECTION": true, "CORRECTIONS": true, "CLARIFICATION": true, "UPDATED": true, "PUBLISHED": true,
	"POSTED": true, "FILED": true, "BY": true, "CREDIT": true, "CREDITS": true, "VIDEO": true,
	"WATCH": true, "LISTEN": true, "READ": true, "READ MORE": true, "SEE ALSO": true, "MORE": true,
}

// dialogueLabel is the label of a dialogue line (dialogueRE), the name
// without what the label adds ("Tom Reed" of "Tom Reed (Salem North)
// (Lab)"), and where the speech after it starts (the line's end for a
// label on a line of its own), or "" for another line; none is set for a
// label that introduces no speech ("Note:", "Update:", "Correction:",
// "Read More:"), whose line is no speaker's. A roster's "Reed, Tom:" is
// the name, written family name first.
func dialogueLabel(line string) (label string, speech int, none bool) {
	label, speech, none, _ = commaDialogueLabel(line)
	return label, speech, none
}

// commaDialogueLabel is dialogueLabel, comma telling a label of one word
// before a comma: a roster's "Reed, Tom:" or a role's "Kemp, Director:",
// which a sentence's "Thanks, Tom: that is good news." looks like too.
func commaDialogueLabel(line string) (label string, speech int, none, comma bool) {
	if strings.IndexAny(line, ":(") < 0 {
		return "", 0, false, false
	}
	m := dialogueRE.FindStringSubmatchIndex(line)
	if m == nil {
		return "", 0, false, false
	}
	speech = len(line)
	if m[8] >= 0 {
		speech = m[9] // past the colon
	} else if m[4] == m[5] {
		return "", 0, false, false // "Tom Reed" alone: a label on its own line has parentheses
	}
	label = line[m[2]:m[3]]
	if m[6] >= 0 && m[4] == m[5] {
		if _, ok := familyFirst(line[m[2]:m[7]]); ok {
			label = line[m[2]:m[7]]
		}
	}
	if notSpeech[strings.ToUpper(label)] || notDialogue[strings.ToUpper(label)] {
		return "", 0, true, false
	}
	comma = m[6] >= 0 && m[4] == m[5] && len(strings.Fields(line[m[2]:m[3]])) == 1
	return label, speech, false, comma
}

// dialogueLabels is dialogueLabel for the lines of doc, save that a label
// of one word before a comma (commaDialogueLabel) labels a turn only when
// the record bears it out: the label labels two lines or more, or the
// record writes the roster's name given name first elsewhere ("Tom Reed"
// for "Reed, Tom"); "Thanks, Tom: that is good news." is speech. The
// labels are counted once, at the first such line.
func dialogueLabels(doc *Doc) func(line string) (string, int, bool) {
	var count map[string]int
	named := map[string]bool{}
	return func(line string) (string, int, bool) {
		label, speech, none, comma := commaDialogueLabel(line)
		if !comma {
			return label, speech, none
		}
		if count == nil {
			count = map[string]int{}
			for n := 1; n <= doc.Lines(); n++ {
				if l, _, _, _ := commaDialogueLabel(doc.LineText(n)); l != "" {
					count[l]++
				}
			}
		}
		if count[label] >= 2 {
			return label, speech, none
		}
		if swapped, ok := familyFirst(label); ok {
			if _, seen := named[swapped]; !seen {
				named[swapped] = strings.Contains(doc.Text, swapped)
			}
			if named[swapped] {
				return label, speech, none
			}
		}
		return "", 0, false
	}
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
	labelOf := dialogueLabels(doc)
	for n := 1; n <= doc.Lines() && n <= 2000; n++ {
		if l, _, _ := labelOf(doc.LineText(n)); l != "" {
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
	labelOf := dialogueLabels(doc)
	return parseLabelled(doc, func(line string) (lineLabel, bool) {
		label, at, none := labelOf(line)
		return lineLabel{name: label, speech: at, skip: none}, label != "" || none
	})
}
