package report

import (
	"encoding/json"
	"io"

	"parallax/data/store"
	"parallax/model"
)

// WriteJSON writes the analysis as JSON (model.Analysis.WriteJSON), adding a
// "marks" object keyed by claim ID when the user has starred or annotated
// any claim; without marks the bytes are exactly the analysis's own.
func WriteJSON(w io.Writer, a *model.Analysis, marks map[string]store.Mark) error {
	if len(marks) == 0 {
		return a.WriteJSON(w)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(struct {
		*model.Analysis
		Marks map[string]store.Mark `json:"marks"`
	}{a, marks})
}
