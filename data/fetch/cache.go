package fetch

import "sync"

// Entry is what a Cache keeps of one response: its validators, so the next
// request can be conditional, and the body to use when the server answers
// 304 Not Modified.
type Entry struct {
	URL          string // the address as requested, before redirects
	ETag         string // the ETag response header, "" when absent
	LastModified string // the Last-Modified response header, "" when absent
	Body         []byte
}

// Cache keeps validated responses between requests, and between runs when
// it is backed by a file or a database. Implementations must be safe for
// concurrent use. A Put that fails only costs a full download next time, so
// the client ignores its error.
type Cache interface {
	// Get returns the entry for url, and false when there is none.
	Get(url string) (Entry, bool)
	// Put stores e under e.URL, replacing any older entry.
	Put(e Entry) error
}

// MemoryCache is a Cache that lives as long as the process. The zero value
// is ready to use.
type MemoryCache struct {
	mu      sync.Mutex
	entries map[string]Entry
}

// Get returns the entry for url, and false when there is none.
func (m *MemoryCache) Get(url string) (Entry, bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.entries[url]
	return e, ok
}

// Put stores e under e.URL. The body is copied, so the caller may reuse its slice.
func (m *MemoryCache) Put(e Entry) error {
	e.Body = append([]byte(nil), e.Body...)
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.entries == nil {
		m.entries = map[string]Entry{}
	}
	m.entries[e.URL] = e
	return nil
}

// Len is how many entries the cache holds.
func (m *MemoryCache) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.entries)
}
