package dev.gomedic.mod.modfile;

import java.util.ArrayList;
import java.util.List;

/**
 * The comments attached to one piece of syntax: whole-line comments before it, end-of-line comments after it
 * and, for top-level statements, whole-line comments after it. The lists are live and may be edited.
 */
public final class Comments {
  private List<Comment> before = new ArrayList<>();
  private List<Comment> suffix = new ArrayList<>();
  private List<Comment> after = new ArrayList<>();

  public List<Comment> before() {
    return before;
  }

  public List<Comment> suffix() {
    return suffix;
  }

  public List<Comment> after() {
    return after;
  }

  void setBefore(List<Comment> list) {
    before = new ArrayList<>(list);
  }

  void setSuffix(List<Comment> list) {
    suffix = new ArrayList<>(list);
  }

  void setAfter(List<Comment> list) {
    after = new ArrayList<>(list);
  }

  static List<Comment> concat(List<Comment> a, List<Comment> b) {
    List<Comment> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }
}
