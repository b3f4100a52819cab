/**
 * Downloads over HTTP(S) with the JDK's {@link java.net.http.HttpClient}: resumable ({@code Range}), retried,
 * with a connect timeout and a stall timeout (no bytes for that long aborts the attempt), reporting progress to
 * a {@link dev.gomedic.toolchain.fetch.ProgressListener}. Nothing here decides whether bytes are trustworthy:
 * the caller verifies them before use.
 */
package dev.gomedic.toolchain.fetch;
