package dev.gomedic.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A txtar archive, the Go project's text format for file trees in tests: a comment, then files, each introduced
 * by a line {@code -- NAME --}. Parsing never fails: text that is not a marker belongs to the previous file.
 *
 * @param comment the text before the first marker
 * @param files the files in order
 */
public record Txtar(String comment, List<File> files) {

  /** One file of an archive. */
  public record File(String name, String data) {}

  public Txtar {
    files = List.copyOf(files);
  }

  public static Txtar parse(String text) {
    List<File> files = new ArrayList<>();
    int pos = 0;
    String name = null;
    int dataStart = 0;
    String comment = null;
    while (pos <= text.length()) {
      int eol = text.indexOf('\n', pos);
      int lineEnd = eol < 0 ? text.length() : eol;
      String line = text.substring(pos, lineEnd);
      String marker = markerName(line);
      if (marker != null) {
        String before = text.substring(dataStart, pos);
        if (name == null) {
          comment = before;
        } else {
          files.add(new File(name, before));
        }
        name = marker;
        dataStart = eol < 0 ? text.length() : eol + 1;
      }
      if (eol < 0) {
        break;
      }
      pos = eol + 1;
    }
    String rest = text.substring(Math.min(dataStart, text.length()));
    if (name == null) {
      comment = rest;
    } else {
      files.add(new File(name, fixNewline(rest)));
    }
    return new Txtar(comment == null ? "" : comment, files);
  }

  public static Txtar read(Path path) throws IOException {
    return parse(new String(Files.readAllBytes(path), StandardCharsets.UTF_8));
  }

  /** The data of the first file with this name, or null. */
  public String file(String name) {
    for (File f : files) {
      if (f.name().equals(name)) {
        return f.data();
      }
    }
    return null;
  }

  /** Writes every file below {@code dir}, creating directories as needed. */
  public void extractTo(Path dir) throws IOException {
    for (File f : files) {
      Path target = dir.resolve(f.name()).normalize();
      if (!target.startsWith(dir)) {
        throw new IOException("txtar entry escapes the target directory: " + f.name());
      }
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.data(), StandardCharsets.UTF_8);
    }
  }

  private static String markerName(String line) {
    if (line.startsWith("-- ") && line.endsWith(" --") && line.length() >= 7) {
      String name = line.substring(3, line.length() - 3).trim();
      return name.isEmpty() ? null : name;
    }
    return null;
  }

  private static String fixNewline(String data) {
    return data.isEmpty() || data.endsWith("\n") ? data : data + "\n";
  }
}
