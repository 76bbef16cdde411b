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
	dir := t.TempDir()
	rec := filepath.Join(dir, "record.txt")
	art := filepath.Join(dir, "draft.txt")
	require.NoError(t, os.WriteFile(rec, []byte("MS. RIVERA:  My father told me, \"never sell the family farm,\" and I never did.\n\nMS. RIVERA:  We will not raise taxes on working families, and we will invest in schools.\n"), 0o644))
	require.NoError(t, os.WriteFile(art, []byte("Lena Park, a nurse, heard the speech.\n\n“My father told me, ‘never sell the family farm,’ and I never did,” Rivera said.\n\n“I heard Rivera say, ‘we will not raise taxes on working families,’ and I hope so,” Park said.\n"), 0o644))
	qs := checkJSON(t, "-t", rec, art)
	type row struct{ Text, Verdict string }
	var got []row
	for _, q := range qs {
		got = append(got, row{q.Text, q.Verdict})
	}
	require.Len(t, got, 4)
	assert.Equal(t, row{"My father told me, ‘never sell the family farm,’ and I never did", "verbatim"}, got[0])
	assert.Equal(t, row{"never sell the family farm", "skipped"}, got[1])
	assert.Equal(t, row{"we will not raise taxes on working families", "verbatim"}, got[3])
	assert.Equal(t, "Ms. Rivera", qs[3].Speaker)
	assert.Equal(t, []bool{false, true, false, true}, []bool{qs[0].Nested, qs[1].Nested, qs[2].Nested, qs[3].Nested}, "the report says which quotations are nested")
}
