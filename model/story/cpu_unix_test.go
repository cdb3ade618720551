//go:build unix

package story

import (
	"syscall"
	"testing"
	"time"
)

// reportCPU adds the process CPU time (user and system) per operation to a
// benchmark's results: on a shared machine wall time says more about the
// neighbours than about the code.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// cpuTime returns the CPU time this process has used so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
