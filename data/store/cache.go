package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"parallax/data/fetch"
)

// *Store is the fetch client's cache between runs.
var _ fetch.Cache = (*Store)(nil)

// CacheEntry is the last response for one address (a feed or an article page),
// kept so the next request can be conditional (If-None-Match,
// If-Modified-Since) and a 304 can reuse Body: a restart does not download
// again what has not changed.
type CacheEntry struct {
	URL          string
	ETag         string
	LastModified string
	Body         []byte
	FetchedAt    time.Time
}

// Get returns the saved response for url, for fetch.Client. A read error
// counts as a miss: the client then fetches unconditionally, which is always
// correct.
func (s *Store) Get(url string) (fetch.Entry, bool) {
	e, ok, err := s.Cached(url)
	if err != nil || !ok {
		return fetch.Entry{}, false
	}
	return fetch.Entry{URL: e.URL, ETag: e.ETag, LastModified: e.LastModified, Body: e.Body}, true
}

// Put saves a response for fetch.Client, stamped with the current time.
func (s *Store) Put(e fetch.Entry) error {
	return s.PutCached(CacheEntry{URL: e.URL, ETag: e.ETag, LastModified: e.LastModified,
		Body: e.Body, FetchedAt: s.clock()})
}

// PutCached saves a response under e.URL, replacing the previous one.
func (s *Store) PutCached(e CacheEntry) error {
	if e.URL == "" {
		return errors.New("store: cache entry has no URL")
	}
	body := e.Body
	if body == nil {
		body = []byte{} // the column is NOT NULL; an empty body is still a body
	}
	err := s.write(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO fetch_cache (url, etag, last_modified, body, fetched_at)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,
				last_modified = excluded.last_modified, body = excluded.body,
				fetched_at = excluded.fetched_at`,
			e.URL, e.ETag, e.LastModified, body, stamp(e.FetchedAt))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: cache %s: %w", e.URL, err)
	}
	return nil
}

// Cached returns the saved response for url, with when it was fetched.
func (s *Store) Cached(url string) (CacheEntry, bool, error) {
	e := CacheEntry{URL: url}
	var fetched int64
	err := s.db.QueryRow(`SELECT etag, last_modified, body, fetched_at FROM fetch_cache WHERE url = ?`, url).
		Scan(&e.ETag, &e.LastModified, &e.Body, &fetched)
	if errors.Is(err, sql.ErrNoRows) {
		return CacheEntry{}, false, nil
	}
	if err != nil {
		return CacheEntry{}, false, fmt.Errorf("store: cache %s: %w", url, err)
	}
	e.FetchedAt = unstamp(fetched)
	return e, true, nil
}

// PruneCache deletes the responses fetched before before and returns how many went.
func (s *Store) PruneCache(before time.Time) (int, error) {
	var n int64
	err := s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM fetch_cache WHERE fetched_at < ?`, stamp(before))
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: prune cache: %w", err)
	}
	return int(n), nil
}
