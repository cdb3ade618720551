package server

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// keyEntry is one usable line of an authorized_keys file.
type keyEntry struct {
	comment string
	line    int
}

// parseAuthorizedKeys reads an authorized_keys file in OpenSSH's format. Keys
// are indexed by their wire encoding. Lines that cannot be used are reported in
// warnings and skipped, as sshd does, rather than failing the whole file.
// Key options are not honoured; cert-authority lines are refused outright,
// because accepting the CA key as a plain user key would grant the wrong thing.
func parseAuthorizedKeys(data []byte) (keys map[string]keyEntry, warnings []string) {
	keys = map[string]keyEntry{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 16*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		pub, comment, options, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			warnings = append(warnings, fmt.Sprintf("line %d: not a public key", n))
			continue
		}
		if hasOption(options, "cert-authority") {
			warnings = append(warnings, fmt.Sprintf("line %d: cert-authority keys are not supported, skipped", n))
			continue
		}
		if len(options) > 0 {
			warnings = append(warnings, fmt.Sprintf("line %d: key options (%s) are ignored", n, strings.Join(options, ",")))
		}
		keys[string(pub.Marshal())] = keyEntry{comment: comment, line: n}
	}
	if err := sc.Err(); err != nil {
		warnings = append(warnings, fmt.Sprintf("after line %d: %v", n, err))
	}
	return keys, warnings
}

// hasOption says whether an authorized_keys option list names opt.
func hasOption(options []string, opt string) bool {
	for _, o := range options {
		name, _, _ := strings.Cut(o, "=")
		if strings.EqualFold(strings.TrimSpace(name), opt) {
			return true
		}
	}
	return false
}

// fileStamp identifies a version of a file cheaply, to notice edits.
type fileStamp struct {
	mod  time.Time
	size int64
	ok   bool
}

// authorizedKeys is the allow-list from --authorized-keys. It re-reads the file
// when its modification time or size changes (checked on every login attempt,
// so an edit takes effect on the next login) and on Reload (SIGHUP). When the
// file vanishes or cannot be read, nobody gets in until it is readable again:
// failing closed is the safe side for a revoked key.
type authorizedKeys struct {
	path string

	mu    sync.Mutex
	stamp fileStamp
	keys  map[string]keyEntry
}

// reloadResult says what a (re)load found, for the log.
type reloadResult struct {
	changed  bool
	keys     int
	warnings []string
	err      error
}

// newAuthorizedKeys loads path once; an error here stops the server starting.
func newAuthorizedKeys(path string) (*authorizedKeys, reloadResult, error) {
	ak := &authorizedKeys{path: path}
	res := ak.reload(true)
	if res.err != nil {
		return nil, res, res.err
	}
	return ak, res, nil
}

// reload re-reads the file if it changed (or always, when force is set).
func (ak *authorizedKeys) reload(force bool) reloadResult {
	ak.mu.Lock()
	defer ak.mu.Unlock()
	info, err := os.Stat(ak.path)
	if err != nil {
		changed := ak.stamp.ok || ak.keys == nil
		ak.stamp, ak.keys = fileStamp{}, map[string]keyEntry{}
		return reloadResult{changed: changed, err: err}
	}
	st := fileStamp{mod: info.ModTime(), size: info.Size(), ok: true}
	if !force && st == ak.stamp {
		return reloadResult{keys: len(ak.keys)}
	}
	data, err := os.ReadFile(ak.path)
	if err != nil {
		ak.stamp, ak.keys = fileStamp{}, map[string]keyEntry{}
		return reloadResult{changed: true, err: err}
	}
	keys, warnings := parseAuthorizedKeys(data)
	ak.stamp, ak.keys = st, keys
	return reloadResult{changed: true, keys: len(keys), warnings: warnings}
}

// lookup says whether key is allowed, and its comment when it is.
func (ak *authorizedKeys) lookup(key gossh.PublicKey) (keyEntry, bool) {
	ak.mu.Lock()
	defer ak.mu.Unlock()
	e, ok := ak.keys[string(key.Marshal())]
	return e, ok
}
