package fetch

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"parallax/data"
	"parallax/model"
)

// summaryWords is the length below which an item's text is taken for a
// summary and its page is fetched: news articles run to several hundred
// words, teasers to a sentence or three.
const summaryWords = 150

// maxFeedItems caps the items read from one feed.
const maxFeedItems = 500

// errNotFeed is a body that is no RSS, Atom or JSON Feed at all (as opposed
// to a feed that fails to parse).
var errNotFeed = errors.New("not a feed")

// parseFeed reads raw as RSS, Atom or JSON Feed. It returns errNotFeed when
// raw does not start like any of them, and a "malformed feed" reason when it
// does but cannot be read. A panic in the feed parser is an error too.
func parseFeed(raw []byte) (f *gofeed.Feed, err error) {
	kind := gofeed.DetectFeedType(bytes.NewReader(raw[:min(len(raw), 4096)]))
	if kind == gofeed.FeedTypeUnknown {
		return nil, errNotFeed
	}
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, errors.New("malformed feed: the feed parser failed on it")
		}
	}()
	f, err = gofeed.NewParser().Parse(bytes.NewReader(raw))
	if kind == gofeed.FeedTypeJSON && (err != nil || !strings.Contains(f.FeedVersion, "jsonfeed.org")) {
		return nil, errNotFeed // JSON, but not a JSON Feed
	}
	if err != nil {
		return nil, fmt.Errorf("malformed feed: %w", err)
	}
	return f, nil
}

// itemPlan is one feed item on its way to a document: the metadata the feed
// gives and its text, and the page to fetch when that text is a summary.
type itemPlan struct {
	doc  model.Document
	page string // the item's page, to fetch for the full text; "" when the feed's text is used
	skip error  // set when the item cannot become a document
}

// feedSource is where a feed came from: its address, or the file it was
// read from (then base is nil and relative item links cannot be resolved).
type feedSource struct {
	path string
	base *url.URL
}

// planItems turns a feed's items into plans, in feed order.
func planItems(f *gofeed.Feed, src feedSource) []itemPlan {
	outlet := oneLine(f.Title)
	base := src.base
	if base != nil && f.Link != "" {
		if site, err := base.Parse(f.Link); err == nil && isWebAddress(site.String()) {
			base = site
		}
	}
	items := f.Items[:min(len(f.Items), maxFeedItems)]
	plans := make([]itemPlan, 0, len(items))
	for i, it := range items {
		if it == nil {
			continue
		}
		plans = append(plans, planItem(it, i, outlet, base, src))
	}
	return plans
}

// planItem settles one item's metadata and decides whether its page is needed.
func planItem(it *gofeed.Item, index int, outlet string, base *url.URL, src feedSource) itemPlan {
	link := itemLink(it, base)
	doc := model.Document{
		Title:     oneLine(it.Title),
		URL:       link,
		Author:    itemAuthor(it),
		Published: itemTime(it),
	}
	switch {
	case outlet != "":
		doc.Outlet, doc.OutletSource = outlet, model.OutletFromMetadata
	case link != "":
		doc.Outlet, doc.OutletSource = hostName(link), model.OutletFromFilename
	default:
		doc.Outlet, doc.OutletSource = outletFromPath(src.path), model.OutletFromFilename
	}
	if link != "" {
		doc.Path, doc.ID = link, urlID(link)
	} else {
		tag := firstNonEmpty(it.GUID, doc.Title, "item "+strconv.Itoa(index+1))
		doc.Path = src.path + "#" + tag
		doc.ID = slugify(firstNonEmpty(outlet, outletFromPath(src.path))+"-"+tag, "item")
	}
	content, summary := fragmentText(it.Content), fragmentText(it.Description)
	doc.Text = content
	if wordCount(summary) > wordCount(content) {
		doc.Text = summary
	}
	switch {
	case wordCount(doc.Text) < summaryWords && link != "":
		return itemPlan{doc: doc, page: link}
	case wordCount(doc.Text) == 0:
		return itemPlan{doc: doc, skip: fmt.Errorf("%w in the feed item", data.ErrNoWords)}
	}
	return itemPlan{doc: doc}
}

// withPage completes an item from its fetched page: the page's text, and its
// metadata wherever the feed gave none. The page's own site name, from its
// metadata, outranks the feed's title as the outlet.
func withPage(item, page model.Document) model.Document {
	item.Text = page.Text
	item.Title = firstNonEmpty(item.Title, page.Title)
	item.Author = firstNonEmpty(item.Author, page.Author)
	if item.Published.IsZero() {
		item.Published = page.Published
	}
	if page.Outlet != "" && (page.OutletSource == model.OutletFromMetadata ||
		page.OutletSource == model.OutletFromText && item.OutletSource == model.OutletFromFilename) {
		item.Outlet, item.OutletSource = page.Outlet, page.OutletSource
	}
	return item
}

// itemLink is the item's page as an absolute http(s) address, or "".
func itemLink(it *gofeed.Item, base *url.URL) string {
	for _, l := range append([]string{it.Link}, it.Links...) {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		u, err := url.Parse(l)
		if err != nil {
			continue
		}
		if base != nil {
			u = base.ResolveReference(u)
		}
		if s := u.String(); isWebAddress(s) && u.Host != "" {
			return s
		}
	}
	if g := strings.TrimSpace(it.GUID); isWebAddress(g) {
		if u, err := url.Parse(g); err == nil && u.Host != "" {
			return g // RSS items often give their address only as a permalink guid
		}
	}
	return ""
}

// itemAuthor is the first named author of the item.
func itemAuthor(it *gofeed.Item) string {
	for _, p := range it.Authors {
		if p != nil && oneLine(p.Name) != "" {
			return oneLine(p.Name)
		}
	}
	if it.Author != nil {
		return oneLine(it.Author.Name)
	}
	return ""
}

// itemTime is when the item was published, else last updated.
func itemTime(it *gofeed.Item) time.Time {
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && !t.IsZero() && t.Year() > 1900 && t.Year() < 3000 {
			return *t
		}
	}
	return time.Time{}
}

// hostName names an outlet by its web address: "www.example.org" → "example.org".
func hostName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// outletFromPath names a feed file's outlet by the file: "harbour-news.rss" → "harbour-news".
func outletFromPath(p string) string {
	name := filepath.Base(p)
	return oneLine(strings.TrimSuffix(name, filepath.Ext(name)))
}

func firstNonEmpty(values ...string) string {
	for _, v := range values {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
