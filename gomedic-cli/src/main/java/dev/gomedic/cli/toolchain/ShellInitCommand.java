package dev.gomedic.cli.toolchain;

import dev.gomedic.cli.CliContext;
import dev.gomedic.cli.ExitCode;
import dev.gomedic.cli.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import dev.gomedic.cli.Parsed;
import dev.gomedic.cli.Specs;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gomedic shell-init SHELL}: prints shell code that puts the selected release's bin first on PATH
 * whenever the directory changes. The code reads {@code GOMEDIC_GO_VERSION}, the nearest {@code .go-version}
 * and {@code $GOMEDIC_HOME/default} itself: no JVM starts at a prompt. With {@code --write} it appends one
 * {@code eval} line to the shell's profile after backing the profile up.
 */
public final class ShellInitCommand {
  private final CliContext context;
  private final PrintWriter out;
  private final String shell;
  private final boolean write;

  private ShellInitCommand(CliContext context, Parsed p) {
    this.context = context;
    this.out = p.out();
    this.shell = p.positional(0);
    this.write = p.flag("--write");
  }

  public static CommandSpec spec(CliContext context) {
    CommandSpec spec = Specs.command("shell-init", p -> {
      new ShellInitCommand(context, p).run();
      return 0;
    }, "Prints the shell code that switches Go on cd (bash, zsh, fish, powershell).");
    spec.addPositional(Specs.positional("0", "1", "SHELL", "bash, zsh, fish or powershell").toBuilder()
        .completionCandidates(java.util.List.of("bash", "zsh", "fish", "powershell")).build());
    spec.addOption(Specs.flag("Append the hook to the shell's profile (a backup is made first).", "--write"));
    return spec;
  }

  private void run() {
    String code = switch (shell) {
      case "bash" -> POSIX + "case \";${PROMPT_COMMAND:-};\" in *\";_gomedic_hook;\"*) ;; *)"
          + " PROMPT_COMMAND=\"_gomedic_hook${PROMPT_COMMAND:+;$PROMPT_COMMAND}\" ;; esac\n_gomedic_hook\n";
      case "zsh" -> POSIX + "autoload -Uz add-zsh-hook\nadd-zsh-hook chpwd _gomedic_hook\n"
          + "add-zsh-hook precmd _gomedic_hook\n_gomedic_hook\n";
      case "fish" -> FISH;
      case "powershell", "pwsh" -> POWERSHELL;
      default -> throw new UserError(ExitCode.USAGE, "shell-init: unknown shell " + shell
          + " (want bash, zsh, fish or powershell)");
    };
    if (!write) {
      out.print(code);
      return;
    }
    writeProfile();
  }

  private void writeProfile() {
    String home = context.env().getOrDefault("HOME", "");
    if (home.isEmpty()) {
      throw new UserError(ExitCode.FAILED, "shell-init: HOME is not set");
    }
    Path profile;
    String line;
    switch (shell) {
      case "bash" -> {
        profile = Path.of(home, ".bashrc");
        line = "eval \"$(gomedic shell-init bash)\"";
      }
      case "zsh" -> {
        profile = Path.of(home, ".zshrc");
        line = "eval \"$(gomedic shell-init zsh)\"";
      }
      case "fish" -> {
        profile = Path.of(home, ".config", "fish", "config.fish");
        line = "gomedic shell-init fish | source";
      }
      default -> {
        profile = Path.of(home, ".config", "powershell", "Microsoft.PowerShell_profile.ps1");
        line = "gomedic shell-init powershell | Out-String | Invoke-Expression";
      }
    }
    try {
      String old = Files.isRegularFile(profile) ? Files.readString(profile, StandardCharsets.UTF_8) : "";
      if (old.contains(line)) {
        out.println(profile + " already has the gomedic hook; nothing written");
        return;
      }
      Files.createDirectories(profile.getParent());
      if (Files.exists(profile)) {
        Path backup = profile.resolveSibling(profile.getFileName() + ".gomedic-backup-"
            + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.copy(profile, backup, StandardCopyOption.COPY_ATTRIBUTES);
        out.println("backed up " + profile + " to " + backup);
      }
      String text = old + (old.isEmpty() || old.endsWith("\n") ? "" : "\n") + "# added by gomedic shell-init\n"
          + line + "\n";
      ToolchainCommand.writeAtomically(profile, text);
      out.println("added to " + profile + ": " + line);
    } catch (IOException e) {
      throw new UserError(ExitCode.FAILED, "shell-init: " + profile + ": " + e.getMessage());
    }
  }

  /** bash and zsh: the selection rules without go.mod (see docs/toolchain.md), and PATH surgery. */
  static final String POSIX = """
      # gomedic shell hook: puts the selected Go release first on PATH (no JVM per prompt).
      _gomedic_hook() {
        local v="${GOMEDIC_GO_VERSION:-}" d="$PWD" h="${GOMEDIC_HOME:-$HOME/.gomedic}"
        while [ -z "$v" ]; do
          if [ -f "$d/.go-version" ]; then IFS= read -r v < "$d/.go-version"; break; fi
          [ -z "$d" ] || [ "$d" = / ] && break
          d="${d%/*}"
        done
        if [ -z "$v" ] && [ -f "$h/default" ]; then IFS= read -r v < "$h/default"; fi
        v="${v%%[[:space:]]*}"; v="${v#go}"
        case "$v" in
          1.[0-9].0|1.1[0-9].0|1.20.0) v="${v%.0}" ;;
          1.2[1-9]|1.[3-9][0-9]) v="$v.0" ;;
        esac
        local bin="" p=":$PATH:"
        [ -n "$v" ] && [ -d "$h/toolchains/go$v/bin" ] && bin="$h/toolchains/go$v/bin"
        if [ -n "${_GOMEDIC_BIN:-}" ]; then p="${p//:$_GOMEDIC_BIN:/:}"; fi
        p="${p#:}"; p="${p%:}"
        if [ -n "$bin" ]; then PATH="$bin${p:+:$p}"; else PATH="$p"; fi
        export PATH
        _GOMEDIC_BIN="$bin"
      }
      """;

  static final String FISH = """
      # gomedic shell hook: puts the selected Go release first on PATH (no JVM per prompt).
      function _gomedic_hook --on-variable PWD
        set -l v "$GOMEDIC_GO_VERSION"
        set -l h "$GOMEDIC_HOME"; test -z "$h"; and set h "$HOME/.gomedic"
        set -l d "$PWD"
        while test -z "$v"
          if test -f "$d/.go-version"; read -l line < "$d/.go-version"; set v $line; break; end
          if test "$d" = "/" -o -z "$d"; break; end
          set d (path dirname "$d")
        end
        if test -z "$v" -a -f "$h/default"; read -l line < "$h/default"; set v $line; end
        set v (string replace -r '^go' '' -- (string trim -- "$v"))
        if string match -qr '^1\\.([0-9]|1[0-9]|20)\\.0$' -- "$v"; set v (string replace -r '\\.0$' '' -- "$v"); end
        if string match -qr '^1\\.(2[1-9]|[3-9][0-9])$' -- "$v"; set v "$v.0"; end
        if set -q _GOMEDIC_BIN; and set -l i (contains -i -- "$_GOMEDIC_BIN" $PATH); set -e PATH[$i]; end
        set -g _GOMEDIC_BIN ""
        if test -n "$v" -a -d "$h/toolchains/go$v/bin"
          set -g _GOMEDIC_BIN "$h/toolchains/go$v/bin"
          set -gx PATH "$_GOMEDIC_BIN" $PATH
        end
      end
      _gomedic_hook
      """;

  static final String POWERSHELL = """
      # gomedic shell hook: puts the selected Go release first on PATH (no JVM per prompt).
      function global:_GomedicHook {
        $v = $env:GOMEDIC_GO_VERSION
        $h = if ($env:GOMEDIC_HOME) { $env:GOMEDIC_HOME } else { Join-Path $HOME '.gomedic' }
        $d = (Get-Location).ProviderPath
        while (-not $v -and $d) {
          $f = Join-Path $d '.go-version'
          if (Test-Path -LiteralPath $f -PathType Leaf) { $v = (Get-Content -LiteralPath $f -TotalCount 1); break }
          $d = Split-Path -Parent $d
        }
        $def = Join-Path $h 'default'
        if (-not $v -and (Test-Path -LiteralPath $def)) { $v = (Get-Content -LiteralPath $def -TotalCount 1) }
        $v = "$v".Trim() -replace '^go', ''
        if ($v -match '^1\\.([0-9]|1[0-9]|20)\\.0$') { $v = $v -replace '\\.0$', '' }
        if ($v -match '^1\\.(2[1-9]|[3-9][0-9])$') { $v = "$v.0" }
        $sep = [IO.Path]::PathSeparator
        $parts = $env:PATH -split [regex]::Escape($sep) | Where-Object { $_ -and $_ -ne $global:_GomedicBin }
        $global:_GomedicBin = $null
        $bin = Join-Path (Join-Path (Join-Path $h 'toolchains') "go$v") 'bin'
        if ($v -and (Test-Path -LiteralPath $bin)) { $global:_GomedicBin = $bin; $parts = @($bin) + $parts }
        $env:PATH = $parts -join $sep
      }
      $global:_GomedicPrompt = $function:prompt
      function global:prompt { _GomedicHook; & $global:_GomedicPrompt }
      _GomedicHook
      """;
}
