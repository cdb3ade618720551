package server

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"charm.land/ssh"
	"github.com/charmbracelet/colorprofile"

	"parallax/ui/report"
)

// commandKind is what a non-interactive SSH command asks for.
type commandKind int

// The commands serve understands.
const (
	cmdAnalyzeText commandKind = iota + 1 // `analyze`: the text report
	cmdAnalyzeJSON                        // `analyze --json`: parallax analyze --json, byte for byte
	cmdHelp                               // `help`
)

// commandHelp is what `ssh host help` prints.
const commandHelp = `parallax serve: the cross-check reader over SSH.

  ssh -p PORT HOST                   open the reader (needs a terminal)
  ssh -p PORT HOST analyze           print the cross-check as a report
  ssh -p PORT HOST analyze --json    print it as JSON, as parallax analyze --json does
  ssh -p PORT HOST help              this text
`

// parseCommand reads the words of an SSH exec request. Errors are one line,
// meant to be shown to the client as they are.
func parseCommand(args []string) (commandKind, error) {
	if len(args) == 0 {
		return 0, fmt.Errorf("could not read the command; try `analyze --json` or `help`")
	}
	switch args[0] {
	case "help", "--help", "-h":
		if len(args) > 1 {
			return 0, fmt.Errorf("help takes no arguments")
		}
		return cmdHelp, nil
	case "analyze":
	default:
		return 0, fmt.Errorf("unknown command %q; try `analyze --json` or `help`", clip(args[0], 40))
	}
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "")
	if err := fs.Parse(args[1:]); err != nil {
		return 0, fmt.Errorf("analyze: %s; the only flag is --json", clip(oneLine(err.Error()), 60))
	}
	if fs.NArg() > 0 {
		return 0, fmt.Errorf("analyze takes no paths: the server analyses the corpus it was started with")
	}
	if *asJSON {
		return cmdAnalyzeJSON, nil
	}
	return cmdAnalyzeText, nil
}

// runCommand answers a non-interactive session and returns its log outcome.
// feed is the session's PTY, nil without one.
func (s *Server) runCommand(sess ssh.Session, args []string, feed *windowFeed) string {
	kind, err := parseCommand(args)
	if err != nil {
		tell(sess, 2, "parallax: "+err.Error())
		return "command refused"
	}
	switch kind {
	case cmdHelp:
		_, err = io.WriteString(sess, commandHelp)
	case cmdAnalyzeJSON:
		err = s.analysis.WriteJSON(sess)
	case cmdAnalyzeText:
		err = report.Write(&colorprofile.Writer{Forward: sess, Profile: sessionProfile(sess, feed)}, s.analysis)
	}
	if err != nil {
		// The client went away mid-write; there is nobody left to tell.
		return "command failed: " + err.Error()
	}
	_ = sess.Exit(0)
	return "command ok"
}

// sessionProfile is the colour profile of the client's terminal, judged from
// the environment it sent and the TERM of its PTY request. Without a PTY the
// output is probably a pipe, so it stays plain.
func sessionProfile(sess ssh.Session, feed *windowFeed) colorprofile.Profile {
	if feed == nil {
		return colorprofile.NoTTY
	}
	return colorprofile.Env(sessionEnv(sess, feed))
}

// sessionEnv is the environment the client sent, with its terminal's TERM.
func sessionEnv(sess ssh.Session, feed *windowFeed) []string {
	return append(sess.Environ(), "TERM="+feed.term)
}

// clip shortens s to at most n runes for a one-line message.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// oneLine folds s onto one line, dropping control characters a client could
// use to mess with the terminal of whoever reads the message.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return -1
		}
		return r
	}, s)
}
