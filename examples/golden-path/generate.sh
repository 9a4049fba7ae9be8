#!/usr/bin/env bash
# Runs the example's test suite under pytest and writes report/junit.xml.
# The run is expected to fail: that is the story the report tells.
set -euo pipefail
cd "$(dirname "$0")"
here="$(pwd)"
python3 -m pytest --version
PYTHONDONTWRITEBYTECODE=1 python3 -m pytest --junitxml=report/junit.xml -o junit_family=xunit2 -p no:benchmark -q || true
# Reports name the machine they ran on; make them look like a CI checkout.
sed -i -e "s#${here}/#/home/runner/work/auth-service/auth-service/#g" \
  -e "s#${here}#/home/runner/work/auth-service/auth-service#g" \
  -e 's/hostname="[^"]*"/hostname="runner"/' report/junit.xml
