package dev.gomedic.mod.modfile;

/**
 * One retraction.
 *
 * @param interval the retracted versions
 * @param rationale the text of the directive's comments, or empty
 * @param syntax the line it came from
 */
public record Retract(VersionInterval interval, String rationale, Line syntax) {
  public String low() {
    return interval.low();
  }

  public String high() {
    return interval.high();
  }
}
