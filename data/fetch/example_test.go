package fetch_test

import (
	"context"
	"fmt"
	"os"

	"parallax/data"
	"parallax/data/fetch"
)

// ExampleLoad is how main reads its inputs: the PATHs given, else the
// user's feeds list, else the demo story; progress goes to stderr.
func ExampleLoad() {
	paths := os.Args[1:]
	if len(paths) == 0 {
		if list, ok := fetch.DefaultSources(); ok {
			paths = list
		}
	}
	if len(paths) == 0 {
		fmt.Println(len(data.Demo()) > 0)
		return
	}
	docs, skipped := fetch.Load(context.Background(), fetch.NewClient(fetch.Options{}), paths, func(done, total int) {
		fmt.Fprintf(os.Stderr, "\rfetching %d/%d", done, total)
	})
	for _, s := range skipped {
		fmt.Fprintln(os.Stderr, "parallax: skipped", s.Error())
	}
	fmt.Println(len(docs))
}
