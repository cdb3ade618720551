package model

import (
	"encoding/json"
	"io"
)

// WriteJSON writes the analysis in parallax's JSON shape (version 1), indented,
// so that every way of asking for it (the CLI, over SSH) gives the same bytes.
func (a *Analysis) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(a)
}
