package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"parallax/model"
)

// *Store keeps marks and read state on disk.
var _ Marks = (*Store)(nil)

// MarksFor returns the user's marks on the analysis's claims, keyed by claim ID.
// This is what `analyze --json` exports.
func (s *Store) MarksFor(user string, a *model.Analysis) (map[string]Mark, error) {
	if err := checkUser(user); err != nil {
		return nil, err
	}
	if a == nil {
		return map[string]Mark{}, nil
	}
	stmt, err := s.db.Prepare(`SELECT claim_key, starred, note, updated_at FROM marks
		WHERE user_key = ? AND doc_key = ?`)
	if err != nil {
		return nil, fmt.Errorf("store: marks: %w", err)
	}
	defer stmt.Close()
	found := map[string]Mark{}
	seen := map[string]bool{}
	for _, d := range a.Documents {
		key := DocKey(d)
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		if err := readMarks(stmt, user, key, found); err != nil {
			return nil, fmt.Errorf("store: marks: %w", err)
		}
	}
	return marksByClaimID(a, found), nil
}

// readMarks adds one document's marks to found.
func readMarks(stmt *sql.Stmt, user, docKey string, found map[string]Mark) error {
	rows, err := stmt.Query(user, docKey)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var (
			m       Mark
			updated int64
		)
		if err := rows.Scan(&m.Key, &m.Starred, &m.Note, &updated); err != nil {
			return err
		}
		m.UpdatedAt = unstamp(updated)
		found[m.Key] = m
	}
	return rows.Err()
}

// Star stars or unstars a claim, keeping its note.
func (s *Store) Star(user string, d model.Document, c model.Claim, starred bool) (Mark, error) {
	return s.update(user, d, c, func(m *Mark) { m.Starred = starred })
}

// Note sets a claim's note ("" removes it), keeping its star. The note is made
// one line; longer than MaxNote characters is an error.
func (s *Store) Note(user string, d model.Document, c model.Claim, note string) (Mark, error) {
	note, err := cleanNote(note)
	if err != nil {
		return Mark{}, err
	}
	return s.update(user, d, c, func(m *Mark) { m.Note = note })
}

// update reads a claim's mark, changes it and writes it back in one
// transaction; a mark left with neither star nor note is deleted.
func (s *Store) update(user string, d model.Document, c model.Claim, change func(*Mark)) (Mark, error) {
	if err := checkUser(user); err != nil {
		return Mark{}, err
	}
	if err := checkClaim(d, c); err != nil {
		return Mark{}, err
	}
	now := s.clock()
	key, docKey := ClaimKey(d, c), DocKey(d)
	m := Mark{Key: key}
	err := s.write(func(tx *sql.Tx) error {
		if err := ensureUser(tx, user, now); err != nil {
			return err
		}
		err := tx.QueryRow(`SELECT starred, note FROM marks
			WHERE user_key = ? AND doc_key = ? AND claim_key = ?`, user, docKey, key).
			Scan(&m.Starred, &m.Note)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		change(&m)
		m.UpdatedAt = now
		if m.empty() {
			_, err = tx.Exec(`DELETE FROM marks WHERE user_key = ? AND doc_key = ? AND claim_key = ?`,
				user, docKey, key)
			return err
		}
		_, err = tx.Exec(`INSERT INTO marks (user_key, claim_key, doc_key, starred, note, updated_at)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (user_key, doc_key, claim_key) DO UPDATE SET starred = excluded.starred,
				note = excluded.note, updated_at = excluded.updated_at`,
			user, key, docKey, m.Starred, m.Note, stamp(now))
		return err
	})
	if err != nil {
		return Mark{}, fmt.Errorf("store: mark %s: %w", key, err)
	}
	return m, nil
}

// SetRead records that the user has (or has not) read a document.
func (s *Store) SetRead(user string, d model.Document, read bool) error {
	if err := checkUser(user); err != nil {
		return err
	}
	key := DocKey(d)
	if key == "" {
		return ErrNoKey
	}
	now := s.clock()
	err := s.write(func(tx *sql.Tx) error {
		if !read {
			_, err := tx.Exec(`DELETE FROM reads WHERE user_key = ? AND doc_key = ?`, user, key)
			return err
		}
		if err := ensureUser(tx, user, now); err != nil {
			return err
		}
		_, err := tx.Exec(`INSERT INTO reads (user_key, doc_key, read_at) VALUES (?, ?, ?)
			ON CONFLICT (user_key, doc_key) DO NOTHING`, user, key, stamp(now))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: read state of %s: %w", key, err)
	}
	return nil
}

// ReadFor returns when the user first read each of the analysis's documents,
// keyed by document ID; unread documents are absent.
func (s *Store) ReadFor(user string, a *model.Analysis) (map[string]time.Time, error) {
	if err := checkUser(user); err != nil {
		return nil, err
	}
	out := map[string]time.Time{}
	if a == nil {
		return out, nil
	}
	stmt, err := s.db.Prepare(`SELECT read_at FROM reads WHERE user_key = ? AND doc_key = ?`)
	if err != nil {
		return nil, fmt.Errorf("store: read state: %w", err)
	}
	defer stmt.Close()
	for _, d := range a.Documents {
		key := DocKey(d)
		if key == "" {
			continue
		}
		var at int64
		err := stmt.QueryRow(user, key).Scan(&at)
		if errors.Is(err, sql.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("store: read state: %w", err)
		}
		out[d.ID] = unstamp(at)
	}
	return out, nil
}

// DeleteUser forgets a user: their marks and read state go with them.
func (s *Store) DeleteUser(user string) error {
	err := s.write(func(tx *sql.Tx) error {
		_, err := tx.Exec(`DELETE FROM users WHERE key = ?`, user)
		return err
	})
	if err != nil {
		return fmt.Errorf("store: delete user: %w", err)
	}
	return nil
}

// ensureUser adds the user row that marks and reads refer to.
func ensureUser(tx *sql.Tx, user string, now time.Time) error {
	_, err := tx.Exec(`INSERT INTO users (key, created_at) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`,
		user, stamp(now))
	return err
}
