package data

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"parallax/model"
)

// sharedDir returns /work/shared/<sub> as seen from this package
// (data → repository root → its sibling shared/). It skips the test when the
// folder is absent, as on a user's machine, and fails when CI is set.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", sub)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing under CI: %v", dir, err)
		}
		t.Skipf("%s is absent; skipping the real-article checks", dir)
	}
	return dir
}

func TestLoadSeeds(t *testing.T) {
	dir := sharedDir(t, "seeds")
	docs, skipped := Load([]string{dir})
	if len(skipped) != 0 {
		t.Fatalf("skipped: %v", skipped)
	}
	want := []struct {
		id, outlet string
		source     model.OutletSource
		title      string
	}{
		{"000_b5d6463688376969", "Reuters", model.OutletFromText, "US scrutinizes Alibaba’s cloud unit for national security risks"},
		{"001_5bec7fdcb179d4a3", "001_5bec7fdcb179d4a3", model.OutletFromFilename, "China’s Alibaba Cloud Focus Of U.S. Government Probe: Report"},
		{"002_36a46075aeeba84f", "002_36a46075aeeba84f", model.OutletFromFilename, "Feds probe Alibaba’s cloud unit over national security concerns: report"},
		{"003_e96725157b5bd322", "003_e96725157b5bd322", model.OutletFromFilename, "US Gov't Probes Alibaba's Cloud Unit For National Security Risks"},
		{"004_a6b7198008b42ede", "004_a6b7198008b42ede", model.OutletFromFilename, "Alibaba's U.S. Cloud Business Could Pose Cybersecurity Risk, Probe Says"},
	}
	if len(docs) != len(want) {
		t.Fatalf("loaded %v, want 5 seeds", ids(docs))
	}
	for i, w := range want {
		d := docs[i]
		if d.ID != w.id || d.Outlet != w.outlet || d.OutletSource != w.source || d.Title != w.title {
			t.Errorf("seed %d: %s %q (%s) %q\n  want %s %q (%s) %q", i, d.ID, d.Outlet, d.OutletSource, d.Title, w.id, w.outlet, w.source, w.title)
		}
		if d.Words() < 300 {
			t.Errorf("%s: only %d words", d.ID, d.Words())
		}
	}
	// The blog seed carries a byline and a dateline of its own.
	if d := docs[3]; d.Author != "Tyler Durden" || !d.Published.Equal(time.Date(2022, 1, 18, 23, 10, 0, 0, time.UTC)) {
		t.Errorf("003: author %q, published %v; want Tyler Durden, 2022-01-18 23:10", d.Author, d.Published)
	}
}

func TestLoadRealNews(t *testing.T) {
	root := sharedDir(t, filepath.Join("realnews", "clusters"))
	tests := []struct {
		story string
		want  map[string]string // file ID → "outlet date"
	}{
		{"capital-gazette-shooting-2018", map[string]string{
			"reuters": "Reuters 2018-06-29", "the_hill": "The Hill 2018-06-28", "washington_times": "Washington Times 2018-06-28"}},
		{"cohen-poll-rigging-2019", map[string]string{
			"reuters": "Reuters 2019-01-17", "usa_today": "USA TODAY 2019-01-17", "washington_times": "Washington Times 2019-01-17"}},
		{"mattis-resignation-2018", map[string]string{
			"fox_news": "Fox News 2018-12-23", "huffpost": "HuffPost 2018-12-20", "nyt": "New York Times 2018-12-20"}},
		{"pensacola-shooting-alqaeda-link-2020", map[string]string{
			"associated_press": "Associated Press 2020-05-18", "cnn": "CNN (Web News) 2020-05-18", "washington_times": "Washington Times 2020-05-18"}},
		{"scalise-baseball-practice-shooting-2017", map[string]string{
			"cbn": "CBN 2017-06-14", "cnn": "CNN (Web News) 2017-06-14", "vox": "Vox 2017-06-14"}},
		{"transgender-military-ban-2017", map[string]string{
			"fox_news": "Fox Online News 2017-07-26", "usa_today": "USA TODAY 2017-07-26", "washington_times": "Washington Times 2017-07-26"}},
	}
	for _, tt := range tests {
		t.Run(tt.story, func(t *testing.T) {
			docs, skipped := Load([]string{filepath.Join(root, tt.story)})
			if len(skipped) != 0 {
				t.Fatalf("skipped: %v", skipped)
			}
			if len(docs) != len(tt.want) {
				t.Fatalf("loaded %v, want %d documents", ids(docs), len(tt.want))
			}
			for _, d := range docs {
				got := d.Outlet + " " + d.Published.Format("2006-01-02")
				if got != tt.want[d.ID] || d.OutletSource != model.OutletFromMetadata {
					t.Errorf("%s: %q (%s), want %q from metadata", d.ID, got, d.OutletSource, tt.want[d.ID])
				}
				if d.Title == "" || d.URL == "" || d.Words() < 200 {
					t.Errorf("%s: title %q, url %q, %d words", d.ID, d.Title, d.URL, d.Words())
				}
			}
		})
	}

	// All six folders at once: IDs stay unique and in input order.
	all, _ := filepath.Glob(filepath.Join(root, "*"))
	docs, skipped := Load(all)
	if len(skipped) != 0 || len(docs) != 18 {
		t.Fatalf("all clusters: %d documents, skipped %v", len(docs), skipped)
	}
	seen := map[string]bool{}
	for _, d := range docs {
		if seen[d.ID] {
			t.Errorf("duplicate ID %s", d.ID)
		}
		seen[d.ID] = true
	}
	if !seen["washington_times-4"] || !seen["reuters-2"] {
		t.Errorf("ids %v lack the suffixed repeats", ids(docs))
	}
}

// Without meta.json the text and file names must still give honest outlets:
// the wire datelines and copyright lines where the text has them, never a
// wire that is only quoted as a source.
func TestRealNewsWithoutMeta(t *testing.T) {
	root := sharedDir(t, filepath.Join("realnews", "clusters"))
	tests := []struct {
		file, outlet string
		source       model.OutletSource
	}{
		{"capital-gazette-shooting-2018/reuters.txt", "Reuters", model.OutletFromText},
		{"capital-gazette-shooting-2018/washington_times.txt", "The Washington Times", model.OutletFromText},
		{"capital-gazette-shooting-2018/the_hill.txt", "The Hill", model.OutletFromFilename},
		{"pensacola-shooting-alqaeda-link-2020/associated_press.txt", "Associated Press", model.OutletFromText},
		{"pensacola-shooting-alqaeda-link-2020/cnn.txt", "CNN", model.OutletFromText},
		{"transgender-military-ban-2017/usa_today.txt", "USA TODAY", model.OutletFromText},
		{"transgender-military-ban-2017/fox_news.txt", "Fox News", model.OutletFromFilename},
		{"mattis-resignation-2018/nyt.txt", "The New York Times", model.OutletFromFilename},
	}
	for _, tt := range tests {
		raw, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(tt.file)))
		if err != nil {
			t.Fatal(err)
		}
		d, err := ParseText(tt.file, raw)
		if err != nil || d.Outlet != tt.outlet || d.OutletSource != tt.source {
			t.Errorf("%s: %q (%s), %v; want %q (%s)", tt.file, d.Outlet, d.OutletSource, err, tt.outlet, tt.source)
		}
	}
}
