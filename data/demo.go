package data

import (
	"embed"

	"parallax/model"
)

// demoFS holds the demo corpus: Markdown articles with front matter, written
// for parallax, so the reader has something to show with no files at hand.
//
//go:embed demo
var demoFS embed.FS

// Demo returns the embedded demo corpus, in file-name order.
func Demo() []model.Document {
	docs, _ := load(fsSource{demoFS}, []string{"demo"}, demoExts, nil)
	return docs
}
