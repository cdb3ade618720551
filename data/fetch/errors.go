package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// Reasons a source is skipped. Like data's, they are short and lower-case so
// they read well after "URL: ". Use errors.Is or errors.As to tell them apart.
var (
	// ErrTooLarge is a response over the client's size cap; the wrapping error gives the cap.
	ErrTooLarge = errors.New("response too large")
	// ErrTooManyRedirects is a chain of redirects longer than the client allows, or a loop.
	ErrTooManyRedirects = errors.New("too many redirects")
	// ErrNotFeedOrArticle is a response that is neither a feed, an OPML list nor an article page.
	ErrNotFeedOrArticle = errors.New("not a feed or article")
	// ErrNotArticle is an item's page that is not an article (a feed, an image, a PDF).
	ErrNotArticle = errors.New("not an article")
	// ErrNoItems is a feed that lists no items.
	ErrNoItems = errors.New("feed has no items")
	// ErrNotOPML is a file that is not an OPML outline.
	ErrNotOPML = errors.New("not an OPML file")
	// ErrNotWebAddress is an OPML entry that is not an http(s) address.
	ErrNotWebAddress = errors.New("not an http(s) address")
)

// StatusError is a response with a status other than success.
type StatusError struct {
	Code int // the HTTP status code, e.g. 404
}

// Error reads "404 Not Found".
func (e StatusError) Error() string {
	if text := http.StatusText(e.Code); text != "" {
		return fmt.Sprintf("%d %s", e.Code, text)
	}
	return fmt.Sprintf("HTTP status %d", e.Code)
}

// TimeoutError is a request that did not finish within the client's timeout.
type TimeoutError struct {
	After time.Duration // the timeout that ran out
}

// Error reads "timeout after 15s".
func (e TimeoutError) Error() string { return "timeout after " + e.After.String() }

// Timeout reports true, as net.Error timeouts do.
func (TimeoutError) Timeout() bool { return true }

// tooLarge says which cap a response went over.
func tooLarge(limit int64) error {
	return fmt.Errorf("%w (over %s)", ErrTooLarge, byteSize(limit))
}

// byteSize writes a cap the way people say it: "8 MB", "512 KB", "100 bytes".
func byteSize(n int64) string {
	const kb, mb = 1 << 10, 1 << 20
	switch {
	case n >= mb && n%mb == 0:
		return fmt.Sprintf("%d MB", n/mb)
	case n >= mb:
		return fmt.Sprintf("%.1f MB", float64(n)/mb)
	case n >= kb && n%kb == 0:
		return fmt.Sprintf("%d KB", n/kb)
	case n >= kb:
		return fmt.Sprintf("%.1f KB", float64(n)/kb)
	}
	return fmt.Sprintf("%d bytes", n)
}

// explain turns a transport error into the one short reason a reader needs:
// the URL is already printed before it, so *url.Error's "Get URL:" goes, and
// the common network failures get plain words.
func explain(err error, timeout time.Duration, parent context.Context) error {
	if err == nil {
		return nil
	}
	var (
		status StatusError
		tm     TimeoutError
	)
	if errors.As(err, &status) || errors.As(err, &tm) || errors.Is(err, ErrTooLarge) || errors.Is(err, ErrTooManyRedirects) {
		return innermost(err)
	}
	if parent.Err() != nil {
		return parent.Err() // the whole load was cancelled, not this request's fault
	}
	var nerr net.Error
	if errors.Is(err, context.DeadlineExceeded) || errors.As(err, &nerr) && nerr.Timeout() {
		return TimeoutError{After: timeout}
	}
	var dns *net.DNSError
	switch {
	case errors.As(err, &dns):
		if dns.IsNotFound {
			return fmt.Errorf("host %s not found", dns.Name)
		}
		return fmt.Errorf("cannot look up host %s", dns.Name)
	case errors.Is(err, syscall.ECONNREFUSED):
		return errors.New("connection refused")
	case errors.Is(err, syscall.ECONNRESET):
		return errors.New("connection reset")
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return errors.New("host unreachable")
	}
	return innermost(err)
}

// innermost drops the *url.Error wrapper, which repeats the method and URL.
func innermost(err error) error {
	var uerr *url.Error
	for errors.As(err, &uerr) && uerr.Err != nil {
		err = uerr.Err
	}
	if s := err.Error(); strings.HasPrefix(s, "http: ") {
		return errors.New(strings.TrimPrefix(s, "http: "))
	}
	return err
}
