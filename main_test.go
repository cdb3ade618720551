package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// twoArticles writes two short invented reports of one event into a folder.
func twoArticles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"quay-daily.md": "---\noutlet: Quay Daily\ndate: 2026-02-02\n---\n# Ferry pier reopens\n\n" +
			"The Gull Island ferry pier reopened on Monday after repairs that cost $3 million, the port authority said. " +
			"About 1,200 passengers used it on the first day.\n",
		"harbor-wire.md": "---\noutlet: Harbor Wire\ndate: 2026-02-03\n---\n# Pier back in service\n\n" +
			"The port authority said the Gull Island ferry pier reopened on Monday after $3 million of repairs. " +
			"Some 1,200 passengers crossed on the first day.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// runMain runs the command line with a store of its own and returns the exit
// code and both outputs.
func runMain(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	db := []string{"--db", filepath.Join(t.TempDir(), "p.db")}
	switch {
	case len(args) > 0 && (args[0] == "analyze" || args[0] == "export" || args[0] == "serve"):
		args = append(append(args[:1:1], db...), args[1:]...)
	default:
		args = append(db, args...)
	}
	code := run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestCommandLine(t *testing.T) {
	dir := twoArticles(t)
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   string // a part of it
		stderr   string // a part of it
		noStdout bool
	}{
		{"analyze", []string{"analyze", dir}, exitOK, "2 articles · 2 outlets · ", "", false},
		{"--json after the path", []string{"analyze", dir, "--json"}, exitOK, `"stories"`, "", false},
		{"--json before the path", []string{"analyze", "--json", dir}, exitOK, `"stories"`, "", false},
		{"--format html after the path", []string{"export", dir, "--format", "html"}, exitOK, "<!DOCTYPE html>", "", false},
		{"markdown by default", []string{"export", dir}, exitOK, "# ", "", false},
		{"an unknown format is a usage error", []string{"export", dir, "--format", "pdf"}, exitUsage, "", `unknown --format "pdf"`, true},
		{"an unknown mode reads nothing", []string{"frobnicate"}, exitUsage, "", "nothing could be read", true},
		{"an unknown mode says what it is not", []string{"frobnicate"}, exitUsage, "", "frobnicate: not a file, a folder or a web address", true},
		{"analyze of nothing", []string{"analyze", filepath.Join(dir, "missing")}, exitUsage, "", "nothing could be read", true},
		{"some inputs skipped", []string{"analyze", dir, filepath.Join(dir, "missing.txt")}, exitSkipped, "2 articles", "skipped", false},
		{"an unknown flag", []string{"analyze", "--frob", dir}, exitUsage, "", "flag provided but not defined: -frob", true},
		{"help", []string{"--help"}, exitOK, "Flags may come before or after the paths.", "", false},
		{"-- ends the flags", []string{"analyze", "--", dir}, exitOK, "2 articles", "", false},
		{"--story by number", []string{"export", dir, "--story", "1"}, exitOK, "# ", "", false},
		{"--story that is not there", []string{"export", dir, "--story", "9"}, exitUsage, "", `no story "9" in these articles; the stories are 1 `, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runMain(t, tt.args...)
			if code != tt.code {
				t.Errorf("exit code %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errOut)
			}
			if !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, out)
			}
			if !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, errOut)
			}
			if tt.noStdout && out != "" {
				t.Errorf("stdout should be empty:\n%s", out)
			}
			for _, l := range strings.Split(strings.TrimSpace(errOut), "\n") {
				if l != "" && !strings.HasPrefix(l, "parallax: ") {
					t.Errorf("stderr line %q is not one clear parallax: line", l)
				}
			}
		})
	}
}

// The story handles analyze lists are what --story takes, and the counts it
// prints are the ones the reader's header shows.
func TestStoriesListedAndChosen(t *testing.T) {
	dir := twoArticles(t)
	other := filepath.Join(dir, "zz-weather.md")
	if err := os.WriteFile(other, []byte("---\noutlet: Valley Post\ndate: 2026-02-04\n---\n# Storm closes mountain road\n\n"+
		"Snow closed the Kestrel Pass road for 14 hours on Tuesday, the highways agency said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runMain(t, "analyze", dir, "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var a struct {
		Stories []struct{ ID, Title string } `json:"stories"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	if len(a.Stories) < 2 {
		t.Skipf("the engine put the two events in %d story: nothing to choose between", len(a.Stories))
	}
	code, text, _ := runMain(t, "analyze", dir)
	if code != exitOK || !strings.Contains(text, "choose one with its number or name") {
		t.Fatalf("analyze does not list the stories:\n%s", text)
	}
	code, _, errOut = runMain(t, "export", dir)
	if code != exitUsage || !strings.Contains(errOut, "choose one with --story: the stories are 1 ") {
		t.Errorf("export of several stories without --story: %d %s", code, errOut)
	}
	for _, name := range []string{a.Stories[1].ID, "2", handleOf(t, text, 2)} {
		code, md, errOut := runMain(t, "export", "--story", name, dir)
		if code != exitOK || !strings.Contains(md, "# "+a.Stories[1].Title) {
			t.Errorf("--story %q: exit %d, %s\n%s", name, code, errOut, md)
		}
	}
}

// handleOf reads the handle of story n from analyze's list ("   2  name  …").
func handleOf(t *testing.T, text string, n int) string {
	t.Helper()
	for _, l := range strings.Split(text, "\n") {
		f := strings.Fields(l)
		if len(f) >= 2 && f[0] == strings.TrimSpace(string(rune('0'+n))) {
			return f[1]
		}
	}
	t.Fatalf("no story %d listed:\n%s", n, text)
	return ""
}
