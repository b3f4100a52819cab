# gomedic inspect: the tests fetch Go-built executables (esbuild, buf) with `npm pack`, and tar unpacks them.
# The machine's npm ships inside its nodejs package; Debian's separate npm package would conflict with that,
# so ask apt for npm only where no npm exists at all.
APT_PACKAGES+=(tar)
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(npm)
# UnreadableFileTest runs gomedic and go as user 65534 through setpriv (util-linux: essential in Debian, listed
# so that a slimmed image gets it back).
APT_PACKAGES+=(util-linux)
