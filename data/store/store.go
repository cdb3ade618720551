// Package store is parallax's local memory: a SQLite file (through the pure-Go
// modernc.org/sqlite driver, so no cgo) holding what was fetched, so a restart
// does not fetch it again, and what each reader did, so a restart does not
// forget it.
//
// It keeps
//   - fetched articles, and the last response for each address fetched, so
//     requests can be conditional (*Store is a fetch.Cache);
//   - which documents each user has read;
//   - each user's marks on claims: a star and a one-line note.
//
// A user is "local" on the command line and an SSH key fingerprint under
// `parallax serve`. Marks and read state sit behind the Marks interface, which
// both *Store and the in-memory Memory (for anonymous SSH sessions) satisfy.
//
// Every write is one transaction, the database runs in WAL mode with full
// sync, so a crash (or a kill) loses nothing that was committed. A Store is
// safe for concurrent use by many sessions.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// BusyTimeout is how long a write waits for another writer (another session,
// another parallax process) before it gives up.
const BusyTimeout = 5 * time.Second

// Store is an open parallax database.
type Store struct {
	db   *sql.DB
	path string
	now  func() time.Time // the clock; tests set a fixed one
}

// DefaultPath is where the database lives unless --db says otherwise:
// $XDG_DATA_HOME/parallax/parallax.db, else ~/.local/share/parallax/parallax.db,
// else parallax.db in the working directory when there is no home directory.
func DefaultPath() string {
	// The XDG spec says a relative XDG_DATA_HOME is invalid and to be ignored.
	if dir := os.Getenv("XDG_DATA_HOME"); dir != "" && filepath.IsAbs(dir) {
		return filepath.Join(dir, "parallax", "parallax.db")
	}
	if home, err := os.UserHomeDir(); err == nil && home != "" {
		return filepath.Join(home, ".local", "share", "parallax", "parallax.db")
	}
	return "parallax.db"
}

// Open opens the database at path, creating it, its directory and its schema
// when they are missing, and bringing an older schema up to date.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: empty database path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", abs, err)
	}
	s := &Store{db: db, path: abs, now: time.Now}
	if err := migrate(context.Background(), db, migrations); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", abs, err)
	}
	return s, nil
}

// dsn is the driver's connection string for the file at abs. Every pooled
// connection runs these settings: WAL so readers never block the writer,
// synchronous=FULL so a committed transaction survives a power cut, foreign
// keys on, a busy timeout, and BEGIN IMMEDIATE so two writers queue on the
// busy timeout instead of failing when a read lock cannot be upgraded.
func dsn(abs string) string {
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}
	q := url.Values{}
	q.Set("_busy_timeout", fmt.Sprint(BusyTimeout.Milliseconds()))
	q.Set("_journal_mode", "WAL")
	q.Set("_synchronous", "FULL")
	q.Set("_foreign_keys", "1")
	q.Set("_txlock", "immediate")
	return u.String() + "?" + q.Encode()
}

// Path is the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	return s.db.Close()
}

// Check runs SQLite's integrity check and returns an error unless it says "ok".
func (s *Store) Check() error {
	rows, err := s.db.Query("PRAGMA integrity_check")
	if err != nil {
		return fmt.Errorf("store: integrity check: %w", err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return fmt.Errorf("store: integrity check: %w", err)
		}
		problems = append(problems, line)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: integrity check: %w", err)
	}
	if len(problems) == 1 && problems[0] == "ok" {
		return nil
	}
	return fmt.Errorf("store: integrity check failed: %v", problems)
}

// write runs fn in one IMMEDIATE transaction and commits it, or rolls it back
// when fn fails: each call is all or nothing.
func (s *Store) write(fn func(tx *sql.Tx) error) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// stamp turns a time into the column value: Unix nanoseconds, 0 for the zero time.
func stamp(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

// unstamp is the inverse of stamp, in UTC.
func unstamp(n int64) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

// clock returns the store's current time as it will read back: UTC, nanoseconds,
// no monotonic reading.
func (s *Store) clock() time.Time {
	return unstamp(s.now().UnixNano())
}
