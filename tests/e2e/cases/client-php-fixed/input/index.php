<?php
# Attributes are not comments: #[Pure]
$client = OpenAI::client(getenv('OPENAI_API_KEY'));
$org = OpenAI::client($_ENV['OPENAI_API_KEY'], 'org-1');
$custom = OpenAI::factory()->withApiKey('k')->withBaseUri('gateway.internal/v1')->make();
$text = 'it\'s ( not a bracket';
$factory = OpenAI::factory()
    ->withApiKey(getenv('OPENAI_API_KEY'))
    ->make();
