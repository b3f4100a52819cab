package dev.gomedic.doctor.checks;

import dev.gomedic.doctor.DoctorContext;
import dev.gomedic.doctor.EnvValue;
import dev.gomedic.doctor.Evidence;
import dev.gomedic.doctor.Finding;
import dev.gomedic.doctor.Fix;
import dev.gomedic.doctor.Group;
import dev.gomedic.doctor.Severity;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A check about one go env variable: fires when {@code bad} holds for its effective value, with a fixed
 * explanation; the fix removes the variable where it was set.
 */
final class EnvCheck extends BaseCheck {
  private final String var;
  private final Predicate<String> bad;
  private final BiFunction<DoctorContext, EnvValue, String> detail;

  EnvCheck(String id, Severity s, Group g, String title, String var, Predicate<String> bad,
      BiFunction<DoctorContext, EnvValue, String> detail, String... explains) {
    super(id, s, g, title, explains);
    this.var = var;
    this.bad = bad;
    this.detail = detail;
  }

  @Override
  public List<Finding> run(DoctorContext ctx) {
    EnvValue v = ctx.goEnv(var);
    if (!bad.test(v.value())) {
      return List.of();
    }
    return List.of(finding(detail.apply(ctx, v), List.of(v.evidence()),
        List.of(GoPaths.unset(v, "remove " + var + " (" + v.describeSource() + ")"))));
  }

  static Evidence ev(EnvValue v) {
    return v.evidence();
  }

  static Fix unset(EnvValue v) {
    return GoPaths.unset(v, "remove " + v.name());
  }
}
