package dev.gomedic.doctor.ide;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.host.GoOs;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go installation an editor is told to use, read from its settings files without starting it.
 *
 * <ul>
 *   <li>VS Code (and Code - Insiders, VSCodium): {@code go.goroot}, {@code go.alternateTools} {@code go} and
 *       {@code go.toolsEnvVars} {@code GOROOT}, from the workspace's {@code .vscode/settings.json}, which wins, and
 *       the user settings: Linux {@code $XDG_CONFIG_HOME} or {@code ~/.config}{@code /Code/User/settings.json},
 *       macOS {@code ~/Library/Application Support/Code/User/settings.json}, Windows
 *       {@code %APPDATA%\Code\User\settings.json}. The files are JSONC (comments, trailing commas).
 *   <li>GoLand: the project GOROOT, {@code <component name="GOROOT" url="file://..."/>} in
 *       {@code .idea/workspace.xml} (older releases wrote {@code path="..."}); {@code $PROJECT_DIR$} and
 *       {@code $USER_HOME$} are expanded.
 * </ul>
 *
 * <p>Values with variables the editor resolves at run time are expanded where we can ({@code ${workspaceFolder}},
 * {@code ${userHome}}, {@code ${env:NAME}}, a leading {@code ~}) and skipped otherwise.
 */
public final class EditorSettings {
  /** What a setting names. */
  public enum Kind {
    GOROOT,
    GO_BINARY
  }

  /** One setting: e.g. VS Code, go.goroot, /opt/go1.22, the settings file it came from. */
  public record Setting(String editor, String key, Kind kind, String value, Path file) {}

  static final int MAX_FILE = 4 << 20;
  private static final List<String> PRODUCTS = List.of("Code", "Code - Insiders", "VSCodium");
  private static final Pattern GOLAND = Pattern.compile(
      "<component\\s+name=\"GOROOT\"\\s+(?:url|path)=\"([^\"]*)\"");
  private static final Pattern ENV_VAR = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)\\}");

  private EditorSettings() {}

  /** Every editor Go setting that applies to the project in {@code projectDir}, workspace values first. */
  public static List<Setting> read(DoctorContext ctx, Path projectDir) throws IOException {
    List<Setting> out = new ArrayList<>();
    Path workspace = projectDir.resolve(".vscode").resolve("settings.json");
    Map<String, String> ws = vscode(ctx, workspace, projectDir);
    ws.forEach((k, v) -> out.add(setting("VS Code", k, v, workspace)));
    for (Path user : vscodeUserSettings(ctx)) {
      String product = user.getParent().getParent().getFileName().toString();
      vscode(ctx, user, projectDir).forEach((k, v) -> {
        if (!ws.containsKey(k)) {
          out.add(setting(product.equals("Code") ? "VS Code" : product, k, v, user));
        }
      });
    }
    Path idea = projectDir.resolve(".idea").resolve("workspace.xml");
    if (Files.isRegularFile(idea)) {
      Matcher m = GOLAND.matcher(read(idea));
      if (m.find()) {
        String v = xml(m.group(1)).replaceFirst("^file://", "").replace("$PROJECT_DIR$", projectDir.toString());
        Optional<String> home = home(ctx);
        if (home.isPresent() || !v.contains("$USER_HOME$")) {
          v = v.replace("$USER_HOME$", home.orElse(""));
          out.add(new Setting("GoLand", "project GOROOT", Kind.GOROOT, v, idea));
        }
      }
    }
    return out;
  }

  /** The user settings files of the VS Code family that exist on this host. */
  static List<Path> vscodeUserSettings(DoctorContext ctx) {
    Optional<Path> base = switch (ctx.os()) {
      case WINDOWS -> ctx.osEnv("APPDATA").filter(s -> !s.isEmpty()).map(ctx::path);
      case DARWIN -> home(ctx).map(h -> ctx.path(h, "Library", "Application Support"));
      default -> ctx.osEnv("XDG_CONFIG_HOME").filter(s -> s.startsWith("/")).map(ctx::path)
          .or(() -> home(ctx).map(h -> ctx.path(h, ".config")));
    };
    List<Path> files = new ArrayList<>();
    base.ifPresent(b -> PRODUCTS.stream().map(p -> b.resolve(p).resolve("User").resolve("settings.json"))
        .filter(Files::isRegularFile).forEach(files::add));
    return files;
  }

  /** go.goroot, go.alternateTools.go and go.toolsEnvVars.GOROOT of one settings file, expanded; unreadable: none. */
  static Map<String, String> vscode(DoctorContext ctx, Path file, Path projectDir) throws IOException {
    Map<String, String> found = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return found;
    }
    Object root;
    try {
      root = Jsonc.parse(read(file));
    } catch (IllegalArgumentException e) {
      return found; // VS Code itself ignores a settings file it cannot parse
    }
    if (!(root instanceof Map<?, ?> m)) {
      return found;
    }
    put(found, "go.goroot", m.get("go.goroot"), ctx, projectDir);
    if (m.get("go.alternateTools") instanceof Map<?, ?> alt) {
      put(found, "go.alternateTools.go", alt.get("go"), ctx, projectDir);
    }
    if (m.get("go.toolsEnvVars") instanceof Map<?, ?> env) {
      put(found, "go.toolsEnvVars.GOROOT", env.get("GOROOT"), ctx, projectDir);
    }
    return found;
  }

  private static void put(Map<String, String> found, String key, Object v, DoctorContext ctx, Path projectDir) {
    if (v instanceof String s && !s.isBlank()) {
      expand(s.strip(), ctx, projectDir).ifPresent(x -> found.put(key, x));
    }
  }

  /** Resolves the variables vscode-go resolves in these settings; empty when one is left. */
  static Optional<String> expand(String s, DoctorContext ctx, Path projectDir) {
    Optional<String> home = home(ctx);
    if ((s.equals("~") || s.startsWith("~/") || s.startsWith("~\\")) && home.isPresent()) {
      s = home.get() + s.substring(1);
    }
    s = s.replace("${workspaceFolder}", projectDir.toString()).replace("${workspaceRoot}", projectDir.toString());
    if (home.isPresent()) {
      s = s.replace("${userHome}", home.get());
    }
    Matcher m = ENV_VAR.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(ctx.osEnv(m.group(1)).orElse("")));
    }
    m.appendTail(b);
    s = b.toString();
    return s.contains("${") ? Optional.empty() : Optional.of(s);
  }

  private static Setting setting(String editor, String key, String value, Path file) {
    return new Setting(editor, key, key.equals("go.alternateTools.go") ? Kind.GO_BINARY : Kind.GOROOT, value, file);
  }

  private static Optional<String> home(DoctorContext ctx) {
    return ctx.osEnv(ctx.os() == GoOs.WINDOWS ? "USERPROFILE" : "HOME").filter(s -> !s.isEmpty());
  }

  private static String xml(String s) {
    return s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static String read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] b = in.readNBytes(MAX_FILE);
      return new String(b, StandardCharsets.UTF_8);
    }
  }
}
