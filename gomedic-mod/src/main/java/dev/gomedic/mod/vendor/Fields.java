package dev.gomedic.mod.vendor;

import java.util.ArrayList;
import java.util.List;

/** Go's strings.Fields (split at Unicode white space), keeping at most {@code max} fields. */
final class Fields {
  private Fields() {}

  static List<String> of(String s, int max) {
    List<String> f = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n && f.size() < max) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !isSpace(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        f.add(s.substring(i, j));
      }
      i = j;
    }
    return f;
  }

  static boolean isSpace(char c) {
    return switch (c) {
      case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F,
          0x3000 -> true;
      default -> c >= 0x2000 && c <= 0x200A;
    };
  }
}
