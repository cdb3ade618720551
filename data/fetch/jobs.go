package fetch

import (
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/mmcdole/gofeed"

	"parallax/data"
	"parallax/model"
)

// webSource fetches an address and reads it by what it holds. An outline's
// feeds are fetched in turn (depth 1), but an outline inside one is not
// followed, so a list that names itself cannot loop.
func (l *loader) webSource(key []int, u string, depth int) {
	page, err := l.get(u)
	if err != nil {
		l.skip(key, u, err)
		return
	}
	var (
		kind bodyKind
		feed *gofeed.Feed
	)
	l.parse(func() { kind, feed, err = sniff(page.ContentType, page.Body) })
	switch {
	case err != nil:
		l.skip(key, u, err)
	case kind == kindFeed:
		base, _ := url.Parse(firstNonEmpty(page.FinalURL, u))
		l.items(key, feed, feedSource{path: u, base: base})
	case kind == kindOPML && depth == 0:
		feeds, err := ParseOPML(page.Body)
		l.outline(key, u, feeds, err)
	case kind == kindOPML:
		l.skip(key, u, fmt.Errorf("%w: an OPML list inside an OPML list is not followed", ErrNotFeedOrArticle))
	default:
		var doc model.Document
		l.parse(func() { doc, err = pageDocument(page, kind) })
		if errors.Is(err, ErrNotArticle) {
			err = ErrNotFeedOrArticle
		}
		if err != nil {
			l.skip(key, u, err)
			return
		}
		l.emit(key, []model.Document{doc}, nil, 1)
	}
}

// fileSource reads a local feed or OPML file. A file with a feed's extension
// that is neither is read as an article by data.LoadFile, as data.Load would.
func (l *loader) fileSource(key []int, path string) {
	raw, err := readFile(path)
	if err != nil {
		l.skip(key, path, err)
		return
	}
	if strings.EqualFold(filepath.Ext(path), ".opml") || looksOPML(raw) {
		feeds, err := ParseOPML(raw)
		l.outline(key, path, feeds, err)
		return
	}
	feed, err := parseFeed(raw)
	switch {
	case err == nil:
		l.items(key, feed, feedSource{path: path})
	case !errors.Is(err, errNotFeed):
		l.skip(key, path, err)
	default:
		doc, err := data.LoadFile(path)
		if err != nil {
			l.skip(key, path, err)
			return
		}
		l.emit(key, []model.Document{doc}, nil, 1)
	}
}

// outline fetches every feed an OPML file lists.
func (l *loader) outline(key []int, path string, feeds []string, err error) {
	var skips []data.Skipped
	if err != nil {
		skips = append(skips, data.Skipped{Path: path, Reason: err})
	} else if len(feeds) == 0 {
		skips = append(skips, data.Skipped{Path: path, Reason: fmt.Errorf("%w in the OPML file", ErrNoItems)})
	}
	n := 0
	for _, f := range feeds {
		if isWebAddress(f) {
			n++
		} else {
			skips = append(skips, data.Skipped{Path: f, Reason: ErrNotWebAddress})
		}
	}
	l.events <- event{total: n} // before the fetches start, so done never runs ahead
	for j, f := range feeds {
		if isWebAddress(f) {
			sub := append(slices.Clone(key), j)
			l.start(func() { l.webSource(sub, f, 1) })
		}
	}
	l.emit(key, nil, skips, 1)
}

// items turns a feed's items into documents, starting a page fetch for
// every item that carries only a summary.
func (l *loader) items(key []int, feed *gofeed.Feed, src feedSource) {
	plans := planItems(feed, src)
	if len(plans) == 0 {
		l.skip(key, src.path, ErrNoItems)
		return
	}
	pages := 0
	for _, p := range plans {
		if p.skip == nil && p.page != "" {
			pages++
		}
	}
	l.events <- event{total: pages} // before the fetches start, so done never runs ahead
	for i, p := range plans {
		sub := append(slices.Clone(key), i)
		switch {
		case p.skip != nil:
			l.emit(sub, nil, []data.Skipped{{Path: p.doc.Path, Reason: p.skip}}, 0)
		case p.page != "":
			l.start(func() { l.itemPage(sub, p) })
		default:
			l.emit(sub, []model.Document{p.doc}, nil, 0)
		}
	}
	var cut []data.Skipped
	if n := len(feed.Items); n > maxFeedItems {
		cut = append(cut, data.Skipped{Path: src.path, Reason: fmt.Errorf(
			"%w: the first %d of its %d items; a feed is read up to %d items", data.ErrCut, maxFeedItems, n, maxFeedItems)})
	}
	l.emit(key, nil, cut, 1)
}

// itemPage fetches a summary-only item's page for the full article.
func (l *loader) itemPage(key []int, p itemPlan) {
	page, err := l.get(p.page)
	if err != nil {
		l.skip(key, p.page, err)
		return
	}
	var doc model.Document
	l.parse(func() {
		kind, _, _ := sniff(page.ContentType, page.Body)
		doc, err = pageDocument(page, kind)
	})
	if err != nil {
		l.skip(key, p.page, err)
		return
	}
	l.emit(key, []model.Document{withPage(p.doc, doc)}, nil, 1)
}

// plainPaths hands files and folders to data.Load, passing on its progress.
func (l *loader) plainPaths(key []int, paths []string) {
	reported := 0
	docs, skipped := data.LoadWith(paths, data.LoadOptions{Fields: l.c.opts.Fields, Progress: func(done, total int) {
		if done == 0 {
			l.events <- event{total: total}
			return
		}
		l.events <- event{done: done - reported}
		reported = done
	}})
	l.emit(key, docs, skipped, 0)
}
