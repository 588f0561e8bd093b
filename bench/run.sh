#!/usr/bin/env bash
# The benchmark: bench/run.sh [N] (default 500 articles). Builds the jar if needed, generates N
# articles shaped like the flagship, runs each stage in its own JVM and prints a Markdown table.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
[ -f target/edition.jar ] || mvn -q -B -DskipTests package
out="$(mktemp -d)"
javac -d "$out" bench/Bench.java
java -cp "$out" Bench "${1:-500}" "$here"
