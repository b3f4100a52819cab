/**
 * The host model: what gomedic may know about the machine it diagnoses, behind the {@link
 * dev.gomedic.host.Host} interface. Environment variables, the file system (with symlinks), the working
 * directory, the OS family ({@link dev.gomedic.host.GoOs}) and architecture, PATH splitting and lookup by the
 * OS's rules ({@link dev.gomedic.host.SearchPath}), the user's home, config and cache directories as Go's
 * {@code os} package defines them, and on Windows the registry's PATH values ({@link
 * dev.gomedic.host.WindowsRegistry}).
 *
 * <p>Production code uses {@link dev.gomedic.host.Host#real}, built once by the CLI from the process
 * environment and the default file system. Tests build simulated Linux, macOS and Windows hosts with {@link
 * dev.gomedic.host.Host#builder} over an in-memory file system (Jimfs). Nothing in this package reads the JVM's
 * environment or properties.
 *
 * <p>Example: on a simulated Windows host with {@code Path="C:\Go\bin";C:\tools} and no PATHEXT, {@code
 * lookPath("go")} tries {@code C:\Go\bin\go.com}, {@code go.exe}, {@code go.bat}, {@code go.cmd}, then the
 * same in {@code C:\tools}; the quotes group the first entry and are removed, as Go's {@code
 * filepath.SplitList} does.
 */
package dev.gomedic.host;
