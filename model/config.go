package model

// Config holds every threshold and weight of alignment and verdicts, in one
// place, so that a sweep over the judged stories can choose them
// (data/acceptance/judged_sweep_test.go) instead of hand-tuning.
type Config struct {
	AlignMeasure   float64 // pair score above which two figures state the same fact
	AlignWhen      float64 // pair score above which two dates state the same fact
	AlignQuote     float64 // share of the shorter quotation's words found in the other
	AlignStatement float64 // pair score above which two statements state the same fact
}

// DefaultConfig is the configuration chosen by the sweep.
func DefaultConfig() Config {
	return Config{AlignMeasure: 0.28, AlignWhen: 0.42, AlignQuote: 0.70, AlignStatement: 0.34}
}
