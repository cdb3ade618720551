package store

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"parallax/model"
)

// The crash test runs this test binary again as a child that writes marks as
// fast as it can and prints each one once its transaction has committed. The
// parent kills it mid-stream and checks the database.
const (
	crashDBEnv    = "PARALLAX_STORE_CRASH_DB"
	crashRoundEnv = "PARALLAX_STORE_CRASH_ROUND"
	crashWriters  = 4 // goroutines writing at once in the child
)

// crashClaim is the i-th claim writer w marks in round r: each its own
// sentence, so every committed write leaves its own row.
func crashClaim(r, w, i int) (model.Document, model.Claim) {
	d := model.Document{ID: "crash", Path: fmt.Sprintf("/crash/round-%d-writer-%d.txt", r, w)}
	text := fmt.Sprintf("Writer %d put down sentence %d.", w, i)
	return d, model.Claim{ID: "c", Doc: "crash", Start: i * 40, End: i*40 + len(text), Text: text}
}

// TestHelperWriter is the child of TestCrashKeepsCommittedMarks; run on its
// own it does nothing.
func TestHelperWriter(t *testing.T) {
	path := os.Getenv(crashDBEnv)
	if path == "" {
		t.Skip("only runs as the child of TestCrashKeepsCommittedMarks")
	}
	round, _ := strconv.Atoi(os.Getenv(crashRoundEnv))
	s, err := Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		os.Exit(3)
	}
	var out sync.Mutex
	var wg sync.WaitGroup
	for w := range crashWriters {
		wg.Go(func() {
			for i := 0; ; i++ {
				d, c := crashClaim(round, w, i)
				var err error
				if i%2 == 0 {
					_, err = s.Star(LocalUser, d, c, true)
				} else {
					_, err = s.Note(LocalUser, d, c, "note "+strconv.Itoa(i))
				}
				if err != nil {
					fmt.Fprintln(os.Stderr, "write:", err)
					os.Exit(3)
				}
				out.Lock()
				fmt.Fprintf(os.Stdout, "committed %d %d\n", w, i) // one write(2): a whole line or nothing
				out.Unlock()
			}
		})
	}
	wg.Wait()
}

func TestCrashKeepsCommittedMarks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crash.db")
	for round, wait := range []int{1, 40, 300} {
		committed := runAndKill(t, path, round, wait)
		if len(committed) < wait {
			t.Fatalf("round %d: child committed %d marks before dying, want at least %d", round, len(committed), wait)
		}
		s, err := Open(path)
		if err != nil {
			t.Fatalf("round %d: reopening after the kill: %v", round, err)
		}
		if err := s.Check(); err != nil {
			t.Errorf("round %d: %v", round, err)
		}
		for _, wi := range committed {
			d, c := crashClaim(round, wi[0], wi[1])
			a := model.NewAnalysis([]model.Document{d}, nil, []model.Claim{c}, nil)
			marks, err := s.MarksFor(LocalUser, a)
			if err != nil {
				t.Fatal(err)
			}
			m, ok := marks["c"]
			switch {
			case !ok:
				t.Errorf("round %d: committed mark %v lost", round, wi)
			case wi[1]%2 == 0 && !m.Starred:
				t.Errorf("round %d: mark %v not starred: %+v", round, wi, m)
			case wi[1]%2 == 1 && m.Note != "note "+strconv.Itoa(wi[1]):
				t.Errorf("round %d: mark %v has note %q", round, wi, m.Note)
			}
		}
		s.Close()
		t.Logf("round %d: %d committed marks all present after SIGKILL", round, len(committed))
	}
}

// runAndKill starts the writer child, lets it commit at least wait marks,
// kills it, and returns every (writer, index) it reported as committed.
func runAndKill(t *testing.T, path string, round, wait int) [][2]int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperWriter$")
	cmd.Env = append(os.Environ(), crashDBEnv+"="+path, crashRoundEnv+"="+strconv.Itoa(round))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(stdout)
	var committed [][2]int
	killed := false
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			// EOF: the child is dead. A last line without its newline was
			// cut by the kill and proves nothing, so it is not counted.
			if err != io.EOF {
				t.Fatal(err)
			}
			break
		}
		var w, i int
		if _, err := fmt.Sscanf(strings.TrimSpace(line), "committed %d %d", &w, &i); err == nil {
			committed = append(committed, [2]int{w, i})
		}
		if !killed && len(committed) >= wait {
			if err := cmd.Process.Kill(); err != nil {
				t.Fatal(err)
			}
			killed = true
		}
	}
	cmd.Wait()
	if !killed {
		t.Fatalf("round %d: child exited on its own: %s", round, stderr.String())
	}
	return committed
}
