# bash completion for holymigrate. Installed by `cmake --install` into
# share/bash-completion/completions/holymigrate (bash-completion loads it on
# first use). The ctest `man-and-completions` checks that every long option
# of `holymigrate --help` is listed here.

_holymigrate_rule_ids() {
  holymigrate rules list 2>/dev/null | while read -r id _; do printf '%s\n' "$id"; done
}

_holymigrate() {
  local cur prev words cword
  if declare -F _init_completion >/dev/null; then
    _init_completion || return
  else
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD - 1]}
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
  fi

  # Subcommands: the first word that is not an option.
  local i sub=
  for ((i = 1; i < cword; i++)); do
    case ${words[i]} in
      rules | merge-reports | help)
        sub=${words[i]}
        break
        ;;
    esac
  done
  case $sub in
    rules)
      local j action=
      for ((j = i + 1; j < cword; j++)); do
        case ${words[j]} in list | test | explain) action=${words[j]} ;; esac
      done
      case $action in
        '') mapfile -t COMPREPLY < <(compgen -W 'list test explain --help' -- "$cur") ;;
        explain) mapfile -t COMPREPLY < <(compgen -W "$(_holymigrate_rule_ids)" -- "$cur") ;;
        test) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
        list) mapfile -t COMPREPLY < <(compgen -W '--format' -- "$cur") ;;
      esac
      return
      ;;
    merge-reports)
      mapfile -t COMPREPLY < <(compgen -f -X '!*.json' -- "$cur")
      mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -d -- "$cur")
      return
      ;;
    help)
      mapfile -t COMPREPLY < <(compgen -W 'rules' -- "$cur")
      return
      ;;
  esac

  case $prev in
    --format)
      mapfile -t COMPREPLY < <(compgen -W 'text json sarif github' -- "$cur")
      return
      ;;
    --color)
      mapfile -t COMPREPLY < <(compgen -W 'auto always never' -- "$cur")
      return
      ;;
    --fail-on)
      mapfile -t COMPREPLY < <(compgen -W 'warning error none' -- "$cur")
      return
      ;;
    --only | --skip)
      mapfile -t COMPREPLY < <(compgen -W "$(_holymigrate_rule_ids)" -- "$cur")
      return
      ;;
    --patch | --output | --baseline | --config | --rules)
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      return
      ;;
    --branch | -m | --message | --include | --exclude | --also | -j | --threads | --shard | \
      --max-filesize | --to | --key-env | --base-env | --anthropic-base-env)
      return  # a value of the user's own
      ;;
  esac

  if [[ $cur == -* ]]; then
    local opts='--help --version --check --write --interactive --commit --branch --message
      --allow-dirty --break-hardlinks --patch --format --output --baseline --fail-on --color
      --threads --shard --include --exclude --also --no-ignore --max-filesize --rules
      --no-default-rules --only --skip --stat --quiet --to --key-env --base-env
      --anthropic-base-env --config --no-config -h -w -i -m -j -q'
    mapfile -t COMPREPLY < <(compgen -W "$opts" -- "$cur")
    return
  fi
  mapfile -t COMPREPLY < <(compgen -W 'rules merge-reports help' -- "$cur")
  mapfile -t -O "${#COMPREPLY[@]}" COMPREPLY < <(compgen -f -- "$cur")
}

complete -o filenames -F _holymigrate holymigrate
