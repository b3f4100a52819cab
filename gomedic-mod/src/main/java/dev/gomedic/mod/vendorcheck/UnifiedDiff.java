package dev.gomedic.mod.vendorcheck;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff (three lines of context, {@code diff -u}'s hunk headers) between two versions of a file, or
 * {@code Binary files A and B differ} when either holds a NUL byte. Files whose line counts multiply past
 * {@link #MAX_CELLS} are shown as one hunk replacing everything.
 */
public final class UnifiedDiff {
  /** The largest table of the line-matching (old lines × new lines) computed. */
  public static final long MAX_CELLS = 16_000_000L;
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /**
   * The diff from {@code a} (named {@code aName}; null for a file that does not exist, shown as /dev/null) to
   * {@code b}; "" when they are equal.
   */
  public static String of(String aName, byte[] a, String bName, byte[] b) {
    if (a != null && b != null && java.util.Arrays.equals(a, b)) {
      return "";
    }
    String from = a == null ? "/dev/null" : aName;
    String to = b == null ? "/dev/null" : bName;
    if (binary(a) || binary(b)) {
      return "Binary files " + from + " and " + to + " differ\n";
    }
    List<String> x = lines(a);
    List<String> y = lines(b);
    List<int[]> ops = script(x, y);
    StringBuilder out = new StringBuilder("--- ").append(from).append("\n+++ ").append(to).append('\n');
    int i = 0;
    while (i < ops.size()) {
      while (i < ops.size() && ops.get(i)[0] == 0) {
        i++;
      }
      if (i >= ops.size()) {
        break;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < ops.size()) {
        if (ops.get(end)[0] != 0) {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      end = Math.min(ops.size(), lastChange + CONTEXT + 1);
      hunk(out, ops.subList(start, end), x, y);
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<int[]> ops, List<String> x, List<String> y) {
    int aStart = -1;
    int bStart = -1;
    int aLen = 0;
    int bLen = 0;
    StringBuilder body = new StringBuilder();
    for (int[] op : ops) {
      if (aStart < 0) {
        aStart = op[1];
        bStart = op[2];
      }
      if (op[0] == 0) {
        line(body, ' ', x.get(op[1]));
        aLen++;
        bLen++;
      } else if (op[0] < 0) {
        line(body, '-', x.get(op[1]));
        aLen++;
      } else {
        line(body, '+', y.get(op[2]));
        bLen++;
      }
    }
    out.append("@@ -").append(range(aStart, aLen)).append(" +").append(range(bStart, bLen)).append(" @@\n")
        .append(body);
  }

  private static String range(int start, int len) {
    int first = len == 0 ? start : start + 1;
    return len == 1 ? String.valueOf(first) : first + "," + len;
  }

  private static void line(StringBuilder b, char tag, String text) {
    b.append(tag);
    if (text.endsWith("\n")) {
      b.append(text);
    } else {
      b.append(text).append("\n\\ No newline at end of file\n");
    }
  }

  /** Edit script: {op, index in x, index in y}, op 0 keep, -1 delete, +1 insert; indexes as of that point. */
  private static List<int[]> script(List<String> x, List<String> y) {
    int n = x.size();
    int m = y.size();
    List<int[]> ops = new ArrayList<>();
    if ((long) n * m > MAX_CELLS) {
      for (int i = 0; i < n; i++) {
        ops.add(new int[] {-1, i, 0});
      }
      for (int j = 0; j < m; j++) {
        ops.add(new int[] {1, n, j});
      }
      return ops;
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = x.get(i).equals(y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && x.get(i).equals(y.get(j))) {
        ops.add(new int[] {0, i++, j++});
      } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
        ops.add(new int[] {1, i, j++});
      } else {
        ops.add(new int[] {-1, i++, j});
      }
    }
    // deletions before insertions within a change, as diff -u prints them
    for (int k = 1; k < ops.size(); k++) {
      for (int l = k; l > 0 && ops.get(l)[0] == -1 && ops.get(l - 1)[0] == 1; l--) {
        int[] del = ops.get(l);
        int[] ins = ops.get(l - 1);
        ops.set(l - 1, new int[] {-1, del[1], ins[2]});
        ops.set(l, new int[] {1, del[1] + 1, ins[2]});
      }
    }
    return ops;
  }

  private static List<String> lines(byte[] data) {
    List<String> out = new ArrayList<>();
    if (data == null) {
      return out;
    }
    String s = new String(data, StandardCharsets.UTF_8);
    int at = 0;
    while (at < s.length()) {
      int nl = s.indexOf('\n', at);
      int end = nl < 0 ? s.length() : nl + 1;
      out.add(s.substring(at, end));
      at = end;
    }
    return out;
  }

  private static boolean binary(byte[] data) {
    if (data == null) {
      return false;
    }
    for (int i = 0; i < Math.min(data.length, 8000); i++) {
      if (data[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
