package dev.gomedic.cli.mod;

import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
import dev.gomedic.cli.UserFiles;
import dev.gomedic.mod.dirhash.ZipEntries;
import dev.gomedic.mod.module.ModulePath;
import dev.gomedic.mod.module.ModuleVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;

/** The {@code --module PATH@VERSION} of the zip and hash commands, and the module a zip's names declare. */
final class ModuleArg {
  private ModuleArg() {}

  /** Parses {@code PATH@VERSION}, checked as x/mod checks a module zip's module. */
  static ModuleVersion parse(String arg) {
    int at = arg.lastIndexOf('@');
    if (at <= 0 || at == arg.length() - 1) {
      throw new UserError(ExitCode.FAILED, "--module " + arg + ": want PATH@VERSION, such as example.com/m@v1.0.0");
    }
    ModuleVersion m = new ModuleVersion(arg.substring(0, at), arg.substring(at + 1));
    try {
      ModulePath.check(m.path(), m.version());
    } catch (RuntimeException e) {
      throw new UserError(ExitCode.FAILED, "--module " + arg + ": " + e.getMessage());
    }
    String canonical = ModulePath.canonicalVersion(m.version());
    if (!canonical.equals(m.version())) {
      throw new UserError(ExitCode.FAILED, "--module " + arg + ": version \"" + m.version()
          + "\" is not canonical (should be \"" + canonical + "\")");
    }
    return m;
  }

  /**
   * The module of a zip whose every entry starts with the same {@code PATH@VERSION/}, as the proxy's zips
   * do; empty when the names share no such prefix.
   */
  static Optional<ModuleVersion> ofZip(Path zip, String shown) {
    String prefix = null;
    try (ZipEntries z = ZipEntries.open(zip)) {
      for (ZipEntry e : z.entries()) {
        int at = e.getName().indexOf('@');
        int slash = at < 0 ? -1 : e.getName().indexOf('/', at);
        String p = slash < 0 ? "" : e.getName().substring(0, slash);
        if (prefix == null) {
          prefix = p;
        } else if (!prefix.equals(p)) {
          return Optional.empty();
        }
      }
    } catch (IOException e) {
      throw UserFiles.error("open", shown, e);
    }
    int at = prefix == null ? -1 : prefix.indexOf('@');
    if (at <= 0) {
      return Optional.empty();
    }
    return Optional.of(new ModuleVersion(prefix.substring(0, at), prefix.substring(at + 1)));
  }
}
