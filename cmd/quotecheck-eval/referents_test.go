package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestListFailuresKeepsHeldOutUnread: failures of an article with a row of
// the held-out batch are counted, not listed; others are listed by kind.
func TestListFailuresKeepsHeldOutUnread(t *testing.T) {
	refs := []referentRow{
		{split: "train", article: "a", referent: "Lena Park"},
		{split: "train", article: "b", referent: "Omar Haddad", heldOut: true},
		{split: "dev", article: "c", referent: "Omar Haddad", heldOut: true},
	}
	cases := []caseRow{
		{Kind: "missed", Article: "train/a"},
		{Kind: "speaker-pronoun", Article: "train/b"},
		{Kind: "spurious", Article: "train/b"},
		{Kind: "missed", Article: "train/c"},
	}
	worst := map[string][]caseRow{}
	held := listFailures(worst, cases, refs, "train")
	assert.Equal(t, 2, held)
	assert.Len(t, worst["missed"], 2, "train/c: a dev row of that name holds back no train article")
	assert.Empty(t, worst["speaker-pronoun"])
	assert.Empty(t, worst["spurious"])
}
