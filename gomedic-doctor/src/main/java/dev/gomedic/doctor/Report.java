package dev.gomedic.doctor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of a doctor run: one outcome per check, in the catalog's order, and the findings ordered so that a
 * root cause comes before what it explains.
 */
public record Report(List<Outcome> outcomes) {
  public Report {
    outcomes = List.copyOf(outcomes);
  }

  /**
   * Every finding, root causes first: a finding whose check explains another fired finding goes before it;
   * otherwise errors before warnings before infos, then catalog order.
   */
  public List<Finding> findings() {
    List<Finding> all = new ArrayList<>();
    Map<String, Check> checkOf = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      if (o instanceof Outcome.Fired f) {
        all.addAll(f.findings());
        checkOf.put(o.check().id(), o.check());
      }
    }
    Set<String> fired = new HashSet<>(checkOf.keySet());
    List<Finding> roots = new ArrayList<>();
    List<Finding> rest = new ArrayList<>();
    for (Finding f : all) {
      boolean explainsOther = checkOf.get(f.id()).explains().stream().anyMatch(fired::contains);
      (explainsOther ? roots : rest).add(f);
    }
    Comparator<Finding> bySeverity = Comparator.comparing(Finding::severity);
    roots.sort(bySeverity);
    rest.sort(bySeverity);
    roots.addAll(rest);
    return roots;
  }

  /** The IDs of fired findings that {@code f} is explained by (its root causes), in catalog order. */
  public List<String> explainedBy(Finding f) {
    List<String> by = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (o instanceof Outcome.Fired && o.check().explains().contains(f.id())) {
        by.add(o.check().id());
      }
    }
    return by;
  }

  public List<Outcome.Broken> broken() {
    return outcomes.stream().filter(Outcome.Broken.class::isInstance).map(Outcome.Broken.class::cast).toList();
  }

  public long count(Severity s) {
    return findings().stream().filter(f -> f.severity() == s).count();
  }

  public int passed() {
    return (int) outcomes.stream().filter(Outcome.Passed.class::isInstance).count();
  }

  /** Whether anything at or above {@code threshold} was found, or a check failed. */
  public boolean failsAt(Severity threshold) {
    return !broken().isEmpty() || findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
