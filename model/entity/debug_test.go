package entity

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDebugDump(t *testing.T) {
	dir := os.Getenv("ENTDIR")
	if dir == "" {
		t.Skip()
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var all []Mention
	for _, f := range files {
		b, _ := os.ReadFile(f)
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		ms := Find(id, string(b))
		if os.Getenv("ENTM") != "" {
			for _, m := range ms {
				fmt.Printf("%s\t%d\t%s\t%s\t%s\n", id, m.Start, m.Type, m.Text, m.Expansion)
			}
		}
		all = append(all, ms...)
	}
	for _, e := range Resolve(all) {
		fmt.Printf("%3d %-7s %-40s %q\n", len(e.Mentions), e.Type, e.Name, e.Aliases)
	}
}
