package quantity

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sharedDir returns a folder under /work/shared, seen from this package's directory
// (the repository is /work/main, so shared is three levels up from model/quantity).
// It skips the test when the folder is absent, and fails it when CI is set.
func sharedDir(t testing.TB, parts ...string) string {
	t.Helper()
	dir := filepath.Join(append([]string{"..", "..", "..", "shared"}, parts...)...)
	if _, err := os.Stat(dir); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("shared corpus %s missing in CI: %v", dir, err)
		}
		t.Skipf("shared corpus %s not present: %v", dir, err)
	}
	return dir
}

// line is one sentence-ish line of a corpus file and its quantities.
type line struct {
	file string
	text string
	qs   []Quantity
}

// parseLines runs Parse over every non-empty line of the files matching pattern.
func parseLines(t *testing.T, pattern string) []line {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) == 0 {
		t.Fatalf("no files match %s (%v)", pattern, err)
	}
	var out []line
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		rel := filepath.Base(filepath.Dir(f)) + "/" + filepath.Base(f)
		for _, l := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(l) == "" {
				continue
			}
			qs := Parse(l)
			checkInvariants(t, l, qs)
			out = append(out, line{file: rel, text: l, qs: qs})
		}
	}
	return out
}

// fact is something verified by reading a corpus file: in the file whose name contains
// file, some line holds a quantity with exactly this text, kind, unit and interval.
type fact struct {
	file      string
	text      string
	kind      Kind
	unit      string
	low, high float64
	hedge     string
	change    bool
}

// find returns the first quantity with text span in a file whose name contains file.
func find(lines []line, file, span string) (Quantity, bool) {
	for _, l := range lines {
		if !strings.Contains(l.file, file) {
			continue
		}
		for _, q := range l.qs {
			if q.Text == span {
				return q, true
			}
		}
	}
	return Quantity{}, false
}

// checkFacts asserts every fact against the parsed lines.
func checkFacts(t *testing.T, lines []line, facts []fact) {
	t.Helper()
	for _, f := range facts {
		q, ok := find(lines, f.file, f.text)
		if !ok {
			t.Errorf("%s: no quantity %q found", f.file, f.text)
			continue
		}
		if q.Kind != f.kind || q.Unit != f.unit || !near(q.Low, f.low) || !near(q.High, f.high) || q.Hedge != f.hedge || q.Change != f.change {
			t.Errorf("%s: %q = %s %q [%g, %g] hedge %q change %v; want %s %q [%g, %g] hedge %q change %v",
				f.file, f.text, q.Kind, q.Unit, q.Low, q.High, q.Hedge, q.Change,
				f.kind, f.unit, f.low, f.high, f.hedge, f.change)
		}
	}
}

// checkNoFunctionWordUnits fails when a count names a function word as what it counts.
func checkNoFunctionWordUnits(t *testing.T, lines []line) {
	t.Helper()
	bad := set("the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by",
		"from", "as", "that", "this", "is", "was", "were", "be", "it", "its", "their", "his",
		"her", "he", "she", "they", "we", "said", "says", "but", "not", "no", "so", "than")
	for _, l := range lines {
		for _, q := range l.qs {
			if q.Kind == Count && (bad[q.Unit] || functionWords[q.Unit] || q.Unit == "") {
				t.Errorf("%s: %q counts %q, a function word", l.file, q.Text, q.Unit)
			}
		}
	}
}

// checkAbsent fails when any quantity's text contains one of the spans.
func checkAbsent(t *testing.T, lines []line, spans ...string) {
	t.Helper()
	for _, l := range lines {
		for _, q := range l.qs {
			for _, s := range spans {
				if strings.Contains(q.Text, s) {
					t.Errorf("%s: quantity %q should not contain %q", l.file, q.Text, s)
				}
			}
		}
	}
}

func TestSeedCorpus(t *testing.T) {
	dir := sharedDir(t, "seeds")
	lines := parseLines(t, filepath.Join(dir, "*.txt"))
	checkNoFunctionWordUnits(t, lines)
	// Not quantities: a time of day, a disease name, a rank.
	checkAbsent(t, lines, "11:10", "COVID", "fourth")
	checkFacts(t, lines, []fact{
		{"000_", "around 4 million customers", Count, "customers", 3.1e6, 4.9e6, "around", false},
		{"000_", "less than $50 million", Money, "USD", 0, 50e6, "less than", false},
		{"000_", "nearly 3%", Percent, "%", 2.5, 3, "nearly", true},
		{"000_", "just over 1%", Percent, "%", 1, 1.5, "just over", false},
		{"000_", "50%", Percent, "%", 49.5, 50.5, "", true},
		{"000_", "$9.2 billion", Money, "USD", 9.15e9, 9.25e9, "", false},
		{"000_", "August 2020", Date, "", 20200801, 20200831, "", false},
		{"000_", "three people", Count, "people", 3, 3, "", false},
		{"000_", "dozens of Chinese companies", Count, "companies", 12, 120, "", false},
		{"001_", "more than 4 billion customers", Count, "customers", 4e9, 6e9, "more than", false},
		{"001_", "approximately $9 billion", Money, "USD", 7.6e9, 10.4e9, "approximately", false},
		{"001_", "50 percent", Percent, "%", 49.5, 50.5, "", true},
		{"001_", "March 31, 2021", Date, "", 20210331, 20210331, "", false},
		{"001_", "20 cloud regions", Count, "regions", 20, 20, "", false},
		{"001_", "80 total availability zones", Count, "zones", 80, 80, "", false},
		{"001_", "2009", Year, "", 2009, 2009, "", false},
		{"002_", "August 8, 2021", Date, "", 20210808, 20210808, "", false},
		{"002_", "four other Chinese companies", Count, "companies", 4, 4, "", false},
		{"003_", "Jan 18, 2022", Date, "", 20220118, 20220118, "", false},
		{"003_", "$50 million", Money, "USD", 45e6, 55e6, "", false},
		{"004_", "4 million worldwide customers", Count, "customers", 3.5e6, 4.5e6, "", false},
		{"004_", "$863.3 billion", Money, "USD", 863.25e9, 863.35e9, "", false},
		{"004_", "more than 1%", Percent, "%", 1, 1.5, "more than", true},
	})

	// The outlets' numbers for the same facts, compared as the engine will.
	get := func(file, span string) Quantity {
		q, ok := find(lines, file, span)
		if !ok {
			t.Fatalf("%s: %q not found", file, span)
		}
		return q
	}
	million := get("000_", "around 4 million customers")
	billion := get("001_", "more than 4 billion customers")
	if !Comparable(million, billion) || Compatible(million, billion) {
		t.Errorf("4 million vs 4 billion customers: Comparable %v Compatible %v, want a conflict", Comparable(million, billion), Compatible(million, billion))
	}
	if d := Difference(million, billion); !strings.Contains(d, "1,000× apart") {
		t.Errorf("Difference = %q, want the million/billion slip called out", d)
	}
	agree := [][2]Quantity{
		{get("000_", "$9.2 billion"), get("001_", "approximately $9 billion")},
		{get("004_", "less than $50 million"), get("003_", "$50 million")},
		{million, get("004_", "4 million worldwide customers")},
		{get("000_", "$9.2 billion"), get("004_", "$9.2 billion")},
	}
	for _, p := range agree {
		if !Comparable(p[0], p[1]) || !Compatible(p[0], p[1]) {
			t.Errorf("%q vs %q should agree: Comparable %v Compatible %v", p[0].Text, p[1].Text, Comparable(p[0], p[1]), Compatible(p[0], p[1]))
		}
	}
	// Growth (a change) never compares with the revenue level.
	if Comparable(get("000_", "50%"), get("000_", "$9.2 billion")) {
		t.Error("a change compared with a level")
	}
}

func TestRealNewsClusters(t *testing.T) {
	dir := sharedDir(t, "realnews", "clusters")
	lines := parseLines(t, filepath.Join(dir, "*", "*.txt"))
	checkNoFunctionWordUnits(t, lines)
	checkAbsent(t, lines, "9/11", "911")
	checkFacts(t, lines, []fact{
		{"capital-gazette-shooting-2018/reuters", "June 28, 2018", Date, "", 20180628, 20180628, "", false},
		{"capital-gazette-shooting-2018/reuters", "at least five people", Count, "people", 5, 7.5, "at least", false},
		{"capital-gazette-shooting-2018/reuters", "59", Count, "years old", 59, 59, "", false},
		{"capital-gazette-shooting-2018/reuters", "38", Count, "years old", 38, 38, "", false},
		{"capital-gazette-shooting-2018/reuters", "1727", Year, "", 1727, 1727, "", false},
		{"capital-gazette-shooting-2018/washington_times", "38-year-old", Count, "years old", 38, 38, "", false},
		{"capital-gazette-shooting-2018/washington_times", "about 170 people", Count, "people", 153, 187, "about", false},
		{"capital-gazette-shooting-2018/washington_times", "170 evacuated workers", Count, "workers", 170, 170, "", false},
		{"cohen-poll-rigging-2019/usa_today", "$12,000 to $13,000", Money, "USD", 12000, 13000, "", false},
		{"cohen-poll-rigging-2019/reuters", "about 24,000 votes", Count, "votes", 21100, 26900, "about", false},
		{"mattis-resignation-2018/huffpost", "2010 to 2013", Year, "", 2010, 2013, "", false},
		{"mattis-resignation-2018/huffpost", "$700 billion", Money, "USD", 650e9, 750e9, "", false},
		{"mattis-resignation-2018/nyt", "roughly 2,000 American troops", Count, "troops", 1600, 2400, "roughly", false},
		{"mattis-resignation-2018/fox_news", "2,000 troops", Count, "troops", 1800, 2200, "", false},
		{"pensacola-shooting-alqaeda-link-2020/cnn", "nearly 3,000 people", Count, "people", 2700, 3000, "nearly", false},
		{"pensacola-shooting-alqaeda-link-2020/washington_times", "about 15 minutes", Count, "minutes", 13.5, 16.5, "about", false},
		{"scalise-baseball-practice-shooting-2017/cnn", "At least six people", Count, "people", 6, 9, "at least", false},
		{"scalise-baseball-practice-shooting-2017/vox", "66-year-old", Count, "years old", 66, 66, "", false},
		{"transgender-military-ban-2017/fox_news", "between 2,500 and 7,000 transgender service members", Count, "members", 2500, 7000, "", false},
		{"transgender-military-ban-2017/fox_news", "Sixty-nine years", Count, "years", 69, 69, "", false},
		{"transgender-military-ban-2017/usa_today", "no more than $8 million", Money, "USD", 0, 8e6, "no more than", false},
		{"transgender-military-ban-2017/usa_today", "July 2016", Date, "", 20160701, 20160731, "", false},
		{"transgender-military-ban-2017/washington_times", "July 26, 2017", Date, "", 20170726, 20170726, "", false},
		{"scalise-baseball-practice-shooting-2017/vox", "around 7:09 am", Time, "", 424, 434, "around", false},
		{"scalise-baseball-practice-shooting-2017/vox", "7:12 a.m.", Time, "", 432, 432, "", false},
		{"scalise-baseball-practice-shooting-2017/cbn", "around 7:15 a.m.", Time, "", 430, 440, "around", false},
		{"capital-gazette-shooting-2018/reuters", "several others", Count, "others", 3, 12, "", false},
	})
	// The injured besides the dead: "several" (three or more) is not "two".
	several, _ := find(lines, "capital-gazette-shooting-2018/reuters", "several others")
	two, ok := find(lines, "capital-gazette-shooting-2018/washington_times", "two others")
	if !ok || !Comparable(several, two) || Agree(several, two) {
		t.Errorf("the injured: %q vs %q should be comparable and disagree (found %v)", several.Text, two.Text, ok)
	}
	// The police call as two outlets time it: "around" leaves room for both.
	callA, _ := find(lines, "scalise-baseball-practice-shooting-2017/vox", "around 7:09 am")
	callB, _ := find(lines, "scalise-baseball-practice-shooting-2017/cbn", "around 7:15 a.m.")
	if !Comparable(callA, callB) || !Agree(callA, callB) {
		t.Errorf("the call: %q vs %q should agree", callA.Text, callB.Text)
	}

	// Two outlets on the same fact, as the engine will compare them.
	ageA, _ := find(lines, "capital-gazette-shooting-2018/reuters", "38")
	ageB, _ := find(lines, "capital-gazette-shooting-2018/washington_times", "38-year-old")
	if !Comparable(ageA, ageB) || !Compatible(ageA, ageB) {
		t.Errorf("the suspect's age: %q vs %q should agree", ageA.Text, ageB.Text)
	}
	troopsA, _ := find(lines, "mattis-resignation-2018/nyt", "roughly 2,000 American troops")
	troopsB, _ := find(lines, "mattis-resignation-2018/fox_news", "2,000 troops")
	if !Comparable(troopsA, troopsB) || !Compatible(troopsA, troopsB) {
		t.Errorf("troops in Syria: %q vs %q should agree", troopsA.Text, troopsB.Text)
	}
	dead, _ := find(lines, "capital-gazette-shooting-2018/reuters", "at least five people")
	if Comparable(dead, ageA) {
		t.Errorf("a death toll compared with an age")
	}
}

func TestJudgedStories(t *testing.T) {
	dir := sharedDir(t, "realnews", "judged")
	lines := parseLines(t, filepath.Join(dir, "*", "*.txt"))
	checkNoFunctionWordUnits(t, lines)
	checkFacts(t, lines, []fact{
		{"medicare-campaign-fight-2012/nyt", "228 to 191", Tally, "votes", 228, 228, "", false},
		{"obama-gun-executive-orders-2013/fox_news", "nearly two-dozen executive actions", Count, "actions", 21.6, 24, "nearly", false},
		{"national-emergency-border-wall-2019/nyt", "half-dozen Republican senators", Count, "senators", 5, 7, "", false},
		{"farenthold-resigns-2018/fox_news", "5 p.m.", Time, "", 990, 1050, "", false},
		{"sayoc-pipe-bombs-arrest-2018/fox_news", "2:30 p.m. ET", Time, "ET", 870, 870, "", false},
	})
	// Three outlets give the House vote on H.R. 1 alike.
	var tallies []Quantity
	for _, outlet := range []string{"fox_news", "huffpost", "nyt"} {
		q, ok := find(lines, "house-passes-hr1-2019/"+outlet, "234-193")
		if !ok || q.Kind != Tally || q.Value != 234 || q.Other != 193 {
			t.Errorf("house-passes-hr1-2019/%s: 234-193 read as %+v (found %v), want a tally", outlet, q, ok)
			continue
		}
		tallies = append(tallies, q)
	}
	for i := 1; i < len(tallies); i++ {
		if !Comparable(tallies[0], tallies[i]) || !Agree(tallies[0], tallies[i]) {
			t.Errorf("the same tally disagrees with itself: %+v vs %+v", tallies[0], tallies[i])
		}
	}
	// These four are the only votes in the judged stories: no case number ("No. 10-277"),
	// span of years or score is read as one.
	var got []string
	for _, l := range lines {
		for _, q := range l.qs {
			if q.Kind == Tally {
				got = append(got, l.file+" "+q.Text)
			}
		}
	}
	want := []string{"house-passes-hr1-2019/fox_news.txt 234-193", "house-passes-hr1-2019/huffpost.txt 234-193",
		"house-passes-hr1-2019/nyt.txt 234-193", "medicare-campaign-fight-2012/nyt.txt 228 to 191"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("tallies in the judged stories:\n got %q\nwant %q", got, want)
	}
}

func TestAllSidesInvariants(t *testing.T) {
	if testing.Short() {
		t.Skip("reads part of a large corpus")
	}
	dir := sharedDir(t, "corpus")
	f, err := os.Open(filepath.Join(dir, "allsides.jsonl.gz"))
	if err != nil {
		t.Skipf("allsides corpus not readable: %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	articles, found := 0, 0
	for sc.Scan() && articles < 1500 {
		var a struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &a) != nil {
			continue
		}
		articles++
		qs := Parse(a.Text)
		checkInvariants(t, a.Text, qs)
		found += len(qs)
	}
	if articles == 0 || found < articles {
		t.Errorf("read %d articles and found %d quantities; expected at least one per article", articles, found)
	}
}
