package main

import (
	"os"
	"runtime/debug"
)

// crossCheckGCPercent is the garbage collector's GOGC while `analyze
// --jsonl` cross-checks the stories of a grouped pile. By then what stays
// live is mostly the pile's text and names, which the engine lets go of
// story by story, and each story's working data soon becomes garbage: a
// heap let grow to three times what is live, rather than twice, is collected
// about half as often. On the whole AllSides corpus that is some 8 % less
// CPU for a peak RSS of about 2.1 GB, under the 3 GB of issue 11
// (BENCHMARKS.md). Reading and grouping the pile, where live memory peaks,
// keep the default.
const crossCheckGCPercent = 200

// collectLess sets the collector for the cross-check (crossCheckGCPercent)
// and returns a func that puts back the setting it replaced. It is a
// setting of this process, made by the CLI's mode: the engine holds no
// such state. When the environment sets GOGC or GOMEMLIMIT, the collector is
// as the user asked and collectLess does nothing.
func collectLess() (undo func()) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	prev := debug.SetGCPercent(crossCheckGCPercent)
	return func() { debug.SetGCPercent(prev) }
}
