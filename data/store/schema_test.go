package store

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"
)

// tableNames lists the store's tables, sorted.
func tableNames(t *testing.T, s *Store) []string {
	t.Helper()
	rows, err := s.db.Query(`SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	return names
}

func TestOpenIsIdempotent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.db")
	want := []string{"articles", "fetch_cache", "marks", "reads", "schema_version", "users"}
	a := fixtureAnalysis()
	d, c := claimOf(t, a, "c2")
	for round := range 3 {
		s, err := Open(path)
		if err != nil {
			t.Fatalf("round %d: Open: %v", round, err)
		}
		v, err := s.Version()
		if err != nil || v != SchemaVersion() {
			t.Errorf("round %d: Version() = %d, %v; want %d", round, v, err, SchemaVersion())
		}
		if got := tableNames(t, s); !slices.Equal(got, want) {
			t.Errorf("round %d: tables %v, want %v", round, got, want)
		}
		var rows int
		if err := s.db.QueryRow(`SELECT count(*) FROM schema_version`).Scan(&rows); err != nil || rows != 1 {
			t.Errorf("round %d: schema_version has %d rows (%v), want 1", round, rows, err)
		}
		if round == 0 {
			if _, err := s.Star(LocalUser, d, c, true); err != nil {
				t.Fatal(err)
			}
		}
		marks, err := s.MarksFor(LocalUser, a)
		if err != nil || !marks["c2"].Starred || len(marks) != 1 {
			t.Errorf("round %d: marks %v, %v; want c2 starred", round, marks, err)
		}
		s.Close()
	}
}

func TestMigrateStepByStep(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	steps := []migration{
		{name: "one", stmts: []string{`CREATE TABLE t1 (a INTEGER)`}},
		{name: "two", stmts: []string{`ALTER TABLE t1 ADD COLUMN b TEXT`, `CREATE TABLE t2 (c INTEGER)`}},
	}
	// Start over in a fresh schema_version so the test steps run from 0.
	if _, err := s.db.Exec(`DELETE FROM schema_version`); err != nil {
		t.Fatal(err)
	}
	if err := migrate(ctx, s.db, steps[:1]); err != nil {
		t.Fatalf("to 1: %v", err)
	}
	if err := migrate(ctx, s.db, steps); err != nil {
		t.Fatalf("to 2: %v", err)
	}
	if err := migrate(ctx, s.db, steps); err != nil {
		t.Fatalf("again at 2: %v", err)
	}
	if v, _ := s.Version(); v != 2 {
		t.Errorf("version %d, want 2", v)
	}
	if _, err := s.db.Exec(`INSERT INTO t1 (a, b) VALUES (1, 'x')`); err != nil {
		t.Errorf("step two did not add column b: %v", err)
	}

	// A failing step rolls back the steps before it in the same run.
	bad := append(steps, migration{name: "three", stmts: []string{`CREATE TABLE t3 (x)`}},
		migration{name: "broken", stmts: []string{`THIS IS NOT SQL`}})
	if err := migrate(ctx, s.db, bad); err == nil {
		t.Fatal("a broken step migrated")
	}
	if v, _ := s.Version(); v != 2 {
		t.Errorf("version %d after a failed migration, want 2", v)
	}
	var n int
	s.db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = 't3'`).Scan(&n)
	if n != 0 {
		t.Error("table t3 of the failed run was kept")
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec(`UPDATE schema_version SET version = ?`, SchemaVersion()+1); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Errorf("Open of a newer schema: %v, want ErrNewerSchema", err)
	}
}
