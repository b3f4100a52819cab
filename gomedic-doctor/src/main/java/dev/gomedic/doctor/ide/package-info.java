/**
 * Which Go an editor builds with, read from its settings files: VS Code's workspace and user settings (JSONC) and
 * GoLand's project GOROOT in .idea/workspace.xml. Used by the IDE_GOROOT_MISMATCH check to explain "works in the
 * terminal, fails in the IDE".
 *
 * <pre>{@code
 * for (EditorSettings.Setting s : EditorSettings.read(ctx, projectDir)) {
 *   s.editor();   // "VS Code"
 *   s.key();      // "go.toolsEnvVars.GOROOT"
 *   s.value();    // "/opt/go1.22"
 *   s.file();     // /home/u/.config/Code/User/settings.json
 * }
 * }</pre>
 */
package dev.gomedic.doctor.ide;
