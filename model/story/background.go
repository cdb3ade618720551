package story

//go:generate go test -run=TestGenerateBackground . -args -generate

// BackgroundShare returns the share of news articles at large that carry a
// term (a Snowball stem, or "#name" for a name), from the built-in table
// measured over a large multi-outlet news corpus (background_table.go); a
// term missing from the table is rarer than BackgroundFloor and counts as 0.
func BackgroundShare(term string) float64 {
	return float64(background[term])
}

// BackgroundFloor is the smallest share of articles a term needs to be in
// the background table; rarer terms count as 0.
const BackgroundFloor = 0.004
