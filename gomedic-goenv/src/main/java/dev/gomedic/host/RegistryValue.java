package dev.gomedic.host;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registry string value as stored: its data and whether it is {@code REG_EXPAND_SZ} (Windows expands
 * {@code %NAME%} references in it when it builds a new process's environment) or {@code REG_SZ} (taken
 * literally).
 */
public record RegistryValue(String data, boolean expandable) {
  private static final Pattern VAR = Pattern.compile("%([^%;=]+)%");

  /**
   * The value as a new process sees it: for {@code REG_EXPAND_SZ}, each {@code %NAME%} whose variable is set is
   * replaced (names match case-insensitively when {@code env} does); unknown references stay as written, as
   * {@code ExpandEnvironmentStrings} leaves them. {@code REG_SZ} data is returned unchanged.
   */
  public String expand(Function<String, Optional<String>> env) {
    if (!expandable) {
      return data;
    }
    Matcher m = VAR.matcher(data);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(env.apply(m.group(1)).orElse(m.group())));
    }
    return m.appendTail(b).toString();
  }
}
