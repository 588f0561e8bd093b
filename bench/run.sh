#!/usr/bin/env bash
# The benchmark: bench/run.sh [N [BIG]] (default 500 articles, and 5000 for the memory bound; BIG=0
# skips it); bench/run.sh images [K]: a documentary edition of K page images (default 100), tiled;
# bench/run.sh apparatus [N]: N articles without and with a critical apparatus; bench/run.sh search
# [L]: the search index on 500 and 5000 articles and L generated letters (default 15000); bench/run.sh
# diary [N...]: the real diary of ../shared/corpus/scale, N entries spread over its years (default 1000 4000
# 16423), the site from scratch and after one entry changed, time per 1,000 entries and peak memory;
# bench/run.sh anchors [STYLESHEETS [RUNS [N]]]: our site and PDFs against TEI Stylesheets' html.xsl
# and fo.xsl + FOP (STYLESHEETS: a checkout of TEIC/Stylesheets) on ../shared/corpus/docs and N
# diary entries, alternating runs, medians and ratios; bench/run.sh loop [RUNS]: the editor's loop on
# a copy of the flagship (full build, one word changed) in a new JVM and in the build daemon. Builds the jar if needed, generates N articles shaped like the flagship, runs each
# stage through ./edition in its own JVM and prints a Markdown table. About 10 minutes on 2 cores
# with BIG=5000.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
[ -f target/edition.jar ] || mvn -q -B -DskipTests package
./edition --version >/dev/null   # rebuilds the jar if the sources are newer
out="$(mktemp -d)"
javac -d "$out" bench/Bench.java
if [ "${1:-}" = images ]; then
  java -cp "$out" Bench images "$here" "${2:-100}"
elif [ "${1:-}" = search ]; then
  java -cp "$out" Bench search "$here" "${2:-15000}"
elif [ "${1:-}" = diary ]; then
  shift
  java -cp "$out" Bench diary "$here" "$@"
elif [ "${1:-}" = anchors ]; then
  # bench/run.sh anchors [STYLESHEETS [RUNS [DIARY_ENTRIES]]]: against TEI Stylesheets (a
  # checkout of TEIC/Stylesheets; without it, ours alone)
  sty="${2:-}"
  [ -n "$sty" ] && sty="$(cd "$sty" && pwd)"
  javac -cp target/edition.jar -d "$out" bench/TeiStylesheets.java
  java -cp "$out" Bench anchors "$here" "$sty" "${3:-3}" "${4:-400}" "$out"
elif [ "${1:-}" = loop ]; then
  java -cp "$out" Bench loop "$here" "${2:-3}"
elif [ "${1:-}" = apparatus ]; then
  java -cp "$out" Bench apparatus "$here" "${2:-500}"
else
  java -cp "$out" Bench "${1:-500}" "$here" "${2:-5000}"
fi
