# The differential test's corpus (ModDifferentialTest): popular Go libraries whose Debian -dev packages ship
# their go.mod files under /usr/share/gocode/src (with their dependencies, ~150 packages, ~25 s to install).
APT_PACKAGES+=(
  golang-github-spf13-cobra-dev golang-github-spf13-pflag-dev golang-github-spf13-viper-dev
  golang-github-stretchr-testify-dev golang-github-sirupsen-logrus-dev golang-github-pkg-errors-dev
  golang-github-google-uuid-dev golang-github-google-go-cmp-dev
  golang-golang-x-net-dev golang-golang-x-sys-dev golang-golang-x-text-dev golang-golang-x-crypto-dev
  golang-golang-x-sync-dev golang-golang-x-tools-dev golang-golang-x-term-dev golang-golang-x-oauth2-dev
  golang-golang-x-time-dev golang-golang-x-exp-dev
  golang-github-gorilla-mux-dev golang-github-gorilla-websocket-dev golang-github-prometheus-client-golang-dev
  golang-github-prometheus-common-dev golang-github-hashicorp-go-multierror-dev golang-github-hashicorp-hcl-dev
  golang-github-hashicorp-go-hclog-dev golang-github-hashicorp-golang-lru-dev golang-github-hashicorp-go-version-dev
  golang-github-burntsushi-toml-dev golang-github-mattn-go-isatty-dev golang-github-fatih-color-dev
  golang-github-urfave-cli-dev golang-github-go-sql-driver-mysql-dev golang-github-lib-pq-dev
  golang-github-json-iterator-go-dev golang-github-klauspost-compress-dev golang-github-cespare-xxhash-dev
  golang-github-dustin-go-humanize-dev golang-github-mitchellh-mapstructure-dev golang-github-go-logr-logr-dev
  golang-github-miekg-dns-dev golang-github-gin-gonic-gin-dev golang-github-golang-protobuf-1-5-dev
  golang-google-protobuf-dev golang-github-minio-minio-go-v7-dev golang-github-google-go-github-dev
  golang-github-go-git-go-git-dev golang-github-charmbracelet-lipgloss-dev golang-github-davecgh-go-spew-dev
  golang-github-go-chi-chi-dev golang-gopkg-yaml.v3-dev golang-github-olekukonko-tablewriter-dev
  golang-github-pelletier-go-toml-dev golang-github-masterminds-semver-dev golang-github-imdario-mergo-dev
  golang-github-cenkalti-backoff-dev golang-github-valyala-fasthttp-dev golang-github-jmoiron-sqlx-dev
  golang-github-blang-semver-dev golang-github-andybalholm-brotli-dev golang-github-ulikunitz-xz-dev
)
