package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The command checks quotations one by one: a quotation nested in a
// record speaker's quotation is skipped with it, and one nested in the
// words of someone outside the record is checked on its own.
func TestNestedQuotationsInTheGate(t *testing.T) {
	rec, art := recordAndDraft(t, "MS. RIVERA:  My father told me, \"never sell the family farm,\" and I never did.\n\nMS. RIVERA:  We will not raise taxes on working families, and we will invest in schools.\n",
		"Lena Park, a nurse, heard the speech.\n\n“My father told me, ‘never sell the family farm,’ and I never did,” Rivera said.\n\n“I heard Rivera say, ‘we will not raise taxes on working families,’ and I hope so,” Park said.\n")
	code, _, stderr := runCLI("check", "--no-config", "-t", rec, art)
	assert.Equal(t, exitPass, code, "no quotation fails the gate: Park's is hers, the words she quotes Rivera's; %s", stderr)
	qs := checkJSON(t, "-t", rec, art)
	type row struct{ Text, Verdict string }
	var got []row
	for _, q := range qs {
		got = append(got, row{q.Text, q.Verdict})
	}
	require.Len(t, got, 4)
	assert.Equal(t, row{"My father told me, ‘never sell the family farm,’ and I never did", "verbatim"}, got[0])
	assert.Equal(t, row{"never sell the family farm", "skipped"}, got[1])
	assert.Equal(t, "unverifiable", got[2].Verdict, "Park is not in the record, and the words she quotes are Rivera's")
	assert.Equal(t, row{"we will not raise taxes on working families", "verbatim"}, got[3])
	assert.Equal(t, "Ms. Rivera", qs[3].Speaker)
	assert.Equal(t, []bool{false, true, false, true}, []bool{qs[0].Nested, qs[1].Nested, qs[2].Nested, qs[3].Nested}, "the report says which quotations are nested")
}

// The gate checks on its own a quotation nested in one whose verdict left
// its words out: Kemp's words with a word added fail it.
func TestNestedLeftOutFailsTheGate(t *testing.T) {
	rec, art := recordAndDraft(t, "MR. KEMP:  We will never raise taxes on working families in this state.\n\nMS. RIVERA:  When he told us, I believed him.\n",
		"“When he told us, ‘we will never, ever raise taxes on working families in this state,’ I believed him,” Rivera said.\n")
	qs := checkJSON(t, "-t", rec, art)
	require.Len(t, qs, 2)
	assert.Equal(t, "faithful", qs[0].Verdict)
	assert.Equal(t, "altered", qs[1].Verdict)
}

// recordAndDraft writes a record and a draft into a temporary folder and
// gives their paths.
func recordAndDraft(t *testing.T, record, draft string) (rec, art string) {
	t.Helper()
	dir := t.TempDir()
	rec, art = filepath.Join(dir, "record.txt"), filepath.Join(dir, "draft.txt")
	require.NoError(t, os.WriteFile(rec, []byte(record), 0o644))
	require.NoError(t, os.WriteFile(art, []byte(draft), 0o644))
	return rec, art
}
