# The ground truth: the real go 1.19 command, its sources (cmd/go's script tests) and x/mod's testdata.
APT_PACKAGES+=(golang-1.19-go golang-1.19-src golang-golang-x-mod-dev)
