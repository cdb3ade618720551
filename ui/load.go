package ui

import (
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"parallax/model"
)

// progressMsg reports loading progress and carries the channels to keep
// listening on, so the model holds no channels itself.
type progressMsg struct {
	done, total int
	ch          <-chan progressMsg
	result      <-chan loadedMsg
}

// loadedMsg is the end of loading: the analysis and what went wrong.
type loadedMsg struct {
	analysis *model.Analysis
	errs     []error
}

// errMsg is an error to show in the error line.
type errMsg struct{ err error }

// startLoad runs the loader in the background and reports its progress.
// A loader that panics becomes an error in the UI, not a crash.
func startLoad(load Loader) tea.Cmd {
	return func() tea.Msg {
		ch := make(chan progressMsg, 1)
		result := make(chan loadedMsg, 1)
		go func() {
			defer func() {
				if r := recover(); r != nil {
					result <- loadedMsg{errs: []error{fmt.Errorf("loading failed: %v", r)}}
				}
			}()
			if load == nil {
				result <- loadedMsg{errs: []error{errors.New("nothing to load")}}
				return
			}
			a, errs := load(func(done, total int) {
				p := progressMsg{done: done, total: total}
				// Keep only the latest count; the loader never waits for the UI.
				select {
				case ch <- p:
				default:
					select {
					case <-ch:
					default:
					}
					select {
					case ch <- p:
					default:
					}
				}
			})
			result <- loadedMsg{analysis: a, errs: errs}
		}()
		return waitLoad(ch, result)()
	}
}

// waitLoad waits for the next progress report or the result.
func waitLoad(ch <-chan progressMsg, result <-chan loadedMsg) tea.Cmd {
	return func() tea.Msg {
		select {
		case p := <-ch:
			p.ch, p.result = ch, result
			return p
		case r := <-result:
			return r
		}
	}
}
