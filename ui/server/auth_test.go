package server

import (
	"net"
	"os"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// rewrite replaces the authorized_keys file and gives it the modification
// time mod, so tests control whether the change is noticeable by stamp.
func rewrite(t *testing.T, path string, mod time.Time, lines ...string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, mod, mod); err != nil {
		t.Fatal(err)
	}
}

func TestAuthorizedKeysFollowTheFile(t *testing.T) {
	// Equal-length comments make equal-size files, so that one edit below
	// can be invisible to the modification-time-and-size check.
	alice, aliceLine := newClientKey(t, "alice")
	bobby, bobbyLine := newClientKey(t, "bobby")
	path := writeAuthorizedKeys(t, aliceLine)
	t0 := time.Now().Add(-time.Hour).Truncate(time.Second)
	rewrite(t, path, t0, aliceLine)
	ts := startServer(t, demoAnalysis(t), func(c *Config, tu *tuning) {
		c.AuthorizedKeys = path
		tu.failBurst = 0 // this test fails logins on purpose, often
	})
	check := func(step string, wantAlice, wantBobby bool) {
		t.Helper()
		for _, k := range []struct {
			name   string
			signer gossh.Signer
			want   bool
		}{{"alice", alice, wantAlice}, {"bobby", bobby, wantBobby}} {
			c, err := dial(ts.addr, k.signer)
			closeIf(c, err)
			if got := err == nil; got != k.want {
				t.Errorf("%s: %s got in = %v, want %v (%v)", step, k.name, got, k.want, err)
			}
		}
	}
	check("at start", true, false)

	// An edit is noticed on the next login, without a signal.
	rewrite(t, path, t0.Add(time.Minute), bobbyLine)
	check("after the file changed", false, true)

	// An edit that keeps size and timestamp is invisible to that check;
	// Reload (what SIGHUP does) re-reads regardless.
	rewrite(t, path, t0.Add(time.Minute), aliceLine)
	check("after a same-size, same-time edit", false, true)
	ts.Reload()
	check("after Reload", true, false)

	// A vanished file locks everyone out rather than keeping stale keys.
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	check("after the file was removed", false, false)
	logs := ts.logs.String()
	for _, want := range []string{"authorized keys loaded", "authorized keys re-read after a change", "authorized keys reloaded", "authorized keys unreadable"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
}

func TestFailedLoginsAreRateLimitedPerAddress(t *testing.T) {
	good, goodLine := newClientKey(t, "good")
	bad, _ := newClientKey(t, "bad")
	ts := startServer(t, demoAnalysis(t), func(c *Config, tu *tuning) {
		c.AuthorizedKeys = writeAuthorizedKeys(t, goodLine)
		tu.failBurst = 2
		tu.failEvery = 300 * time.Millisecond
	})
	for i := 0; i < 2; i++ {
		if _, err := dial(ts.addr, bad); err == nil {
			t.Fatal("the bad key got in")
		}
	}
	waitFor(t, "both failures to be counted", func() bool { return strings.Count(ts.logs.String(), "auth failed") == 2 })
	// Now even the good key is turned away from this address, before any
	// handshake, until the limiter forgives a failure.
	_, err := dial(ts.addr, good)
	if err == nil {
		t.Fatal("a rate-limited address got in")
	}
	if !strings.Contains(ts.logs.String(), "login rate-limited") {
		t.Errorf("the limit is not logged:\n%s", ts.logs.String())
	}
	waitFor(t, "the limit to lift", func() bool {
		c, err := dial(ts.addr, good)
		if err == nil {
			c.Close()
		}
		return err == nil
	})
}

func TestOpenServerLetsAnyoneInAndSaysSo(t *testing.T) {
	ts := startServer(t, demoAnalysis(t), nil)
	if out := ts.out.String(); !strings.Contains(out, "WARNING") || !strings.Contains(out, "ANYONE") {
		t.Errorf("startup output does not warn about an open server:\n%s", out)
	}
	if !strings.Contains(ts.logs.String(), "open to anyone") {
		t.Errorf("the log does not warn about an open server:\n%s", ts.logs.String())
	}
	anyKey, _ := newClientKey(t, "anyone")
	for name, c := range map[string]func() error{
		"with a key":    func() error { cl, err := dial(ts.addr, anyKey); closeIf(cl, err); return err },
		"without a key": func() error { cl, err := dial(ts.addr, nil); closeIf(cl, err); return err },
	} {
		if err := c(); err != nil {
			t.Errorf("%s: refused by an open server: %v", name, err)
		}
	}
}

// closeIf closes a client that connected.
func closeIf(c interface{ Close() error }, err error) {
	if err == nil {
		c.Close()
	}
}

func TestStartupPrintsAddressAndFingerprint(t *testing.T) {
	ts, signer := allowedServer(t, nil)
	out := ts.out.String()
	if !strings.Contains(out, "listening on "+ts.addr+"\n") {
		t.Errorf("startup output does not name the address %s:\n%s", ts.addr, out)
	}
	if _, port, _ := net.SplitHostPort(ts.addr); port == "0" {
		t.Errorf("Addr() = %s, want the port actually picked", ts.addr)
	}
	if !strings.Contains(out, "host key "+ts.Fingerprint()+" ") {
		t.Errorf("startup output does not print the fingerprint %s:\n%s", ts.Fingerprint(), out)
	}
	if strings.Contains(out, "WARNING") {
		t.Errorf("a server with an allow-list warns it is open:\n%s", out)
	}
	// The fingerprint printed is the one clients see.
	var seen string
	cl, err := gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User: "reader",
		Auth: []gossh.AuthMethod{gossh.PublicKeys(signer)},
		HostKeyCallback: func(_ string, _ net.Addr, key gossh.PublicKey) error {
			seen = gossh.FingerprintSHA256(key)
			return nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	cl.Close()
	if seen != ts.Fingerprint() {
		t.Errorf("client saw host key %s, server printed %s", seen, ts.Fingerprint())
	}
}
