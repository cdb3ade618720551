//go:build !linux

package scaling

import "time"

// threadCPU returns 0 where no per-thread CPU clock is read: Check skips.
func threadCPU() time.Duration { return 0 }
