# fish completion for holymigrate. Installed by `cmake --install` into
# share/fish/vendor_completions.d/holymigrate.fish. The ctest
# `man-and-completions` checks that every long option of `holymigrate --help`
# is listed here.

function __holymigrate_rule_ids
    holymigrate rules list 2>/dev/null | string replace -r ' .*' ''
end

set -l subcommands rules merge-reports help
complete -c holymigrate -n "not __fish_seen_subcommand_from $subcommands" -a rules -d 'list, test and explain rules'
complete -c holymigrate -n "not __fish_seen_subcommand_from $subcommands" -a merge-reports -d 'merge the JSON reports of --shard jobs'
complete -c holymigrate -n "not __fish_seen_subcommand_from $subcommands" -a help -d 'print the help'
complete -c holymigrate -n "__fish_seen_subcommand_from rules; and not __fish_seen_subcommand_from list test explain" -f -a 'list test explain'
complete -c holymigrate -n "__fish_seen_subcommand_from explain" -f -a '(__holymigrate_rule_ids)'

complete -c holymigrate -s h -l help -d 'print the help and exit'
complete -c holymigrate -l version -d 'print the version and exit'
complete -c holymigrate -l check -d 'CI mode: write nothing, exit 1 if anything is pending'
complete -c holymigrate -s w -l write -d 'apply the edits in place'
complete -c holymigrate -s i -l interactive -d 'ask hunk by hunk, write what was accepted'
complete -c holymigrate -l commit -d 'apply the edits and commit them'
complete -c holymigrate -l branch -x -d 'with --commit: create and check out this branch'
complete -c holymigrate -s m -l message -x -d "with --commit: the commit message's first line"
complete -c holymigrate -l allow-dirty -d 'with --commit: edit files with uncommitted changes'
complete -c holymigrate -l break-hardlinks -d 'write a hard-linked file under this name only'
complete -c holymigrate -l patch -r -F -d 'also write the plain unified diff to FILE'
complete -c holymigrate -l format -x -a 'text json sarif github' -d 'output format'
complete -c holymigrate -l output -r -F -d 'write the chosen format to FILE'
complete -c holymigrate -l baseline -r -F -d 'hide the findings an earlier report holds'
complete -c holymigrate -l fail-on -x -a 'warning error none' -d 'with --check: findings that fail the run'
complete -c holymigrate -l color -x -a 'auto always never' -d 'colour the diff'
complete -c holymigrate -s j -l threads -x -d 'worker threads'
complete -c holymigrate -l shard -x -d 'migrate only shard K of N'
complete -c holymigrate -l include -x -d 'only read files matching GLOB'
complete -c holymigrate -l exclude -x -d 'skip files matching GLOB'
complete -c holymigrate -l also -x -d 'also read default-excluded files matching GLOB'
complete -c holymigrate -l no-ignore -d 'do not honour .gitignore'
complete -c holymigrate -l max-filesize -x -d 'skip files larger than SIZE'
complete -c holymigrate -l rules -r -F -d 'extra rule file or folder'
complete -c holymigrate -l no-default-rules -d 'do not load the built-in rules'
complete -c holymigrate -l only -x -a '(__holymigrate_rule_ids)' -d 'run only this rule'
complete -c holymigrate -l skip -x -a '(__holymigrate_rule_ids)' -d 'skip this rule'
complete -c holymigrate -l stat -d 'one line per file with its edit count'
complete -c holymigrate -s q -l quiet -d 'print only findings and errors'
complete -c holymigrate -l to -x -d 'target base URL'
complete -c holymigrate -l key-env -x -d 'target key variable'
complete -c holymigrate -l base-env -x -d 'target base-URL variable'
complete -c holymigrate -l anthropic-base-env -x -d 'target base-URL variable of Anthropic clients'
complete -c holymigrate -l config -r -F -d 'use this config file'
complete -c holymigrate -l no-config -d 'ignore .holymigrate.toml files'
