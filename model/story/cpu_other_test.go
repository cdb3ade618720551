//go:build !unix

package story

import (
	"testing"
	"time"
)

// reportCPU does nothing where the process CPU time cannot be read.
func reportCPU(*testing.B, time.Duration) {}

// cpuTime returns 0 where the process CPU time cannot be read.
func cpuTime() time.Duration { return 0 }
