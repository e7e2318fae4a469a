# docs/behaviour.md §4.6: Nuxt binds NUXT_PUBLIC_OPENAI_API_KEY to
# runtimeConfig.public.openai.apiKey; the name cannot move, so it is kept.
grep -qx 'NUXT_PUBLIC_OPENAI_API_KEY=' .env.example
