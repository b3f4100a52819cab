# gomedic completion for bash. Load it with: source <(gomedic completion bash)
# Each Tab asks the gomedic being typed for the candidates (gomedic __complete WORD...); when it has none,
# bash completes file names.
_gomedic_complete() {
  local IFS=$'\n'
  local cmd=${COMP_WORDS[0]}
  COMPREPLY=($(command "${cmd/#\~/$HOME}" __complete "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null))
}
complete -o default -o bashdefault -F _gomedic_complete gomedic ./gomedic
