package sources

import (
	"reflect"
	"unsafe"

	"parallax/ui/internal/story"
	"parallax/ui/internal/theme"
)

// viewKey is everything View draws from. The maps and slices are compared
// by identity: the model replaces them and never writes into one it has
// handed out, and the stories they point to are never changed. The key
// holds real pointers, so what it names stays alive and its address cannot
// be reused by a new map or slice while it is cached.
type viewKey struct {
	styles                  *theme.Styles
	stories                 **story.Story // the backing array, with its length below
	nStories                int
	rows                    *row
	nRows                   int
	only                    *string
	nOnly                   int
	read, expanded, storyOf unsafe.Pointer
	current, cursor, offset int
	width, height           int
	reading, entity         string
	focused                 bool
}

// viewCache is the last frame View drew and what it drew it from. A source
// list moves rarely while the reader reads, and drawing it is a good part
// of every frame.
type viewCache struct {
	key  viewKey
	view string
	ok   bool
}

func (m Model) viewKey() viewKey {
	return viewKey{
		styles:   m.styles,
		stories:  unsafe.SliceData(m.stories),
		nStories: len(m.stories),
		rows:     unsafe.SliceData(m.rows), nRows: len(m.rows),
		only: unsafe.SliceData(m.only), nOnly: len(m.only),
		read:     mapID(m.read),
		expanded: mapID(m.expanded),
		storyOf:  mapID(m.storyOf),
		current:  m.current, cursor: m.cursor, offset: m.offset,
		width: m.width, height: m.height,
		reading: m.reading, entity: m.entity,
		focused: m.focused,
	}
}

// mapID is a map's identity, nil for nil.
func mapID[K comparable, V any](mp map[K]V) unsafe.Pointer {
	return reflect.ValueOf(mp).UnsafePointer()
}
