# gomedic completion for fish. Install it with:
#   gomedic completion fish > ~/.config/fish/completions/gomedic.fish
# Each Tab asks the gomedic being typed for the candidates (gomedic __complete WORD...); when it has none,
# fish completes file names.
function __gomedic_complete
    set -l words (commandline -opc)
    set -l current (commandline -ct)
    set -l candidates (command $words[1] __complete $words[2..-1] "$current" 2>/dev/null)
    if test (count $candidates) -eq 0
        __fish_complete_path "$current"
    else
        printf '%s\n' $candidates
    end
end
complete -c gomedic -f -a '(__gomedic_complete)'
complete -c ./gomedic -f -a '(__gomedic_complete)'
