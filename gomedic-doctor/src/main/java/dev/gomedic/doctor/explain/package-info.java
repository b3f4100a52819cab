/**
 * gomedic explain: a catalog of go command messages and a streaming matcher.
 *
 * <p>The {@link dev.gomedic.doctor.explain.Catalog} is data ({@code messages.txt} beside these classes): each
 * {@link dev.gomedic.doctor.explain.Entry} has an ID, the Go versions that print it, its source, one or more
 * {@link dev.gomedic.doctor.explain.MessagePattern}s with named placeholders ({@code go: cannot find GOROOT
 * directory: {dir}}), its meaning, and {@link dev.gomedic.doctor.explain.Cause}s in order of likelihood, each naming
 * the doctor check that confirms or rules it out.
 *
 * <p>{@link dev.gomedic.doctor.explain.LogScanner} reads a log as a stream: it strips ANSI escapes and carriage
 * returns, joins tab-indented continuation lines to their block, cuts lines at 4096 characters and blocks at 40
 * lines, and reports each entry once (first occurrence, with a count), most specific pattern first.
 *
 * <pre>{@code
 * LogScanner.Result r = LogScanner.scan(reader, Catalog.load());
 * r.matches().get(0).entry().id();          // "MISSING_GO_SUM_ENTRY"
 * r.matches().get(0).values().get("mod");   // "golang.org/x/text@v0.3.7"
 * }</pre>
 */
package dev.gomedic.doctor.explain;
