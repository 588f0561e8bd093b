#!/usr/bin/env bash
# Regenerates edition.rng and edition.xsd from edition.rnc with Trang (a build-time tool only:
# it duplicates Jing's classes, so it is not a dependency of the toolkit). Run after editing
# edition.rnc; the test suite checks that the three agree.
set -euo pipefail
cd "$(dirname "$0")"
version=20241231
jar="$HOME/.m2/repository/org/relaxng/trang/$version/trang-$version.jar"
if [ ! -f "$jar" ]; then
  mvn -q -B dependency:get -Dartifact=org.relaxng:trang:$version
fi
java -jar "$jar" edition.rnc edition.rng
java -jar "$jar" edition.rnc edition.xsd
echo "edition.rng, edition.xsd and xml.xsd regenerated from edition.rnc"
