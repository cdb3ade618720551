package quantity

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

func TestDebugCorpus(t *testing.T) {
	n := os.Getenv("QCORPUS")
	if n == "" {
		t.Skip()
	}
	f, _ := os.Open("/work/shared/corpus/allsides.jsonl.gz")
	zr, _ := gzip.NewReader(f)
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	units := map[string]int{}
	kinds := map[Kind]int{}
	count := 0
	out, _ := os.Create("/tmp/qdump.txt")
	defer out.Close()
	for sc.Scan() && count < 2000 {
		var a struct{ Text string }
		json.Unmarshal(sc.Bytes(), &a)
		count++
		for _, q := range Parse(a.Text) {
			kinds[q.Kind]++
			if q.Kind == Count {
				units[q.Unit]++
			}
			lo := q.Start - 40
			if lo < 0 {
				lo = 0
			}
			hi := q.End + 40
			if hi > len(a.Text) {
				hi = len(a.Text)
			}
			ctx := strings.ReplaceAll(a.Text[lo:q.Start]+"[["+q.Text+"]]"+a.Text[q.End:hi], "\n", " ")
			fmt.Fprintf(out, "%-7s %-12s %-8q %g..%g h=%q c=%v | %s\n", q.Kind, q.Unit, q.Text, q.Low, q.High, q.Hedge, q.Change, ctx)
		}
	}
	fmt.Println(kinds)
	type kv struct {
		k string
		v int
	}
	var l []kv
	for k, v := range units {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v })
	for i := 0; i < 150 && i < len(l); i++ {
		fmt.Printf("%s:%d  ", l[i].k, l[i].v)
	}
	fmt.Println()
}
