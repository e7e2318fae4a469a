git init -q --bare repo.git
