# gomedic toolchain/verify tests compare with the real gpg, shasum and sha256sum.
APT_PACKAGES+=(gnupg libdigest-sha-perl coreutils)
