package dev.gomedic.doctor.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message with named placeholders, {@code go: cannot find GOROOT directory: {dir}}. {@code \n} and {@code \t}
 * stand for a newline and a tab. A placeholder matches at least one character on one line, as few as possible,
 * or the rest of the line when it ends the pattern. The longest literal piece is used as a cheap pre-filter, so
 * the regular expression runs only on lines that can match.
 */
public final class MessagePattern {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)\\}");

  private final String text;
  private final Pattern regex;
  private final String anchor;
  private final List<String> names;
  private final int literalLength;

  MessagePattern(String text) {
    this.text = text;
    String unescaped = text.replace("\\n", "\n").replace("\\t", "\t");
    Matcher m = PLACEHOLDER.matcher(unescaped);
    StringBuilder re = new StringBuilder();
    List<String> names = new ArrayList<>();
    String longest = "";
    int last = 0;
    while (m.find()) {
      String lit = unescaped.substring(last, m.start());
      longest = lit.length() > longest.length() ? lit : longest;
      re.append(Pattern.quote(lit));
      boolean atEnd = m.end() == unescaped.length();
      if (names.contains(m.group(1))) {
        throw new IllegalArgumentException("pattern " + text + ": placeholder {" + m.group(1) + "} used twice");
      }
      names.add(m.group(1));
      re.append("(?<").append(m.group(1)).append(">").append(atEnd ? "[^\\n]+" : "[^\\n]+?").append(")");
      last = m.end();
    }
    String tail = unescaped.substring(last);
    longest = tail.length() > longest.length() ? tail : longest;
    re.append(Pattern.quote(tail));
    if (longest.strip().length() < 4) {
      throw new IllegalArgumentException("pattern " + text + ": needs a literal part of at least 4 characters");
    }
    this.regex = Pattern.compile(re.toString());
    this.anchor = longest;
    this.names = List.copyOf(names);
    this.literalLength = PLACEHOLDER.matcher(unescaped).replaceAll("").length();
  }

  /** The pattern as written in the catalog. */
  public String text() {
    return text;
  }

  /** The longest literal piece, which every match contains. */
  public String anchor() {
    return anchor;
  }

  /** How many characters of the pattern are literal text: a measure of how specific it is. */
  public int literalLength() {
    return literalLength;
  }

  public List<String> names() {
    return names;
  }

  /** Matches anywhere in {@code block}; returns the placeholder values, or null. */
  java.util.Map<String, String> match(String block) {
    if (!block.contains(anchor)) {
      return null;
    }
    Matcher m = regex.matcher(block);
    if (!m.find()) {
      return null;
    }
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    for (String n : names) {
      values.put(n, m.group(n));
    }
    return values;
  }
}
