// Command parallax lines up several outlets' reports of a story and shows,
// claim by claim, where they agree, where they contradict each other, and what
// only one of them says.
//
//	parallax [PATH|URL...]                      open the reader
//	parallax analyze [--json|--jsonl] [PATH|URL...]  print the cross-check
//	parallax export [--format F] [PATH|URL...]  write a shareable report
//	parallax serve [flags] [PATH|URL...]        serve the reader over SSH
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"parallax/data"
	"parallax/data/fetch"
	"parallax/data/store"
	"parallax/model"
	"parallax/ui"
	"parallax/ui/export"
	"parallax/ui/report"
	"parallax/ui/server"
)

// Exit codes.
const (
	exitOK      = 0 // everything read and analysed
	exitSkipped = 1 // some inputs were skipped, the rest analysed
	exitUsage   = 2 // usage error, or nothing could be read
)

const usage = `parallax: cross-check a story as told by several outlets.

Usage:
  parallax [PATH|URL...]                      open the reader
  parallax analyze [--json|--jsonl] [PATH|URL...]
                                              print the cross-check as a report, JSON,
                                              or JSON Lines (one story a line)
  parallax export [--format markdown|html] [--story ID] [PATH|URL...]
                                              write a shareable report of one story
  parallax serve [--listen :2222] [--host-key PATH] [--authorized-keys PATH]
                 [--max-sessions N] [--idle-timeout 10m] [PATH|URL...]
                                              serve the reader over SSH
Every mode takes --db PATH, the store of fetched pages and marks
(default: $XDG_DATA_HOME/parallax/parallax.db), and --fields MAP, the names
a dataset's records use (e.g. --fields text=content_original,outlet=site;
fields: id, title, text, outlet, date, url, author).

PATH is an article (.txt, .md, .html), a dataset of articles (.jsonl,
.ndjson or .csv, also gzipped: one article a record), a feed or OPML file,
or a folder of them; URL is a feed or an article page. Without any, parallax reads the
feeds listed in ~/.config/parallax/feeds, or opens its built-in demo story.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run picks the mode from the first argument and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "analyze":
			return analyze(args[1:], stdout, stderr)
		case "export":
			return exportStory(args[1:], stdout, stderr)
		case "serve":
			return serve(args[1:], stdout, stderr)
		}
	}
	fs := newFlags("parallax")
	db, fields := dbFlag(fs), fieldsFlag(fs)
	fm, err := parseFlags(fs, args, fields)
	if err != nil {
		return usageError(err, stdout, stderr)
	}
	st := openStore(*db, stderr)
	defer closeStore(st)
	opts := ui.Options{User: store.LocalUser}
	if st != nil {
		opts.Marks = st // a nil *Store must not become a non-nil interface
	}
	err = ui.Run(func(progress func(done, total int)) (*model.Analysis, []error) {
		docs, skipped := load(fs.Args(), st, fm, progress)
		return model.Analyze(docs), asErrors(skipped)
	}, opts)
	if err != nil {
		fmt.Fprintln(stderr, "parallax:", err)
		return exitUsage
	}
	return exitOK
}

// analyze runs `parallax analyze`.
func analyze(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("parallax analyze")
	asJSON := fs.Bool("json", false, "print JSON instead of a report")
	asJSONL := fs.Bool("jsonl", false, "print JSON Lines, one story a line, instead of a report")
	db, fields := dbFlag(fs), fieldsFlag(fs)
	fm, err := parseFlags(fs, args, fields)
	if err == nil && *asJSON && *asJSONL {
		err = errors.New("--json and --jsonl: choose one")
	}
	if err != nil {
		return usageError(err, stdout, stderr)
	}
	st := openStore(*db, stderr)
	defer closeStore(st)
	if *asJSONL {
		return analyzeJSONL(fs.Args(), st, fm, stdout, stderr)
	}
	a, code := analyseInputs(fs.Args(), st, fm, stderr)
	if a == nil {
		return code
	}
	if *asJSON {
		var marks map[string]store.Mark
		if st != nil {
			marks, err = st.MarksFor(store.LocalUser, a)
		}
		if err == nil {
			err = report.WriteJSON(stdout, a, marks)
		}
	} else {
		err = report.Write(colorprofile.NewWriter(stdout, os.Environ()), a)
	}
	if err != nil {
		fmt.Fprintln(stderr, "parallax:", err)
		return exitUsage
	}
	return code
}

// exportStory runs `parallax export`: one story's cross-check as Markdown or HTML.
func exportStory(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("parallax export")
	format := fs.String("format", export.Markdown, "markdown or html")
	storyID := fs.String("story", "", "the story to export when the articles hold several")
	db, fields := dbFlag(fs), fieldsFlag(fs)
	fm, err := parseFlags(fs, args, fields)
	if err != nil {
		return usageError(err, stdout, stderr)
	}
	st := openStore(*db, stderr)
	defer closeStore(st)
	a, code := analyseInputs(fs.Args(), st, fm, stderr)
	if a == nil {
		return code
	}
	id := *storyID
	if id == "" && len(a.Stories) > 1 {
		fmt.Fprintf(stderr, "parallax: the articles hold %d stories; choose one with --story (see `parallax analyze --json`)\n", len(a.Stories))
		return exitUsage
	}
	if id == "" && len(a.Stories) == 1 {
		id = a.Stories[0].ID
	}
	one, ok := a.StoryAnalysis(id)
	if !ok {
		fmt.Fprintf(stderr, "parallax: no story %q in these articles\n", id)
		return exitUsage
	}
	if err := export.Write(stdout, *format, one, one.Stories[0].Title); err != nil {
		fmt.Fprintln(stderr, "parallax:", err)
		return exitUsage
	}
	return code
}

// serve runs `parallax serve`: the corpus is analysed once and served over SSH.
func serve(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("parallax serve")
	cfg := server.Config{Out: stdout}
	fs.StringVar(&cfg.Listen, "listen", server.DefaultListen, "address to listen on; port 0 picks a free one")
	fs.StringVar(&cfg.HostKeyPath, "host-key", "", "host key file, created if missing (default under $XDG_DATA_HOME/parallax)")
	fs.StringVar(&cfg.AuthorizedKeys, "authorized-keys", "", "let in only these public keys (default: anyone)")
	fs.IntVar(&cfg.MaxSessions, "max-sessions", 100, "concurrent sessions at most; 0 for no limit")
	fs.DurationVar(&cfg.IdleTimeout, "idle-timeout", 10*time.Minute, "end sessions without input for this long; 0 for never")
	db, fields := dbFlag(fs), fieldsFlag(fs)
	fm, err := parseFlags(fs, args, fields)
	if err != nil {
		return usageError(err, stdout, stderr)
	}
	st := openStore(*db, stderr)
	defer closeStore(st)
	a, code := analyseInputs(fs.Args(), st, fm, stderr)
	if a == nil {
		return code
	}
	if st != nil {
		cfg.Marks = st // key-holders' marks persist; a nil *Store must not become a non-nil interface
	}
	if err := server.Run(context.Background(), cfg, a); err != nil {
		fmt.Fprintln(stderr, "parallax:", err)
		return exitUsage
	}
	return exitOK
}

// analyzeJSONL runs `parallax analyze --jsonl`: each story is written as
// soon as the engine has cross-checked it (and those before it), so the
// whole pile's analysis is never held at once.
func analyzeJSONL(paths []string, st *store.Store, fm data.FieldMap, stdout, stderr io.Writer) int {
	docs, code := loadInputs(paths, st, fm, stderr)
	if docs == nil {
		return code
	}
	var marks report.MarksFunc
	if st != nil {
		marks = func(one *model.Analysis) (map[string]store.Mark, error) { return st.MarksFor(store.LocalUser, one) }
	}
	stories := make(chan *model.Analysis)
	go func() {
		defer close(stories)
		model.Stream(docs, model.DefaultConfig(), func(one *model.Analysis) { stories <- one })
	}()
	if err := report.NewStoryWriter(stdout, marks).WriteFrom(stories); err != nil {
		fmt.Fprintln(stderr, "parallax:", err)
		return exitUsage
	}
	return code
}

// analyseInputs reads the inputs, reports what was skipped on stderr and
// cross-checks the rest. It returns nil when nothing could be read, and the
// exit code the mode should end with.
func analyseInputs(paths []string, st *store.Store, fm data.FieldMap, stderr io.Writer) (*model.Analysis, int) {
	docs, code := loadInputs(paths, st, fm, stderr)
	if docs == nil {
		return nil, code
	}
	return model.Analyze(docs), code
}

// loadInputs reads the inputs and reports what was skipped on stderr. It
// returns nil when nothing could be read, and the exit code the mode should
// end with.
func loadInputs(paths []string, st *store.Store, fm data.FieldMap, stderr io.Writer) ([]model.Document, int) {
	docs, skipped := load(paths, st, fm, stderrProgress(stderr))
	for _, s := range skipped {
		fmt.Fprintln(stderr, "parallax: skipped", s.Error())
	}
	if len(docs) == 0 {
		fmt.Fprintln(stderr, "parallax: nothing could be read")
		return nil, exitUsage
	}
	if len(skipped) > 0 {
		return docs, exitSkipped
	}
	return docs, exitOK
}

// load reads files, datasets, folders, feeds and pages; without any, the feeds
// list, or else the demo story. Fetched pages are cached in the store when
// there is one; fm names dataset fields.
func load(paths []string, st *store.Store, fm data.FieldMap, progress func(done, total int)) ([]model.Document, []data.Skipped) {
	if len(paths) == 0 {
		list, ok := fetch.DefaultSources()
		if !ok || len(list) == 0 {
			return data.Demo(), nil
		}
		paths = list
	}
	opts := fetch.Options{Fields: fm}
	if st != nil {
		opts.Cache = st
	}
	return fetch.Load(context.Background(), fetch.NewClient(opts), paths, progress)
}

// stderrProgress shows "reading 3/10" on stderr when it is a terminal, and
// nothing when it is a log or a pipe.
func stderrProgress(stderr io.Writer) func(done, total int) {
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return nil
	}
	return func(done, total int) {
		fmt.Fprintf(stderr, "\rparallax: reading %d/%d", done, total)
		if done == total && total > 0 {
			fmt.Fprint(stderr, "\r\033[K")
		}
	}
}

// dbFlag adds --db to a mode's flags.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", store.DefaultPath(), "the store of fetched pages, read state and marks")
}

// fieldsFlag adds --fields to a mode's flags.
func fieldsFlag(fs *flag.FlagSet) *string {
	return fs.String("fields", "", "dataset record keys for the article fields, e.g. text=content_original,outlet=site")
}

// parseFlags parses a mode's command line, then its --fields value.
func parseFlags(fs *flag.FlagSet, args []string, fields *string) (data.FieldMap, error) {
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	return data.ParseFieldMap(*fields)
}

// openStore opens the store, or says in one line why it cannot and goes on without it.
func openStore(path string, stderr io.Writer) *store.Store {
	st, err := store.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "parallax: going on without a store: %v\n", err)
		return nil
	}
	return st
}

// closeStore closes the store if there is one.
func closeStore(st *store.Store) {
	if st != nil {
		st.Close()
	}
}

// newFlags makes a flag set that reports its errors through usageError.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// usageError reports a bad command line in one line; -h prints the usage.
func usageError(err error, stdout, stderr io.Writer) int {
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "parallax: %v (see parallax --help)\n", err)
	return exitUsage
}

// asErrors turns skipped inputs into errors for the reader to show.
func asErrors(skipped []data.Skipped) []error {
	out := make([]error, len(skipped))
	for i, s := range skipped {
		out[i] = s
	}
	return out
}
