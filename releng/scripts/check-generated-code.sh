#!/usr/bin/env bash
# Fails when the committed EMF code no longer matches what the generator makes of the model: regenerates the model
# and edit code from evidence.ecore (releng/codegen) into a temporary copy of the two bundles and compares the copy
# with the checkout (src-gen, the genmodel, icons; the generator does not touch the hand-kept manifests). Run from
# anywhere; CI runs it after the tests. Nothing in the checkout is changed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$here/releng/scripts/find-java.sh"
htaworkbench_find_java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bundles"
for b in org.htaworkbench.model org.htaworkbench.model.edit; do
  # the sources as committed (a build's target/ and bin/ are not part of the comparison)
  (cd "$here" && git ls-files -z "bundles/$b" | xargs -0 -I{} cp --parents {} "$work")
done
"$here/mvnw" -q -B -f "$here/releng/codegen/pom.xml" compile exec:java -Dbundles.dir="$work/bundles"
status=0
for b in org.htaworkbench.model org.htaworkbench.model.edit; do
  if ! diff -r -u -x target -x bin -x '.polyglot.*' -x '.tycho-consumer-pom.xml' "$here/bundles/$b" "$work/bundles/$b"; then
    status=1
  fi
done
if [ $status -ne 0 ]; then
  echo "The generated EMF code differs from the model (diff above): run" >&2
  echo "  ./mvnw -f releng/codegen/pom.xml compile exec:java   and commit the result." >&2
  exit 1
fi
echo "Generated EMF code matches evidence.ecore."
