package ui

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"testing"

	tea "charm.land/bubbletea/v2"
	uv "github.com/charmbracelet/ultraviolet"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	fix "golang.org/x/image/math/fixed"

	"parallax/data"
	"parallax/model"
)

// TestScreenshot draws the README's picture: the demo story at 120×40 on a
// dark terminal after the keys of ui/vhs/demo.tape's last scene (c: only
// conflicts, n: the first one), rendered to PNG with DejaVu Sans Mono. It
// runs only when PARALLAX_SCREENSHOT names the file to write:
//
//	PARALLAX_SCREENSHOT=ui/vhs/demo.png go test ./ui/ -run TestScreenshot
//
// (from ui/, the path is vhs/demo.png). It stands in for `vhs ui/vhs/demo.tape`
// where vhs cannot run (it needs ttyd and a browser).
func TestScreenshot(t *testing.T) {
	out := os.Getenv("PARALLAX_SCREENSHOT")
	if out == "" {
		t.Skip("set PARALLAX_SCREENSHOT=path.png to draw the README's picture")
	}
	const w, h = 120, 40
	a := model.Analyze(data.Demo())
	m := readyWith(t, a, w, h)
	m = send(m, tea.BackgroundColorMsg{Color: color.Black})
	m = press(m, "c", "n")
	buf := uv.NewScreenBuffer(w, h)
	uv.NewStyledString(m.View().Content).Draw(buf, buf.Bounds())
	img, err := renderCells(buf, w, h)
	if err != nil {
		t.Skipf("cannot draw the picture here: %v", err)
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// renderCells paints a screen of cells as a terminal would.
func renderCells(buf uv.ScreenBuffer, w, h int) (image.Image, error) {
	regular, err := face("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
	if err != nil {
		return nil, err
	}
	bold, err := face("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf")
	if err != nil {
		bold = regular
	}
	const cw, ch, pad = 9, 19, 12
	bg, fg := color.RGBA{0x1d, 0x1f, 0x27, 0xff}, color.RGBA{0xd8, 0xd8, 0xd8, 0xff}
	img := image.NewRGBA(image.Rect(0, 0, w*cw+2*pad, h*ch+2*pad))
	draw.Draw(img, img.Bounds(), &image.Uniform{bg}, image.Point{}, draw.Src)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := buf.CellAt(x, y)
			if c == nil || c.Content == "" {
				continue
			}
			cf, cb := color.Color(fg), color.Color(bg)
			if c.Style.Fg != nil {
				cf = c.Style.Fg
			}
			if c.Style.Bg != nil {
				cb = c.Style.Bg
			}
			if c.Style.Attrs&uv.AttrReverse != 0 {
				cf, cb = cb, cf
			}
			if c.Style.Attrs&uv.AttrFaint != 0 {
				cf = blend(cf, bg)
			}
			cells := max(c.Width, 1)
			r := image.Rect(pad+x*cw, pad+y*ch, pad+(x+cells)*cw, pad+(y+1)*ch)
			draw.Draw(img, r, &image.Uniform{cb}, image.Point{}, draw.Src)
			fc := regular
			if c.Style.Attrs&uv.AttrBold != 0 {
				fc = bold
			}
			d := font.Drawer{Dst: img, Src: &image.Uniform{cf}, Face: fc,
				Dot: fix.P(pad+x*cw, pad+y*ch+14)}
			d.DrawString(c.Content)
			if c.Style.Underline != 0 {
				draw.Draw(img, image.Rect(r.Min.X, r.Max.Y-3, r.Max.X, r.Max.Y-2), &image.Uniform{cf}, image.Point{}, draw.Src)
			}
		}
	}
	return img, nil
}

func face(path string) (font.Face, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f, err := opentype.Parse(b)
	if err != nil {
		return nil, err
	}
	return opentype.NewFace(f, &opentype.FaceOptions{Size: 15, DPI: 72, Hinting: font.HintingFull})
}

// blend is a faint colour: halfway to the background.
func blend(c, bg color.Color) color.Color {
	r1, g1, b1, _ := c.RGBA()
	r2, g2, b2, _ := bg.RGBA()
	return color.RGBA64{uint16((r1 + r2) / 2), uint16((g1 + g2) / 2), uint16((b1 + b2) / 2), 0xffff}
}
