// Package fetch reads news from the web and from feed files: RSS, Atom and
// JSON Feed addresses and files, article pages, OPML outlines and the user's
// feeds list. Everything else is handed to data.Load.
package fetch

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"parallax/data"
)

// Version is the parallax version this package names in its User-Agent.
const Version = "0.5"

// Defaults for the zero fields of Options.
const (
	DefaultConcurrency  = 4
	DefaultTimeout      = 15 * time.Second
	DefaultMaxBytes     = 8 << 20
	DefaultMaxRedirects = 5
	DefaultUserAgent    = "parallax/" + Version + " (+https://parallax.invalid/about/fetch)"
)

// Options configure a Client. Zero fields take the defaults above.
type Options struct {
	Concurrency  int               // requests in flight at once
	Timeout      time.Duration     // per request, from dial to the last body byte
	MaxBytes     int64             // largest response body read
	MaxRedirects int               // redirects followed before giving up
	UserAgent    string            // sent with every request
	Cache        Cache             // validators and bodies for conditional requests; nil keeps them in memory
	Transport    http.RoundTripper // nil uses a clone of http.DefaultTransport
	Fields       data.FieldMap     // how local dataset files name their record fields; nil for the defaults
	Limits       data.Limits       // article size and articles per run; zero fields take data's defaults
}

// Client fetches feeds and pages politely: a bounded number of requests at
// a time, each with a timeout and a size cap, a User-Agent that says who is
// asking, few redirects, and conditional requests from its Cache. It is safe
// for concurrent use; build one with NewClient.
type Client struct {
	opts Options
	http *http.Client
	slot chan struct{} // one token per request in flight
}

// NewClient makes a client from opts, filling in the defaults.
func NewClient(opts Options) *Client {
	if opts.Concurrency <= 0 {
		opts.Concurrency = DefaultConcurrency
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	if opts.Cache == nil {
		opts.Cache = &MemoryCache{}
	}
	if opts.Transport == nil {
		opts.Transport = http.DefaultTransport.(*http.Transport).Clone()
	}
	maxRedirects := opts.MaxRedirects
	return &Client{
		opts: opts,
		slot: make(chan struct{}, opts.Concurrency),
		http: &http.Client{
			Transport: opts.Transport,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				// via holds the requests made so far: the first and the
				// redirects already followed. Following maxRedirects is fine.
				if len(via) > maxRedirects {
					return fmt.Errorf("%w (more than %d)", ErrTooManyRedirects, maxRedirects)
				}
				return nil
			},
		},
	}
}

// Options returns the client's settings, defaults filled in.
func (c *Client) Options() Options { return c.opts }

// Page is a fetched response body.
type Page struct {
	URL         string // the address requested
	FinalURL    string // where redirects ended
	ContentType string // the Content-Type header, "" when absent
	Body        []byte
	FromCache   bool // the server answered 304 Not Modified and Body is the cached copy
}

// Get fetches url, conditionally when the cache holds validators for it.
// Errors are short reasons meant to follow the URL: a StatusError, a
// TimeoutError, ErrTooLarge, ErrTooManyRedirects, or a network failure in
// plain words.
func (c *Client) Get(ctx context.Context, url string) (Page, error) {
	select {
	case c.slot <- struct{}{}:
	case <-ctx.Done():
		return Page{}, ctx.Err()
	}
	defer func() { <-c.slot }()
	page, err := c.get(ctx, url)
	return page, explain(err, c.opts.Timeout, ctx)
}

// get is one request with its timeout covering the whole body.
func (c *Client) get(parent context.Context, url string) (Page, error) {
	ctx, cancel := context.WithTimeout(parent, c.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return Page{}, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5")
	cached, haveCached := c.opts.Cache.Get(url)
	if haveCached {
		if cached.ETag != "" {
			req.Header.Set("If-None-Match", cached.ETag)
		}
		if cached.LastModified != "" {
			req.Header.Set("If-Modified-Since", cached.LastModified)
		}
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return Page{}, err
	}
	defer resp.Body.Close()
	page := Page{URL: url, FinalURL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type")}
	switch {
	case resp.StatusCode == http.StatusNotModified && haveCached:
		page.Body, page.FromCache = cached.Body, true
		return page, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return Page{}, StatusError{Code: resp.StatusCode}
	case resp.ContentLength > c.opts.MaxBytes:
		return Page{}, tooLarge(c.opts.MaxBytes)
	}
	page.Body, err = io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBytes+1))
	if err != nil {
		return Page{}, err
	}
	if int64(len(page.Body)) > c.opts.MaxBytes {
		return Page{}, tooLarge(c.opts.MaxBytes)
	}
	etag, modified := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	if etag != "" || modified != "" {
		_ = c.opts.Cache.Put(Entry{URL: url, ETag: etag, LastModified: modified, Body: page.Body})
	}
	return page, nil
}

// isWebAddress reports an http or https URL, the only kind the client fetches.
func isWebAddress(s string) bool {
	lower := strings.ToLower(s)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}
