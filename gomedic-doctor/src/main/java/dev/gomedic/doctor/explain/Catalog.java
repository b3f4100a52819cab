package dev.gomedic.doctor.explain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of go command messages, read from the data file {@code messages.txt} beside this class (see its
 * header for the format). Load it once with {@link #load()}.
 */
public final class Catalog {
  private final List<Entry> entries;

  private Catalog(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  public Optional<Entry> entry(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** The catalog shipped with gomedic. */
  public static Catalog load() {
    try (InputStream in = Catalog.class.getResourceAsStream("messages.txt")) {
      if (in == null) {
        throw new IllegalStateException("explain: messages.txt missing from the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses catalog text; throws IllegalArgumentException naming the line of any mistake. */
  public static Catalog parse(String text) {
    List<Entry> out = new ArrayList<>();
    Builder b = null;
    int n = 0;
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[")) {
          if (b != null) {
            out.add(b.build());
          }
          int close = line.indexOf(']');
          b = new Builder(line.substring(1, close), line.substring(close + 1).strip().replaceAll("^\\(|\\)$", ""), n);
          continue;
        }
        int colon = line.indexOf(": ");
        if (b == null || colon < 0) {
          throw new IllegalArgumentException("messages.txt:" + n + ": want \"key: value\" inside an entry");
        }
        String key = line.substring(0, colon);
        String value = line.substring(colon + 2);
        switch (key) {
          case "versions" -> b.versions = value;
          case "source" -> b.source = value;
          case "pattern" -> b.patterns.add(new MessagePattern(value));
          case "meaning" -> b.meaning = value;
          case "fix" -> b.fix = value;
          case "verify" -> b.verify = value;
          case "cause" -> {
            int bar = value.indexOf(" | ");
            if (bar < 0) {
              throw new IllegalArgumentException("messages.txt:" + n + ": want \"cause: CHECK | text\"");
            }
            String check = value.substring(0, bar).strip();
            b.causes.add(new Cause(check.equals("-") ? Optional.empty() : Optional.of(check), value.substring(bar + 3)));
          }
          default -> throw new IllegalArgumentException("messages.txt:" + n + ": unknown key " + key);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (b != null) {
      out.add(b.build());
    }
    return new Catalog(out);
  }

  private static final class Builder {
    final String id;
    final String refs;
    final int line;
    String versions = "";
    String source = "";
    String meaning = "";
    String fix = "";
    String verify = "";
    final List<MessagePattern> patterns = new ArrayList<>();
    final List<Cause> causes = new ArrayList<>();

    Builder(String id, String refs, int line) {
      this.id = id;
      this.refs = refs;
      this.line = line;
    }

    Entry build() {
      if (patterns.isEmpty() || meaning.isEmpty() || causes.isEmpty()) {
        throw new IllegalArgumentException("messages.txt:" + line + ": entry " + id + " needs pattern, meaning and cause");
      }
      return new Entry(id, refs, versions, source, patterns, meaning, causes, fix, verify);
    }
  }
}
