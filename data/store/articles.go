package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"parallax/model"
)

// Article is a fetched document and when it was fetched.
type Article struct {
	Document  model.Document
	FetchedAt time.Time
}

// PutArticle saves a fetched document under DocKey(a.Document), replacing
// what was saved under that key before.
func (s *Store) PutArticle(a Article) error {
	d := a.Document
	key := DocKey(d)
	if key == "" {
		return ErrNoKey
	}
	published := ""
	if !d.Published.IsZero() {
		published = d.Published.Format(time.RFC3339Nano)
	}
	err := s.write(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO articles
			(key, doc_id, path, url, outlet, outlet_source, title, author, published, text, fetched_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (key) DO UPDATE SET
				doc_id = excluded.doc_id, path = excluded.path, url = excluded.url,
				outlet = excluded.outlet, outlet_source = excluded.outlet_source,
				title = excluded.title, author = excluded.author, published = excluded.published,
				text = excluded.text, fetched_at = excluded.fetched_at`,
			key, d.ID, d.Path, d.URL, d.Outlet, string(d.OutletSource), d.Title, d.Author,
			published, d.Text, stamp(a.FetchedAt))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: save article %s: %w", key, err)
	}
	return nil
}

// Article returns the document saved under key (a URL, else a path).
func (s *Store) Article(key string) (Article, bool, error) {
	row := s.db.QueryRow(`SELECT `+articleColumns+` FROM articles WHERE key = ?`, key)
	a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return Article{}, false, nil
	}
	if err != nil {
		return Article{}, false, fmt.Errorf("store: article %s: %w", key, err)
	}
	return a, true, nil
}

// Articles returns the documents fetched at or after since, oldest first.
func (s *Store) Articles(since time.Time) ([]Article, error) {
	rows, err := s.db.Query(`SELECT `+articleColumns+` FROM articles
		WHERE fetched_at >= ? ORDER BY fetched_at, key`, stamp(since))
	if err != nil {
		return nil, fmt.Errorf("store: articles: %w", err)
	}
	defer rows.Close()
	var out []Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("store: articles: %w", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: articles: %w", err)
	}
	return out, nil
}

// PruneArticles deletes the documents fetched before before and returns how many went.
func (s *Store) PruneArticles(before time.Time) (int, error) {
	var n int64
	err := s.write(func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM articles WHERE fetched_at < ?`, stamp(before))
		if err != nil {
			return err
		}
		n, err = res.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: prune articles: %w", err)
	}
	return int(n), nil
}

const articleColumns = `doc_id, path, url, outlet, outlet_source, title, author, published, text, fetched_at`

// scanner is what *sql.Row and *sql.Rows have in common.
type scanner interface {
	Scan(dest ...any) error
}

// scanArticle reads one row of articleColumns.
func scanArticle(r scanner) (Article, error) {
	var (
		d                 model.Document
		source, published string
		fetched           int64
	)
	if err := r.Scan(&d.ID, &d.Path, &d.URL, &d.Outlet, &source, &d.Title, &d.Author,
		&published, &d.Text, &fetched); err != nil {
		return Article{}, err
	}
	d.OutletSource = model.OutletSource(source)
	if published != "" {
		// A value this package did not write parses to the zero time: unknown.
		d.Published, _ = time.Parse(time.RFC3339Nano, published)
	}
	return Article{Document: d, FetchedAt: unstamp(fetched)}, nil
}
