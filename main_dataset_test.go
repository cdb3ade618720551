package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"parallax/data/store"
	"parallax/model"
)

// dataset is a JSON Lines file of two events told by two outlets each, with
// one broken record, written for these tests.
const dataset = `{"id": "f1", "source": "Lantern Wire", "title": "Ferry crews strike for a second day", "date": "2024-05-07", "text": "Ferry crews in Calder walked out for a second day on Tuesday, the union said. About 1,200 workers joined the strike, according to the union."}
{"id": "f2", "source": "Daily Tattle", "title": "Calder ferry strike enters second day", "date": "2024-05-07", "text": "The Calder ferry strike entered its second day on Tuesday. Some 1,200 workers are on strike, the union said."}
{"id": "oops", "text": "unterminated
{"id": "m1", "source": "Lantern Wire", "title": "Calder museum opens its new wing", "date": "2024-06-01", "text": "The Calder Museum of Maps opened its new east wing on Saturday. The wing cost $18 million, director Ines Varga said."}
{"id": "m2", "source": "Exchange Courier", "title": "Map museum unveils east wing", "date": "2024-06-01", "text": "The Calder Museum of Maps unveiled an east wing on Saturday. Director Ines Varga said the wing cost $18 million."}
`

func writeDataset(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAnalyzeJSONL(t *testing.T) {
	path := writeDataset(t, "news.jsonl", dataset)
	var stdout, stderr bytes.Buffer
	code := run([]string{"analyze", "--jsonl", "--db", filepath.Join(t.TempDir(), "db"), path}, &stdout, &stderr)
	if code != exitSkipped {
		t.Errorf("exit %d, want %d (a record was skipped)", code, exitSkipped)
	}
	if want := "parallax: skipped " + path + ": line 3: not JSON (unexpected end of JSON input)\n"; stderr.String() != want {
		t.Errorf("stderr %q\nwant   %q", stderr.String(), want)
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines, want one per story (2):\n%s", len(lines), stdout.String())
	}
	stories := map[string]bool{}
	for _, line := range lines {
		var one struct {
			Stories   []struct{ Documents []string }
			Documents []struct{ ID, Outlet string }
			Claims    []struct{ Doc string }
		}
		if err := json.Unmarshal([]byte(line), &one); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, line)
		}
		if len(one.Stories) != 1 || len(one.Documents) != 2 || len(one.Claims) == 0 {
			t.Fatalf("line %s", line)
		}
		stories[strings.Join(one.Stories[0].Documents, "+")] = true
	}
	if !stories["f1+f2"] || !stories["m1+m2"] {
		t.Errorf("stories %v, want f1+f2 and m1+m2", stories)
	}
}

// TestAnalyzeJSONLAgreesWithJSON checks the streamed lines against the
// whole analysis: the same claims and groups, story by story, and a starred
// claim's mark on its story's line only.
func TestAnalyzeJSONLAgreesWithJSON(t *testing.T) {
	path := writeDataset(t, "news.jsonl", dataset)
	db := filepath.Join(t.TempDir(), "db")
	var whole, lines, stderr bytes.Buffer
	if code := run([]string{"analyze", "--json", "--db", db, path}, &whole, &stderr); code != exitSkipped {
		t.Fatalf("--json: exit %d: %s", code, stderr.String())
	}
	var a struct {
		Stories   []model.Story
		Documents []struct{ ID, Path, Story string }
		Claims    []model.Claim
		Groups    []model.Group
	}
	if err := json.Unmarshal(whole.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	starred := a.Claims[0]
	var starredDoc model.Document
	for _, d := range a.Documents {
		if d.ID == starred.Doc {
			starredDoc = model.Document{ID: d.ID, Path: d.Path}
		}
	}
	if _, err := st.Star(store.LocalUser, starredDoc, starred, true); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if code := run([]string{"analyze", "--jsonl", "--db", db, path}, &lines, &stderr); code != exitSkipped {
		t.Fatalf("--jsonl: exit %d: %s", code, stderr.String())
	}
	storyOf := map[string]string{}
	for _, d := range a.Documents {
		storyOf[d.ID] = d.Story
	}
	claimsIn, groupsIn := map[string][]string{}, map[string][]string{}
	for _, c := range a.Claims {
		claimsIn[storyOf[c.Doc]] = append(claimsIn[storyOf[c.Doc]], c.ID+" "+c.Text)
	}
	claimStory := map[string]string{}
	for _, c := range a.Claims {
		claimStory[c.ID] = storyOf[c.Doc]
	}
	for _, g := range a.Groups {
		k := claimStory[g.Claims[0]]
		groupsIn[k] = append(groupsIn[k], g.ID+" "+string(g.Verdict)+" "+strings.Join(g.Claims, ","))
	}
	n := 0
	for line := range strings.SplitSeq(strings.TrimSpace(lines.String()), "\n") {
		var one struct {
			Stories []model.Story
			Claims  []model.Claim
			Groups  []model.Group
			Marks   map[string]store.Mark
		}
		if err := json.Unmarshal([]byte(line), &one); err != nil {
			t.Fatal(err)
		}
		k := one.Stories[0].ID
		if k != a.Stories[n].ID {
			t.Errorf("line %d is story %s, want %s (the --json order)", n+1, k, a.Stories[n].ID)
		}
		n++
		var claims, groups []string
		for _, c := range one.Claims {
			claims = append(claims, c.ID+" "+c.Text)
		}
		for _, g := range one.Groups {
			groups = append(groups, g.ID+" "+string(g.Verdict)+" "+strings.Join(g.Claims, ","))
		}
		if strings.Join(claims, "\n") != strings.Join(claimsIn[k], "\n") || strings.Join(groups, "\n") != strings.Join(groupsIn[k], "\n") {
			t.Errorf("story %s:\nclaims %v\ngroups %v\nwant %v\n%v", k, claims, groups, claimsIn[k], groupsIn[k])
		}
		if m, ok := one.Marks[starred.ID]; ok != (k == claimStory[starred.ID]) || ok && !m.Starred {
			t.Errorf("story %s: marks %v (the starred claim %s is in %s)", k, one.Marks, starred.ID, claimStory[starred.ID])
		}
	}
	if n != len(a.Stories) {
		t.Errorf("%d lines for %d stories", n, len(a.Stories))
	}
}

func TestAnalyzeFlagsErrors(t *testing.T) {
	path := writeDataset(t, "news.jsonl", dataset)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"analyze", "--json", "--jsonl", path}, "parallax: --json and --jsonl: choose one (see parallax --help)\n"},
		{[]string{"analyze", "--fields", "body=x", path}, `parallax: --fields: unknown field "body" (want id, title, text, outlet, date, url, author) (see parallax --help)` + "\n"},
		{[]string{"serve", "--fields", "text", path}, `parallax: --fields: "text" is not field=name (see parallax --help)` + "\n"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(tt.args, &stdout, &stderr); code != exitUsage || stderr.String() != tt.want || stdout.Len() != 0 {
			t.Errorf("%v: exit %d, stderr %q; want %d, %q", tt.args, code, stderr.String(), exitUsage, tt.want)
		}
	}
}

func TestAnalyzeFieldsFlag(t *testing.T) {
	path := writeDataset(t, "rows.csv", "key,paper,story_text\n"+
		"k1,Lantern Wire,\"The quay plan adds 300 berths, the port said.\"\n"+
		"k2,Daily Tattle,\"The port said its quay plan adds 300 berths.\"\n")
	var stdout, stderr bytes.Buffer
	code := run([]string{"analyze", "--json", "--db", filepath.Join(t.TempDir(), "db"), "--fields", "id=key,outlet=paper,text=story_text", path}, &stdout, &stderr)
	if code != exitOK || stderr.Len() != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	var a struct {
		Documents []struct{ ID, Outlet, Path string }
	}
	if err := json.Unmarshal(stdout.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if len(a.Documents) != 2 || a.Documents[0].ID != "k1" || a.Documents[0].Outlet != "Lantern Wire" ||
		a.Documents[1].Outlet != "Daily Tattle" || a.Documents[1].Path != path+"#k2" {
		t.Errorf("documents %+v", a.Documents)
	}
	stdout.Reset()
	stderr.Reset()
	code = run([]string{"analyze", "--db", filepath.Join(t.TempDir(), "db"), path}, &stdout, &stderr)
	if want := "parallax: skipped " + path + ": no text column (columns: key, paper, story_text); name it with --fields text=COLUMN\nparallax: nothing could be read\n"; code != exitUsage || stderr.String() != want {
		t.Errorf("without --fields: exit %d, stderr %q", code, stderr.String())
	}
}

// TestAnalyzeJSONLPutsBackTheCollector checks that `analyze --jsonl`, which
// lets the heap grow further while it cross-checks, leaves the collector as
// it found it, whether or not the environment sets GOGC.
func TestAnalyzeJSONLPutsBackTheCollector(t *testing.T) {
	path := writeDataset(t, "news.jsonl", dataset)
	for _, gogc := range []string{"", "150"} {
		t.Setenv("GOGC", gogc)
		prev := debug.SetGCPercent(90)
		var stdout, stderr bytes.Buffer
		run([]string{"analyze", "--jsonl", "--db", filepath.Join(t.TempDir(), "db"), path}, &stdout, &stderr)
		if got := debug.SetGCPercent(prev); got != 90 {
			t.Errorf("GOGC=%q: the collector is at %d after the run, want 90 as before it", gogc, got)
		}
		if !strings.Contains(stdout.String(), `"stories"`) {
			t.Errorf("GOGC=%q: no stories written:\n%s", gogc, stdout.String())
		}
	}
}
