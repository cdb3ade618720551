package server

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

func TestClampSize(t *testing.T) {
	tests := []struct{ w, h, wantW, wantH int }{
		{80, 24, 80, 24},
		{0, 0, 0, 0},
		{500, 200, 500, 200},
		{10000, 10000, 500, 200},
		{65535, 65535, 500, 200},
		{2, 1000000, 2, 200},
		{1000000, 2, 500, 2},
		{-5, 30, 0, 30},
	}
	for _, tt := range tests {
		if w, h := clampSize(tt.w, tt.h); w != tt.wantW || h != tt.wantH {
			t.Errorf("clampSize(%d, %d) = %d×%d, want %d×%d", tt.w, tt.h, w, h, tt.wantW, tt.wantH)
		}
	}
}

// blockedWriter is a channel whose client stopped reading: every Write
// blocks until unblock, then records what it was given.
type blockedWriter struct {
	gate chan struct{}
	mu   sync.Mutex
	got  bytes.Buffer
}

func (w *blockedWriter) Write(p []byte) (int, error) {
	<-w.gate
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.got.Write(p)
}

func (w *blockedWriter) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.got.String()
}

func TestSessionOutputNeverBlocksTheProgram(t *testing.T) {
	w := &blockedWriter{gate: make(chan struct{})}
	o := newSessionOutput(w)
	var repaints atomic.Int32
	o.repaint = func() { repaints.Add(1) }

	// A client that reads nothing: far more than the cap is written, and
	// every Write returns at once.
	frame := bytes.Repeat([]byte("x"), 64<<10)
	done := make(chan struct{})
	go func() {
		for range 3 * maxPendingOutput / len(frame) {
			if _, err := o.Write(frame); err != nil {
				t.Errorf("Write: %v", err)
			}
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("writes blocked behind a client that does not read")
	}
	o.mu.Lock()
	pending := len(o.pending)
	o.mu.Unlock()
	if pending > maxPendingOutput {
		t.Errorf("%d bytes held for the client, over the cap of %d", pending, maxPendingOutput)
	}

	// The client reads again: what was kept is written, and since frames
	// were dropped the program is asked to repaint.
	close(w.gate)
	if _, err := o.Write([]byte("last frame")); err != nil {
		t.Fatal(err)
	}
	o.flush(5 * time.Second)
	if !strings.HasSuffix(w.String(), "last frame") {
		t.Errorf("the last frame was not written; output ends %q", w.String()[max(0, len(w.String())-20):])
	}
	// At least one: when the writer took its first frame after some were
	// already dropped, that frame and the next each end with a repaint.
	waitFor(t, "a repaint after dropped frames", func() bool { return repaints.Load() >= 1 })
	o.close()
	if _, err := o.Write([]byte("late")); err == nil {
		t.Error("Write after close succeeded")
	}
}

func TestSessionOutputKeepsOrderAndDropsNothingWhenRead(t *testing.T) {
	var got syncBuffer
	o := newSessionOutput(&got)
	var want strings.Builder
	for i := range 2000 {
		s := strings.Repeat(string(rune('a'+i%26)), i%50+1)
		want.WriteString(s)
		if _, err := io.WriteString(o, s); err != nil {
			t.Fatal(err)
		}
	}
	o.flush(5 * time.Second)
	o.close()
	if got.String() != want.String() {
		t.Errorf("output differs from what was written (%d bytes written, %d arrived)", want.Len(), len(got.String()))
	}
}

func TestSessionOutputCloseUnblocksFlush(t *testing.T) {
	w := &blockedWriter{gate: make(chan struct{})}
	o := newSessionOutput(w)
	_, _ = o.Write([]byte("stuck"))
	start := time.Now()
	o.flush(200 * time.Millisecond) // gives up: the client is not reading
	if time.Since(start) > 5*time.Second {
		t.Fatal("flush waited past its deadline")
	}
	o.close()
	close(w.gate)
	select {
	case <-o.done:
	case <-time.After(5 * time.Second):
		t.Fatal("the writer goroutine did not end after close")
	}
}

func TestSessionInputPassesEveryByteAndSeesCtrlC(t *testing.T) {
	pr, pw := io.Pipe()
	var interrupts, closes atomic.Int32
	var touched atomic.Int64
	in := newSessionInput(pr, func(now time.Time) { touched.Store(now.UnixNano()) },
		func() { interrupts.Add(1) }, func() { closes.Add(1) })
	want := strings.Repeat("a note typed fast\r", 10000) // 180 KB, more than the read-ahead
	go func() {
		_, _ = io.WriteString(pw, want)
		_, _ = pw.Write([]byte{ctrlC})
		pw.Close()
	}()
	got, err := io.ReadAll(in)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want+"\x03" {
		t.Fatalf("read %d bytes, want %d: input was lost or reordered", len(got), len(want)+1)
	}
	if interrupts.Load() != 1 || closes.Load() != 1 || touched.Load() == 0 {
		t.Errorf("interrupts %d, closes %d, touched %v: want 1, 1, true", interrupts.Load(), closes.Load(), touched.Load() != 0)
	}
}

func TestSessionInputReadsAheadBoundedly(t *testing.T) {
	pr, pw := io.Pipe()
	in := newSessionInput(pr, func(time.Time) {}, func() {}, func() {})
	defer in.stop()
	wrote := make(chan int, 1)
	go func() {
		n := 0
		chunk := bytes.Repeat([]byte("j"), 4096)
		for n < 4*maxPendingInput {
			if _, err := pw.Write(chunk); err != nil {
				break
			}
			n += len(chunk)
		}
		wrote <- n
	}()
	waitFor(t, "the read-ahead to fill", func() bool { return in.backlog() >= maxPendingInput })
	time.Sleep(50 * time.Millisecond)
	if b := in.backlog(); b > maxPendingInput+4096 {
		t.Errorf("read ahead %d bytes, more than the cap of %d", b, maxPendingInput)
	}
	select {
	case n := <-wrote:
		t.Fatalf("the client wrote all %d bytes although nobody read them", n)
	default: // held back, as SSH flow control would hold the client
	}
	in.stop()
	pw.Close()
}

// countingModel counts its Views and remembers the last key it saw.
type countingModel struct {
	views *int
	last  string
}

func (m countingModel) Init() tea.Cmd { return nil }

func (m countingModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		m.last = k.String()
	}
	return m, nil
}

func (m countingModel) View() tea.View {
	*m.views++
	return tea.NewView("last key " + m.last)
}

func TestGuardDrawsOneFramePerIntervalAndTheLastOne(t *testing.T) {
	views := 0
	now := time.Unix(1000, 0)
	g := &guard{inner: countingModel{views: &views}, onPanic: func(any, []byte) {}, now: func() time.Time { return now }}
	g.View()
	var tick tea.Cmd
	for i := range 1000 { // a burst of keys within one frame interval
		_, cmd := g.Update(tea.KeyPressMsg{Code: rune('a' + i%26), Text: string(rune('a' + i%26))})
		if cmd != nil {
			tick = cmd
		}
		g.View()
	}
	if views != 1 {
		t.Errorf("%d Views for a burst inside one frame interval, want 1", views)
	}
	if tick == nil {
		t.Fatal("no frame was scheduled after the skipped Views")
	}
	now = now.Add(frameInterval)
	g.Update(frameMsg{})
	if v := g.View(); v.Content != "last key l" || views != 2 {
		t.Errorf("after the frame: %q (%d Views), want the last key's screen", v.Content, views)
	}
	// Keys a frame apart are each drawn at once.
	for i := range 5 {
		now = now.Add(frameInterval)
		g.Update(tea.KeyPressMsg{Code: 'x', Text: "x"})
		g.View()
		if views != 3+i {
			t.Fatalf("a key after a quiet interval was not drawn at once (%d Views)", views)
		}
	}
}

// A key that lands after a skipped View, while a frame is already on its
// way, is still drawn: the frame that arrives too soon schedules another.
func TestGuardDrawsTheLastKeyOfABurst(t *testing.T) {
	views := 0
	t0 := time.Unix(1000, 0)
	now := t0
	g := &guard{inner: countingModel{views: &views}, onPanic: func(any, []byte) {}, now: func() time.Time { return now }}
	at := func(ms int) { now = t0.Add(time.Duration(ms) * time.Millisecond) }
	key := func(r rune) tea.Cmd {
		_, cmd := g.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		g.View()
		return cmd
	}
	g.View() // drawn at 0
	at(5)
	if key('a') == nil {
		t.Fatal("a skipped View scheduled no frame")
	}
	at(17)
	key('b') // drawn: 17 ms after the last frame
	at(18)
	key('c') // skipped; a frame is already on its way
	at(21)
	_, cmd := g.Update(frameMsg{}) // arrives 4 ms after the last draw: too soon
	g.View()
	if cmd == nil {
		t.Fatal("the early frame did not schedule another: the last key would never be drawn")
	}
	at(40)
	g.Update(frameMsg{})
	if v := g.View(); v.Content != "last key c" {
		t.Errorf("the screen ends %q, want the last key's", v.Content)
	}
}
