package dev.gomedic.mod.modfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The comments attached to one piece of syntax: whole-line comments before it, end-of-line comments after it
 * and, for top-level statements, whole-line comments after it. The lists are live and may be edited. (They
 * are made on first use: most lines of a large file have no comments.)
 */
public final class Comments {
  private List<Comment> before;
  private List<Comment> suffix;
  private List<Comment> after;

  public List<Comment> before() {
    if (before == null) {
      before = new ArrayList<>(2);
    }
    return before;
  }

  public List<Comment> suffix() {
    if (suffix == null) {
      suffix = new ArrayList<>(1);
    }
    return suffix;
  }

  public List<Comment> after() {
    if (after == null) {
      after = new ArrayList<>(1);
    }
    return after;
  }

  /** The comments before, without making a list when there are none. */
  List<Comment> peekBefore() {
    return before == null ? List.of() : before;
  }

  List<Comment> peekSuffix() {
    return suffix == null ? List.of() : suffix;
  }

  List<Comment> peekAfter() {
    return after == null ? List.of() : after;
  }

  void setBefore(List<Comment> list) {
    before = list.isEmpty() ? null : new ArrayList<>(list);
  }

  void setSuffix(List<Comment> list) {
    suffix = list.isEmpty() ? null : new ArrayList<>(list);
  }

  void setAfter(List<Comment> list) {
    after = list.isEmpty() ? null : new ArrayList<>(list);
  }

  static List<Comment> concat(List<Comment> a, List<Comment> b) {
    List<Comment> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
