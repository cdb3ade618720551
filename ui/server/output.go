package server

import (
	"io"
	"sync"
	"time"
)

// maxPendingOutput is how much drawing a session holds for a client that is
// not reading, several full frames of the reader at the largest window drawn. Past it the
// pending frames are dropped and the screen is repainted once the client
// reads again.
const maxPendingOutput = 2 << 20

// sessionOutput stands between a session's program and its SSH channel, so
// that a client that stops reading (or reads slowly) never blocks the
// program: a write to the channel blocks once the client's window is full,
// and Bubble Tea writes while holding the lock its event loop needs to draw,
// so one blocked write would stop the session's input handling, its idle
// timer and its shutdown. Writes are queued here and written by one goroutine.
//
// The queue is bounded: when a client leaves maxPendingOutput unread, the
// queued frames are dropped whole (never cut inside an escape sequence) and
// repaint is called once the client is reading again, so it gets a full,
// correct screen instead of a diff against frames it never saw.
type sessionOutput struct {
	w       io.Writer
	repaint func() // asks the program for a full redraw

	mu      sync.Mutex
	pending []byte
	spare   []byte
	dropped int  // bytes dropped since the last repaint
	closed  bool // no more writes are accepted or written
	ready   chan struct{}
	done    chan struct{} // closed when the writer goroutine has returned
	drained *sync.Cond    // signalled when pending becomes empty
	busy    bool          // a write to w is in progress
}

// newSessionOutput starts the writer goroutine for w.
func newSessionOutput(w io.Writer) *sessionOutput {
	o := &sessionOutput{w: w, ready: make(chan struct{}, 1), done: make(chan struct{})}
	o.drained = sync.NewCond(&o.mu)
	go o.run()
	return o
}

// Write queues p and returns at once.
func (o *sessionOutput) Write(p []byte) (int, error) {
	o.mu.Lock()
	if o.closed {
		o.mu.Unlock()
		return 0, io.ErrClosedPipe
	}
	if len(o.pending)+len(p) > maxPendingOutput {
		o.dropped += len(o.pending)
		o.pending = o.pending[:0]
	}
	o.pending = append(o.pending, p...)
	o.mu.Unlock()
	select {
	case o.ready <- struct{}{}:
	default:
	}
	return len(p), nil
}

// run writes what is queued until the output is closed or the channel fails.
func (o *sessionOutput) run() {
	defer close(o.done)
	for range o.ready {
		for {
			o.mu.Lock()
			if o.closed || len(o.pending) == 0 {
				o.busy = false
				o.drained.Broadcast()
				closed := o.closed
				o.mu.Unlock()
				if closed {
					return
				}
				break
			}
			buf := o.pending
			o.pending, o.spare = o.spare[:0], nil
			o.busy = true
			repaint := o.dropped > 0
			o.dropped = 0
			o.mu.Unlock()

			_, err := o.w.Write(buf)

			o.mu.Lock()
			o.spare = buf[:0]
			if err != nil {
				o.closed = true
			}
			o.mu.Unlock()
			if repaint && err == nil && o.repaint != nil {
				o.repaint()
			}
		}
	}
}

// flush waits, at most until the deadline, for everything queued to be
// written: the program's last frame before a farewell line.
func (o *sessionOutput) flush(within time.Duration) {
	expired := false
	timer := time.AfterFunc(within, func() {
		o.mu.Lock()
		expired = true
		o.drained.Broadcast()
		o.mu.Unlock()
	})
	defer timer.Stop()
	o.mu.Lock()
	for (len(o.pending) > 0 || o.busy) && !o.closed && !expired {
		o.drained.Wait()
	}
	o.mu.Unlock()
}

// close stops the writer: what is still queued is dropped. A write already in
// progress ends when the channel closes.
func (o *sessionOutput) close() {
	o.mu.Lock()
	o.closed = true
	o.pending = nil
	o.mu.Unlock()
	select {
	case o.ready <- struct{}{}:
	default:
	}
}
