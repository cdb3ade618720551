package server

import (
	"bytes"
	"io"
	"sync"
	"time"
)

// maxPendingInput is how far a client's typing may run ahead of its program.
// Past it the server stops reading the channel, and SSH flow control holds
// the client back: nothing typed is ever dropped.
const maxPendingInput = 64 << 10

// ctrlC is the byte a terminal sends for ctrl+c.
const ctrlC = 0x03

// sessionInput reads a client's keystrokes on its own goroutine into a
// bounded queue that the program reads from. Reading ahead lets the server
// see what is coming before the program gets to it: it notes when the client
// last typed (for the idle timer), and a ctrl+c ends the session at once
// instead of waiting behind a flood of keys typed before it. ctrl+c quits the
// reader in every state, so acting on it early changes nothing but the wait.
type sessionInput struct {
	r         io.Reader
	onInput   func(now time.Time) // each read from the client
	interrupt func()              // a ctrl+c arrived
	closed    func()              // the client stopped sending

	mu      sync.Mutex
	cond    *sync.Cond
	pending []byte
	err     error // the client's read error, once seen and after pending is read
	stopped bool  // the program is done reading
}

// newSessionInput starts reading r.
func newSessionInput(r io.Reader, onInput func(time.Time), interrupt, closed func()) *sessionInput {
	in := &sessionInput{r: r, onInput: onInput, interrupt: interrupt, closed: closed}
	in.cond = sync.NewCond(&in.mu)
	go in.pump()
	return in
}

// pump reads from the client until it stops sending or the input is closed.
func (in *sessionInput) pump() {
	buf := make([]byte, 4096)
	for {
		in.mu.Lock()
		for len(in.pending) >= maxPendingInput && !in.stopped {
			in.cond.Wait()
		}
		stopped := in.stopped
		in.mu.Unlock()
		if stopped {
			return
		}
		n, err := in.r.Read(buf)
		if n > 0 {
			in.onInput(time.Now())
			if bytes.IndexByte(buf[:n], ctrlC) >= 0 {
				in.interrupt()
			}
		}
		in.mu.Lock()
		in.pending = append(in.pending, buf[:n]...)
		if err != nil {
			in.err = err
		}
		in.cond.Broadcast()
		in.mu.Unlock()
		if err != nil {
			in.closed()
			return
		}
	}
}

// Read gives the program what the client has typed, waiting for more.
func (in *sessionInput) Read(p []byte) (int, error) {
	in.mu.Lock()
	defer in.mu.Unlock()
	for len(in.pending) == 0 && in.err == nil && !in.stopped {
		in.cond.Wait()
	}
	if len(in.pending) > 0 {
		n := copy(p, in.pending)
		in.pending = in.pending[n:]
		if len(in.pending) == 0 {
			in.pending = nil // let a flood's buffer go
		}
		in.cond.Broadcast()
		return n, nil
	}
	if in.stopped {
		return 0, io.EOF
	}
	return 0, in.err
}

// backlog is how many bytes the client has typed that the program has not read.
func (in *sessionInput) backlog() int {
	in.mu.Lock()
	defer in.mu.Unlock()
	return len(in.pending)
}

// stop ends reading for the program: Read returns io.EOF, and the pump
// returns after its current read from the client.
func (in *sessionInput) stop() {
	in.mu.Lock()
	in.stopped = true
	in.cond.Broadcast()
	in.mu.Unlock()
}
