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
	"slices"
	"strings"
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
  parallax export [--format markdown|html] [--story NAME] [PATH|URL...]
                                              write a shareable report of one story
                                              (NAME: the number, name or ID analyze lists)
  parallax serve [--listen :2222] [--host-key PATH] [--authorized-keys PATH]
                 [--max-sessions N] [--idle-timeout 10m] [PATH|URL...]
                                              serve the reader over SSH
Every mode takes --db PATH, the store of fetched pages and marks
(default: $XDG_DATA_HOME/parallax/parallax.db), --fields MAP, the names
a dataset's records use (e.g. --fields text=content_original,outlet=site;
fields: id, title, text, outlet, date, url, author), and the limits of one run:
--max-article-size SIZE (text read from one article, default 1MB) and
--max-articles N (default 50000); what is cut or left out is named on stderr.

PATH is an article (.txt, .md, .html), a dataset of articles (.jsonl,
.ndjson or .csv, also gzipped: one article a record), a feed or OPML file,
or a folder of them; URL is a feed or an article page. Without any, parallax reads the
feeds listed in ~/.config/parallax/feeds, or opens its built-in demo story.
Flags may come before or after the paths.

Exit codes: 0 everything was read, 1 some inputs were skipped, 2 a usage
error or nothing could be read.
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
	db, fields, lim := dbFlag(fs), fieldsFlag(fs), limitFlags(fs)
	paths, fm, err := parseInputs(fs, args, fields)
	if err != nil {
		return usageError(err, stdout, stderr)
	}
	if missing := missingInputs(paths); len(missing) == len(paths) && len(paths) > 0 {
		for _, m := range missing {
			fmt.Fprintln(stderr, "parallax: skipped", m)
		}
		fmt.Fprintln(stderr, "parallax: nothing could be read (modes: analyze, export, serve; see parallax --help)")
		return exitUsage
	}
	st, problem := openStore(*db, stderr)
	defer closeStore(st)
	opts := ui.Options{User: store.LocalUser, StoreProblem: problem, OpenURL: ui.OpenBrowser, ExportDir: "."}
	if st != nil {
		opts.Marks = st // a nil *Store must not become a non-nil interface
	}
	var got readOutcome
	err = ui.Run(func(ctx context.Context, feed ui.Feed) []error {
		docs, sk := load(ctx, paths, st, readOptions{fm, *lim}, func(done, total int) {
			feed.Progress(ui.StageReading, done, total)
		})
		got.set(sk, len(docs))
		if len(docs) == 0 {
			return append(asErrors(sk), errNothingRead)
		}
		streamStories(docs, feed)
		return asErrors(sk)
	}, opts)
	if err != nil {
		fmt.Fprintln(stderr, "parallax:", err)
		return exitUsage
	}
	skipped, read, finished := got.get()
	if !finished {
		return exitOK // quit while the inputs were still being read: nothing to report
	}
	lost := false
	for _, s := range skipped {
		fmt.Fprintln(stderr, "parallax:", s.Line())
		lost = lost || !s.IsNote()
	}
	switch {
	case read == 0 && len(paths) > 0:
		fmt.Fprintln(stderr, "parallax: nothing could be read")
		return exitUsage
	case lost:
		return exitSkipped
	}
	return exitOK
}

// errNothingRead is what the reader shows when no input could be read.
var errNothingRead = errors.New("nothing could be read")

// missingInputs is the inputs that are neither a web address nor a file or
// folder that exists, each said as a one-line reason.
func missingInputs(paths []string) []string {
	var out []string
	for _, p := range paths {
		lower := strings.ToLower(p)
		if strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://") {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			out = append(out, fmt.Sprintf("%s: not a file, a folder or a web address", p))
		}
	}
	return out
}

// parseArgs parses flags wherever they stand among the paths ("analyze DIR
// --json" as well as "analyze --json DIR"); after "--" everything is a path.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths, tail []string
	for i, a := range args {
		if a == "--" {
			args, tail = args[:i], args[i+1:]
			break
		}
	}
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return append(paths, tail...), nil
		}
		paths = append(paths, rest[0])
		args = rest[1:]
	}
}

// analyze runs `parallax analyze`.
func analyze(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("parallax analyze")
	asJSON := fs.Bool("json", false, "print JSON instead of a report")
	asJSONL := fs.Bool("jsonl", false, "print JSON Lines, one story a line, instead of a report")
	db, fields, lim := dbFlag(fs), fieldsFlag(fs), limitFlags(fs)
	paths, fm, err := parseInputs(fs, args, fields)
	if err == nil && *asJSON && *asJSONL {
		err = errors.New("--json and --jsonl: choose one")
	}
	if err != nil {
		return usageError(err, stdout, stderr)
	}
	st, _ := openStore(*db, stderr)
	defer closeStore(st)
	if *asJSONL {
		return analyzeJSONL(paths, st, readOptions{fm, *lim}, stdout, stderr)
	}
	a, code := analyseInputs(paths, st, readOptions{fm, *lim}, stderr)
	if a == nil {
		return code
	}
	var marks map[string]store.Mark
	if st != nil {
		marks, err = st.MarksFor(store.LocalUser, a)
	}
	if err == nil && *asJSON {
		err = report.WriteJSON(stdout, a, marks)
	} else if err == nil {
		err = report.WriteMarked(colorprofile.NewWriter(stdout, os.Environ()), a, marks)
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
	storyName := fs.String("story", "", "the story to export when the articles hold several: its number, name or ID")
	db, fields, lim := dbFlag(fs), fieldsFlag(fs), limitFlags(fs)
	paths, fm, err := parseInputs(fs, args, fields)
	if err != nil {
		return usageError(err, stdout, stderr)
	}
	if !slices.Contains([]string{export.Markdown, "md", export.HTML, "htm"}, strings.ToLower(strings.TrimSpace(*format))) {
		return usageError(fmt.Errorf("unknown --format %q (want markdown or html)", *format), stdout, stderr)
	}
	st, _ := openStore(*db, stderr)
	defer closeStore(st)
	a, code := analyseInputs(paths, st, readOptions{fm, *lim}, stderr)
	if a == nil {
		return code
	}
	var chosen model.Story
	switch {
	case *storyName != "":
		s, ok := report.FindStory(a, *storyName)
		if !ok {
			fmt.Fprintf(stderr, "parallax: no story %q in these articles; %s\n", *storyName, storyList(a))
			return exitUsage
		}
		chosen = s
	case len(a.Stories) > 1:
		fmt.Fprintf(stderr, "parallax: the articles hold %d stories; choose one with --story: %s\n", len(a.Stories), storyList(a))
		return exitUsage
	case len(a.Stories) == 1:
		chosen = a.Stories[0]
	}
	one, ok := a.StoryAnalysis(chosen.ID)
	if !ok {
		fmt.Fprintf(stderr, "parallax: no story %q in these articles\n", chosen.ID)
		return exitUsage
	}
	var marks map[string]store.Mark
	if st != nil {
		if marks, err = st.MarksFor(store.LocalUser, one); err != nil {
			fmt.Fprintln(stderr, "parallax:", err)
		}
	}
	if err := export.WriteMarked(stdout, *format, one, one.Stories[0].Title, marks); err != nil {
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
	db, fields, lim := dbFlag(fs), fieldsFlag(fs), limitFlags(fs)
	paths, fm, err := parseInputs(fs, args, fields)
	if err != nil {
		return usageError(err, stdout, stderr)
	}
	st, _ := openStore(*db, stderr)
	defer closeStore(st)
	a, code := analyseInputs(paths, st, readOptions{fm, *lim}, stderr)
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
func analyzeJSONL(paths []string, st *store.Store, in readOptions, stdout, stderr io.Writer) int {
	docs, code := loadInputs(paths, st, in, stderr)
	if docs == nil {
		return code
	}
	var marks report.MarksFunc
	if st != nil {
		marks = func(one *model.Analysis) (map[string]store.Mark, error) { return st.MarksFor(store.LocalUser, one) }
	}
	stories := make(chan *model.Analysis)
	go func(docs []model.Document) { // the pile is Stream's alone, which lets it go story by story
		defer close(stories)
		undo := func() {}
		defer func() { undo() }()
		model.StreamGrouped(docs, model.DefaultConfig(), func(int) { undo = collectLess() },
			func(one *model.Analysis) { stories <- one })
	}(docs)
	if err := report.NewStoryWriter(stdout, marks).WriteFrom(stories); err != nil {
		fmt.Fprintln(stderr, "parallax:", err)
		return exitUsage
	}
	return code
}

// analyseInputs reads the inputs, reports what was skipped or cut on stderr and
// cross-checks the rest. It returns nil when nothing could be read, and the
// exit code the mode should end with.
func analyseInputs(paths []string, st *store.Store, in readOptions, stderr io.Writer) (*model.Analysis, int) {
	docs, code := loadInputs(paths, st, in, stderr)
	if docs == nil {
		return nil, code
	}
	return model.Analyze(docs), code
}

// loadInputs reads the inputs and reports what was skipped on stderr. It
// returns nil when nothing could be read, and the exit code the mode should
// end with.
func loadInputs(paths []string, st *store.Store, in readOptions, stderr io.Writer) ([]model.Document, int) {
	docs, skipped := load(context.Background(), paths, st, in, stderrProgress(stderr))
	lost := false
	for _, s := range skipped {
		fmt.Fprintln(stderr, "parallax:", s.Line())
		lost = lost || !s.IsNote()
	}
	if len(docs) == 0 {
		fmt.Fprintln(stderr, "parallax: nothing could be read")
		return nil, exitUsage
	}
	if lost {
		return docs, exitSkipped
	}
	return docs, exitOK
}

// readOptions is how a run reads its inputs: the field names of datasets and
// the limits on articles.
type readOptions struct {
	fields data.FieldMap
	limits data.Limits
}

// load reads files, datasets, folders, feeds and pages; without any, the feeds
// list, or else the demo story. Fetched pages are cached in the store when
// there is one.
func load(ctx context.Context, paths []string, st *store.Store, in readOptions, progress func(done, total int)) ([]model.Document, []data.Skipped) {
	if len(paths) == 0 {
		list, ok := fetch.DefaultSources()
		if !ok || len(list) == 0 {
			return data.Demo(), nil
		}
		paths = list
	}
	opts := fetch.Options{Fields: in.fields, Limits: in.limits}
	if st != nil {
		opts.Cache = st
	}
	return fetch.Load(ctx, fetch.NewClient(opts), paths, progress)
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

// parseInputs parses a mode's command line (parseArgs), then its --fields value.
func parseInputs(fs *flag.FlagSet, args []string, fields *string) ([]string, data.FieldMap, error) {
	paths, err := parseArgs(fs, args)
	if err != nil {
		return nil, nil, err
	}
	fm, err := data.ParseFieldMap(*fields)
	return paths, fm, err
}

// limitFlags adds --max-article-size and --max-articles to a mode's flags.
func limitFlags(fs *flag.FlagSet) *data.Limits {
	lim := &data.Limits{MaxArticleBytes: data.DefaultMaxArticleBytes, MaxArticles: data.DefaultMaxArticles}
	fs.Func("max-article-size", "the most text read from one article, e.g. 512KB or 4MB (default 1MB)", func(v string) error {
		n, err := data.ParseSize(v)
		lim.MaxArticleBytes = n
		return err
	})
	fs.IntVar(&lim.MaxArticles, "max-articles", data.DefaultMaxArticles, "the most articles one run reads")
	return lim
}

// openStore opens the store, or says in one line why it cannot (on stderr,
// and as the reason returned for the reader to show) and goes on without it.
func openStore(path string, stderr io.Writer) (*store.Store, string) {
	st, err := store.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "parallax: going on without a store: %v\n", err)
		return nil, err.Error()
	}
	return st, ""
}

// storyList names the stories as --story takes them: "1 council-backs-the-bridge, 2 …".
func storyList(a *model.Analysis) string {
	var parts []string
	for i, h := range report.Handles(a) {
		parts = append(parts, fmt.Sprintf("%d %s", i+1, h))
	}
	return "the stories are " + strings.Join(parts, ", ")
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
