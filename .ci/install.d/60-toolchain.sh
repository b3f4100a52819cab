# gomedic toolchain/verify tests compare with the real gpg, shasum and sha256sum, and run the shell-init hooks in
# the real zsh and fish (bash is already there; PowerShell has no Debian package).
APT_PACKAGES+=(gnupg libdigest-sha-perl coreutils zsh fish)

# The real go1.19.8 source release and its upstream OpenPGP signature, to check the embedded Google key against:
# Debian's orig tarball of golang-1.19 is byte for byte go1.19.8.src.tar.gz, and Debian keeps upstream's .asc
# beside it. Fetched once with apt's source download (deb-src lines made from the configured deb ones) into the
# test cache.
gomedic_go_src_fixture() {
  local dir="${GOMEDIC_TEST_CACHE:-$HOME/.cache/gomedic-test}/toolchain/debian"
  if [ -f "$dir/golang-1.19_1.19.8.orig.tar.gz" ] && [ -f "$dir/golang-1.19_1.19.8.orig.tar.gz.asc" ]; then
    return 0
  fi
  if ! grep -qs 'deb-src' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list; then
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
      if [ -f "$f" ]; then sed 's/^Types: deb$/Types: deb-src/' "$f"; echo; fi
    done | $SUDO tee /etc/apt/sources.list.d/gomedic-deb-src.sources >/dev/null
    if [ -f /etc/apt/sources.list ]; then
      sed -n 's/^deb /deb-src /p' /etc/apt/sources.list | $SUDO tee /etc/apt/sources.list.d/gomedic-deb-src.list >/dev/null
    fi
    $SUDO apt-get update -qq
  fi
  mkdir -p "$dir"
  (cd "$dir" && apt-get source --download-only -qq golang-1.19=1.19.8-2 >/dev/null 2>&1) \
    || echo "ci: could not download golang-1.19 1.19.8-2's source (the go1.19.8 signature test will fail)" >&2
}
NPM_SETUP+=("gomedic_go_src_fixture")
