/**
 * The catalog of doctor checks, one small class per diagnosis (a few closely related ones share a file), listed in
 * display order by {@link dev.gomedic.doctor.checks.Checks#all()}. The IDs are those of issue 5 and
 * docs/doctor-checks.md and never change. Every check has a firing and a quiet scenario under
 * src/test/resources/checks/.
 *
 * <p>go.mod is read with {@code dev.gomedic.mod.modfile}, vendor/modules.txt and its consistency check come from
 * {@code dev.gomedic.mod.vendor}, Go versions are compared with {@code dev.gomedic.mod.gover}.
 */
package dev.gomedic.doctor.checks;
