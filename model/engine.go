package model

// Analyze cross-checks the documents of one story.
func Analyze(docs []Document) *Analysis {
	a := &Analysis{Version: 1, Documents: docs}
	a.index()
	return a
}
