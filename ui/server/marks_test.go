package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"sync"
	"testing"
	"time"

	"charm.land/ssh"
	"github.com/charmbracelet/x/exp/teatest/v2"
	gossh "golang.org/x/crypto/ssh"

	"parallax/data/store"
	"parallax/model"
)

// keySession is a session whose user logged in with a key; nothing else of
// the session is used by the reader's factory.
type keySession struct {
	ssh.Session
	key ssh.PublicKey
}

func (s keySession) PublicKey() ssh.PublicKey { return s.key }

// userSpy is a Marks store that remembers whose marks were asked for.
type userSpy struct {
	store.Marks
	mu    sync.Mutex
	users []string
}

func (s *userSpy) MarksFor(user string, a *model.Analysis) (map[string]store.Mark, error) {
	s.mu.Lock()
	s.users = append(s.users, user)
	s.mu.Unlock()
	return s.Marks.MarksFor(user, a)
}

func (s *userSpy) askedFor() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.users...)
}

func TestReaderKeepsMarksUnderTheKeysFingerprint(t *testing.T) {
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	key, err := gossh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	spy := &userSpy{Marks: store.NewMemory()}
	m := Reader(spy)(keySession{key: key}, demoAnalysis(t))
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	t.Cleanup(func() { _ = tm.Quit() })

	want := gossh.FingerprintSHA256(key)
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		for _, u := range spy.askedFor() {
			if u == want {
				return
			}
			if u != "" {
				t.Fatalf("marks were asked for user %q, want the key's fingerprint %q", u, want)
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the reader never asked for the user's marks (asked: %q)", spy.askedFor())
}

func TestReaderWithoutAKeyKeepsMarksInMemory(t *testing.T) {
	spy := &userSpy{Marks: store.NewMemory()}
	m := Reader(spy)(keySession{}, demoAnalysis(t))
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40))
	time.Sleep(300 * time.Millisecond)
	_ = tm.Quit()
	if got := spy.askedFor(); len(got) > 0 {
		t.Errorf("an anonymous session reached the shared store as %q", got)
	}
}
