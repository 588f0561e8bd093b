#!/usr/bin/env bash
# The gallery (contact sheet): builds the editions and photographs what a reader sees of them.
#
#   bench/gallery.sh [-o DIR] [--compare REF] [--dark] [--no-full] [--only] [--no-build] [FOLDER...]
#
# Builds the flagship (tei/), ../shared/corpus/docs, ../shared/corpus/documentary-critical/docs,
# src/test/resources/reader/ when it exists, and every FOLDER given (each into DIR/after/build/NAME,
# or output/gallery/after/build/NAME when DIR is inside the project, where edition writes only into
# output/; NAME is flagship, corpus, documentary-critical, reader, or the folder's own name); then takes, in
# headless Chromium, every page type of each site at 1280 and 390 CSS px (light; --dark adds the dark
# scheme; text pages also whole, downscaled, unless --no-full), the first 4 pages of each PDF, the
# first screen of up to 6 XHTML documents of each EPUB's spine at 390 px, and the focus shots of
# bench/gallery-focus.tsv; and writes DIR/index.html (default DIR: target/gallery), which opens
# from file:// without script.
#
#   --compare REF   also builds the same inputs with the code of REF (a git ref: main, HEAD~3, a
#                   commit), in a temporary worktree removed afterwards (its jar is kept in
#                   DIR/before/ for the next run), and shows each picture before and after side by
#                   side; DIR/changes.html shows only the pictures that differ.
#   --only          builds only the FOLDERs given (flagship, corpus, documentary-critical and reader
#                   name the default ones), not the defaults.
#   --no-build      photographs the builds already in DIR (after a first run).
set -euo pipefail
caller="$PWD"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
# A folder given on the command line, as an absolute path (relative ones are the caller's).
absolute() { (cd "$caller" && cd "$1" && pwd); }

out="$here/target/gallery"
compare=""
dark=()
full=()
only=0
build=1
folders=()
while [ $# -gt 0 ]; do
  case "$1" in
    -o|--out) out="$(cd "$caller" && mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --compare) compare="$2"; shift 2 ;;
    --dark) dark=(--dark); shift ;;
    --no-full) full=(--no-full); shift ;;
    --only) only=1; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    -*) echo "gallery: unknown option $1 (--help)" >&2; exit 2 ;;
    *) folders+=("$1"); shift ;;
  esac
done
mkdir -p "$out"
start=$SECONDS
# Where the builds go: DIR/SIDE/build/NAME; but `edition build` writes nowhere in a project but its
# output/ folder, so with a DIR inside the project (target/gallery) they go to output/gallery/SIDE/build/.
builds="$out"
case "$out/" in
  "$here/output/"*) ;;
  "$here/"*) builds="$here/output/gallery" ;;
esac

# The editions: NAME and the folder given to `edition build` ("" for the flagship: the project's
# own tei/, with its settings).
names=()
inputs=()
add() {
  local name="$1" input="$2" n=2 base="$1"
  while printf '%s\n' "${names[@]:-}" | grep -qx -- "$name"; do name="$base-$n"; n=$((n + 1)); done
  names+=("$name")
  inputs+=("$input")
}
known() {
  case "$1" in
    flagship) add flagship "" ;;
    corpus) add corpus "$(cd ../shared/corpus/docs && pwd)" ;;
    documentary-critical) add documentary-critical "$(cd ../shared/corpus/documentary-critical/docs && pwd)" ;;
    reader) add reader "$here/src/test/resources/reader" ;;
    *) return 1 ;;
  esac
}
if [ "$only" = 0 ]; then
  known flagship
  [ -d ../shared/corpus/docs ] && known corpus
  [ -d ../shared/corpus/documentary-critical/docs ] && known documentary-critical
  [ -d src/test/resources/reader ] && known reader
fi
for folder in "${folders[@]:-}"; do
  [ -n "$folder" ] || continue
  dir="$(absolute "$folder" 2>/dev/null)" || dir=""
  if [ -z "$dir" ] && known "$folder"; then continue; fi
  [ -n "$dir" ] || { echo "gallery: no folder $folder" >&2; exit 2; }
  add "$(basename "$dir")" "$dir"
done
[ ${#names[@]} -gt 0 ] || { echo "gallery: nothing to build" >&2; exit 2; }

# build SIDE ROOT COMMAND...: each edition into BUILDS/SIDE/build/NAME, run from ROOT, the project
# whose code builds it (so that the flagship gets its settings, and that a project's own xslt/, which
# the command prefers to its jar's, is that side's). Any other folder is an edition of its own
# (--project): the project around it would lend it its settings and stylesheets. Exit 1 (validation
# errors, as the corpus has) still publishes.
build_all() {
  local side="$1" root="$2"; shift 2
  mkdir -p "$builds/$side/build"
  for i in "${!names[@]}"; do
    local name="${names[$i]}" input="${inputs[$i]}" t=$SECONDS rc=0
    local args=(build -q -o "$builds/$side/build/$name")
    [ -n "$input" ] && args+=(--project "$input" "$input")
    (cd "$root" && "$@" "${args[@]}") >"$builds/$side/build/$name.log" 2>&1 || rc=$?
    echo "gallery: built $name ($side) in $((SECONDS - t)) s, exit $rc"
    if [ "$rc" -gt 1 ]; then sed 's/^/  /' "$builds/$side/build/$name.log" | head -5 >&2; fi
  done
}

after_label="$(git rev-parse --abbrev-ref HEAD) at $(git rev-parse --short HEAD)"
[ -n "$(git status --porcelain --untracked-files=no)" ] && after_label="$after_label + uncommitted changes"
if [ "$build" = 1 ]; then
  ./edition --version >/dev/null   # builds target/edition.jar if the sources changed
  build_all after "$here" "$here/edition"
fi

before_args=()
if [ -n "$compare" ]; then
  sha="$(git rev-parse --verify "$compare^{commit}")"
  short="$(git rev-parse --short "$sha")"
  jar="$out/before/edition-$short.jar"
  if [ "$build" = 1 ]; then
    # the ref's own tree: its jar, and its xslt/ and tei/, which a build run from it reads
    tmp="$(mktemp -d /tmp/edition-gallery-ref-XXXXXX)"
    cleanup() { git worktree remove --force "$tmp" >/dev/null 2>&1 || true; rm -rf "$tmp"; }
    trap cleanup EXIT
    git worktree add --detach "$tmp" "$sha" >/dev/null 2>&1
    if [ ! -f "$jar" ]; then
      echo "gallery: building the jar of $compare ($short) ..."
      (cd "$tmp" && mvn -q -o -B -Dstyle.color=never -DskipTests package) >"$out/before-mvn.log" 2>&1 \
        || { echo "gallery: the build of $compare failed, see $out/before-mvn.log" >&2; exit 1; }
      mkdir -p "$out/before"
      cp "$tmp/target/edition.jar" "$jar"
    fi
    build_all before "$tmp" java -Xmx700m -jar "$jar"
    cleanup
    trap - EXIT
  fi
  for name in "${names[@]}"; do before_args+=(--before "$name=$builds/before/build/$name"); done
  before_args+=(--before-label "$compare at $short")
fi

# The gallery itself runs from the test classes (Selenium is a test dependency).
cp_file="$here/target/gallery-classpath.txt"
mvn_log="$out/mvn.log"
if [ ! -f "$cp_file" ] || [ pom.xml -nt "$cp_file" ]; then
  mvn -q -o -B -Dstyle.color=never dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" \
    >"$mvn_log" 2>&1 || { cat "$mvn_log" >&2; exit 1; }
fi
mvn -q -o -B -Dstyle.color=never test-compile >"$mvn_log" 2>&1 || { cat "$mvn_log" >&2; exit 1; }
edition_args=()
for name in "${names[@]}"; do edition_args+=(--edition "$name=$builds/after/build/$name"); done
java -cp "$here/target/test-classes:$here/target/classes:$(cat "$cp_file")" org.edition.gallery.Gallery \
  --out "$out" --focus "$here/bench/gallery-focus.tsv" "${dark[@]}" "${full[@]}" \
  --after-label "$after_label" "${edition_args[@]}" "${before_args[@]}"
echo "gallery: done in $((SECONDS - start)) s: file://$out/index.html"
