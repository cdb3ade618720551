package server

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"
)

func TestDefaultHostKeyPathFollowsXDG(t *testing.T) {
	home := t.TempDir()
	tests := []struct {
		name    string
		xdgData string
		want    string
	}{
		{"XDG_DATA_HOME set", "/srv/data", "/srv/data/parallax/ssh_host_ed25519_key"},
		{"XDG_DATA_HOME unset", "", filepath.Join(home, ".local/share/parallax/ssh_host_ed25519_key")},
		{"relative XDG_DATA_HOME is ignored", "relative/dir", filepath.Join(home, ".local/share/parallax/ssh_host_ed25519_key")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("HOME", home)
			t.Setenv("XDG_DATA_HOME", tt.xdgData)
			got, err := DefaultHostKeyPath()
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("DefaultHostKeyPath() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHostKeyIsCreatedOnceAndReused(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	work := t.TempDir()
	t.Chdir(work)
	a := demoAnalysis(t)

	first, err := New(Config{Program: placeholderProgram, Logger: quietLog(), Out: &syncBuffer{}}, a)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(data, "parallax", "ssh_host_ed25519_key")
	if first.key.path != path || !first.key.created {
		t.Errorf("first run: key at %q (created %v), want a new key at %q", first.key.path, first.key.created, path)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := info.Mode().Perm(); perm != 0o600 {
		t.Errorf("host key mode = %o, want 600", perm)
	}
	if dir, _ := os.Stat(filepath.Dir(path)); dir.Mode().Perm() != 0o700 {
		t.Errorf("host key directory mode = %o, want 700", dir.Mode().Perm())
	}
	if first.key.signer.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Errorf("host key type = %s, want ed25519", first.key.signer.PublicKey().Type())
	}
	pub, err := os.ReadFile(path + ".pub")
	if err != nil || !strings.HasPrefix(string(pub), "ssh-ed25519 ") {
		t.Errorf("public half = %q, %v; want an ssh-ed25519 line", pub, err)
	}

	second, err := New(Config{Program: placeholderProgram, Logger: quietLog(), Out: &syncBuffer{}}, a)
	if err != nil {
		t.Fatal(err)
	}
	if second.key.created || second.Fingerprint() != first.Fingerprint() {
		t.Errorf("second run: created %v, fingerprint %s; want the first key %s reused",
			second.key.created, second.Fingerprint(), first.Fingerprint())
	}
	if entries, _ := os.ReadDir(work); len(entries) != 0 {
		t.Errorf("the working directory got files: %v", entries)
	}
	if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 2 {
		t.Errorf("the data directory holds %d files, want the key and its .pub", len(entries))
	}
}

func TestHostKeyFlag(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	a := demoAnalysis(t)
	dir := t.TempDir()

	named := filepath.Join(dir, "keys", "host")
	s, err := New(Config{Program: placeholderProgram, Logger: quietLog(), HostKeyPath: named}, a)
	if err != nil {
		t.Fatal(err)
	}
	if !s.key.created || s.key.path != named {
		t.Errorf("--host-key to a missing file: created %v at %q, want a new key at %q", s.key.created, s.key.path, named)
	}

	garbage := filepath.Join(dir, "garbage")
	if err := os.WriteFile(garbage, []byte("not a key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := New(Config{Program: placeholderProgram, Logger: quietLog(), HostKeyPath: garbage}, a); err == nil {
		t.Error("an unparsable host key was accepted")
	}
	if b, _ := os.ReadFile(garbage); string(b) != "not a key\n" {
		t.Errorf("the unparsable host key file was overwritten: %q", b)
	}

	loose := filepath.Join(dir, "loose")
	if _, err := loadOrCreateHostKey(loose); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(loose, 0o644); err != nil {
		t.Fatal(err)
	}
	k, err := loadOrCreateHostKey(loose)
	if err != nil || !k.loose {
		t.Errorf("a world-readable key: loose = %v, err %v; want it flagged", k.loose, err)
	}
}

func TestNewRejectsIncompleteConfig(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", t.TempDir())
	a := demoAnalysis(t)
	tests := []struct {
		name string
		cfg  Config
		a    bool
		want string
	}{
		{"no analysis", Config{Program: placeholderProgram, Logger: quietLog()}, false, "no analysis"},
		{"missing authorized keys", Config{Program: placeholderProgram, Logger: quietLog(), AuthorizedKeys: filepath.Join(t.TempDir(), "nope")}, true, "authorized keys"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			an := a
			if !tt.a {
				an = nil
			}
			_, err := New(tt.cfg, an)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("New error = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

// quietLog is a logger for tests that do not look at the log.
func quietLog() *log.Logger { return log.New(io.Discard) }
