//go:build unix

package server

import (
	"syscall"
	"time"
)

// cpuUsed is the CPU time (user and system) this process has used so far:
// the server and the test's clients together.
func cpuUsed() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
