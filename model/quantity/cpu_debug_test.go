package quantity

import (
	"fmt"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestDebugCPU(t *testing.T) {
	if os.Getenv("QCPU") == "" {
		t.Skip()
	}
	for _, text := range []string{benchText(5000), strings.Repeat("The editors met the reporters in the newsroom and talked about the paper for a while. ", 300)} {
		words := len(strings.Fields(text))
		n := 300
		c0 := cpuNow()
		w0 := time.Now()
		for i := 0; i < n; i++ {
			Parse(text)
		}
		c := cpuNow() - c0
		w := time.Since(w0)
		fmt.Printf("cpu %.0f µs/1000 words, wall %.0f µs/1000 words\n", float64(c.Microseconds())/float64(n)/float64(words)*1000, float64(w.Microseconds())/float64(n)/float64(words)*1000)
	}
}
