# gomedic completion for PowerShell. Load it with (for instance in $PROFILE):
#   gomedic completion powershell | Out-String | Invoke-Expression
# Each Tab asks gomedic for the candidates (gomedic __complete WORD...); when it has none, PowerShell completes
# file names. The word being completed is passed last, as '' when it is empty.
Register-ArgumentCompleter -Native -CommandName gomedic, gomedic.cmd -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)
    $words = @($commandAst.CommandElements |
        Where-Object { $_.Extent.EndOffset -lt $cursorPosition -or ($_.Extent.EndOffset -eq $cursorPosition -and $wordToComplete -ne '') } |
        ForEach-Object { $_.ToString() })
    $rest = @($words | Select-Object -Skip 1)
    if ($wordToComplete -eq '') { $rest += "''" }
    & $words[0] __complete @rest 2>$null | ForEach-Object {
        [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
    }
}
