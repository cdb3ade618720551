package server

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// hostKeyName is the file the host key gets in parallax's data directory.
const hostKeyName = "ssh_host_ed25519_key"

// DefaultHostKeyPath is where serve keeps its host key when --host-key is not
// given: $XDG_DATA_HOME/parallax/ssh_host_ed25519_key, or
// ~/.local/share/parallax/ssh_host_ed25519_key when XDG_DATA_HOME is unset.
// It never points into the working directory.
func DefaultHostKeyPath() (string, error) {
	dir, err := dataDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, hostKeyName), nil
}

// dataDir is parallax's directory under the XDG data home. The XDG spec says
// a relative XDG_DATA_HOME is invalid and must be ignored, so it is.
func dataDir() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "parallax"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return "", fmt.Errorf("no place for the host key: set XDG_DATA_HOME or HOME, or pass --host-key (%v)", err)
	}
	return filepath.Join(home, ".local", "share", "parallax"), nil
}

// hostKey is the server's loaded host key and what the operator is told about it.
type hostKey struct {
	signer   gossh.Signer
	path     string
	created  bool   // generated on this run
	loose    bool   // group- or world-accessible on disk
	fingerID string // SHA256 fingerprint, as ssh-keygen -l prints it
}

// loadOrCreateHostKey reads the private key at path, or generates an ed25519
// key there when no file exists. An unreadable or unparsable file is an error,
// never silently replaced: it might be a key clients already trust.
func loadOrCreateHostKey(path string) (hostKey, error) {
	pemBytes, err := os.ReadFile(path)
	created := false
	if errors.Is(err, fs.ErrNotExist) {
		pemBytes, err = createHostKey(path)
		created = err == nil
	}
	if err != nil {
		return hostKey{}, fmt.Errorf("host key %s: %w", path, err)
	}
	signer, err := gossh.ParsePrivateKey(pemBytes)
	if err != nil {
		var missing *gossh.PassphraseMissingError
		if errors.As(err, &missing) {
			return hostKey{}, fmt.Errorf("host key %s is protected by a passphrase, which serve cannot prompt for", path)
		}
		return hostKey{}, fmt.Errorf("host key %s: %w", path, err)
	}
	k := hostKey{signer: signer, path: path, created: created,
		fingerID: gossh.FingerprintSHA256(signer.PublicKey())}
	if info, err := os.Stat(path); err == nil && info.Mode().Perm()&0o077 != 0 {
		k.loose = true
	}
	return k, nil
}

// createHostKey generates an ed25519 key and writes it to path (mode 0600, its
// directory 0700) without ever clobbering a file that appeared meanwhile: the
// key goes to a temporary file that is then hard-linked into place. If another
// process won the race, its key is read and used instead. The public half is
// written next to it as path.pub for publishing in known_hosts.
func createHostKey(path string) ([]byte, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "parallax serve host key")
	if err != nil {
		return nil, err
	}
	pemBytes := pem.EncodeToMemory(block)

	tmp, err := os.CreateTemp(dir, ".hostkey-*")
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return nil, err
	}
	if _, err := tmp.Write(pemBytes); err != nil {
		tmp.Close()
		return nil, err
	}
	if err := tmp.Close(); err != nil {
		return nil, err
	}
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return os.ReadFile(path)
		}
		return nil, err
	}
	if sshPub, err := gossh.NewPublicKey(pub); err == nil {
		// Best effort: the private key is what matters.
		_ = os.WriteFile(path+".pub", gossh.MarshalAuthorizedKey(sshPub), 0o644)
	}
	return pemBytes, nil
}
