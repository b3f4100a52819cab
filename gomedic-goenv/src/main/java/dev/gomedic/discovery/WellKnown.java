package dev.gomedic.discovery;

import dev.gomedic.host.GoOs;
import dev.gomedic.host.Host;
import java.util.ArrayList;
import java.util.List;

/**
 * The install locations gomedic checks besides PATH, as GOROOT patterns (a segment ending in {@code *} matches
 * by prefix). Unix: Debian/Ubuntu's {@code /usr/lib/go-1.*} and {@code /usr/lib/go}, the official tarball's
 * {@code /usr/local/go}, snap, Homebrew on Apple silicon ({@code /opt/homebrew}) and Intel
 * ({@code /usr/local}) with their Cellars, golang.org/dl ({@code ~/sdk/go1.*}), {@code ~/go/sdk}, gvm,
 * goenv, asdf and gomedic's own toolchains. Windows: the MSI's {@code C:\Program Files\Go} and
 * {@code %LOCALAPPDATA%\Programs\Go}, scoop, chocolatey and the per-user locations.
 */
final class WellKnown {
  private WellKnown() {}

  record Location(String label, String pattern) {}

  static List<Location> locations(Host host) {
    List<Location> out = new ArrayList<>();
    String home = host.home().orElse(null);
    if (host.os() == GoOs.WINDOWS) {
      out.add(new Location("Go MSI", "C:\\Program Files\\Go"));
      out.add(new Location("Go MSI (x86)", "C:\\Program Files (x86)\\Go"));
      out.add(new Location("chocolatey", "C:\\ProgramData\\chocolatey\\lib\\golang\\tools\\go"));
      host.getenv("LOCALAPPDATA").ifPresent(l -> out.add(new Location("Go MSI (user)", l + "\\Programs\\Go")));
      if (home != null) {
        out.add(new Location("scoop", home + "\\scoop\\apps\\go\\*"));
        out.add(new Location("golang.org/dl", home + "\\sdk\\go1.*"));
        out.add(new Location("~/go/sdk", home + "\\go\\sdk\\*"));
        out.add(new Location("gomedic", home + "\\.gomedic\\toolchains\\*"));
      }
      return out;
    }
    out.add(new Location("/usr/local/go", "/usr/local/go"));
    out.add(new Location("Debian/Ubuntu", "/usr/lib/go-1.*"));
    out.add(new Location("Debian/Ubuntu", "/usr/lib/go"));
    out.add(new Location("snap", "/snap/go/current"));
    out.add(new Location("Homebrew", "/opt/homebrew/opt/go/libexec"));
    out.add(new Location("Homebrew Cellar", "/opt/homebrew/Cellar/go/*/libexec"));
    out.add(new Location("Homebrew", "/usr/local/opt/go/libexec"));
    out.add(new Location("Homebrew Cellar", "/usr/local/Cellar/go/*/libexec"));
    out.add(new Location("Homebrew (Linux)", "/home/linuxbrew/.linuxbrew/opt/go/libexec"));
    if (home != null) {
      out.add(new Location("golang.org/dl", home + "/sdk/go1.*"));
      out.add(new Location("~/go/sdk", home + "/go/sdk/*"));
      out.add(new Location("gvm", home + "/.gvm/gos/*"));
      out.add(new Location("goenv", home + "/.goenv/versions/*"));
      out.add(new Location("asdf", home + "/.asdf/installs/golang/*/go"));
      out.add(new Location("gomedic", home + "/.gomedic/toolchains/*"));
    }
    return out;
  }
}
