#!/usr/bin/env bash
# Rewrites junit.xml by running the hostile tests under pytest once.
set -euo pipefail
cd "$(dirname "$0")"
python3 -m pytest --version
python3 -m pytest test_hostile.py -q -p no:cacheprovider --tb=short \
  -o junit_family=xunit1 -o 'junit_suite_name=<b>hostile</b> @octocat' \
  --junitxml=junit.xml >/dev/null || true
# pytest writes a skip's absolute path: make it the one a CI runner would have.
here=$(pwd)
sed -i "s#${here}/#/home/runner/work/app/app/#g" junit.xml
if grep -q "${here}" junit.xml; then
  echo "a machine path is still in junit.xml" >&2
  exit 1
fi
rmdir .benchmarks 2>/dev/null || true  # left by pytest-benchmark when installed
echo "wrote $(pwd)/junit.xml ($(wc -c <junit.xml) bytes)"
