# CLI: the completion scripts are tested in the real bash, zsh and fish (CompletionShellIT); zsh's zpty module
# (in the zsh package) drives zsh's line editor. util-linux's setpriv runs the unreadable-file cases as a
# non-root user; bsdutils's script gives TerminalIT a real terminal. asciidoctor turns the AsciiDoc man pages picocli generates into roff; man-db reads them back (ManPageIT).
APT_PACKAGES+=(bash bsdutils zsh fish util-linux asciidoctor man-db)
