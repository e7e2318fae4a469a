mkdir -p tree outside/dir
printf 'OPENAI_API_KEY\n' > outside/target.env
printf 'OPENAI_API_KEY\n' > outside/dir/inner.env
ln -s ../outside/target.env tree/link-to-file.env
ln -s ../outside/dir tree/link-to-dir
printf 'GIF89a\0\0OPENAI_API_KEY\n' > tree/image.gif
printf 'OPENAI_API_KEY\n' > tree/real.env
