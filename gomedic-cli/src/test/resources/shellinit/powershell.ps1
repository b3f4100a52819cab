# gomedic shell hook: puts the selected Go release first on PATH (no JVM per prompt).
function global:_GomedicHook {
  $v = $env:GOMEDIC_GO_VERSION
  $h = if ($env:GOMEDIC_HOME) { $env:GOMEDIC_HOME } else { Join-Path $HOME '.gomedic' }
  $d = (Get-Location).ProviderPath
  while (-not $v -and $d) {
    $f = Join-Path $d '.go-version'
    if (Test-Path -LiteralPath $f -PathType Leaf) { $v = (Get-Content -LiteralPath $f -TotalCount 1); break }
    $d = Split-Path -Parent $d
  }
  $def = Join-Path $h 'default'
  if (-not $v -and (Test-Path -LiteralPath $def)) { $v = (Get-Content -LiteralPath $def -TotalCount 1) }
  $v = "$v".Trim() -replace '^go', ''
  if ($v -match '^1\.([0-9]|1[0-9]|20)\.0$') { $v = $v -replace '\.0$', '' }
  if ($v -match '^1\.(2[1-9]|[3-9][0-9])$') { $v = "$v.0" }
  $sep = [IO.Path]::PathSeparator
  $parts = $env:PATH -split [regex]::Escape($sep) | Where-Object { $_ -and $_ -ne $global:_GomedicBin }
  $global:_GomedicBin = $null
  $bin = Join-Path (Join-Path (Join-Path $h 'toolchains') "go$v") 'bin'
  if ($v -and (Test-Path -LiteralPath $bin)) { $global:_GomedicBin = $bin; $parts = @($bin) + $parts }
  $env:PATH = $parts -join $sep
}
$global:_GomedicPrompt = $function:prompt
function global:prompt { _GomedicHook; & $global:_GomedicPrompt }
_GomedicHook
