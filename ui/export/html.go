package export

import (
	"html/template"
	"io"
)

// writeHTML writes the report as one self-contained HTML page. html/template
// escapes every value for where it lands (text, attribute, URL), the
// Content-Security-Policy forbids scripts and outside resources, and the
// styles are inline.
func writeHTML(w io.Writer, r report) error {
	return page.Execute(w, htmlReport{report: r, Counts: r.counts(), MarkedNote: markedNote,
		ConflictNote: conflictNote, CorroboratedNote: corroboratedNote, SingleNote: singleNote, Footer: footer})
}

// htmlReport is the template's data: the report and its fixed words.
type htmlReport struct {
	report
	Counts, MarkedNote, ConflictNote, CorroboratedNote, SingleNote, Footer string
}

// page is the report template, parsed once; Execute is safe for concurrent use.
var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"inc":       func(i int) int { return i + 1 },
	"claimArgs": func(c claimView, withOutlet bool) claimArgs { return claimArgs{Claim: c, WithOutlet: withOutlet} },
}).Parse(pageHTML))

// claimArgs is what the "claim" template draws: a sentence, and whether to
// name its outlet first.
type claimArgs struct {
	Claim      claimView
	WithOutlet bool
}

const pageHTML = `{{define "claim"}}{{if .Claim.Starred}}<span class="star" title="starred">★</span> {{end}}{{if .WithOutlet}}<span class="outlet">{{.Claim.Outlet}}:</span> {{end}}{{range .Claim.Parts}}{{if .Strong}}<strong>{{.Text}}</strong>{{else}}{{.Text}}{{end}}{{end}}{{if .Claim.URL}} <a class="original" href="{{.Claim.URL}}" rel="noopener noreferrer">original</a>{{end}}{{if .Claim.Note}} <span class="usernote">✎ {{.Claim.Note}}</span>{{end}}{{end}}<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="parallax">
<title>{{.Title}}</title>
<style>
body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #1d1d1f; background: #fff; max-width: 64rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.8rem; margin-bottom: .3rem; }
h2 { font: 600 1.25rem/1.3 system-ui, sans-serif; margin-top: 2.5rem; padding-bottom: .2rem; border-bottom: 2px solid currentColor; }
h2.conflicts { color: #b3261e; } h2.corroborated { color: #1e6b34; } h2.single { color: #7a5b00; }
h3 { font: 600 1rem/1.4 system-ui, sans-serif; margin: 1.5rem 0 .5rem; }
.meta, .note, footer { font-family: system-ui, sans-serif; font-size: .9rem; color: #555; }
.meta dt { float: left; clear: left; width: 7rem; font-weight: 600; }
.meta dd { margin: 0 0 .2rem 7rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #ccc; padding: .45rem .6rem; text-align: left; vertical-align: top; }
th { font: 600 .9rem/1.3 system-ui, sans-serif; background: #f4f4f5; }
table.sides { table-layout: fixed; }
table.sides td { background: #fff8f7; }
ul.claims { padding-left: 1.2rem; }
ul.claims li { margin: .3rem 0; }
.outlet { font: 600 .9rem system-ui, sans-serif; }
strong { background: #fff3b0; font-weight: 700; }
a { color: #0b57d0; }
a.original { font: .8rem system-ui, sans-serif; white-space: nowrap; }
.star { color: #b08800; } .usernote { font: italic .9rem system-ui, sans-serif; color: #6b3fa0; }
footer { margin-top: 3rem; border-top: 1px solid #ccc; padding-top: .5rem; }
@media (prefers-color-scheme: dark) {
  body { color: #e6e6e6; background: #161618; }
  th { background: #26262a; } th, td { border-color: #444; }
  table.sides td { background: #241a1a; } strong { background: #5c4d00; color: #fff; }
  .meta, .note, footer { color: #aaa; } a { color: #8ab4f8; }
  h2.conflicts { color: #f2867e; } h2.corroborated { color: #7fd39a; } h2.single { color: #e0c060; }
}
@media print { a.original::after { content: " " attr(href); } }
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<dl class="meta">
{{- if .Outlets}}
<dt>Outlets</dt><dd>{{range $i, $o := .Outlets}}{{if $i}}, {{end}}{{$o}}{{end}}</dd>
{{- end}}
{{- if .Dates}}
<dt>Published</dt><dd>{{.Dates}}</dd>
{{- end}}
<dt>Cross-check</dt><dd>{{.Counts}}</dd>
</dl>
{{- if .Documents}}
<table class="documents">
<thead><tr><th>Outlet</th><th>Published</th><th>Headline</th></tr></thead>
<tbody>
{{- range .Documents}}
<tr><td>{{.Outlet}}</td><td>{{.Date}}</td><td>{{if .URL}}<a href="{{.URL}}" rel="noopener noreferrer">{{or .Title "(untitled)"}}</a>{{else}}{{or .Title "(untitled)"}}{{end}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
</header>
<main>
{{- if .Marked}}
<section>
<h2 class="marked">Starred and noted ({{len .Marked}})</h2>
<p class="note">{{.MarkedNote}}</p>
<ul class="claims">
{{- range .Marked}}
<li>{{template "claim" (claimArgs . true)}}</li>
{{- end}}
</ul>
</section>
{{- end}}
{{- if .Conflicts}}
<section>
<h2 class="conflicts">Conflicts ({{len .Conflicts}})</h2>
<p class="note">{{.ConflictNote}}</p>
{{- range $i, $g := .Conflicts}}
<h3>{{inc $i}}. {{$g.Reason}}</h3>
<table class="sides">
<thead><tr>{{range $g.Sides}}<th>{{.Outlets}}</th>{{end}}</tr></thead>
<tbody><tr>
{{- range $g.Sides}}
<td>{{$mixed := .Mixed}}{{range $k, $c := .Claims}}{{if $k}}<hr>{{end}}{{template "claim" (claimArgs $c $mixed)}}{{end}}</td>
{{- end}}
</tr></tbody>
</table>
{{- end}}
</section>
{{- end}}
{{- if .Corroborated}}
<section>
<h2 class="corroborated">Corroborated ({{len .Corroborated}})</h2>
<p class="note">{{.CorroboratedNote}}</p>
{{- range $i, $g := .Corroborated}}
<h3>{{inc $i}}. {{$g.Reason}}</h3>
<ul class="claims">
{{- range (index $g.Sides 0).Claims}}
<li>{{template "claim" (claimArgs . true)}}</li>
{{- end}}
</ul>
{{- end}}
</section>
{{- end}}
{{- if .Single}}
<section>
<h2 class="single">Single source ({{len .Single}})</h2>
<p class="note">{{.SingleNote}}</p>
<ul class="claims">
{{- range .Single}}
<li>{{template "claim" (claimArgs . true)}}</li>
{{- end}}
</ul>
</section>
{{- end}}
</main>
<footer>{{.Footer}}</footer>
</body>
</html>
`
