<?php
# Attributes are not comments: #[Pure]
$client = OpenAI::factory()->withApiKey(getenv('HOLYSHEEP_API_KEY'))->withBaseUri(getenv('HOLYSHEEP_BASE_URL') ?: 'https://api.holysheep.ai/v1')->make();
$org = OpenAI::factory()->withApiKey($_ENV['HOLYSHEEP_API_KEY'])->withOrganization('org-1')->withBaseUri(getenv('HOLYSHEEP_BASE_URL') ?: 'https://api.holysheep.ai/v1')->make();
$custom = OpenAI::factory()->withApiKey('k')->withBaseUri('gateway.internal/v1')->make();
$text = 'it\'s ( not a bracket';
$factory = OpenAI::factory()
    ->withBaseUri(getenv('HOLYSHEEP_BASE_URL') ?: 'https://api.holysheep.ai/v1')
    ->withApiKey(getenv('HOLYSHEEP_API_KEY'))
    ->make();
