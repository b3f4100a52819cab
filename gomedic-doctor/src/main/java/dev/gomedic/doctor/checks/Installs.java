package dev.gomedic.doctor.checks;

import dev.gomedic.discovery.Toolchain;
import java.nio.file.Path;
import java.util.Locale;

/** Which way a discovered go was installed, judged from its paths (the same layouts Discovery knows). */
enum Installs {
  HOMEBREW("Homebrew"),
  USR_LOCAL_GO("/usr/local/go (the go.dev archive or .pkg, or a manual install)"),
  APT("the distribution's package (/usr/lib/go-*)"),
  VERSION_MANAGER("a version manager (gvm, goenv, asdf)"),
  SNAP("snap"),
  MSI("the Windows MSI installer (C:\\Program Files\\Go)"),
  SCOOP("scoop"),
  OTHER("another install");

  final String label;

  Installs(String label) {
    this.label = label;
  }

  static Installs of(Toolchain t) {
    String exe = norm(t.executable());
    String where = t.goroot().map(Installs::norm).orElse(norm(t.resolved()));
    if (exe.contains("/scoop/") || where.contains("/scoop/apps/go")) {
      return SCOOP;
    }
    if (exe.contains("/shims/") || where.contains("/.gvm/") || where.contains("/.goenv/")
        || where.contains("/.asdf/") || exe.contains("/.gvm/")) {
      return VERSION_MANAGER;
    }
    if (where.contains("/homebrew/") || where.contains("/cellar/go/") || where.contains("/opt/go/libexec")
        || where.contains("linuxbrew")) {
      return HOMEBREW;
    }
    if (where.equals("/usr/local/go") || where.startsWith("/usr/local/go/")) {
      return USR_LOCAL_GO;
    }
    if (where.startsWith("/usr/lib/go")) {
      return APT;
    }
    if (where.startsWith("/snap/go")) {
      return SNAP;
    }
    // The MSI's default directories (C:\Go in older releases, C:\Program Files\Go now); a ZIP unpacked elsewhere
    // stays "another install".
    if (where.matches("[a-z]:/program files( \\(x86\\))?/go") || where.matches("[a-z]:/go")) {
      return MSI;
    }
    return OTHER;
  }

  private static String norm(Path p) {
    return p.toString().replace('\\', '/').toLowerCase(Locale.ROOT);
  }
}
