package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// FeedEntry is the last response of a feed, kept so the next request can be
// conditional (If-None-Match, If-Modified-Since) and a 304 can reuse Body.
type FeedEntry struct {
	URL          string
	ETag         string
	LastModified string
	Body         []byte
	FetchedAt    time.Time
}

// CacheGet returns the saved response for url. A read error counts as a miss:
// the caller then fetches unconditionally, which is always correct.
func (s *Store) CacheGet(url string) (FeedEntry, bool) {
	e, ok, err := s.Feed(url)
	if err != nil {
		return FeedEntry{}, false
	}
	return e, ok
}

// CachePut saves a feed's response, replacing the previous one.
func (s *Store) CachePut(e FeedEntry) error {
	if e.URL == "" {
		return errors.New("store: feed entry has no URL")
	}
	body := e.Body
	if body == nil {
		body = []byte{} // the column is NOT NULL; an empty body is still a body
	}
	err := s.write(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO feeds (url, etag, last_modified, body, fetched_at)
			VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,
				last_modified = excluded.last_modified, body = excluded.body,
				fetched_at = excluded.fetched_at`,
			e.URL, e.ETag, e.LastModified, body, stamp(e.FetchedAt))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: save feed %s: %w", e.URL, err)
	}
	return nil
}

// Feed is CacheGet with the error reported.
func (s *Store) Feed(url string) (FeedEntry, bool, error) {
	e := FeedEntry{URL: url}
	var fetched int64
	err := s.db.QueryRow(`SELECT etag, last_modified, body, fetched_at FROM feeds WHERE url = ?`, url).
		Scan(&e.ETag, &e.LastModified, &e.Body, &fetched)
	if errors.Is(err, sql.ErrNoRows) {
		return FeedEntry{}, false, nil
	}
	if err != nil {
		return FeedEntry{}, false, fmt.Errorf("store: feed %s: %w", url, err)
	}
	e.FetchedAt = unstamp(fetched)
	return e, true, nil
}
