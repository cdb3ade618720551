package store

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"parallax/model"
)

// LocalUser is the user of parallax on the command line; over SSH a user is
// the fingerprint of their public key.
const LocalUser = "local"

// MaxNote is the longest note, in characters, a mark may carry.
const MaxNote = 500

// maxUser is the longest user key accepted; fingerprints are about 50 bytes.
const maxUser = 256

// Errors a mark or read write can return.
var (
	// ErrUser means the user key is empty, too long or not UTF-8.
	ErrUser = errors.New("store: invalid user key")
	// ErrNoteTooLong means a note is longer than MaxNote characters.
	ErrNoteTooLong = errors.New("store: note longer than " + strconv.Itoa(MaxNote) + " characters")
	// ErrClaimDoc means the claim given does not belong to the document given.
	ErrClaimDoc = errors.New("store: claim is not from this document")
	// ErrNoKey means a document has no URL, path or ID to be known by.
	ErrNoKey = errors.New("store: document has no URL, path or ID")
)

// Mark is one user's mark on one claim: a star, a one-line note, or both.
type Mark struct {
	Key       string    `json:"key"` // ClaimKey of the claim
	Starred   bool      `json:"starred"`
	Note      string    `json:"note,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// empty reports whether the mark says nothing and need not be kept.
func (m Mark) empty() bool { return !m.Starred && m.Note == "" }

// Marks is where users' marks and read state live: *Store keeps them on disk,
// Memory (for anonymous SSH sessions) only as long as the session.
type Marks interface {
	// MarksFor returns the user's marks on the analysis's claims, keyed by claim ID.
	MarksFor(user string, a *model.Analysis) (map[string]Mark, error)
	// Star stars or unstars a claim, keeping its note, and returns the mark as it now stands.
	Star(user string, d model.Document, c model.Claim, starred bool) (Mark, error)
	// Note sets a claim's note ("" removes it), keeping its star, and returns the mark as it now stands.
	Note(user string, d model.Document, c model.Claim, note string) (Mark, error)
	// SetRead records that the user has (or has not) read a document.
	SetRead(user string, d model.Document, read bool) error
	// ReadFor returns when the user read each of the analysis's documents, keyed
	// by document ID; unread documents are absent.
	ReadFor(user string, a *model.Analysis) (map[string]time.Time, error)
}

// DocKey is a document's key in the store: its URL, else the path it was read
// from, else "id:" and its ID. Paths are taken as given, so a caller wanting
// marks to follow a file from any working directory passes absolute paths.
func DocKey(d model.Document) string {
	switch {
	case d.URL != "":
		return d.URL
	case d.Path != "":
		return d.Path
	case d.ID != "":
		return "id:" + d.ID
	}
	return ""
}

// ClaimKey is a claim's key in the store, stable across runs where claim IDs
// (c1, c2, …) are not: the document's key, the claim's byte offsets, and a hash
// of its text, e.g. "https://example.org/a#120-188:1f2e3d4c5b6a7980". A claim
// whose sentence changed, or moved in its article, gets a new key.
func ClaimKey(d model.Document, c model.Claim) string {
	sum := sha256.Sum256([]byte(c.Text))
	return DocKey(d) + "#" + strconv.Itoa(c.Start) + "-" + strconv.Itoa(c.End) + ":" + hex.EncodeToString(sum[:8])
}

// checkUser validates a user key.
func checkUser(user string) error {
	if user == "" || len(user) > maxUser || !utf8.ValidString(user) {
		return ErrUser
	}
	return nil
}

// checkClaim validates the document and claim a mark is for.
func checkClaim(d model.Document, c model.Claim) error {
	if DocKey(d) == "" {
		return ErrNoKey
	}
	if c.Doc != d.ID {
		return ErrClaimDoc
	}
	return nil
}

// cleanNote makes a note one line of valid UTF-8: control characters and runs
// of white space become single spaces, and the ends are trimmed.
func cleanNote(note string) (string, error) {
	note = strings.ToValidUTF8(note, "\uFFFD")
	note = strings.Join(strings.FieldsFunc(note, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsControl(r)
	}), " ")
	if utf8.RuneCountInString(note) > MaxNote {
		return "", ErrNoteTooLong
	}
	return note, nil
}

// marksByClaimID maps the marks found (by claim key) onto the analysis's claims.
func marksByClaimID(a *model.Analysis, found map[string]Mark) map[string]Mark {
	out := map[string]Mark{}
	if len(found) == 0 {
		return out
	}
	for _, c := range a.Claims {
		d, ok := a.Document(c.Doc)
		if !ok {
			continue
		}
		if m, ok := found[ClaimKey(d, c)]; ok {
			out[c.ID] = m
		}
	}
	return out
}
