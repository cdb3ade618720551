package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// migration is one step of the schema: the statements that take it from the
// previous version to this one. Steps are never edited once released; a
// change is a new step at the end.
type migration struct {
	name  string
	stmts []string
}

// migrations is the schema, step by step; version N is migrations[:N] applied.
// Times are Unix nanoseconds (0 when unknown), except an article's publication
// date, which is RFC 3339 text so its time zone survives (” when unknown).
var migrations = []migration{
	{name: "initial schema", stmts: []string{
		// users: "local", or an SSH public key fingerprint.
		`CREATE TABLE users (
			key        TEXT PRIMARY KEY,
			created_at INTEGER NOT NULL
		) STRICT`,
		// articles: documents fetched from the web, keyed by URL (else path).
		`CREATE TABLE articles (
			key           TEXT PRIMARY KEY,
			doc_id        TEXT NOT NULL,
			path          TEXT NOT NULL,
			url           TEXT NOT NULL,
			outlet        TEXT NOT NULL,
			outlet_source TEXT NOT NULL,
			title         TEXT NOT NULL,
			author        TEXT NOT NULL,
			published     TEXT NOT NULL,
			text          TEXT NOT NULL,
			fetched_at    INTEGER NOT NULL
		) STRICT`,
		`CREATE INDEX articles_by_fetched ON articles (fetched_at)`,
		// fetch_cache: the last response for each address fetched (feeds and
		// article pages), for conditional requests.
		`CREATE TABLE fetch_cache (
			url           TEXT PRIMARY KEY,
			etag          TEXT NOT NULL,
			last_modified TEXT NOT NULL,
			body          BLOB NOT NULL,
			fetched_at    INTEGER NOT NULL
		) STRICT`,
		// reads: which documents a user has read.
		`CREATE TABLE reads (
			user_key TEXT NOT NULL REFERENCES users (key) ON DELETE CASCADE,
			doc_key  TEXT NOT NULL,
			read_at  INTEGER NOT NULL,
			PRIMARY KEY (user_key, doc_key)
		) STRICT, WITHOUT ROWID`,
		// marks: a user's star and note on a claim, keyed by ClaimKey. The
		// claim key starts with the document key, so putting doc_key in the
		// primary key adds no uniqueness; it lets one document's marks be read
		// as one range without knowing its claims.
		`CREATE TABLE marks (
			user_key   TEXT NOT NULL REFERENCES users (key) ON DELETE CASCADE,
			doc_key    TEXT NOT NULL,
			claim_key  TEXT NOT NULL,
			starred    INTEGER NOT NULL CHECK (starred IN (0, 1)),
			note       TEXT NOT NULL,
			updated_at INTEGER NOT NULL,
			PRIMARY KEY (user_key, doc_key, claim_key)
		) STRICT, WITHOUT ROWID`,
	}},
}

// SchemaVersion is the schema version this build of parallax writes.
func SchemaVersion() int { return len(migrations) }

// ErrNewerSchema means the database was written by a newer parallax; Open leaves it untouched.
var ErrNewerSchema = errors.New("the database was written by a newer parallax")

// migrate brings the database up to len(steps) in one transaction: either
// every missing step is applied and the version recorded, or nothing is. The
// transaction is IMMEDIATE, so two processes opening a new database at once
// take turns and the second finds the work done.
func migrate(ctx context.Context, db *sql.DB, steps []migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx,
		`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL) STRICT`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	version, err := currentVersion(ctx, tx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if version > len(steps) {
		return fmt.Errorf("migrate: schema version %d, this build knows %d: %w", version, len(steps), ErrNewerSchema)
	}
	if version == len(steps) {
		return tx.Commit()
	}
	for i := version; i < len(steps); i++ {
		for _, stmt := range steps[i].stmts {
			if _, err := tx.ExecContext(ctx, stmt); err != nil {
				return fmt.Errorf("migrate to version %d (%s): %w", i+1, steps[i].name, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM schema_version`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (?)`, len(steps)); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	return nil
}

// currentVersion reads the recorded schema version, 0 for a new database.
func currentVersion(ctx context.Context, tx *sql.Tx) (int, error) {
	var v sql.NullInt64
	if err := tx.QueryRowContext(ctx, `SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, err
	}
	return int(v.Int64), nil
}

// Version returns the schema version recorded in the database.
func (s *Store) Version() (int, error) {
	var v sql.NullInt64
	if err := s.db.QueryRow(`SELECT max(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	return int(v.Int64), nil
}
