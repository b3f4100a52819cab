package dev.gomedic.binfmt.runs;

import dev.gomedic.binfmt.Executable;
import dev.gomedic.binfmt.FatImage;
import dev.gomedic.binfmt.Format;
import dev.gomedic.binfmt.Image;
import dev.gomedic.binfmt.Kind;
import dev.gomedic.binfmt.Platform;

/**
 * Decides whether a binary runs on a host. The rules, by host:
 *
 * <ul>
 *   <li>linux: ELF for linux; amd64 hosts also run 386 (with the kernel's IA-32 support) and arm64 hosts arm
 *       (on CPUs with AArch32); anything else fails with {@code exec format error}.
 *   <li>darwin: Mach-O (a universal file runs its best slice); an arm64 Mac runs amd64 through Rosetta 2 when it
 *       is installed; 32-bit and foreign CPUs fail with {@code bad CPU type in executable}; other formats with
 *       {@code exec format error}.
 *   <li>windows: PE; amd64 hosts run 386 (WOW64); arm64 hosts emulate amd64 and 386; anything else fails with
 *       {@code is not a valid Win32 application}.
 *   <li>other hosts: the same OS and CPU.
 * </ul>
 */
public final class RunsHere {
  static final String ROSETTA_LIMITS =
      "slower start; no AVX-512; cannot load arm64 plug-ins into the process; no kernel extensions";

  private RunsHere() {}

  public static Verdict verdict(Executable exe, Platform host) {
    if (exe instanceof FatImage fat) {
      Verdict best = null;
      for (Image slice : fat.slices()) {
        Verdict v = verdict(slice, host);
        if (v instanceof Verdict.Native) {
          return v;
        }
        if (best == null || (v instanceof Verdict.Translated && !(best instanceof Verdict.Translated))) {
          best = v;
        }
      }
      if (best instanceof Verdict.CannotRun && host.os().equals("darwin")) {
        return new Verdict.CannotRun("no slice for " + host.arch(), "bad CPU type in executable");
      }
      return best == null ? new Verdict.CannotRun("universal file with no slices", "") : best;
    }
    return thin((Image) exe, host);
  }

  private static Verdict thin(Image img, Platform host) {
    String formatError = switch (host.os()) {
      case "windows" -> "is not a valid Win32 application";
      default -> "exec format error";
    };
    if (img.format() == Format.WASM) {
      return new Verdict.CannotRun("a WebAssembly module needs a runtime such as node or wasmtime", formatError);
    }
    Format want = switch (host.os()) {
      case "darwin", "ios" -> Format.MACHO;
      case "windows" -> Format.PE;
      default -> Format.ELF;
    };
    if (img.format() != want) {
      return new Verdict.CannotRun("built for " + img.platform() + ", this is " + host, formatError);
    }
    if (img.kind() == Kind.SHARED) {
      return new Verdict.CannotRun("a shared library, not a program", "");
    }
    if (img.kind() == Kind.OBJECT || img.kind() == Kind.OTHER) {
      return new Verdict.CannotRun("an object file, not a program", formatError);
    }
    if (!img.os().equals(host.os())) {
      return new Verdict.CannotRun("built for " + img.platform() + ", this is " + host,
          host.os().equals("linux") ? "" : formatError);
    }
    String arch = img.arch();
    if (arch.equals(host.arch())) {
      return new Verdict.Native("");
    }
    return switch (host.os()) {
      case "linux" -> linux(arch, host);
      case "darwin" -> darwin(img, host);
      case "windows" -> windows(arch, host);
      default -> new Verdict.CannotRun("built for " + img.platform() + ", this is " + host, formatError);
    };
  }

  private static Verdict linux(String arch, Platform host) {
    if (host.arch().equals("amd64") && arch.equals("386")) {
      return new Verdict.Native("needs the kernel's IA-32 emulation");
    }
    if (host.arch().equals("arm64") && arch.equals("arm")) {
      return new Verdict.Native("needs a CPU with AArch32 support");
    }
    return new Verdict.CannotRun("built for linux/" + arch + ", this is " + host
        + " (unless qemu-user is registered with binfmt_misc)", "exec format error");
  }

  private static Verdict darwin(Image img, Platform host) {
    String arch = img.arch();
    if (host.arch().equals("arm64") && arch.equals("amd64")) {
      return host.rosetta()
          ? new Verdict.Translated("Rosetta 2", ROSETTA_LIMITS)
          : new Verdict.CannotRun("an x86_64 program needs Rosetta 2, which is not installed "
              + "(softwareupdate --install-rosetta)", "bad CPU type in executable");
    }
    if (img.bits() == 32) {
      return new Verdict.CannotRun("macOS 10.15 and later run no 32-bit programs", "bad CPU type in executable");
    }
    return new Verdict.CannotRun("built for darwin/" + arch + ", this is " + host, "bad CPU type in executable");
  }

  private static Verdict windows(String arch, Platform host) {
    if (host.arch().equals("amd64") && arch.equals("386")) {
      return new Verdict.Native("32-bit, through WOW64");
    }
    if (host.arch().equals("arm64") && (arch.equals("amd64") || arch.equals("386"))) {
      return new Verdict.Translated("Windows on Arm emulation",
          arch.equals("amd64") ? "x64 emulation needs Windows 11; slower" : "slower");
    }
    return new Verdict.CannotRun("built for windows/" + arch + ", this is " + host,
        "is not a valid Win32 application");
  }
}
