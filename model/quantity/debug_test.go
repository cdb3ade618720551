package quantity

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	s := os.Getenv("QDEBUG")
	if s == "" {
		t.Skip()
	}
	if f, err := os.ReadFile(s); err == nil {
		s = string(f)
	}
	for _, q := range Parse(s) {
		fmt.Printf("%-40q %-8s v=%-14g [%g, %g] unit=%q hedge=%q change=%v\n", q.Text, q.Kind, q.Value, q.Low, q.High, q.Unit, q.Hedge, q.Change)
	}
}
