#!/usr/bin/env bash
# Corpus-scale benchmarks (issue 11): the AllSides corpus through
# `parallax analyze --jsonl` — its first 1,000 and 4,000 articles and the
# whole .jsonl.gz as given — with wall time, CPU time, CPU/wall and peak RSS
# of the built binary (/usr/bin/time); then fuzzy entity search over every
# entity of the corpus beside `fzf --filter` on the same names and keys.
#
#   bash bench/corpus.sh            all of it
#   bash bench/corpus.sh analyze    the analyze runs only
#   bash bench/corpus.sh search     the search benchmark only
#   bash bench/corpus.sh profile    a CPU profile of the whole-corpus run (SIZE=1000|4000|all), top costs;
#                                   REUSE=1 reads the last one again
#
# CORPUS=path overrides ../shared/corpus/allsides.jsonl.gz; SIZES="1000 4000" limits the analyze runs. Installs GNU
# time and fzf with apt-get when they are missing (never done by the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
corpus=${CORPUS:-../shared/corpus/allsides.jsonl.gz}
what=${1:-all}
[ -f "$corpus" ] || { echo "bench: $corpus not found" >&2; exit 2; }

need() { # need COMMAND PACKAGE: install PACKAGE when COMMAND is missing
  command -v "$1" >/dev/null && return
  local sudo=""
  [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3-), load average now $(cut -d' ' -f1-3 /proc/loadavg)"

analyze() {
  need /usr/bin/time time
  go build -o "$tmp/parallax" .
  for n in 1000 4000; do
    { zcat "$corpus" | head -n "$n" > "$tmp/first-$n.jsonl"; } || true # zcat ends on SIGPIPE
  done
  printf '%-22s %9s %9s %9s %9s %9s %9s %s\n' input articles wall_s cpu_s cpu/wall rss_MB stories out_MB
  for size in ${SIZES:-1000 4000 all}; do
    input="$tmp/first-$size.jsonl"
    [ "$size" = all ] && input=$corpus
    rm -f "$tmp/db"
    /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" \
      "$tmp/parallax" analyze --jsonl --db "$tmp/db" "$input" > "$tmp/out.jsonl" 2> "$tmp/err" || {
      echo "bench: analyze $input failed (exit $?):" >&2; tail -5 "$tmp/err" >&2; }
    read -r wall user sys rss < <(tail -1 "$tmp/time")
    articles=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['documents']) for l in open(sys.argv[1])))" "$tmp/out.jsonl")
    awk -v name="$(basename "$input")" -v n="$articles" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" \
        -v st="$(wc -l < "$tmp/out.jsonl")" -v o="$(stat -c %s "$tmp/out.jsonl")" \
      'BEGIN { printf "%-22s %9d %9.1f %9.1f %9.2f %9.0f %9d %.0f\n", name, n, w, u+s, (u+s)/w, r/1024, st, o/1048576 }'
    grep -v '^parallax: skipped' "$tmp/err" | head -3 || true
  done
}

profile() { # keeps bench/corpus-cpu.prof and bench/parallax.test for `go tool pprof` (both git-ignored)
  local size=${SIZE:-all}
  [ -n "${REUSE:-}" ] || go test -run '^$' -bench "BenchmarkAnalyzeJSONL/articles=$size\$" -benchtime 1x -benchmem \
    -cpuprofile bench/corpus-cpu.prof -o bench/parallax.test .
  go tool pprof -top -cum -nodecount 45 bench/parallax.test bench/corpus-cpu.prof 2>/dev/null | sed -n '1,55p'
  echo "-- CPU by stage (goroutines of each stage; -focus on the pattern)"
  for f in 'parallax/data\.' 'story\.(GroupCopies|parallel)' 'model\.crossCheck' 'facts\.Extract' 'entity\.(Find|Resolve)' \
           'verdict\.\(\*checker\)\.edges' 'verdict\.Judge' 'report\.' 'runtime\.gcBgMarkWorker$'; do
    go tool pprof -top -cum -focus "$f" bench/parallax.test bench/corpus-cpu.prof 2>/dev/null |
      awk -v f="$f" '/^Showing nodes accounting/ { sub(",", "", $5); printf "  %-32s %9s %8s\n", f, $5, $6; exit }'
  done
}

search() {
  need fzf fzf
  echo "fzf $(fzf --version)"
  go test -run '^$' -bench BenchmarkCorpusEntitySearch -benchtime 5x ./ui/internal/search/
}

case "$what" in
  analyze) analyze ;;
  profile) profile ;;
  search) search ;;
  all) analyze; search ;;
  *) echo "usage: bash bench/corpus.sh [analyze|search|profile|all]" >&2; exit 2 ;;
esac
