/**
 * gomedic doctor: checks that find why go fails on a machine and in a project, and say how to fix it.
 *
 * <p>A {@link dev.gomedic.doctor.Check} has a stable ID (GOROOT_INVALID), a {@link dev.gomedic.doctor.Severity},
 * a {@link dev.gomedic.doctor.Group} and a title, and turns a {@link dev.gomedic.doctor.DoctorContext} into
 * {@link dev.gomedic.doctor.Finding}s: the mechanism in two or three sentences, the
 * {@link dev.gomedic.doctor.Evidence} (values with their provenance) and {@link dev.gomedic.doctor.Fix}es with the
 * exact command for each {@link dev.gomedic.doctor.Shell}. A check names the IDs it {@code explains()}: when both
 * fire, the {@link dev.gomedic.doctor.Report} puts the root cause first.
 *
 * <p>{@link dev.gomedic.doctor.Doctor#run} runs checks in parallel on daemon threads with a time limit each; a
 * check that throws or overruns is an {@link dev.gomedic.doctor.Outcome.Broken}, shown, never dropped. Checks read
 * files only through the context's paths and never run programs, so tests use Jimfs and a map of variables.
 * {@link dev.gomedic.doctor.HostContext} is the context of a {@code dev.gomedic.host.Host}: installs from
 * {@code dev.gomedic.discovery.Discovery}, the effective go env from {@code dev.gomedic.goenv.Resolver}.
 *
 * <pre>{@code
 * DoctorContext ctx = HostContext.of(env, Path.of("/home/u/p"), GoOs.LINUX, "amd64", Optional.empty());
 * Report r = Doctor.run(ctx, Checks.all(), Set.of(), Duration.ofSeconds(5));
 * for (Finding f : r.findings()) {            // root causes first
 *   f.id();                                   // "GOROOT_INVALID"
 *   f.fixes().get(0).command(Shell.FISH);     // "set -e GOROOT; set -Ue GOROOT"
 * }
 * }</pre>
 */
package dev.gomedic.doctor;
