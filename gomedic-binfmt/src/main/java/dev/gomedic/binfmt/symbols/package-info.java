/**
 * Looking up one named symbol in a binary's symbol table, for the few values Go's linker writes into named
 * variables (such as the runtime's {@code defaultGOROOT}).
 *
 * <p>Only the static symbol tables are read: ELF {@code .symtab} (with its linked string table) and Mach-O
 * {@code LC_SYMTAB}. PE/COFF symbol tables are not read; stripped binaries have none at all. Every table is
 * bounded by {@link dev.gomedic.binfmt.BinaryInput#MAX_READ}; a larger one is treated as absent.
 *
 * <pre>{@code
 * Symbols.Lookup l = Symbols.find(input, image, "runtime.defaultGOROOT");
 * }</pre>
 */
package dev.gomedic.binfmt.symbols;
