#!/usr/bin/env bash
# Reproduces the transcript in docs/toolchain.md: install from a loopback mirror, switch, pin, run, verify.
#
# The mirror is gomedic-testkit's ReleaseServer on 127.0.0.1, serving a release list and Debian's Go 1.19.8
# (/usr/lib/go-1.19, without its test/ suite) repacked as go/... into go1.19.8.linux-amd64.tar.gz, with an
# OpenPGP signature made by a throw-away gpg key. Everything happens in a temporary HOME; paths under it print as ~.
# Needs: the built jar (mvn -B -q -pl gomedic-cli -am package -DskipTests), golang-1.19-go, gnupg, and for the
# last section the go1.19.8 source release from .ci/install.d/60-toolchain.sh's gomedic_go_src_fixture step.
# Usage: docs/toolchain-tour.sh > tour.txt
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
repo_home=$HOME
jar=$repo/gomedic-cli/target/gomedic.jar
testkit=$repo/gomedic-testkit/target/classes
[ -f "$jar" ] && [ -d "$testkit/dev/gomedic/testkit/release" ] \
  || { echo "build first: mvn -B -q -pl gomedic-cli -am package -DskipTests" >&2; exit 2; }

t=$(mktemp -d)
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  GNUPGHOME="$t/gnupg" gpgconf --kill all 2>/dev/null || true
  rm -rf "$t"
}
trap cleanup EXIT
export HOME=$t/home LC_ALL=C.UTF-8 GOFLAGS= GOPROXY=off GOTOOLCHAIN=local PATH=/usr/bin:/bin
unset GOMEDIC_HOME GOROOT GOPATH GOBIN GOMEDIC_GO_VERSION
mkdir -p "$HOME" "$t/mirror" "$t/bin"
printf '#!/bin/sh\nexec java -XX:TieredStopAtLevel=1 -jar %s "$@"\n' "$jar" > "$t/bin/gomedic"
chmod +x "$t/bin/gomedic"
export PATH=$t/bin:$PATH

# The mirror: the repacked archive (deterministic tar), a signature by a throw-away key, and a release list.
archive=$t/mirror/go1.19.8.linux-amd64.tar.gz
tar -C /usr/lib -h --exclude=go-1.19/test --transform 's,^go-1\.19,go,' --sort=name --owner=0 --group=0 \
  --numeric-owner --mtime=2023-04-04 -cf - go-1.19 | gzip -n > "$archive"
export GNUPGHOME=$t/gnupg
mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-gen-key "Mirror Signer <mirror@example.com>" ed25519 sign never 2>/dev/null
gpg --batch --quiet --armor --export mirror@example.com > "$HOME/signer.asc"
gpg --batch --quiet --armor --detach-sign -o "$archive.asc" "$archive"
sha=$(sha256sum "$archive" | cut -d' ' -f1)
size=$(stat -c %s "$archive")
printf '[{"version":"go1.19.8","stable":true,"files":[{"filename":"go1.19.8.linux-amd64.tar.gz","os":"linux","arch":"amd64","version":"go1.19.8","sha256":"%s","size":%s,"kind":"archive"}]}]\n' \
  "$sha" "$size" > "$t/mirror/releases.json"
coproc SERVER { exec java -cp "$testkit" dev.gomedic.testkit.release.ServeMain "$t/mirror"; }
server_pid=$SERVER_PID
read -r base <&"${SERVER[0]}"
export GOMEDIC_RELEASES_URL=${base}releases.json GOMEDIC_DOWNLOAD_BASE=$base

# Prints "$ command" and its output (stdout and stderr), with the temp HOME shown as ~ and the port as PORT.
run() {
  printf '$ %s\n' "$*"
  local rc=0
  (eval "$@") > "$t/out" 2>&1 || rc=$?
  sed -e "s|$HOME|~|g" -e "s|127\.0\.0\.1:[0-9]*|127.0.0.1:PORT|g" "$t/out"
  [ "$rc" = 0 ] || echo "(exit $rc)"
}

cd "$HOME"
echo "# mirror: GOMEDIC_RELEASES_URL=http://127.0.0.1:PORT/dl/releases.json GOMEDIC_DOWNLOAD_BASE=http://127.0.0.1:PORT/dl/"
run gomedic toolchain install 1.19.8
run gomedic toolchain install 1.19.8 --trust-catalog --pgp --key signer.asc
run gomedic toolchain use 1.19.8
run gomedic toolchain list
mkdir -p proj
printf 'module example.com/hello\n\ngo 1.19\n' > proj/go.mod
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello from go") }\n' > proj/main.go
cd proj
run cat go.mod
run gomedic toolchain which -v
run gomedic exec -- go version
run gomedic exec -- go build -o hello . \&\& ./hello
run gomedic toolchain pin 1.21
run gomedic toolchain which
run gomedic toolchain pin 1.19.8
run gomedic toolchain which -v
run 'eval "$(gomedic shell-init bash)"; command -v go; go version'

cd "$HOME"
cp "$archive" "$archive.asc" .
run sha256sum go1.19.8.linux-amd64.tar.gz \> go1.19.8.linux-amd64.tar.gz.sha256
run gomedic verify go1.19.8.linux-amd64.tar.gz --sha256 go1.19.8.linux-amd64.tar.gz.sha256 \
  --sig go1.19.8.linux-amd64.tar.gz.asc --key signer.asc
run cp go1.19.8.linux-amd64.tar.gz tampered.tar.gz \&\& printf x \>\> tampered.tar.gz
run gomedic verify tampered.tar.gz --sha256 "$sha" --sig go1.19.8.linux-amd64.tar.gz.asc --key signer.asc
run gomedic verify go1.19.8.linux-amd64.tar.gz --go-release
run gomedic verify go1.19.8.linux-amd64.tar.gz --sig go1.19.8.linux-amd64.tar.gz.asc

src=${GOMEDIC_TEST_CACHE:-$repo_home/.cache/gomedic-test}/toolchain/debian/golang-1.19_1.19.8.orig.tar.gz
if [ -f "$src" ] && [ -f "$src.asc" ]; then
  cp "$src" go1.19.8.src.tar.gz
  cp "$src.asc" go1.19.8.src.tar.gz.asc
  run gomedic verify go1.19.8.src.tar.gz --go-release --sig go1.19.8.src.tar.gz.asc
else
  echo "# (skipped: $src not downloaded; see .ci/install.d/60-toolchain.sh)"
fi
