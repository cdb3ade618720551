package story

//go:generate go test -run=TestGenerateBackground . -args -generate

// backgroundShare returns the share of news articles at large that carry a
// term, from the built-in table measured over a large multi-outlet news
// corpus (background_table.go); a term missing from the table is rarer than
// the table's floor and counts as 0.
func backgroundShare(term string) float64 {
	return float64(background[term])
}
