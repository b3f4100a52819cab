# gomedic toolchain/verify tests compare with the real gpg, shasum and sha256sum, and run the shell-init hooks in
# the real zsh and fish (bash is already there; PowerShell has no Debian package).
APT_PACKAGES+=(gnupg libdigest-sha-perl coreutils zsh fish)
