/**
 * go.mod and go.work files: a parser that keeps every comment and the layout, a printer that produces the go
 * command's standard formatting byte for byte, the directives interpreted (strictly for a main module, leniently
 * for dependencies written by newer Go releases), and an editing API equivalent to {@code go mod edit}.
 *
 * <h2>Layers</h2>
 *
 * <ol>
 *   <li><b>Syntax.</b> {@link dev.gomedic.mod.modfile.FileSyntax} is a list of statements: a
 *       {@link dev.gomedic.mod.modfile.Line} ({@code require example.com/a v1.0.0}), a
 *       {@link dev.gomedic.mod.modfile.LineBlock} ({@code require ( ... )}) or a
 *       {@link dev.gomedic.mod.modfile.CommentBlock} (comments separated from any statement by a blank line).
 *       Every element carries {@link dev.gomedic.mod.modfile.Comments}: whole-line comments before it and
 *       end-of-line comments after it. Blank lines inside a block are kept as an empty comment. Positions count
 *       lines, runes and bytes. Tokens are split at spaces and at {@code ( ) [ ] { } ,}; {@code "..."} and
 *       {@code `...`} are single tokens; only {@code //} comments exist.
 *   <li><b>Printing.</b> {@link dev.gomedic.mod.modfile.SyntaxPrinter#format} writes one blank line between
 *       statements, a tab before each line of a block, one space between tokens (none just inside brackets or
 *       before a comma) and one before an end-of-line comment, and trims comments.
 *   <li><b>Directives.</b> {@link dev.gomedic.mod.modfile.ModFile#parse} reads module (with a
 *       {@code // Deprecated:} paragraph), go, toolchain, godebug, require (with {@code // indirect}), exclude,
 *       replace, retract (a version or {@code [low, high]}, with its comments as rationale), tool and ignore.
 *       Reading also normalises tokens: versions become canonical ({@code v1.2} is {@code v1.2.0}) and strings
 *       are quoted only when they must be. {@link dev.gomedic.mod.modfile.ModFile#parseLax} reads only module,
 *       go, require, retract and ignore, and ignores everything else. {@link dev.gomedic.mod.modfile.WorkFile}
 *       reads go, toolchain, godebug, use and replace.
 *   <li><b>Edits.</b> {@code setModule}, {@code setGo}/{@code dropGo}, {@code setToolchain}, {@code addGodebug},
 *       {@code addRequire}, {@code setRequire}, {@code setRequireSeparateIndirect}, {@code addExclude},
 *       {@code addReplace}, {@code addRetract}, {@code addTool}, {@code addIgnore} and their {@code drop}s change
 *       only the lines they must, in the go command's places: a new require goes into the last require block
 *       (a lone require line becomes a block); a new exclude or replace goes after the last line for the same
 *       module, else at the end of the file; go goes after module; toolchain after go. Drops mark lines;
 *       {@link dev.gomedic.mod.modfile.ModFile#cleanup()} removes them, drops empty blocks and turns one-line
 *       blocks back into lines. {@link dev.gomedic.mod.modfile.ModFile#sortBlocks()} removes duplicate
 *       exclude/replace/tool/ignore lines and sorts blocks (retractions newest first).
 * </ol>
 *
 * <h2>Errors</h2>
 *
 * A file that cannot be read throws {@link dev.gomedic.mod.modfile.ModFileException} listing every
 * {@link dev.gomedic.mod.modfile.Problem} (a syntax error stops at the first) with file, line, column and the
 * go command's words: {@code go.mod:3:2: require example.com/a: version "v1.2.x" invalid: must be of the form
 * v1.2.3}. Files over 64 MiB are refused before parsing.
 *
 * <h2>Example</h2>
 *
 * <pre>{@code
 * byte[] text = """
 *     module example.com/m
 *     go 1.21
 *     require (
 *         golang.org/x/text v0.3.0 // indirect
 *     )
 *     """.getBytes(UTF_8);
 * ModFile f = ModFile.parse("go.mod", text);
 * f.requires().get(0).indirect();              // true
 * f.addRequire("example.com/a", "v1.2.3");     // joins the require block
 * f.dropRequire("golang.org/x/text");
 * f.setToolchain("go1.21.4");                  // a new line after "go 1.21"
 * f.cleanup();                                 // the block, now one line, becomes a line
 * f.format();
 * // module example.com/m
 * //
 * // go 1.21
 * //
 * // toolchain go1.21.4
 * //
 * // require example.com/a v1.2.3
 * }</pre>
 *
 * <p>Formatting follows the go command of Go 1.19 wherever newer x/mod releases changed it for files Go 1.19
 * accepts (a one-line block with comments before its {@code )} collapses into a line), so that
 * {@code gomedic mod fmt} and {@code go mod edit -fmt} agree byte for byte.
 */
package dev.gomedic.mod.modfile;
