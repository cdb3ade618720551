//go:build !unix

package server

import "time"

// cpuUsed is not measured off Unix; CPU figures then read zero.
func cpuUsed() time.Duration { return 0 }
