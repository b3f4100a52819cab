#compdef gomedic
# gomedic completion for zsh. Load it with: source <(gomedic completion zsh)   (after compinit)
# Each Tab asks the gomedic being typed for the candidates (gomedic __complete WORD...); when it has none,
# zsh completes file names.
_gomedic() {
  local -a candidates
  candidates=("${(@f)$(command ${~words[1]} __complete "${(@)words[2,CURRENT]}" 2>/dev/null)}")
  candidates=(${candidates:#})
  if (( ${#candidates} )); then
    compadd -- "${candidates[@]}"
  else
    _files
  fi
}
if (( $+functions[compdef] )); then
  compdef _gomedic gomedic ./gomedic
else
  print -u2 "gomedic: run 'autoload -Uz compinit && compinit' before loading the completion"
fi
