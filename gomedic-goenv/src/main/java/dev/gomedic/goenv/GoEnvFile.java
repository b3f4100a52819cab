package dev.gomedic.goenv;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A go env file ({@code go env -w}'s file, or {@code $GOROOT/go.env}) read as the go command reads it: lines
 * split at {@code \n} only (a {@code \r} stays in the value), a line counts only if it starts with an ASCII
 * upper-case letter and contains {@code =}; the key is everything before the first {@code =} (spaces
 * included), the value everything after (quotes included); a later line wins.
 *
 * @param path the file, for messages and provenance
 * @param values the key/value pairs the go command sees
 * @param problems lines the go command silently ignores or misreads, one per line
 */
record GoEnvFile(String path, Map<String, String> values, List<EnvProblem> problems) {
  /** Files larger than this are read only up to it (the go command reads all; no real file comes close). */
  static final int MAX_BYTES = 1 << 20;

  static GoEnvFile parse(String path, byte[] data, GoVersion version) {
    Map<String, String> values = new LinkedHashMap<>();
    List<EnvProblem> problems = new ArrayList<>();
    int lineNo = 0;
    int start = 0;
    int n = Math.min(data.length, MAX_BYTES);
    while (start < n) {
      int end = start;
      while (end < n && data[end] != '\n') {
        end++;
      }
      lineNo++;
      String where = path + ":" + lineNo;
      String line = decode(data, start, end);
      start = end + 1;
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.indexOf('=');
      char c0 = line.charAt(0);
      if (eq < 0 || c0 < 'A' || c0 > 'Z') {
        if (c0 != '#') {
          problems.add(new EnvProblem(EnvProblem.Kind.ENV_FILE_LINE, where,
              where + ": ignored: " + (eq < 0 ? "no '='" : "does not start with an upper-case letter")));
        }
        continue;
      }
      String key = line.substring(0, eq);
      String value = line.substring(eq + 1);
      if (!key.chars().allMatch(ch -> ch == '_' || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'))) {
        problems.add(new EnvProblem(EnvProblem.Kind.ENV_FILE_LINE, where,
            where + ": key \"" + key + "\" is not a variable name; the go command never reads it"));
      } else if (!VersionRules.known(version, key)) {
        problems.add(new EnvProblem(EnvProblem.Kind.ENV_FILE_LINE, where,
            where + ": unknown go command variable " + key + " (ignored)"));
      }
      if (value.endsWith("\r")) {
        problems.add(new EnvProblem(EnvProblem.Kind.ENV_FILE_LINE, where,
            where + ": " + key + " ends in a carriage return, which becomes part of the value"));
      }
      if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
        problems.add(new EnvProblem(EnvProblem.Kind.ENV_FILE_LINE, where,
            where + ": " + key + " value starts with a quote; the quotes are part of the value"));
      }
      if (values.containsKey(key)) {
        problems.add(new EnvProblem(EnvProblem.Kind.ENV_FILE_LINE, where,
            where + ": " + key + " is set again; this later line wins"));
      }
      values.put(key, value);
    }
    return new GoEnvFile(path, values, problems);
  }

  /** Decodes UTF-8; invalid bytes become U+FFFD so that a bad value is visible, never fatal. */
  private static String decode(byte[] data, int from, int to) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(data, from, to - from, StandardCharsets.UTF_8);
    }
  }

  static boolean validUtf8(byte[] data) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
