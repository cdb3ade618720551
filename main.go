// Command parallax lines up several outlets' reports of one story and shows,
// claim by claim, where they agree, where they contradict each other, and what
// only one of them says.
//
//	parallax [PATH...]                  open the reader (the demo story without PATH)
//	parallax analyze [--json] [PATH...] print the cross-check
//	parallax serve [flags] [PATH...]    serve the reader over SSH
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

	"parallax/data"
	"parallax/model"
	"parallax/ui"
	"parallax/ui/report"
	"parallax/ui/server"
)

// Exit codes.
const (
	exitOK      = 0 // everything read and analysed
	exitSkipped = 1 // some inputs were skipped, the rest analysed
	exitUsage   = 2 // usage error, or nothing could be read
)

const usage = `parallax: cross-check one story as told by several outlets.

Usage:
  parallax [PATH...]                    open the reader
  parallax analyze [--json] [PATH...]   print the cross-check as a report or JSON
  parallax serve [--listen :2222] [--host-key PATH] [--authorized-keys PATH]
                 [--max-sessions N] [--idle-timeout 10m] [PATH...]
                                        serve the reader over SSH

PATH is an article file (.txt, .md, .html) or a folder of them.
Without PATH, parallax opens its built-in demo story.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run picks the mode from the first argument and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "analyze" {
		return analyze(args[1:], stdout, stderr)
	}
	if len(args) > 0 && args[0] == "serve" {
		return serve(args[1:], stdout, stderr)
	}
	fs := newFlags("parallax")
	if err := fs.Parse(args); err != nil {
		return usageError(err, stdout, stderr)
	}
	paths := fs.Args()
	err := ui.Run(func(progress func(done, total int)) (*model.Analysis, []error) {
		docs, skipped := load(paths, progress)
		return model.Analyze(docs), asErrors(skipped)
	})
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
	if err := fs.Parse(args); err != nil {
		return usageError(err, stdout, stderr)
	}
	docs, skipped := load(fs.Args(), nil)
	for _, s := range skipped {
		fmt.Fprintln(stderr, "parallax: skipped", s.Error())
	}
	if len(docs) == 0 {
		fmt.Fprintln(stderr, "parallax: nothing could be read")
		return exitUsage
	}
	a := model.Analyze(docs)
	var err error
	if *asJSON {
		err = a.WriteJSON(stdout)
	} else {
		err = report.Write(colorprofile.NewWriter(stdout, os.Environ()), a)
	}
	if err != nil {
		fmt.Fprintln(stderr, "parallax:", err)
		return exitUsage
	}
	if len(skipped) > 0 {
		return exitSkipped
	}
	return exitOK
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
	if err := fs.Parse(args); err != nil {
		return usageError(err, stdout, stderr)
	}
	docs, skipped := load(fs.Args(), nil)
	for _, s := range skipped {
		fmt.Fprintln(stderr, "parallax: skipped", s.Error())
	}
	if len(docs) == 0 {
		fmt.Fprintln(stderr, "parallax: nothing could be read")
		return exitUsage
	}
	if err := server.Run(context.Background(), cfg, model.Analyze(docs)); err != nil {
		fmt.Fprintln(stderr, "parallax:", err)
		return exitUsage
	}
	return exitOK
}

// load reads the paths, or the demo story when there are none.
func load(paths []string, progress func(done, total int)) ([]model.Document, []data.Skipped) {
	if len(paths) == 0 {
		return data.Demo(), nil
	}
	return data.LoadWithProgress(paths, progress)
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
