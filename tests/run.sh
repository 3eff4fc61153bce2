#!/usr/bin/env bash
# Installs what the tests need and runs every test. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

# Tools the tests rely on beyond the .NET SDK are installed here as they are added (PostgreSQL, Azurite, Chromium).
command -v dotnet >/dev/null || { echo "the .NET 10 SDK is required: https://dotnet.microsoft.com/download"; exit 1; }

# Azurite (a real Azure Storage server) for the Azure photo store tests, in .tools/ (ignored by git).
# Pinned: 3.36 and later need Node 21+, and this machine's Node is 20.
AZURITE_VERSION=3.35.0
installed=$(node -p "require('./.tools/node_modules/azurite/package.json').version" 2>/dev/null)
if [ "$installed" != "$AZURITE_VERSION" ]; then
    command -v npm >/dev/null || { echo "Node.js and npm are required (Debian: apt-get install nodejs npm)"; echo "0 passed, 1 failed"; exit 1; }
    npm install --prefix .tools --no-audit --no-fund --loglevel=error "azurite@$AZURITE_VERSION" >/dev/null \
        || { echo "could not install azurite@$AZURITE_VERSION"; echo "0 passed, 1 failed"; exit 1; }
fi
export AZURITE_BIN="$PWD/.tools/node_modules/.bin/azurite-blob"

log=$(mktemp)
dotnet build CodiBot.sln -c Release -warnaserror 2>&1 | tail -3
[ "${PIPESTATUS[0]}" -eq 0 ] || { echo "0 passed, 1 failed"; exit 1; }

# Test projects run in parallel (dotnet test's default for a solution); each shares one bot host across its tests.
dotnet test CodiBot.sln -c Release --no-build --logger "console;verbosity=normal" > "$log" 2>&1
status=$?
grep -E -A3 "^\s+Failed [A-Za-z]|Error Message" "$log" | head -100
grep -E "^Total tests|^\s+(Passed|Failed|Skipped): [0-9]+$" "$log"

passed=$(grep -E "^\s+Passed: [0-9]+$" "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -E "^\s+Failed: [0-9]+$" "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
# A crashed test host prints no summary: count it as a failure.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
